"""Sentence and paragraph segmentation: golden cases, seeds, invariants, pySBD's golden rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.language import SUPPORTED
from reviewer.core.segmenting import paragraphs, rules_for, segment

DATA = Path(__file__).parent / "data" / "segmentation"
SEED_LANGS = {"000": "vi", "001": "id", "002": "fr", "003": "de", "004": "vi"}


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in segment(text, lang)]


def assert_invariants(text: str, segments) -> None:
    covered = [False] * len(text)
    for n, seg in enumerate(segments):
        assert seg.ordinal == n
        assert seg.text == text[seg.start : seg.end]
        assert seg.text and seg.text == seg.text.strip()
        for i in range(seg.start, seg.end):
            assert not covered[i]
            covered[i] = True
    for i, char in enumerate(text):
        assert covered[i] or char.isspace(), f"{char!r} at {i} is in no segment"
    paras = [seg.paragraph for seg in segments]
    assert paras == sorted(paras)
    starts = [seg.start for seg in segments]
    assert starts == sorted(starts)


# --- must NOT split -------------------------------------------------------------------------

NO_SPLIT = [
    # stop 38: a telephone's extension before its number
    ("en", "Please call 555-0100 ext. 214 for help."),
    ("ru", "Звоните по номеру 8 800 555-35-35, доб. 214 в рабочее время."),
    ("pl", "Dzwoń pod 22 555 01 00 wewn. 214 w godzinach pracy."),
    # stop 40: a telephone number's + after Tel. (every language), and Cyrillic тел. (UD_Russian-
    # Taiga dev: `позвонить в отдел бронирования по тел. 8_800_500_4709`)
    ("de", "Rufen Sie uns an: Tel. +49 30 1234567 oder per Mail."),
    ("ru", "Можно позвонить в отдел по тел. 8 800 500 47 09 в любое время."),
    ("ru", "Звоните по тел. +7 495 123 45 67."),
    # stop 38, a made-up court ruling: es "EE. UU." with its space, after a hyphen too; a
    # law's article before its number in pl, pt and nl
    ("es", "Esa decisión había aprobado el Escudo de la Privacidad UE-EE. UU."),
    ("es", "Lo dijo el Gobierno de EE. UU. ayer por la tarde."),
    ("es", "Las FF. AA. desfilaron en Madrid."),  # review38: doubled capitals, FF. before AA.
    ("de", "Erhältlich bei Haury, Dominikus-Zimmermann-Str. 9, Leutkirch."),
    ("pl", "Zgodnie z art. XII traktatu dane są chronione."),
    ("pl", "Zgodnie z art. 45 ust. 1 RODO przekazanie danych jest dopuszczalne."),
    ("pt", "Nos termos do art. 45 do RGPD, os dados podem ser transferidos."),
    ("nl", "Volgens art. 46 van de AVG mogen gegevens worden doorgegeven."),
    ("de", "Putin traf am 20. Mai in Astana ein."),
    ("de", "Der Besuch fand am 9. November 2023 in Astana statt."),
    ("fr", "Selon M. Tokaïev, les relations sont bonnes."),
    ("vi", "Ông đến TP.HCM hôm qua."),
    ("id", "Perdagangan mencapai rekor sebesar $27 miliar, meskipun masih banyak lagi."),
    ("ru", "Объём торговли составил 1,1 млрд долларов."),
    ("ru", "Объём торговли составил 1,1 млрд. долларов."),
    ("en", "I work for the U.S. Government in Virginia."),
    ("en", "Dr. Smith met Mr. Jones at noon."),
    ("de", "Es gibt z. B. Wasser, Saft und Bier."),
    ("en", "The rate rose to 3.5 percent in 2023."),
    ("de", "Sie zahlten 5.300,25 Euro."),
    ("en", "See https://example.com/a.b/c.html?x=1.2 for details."),
    ("en", "Write to jane.doe@example.com for details."),
    ("en", "He paused... and then went on."),
    ("en", "He paused … and then went on."),
    ("id", "“Kesepakatan penting telah ditandatangani,” ujar Tokayev."),
    ("fr", "« Des accords ont été signés », a déclaré Tokaïev."),
    ("en", '"This is great." she said.'),
    ("de", "„Das ist gut.“ sagte sie."),
    ("sk", "Ide o príslušníkov XII. Pluku špeciálneho určenia."),
    ("en", "Did you see Albert I. Jones yesterday?"),
    ("zh", "我们明天一起去看《摔跤吧！爸爸》好吗？"),
    ("vi", "Ông sống ở TP. Hồ Chí Minh."),
    # a lake's native names after their languages (stop 35: three sentences)
    ("ru", "Охридское озеро (макед. Охридско Езеро, алб. Liqeni i Ohrit) — озеро на границе."),
    ("uk", "Охридське озеро (макед. Охридско Езеро, алб. Liqeni i Ohrit) — озеро на кордоні."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SPLIT)
def test_does_not_split(lang: str, text: str) -> None:
    assert texts(text, lang) == [text]


# --- must split -----------------------------------------------------------------------------

SPLIT = [
    ("en", "Call 555-0100 ext. 214. The desk opens at nine.", 2),
    ("es", "Viajó a EE. UU. El juez dijo que no.", 2),
    ("es", "Es la frontera México-EE. UU. Trump dijo que no.", 2),
    # review38: "cc." (cubic centimetres) and "RR." alone are no first half of EE. UU.; "art."
    # before a word is the loan word ("pop art"), not a law's article
    ("es", "Compró un Fiat 600 de 767 cc. Era su primer coche.", 2),
    ("es", "El grupo se llamaba RR. Tocaban rock.", 2),
    ("es", "Le gustaba el pop art. Después pintó paisajes.", 2),
    ("pt", "Ele adorava a pop art. Depois mudou de estilo.", 2),
    ("nl", "Hij hield van pop art. Later schilderde hij landschappen.", 2),
    ("pl", "Kochał pop art. Później malował pejzaże.", 2),
    # review38: "no" after a hyphen is the word, as before anything but a number
    ("en", "It was a simple yes-or-no. Voters rejected it.", 2),
    ("es", "Fue un sí-o-no. Nadie lo esperaba.", 2),
    ("de", "Putin traf am 20. Mai ein. Der Besuch endete.", 2),
    ("fr", "Il est parti. M. Tokaïev est resté.", 2),
    ("en", "I live in the U.S. How about you?", 2),
    ("en", "She has $100.00. It is in her bag.", 2),
    ("en", "Her email is jane.doe@example.com. I sent her an email.", 2),
    ("en", "The site is https://example.com/page.html. Please check it.", 2),
    ("en", "I never meant that.... She left the store.", 2),
    ("en", "It was late… But not too late.", 2),
    ("en", "Hello!! Long time no see. Really?! Yes.", 4),
    ("es", "¿Cómo está hoy? ¡Muy bien! Gracias.", 3),
    # A quote holding several sentences splits inside it ...
    ("id", '"Rusia adalah mitra kami. Itulah sebabnya kami bergantung," ujar Tokayev.', 2),
    (
        "fr",
        "« La Russie est notre partenaire. C’est pourquoi nous comptons sur elle », a-t-il dit.",
        2,
    ),
    ("de", "„Wir sind Partner. Wir helfen uns“, sagte Tokajew. Dann ging er.", 3),
    # ... and after a quote closed by its own full stop when a new sentence follows.
    ("en", 'She said, "This is great." She held the book out.', 2),
    ("de", "„Und auch keine Lust.“ Wir haben 1.000.000 Euro.", 2),
    # Words that are not abbreviations end sentences; abbreviations before a starter word too.
    ("vi", "Tôi đã nói với ông. Sau đó ông đi.", 2),
    ("id", "Dia memberikannya kepada ibu. Kemudian dia pergi.", 2),
    ("vi", "Họ bán gạo, cà phê, v.v. Ngoài ra còn có chè.", 2),
]


# --- classes of error measured on held-out public text (issue 15, point 6) --------------------

MEASURED_CLASSES = [
    # German ordinals after an article or preposition, and a range of ordinals.
    ("de", "In der 4. Klasse lernte er lesen. Dann zog er fort.", 2),
    ("de", "Im 1. -3. Jahrhundert gab es das. Später nicht mehr.", 2),
    ("de", "Eröffnet wird der 18. Wirtschaftsgipfel. Er dauert zwei Tage.", 2),
    # ... while a number that ends a sentence still ends it.
    ("de", "Die Zahl stieg auf 27. Die Regierung schwieg.", 2),
    # ... after a preposition that also comes before ordinals, before a pronoun (a made-up
    # audio guide, stop 32: "um 1670. Es ist kaum 24 Zentimeter hoch." stayed one sentence)
    ("de", "Vermeer malte es um 1670. Es ist kaum 24 Zentimeter hoch.", 2),
    ("de", "Sie feiert zum 2. Mal Geburtstag.", 1),
    # Russian settlement abbreviation and initials.
    ("ru", "Едем в сторону пгт. Брагиновка. Там тихо.", 2),
    ("ru", "Выступал д-р наук А. С. Пушкин. Потом ушёл.", 2),
    ("ru", "Барри Гордон (род. 21 декабря 1948 г.) -- американский актёр.", 1),
    # A sentence glued to the previous one, but not an abbreviation glued to a name.
    ("id", "Ini yang pertama.Ini yang kedua.", 2),
    ("id", "Prof.Dr. Budi datang ke Jakarta.", 1),
    # A Vietnamese abbreviation without its own full stop ends a sentence.
    ("vi", "Học viện Quốc gia TP.HCM. Khóa đầu tiên khai giảng.", 2),
    ("vi", "Ở TP. Hồ Chí Minh trời mưa.", 1),
    # Latin ! ? and ellipsis written right before Han or kana.
    ("zh", "那是我該說的話!他在踢我！", 2),
    ("zh", "如果我可以像那樣的話...你是在開玩笑吧？", 2),
    ("ja", "自分の身は自分で守ろう!清代は湖北省が置かれた。", 2),
    ("uk", "Інструментом є електродриль (мал. 119). Далі свердлимо.", 2),
    # A bare question mark before lower case ends a question; not before a dialogue dash, not
    # in Spanish (¿…?) or Turkish ("Niçin? diye sordu").
    ("en", "are you kidding? why would you want a chihuahua?", 2),
    ("pl", "Jeszcze jakieś pomysły? - sarknął.", 1),
    ("tr", "Bir bardak su var mı? diye sordu.", 1),
    # German quoted dialogue: a question answered in the next quote stays one segment.
    ("de", "Thomas sagte: ,,Wann kommst zu mir?” ,,Das weiß ich noch nicht“, antwortete Susi.", 1),
    ("de", "Er fragte: „Kommst du mit?“ „Nein“, sagte sie.", 1),
    ("de", "Er fragte: „Kommst du mit?“ Sie schwieg.", 2),
    # English names the speaker before the verb: a quoted question goes on into its reporting
    # clause (a made-up story: the split cost the English version its group).
    ("en", '"Are you coming tomorrow?" Claire asked, closing the door. Marc shrugged.', 2),
    ("en", '"Stop!" Anna Weber shouted.', 1),
    ("en", '"Are you coming?" Claire did not answer.', 2),
    # French puts the reporting clause inside the guillemets: the quote goes on after it (a
    # fable: « … dur ? » and « demanda la cigale. » were two rows, one of them "added")
    ("fr", "« Pourquoi travailles-tu si dur ? demanda la cigale. Viens chanter avec moi. »", 2),
    ("fr", "« Tu viens ? C'est l'heure, dit-il. Partons ? demanda-t-elle. »", 3),
    ("fr", "Tu viens ? on part.", 2),
    # A roman numeral after a ruler's name ends a sentence; after an article it is an ordinal.
    ("ru", "Он был назван в честь короля Георга III. Сезон начался в марте.", 2),
    ("de", "Er kämpfte im II. Weltkrieg in Frankreich.", 1),
    ("en", "i think they are all bark and no bite. i think they could lose.", 2),
    ("ru", "Сокращение составило 8 %. Цена выросла.", 2),
    # A full stop after a plain word (four letters or more, in no abbreviation list) ends a
    # sentence even before lower case (chat, e-mail, lower-cased sources); not after a known
    # or a short abbreviation.
    ("en", "the dog is cute. they look like they were made for it.", 2),
    ("it", "Veniva da me questa pidiessina tremenda. mettiamo la targa agli esperti.", 2),
    ("en", "He lives in Calif. near the coast.", 1),
    ("it", "Il prezzo è salito, cfr. la tabella allegata.", 1),
    # Chinese opens a quote with “ after a full stop (German closes one with it).
    ("zh", "媒体称之为“激动人心的发现”。“这是好消息。”他说。", 3),
    # Japanese: a quote closed by 。」 and followed by と or って goes on (the Bible text of
    # bench/faults.py had 「…できよう。」 / と言った。 as two segments, the second on a row alone).
    ("ja", "彼は「明日行きます。」と言った。それから帰った。", 2),
    ("ja", "「本当？」って聞かれた。", 1),
    ("ja", "「行きます。」「待って。」", 2),
    # An abbreviation behind an elided article, and a four-digit article number opening a
    # paragraph (Italian legal text in UD_Italian-ISDT's dev part).
    ("it", "Si applica quanto previsto dall'art. 12 del codice. Poi si vedrà.", 2),
    ("fr", "Il est né en 52 av. J.-C. à Rome.", 1),
    ("it", "1043. Servitù coattive. Le servitù sono costituite per legge.", 2),
    # A slash or comma standing alone after a full stop starts no sentence; a comma glued to a
    # word is a low opening quote.
    ("es", "La densidad era de 41,76 hab. / km². El pueblo creció.", 2),
    ("de", "Er ging. ,Für Frauen wurde nichts besser', sagte sie.", 2),
    # One Hangul syllable before a full stop is a word, not an initial (dev: UD_Korean-GSD).
    ("ko", "점심 먹으러 가. 만약 내가 지금 하지 않으면 못 한다.", 2),
    ("ko", "좋은 꿈 꿔. 아마도 네가 옳아.", 2),
    # A reference mark copied from Wikipedia stays with its sentence (sentencex's suite).
    ("pt", "O navio afundou em 1910.[14] A Marinha negou.[15][16] Nada mudou.", 3),
    # A Greek word cut short (a final consonant other than ς or ν, and no vowel, a medial σ or
    # two syllables without an accent) is an abbreviation; loans ending in a consonant are not
    # (GDT train: `αρ. 43`, `εκατ. ευρώ`, `σοκ.`, `ράιχσμαρκ.`).
    ("el", "Ψηφίσαμε την τροπολογία αριθ. 12 χθες.", 1),
    ("el", "Μίλησαν οι κκ. Παπαδόπουλος και Γεωργίου.", 1),
    ("el", "Κόστισε 80 εκατ. ευρώ και 2 δισ. δολάρια.", 1),
    ("el", "Προκάλεσε ένα σοκ. Η αγορά έπεσε.", 2),
    ("el", "Το νόμισμα ήταν το ράιχσμαρκ. Ο πληθωρισμός ανέβηκε.", 2),
    # A full stop after a closing bracket or quote ends a sentence before lower case too
    # (UD_Italian-ISDT dev: `(programma "Pericle"). uno dei workshop`, `[877]. in ogni caso`);
    # not when the full stop inside belongs to an abbreviation.
    ("it", 'Si chiama programma ("Pericle"). uno dei workshop è finito.', 2),
    ("it", "Non deve danneggiare il vicino [877]. in ogni caso vale la regola.", 2),
    ("en", "They met (e.g. at home) and (at work, etc.). and then left.", 1),
    # A doubled full stop after an initial ends the sentence (ISDT dev: `Edoardo M.. L'…`).
    ("it", "Lo dice Edoardo M.. L'associazione non risponde.", 2),
    ("it", "Lo dice Edoardo M. Rossi ai giornalisti.", 1),
    # A number in brackets after a full stop opens the next item, even after a number
    # (ParTUT train: `… nel settembre 2002. (15) Quantunque …`); a bare number stays a range.
    ("it", "Fu firmato nel settembre 2002. (15) Quantunque sia utile, non basta.", 2),
    ("de", "Im 1. -3. Jahrhundert gab es das.", 1),
    # A number before a full stop and a lower-case word ends a sentence where ordinals take no
    # full stop (ISDT dev: `conto corrente postale, lire 32.975. così ad es., …`); not before
    # the letter of a section number, and not in Turkish, Polish or German (`15. yüzyılda`).
    ("it", "Il conto era di lire 32.975. così si chiuse la vicenda.", 2),
    ("en", "She was born in 1990. then she moved to Ohio.", 2),
    ("it", "Ai sensi del punto 8. f. della licenza.", 1),
    ("tr", "Kale 15. yüzyılda yapıldı.", 1),
    ("pl", "Wygrał w 3. rundzie walki.", 1),
    # Italian function words that open sentences after an abbreviation or initial (VIT dev:
    # `etc. Si precisa`, `allegato f. Per l'attribuzione`); a name after an initial does not.
    ("it", "Servono congedi, esoneri, etc. Si precisa che il servizio conta.", 2),
    ("it", "Vale il modello allegato f. Per i punteggi valgono le regole.", 2),
    # Indonesian: company forms, a degree, a Sundanese title, village abbreviations, a roman
    # numeral before an initial (CSUI train, GSD dev), function words as starters.
    ("id", "Saham dijual ke Sampoerna Packaging Asia Pte. Ltd. (SPA) pekan lalu.", 1),
    ("id", "Ia memperoleh gelar Ph. D. dalam ilmu politik.", 1),
    ("id", "Penarinya antara lain Tb. Maktal dan R. Ahmad Basah.", 1),
    ("id", "Air berlimpah di Dsn. Kaluwan dan Dk. Botoh.", 1),
    ("id", "Aturannya ada di Peraturan Bapepam No. XI. B. 02 tahun ini.", 1),
    ("id", "Produksi naik dibanding kuartal I. Dengan naiknya produksi, ia yakin.", 2),
    # One short word alone in brackets is an abbreviation (a botanical author: GSD dev);
    # a longer bracket closed by a full stop still ends a sentence.
    ("id", "Honje hutan (E. hemisphaerica (Bl.) RM Smith) rasanya serupa.", 1),
    ("en", "He agreed (as he always did.) Then he left.", 2),
    # "No." abbreviates "number" only before one (EWT dev: `Hell no. Thats a great name.`).
    ("en", "Hell no. Thats a great name.", 2),
    ("es", "Le dije que no. María se fue.", 2),
    ("en", "See No. 5 and No. XI. B. 02 of the rules.", 1),
    # An abbreviation that closes a list ends its sentence before a capital (EWT dev: `Road( Bus
    # Stops) etc. Thanks,`); before lower case it goes on.
    ("en", "Bring pens, paper, etc. Thanks for your help.", 2),
    ("de", "Äpfel, Birnen usw. Dann gingen wir.", 2),
    ("en", "Bring pens, paper, etc. and a ruler.", 1),
    # A bare "!" before lower case ends a sentence after a lower-case word or when repeated
    # (EWT dev: `awesome place!!! it was worth`, `excellent! answered all my questions`); not
    # after a name that carries it (`Yahoo! in`, pySBD's golden rules) nor before a dash.
    ("en", "awesome place!!! it was worth the ride.", 2),
    ("en", "the staff was excellent! answered all my questions.", 2),
    ("en", "She works at Yahoo! in the accounting department.", 1),
    # A quote opening on a lower-case word after a full stop starts a quoted sentence written
    # from its middle (VTB dev: `… hiếm có này. "bắt kiểu này …`; ISDT dev: `King's Men.
    # "essere o non essere …"`); not after an abbreviation (sentencex: `т. зв. «правилі»`).
    ("vi", 'Không ai từ chối cơ hội hiếm có này. "bắt kiểu này thì được bao nhiêu?"', 2),
    ("it", 'Lavorò presso i King\'s Men. "essere o non essere, questo è il problema".', 2),
    ("uk", "Приклад наведено у т. зв. «правилі» вище.", 1),
    # One letter after a number is a unit, not an initial (VTB dev: `hơn 12 m. Vừa bám`,
    # `26.000 đ. Đáng chú ý`); not before a number (`1970, n. 390`) nor a listed abbreviation
    # (`150 г. Саргон`, pySBD's golden rules).
    ("vi", "Nước sâu hơn 12 m. Vừa bám giữ sợi dây, anh vừa lặn.", 2),
    ("vi", "Giá từ 19.000 đến 26.000 đ. Đáng chú ý nhất là cửa hang.", 2),
    ("it", "Ai sensi della legge 11 maggio 1971, n. 390, la firma vale.", 1),
    ("bg", "Управлява в продължение на 150 г. Саргон надделява в двубой.", 1),
    # An abbreviation that ends a company's name ends its sentence before a quote that opens on
    # a capital (CSUI test: `… dan Itochu Corp. "Jumlah yang sama …`); not before a capitalised
    # word (`Sony Corp. Chairman`), and a reference before a quoted title goes on (IU dev).
    ("id", 'Dibeli Sojitz Corp, dan Itochu Corp. "Jumlah yang sama sudah dibayar," kata dia.', 2),
    ("en", 'He works at Apple Inc. "Profits rose," he said.', 2),
    ("en", "Sony Corp. Chairman Howard Stringer said so.", 1),
    ("uk", "Обсяг становив 10,8 млрд грн (див. «Нові лідери»). Далі буде.", 2),
    # A company form before a capitalised word and a lower-case one: a sentence opens (CSUI
    # train: `… dan Nippon Steel Corp. Rencana akuisisi itu …`); not before a name, another
    # company form (`Co. Ltd. rose`), nor after `Co.` (County: `Co. Cork`) or `Jr.`.
    ("id", "Sahamnya dimiliki Fujitsu Ltd, dan Nippon Steel Corp. Rencana akuisisi itu benar.", 2),
    ("en", "He joined Apple Inc. Sales rose that year.", 2),
    ("en", "Shares of Samsung Electronics Co. Ltd. rose on Monday.", 1),
    ("en", "He was born in Co. Cork and stayed there.", 1),
    ("en", "Martin Luther King Jr. Day is a holiday.", 1),
    ("id", "Presiden Direktur Nippon Steel Corp. Akio Mimura mengatakannya.", 1),
    # ... as the złoty after a sum does (a made-up notice, stop 36: `kosztuje 14,5 mln zł.
    # Miasto posadzi …` was one sentence); not before a lower-case word
    ("pl", "Przebudowa kosztuje 14,5 mln zł. Miasto posadzi wzdłuż niej 60 drzew.", 2),
    ("pl", "Zapłacił 20 zł. za bilet i 5 zł za kawę.", 1),
    # ... and Russian and Ukrainian scales and currencies after a sum (a made-up Hajj notice,
    # stop 39: `со 179 тыс. Паломники начнут …` was one sentence, and every version's row
    # held two)
    ("ru", "За ней следует Пакистан со 179 тыс. Паломники начнут прибывать 18 апреля.", 2),
    ("ru", "Бюджет составил 5 млн руб. Расходы выросли.", 2),
    ("ru", "Он заплатил 5 тыс. рублей за билет.", 1),
    ("ru", "Было 3 млрд. Москва выросла.", 2),
    ("uk", "Пакистан отримав 179 тис. Паломники прибудуть у квітні.", 2),
    ("uk", "Квиток коштує 20 грн. за людину.", 1),
    # A clause's number of two to four levels opening its line is its label, not a sentence
    # (a made-up bike-sharing terms of use, stop 39); a decimal ending a sentence still ends it.
    ("en", "2.1. The annual pass costs 45 euros. 2.2. The first 30 minutes are free.", 2),
    ("nl", "3.4. Fietsen mag alleen op de rijbaan.", 1),
    ("de", "4.2.1. Der Preis wird nicht erstattet.", 1),
    ("en", "It rose to 3.5. The next year it fell.", 2),
    # ... and a.m. and p.m. after a time (a made-up railway notice, stop 36), not before a
    # weekday, a month or a time zone
    ("en", "The last train will run at 2:30 p.m. Trains will resume on Tuesday.", 2),
    ("en", "Doors open at 7 p.m. Tickets cost 20 euros.", 2),
    ("en", "The show starts at 8 p.m. Friday in Paris.", 1),
    ("en", "The vote closes at 5 p.m. Eastern time on Tuesday.", 1),
    ("en", "It ends at 11 a.m. March is busier.", 1),
    # a law's or a contract's subdivision before its number (a made-up lease, stop 36): no end
    # there, but after the number
    ("es", "Solo por causa grave conforme al § 5, apdo. 3. Existe causa grave.", 2),
    ("fr", "Au sens du § 5, al. 3. Il y a motif grave.", 2),
    ("pl", "Zgodnie z § 5 ust. 3. Ważna przyczyna zachodzi rzadko.", 2),
    ("en", "Smith et al. The study was long.", 2),  # before a word: a word
    # Only a roman numeral written by the rules is one: `LLC` is a company form (a listed
    # abbreviation), no ruler's number after a name (CSUI train: `Offshore LLC. Ignacio …`).
    ("id", "Proyek itu dilakukan Red Willow Offshore LLC. Ignacio Colorado ikut serta.", 1),
    ("en", "It was built under Henry VIII. The king paid for it.", 2),
    ("en", "The year MCM. It began a century.", 2),
    # A bracket that the next word closes holds no sentence end (GSD dev: `(SSK. II)`); a
    # bracket of several words after the full stop may (`(… above. It was …)`).
    ("id", "Bandar udara Sultan Syarif Kasim II (SSK. II) Pekanbaru adalah bandara lama.", 1),
    ("en", "See the list (vol. IV) for details.", 1),
    ("en", "He left early (we saw him go. It was late) and never came back.", 2),
    # Stop 40, treebank files read whole (bench/segmentation_sentences.py). Where no ordinal
    # takes a full stop, a roman numeral after a lower-case word ends its sentence before a
    # capital (UD_Spanish-GSD dev: `durante el siglo XX. Posteriormente …`, `en CD. Su …`);
    # not after an article that makes it an ordinal (de), nor after an abbreviation.
    ("es", "Fue el escultor más famoso del siglo XX. Posteriormente el Príncipe lo llamó.", 2),
    ("es", "Estas canciones fueron reeditadas en CD. Su maestría llegó lejos.", 2),
    ("de", "Im II. Weltkrieg starb er.", 1),
    ("es", "Obras completas, vol. XII. Madrid: Aguilar, 1990.", 1),
    # A figure in brackets after a quoted title is its year: the sentence goes on (UD_Russian-GSD
    # dev, with the treebank's ``…'' quotes: ```Лаокоон и другие... ``(2003), …`); an item's
    # number before a capital still opens the next item (above, `2002. (15) Quantunque`).
    ("ru", "Роман «Что делать?» (1863) написан в крепости.", 1),
    ("en", 'The song "Help!" (1965) was a hit.', 1),
    ("fr", "Il a écrit « Où es-tu ? » (1990), un roman.", 1),
    ("ru", "Он сказал: «Я ухожу». (Это было давно.) Потом вернулся.", 3),
    # A list ender written in two parts (`и т. п.`, `т. д.`) ends its sentence before a capital,
    # as `т.п.` does (UD_Russian-GSD dev: `… Македонского) и т. п. Состоянием на …`); not
    # before lower case or a bracket.
    ("ru", "Он покорил Персию, Египет и т. п. Состоянием на 1919 год армия была мала.", 2),
    ("ru", "Мы видели птиц, зверей и т. д. в лесу.", 1),
    ("ru", "Мы видели птиц и т. д. (см. выше) и ушли.", 1),
    # ... and `и др.` (and others), a list ender in Russian (UD_Russian-GSD dev: `… Стефен Хилл и
    # др. ``12 (13) злобных зрителей'' …`); before lower case it goes on.
    ("ru", "Писали Пушкин, Лермонтов и др. Они жили давно.", 2),
    ("ru", "Писали Пушкин, Лермонтов и др. поэты.", 1),
    # `я` ("I") is a word, not an initial: it ends sentences in fiction and dialogue
    # (UD_Russian-Taiga dev: `-- Светка! -- завопил я. Светка примчалась …`); a capital `Я.`
    # is still an initial, and before lower case it goes on.
    ("ru", "-- Светка! -- завопил я. Светка примчалась как на пожар.", 2),
    ("uk", "Це сказав я. Він мовчав.", 2),
    ("uk", "Його зріст дивним аж ніяк не є. Втім, футбол переміг.", 2),
    ("ru", "Статью написал Я. Смирнов в 1990 году.", 1),
    ("ru", "Так сказал я. и ушёл.", 1),
    # ... and тел is the genitive plural of тело (body) before a word: a word
    ("ru", "На месте не нашли тел. Полиция уехала.", 2),
    # во and со, в and с before some consonant clusters, open sentences after an abbreviation
    # (UD_Russian-GSD dev: `… свыше 80 км. Во время линьки …`).
    ("ru", "Ходы тянутся свыше 80 км. Во время линьки зверь не выходит.", 2),
    # A sentence in Latin letters kept in a Hindi version ends on an abbreviation before a
    # Devanagari word, which has no capital to tell (a made-up court ruling, stop 43); a
    # company's "Ltd." before a Hindi postposition goes on.
    (
        "hi",
        "Until the judgment becomes final, the venue may not play music after 11 p.m. मोहल्ला"
        " संघ ने फ़ैसले का स्वागत किया।",
        2,
    ),
    ("hi", "कंपनी Porsuk Eğlence Ltd. को जुर्माना भरना होगा।", 1),
    ("ja", "The show starts at 8 p.m. 東京では雨。", 2),
    # Turkish company forms (Ltd. Şti., A.Ş.): before a sum the sentence goes on, before a
    # capitalised word and a lower-case one it ends; pl "sygn. akt" (a case's file number)
    ("tr", "İşletmeci Porsuk Eğlence Ltd. Şti. 240.000 lira idari para cezası ödeyecek.", 1),
    ("tr", "Ceza Porsuk Ltd. Şti. Şirket yetkilileri karara itiraz etti.", 2),
    ("tr", "Firma ABC A.Ş. Yönetim kurulu toplandı.", 2),
    ("pl", "Spółka może się odwołać (sygn. akt 2024/1187). Do czasu wyroku nie gra.", 2),
    # tr: a number's stop between two capitalised words is a court's ordinal ("the 2nd
    # Administrative Court of Eskişehir" was cut after "2.", stop 43); after a lower-case word
    # it ends the sentence
    ("tr", "Eskişehir 2. İdare Mahkemesi ruhsatı iptal etti. Karar kesinleşmedi.", 2),
    ("tr", "Kazada ölenlerin sayısı 12. Yaralılar hastaneye kaldırıldı.", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), SPLIT + MEASURED_CLASSES)
def test_splits(lang: str, text: str, count: int) -> None:
    got = texts(text, lang)
    assert len(got) == count, got
    assert "".join("".join(got).split()) == "".join(text.split())


def test_closing_quotes_after_a_space_stay_with_their_sentence() -> None:
    got = texts(",, Dit verzin je niet. Het lijkt wel een droom. '' Daarna ging ze.", "nl")
    assert got == [",, Dit verzin je niet.", "Het lijkt wel een droom. ''", "Daarna ging ze."]
    assert texts("Het lijkt wel een droom. ''", "nl") == ["Het lijkt wel een droom. ''"]
    assert texts('Hij zei: "Kom." "Nee."', "nl") == ['Hij zei: "Kom."', '"Nee."']


def test_quote_split_keeps_reporting_clause_with_last_sentence() -> None:
    got = texts('"Rusia adalah mitra kami. Itulah sebabnya," ujar Tokayev.', "id")
    assert got == ['"Rusia adalah mitra kami.', 'Itulah sebabnya," ujar Tokayev.']
    got = texts("« Ceci est vrai. Cela aussi », a déclaré Tokaïev. Il part.", "fr")
    assert got == ["« Ceci est vrai.", "Cela aussi », a déclaré Tokaïev.", "Il part."]


SCRIPTS = [
    ("zh", "我们明天去北京。你去吗？好！", 3),
    ("ja", "これはペンです。それはマーカーです！本当？", 3),
    ("th", "วันนี้อากาศดีมาก ฉันจะไปเที่ยวทะเล", 2),
    ("hi", "यह एक वाक्य है। यह दूसरा है।", 2),
    ("ar", "هل أنت بخير؟ نعم أنا بخير. شكرا.", 3),
    ("he", "הוא הגיע הביתה. היא יצאה.", 2),
    ("ko", "오늘은 날씨가 좋다. 나는 바다에 간다.", 2),
    ("el", "Πού είσαι; Είμαι εδώ.", 2),
    ("ur", "کیا حال ہے؟ میرا نام علی ہے۔", 2),
    ("hy", "Ի՞նչ ես մտածում: Ոչինչ:", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), SCRIPTS)
def test_scripts_without_latin_full_stops(lang: str, text: str, count: int) -> None:
    assert len(texts(text, lang)) == count


# Thai marks no sentence end; a space between Thai letters ends a sentence or only a clause
# (reviewer/core/data/thai_boundaries.toml). Written for this test, not taken from the suites.
THAI_ONE_SENTENCE = [
    "เขาไปตลาดเมื่อเช้านี้ และซื้อผลไม้มาหลายอย่าง",  # before "and"
    "นายกรัฐมนตรีกล่าวว่า รัฐบาลจะช่วยเหลือประชาชนทุกคนที่ได้รับผลกระทบ",  # after "that"
    "ข่าวดี รัฐบาลลดภาษีน้ำมันทั่วประเทศ",  # a two-word headline word before the space
    "เด็ก ๆ ชอบเล่นฟุตบอลหลังเลิกเรียน",  # the repetition mark
    "ทีมชาติไทยชนะคู่แข่ง 3 ประตูต่อ 1 เมื่อคืนวันเสาร์",  # spaces around digits
    "ประชุมครั้งแรกจัดขึ้นเมื่อ พ.ศ. 2475 ที่พระที่นั่งอนันตสมาคม",  # Thai abbreviation
]
THAI_TWO_SENTENCES = [
    ("ขอบคุณมากครับ", "พรุ่งนี้ผมจะมาใหม่"),  # polite particle ends the first
    ("โรงเรียนจะปิดภาคเรียนในสัปดาห์หน้าค่ะ", "ผู้ปกครองสามารถมารับนักเรียนได้ตั้งแต่เวลาเที่ยง"),
    (
        "ประเทศไทยมีฝนตกหนักในหลายจังหวัดทางภาคเหนือ",
        "นอกจากนี้กรมอุตุนิยมวิทยายังเตือนให้ประชาชนระวังน้ำท่วม",  # "besides" opens a sentence
    ),
    (
        "ตำรวจได้ตรวจสอบกล้องวงจรปิดบริเวณที่เกิดเหตุแล้ว",
        "ขณะนี้กำลังติดตามตัวคนร้ายอย่างเร่งด่วน",
    ),
    ("คุณจะไปไหน?", "ฉันจะไปโรงเรียน"),
]


# A space inside a personal name after a title, or right after the name, ends no sentence
# (made-up news text: `รองนายกรัฐมนตรีเจิ่น ห่ง ห่า | เดินทางไป…` was cut after the name, and the
# aligner paired the name alone with another version's sentence).
THAI_NAMES = [
    "รองนายกรัฐมนตรีเจิ่น ห่ง ห่า เดินทางไปเยี่ยมครอบครัวผู้ประสบภัยเมื่อวันที่ 28 ตุลาคม",
    "นายเหงียน ซวน ฟุก เดินทางไปเยือนญี่ปุ่น",
    "ประธานาธิบดีโจ ไบเดน เดินทางถึงกรุงโตเกียวเมื่อวันจันทร์",
    "ดร.สมศักดิ์ รักไทย อธิการบดีมหาวิทยาลัยกล่าวเปิดงาน",
]
# ... but a name part that is a word ending sentences (`ได้`), or a list of names, still cuts.
THAI_AFTER_NAMES = [
    ("ส่วนนายประพันธ์ หลบหนีไปได้", "ตามที่เสนอข่าวไปแล้วนั้น ตึกสูงระฟ้ามากมายที่มีให้เห็น"),
    ("ผู้ชนะการแข่งขันปีนี้คือนายสมชาย ใจดี", "นายสมศักดิ์ รักไทย ได้อันดับสองตามมา"),
]


@pytest.mark.parametrize("text", THAI_ONE_SENTENCE + THAI_NAMES)
def test_thai_clause_space_is_no_boundary(text: str) -> None:
    assert texts(text, "th") == [text]


@pytest.mark.parametrize("pair", THAI_TWO_SENTENCES + THAI_AFTER_NAMES)
def test_thai_sentence_space_is_a_boundary(pair: tuple[str, str]) -> None:
    assert texts(" ".join(pair), "th") == list(pair)


def test_thai_paragraph_cuts_between_sentences_not_clauses() -> None:
    first = "เขาไปตลาดเมื่อเช้านี้ และซื้อผลไม้มาหลายอย่าง"
    second = "นอกจากนี้กรมอุตุนิยมวิทยายังเตือนให้ประชาชนระวังน้ำท่วม"
    third = "นายกรัฐมนตรีกล่าวว่า รัฐบาลจะช่วยเหลือประชาชนทุกคนที่ได้รับผลกระทบ"
    assert texts(f"{first} {second} {third}", "th") == [first, second, third]


def test_thai_space_beside_a_quote_is_weighed() -> None:
    """A space after a closing quote or before an opening one is a candidate like any other
    Thai space (it was never cut: `…สุกแล้ว" ทูตสวรรค์` stayed one segment)."""
    from reviewer.core import segmenting

    para = 'เขากล่าวว่า "ดีมาก" แล้วก็ไป'
    gaps = segmenting.thai_gaps(para)
    assert [para[g.start() - 1 : g.end() + 1] for g in gaps] == ['า "', '" แ']
    weights = segmenting._thai_weights()
    opening, close = (
        segmenting.thai_features(para, g.start(), g.end(), 0, weights.words, weights.longest)
        for g in gaps
    )
    assert "quote:open" in opening and "before:ว่า" in opening
    assert "quote:close" in close and "after:แล้ว" in close
    # A quote ending one turn and opening the next is a boundary.
    pair = ('พระองค์ตรัสว่า "จงเขียนไว้เถิด"', '"ดูเถิด เราจะมาโดยเร็ว"')
    assert texts(" ".join(pair), "th")[0] == pair[0]


def test_greek_semicolon_is_a_question_mark_only_in_greek() -> None:
    assert len(texts("Πού είσαι; Είμαι εδώ.", "el")) == 2
    assert len(texts("He came; She left.", "en")) == 1


def test_language_code_with_region_uses_base_language() -> None:
    assert rules_for("de-AT") == rules_for("de")
    assert texts("Am 20. Mai kam er.", "de_CH") == ["Am 20. Mai kam er."]


def test_empty_and_blank_text_has_no_segments() -> None:
    assert segment("", "en") == ()
    assert segment(" \n\t\n ", "en") == ()


def test_unknown_language_still_splits() -> None:
    assert len(texts("Dr. Who is here. We go now.", "xx")) == 2


# --- paragraphs -----------------------------------------------------------------------------


def test_one_paragraph_per_line_when_lines_are_long() -> None:
    text = "First line is a paragraph.\nSecond line too.\n\n\nThird after blanks."
    segs = segment(text, "en")
    assert [s.paragraph for s in segs] == [0, 1, 2]


def test_hard_wrapped_blocks_join_into_paragraphs() -> None:
    text = (
        "This paragraph is wrapped at a short width and\n"
        "continues on the next line. It has two sentences.\n"
        "\n"
        "A second paragraph, also\n"
        "wrapped.\n"
    )
    segs = segment(text, "en")
    assert [s.text for s in segs] == [
        "This paragraph is wrapped at a short width and\ncontinues on the next line.",
        "It has two sentences.",
        "A second paragraph, also\nwrapped.",
    ]
    assert [s.paragraph for s in segs] == [0, 0, 1]


def test_long_lines_in_a_block_stay_separate_paragraphs() -> None:
    long = "word " * 30
    text = f"{long}end.\n{long}end.\n\nlast line"
    assert len(paragraphs(text)) == 3


# --- seeds ----------------------------------------------------------------------------------


def seed(seeds: Path, prefix: str) -> tuple[str, str]:
    path = next(seeds.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8"), SEED_LANGS[prefix]


@pytest.mark.parametrize("prefix", sorted(SEED_LANGS))
def test_seed_invariants(seeds: Path, prefix: str) -> None:
    text, lang = seed(seeds, prefix)
    assert_invariants(text, segment(text, lang))


@pytest.mark.parametrize(
    ("prefix", "paragraphs_", "sentences"),
    [("000", 12, 20), ("001", 16, 25), ("002", 15, 24), ("003", 15, 24), ("004", 11, 19)],
)
def test_seed_counts(seeds: Path, prefix: str, paragraphs_: int, sentences: int) -> None:
    text, lang = seed(seeds, prefix)
    segs = segment(text, lang)
    assert len({s.paragraph for s in segs}) == paragraphs_
    assert len(segs) == sentences


def test_seed_004_is_blank_line_separated(seeds: Path) -> None:
    text, lang = seed(seeds, "004")
    segs = segment(text, lang)
    assert segs[0].text.startswith("date 2025-11-13 Nga - Kazakhstan")
    assert [s.text for s in segs if s.paragraph == 2][-1] == "Ảnh: Reuters"
    assert segs[-1].text == "Nguồn: Reuters"


def test_seed_german_dates_and_quotes(seeds: Path) -> None:
    text, lang = seed(seeds, "003")
    got = texts(text, lang)
    assert any("am 20. Mai in der kasachischen Hauptstadt" in s for s in got)
    assert any(s.endswith("in Astana, 9. November 2023.") for s in got)
    assert "„Russland ist unser strategischer Partner und wichtiger Verbündeter." in got


def test_seed_french_reporting_clause(seeds: Path) -> None:
    text, lang = seed(seeds, "002")
    got = texts(text, lang)
    assert any(s.endswith("», a déclaré M. Tokaïev.") for s in got)
    assert "« La Russie est notre partenaire stratégique et un allié important." in got


# --- invariants on any text -----------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("aZé ß.!?…。！？।؟;:,\"'“”„«»()\n\r\t 0123456789$-")
    + ["Dr.", "U.S.", "z. B.", " M. ", "20. Mai", "...", "http://a.b/c.d", "x@y.com", "ไทย "]
)


@given(st.lists(ALPHABET, max_size=60).map("".join), st.sampled_from(["en", "de", "zh", "el"]))
def test_invariants_hold_for_any_text(text: str, lang: str) -> None:
    assert_invariants(text, segment(text, lang))


# --- pySBD golden rules (regression floor) --------------------------------------------------

# Measured on this implementation (docs/segmentation.md); raise when the segmenter improves.
FLOOR = {
    "am": 1, "ar": 2, "hy": 3, "bg": 4, "my": 1, "zh": 2, "da": 44, "de": 3, "nl": 3,
    "en": 44, "fr": 5, "el": 1, "hi": 1, "it": 3, "ja": 4, "kk": 11, "mr": 5, "fa": 1,
    "pl": 1, "ru": 3, "sk": 4, "es": 5, "ur": 1,
}  # fmt: skip


def golden_score() -> dict[str, tuple[int, int]]:
    suite = json.loads((DATA / "pysbd_golden_rules.json").read_text(encoding="utf-8"))
    score = {}
    for lang, cases in suite["languages"].items():
        passed = sum(
            texts(case["text"], lang) == [e.strip() for e in case["expected"]] for case in cases
        )
        score[lang] = (passed, len(cases))
    return score


def test_pysbd_golden_rules_do_not_regress() -> None:
    score = golden_score()
    assert set(score) == set(FLOOR)
    below = {lang: score[lang] for lang in FLOOR if score[lang][0] < FLOOR[lang]}
    assert not below, f"below the floor: {below}"
    assert sum(p for p, _ in score.values()) >= sum(FLOOR.values())


# --- held-out public suites (bench/segmentation_eval.py, bench/data/segmentation) ------------

# Cases passed on the `test` part, per language, measured on this implementation
# (docs/segmentation.md); raise when the segmenter improves, never tune on these cases.
PUBLIC_FLOOR = {
    "ar": 60, "de": 252, "el": 176, "en": 250, "es": 204, "fr": 182, "he": 221, "hi": 58,
    "id": 318, "it": 271, "ja": 221, "ko": 258, "nl": 227, "pl": 251, "pt": 256, "ru": 279,
    "th": 67, "tr": 255, "uk": 240, "vi": 288, "zh": 219,
}  # fmt: skip
# uk 241 -> 240 (stop 39, on purpose): a clause's number of two levels opening its line stays
# with its clause (`8.4. Час дії …`), as a single one always did (`3. Фонд …`), which
# UD_Ukrainian-IU writes as a sentence of its own; aligned, a clause a version added was two
# extra rows (a made-up bike-sharing terms of use).


def test_held_out_public_suites_do_not_regress() -> None:
    from bench.segmentation_eval import load, passes

    assert set(PUBLIC_FLOOR) == set(SUPPORTED)
    below = {}
    for lang, floor in PUBLIC_FLOOR.items():
        passed = sum(passes(case, lang)[0] for case in load(lang)["test"])
        if passed < floor:
            below[lang] = (passed, floor)
    assert not below, f"below the floor (passed, floor): {below}"


def test_suite_keeps_only_pairs_whose_first_sentence_is_marked() -> None:
    """A case whose inner sentence has no final mark has no boundary to find (Tatoeba's
    `… duchessa di Cambridge` + `Tokyo …`); Greek's question mark is `;`."""
    from bench.segmentation_eval import _marked, load

    assert not _marked(["Kate è ora la duchessa di Cambridge", "Tokyo è intervenuta."], "it")
    assert _marked(["Πού είσαι;", "Είμαι εδώ."], "el")
    assert _marked(["ไปไหน", "ไปตลาด"], "th")
    for lang in ("it", "el", "pt", "vi"):
        for part in ("dev", "test"):
            tatoeba = [c for c in load(lang)[part] if c["source"] == "tatoeba"]
            assert tatoeba and all(_marked(c["expected"], lang) for c in tatoeba)


