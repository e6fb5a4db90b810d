"""Names through a pivot the user picks (stop 40, bench/planted_pivots.py): false alarms that
appeared through other pivots than the product's own pick, and the findings kept beside them."""

from __future__ import annotations

from reviewer.core.evidence import names
from tests.test_checks import findings


def _copy(columns: dict[str, list[str]]) -> dict[str, list[str]]:
    return {lang: list(rows) for lang, rows in columns.items()}


def _serious(columns, pivot: str) -> list[tuple[int, str]]:
    found = findings(columns, pivot=pivot, check="name-mismatch")
    return [(row, f.lang) for row, f in found if f.severity != "info"]


_WIFI = {
    "nl": [
        "Welkom in ons appartement in Zandvoort. Wij hopen dat u een prettig verblijf heeft.",
        "De wifi-code staat op de koelkast.",
    ],
    "en": [
        "Welcome to our flat in Zandvoort. We hope you enjoy your stay.",
        "The Wi-Fi code is on the fridge.",
    ],
    "pl": [
        "Witamy w naszym mieszkaniu w Zandvoort. Mamy nadzieję, że pobyt będzie udany.",
        "Kod do Wi-Fi znajduje się na lodówce.",
    ],
}


def test_a_dutch_pronoun_opening_a_sentence_is_no_name() -> None:
    assert [m.text for m in names("Wij hopen dat u een prettig verblijf heeft.", "nl")] == []
    assert [m.text for m in names("Het huis van Het Parool.", "nl")] == ["Het", "Parool"]
    # nl "Wij hopen" was the name Wi, which en and pl's Wi-Fi then lacked in nl's row
    assert _serious(_WIFI, "en") == []
    assert _serious(_WIFI, "pl") == []


def test_a_name_dropped_from_a_dutch_row_is_still_told() -> None:
    columns = {lang: [*rows, rows[0]] for lang, rows in _WIFI.items()}
    columns["nl"][2] = "Welkom in ons appartement. Wij hopen dat u een prettig verblijf heeft."
    assert _serious(columns, "en") == [(2, "nl")]


_OHRID = {
    "ar": [
        "بحيرة أوهريد (بالألبانية: Liqeni i Ohrit) هي بحيرة على الحدود.",
        "وبلغ عدد سكان مدينة أوهريد 39 ألف نسمة.",
    ],
    "tr": [
        "Ohri Gölü (Arnavutça: Liqeni i Ohrit) sınırda yer alan bir göldür.",
        "Kuzeydoğu kıyısındaki Ohri kentinin 39.000 nüfusu vardı.",
    ],
    "it": [
        "Il lago di Ocrida (in albanese: Liqeni i Ohrit) è un lago di confine.",
        "La città di Ocrida aveva 39.000 abitanti.",
    ],
}


def test_a_name_both_documents_quote_is_no_spelling_of_a_near_one() -> None:
    # ar's Ohrit is Albanian's, which tr quotes too: tr's Ohri is not ar's Ohrit
    assert _serious(_OHRID, "ar") == []


def test_a_near_name_only_the_pivot_writes_is_still_its_spelling() -> None:
    # ar's row 1 without the town: tr's Ohri is added, ar writing Ohrit elsewhere ...
    columns = _copy(_OHRID)
    columns["ar"][1] = "وبلغ عدد سكان المدينة 39 ألف نسمة."
    columns["tr"][0] = "Ohri Gölü sınırda yer alan bir göldür."
    assert _serious(columns, "ar") == [(1, "tr")]
    # ... unless tr writes Ohrit too, as another name (the cost of the rule)
    columns["tr"][0] = _OHRID["tr"][0]
    assert _serious(columns, "ar") == []


_INPE = {
    "ja": [
        "アマゾンの森林破壊、1年で31％減少　国立宇宙研究所",
        "ブラジル国立宇宙研究所（Inpe）が12日に発表したデータによると、森林破壊は31％減少した。",
    ],
    "en": [
        "Amazon deforestation falls 31% in a year, says Inpe",
        "Deforestation fell 31%, according to data released on the 12th by the National "
        "Institute for Space Research (Inpe).",
    ],
    "pt": [
        "Desmatamento na Amazônia cai 31% em um ano, diz Inpe",
        "O desmatamento caiu 31%, segundo dados divulgados no dia 12 pelo Instituto Nacional "
        "de Pesquisas Espaciais (Inpe).",
    ],
}


