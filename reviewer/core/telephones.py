"""Telephone numbers the number reader's national-0 and international-+ pattern does not read
(issue 15, review37), and what follows one: its extension.

- Russian numbers with their trunk 8 and the Soviet tail of two-digit pairs (8 800 555-35-35,
  8 (495) 123-45-67): the 8 is the 0 of other countries (`+7 800 555 35 35` abroad).
- North American numbers, which have no trunk 0: (555) 123-4567, 555-123-4567, 1-800-555-1234.
- Any other number a telephone word introduces (Tel. 912 345 678 in Spain, Tlf. 12 34 56 78 in
  Denmark): a country without a trunk 0 writes it as a figure; after the word it is a number
  to dial. Every key is the number dialled at home with a 0 before it, as `+34 912 345 678`
  abroad gives.
- An extension after a telephone number (ext. 123, x123, доб. 123, poste 123, Durchwahl 123,
  내선 123): one more key, `ext:123`, whatever the word; read alone, 123 was a figure that
  another version's x123 (glued to its letter) did not have.

And what is no telephone number: numbers drawn in a lottery, zero-padded two-digit groups
counting up (07 14 23 35 42), which `_telephone` read as one (`drawn`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import contains

from reviewer.core import pattern_cache

# Words that introduce a telephone number (case-insensitive, whole words; Tel Aviv is none).
_PHONE_WORDS = (
    r"tel(?!\s*aviv)|t[ée]l[ée]phone|phone|mobile|call|fax|hotline|appele[rz]|tél"
    r"|telefon\w*|tel[ée]fono|telefone|telefoon|tlf|llam[ea]\w*|chiam[ai]\w*|ligue\w*"
    r"|zadzwo\w*|телефон\w*|тел|звонит\w*|τηλ\w*|טל['׳]?|טלפון|هاتف|الهاتف|फ़ोन|फोन"
    r"|전화|โทร\w*|điện thoại|đt|telp|hubungi|numara\w*"
)
# ... and in Chinese and Japanese, which write them between other words with no space
# (请拨打客服热线400-820-1234, 拨打电话)
_HAN_PHONE_WORDS = "电话 電話 热线 熱線".split()
_PHONE_WORD = pattern_cache.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_PHONE_WORDS})(?![\p{{L}}])|" + "|".join(_HAN_PHONE_WORDS)
)
# What every match of `_PHONE_WORD` holds, lower-cased (substring tests first: most texts
# name no telephone, and a case-insensitive scan took 20 µs a sentence)
_SPACED_PHONE_HINTS = (
    "tel tél phone mobile call fax hotline appel tlf llam chiam ligue zadzwo тел звон τηλ טל"
    " هاتف फ़ोन फोन 전화 โทร điện đt hubungi numara"
).split()
_PHONE_WORD_HINTS = _HAN_PHONE_WORDS + _SPACED_PHONE_HINTS
# ... at a word's start (German Mittel, Titel, Hotel hold "tel"), in the lowered text; the Han
# words anywhere
_PHONE_WORD_START = re.compile(
    r"(?<!\w)(?:"
    + "|".join(map(re.escape, sorted(_SPACED_PHONE_HINTS, key=len)[::-1]))
    + ")|"
    + "|".join(_HAN_PHONE_WORDS)
)
# Where a number to dial may open: not inside a word or a figure; a letter of a script written
# without spaces may stand right before it (zh 请拨打客服热线400-820-1234)
_OPENS = r"(?<![\p{N}.,+/-]|(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}])\p{L})"
# A Russian number: +7 or the trunk 8, a code of three to five digits (in brackets or not),
# then the subscriber's digits ending in two pairs joined by hyphens.
_RUSSIAN = pattern_cache.compile(
    _OPENS + r"(?:\+7|8)[ -]?(?:\(\d{3,5}\)|\d{3,5})[ -]?\d{1,3}-\d{2}-\d{2}"
    r"(?![\p{N}]|[.,/-]\p{N})"
)
# A North American number: an optional 1 or +1, an area code of three digits in brackets or
# followed by a hyphen or a dot, three digits, a hyphen or a dot, four digits.
_NORTH_AMERICAN = pattern_cache.compile(
    _OPENS + r"(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?\d{3}[.-]|\d{3}([.-])\d{3}\1)\d{4}"
    r"(?![\p{N}]|[.,/-]\p{N})"
)
# A service line of eight digits, a 0 and three, then four (0800-0226, 0900 1234: the Dutch and
# Belgian free and paid lines), read without a telephone word: no date is written so, no
# quantity opens on a 0. Dutch "Bel gratis 0800-0226" (call free) was 800 and 226 where en's
# "Call 0800-0226" was one number to dial: three false majors (a power bank's recall, stop 44).
# Not a span of military hours (0800-1700: the second a later clock time, `_hours`), nor
# eight figures after another group of them (1234 0567 8901: an account, a card; review44).
_SERVICE = pattern_cache.compile(_OPENS + r"(?<!\p{N}\s)0\d{3}([ -])\d{4}(?![\p{N}]|[.,/ -]\p{N})")
# What every number read here holds: seven digits at least, a few marks between them at most
# (a plain scan, in number_reader before `more`: most texts with figures have none)
SEVEN_DIGITS = re.compile(r"[0-9](?:[ ().:/-]{0,3}[0-9]){6}")
# What every match of the two holds (a plain scan: most texts with figures have neither)
_TAIL_HINT = re.compile(r"[0-9]-[0-9]{2}-[0-9]{2}|[0-9]{3}[.-][0-9]{4}")
_LOCAL_DIGITS = (7, 13)  # a number after its word: a local number of seven digits at least
# Digit groups after a telephone word and a few characters ("Tel.: ", "call us on ")
_GROUPS = r"\(?\+?\d{1,5}\)?(?:[ .-]\(?\d{1,5}\)?){0,5}"
_AFTER_WORD = pattern_cache.compile(
    rf"(?P<between>[^\p{{N}}\n!?]{{0,12}}?)(?<![\p{{N}}])(?P<number>{_GROUPS})(?![\p{{N}}]|[.,/-]\p{{N}})"
)
# A figure in groups of thousands, and what stands between a telephone word and its number
# when one is read as a number to dial (Tel.: 912 345 678, llame al 912 345 678, call us on)
_THOUSANDS = pattern_cache.compile(r"\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*")
_PUNCTUATION = pattern_cache.compile(r"[\s.:：№#]*(?:\p{L}{1,3}\s){0,2}[\s.:：№#]*")
# An extension after a number: the word (or an x written onto the figure) and its digits
_EXTENSION_WORDS = (
    "ext extension доб добавочный добавочного poste durchwahl dw interno int wewn wewnętrzny"
    " numer_wewnętrzny dahili toestel tst ramal anexo 내선 内线 分机 分機 内線"
).split()
_EXTENSION = pattern_cache.compile(
    r"(?i)\s?[,(]?\s?(?:(?:"
    + pattern_cache.alternation(w.replace("_", " ") for w in _EXTENSION_WORDS)
    + r")\.?\s?|x\s?)(\d{1,6})(?![\p{N}])\)?"
)
_DRAWN_MOST = 99  # the largest number a lottery's ball carries (and a two-digit group)


def more(text: str, free) -> list[tuple[str, int, int]]:
    """The telephone numbers of `text` that the national-0 pattern leaves (see above), as
    (key, start, end), where `free(start, end)` (no mention there yet)."""
    found: list[tuple[str, int, int]] = []
    for match in _SERVICE.finditer(text):
        if not _hours(match.group()) and free(*match.span()):
            found.append(("tel:" + re.sub(r"\D", "", match.group()), *match.span()))
    for pattern in (_RUSSIAN, _NORTH_AMERICAN) if _TAIL_HINT.search(text) else ():
        for match in pattern.finditer(text):
            key = _key(match.group(), abroad=True)
            if key is not None and free(*match.span()):
                found.append((key, *match.span()))
    lowered = text.lower()
    if any(map(contains, repeat(lowered), _PHONE_WORD_HINTS)) and _PHONE_WORD_START.search(lowered):
        # the numbers read above by their starts and how far the first of them reach, and
        # those read here (apart, so their ends rise with their starts): asking each of them
        # for each number took 2.7 s on 100,000 characters of "Tel. 912 345 678" (final38)
        spans = sorted((s, e) for _, s, e in found)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))
        mine: tuple[list[int], list[int]] = ([], [])
        for word in _PHONE_WORD.finditer(text):
            match = _AFTER_WORD.match(text, word.end())
            if match is None:
                continue
            start, end = match.span("number")
            said = match.group("number")
            if not _LOCAL_DIGITS[0] <= len(re.sub(r"\D", "", said)) <= _LOCAL_DIGITS[1]:
                continue
            if said.count(" ") + said.count(".") + said.count("-") == 0 and len(said) < 8:
                continue
            if _THOUSANDS.fullmatch(said) and (
                said.endswith("000") or not _PUNCTUATION.fullmatch(match.group("between"))
            ):
                continue  # "phone users 1 234 567", "teléfono 2 000 000 de usuarios": figures
            before = bisect_left(starts, end)  # the numbers that start before this one ends
            if before and reach[before - 1] > start:
                continue
            before = bisect_left(mine[0], end)
            if before and mine[1][before - 1] > start or not free(start, end):
                continue
            key = _key(said)
            if key is not None:
                found.append((key, start, end))
                at = bisect_left(mine[0], start)
                mine[0].insert(at, start)
                mine[1].insert(at, end)
    return found


def _hours(said: str) -> bool:
    """Whether a `_SERVICE` match is two clock times of four digits on quarter hours (a span
    of opening hours: 0800-1700, 0930-1745), the second later. Any later time was a span:
    0900 1234, a paid line, was 900 and 1234 (review44)."""
    first, second = said[:4], said[5:]
    clock = all(
        int(t[:2]) < 24 and int(t[2:]) % 15 == 0 and int(t[2:]) < 60 for t in (first, second)
    )
    return clock and second > first


def _key(said: str, *, abroad: bool = False) -> str | None:
    """The `tel:` key of a number without the national 0 (see the module's docstring); one
    with its country's code (+7, +1) where `abroad`, else None for one."""
    digits = re.sub(r"\D", "", said)
    if said.startswith("+"):
        if not abroad:
            return None  # the national-0 pattern's, where it reads it
        digits = digits[1:]  # +7, +1
    if len(digits) == 11 and digits[0] in "18":  # the trunk 8 (Russia), 1 (North America)
        digits = digits[1:]
    return "tel:0" + digits.removeprefix("0")


def drawn(text: str, start: int, said: str) -> bool:
    """Whether a number the national-0 pattern found is a lottery's draw: five two-digit groups
    or more, counting up, with no telephone word before them (07 14 23 35 42; a French
    number 06 12 34 56 78 after "appelez le" stays one)."""
    groups = said.split()
    if len(groups) < 5 or any(len(g) != 2 or not g.isdigit() for g in groups):
        return False
    values = [int(g) for g in groups]
    if any(b <= a for a, b in zip(values, values[1:], strict=False)) or values[-1] > _DRAWN_MOST:
        return False
    return _PHONE_WORD.search(text, max(0, start - 30), start) is None


def extensions(text: str, phones: list[tuple[int, int]], free) -> list[tuple[str, int, int]]:
    """The extension written after each telephone number at (start, end), as (`ext:` key,
    start, end) of its digits."""
    found = []
    for _, end in phones:
        match = _EXTENSION.match(text, end)
        if match and free(*match.span(1)):
            found.append(("ext:" + match.group(1), *match.span(1)))
    return found
