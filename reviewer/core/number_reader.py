"""The number reader: every quantity, year, date, time and month in a sentence, in any script.

Translations rewrite words but keep quantities, so these are what the checks compare across
languages, what the aligner uses as anchors and what grouping indexes. One reader serves all
three. Each `Mention` carries a normalised `key` that is equal across languages for the same
thing (`5.000`, `5,000` and `5 000` all give `5000`; `20/5`, `20 Mei`, `20. Mai` and `May 20`
all give `d:20.5`; `12月26日` gives `d:26.12`). Digits of every supported script, Han and Thai
and Vietnamese numerals in words, spelt numbers (`number_words`), centuries and dotted hours
are read; conventions live in `data/numbers.toml` and `data/number_words.toml`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from itertools import chain, compress, pairwise, repeat
from operator import contains
from typing import TYPE_CHECKING, NamedTuple

from reviewer.core import (
    clock_words,
    data_files,
    korean_counts,
    pattern_cache,
    spoken_halves,
    telephones,
    temperatures,
    unit_conversions,
)
from reviewer.core.mention import NEW, Mention
from reviewer.core.number_words import _NOT_LATIN, spelt_numbers

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
    import regex


class _NumberRules(NamedTuple):
    decimal: str
    scales: dict[str, float]
    percent: tuple[str, ...]
    words: dict[str, int | float]
    months: dict[str, int]  # every spelling -> month number
    ambiguous_months: frozenset[str]
    month_prefixes: tuple[str, ...]
    month_prefix_res: tuple[regex.Pattern[str], ...]
    slash_order: str
    era_offset: int
    scale_re: regex.Pattern[str]
    percent_re: regex.Pattern[str]
    words_re: regex.Pattern[str] | None
    month_re: regex.Pattern[str] | None
    day_before_re: regex.Pattern[str]
    year_after_re: regex.Pattern[str]
    # What a text must hold for `month_re` and `words_re` to match in it (`_may_match`)
    month_hints: tuple[tuple[str, ...], str]
    words_hints: tuple[tuple[str, ...], str]
    month_reach: int = 0  # the longest clitic: how far before its word a month's match begins
    halves: tuple[tuple[str, float], ...] = ()  # `words` that are no whole number (hi ढाई)


# Characters that `regex`'s IGNORECASE matches to a lower-case letter of the word lists where
# `str.lower` does not give that letter: İ lowers to two characters, ſ stays ſ, Σ lowers to ς
# at the end of a word, the Turkish dotless ı matches I. tests/test_number_reader.py finds them
# again on every code point for every letter of the lists.
_LOWER_MISSES = {
    "i": "\u0130", "s": "\u017f", "\u0131": "I", "\u0390": "\u1fd3", "\u03b2": "\u03d0",
    "\u03b5": "\u03f5", "\u03b9": "\u0345\u1fbe", "\u03ba": "\u03f0", "\u03bc": "\u00b5",
    "\u03c0": "\u03d6", "\u03c1": "\u03f1", "\u03c2": "\u03a3\u03c3", "\u03c3": "\u03a3\u03c2",
    "\u03c6": "\u03d5", "\u0432": "\u1c80", "\u0434": "\u1c81", "\u043e": "\u1c82",
    "\u0441": "\u1c83", "\u0442": "\u1c84\u1c85",
}  # fmt: skip


def _hints(words: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """What a text must hold for an alternation of `words` (lower case, `_alternation`) to
    match in it, case-insensitively: one of the pieces (each word's first space-separated
    part) in the lower-cased text, or else a character that lowers to none of the letters it
    matches (`_LOWER_MISSES`)."""
    pieces = sorted({w.split(" ")[0] for w in words}, key=lambda w: (len(w), w))
    misses = {c for piece in pieces for letter in piece for c in _LOWER_MISSES.get(letter, "")}
    # A piece that begins with a shorter one (juli: jul) is found wherever that one is: not
    # tested. Only a prefix: `_matches` looks for a match where a piece begins, and восемь
    # holds семь but does not begin with it (the scan found it; the hints did not). Each
    # piece's own prefixes looked up, not every shorter piece tried (a word list's hundreds
    # of pieces made that quadratic: 60 % of a language's number rules at start-up).
    known = set(pieces)
    tested = [p for p in pieces if not any(p[:k] in known for k in range(len(p)))]
    return tuple(tested), "".join(sorted(misses))


def _may_match(text: str, lowered: str, hints: tuple[tuple[str, ...], str]) -> bool:
    """False where an alternation with these `_hints` cannot match in `text` (lowered):
    a few substring tests instead of a `regex` scan (which tries every position)."""
    pieces, misses = hints  # (`map` over `contains`: no generator to step through)
    return any(map(contains, repeat(text), misses)) or any(map(contains, repeat(lowered), pieces))


def _matches(
    pattern: regex.Pattern[str],
    text: str,
    lowered: str,
    hints: tuple[tuple[str, ...], str],
    reach: int = 0,
) -> Iterable[regex.Match[str]]:
    """`pattern.finditer(text)` for an alternation with these `_hints` (that `_may_match` let
    through), tried only where a match may begin: each character of a match lowers to its
    letter unless it is a miss, so without one, and where lowering kept every offset, a
    match's word begins with a piece in the lowered text, at most `reach` characters (a
    clitic) after the match begins. A `regex` scan tries every position, several hundred
    instructions each; a sentence holds a piece at a few."""
    pieces, misses = hints
    if len(lowered) != len(text) or any(map(contains, repeat(text), misses)):
        yield from pattern.finditer(text)
        return
    starts = set()
    # (a C test each: most are not there)
    for piece in compress(pieces, map(contains, repeat(lowered), pieces)):
        at = lowered.find(piece)
        while at >= 0:
            starts.update(range(max(0, at - reach), at + 1))
            at = lowered.find(piece, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


def _key(table: Mapping[str, object], word: str) -> str:
    """The key of a word list that `word`, a case-insensitive match of its alternation,
    stands for: `word.lower()` where that is a key, else the key whose pattern matches it the
    way the alternation did (`KASIM` lowers to `kasim`, the list has `kasım`: `_LOWER_MISSES`)."""
    lowered = word.lower()
    if lowered in table:
        return lowered
    for key in table:
        if pattern_cache.fullmatch(_alternation((key,)), word, pattern_cache.IGNORECASE):
            return key
    raise KeyError(word)


def _alternation(words: Iterable[str]) -> str:
    """`pattern_cache.alternation`, a space matching any run of white space (`nghìn  tỷ`)."""
    return pattern_cache.alternation(words).replace(r"\ ", r"\s+")


@cache
def _number_data() -> dict:
    return data_files.load("numbers.toml")


@cache
def _clock_things(lang: str) -> regex.Pattern[str] | None:
    """What after a round-the-clock word (en around the clock, ar على مدار الساعة) makes its
    clock a thing or its hour one: `clock_things` of numbers.toml, as a pattern."""
    data = _number_data()
    things = (data.get(data["aliases"].get(lang, lang)) or data["en"]).get("clock_things")
    if not things:
        return None
    return pattern_cache.compile(
        rf"[\s-]+(?:{_alternation(things)})(?![\p{{L}}\p{{M}}])", pattern_cache.IGNORECASE
    )


@cache
def _no_count_words(lang: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The words before and after a one in words that make it no count: `one_not_after`
    and `one_not_before` of numbers.toml, as patterns (the end of the text before, and the
    start of the text after)."""
    data = _number_data()
    table = data.get(data["aliases"].get(lang, lang)) or data["en"]
    after, before = table.get("one_not_after"), table.get("one_not_before")
    flags = pattern_cache.IGNORECASE
    return (
        after
        and pattern_cache.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(after)})\s+$", flags),
        before
        and pattern_cache.compile(rf"\s+(?:{_alternation(before)})(?![\p{{L}}\p{{M}}])", flags),
    )