@pytest.mark.parametrize("lang", ["en", "zh", "de"])
def test_numbered_items_after_a_lead_in_are_segments_of_their_own(lang: str) -> None:
    # A results list after "Men's results:": the number of each item ended the line before it
    # ("David Kiprono (KEN) 2:04:37\n2."), and the rows of every version shifted.
    text = (
        "Ergebnisse:\n1. David Kiprono (KEN) 2:04:37\n2. Haile Tesfaye (ETH) 2:04:55\n"
        "3. Joseph Mutua (KEN) 2:05:41"
    )
    assert texts(text, lang) == [
        "Ergebnisse:",
        "1. David Kiprono (KEN) 2:04:37",
        "2. Haile Tesfaye (ETH) 2:04:55",
        "3. Joseph Mutua (KEN) 2:05:41",
    ]


def test_a_space_beside_a_thai_digit_ends_no_sentence() -> None:
    # "about ๓ แสน (300,000) people a day" was cut after its ๓, as after no Arabic digit
    for digit in ("3", "๓"):
        text = f"เจ้าหน้าที่ระบุว่าจะมีผู้ใช้บริการราว {digit} แสนคนต่อวัน"
        assert [s.text for s in segment(text, "th")] == [text]


def test_a_tables_rows_are_lines_of_their_own() -> None:
    # no blank line in the file, short lines that end no sentence: taken for hard-wrapped
    # prose, the whole document was one paragraph
    text = (
        "League table after round 10\n"
        "Lyon lead the table after a 2-1 win on Sunday.\n"
        "Team | Played | Won | Points\n"
        "Lyon | 10 | 7 | 22\n"
        "Lens | 10 | 6 | 20\n"
    )
    assert [text[a:b] for a, b in paragraphs(text)] == text.strip().split("\n")


