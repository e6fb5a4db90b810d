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

from reviewer.core import pattern_cache
from reviewer.core.mention import Mention

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