def _no_count(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the one in words at `start`:`end` is an idiom's, no count (`_no_count_words`):
    Arabic واحد says "each one", "at once" and "one of" as often as "one metre" (review41:
    read as one everywhere, كل واحد من البوابات hid a 1 metre changed to مترين)."""
    after, before = _no_count_words(lang)
    return bool(
        (after and after.search(text, max(0, start - 24), start))
        or (before and before.match(text, end))
    )


def _nfc(word: str) -> str:
    # Documents are NFC (loading.py); so must the word lists be (Hindi nukta letters are not).
    return unicodedata.normalize("NFC", word).lower()


@cache
def _number_rules(lang: str) -> _NumberRules:
    data = _number_data()
    lang = data["aliases"].get(lang, lang)
    table = data.get(lang) or data["en"]
    scales = {_nfc(k): float(v) for k, v in table["scales"].items()}
    months: dict[str, int] = {}
    for number, spellings in enumerate(table.get("months", []), start=1):
        for spelling in spellings:
            months[_nfc(spelling)] = number
    # Word boundaries, unless the script writes words without spaces (Thai).
    spaced = table.get("spaced", True)
    before = r"(?<![\p{L}\p{M}])" if spaced else ""
    after = r"(?![\p{L}\p{M}])" if spaced else ""
    clitics = table.get("clitics", [])
    clitic = f"(?:{_alternation(clitics)})?" if clitics else ""
    # A scale word ends at a word boundary, optionally with an abbreviation dot (Mrd., Mio.),
    # which a word of five letters or more is not ("1.5 trillion." took the sentence's stop,
    # and a finding quoted "en has 1.5 trillion.", stop 38).
    scale_re = pattern_cache.compile(
        rf"\s?({_alternation(scales) or '(?!)'})(?:(?<!\p{{L}}{{5}})\.)?{after}",
        pattern_cache.IGNORECASE,
    )
    percent_words = tuple(_nfc(p) for p in table["percent"])
    others = [p for p in percent_words if p != "%"]
    percent_re = pattern_cache.compile(
        rf"\s?(?:%{f'|(?:{_alternation(others)}){after}' if others else ''})",
        pattern_cache.IGNORECASE,
    )
    # whole numbers as int; a half (hi डेढ़, ढाई: 1.5, 2.5) as written
    words = {
        _nfc(k): int(v) if float(v).is_integer() else v for k, v in table.get("words", {}).items()
    }
    words_re = (
        pattern_cache.compile(rf"{before}({_alternation(words)}){after}", pattern_cache.IGNORECASE)
        if words
        else None
    )
    month_re = (
        pattern_cache.compile(
            rf"{before}{clitic}({_alternation(months)})(\.)?{table.get('suffixes', '')}{after}",
            pattern_cache.IGNORECASE,
        )
        if months
        else None
    )
    # What may stand between a day and its month, and a month and its year: an ordinal mark
    # (20. Mai, 1er mai, 1st May) and link words ("26 de diciembre de 2024").
    links = table.get("links", [])
    link = rf"(?:\s+(?:{_alternation(links)}))?" if links else ""
    day_before_re = pattern_cache.compile(
        rf"(?<![\p{{N}}.,])(\d{{1,2}})(?:\.|er|st|nd|rd|th|º|°)?{link}\s+$",
        pattern_cache.IGNORECASE,
    )
    year_after_re = pattern_cache.compile(rf",?{link}\s+(\d{{4}})(?!\d)", pattern_cache.IGNORECASE)
    return _NumberRules(
        decimal=table["decimal"],
        scales=scales,
        percent=percent_words,
        words=words,
        months=months,
        ambiguous_months=frozenset(_nfc(m) for m in table.get("ambiguous_months", [])),
        month_prefixes=tuple(table.get("month_prefixes", [])),
        month_prefix_res=tuple(
            pattern_cache.compile(
                rf"(?<!\p{{L}}){pattern_cache.escape(p)}\s+(\d{{1,2}})(?![\p{{N}}])",
                pattern_cache.IGNORECASE,
            )
            for p in table.get("month_prefixes", [])
        ),
        slash_order=table.get("slash_order", "dm"),
        era_offset=int(table.get("era_offset", 0)),
        scale_re=scale_re,
        percent_re=percent_re,
        words_re=words_re,
        month_re=month_re,
        day_before_re=day_before_re,
        year_after_re=year_after_re,
        month_hints=_hints(months),
        words_hints=_hints(words),
        month_reach=max(map(len, clitics), default=0),
        halves=tuple((w, float(v)) for w, v in words.items() if not float(v).is_integer()),
    )


@cache
def month_words(lang: str) -> frozenset[str]:
    """Every spelling of a month in `lang`, lower case ("марта", "julio")."""
    return frozenset(_number_rules(lang).months)


@cache
def month_and_scale_words(lang: str) -> frozenset[str]:
    """The words a capitalised month or scale takes in `lang` ("Mai", "Milliarden"): no names."""
    rules = _number_rules(lang)
    return frozenset(rules.months) | frozenset(rules.scales)


def _digit_table() -> dict[int, str]:
    """Digits and number signs of other scripts -> ASCII, one character for one (offsets stay):
    full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao and Myanmar digits, the
    Arabic decimal and thousands signs, full-width and Arabic percent signs."""
    table = {}
    for zero in (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040):
        for i in range(10):
            table[zero + i] = chr(ord("0") + i)
    table.update({0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0x066A: "%", 0xFF05: "%"})
    return table


_DIGITS = _digit_table()
# Plain characters, no property: `re` finds them several times faster than `regex`.
_OTHER_DIGITS = pattern_cache.compile_re("[" + re.escape("".join(chr(c) for c in _DIGITS)) + "]")

# A number not glued to a word of a spaced alphabet before it (G20, COVID-19, Su-57 and 코로나19
# are names, not quantities), but for the Indonesian and Malay ordinal `ke-` (menit ke-12),
# the rupiah's, rupee's and ringgit's letters (an Indonesian temple's Rp75.000 and en's
# Rp75,000 were read as nothing: three false majors and the wrong pivot, stop 35) and the
# Korean ordinal 제 at a word's start (제3호, No. 3).
# Scripts without spaces between words, and Arabic and Hebrew, whose conjunctions and
# prepositions are written onto the next word (و2006, ב-2006), may touch a number (but see
# `_ABJAD_WORD`). Digit
# groups: Indian lakh grouping (1,50,000), groups of three after one separator (1.234.567,
# 5 000 with any space, Swiss 1'500.50: CHF 1'500.50 was 1 and 500.5, stop 37), or plain
# digits with an optional fraction.
_GLUED = r"\p{Latin}\p{Cyrillic}\p{Greek}\p{Hangul}\p{Armenian}\p{Georgian}"
# An Arabic or Hebrew word of four letters or more before a hyphen names the figure after it
# (אוריון-1, a satellite; he "Orion-1" was read as 1 and the other versions' Orion-1 not: 15
# infos "he has 1" through he, stop 42); a one- to three-letter prefix before it is a
# preposition or conjunction (ב-2006, וב-12: "in 2006", "and by 12") and the figure is read,
# as after four of them (וכשה-12, "and when the 12").
_ABJAD_WORD = r"[\p{Arabic}\p{Hebrew}]{4}(?<!(?<!\p{L})[הובלמשכ]+)"
# Han and kana before a hyphen name the figure after it too (猎户座-1, the satellite Orion-1:
# "zh has 1" against every version's Orion-1 through zh, stop 42); written onto them without
# a hyphen, a figure is a quantity (292公里).
_NAMED_BY_HYPHEN = r"\p{Han}\p{Katakana}\p{Hiragana}\p{Devanagari}\p{Thai}"
# A currency's letters written onto the figure (Rp75.000, Rs500, RM20), or the Korean ordinal
# prefix (제3호 태풍, typhoon No. 3; 제5차, the 5th: read as nothing, stop 40).
_READ_AFTER = r"(?<!\p{L})(?:Rp|Rs|RM|제)"
_NUMBER = pattern_cache.compile(
    rf"(?:(?<![{_GLUED}\p{{N}}])(?:(?<![{_GLUED}{_NAMED_BY_HYPHEN}]-|{_ABJAD_WORD}-)"
    r"|(?<=(?<!\p{L})[Kk]e-))"
    rf"|(?<={_READ_AFTER}))"
    r"(?<![.,]\d*)"
    r"(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{1,3}(?:([.,\u00a0\u202f\u2009 '’])\d{3}(?!\d))(?:\2\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
# Where `_NUMBER` reads no figure because the letters before it name it (Falcon-9, G20,
# אוריון-1, 猎户座-1): the checks excuse such a figure another version glues to the same name
# (`checks_numbers._not_named`); one rule for both, so that they cannot drift apart.
NAME_BEFORE_FIGURE = (
    rf"(?:(?<=[{_GLUED}]-?)|(?<=[{_NAMED_BY_HYPHEN}]-)|(?<={_ABJAD_WORD}-))"
    rf"(?<!(?<!\p{{L}})[Kk]e-|{_READ_AFTER})"
)
# 20/5, 20/5/2024, 7/2023, 20.05.2024, 20.5.
_SLASH_DATE = pattern_cache.compile(
    r"(?<![\p{L}\p{N}/.])(\d{1,2})([/.])(\d{1,2}|\d{4})(?:\2(\d{4}|\d{2}))?(?![\p{N}/])"
)
# A date of figures joined by hyphens: day, month and a four-digit year (12-03-2024, the Dutch
# form and a common one elsewhere) or ISO 8601 (2024-03-12). Without the year, figures joined
# by a hyphen are a range or a score (12-15, 3-1) and stay numbers.
_DASH_DATE = pattern_cache.compile(
    r"(?<![\p{L}\p{N}-])(?:(\d{1,2})-(\d{1,2})-(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\p{N}-])"
)
_IT_TENS = {
    "vent": 20, "trent": 30, "quarant": 40, "cinquant": 50,
    "sessant": 60, "settant": 70, "ottant": 80, "novant": 90, "cent": 100,
}  # fmt: skip
_IT_ELIDED_TENS = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}])({'|'.join(_IT_TENS)})['’](?=\p{{L}})", pattern_cache.IGNORECASE
)
# A version or an address: three dotted groups of digits or more (2.4.1, 10.15.7, 192.168.1.1)
# that are no dotted date (12.03.2024, 2.4.24) nor thousands (1.250.000). Read whole, as
# written: "2.4.1" was read as 2.4, or in German and French as the date 2 April, and 2.4.0
# against 2.4.1 said nothing.
# Atomic: a long run of dotted digits that ends in a longer group must fail in linear time.
_VERSION = pattern_cache.compile(
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\p{N}.,])(?>\d{1,4}(?:\.\d{1,4}){2,})(?![.,]?\p{N})"
)
# A telephone number: a national 0 or an international + (or 00), then groups of digits joined
# by one kind of separator (spaces, hyphens or slashes), nine to fifteen digits in all:
# 04-8542317, 04 85 42 317, 030 1234 5678, 030/1234567, +33 1 42 68 53 00, +49 (0)30 1234
# 5678; or an area code and a hyphen, then groups spaced (08-123 456 78 in Sweden, 020-123 45
# 67 in the Netherlands, 0755-8888 6666 in China). Read whole, by its digits: the French
# grouping by twos read as 4, 85 and 42,317 against 4 and 8,542,317 (a hospital notice,
# stop 37). Eight digits or fewer may be a date (01-15-2024); a hyphen and a space mixed
# otherwise are a date and a time (01-01-2024 10); a lone 0 opens one only before three digits
# (0 800 …, not a scale's 0 10 20 30 40 50); never inside a figure's groups (125 000 000 000).
_PHONE = pattern_cache.compile(
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\p{N}.,+/-])(?<!\p{N}[ /-])"
    r"(?:\+\d{1,3}(?:\s?\(0\)\s?\d{1,4})?|\(?0\d{1,4}\)?|0(?=[ -]\d{3}))"
    r"(?:(?<=\d\)?)-\d{1,8}(?: \d{1,8}){1,4}|(?P<sep>[ /-])\d{1,8}(?:(?P=sep)\d{1,8}){0,4})"
    r"(?![.,]?\p{N}|[/-]\p{N})"
)
_PHONE_DIGITS = (9, 15)
# What every match of `_PHONE` holds: a + and a digit, or a 0 that no digit comes before, its
# digits, a separator, a digit. Written to begin with a character (the look-behind after the
# 0: "(?<![0-9])\(?0" asked it of every position), so that `re` skips to a + or a 0: 8 to 20
# times faster, the same texts (tests/test_number_reader.py compares the two).
_PHONE_HINT = pattern_cache.compile_re(r"\+[0-9]|0(?<![0-9]0)[0-9]{0,4}\)?[ /-][0-9]")
# A country's calling code after + (E.164 codes are prefix-free): 1 and 7 alone, these of two
# digits, the others of three. What follows is the number as the country writes it at home,
# after its trunk 0: +33 1 42 68 53 00 is 01 42 68 53 00, +39 06 6988 3145 is 06 6988 3145.
_CALLING_CODES_2 = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split()
)


def _telephone(said: str) -> str | None:
    """The `tel:` key of a telephone number as `_PHONE` found it: its digits as the country
    dials them at home (0 and the number after the country's code: an English notice's +972 4
    854 2317 is the Hebrew one's 04-8542317), or None where it is no telephone number: a
    figure with a sign (+125 000 000, a French budget's change), a scale or a list that counts
    on by one step (0 100 200 300, +12 14 16 18 20)."""
    groups = re.findall(r"\d+", said.replace("(0)", " "))
    digits = "".join(groups)
    if not _PHONE_DIGITS[0] <= len(digits) <= _PHONE_DIGITS[1]:
        return None
    values = [int(g) for g in groups]
    steps = {b - a for a, b in pairwise(values)}
    scale = len(values) >= 4 and len(steps) == 1 and steps.pop() > 0
    if scale and said.startswith(("0 ", "+")):  # (not 01 23 45 67 89, a number)
        return None
    if said.startswith("+") and all(len(g) == 3 for g in groups[1:]) and groups[-1] == "000":
        return None
    if not said.startswith(("+", "00")):
        return "tel:" + digits
    digits = digits.removeprefix("00")
    code = 1 if digits[0] in "17" else 2 if digits[:2] in _CALLING_CODES_2 else 3
    digits = digits[code:]
    return "tel:0" + digits.removeprefix("0") if digits else None


# Clock times; a dot counts only with a leading zero (03.40) or a time word after it, or one
# before it (pukul 14.30 WIB, alle 14.30, saat 14.30'da, o godz. 14.30: Indonesian, Italian,
# Turkish and Polish write the hour with a dot; "14.30" was read as the decimal 14.3), and
# British English's 5.30 pm or 4.17 a.m. (review30: the decimal 4.17 against fr 04h17).
_TIME = pattern_cache.compile(
    r"(?<![\p{N}.,:])([01]?\d|2[0-3])([:.])([0-5]\d)(?![\p{N}]|[.,:]\d)"
    r"(\s?(?:Uhr|uur|h\b|น\.|ч\.|saat|WIB|WITA|WIT\b|[aApP]\.?\s?[mM](?![\p{L}\p{N}])\.?))?"
)
# An hour and its minutes joined by an h (French 04h17, 18 h 30; Vietnamese 17h30): 04h17
# was read as 4 alone, and the minutes a version on a colon clock writes (04:17) were "not
# found". Minutes :00 are read as the hour alone, as in `_TIME`.
_H_TIME = pattern_cache.compile(
    r"(?<![\p{L}\p{N}.,:])([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?![\p{L}\p{N}])"
)
# What every match of `_H_TIME` holds: h, a white space or none, a figure 0-5 (`re`'s \s is
# `str.isspace`, `regex`'s that less four controls: every match of the one is found by the
# other). `re` skips to each h where `_H_TIME` tries every position (most text with figures has
# an h; next to no text an "8h30").
_H_TIME_HINT = pattern_cache.compile_re(r"h\s?[0-5]")
# What stands before a release, not a time, in a language with decimal commas: a capitalised
# word (Python 3.10, Android 14.1) or the word for version (Version 3.10, версии 3.10); or
# before a clause's number (pl "pkt 3.10 umowy", fr "l'article 3.10", ru "пункту 3.10": 3 and
# 10 against en's "section 3.10", false majors, review34).
# A capitalised word of two letters or a capitalised preposition opens a sentence (pl "O 16.30",
# de "Um 16.30", ru "В 16.30", nl "Vanaf 8.15" were the decimals the lowercase "o 16.30" no
# longer is, review34); a name with capitals inside (macOS, iOS) names a release as Python does.
_NAMED_BEFORE = pattern_cache.compile(
    r"(?:(?<!\p{L})(?=\p{L}*\p{Lu})(?!(?:Bis|Von|Gegen|Seit|Nach|Vor|Zwischen|Około|Koło"
    r"|Przed|Między|Vanaf|Rond|Tot|Van|Tegen|Tussen|Voor|Vers|Dès|Après|Avant|Depuis|Entre"
    r"|Desde|Hasta|Hacia|Sobre|Dalle|Dopo|Verso|Entro|Fino|Tra|Fra|Até|Após|Pelas|Около|После"
    r"|Между|Перед|Після|Близько|Між|Από|Στις|Μετά|Μέχρι|Lúc|Sau|Đến|Sejak|Hingga|Sampai"
    r"|Mulai)\s?$)(?:\p{L}{3,}|\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*)"
    r"|\b(?:[vV]ersi\w*|[vV]ersão|[wW]ersj\w*|верси\w*|sürüm\w*|έκδοσ\w*|phiên bản"
    r"|pkt\.?|punkt\w*|ust\.|art\.|artyku\w*|rozdzia\w*|paragra\w*"
    r"|article|section|chapitre|point|apartado|art[íi]culo|secci[óo]n|cap[íi]tulo|punto"
    r"|articolo|sezione|capitolo|artigo|se[cç]ção|seção|пункт\w*|п\.|раздел\w*|стать\w*"
    r"|глав\w*|madde\w*|bölüm\w*|artikel|afdeling|hoofdstuk|lid)|§)\s?$"
)
# What follows an amount, not a time, written with a dot where the language puts a comma (a
# Swiss "4.50 Franken", fr "12.30 euros", pl "3.30 zł", de "10.45 Sekunden": 4 and 50 against
# en's 4.50, false majors, review34); or before it, a price in a country that writes a decimal
# point (Mexican "$12.50 pesos": 12 and 50 against en's 12.5, stop 37); the real in small
# letters (a las 20.45 Real Sociedad: a club, and a clock, review37)
_AMOUNT_AFTER = pattern_cache.compile(
    r"\s?(?:[€$£₺₽]|zł|złot\w*|[eE]uro(?:s|n)?\b|EUR|CHF|Fr\.|Franken|francs?\b|franchi"
    r"|PLN|USD|[dD]olar\w*|[pP]esos?\b|MXN|ARS|COP|CLP|reais\b|real\b|BRL"
    r"|[dD]ollar\w*|TL\b|lir\w*|руб\w*|долл\w*|евро|грн|гривен\w*|Kč|[kK]oron\w*"
    # (not Europa, metro, a Portuguese segunda-feira)
    r"|Sekunden?\b|secondes?\b|segundos?\b|seconds?\b|sekund\w*|секунд\w*|saniye\w*"
    r"|Meter[ns]?\b|m[eè]tr(?:os?|es?|i|y|ów|a)\b|метр\w*"
    # a unit's letter alone, not a word's (fr "16.30 l'équipe", pl "16.30 m.in.", review34)
    r"|(?:k?m|cm|mm|kg|g|l|s)(?![\p{L}\p{N}'’]|\.\p{L}))"
)
_TIME_BEFORE = pattern_cache.compile(
    r"\b(?:pukul|jam|alle|ore|saat|godz\.|godzinie)\s*$", pattern_cache.IGNORECASE
)
_CURRENCY_PREFIX = pattern_cache.compile(r"(?:US\$|\$|€|£|¥|₫|₩|฿|₹|₺|₽|₪|R\$)\s?$")
# A sign that every match of `_CURRENCY_PREFIX` holds: without one in the text, no number
# looks for it (most texts)
_CURRENCY_SIGN = pattern_cache.compile_re("[$€£¥₫₩฿₹₺₽₪]")
# A clause's number of two levels, with its full stop, opening a sentence or a line (three
# levels and more are `_VERSION`'s): grouping reads a paragraph's lines at once, where es, de
# and nl's "1.1." was 1 January and en's 1.1, and a terms of use's en version was left out of
# its group in a folder of twenty stories (stop 40)
_CLAUSE_LABEL = pattern_cache.compile(r"(?m)^[ \t]*(\d{1,3}\.\d{1,3})\.(?=\s)")
# A million or a thousand as the English press writes an amount after a currency sign
# (€12.5m, $300k: "€12.5" was a false major against 12,5 Millionen Euro, stop 39); after a
# figure alone, 5m is five metres.
_MONEY_SCALE = pattern_cache.compile(r"([mk])(?![\p{L}\p{M}\p{N}])")
_MONEY_SCALES = {"m": Decimal(10**6), "k": Decimal(1000)}
_YEAR = pattern_cache.compile(r"1\d{3}|20\d{2}")

# Chinese, Japanese and Korean: digits with characters. Sources: the numerals and the myriad
# units of the three languages (10^4 万/萬/만, 10^8 亿/億/억, 10^12 兆/조).
_HAN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_SMALL_UNITS |= {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_BIG_UNITS |= {"만": 10**4, "억": 10**8, "조": 10**12}
_HAN_NUMERAL = "[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億兆]"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
# A Han run (4.6万, 585亿, 2万5000, 三百, 二〇二四) or digits with Hangul units (1억 2천만, 5만),
# digits after a thousand too, as Korean news writes them (8천500, 3천500억: a made-up flood
# report, stop 36, read 8 and 3 and 500억, and its Korean version was left out of its group).
_KO_GROUP = rf"(?:{_ARABIC})(?:[십백천](?:\d{{1,3}}(?![\p{{N}}]))?){{0,3}}"
# After the Korean ordinal prefix 제 a figure is a number, not an amount: 제10조 is Article 10
# (a law's article), not 10 trillion (a false major "ko has 10조", review40).
# 만큼 after a figure is "as much as" (3분의 1만큼, by a third), not 10,000 (a made-up
# seagrass study read "ko has 1만", stop 43).
_CJK_AMOUNT = pattern_cache.compile(
    rf"(?<![\p{{N}}.,])(?<!(?<!\p{{L}})제)(?:{_KO_GROUP}(?:만(?!큼)|[억조])\s?)+(?:{_KO_GROUP})?"
    rf"|(?<![\p{{N}}.,])(?:{_ARABIC})(?:[십백천](?:\d{{1,3}}(?![\p{{N}}]))?){{1,3}}(?![\p{{N}}])"
    rf"|(?<![\p{{N}}.,])(?:{_ARABIC}|(?!百分之){_HAN_NUMERAL})+"
)
# Compiled once: these run for every cell of every group.
_HAN_PART = pattern_cache.compile(rf"{_ARABIC}|.")
_NON_DIGIT = pattern_cache.compile(r"\D")
_ANY_DIGIT = pattern_cache.compile(r"\d")
# the only `\d` of Latin-block text (tests/test_number_reader.py)
_ASCII_DIGIT = pattern_cache.compile_re("[0-9]")
# What every match of `_TIME` and of `_SLASH_DATE` holds: a digit, a separator, a digit.
_DIGIT_SEP_DIGIT = pattern_cache.compile(r"\d[:./]\d")
_ASCII_DIGIT_SEP_DIGIT = pattern_cache.compile_re("[0-9][:./][0-9]")
_DAY_BEFORE = pattern_cache.compile(r"(\d{1,2})\s+$")  # 20 tháng 5
_NEAR = 24  # characters: the most a day and its link words ("26 de ") take before a month
_DAY_AFTER = pattern_cache.compile(r"\s+(\d{1,2})(?![\p{N}.,]\d)(?!\d)")
_HAN_OR_HANGUL = pattern_cache.compile(r"[\p{Han}\p{Hangul}]")
# Cheap tests before those two (`re` scans plain ranges several times faster than `regex`
# scans properties): no Han or Hangul letter comes before U+1100, and every Thai letter is
# in the Thai block (tests check both on every code point). The first is written as the
# class of what is not below U+1100: `re` compiled the range up to U+10FFFF in 4 ms of each
# start (50 M instructions), this one in a few microseconds.
_PAST_U1100 = pattern_cache.compile_re("[^\x00-\u10ff]")
_THAI_BLOCK = pattern_cache.compile_re("[\u0e00-\u0e7f]")
_THAI = pattern_cache.compile(r"\p{Thai}")
_NOT_DIGITS = pattern_cache.compile(r"[^\d.,\s]")
_SPACES = pattern_cache.compile(r"\s+")
_WEEKDAY = pattern_cache.compile(r"(?:周|週|星期|礼拜|禮拜)$")
_ERA_YEAR = pattern_cache.compile(r"2[45]\d\d")
# A Latin letter written onto a figure makes it a code, no Buddhist-era year: a recall's
# production codes 2311A to 2402C were 1859 in Thai against 2402 in every other version (two
# false majors, a power bank's recall, stop 44).
_CODED = pattern_cache.compile(r"[A-Za-z]").match
# What every match of `_ROUND_THE_CLOCK` holds (a plain scan: a 7 is in most texts with digits)
_CLOCK_HINT = pattern_cache.compile_re(r"24\s?[/x×h]|7\s?j")
_ROUND_THE_CLOCK = pattern_cache.compile(
    r"(?<![\p{N}/.,])(?:(24)\s?[/x×]\s?(7)(?:\s?[/x×]\s?365)?|(24)\s?h\s?/\s?24|(7)\s?j\s?/\s?7)"
    r"(?![\p{N}/])"
)
# A day named by its date, month and day joined by a middle dot (6·25 전쟁, the Korean War;
# 5·18 민주화운동; 3·1절; 3・11の震災): the event's name, which other versions write in words
# ("the Korean War"), so soft figures; read as two counts they were false majors.
_EVENT_DATE = pattern_cache.compile(
    r"(?<![\p{N}.,·・])(1[0-2]|[1-9])[·・](3[01]|[12]\d|[1-9])(?![\p{N}.,·・])(?=\s?[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}])"
)
_VI_MONTHS = {
    "Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8,
    "Chín": 9, "Mười": 10, "Mười Một": 11, "Mười Hai": 12, "Chạp": 12,
}  # fmt: skip
_VI_MONTH = pattern_cache.compile(
    rf"(?<!\p{{L}})[Tt]háng ({'|'.join(sorted(_VI_MONTHS, key=len, reverse=True))})(?!\p{{L}})"
)
# What every match of `_SEASON` and of `_DECADE` holds (plain scans that spare most texts the
# `regex` ones)
_SEASON_HINT = pattern_cache.compile_re(r"\d\d[/–-]\d\d")
# What a decade holds: a 0 and what follows it, or a word (the words are substring tests, and
# the pattern skips to a 0: `re` tried the words at every a and d; tests/test_number_reader.py)
_DECADE_HINT = pattern_cache.compile_re(r"0(?:年代|년대|er|-[ехт]|['’]?s)")
_DECADE_WORDS = ("años", "anos", "anni", "années", "decennio")
_SEASON = pattern_cache.compile(r"(?<![\p{N}.,/-])((?:19|20)\d\d)[/–-](\d\d)(?![\p{N}/-])")
# A decade named with its century (zh 20世纪90年代, "the 90s of the 20th century"; ar تسعينيات
# القرن الماضي, "the nineties of the last century") or in Arabic words alone (التسعينيات): the
# 1990 that another version writes (1990s, 1990er-Jahre). The century was a number 20 or an
# unread century word `c:?` beside it: false majors against en "the 1990s" (a made-up
# seagrass study, stop 43). Source: the Arabic tens (عشرون ... تسعون) in their oblique form
# with the plural -يات, as Arabic news names decades.
_AR_DECADES = {
    "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "اربعين": 40, "خمسين": 50, "ستين": 60,
    "سبعين": 70, "ثمانين": 80, "تسعين": 90,
}  # fmt: skip
# ... and its century after القرن, in words (the ordinals, "the last" for the twentieth) or in
# figures (القرن 19, القرن الـ19): "تسعينيات القرن التاسع عشر", the nineties of the nineteenth
# century, was a soft 1990 (review43). A century it cannot read gives the decade no year.
_AR_CENTURIES = {
    "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15,
    "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19, "العشرين": 20,
    "الحادي والعشرين": 21, "الواحد والعشرين": 21, "الماضي": 20,
}  # fmt: skip
_AR_CENTURY_AFTER = pattern_cache.compile(r"\s(?:من\s)?القرن(?!\p{L})")
_CENTURY_DECADE = pattern_cache.compile(
    r"(?<![\p{N}.,])(1\d|2[01]|十[一二三四五六七八九]|二十一?)\s?(?:世纪|世紀|세기)\s?(\d0|[二三四五六七八九]十)\s?(?:年代|년대)"
    rf"|(?<!\p{{L}})(?:ال)?({'|'.join(_AR_DECADES)})يات"
    r"(?:\s(?:من\s)?القرن\s(?:("
    + "|".join(sorted(_AR_CENTURIES, key=len, reverse=True))
    + r")|(?:الـ?\s?)?(1\d|2[01])))?(?![\p{L}\p{N}])"
    # Hebrew, in figures: בשנות ה-90 ("in the nineties"), with its century (של המאה ה-19, the
    # 1890s) or the last (הקודמת, שעברה); not an age (בשנות ה-40 לחייה, "in her forties")
    r"|(?<!\p{L})[בלמו]?שנות\s+ה[-\u05be]?(\d0)"
    r"(?:\s+של\s+המאה\s+(?:ה[-\u05be]?(1\d|2[01])|(הקודמת|שעברה)))?(?![\p{L}\p{N}])(?!\s+לחיי)"
)
# A value somewhere in a decade (temperatures in the mid-30s, a man in his 40s): soft
# figures for the decade, its middle and the next (a translation writes "environ 35 degrés",
# "près de 40"); "mid-30s" was a decade 1930 and then a false major against fr 35.
_WITHIN_DECADE = pattern_cache.compile(
    r"(?i:(?<!\p{L})(?:early|mid|late|low|high|upper|lower|his|her|their)[-\s]"
    r"(([1-9])0['’]?s)(?!\p{L}))"
)
_DECADE = pattern_cache.compile(
    r"(?i:(?<!\p{L})(?:años|anos|anni|années|decennio)\s+['’]?(\d0)(?!\p{N}))"
    r"|(?i:(?<!\p{L})the\s+['’]?(\d0)['’]?s(?!\p{L}))"
    r"|(?<![\p{N}.,])(\d0)(?:年代|년대)"
    r"|(?<![\p{N}.,])(\d0)er(?:[- ]?Jahre\w*)?(?!\p{L})"
    r"|(?<![\p{N}.,])(\d0)-(?:е|х|ті|тих)(?!\p{L})"
)
# The first year of each Japanese era, and of the Republic of China's calendar (Taiwan).
_ERA_START = {
    "令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868, "民国": 1912, "民國": 1912
}  # fmt: skip
_ERA = pattern_cache.compile(
    rf"({'|'.join(_ERA_START)})\s?(元|\d{{1,3}}|[一二三四五六七八九十百]{{1,6}})\s?年"
)
_HAN_SMALL = "[一二三四五六七八九十]{1,3}"
# 12月26日, 12월 26일, 十二月; 26日 and 26일 alone are plain numbers.
_CJK_DATE = pattern_cache.compile(
    rf"(?<![\p{{N}}.,])(\d{{1,2}}|{_HAN_SMALL})\s?[月월](?:\s?(\d{{1,2}}|{_HAN_SMALL})\s?[日号號일])?"
)


# The first month of a range whose 月 (월) comes once, right before the second: 1至11月.
_CJK_MONTH_RANGE_START = pattern_cache.compile(
    r"(?<![\p{N}.,])(\d{1,2})\s?(?:至|到|~|～|〜|-|–|—)\s?$"
)
# Centuries: "15th century", "XVe siècle", "15. Jahrhundert", "τον 15ο αιώνα", "15世纪",
# "siglo XV", "thế kỷ 15", "המאה ה-15", "il Quattrocento" are one mention `c:15`, whatever
# the numeral; a century word whose number is in words ("vijftiende eeuw", "القرن الخامس
# عشر") is `c:?`, a century the reader could not read. Sources: the words for "century" in
# the supported languages and the Italian names of the centuries (Duecento ... Novecento).
# Chinese and Japanese write on before and after it (于12世纪中叶, 12世紀前半: in the mid-,
# early 12th century), Korean its particles (12세기에): a lone 12 there was "ja has 12, not in
# en" against en's 12th century (a museum label, stop 44).
_CENTURY_AFTER = (
    r"centur(?:y|ies)|siècles?|jahrhunderts?|jahrhunderten?|siglos?|séculos?|secol[oi]"
    r"|eeuw(?:en)?|wiek(?:u|ów|i|ach)?|век(?:а|е|ов|ах|ами|у)?|столітт(?:я|і|ям|ях)?"
    r"|сторіччя|yüzyıl\w*|asr\w*|αιώνα[ς]?|αιώνες|αιώνων|世纪|世紀|세기|शताब्दी|सदी"
)
_CENTURY_BEFORE = r"siglo|século|secolo|thế k[ỷỉ]|ศตวรรษ|abad|מאה|القرن|قرن"
_ROMAN_CENTURY = r"(?-i:[IVX]{1,5})"
_CENTURY = pattern_cache.compile(
    r"(?i)(?<!\p{N}|(?![\p{Han}\p{Hiragana}\p{Katakana}])\p{L})"
    r"(\d{1,2}|" + _ROMAN_CENTURY + r"|[一二三四五六七八九十]{1,3})"
    r"(?:st|nd|rd|th|e|er|ère|ème|è|º|ª|\.|ο|ος|ου|-?(?:й|го|м|ого|му|ї|ому)|वीं|वी|वें)?"
    r"\s?-?\s?(?:" + _CENTURY_AFTER + r")(?:(?<=世纪|世紀|세기)|(?!\p{L}))"
    r"|(?:" + _CENTURY_BEFORE + r")\s?(?:ke-?\s?|thứ\s?|ที่\s?|ה-?|ال)?"
    r"(\d{1,2}|" + _ROMAN_CENTURY + r")(?![\p{L}\p{N}])"
    # the Italian names after a word (il, nel, dell'): opening a sentence, "Seicento euro" is
    # six hundred euros (it was the 17th century, a false major against el Εξακόσια)
    r"|(?<=\p{L}['’]|\p{L}\s{1,3})(?-i:(Duecento|Trecento|Quattrocento|Cinquecento|Seicento"
    r"|Settecento|Ottocento|Novecento))(?!\p{L})"
)
_CENTURY_WORD = pattern_cache.compile(
    r"(?i)(?<!\p{L})(?:" + _CENTURY_AFTER + r")(?!\p{L})|(?:" + _CENTURY_BEFORE + r")(?!\p{L})"
)
# What every match of `_CENTURY` and `_CENTURY_WORD` holds in a language's own text, lower-cased,
# looked for with `in` before the patterns run (an IGNORECASE alternation of every language's
# words cost 13-18 µs a sentence, a sixth of the number reader); `cento` for the Italian names
# of the centuries, which other Latin-script languages borrow (the Quattrocento).
_CENTURY_HINTS = {
    "en": ("centur", "cento"), "fr": ("siècle", "cento"), "de": ("jahrhundert", "cento"),
    "es": ("siglo", "cento"), "pt": ("século", "cento"), "it": ("secol", "cento"),
    "nl": ("eeuw", "cento"), "pl": ("wiek", "cento"), "tr": ("yüzyıl", "asr", "cento"),
    "vi": ("thế k",), "id": ("abad",), "ru": ("век",), "uk": ("столітт", "сторіччя", "вік"),
    "el": ("αιών",), "zh": ("世纪",), "ja": ("世紀",), "ko": ("세기",), "hi": ("शताब्दी", "सदी"),
    "th": ("ศตวรรษ",), "he": ("מאה",), "ar": ("قرن",),
}  # fmt: skip
_EVERY_CENTURY_HINT = tuple(dict.fromkeys(h for hints in _CENTURY_HINTS.values() for h in hints))
_ITALIAN_CENTURIES = {
    "duecento": 13, "trecento": 14, "quattrocento": 15, "cinquecento": 16,
    "seicento": 17, "settecento": 18, "ottocento": 19, "novecento": 20,
}  # fmt: skip
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_AFTER_NAME_ROMAN = pattern_cache.compile(  # (a possessive after it too: Henry VIII's)
    r"(?<=\b\p{Lu}[\p{L}\p{M}'’-]+\s)(?:[IVX]{2,6}|V)(?![\p{L}\p{N}-])(?!['’](?!s(?!\p{L})))"
)
# ... and one opening the text before a capitalised word: pl "II Sąd Administracyjny" (the
# 2nd Administrative Court) was no 2 against de's "Das 2. Verwaltungsgericht" (a made-up
# ruling, stop 43)
_OPENING_ROMAN = pattern_cache.compile(r"^[IVX]{2,6}(?=\s+\p{Lu}\p{Ll})")
# Numerals that are words too, written in capitals in old texts: "Y VI un cielo nuevo" (and
# I saw a new heaven: vi, in the Reina-Valera Bible), Italian "vi" (there).
_ROMAN_WORDS = {"es": {"VI"}, "pt": {"VI"}, "it": {"VI"}}
_FIRST_WORD_BEFORE = pattern_cache.compile(r"(?:^|[.!?:;«\"“]\s*)[\p{L}\p{M}'’-]+\s$")


def _after_first_word(text: str, start: int) -> bool:
    """Whether the word before `start` opens its sentence (as "Después" in "Después VI")."""
    return _FIRST_WORD_BEFORE.search(text, max(0, start - 40), start) is not None


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral of I, V and X (a century: I to XXI), None if malformed."""
    total = 0
    for i, c in enumerate(numeral):
        value = _ROMAN_VALUES[c]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if numeral == _to_roman(total) else None


def _to_roman(value: int) -> str:
    out = ""
    for amount, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= amount:
            out, value = out + letters, value - amount
    return out


# An hour of the afternoon or evening on a 12-hour clock, read as the 24-hour hour that a
# version on a 24-hour clock writes (4 p.m., 오후 4시, 午後4時, 下午4点, 4 giờ chiều,
# บ่าย 4 โมง, 4 de la tarde, ٤ عصراً, शाम 4 बजे: 16). Thai counts the evening hours apart:
# 1 ทุ่ม is 19:00.
_AFTERNOON = pattern_cache.compile(
    r"(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s?(?:[pP]\.\s?[mM]\.|[pP]\.?[mM](?![\p{L}\p{N}]))"
    r"|(?:오후|午後|下午|晚上|傍晚)\s?(\d{1,2})\s?[시時点點时]"
    r"|(?<![\p{N}.,:])(\d{1,2})\s?giờ(?:\s?\d{1,2}(?:\s?phút)?)?\s(?:chiều|tối)"
    r"|บ่าย\s?(\d{1,2})\s?โมง"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:de la (?:tarde|noche)|da (?:tarde|noite)"
    r"|del pomeriggio|di sera)(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})\s?ทุ่ม"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:عصر|مساء|بعد الظهر)"
    r"|(?:शाम|दोपहर)\s(\d{1,2})(?:[:.][0-5]\d)?\s?(?:बजे|(?=से\s?\d{1,2}(?:[:.][0-5]\d)?\s?बजे))"
    # Greek μ.μ., and the European languages that name the part of the day after the hour
    # (3 Uhr nachmittags, 8 uur 's avonds, 3 heures de l'après-midi, 7 вечера, 3 po
    # południu, 3 אחר הצהריים) or before it (öğleden sonra 3). Russian and Ukrainian дня is
    # also "of days" (2 дня, two days): only after the word for hours. Russian 2 to 4 вечера
    # are also evenings (3 вечера в Париже): only after a preposition (в 3 вечера) or with
    # minutes. Hebrew בערב is not בערבית (in Arabic); Turkish öğleden sonra 2 saat is two
    # hours of the afternoon: only after saat or before an ending (öğleden sonra 3'te).
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s?μ\.\s?μ\."
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s?Uhr\s(?:nachmittags|abends)(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s?uur\s['’]s\s(?:middags|avonds)(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:\s?h|\sheures?)\s(?:de\sl['’]après-midi|du\ssoir)(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:час(?:а|ов)?\sдня|годин[иі]?\sдня"
    r"|(?:час(?:а|ов)?\s|годин[иі]?\s)(?:вечера|вечора)|вечора|(?<=(?:[:.][0-5]\d"
    r"|(?<!\p{N})(?:[15-9]|1[01])|(?<!\p{L})(?:в|во|до|к|с|со|после|около|от)\s\d{1,2})\s)вечера)"
    r"(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:po\społudniu|wieczorem)(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:אחר\sהצהריים|אחה[\"״]צ|בערב)(?!\p{L})"
    r"|[öÖ]ğleden\ssonra\s(?:saat\s(?=\d)|(?=\d{1,2}(?:[:.][0-5]\d)?['’]))(\d{1,2})(?!\p{N})"
    # Night and evening words, which also name the small hours (रात 2 बजे, 夜1時, 밤 2시, pukul
    # 2 malam: 2 a.m.): only from 6 (night) or 4 (evening) on. hi रात 10 बजे against 22 Uhr
    # was a false major (a Diwali fair's hours, stop 35); Indonesian sore is the afternoon.
    r"|(?:रात|夜|밤)\s?(\d{1,2})\s?(?:बजे|時|시)"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\smalam(?!\p{L})"
    r"|(?:저녁|夕方)\s?(\d{1,2})\s?(?:시|時)"
    r"|[aA]kşam\s(?:saat\s(?=\d)|(?=\d{1,2}(?:[:.][0-5]\d)?['’]))(\d{1,2})(?!\p{N})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\ssore(?!\p{L})"
    # Arabic "at noon" after an early hour: 1 ظهرًا is 13:00 (it stayed 1 against 13 Uhr, stop
    # 37); only up to 5 (`_EARLY_GROUPS`): 11 ظهرًا is late morning; with its alif (في
    # الدقيقة 4 ظهر اللاعب: 4 "appeared", was 16, review37)
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\sظهر(?:ًا|اً|ا)(?!\p{L})"
    # Greek says the part of the day after the hour with its article (στις 3 το απόγευμα, 8
    # το βράδυ; 3 was a false major against 下午3点 and 3 عصرا, stop 39)
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:το\s)?απόγευμα(?!\p{L})"
    r"|(?<![\p{N}.,:])(\d{1,2})(?:[:.][0-5]\d)?\s(?:το\s)?βράδυ(?!\p{L})"
)
# The groups of `_AFTERNOON` whose word also names the small hours, and the first hour each
# names in the evening.
_LATE_GROUPS = {17: 6, 18: 6, 19: 4, 20: 4, 24: 5}
# ... and those whose word names the afternoon only after the early hours, with the last hour
_EARLY_GROUPS = {22: 5}
# An hour and what joins it to the next one in a range (3 to 5 p.m., 3-5 Uhr nachmittags,
# с 2 до 4 вечера, between 3 and 5 pm), before an afternoon hour; French, Portuguese and
# Italian "at" only after "from" (de 3 à 5 h du soir, das 2 às 6 da tarde: not le mardi 3 à
# 8 heures du soir, no dia 3 às 5 da tarde, il 3 alle 5 del pomeriggio: a day)
_RANGE_START = pattern_cache.compile(
    r"(?<![\p{N}.,:])(\d{1,2})(?:[:.]00)?\s?(?:[-–—]|(?:to|till|until|and|bis|und|et|y|e|tot|en"
    r"|до|и|і|do|i|עד|ו|έως|ως|và|đến|sampai|hingga)(?!\p{L})|(?<=(?<!\p{L})(?:de|d['’]|das|dos"
    r"|desde|dalle|dai|dal|da|entre|tra|fra)\s?\d{1,2}(?:[:.]00)?\s?)(?:à|às|as|a|alle|ai)(?!\p{L}))\s?$"
)
_RANGE_END = pattern_cache.compile(
    r"\s?(?:(?:[-–—~〜～]|到|至|から|부터|ถึง|ile)\s?(\d{1,2})(?=\s?[시時点點时]|\s?โมง|['’\s])"
    r"|से\s?(\d{1,2})(?=(?:[:.][0-5]\d)?\s?बजे))"  # (शाम 4 बजे से 6 बजे तक)
)
_HAN_NUMERALS = frozenset("〇零一二两兩三四五六七八九十百千")
# The groups of `_AFTERNOON` that name the part of the day first
_PREFIX_GROUPS = frozenset({2, 4, 8, 16, 17, 19, 20})
# ... and those of them whose 12 is noon, the first hour of an afternoon range (下午12点到2点,
# दोपहर 12 बजे से 3 बजे: 3 was a false major against 15:00, stop 39), said with a word for
# the afternoon: 晚上12点到2点 and शाम 12 बजे are from midnight (2 was 14, review39)
_NOON_GROUPS = frozenset({2, 8})
_NOON_WORDS = ("오후", "午後", "下午", "दोपहर")
# Half past, in the scripts that say it with a word after the hour (午後3時半, 下午3点半,
# 3시 반): the 30 minutes a version on a clock writes (15:30).
# Chinese also after an hour in its numerals (十点半, 两点半), not in the sayings that write
# 一点 "a little" or 一时 "a moment" before a half: 一时半会儿, 一时半刻 "a short while", 一点半点
# "the least bit" (a lone 30, review35).
_HALF_PAST = pattern_cache.compile(
    r"(?<=(?P<digit>\d)\s?[時点點时])半"
    r"|(?<=[一二两三四五六七八九十]\s?[点點时時])半(?![会會刻晌点點信])"
    r"|(?<=(?P<digit>\d)\s?시)\s?반"
)
# What every match of `_AFTERNOON` holds in the languages that write a 12-hour clock,
# lower-cased (looked for with `in`, as above); the others write 16:00.
_AFTERNOON_HINTS = {
    "en": ("pm", "p."), "vi": ("chiều", "tối"), "es": ("tarde", "noche"),
    "pt": ("tarde", "noite"), "it": ("pomeriggio", "sera"), "ko": ("오후", "밤", "저녁"),
    "ja": ("午後", "夜", "夕方"), "zh": ("下午", "晚上", "傍晚"), "th": ("บ่าย", "ทุ่ม"),
    "id": ("pm", "p.", "malam", "sore"),
    "hi": ("pm", "p.", "शाम", "दोपहर", "रात"), "ar": ("عصر", "مساء", "ظهر"),
    "el": ("μ.μ", "μ. μ", "απόγευμα", "βράδυ", "pm", "p."),
    "de": ("nachmittags", "abends", "pm", "p."),
    "nl": ("middags", "avonds", "pm", "p."), "fr": ("après-midi", "soir", "pm", "p."),
    "ru": ("дня", "вечера", "pm", "p."), "uk": ("дня", "вечора", "pm", "p."),
    "pl": ("południu", "wieczorem", "pm", "p."),
    "he": ("אחר הצהריים", 'אחה"צ', "אחה״צ", "בערב", "pm", "p."),
    "tr": ("öğleden sonra", "akşam", "pm", "p."),
}  # fmt: skip
# Elsewhere, English p.m. is looked for too: an English sentence a version left untranslated
# ("until 11 pm" in a French version) was read by French rules, 11 against the pivot's 23.
_PM = ("pm", "p.m", "p. m")
_THAI_EVENING_GROUP = 6  # the group of `_AFTERNOON` that counts from 18:00


# Thai numerals in words, written without spaces like Han ones and composed the same way
# (สี่สิบสอง = 42, หนึ่งแสนสี่หมื่นสี่พัน = 144000); เอ็ด is one after ten, ยี่ two before it.
_THAI_DIGITS = {"หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_THAI_DIGITS |= {"หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_THAI_UNITS = {"สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10**4, "แสน": 10**5}
_HAN_DIGITS |= _THAI_DIGITS
_SMALL_UNITS |= _THAI_UNITS
_BIG_UNITS |= {"ล้าน": 10**6}
_THAI_WORD = "|".join(sorted([*_THAI_DIGITS, *_THAI_UNITS, "ล้าน"], key=len, reverse=True))
_THAI_WORD = _THAI_WORD.replace("พัน", "พัน(?!ธ)")  # พันธมิตร (ally), พันธุ์ (species)
_THAI_PART = pattern_cache.compile(_THAI_WORD)
# A lone Thai numeral word counts when a classifier follows it (เจ็ดองค์, สามประตู, สี่ทิศ), or
# ทั้ง "all" or the ordinal ที่ comes before it (ทั้งเจ็ด, ที่สาม); elsewhere it may be a syllable
# of another word (สามารถ "can", ห้าม "forbid").
_THAI_CLASSIFIERS = (
    "คน ตัว องค์ อัน ใบ ลูก เล่ม ชิ้น ครั้ง วัน ปี เดือน สัปดาห์ ชั่วโมง นาที ประการ ประตู ทิศ ข้อ"
    " แห่ง หลัง คัน ลำ ฉบับ ราย ประเทศ ด้าน ฝ่าย ส่วน กลุ่ม เท่า ชนิด อย่าง ตอน บท เมือง ฐาน เม็ด"
    " ชั้น ขั้น ระดับ รอบ เส้น แบบ เขา หัว เหลี่ยม ศอก เมตร กิโลเมตร เผ่า ตระกูล ดวง"
).split()
_THAI_COUNTED = pattern_cache.compile("|".join(sorted(_THAI_CLASSIFIERS, key=len, reverse=True)))
_THAI_NOT_NUMBER = ("สามารถ", "สามี", "สามัญ", "ห้าม", "เก้าอี้", "หกล้ม")


def _thai_counted(text: str, start: int, end: int, parts: list[str]) -> bool:
    """Whether a lone Thai numeral word (one of `parts`) counts something (see above)."""
    if len(parts) != 1 or parts[0] in ("หนึ่ง", "เอ็ด", "ยี่", "พัน", "หมื่น", "แสน"):
        return False
    if text.startswith(_THAI_NOT_NUMBER, start):
        return False
    if parts[0] == "ล้าน" and _DIGITS_BEFORE.search(text, max(0, start - 2), start):
        return False  # "3 ล้านคน": the scale of the figure before it (3,000,000), not a count
    before = text[max(0, start - 4) : start]
    return bool(_THAI_COUNTED.match(text, end)) or before.endswith(("ทั้ง", "ที่"))


_THAI_RUN = pattern_cache.compile(rf"(?:{_THAI_WORD})+")
_DIGITS_BEFORE = pattern_cache.compile(r"\d\s?$")


# Vietnamese numerals in words, spaced, composed like the Han ones (bốn mươi hai = 42, một
# trăm bốn mươi bốn nghìn = 144000). "năm" is five only before a unit (năm trăm) or after
# linh/lẻ; elsewhere it is "year" (ba mươi năm: thirty years). tư, mốt, lăm and nhăm are 4, 1,
# 5, 5 only after mươi/mười.
_VI_DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7}
_VI_DIGITS |= {"tám": 8, "chín": 9, "linh": 0, "lẻ": 0, "tư": 4, "mốt": 1, "lăm": 5, "nhăm": 5}
_VI_UNITS = {"mươi": 10, "mười": 10, "trăm": 100}
_VI_BIG = {"nghìn": 10**3, "ngàn": 10**3, "vạn": 10**4, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_VI_AFTER_TENS = frozenset({"tư", "mốt", "lăm", "nhăm"})
_HAN_DIGITS |= _VI_DIGITS
_SMALL_UNITS |= _VI_UNITS
_BIG_UNITS |= _VI_BIG
_VI_WORD = "|".join(sorted([*_VI_DIGITS, *_VI_UNITS, *_VI_BIG], key=len, reverse=True))
_VI_RUN = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_VI_WORD})(?:\s+(?:{_VI_WORD}))*(?![\p{{L}}\p{{M}}])",
    pattern_cache.IGNORECASE,
)


# "tư" is four only as an ordinal (thứ tư; đầu tư is "invest"); "năm" is five before a noun
# that is not one of "year"'s companions (năm phương, năm người; not năm nay, hai năm, năm 2024).
_VI_SOFT = pattern_cache.compile(
    r"(?<![\p{L}\p{M}])(thứ\s+)?(tư|năm)(?![\p{L}\p{M}])", pattern_cache.IGNORECASE
)
# What a text must hold where each may match (`_matches`: tried only there)
_VI_RUN_HINTS = _hints([*_VI_DIGITS, *_VI_UNITS, *_VI_BIG])
_VI_SOFT_HINTS = _hints(["thứ", "tư", "năm"])
_NON_SPACES = pattern_cache.compile(r"\S+")
_VI_BEFORE_YEAR = frozenset(
    "các những mỗi hằng hàng nhiều vài mấy bao cuối đầu giữa trong vào từ đến tới sang qua suốt"
    " cả cùng của nửa cách trước sau chục một hai ba bốn năm sáu bảy bẩy tám chín mười mươi"
    " lăm linh lẻ trăm ngàn nghìn vạn triệu tỷ tỉ".split()
)
_VI_AFTER_YEAR = frozenset(
    "nay ngoái qua sau trước tới học mới nào ấy đó này nầy kia rồi rưỡi tài thứ âm dương nhuận"
    " sinh tháng ngày đầu cuối xưa ánh tuổi".split()
)
_VI_WORD_BEFORE = pattern_cache.compile(r"([\p{L}\p{M}]+|\d+)\s+$")
_VI_WORD_AFTER = pattern_cache.compile(r"\s([\p{L}\p{M}]+)")


def _dotted_date(text: str) -> bool:
    """Whether three dotted groups of digits are a day, a month and a year of 2 or 4 digits."""
    parts = text.split(".")
    return (
        len(parts) == 3
        and len(parts[2]) in (2, 4)
        and 1 <= int(parts[0]) <= 31
        and 1 <= int(parts[1]) <= 12
    )


def _grouped(text: str) -> bool:
    """Whether dotted digits are a number in groups of thousands (1.250.000)."""
    return all(len(part) == 3 for part in text.split(".")[1:])


def _vi_counted(text: str, match: regex.Match[str]) -> bool:
    """Whether a lone "tư" or "năm" (`_VI_SOFT`) counts something here."""
    if match.group(1):  # thứ tư, thứ năm: fourth, fifth
        return True
    if match.group(2).lower() != "năm":
        return False
    before = _VI_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    after = _VI_WORD_AFTER.match(text, match.end())
    if before and (before.group(1).isdigit() or before.group(1).lower() in _VI_BEFORE_YEAR):
        return False
    return bool(after) and after.group(1).islower() and after.group(1) not in _VI_AFTER_YEAR


def _vi_parts(run: str) -> list[tuple[str, int, int]]:
    """The words of a Vietnamese numeral run, cut before the first that is not a numeral
    there (năm as "year", tư as "private"), as (word, start, end) in `run`."""
    words = [(m.group().lower(), m.start(), m.end()) for m in _NON_SPACES.finditer(run)]
    kept: list[tuple[str, int, int]] = []
    for i, (word, start, end) in enumerate(words):
        before = kept[-1][0] if kept else ""
        after = words[i + 1][0] if i + 1 < len(words) else ""
        if word in _VI_AFTER_TENS and before not in ("mươi", "mười"):
            break
        if word == "năm" and not (
            (after in _VI_UNITS and after != "mười") or after in _VI_BIG or before in ("linh", "lẻ")
        ):
            if not kept and after == "mười":
                continue  # năm mười một: "the year (age) eleven"; fifty is năm mươi
            break
        kept.append((word, start, end))
    return kept


def _han_value(token: str, parts: list[str] | None = None) -> Decimal | None:
    """The value of a CJK numeral run, digits and units mixed (4.6万 = 46000, 1亿2千万 =
    120000000, 三百五十 = 350, 二〇二四 = 2024), or of a Thai one split into `parts`."""
    if parts is None:
        parts = _HAN_PART.findall(token.replace(" ", ""))
    if not any(p in _SMALL_UNITS or p in _BIG_UNITS for p in parts):
        digits = "".join(str(_HAN_DIGITS[p]) if p in _HAN_DIGITS else p for p in parts)
        try:
            return Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
    total = section = Decimal(0)
    number: Decimal | None = None
    last_big = 0
    for part in parts:
        if part in _HAN_DIGITS:
            number = Decimal(_HAN_DIGITS[part])
        elif part in _SMALL_UNITS:
            section += (number if number is not None else 1) * _SMALL_UNITS[part]
            number = None
        elif part in _BIG_UNITS:
            unit = _BIG_UNITS[part]
            value = section + (number or 0)
            if unit > last_big:  # 3万亿: the larger unit multiplies everything before it
                total = (total + value) * unit if value or total else Decimal(unit)
                last_big = unit
            else:
                total += (value or 1) * unit
            section, number = Decimal(0), None
        else:
            try:
                number = Decimal(part.replace(",", ""))
            except InvalidOperation:
                return None
    return total + section + (number or 0)


# Common Chinese and Japanese words written with numerals that count nothing: 十分 "very"
# (not 十分钟, ten minutes), 四处 "everywhere", 三思 "think twice", 万一 "in case" (read as
# 10001 before), 百姓 "the people", 十字 "cross", 九州 "Kyushu", 二手 "second-hand", 八卦,
# 五彩, 七上八下, 不三不四.
_HAN_WORDS = pattern_cache.compile(
    "十分(?![钟鐘])|十足|十字|四处|四處|三思|万一|萬一|百姓|九州|二手|八卦|五彩|七上八下|不三不四"
    "|零下"  # below zero (零下12度): a sign, not a count of 0 (temperatures.py)
)
# Words that begin with a numeral and follow a number: they end its run. Japanese 四半期 "a
# quarter (of a year)" and 四半世紀 "a quarter century": 第3四半期, the third quarter, was read
# as 34 against the English "third". (Not 十分: 三十分 is thirty minutes.)
_HAN_WORDS_AFTER = pattern_cache.compile("四半期|四半世紀")


def _inside_han_word(text: str, start: int, end: int) -> bool:
    """Whether the numerals at `start:end` are part of one of `_HAN_WORDS`."""
    window = _HAN_WORDS.finditer(text, max(0, start - 3), end + 4)
    return any(m.start() <= start and end <= m.end() for m in window)


# What a Han numeral run says depends on the characters around it (issue 15, read on a novel:
# MAC-Dev chapter 002). A measure word after it makes a count: 一个, 三本, 十七八个滚.
_HAN_MEASURES = frozenset(
    "个個只隻本次天年日人名位条條件张張家座所部辆輛架艘头頭匹口句章节節步种種项項场場届屆"
    "层層号號点點分秒元块塊角斤两兩里米倍成国國面手碗杯瓶盒封篇首顿頓回遍趟声聲眼刀拳脚腳"
    "片根枝支颗顆粒把双雙对對副套批群队隊班组組代世周週岁歲份股间間处處笔筆桌床船枪槍炮页頁"
    "行字尺寸丈亩畝吨噸克升度户戶宗起例滴圈轮輪路门門道餐桶包箱袋串朵棵株色类類月夜晚阵陣伙"
    "帮幫辈輩扇番锭錠柄卷册冊"
    "つ枚冊台歳才円軒階羽足割"
)
# A lone 一 before anything else is no count: 赌局一散 "as soon as the gambling broke up",
# 一拿便着, 一时 "for a moment", 统一, 唯一, 一样, 一切 (小时: 一小时 is an hour).
# Two neighbouring digits, the second one or two above the first, are a guess between them:
# 十四五岁 fourteen or fifteen, 十七八个 seventeen or eighteen, 三四十 thirty or forty, 三五.
# Inside a longer digit run they are a year or a code (二〇一二, 一九八九).
_RANGE_MOST = 2
# 一百个不, 一千个不, 一万个不服: "utterly unwilling", no count.
_HYPERBOLE = pattern_cache.compile(r"一[百千万萬][个個][不没沒]")
# A numeral run right after a surname and before no measure word is a name or nickname: 茅十八
# (a man, "Whiskers" in the translation), 张三, 李四. Common Chinese surnames (the Ministry of
# Public Security's ranking and the Hundred Family Surnames), less those that are also
# common words before a count (于 "at", 向, 任 "serve", 余 "remaining", 付 "pay", 钱 "money",
# 万, 高, 金, 方, 和, 时, 成, 全, 单, 连, 常, 明, 文, 安, 路, 车, 章, 项, 白 "white", 蓝, 石,
# 谷, 盛, 齐, 宫, 费, 包, 党, 景, 冷, 席).
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬胡朱郭何罗羅林郑鄭梁谢謝唐许許冯馮宋韩韓"
    "邓鄧彭曹曾田肖潘袁董叶葉杜丁蒋蔣程吕呂魏蔡苏蘇卢盧沈姜姚钟鍾崔陆陸谭譚汪石贾賈范韦韋"
    "夏廖侯孟邹鄒秦尹江熊薛邱阎閻段雷季史陶毛贺賀龙龍顾顧郝孔龚龔邵武戴黎汤湯莫严嚴覃洪"
    "牛温溫康施樊葛邢乔喬伍庞龐颜顏倪庄莊聂聶鲁魯岳翟殷詹申欧歐耿兰蘭焦俞柳祝宁寧"
    "尚符舒阮柯纪紀梅童凌毕畢裴霍涂苗翁冉骆駱辛靳柴蒙鲍鮑喻祁蒲滕屈饶饒牟艾尤穆"
    "卓吉缪繆简簡麦麥褚娄婁窦竇戚岑卜晏卫衛柏瞿桂佟臧闵閔苟邬鄔卞姬栾欒"
    "隋刁巫寇桑郎甄仲虞敖巩鞏佘迟遲邝鄺茅"
)
_RANGE_DIGITS = frozenset("一二两兩三四五六七八九")
_ALL_DIGITS = frozenset("〇零一二两兩三四五六七八九0123456789")
_UNIT_CHARS = frozenset("十拾百佰千仟万萬亿億兆")
_ORDINAL_MARKS = frozenset("第之")  # 第一 first, 百分之一 one per cent, 三分之一 a third
_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"
_TITLE_REACH = 40  # characters looked at either side for the title marks around a number


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether `start:end` lies inside 《…》 or 〈…〉: a book or article title (《四十二章经》),
    whose number is part of a name."""
    before = text[max(0, start - _TITLE_REACH) : start]
    opened = max(before.rfind(c) for c in _TITLE_OPEN)
    if opened < 0 or max(before.rfind(c) for c in _TITLE_CLOSE) > opened:
        return False
    after = text[end : end + _TITLE_REACH]
    closes = [i for i in (after.find(c) for c in _TITLE_CLOSE) if i >= 0]
    opens = [i for i in (after.find(c) for c in _TITLE_OPEN) if i >= 0]
    return bool(closes) and (not opens or min(closes) < min(opens))


def _measured(text: str, end: int) -> bool:
    """Whether a measure word (or a unit of time) follows the numeral ending at `end`."""
    following = text[end : end + 1]
    return following in _HAN_MEASURES or text.startswith("小时", end)


def _not_a_count(text: str, start: int, end: int) -> bool:
    """Whether the Han numerals at `start:end` are part of a word, an idiom or a name."""
    token = text[start:end]
    before = text[start - 1] if start else ""
    if token == "一" and before not in _ORDINAL_MARKS and not _measured(text, end):
        return True  # 一散, 一拿, 一时, 统一 (but 第一, 百分之一, 三分之一)
    if _HYPERBOLE.match(text, start):
        return True  # 一万个不服
    if before not in _SURNAMES or not any(c in _RANGE_DIGITS or c == "十" for c in token):
        return False
    return not _measured(text, end)  # 茅十八, 王二


# After a Han amount, "-odd / more than / about": 二十几 (twenty-odd), 二十多, 三百余, 十来.
_APPROXIMATE = tuple("几幾多余餘来來")


def _tael_end(text: str, start: int, end: int) -> int:
    """Where the numeral run ends once a 两 that is the weight and money unit (tael) is cut
    off: after another numeral, 两 is the tael (五十两 50 taels, 八九两) unless a unit follows
    (一万两千 12000)."""
    for i in range(start + 1, end):
        if text[i] not in "两兩" or text[i + 1 : i + 2] in _UNIT_CHARS:
            continue
        if i == start + 1 and text[start] in _RANGE_DIGITS and _measured(text, i + 1):
            continue  # 一两天, 三两个: one or two days, two or three (a range, below)
        return i
    return end


def _han_range(token: str) -> tuple[str, str] | None:
    """The two readings of an approximate range (十四五 -> 十四, 十五), or None."""
    for i in range(len(token) - 1):
        a, b = token[i], token[i + 1]
        if a not in _RANGE_DIGITS or b not in _RANGE_DIGITS:
            continue
        step = _HAN_DIGITS[b] - _HAN_DIGITS[a]
        if not (0 < step <= _RANGE_MOST or (step == -1 and b in "两兩")):
            continue  # 三两个: two or three
        if token[i - 1 : i] in _ALL_DIGITS or token[i + 2 : i + 3] in _ALL_DIGITS:
            continue  # part of a longer digit run: 一九八九, 二〇一二
        low, high = token[: i + 1] + token[i + 2 :], token[:i] + token[i + 1 :]
        return (low, high) if step > 0 else (high, low)
    return None


def _han_month_or_day(token: str) -> int:
    value = _han_value(token)
    return int(value) if value is not None and value == int(value) else 0


def _to_decimal(digits: str, *, decimal: str, scaled: bool) -> Decimal | None:
    """Read one number token by its digit-group shape, falling back on the language's separator.

    Several groups of three after one separator are thousands (1.234.567); two different
    separators mean the last is the decimal one (1,234.5). A single separator followed by
    exactly three digits is read as thousands (5.000 = 5,000 = 5000), except after a zero
    (0,125) or, in a language whose decimal sign it is, before a scale word (1,125 tỷ).
    """
    seps = [c for c in digits if not c.isdigit()]
    text = digits
    if not seps:
        pass
    elif len(set(seps)) > 1:
        last = seps[-1]
        head, _, tail = text.rpartition(last)
        text = _NON_DIGIT.sub("", head) + "." + tail
    else:
        sep = seps[0]
        groups = text.split(sep)
        three = all(len(g) == 3 for g in groups[1:])
        if len(groups) > 2 or sep.isspace():  # the pattern only lets groups of three in
            text = "".join(groups)
        elif three and groups[0] != "0" and not (scaled and sep == decimal):
            text = "".join(groups)
        else:
            text = groups[0] + "." + groups[1]
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _number_key(value: Decimal) -> str:
    """Plain digits, no exponent, no trailing zeros: 27E+9 -> 27000000000, 46.20 -> 46.2."""
    return format(value.normalize(), "f")


# Milligrams per cent: milligrams per 100 millilitres of blood, as Thai writes a blood alcohol
# limit (50 มิลลิกรัมเปอร์เซ็นต์, 50 mg%) where the others write "per 100 millilitres": the
# unit says the 100 (a made-up road-safety notice, stop 40: "en has 100, not found in th").
_MG_PER_CENT = pattern_cache.compile(r"(?:มิลลิกรัม|มก\.?)\s?(?:เปอร์เซ็นต์|%)|\bmg\s?%")


def _per_hundred_millilitres(text: str, source: str, found: list[Mention]) -> None:
    """Add to `found` a soft 100 (a word: it confirms a 100, never contradicts one) for each
    milligrams-per-cent unit."""
    for match in _MG_PER_CENT.finditer(text):
        start, end = match.span()
        found.append(Mention("word", "100", start, end, source[start:end], 100.0))


# A floor of a building: languages count from the ground floor as 0 (de 2. Obergeschoss, fr
# 2e étage, es segunda planta) or as 1 (ru третий этаж, zh 三楼, en-US third floor), so a
# translation's floor number is as often one more as the same (a made-up flat listing, stop
# 40: de "im 2. Obergeschoss" against ru "на третьем этаже", zh "三楼": two false majors).
# A floor's number, in figures or words, is not compared; a changed floor goes unseen.
_FLOOR_WORD = pattern_cache.compile(
    r"Obergeschoss|Untergeschoss|OG\b|Stock\b|Stockwerk|Etage|floor\b|storey|étage|planta\b"
    r"|(?<=[°º]\s?)piano|andar\b|piętr|verdieping|этаж|поверс|поверх|(?<=(?:\d\.|nc[iıuü])\s?)kat"
    r"|όροφ|楼|層|层|階|층"
)
_FLOOR_BEFORE = pattern_cache.compile(r"(?:tầng|lantai|الطابق|קומה)\s?(?:thứ\s)?$")
_FLOOR_BEFORE_HINT = pattern_cache.compile(r"tầng|lantai|الطابق|קומה")
# What may stand between a floor's number and its word: an ordinal's mark or ending, a space
_FLOOR_GAP = pattern_cache.compile(r"(?:\.|st|nd|rd|th|e|er|ème|ª|º|°|-?[мйе]|-?го|ος|ο)?\s?")
# What every text holds where `_FLOOR_WORD` or `_FLOOR_BEFORE` may match: words, scanned with
# `re` (several times faster than `regex` here, and asked of every text with a figure: a
# tenth of grouping's number reading, stop 44), kat with what stands before it (Indonesian
# "kata", said, sent every news text to `_without_floors`)
_FLOOR_HINT = pattern_cache.compile_re(
    r"Obergeschoss|Untergeschoss|OG|Stock|Etage|floor|storey|étage|planta|piano|andar|piętr"
    r"|verdieping|этаж|поверс|поверх|(?:\.|nc[iıuü])\s?kat|όροφ|楼|層|层|階|층|tầng|lantai"
    r"|الطابق|קומה"
)


def _without_floors(text: str, found: list[Mention]) -> None:
    """`found` without the numbers that count a floor (see `_FLOOR_WORD`), in place."""
    starts = [match.start() for match in _FLOOR_WORD.finditer(text)]
    before = _FLOOR_BEFORE_HINT.search(text) is not None
    if not starts and not before:
        return

    def floor(m: Mention) -> bool:
        # (the floor words that start right after the number, looked up: a listing of many
        # floors read them all at each number, 20,000 in 33 s, stop 40's final read)
        near = starts[bisect_left(starts, m.end) : bisect_right(starts, m.end + 5)]
        if any(_FLOOR_GAP.fullmatch(text, m.end, at) for at in near):
            return True
        return before and _FLOOR_BEFORE.search(text, max(0, m.start - 12), m.start) is not None

    found[:] = [m for m in found if not floor(m)]


def numbers(text: str, lang: str, *, words: bool = True) -> list[Mention]:
    """Every quantity, year, date, month and spelt small number in `text`, in text order.

    Reads every script the product supports: digits of other scripts (full-width, Arabic-Indic,
    Devanagari, Thai ...) count as digits, and CJK dates and amounts (12月26日, 4.6万, 585亿,
    1억 2천만) are read whole. `Mention.text` is always the source text. `words=False` leaves
    out numbers written in words (step 4 and the soft words: most of the time spent here);
    grouping reads only figures.
    """
    if not words:  # grouping reads whole documents once: nothing to share, nothing to keep
        return list(_numbers.__wrapped__(text, lang, False))
    lent = _LENT.get((text, lang))
    return list(lent if lent is not None else _numbers(text, lang, True))


# What another process read of the sentences of the group this process works on (`lend`),
# by (text, language): this function's results for them, `words=True`.
_LENT: dict[tuple[str, str], tuple[Mention, ...]] = {}


def lend(read: dict[tuple[str, str], tuple[Mention, ...]]) -> None:
    """Answer `numbers(text, lang)` from `read` (`numbers`' own results, read in another
    process: sentence_memo.py) instead of reading again; replaces what was lent before."""
    global _LENT
    _LENT = read


@lru_cache(maxsize=8192)
def _numbers(text: str, lang: str, words: bool) -> tuple[Mention, ...]:
    """`numbers`, cached: the aligner and the checks read the same sentences (Mention is
    frozen, so the cached tuple is shared safely)."""
    rules = _number_rules(lang)
    source = text
    # Text of the Latin blocks and general punctuation holds no digit of another script, no
    # Han, Hangul or Thai (tests/test_number_reader.py): one scan instead of three
    latin = _NOT_LATIN.search(text) is None
    if not latin and _OTHER_DIGITS.search(text):
        text = text.translate(_DIGITS)  # one character for one: offsets are unchanged
    found: list[Mention] = []
    taken = bytearray(len(text))  # characters already inside a mention

    def add(kind: str, key: str, start: int, end: int, value: float | None = None) -> None:
        found.append(NEW(Mention, (kind, key, start, end, source[start:end], value)))
        taken[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) < 0  # (no slice copied)

    # 1. Dates and months, which contain numbers that are not quantities.
    # Most sentences hold no digit (or no 月): the scans that need one are skipped.
    digits = (_ASCII_DIGIT if latin else _ANY_DIGIT).search(text) is not None
    # (most texts with digits hold no time or date of figures: two scans skipped)
    split = digits and (_ASCII_DIGIT_SEP_DIGIT if latin else _DIGIT_SEP_DIGIT).search(text)
    phones = []
    for match in _PHONE.finditer(text) if digits and _PHONE_HINT.search(text) else ():
        if (key := _telephone(match.group())) is not None:
            if not telephones.drawn(text, match.start(), match.group()):
                add("number", key, match.start(), match.end())
                phones.append(match.span())
    for key, start, end in (
        telephones.more(text, free) if digits and telephones.SEVEN_DIGITS.search(text) else ()
    ):
        add("number", key, start, end)
        phones.append((start, end))
    for key, start, end in telephones.extensions(text, phones, free) if phones else ():
        add("number", key, start, end)
    # A clause's number opening the sentence (`3.1. Der Nutzer …`, `2.1. The pass …`) is a
    # label, the same in every language: read as a date (3 January) in some and a decimal in
    # others, it set one version's row apart (a made-up terms of use, stop 39).
    for label in _CLAUSE_LABEL.finditer(text) if split else ():
        add("number", "v:" + label.group(1), *label.span(1))
    for match in _VERSION.finditer(text) if split else ():
        if not _dotted_date(match.group()) and not _grouped(match.group()):
            add("number", "v:" + match.group(), match.start(), match.end())
    for match in _CJK_DATE.finditer(text) if "月" in text or "월" in text else ():
        month = _han_month_or_day(match.group(1))
        day = _han_month_or_day(match.group(2)) if match.group(2) else 0
        if not 1 <= month <= 12:
            continue
        if 1 <= day <= 31:
            add("date", f"d:{day}.{month}", match.start(), match.end())
        else:
            add("month", f"m:{month}", match.start(), match.end())
            # A range of months writes 月 once: 1至11月, 1～11月, 1~11월 (January to November)
            before = _CJK_MONTH_RANGE_START.search(text, max(0, match.start() - 8), match.start())
            first = int(before.group(1)) if before else 0
            if 1 <= first <= 12 and first != month and free(*before.span(1)):
                add("month", f"m:{first}", *before.span(1))
    for match in _TIME.finditer(text) if split else ():
        # 3:40, 3.40 Uhr, 03.40 น.: an hour and its minutes, not a decimal. Minutes :00 say
        # only "on the hour", as 8 Uhr, 8시 and 8 o'clock do: the hour alone is read. In a
        # language that writes decimals with a comma, 16.30 is a time too (pl "około 16.30",
        # tr "16.30 civarında" were the decimal 16.3: a false major, and pl, whose two times
        # were both lost, was left out of its group: stop 34), unless it may be a day and a
        # month with their final dot (am 14.05. in German), a release (Python 3.10) or a share
        # (14.30 Prozent).
        if (
            match.group(2) == ":"
            or match.group(1)[:-1] == "0"
            or match.group(4)
            or _TIME_BEFORE.search(text, max(0, match.start() - 12), match.start())
            or (
                rules.decimal == ","
                and not (int(match.group(3)) <= 12 and text.startswith(".", match.end()))
                and not _NAMED_BEFORE.search(text, max(0, match.start() - 24), match.start())
                and not rules.percent_re.match(text, match.end())
                and not _AMOUNT_AFTER.match(text, match.end())
                and not _CURRENCY_PREFIX.search(text, max(0, match.start() - 4), match.start())
            )
        ):
            value = match.group(1)
            add("number", str(int(value)), match.start(1), match.end(1), float(value))
            if int(match.group(3)):
                value = match.group(3)
                add("number", str(int(value)), match.start(3), match.end(3), float(value))
            else:
                _take(taken, *match.span(3))
    for match in _H_TIME.finditer(text) if digits and _H_TIME_HINT.search(text) else ():
        add("number", str(int(match.group(1))), *match.span(1), float(match.group(1)))
        minutes = int(match.group(2))
        if minutes:
            add("number", str(minutes), *match.span(2), float(minutes))
        else:
            _take(taken, *match.span(2))
    # Round the clock: 24/7, 24x7, 24h/24, 7j/7 say "always", not the 24th of July; soft
    # figures, which another version's "rund um die Uhr" does not contradict.
    for match in _ROUND_THE_CLOCK.finditer(text) if digits and _CLOCK_HINT.search(text) else ():
        for group in (1, 2, 3, 4):
            if match.group(group) and free(*match.span(group)):
                add("word", match.group(group), *match.span(group), float(match.group(group)))
        _take(taken, *match.span())
    for match in _EVENT_DATE.finditer(text) if digits and ("·" in text or "・" in text) else ():
        if free(match.start(), match.end()):
            for group in (1, 2):
                add("word", match.group(group), *match.span(group), float(match.group(group)))
            _take(taken, *match.span())
    for match in _SLASH_DATE.finditer(text) if split else ():
        a, sep, b, year = match.group(1), match.group(2), match.group(3), match.group(4)
        if not free(match.start(), match.end()):
            continue
        if len(b) == 4:  # 7/2023: month and year
            if sep == "/" and 1 <= int(a) <= 12 and year is None:
                add("month", f"m:{int(a)}", match.start(1), match.end(1))
                add("year", b, match.start(3), match.end(3), float(b))
            continue
        day, month = (int(a), int(b)) if rules.slash_order == "dm" else (int(b), int(a))
        if rules.slash_order != "dm" and month > 12 and day <= 12:
            day, month = month, day
        if sep == "." and year is None:
            # 20.5 is a decimal; a dotted date needs a year (20.05.2024), or a final dot (20.5.)
            # in a language that writes decimals with a comma.
            end = match.end()
            if rules.decimal == "." or end >= len(text) or text[end] != ".":
                continue
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        add("date", f"d:{day}.{month}", match.start(), match.end(3))
        if year:
            full = year if len(year) == 4 else ("20" if int(year) < 50 else "19") + year
            found.append(
                Mention(
                    "year",
                    full,
                    match.start(4),
                    match.end(4),
                    source[match.span(4)[0] : match.end(4)],
                    float(full),
                )
            )
            _take(taken, *match.span(4))
    for match in _DASH_DATE.finditer(text) if digits and "-" in text else ():
        if not free(match.start(), match.end()):
            continue
        if match.group(4):  # 2024-03-12
            day, month = int(match.group(6)), int(match.group(5))
            date_span, year_group = (match.start(5), match.end(6)), 4
        else:  # 12-03-2024
            day, month = (
                (int(match.group(1)), int(match.group(2)))
                if rules.slash_order == "dm"
                else (int(match.group(2)), int(match.group(1)))
            )
            if rules.slash_order != "dm" and month > 12 and day <= 12:
                day, month = month, day
            date_span, year_group = (match.start(1), match.end(2)), 3
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        year = match.group(year_group)
        add("date", f"d:{day}.{month}", *date_span)
        add("year", year, *match.span(year_group), float(year))
    for pattern in rules.month_prefix_res if digits else ():
        for match in pattern.finditer(text):
            month = int(match.group(1))
            if not 1 <= month <= 12 or not free(match.start(1), match.end(1)):
                continue
            day = _DAY_BEFORE.search(text, max(0, match.start() - _NEAR), match.start())
            if day and free(day.start(1), day.end(1)) and 1 <= int(day.group(1)) <= 31:
                add("date", f"d:{int(day.group(1))}.{month}", day.start(1), match.end())
            else:
                add("month", f"m:{month}", match.start(), match.end())
    # Vietnamese months in words, capitalised (tháng Năm is May; "tháng năm" is "months and
    # years"): only where a capital follows tháng.
    for match in _VI_MONTH.finditer(text) if lang == "vi" and "háng " in text else ():
        if free(match.start(), match.end()):
            add("month", f"m:{_VI_MONTHS[match.group(1)]}", match.start(), match.end())
    lowered = text.lower()
    if rules.month_re is not None and _may_match(text, lowered, rules.month_hints):
        hints, reach = rules.month_hints, rules.month_reach
        for match in _matches(rules.month_re, text, lowered, hints, reach):
            if not free(match.start(), match.end()):
                continue
            word = _key(rules.months, match.group(1))
            month = rules.months[word]
            # Only the few characters before the month (a window keeps long texts linear).
            before = rules.day_before_re.search(text, max(0, match.start() - _NEAR), match.start())
            if before and free(before.start(1), before.end(1)) and 1 <= int(before.group(1)) <= 31:
                add("date", f"d:{int(before.group(1))}.{month}", before.start(1), match.end(1))
                continue  # (a day before: what follows is not looked at)
            after = _DAY_AFTER.match(text, match.end())
            year = rules.year_after_re.match(text, match.end())
            if after and 1 <= int(after.group(1)) <= 31 and not year:
                add("date", f"d:{int(after.group(1))}.{month}", match.start(1), after.end(1))
            else:
                # A case ending written straight onto the word marks a month (Turkish
                # "kasımda"; the first name Kasım takes an apostrophe: "Kasım'da").
                ending = text[match.end(1) : match.end()].lstrip(".")
                inflected = bool(ending) and "'" not in ending and "’" not in ending
                if word in rules.ambiguous_months and not inflected:
                    beside = _month_beside(text, rules, match.start(), match.end())
                    capital = match.group(1)[0].isupper()
                    if not beside and (not year or not capital):
                        if not (
                            (
                                capital
                                and lang == "en"
                                and _named_month(text, match.start(1), rules.months)
                            )
                            or (lang == "fr" and match.group(1) == "mars")  # Mars, the planet
                        ):
                            continue
                add("month", f"m:{month}", match.start(1), match.end(1))
    # Japanese era years and the Republic of China's (令和6年 is 2024, 平成31年 2019, 令和元年 its
    # first; 民国113年 2024): 令和6年度 was the count 6 against the 2024 of every translation.
    for era in _ERA.finditer(text) if "年" in text else ():
        figures = era.group(2)
        number = 1 if figures == "元" else figures.isdigit() and int(figures) or _han_value(figures)
        if not number:
            continue
        year = _ERA_START[era.group(1)] + int(number) - 1
        add("year", str(year), era.start(), era.end(), float(year))
    named_decades = _named_decades(text, add, free) if _DECADE_NAMED_HINT.search(text) else []
    # 2. CJK amounts: digits or numerals with myriad units (4.6万, 585亿, 1억 2천만, 三百).
    if lang in ("zh", "ja", "ko") or (
        not latin and _PAST_U1100.search(text) and _HAN_OR_HANGUL.search(text)
    ):
        for match in _CJK_AMOUNT.finditer(text):
            token = match.group()
            start, end = match.start(), match.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            end = _tael_end(text, start, end)
            # A word that begins inside the run ends it: 第3四半期 is 3 and 四半期 (a quarter)
            if (word := _HAN_WORDS_AFTER.search(text, start, end + 3)) and word.start() < end:
                end = word.start()
            token = text[start:end]
            if start == end or not free(start, end) or not _NOT_DIGITS.search(token):
                continue  # plain digits: the general reader below takes them
            if _WEEKDAY.search(text, max(0, start - 2), start):
                continue  # 周二, 星期三: Tuesday, Wednesday
            if _inside_han_word(text, start, end):
                continue  # 十分 "very", 四处 "everywhere", 万一 "in case": no count at all
            if not _ANY_DIGIT.search(token):
                if token in "两兩" and start and text[start - 1] in _APPROXIMATE:
                    continue  # 二十几两 "twenty-odd taels": the 两 is the unit
                if _not_a_count(text, start, end):
                    continue
                if reading := _han_range(token):  # 十四五岁: 14 or 15, either confirms
                    for guess in reading:
                        value = _han_value(guess)
                        if value is not None:
                            add("word", _number_key(value), start, end, float(value))
                    continue
            value = _han_value(token)
            if value is None:
                continue
            # Digits with a unit (4.6万), or numerals that compose a value (四十二, 十四万四千,
            # 一千) are quantities; a lone numeral or units alone are often words (一 in 统一,
            # 十字架, 万物, 千万不可) and stay soft evidence.
            composed = len(token) >= 2 and any(c in _HAN_DIGITS for c in token)
            composed = composed and any(c in _SMALL_UNITS or c in _BIG_UNITS for c in token)
            has_digit = any(c.isdigit() for c in token)
            kind = "number" if has_digit or composed else "word"
            if kind == "number" and _in_title(text, start, end):
                kind = "word"  # 《四十二章经》: part of a title, it confirms, never contradicts
            elif kind == "number" and not has_digit and text.startswith(_APPROXIMATE, end):
                kind = "word"  # 二十几岁, 三百余人: "twenty-odd", "in his twenties": soft
            if text[max(0, start - 3) : start] == "百分之" and free(start - 3, start):
                kind, start = "percent", start - 3
            elif kind == "number" and (percent := rules.percent_re.match(text, end)):
                kind, end = "percent", percent.end()
            add(kind, _number_key(value), start, end, float(value))
    # Thai numerals in words: only composed ones (digit and unit: สี่สิบสอง); a lone word
    # hides in others (สาม in สามารถ, ห้า in ห้าม, เก้า in เก้าอี้, พัน in พันธ์).
    if lang == "th" or (not latin and _THAI_BLOCK.search(text) and _THAI.search(text)):
        for match in _THAI_RUN.finditer(text):
            parts = _THAI_PART.findall(match.group())
            composed = any(p in _THAI_DIGITS for p in parts) and any(
                p in _THAI_UNITS or p == "ล้าน" for p in parts
            )
            if not free(match.start(), match.end()):
                continue
            if not composed:
                if _thai_counted(text, match.start(), match.end(), parts):
                    value = _THAI_DIGITS.get(parts[0]) or _THAI_UNITS.get(parts[0], 10**6)
                    add("word", str(value), match.start(), match.end(), float(value))
                continue
            value = _han_value(match.group(), parts)
            if value is not None:
                add("number", _number_key(value), match.start(), match.end(), float(value))
    if lang == "vi":
        for match in _matches(_VI_RUN, text, lowered, _VI_RUN_HINTS):
            parts = _vi_parts(match.group())
            numerals = [w for w, _, _ in parts]  # (not `words`: the parameter says what to read)
            composed = any(w in _VI_DIGITS for w in numerals) and any(
                w in _VI_UNITS or w in _VI_BIG for w in numerals
            )
            if not composed:
                continue
            start, end = match.start() + parts[0][1], match.start() + parts[-1][2]
            if not free(start, end):
                continue
            value = _han_value(text[start:end], numerals)
            if value is not None:
                add("number", _number_key(value), start, end, float(value))
        for match in _matches(_VI_SOFT, text, lowered, _VI_SOFT_HINTS) if words else ():
            if free(match.start(2), match.end(2)) and _vi_counted(text, match):
                value = _VI_DIGITS[match.group(2).lower()]
                add("word", str(value), match.start(2), match.end(2), float(value))
    # A season or a financial year written with the next year's last two figures (2024/25,
    # 2024-25) is both years, as 2024/2025 is: "en has 25, not found in fr" was a false major.
    # (its separators first: a substring test each, where the pattern tests every character)
    seasons = digits and any(map(contains, repeat(text), "/–-")) and _SEASON_HINT.search(text)
    for season in _SEASON.finditer(text) if seasons else ():
        first, last = int(season.group(1)), int(season.group(2))
        if last == (first + 1) % 100 and free(season.start(), season.end()):
            add("year", str(first), *season.span(1), float(first))
            add("year", str(first + 1), *season.span(2), float(first + 1))
    for within in _WITHIN_DECADE.finditer(text) if digits and "0s" in lowered else ():
        if free(within.start(), within.end()):
            tens = int(within.group(2)) * 10
            for value in (tens, tens + 5, tens + 10):
                add("word", str(value), *within.span(1), float(value))
            _take(taken, *within.span())
    # A decade in two figures (los años 90, 90年代, 90년대, the '90s, 90er): the 1990 that
    # another version writes (1990s, années 1990), as soft evidence (20年代 may be 1920 or 2020:
    # below 30 nothing is read).
    decades = digits and (
        any(map(contains, repeat(text), _DECADE_WORDS)) or _DECADE_HINT.search(text)
    )
    for decade in _DECADE.finditer(text) if decades else ():
        figures = next(g for g in decade.groups() if g)
        if int(figures) >= 30 and free(decade.start(), decade.end()):
            add("word", f"19{figures}", decade.start(), decade.end(), float(f"19{figures}"))
    # 3. Quantities: digits, optional scale word and percent sign.
    currencies = digits and _CURRENCY_SIGN.search(text) is not None
    for match in _NUMBER.finditer(text) if digits else ():
        start, end = match.span(1)
        if taken.find(1, start, end) >= 0:  # `free`, inline: the loop runs for every number
            continue
        scale = rules.scale_re.match(text, end)
        if scale and not free(end, scale.end()):
            scale = None
        money = None
        if scale is None and currencies and (money := _MONEY_SCALE.match(text, end)):
            paid = _CURRENCY_PREFIX.search(text, max(0, start - 4), start)
            money = money if paid and free(end, money.end()) else None
        token = match.group(1)
        # (plain digits, most numbers, are what `_to_decimal` makes of them: no call)
        value = (
            Decimal(token)
            if token.isdecimal()
            else _to_decimal(token, decimal=rules.decimal, scaled=bool(scale or money))
        )
        if value is None:
            continue
        kind = "number"
        if scale:
            value *= Decimal(
                repr(rules.scales[_key(rules.scales, _SPACES.sub(" ", scale.group(1)))])
            )
            end = scale.end()
        elif money:
            value *= _MONEY_SCALES[money.group(1)]
            end = money.end()
        percent = rules.percent_re.match(text, end)
        if percent and free(end, percent.end()):
            kind = "percent"
            end = percent.end()
        elif not scale and len(token) == 4 and _YEAR.fullmatch(token):
            kind = "year"
        elif (
            not scale and rules.era_offset and _ERA_YEAR.fullmatch(token) and not _CODED(text, end)
        ):
            kind = "year"  # Thai Buddhist-era year: 2567 BE is 2024
            value -= rules.era_offset
        if currencies and (currency := _CURRENCY_PREFIX.search(text, max(0, start - 4), start)):
            if free(currency.start(), start):
                start = currency.start()
        add(kind, _number_key(value), start, end, float(value))
    # Centuries, before the numbers in words (Quattrocento is not 400).
    if any(map(contains, repeat(lowered), _CENTURY_HINTS.get(lang, _EVERY_CENTURY_HINT))):
        _centuries(text, source, found, taken, named_decades)
    # A Roman numeral after a capitalised word (Rama IV, Louis XIV, World War II, Phase III):
    # soft evidence of its value, which other versions write in figures (ถนนพระรามที่ 4) or
    # numerals (拉玛四世).
    romans = (
        chain(_AFTER_NAME_ROMAN.finditer(text), _OPENING_ROMAN.finditer(text))
        if "I" in text or "V" in text
        else ()
    )
    for match in romans:
        value = _roman(match.group())
        if match.group() in _ROMAN_WORDS.get(lang, ()) and (
            match.start() == 0 or _after_first_word(text, match.start())
        ):
            continue  # "Después VI otra señal" (I saw); "el rey Felipe VI" is six
        if value and value >= 2 and free(match.start(), match.end()):
            add("word", str(value), match.start(), match.end(), float(value))
    # 4. Numbers in words. Two or more that compose one value are a quantity (сорок два,
    # one hundred and forty-four thousand), and so is a lone one of 13 or more (forty, сорок).
    halves = rules.halves if words else ()
    for spelt in spelt_numbers(text, lang, latin=latin) if words else ():
        if not free(spelt.start, spelt.end):
            continue
        if halves and (half := _half_before(text, spelt.start, halves)):
            # hi डेढ़ लाख करोड़ (one and a half lakh crore), ढाई हज़ार: the half and the number
            # after it are one figure, soft as the half is; read alone, लाख करोड़ was a hard
            # 10^12 against en's 1.5 lakh crore (review30)
            start, by = half
            if free(start, spelt.start):
                value = Decimal(repr(by)) * spelt.value
                add("word", _number_key(value), start, spelt.end, float(value))
            continue
        if not spelt.clear:
            if spelt.alone:  # семи, siete, الخمس: soft, as the list below
                add("word", str(spelt.value), spelt.start, spelt.end, float(spelt.value))
            continue
        if spelt.words == 1 and _nfc(text[spelt.start : spelt.end]) in rules.words:
            continue  # a word the soft list below has (mille, seribu, hundred): as before
        end, kind = spelt.end, "number"
        if percent := rules.percent_re.match(text, end):
            kind, end = "percent", percent.end()
        add(kind, str(spelt.value), spelt.start, end, float(spelt.value))
    # Italian tens elided before a vowel: trent'anni, vent'anni fa (thirty, twenty years).
    for match in (
        _IT_ELIDED_TENS.finditer(text)
        if lang == "it" and words and ("'" in text or "’" in text)
        else ()
    ):
        if free(match.start(1), match.end(1)):
            value = _IT_TENS[_key(_IT_TENS, match.group(1))]  # ſessant: long s
            add("number", str(value), match.start(1), match.end(1), float(value))
    # Spelt small numbers (soft evidence: they may confirm a digit, never contradict one).
    if rules.words_re is not None and words and _may_match(text, lowered, rules.words_hints):
        for match in _matches(rules.words_re, text, lowered, rules.words_hints):
            if not free(match.start(), match.end()):
                continue
            if lang == "vi" and "-" in (
                text[match.start() - 1 : match.start()],
                text[match.end() : match.end() + 1],
            ):
                continue  # a syllable of a transliterated name: Ba-by-lôn, Sa-ma-ri
            value = Decimal(rules.words[_key(rules.words, match.group(1))])
            end = match.end()
            if value == 24 and (things := _clock_things(lang)) and things.match(text, end):
                continue  # around the clock tower, على مدار الساعة الماضية (the past hour)
            if value == 1 and _no_count(text, match.start(), end, lang):
                continue  # ar كل واحد (each one), في آن واحد (at once), واحد من (one of)
            scale = rules.scale_re.match(text, end)
            kind = "word"  # with a scale too: "четыре тысячи" may end "сто сорок четыре тысячи"
            if scale:
                value *= Decimal(
                    repr(rules.scales[_key(rules.scales, _SPACES.sub(" ", scale.group(1)))])
                )
                end = scale.end()
            add(kind, _number_key(value), match.start(), end, float(value))
    if digits and any(map(contains, repeat(lowered), _AFTERNOON_HINTS.get(lang, _PM))):
        _afternoon_hours(text, found)
    if "半" in text or "반" in text:
        for match in _HALF_PAST.finditer(text):
            start = match.end() - 1
            kind = "number" if match.group("digit") else "word"  # 十点半: a word's hour
            found.append(Mention(kind, "30", start, match.end(), match.group().strip(), 30.0))
            # 一 alone is read as no count (一人, 一度): one o'clock's hour, 一時半 and 一点半
            # after a sign, was a lone 30 (review35)
            one = text.rfind("一", max(0, start - 3), start)
            if one >= 0 and kind == "word" and not any(m.end == one + 1 for m in found):
                if one == 0 or text[one - 1] not in _HAN_NUMERALS:
                    found.append(Mention("word", "1", one, one + 1, "一", 1.0))
    if lang == "ar" and digits and _HIJRI_HINT.search(text):
        _soften_hijri(text, found)
    if lang == "ko" and digits and "제" in text:
        _soften_korean_ordinals(text, found)
    if lang in ("ko", "ja") and digits and ("분의" in text or "分の" in text):
        _soften_fractions(text, found)
    if lang == "ar" and _AR_CLOCK in text:
        _arabic_word_hours(text, found, words)
    if lang == "hi" and _HI_PART_HINT.search(text):
        _hindi_parts(text, source, rules, found)
    if lang in _TENTHS and _TENTHS[lang][1] in text and (digits or lang == "zh"):
        _tenths(text, source, _TENTHS[lang][0], found)
    if lang in _HALF_HOURS and _HALF_HOURS_HINT[lang] in lowered:
        _half_hours(text, source, lang, found)
    if any(map(contains, repeat(lowered), spoken_halves.HINTS.get(lang, ()))):
        spoken_halves.read(text, source, lang, found)
    if lang == "ko" and words:
        korean_counts.read_sino(text, source, found)
        korean_counts.read(text, source, found)
    if words and any(map(contains, repeat(lowered), clock_words.HINTS.get(lang, ()))):
        clock_words.read(text, source, lang, found)
    if digits and _HOURS_AFTER.search(text):
        _decimal_hours(text, source, found)
    if digits or words:
        temperatures.signed(text, source, lowered, lang, found)
    if lang in _PER_ONE and digits and _PER_ONE[lang][0] in text:
        found[:] = [m for m in found if not _per_one(text, m, _PER_ONE[lang][1])]
    if digits and ("%" in text or "เปอร์เซ็นต์" in text):
        _per_hundred_millilitres(text, source, found)
    if found and _FLOOR_HINT.search(text):
        _without_floors(text, found)
    found.sort(key=lambda m: (m.start, m.end))
    if "(" in text or "（" in text:
        unit_conversions.drop(text, found)
    if digits and len(found) > 1:
        _shared_scale(text, found)
        if any(map(contains, repeat(text), _INDIAN_HINT)):
            _indian_sums(text, found)
        _sums_in_parts(text, found)
    return tuple(found)


# Two figures of a range whose scale word follows the second only: "between 1.36 and 1.9
# million years", "1,36 bis 1,9 Millionen", "от 1,36 до 1,9 млн" (136万年から190万年, 1.36 and
# 1.9 million, in ja and zh: the 1.36 was "not found", a false major in each). What stands
# between them: a dash or one short word of a range.
_RANGE_JOIN = pattern_cache.compile(
    r"\s*(?:[-–—~〜～]|(?:to|and|or|bis|und|oder|et|à|ou|y|a|o|e|tot|en|до|и|или|ile|ve"
    r"|veya|dan|hingga|sampai|đến|và|і|або|do|i|lub|έως|και|ως|עד|से|और)(?!\p{L})|و)\s*$",
    pattern_cache.IGNORECASE,
)
_SCALES = (1e3, 1e4, 1e6, 1e8, 1e9, 1e12)


def _shared_scale(text: str, found: list[Mention]) -> None:
    """Give the first figure of a range the scale word written after the second, in place."""
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if (
            first.kind != "number"
            or second.kind != "number"
            or first.value is None
            or second.value is None
            or not 0 < first.value < 1000
            or second.value < 1e5
            or not _RANGE_JOIN.fullmatch(text, first.end, second.start)
        ):
            continue
        # the second's figure as written: as many whole digits as it shows (1,9 Millionen:
        # 1.9 and a million; 190万: 190 and ten thousand), and above the first
        lead = _LEADING_DIGITS.match(second.text)
        whole = len(lead.group()) if lead else 0
        for scale in _SCALES if whole else ():
            written = second.value / scale
            if 10 ** (whole - 1) <= written < 10**whole and first.value < written:
                value = Decimal(repr(first.value)) * Decimal(repr(scale))
                found[i] = first._replace(key=_number_key(value), value=float(value))
                break


_LEADING_DIGITS = pattern_cache.compile(r"\d+")

# A million or a billion and then its thousands, said in parts: "1 млн 800 тыс.", "1 milyon
# 800 bin", "مليون و800 ألف", "1 juta 800 ribu", "1 Million 800.000" (1.8 million, as 1,8
# Millionen and 180万 write it: each part was "not found", two false majors, stop 39).
# Only Arabic joins the parts with "and" (مليون و800 ألف); elsewhere "2 million and 800,000",
# "2 millones y 800.000" are two amounts of a list (one 2,800,000 was a false major against
# zh 200万和80万, review39).
_PARTS_GAP = pattern_cache.compile(r"\s*(?:و\s*)?")
# ... and the first part says its scale in a word: "$1,000,000 2,000" is two figures
_SCALE_SAID = pattern_cache.compile(r"\p{L}")


def _sums_in_parts(text: str, found: list[Mention]) -> None:
    """Join a round million or billion with the smaller amount right after it, in place."""

    def joins(first: Mention, second: Mention) -> bool:
        # (the plain tests first, the logarithm and the scans last: asked of every two
        # neighbouring figures, and most are small or of other kinds)
        big, small = first.value, second.value
        # (a figure of 309 digits or more is an infinite float, whose unit crashed the reader
        # and dropped the document: review44)
        if not (big and 1e6 <= big < math.inf) or small is None or small < 1e3:
            return False
        if second.kind != "number":
            return False
        unit = 1000 ** int(math.log10(big) // 3)
        return (
            small < unit
            and first.kind in ("number", "word")
            and big % unit == 0
            and _SCALE_SAID.search(first.text) is not None
            and _PARTS_GAP.fullmatch(text, first.end, second.start) is not None
        )

    _join_sums(text, found, joins)


def _join_sums(text: str, found: list[Mention], joins) -> None:
    """Each mention joined with the next where `joins(first, second)`, into one amount, their
    sum (the joined one asked again of the one after it), in place; into a new list: deleting
    each joined part from the list was quadratic in a long text of them (final39)."""
    if len(found) < 2:
        return
    out = [found[0]]
    for second in found[1:]:
        first = out[-1]
        if joins(first, second):
            value = Decimal(repr(first.value)) + Decimal(repr(second.value))
            out[-1] = first._replace(
                kind="number",
                key=_number_key(value),
                value=float(value),
                end=second.end,
                text=first.text + text[first.end : second.start] + second.text,
            )
        else:
            out.append(second)
    found[:] = out


# South Asian sums said in parts, a crore and then lakhs, a lakh and then thousands: "2 करोड़
# 40 लाख" is 24 million, as "2 crore 40 lakh", "२ करोड ४० लाख", "2 کروڑ 40 لاکھ" (a Nepali
# version of a Hindi notice read 20 million and 4 million against 24 million, and its group
# turned it away; stop 36).
_INDIAN_SCALES = {
    "करोड़": 1e7, "करोड": 1e7, "कोटी": 1e7, "crore": 1e7, "کروڑ": 1e7,
    "लाख": 1e5, "lakh": 1e5, "لاکھ": 1e5,
    "हज़ार": 1e3, "हजार": 1e3, "thousand": 1e3, "ہزار": 1e3,
}  # fmt: skip
_INDIAN_HINT = ("लाख", "lakh", "لاکھ", "हज़ार", "हजार", "ہزار")  # substring tests
_INDIAN_GAP = pattern_cache.compile(r"\s*(?:और|and|اور)?\s*")


def _indian_scale(text: str) -> float | None:
    said = _nfc(text.strip()).lower()
    return next((v for word, v in _INDIAN_SCALES.items() if said.endswith(word)), None)


def _indian_sums(text: str, found: list[Mention]) -> None:
    """Join a figure with a smaller scale word that follows one with a larger, in place."""

    def joins(first: Mention, second: Mention) -> bool:
        big, small = _indian_scale(first.text), _indian_scale(second.text)
        return (
            first.kind == second.kind == "number"
            and big is not None
            and small is not None
            and small < big
            and second.value is not None
            and first.value is not None
            and second.value < big
            and _INDIAN_GAP.fullmatch(text, first.end, second.start) is not None
        )

    _join_sums(text, found, joins)


# "Per one" with a counter: ja 棚板1枚あたり, 1人当たり, 1回につき; ko 선반 1개당, 1인당 ("per
# shelf", "per person"), where the other versions write no figure: six infos "ja has 1, not
# found" on one row of a bookcase's instructions. Not a count; not read. Each language's
# hint is a substring every match holds.
# A rate's "1 day" before its figure is the same: ja 1日30分, 1日3回, 1日平均2500人, 1日約20万人
# (about 200,000 a day: stop 37), 1日平均約1万8000トン, 1日に約800個 (stop 38), 1グループ3分,
# ko 1일 3회 ("30 minutes a day", "three times a day", "3 minutes per group"; stop 35).
_PER_ONE = {
    # (a counter of two signs too: 1時間あたり, 1시간당, "per hour", kept a 1, review35)
    "ja": (
        "1",
        pattern_cache.compile(
            r"\p{Han}{0,2}\s?(?:あたり|当たり|につき)"
            r"|(?:[日回週]|[\p{Katakana}ー]+)に?\s?(?:平均|約|およそ){0,2}(?=\d)"
        ),
    ),
    "ko": ("1", pattern_cache.compile(r"\s?\p{Hangul}{0,2}당(?!\p{Hangul})|[일회주]\s?(?=\d)")),
}


def _per_one(text: str, m: Mention, after: regex.Pattern[str]) -> bool:
    # (not an ordinal's: 第1条につき is "as to article 1", its 1 was lost, review35)
    if m.start and text[m.start - 1] == "第":
        return False
    return m.key == "1" and m.kind == "number" and after.match(text, m.end) is not None


# A Hijri date beside the Gregorian one (في 15 رمضان 1445 هـ الموافق 25 مارس 2024): the
# translations keep the Gregorian date alone, and the Hijri figures were "not found" (false
# majors). They are soft evidence: they confirm a figure, never contradict one.
_HIJRI_MONTHS = (
    "محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب"
    "|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
)
_HIJRI_HINT = pattern_cache.compile(rf"هـ|هجري|للهجرة|{_HIJRI_MONTHS}")
_HIJRI = pattern_cache.compile(
    rf"(?:\d{{1,2}}\s+(?:{_HIJRI_MONTHS}))?\s*(?:\d{{3,4}}\s*(?:هـ|ه(?!\p{{L}})|هجري[ةه]?|للهجرة))"
    rf"|\d{{1,2}}\s+(?:{_HIJRI_MONTHS})"
)


def _soften_hijri(text: str, found: list[Mention]) -> None:
    """Make the figures of Hijri dates soft ("word") evidence, in place."""
    spans = [m.span() for m in _HIJRI.finditer(text)]
    for index, m in enumerate(found):
        if m.kind in ("number", "year") and any(a <= m.start and m.end <= b for a, b in spans):
            found[index] = m._replace(kind="word")


# The Korean ordinal prefix 제 before a figure (제3호 태풍, typhoon No. 3; 제3자, a third party;
# 제2차 세계대전, the Second World War): other versions write most ordinals in words, so the
# figure is soft evidence; hard, "the Second World War" and "third parties" were infos
# "perhaps in words" through a ko pivot (review40).
_KO_ORDINAL = pattern_cache.compile(r"(?<!\p{L})제\s?(?=\d)")


def _soften_korean_ordinals(text: str, found: list[Mention]) -> None:
    """Make the figures after the ordinal prefix 제 soft ("word") evidence, in place."""
    _soften(found, {match.end() for match in _KO_ORDINAL.finditer(text)})


def _soften(found: list[Mention], starts: set[int]) -> None:
    """Make the numbers of `found` that begin at `starts` soft ("word") evidence, in place."""
    for index, m in enumerate(found):
        if m.kind == "number" and m.start in starts:
            found[index] = m._replace(kind="word")


# A fraction in figures (ko 3분의 1, ja 3分の1: a third): soft evidence, as 三分之一 and "a third"
# are (its denominator is what those say), which confirms and never contradicts. ko's 3 was
# "ko has 3" against every version that says a third in words the reader leaves alone (el ένα
# τρίτο, ar الثلث): ten false majors through a Korean pivot (a made-up seagrass study, stop 43).
# At a sentence's end or before a comma too (`3분의 1.`), and a hundredth (`100분의 1`; review43).
_FRACTION = pattern_cache.compile(
    r"(?<![\p{N}.,])(\d{1,3})\s?(?:분의|分の)\s?(\d{1,3})(?![\p{N}]|[.,]\p{N})"
)


def _soften_fractions(text: str, found: list[Mention]) -> None:
    """Make the figures of a `_FRACTION` soft ("word") evidence, in place."""
    _soften(found, {m.start(g) for m in _FRACTION.finditer(text) for g in (1, 2)})


# Arabic names a clock's hour with an ordinal after الساعة ("the hour"): الساعة الخامسة مساءً
# is 5 p.m., the 17:00 another version writes (a false major "has 17, not found" before).
_AR_CLOCK = "الساعة"
_AR_BEFORE_HOUR = pattern_cache.compile(r"الساعة\s+$")
# (the night's after 12 from six on: الثانية ليلاً is 2 a.m., it was 14; noon's, ظهراً, up to
# five: الواحدة ظهراً is 13; review35)
_AR_AFTER_HOUR = pattern_cache.compile(
    r"\s+(?:مساء|عصر|بعد\s+الظهر|(?P<night>ليلا|ليلً)|(?P<noon>ظهر))"
)
# "the second hour of" the meeting is no clock (a firm 2 no other version had, review35);
# one o'clock is الواحدة, which no count reads alone (it was nothing).
_AR_HOUR_OF = pattern_cache.compile(r"\s+من(?!\p{L})")
_AR_ONE = pattern_cache.compile(r"(?<=الساعة\s+)الواحدة(?!\p{L})")


def _arabic_word_hours(text: str, found: list[Mention], words: bool) -> None:
    """Read an hour written as an ordinal after الساعة as a clock's hour, in place: firm, and
    after 12 where the afternoon or evening follows it (one o'clock, الواحدة, a word, only
    where `words` are read)."""
    taken = {m.start for m in found}
    for one in _AR_ONE.finditer(text) if words else ():
        if one.start() not in taken:
            found.append(Mention("word", "1", one.start(), one.end(), one.group(), 1.0))
    for index, m in enumerate(found):
        if m.value is None or not 1 <= m.value <= 12 or m.value != int(m.value):
            continue
        if not _AR_BEFORE_HOUR.search(text, max(0, m.start - 12), m.start):
            continue
        if _AR_HOUR_OF.match(text, m.end):
            continue
        hour = int(m.value)
        part = _AR_AFTER_HOUR.match(text, m.end) if hour < 12 else None
        night, noon = (part.group("night"), part.group("noon")) if part else (None, None)
        if part is not None and not (night and hour < 6) and not (noon and hour > 5):
            hour += 12
        found[index] = Mention("number", str(hour), m.start, m.end, m.text, float(hour))


# Words that stand before a month whatever their case (In May, the council met)
_BEFORE_MONTH = frozenset(
    "in until till by since from last next early late mid during before after this of "
    "through throughout between for every each".split()
)
# Words that join a month to the one before it ("March and May", "from March to May") as often
# as they join two names ("talks between Johnson and May", "according to May"): a month only
# after a month.
_JOINING = frozenset(("and", "or", "to"))
_LAST_WORD = pattern_cache.compile(r"(\S+)\s+$")


def _named_month(text: str, start: int, months: Mapping[str, int]) -> bool:
    """Whether an English March or May at `start` (capitalised) is the month: after a word
    that stands before months (in, until, late ...), or after "and", "or", "to" with a month
    before them; not first in the text (May I ...), nor after a capitalised word (Theresa May,
    Prime Minister May) or any other (said May, with May, under May: the politician). "voted
    on in late March" said nothing against ar أواخر مارس (a false major)."""
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _JOINING:
        month = _LAST_WORD.search(text, max(0, before.start() - 40), before.start())
        return month is not None and month.group(1).strip(",").lower() in months
    return word in _BEFORE_MONTH


