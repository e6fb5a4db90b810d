"""End to end on made-up news with planted faults (tests/data/planted/README.md): the whole
pipeline finds each planted fault where it is, and nothing else of severity minor or worse."""

from pathlib import Path

import pytest

from reviewer.core.checks import _other_day
from reviewer.core.session import open_corpus

PLANTED = Path(__file__).parent / "data" / "planted"
LANGUAGES = {path.stem for path in (PLANTED / "hat_yai_page").glob("*.txt")}
# What each line of hat_yai_page is, in every language: breadcrumb, byline, dateline, caption,
# three article sentences (None), read-also, share, comments, tags.
HAT_YAI_KINDS = ["metadata", "byline", "metadata", "caption", None, None, None, "related",
                 "metadata", "comments", "metadata"]  # fmt: skip


def _findings(folder: str, pivot: str | None = None) -> tuple[object, set[tuple[str, str, str]]]:
    """The folder's one group aligned (through `pivot`, or the one the pipeline picks), and
    its findings of severity minor or worse as (check, language, the pivot cell's start)."""
    corpus = open_corpus([PLANTED / folder])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, pivot)
    found = set()
    for row, findings in enumerate(aligned.findings):
        pivot_text = " ".join(s.text for s in aligned.cell(row, aligned.group.pivot))
        for finding in findings:
            if finding.severity in ("major", "minor"):
                found.add((finding.check, finding.lang, pivot_text[:24]))
    return aligned, found


