"""Language-independent evidence in one sentence or cell: the numbers and the names it mentions.

Translations rewrite words but keep quantities and proper names, so these are what the checks
compare across languages, and what an aligner can use as anchors. Each `Mention` carries a
normalised `key` that is equal across languages for the same thing (`5.000`, `5,000` and
`5 000` all give `5000`; `20/5`, `20 Mei`, `20. Mai` and `May 20` all give `d:20.5`;
`Лавров` and `Lawrow` give the same name skeleton) and its character span in the text.
Word lists and conventions live in `data/numbers.toml` and `data/names.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path

import regex
from anyascii import anyascii
from rapidfuzz import fuzz, process

DATA = Path(__file__).resolve().parent / "data"

# Kinds of mention. Numbers: "number", "percent", "year", "date", "month", "word" (a spelt
# number, soft evidence). Names: "name", "acronym".
NUMBER_KINDS = ("number", "percent", "year", "date", "month", "word")
NAME_KINDS = ("name", "acronym")


@dataclass(frozen=True)
class Mention:
    """One number or name in a text: what it is (`key`, equal across languages), and where.

    `value` is the numeric value for numbers (None for dates, months and names); `text` is the
    surface form, `text == source[start:end]`.
    """

    kind: str
    key: str
    start: int
    end: int
    text: str
    value: float | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


# ---------------------------------------------------------------------------------------------
# Numbers


@dataclass(frozen=True)
class _NumberRules:
    decimal: str
    scales: dict[str, float]
    percent: tuple[str, ...]
    words: dict[str, int]
    months: dict[str, int]  # every spelling -> month number
    ambiguous_months: frozenset[str]
    month_prefixes: tuple[str, ...]
    slash_order: str
    scale_re: regex.Pattern[str]
    percent_re: regex.Pattern[str]
    words_re: regex.Pattern[str] | None
    month_re: regex.Pattern[str] | None


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that `nghìn tỷ` wins over `nghìn`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _number_data() -> dict:
    with open(DATA / "numbers.toml", "rb") as handle:
        return tomllib.load(handle)


@cache
def _number_rules(lang: str) -> _NumberRules:
    data = _number_data()
    lang = data["aliases"].get(lang, lang)
    table = data.get(lang) or data["en"]
    scales = {k.lower(): float(v) for k, v in table["scales"].items()}
    months: dict[str, int] = {}
    for number, spellings in enumerate(table.get("months", []), start=1):
        for spelling in spellings:
            months[spelling.lower()] = number
    # A scale word ends at a word boundary, optionally with an abbreviation dot (Mrd., Mio.).
    scale_re = regex.compile(rf"\s?({_alternation(scales)})\.?(?!\p{{L}})", regex.I)
    percent_words = tuple(table["percent"])
    percent_re = regex.compile(
        rf"\s?(?:%|(?:{_alternation(p for p in percent_words if p != '%')})(?!\p{{L}}))", regex.I
    )
    words = {k.lower(): int(v) for k, v in table.get("words", {}).items()}
    words_re = (
        regex.compile(rf"(?<!\p{{L}})({_alternation(words)})(?!\p{{L}})", regex.I)
        if words
        else None
    )
    month_re = (
        regex.compile(rf"(?<!\p{{L}})({_alternation(months)})(\.)?(?!\p{{L}})", regex.I)
        if months
        else None
    )
    return _NumberRules(
        decimal=table["decimal"],
        scales=scales,
        percent=percent_words,
        words=words,
        months=months,
        ambiguous_months=frozenset(m.lower() for m in table.get("ambiguous_months", [])),
        month_prefixes=tuple(table.get("month_prefixes", [])),
        slash_order=table.get("slash_order", "dm"),
        scale_re=scale_re,
        percent_re=percent_re,
        words_re=words_re,
        month_re=month_re,
    )


# A number not glued to a word before it (G20, COVID-19 and Su-57 are names, not quantities).
# Either digit groups of three after one separator (1.234.567, 5 000 with any space), or
# plain digits with an optional fraction.
_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}])(?<!\p{L}-)(?<![.,]\d*)"
    r"(\d{1,3}(?:([.,\u00a0\u202f\u2009 ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
# 20/5, 20/5/2024, 7/2023, 20.05.2024, 20.5.
_SLASH_DATE = regex.compile(
    r"(?<![\p{L}\p{N}/.])(\d{1,2})([/.])(\d{1,2}|\d{4})(?:\2(\d{4}|\d{2}))?(?![\p{N}/])"
)
_CURRENCY_PREFIX = regex.compile(r"(?:US\$|\$|€|£|¥|₫)\s?$")


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
        text = regex.sub(r"\D", "", head) + "." + tail
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


def numbers(text: str, lang: str) -> list[Mention]:
    """Every quantity, year, date, month and spelt small number in `text`, in text order."""
    rules = _number_rules(lang)
    found: list[Mention] = []
    taken = bytearray(len(text))  # characters already inside a mention

    def add(mention: Mention) -> None:
        found.append(mention)
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    # 1. Dates and months, which contain numbers that are not quantities.
    for match in _SLASH_DATE.finditer(text):
        a, sep, b, year = match.group(1), match.group(2), match.group(3), match.group(4)
        if len(b) == 4:  # 7/2023: month and year
            if sep == "/" and 1 <= int(a) <= 12 and year is None:
                add(Mention("month", f"m:{int(a)}", match.start(1), match.end(1), a))
                add(Mention("year", b, match.start(3), match.end(3), b, float(b)))
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
        start, end = match.start(), match.end(3)
        add(Mention("date", f"d:{day}.{month}", start, end, text[start:end]))
        if year:
            full = year if len(year) == 4 else ("20" if int(year) < 50 else "19") + year
            add(Mention("year", full, match.start(4), match.end(4), year, float(full)))
    for prefix in rules.month_prefixes:
        pattern = rf"(?<!\p{{L}}){regex.escape(prefix)}\s+(\d{{1,2}})(?![\p{{N}}])"
        for match in regex.finditer(pattern, text, regex.I):
            month = int(match.group(1))
            if not 1 <= month <= 12 or not free(match.start(1), match.end(1)):
                continue
            day = regex.search(r"(\d{1,2})\s+$", text[: match.start()])  # 20 tháng 5
            if day and free(day.start(1), day.end(1)) and 1 <= int(day.group(1)) <= 31:
                add(
                    Mention(
                        "date",
                        f"d:{int(day.group(1))}.{month}",
                        day.start(1),
                        match.end(),
                        text[day.start(1) : match.end()],
                    )
                )
            else:
                add(Mention("month", f"m:{month}", match.start(), match.end(), match.group(0)))
    if rules.month_re is not None:
        for match in rules.month_re.finditer(text):
            if not free(match.start(), match.end()):
                continue
            word = match.group(1).lower()
            month = rules.months[word]
            # A day before the month may carry an ordinal mark: 20. Mai, 1er mai, 1st May.
            before = regex.search(
                r"(?<![\p{N}.,])(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+$", text[: match.start()]
            )
            after = regex.match(r"\s+(\d{1,2})(?![\p{N}.,]\d)(?!\d)", text[match.end() :])
            year = regex.match(r",?\s+(\d{4})(?!\d)", text[match.end() :])
            if before and free(before.start(1), before.end(1)) and 1 <= int(before.group(1)) <= 31:
                day = int(before.group(1))
                add(
                    Mention(
                        "date",
                        f"d:{day}.{month}",
                        before.start(1),
                        match.end(1),
                        text[before.start(1) : match.end(1)],
                    )
                )
            elif after and 1 <= int(after.group(1)) <= 31:
                end = match.end() + after.end(1)
                day = int(after.group(1))
                add(
                    Mention(
                        "date", f"d:{day}.{month}", match.start(), end, text[match.start() : end]
                    )
                )
            elif year or (word not in rules.ambiguous_months):
                if word in rules.ambiguous_months and not match.group(1)[0].isupper():
                    continue
                add(Mention("month", f"m:{month}", match.start(1), match.end(1), match.group(1)))
    # 2. Quantities: digits, optional scale word and percent sign.
    for match in _NUMBER.finditer(text):
        start, end = match.span(1)
        if not free(start, end):
            continue
        scale = rules.scale_re.match(text, end)
        if scale and not free(end, scale.end()):
            scale = None
        value = _to_decimal(match.group(1), decimal=rules.decimal, scaled=scale is not None)
        if value is None:
            continue
        kind = "number"
        if scale:
            value *= Decimal(repr(rules.scales[regex.sub(r"\s+", " ", scale.group(1).lower())]))
            end = scale.end()
        percent = rules.percent_re.match(text, end)
        if percent and free(end, percent.end()):
            kind = "percent"
            end = percent.end()
        elif not scale and regex.fullmatch(r"1\d{3}|20\d{2}", match.group(1)):
            kind = "year"
        currency = _CURRENCY_PREFIX.search(text, 0, start)
        if currency and free(currency.start(), start):
            start = currency.start()
        add(Mention(kind, _number_key(value), start, end, text[start:end], float(value)))
    # 3. Spelt small numbers (soft evidence: they may confirm a digit, never contradict one).
    if rules.words_re is not None:
        for match in rules.words_re.finditer(text):
            if not free(match.start(), match.end()):
                continue
            value = Decimal(rules.words[match.group(1).lower()])
            end = match.end()
            scale = rules.scale_re.match(text, end)
            kind = "word"
            if scale:
                value *= Decimal(repr(rules.scales[regex.sub(r"\s+", " ", scale.group(1).lower())]))
                end = scale.end()
                kind = "number"
            add(
                Mention(
                    kind,
                    _number_key(value),
                    match.start(),
                    end,
                    text[match.start() : end],
                    float(value),
                )
            )
    found.sort(key=lambda m: (m.start, m.end))
    return found


# ---------------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class _NameRules:
    elisions: tuple[str, ...]
    possessives: tuple[str, ...]
    skeleton: tuple[tuple[str, str], ...]
    final_vowels: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]
    units: frozenset[str]


@cache
def _name_rules() -> _NameRules:
    with open(DATA / "names.toml", "rb") as handle:
        data = tomllib.load(handle)
    return _NameRules(
        elisions=tuple(sorted(data["elisions"], key=len, reverse=True)),
        possessives=tuple(sorted(data["possessives"], key=len, reverse=True)),
        skeleton=tuple((a, b) for a, b in data["skeleton"]),
        final_vowels=tuple(data["final_vowels"]),
        stopwords={lang: frozenset(words) for lang, words in data["stopwords"].items()},
        units=frozenset(data["units"]["acronyms"]),
    )


# A word: letters and combining marks, with inner apostrophes (l'OCS, Putin's). Hyphens split
# words (Kassym-Jomart -> Kassym, Jomart; US-Dollar -> US, Dollar).
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?")
# What may stand between a sentence start and its first word: spaces, quotes, brackets, dashes.
_OPENERS = " \t\n\"'“”„«»‘’‚‹›([{-–—…*•"
_ENDERS = ".!?:;…"


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """The comparison form of a name: ASCII, lower case, common transliteration variants merged.

    Tokaïev, Tokajew and Tokayev share one key; so do Lawrow/Lavrov and Лавров.
    """
    key = regex.sub(r"[^a-z]", "", anyascii(word).lower())
    rules = _name_rules()
    for old, new in rules.skeleton:
        key = key.replace(old, new)
    if len(key) >= 4 and key.endswith(rules.final_vowels):
        key = key[:-1]
    return key


# Soundex-like classes: letters that transliterations of one name swap for one another.
# (w/v/b/p/f: Lawrow/Lavrov, بوتين -> bwtyn / Putin; c/k/q/g/x; s/z; d/t; m/n.)
_PHONETIC_CLASSES = str.maketrans("bpfvwckqgxszdtmn", "bbbbbkkkkkssttnn")
_PHONETIC_DROP = re.compile(r"[aeiouyjh]")  # vowels, and letters transliterations add or drop


def phonetic_key(word: str) -> str:
    """A coarse phonetic key of a name, the same for most of its transliterations.

    Coarser than `name_key` (Putin, Poutine, Путин, पुतिन and بوتين -> `btn`): for proposing
    matches (grouping, alignment evidence), not for saying two names are one.
    """
    ascii_word = anyascii(word).lower()
    letters = "".join(ch for ch in ascii_word if "a" <= ch <= "z")
    if not letters:
        return ""
    head, tail = letters[0], letters[1:]
    body = _PHONETIC_DROP.sub("", tail).translate(_PHONETIC_CLASSES)
    key = (head.translate(_PHONETIC_CLASSES) if head not in "aeiouyjh" else head) + body
    deduped = "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])
    return deduped[:5]


def acronym_key(word: str) -> str:
    return regex.sub(r"[^A-Z0-9]", "", anyascii(word).upper())


def similar_names(a: str, b: str, *, cutoff: float = 80.0) -> bool:
    """Whether two name keys may be one name: equal, close (rapidfuzz ratio), or one a stem of
    the other (kazakh/kazakhstan, kasachisch/kasachstan: a shared start of five letters and half
    the shorter key). Short keys (under four letters) must be equal."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    if fuzz.ratio(a, b, score_cutoff=cutoff):
        return True
    prefix = _common_prefix(a, b)
    return prefix >= 5 and prefix >= 0.5 * shorter