@pytest.mark.parametrize(
    "block",
    [
        "Display: 6.7-inch OLED, 120 Hz\nProcessor: octa-core, 2.8 GHz\nWeight: 189 g\n",
        "屏幕：6.1英寸OLED，120 Hz\n处理器：八核，2.8 GHz\n重量：189克\n",
    ],
)
def test_a_list_of_labelled_values_is_lines_of_their_own(block: str) -> None:
    # short lines that end no sentence, without a blank line between: a phone's
    # specifications were joined as hard-wrapped prose into one segment
    text = "Vela X2: specifications\n\n" + block + "\nThe charger is sold separately.\n"
    assert [text[a:b] for a, b in paragraphs(text)] == [line for line in text.split("\n") if line]


def test_hard_wrapped_prose_with_one_labelled_line_is_still_joined() -> None:
    text = (
        "Note: the council met on Monday and the\nmayor said the plan would go ahead\n"
        "despite the objections of the shop\nowners in the old town.\n\nA second block\n"
        "of prose wrapped at a width\n"
    )
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize(
    "block",
    [
        # times and addresses put a colon near a line's start, with no label before it
        "The 08:15 and 09:40 trains from\nBasel will not run; the 10:05\n"
        "and 11:20 leave from track 7 instead\nof track 3 because of works.\n",
        "会议于上午9：30开始，市长在会上表示，\n该计划将在下午2：00的投票后继续推进，\n尽管店主们提出了反对意见。\n",
        "The code is at https://github.com/a/b and\nthe docs at https://a.github.io/b where\n"
        "you can also find the changelog.\n",
    ],
)
def test_hard_wrapped_prose_with_times_and_addresses_is_joined(block: str) -> None:
    text = block + "\nA second block\nof prose wrapped at a width\n"
    assert [text[a:b].count("\n") for a, b in paragraphs(text)] == [block.count("\n") - 1, 1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Q: How do I reset my password if I have\nforgotten the old one\n",
         "A: Open the settings page and choose\nthe option to reset it by mail\n"),
        ("F: Wie setze ich mein Passwort zurück, wenn\nich das alte vergessen habe\n",
         "A: Öffnen Sie die Einstellungen und wählen\nSie die Option zum Zurücksetzen\n"),
        ("问：如果我忘记了旧密码，\n该如何重置密码\n",
         "答：打开设置页面，\n选择通过邮件重置的选项\n"),
    ],
)  # fmt: skip
def test_a_labelled_line_wrapped_in_two_is_joined(question: str, answer: str) -> None:
    # a hard-wrapped FAQ: each block's first line opens with a label, its second goes on;
    # counted without the last line, half the block looked like a list of labelled values
    text = f"{question}\n{answer}\n{question}\n{answer}"
    assert [text[a:b].count("\n") for a, b in paragraphs(text)] == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "block",
    [
        # a Thai news item, one sentence a line and no sentence mark (the quake of the checks
        # corpus): the lines were one paragraph, left to the space model to cut again
        "เกิดแผ่นดินไหวขนาด 6.1 ทางตะวันออกของตุรกี\nมีผู้เสียชีวิตอย่างน้อย 14 คน\n"
        "มีการส่งเจ้าหน้าที่กู้ภัยกว่า 3,000 คนไปยังพื้นที่\n",
        # a leaflet's numbered steps in scripts without capitals: each number ended the step
        # before it ("…ที่แถมมาให้\n1.")
        "ขั้นตอนการประกอบ\n1. วางแผ่นข้าง A ให้ตรงกับแผ่นฐาน\n2. ใส่ชั้นวางสามแผ่น\n",
        "组装步骤\n1. 将侧板与底板对齐\n2. 从下往上插入搁板\n",
    ],
)
def test_thai_lines_and_numbered_steps_are_paragraphs_of_their_own(block: str) -> None:
    assert [block[a:b] for a, b in paragraphs(block)] == block.strip().split("\n")
    lang = "zh" if "组" in block else "th"
    assert not any(s.text.endswith(("1.", "2.")) for s in segment(block, lang))


