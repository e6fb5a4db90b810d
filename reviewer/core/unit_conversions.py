"""Units a figure is measured in, and figures that only convert another.

Translators convert measures (a US recipe's 350°F for 180 °C, 9 x 5 inches for 23 x 13 cm, a
screen's 6,7 pouces (17 cm)), and an encyclopedia gives a measure again in another system, in
brackets: "288 m (945 ft)", "358 km² (138 sq mi)", which translations drop or keep. The checks
ask `UNITS` whether two figures state one quantity (`checks_numbers`: "the same in other
units"), and `drop` takes the bracketed conversion out of a sentence's numbers: it is no
fact of its own, and each version that dropped it got a false major "en has 945, 138, not
found" (a lake's encyclopedia entry read at stop 35, eight of them).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reviewer.core import pattern_cache
from reviewer.core.mention import Mention

# Per unit (lower-cased, spaces removed), its dimension, its factor to the dimension's base
# and an offset (Fahrenheit): base = (value + offset) * factor.
UNITS: dict[str, tuple[str, float, float]] = {
    "°c": ("temperature", 1.0, 0.0), "°f": ("temperature", 5 / 9, -32.0),
    "℃": ("temperature", 1.0, 0.0), "℉": ("temperature", 5 / 9, -32.0),
    "mm": ("length", 0.1, 0.0), "cm": ("length", 1.0, 0.0), "m": ("length", 100.0, 0.0),
    "km": ("length", 1e5, 0.0), "in": ("length", 2.54, 0.0), "inch": ("length", 2.54, 0.0),
    "inches": ("length", 2.54, 0.0), "ft": ("length", 30.48, 0.0), "feet": ("length", 30.48, 0.0),
    "mi": ("length", 160934.4, 0.0), "miles": ("length", 160934.4, 0.0),
    "mile": ("length", 160934.4, 0.0),
    "g": ("mass", 1.0, 0.0), "kg": ("mass", 1000.0, 0.0), "lb": ("mass", 453.592, 0.0),
    "lbs": ("mass", 453.592, 0.0), "pounds": ("mass", 453.592, 0.0), "oz": ("mass", 28.35, 0.0),
    "ml": ("volume", 1.0, 0.0), "l": ("volume", 1000.0, 0.0), "gal": ("volume", 3785.4, 0.0),
    "km/h": ("speed", 1.0, 0.0), "mph": ("speed", 1.609344, 0.0),
    # a screen's inches in the words of other languages (6,7 pulgadas (17 cm))
    "zoll": ("length", 2.54, 0.0), "pouces": ("length", 2.54, 0.0),
    "pulgadas": ("length", 2.54, 0.0), "polegadas": ("length", 2.54, 0.0),
    "pollici": ("length", 2.54, 0.0), "дюйма": ("length", 2.54, 0.0),
    '"': ("length", 2.54, 0.0), "″": ("length", 2.54, 0.0),  # 6.7" (a screen's inches)
    "дюймов": ("length", 2.54, 0.0), "英寸": ("length", 2.54, 0.0),
    "インチ": ("length", 2.54, 0.0), "인치": ("length", 2.54, 0.0),
    # an encyclopedia's metres, feet and miles in the words of other languages (288 Meter
    # (945 Fuß), 288メートル（945フィート）), and areas (358 km² (138 sq mi))
    "metres": ("length", 100.0, 0.0), "meters": ("length", 100.0, 0.0),
    "meter": ("length", 100.0, 0.0), "mètres": ("length", 100.0, 0.0),
    "metri": ("length", 100.0, 0.0), "metros": ("length", 100.0, 0.0),
    "м": ("length", 100.0, 0.0), "метров": ("length", 100.0, 0.0),
    "метра": ("length", 100.0, 0.0), "メートル": ("length", 100.0, 0.0),
    "미터": ("length", 100.0, 0.0), "км": ("length", 1e5, 0.0),
    "fuß": ("length", 30.48, 0.0), "pieds": ("length", 30.48, 0.0),
    "piedi": ("length", 30.48, 0.0), "pies": ("length", 30.48, 0.0),
    "футов": ("length", 30.48, 0.0), "フィート": ("length", 30.48, 0.0),
    "英尺": ("length", 30.48, 0.0), "피트": ("length", 30.48, 0.0),
    "meilen": ("length", 160934.4, 0.0), "milles": ("length", 160934.4, 0.0),
    "miglia": ("length", 160934.4, 0.0), "millas": ("length", 160934.4, 0.0),
    "миль": ("length", 160934.4, 0.0), "マイル": ("length", 160934.4, 0.0),
    "英里": ("length", 160934.4, 0.0),
    # and the units of Chinese, Japanese and Korean (23kg（50ポンド）, 158厘米（62英寸）)
    "厘米": ("length", 1.0, 0.0), "公分": ("length", 1.0, 0.0), "センチ": ("length", 1.0, 0.0),
    "센티미터": ("length", 1.0, 0.0), "毫米": ("length", 0.1, 0.0), "公里": ("length", 1e5, 0.0),
    "キロメートル": ("length", 1e5, 0.0), "킬로미터": ("length", 1e5, 0.0),
    "公斤": ("mass", 1000.0, 0.0), "千克": ("mass", 1000.0, 0.0),
    "キログラム": ("mass", 1000.0, 0.0), "킬로그램": ("mass", 1000.0, 0.0),
    "克": ("mass", 1.0, 0.0), "グラム": ("mass", 1.0, 0.0), "그램": ("mass", 1.0, 0.0),
    "磅": ("mass", 453.592, 0.0), "ポンド": ("mass", 453.592, 0.0),
    "파운드": ("mass", 453.592, 0.0), "升": ("volume", 1000.0, 0.0),
    # a recipe's ounces and pounds in other languages (9 onzas de harina for 250 g: a false
    # major, stop 36)
    "ounce": ("mass", 28.35, 0.0), "ounces": ("mass", 28.35, 0.0),
    "onza": ("mass", 28.35, 0.0), "onzas": ("mass", 28.35, 0.0),
    "once": ("mass", 28.35, 0.0), "onces": ("mass", 28.35, 0.0),
    "unze": ("mass", 28.35, 0.0), "unzen": ("mass", 28.35, 0.0),
    "onça": ("mass", 28.35, 0.0), "onças": ("mass", 28.35, 0.0),
    "унции": ("mass", 28.35, 0.0), "унций": ("mass", 28.35, 0.0),
    "盎司": ("mass", 28.35, 0.0), "オンス": ("mass", 28.35, 0.0), "온스": ("mass", 28.35, 0.0),
    "libras": ("mass", 453.592, 0.0), "livres": ("mass", 453.592, 0.0),
    "pfund": ("mass", 453.592, 0.0), "libbre": ("mass", 453.592, 0.0),
    "фунтов": ("mass", 453.592, 0.0), "фунта": ("mass", 453.592, 0.0),
    "リットル": ("volume", 1000.0, 0.0), "리터": ("volume", 1000.0, 0.0),
    "km²": ("area", 1e6, 0.0), "km2": ("area", 1e6, 0.0), "км²": ("area", 1e6, 0.0),
    "sqmi": ("area", 2589988.11, 0.0), "squaremiles": ("area", 2589988.11, 0.0),
    "mi²": ("area", 2589988.11, 0.0), "ha": ("area", 1e4, 0.0),
    "hectares": ("area", 1e4, 0.0), "acres": ("area", 4046.856, 0.0),
    # a camera's megapixels, which Chinese, Japanese and Korean count in 万 pixels (5000万像素,
    # 5000만 화소), in the words and abbreviations of other languages (50 Mpx, 50 Мп)
    "mp": ("pixels", 1e6, 0.0), "像素": ("pixels", 1.0, 0.0), "画素": ("pixels", 1.0, 0.0),
    "화소": ("pixels", 1.0, 0.0), "mpx": ("pixels", 1e6, 0.0),
    "megapixel": ("pixels", 1e6, 0.0), "megapixels": ("pixels", 1e6, 0.0),
    "mégapixels": ("pixels", 1e6, 0.0), "megapíxeles": ("pixels", 1e6, 0.0),
    "мп": ("pixels", 1e6, 0.0), "мегапикселей": ("pixels", 1e6, 0.0),
    "мегапикселя": ("pixels", 1e6, 0.0),
}  # fmt: skip
# The units written in scripts without spaces, longest first (公里 before 里-less 公): the
# pattern below meets them by name, not as a run of letters (158厘米以内 is no unit).
_WIDE = pattern_cache.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}]")
_WIDE_UNITS = "|".join(sorted((u for u in UNITS if _WIDE.search(u)), key=len, reverse=True))
# The unit written after a figure (after the last of an "A x B" chain it opens), group 1.
UNIT_AFTER = pattern_cache.compile(
    r"(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s?-?"
    r"((?:°\s?[CF]|km/h|mph|sq\.?\s?mi|square\smiles|\p{Latin}+²?|\p{Cyrillic}+²?)(?![\p{L}/])"
    rf"|[℃℉]|{_WIDE_UNITS}"
    r'|(?<=\d)["″](?!\s?\d))'
)
CONVERTED_WITHIN = 0.05  # a converted value rounded: 350°F is 176.7 °C, written 180
# After a unit, the bracket that opens a conversion, and after the converted figure's unit,
# the one that closes it.
_OPENS = pattern_cache.compile(r"\.?\s*[(（]\s*(?:about\s|c\.\s|~|约|約)?")
_CLOSES = pattern_cache.compile(r"\.?\s*[)）]")


def unit(word: str) -> tuple[str, float, float] | None:
    """The dimension, factor and offset of a unit as `UNIT_AFTER` found it written."""
    return UNITS.get(word.replace(" ", "").replace(".", "").lower())


def base(value: float, measure: tuple[str, float, float]) -> float:
    """`value` in its dimension's base unit."""
    return (value + measure[2]) * measure[1]