def test_a_name_the_pivot_spells_out_as_before_its_brackets_is_not_added() -> None:
    assert _serious(_INPE, "ja") == []


def test_a_name_the_pivot_leaves_out_is_added() -> None:
    columns = _copy(_INPE)
    columns["ja"][0] = "アマゾンの森林破壊、1年で31％減少"
    assert sorted(_serious(columns, "ja")) == [(0, "en"), (0, "pt")]


_OSIJEK = {
    "tr": [
        "Osijek'teki Drava Nehri üzerindeki yeni köprü perşembe günü trafiğe açıldı.",
        "Bunu da okuyun: Osijek'e yeni tramvay hattı",
    ],
    "el": [
        "Η νέα γέφυρα πάνω από τον ποταμό Δράβο στο Όσιγεκ δόθηκε στην κυκλοφορία την Πέμπτη.",
        "Διαβάστε επίσης: Νέα γραμμή τραμ στο Όσιγεκ",
    ],
    "en": [
        "The new bridge over the Drava River in Osijek opened to traffic on Thursday.",
        "Read also: A new tram line for Osijek",
    ],
}


def test_a_name_the_pivot_writes_here_in_its_own_spelling_is_not_added() -> None:
    assert _serious(_OSIJEK, "tr") == []


def test_a_name_the_pivot_writes_elsewhere_only_is_added() -> None:
    columns = _copy(_OSIJEK)
    columns["tr"][0] = "Drava Nehri üzerindeki yeni köprü perşembe günü trafiğe açıldı."
    assert sorted(_serious(columns, "tr")) == [(0, "el"), (0, "en")]


_HANNOVER = {
    "pl": [
        "W niedzielę drużyna wygrała ostatni mecz 3:1 z Hannoverem.",
        "Hannover, który zajął 9. miejsce, zostaje w drugiej lidze.",
    ],
    "fr": [
        "Dimanche, l'équipe a remporté son dernier match 3-1 contre Hanovre.",
        "Hanovre, qui a terminé à la 9e place, reste en deuxième division.",
    ],
    "en": [
        "On Sunday the team won its last match 3-1 against Hannover.",
        "Hannover, who finished in 9th place, will stay in the second division.",
    ],
}


def test_a_name_in_a_case_of_the_pivot_is_its_counterpart() -> None:
    # pl Hannoverem (instrumental), Hannover elsewhere: fr's Hanovre is pl's name here
    assert _serious(_HANNOVER, "pl") == []


def test_a_name_the_inflecting_pivot_lacks_here_is_added() -> None:
    columns = _copy(_HANNOVER)
    columns["pl"][0] = "W niedzielę drużyna wygrała ostatni mecz 3:1 z rywalem."
    assert sorted(_serious(columns, "pl")) == [(0, "en"), (0, "fr")]


_MONDRIAN = {
    "pl": [
        "Młody Mondrian w Twenthe",
        "Muzeum otwiera w sobotę wystawę poświęconą młodemu Pietowi Mondrianowi.",
        "Kuratorka: ‘Mondriaan schilderde eerst molens.’",
    ],
    "ja": [
        "トゥエンテで若きモンドリアン展",
        "美術館は土曜日、若き日のピート・モンドリアンを紹介する展覧会を開幕する。",
        "学芸員：‘Mondriaan schilderde eerst molens.’",
    ],
    "en": [
        "The young Mondrian in Twenthe",
        "The museum opens an exhibition on the young Piet Mondrian on Saturday.",
        "The curator: ‘Mondriaan schilderde eerst molens.’",
    ],
}


def test_a_name_in_a_case_is_heard_in_the_form_its_document_writes() -> None:
    # pl Mondrianowi (dative) against ja's ピート・モンドリアン: Mondrian, as pl's title says
    assert (1, "ja") not in _serious(_MONDRIAN, "pl")


def test_a_name_in_a_case_that_the_version_drops_is_still_major() -> None:
    columns = _copy(_MONDRIAN)
    columns["ja"][1] = "美術館は土曜日、若き日の画家を紹介する展覧会を開幕する。"
    found = findings(columns, pivot="pl", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found if row == 1] == [(1, "ja", "major")]


