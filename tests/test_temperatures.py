"""Temperatures below zero keep their sign (reviewer/core/temperatures.py)."""

import pytest

from reviewer.core import data_files, language
from reviewer.core.number_reader import numbers
from tests.test_checks import findings


def _keys(text: str, lang: str) -> list[str]:
    return [m.key for m in numbers(text, lang) if m.kind != "word"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the mountains, lows of −12 °C are expected.", "en"),
        ("Lows of -12°C on Saturday night.", "en"),
        ("In den Bergen werden minus 12 Grad erwartet.", "de"),
        ("Des minimales de -12 °C sont attendues.", "fr"),
        ("Sono attese minime di 12 gradi sotto zero.", "it"),
        ("Se esperan 12 grados bajo cero.", "es"),
        ("Spodziewane są temperatury 12 stopni poniżej zera.", "pl"),
        ("В горах ожидается до минус 12 градусов.", "ru"),
        ("Ночью 12 градусов мороза.", "ru"),
        ("Dağlarda sıcaklığın eksi 12 derece olması bekleniyor.", "tr"),
        ("산간 지역의 최저 기온은 영하 12도.", "ko"),
        ("周六夜间山区最低气温预计降至零下12度。", "zh"),
        ("山間部の最低気温は氷点下12度の見込み。", "ja"),
        ("Nhiệt độ thấp nhất âm 12 độ C.", "vi"),
        ("ที่อุณหภูมิติดลบ 12 องศา", "th"),
        ("درجة الحرارة -١٢ درجة مئوية", "ar"),
        # a made-up weather forecast (stop 32): a Turkish degree with its case ending, and a
        # minus word with no degree after it in a sentence about temperatures
        ("Sıcaklıklar gece boyunca eksi 12 dereceye düşecek.", "tr"),
        ("The weekend will be cold, with lows around minus 12.", "en"),
        ("Το Σαββατοκύριακο, ελάχιστες θερμοκρασίες γύρω στους μείον 12.", "el"),
        ("Die Temperaturen sinken nachts auf minus 12.", "de"),
        ("Hava sıcaklığı gece eksi 12 olacak.", "tr"),  # sıcaklık, its k softened
    ],
)
def test_a_temperature_below_zero_is_read_with_its_sign(text: str, lang: str) -> None:
    # −12 °C and 12 °C were both "12": a translation that turned a frost into a mild day said
    # nothing, and zh 零下 ("below zero") was a count of 0 besides
    assert _keys(text, lang) == ["-12"]
    (m,) = [m for m in numbers(text, lang) if m.kind != "word"]
    assert m.text == text[m.start : m.end] and "12" in m.text or "١٢" in m.text
    assert m.value == -12


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Highs of 12 °C in the valleys.", "en", ["12"]),
        ("Between 10-12 °C in the afternoon.", "en", ["10", "12"]),  # a range, not a sign
        ("GDP fell by -0.5 % in the quarter.", "en", ["0.5"]),  # no degree: the digits alone
        ("Minus 3 players were injured.", "en", ["3"]),
        # a minus word with no degree, in a sentence about no temperature: its digits
        ("Growth was minus 0.5 percent in the quarter.", "en", ["0.5"]),
        ("The score stood at minus 4 after the penalty.", "en", ["4"]),
        ("白天最高气温12度。", "zh", ["12"]),
        # a minus word in an idiom that says no sign: "at least", "about", "give or take"
        ("Con temperaturas de 40 grados, al menos 5 personas murieron.", "es", ["40", "5"]),
        ("Avec cette température, au moins 30 personnes ont été hospitalisées.", "fr", ["30"]),
        ("Com a temperatura alta, pelo menos 30 pessoas foram ao hospital.", "pt", ["30"]),
        ("La temperatura sarà di più o meno 20 gradi.", "it", ["20"]),
        ("Temperatura plus minus 20 stopni.", "pl", ["20"]),
        ("Температура плюс-минус 2 градуса.", "ru", ["2"]),
        ("気温はプラスマイナス5度。", "ja", ["5"]),
        # ... or ends a word (it almeno, "at least"; de plusminus)
        ("La temperatura salirà di almeno 5 gradi.", "it", ["5"]),
        ("Con queste temperature, almeno 5 persone sono state ricoverate.", "it", ["5"]),
        ("Die Temperatur schwankt plusminus 2 Grad.", "de", ["2"]),
        # a word of temperatures inside another word is none (en "lows" in "cash flows")
        ("Cash flows were minus 2 million in the quarter.", "en", ["2000000"]),
        ("The new rule allows minus 3 points for a late answer.", "en", ["3"]),
        # el πλην, "except" as often as "minus", with no degree after it
        ("Θερμοκρασίες έως 40 βαθμούς σε όλη τη χώρα, πλην 2 περιοχών.", "el", ["40", "2"]),
        # a minus word that is "less" before "than": a difference
        ("La temperatura máxima será de menos 5 grados que ayer.", "es", ["5"]),
        ("La temperatura massima sarà meno 5 gradi rispetto a ieri.", "it", ["5"]),
        ("Des températures de moins 5 degrés qu'hier.", "fr", ["5"]),
        # while the minus word alone still is one
        ("La temperatura bajará a menos 5.", "es", ["-5"]),
        ("Temperature fino a meno 5 gradi.", "it", ["-5"]),
        ("A temperatura mínima será de menos 5 graus durante a noite.", "pt", ["-5"]),
        ("Temperature fino a meno 5 gradi di notte.", "it", ["-5"]),
    ],
)
def test_other_figures_keep_their_digits_alone(text: str, lang: str, expected) -> None:
    assert _keys(text, lang) == expected