@pytest.mark.parametrize(
    ("folder", "members", "expected"),
    [
        (
            "chile_quake",
            {"ar", "en", "fr", "hi", "ja", "ko"},
            {
                ("number-mismatch", "ko", "وقُتل ثلاثة أشخاص على ال"),
                ("missing", "ja", "وانقطعت الكهرباء عن أكثر"),
                ("extra", "hi", ""),
            },
        ),
        (
            "porto_tram",
            {"de", "en", "es", "ru", "zh"},
            {
                ("number-mismatch", "de", "The line will be 14 kilo"),
                ("missing", "es", "Construction is expected"),
            },
        ),
        (
            "murano",
            {"el", "he", "hi", "it", "nl", "tr"},
            {
                ("number-mismatch", "tr", "מוצגים בה 230 חפצים שנוצ"),
                ("untranslated", "he", "The first rooms show gob"),
                ("missing", "nl", "The first rooms show gob"),
                ("extra", "el", ""),
            },
        ),
        (
            "coral_study",
            {"ar", "en", "fr", "id", "ja", "pt", "vi"},
            {
                ("number-mismatch", "id", "The team led by marine b"),
                ("extra", "ja", ""),
                ("missing", "pt", "Rising sea temperatures "),
            },
        ),
        # No fault planted: "1至11月" (January to November) is no count of 1 (was three
        # false number-mismatch findings against "the first eleven months").
        ("stats_november", {"en", "ja", "ko", "ru", "zh"}, set()),
        (
            "museum_hours",
            {"de", "el", "en", "fr", "he", "nl", "pl", "uk", "vi"},
            {
                ("number-mismatch", "fr", "Ab dem 1. Februar 2027 i"),
                ("extra", "vi", ""),
                ("missing", "uk", "Donnerstags bleibt das M"),
                ("punctuation", "pl", "„Wir möchten, dass die M"),
            },
        ),
        # Page furniture in eight languages (breadcrumbs, bylines with their agency, dates,
        # share lines with the language's word for e-mail): all of it boilerplate.
        ("coral_page", {"el", "en", "he", "hi", "id", "pl", "tr", "uk"}, set()),
        # A flood report's page in the 21 languages: the bylines with their agency (hi
        # "लेखक:", ko "글" without a colon, tr "Yazan:", zh 路透社, ja ロイター), the datelines
        # (th with its clock's น., de "12. Mai", ar نُشر في, vi Đăng lúc) and zh's 图 caption
        # were article text (stop 37).
        ("hat_yai_page", LANGUAGES, set()),
        (
            "nations_league",
            {"en", "es", "hi", "id", "it", "nl", "th", "vi", "zh"},
            {
                ("number-mismatch", "it", "Álvaro Morata scored twi"),
                # vi's omission, on a row of its own since the Thai cuts are fitted anew
                # (guided_cuts._refit; before, th's bead put it in a row over two pivot
                # sentences, with a length-ratio beside it)
                ("missing", "vi", "Dani Olmo sealed the win"),
            },
        ),
        (
            "retail_november",
            {"de", "en", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "ru", "Of this, online retail s"),
                ("extra", "de", ""),
                ("missing", "ko", "A spokesperson for the b"),
                ("number-mismatch", "th", "The next data will be re"),
            },
        ),
        (
            "library_faq",
            {"ar", "el", "en", "es", "hi", "ko", "tr", "uk", "zh"},
            {
                # ko, the original, is the pivot: uk kept one of its sentences (stop 34)
                ("missing", "es", "회원증은 무료이며 바로 발급됩니다."),
                ("number-mismatch", "el", "최대 10권까지 3주 동안 빌릴 수 있습니다"),
                ("punctuation", "tr", "도서관 회원증은 어떻게 만드나요?"),
                # 19 Korean characters: under the identifier's floor, but Hangul is Korean's
                ("untranslated", "uk", "책값을 배상해야 할 수도 있습니다."),
            },
        ),
        (
            "photosort_notes",
            {"de", "en", "es", "fr", "id", "ja", "pl", "ru", "tr", "zh"},
            {
                ("number-mismatch", "de", "Version 2.4.1 of PhotoSo"),  # 2.4.0: a version
                ("extra", "pl", ""),
                ("missing", "ja", "Exports to PNG are now a"),
                ("untranslated", "id", "Exports to PNG are now a"),
                ("number-mismatch", "tr", "Users of version 1.x can"),
            },
        ),
        (
            "camino_guide",
            {"en", "es", "fr", "he", "hi", "ko", "pt", "th", "vi"},
            {
                ("number-mismatch", "ko", "La ruta más popular, el "),  # 870 km for 780
                ("number-mismatch", "vi", "La mayoría de los camina"),  # 45 days for 35
                ("missing", "he", "No se pueden reservar: l"),
                ("untranslated", "pt", "No se pueden reservar: l"),  # left in Spanish
                ("punctuation", "fr", "Por eso muchos peregrino"),  # "!!"
                ("extra", "hi", ""),
            },
        ),
        (
            "bike_sharing",
            {"de", "en", "es", "fr", "it", "nl", "pl", "ru", "uk", "zh"},
            {
                # fr leaves out a whole paragraph: each of its sentences is missing
                ("missing", "fr", "Danach kostet jede weite"),
                ("missing", "fr", "Für Vielfahrer gibt es e"),
                ("missing", "fr", "Studierende zahlen die H"),
                ("number-mismatch", "ru", "Der Senat rechnet mit 12"),  # 21 %
                ("number-mismatch", "pl", "Die Kosten von 18 Millio"),  # the sum left out
            },
        ),
        (
            "water_outage",
            {"ar", "el", "en", "es", "fr", "he", "ru", "uk"},
            {
                # ar, the pivot by the alphabet (he is the original), writes 09:00 for 08:00:
                # the other versions outvote it, so the finding is the pivot's own
                ("number-mismatch", "ar", "ההפסקה תחל בשעה 08:00 ות"),
                ("number-mismatch", "es", "עיריית חיפה מודיעה על הפ"),  # 13 June for 12
                ("extra", "fr", ""),
                ("missing", "ru", "התושבים מתבקשים לאגור מי"),
                ("untranslated", "uk", "התושבים מתבקשים לאגור מי"),  # left in Hebrew
                ("punctuation", "el", "העבודות יתבצעו בשכונות כ"),  # « never closed
            },
        ),
        (
            "merapi_alert",
            {"ar", "de", "en", "id", "ja", "ko", "th", "vi", "zh"},
            {
                ("missing", "zh", "وامتدت السحب الحارة مساف"),
                ("number-mismatch", "ar", "طُلب من السكان الابتعاد "),  # the pivot's 7 km for 5
                ("number-mismatch", "ja", "ويقيم حالياً 1250 نازحاً"),  # 21 shelters for 12
                ("extra", "vi", "ويقيم حالياً 1250 نازحاً"),  # the airport, merged (stop 39)
            },
        ),
        (
            "paracetamol_leaflet",
            {"ar", "de", "el", "en", "es", "fr", "it", "ja", "pl", "ru", "zh"},
            {
                ("number-mismatch", "it", "باراسيتامول ٥٠٠ ملغ، أقر"),
                ("number-mismatch", "es", "للبالغين والأطفال فوق ١٢"),
                ("extra", "ru", ""),
                ("missing", "zh", "لا يستخدم للأطفال دون ٦ "),
            },
        ),
        (
            "derby_report",
            {"ar", "de", "en", "es", "fr", "it", "ja", "pt", "ru", "tr", "zh"},
            {
                ("number-mismatch", "de", "El Atlético Ribera ganó "),
                ("extra", "ru", ""),
                ("number-mismatch", "it", "Lucas Ferrante marcó el "),
                ("missing", "fr", "El árbitro mostró siete "),
                ("number-mismatch", "tr", "Con esta victoria, el Ri"),
                ("number-mismatch", "ja", "El Sierra, que no gana u"),
                ("untranslated", "ar", "El entrenador Manuel Ort"),
            },
        ),
        (
            "walking_trial",
            {"de", "en", "es", "fr", "hi", "id", "ja", "ko", "ru", "vi", "zh"},
            {
                ("number-mismatch", "ru", "Participants in the walk"),
                ("number-mismatch", "de", "The difference between t"),
                ("missing", "es", "Adverse events were rare"),
                ("number-mismatch", "zh", "Adherence declined over "),
                ("extra", "ko", ""),
                ("untranslated", "hi", "A structured walking pro"),
            },
        ),
        (
            "kettle_recall",
            {"de", "el", "en", "fr", "it", "ko", "nl", "pl", "th", "uk"},
            {
                # the lot number and the date are in the second sentence, which has a row of
                # its own since the Thai first paragraph is cut where the others end theirs
                ("number-mismatch", "en", "Betroffen sind Geräte mi"),
                ("number-mismatch", "ko", "Betroffen sind Geräte mi"),
                ("number-mismatch", "th", "Bei diesen Geräten kann "),
                ("missing", "it", "Bisher wurden 14 Fälle g"),
                ("extra", "el", ""),
                ("number-mismatch", "pl", "Der Kaufpreis von 49,99 "),
                ("number-mismatch", "fr", "Fragen beantwortet die k"),
            },
        ),
        (
            "nordhavn_results",
            {"ar", "de", "en", "es", "fr", "ja", "ko", "pl", "ru", "zh"},
            {
                ("number-mismatch", "es", "Nordhavn Energy ASA toda"),
                ("number-mismatch", "de", "Operating profit (EBITDA"),
                ("number-mismatch", "ar", "The company installed 38"),
                ("extra", "zh", ""),
                ("missing", "fr", '"We expect to reach 10 G'),
                ("number-mismatch", "ko", "The board proposed an in"),
            },
        ),
        (
            "songkran_traffic",
            {"th", "uk", "vi", "zh"},
            {
                ("missing", "vi", "รถไฟฟ้าบีทีเอสจะเปิดให้บ"),
                ("extra", "uk", ""),
                ("number-mismatch", "zh", "ผู้ฝ่าฝืนอาจถูกปรับไม่เก"),
            },
        ),
        (
            "baker_interview",
            {"de", "en", "es", "fr", "it", "ru", "zh"},
            {
                ("number-mismatch", "it", "She has trained more tha"),
                ("missing", "ru", "Almost everything."),
                ("extra", "es", ""),
                ("missing", "de", "Yes."),
                ("number-mismatch", "zh", "I start at 3 in the morn"),
            },
        ),
        (
            "typhoon_warning",
            {"en", "hi", "id", "ja", "ko", "th", "vi", "zh"},
            {
                ("number-mismatch", "vi", "Rainfall could exceed 30"),
                ("missing", "ja", "Schools in six provinces"),
                ("number-mismatch", "hi", "About 12,000 people have"),
                ("missing", "th", "About 12,000 people have"),
                ("extra", "zh", ""),
                ("extra", "ko", ""),
            },
        ),
        (
            "library_opening",
            # en, the original, the pivot since stop 36 (its "… to 10 p.m. Entry is free" two
            # sentences: its count is the members' median); before, de by the alphabet
            {"de", "en", "es", "fr", "ru", "zh"},
            {
                ("missing", "de", "The top floor is a quiet"),
                ("extra", "fr", ""),
                ("missing", "ru", "Some residents complaine"),
                ("extra", "zh", ""),
                ("number-mismatch", "es", "The city expects 1.5 mil"),
            },
        ),
        (
            "tram_changes",
            {"de", "el", "en", "he", "pl", "tr", "uk"},
            {
                ("number-mismatch", "de", "• Die Linie 3 fährt alle"),  # the pivot, outvoted
                ("missing", "en", "• Die Linie 7 wird bis z"),
                ("extra", "uk", ""),
                ("number-mismatch", "tr", "• Die Linie 15 wird wege"),
                ("number-mismatch", "el", "Einzelfahrscheine kosten"),
            },
        ),
        (
            "library_opening_asia",
            {"en", "id", "ja", "ko", "vi"},
            {
                ("missing", "ja", "It holds 450,000 books, "),
                ("number-mismatch", "vi", "It holds 450,000 books, "),
                ("extra", "ko", ""),
                ("missing", "id", "The roof collects rainwa"),
            },
        ),
        ("lemon_loaf", {"de", "en", "es", "fr"}, set()),  # US units converted: no fault
        (
            "kyiv_depot",  # el the pivot by the alphabet: names in Greek letters
            {"el", "en", "pl", "ru", "tr", "uk"},
            {
                ("number-mismatch", "ru", "Το αμαξοστάσιο χωρά 24 σ"),
                ("number-mismatch", "pl", "Κόστισε 1,8 δισ. γρίβνες"),
                ("missing", "tr", "Ο πρώτος από αυτούς, ο Β"),
            },
        ),
        (
            "drava_bridge",  # a scraped page: menu, share row, byline, read-also, comments
            {"el", "en", "he", "hi", "ko", "pl", "th", "tr"},
            {
                ("number-mismatch", "el", "The 420-metre bridge cos"),
                ("missing", "pl", "About 18,000 vehicles ar"),
                # he's added sentence shares the row of the one before it: its figure is
                # major, and the row's `extra` (minor since stop 39) names it as perhaps added
                ("number-mismatch", "he", "The old bridge, built in"),
                ("extra", "he", "The old bridge, built in"),
            },
        ),
        (
            "gull_rock_story",  # a short story: dialogue, no figures but "hundred", one name
            {"de", "en", "es", "fr", "it", "ja", "ru", "zh"},
            {
                ("number-mismatch", "es", "Every evening, old Marta"),
                ("missing", "de", '"Hold on!" she shouted, '),
                ("extra", "fr", ""),
                ("name-mismatch", "ru", '"Are you the lighthouse '),
                ("missing", "zh", "By morning the storm had"),
            },
        ),
        (
            "harbor_contract",  # dates, amounts and clock times in eight locales
            {"ar", "de", "en", "fr", "hi", "ja", "ru", "zh"},
            {
                ("number-mismatch", "de", "وقّعت مدينة بورتويل في ٤"),
                ("number-mismatch", "ja", "وقّعت مدينة بورتويل في ٤"),
                ("number-mismatch", "fr", "وبدأ حفل التوقيع في السا"),
            },
        ),
        (
            "festival_director",  # punctuation and a name spelled two ways; de the pivot
            {"de", "en", "es", "fr", "nl"},
            {
                ("punctuation", "nl", "„Es ist Zeit für jemand "),
                ("name-consistency", "fr", "Lindqvist machte aus ein"),
                ("punctuation", "de", "Bleibt der Eintritt frei"),
                ("punctuation", "de", "Der Vorstand will (vorau"),
            },
        ),
        (
            "marathon_results",  # a numbered list of names and times after a lead-in
            {"de", "en", "es", "fr", "ja", "zh"},
            {
                ("number-mismatch", "de", "3. Joseph Mutua (KEN) 2:"),
                ("missing", "fr", "3. Joseph Mutua (KEN) 2:"),
                ("number-mismatch", "es", "About 17,000 runners sta"),
            },
        ),
        (
            "release_notes",  # software: a command line, versions, ports, 2 GB / 2 Go
            {"de", "en", "es", "fr", "ja", "ko", "ru", "zh"},
            {
                ("number-mismatch", "de", "The server now listens o"),
                ("number-mismatch", "ja", "pip install --upgrade te"),
                ("missing", "fr", "Support for Windows 7 ha"),
                ("extra", "zh", ""),
                ("number-mismatch", "es", "Thanks to the 14 contrib"),
            },
        ),
        (
            "library_budget",  # languages we do not review: named, aligned and checked
            {"cs", "en", "fi", "ro", "sv"},
            {
                ("number-mismatch", "cs", "The building will have s"),
                ("missing", "ro", "The old library on Marke"),
            },
        ),
        (
            "paracetol_leaflet",
            {"ar", "de", "en", "es", "fr", "ja", "ru", "zh"},
            {
                ("number-mismatch", "ru", "Adults and children over"),
                ("extra", "es", ""),
                ("number-mismatch", "fr", "Do not take more than 8 "),
                ("missing", "ar", "Children aged 6 to 12: h"),
                ("missing", "de", "Talk to your doctor if y"),
                ("untranslated", "ja", "Taking too much paraceta"),  # and no length-ratio
            },
        ),
        (
            "manisa_quake",  # fr 04h17 against 04:17; another report of the quake beside it
            {"de", "en", "es", "fr", "ja", "zh"},
            {
                ("number-mismatch", "fr", "At least 12 people were "),
                ("untranslated", "zh", "The tremor was felt as f"),
                ("extra", "es", ""),
                ("number-mismatch", "ja", "More than 80 aftershocks"),
                ("missing", "de", "Schools in the province "),
            },
        ),
        (
            "alps_cold",  # temperatures below zero written −12 °C, minus 12, 영하, 零下, eksi
            {"de", "en", "fr", "it", "ko", "pl", "ru", "tr", "zh"},
            {
                ("number-mismatch", "pl", "In den Bergen werden in "),  # 12 °C for −12 °C
                ("number-mismatch", "fr", "Oberhalb von 1.500 Meter"),
                ("missing", "it", "Wind mit bis zu 90 km/h "),
                ("extra", "tr", ""),
            },
        ),
        (
            "citybike_terms",  # numbered clauses, a cross-reference, 30 minutes as half an hour
            {"de", "en", "es", "fr", "it", "nl", "pl", "pt"},
            {
                ("number-mismatch", "de", "3.2 Una bicicleta no dev"),  # clause 2.2 for 2.3
                ("number-mismatch", "pl", "2.2 La suscripción anual"),
                ("missing", "nl", "2.3 El pago se carga en "),
                ("extra", "pt", ""),
                ("untranslated", "it", "3.1 Debe devolver la bic"),
            },
        ),
        (
            "lyon_cycle_path",  # HTML left in (&nbsp;, &#39;, <p>), a cookie banner, "click here"
            {"de", "en", "es", "fr"},
            {
                ("number-mismatch", "de", "Around 9,000 cyclists ar"),  # 6.000 for 9,000
                ("missing", "es", "The project cost €18.5 m"),
            },
        ),
        (
            "yokohama_budget",  # ja original (令和7年度), ar with a Hijri date, fr "fin mars"
            {"ar", "en", "fr", "ja", "ko", "zh"},
            {
                ("number-mismatch", "ko", "وخصصت الميزانية 85 مليار"),  # 580억 for 850億
                ("missing", "fr", "وخصصت الميزانية 85 مليار"),  # fr leaves a paragraph out
                ("missing", "fr", "وقال رئيس البلدية في مؤت"),
            },
        ),
        (
            "metro_interview",  # questions and answers: Q/A, F/A, P/R, P/O, dashes, ――
            {"de", "en", "es", "ja", "pl", "ru"},
            {
                # de is the pivot since stop 32 ("seit 2021. Wir haben" is two sentences now:
                # de has the most), a guess like en before it
                ("missing", "ja", "Wir mussten die Arbeiten"),
                ("number-mismatch", "pl", "A: Wir eröffnen die erst"),  # w czerwcu for May
            },
        ),
        (
            "old_bridge",  # questions in six conventions: ¿…?, ;, ؟, « », „ “
            {"ar", "de", "el", "en", "es", "fr"},
            {
                ("punctuation", "es", "هل لا يزال الجسر القديم "),  # no opening ¿
                ("punctuation", "de", '"لم نجد أي تشققات في الأ'),  # „ closed by "
            },
        ),
        (
            "otc_leaflet",  # zh adds a sentence at a paragraph's end; short, few figures
            {"de", "en", "es", "fr", "ru", "zh"},
            {
                ("number-mismatch", "de", "Adults and children aged"),  # 6 to 8 hours for 4 to 6
                ("missing", "fr", "Do not take more than 8 "),
                ("number-mismatch", "ru", "Do not give this medicin"),
                ("untranslated", "es", "Do not take it for more "),
                ("extra", "zh", ""),
            },
        ),
        (
            "yogurt_cake",  # a recipe: 2 Eier beside 2 Zitronen; 2 ½ TL; 180 °C (350 °F)
            {"de", "en", "fr", "it", "ja", "ru", "zh"},
            {
                ("number-mismatch", "de", "Zutaten: 250 g Mehl, 200"),  # said on the pivot
                ("number-mismatch", "fr", "Den Backofen auf 180 °C "),
                ("missing", "it", "Joghurt, Öl und Zitronen"),
                # ja's added tip (lime for lemon) is merged into the glaze row: only info
                # (test_an_added_sentence_merged_into_its_neighbours_row_is_told)
            },
        ),
        (
            "phone_specs",  # labelled lines, no blank line; 50 MP / 5000万像素; 17 cm
            {"de", "en", "es", "fr", "ja", "zh"},
            {
                ("number-mismatch", "zh", "Display: 6.7-inch OLED, "),
                ("number-mismatch", "de", "Battery: 5000 mAh, 45 W "),
                ("missing", "fr", "Weight: 189 g"),
                ("extra", "ja", ""),
            },
        ),
        (
            "pune_metro",  # hi original in Devanagari digits; ar, th digits; crore in five scripts
            {"ar", "en", "he", "hi", "ko", "th"},
            {
                ("number-mismatch", "ko", "Pune, 15 March – Passeng"),
                ("number-mismatch", "th", "The line is 23 kilometre"),
                ("missing", "he", "According to officials, "),
                ("extra", "ar", ""),
            },
        ),
        (
            "apple_cake",  # a recipe wrapped at 72 with a list; a one-word title (de)
            {"de", "en", "fr", "ru"},
            {("extra", "de", "")},  # de, the pivot, lacks an ingredient the others list
        ),
        (
            "library_hours",  # half a sentence left in English; a whole one with "11 pm"
            {"de", "en", "es", "fr"},
            {
                ("untranslated", "de", "The reading rooms on the"),  # half a sentence
                ("untranslated", "fr", "Coffee and snacks will b"),  # and no number-mismatch
            },
        ),
        (
            "lighthouse_poem",  # a title and four stanzas of four lines, one line a row
            {"en", "es", "fr", "it", "ru"},
            {
                ("missing", "es", "he writes the weather in"),  # a line left out
                ("extra", "fr", ""),  # a stanza added: its four lines (see below)
                ("number-mismatch", "it", "and broke three windows "),  # quattro for three
            },
        ),
        (
            "zandvoort_rules",  # a holiday flat's rules (nl original); 3 pm, 15.00'ten, zehn Uhr
            {"de", "el", "en", "nl", "pl", "tr", "uk"},
            {
                ("number-mismatch", "el", "Bei der Ankunft zahlen S"),  # 300 € for 200
                ("number-mismatch", "tr", "Von 22 bis 7 Uhr gilt di"),  # 23.00 for 22:00
                ("missing", "pl", "Bitte bedenken Sie, dass"),  # the thin walls left out
                ("extra", "uk", ""),  # paid parking added
            },
        ),
        (
            "support_email",  # a letter: greeting, sign-off lines, "Sra." and no figure but one
            {"en", "es", "it", "nl", "pl", "pt"},
            {
                ("missing", "es", "You do not need to retur"),
                ("extra", "it", ""),  # an apology added
                ("number-mismatch", "nl", "The new parcel should ar"),  # vijf for three, in words
                # pt says the row's two sentences in the other order: a 2-2 row, no finding;
                # pl's "Szanowna Pani" (Dear Madam) for "Dear Ms Costa" is only info
            },
        ),
        (
            "weather_forecast",  # temperatures below zero in words, with and without degrees
            {"el", "en", "hi", "id", "ko", "tr", "vi"},
            {
                ("number-mismatch", "el", "Στον νότο, οι μέγιστες θ"),  # 9 for 8, on the pivot
                ("number-mismatch", "tr", "Οι βορειοδυτικοί άνεμοι "),  # 80 km/h for 70
                ("extra", "ko", ""),  # commuter traffic
                ("missing", "vi", "Οι οδηγοί πρέπει να προσ"),  # the bridges left out
            },
        ),
        (
            "library_programme",  # a programme: times, items, one count (pt original)
            {"de", "en", "es", "fr", "it", "pl", "pt"},
            {
                ("missing", "es", "11:30 – Kaffeepause"),  # the coffee break left out
                ("number-mismatch", "fr", "12:00 – Podiumsdiskussio"),  # 12 h 30 for 12:00
                ("extra", "it", ""),  # a guided visit added
                # pl's 200 places for 250, its one figure of seven apart: still a member
                ("number-mismatch", "pl", "Die Plätze sind auf 250 "),
            },
        ),
        (
            "kyoto_buses",  # ja original; 1,200万人, 12 млн, 1200万人次; 50 тыс. иен, 5万円
            {"en", "ja", "ko", "ru", "uk", "zh"},
            {
                ("extra", "zh", ""),  # Gion, the geisha quarter
                ("number-mismatch", "uk", "According to the city, a"),  # 16% for 18%
                ("missing", "ru", "Residents had repeatedly"),  # the complaints left out
            },
        ),
        (
            "hospital_wing",  # ar original in Arabic-Indic digits; he ד"ר (gershayim typed ")
            {"ar", "en", "es", "fr", "he", "id", "tr"},
            {
                ("number-mismatch", "es", "ويضم الجناح ٢٥٠ سريراً و"),  # 205 beds for 250
                ("missing", "fr", "وقال مدير المستشفى الدكت"),  # the director's words left out
                ("extra", "tr", ""),  # the car park, added
            },
        ),
        (
            "serie_a_results",  # scores 3-1, 1-1, 2-0 (no ranges); it original; hi, el names
            {"el", "en", "hi", "it", "nl"},
            {
                ("missing", "el", "Juventus won 2-0 against"),  # Juventus's win left out
                ("number-mismatch", "nl", "Juventus won 2-0 against"),  # 2-1 for 2-0
                ("extra", "hi", ""),  # ticket sales added
            },
        ),
        (
            "water_cut",  # pt original; ar in Arabic-Indic digits; zh 5.4万; th 08.00 ... 16.00 น.
            {"ar", "de", "en", "es", "pt", "th", "vi", "zh"},
            {
                ("number-mismatch", "de", "وستستبدل الأشغال ٢٫٣ كيل"),  # 1986 for 1968
                ("number-mismatch", "zh", "سيتأثر نحو ٤٥ ألف ساكن."),  # 5.4万 for 4.5万
                ("missing", "es", "ويُنصح السكان بتخزين الم"),  # the advice to store water
                ("extra", "th", ""),  # an apology, added
            },
        ),
        (
            "ferry_winter",  # ko original, en pivot (id kept en's); 4時間30分 = "four and a half"
            {"ar", "en", "hi", "id", "ja", "ko", "ru", "uk", "zh"},
            {
                ("number-mismatch", "ru", "The first ferry from Mok"),  # 8:30 for 8, beside 7:30
                ("missing", "ja", "The adult fare stays at "),  # the adult fare
                ("missing", "uk", "Tickets can be bought on"),  # tickets online (short)
                ("untranslated", "id", "The crossing takes about"),  # left in English
                # hi's rain warning, merged: an info (the row is long in every version)
            },
        ),
        (
            "school_trip",  # a school's letter to parents, nl original, en pivot (he kept en's)
            {"de", "el", "en", "he", "nl", "pl", "th", "tr", "vi"},
            {
                ("number-mismatch", "vi", "On Thursday 14 May, grou"),  # 15/5 for 14 May
                ("number-mismatch", "pl", "The cost is €35 per chil"),  # 53 euro for 35
                ("missing", "tr", "The school provides lunc"),  # lunch (short)
                ("missing", "el", "If your child has an all"),  # the allergy sentence
                ("untranslated", "he", "Mobile phones stay at ho"),  # en's, kept
            },
        ),
        (
            "scooter_rules",  # zh original, the pivot (ar kept one of its sentences); 约三成, 3割
            {"ar", "en", "es", "fr", "ja", "ko", "ru", "vi", "zh"},
            {
                ("number-mismatch", "vi", "新规定适用于全市约1.2万辆共享电动滑板车。"),  # 21.000
                (
                    "number-mismatch",
                    "fr",
                    "根据新规定，电动滑板车在市区的最高时速不得超过2",
                ),  # 25 km/h
                ("missing", "ja", "骑行者必须年满16岁。"),
                ("missing", "ru", "该局将在6个月后评估新规的效果。"),  # at the end
                ("untranslated", "ar", "夜间骑行时必须开启车灯。"),  # zh's, kept
                ("extra", "es", ""),  # companies criticise the rules
            },
        ),
        (
            "fox_grapes",  # a fable with dialogue (de original and pivot), no figures
            {"de", "en", "es", "fr", "it", "ja", "ru", "zh"},
            {
                ("number-mismatch", "ru", "Hoch oben an einer Mauer"),  # четыре for drei
                ("punctuation", "es", "Eine Krähe auf dem Zaun "),  # « never closed
                # "Le renard ne répondit pas.", merged into the crow's row: short, and fr
                # has the pivot's count on every other row
                ("missing", "fr", "Eine Krähe auf dem Zaun "),
            },
        ),
        (
            "festival_park",  # en original, the pivot (fr kept en's); ja 6万2000, ko 6만 2000
            {"el", "en", "fr", "hi", "it", "ja", "ko", "pl", "tr"},
            {
                ("number-mismatch", "pl", "The festival runs from 2"),  # 29 lipca for 27
                ("missing", "it", "The city will add 40 bus"),  # the extra buses
                ("extra", "ja", ""),  # a car park near the park
                ("punctuation", "tr", "Organisers sold 62,000 t"),  # "sattı , geçen"
                # fr keeps en's last sentence: a copy of a version that is not the pivot
                ("untranslated", "fr", "Children under 12 enter "),
            },
        ),
        (
            "exam_schedule",  # exam dates and times (zh original); ko 오후 2시 30분, th พ.ศ. 2570
            {"en", "id", "ja", "ko", "th", "vi", "zh"},
            {
                ("number-mismatch", "ko", "Final exams this semeste"),  # 6월 28일 for 25
                ("number-mismatch", "id", "Candidates must arrive a"),  # 30 menit for 15
                ("untranslated", "vi", "Mobile phones are forbid"),  # left in English
                # ja leaves out the second sentence; its row holds both (the others have two)
                ("missing", "ja", "Please bring your studen"),
                # th's added sentence (the library open until midnight) is not found: the Thai
                # model keeps it in the clause before it ("ห้อง" after a space continues a
                # sentence in UD_Thai-TUD), and the row is only 1.3 times th's usual length
            },
        ),
        (
            "election_count",  # tr original, the pivot (el kept one of its sentences)
            {"ar", "de", "el", "en", "fr", "he", "pl", "ru", "tr", "uk"},
            {
                ("number-mismatch", "de", "Büyükşehir belediye başk"),  # 48,7 % for 47,8
                ("number-mismatch", "ru", "Belediye meclisindeki 61"),  # 43 seats for 34
                ("missing", "ar", "Katılım oranı %76,4 oldu"),  # the turnout
                ("extra", "uk", ""),  # sunny, queues at the polling stations
                ("untranslated", "el", "Yüksek Seçim Kurulu kesi"),  # tr's, kept
            },
        ),
        (
            "night_train",  # a dialogue (en original; de the pivot by the alphabet), halves said
            {"de", "en", "es", "it", "ja", "ko", "nl", "pt", "zh"},
            {
                ("number-mismatch", "es", "Um zwei Minuten."),  # cinco for two (words: minor)
                ("untranslated", "ko", "Mein Akku war leer."),  # en's, kept
                # a false alarm left: zh says "so I walked home, it took an hour and a half" in
                # one sentence, a third shorter than its usual share of the German
                ("missing", "zh", "Also bin ich nach Hause "),
            },
        ),
        (
            "ohrid_lake",  # an encyclopedia entry, en original and pivot (tr kept its sentence)
            {"ar", "de", "en", "fr", "it", "ja", "ru", "tr", "zh"},
            {
                # the feet and square miles in brackets, which every other version drops, are
                # no figures of their own; ja's 136万年 is en's "1.36 and 1.9 million"
                ("number-mismatch", "ja", "With a maximum depth of "),  # 286 m for 288
                ("untranslated", "tr", "Its water is so clear th"),  # en's, kept
                ("extra", "fr", ""),  # the fishermen's wooden boats
            },
        ),
        (
            "job_offer",  # bulleted lists, de original, en pivot by the alphabet (a guess)
            {"ar", "de", "en", "fr", "hi", "pl", "tr", "uk", "vi"},
            {
                # ar leaves out the bullet on AWS and Azure, which every other version keeps
                # in Latin letters (was `missing` a row late, on "good German and English")
                ("missing", "ar", "• experience with cloud "),
                ("number-mismatch", "pl", "• at least 5 years of ex"),  # 3 years for 5
                ("untranslated", "vi", "• very good knowledge of"),  # en's, kept
                ("extra", "hi", ""),  # "a new laptop every year"
                ("number-mismatch", "tr", "Apply by 15 March 2026 a"),  # 25 Mart for 15
            },
        ),
        (
            "diwali_fair",  # hi original, the pivot (ru kept its last sentence); रात 10 बजे
            {"ar", "de", "en", "es", "fr", "hi", "ja", "ru", "th", "zh"},
            {
                ("number-mismatch", "zh", "मेला रोज़ शाम 4 बजे से र"),  # 晚上11点 for 10 pm
                ("number-mismatch", "th", "प्रवेश शुल्क 50 रुपये है"),  # 500 rupees for 50
                ("extra", "ar", ""),  # free buses from the station
                ("missing", "ja", "मेले में 120 से अधिक स्ट"),  # the stalls
                ("untranslated", "ru", "पार्किंग की सुविधा मैदान"),  # hi's, kept
            },
        ),
        (
            "sleep_trial",  # a trial's abstract, en original and pivot (ko kept its sentence)
            {"de", "en", "es", "fr", "ja", "ko", "ru", "zh"},
            {
                ("number-mismatch", "ja", "Methods: We randomly ass"),  # 1,024 for 1,204
                ("missing", "es", "The primary outcome was "),
                ("untranslated", "ko", "The primary outcome was "),
                ("number-mismatch", "de", "Results: The PSQI score "),  # p < 0,01 for 0.001
                ("extra", "zh", ""),  # mean age and share of women
            },
        ),
        (
            "marathon_roads",  # he original and pivot (fr kept its sentence), road closures
            {"ar", "de", "en", "es", "fr", "he", "ru", "uk", "zh"},
            {
                ("missing", "ar", "רחובות רבים במרכז העיר י"),  # the closing hours
                ("number-mismatch", "ru", "רחובות רבים במרכז העיר י"),  # до 14:00 for 13:00
                # es adds "street vendors may not set up along the course" after the
                # recommendation (tests/test_witness_words.py: the row holds the vendors)
                ("extra", "es", ""),
                ("untranslated", "fr", "העירייה ממליצה להגיע באו"),  # he's, kept
            },
        ),
        (
            "temple_rules",  # id original and pivot (ko kept its sentence); Rp75.000, Rp75,000
            {"de", "en", "fr", "id", "ja", "ko", "nl", "ru", "zh"},
            {
                ("number-mismatch", "ja", "Tiket masuk untuk wisata"),  # 8万5000 rupiah for 75,000
                ("number-mismatch", "zh", "Pura dibuka setiap hari "),  # 下午6点 for 17.00
                ("untranslated", "ko", "Pengunjung wajib mengena"),  # id's, kept
                ("missing", "nl", "Pengunjung wajib mengena"),  # the sarong
                ("extra", "ru", ""),  # drones
            },
        ),
        (
            "red_light_fines",  # vi original and pivot (zh kept its sentence); triệu, 万, 만
            {"de", "en", "fr", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "ja", "Nếu gây tai nạn, mức phạ"),  # 1500万 for 14 triệu
                # zh's Vietnamese sentence, once also a number-mismatch (10 and 14 read by
                # Chinese rules, without the triệu)
                ("untranslated", "zh", "Nếu gây tai nạn, mức phạ"),
                ("missing", "ru", "Năm ngoái, cảnh sát TP.H"),  # last year's 120,000 cases
                ("extra", "de", ""),  # more traffic cameras
            },
        ),
        (
            "water_tank",  # a flat block's notice, ko original and pivot (vi kept its sentence)
            {"en", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                (
                    "number-mismatch",
                    "en",
                    "3월 15일(토) 오전 9시부터 오후 3시까",
                ),  # until 4 pm for 3 pm
                (
                    "number-mismatch",
                    "th",
                    "작업 시간 동안 101동부터 105동까지 수",
                ),  # buildings 101 to 106 for 105
                ("untranslated", "vi", "미리 필요한 만큼 물을 받아 두시기 바랍니다"),  # ko's, kept
                (
                    "missing",
                    "zh",
                    "미리 필요한 만큼 물을 받아 두시기 바랍니다",
                ),  # store water in advance
                ("extra", "ja", ""),  # the lifts work as usual
            },
        ),
        (
            # a ferry strike, el original and pivot (ru kept its sentence); de changed the
            # date, its only figure over 12 besides 24 and 300 that all keep: left alone once
            "ferry_strike",
            {"de", "el", "en", "fr", "he", "it", "ru", "tr"},
            {
                ("number-mismatch", "de", "Η Πανελλήνια Ναυτική Ομο"),  # 19. Juni for 12 June
                ("missing", "it", "Τα πλοία δεν θα αναχωρήσ"),  # the ports
                ("untranslated", "ru", "Οι επιβάτες με εισιτήρια"),  # el's, kept
                ("extra", "tr", ""),  # tourists taking planes
            },
        ),
        (
            # an airline's baggage rules (en original; de the pivot by the alphabet): measures
            # converted in brackets, 23 kg (50 lb), 23kg（50ポンド）, 158厘米（62英寸）
            "baggage_rules",
            {"de", "en", "fr", "ja", "zh"},
            {("number-mismatch", "ja", "Das Handgepäck ist auf e")},  # 55×40×25cm for 23
        ),
        (
            # Lviv's heating season, uk original and pivot (zh kept its sentence, and was
            # read as uk for it: two groups, tr left alone)
            "heating_season",
            {"de", "en", "fr", "pl", "ru", "tr", "uk", "zh"},
            {
                ("number-mismatch", "tr", "У Львові опалювальний се"),  # 25 Ekim for 15 October
                ("number-mismatch", "de", "Опалення почнуть подават"),  # +10 °C for +8
                ("missing", "pl", "Спершу тепло отримають л"),  # hospitals and schools first
                ("untranslated", "zh", "Спершу тепло отримають л"),  # uk's, kept
                ("extra", "ru", ""),  # check radiators and windows
            },
        ),
        (
            "dubai_metro",  # ar original and pivot (de kept its sentence); read right first
            {"ar", "de", "en", "es", "hi", "ru", "tr", "zh"},
            {
                ("number-mismatch", "es", "أعلنت هيئة الطرق والمواص"),  # 16 for 18 billion
                ("number-mismatch", "hi", "سيضم الخط 14 محطة، منها "),  # 15 stations for 14
                ("missing", "zh", "سيضم الخط 14 محطة، منها "),  # the stations
                ("untranslated", "de", "ومن المتوقع أن يخدم الخط"),  # ar's, kept
                ("extra", "tr", ""),  # the stations' design
            },
        ),
        (
            "storm_warning",  # a weather warning, pt original and pivot (ru kept its sentence)
            {"ar", "de", "en", "es", "fr", "it", "ja", "pl", "pt", "ru", "th", "zh"},
            {
                ("number-mismatch", "zh", "Prevê-se chuva forte, po"),  # 50 mm for 40
                ("number-mismatch", "fr", "O vento soprará de sudoe"),  # 80 km/h for 90
                ("extra", "es", ""),  # last year's storm
                ("missing", "de", "A temperatura máxima não"),  # the temperature
                ("number-mismatch", "ar", "As escolas de Penacova e"),  # 4 March for 3
                ("untranslated", "ru", "As escolas de Penacova e"),  # pt's, kept
                # not: ja's 5度低い against "menos cinco do que" (five less than, no −5), nor
                # de "rund um die Uhr" and pl "całą dobę" against "24 horas por dia"
            },
        ),
        (
            "quarterly_results",  # a group's results, fr original and pivot (ko kept its sentence)
            {"ar", "de", "en", "es", "fr", "ja", "ko", "nl", "tr", "zh"},
            {
                ("number-mismatch", "ar", "Le groupe lyonnais Valmo"),  # 5.4 % for 4,5
                ("number-mismatch", "ja", "Le résultat net atteint "),  # 1億2500万 for 152 millions
                ("missing", "nl", "La division Transports a"),  # Transport's fall
                ("untranslated", "ko", "La division Transports a"),  # fr's, kept
                ("extra", "tr", ""),  # a first factory in Turkey
            },
        ),
        (
            "mondrian_exhibition",  # nl original; el the alphabet's pick (ja kept nl's sentence)
            {"ar", "de", "el", "en", "es", "fr", "he", "it", "ja", "nl", "pl", "pt", "ru", "zh"},
            {
                ("number-mismatch", "de", "Παρουσιάζονται 64 πίνακε"),  # 46 works for 64
                ("extra", "ru", ""),  # where Mondrian was born
                ("missing", "fr", "Η έκθεση διαρκεί έως τις"),  # the closing date
                ("number-mismatch", "ar", "Η έκθεση διαρκεί έως τις"),  # 18 September for 28
                ("number-mismatch", "it", "Το εισιτήριο κοστίζει 17"),  # 15,50 for 17,50
                ("untranslated", "ja", "Η επιμελήτρια Άννα ντε Φ"),  # nl's, kept
                # not: de "halb neun abends", es "las ocho y media de la tarde", nl "half negen
                # 's avonds" against 20:30
            },
        ),
        (
            "lighthouse_story",  # a short story, en original; the pivot by its sentence count
            {"de", "en", "es", "fr", "ja", "ru", "zh"},
            {
                ("number-mismatch", "ja", "He took the old horn fro"),  # 二度 for three times
                ("extra", "fr", ""),  # Tomas's heart
                # de leaves out "The boat stopped.": an info (short: perhaps joined), as ru
                # joins it to the next sentence
            },
        ),
        (
            "tablet_dosage",  # a medicine's dosage, en original and pivot (th kept a sentence)
            {"ar", "de", "en", "es", "hi", "id", "ja", "ru", "th", "tr", "vi", "zh"},
            {
                ("number-mismatch", "tr", "Do not take more than 8 "),  # 6 tablets for 8
                ("missing", "vi", "Leave at least 4 hours b"),  # the time between doses
                ("number-mismatch", "hi", "Do not take it for more "),  # 5 days for 3
                ("untranslated", "th", "Do not take it for more "),  # en's, kept
                ("extra", "id", ""),  # drowsiness
            },
        ),
        (
            "holiday_trains",  # a timetable change, he original and pivot (th kept he's sentence)
            {"ar", "de", "el", "en", "fr", "he", "hi", "ko", "ru", "th", "uk", "vi", "zh"},
            {
                ("number-mismatch", "ru", "רכבת ישראל הודיעה כי בער"),  # 15:30 for 14:30
                ("number-mismatch", "zh", "רכבת ישראל הודיעה כי בער"),  # 22 September for 21
                ("number-mismatch", "el", "בקו תל אביב–ירושלים יופע"),  # 10 trains for 12
                ("untranslated", "th", "בקו תל אביב–ירושלים יופע"),  # he's, kept
                ("missing", "uk", "הנסיעה תימשך כ-35 דקות."),  # the journey's time
                ("extra", "de", ""),  # last year's passengers
                # not: ar's Arabic-Indic ١٤:٣٠, hi दोपहर 2:30 and रात 8 बजे, ko 오후 2시 30분
            },
        ),
        (
            "grodzka_street",  # a city council's decision, pl original and pivot (he kept one)
            {"de", "en", "es", "fr", "he", "it", "ja", "pl", "ru", "tr", "uk", "zh"},
            {
                ("number-mismatch", "de", "Za uchwałą głosowało 28 "),  # 26 councillors for 28
                ("number-mismatch", "es", "Przebudowa ulicy potrwa "),  # 41,5 millones for 14,5
                ("untranslated", "he", "Miasto posadzi wzdłuż ni"),  # pl's, kept
                ("missing", "uk", "Miasto posadzi wzdłuż ni"),  # the trees
                ("extra", "fr", ""),  # where the street runs
                ("number-mismatch", "zh", "Mieszkańcy mogą zgłaszać"),  # 25 September for 15
            },
        ),
        (
            "quang_nam_floods",  # vi original; id the pivot by the numbers the others share
            {"en", "fr", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("missing", "ko", "Permukaan Sungai Thu Bon"),  # the river's level
                ("extra", "fr", ""),  # the schools
                ("number-mismatch", "th", "Provinsi telah mengevaku"),  # 12,000 for 21,000
            },
        ),
        (
            "panda_survey",  # a panda census, zh original and pivot (ar kept zh's sentence)
            {"ar", "de", "en", "ja", "ko", "ru", "th", "zh"},
            {
                ("extra", "ru", ""),  # the first census
                # zh's sentence kept by ar; 320 Millionen for 32亿 in de
                ("untranslated", "ar", "过去十年，四川共投入资金约32亿元用于栖息地保护"),
                ("number-mismatch", "de", "过去十年，四川共投入资金约32亿元用于栖息地保护"),
                ("missing", "ko", "新建的67个保护站配备了红外相机和无人机。"),  # the stations
                ("number-mismatch", "th", "新建的67个保护站配备了红外相机和无人机。"),  # 76 for 67
            },
        ),
        (
            "metro_line",  # a metro line's start, vi original, en pivot (a guess)
            {"en", "fr", "id", "ja", "ko", "th", "vi"},
            {
                # fr gives the last paragraph before the one above it: told by its shape
                # (its sentences share no figure), as two minor moves each way
                ("missing", "fr", "Construction is expected"),
                ("missing", "fr", "Residents are encouraged"),
                ("extra", "fr", ""),
                ("missing", "ja", "Construction is expected"),  # the six years
                ("number-mismatch", "ko", "About 600 households hav"),  # 900 for 600
                ("extra", "th", ""),  # the service hours
                # not: th's sentence cut at a clause, its next row holding the rest (a minor
                # length-ratio, now an info "a sentence cut elsewhere")
            },
        ),
        (
            "ward_visits",  # a ward's visiting hours, he original, es pivot (a guess)
            {"ar", "en", "es", "fr", "he", "ru", "uk"},
            {
                ("number-mismatch", "ru", "Las visitas estarán perm"),  # until 19:00 for 20:00
                ("untranslated", "uk", "Los niños menores de 12 "),  # left in Russian
                ("missing", "ar", "Es obligatorio desinfect"),  # the hands
                ("extra", "en", ""),  # the parking
                ("name-mismatch", "fr", "La directora de la sala,"),  # Yaël Kahn for Cohen
                # not: fr's telephone number grouped by twos (04 85 42 317 for 04-8542317)
            },
        ),
        (
            "measles_vaccination",  # a vaccination campaign, id original, en pivot (a guess)
            {"de", "en", "fr", "id", "ja", "zh"},
            {
                ("missing", "de", "The programme's budget r"),  # the budget
                ("number-mismatch", "zh", "The programme's budget r"),  # 15万亿 for 1.5 trillion
                # ja's "vaccines ran short last year", merged into the opening hours' row at
                # its paragraph's end: "perhaps added", minor since stop 39
                # (test_an_added_sentence_merged_into_its_neighbours_row_is_told)
                ("extra", "ja", "The service is open ever"),
            },
        ),
        (
            "startup_funding",  # a funding round, he original and pivot (guessed right)
            {"ar", "en", "es", "fr", "he", "ru", "uk"},
            {
                ("number-mismatch", "ar", "כיום מועסקים בה 120 עובד"),  # 210 staff for 120
                ("missing", "ru", "כיום מועסקים בה 120 עובד"),  # the staff
                ("extra", "fr", ""),  # the main customers
                # not: the names Latin in every script (Nuvolo, Harbor Ventures), Series B
            },
        ),
        (
            "pool",  # a swimming pool's season, tr original and pivot (guessed right)
            {"el", "en", "id", "nl", "pt", "th", "tr", "uk", "vi"},
            {
                ("extra", "el", ""),  # pets not allowed
                ("missing", "th", "Havuzda aynı anda en faz"),  # the capacity
                ("number-mismatch", "pt", "Sezon 15 Eylül'de sona e"),  # 15 de outubro
                ("number-mismatch", "vi", "Havuz her gün 09.00 ile "),  # 5 p.m. for 19.00
                ("untranslated", "id", "Sezon 15 Eylül'de sona e"),
                # uk's Селін Айдин for Selin Aydoğan is an info (one consonant fewer)
            },
        ),
        (
            "heatwave",  # a heatwave warning, hi original (Devanagari digits), ar pivot (a guess)
            {"ar", "el", "en", "hi", "id", "it", "ko", "zh"},
            {
                ("extra", "ko", ""),  # power cuts
                ("missing", "it", "وستبقى المدارس مغلقة بعد"),  # the schools
                ("number-mismatch", "id", "وقد تصل درجات الحرارة ال"),  # 47 degrees for 45
                ("number-mismatch", "zh", "ونُصح السكان بعدم الخروج"),  # 下午4点 for 3 p.m.
                # el's Ανουπάμ Σάρμα for Anupam Sinha: Arabic writes no capitals to tell a
                # name by, so the cased versions' names stand in for it (stop 40)
                ("name-mismatch", "el", "وقال خبير الأرصاد الدكتو"),
                # not: el 3 το απόγευμα, hi दोपहर १२ बजे से ३ बजे (both 15)
            },
        ),
        (
            "transfer",  # a football transfer, pl original, de pivot (a guess)
            {"de", "en", "es", "it", "ja", "pl", "ru", "tr", "uk"},
            {
                ("extra", "es", ""),  # Sevilla followed him for months
                ("missing", "ru", "Lech erhält 15 Prozent e"),  # the sell-on share
                ("number-mismatch", "it", "Der spanische Klub zahlt"),  # 15,2 for 12,5 milioni
                ("number-mismatch", "ja", "Kowalczyk unterschreibt "),  # 5月30日 for 30 June
                ("untranslated", "tr", "„Michał hat sich diesen "),  # the quote in English
                # uk's Новака for Kowalczyk: through a pivot that capitalises nouns too since
                # stop 40 (only a version that does may put a noun beside a name)
                ("name-mismatch", "uk", "Lech Posen hat sich mit "),
                # not: en's title of names and €12.5m, de's genitive Lechs, en's Sevilla (the
                # club) and Seville (the city), ru and uk's Жонса for Rząsa
            },
        ),
        (
            "fare_rise",  # Seoul's subway fare, ko original and pivot (guessed right)
            {"en", "es", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("extra", "th", ""),  # passengers angry on social media
                ("missing", "zh", "청소년과 어린이 요금은 동결된다."),  # fares frozen (minor)
                ("number-mismatch", "ja", "인상으로 연간 약 1800억 원의 추가 수입"),  # 1900億
                ("untranslated", "id", '김태호 서울교통공사 사장은 "시민들의 이해를'),
                # vi's Park Tae-ho for Kim Tae-ho: a Hangul pivot has no capitals to tell a
                # name by, so the cased versions' names stand in for it (stop 40)
                ("name-mismatch", "vi", '김태호 서울교통공사 사장은 "시민들의 이해를'),
            },
        ),
        (
            "hajj_quotas",  # Hajj quotas, ar original, de pivot (a guess)
            {"ar", "de", "en", "fr", "hi", "id", "ru", "tr", "zh"},
            {
                ("extra", "tr", ""),  # Turkey's own quota
                ("missing", "fr", "Zudem sollen 4000 Busse "),  # the buses
                ("number-mismatch", "id", "Indonesien erhielt mit 2"),  # 212.000 for 221.000
                ("number-mismatch", "zh", "Die Pilger treffen ab de"),  # 4月8日 for 18 April
                # not: ar's مليونا و800 ألف and tr's 179 binle; ru's "179 тыс. Паломники"
                # ends a sentence (it held two, and so did every version's row)
            },
        ),
        (
            "emerald_temple",  # a temple's visitor rules, th original, en pivot (a guess)
            {"de", "en", "fr", "ja", "ko", "ru", "th", "zh"},
            {
                ("extra", "ru", ""),  # return the cover-up by 15:30
                ("missing", "ja", "Visitors who are not dre"),  # the cover-up
                ("number-mismatch", "ko", "The entrance fee for for"),  # 600 for 500 baht
                ("untranslated", "de", "Photography is not allow"),
                ("name-mismatch", "fr", "Mr Somchai Jaidee, direc"),  # Jaiyen for Jaidee
                # not: fr's shoes sentence, which one sound key (en "Please", fr "Palais")
                # traded away
            },
        ),
        (
            "deforestation",  # an Amazon deforestation report, pt original, en pivot (a guess)
            {"ar", "de", "en", "es", "it", "ja", "pt", "zh"},
            {
                ("extra", "de", ""),  # 1200 new inspectors
                ("missing", "it", "Pará remains the state w"),
                ("missing", "zh", "The goal is to end illeg"),
                ("name-mismatch", "de", "Amazon deforestation fal"),  # de's title drops Inpe
                ("number-mismatch", "ar", "Deforestation in the Leg"),  # 12 October
                # ja's マリナ・サントス for Marina Silva (an info until stop 42)
                ("name-mismatch", "ja", "Environment Minister Mar"),
                # not: ar, ja and zh's titles, which name the institute in full as they do
                # before "(Inpe)"
            },
        ),
        (
            "metro_line1",  # Ho Chi Minh City's metro, vi original, de pivot (a guess)
            {"de", "en", "fr", "ja", "ko", "th", "vi", "zh"},
            {
                ("extra", "th", ""),  # students and office workers
                ("missing", "ko", "Im Durchschnitt nutzen t"),  # 55,000 a day
                ("number-mismatch", "fr", "Die Metrolinie 1 von Ben"),  # 22 novembre
                ("number-mismatch", "zh", "Im Durchschnitt nutzen t"),  # 25% for 20%
                # not found: the de pivot's Nguyen Van Anh for An (one letter; short names
                # are not compared part by part)
            },
        ),
        (
            "water_use",  # household water use, he original, en pivot (a guess)
            {"ar", "de", "en", "es", "fr", "he", "ru", "zh"},
            {
                ("extra", "fr", ""),  # a mobile app
                ("missing", "ar", "Average consumption per "),
                ("number-mismatch", "de", "The campaign will launch"),  # 25. Mai for 15 May
                ("number-mismatch", "ru", "The authority will inves"),  # 2,8 for 2.5 million
                ("untranslated", "zh", "Desalination plants supp"),
                # not: de's Lifschitz for Lifshitz, a spelling; מ"ק, ₪ and שקל
            },
        ),
        (
            # a bike-sharing service's terms of use, es original and pivot (guessed right since
            # stop 40, when the clause labels opening each line were read alike by grouping)
            "bike_terms",
            {"de", "en", "es", "fr", "nl", "pl", "pt"},
            {
                ("extra", "nl", ""),  # 3.4, a clause of its own
                ("missing", "pt", "3.2. Está prohibido tran"),
                ("number-mismatch", "de", "3.1. El usuario debe dev"),  # 3 hours for 2
                ("number-mismatch", "pl", "4.2. El importe del abon"),  # punkt 2.2 for 2.1
            },
        ),
        (
            "screen_sleep",  # a sleep study, uk original, en pivot (a guess)
            {"de", "en", "es", "fr", "ja", "ko", "pt", "ru", "uk", "zh"},
            {
                ("number-mismatch", "zh", "Their risk of low mood w"),  # 1.5 times for 1.6
                ("missing", "es", "The link was stronger am"),
                ("extra", "ko", ""),
                ("name-mismatch", "fr", '"Screens are not the onl'),  # Kovaltchouk
                ("untranslated", "de", "The team advises switchi"),
            },
        ),
        (
            "notebox",  # an app's release note, de original and pivot (a guess)
            {"de", "en", "es", "fr", "it", "ja", "ko", "pl", "ru", "tr", "zh"},
            {
                ("number-mismatch", "fr", "Das Update ist 38 MB gro"),  # 83 Mo
                ("missing", "ja", "Eine neue Tastenkombinat"),
                ("number-mismatch", "it", "Version 4.2 behebt außer"),  # CVE-…-31373
                ("extra", "ru", ""),
                ("number-mismatch", "pl", "Die Unterstützung für Wi"),  # Windows 8 for 8.1
                ("untranslated", "tr", "Die Unterstützung für Wi"),
            },
        ),
        (
            "typhoon_yagi",  # a typhoon's landfall, vi original, en pivot (a guess)
            {"de", "en", "es", "fr", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "ja", "Typhoon No. 3 made landf"),  # 150 km/h for 130
                ("missing", "th", "About 1.2 million househ"),
                ("extra", "id", ""),  # keep drinking water and food
                ("name-mismatch", "es", "Nguyen Van Hung, vice-ch"),  # Tran Van Hung
                ("untranslated", "ru", "Schools will stay closed"),
                # not: ko 구조대 (rescue team) read as 9 trillion units; ko 제3호 read as nothing
            },
        ),
        (
            "songkran_roads",  # a road-safety notice, th original, en pivot (a guess)
            {"de", "en", "fr", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "zh", "This year 1,760 checkpoi"),  # 1670
                ("missing", "ja", "Drivers with more than 5"),
                ("untranslated", "vi", "Drivers with more than 5"),
                ("extra", "de", ""),  # water pistols on vehicles
                # not: th's 50 มิลลิกรัมเปอร์เซ็นต์ (mg%, per 100 ml) against en's "per 100
                # millilitres"; fr's Somchai for Somsak is not found (a changed given name is
                # not asked: a word before a kept surname is most often a title)
            },
        ),
        (
            "flat_listing",  # a flat for sale, de original and pivot (a guess)
            {"ar", "de", "en", "es", "fr", "it", "pl", "ru", "tr", "zh"},
            {
                ("number-mismatch", "pl", "Die Wohnung liegt im 2. "),  # 58 m² for 85
                ("missing", "zh", "Zur Wohnung gehören ein "),
                ("untranslated", "it", "Die monatlichen Nebenkos"),
                ("extra", "ar", ""),  # small pets allowed
                ("name-mismatch", "fr", "Ansprechpartnerin ist Ka"),  # Katrin Weber
                # not: the 2. Obergeschoss, ru's третий этаж and zh's 三楼 (floors counted from
                # 0 or 1); de's 3-Zimmer against words (trilocale, trzypokojowe) is an info
            },
        ),
        (
            "tyre_change",  # a tyre change in numbered steps, nl original, en pivot (a guess)
            {"ar", "de", "en", "ja", "nl", "pl", "tr", "zh"},
            {
                ("extra", "ar", ""),  # 8. test the brakes
                ("missing", "pl", "3. Lever the tyre off th"),
                ("number-mismatch", "ja", "Replacing a flat tyre ta"),  # 50 for 15 minutes
                ("number-mismatch", "zh", "7. Pump the tyre up to 4"),  # 6巴 for 4 bar
                ("untranslated", "tr", "4. Take out the old inne"),
            },
        ),
        (
            "robot",  # a robot vacuum's quick start, zh original, ar pivot (a guess)
            {"ar", "de", "en", "fr", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("extra", "th", ""),  # the dust bin in hot water
                ("missing", "ja", "اضغط زر التشغيل أعلى الر"),  # the power button
                ("number-mismatch", "de", "عند اكتمال الشحن، يستطيع"),  # 100 minutes for 120
                ("number-mismatch", "ru", "استخدم هذا المنتج في الأ"),  # 35 °C for 40
                ("extra", "fr", "عندما يتحول لون المؤشر إ"),  # stairs, merged: minor
                # not: zh's hotline written onto its word (热线400-820-1234); ja's sentence
                # split in two (an info "perhaps added": the row no longer than usual)
            },
        ),
        (
            "night_train_timetable",  # a night train's timetable, nl original, de pivot (a guess)
            {"ar", "de", "en", "fr", "nl", "pl", "ru", "zh"},
            {
                ("number-mismatch", "fr", "Ab Montag, dem 2. Juni, "),  # 9 June for 2
                ("number-mismatch", "pl", "In der Gegenrichtung fäh"),  # 8:50 for 8.05
                ("missing", "zh", "Fahrräder können für 10 "),  # the bicycles
                ("extra", "ar", ""),  # free breakfast
                # not: nl's Berlijn beside the station Berlin Hauptbahnhof, which five versions
                # keep as it is ("one name spelled two ways": a false minor); nor the hours
                # written 19.45 uur, 7:45 p.m., 19 h 45, 晚上7点45分
            },
        ),
        (
            "wagashi_interview",  # an interview in questions and answers, ja original, en pivot
            {"de", "en", "es", "fr", "ja", "ko", "zh"},
            {
                ("missing", "zh", "In 1923. My great-grandf"),  # the earthquake year
                ("number-mismatch", "ko", "We sell about 800 a day."),  # 500 a day for 800
                ("extra", "fr", ""),  # the queue at seven in the morning
                # not: ko left out of the group (its one figure changed, its names in Hangul:
                # the shape alone, which the changed figure zeroed), nor ja's 1日に約800個
            },
        ),
        (
            "museum_summer",  # a museum's summer hours, el original, en pivot (a guess)
            {"el", "en", "he", "it", "nl", "pt", "tr", "uk"},
            {
                ("number-mismatch", "pt", "On these days the gates "),  # closes 19h00 for 20:00
                ("number-mismatch", "he", "A full ticket costs 20 e"),  # 15 euros for 10
                ("missing", "it", "On Fridays the museum st"),  # the Friday hours
                ("extra", "uk", ""),  # where the museum stands
                # not: nl 8.00 uur, tr 08.00'de, el 1η Απριλίου, 1,9 εκατ.
            },
        ),
        (
            "desalination_plant",  # a plant's opening, ar original, en pivot (a guess)
            {"ar", "de", "en", "fr", "hi", "id", "ru", "tr"},
            {
                ("missing", "fr", "Construction took three "),  # the three years
                ("number-mismatch", "tr", "Oman relies on desalinat"),  # %68 for 86%
                ("extra", "de", ""),  # critics of the energy it uses
                ("name-mismatch", "ru", "Energy and Minerals Mini"),  # аль-Хаджри for Al Harthi
                # not: ar's ٢٠٠ ألف and ستمئة ألف, hi's 12 करोड़ and 6 लाख, ru's 200 тыс.;
                # tr's El Harisi (Turkish hears the th as s)
            },
        ),
        (
            "waste_sorting",  # a city's waste-sorting rules, zh original, en pivot (a guess)
            {"en", "es", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "ko", "Individuals who break th"),  # 50만 for 5万 (50,000)
                ("extra", "ru", ""),  # Shanghai's rules since 2019
                ("missing", "ja", "Wang Lihua, deputy direc"),  # the transition period
                ("number-mismatch", "es", "According to statistics,"),  # 20 % for 三成
                # not: ja's 1日平均約1万8000トン ("a day, on average about"), an info "ja has 1"
            },
        ),
        (
            "data_ruling",  # a court ruling on data transfers, de original and pivot
            {"de", "el", "en", "es", "fr", "it", "nl", "pl"},
            {
                ("number-mismatch", "fr", "Der Gerichtshof der Euro"),  # 17 July for 16
                ("number-mismatch", "nl", "Nach Art. 45 DSGVO ist e"),  # article 46 for 45
                ("missing", "pl", "Er machte geltend, dass "),  # the complaint's ground
                ("extra", "es", ""),  # consumer groups welcomed it
                ("number-mismatch", "it", "Das Urteil umfasst 203 R"),  # 230 paragraphs
                # not: en, nl and el writing the country in full in one sentence and as their
                # own acronym in another, nor fr, which always writes États-Unis (four false
                # majors); nor es "EE. UU." and pl "art. 45" cut as sentence ends (two infos)
            },
        ),
        (
            "astronomer_bio",  # an astronomer's life, ru original, ar pivot (the alphabet)
            {"ar", "de", "en", "fr", "hi", "ja", "ko", "ru", "zh"},
            {
                ("number-mismatch", "fr", "أيغيريم سيتكالي (12 مارس"),  # died 2008 for 2009
                ("number-mismatch", "zh", "اكتشفت 27 نجمًا متغيرًا "),  # 72 stars for 27
                ("missing", "de", "في عام 1968 ناقشت أطروحة"),  # the thesis
                ("extra", "ja", ""),  # "she raised three children"
                # ar's three editions where every other version says four: one minor on the
                # pivot; not also a major on ja and ko, who write the 4 in digits
                ("number-mismatch", "ar", "صدرت من كتابها المدرسي «"),
            },
        ),
        (
            "bakery_dialogue",  # a short story in dialogue, fr original, de pivot (a guess)
            {"de", "en", "fr", "ja", "pl", "ru", "zh"},
            {
                ("missing", "ja", "Paul zuckte mit den Schu"),  # the coins
                ("number-mismatch", "ru", "Draußen regnete es seit "),  # four days for three
                ("extra", "zh", ""),  # the smell of bread
                ("punctuation", "en", "„Wann schließen Sie heut"),  # "tonight ?"
                ("punctuation", "de", "„Der Bus ist heute Morge"),  # „ never closed
                # not: "neunzehn Uhr" against "seven in the evening", 晚上七点, o dziewiętnastej
                # (three false majors), nor de's unclosed „ on the last row
            },
        ),
        (
            "capsule_machine",  # a coffee machine's numbered steps, it original, en pivot
            {"en", "es", "fr", "he", "it", "ko", "pl", "uk"},
            {
                # fr leaves out step 5 and numbers the rest again (5 to 10): its steps were
                # paired by number, and its last two merged with another's
                ("missing", "fr", "5. Close the lid."),
                # uk joins steps 5 and 6 in one sentence: said, as minor
                ("missing", "uk", "5. Close the lid."),
                ("number-mismatch", "pl", "8. Brewing stops automat"),  # 50 seconds for 15
                ("extra", "ko", ""),  # "keep out of the reach of children", step 11 of 12
            },
        ),
        (
            "bookcase_steps",  # assembly steps, ja original and pivot (hi kept its sentence)
            {"de", "en", "es", "hi", "id", "ja", "ko", "th", "vi", "zh"},
            {
                ("missing", "es", "必要な工具はプラスドライバーと付属の六角レンチで"),  # the tools
                ("extra", "ko", ""),  # "buy the screwdriver separately"
                (
                    "number-mismatch",
                    "zh",
                    "1. 側板Aと側板Bを底板に合わせ、ネジ（M4×",
                ),  # 5 screws for 4
                # th leaves out step 2: its lines were one paragraph, and its step 3 was
                # paired with step 2 by the 3 of "3 shelves"
                ("missing", "th", "2. 棚板3枚を下から順に差し込みます。"),
                ("untranslated", "hi", "棚板1枚あたりの最大荷重は15kgです。"),  # ja's, kept
                ("number-mismatch", "vi", "棚板1枚あたりの最大荷重は15kgです。"),  # 50 kg for 15
            },
        ),
        (
            "surge_barrier",  # the longest item: nine paragraphs, one line each, en original
            {"ar", "de", "en", "es", "fr", "ja", "ko", "ru", "th", "zh"},
            {
                ("number-mismatch", "ru", "The barrier cost 1.2 bil"),  # 1.4 billion
                ("missing", "zh", "They were tested twice l"),
                ("missing", "fr", "Without it, large parts "),
                ("extra", "ar", ""),  # 20,000 visitors, a paragraph's first sentence
                ("extra", "de", "Salmon and eel migrate t"),  # an anglers' lawsuit, said inside
                ("missing", "ja", "Residents of the harbour"),
                ("missing", "es", "Experts say it may need "),
                ("missing", "th", "The minister of infrastr"),
            },
        ),
        (
            "water_conference",  # zh original (en pivot, a guess): a conference notice
            {"ar", "de", "en", "es", "fr", "id", "ja", "ko", "ru", "th", "vi", "zh"},
            {
                ("number-mismatch", "vi", "The 15th Asian Conferenc"),  # 12 to 15 May for 14
                ("number-mismatch", "th", "About 1,200 experts from"),  # 1,500 experts
                ("missing", "ko", "The conference is organi"),
                ("number-mismatch", "fr", "Professor Li Wenjun, cha"),  # 18 billion for 80
                ("extra", "id", ""),  # an award for the best papers
                ("extra", "es", ""),  # registration online only, a paragraph's first sentence
                ("missing", "ar", "The registration fee is "),
                ("untranslated", "ru", "All sessions will be int"),
            },
        ),
        (
            # he original (de pivot, a guess, with a changed figure of its own)
            "satellite_launch",
            {"ar", "de", "en", "es", "fr", "he", "hi", "ja", "ru", "th", "uk", "zh"},
            {
                ("missing", "hi", "Der Satellit mit dem Nam"),
                ("number-mismatch", "ja", "Der Satellit mit dem Nam"),  # 500 km for 550
                ("extra", "th", ""),  # a five-year lifetime
                ("number-mismatch", "ru", "„Das ist ein historische"),  # 56 engineers for 65
                ("missing", "ar", "Die meisten Teile wurden"),
                ("extra", "fr", ""),  # the first of three more in spring
                # de, the pivot, writes 21 per cent where every other version writes 12
                ("number-mismatch", "de", "Die Aktie stieg nach dem"),
                ("missing", "zh", "Das erste Signal des Sat"),
                # es names the chief executive Noa Feldman for Noa Friedman: another name, not
                # a transliteration (ru, uk, he, ar, hi write its r); an info "one name
                # spelled two ways" before stop 43
                ("name-consistency", "es", "„Das ist ein historische"),
            },
        ),
        (
            # en original (ar pivot, a guess): names in twelve versions (stop 43). it names
            # the expedition's head Ingrid Bergmund for Berglund (ru, uk, he, ar hear the
            # l); the engineer's surname is transliterated four ways (Tkachenko,
            # Tkatschenko, Tkatchenko, Tkaczenko: no finding); ar keeps the dog Bora (بورا,
            # two consonants) and the operator FrostLine (فروست لاين, two words), ja glues
            # the ship's figure to its name (ポラリス3), zh names the ship by its meaning
            # (北极星-3): no finding
            "polar_voyage",
            {"ar", "de", "en", "es", "fr", "he", "it", "ja", "pl", "ru", "uk", "zh"},
            {("name-consistency", "it", "وتقود البعثة عالمة الجلي")},
        ),
        (
            # pl original (en pivot, a guess): ar's added sentence beside names in Arabic letters
            "stork_migration",
            {"ar", "de", "en", "es", "hi", "ja", "ko", "pl", "ru", "th", "uk", "zh"},
            {
                ("missing", "th", "The storks left their ne"),
                ("number-mismatch", "ja", "The fastest of them, a m"),  # 64 days for 46
                ("number-mismatch", "zh", "The fastest of them, a m"),  # 9,500 km for 9,400
                ("name-mismatch", "es", '"We did not expect him t'),  # Anna Kowalska
                ("extra", "ar", '"We did not expect him t'),  # the wind that week
                ("missing", "uk", "The researchers have pas"),
                ("extra", "de", ""),  # seven dead birds the year before
                ("number-mismatch", "hi", "The data will be publish"),  # April for March
                ("untranslated", "ko", "Anyone can follow the bi"),
            },
        ),
        (
            "hue_festival",  # vi original (en pivot, a guess), the languages few items have
            {"el", "en", "he", "hi", "id", "it", "nl", "pl", "pt", "tr", "uk", "vi"},
            {
                ("number-mismatch", "pt", "The Hue Festival 2026 wi"),  # 25 troupes for 35
                # tr's "first held in 2000", merged with the next sentence: its own figure
                ("number-mismatch", "tr", "Nguyen Van Phuong, chair"),
                ("extra", "tr", "Nguyen Van Phuong, chair"),
                ("missing", "uk", "Hue's royal court music "),
                ("missing", "id", "Children under 6 get in "),
                ("missing", "hi", "To reduce congestion, th"),
                ("number-mismatch", "el", "Residents and visitors c"),  # 15 bus lines for 12
                ("extra", "it", ""),  # free bicycle parking
                ("name-mismatch", "pl", "Le Thi Hoa, who runs a s"),  # Le Thi Lan
                ("missing", "nl", '"This year foreign guest'),
                ("missing", "he", "The festival will close "),  # the last sentence
            },
        ),
        (
            "rental_terms",  # a bike rental's terms, de original and pivot (es kept its clause)
            {"de", "en", "es", "fr", "it", "nl", "pl", "ru", "zh"},
            {
                ("missing", "it", "2.2 Das Fahrrad ist spät"),  # clause 2.2
                ("number-mismatch", "pl", "2.2 Das Fahrrad ist spät"),  # 48 hours for 24
                ("number-mismatch", "fr", "3.1 Bei Mietbeginn ist e"),  # a deposit of 150 € for 100
                ("extra", "nl", ""),  # free helmets at the desk
                # de's, kept: its Mieter and Mietdauer were one name spelled two ways once
                ("untranslated", "es", "4.1 Der Mieter haftet fü"),
            },
        ),
        (
            # a mayor's speech: ko writes its numbers in Hangul (삼천오백 명, 이만 개, 오천 원,
            # 이십오 년), read as the figures are since review37 (four false majors before);
            # its 십삼만 is 130,000 for 150,000
            "lantern_festival",
            {"de", "en", "fr", "ja", "ko"},
            {("number-mismatch", "ko", "Im vergangenen Jahr kame")},
        ),
        (
            # a charity lottery's results: the draw's 07 14 23 35 42 was one telephone number
            # against en's 7, 14, 23, 35 and 42 (two false majors), ru's and es's 8 800
            # 555-35-35 none against +7 800 555 35 35 (two more); pl's extension is 241 for 214
            "lottery_hotline",
            {"de", "en", "es", "fr", "pl", "ru"},
            {("number-mismatch", "pl", "Gewinner sollen die kost")},
        ),
        (
            # a promotion: en, fr and pl open the coach's second paragraph of speech again
            # without closing the first (three false minor punctuation findings before); de's
            # "2. Bundesliga" opens a sentence beside a numbered list, pl's "wrócił do
            # pierwszej." is "returned to the first" (no hour); es leaves out a list item, fr
            # moves the season's start to 23 August
            "promotion_day",
            {"de", "en", "es", "fr", "pl"},
            {
                ("missing", "es", "2. VfL Nordheim, 64 Punk"),
                ("number-mismatch", "fr", "Die neue Saison beginnt "),
            },
        ),
        (
            # a new tram line (en original; de the pivot by the alphabet): fr leaves out the
            # residents' complaints, zh writes 500 million for 300, es adds the workers, ru
            # leaves out the passengers' forecast (through fr: test_..._one_row_of_all_six)
            "aarhus_tram",
            {"de", "en", "es", "fr", "ja", "ru", "zh"},
            {
                ("number-mismatch", "zh", "Der Bau kostete 2,1 Mill"),
                ("missing", "fr", "Anwohner entlang der Str"),
                ("extra", "es", ""),
                ("missing", "ru", "Das Verkehrsunternehmen "),
            },
        ),
        (
            # a vaccine trial (en original and pivot): es adds a study planned in Sweden at a
            # paragraph's end, where en's last sentence was paired with it by length; de writes
            # 12,840 for 12,480, ru p = 0.02 for 0.002, zh 14% for 41%; ja and pl each leave
            # out a sentence; he keeps en's last sentence
            "flu_adjuvant",
            {"ar", "de", "en", "es", "he", "hi", "ja", "ko", "pl", "ru", "zh"},
            {
                ("extra", "es", ""),
                ("missing", "ja", "Half received the adjuva"),
                ("missing", "pl", "No serious side effects "),
                ("number-mismatch", "de", "The study followed 12,48"),
                ("number-mismatch", "ru", "Admissions fell from 3.1"),
                ("number-mismatch", "zh", "Pain at the injection si"),
                ("untranslated", "he", "The manufacturer funded "),
            },
        ),
        (
            # a potter's exhibition (stop 39): de writes Keiko Sakamura for Keiko Sakamoto,
            # throughout (silent before: German capitalises its nouns, and a near spelling was
            # the name in German's form); es 24 pieces for 42. Not: de's capitalised nouns
            # beside names (Kanazawa Handwerksmuseum, Halbinsel Noto, Museumsdirektor Tomas)
            "kanazawa_potter",
            {"de", "en", "es", "fr", "it", "ja", "ko", "ru", "zh"},
            {
                ("name-mismatch", "de", "The potter Keiko Sakamot"),
                ("number-mismatch", "es", "The potter Keiko Sakamot"),
            },
        ),
        (
            # a choir's tour (stop 42; en original, ar the pivot by the alphabet, a script
            # without capitals): surnames changed in six scripts without capitals, each beside
            # its kept given name, found through the cased versions standing in. Not: ja's
            # second spelling of Lindqvist (リンドクビスト), ko's "the conductor" and ar's "he"
            # for him, the translated "Chamber Choir"
            "choir_tour",
            {"ar", "de", "en", "es", "fr", "he", "hi", "ja", "ko", "ru", "th", "zh"},
            {
                ("name-mismatch", "zh", "ستقوم جوقة مالمو للحجرة "),  # 托马斯·埃里克松
                ("name-mismatch", "hi", "ستقوم جوقة مالمو للحجرة "),  # टोमास एरिक्सन
                ("name-mismatch", "th", "وستغني السوبرانو إيلينا "),  # เอเลนา บิอันกี
                ("name-mismatch", "he", "وسيرافق ياكوب نوفاك المغ"),  # יאקוב קובלצ'יק
                ("name-mismatch", "ja", "وتبيع التذاكر المنظِّمة "),  # クレール・マルシャン
                ("name-mismatch", "ko", "وتبيع التذاكر المنظِّمة "),  # 클레르 메르시에
            },
        ),
        (
            # a seagrass study's abstract (stop 43; el original and pivot, a guess): ranges and
            # ± in every form, zh 20世纪90年代 and ar تسعينيات القرن الماضي for the 1990s, ko 3분의
            # 1만큼 for "by a third". ar's added sentence (EU funding) opens the last paragraph
            # and is merged with the next one: an info only (test_..._merged_at_a_paragraphs_start)
            "seagrass_heat",
            {"ar", "de", "el", "en", "es", "fr", "hi", "ko", "ru", "th", "zh"},
            {
                ("number-mismatch", "ru", "Ερευνητές του Ελληνικού "),  # двенадцати for 14
                ("extra", "de", ""),  # the winter sentence, at a paragraph's end
                ("number-mismatch", "fr", "Η πυκνότητα των βλαστών "),  # 27 % for 22 %
                ("missing", "th", "Στις πιο δροσερές θέσεις"),
                ("number-mismatch", "ko", "Η ανάπτυξη των φύλλων επ"),  # 1.2 cm for 1.0
                ("name-mismatch", "zh", "«Τα λιβάδια είναι ένα φυ"),  # 帕帕佐普卢 for Papadaki
                ("punctuation", "es", "«Τα λιβάδια είναι ένα φυ"),  # « never closed
                ("untranslated", "hi", "Η ομάδα συνιστά την προσ"),  # kept in Greek
            },
        ),
        (
            # a court ruling (stop 43; tr original, en pivot, a guess): articles, a case number
            # 2024/1187, 11 p.m. against 23.00 and 23 Uhr, th's year 2568, hi's 2,40,000
            "noise_ruling",
            {"de", "en", "he", "hi", "it", "ja", "ko", "pl", "th", "tr", "uk"},
            {
                ("number-mismatch", "de", "On 14 March 2025 the Esk"),  # 14. April
                ("number-mismatch", "ja", "Measurements by the Prov"),  # 86 decibels for 68
                ("extra", "it", ""),  # the ruling read in a full courtroom, a paragraph's start
                ("name-mismatch", "ko", "In the reasoned judgment"),  # 아이셰 일마즈 (Yılmaz)
                ("missing", "he", "The operator, Porsuk Eğl"),
                ("number-mismatch", "th", "The company may appeal t"),  # ยี่สิบ (20) days for 30
                ("punctuation", "uk", "The company may appeal t"),  # "(справа № 2024/1187."
                ("untranslated", "hi", "Until the judgment becom"),  # kept in English
                ("extra", "pl", ""),  # no costs for the residents, at a paragraph's end
            },
        ),
        (
            # three e-bikes compared (stop 43; hi original, en pivot, a guess): prices in
            # rupees, euros and dollars (hi 1.25 लाख, ko 12만 5천, zh 12.5万, pt 125 mil). ar
            # names the tester Rohan Sharma for Mehta: not found (test_..._two_consonant_classes)
            "ebike_comparison",
            {"ar", "en", "es", "hi", "id", "ja", "ko", "pt", "ru", "th", "zh"},
            {
                ("number-mismatch", "es", "The Volta City 2 costs ₹"),  # 1.930 euros for 1,390
                ("missing", "zh", "A full charge takes 6 to"),
                ("untranslated", "th", "A full charge takes 6 to"),  # kept in English
                ("number-mismatch", "ja", "The Nimbus Lite is the l"),  # 15.6 kg for 16.5
                ("extra", "id", ""),  # black and white, at a paragraph's end
                ("extra", "ko", ""),  # helmets not included, at a paragraph's start
                ("number-mismatch", "ru", "Our tester Rohan Mehta r"),  # три недели for two
                ("punctuation", "pt", '"For daily trips of unde'),  # “ never closed
            },
        ),
        (
            # a museum's label and wall text (stop 44; ko original, en pivot, a guess): centuries
            # as 12세기, 12th, XIIe, 12ου αιώνα, 12वीं शताब्दी, המאה ה-12, 12世纪中叶, 12世紀中頃;
            # en and fr "Sixty-nine" and el "Εξήντα εννέα" in words, ko 기와집 스무 채 (twenty),
            # he ס"מ with its gershayim. el names the curator Λι Σου-τζιν (Lee) for Kim Su-jin
            "celadon_vase",
            {"el", "en", "fr", "he", "hi", "ja", "ko", "zh"},
            {
                ("number-mismatch", "fr", "Goryeo dynasty, mid-12th"),  # XIIIe siècle for XIIe
                ("number-mismatch", "zh", "Sixty-nine cranes fly am"),  # 96 for 69
                ("missing", "ja", "During the Korean War (1"),
                ("untranslated", "he", "To protect the glaze, th"),  # kept in English
                ("extra", "hi", ""),  # photography without flash allowed
                ("punctuation", "fr", "The exhibition “The Blue"),  # « never closed
                ("name-mismatch", "el", "Curator Kim Su-jin leads"),  # Λι Σου-τζιν
            },
        ),
        (
            # a power bank's recall (stop 44; nl original and pivot, a guess): mAh, Wh, V, A, °C,
            # production codes 2311A to 2402C, th's Buddhist-era 2566/2567, ar's Arabic-Indic
            # digits, a service line 0800-0226, tr's suffixes after an apostrophe (60 °C'nin,
            # 40 €'luk). zh adds where it was made at a paragraph's end, merged into the row:
            # an info only (test_..._merged_at_a_paragraphs_end_in_chinese)
            "powerbank_recall",
            {"ar", "en", "fr", "id", "nl", "pt", "th", "tr", "vi", "zh"},
            {
                ("punctuation", "tr", "HomeTech Benelux B.V. ro"),  # “ never closed
                ("number-mismatch", "pt", "Het gaat om powerbanks m"),  # 15 de maio for maart
                ("missing", "th", "In totaal zijn er in Ned"),
                ("number-mismatch", "ar", "We hebben 11 meldingen o"),  # ٨٠ for 60 °C
                ("number-mismatch", "vi", "We hebben 11 meldingen o"),  # 17 reports for 11
                ("number-mismatch", "fr", "Powerbanks met productie"),  # code 2304A for 2403A
                ("untranslated", "id", "Vragen? Bel gratis 0800-"),  # kept in Dutch
            },
        ),
        (
            # an interview with quoted speech (stop 44; pt original, en pivot, a guess): quotes
            # as «», “”, ‘’, « », „“, 「」, he's בחו"ל (a gershayim, no quote), nl "sinds haar
            # twaalfde" (since she was twelve), el's ; for a question mark, ja splitting a
            # sentence in two
            "fado_interview",
            {"el", "en", "es", "fr", "he", "ja", "nl", "pt", "uk"},
            {
                ("extra", "uk", ""),  # her father a fisherman
                ("untranslated", "he", "One night she pulled me "),  # kept in English
                ("punctuation", "el", "One night she pulled me "),  # « never closed
                ("missing", "nl", "I was 12 and my legs wer"),
                ("name-mismatch", "fr", "I recorded it live in a "),  # Rui Martins for Matos
                ("number-mismatch", "es", "We did 11 songs in three"),  # 13 songs
                ("number-mismatch", "ja", "Every Thursday at the Ta"),  # 6月24日 for 14 June
            },
        ),
    ],
)
def test_every_planted_fault_is_found_where_it_is_and_nothing_else(folder, members, expected):
    aligned, found = _findings(folder)
    assert set(aligned.group.members) == members
    assert found == expected