def test_two_thai_lines_are_read_as_two_lines_elsewhere_are() -> None:
    # a sign-off over the school's name: joined, as "Kind regards,\nThe team" is
    for text in ("ด้วยความเคารพ\nคณะครูโรงเรียนประถม\n", "Kind regards,\nThe team of the school\n"):
        assert len(paragraphs(text)) == 1


def test_bulleted_lines_are_paragraphs_of_their_own() -> None:
    # a job offer's lists under "What we offer:": the lines end in no mark and were read as
    # hard-wrapped prose, one segment, and hi's added "• a new laptop every year" hid in it
    text = (
        "What we offer:\n• an annual salary of €65,000 to €80,000\n• 30 days of holiday\n"
        "• up to 3 days of working from home per week\n\nApply by 15 March.\n"
    )
    assert [s.text for s in segment(text, "en")] == [
        "What we offer:",
        "• an annual salary of €65,000 to €80,000",
        "• 30 days of holiday",
        "• up to 3 days of working from home per week",
        "Apply by 15 March.",
    ]


# `ถ้า … ก็ …` (if …, then …) and `แม้ว่า … ก็ …` (although …, still …): one sentence, which the
# model alone cut (Tatoeba dev: `ถ้าพรุ่งนี้คุณไม่ไปตกปลา | ผมก็จะไม่ไปเหมือนกัน`).
THAI_THEN = [
    "ถ้าพรุ่งนี้คุณไม่ไปตกปลา ผมก็จะไม่ไปเหมือนกัน",
    "แม้ว่าเขาจะรวยมาก เขาก็ไม่มีความสุขเลย",
    "หากฝนตกหนัก น้ำก็จะท่วม",
]