def test_a_number_word_less_than_another_keeps_its_sign() -> None:
    # a made-up storm warning (stop 36): pt "menos cinco do que" (five less than last week) was
    # read −5 against ja's 5度低い, a false major
    text = "A temperatura máxima não passará dos 14 graus, menos cinco do que na semana passada."
    assert [m.key for m in numbers(text, "pt")] == ["14", "5"]
    assert [m.key for m in numbers(text.replace(" do que na semana passada", ""), "pt")] == [
        "14",
        "-5",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bare que, qu' or che after a real sign opens a relative clause ("which"), not a
        # comparison: these were 8, 5, 10, 15 and 5 against the others' −8 (review36)
        ("Se esperan mínimas de menos 8 grados que se mantendrán hasta el lunes.", "es", ["-8"]),
        ("La temperatura de menos 5 °C que se registró en Burgos.", "es", ["-5"]),
        ("Las mínimas llegarán a menos 8 grados que, según la AEMET, durarán.", "es", ["-8"]),
        ("Temperaturas mínimas chegaram a menos 5 graus que não se viam.", "pt", ["-5"]),
        ("Le temperature minime di meno 10 gradi che colpiranno il nord.", "it", ["-10"]),
        ("Des températures de moins 15 degrés que les habitants ont subies.", "fr", ["-15"]),
        ("La température minimale de moins 5 qu'annonce Météo-France.", "fr", ["-5"]),
        # ... while what a comparison names after it still makes the minus word "less"
        ("A temperatura ficou menos 5 graus que ontem.", "pt", ["5"]),
        ("La température sera de moins 5 degrés qu’en hiver.", "fr", ["5"]),
        ("La temperatura será de menos 5 grados que la semana pasada.", "es", ["5"]),
        # a figure with no degree may name what it counts before its "than": four fewer days
        # of frost was −4 (review36)
        ("Temperatura: menos 4 dias de geada do que no ano passado.", "pt", ["4"]),
        ("Temperaturas: menos 4 días de helada que el año pasado.", "es", ["4"]),
        ("Temperaturas mínimas de menos 4 el lunes y el martes.", "es", ["-4"]),
        # two temperatures compared, each with its sign: the first was 5 (review36)
        ("Le minime sono scese a meno 5 gradi rispetto ai meno 2 di ieri.", "it", ["-5", "-2"]),
        ("As mínimas desceram a menos 5 graus em relação aos menos 2.", "pt", ["-5", "-2"]),
        # the other ways to say "compared with" (were −5, review36)
        ("La temperatura será de menos 5 grados respecto a ayer.", "es", ["5"]),
        ("La température sera de moins 5 degrés par rapport à hier.", "fr", ["5"]),
        ("A temperatura ficará menos 5 graus em comparação com ontem.", "pt", ["5"]),
        ("La temperatura sarà meno 5 gradi in confronto a ieri.", "it", ["5"]),
    ],
)
def test_than_is_what_a_comparison_names_after_it(text: str, lang: str, expected) -> None:
    assert _keys(text, lang) == expected


