"""A measure given again in another system, in brackets, is no figure of its own."""

from __future__ import annotations

import pytest

from reviewer.core.number_reader import numbers
from tests.test_checks import findings


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a lake's encyclopedia entry of stop 35: every translation dropped the feet and square
        # miles, eight false majors "en has 945, 138, not found"
        ("With a maximum depth of 288 m (945 ft) and an area of 358 km² (138 sq mi).", "en",
         ["288", "358"]),
        ("It reached 30 °C (86 °F) on Monday.", "en", ["30"]),
        ("The line runs 5 miles (8 km) along the coast.", "en", ["5"]),
        ("Die Tiefe beträgt 288 Meter (945 Fuß).", "de", ["288"]),
        ("The bag weighs 2 kg (4.4 lb).", "en", ["2"]),
        ("最大水深288メートル（945フィート）", "ja", ["288"]),
        # an airline's baggage rules: ja's 50ポンド and zh's 62英寸 stayed, three false majors
        ("1個あたり23kg（50ポンド）まで", "ja", ["23"]),
        ("托运行李的长、宽、高之和不得超过158厘米（62英寸）。", "zh", ["158"]),
        ("每件不超过23公斤（50磅）。", "zh", ["23"]),
    ],
)  # fmt: skip
def test_a_conversion_in_brackets_is_not_read(text: str, lang: str, expected: list[str]) -> None:
    assert [m.key for m in numbers(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depth is 288 m (1,200 ft).", ["288", "1200"]),  # no conversion: both figures
        ("It costs 30 € (25 with a card).", ["30", "25"]),  # not a unit of the same kind
        ("The lake is 288 m deep (2019 survey).", ["288", "2019"]),
        ("A 10 km (6 mi) run and 5 m (5 ft) steps.", ["10", "5", "5"]),  # 5 ft is not 5 m
    ],
)
def test_other_figures_in_brackets_stay(text: str, expected: list[str]) -> None:
    assert [m.key for m in numbers(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("formed between 1.36 and 1.9 million years ago", "en"),
        ("vor 1,36 bis 1,9 Millionen Jahren", "de"),
        ("entre 1,36 et 1,9 million d'années", "fr"),
        ("от 1,36 до 1,9 млн лет назад", "ru"),
        ("1.36 و1.9 مليون سنة", "ar"),
        ("136万年から190万年前", "ja"),
    ],
)
def test_a_ranges_scale_word_scales_its_first_figure(text: str, lang: str) -> None:
    # ja and zh write 136万 (1,360,000): the 1.36 of the others was "not found"
    assert [m.key for m in numbers(text, lang)] == ["1360000", "1900000"]


def test_a_figure_before_a_scaled_one_that_is_no_range_keeps_its_value() -> None:
    assert [m.key for m in numbers("with 5 and 2 million", "en")] == ["5", "2000000"]
    assert [m.key for m in numbers("In 2019 and 2.5 million", "en")] == ["2019", "2500000"]


@pytest.mark.parametrize(
    ("pivot", "other"),
    [
        # a recipe localised for the US (stop 36): 9 onzas de harina for 250 g was a major
        (
            ("en", "Mix 250 g of flour with 2 eggs."),
            ("es", "Mezcla 9 onzas de harina con 2 huevos."),
        ),
        (("en", "Add 1 kg of sugar."), ("es", "Añade 2,2 libras de azúcar.")),
        (("en", "Add 1 kg of sugar."), ("de", "2,2 Pfund Zucker dazugeben.")),
        (("en", "Mix 250 g of flour."), ("ja", "小麦粉9オンスを混ぜる。")),
    ],
)
def test_ounces_and_pounds_in_other_languages_are_the_same_quantity(pivot, other) -> None:
    found = [
        f
        for _, f in findings(
            {pivot[0]: [pivot[1]], other[0]: [other[1]]}, pivot=pivot[0], check="number-mismatch"
        )
    ]
    assert [f.severity for f in found] == ["info"]
    assert "the same in other units" in found[0].message