@pytest.mark.parametrize("text", THAI_THEN)
def test_thai_if_then_is_one_sentence(text: str) -> None:
    from reviewer.core import segmenting

    space = text.index(" ")
    weights = segmenting._thai_weights()
    assert segmenting.thai_space_score(text, space, space + 1, 0) > weights.threshold
    assert texts(text, "th") == [text]


def test_thai_then_needs_the_conditional_and_its_then() -> None:
    from reviewer.core.segmenting import _then_clause

    def joined(text: str, last: int = 0) -> bool:
        space = text.rindex(" ")
        return _then_clause(text, space, space + 1, last)

    assert joined("ถ้าคุณพลาดในการวางแผน คุณก็วางแผนที่จะพลาด")
    assert not joined("ถ้าคุณว่าง ช่วยโทรหาฉันด้วย")  # no ก็ in the next clause
    assert not joined("ฝนหยุดตกแล้ว เด็กๆก็ออกไปเล่น")  # no conditional before
    assert not joined("ถ้าเขามา ฉันจะไปกับเขาเพราะเขาก็ชอบ")  # ก็ beyond the first three words
    # the clause before opens after the last cut, not at a conditional further back
    assert not joined("ถ้าเขามา ฉันจะไป เขาก็ชอบ", last=0)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a paragraph that opens with an item: a sentence's last number is no later item
        # (each was cut before it, review35)
        (
            "1. Visitors rose to 150. The director was pleased.",
            "en",
            ["1. Visitors rose to 150.", "The director was pleased."],
        ),
        (
            "1. ارتفع عدد الزوار إلى 150. وقال المدير إن الزيادة كبيرة.",
            "ar",
            ["1. ارتفع عدد الزوار إلى 150.", "وقال المدير إن الزيادة كبيرة."],
        ),
        # the items in order are cut, a lettered list within a numbered one too
        (
            "1. Do this: a) Cut it. b) Fold it. 2. Then glue.",
            "en",
            ["1. Do this:", "a) Cut it.", "b) Fold it.", "2. Then glue."],
        ),
        (
            "1. 第一步：准备材料 2. 然后开始组装 3. 最后检查",
            "zh",
            ["1. 第一步：准备材料", "2. 然后开始组装", "3. 最后检查"],
        ),
    ],
)
def test_a_paragraphs_later_items_follow_in_order(text: str, lang: str, expected) -> None:
    assert [s.text for s in segment(text, lang)] == expected