def test_every_language_with_a_table_names_its_degrees_and_minus() -> None:
    tables = data_files.load("temperatures.toml")
    assert set(tables) == set(language.SUPPORTED)
    for lang, table in tables.items():
        assert table["degrees"] and table["minus"] and table["context"], lang
        lists = [key for key in table if key != "suffixed"]
        assert all(w == w.lower() for key in lists for w in table[key]), lang


def _findings(pivot: tuple[str, str], other: tuple[str, str]):
    columns = {pivot[0]: [pivot[1]], other[0]: [other[1]]}
    return [f for _, f in findings(columns, pivot=pivot[0], check="number-mismatch")]


def test_a_dropped_minus_is_a_changed_number_and_a_converted_one_is_not() -> None:
    (finding,) = _findings(
        ("de", "In den Bergen werden minus 12 Grad erwartet."),
        ("pl", "W górach spodziewane są temperatury minimalne 12 °C."),
    )
    assert finding.severity == "major" and "minus 12" in finding.message
    # 5 °F is −15 °C: a conversion, said as info (unsigned, 15 against 5 °F was a major)
    (converted,) = _findings(("en", "Lows of 5 °F tonight."), ("fr", "Minimales de −15 °C."))
    assert converted.severity == "info" and "other units" in converted.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lows from −5 to −10 °C are expected in the Alps.", "en"),
        ("In den Alpen werden Tiefstwerte von −5 °C bis −10 °C erwartet.", "de"),
        ("Temperatures from minus 5 to minus 10 degrees.", "en"),
        ("Ожидается от минус 5 до минус 10 градусов.", "ru"),
        ("気温はマイナス5～マイナス10度。", "ja"),
        ("Minimales de -5/-10 °C.", "fr"),
    ],
)
def test_a_range_below_zero_whose_unit_follows_its_second_figure_is_signed(text, lang) -> None:
    # the first figure of "−5 to −10 °C" has no degree of its own: it was 5, against de's −5
    # "−5 °C bis −10 °C", a false major (review30)
    assert _keys(text, lang) == ["-5", "-10"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Highs of 5 to 10 °C.", "en", ["5", "10"]),
        ("Lows between −5 and 3 °C.", "en", ["-5", "3"]),
        ("Minus 5 people and 10 degrees.", "en", ["5", "10"]),
    ],
)
def test_a_range_keeps_each_figure_s_own_sign(text: str, lang: str, expected) -> None:
    assert _keys(text, lang) == expected


def test_a_range_written_with_its_unit_once_or_twice_is_one_range() -> None:
    assert not _findings(
        ("en", "Lows from −5 to −10 °C are expected in the Alps."),
        ("de", "In den Alpen werden Tiefstwerte von −5 °C bis −10 °C erwartet."),
    )


def test_at_least_in_a_sentence_about_temperatures_is_no_minus() -> None:
    # a heatwave's news: es "al menos 5 personas" was -5 against en's 5, a false major
    assert not _findings(
        ("en", "With temperatures of 40 degrees, at least 5 people died."),
        ("es", "Con temperaturas de 40 grados, al menos 5 personas murieron."),
    )
