"""Korean native numbers before a counter (reviewer/core/korean_counts.py)."""

import time

import pytest

from reviewer.core.number_reader import numbers
from tests.test_checks import findings


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


def test_long_sino_korean_text_reads_in_time():
    """Each Sino-Korean run asked each span read before it whether it overlapped it: 20,000
    runs in 100,000 characters took 6 s (final38); a date's day stays one mention."""
    text = "이십 년 삼천 명 " * 10_000 + "오월 삼 일"
    started = time.process_time()
    read = numbers(text, "ko")
    assert time.process_time() - started < 3
    assert [m.key for m in read[:2]] == ["20", "3000"] and len(read) == 20_001
    assert read[-1].kind == "date" and read[-1].text == "오월 삼 일"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sino-Korean numerals in Hangul (issue 15, review37): a compound or a unit with its
        # counter is a number, as the digits would be
        ("자원봉사자 삼천오백 명이 참가했다", [("number", "3500", "삼천오백")]),
        ("이십 명이 다쳤다", [("number", "20", "이십")]),
        ("백 명이 모였다", [("number", "100", "백")]),
        ("만 명이 넘는 관객", [("number", "10000", "만")]),
        ("이만 오천 원", [("number", "25000", "이만 오천")]),  # spaced after its myriad
        ("삼십억 원을 투자했다", [("number", "3000000000", "삼십억")]),
        ("입장권은 오천 원이며", [("number", "5000", "오천")]),  # the copula after its counter
        ("축제는 이십오 년째 열린다", [("number", "25", "이십오")]),
        ("오십 퍼센트가 찬성했다", [("percent", "50", "오십 퍼센트")]),
        ("이천이십사 년에", [("year", "2024", "이천이십사")]),
        ("십이월 이십오일에 열린다", [("date", "d:25.12", "십이월 이십오일")]),
        ("오월 삼일", [("date", "d:3.5", "오월 삼일")]),
        ("이천 명이 참가했다", [("number", "2000", "이천")]),  # Icheon only alone or before 시
        # a lone digit before its counter is soft: it confirms, never contradicts
        ("사 년 동안", [("word", "4", "사")]),
        ("삼백여 명", [("word", "300", "삼백")]),  # -odd
        # 이십이 alone: twenty-two, or twenty and its particle: either confirms
        ("그 수는 이십이", [("word", "22", "이십이"), ("word", "20", "이십이")]),
        # digits with Hangul units of every size (3천5백 was 3005)
        ("3천5백 명", [("number", "3500", "3천5백")]),
        ("3천5백만 원", [("number", "35000000", "3천5백만")]),
        ("2만 5천 명", [("number", "25000", "2만 5천")]),
    ],
)
def test_a_sino_korean_numeral_in_hangul_is_read(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "이 사람은 일을 했다",  # this; work
        "이 분은 이 번에 이 차를 샀다",  # this person, this time, this car: no 2
        "사장님과 사회 구분 조건 만세",  # chief, society, division, condition, hurrah
        "사천 지역과 이천시",  # Sichuan, Icheon City
        "이만하면 됐다, 오만한 태도",  # this much; arrogant
        "만에 하나, 천천히 걸었다",  # in case; slowly
        "일사천리로 진행됐다",  # an idiom: 일 and 사 are two digits in a row
        "사이에 구분이 있다",  # between
        "삼성전자와 일본",  # Samsung; Japan
        "만원 버스",  # a packed bus
        "십분 활용했다",  # fully
        "구 시장은 말했다",  # the former mayor
        # two syllables that form a number with no counter are words (the checks corpus)
        "이번 조사 결과",  # survey: was 10^12 + 4 (in 제5차 조사, now read as 5 alone)
        "천사와 백조",  # angel, swan
        "꼭대기 층은 만이 내려다보이는 열람실",  # the bay and its particle: was 10,002
        "구조사가 도착했다",  # a rescuer: a myriad and a lone digit
        # a digit and 조 with a counter written on: words (a made-up typhoon report, stop
        # 40: 구조대, "rescue team", was 9 trillion units, a false major)
        "구조대가 모든 군에 파견됐다",
        "구조원이 다쳤다",  # a rescuer was hurt
    ],
)
def test_sino_korean_syllables_in_other_words_are_no_number(text) -> None:
    assert _read(text) == []


def test_a_figure_after_the_ordinal_prefix_is_soft_and_no_amount() -> None:
    # 제10조 is Article 10, not 10 trillion (a false major "ko has 10조", review40); a
    # trillion without the prefix stays one
    assert _read("헌법 제10조에 따르면") == [("word", "10", "10")]
    assert _read("예산 10조 원") == [("number", "10000000000000", "10조")]
    # soft: other versions write most ordinals in words (third parties, the Second World War)
    assert _read("제3자에게 제공되지 않는다") == [("word", "3", "3")]
    assert _read("제 3회 대회") == [("word", "3", "3")]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("개인정보는 제3자에게 제공되지 않습니다.", "Your data is not shared with third parties."),
        ("제2차 세계대전이 끝났다.", "The Second World War ended."),
        ("헌법 제10조는 이 권리를 보호한다.", "Article 10 of the Constitution protects it."),
    ],
)
def test_an_ordinal_with_the_prefix_against_words_is_no_finding(ko: str, en: str) -> None:
    columns = {"ko": [ko], "en": [en], "fr": [en]}
    for pivot in ("ko", "en"):
        assert findings(columns, pivot=pivot, check="number-mismatch") == []


def test_a_changed_ordinal_with_the_prefix_is_still_found() -> None:
    columns = {"en": ["Typhoon No. 4 made landfall."], "ko": ["제3호 태풍이 상륙했다."]}
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ko", "major")]