_THAI_WRAPPED = (
    "กรุงเทพมหานครเตรียมเปิดเส้นทางรถไฟฟ้าสายใหม่ในเดือนหน้า โดยจะเชื่อมต่อ\n"
    "ระหว่างย่านบางนากับสุวรรณภูมิ ซึ่งคาดว่าจะช่วยลดปัญหาการจราจรติดขัด\n"
    "ในช่วงเวลาเร่งด่วนได้อย่างมาก ผู้ว่าราชการกล่าวว่าค่าโดยสารจะอยู่ที่\n"
    "ประมาณสิบห้าถึงสี่สิบห้าบาทต่อเที่ยว",
    "นอกจากนี้ยังมีแผนจะขยายเส้นทางไปยังจังหวัดสมุทรปราการในอนาคต\n"
    "โดยใช้งบประมาณจากรัฐบาลกลางและภาคเอกชนร่วมกัน ทั้งนี้การก่อสร้าง\n"
    "จะเริ่มต้นในปีหน้าและคาดว่าจะแล้วเสร็จภายในสามปี",
)
_DATES_WRAPPED = (
    "Die Versammlung des Vereins fand nach langer Vorbereitung am\n"
    "3. Mai im grossen Saal statt und wurde nach einer Pause am\n"
    "12. Juni mit der Wahl des neuen Vorstands fortgesetzt, der\n"
    "einstimmig gewählt wurde.",
    "Danach begann die Planung für das kommende Jahr, die bis zum\n"
    "Herbst dauerte und viele Sitzungen erforderte, bevor der Plan\n"
    "schliesslich angenommen wurde.",
)