@pytest.mark.parametrize(
    ("folder", "lang", "added", "severity"),
    [
        # zh adds "closed at weekends" after its answer; the row also holds its "可以。" (yes)
        ("library_faq", "zh", "周末闭馆。", "info"),
        # vi adds "the airport works normally" after the shelters' sentence, which is longer
        # and holds the pivot's figures: the one without them is named
        ("merapi_alert", "vi", "Sân bay Yogyakarta vẫn hoạt động bình thường.", "minor"),
        # ja adds a tip (lime for lemon) after the glaze and splits a step of the recipe in
        # two as well: the row that is also longer than ja's usual ratio is told
        ("yogurt_cake", "ja", "レモンの代わりにライムを使ってもおいしく作れます。", "info"),
        # hi adds a rain warning after the first ferry's new time (its own row with --semantic)
        ("ferry_winter", "hi", "मौसम विभाग ने इस सप्ताह तेज़ बारिश की चेतावनी दी है।", "info"),
        # ja adds that vaccines ran short after the opening hours 8 to 2 (stop 38)
        ("measles_vaccination", "ja", "昨年は一部の地域でワクチンが不足した。", "minor"),
        # fr warns about stairs before the indicator's sentence (stop 39)
        ("robot", "fr", "Ne laissez jamais le robot sans surveillance près d'un esca…", "minor"),
    ],
)
def test_an_added_sentence_merged_into_its_neighbours_row_is_told(
    folder, lang, added, severity
) -> None:
    aligned, _ = _findings(folder)
    told = [f for row in aligned.findings for f in row if (f.check, f.lang) == ("extra", lang)]
    # minor where the row is far longer than usual, and than the other versions' rows are, and
    # the sentence shares no telling word or figure with the pivot's (stop 39); info where a
    # split sentence is as likely
    assert len(told) == 1 and told[0].severity == severity
    assert told[0].message.endswith(f"perhaps added: “{added}”")