def same_quantity(
    a: float, a_unit: tuple[str, float, float], b: float, b_unit: tuple[str, float, float]
) -> bool:
    """Whether `a` and `b`, in two different units of one dimension, state one quantity."""
    if a_unit[0] != b_unit[0] or a_unit[1:] == b_unit[1:]:
        return False
    x, y = base(a, a_unit), base(b, b_unit)
    return bool(y) and abs(x - y) <= CONVERTED_WITHIN * abs(y)


def drop(text: str, found: list[Mention]) -> None:
    """Take out of `found` (sorted) each figure that only converts the one before it, in
    brackets right after that one's unit."""
    for i in range(len(found) - 2, -1, -1):
        first, second = found[i], found[i + 1]
        if first.value is None or second.value is None:
            continue
        written = UNIT_AFTER.match(text, first.end)
        opening = _OPENS.match(text, written.end()) if written else None
        if opening is None or opening.end() != second.start:
            continue
        converted = UNIT_AFTER.match(text, second.end)
        if converted is None or not _CLOSES.match(text, converted.end()):
            continue
        ours, theirs = unit(written.group(1)), unit(converted.group(1))
        if ours and theirs and same_quantity(second.value, theirs, first.value, ours):
            del found[i + 1]


# Grouping (`converted_figures`): the units a US recipe or report writes that its translations
# convert (350 °F for 180 °C, 9 oz for 250 g, 1 cup for 240 ml), with a cup's words, which the
# checks do not read (a cup of flour is no measure of its mass).
CUSTOMARY = frozenset(
    unit
    for unit, (dimension, factor, offset) in UNITS.items()
    if offset
    or factor in {2.54, 30.48, 160934.4, 28.35, 453.592, 3785.4, 1.609344, 2589988.11, 4046.856}
)
CUPS: dict[str, tuple[str, float, float]] = {
    word: ("volume", 236.6, 0.0) for word in (
        "cup", "cups", "taza", "tazas", "tasse", "tasses", "tassen", "tazza", "tazze",
        "xícara", "xícaras", "стакан", "стакана", "стаканов", "カップ", "컵", "杯",
    )
}  # fmt: skip
CONVERTED_KEYS = 3  # figures of other documents a measure may stand for, the nearest
_MEASURE = pattern_cache.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)")
# Units too often another word after a figure to stand for a measure here (25 in the first
# half, 5 mi casa); the checks read them beside a converted figure only.
_AMBIGUOUS = frozenset({"in", "mi", '"', "″"})
# The customary units grouping reads, and the word or mark after a figure, to look them up
# (a CJK unit first: the kana that follow it are no part of it; in one order whatever the
# hash seed, so that the pattern is kept once: pattern_cache)
_SOURCES = frozenset(unit for unit in {*CUSTOMARY, *CUPS} if unit not in _AMBIGUOUS)
_AFTER_FIGURE = pattern_cache.compile(
    r"\d\s?-?(°\s?[fF]|℉|"
    + "|".join(sorted((u for u in _SOURCES if _WIDE.search(u)), key=lambda u: (-len(u), u)))
    + r"|\p{L}+)"
)