# A Thai article cut at a width between phrases, whose lines end in Thai letters as
# sentences a line do; a German paragraph whose lines open with "3. Mai" and "12. Juni", no
# list's items, which follow in order: each line was a paragraph (review35).
@pytest.mark.parametrize("blocks", [_THAI_WRAPPED, _DATES_WRAPPED])
def test_a_wrapped_paragraph_is_a_paragraph_a_block(blocks: tuple[str, str]) -> None:
    text = "\n\n".join(blocks) + "\n"
    assert [text[a:b] for a, b in paragraphs(text)] == list(blocks)


def test_a_list_items_label_before_any_white_space_is_read() -> None:
    # a no-break or em space after "a." stayed in the label, which was then no letter
    # (hypothesis, test_hostile_properties: a TypeError in the segmenter)
    text = "a.\u00a0Xyz and then b.\u2003Abc more. 1.\u00a0Foo 2.\u00a0Bar"
    assert [s.text for s in segment(text, "en")] == [
        "a.\u00a0Xyz and then",
        "b.\u2003Abc more.",
        "1.\u00a0Foo",
        "2.\u00a0Bar",
    ]


def _wrapped_as_written_before(block: str) -> bool:
    """`segmenting._wrapped` with its tests in the order they had before stop 39 (the width
    last): the reference its faster order must agree with."""
    from reviewer.core import segmenting as s

    lines = [line.strip() for line in block.split("\n")][:-1]
    if any(" | " in line or "\t" in line for line in lines):
        return False
    labelled = sum(s._LABELLED.match(line.strip()) is not None for line in block.split("\n"))
    if 2 * labelled > len(lines) + 1:
        return False
    after_first = [line.strip() for line in block.split("\n")[1:]]
    bullets = sum(line[:1] in s.BULLETS and line[1:2].isspace() for line in after_first)
    items = filter(None, (s._LIST_ITEM.match(line) for line in after_first))
    if bullets >= 2 or len(s._in_order(items)) >= 2:
        return False
    thai = len(lines) >= 2 and min(map(len, lines)) < s._FILLED * max(map(len, lines))
    ends = sum(
        line.endswith(s._LINE_ENDS) or (thai and s._THAI_LAST.search(line) is not None)
        for line in lines
    )
    return all(len(line) <= s.WRAP_WIDTH for line in lines) and 2 * ends < len(lines)