def counterpart(name: str, word: str, *, capitalised: bool, cutoff: float = 80.0) -> bool:
    """Whether `word` (a key) in a translation may stand for the name key `name`: looser than
    `similar_names`, since it only ever silences a finding. Also accepts an inflected form
    (presiden/prasidenten: the longer key cut to the shorter's length + 1) and, for a lower-case
    word, a derived adjective sharing the first three letters and 60 % of the shorter key
    (rusia/russe). Capitalised words keep the strict test, so Iran and Irak stay apart."""
    if similar_names(name, word, cutoff=cutoff):
        return True
    short, long = sorted((name, word), key=len)
    if len(short) >= 5 and fuzz.ratio(short, long[: len(short) + 1], score_cutoff=cutoff):
        return True
    prefix = _common_prefix(name, word)
    return not capitalised and prefix >= 3 and prefix >= 0.6 * len(short)


class NameIndex:
    """Name keys of a cell or a document, ready for many fuzzy look-ups.

    Equality is a set look-up, the ratio test one C-speed scan (rapidfuzz `process.extractOne`),
    and the stem rules run only over keys with the same first letter.
    """

    def __init__(self, items: Iterable[tuple[str, bool]]) -> None:
        self._exact: set[str] = set()
        self._long: list[str] = []
        self._by_initial: dict[str, list[tuple[str, bool]]] = {}
        for key, capitalised in dict.fromkeys(items):
            if not key:
                continue
            if key not in self._exact and len(key) >= 4:
                self._long.append(key)
            self._exact.add(key)
            self._by_initial.setdefault(key[0], []).append((key, capitalised))

    def similar(self, key: str, *, cutoff: float = 80.0) -> bool:
        """Some key here passes `similar_names` with `key`."""
        if key in self._exact:
            return True
        if len(key) < 4 or not key:
            return False
        if process.extractOne(key, self._long, scorer=fuzz.ratio, score_cutoff=cutoff):
            return True
        return any(
            similar_names(key, other, cutoff=cutoff)
            for other, _ in self._by_initial.get(key[0], ())
        )

    def counterpart(self, key: str, *, cutoff: float = 80.0) -> bool:
        """Some key here passes `counterpart` for the name `key`."""
        if self.similar(key, cutoff=cutoff):
            return True
        return bool(key) and any(
            counterpart(key, other, capitalised=capitalised, cutoff=cutoff)
            for other, capitalised in self._by_initial.get(key[0], ())
        )