def test_page_furniture_is_boilerplate_in_every_language() -> None:
    aligned, _ = _findings("coral_page")
    for lang, segments in aligned.segments.items():
        marked = [s for s in segments if s.boilerplate]
        article = [s for s in segments if not s.boilerplate]
        assert len(marked) == 8 and len(article) == 3, (lang, [s.text for s in article])


def test_a_full_name_the_pivot_spells_otherwise_is_said_on_the_pivot() -> None:
    aligned, _ = _findings("museum_hours")
    said = [
        f.message
        for row in aligned.findings
        for f in row
        if f.check == "name-consistency" and f.lang == aligned.group.pivot
    ]
    assert said == ["de writes Marike van den Berg; en, fr, nl, pl, vi write Marieke van der Berg"]


def test_a_split_sentence_whose_parts_each_hold_the_pivots_figures_is_no_addition() -> None:
    # nordhavn_results: Japanese ends the dividend sentence at 提案した and says "payable on
    # 15 December" apart; both parts hold figures of the English sentence, so neither was added.
    aligned, _ = _findings("nordhavn_results")
    told = [f for row in aligned.findings for f in row if (f.check, f.lang) == ("extra", "ja")]
    assert told == []


def test_a_river_clean_up_beside_the_same_ngos_beach_clean_up() -> None:
    # river_cleanup: nine versions of a river clean-up and, in the same folder, the same NGO's
    # beach clean-up in pt and en (its coordinator and 2019 too): two groups, and each planted
    # fault of the first where it is, nothing else of minor or worse (it's changed surname
    # was silent before stop 34)
    corpus = open_corpus([PLANTED / "river_cleanup"])
    members = sorted(sorted(group.members) for group in corpus.groups)
    assert members == [
        ["en", "es", "hi", "id", "it", "ja", "ko", "pt", "uk"],
        ["en", "pt"],
    ]
    river = next(group for group in corpus.groups if len(group.members) == 9)
    aligned = corpus.aligned(river)
    found = {
        (f.check, f.lang, " ".join(s.text for s in aligned.cell(row, "en"))[:24])
        for row, findings in enumerate(aligned.findings)
        for f in findings
        if f.severity in ("major", "minor")
    }
    assert found == {
        ("number-mismatch", "hi", "More than 1,200 voluntee"),  # 1,020
        ("missing", "it", "The volunteers also foun"),  # tyres, furniture, a fridge
        ("extra", "id", ""),  # residents watching from the bridge
        ("name-mismatch", "it", '"The river is not a rubb'),  # Mariana Santos
        ("missing", "uk", "She recalled that the fi"),  # two sentences in a row
        ("missing", "uk", "Today the project is sup"),
    }