_LINE_PIECES = [
    "word ", "Weight: 189 g", "• item", "1. step", "2. next", " | ", "\t", "ends.", "สวัสดี",
    "and goes on", "x" * 60, "y" * 45, "Q: How", "3. Mai", ":", " ",
]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=4).map("".join), max_size=6))
def test_a_block_is_wrapped_as_the_tests_in_their_first_order_said(lines: list[str]) -> None:
    from reviewer.core.segmenting import _wrapped

    block = "\n".join(["first line", *lines])
    assert _wrapped(block) == _wrapped_as_written_before(block)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # review43: a sentence that opens on a company's Latin name of four words goes on past
        # its "Ltd."/"Co."/"Inc." before the caseless script's verb or particle (it was cut
        # there, the name one segment and the rest of the sentence another)
        ("hi", "Tata Consultancy Services Ltd. ने पुणे में नया कार्यालय खोला।"),
        ("hi", "Larsen and Toubro Infotech Ltd. ने कहा कि मुनाफ़ा बढ़ा।"),
        ("ja", "Sony Interactive Entertainment Inc. は新型機を発表した。"),
        ("zh", "Taiwan Semiconductor Manufacturing Co. 的股价上涨了。"),
        ("ko", "Samsung Electronics Co. Ltd. 는 새 공장을 열었다."),
        ("he", "Check Point Software Technologies Ltd. הודיעה על רווחים."),
        ("ar", "Saudi Basic Industries Corp. أعلنت عن أرباح كبيرة."),
        ("th", "Bangkok Dusit Medical Services Co. ประกาศผลกำไร"),
        # names, no clause, before an abbreviation that ends no name
        ("hi", "Manchester United Football Club vs. रियल मैड्रिड का मैच रद्द हुआ।"),
    ],
)
def test_a_latin_name_before_a_caseless_word_is_no_sentence(lang: str, text: str) -> None:
    assert texts(text, lang) == [text]
