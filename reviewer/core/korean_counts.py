"""Korean native numbers before a counter: 두 배 (twice), 세 명 (three people), 열 시 (ten).

Korean counts people, things, times and hours with its native numerals, in a short form before
the counter word: 한, 두, 세, 네, 스무. Where another version writes the digit (2倍, 2 Prozent
mehr, twice is none), a Korean pivot's 두 배 was "ja has 2, not in ko" on every row that said
it (a made-up battery study, stop 36). Alone those syllables are other words too (세 "tax",
네 "yes", 한 "Korea's" in 한미), so a numeral counts only at a word's start and right before a
counter that ends its word or takes a particle. What `read` adds is soft evidence (a word): it
may confirm another version's digit, never contradict one.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from itertools import accumulate
from typing import TYPE_CHECKING

from reviewer.core import pattern_cache
from reviewer.core.mention import Mention

if TYPE_CHECKING:
    import regex

# One to twelve in their short forms, as a clock and a counter take them (spoken_halves reads
# its hours with these too); then the tens and what a ten joins.
NATIVE = "한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 열한 열두".split()
_VALUES = {word: value for value, word in enumerate(NATIVE, 1)}
# (석 and 넉 before 달 and 장; not 서 and 너, which count only measures no counter below
# names, 서 말, 너 되: before these counters they were 서명 "signature", 서장 "chief", 너 시간
# "you ... time", 3 and 4, review36)
_VALUES |= {"석": 3, "넉": 4, "스무": 20, "스물": 20}
# (and thirty to ninety: 서른 살, 마흔두 명 were nothing, review36)
_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70}
_TENS |= {"여든": 80, "아흔": 90}
_VALUES |= {
    f"{ten}{word}": tens + value
    for ten, tens in _TENS.items()
    for word, value in list(_VALUES.items())
    if value < 10
}
_VALUES |= {ten: tens for ten, tens in _TENS.items() if ten not in ("열", "스물")}
# Counter words (an alternation tries the longest first: 시간 before 시).
_COUNTERS = (
    "배 명 곳 개 시간 시 살 번 마리 권 대 가지 차례 군데 사람 채 잔 병 장 켤레 척 그루 송이 달"
).split()
# What may follow a counter inside its word: a particle, or 째 of an ordinal (두 번째).
_PARTICLES = (
    "이나 이상 이하 에서 으로 까지 부터 밖에 동안 정도 "  # then the one-syllable ones
    "이 가 을 를 은 는 의 에 로 와 과 도 만 씩 째 쯤 간"
).split()
# Words a numeral and its counter make when written together: 세대 (generation, household),
# 열대 (the tropics), 열병 (a fever), 세척 (washing) were 3 and 10 (review36); 세 대, 열 병
# apart still count.
_JOINED = "세대 열대 열병 세척".split()
# The afternoon or evening said before a native hour (오후 세 시, 15:00), as number_reader's
# 오후 3시: 저녁 from four, 밤 (also the small hours) from six (review36).
_LATER = {"오후": 1, "저녁": 4, "밤": 6}
# What stands between a range's two hours: the first's 시, its half, 부터 or 에서, a dash
_RANGE_GAP = pattern_cache.compile(r"\s?시\s?(?:반\s?)?(?:부터|에서)?\s?[~〜\-–]?\s?")
_COUNT = pattern_cache.compile(
    r"(?:(?P<part>오후|저녁|밤)\s?)?"
    r"(?<![\p{Hangul}\p{N}])(?!(?:"
    + "|".join(_JOINED)
    + r"))(?P<count>"
    + pattern_cache.alternation(_VALUES)
    + r")\s?(?P<counter>"
    + pattern_cache.alternation(_COUNTERS)
    + r")(?:"
    + pattern_cache.alternation(_PARTICLES)
    + r")?(?!\p{Hangul})"
)


def read(text: str, source: str, found: list[Mention]) -> None:
    """Add to `found`, in place, the native counts of Korean `text` (`source` as written) that
    no mention already covers."""
    # the mentions by their starts, and how far the first of them reach (a long text holds
    # thousands of both: asking each mention for each count was quadratic, review36)
    spans = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    # the afternoon's and evening's hours (13 to 23) by their ends, as a range's first
    evening = sorted(
        (m.end, int(m.value))
        for m in found
        if m.kind in ("number", "word") and m.value is not None and 12 < m.value < 24
    )
    ends = [at for at, _ in evening]
    for match in _COUNT.finditer(text):
        start, end = match.span("count")
        before = bisect_left(starts, end)  # the mentions that start before this count ends
        if before and reach[before - 1] > start:
            continue
        value = _VALUES[match.group("count")]
        part = match.group("part")
        clock = match.group("counter") == "시"
        if part and clock and _LATER[part] <= value < 12:
            value += 12
        elif clock and value < 12 and (since := bisect_left(ends, start)):
            # the second hour of an afternoon's range: 오후 세 시부터 다섯 시까지 (15 to 17,
            # as 오후 3시부터 5시까지 reads; it was 5, review36)
            at, hour = evening[since - 1]
            if hour < value + 12 and _RANGE_GAP.fullmatch(text, at, start):
                value += 12
        found.append(Mention("word", str(value), start, end, source[start:end], float(value)))
        if value > 12 and clock:
            insort(evening, (end, value))
            insort(ends, end)


# Sino-Korean numerals written in Hangul (issue 15, review37): 삼천오백 명 (3,500 people), 이십
# 년, 백 명, 만 원, 이만 오천 원. Digits with Hangul units (3천5백, 2만 5천) are number_reader's.
# The syllables are words too (이 "this" and a particle, 일 "work" and "day", 사 "company", 오,
# 구 "district", 조 a surname and "group", 만 "only"): a run counts where it forms a number by
# the grammar below, opens its word, and either has a counter after it (a space between a lone
# syllable and its counter: 사장 "chief", 사회 "society", 구분, 조건, 만세 are words) or is a
# compound of three syllables or more (조사 "survey", 천사 "angel", 백조 "swan" are words
# of two).
_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7}
_SINO_DIGITS |= {"팔": 8, "구": 9}
_SINO_SMALL = {"십": 10, "백": 100, "천": 1000}
_SINO_BIG = {"만": 10**4, "억": 10**8, "조": 10**12}
# Counters and units a Sino-Korean numeral takes (native ones take `_COUNTERS`); longest first
_SINO_COUNTERS = (
    "명 개 원 년 월 일 시 분 초 번 달러 유로 엔 위안 킬로미터 킬로그램 센티미터 밀리미터 미터"
    " 그램 킬로 톤 리터 퍼센트 % 세 층 호 회 위 주 주년 개월 시간 도 점 표 건 가구 인 차 대"
    " 편 장 배 권 곳 쪽 페이지 평 마일 헥타르 년도 개국 종"
).split()
# Two-syllable runs that form a number but are words or places more often: 이만 "this much",
# 오만 "arrogance", 만일 "if", 천만 "not at all", 사천 Sichuan and Sacheon, 이천 Icheon, 오천,
# 구천 "the heavens", 삼천 (삼천리, the land); with a counter they count (이천 명), but not
# before 시 (이천시, the city) or none.
_SINO_WORDS = frozenset("이만 오만 만일 천만 사천 이천 오천 구천 삼천 일만".split())
# A lone 이 before a counter is "this" (이 명, 이 분 "this person", 이 번 "this time", 이 차
# "this car"): it counts only before these.
_TWO_ALONE = frozenset("% 퍼센트 개월 킬로미터 킬로그램 센티미터 밀리미터 미터 톤 리터".split())
# What may follow a Sino-Korean count inside its word besides a particle: -odd, each, and the
# copula's forms (오천 원이며, 삼천 명입니다)
_COPULA = (
    "짜리 가량 이며 이고 이다 이라고 이라는 이라 이란 이면 이었다 이었고 이었으며 입니다 이지만"
    " 인데 인"
).split()
_SYLLABLE = "[" + "".join([*_SINO_DIGITS, *_SINO_SMALL, *_SINO_BIG]) + "]"
_SINO = pattern_cache.compile(
    rf"(?<![\p{{Hangul}}\p{{N}}])(?P<run>{_SYLLABLE}+(?:(?<=[만억조])\s{_SYLLABLE}+)*)"
    r"(?P<about>여)?(?:(?P<space>\s?)(?P<counter>"
    + pattern_cache.alternation(_SINO_COUNTERS)
    + r"))?(?:"
    + pattern_cache.alternation([*_PARTICLES, *_COPULA])
    + r")?(?!\p{Hangul})"
)
_SINO_HINT = pattern_cache.compile_re(_SYLLABLE)
# A run that ends in a myriad and a lone digit (구조사, 만이): a word and its particle, more
# often than a number said without its counter
_BIG_THEN_DIGIT = pattern_cache.compile_re(r"[만억조]\s?[일이삼사오육륙칠팔구]$")
# A day after a month: 오월 삼 일, 십이월 이십오일
_SINO_DAY = pattern_cache.compile(
    rf"\s?(?P<run>{_SYLLABLE}{{1,3}})\s?(?P<day>일)"
    + r"(?:"
    + pattern_cache.alternation(_PARTICLES)
    + r")?(?!\p{Hangul})"
)
_YEAR_BEFORE = pattern_cache.compile(r"년\s?$")


def sino_value(run: str) -> int | None:
    """The value of a run of Sino-Korean numeral syllables (spaces allowed after 만, 억, 조),
    None where the run is no number: two digits in a row (사이 "between", 일사천리), a unit
    repeated or out of order (천천히 is cut before this: 천천 is none)."""
    total = section = 0
    digit: int | None = None
    last_small = 10**5  # the smallest unit of this section so far (they fall: 천, 백, 십)
    last_big = 10**13
    for syllable in run.replace(" ", ""):
        if syllable in _SINO_DIGITS:
            if digit is not None:
                return None
            digit = _SINO_DIGITS[syllable]
        elif syllable in _SINO_SMALL:
            unit = _SINO_SMALL[syllable]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            unit = _SINO_BIG[syllable]
            if unit >= last_big:
                return None
            value = section + (digit or 0)
            total += (value or 1) * unit
            section, digit, last_small, last_big = 0, None, 10**5, unit
    return total + section + (digit or 0)


def read_sino(text: str, source: str, found: list[Mention]) -> None:
    """Add to `found`, in place, the Sino-Korean numerals of Korean `text` written in Hangul
    (see above) that no mention already covers: a compound or a unit with its counter is a
    number (삼천오백 명, 만 원), a lone digit before its counter a soft word (삼 년), a year
    before 년 a year, a month before its day a date."""
    if not _SINO_HINT.search(text):
        return
    # the mentions by their starts and how far the first of them reach, as in `read`; what
    # this adds starts before each later run starts, so how far it reaches is enough (asking
    # each span for each run took 6 s on 100,000 characters of 이십 년 삼천 명)
    spans = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    added = -1  # how far what this added reaches
    for match in _SINO.finditer(text):
        run, counter = match.group("run"), match.group("counter")
        start, end = match.span("run")
        value = sino_value(run)
        if value is None or added > start:
            continue
        before = bisect_left(starts, end)  # the mentions that start before this run ends
        if before and reach[before - 1] > start:
            continue
        syllables = len(run.replace(" ", ""))
        lone = syllables == 1
        month = counter == "월" and 1 <= value <= 12 and not match.group("about")
        if lone and month and not match.group("space") and _month_beside(text, match):
            pass  # 오월 삼일, 2024년 사월: a date and a month
        elif lone and (not counter or not match.group("space")):
            continue  # 사장, 사회, 만세, 조건, 이는: words
        elif lone and run == "이" and counter not in _TWO_ALONE:
            continue  # 이 명, 이 번: "this"
        elif lone and run == "조" and counter != "원":
            continue  # a surname
        elif syllables == 2 and run[1] == "조" and counter and not match.group("space"):
            continue  # 구조대 "rescue team", 구조원 "rescuer": a trillion is written in digits
        if run in _SINO_WORDS and counter in (None, "시"):
            continue
        if not counter and (syllables < 3 or _BIG_THEN_DIGIT.search(run)):
            continue  # 조사 "survey", 천사 "angel", 백조 "swan", 만이 "the bay", 구조사
        if month:
            day = _SINO_DAY.match(text, match.end("counter"))
            day_value = sino_value(day.group("run")) if day else None
            if day and day_value and day_value <= 31:
                mention = Mention("date", f"d:{day_value}.{value}", start, day.end("day"), "")
            else:
                mention = Mention("month", f"m:{value}", start, match.end("counter"), "")
            found.append(mention._replace(text=source[mention.start : mention.end]))
            added = max(added, mention.end)
            continue
        readings = [value]
        kind = "number"
        if lone and run in _SINO_DIGITS:
            kind = "word"  # 삼 년: confirms a 3, never contradicts one
        if match.group("about"):
            kind = "word"  # 삼백여 명: three hundred-odd
        if not counter and run[-1] in "이일":
            # 이십이 or 이십 with its particle 이; 삼십일, thirty-one or thirty days: either
            kind, readings = "word", [value, sino_value(run[:-1]) or value]
        if counter in ("년", "년도") and kind == "number" and 1000 <= value <= 2100:
            kind = "year"
        elif counter in ("퍼센트", "%") and kind == "number":
            kind, end = "percent", match.end("counter")
        for reading in dict.fromkeys(readings):
            found.append(Mention(kind, str(reading), start, end, source[start:end], float(reading)))
        added = max(added, end)


def _month_beside(text: str, match: regex.Match[str]) -> bool:
    """Whether a month written with its lone digit onto 월 (오월, 사월) has a day after it or a
    year before it: alone, 이월 is "carried over", 일월 "sun and moon"."""
    if _SINO_DAY.match(text, match.end("counter")):
        return True
    return _YEAR_BEFORE.search(text, max(0, match.start() - 3), match.start()) is not None