def measures(text: str) -> list[tuple[float, str, tuple[str, float, float]]]:
    """The figures of `text` written with a unit (`UNIT_AFTER`, or a cup): value, the unit
    as written (lower-cased, spaces and dots taken out) and its measure."""
    found = []
    for match in _MEASURE.finditer(text):
        written = UNIT_AFTER.match(text, match.end())
        if written is None:
            continue
        name = written.group(1).replace(" ", "").replace(".", "").lower()
        measure = UNITS.get(name) or CUPS.get(name)
        if measure is not None:
            found.append((float(match.group(1).replace(",", ".")), name, measure))
    return found


def _customary(text: str) -> bool:
    """Whether a figure of `text` is followed by a customary unit that grouping reads."""
    # (each word once, taken in one C loop: most texts write no such unit, and the words
    # after their figures repeat)
    words = set(_AFTER_FIGURE.findall(text))
    return any(word.replace(" ", "").lower() in _SOURCES for word in words)


def _key(value: float) -> str | None:
    """A figure's number key as grouping_features.number_keys writes it, None for a whole
    number up to 12 (no key)."""
    if value == int(value):
        return f"n:{int(value)}" if value > 12 else None
    return f"n:{value:g}"


def converted_figures(texts: Sequence[str], features: Sequence[frozenset[str]]) -> list[set[str]]:
    """Per document, the number keys of other documents' figures that one of its figures in
    customary units (CUSTOMARY, CUPS) states in another unit (`same_quantity`: 350 °F is the
    180 °C of another version, 9 oz its 250 g), the CONVERTED_KEYS nearest each, where the
    other document has that key among its `features`: a translation that converted its
    recipe's measures shares no figure with it otherwise. Empty where no document writes a
    customary unit (no text is read twice then); near-linear (the other units sorted)."""
    found: list[set[str]] = [set() for _ in texts]
    read = [measures(text) if _customary(text) else [] for text in texts]
    sources = [
        (i, value, measure)
        for i, these in enumerate(read)
        for value, name, measure in these
        if name in _SOURCES
    ]
    if not sources:
        return found
    others: dict[str, list[tuple[float, str, int]]] = {}
    for i, text in enumerate(texts):
        for value, name, measure in read[i] if read[i] else measures(text):
            key = _key(value)
            if name not in CUSTOMARY and name not in CUPS and key and key in features[i]:
                others.setdefault(measure[0], []).append((base(value, measure), key, i))
    for row in others.values():
        row.sort()
    for i, value, measure in sources:
        row = others.get(measure[0], [])
        x = base(value, measure)
        low = bisect_left(row, (x / (1 + CONVERTED_WITHIN), "", -1))
        high = bisect_right(row, (x / (1 - CONVERTED_WITHIN), "\uffff", len(texts)))
        near = sorted(_nearest(row, low, high, x, i))
        keys: list[str] = []
        for _, key in near:
            if key not in keys:
                keys.append(key)
        found[i].update(keys[:CONVERTED_KEYS])
    return found