# Hindi words that add a part to the number after them: साढ़े तीन लाख is 3.5 lakh, सवा दो
# करोड़ 2.25 crore, पौने दो 1.75 (review30: साढ़े तीन लाख was 3 lakh, a false major against en's
# "3.5 lakh"). Not before बजे (o'clock): साढ़े तीन बजे is 3:30, an hour and its minutes.
_HI_PARTS = {_nfc("साढ़े"): 0.5, _nfc("सवा"): 0.25, _nfc("पौने"): -0.25}
_HI_PART_HINT = pattern_cache.compile("|".join(_HI_PARTS))
_HI_PART = pattern_cache.compile(rf"(?<!\p{{L}})({'|'.join(_HI_PARTS)})\s+$")
_HI_CLOCK = pattern_cache.compile(r"\s*(?:बजे|घंट[ेाों])")


def _hindi_parts(text: str, source: str, rules: _NumberRules, found: list[Mention]) -> None:
    """Add the part of `_HI_PARTS` before a figure to it, in place, its span widened to the
    word: to the figure before its scale (साढ़े 3 लाख = 3.5 × 10^5)."""
    scales = sorted((*rules.scales.items(), (_nfc("सौ"), 100.0)), key=lambda s: -len(s[0]))
    for index, m in enumerate(found):
        if m.kind not in ("number", "word") or not m.value or m.value < 0:
            continue
        part = _HI_PART.search(text, max(0, m.start - 12), m.start)
        if part is None or _HI_CLOCK.match(text, m.end):
            continue
        said = _nfc(text[m.start : m.end])
        scale = next((value for word, value in scales if said.endswith(word)), 1.0)
        base = Decimal(repr(m.value)) / Decimal(repr(scale))
        value = (base + Decimal(repr(_HI_PARTS[part.group(1)]))) * Decimal(repr(scale))
        found[index] = m._replace(
            key=_number_key(value),
            value=float(value),
            start=part.start(),
            text=source[part.start() : m.end],
        )