def _common_prefix(a: str, b: str) -> int:
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix


@lru_cache(maxsize=65536)
def _clean_word(word: str) -> tuple[str, int]:
    """`word` without a leading elision (l', d') or a trailing possessive ('s), and how many
    characters were cut from its start."""
    rules = _name_rules()
    normal = word.replace("’", "'")
    cut = 0
    lower = normal.lower()
    for elision in rules.elisions:
        if lower.startswith(elision) and len(normal) > len(elision):
            cut = len(elision)
            word, normal = word[cut:], normal[cut:]
            break
    for possessive in rules.possessives:
        if normal.endswith(possessive):
            word, normal = word[: -len(possessive)], normal[: -len(possessive)]
            break
    return word, cut


def words(text: str) -> list[tuple[str, int, int]]:
    """Every word of `text` as (word, start, end), elisions and possessives stripped."""
    return list(_words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    # Cached: a cell is read for its vocabulary, its names and its counterparts.
    found = []
    for match in _WORD.finditer(text):
        word, cut = _clean_word(match.group())
        start = match.start() + cut
        if word:
            found.append((word, start, start + len(word)))
    return tuple(found)


def lowercase_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The words seen in lower case somewhere in `texts`: a capitalised sentence opener that is in
    here is a common word, not a name."""
    return frozenset(w for text in texts for w, _, _ in words(text) if w[0].islower())


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _ENDERS


def names(text: str, lang: str, *, vocabulary: frozenset[str] | None = None) -> list[Mention]:
    """Capitalised name words and acronyms in `text`, keyed for fuzzy comparison across scripts.

    `vocabulary` holds the words seen in lower case in the whole document (see
    `lowercase_vocabulary`); without it, `text` itself is used. A sentence-initial word that is
    in it, or in the language's stopwords, is not a name.
    """
    rules = _name_rules()
    stop = rules.stopwords.get(lang, frozenset())
    # "Mai", "November" are dates and "Milliarden" a scale word, not names.
    number_words = {**_number_rules(lang).months, **_number_rules(lang).scales}
    if vocabulary is None:
        vocabulary = lowercase_vocabulary([text])
    found: list[Mention] = []
    for word, start, end in words(text):
        if len(word) < 2 or not word[0].isupper():
            continue
        lower = word.lower()
        if lower in stop or lower in number_words:
            continue
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if word in rules.units:
                continue
            found.append(Mention("acronym", acronym_key(word), start, end, word))
            continue
        if _sentence_initial(text, start) and lower in vocabulary:
            continue
        key = name_key(word)
        if key:
            found.append(Mention("name", key, start, end, word))
    return found
