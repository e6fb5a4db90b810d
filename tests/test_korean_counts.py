"""Korean native numbers before a counter (reviewer/core/korean_counts.py)."""

import pytest

from reviewer.core.number_reader import numbers


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.key, m.text) for m in numbers(text, "ko")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a made-up battery study (stop 36): ko 두 배 against ja 2倍, an info on two rows
        ("배터리 수명을 두 배로 늘리는 기술", [("word", "2", "두")]),
        ("세 명이 다쳤다", [("word", "3", "세")]),
        ("국내 기업 두 곳과 협력", [("word", "2", "두")]),
        ("두 번째 경기", [("word", "2", "두")]),  # an ordinal's 째 after its counter
        ("열두 시간 동안", [("word", "12", "열두")]),  # 시간 wins over 시
        ("스물다섯 살", [("word", "25", "스물다섯")]),
        ("열 시에 출발", [("word", "10", "열")]),  # a native hour without its half
        ("석 달 만에", [("word", "3", "석")]),  # 석, 넉: three and four before some counters
        ("두배 늘었다", [("word", "2", "두")]),  # written without the space
    ],
)
def test_a_native_numeral_before_its_counter_is_a_soft_count(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "세금 인상",  # tax: 세 opens a word
        "네, 맞습니다",  # yes
        "한미 정상회담",  # Korea-US
        "두 시장에서",  # two markets: 시 opens 시장, no counter
        "두시장",
        "그 사람은 세 배우를 만났다",  # 배 opens 배우 (actor)
    ],
)
def test_the_same_syllables_elsewhere_are_no_count(text) -> None:
    assert _read(text) == []


def test_a_clock_read_with_its_half_keeps_its_afternoon_hour() -> None:
    # spoken_halves reads 오후 두 시 반 as 14 and 30; the count of the same 두 is not added again
    assert _read("오후 두 시 반에 만나요") == [("word", "14", "두"), ("word", "30", "반")]


def test_a_digit_with_its_counter_stays_a_number() -> None:
    assert _read("국내 기업 2곳과") == [("number", "2", "2")]