# Half an hour after a count of hours, as the 30 minutes a version on a clock or counting
# minutes writes (4時間30分, 4시간 30분, 4:30): "four and a half hours", أربع ساعات ونصف,
# четырёх с половиной часов, साढ़े चार घंटे, 4時間半 read as 4 and 30, the form `_HALF_PAST`
# gives 3시 반 and the soft words give "half an hour" (three false majors in a ferry notice
# read at stop 34, each version that wrote 4時間30分 against the pivot's "four and a half").
# Per language, what follows the count (the half in group 1); hi's साढ़े comes before it.
_HALF_HOURS_AFTER = {
    "en": r"\s(and\sa\shalf)\s(?:hours?|hrs?)\b|\s(?:hours?|hrs?)\sand\s(a\shalf)\b",
    "fr": r"\s?(?:heures?|h)\set\s(demie?)\b",
    "es": r"\shoras?\sy\s(media)\b",
    "pt": r"\shoras?\se\s(meia)\b",
    "it": r"\s(?:ore|ora)\se\s(mezz[ao])\b",
    "ru": r"\s(с\sполовиной)\s(?:час|часа|часов)\b",
    "uk": r"\s(з\sполовиною)\s(?:годин|години|годину)\b",
    "tr": r"\s(buçuk)\ssaat",
    "vi": r"\s(?:tiếng|giờ)\s(rưỡi)",
    "th": r"\s?ชั่วโมง(ครึ่ง)",
    "el": r"\s(?:ώρες|ώρα)\sκαι\s(μισή)",
    "he": r"\sשעות\s(וחצי)|\s(וחצי)\sשעות",
    "ar": r"\s(?:ساعات|ساعة)\s?(ونصف)|\s(ونصف)\s?(?:ساعة|ساعات)",
    "ja": r"\s?時間(半)",
    # (not a word that 반 opens: 반드시 "without fail", 반대 "against", 반면 "whereas")
    "ko": r"\s?시간\s?(반)(?!드시|대|면|납|영|복|응|발|환|품|려|경|출|입|박|찬|칙|론|성)",
    "zh": r"\s?[个個](半)(?:小时|小時|钟头|鐘頭)|\s?(?:小时|小時)(半)",
    "hi": r"\s*(?:घंट[ेाों]|बजे)",
}
_HALF_HOURS = {lang: pattern_cache.compile(p) for lang, p in _HALF_HOURS_AFTER.items()}
# What every match holds, lower-cased (looked for with `in`)
_HALF_HOURS_HINT = {
    "en": "half", "fr": "demi", "es": "media", "pt": "meia", "it": "mezz",
    "ru": "половин", "uk": "половин", "tr": "buçuk", "vi": "rưỡi", "th": "ครึ่ง",
    "el": "μισή", "he": "וחצי", "ar": "ونصف", "ja": "時間半", "ko": "반", "zh": "半",
    "hi": _nfc("साढ़े"),
}  # fmt: skip
# A count of hours written with a fraction (4.5 hours, 4,5 часа, 4.5時間): its hours and
# minutes, as a clock writes them (4 and 30).
# (and the adjectives, as en's "2.5-hour" is read: de 2,5-stündige, ru 2,5-часовое, pl
# 2,5-godzinne, uk 2,5-годинне, el 2,5 ωρών stayed 2.5 against it, review34)
_HOURS_UNIT = (
    r"(?:hours?|hrs?|h\b|Stunden|stündig\w*|Std\.|heures?|horas?|ore\b|uur\b|час(?:а|ов\w*)?\b"
    r"|ч\.|годин\w*|год\.|godzin\w*|godz\.|saat|jam\b|giờ|tiếng|ชั่วโมง|ώρες|ώρα|ωρών|שעות"
    r"|ساعات|ساعة|घंट[ेाों]|時間|시간|小时|小時|[个個]小[时時])"
)
# (a hyphen too: en's "a 4.5-hour crossing" stayed 4.5 against fr "4,5 heures", read 4 and 30:
# a false major in each version, review34)
_HOURS_AFTER = pattern_cache.compile(rf"\d[.,]\d{{1,2}}[\s-]?{_HOURS_UNIT}")
_HOURS_UNIT_AT = pattern_cache.compile(rf"[\s-]?{_HOURS_UNIT}")
_MINUTES_OF = {Decimal("0.25"): 15, Decimal("0.5"): 30, Decimal("0.75"): 45}