_POZNAN = {
    "en": [
        "Lech Poznań sell Kowalczyk to Sevilla",
        "Lech Poznań agreed with Sevilla on the transfer of Michał Kowalczyk.",
    ],
    "ru": [
        "«Лех» продаёт Ковальчика в «Севилью»",
        "Познанский «Лех» договорился с «Севильей» о переходе Михала Ковальчика.",
    ],
    "pl": [
        "Lech Poznań sprzedaje Kowalczyka do Sevilli",
        "Lech Poznań porozumiał się z Sevillą w sprawie transferu Michała Kowalczyka.",
    ],
}


def test_an_adjective_of_a_place_is_no_use_of_its_name() -> None:
    # ru Познанский, "of Poznań": ru's title without Poznań was "ru writes Познанский elsewhere"
    assert _serious(_POZNAN, "en") == []


def test_a_place_the_version_names_elsewhere_and_drops_is_still_major() -> None:
    columns = _copy(_POZNAN)
    columns["ru"][1] = "«Лех» из Познани договорился с «Севильей» о переходе Михала Ковальчика."
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "ru", "major")]


_RULING = {
    "de": [
        "Mit diesem Beschluss war der Datenschutzschild zwischen der EU und den USA gebilligt.",
        "Er machte geltend, dass Facebook Ireland seine Daten in den USA übermittle.",
    ],
    "en": [
        "That decision had approved the EU-US Privacy Shield.",
        "He argued that Facebook Ireland transferred his data to the United States.",
    ],
    "fr": [
        "Cette décision avait approuvé le bouclier de protection des données UE-États-Unis.",
        "Il soutenait que Facebook Ireland transférait ses données aux États-Unis.",
    ],
    "it": [
        "Quella decisione aveva approvato lo scudo UE-USA per la privacy.",
        "Sosteneva che Facebook Ireland trasferiva i suoi dati negli Stati Uniti.",
    ],
    "pl": [
        "Decyzja ta zatwierdzała Tarczę Prywatności UE-USA.",
        "Twierdził, że Facebook Ireland przekazywał jego dane do USA.",
    ],
    "nl": [
        "Dat besluit had het privacyschild tussen de EU en de VS goedgekeurd.",
        "Hij voerde aan dat Facebook Ireland zijn gegevens doorgaf in de Verenigde Staten.",
    ],
}


def test_an_acronym_the_pivot_writes_in_full_here_is_not_added() -> None:
    # en "the United States" here, US elsewhere: de and pl's USA is no name en lacks
    assert _serious(_RULING, "en") == []


def test_an_acronym_the_pivot_lacks_here_is_added() -> None:
    columns = _copy(_RULING)
    columns["en"][1] = "He argued that Facebook Ireland transferred his data abroad."
    assert (1, "de") in _serious(columns, "en")


def test_a_full_name_is_learnt_from_rows_where_the_pivot_writes_it_in_full_too() -> None:
    # fr always writes États-Unis, en US in one row and "the United States" in the other:
    # fr's "UE-États-Unis" was a major "fr has no counterpart" for en's US
    assert (0, "fr") not in _serious(_RULING, "en")
    # fr dropping the country is still told
    columns = _copy(_RULING)
    columns["fr"][0] = "Cette décision avait approuvé le bouclier de protection des données."
    assert (0, "fr") in _serious(columns, "en")


_GROUP = {
    "en": [
        "Valmont Group publishes its third-quarter results",
        "The group confirmed its target.",
        "The group employs 18,400 people in 27 countries.",
    ],
    "tr": [
        "Valmont Grubu üçüncü çeyrek sonuçlarını açıkladı",
        "Grup, hedefini teyit etti.",
        "Grup, 27 ülkede 18.400 kişiyi istihdam ediyor.",
    ],
    "fr": [
        "Le groupe Valmont publie ses résultats du troisième trimestre",
        "Le groupe a confirmé son objectif.",
        "Il emploie 18 400 personnes dans 27 pays.",
    ],
}


def test_a_common_word_opening_sentences_is_no_use_of_a_name() -> None:
    # tr "Grup, …" where en and fr write the group in lower case: tr's Valmont Grubu keeps
    # en's Valmont Group, no name tr "uses elsewhere"
    assert _serious(_GROUP, "en") == []


def test_a_name_opening_sentences_that_others_name_too_is_still_used() -> None:
    columns = _copy(_GROUP)
    columns["en"][1] = "The Group confirmed its target."
    columns["fr"][1] = "Le Group a confirmé son objectif."
    columns["tr"][0] = "Valmont üçüncü çeyrek sonuçlarını açıkladı"
    assert (0, "tr") in _serious(columns, "en")