def test_two_reports_of_the_same_clubs_are_two_groups() -> None:
    # Another derby of the same two clubs, with the same players and coach, in es and en.
    corpus = open_corpus([PLANTED / "derby_report", PLANTED / "derby_other"])
    members = sorted(sorted(group.members) for group in corpus.groups)
    assert members == [
        ["ar", "de", "en", "es", "fr", "it", "ja", "pt", "ru", "tr", "zh"],
        ["en", "es"],
    ]


def test_a_sentence_added_at_a_paragraphs_end_is_told_there() -> None:
    # typhoon_warning: ko adds a sentence at the end of its second paragraph. Its first
    # sentence of the third paragraph was paired with the pivot's (one vote each for the
    # paragraph pair, the first counted won) and the added one with the pivot's next.
    aligned, _ = _findings("typhoon_warning")
    told = [
        " ".join(s.text for s in aligned.cell(row, "ko"))
        for row, findings in enumerate(aligned.findings)
        for f in findings
        if (f.check, f.lang) == ("extra", "ko")
    ]
    assert told == ["정부는 피해 복구를 위해 특별 예산을 편성할 계획이다."]


def test_a_sentence_the_pivot_lacks_is_one_row_of_every_version_that_has_it() -> None:
    # library_opening: the German version, the pivot by the alphabet, leaves out the top
    # floor's sentence; the five others had it in five rows, one `extra` each.
    corpus = open_corpus([PLANTED / "library_opening"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, pivot="de")  # (the pivot by the alphabet before stop 36)
    rows = [
        row
        for row in range(len(aligned.rows))
        if not aligned.cell(row, "de")
        and any(aligned.cell(row, lang) for lang in "en fr".split())
        and "top floor" in " ".join(s.text for s in aligned.cell(row, "en"))
    ]
    assert len(rows) == 1
    assert all(aligned.cell(rows[0], lang) for lang in ("en", "es", "fr", "ru", "zh"))
    told = [f for f in aligned.findings[rows[0]] if f.check == "extra"]
    assert [(f.lang, f.severity) for f in told] == [("de", "major")]


def test_two_reports_of_one_earthquake_are_two_groups() -> None:
    # manisa_other: another outlet's report of the same quake (6.4, Thursday, 12 dead) in en,
    # de and fr, under the same file names as manisa_quake's: two groups, two ids, and no
    # name in the other report taken for an added one (en "Many" was near de's "Manisa").
    corpus = open_corpus([PLANTED / "manisa_quake", PLANTED / "manisa_other"])
    found = sorted(
        sorted(corpus.documents[i].path.split("/planted/")[-1] for i in g.members.values())
        for g in corpus.groups
    )
    assert found == [
        ["es.txt", "ja.txt", "manisa_quake/de.txt", "manisa_quake/en.txt", "manisa_quake/fr.txt",
         "zh.txt"],
        ["manisa_other/de.txt", "manisa_other/en.txt", "manisa_other/fr.txt"],
    ]  # fmt: skip
    assert len({g.id for g in corpus.groups}) == 2
    (other,) = [g for g in corpus.groups if len(g.members) == 3]
    aligned = corpus.aligned(other)
    assert [f for row in aligned.findings for f in row if f.severity != "info"] == []


def test_a_scraped_page_with_html_left_in_is_read_as_text() -> None:
    # lyon_cycle_path: `&#39;` was the number 39 in every row with an apostrophe, fr's
    # `9&nbsp;000` was 9 and 000 (fr was left out of the group), and the cookie banner and
    # "click here" lines were article text
    aligned, _ = _findings("lyon_cycle_path")
    for lang, segments in aligned.segments.items():
        assert not any("&" in s.text or "<p>" in s.text for s in segments), lang
        furniture = [s.text for s in segments if s.boilerplate]
        assert len(furniture) == 5 and "cookie" in furniture[0].lower(), (lang, furniture)


def test_two_versions_alone_keep_a_sentence_added_in_its_own_paragraph(tmp_path) -> None:
    # otc_leaflet's en and zh alone: zh's added sentence ends its paragraph. With as many
    # paragraphs on each side, the pair does not pair it with the next paragraph's first
    # sentence (which hid the shift in a 2-1 row with no finding): it stays in its paragraph,
    # in the row of the sentence before it, and that row's length is told.
    for lang in ("en", "zh"):
        text = (PLANTED / "otc_leaflet" / f"{lang}.txt").read_bytes()
        (tmp_path / f"{lang}.txt").write_bytes(text)
    corpus = open_corpus([tmp_path])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    added = "本品为非处方药，请按说明书使用。"
    (row,) = [
        r for r in range(len(aligned.rows)) if added in [s.text for s in aligned.cell(r, "zh")]
    ]
    assert [s.text for s in aligned.cell(row, "en")] == [
        "Do not take it for more than 3 days without talking to your doctor."
    ]
    assert [f.check for f in aligned.findings[row] if f.severity != "info"] == ["length-ratio"]


def test_a_readme_with_a_changed_address_and_an_added_mail_sentence() -> None:
    # tidyfeed_readme: de writes the tracker's address as …/issue (every other version
    # …/issues): said on the pivot; es adds a sentence with a mail address at the end, and
    # that sentence, not the one before it, is `extra`
    aligned, found = _findings("tidyfeed_readme")
    assert {
        ("number-mismatch", "de", "Fehler bitte unter https"),
        ("number-mismatch", "ja", "pip install tidyfeed==2."),
        ("number-mismatch", "ru", "- `--limit 200` behält h"),
        ("missing", "zh", "- `--limit 200` behält h"),
        ("extra", "es", ""),
    } <= found
    (message,) = [
        f.message
        for row in aligned.findings
        for f in row
        if (f.check, f.lang) == ("number-mismatch", "de")
    ]
    assert message.startswith("de has https://github.com/example/tidyfeed/issue where 5 of 5")
    (extra,) = [
        aligned.cell(r, "es")[0].text
        for r, row in enumerate(aligned.findings)
        for f in row
        if (f.check, f.lang) == ("extra", "es")
    ]
    assert extra == "También puedes escribirnos a soporte@example.com."


def test_a_fable_with_no_figure_and_no_name_aligns_one_to_one() -> None:
    # hare_tortoise: nothing planted; neither a cognate of one letter in five ("legte" and
    # "lente") nor a sentence-initial "When" may pair the sentences one off
    aligned, found = _findings("hare_tortoise")
    assert not {check for check, _, _ in found} & {"missing", "extra"}
    assert all(len(cells) == 1 for row in aligned.rows for cells in row.cells.values())


def test_a_poem_is_read_line_by_line_and_a_stanza_added_is_four_rows() -> None:
    """Every version of the poem is cut at its line breaks (verse.py), whichever reading its
    segmenter took alone, its stanzas its paragraphs: the French version with a stanza more
    is in the group (it was left out: its shape agreed at 0.05-0.12), and its stanza is
    four `extra` rows in a row, where the other versions have nothing."""
    aligned, _ = _findings("lighthouse_poem")
    assert len(aligned.rows) == 21  # the title and 16 lines, and the four French ones
    for lang in aligned.languages:
        assert all("\n" not in s.text for s in aligned.segments[lang])
        assert max(s.paragraph for s in aligned.segments[lang]) == (5 if lang == "fr" else 4)
    extra = [
        row
        for row, findings in enumerate(aligned.findings)
        for f in findings
        if f.check == "extra" and f.lang == "fr"
    ]
    assert extra == [9, 10, 11, 12]
    assert all(not aligned.cell(row, "en") for row in extra)


def test_an_acronym_every_other_version_renders_otherwise_is_no_finding():
    """de's WLAN, which en, nl, pl, tr, uk and el all write Wi-Fi: the pivot's own rendering,
    not six versions' omission (six `info` findings before stop 32)."""
    corpus = open_corpus([PLANTED / "zandvoort_rules"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    assert aligned.group.pivot == "de"
    names = [f for row in aligned.findings for f in row if f.check == "name-mismatch"]
    assert names == []


def test_a_version_that_joins_two_sentences_is_no_omission(tmp_path):
    """exam_schedule's ja with the left-out sentence put back, joined to the one before by a
    comma: fewer sentences than the pivot in that row, as long as usual there, no finding
    (the `missing` of the planted item rests on the row being short, not on the count)."""
    folder = tmp_path / "exam_schedule"
    folder.mkdir()
    for path in (PLANTED / "exam_schedule").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "ja.txt":
            kept = "学生証と身分証明書を持参してください。"
            assert kept in text
            text = text.replace(
                kept, "学生証と身分証明書を持参してください、証明書のない学生は入場できません。"
            )
        (folder / path.name).write_text(text, encoding="utf-8")
    corpus = open_corpus([folder])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    assert not [
        f for row in aligned.findings for f in row if f.check == "missing" and f.lang == "ja"
    ]


@pytest.mark.parametrize("folder", ["water_tank", "red_light_fines"])
def test_a_thai_clause_at_its_usual_length_is_no_added_sentence(folder: str) -> None:
    # th cuts "during the work" / "according to the new decree" off its sentence after a
    # space: an info "perhaps added" on each notice, though th's row was no longer than usual
    aligned, _ = _findings(folder)
    assert not [f for row in aligned.findings for f in row if (f.check, f.lang) == ("extra", "th")]


def test_a_sentence_a_forced_pivot_lacks_is_one_row_of_the_versions_that_keep_it() -> None:
    """lighthouse_story through de, which leaves out "The boat stopped.": en, es and fr keep
    it apart, ja and zh join it to the sentence before, ru to the one after. Three versions of
    six were three rows, one `extra` each; now half the versions suffice for one row."""
    corpus = open_corpus([PLANTED / "lighthouse_story"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, pivot="de")
    rows = [
        row
        for row in range(len(aligned.rows))
        if not aligned.cell(row, "de") and any("stopped" in s.text for s in aligned.cell(row, "en"))
    ]
    assert len(rows) == 1
    assert all(aligned.cell(rows[0], lang) for lang in ("en", "es", "fr"))


def test_a_sentence_a_forced_pivot_lacks_is_one_finding_though_two_versions_differ() -> None:
    """waste_sorting through ja, which leaves out Wang Lihua's sentence: ru adds a sentence of
    its own beside it and th's segmenter cuts it in two, so the versions that have it disagree
    on how many sentences the gap holds. It was nine rows and nine majors; now the six that
    agree share a row, said once on the pivot, and ru and th are not said to lack it."""
    corpus = open_corpus([PLANTED / "waste_sorting"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, pivot="ja")
    rows = [
        row
        for row in range(len(aligned.rows))
        if not aligned.cell(row, "ja") and any("Wang" in s.text for s in aligned.cell(row, "en"))
    ]
    assert len(rows) == 1
    (row,) = rows
    assert all(aligned.cell(row, lang) for lang in ("en", "es", "id", "ko", "vi", "zh"))
    (finding,) = [f for f in aligned.findings[row] if f.check == "extra"]
    assert finding.lang == "ja" and finding.severity == "major"
    assert "ru, th have text of their own beside it" in finding.message


def test_a_scraped_page_in_six_scripts_has_its_furniture_marked_and_no_finding() -> None:
    """volcano_page (stop 36): breadcrumbs, a dateline with its source, share lines, a read-also
    line, an editor's credit, an agency's and a comment counter, in ar, en, hi, ja, ru, zh.
    The share lines of ar, hi and ja, every dateline, zh's editor and zh's reporter glued to
    the first sentence were article text: three `missing` majors and an `extra`."""
    aligned, found = _findings("volcano_page")
    assert found == set()
    furniture = [
        s
        for row in range(len(aligned.rows))
        for lang in aligned.group.members
        for s in aligned.cell(row, lang)
        if s.boilerplate
    ]
    # five lines in each of six versions, ja's agency, zh's editor and zh's reporter
    assert len(furniture) == 5 * 6 + 3


def test_a_malaysian_version_joins_its_indonesian_original_with_no_finding() -> None:
    """rice_aid (stop 36): an Indonesian notice in eight languages, Malay among them. ms.txt
    was read as a second Indonesian document and left alone, and once grouped its "Rp 2.5
    trilion" (Malay's scale word) was a bare 2.5 against 2.5 trillion, a false major."""
    aligned, found = _findings("rice_aid")
    assert set(aligned.group.members) == {"ar", "en", "id", "ja", "ms", "nl", "vi", "zh"}
    assert found == set()


def test_marathi_nepali_and_urdu_versions_of_a_hindi_notice_are_one_group() -> None:
    """measles_campaign (stop 36): mr.txt and ne.txt were read as Hindi and ur.txt as Arabic;
    as second documents of a language they made a group of their own (ur with mr) and left ne
    alone, and their crores (कोटी, करोड, کروڑ) were bare figures. The full model names them,
    and their numbers are read with Hindi's and Arabic's tables."""
    aligned, found = _findings("measles_campaign")
    assert set(aligned.group.members) == {"en", "hi", "mr", "ne", "ur"}
    assert found == set()


def test_a_pages_furniture_is_found_and_its_article_text_kept_in_all_21_languages() -> None:
    from reviewer.core.language import SUPPORTED

    assert LANGUAGES == set(SUPPORTED)
    corpus = open_corpus([PLANTED / "hat_yai_page"])
    for document, segments in zip(corpus.documents, corpus.segments, strict=True):
        assert [s.boilerplate for s in segments] == HAT_YAI_KINDS, document.lang


def test_a_sentence_the_pivot_lacks_is_one_row_of_all_six() -> None:
    # aarhus_tram through fr (its pivot by its sentence count before stop 39's vote): fr lacks
    # the residents' sentence; zh and ja, whose sentences share nothing with fr's, paired
    # theirs with fr's next one (six false majors); they follow the other four now
    # (insert_places), and the six sentences are one finding on the pivot
    corpus = open_corpus([PLANTED / "aarhus_tram"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, pivot="fr")
    empty = [row for row in range(len(aligned.findings)) if not aligned.cell(row, "fr")]
    having = [{lang for lang in aligned.group.members if aligned.cell(row, lang)} for row in empty]
    assert having == [{"de", "en", "es", "ja", "ru", "zh"}, {"es"}]
    (shops,) = [
        row for row in range(len(aligned.findings))
        if aligned.cell(row, "fr") and "Randersvej" in aligned.cell(row, "fr")[0].text
    ]  # fmt: skip
    assert "商店" in aligned.cell(shops, "zh")[0].text
    assert "商店" in aligned.cell(shops, "ja")[0].text
    found = set()
    for row, findings in enumerate(aligned.findings):
        text = " ".join(s.text for s in aligned.cell(row, "fr"))[:24]
        found |= {(f.check, f.lang, text) for f in findings if f.severity in ("major", "minor")}
    assert found == {
        ("extra", "fr", ""),  # "de, en, es, ja, ru, zh have a sentence here that fr lacks"
        ("number-mismatch", "zh", "Les travaux ont coûté 2,"),
        ("extra", "es", ""),
        ("missing", "ru", "La société de transport "),
    }


def test_the_added_sentence_is_told_not_the_translation_beside_it() -> None:
    # flu_adjuvant: es adds a study in Sweden after its side-effects sentence; es vacuna and
    # en vaccine meet in every sure row of the story (insert_places: learnt from the pair)
    aligned, _ = _findings("flu_adjuvant")
    (row,) = [
        row for row in range(len(aligned.findings))
        if any("side effects" in s.text for s in aligned.cell(row, "en"))
    ]  # fmt: skip
    assert [s.text[:24] for s in aligned.cell(row, "es")] == ["No se relacionó ningún e"]
    told = [f for row in aligned.findings for f in row if (f.check, f.lang) == ("extra", "es")]
    assert len(told) == 1 and "Los investigadores preparan" in told[0].message


def test_the_tram_through_its_original_finds_the_planted_faults() -> None:
    # aarhus_tram through en, the original: fr's omission is a `missing` of its own
    _, found = _findings("aarhus_tram", "en")
    assert found == {
        ("number-mismatch", "zh", "Construction cost 2.1 bi"),
        ("missing", "fr", "Residents along the rout"),
        ("extra", "es", ""),
        ("missing", "ru", "The transport company ex"),
    }


def test_a_sentence_the_pivot_lacks_is_one_finding_though_once_is_a_figure_in_some() -> None:
    # surge_barrier through fr, which lacks "once every 50 years": ja 50年に1度 and ko 50년에
    # 한 번 write the "once" as a figure, and the nine cells were nine findings, not one
    _, found = _findings("surge_barrier", "fr")
    extra = {(lang, text) for check, lang, text in found if check == "extra"}
    assert ("fr", "") in extra
    assert not {lang for lang, _ in extra} & {"en", "ja", "ko", "zh", "th", "es", "ru"}


def test_a_pivot_sentence_most_versions_write_as_two_is_as_long_as_both() -> None:
    # surge_barrier through ko, which joins "Salmon and eel migrate…" and "The water
    # authority has promised…": fr, es and ru paired it with their second sentence alone and
    # left the first alone (three false `extra`), as their 1-1 beads, the only ones the
    # witnessed lengths read, said the Korean sentence was that short
    _, found = _findings("surge_barrier", "ko")
    assert {(check, lang) for check, lang, _ in found} == {
        ("number-mismatch", "ru"),
        ("missing", "zh"),
        ("missing", "fr"),
        ("extra", "ar"),
        ("extra", "de"),
        ("missing", "ja"),
        ("missing", "es"),
        ("missing", "th"),
    }


def test_an_added_sentence_beside_the_pivot_s_omission_stays_where_it_is() -> None:
    # hue_festival through nl, which lacks "This year foreign guests are arriving earlier":
    # every other version adds it after Le Thi Hoa's sentence, and it adds it there too, and
    # its own sentence on bicycle parking before. The witnesses moved the bicycles beside
    # the other added sentence, and it's Le Thi Hoa sentence became a name-mismatch and two
    # `extra`: now the findings are the planted ones, it's bicycles among them
    _, found = _findings("hue_festival", "nl")
    assert {(check, lang) for check, lang, _ in found if lang == "it"} == {("extra", "it")}
    assert ("extra", "nl") in {(check, lang) for check, lang, _ in found}


def test_a_version_s_changed_number_beside_the_pivot_s_own_sentence_is_on_its_row() -> None:
    # hue_festival through it, whose sentence on bicycle parking no other version has: el,
    # with 15 bus lines for 12 beside it, paired its bus sentence with the bicycles, and the
    # 12 bus lines were a false `missing` with the changed number a row below
    _, found = _findings("hue_festival", "it")
    el = {(check, text) for check, lang, text in found if lang == "el"}
    assert el == {("number-mismatch", "Residenti e turisti potr")}


@pytest.mark.parametrize("pivot", ["zh", "ja", "ko", "th"])
def test_one_metre_in_arabic_words_is_no_number_finding(pivot: str) -> None:
    # ar "بما يصل إلى متر واحد" (up to one metre) against 1米, 1メートル, 1m, 1 เมตร; and
    # through ja, ar's added "20 ألف" visitors beside ja's 1万年に1度 ("once") is no change
    _, found = _findings("surge_barrier", pivot)
    assert not {f for f in found if f[:2] == ("number-mismatch", "ar")}


def test_twice_in_words_is_the_two_of_ja_2_kai() -> None:
    # "They were tested twice last winter" against ja 昨年の冬には2回試験が行われた: an info
    # "ja has 2, not in en; perhaps written in words on the other" until twice read as two
    aligned, _ = _findings("surge_barrier")
    (row,) = [
        row for row in range(len(aligned.findings))
        if any("tested twice" in s.text for s in aligned.cell(row, "en"))
    ]  # fmt: skip
    assert aligned.cell(row, "ja")
    assert not [f for f in aligned.findings[row] if f.check == "number-mismatch"]


def test_a_short_name_the_pivot_writes_beside_another_is_no_spelling_of_it() -> None:
    # hue_festival through vi: sông Hương (the Perfume River, translated by most) was "en
    # writes Phuong elsewhere", the chairman Nguyễn Văn Phương's name a letter away: 14 infos
    corpus = open_corpus([PLANTED / "hue_festival"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group, "vi")
    said = [f.message for row in aligned.findings for f in row if f.check == "name-mismatch"]
    assert not [m for m in said if "Phuong elsewhere" in m]
    assert [m for m in said if "Thi Lan for Thị Hoa" in m]  # pl's changed name, still told


def test_a_one_only_the_version_writes_is_no_number_finding() -> None:
    # surge_barrier through en: ja 50年に1度, 1万年に1度 ("once every 50 years"): two infos
    # "ja has 1, not in en; perhaps written in words" until stop 41
    aligned, _ = _findings("surge_barrier")
    said = [f.message for row in aligned.findings for f in row if f.check == "number-mismatch"]
    assert not [m for m in said if m.startswith("ja has 1,")]


def test_a_figure_an_abjad_word_names_is_no_quantity() -> None:
    # satellite_launch through he: אוריון-1 (the satellite Orion-1) was read as 1 where the
    # other versions' Orion-1 is a name, and שבועיים ("two weeks") as nothing against ja's
    # 2週間: 16 infos "he has 1" and "ja has 2" until stop 42
    aligned, _ = _findings("satellite_launch", "he")
    said = [f.message for row in aligned.findings for f in row if f.check == "number-mismatch"]
    assert not [m for m in said if m.startswith("he has 1,") or m.startswith("ja has 2,")]
    assert [m for m in said if "he has 12 אחוזים" in m]  # de's 21 per cent, still told


def test_a_figure_a_version_glues_to_a_name_is_no_number_on_the_other_side() -> None:
    # satellite_launch through de (the pivot it picks): de's Falcon-9-Rakete holds no number,
    # the other versions' "Falcon 9" did: eleven infos "ar has 9, not in de" until stop 42;
    # likewise ja's オリオン1 beside en's Orion-1 ("ja has 1, 500" for ja's 500)
    # and through ja, hi's ओरियन-1 and th's โอไรออน-1 against ja's 1
    for pivot in ("de", "en", "ja"):
        aligned, _ = _findings("satellite_launch", pivot)
        said = [f.message for row in aligned.findings for f in row if f.check == "number-mismatch"]
        # (zh's 猎鹰9号 names the Falcon by its meaning, no sound to tie it to de's: one info)
        assert not [m for m in said if (" has 9," in m or " has 1," in m) and "zh has 9" not in m]
        # ja's changed figure, still told (through ja, as "the pivot differs")
        assert [m for m in said if "500, not" in m or "has 500 where" in m], pivot


def test_a_changed_day_matched_loosely_elsewhere_is_said_as_new() -> None:
    # water_conference: vi writes "from 12 to 15 May" for 14 May; its 15 May met en's "15th"
    # (a bare day vi's own "lần thứ 15" already stood for): the message said "vi repeats 15
    # tháng 5", and through vi eleven versions each had "X has 14 May, not in vi" (stop 42)
    aligned, _ = _findings("water_conference")
    said = [f.message for row in aligned.findings for f in row if f.lang == "vi"]
    assert said == ["en has 14 May, not found in vi; vi has 15 tháng 5, not in en"]
    aligned, _ = _findings("water_conference", "vi")
    said = [f.message for f in aligned.findings[0] if f.check == "number-mismatch"]
    assert said[0].startswith("vi has 15 tháng 5 where 11 of 11 other versions have 14")
    assert len(said) <= 2  # (ko's 제15회, "the 15th", is read as nothing: ko lacks vi's 15)


def test_a_sentence_a_pivot_lacks_is_one_finding_though_one_version_changed_a_figure() -> None:
    # satellite_launch through hi, which leaves out the satellite's weight and orbit: eleven
    # major `extra` findings until stop 42, ja's 500 km for 550 making the eleven cells "not
    # one sentence"; now one on the pivot that names ja
    aligned, found = _findings("satellite_launch", "hi")
    said = [f.message for f in aligned.findings[1] if f.check == "extra"]
    assert len(said) == 1 and said[0].startswith("ar, de, en, es, fr, he, ja, ru, th, uk, zh")
    assert "ja writes other figures" in said[0]
    assert len([f for f in found if f[0] == "extra"]) == 3  # with th's and fr's own additions


def test_a_sentence_a_pivot_lacks_is_one_finding_though_one_version_changed_its_day() -> None:
    # mondrian_exhibition through fr, which lacks the closing date: ar writes 18 September
    # for the twelve other versions' 28 September, no figure in common, and the sentence was
    # twelve major `extra` findings (stop 43); now one on the pivot, and ar's changed day
    aligned, found = _findings("mondrian_exhibition", "fr")
    (row,) = [
        r
        for r, fs in enumerate(aligned.findings)
        if any(f.check == "extra" and f.lang == "fr" for f in fs)
    ]
    said = [(f.check, f.lang) for f in aligned.findings[row] if f.severity != "info"]
    assert sorted(said) == [("extra", "fr"), ("number-mismatch", "ar")]
    (changed,) = [f.message for f in aligned.findings[row] if f.check == "number-mismatch"]
    assert changed.startswith("ar has 18 سبتمبر where 12 of 12 other versions have 28")
    assert changed.endswith("in a sentence fr lacks")
    # satellite_launch through hi: ja's 500 km for 550, named in the pivot's finding, is its own
    aligned, _ = _findings("satellite_launch", "hi")
    said = [f.message for f in aligned.findings[1] if f.check == "number-mismatch"]
    assert said == [
        "ja has 500 where 10 of 10 other versions have 550 (ar, de, en, es, …), in a sentence"
        " hi lacks"
    ]


def test_a_changed_score_in_a_sentence_the_pivot_lacks_is_its_own_finding() -> None:
    # serie_a_results through el, which leaves out Juventus's win: nl's 2-1 for 2-0 (its one
    # is no figure for the comparison of the versions' sentences, but it is the change)
    aligned, _ = _findings("serie_a_results", "el")
    said = [f.message for row in aligned.findings for f in row if f.lang == "nl"]
    assert said == [
        "nl has 1 where 3 of 3 other versions have 0 (en, hi, it), in a sentence el lacks"
    ]
    # storm_warning through de, which lacks the temperature: ja's 5度低い is "five less than
    # last week" in words elsewhere, a figure more, no other one
    aligned, _ = _findings("storm_warning", "de")
    assert not [
        f for row in aligned.findings for f in row if (f.check, f.lang) == ("number-mismatch", "ja")
    ]


def test_a_pivots_sentence_kept_in_another_language_is_read_by_that_languages_rules() -> None:
    # red_light_fines through zh, which kept vi's "mức phạt tăng lên từ 10 triệu đến 14 triệu
    # đồng": read by Chinese rules, 10 and 14, and seven versions' "X has 10 million, 14
    # million, not in zh" beside the pivot's own `untranslated` (stop 43)
    aligned, found = _findings("red_light_fines", "zh")
    (row,) = [
        r for r in range(len(aligned.rows)) if any("triệu" in s.text for s in aligned.cell(r, "zh"))
    ]
    said = sorted((f.check, f.lang) for f in aligned.findings[row] if f.severity != "info")
    # (ja's own 1500万 for 14 triệu, a planted change, is still told)
    assert said == [("number-mismatch", "ja"), ("untranslated", "zh")]
    assert len(found) == 4  # the item's four faults


def test_a_pivot_outvoted_on_its_date_beside_a_figure_most_versions_write_otherwise() -> None:
    # transfer through ja, which writes 30 May for 30 June: its 5年契約 ("five-year contract")
    # is a figure most versions write in a word (de Fünfjahresvertrag, en five-year), and each
    # version kept its own finding ("ja has 5月30日, 5, not found in de"), with a second pivot
    # finding "ja has 5 where 8 of 8 other versions have 30. Juni" (stop 43)
    aligned, _ = _findings("transfer", "ja")
    told = [
        (f.lang, f.message)
        for row in aligned.findings
        for f in row
        if f.check == "number-mismatch" and ("5月30日" in f.message or "30. Juni" in f.message)
    ]
    assert told == [
        (
            "ja",
            "ja has 5月30日 where 8 of 8 other versions have 30. Juni (de, en, es, it, …): the"
            " pivot differs",
        )
    ]


def test_a_day_of_another_month_is_no_changed_day() -> None:
    assert _other_day(frozenset({"d:18.9", "d:28.9"}))
    assert not _other_day(frozenset({"d:5.4", "d:3.3"}))  # it's 5 aprile, three versions' 3 March
    assert not _other_day(frozenset({"d:18.9", "180"}))
    assert not _other_day(frozenset({"d:18.9"}))


# stork_migration's project head, Anna Wiśniewska, as each script without capitals writes her,
# and the surname changed there (Kowalska, as es writes it): silent before stop 42.
_WISNIEWSKA = {
    "zh": ("安娜·维希涅夫斯卡", "安娜·科瓦尔斯卡"),
    "ar": ("آنا فيشنيفسكا", "آنا كوفالسكا"),
    "ja": ("アンナ・ヴィシニェフスカ", "アンナ・コヴァルスカ"),
    "hi": ("आन्ना विश्नियेव्स्का", "आन्ना कोवाल्स्का"),
    "ko": ("안나 비시니에프스카", "안나 코발스카"),
    "th": ("อันนา วิชเนียฟสกา", "อันนา โควาลสกา"),
}


@pytest.mark.parametrize("lang", sorted(_WISNIEWSKA))
def test_a_changed_surname_in_a_script_without_capitals_is_one_more_major(tmp_path, lang):
    """stork_migration with the surname changed in one more version, in a script without
    capitals: its planted faults and that one (es already writes Kowalska), nothing else."""
    folder = tmp_path / "stork_migration"
    folder.mkdir()
    old, new = _WISNIEWSKA[lang]
    for path in (PLANTED / "stork_migration").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == f"{lang}.txt":
            assert old in text
            text = text.replace(old, new)
        (folder / path.name).write_text(text, encoding="utf-8")
    corpus = open_corpus([folder])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    found = {}
    for findings in aligned.findings:
        for f in findings:
            if f.severity in ("major", "minor"):
                found[f.check, f.lang] = f
    planted = {
        ("missing", "th"), ("number-mismatch", "ja"), ("number-mismatch", "zh"),
        ("name-mismatch", "es"), ("extra", "ar"), ("missing", "uk"), ("extra", "de"),
        ("number-mismatch", "hi"), ("untranslated", "ko"),
    }  # fmt: skip
    assert set(found) == planted | {("name-mismatch", lang)}
    changed = found["name-mismatch", lang]
    assert changed.severity == "major"
    assert f"{lang} writes {new}" in changed.message
    assert changed.message.endswith("for Anna Wiśniewska")


def test_a_sentence_the_pivot_lacks_is_left_alone_where_the_witnesses_leave_it() -> None:
    # satellite_launch through zh, which lacks the first signal's sentence (47 minutes) at its
    # last paragraph's start: ar, he, hi and th paired it with zh's last sentence (both name
    # the satellite) and left their own last sentence alone, where seven versions left the 47
    # alone: 21 findings of minor or worse until stop 42; now zh's own lack is one finding
    aligned, found = _findings("satellite_launch", "zh")
    said = [f.message for row in aligned.findings for f in row if f.check == "extra"]
    assert [m for m in said if m.startswith("ar, de, en, es, fr, he, hi, ja, ru, th, uk have")]
    assert not [f for f in found if f[0] == "number-mismatch" and f[1] in ("ar", "he", "hi")]
    assert len(found) <= 8


def test_a_sentence_most_versions_add_inside_a_row_is_one_finding_on_the_pivot() -> None:
    # stork_migration through uk, which leaves out the researchers' warning in the middle of a
    # paragraph: ten versions joined it to the sentence before, ten major "text with no
    # counterpart in uk, inside this row" until stop 42; then one on the pivot. Since stop 43
    # ko, no longer two rows off through de and uk, keeps it apart, and it is a row of its own
    # (tests/test_checks.py keeps the sentence inside a row)
    aligned, found = _findings("stork_migration", "uk")
    said = [f for row in aligned.findings for f in row if (f.check, f.lang) == ("extra", "uk")]
    assert len(said) == 1
    assert said[0].message.startswith("ar, de, en, es, hi, ja, ko, pl, ru, th, zh have a sentence")
    assert len(found) <= 9


def test_a_pivot_outvoted_on_its_changed_figure_not_on_a_names_one() -> None:
    # satellite_launch through ja, which writes 500 km for 550: "ja has 1 where 10 of 10 other
    # versions have 550" (オリオン1, the satellite's name) beside the right finding, and the
    # ten versions kept theirs too: 19 findings until stop 42
    aligned, found = _findings("satellite_launch", "ja")
    said = [f.message for f in aligned.findings[1] if f.check == "number-mismatch"]
    assert said == [
        "ja has 500 where 10 of 10 other versions have 550 (ar, de, en, es, …): the pivot differs"
    ]
    # the planted nine (es's Noa Feldman a minor since stop 43)
    assert len(found) <= 9


def test_a_sentence_only_the_pivot_has_paired_by_two_versions_is_left_alone() -> None:
    # water_conference through es, which adds "registration is online only" at a paragraph's
    # start: ar and th paired it with their next sentence, and every row after was one off:
    # 16 findings until stop 42 (id's addition, at the same place, still pairs with es's own)
    aligned, found = _findings("water_conference", "es")
    assert ("missing", "es", "La inscripción se realiz") in found
    assert not [f for f in found if f[1] in ("th",) and f[0] == "missing"]
    assert len(found) <= 8


@pytest.mark.parametrize("pivot", ["en", "ar", "de", "ja", "zh"])
def test_names_kept_in_arabic_and_a_katakana_names_figure_say_nothing(pivot: str) -> None:
    # polar_voyage: ar's بورا (Bora, two consonants) and فروست لاين (FrostLine, two words)
    # are the names kept, not translated; ja's ポラリス3 is the ship's name, whose figure zh's
    # 北极星-3 (its meaning) does not sound like: no info either (stop 43)
    aligned, _ = _findings("polar_voyage", pivot)
    said = [
        (f.check, f.lang, f.message)
        for findings in aligned.findings
        for f in findings
        if (f.check == "name-mismatch" and "ar" in (f.lang, pivot))
        or (f.check == "number-mismatch" and "3" in f.message)
    ]
    assert said == []


@pytest.mark.xfail(
    strict=True,
    reason="a short sentence added at a paragraph's start, merged into the next sentence's row,"
    " is an info: the row is 1.51 times ar's usual length, and 'minor' asks 1.6 times the other"
    " versions' own stretch there, 1.78 (stop 39's threshold, set on the Bible's freely split"
    " verses; 1.5 would not reach it either)",
)
def test_an_added_sentence_merged_at_a_paragraphs_start_is_minor() -> None:
    # seagrass_heat: ar opens the last paragraph with "the EU funded the project"
    aligned, found = _findings("seagrass_heat")
    assert ("extra", "ar", "Η ομάδα συνιστά την προσ") in found


@pytest.mark.xfail(
    strict=True,
    reason="a surname of two consonant classes (Mehta: m-t) is too short for the sound rules"
    " to tell from another name (sound_names.another_part asks three)",
)
def test_a_changed_surname_of_two_consonant_classes_in_arabic_is_found() -> None:
    # ebike_comparison: ar writes روهان شارما (Rohan Sharma) for Rohan Mehta
    aligned, found = _findings("ebike_comparison")
    assert ("name-mismatch", "ar", "Our tester Rohan Mehta r") in found


def test_a_decade_in_words_or_inside_its_century_is_no_false_number_through_any_pivot() -> None:
    # seagrass_heat: zh 20世纪90年代 ("zh has 20, not in el") and ar تسعينيات القرن الماضي ("el
    # has 1990, not found in ar") were false majors through every pivot, ten through ar; ko's
    # 3분의 1만큼 ("by a third") was "ko has 1만" and through ko ten majors (stop 43)
    for pivot in ("ar", "zh", "ko"):
        aligned, found = _findings("seagrass_heat", pivot)
        assert not [f for f in found if f[0] == "number-mismatch" and f[1] in ("ar", "zh")]
        assert len([f for f in found if f[0] == "number-mismatch" and f[1] == "ko"]) == 1


def test_a_korean_surname_changed_in_greek_is_found_through_cased_pivots() -> None:
    # celadon_vase: el names the curator Λι Σου-τζιν (Lee Su-jin) for Kim Su-jin; Kim (k-m)
    # was heard in τζιν (jin), Λι was too short a name, and ko and zh, which write the name
    # 김수진 and 金秀珍, were counted as not keeping Kim (stop 44)
    for pivot, start in (("en", "Curator Kim Su-jin leads"), ("fr", "La conservatrice Kim Su-")):
        _, found = _findings("celadon_vase", pivot)
        assert [f for f in found if f[0] == "name-mismatch"] == [("name-mismatch", "el", start)]


@pytest.mark.xfail(
    strict=True,
    reason="a short sentence added at a paragraph's end, merged into its neighbour's row, is an"
    " info (the row not 1.6 times the version's usual length: stop 39's threshold)",
)
def test_an_added_sentence_merged_at_a_paragraphs_end_in_chinese_is_minor() -> None:
    # powerbank_recall: zh adds "made by a contract factory in Shenzhen" after the sales figure
    aligned, found = _findings("powerbank_recall")
    assert ("extra", "zh", "In totaal zijn er in Ned") in found


@pytest.mark.parametrize("pivot", ["en", "he", "ja", "zh"])
def test_a_century_written_around_its_word_is_no_number_through_any_pivot(pivot: str) -> None:
    # celadon_vase: he המאה ה-12 was also 100 ("he has המאה", two false majors); zh 于12世纪
    # and ja 12世紀中頃 were a lone 12 against en's 12th century (infos, stop 44)
    aligned, _ = _findings("celadon_vase", pivot)
    said = [
        (f.lang, f.message)
        for findings in aligned.findings
        for f in findings
        if f.check == "number-mismatch" and f.lang != "fr" and "96" not in f.message
    ]
    assert said == []


@pytest.mark.parametrize("pivot", ["nl", "en", "th", "zh"])
def test_a_service_line_and_production_codes_read_alike_through_any_pivot(pivot: str) -> None:
    # powerbank_recall: nl "Bel gratis 0800-0226" was 800 and 226 against en's "Call
    # 0800-0226" (three false majors); th's codes 2402C and 2403A were Buddhist-era years, 1859
    # and 1860 (two more, stop 44)
    aligned, _ = _findings("powerbank_recall", pivot)
    said = [
        (f.lang, f.message)
        for findings in aligned.findings
        for f in findings
        if f.check == "number-mismatch"
        and any(k in f.message for k in ("0800", "0226", "240"))
        and f.lang != "fr"
    ]
    assert said == []


def test_an_interview_through_greek_spanish_and_french_pivots_finds_the_planted_faults():
    # fado_interview through el: fr's Rui Martins for Rui Matos was silent (el's Ρούι had the
    # key roi); through es, whose 13 songs are outvoted, ja's 3日間 for "tres días" kept a
    # second major on ja; through fr its own change was silent (stop 44)
    _, found = _findings("fado_interview", "el")
    assert ("name-mismatch", "fr", "Το ηχογράφησα ζωντανά σε") in found
    _, found = _findings("fado_interview", "es")
    songs = {f for f in found if f[2].startswith("Hicimos")}
    assert songs == {("number-mismatch", "es", "Hicimos 13 canciones en ")}
    # through fr, its own Rui Martins, which the eight others write Rui Matos: on the pivot
    _, found = _findings("fado_interview", "fr")
    assert ("name-mismatch", "fr", "Je l'ai enregistré en di") in found