# Tenths, as Japanese, Chinese and Korean count shares (3割, 三成, 3할: 30 %): the 30 % of
# the other versions was "not found" and the 3 was a count (a made-up scooter notice, stop 34).
# Chinese 成 opens many words (成为 "become", 成本 "cost"); 一成不变 is "unchanging"; Korean 할
# after a figure is also "do" before 수 ("can"). Each sign in its own language only: ja's
# 3成分 is "three components" (it was 30 %, review34), and 三五成群 "in small groups".
_TENTHS = {
    "ja": (pattern_cache.compile("割"), "割"),
    "zh": (
        pattern_cache.compile(r"(?<![一])成(?![为為立功员員本长長果绩績熟就都交年人份语語不群])"),
        "成",
    ),
    "ko": (pattern_cache.compile(r"(?<=\d)할(?!\s?[수것])"), "할"),
}


def _tenths(text: str, source: str, tenths: regex.Pattern[str], found: list[Mention]) -> None:
    """Read a count of tenths (`tenths`, a `_TENTHS` mark) as the percentage it is, in
    place."""
    for index, m in enumerate(found):
        if m.kind not in ("number", "word") or m.value is None or not 1 <= m.value <= 10:
            continue
        mark = tenths.match(text, m.end)
        if mark is None:
            continue
        value = Decimal(repr(m.value)) * 10
        found[index] = Mention(
            "percent",
            _number_key(value),
            m.start,
            mark.end(),
            source[m.start : mark.end()],
            float(value),
        )