def _nearest(
    row: Sequence[tuple[float, str, int]], low: int, high: int, x: float, i: int
) -> list[tuple[float, str]]:
    """(distance, key) of the figures of `row[low:high]` (sorted) not of document `i`, walked
    out from `x` on both sides, nearest first, one for each run of one figure and key, up to
    the distance where CONVERTED_KEYS keys are met, all of that distance included: what
    sorting them all gives first, less repeats (a thousand recipes at 350 °F among a thousand
    at 180 °C were each asked of every one: 5,000 documents took 2 s, final38)."""
    left = bisect_left(row, (x, "", -1), low, high) - 1
    right = left + 1
    taken: list[tuple[float, str]] = []
    keys: set[str] = set()
    reach = math.inf  # the distance of the CONVERTED_KEYS-th key, once met
    while left >= low or right < high:
        if right >= high or (left >= low and x - row[left][0] <= row[right][0] - x):
            y, key = row[left][:2]
            first = bisect_left(row, (y, key, -1), low, left + 1)
            end, left = left + 1, first - 1
        else:
            y, key = row[right][:2]
            first = right
            end = right = bisect_right(row, (y, key, math.inf), right, high)
        distance = abs(y - x)
        if distance > reach:
            break
        mine = bisect_right(row, (y, key, i), first, end) - bisect_left(
            row, (y, key, i), first, end
        )
        if end - first > mine:
            taken.append((distance, key))
            keys.add(key)
            if len(keys) >= CONVERTED_KEYS and reach == math.inf:
                reach = distance
    return taken
