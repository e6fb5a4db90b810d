"""Korean native numbers before a counter (reviewer/core/korean_counts.py)."""

import time

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
        # a numeral and its counter written together as a word of their own (review36)
        "미래 세대를 위한 정책",  # generation: was 3
        "MZ세대의 소비 성향",
        "열대 지방의 기후",  # the tropics: was 10
        "열병을 앓았다",  # a fever
        "세척 후 건조한다",  # washing
        # 서 and 너 count measures none of the counters names: 서명 "signature", 서장 "chief",
        # 너 "you" (were 3 and 4)
        "서명 운동을 벌였다",
        "서장은 말했다",
        "너 시간 있어?",
        "너 배가 고프니?",
    ],
)
def test_the_same_syllables_elsewhere_are_no_count(text) -> None:
    assert _read(text) == []


def test_a_clock_read_with_its_half_keeps_its_afternoon_hour() -> None:
    # spoken_halves reads 오후 두 시 반 as 14 and 30; the count of the same 두 is not added again
    assert _read("오후 두 시 반에 만나요") == [("word", "14", "두"), ("word", "30", "반")]


def test_a_digit_with_its_counter_stays_a_number() -> None:
    assert _read("국내 기업 2곳과") == [("number", "2", "2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("차량 세 대가 부딪혔다", [("word", "3", "세")]),  # apart, 세 대 still counts
        # a native hour after the afternoon or evening, as 오후 3시 reads 15 (review36)
        ("오후 세 시에 만나요", [("word", "15", "세")]),
        ("저녁 여덟 시에 시작한다", [("word", "20", "여덟")]),
        ("밤 열 시까지", [("word", "22", "열")]),
        ("밤 두 시에 깼다", [("word", "2", "두")]),  # the small hours
        # thirty to ninety (were nothing, review36)
        ("서른 살에 결혼했다", [("word", "30", "서른")]),
        ("마흔두 명이 다쳤다", [("word", "42", "마흔두")]),
        ("여든 살 노인", [("word", "80", "여든")]),
        ("오후 세 시간 동안", [("word", "3", "세")]),  # hours counted, not a clock
        # ... and the second hour of its range (was 5, review36)
        ("오후 세 시부터 다섯 시까지", [("word", "15", "세"), ("word", "17", "다섯")]),
        ("저녁 여섯 시~여덟 시", [("word", "18", "여섯"), ("word", "20", "여덟")]),
        ("오후 세 시에 만나고 다섯 시에 헤어졌다", [("word", "15", "세"), ("word", "5", "다섯")]),
        (
            "오후 두 시 반부터 네 시까지",
            [("word", "14", "두"), ("word", "30", "반"), ("word", "16", "네")],
        ),
    ],
)
def test_a_native_count_apart_or_on_the_afternoon_clock(text, expected) -> None:
    assert _read(text) == expected


def test_a_date_beside_a_native_hour_is_read_whole() -> None:
    # a date's mention has no value to compare: the range's look-back crashed on it
    assert _read("2024년 12월 26일 오후 세 시부터 다섯 시까지")[-2:] == [
        ("word", "15", "세"),
        ("word", "17", "다섯"),
    ]


def test_a_long_text_of_counts_and_digits_is_read_in_linear_time() -> None:
    """Each count asked each mention whether it overlapped it: 4,000 of each took two
    seconds, 20,000 nearly a minute (review36)."""
    text = "가격은 2개와 두 배로 " * 20_000
    started = time.process_time()
    read = numbers(text, "ko")
    assert time.process_time() - started < 5
    assert [m.key for m in read[:2]] == ["2", "2"] and len(read) == 40_000