def _half_hours(text: str, source: str, lang: str, found: list[Mention]) -> None:
    """Add the 30 minutes of a half after a count of hours (`_HALF_HOURS_AFTER`), in place;
    soft where the count is (a word)."""
    after = _HALF_HOURS[lang]
    for m in list(found):
        if m.kind not in ("number", "word") or m.value is None or m.value % 1:
            continue
        match = after.match(text, m.end)
        if match is None:
            continue
        if lang == "hi":  # साढ़े before the count, one of `_HI_PARTS`
            half = _HI_PART.search(text, max(0, m.start - 12), m.start)
            if half is None or half.group(1) != _HALF_HOURS_HINT["hi"]:
                continue
            span = half.span(1)
        else:
            group = next(g for g in range(1, (match.re.groups or 0) + 1) if match.group(g))
            span = match.span(group)
        found.append(Mention(m.kind, "30", span[0], span[1], source[span[0] : span[1]], 30.0))


def _decimal_hours(text: str, source: str, found: list[Mention]) -> None:
    """Read a count of hours with a quarter, a half or three quarters (4.5 hours) as its
    hours and minutes (4 and 30), in place."""
    for index, m in enumerate(found):
        if m.kind != "number" or m.value is None or not 0 < m.value % 1 < 1:
            continue
        minutes = _MINUTES_OF.get(Decimal(repr(m.value)) % 1)
        if minutes is None or not _HOURS_UNIT_AT.match(text, m.end):
            continue
        cut = len(m.text)  # the separator before the fraction's digits (., ٫ or ,)
        while cut and m.text[cut - 1].isdigit():
            cut -= 1
        cut -= 1
        if cut < 1:
            continue
        hours = int(m.value)
        found[index] = m._replace(
            key=str(hours), end=m.start + cut, text=m.text[:cut], value=float(hours)
        )
        found.append(
            Mention(
                "number", str(minutes), m.start + cut + 1, m.end, m.text[cut + 1 :], float(minutes)
            )
        )


def _half_before(
    text: str, start: int, halves: tuple[tuple[str, float], ...]
) -> tuple[int, float] | None:
    """A half word of `halves` (hi डेढ़, ढाई) right before `start`, the number's first word:
    where it begins and its value."""
    before = text[max(0, start - 12) : start]
    word = before.rstrip()
    if len(word) == len(before):
        return None  # no space: part of a word
    for half, value in halves:
        if word.endswith(half) and (len(word) == len(half) or not word[-len(half) - 1].isalpha()):
            return start - len(before) + len(word) - len(half), value
    return None


def _take(taken: bytearray, start: int, end: int) -> None:
    """Mark `taken[start:end]` as inside a mention (or read and left alone)."""
    taken[start:end] = b"\x01" * (end - start)


_DECADE_NAMED_HINT = pattern_cache.compile_re("世纪|世紀|세기|يات|שנות")


def _named_decades(text: str, add, free) -> list[tuple[int, int]]:
    """Read the decades of `_CENTURY_DECADE` with `add` (a year where the century is named,
    soft evidence of the 1900s where Arabic names the decade alone, from the thirties on, as
    a decade in two figures is); their spans, which hold no century of their own."""
    spans = []
    for match in _CENTURY_DECADE.finditer(text):
        if not free(*match.span()):
            continue
        if match.group(1):
            century = (
                int(match.group(1)) if match.group(1).isdigit() else _han_value(match.group(1))
            )
            tens = _han_value(match.group(2))
            year, kind = (int(century or 0) - 1) * 100 + int(tens or 0), "year"
        else:
            if match.group(6):  # Hebrew, in figures
                tens, named = int(match.group(6)), match.group(7) or match.group(8)
                century = int(match.group(7) or 20)
            else:
                tens = _AR_DECADES[match.group(3)]
                named = match.group(4) or match.group(5)
                if not named and _AR_CENTURY_AFTER.match(text, match.end()):
                    continue  # a century it cannot read
                century = _AR_CENTURIES.get(match.group(4) or "") or int(match.group(5) or 20)
            if tens < 30 and not named:
                continue  # the twenties alone: 1920 or 2020
            year, kind = (century - 1) * 100 + tens, "year" if named else "word"
        add(kind, str(year), *match.span(), float(year))
        spans.append(match.span())
    return spans


def _centuries(
    text: str,
    source: str,
    found: list[Mention],
    taken: bytearray,
    decades: list[tuple[int, int]] = (),
) -> None:
    """Turn the numbers of `_CENTURY` into century mentions, in place (`found`, and `taken`
    for what they cover), and mark a century word with no number read as `c:?`; a century
    that names a decade's (`decades`, spans of `_named_decades`) is no century of its own."""
    covered = list(decades)
    for match in _CENTURY.finditer(text):
        if any(a <= match.start() < b for a, b in decades):
            continue
        group = match.lastindex or 0
        numeral = match.group(group)
        if group == 3:
            value = _ITALIAN_CENTURIES[numeral.lower()]
        elif numeral.isdigit():
            value = int(numeral)
        elif numeral[0] in _ROMAN_VALUES:
            value = _roman(numeral) or 0
        else:
            value = _han_value(numeral) or 0
        if not 1 <= value <= 21:
            continue
        start, end = match.span(group)
        found[:] = [m for m in found if m.end <= start or m.start >= end]
        found.append(Mention("century", f"c:{value}", start, end, source[start:end], float(value)))
        _take(taken, *match.span())  # the word too: Hebrew's המאה is also "the hundred"
        covered.append(match.span())
    for match in _CENTURY_WORD.finditer(text):
        if any(a <= match.start() < b for a, b in covered):
            continue
        start, end = match.span()
        found.append(Mention("century", "c:?", start, end, source[start:end], None))
        _take(taken, start, end)


_MONTH_REACH = 16  # characters between two months of a range or list ("March and September")


def _month_beside(text: str, rules: _NumberRules, start: int, end: int) -> bool:
    """Whether a month name that is no other word (not in `ambiguous_months`) stands a few
    characters before `start` or after `end`: then the ambiguous one beside it (March, Mart,
    mars) is a month of a range or a list, "between March and September 2025"."""
    for found in (
        rules.month_re.search(text, end, min(len(text), end + _MONTH_REACH)),
        rules.month_re.search(text, max(0, start - _MONTH_REACH), start),
    ):
        if found and _key(rules.months, found.group(1)) not in rules.ambiguous_months:
            return True
    return False


def _afternoon_hours(text: str, found: list[Mention]) -> None:
    """Read the hours of `_AFTERNOON` as a 24-hour clock does, in place: a version that
    writes 16:00 and one that writes 4 p.m. (오후 4시) state the same hour."""
    at = {(m.start, m.end): i for i, m in enumerate(found) if m.kind == "number"}
    for match in _AFTERNOON.finditer(text):
        group = match.lastindex or 0
        index = at.get(match.span(group))
        hour = int(match.group(group))
        noon = hour == 12 and group in _NOON_GROUPS and match.group().startswith(_NOON_WORDS)
        if index is None or not (
            noon or _LATE_GROUPS.get(group, 1) <= hour <= _EARLY_GROUPS.get(group, 11)
        ):
            continue
        first = hour
        if not noon:
            hour += 18 if group == _THAI_EVENING_GROUP else 12
            if hour > 23:
                continue
            m = found[index]
            found[index] = Mention(m.kind, str(hour), m.start, m.end, m.text, float(hour))
            # the first hour of a range whose part of the day follows the second: "from 3 to
            # 5 p.m.", "von 3 bis 5 Uhr nachmittags" (against 15 bis 17 Uhr, 3 was a false
            # major); not "from 9 to 5 p.m." (9 a.m.) nor "12 to 2 p.m." (noon)
            before = _RANGE_START.search(text, max(0, m.start - 24), m.start)
            start = at.get(before.span(1)) if before else None
            if start is not None and 1 <= int(before.group(1)) < first:
                o = found[start]
                hour = int(before.group(1)) + hour - first
                found[start] = Mention(o.kind, str(hour), o.start, o.end, o.text, float(hour))
        # ... and the second of one whose part of the day comes before the first: 下午3点到5点,
        # 午後3時から5時, 오후 3시부터 5시까지, öğleden sonra saat 3 ile 5 arasında, from noon
        after = _RANGE_END.match(text, match.end()) if group in _PREFIX_GROUPS else None
        said = after.lastindex if after else None
        end = at.get(after.span(said)) if after and said else None
        # (a range's end on the 24-hour clock is its own: 下午12点到14点 is no 26, review39)
        if end is not None and (0 if noon else first) < int(after.group(said)) <= 11:
            o = found[end]
            hour = int(after.group(said)) + (12 if noon else hour - first)
            found[end] = Mention(o.kind, str(hour), o.start, o.end, o.text, float(hour))
