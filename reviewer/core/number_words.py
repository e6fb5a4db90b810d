"""Numbers written out in words, read as one value: сто сорок четыре тысячи = 144000,
quatre-vingt-dix = 90, zweiundvierzig = 42, one hundred and forty-four thousand = 144000.

Translations write a number in digits in one language and in words in another, so a reader
that takes only the last word (тысячи = 1000) or one part (четыре тысячи = 4000) reports a
difference that is not there and misses one that is. The vocabularies, per language, are in
`data/number_words.toml`; `number_reader.numbers` calls `spelt_numbers` and keeps the mention kinds.
"""

from __future__ import annotations

import copy
import math
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from reviewer.core import data_files, pattern_cache

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
    import regex

_TOKEN = pattern_cache.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")
# The same in text of the Latin blocks and general punctuation (most European text), where
# the letters and marks are these ranges (tests/test_number_reader.py checks every code point):
# `re` reads them several times faster than `regex` tests the two properties.
_LATIN = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# (Possessive: nothing follows a run to give letters back to, and `re` then keeps no marks)
_LATIN_TOKEN = pattern_cache.compile_re(f"[{_LATIN}]++(?:['’][{_LATIN}]++)*+")
_NOT_LATIN = pattern_cache.compile_re("[^\x00-\u024f\u2000-\u206f]")
# `_LATIN_TOKEN`'s characters of Latin-1 (its letters and the apostrophe) kept, every other byte
# a space: a text of Latin-1 characters (all of Text+Berg's German and French) is cut into its
# words by a look-up per byte and a split, in C, where the pattern's scan cost about 800
# instructions a word (`_latin_words`).
_LATIN1_WORDS = bytes(c if c == 0x27 or _LATIN_TOKEN.match(chr(c)) else 0x20 for c in range(256))
_GAP = pattern_cache.compile(r"[\s\-‐‑–]*")
_LONGEST_COMPOUND = 80
_CONNECTOR = "&"  # stands for a connector inside a token's word list


@dataclass(frozen=True)
class Spelt:
    """One number in words: its value, its span, and how many number words compose it."""

    value: int
    start: int
    end: int
    words: int
    # A number whatever its context: composed, or one word of 13 or more that is not also an
    # article or ordinary word (forty, сорок; not "ein", "bir", "yüz"). Small lone words are
    # left to the caller's soft list.
    clear: bool
    # A lone word that may be read as a number by itself, as soft evidence (siete, семи,
    # الخمس): not an article or a part (ein, one, اثنا); an ordinary word that is also a
    # number (ست "lady", خمس) only with an article or a prefix on it (الخمس, وخمس).
    alone: bool = False


class _Table(NamedTuple):
    values: dict[str, int]
    multipliers: dict[str, int]
    big: dict[str, int]
    connectors: frozenset[str]
    prefixes: tuple[str, ...]
    articles: tuple[str, ...]
    parts: frozenset[str]
    not_alone: frozenset[str]
    compound_re: regex.Pattern[str] | None
    unit_first: bool
    tens_connector: bool
    teen_after: frozenset[str]
    wide_tens: frozenset[str]
    # Words that end a number (Turkish ordinals: "ikinci bin" is "the second thousand", not
    # 2000).
    ends: frozenset[str]
    # First words of the values written with a hyphen (quatre-vingt): only after one of
    # these is the next word worth trying as a joined value.
    joined_heads: frozenset[str]
    # Every word `_split` can cut ends with a number word or a connector (after the Arabic
    # alif, one of those with it): these endings by their last character, or None where
    # an empty word is one of them (then every word is tried).
    endings: dict[str, tuple[str, ...]] | None


# Arabic and Hebrew vowel signs and cantillation, and the Arabic elongation stroke: Bible and
# school texts write them (سَبْعَةُ, שְׁלֹשָׁה), news mostly does not; the hamza seats of alif
# vary between writers (أربعة, اربعة).
_POINTING = pattern_cache.compile(
    r"[\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"
)
_ALIF = str.maketrans("أإآٱ", "اااا")


@lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    if word.isascii():  # nothing below changes ASCII but the case (most words of most text)
        return word.lower()
    # Turkish dotted İ and dotless ı fold to i, in the lists and in the text alike: upper
    # case writes both as I (ALTMIŞ is altmış, KIRK is kırk; ASCII words only lower).
    word = unicodedata.normalize("NFC", word).replace("İ", "i").lower().replace("ı", "i")
    if max(word) >= "\u0591":  # Hebrew and Arabic pointing and alifs come from U+0591 on
        word = _POINTING.sub("", word).translate(_ALIF)
    return word.replace("’", "'").replace("ʼ", "'")


@cache
def _data() -> dict:
    """The whole file, read once (each language's table used to read it again)."""
    return data_files.load("number_words.toml")


@cache
def _table(lang: str) -> _Table | None:
    data = _data()
    lang = {"ms": "id"}.get(lang, lang)
    if lang not in data:
        return None
    t = data[lang]
    values = {_norm(k): int(v) for k, v in t["values"].items()}
    multipliers = {_norm(k): int(v) for k, v in t.get("multipliers", {}).items()}
    big = {_norm(k): int(v) for k, v in t.get("big", {}).items()}
    connectors = frozenset(_norm(c) for c in t.get("connectors", []))
    compound_re = None
    if t.get("compounds"):
        words = sorted([*values, *multipliers, *big, *connectors], key=lambda w: (-len(w), w))
        compound_re = pattern_cache.compile(
            "(?:(" + "|".join(map(pattern_cache.escape, words)) + "))+"
        )
    return _Table(
        values=values,
        multipliers=multipliers,
        big=big,
        connectors=connectors,
        prefixes=tuple(_norm(p) for p in t.get("prefixes", [])),
        articles=tuple(_norm(p) for p in t.get("articles", [])),
        parts=frozenset(_norm(p) for p in t.get("parts", [])),
        not_alone=frozenset(_norm(p) for p in t.get("not_alone", [])),
        compound_re=compound_re,
        unit_first=bool(t.get("unit_first")),
        tens_connector=bool(t.get("tens_connector")),
        teen_after=frozenset(_norm(p) for p in t.get("teen_after", [])),
        wide_tens=frozenset(_norm(p) for p in t.get("wide_tens", [])),
        ends=frozenset(_norm(p) for p in t.get("ends", [])),
        joined_heads=frozenset(v.split("-", 1)[0] for v in values if "-" in v),
        endings=_endings([*values, *multipliers, *big, *connectors]),
    )


def _endings(words: list[str]) -> dict[str, tuple[str, ...]] | None:
    """`_Table.endings` of these number words and connectors."""
    if "" in words:
        return None
    by_last: dict[str, list[str]] = {}
    for word in {*words, *(w + "ا" for w in words)}:
        by_last.setdefault(word[-1], []).append(word)
    return {last: tuple(sorted(ends)) for last, ends in by_last.items()}


def _known(table: _Table, word: str) -> bool:
    return word in table.values or word in table.multipliers or word in table.big


def _split(table: _Table, word: str) -> list[str] | None:
    """The number words (and `_CONNECTOR`) that make up one written word, or None."""
    if table.endings is not None and not word.endswith(table.endings.get(word[-1:], ())):
        return None  # most words: no number word ends them, so nothing below can cut them
    parts = _split_word(table, word)
    if parts is None and len(word) > 3 and word.endswith("ا"):
        # The Arabic indefinite accusative writes an alif after the word (أربعاً, ألفاً).
        parts = _split_word(table, word[:-1])
    return parts


def _split_word(table: _Table, word: str) -> list[str] | None:
    if _known(table, word):
        return [word]
    if word in table.connectors:
        return [_CONNECTOR]
    for prefix in ("", *table.prefixes):
        rest = word[len(prefix) :] if word.startswith(prefix) else ""
        for article in table.articles:  # الأربعة, والأربعون
            if rest.startswith(article) and _known(table, rest[len(article) :]):
                rest = rest[len(article) :]
        if prefix and _known(table, rest):
            return [_CONNECTOR, rest]
        if not prefix and rest != word and _known(table, rest):
            return [rest]
    # The longest real compound is far shorter; a long run of number syllables ending in
    # another letter would make the regex try every way to cut it (hostile input).
    if table.compound_re is not None and len(word) <= _LONGEST_COMPOUND:
        match = table.compound_re.fullmatch(word)
        if match:
            parts = [_CONNECTOR if p in table.connectors else p for p in match.captures(1)]
            if parts[0] != _CONNECTOR and parts[-1] != _CONNECTOR:
                return parts
    return None


@lru_cache(maxsize=8192)
def _parts(lang: str, word: str) -> list[str]:
    """`_split` of a normalised word ([] for none), cached: text repeats its words. The list
    is shared between callers, who only read it."""
    return _split(_table(lang), word) or []


def _spans(text: str, written: list[str]) -> list[tuple[str, int, int]]:
    """`_TOKEN`'s matches in `text` as (word, start, end), from its `findall` (no second scan):
    every letter and mark is inside a word and a word begins with one, so nothing between
    two words can begin the next, and `str.find` after the one before finds where it is."""
    spans = []
    at = 0
    for word in written:
        start = text.find(word, at)
        at = start + len(word)
        spans.append((word, start, at))
    return spans


class _PerWord(dict):
    """A function of one written word (`__wrapped__`), kept by the word, read as
    `per_word[written]`: a sentence's words are mapped through `__getitem__` in C, a dictionary
    look-up where an `lru_cache` call built an argument tuple and moved its entry to the front
    (a third of `spelt_numbers` on Text+Berg). Emptied past `_PER_WORD_LIMIT` words."""

    __slots__ = ("__wrapped__",)

    def __init__(self, compute) -> None:
        super().__init__()
        self.__wrapped__ = compute

    def __missing__(self, written: str):
        if len(self) >= _PER_WORD_LIMIT:
            self.clear()
        value = self[written] = self.__wrapped__(written)
        return value


_PER_WORD_LIMIT = 16384  # words per language and table, about 200 bytes each


@cache
def _number_word_test(lang: str) -> _PerWord:
    """Whether a written word (`_TOKEN`'s match) is a number word, or the first word of one
    written with a hyphen: what `spelt_numbers` needs of every word before it reads any. One
    table per language, so that a sentence's words are mapped through it in C."""
    table = _table(lang)
    endings, heads = table.endings, table.joined_heads

    def test(written: str) -> bool:
        word = written.lower() if written.isascii() else _norm(written)  # `_norm`, inline
        if endings is not None and not word.endswith(endings.get(word[-1:], ())):
            return word in heads  # `_split` cuts nothing (most words): `_parts` would be []
        # a connector alone (und, et) starts no number: the reading below skips it
        return any(p != _CONNECTOR for p in _parts(lang, word)) or word in heads

    return _PerWord(test)


@cache
def _word_parts(lang: str) -> _PerWord:
    """(`_norm`, `_parts`) of a written word, one table per language: one look-up per word of
    a sentence that holds a number word, its ending tested as `_number_word_test` does."""
    endings = _table(lang).endings

    def read(written: str) -> tuple[str, list[str]]:
        word = written.lower() if written.isascii() else _norm(written)
        if endings is not None and not word.endswith(endings.get(word[-1:], ())):
            return word, []
        return word, _parts(lang, word)

    return _PerWord(read)


def _trailing_zeros(n: int) -> float:
    if n == 0:
        return math.inf
    zeros = 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


class _Reader:
    """Composes one value from number words fed in order; `feed` says whether a word fits."""

    def __init__(self, table: _Table) -> None:
        self.table = table
        self.total = 0  # thousands, millions ... already closed
        self.group = 0  # the part below the last big word
        self.piece = 0  # what was added since the last multiplier (for "dua puluh", "two hundred")
        self.last_add = 0
        self.last_big = math.inf
        self.last_word = ""
        self.count = 0

    @property
    def value(self) -> int:
        return self.total + self.group

    def feed(self, word: str, connected: bool) -> bool:  # noqa: C901 - one rule per branch
        t = self.table
        if self.count == 0:
            return self._take(word)
        if word in t.values:
            v = t.values[word]
            if v >= 1000:  # ألفان, seribu, mille: a thousand and its count in one word
                return False
            if word in t.teen_after and 0 < self.last_add < 10 and self.piece == self.last_add:
                return self._add(word, v)  # ثلاثة عشر, dua belas
            if (
                t.unit_first
                and connected
                and 0 < self.last_add < 10
                and self.piece == self.last_add
                and v % 10 == 0
                and 20 <= v <= 90
            ):
                return self._add(word, v)  # vierundzwanzig, أربعة وعشرون
            if connected and not t.tens_connector and self.group < 100 and self.total == 0:
                return False  # "twenty and five" is two numbers; "hundred and five" is one
            if self.last_word in t.wide_tens and v < 20:
                return self._add(word, v)  # soixante-dix, quatre-vingt-dix
            if self.group == 0 or v < 10 ** min(_trailing_zeros(self.group), 12):
                return self._add(word, v)
            return False
        if word in t.multipliers:
            f = t.multipliers[word]
            if 0 < self.piece < f and not connected:
                self.group += self.piece * (f - 1)
                self.piece = 0
                self.last_add = 0
                return self._count(word)
            return False
        f = t.big[word]
        if f < self.last_big and self.group > 0 and not connected:
            self.total += self.group * f
            self.group = self.piece = self.last_add = 0
            self.last_big = f
            return self._count(word)
        if f > self.last_big and self.group == 0 and self.last_word in t.big:
            self.total *= f  # mil millones, mil milhões
            self.last_big = f
            return self._count(word)
        return False

    def _take(self, word: str) -> bool:
        """The first word of a number."""
        t = self.table
        if word in t.values:
            v = t.values[word]
            if v >= 1000:
                self.total, self.last_big = v, 1000
                return self._count(word)
            return self._add(word, v)
        if word in t.multipliers:
            self.group = t.multipliers[word]
            return self._count(word)
        self.total, self.last_big = t.big[word], t.big[word]
        return self._count(word)

    def _add(self, word: str, v: int) -> bool:
        self.group += v
        self.piece += v
        self.last_add = v
        return self._count(word)

    def _count(self, word: str) -> bool:
        self.count += 1
        self.last_word = word
        return True


def _feed_all(reader: _Reader, parts: list[str], connected: bool) -> _Reader | None:
    """`reader` after all of `parts`, or None where one does not fit."""
    for part in parts:
        if part == _CONNECTOR:
            connected = True
        elif not reader.feed(part, connected):
            return None
        else:
            connected = False
    return reader


def _latin_words(text: str) -> list[str]:
    """`_LATIN_TOKEN.findall(text)` (tests/test_number_reader.py compares them)."""
    data = text.encode("latin-1", "ignore")  # a copy of a Latin-1 text (no check per character)
    if len(data) != len(text):
        return _LATIN_TOKEN.findall(text)  # a character past U+00FF (’, „, ł): the pattern
    words = data.translate(_LATIN1_WORDS).decode("latin-1").split()
    if "'" not in text:
        return words
    # A run of letters and apostrophes is one word unless an apostrophe opens or closes it
    # or comes twice: the pattern reads those runs alone.
    return [w for run in words for w in ((run,) if "'" not in run else _LATIN_TOKEN.findall(run))]


def spelt_numbers(text: str, lang: str, *, latin: bool | None = None) -> list[Spelt]:
    """Numbers written in words in `text`, each maximal run of number words read as one value.

    A run is number words with only spaces, hyphens or the language's connectors between them;
    it is cut where a word cannot continue the number ("two three" is two numbers). Lone words
    are returned too (`words == 1`), with `clear` saying whether they are numbers by themselves.
    `latin`: whether `_NOT_LATIN` finds nothing in `text`, where the caller knows already.
    """
    table = _table(lang)
    if table is None:
        return []
    if latin is None:
        latin = _NOT_LATIN.search(text) is None
    # (`concurrent=False`: `regex` otherwise lets the lock go and takes it again around each
    # match of a `str`, a word here)
    written = _latin_words(text) if latin else _TOKEN.findall(text, concurrent=False)
    flags = list(map(_number_word_test(lang).__getitem__, written))
    if not any(flags):
        return []  # most sentences: no written word is or begins a number word
    # Written words, each as its number words: (parts, start, end). Only number words and
    # the word after each number word or connector are read: any other word ends a number,
    # and so do its letters between the two words around it (below: not adjacent).
    tokens: list[tuple[list[str], int, int]] = []
    matches = _spans(text, written)
    i = 0
    any_number = False
    read = _word_parts(lang).__getitem__
    after = -1  # the index after the last word read with parts
    while i < len(matches):
        if not flags[i] and i != after:
            i += 1
            continue
        group, m_start, m_end = matches[i]
        word, parts = read(group)
        if (
            word in table.joined_heads
            and i + 1 < len(matches)
            and _GAP.fullmatch(text, m_end, matches[i + 1][1])
        ):
            joined = f"{word}-{read(matches[i + 1][0])[0]}"  # quatre-vingt
            if joined in table.values:
                tokens.append(([joined], m_start, matches[i + 1][2]))
                any_number = True
                i += 2
                after = i
                continue
        any_number = any_number or bool(parts)
        tokens.append((parts, m_start, m_end))
        i += 1
        if parts:
            after = i
    if not any_number:  # most sentences: no number word at all
        return []
    found: list[Spelt] = []
    reader: _Reader | None = None
    start = end = 0
    lone = ""
    connected = False
    previous_end: int | None = None

    def close() -> None:
        nonlocal reader
        if reader is not None and reader.count > 0:
            clear = reader.count > 1 or (
                lone in table.values
                and 13 <= table.values[lone]
                and lone not in table.parts
                and lone not in table.not_alone
            )
            alone = (
                reader.count == 1
                and lone in table.values
                and lone not in table.parts
                and (lone not in table.not_alone or _norm(text[start:end]) != lone)
            )
            found.append(Spelt(reader.value, start, end, reader.count, clear, alone))
        reader = None

    for parts, t_start, t_end in tokens:
        # (adjacency only matters to a number word: any other word closes the number)
        adjacent = (
            bool(parts) and previous_end is not None and _GAP.fullmatch(text, previous_end, t_start)
        )
        previous_end = t_end
        if not parts or not adjacent:
            if reader is not None:  # (most words: nothing to close)
                close()
            connected = False
            if not parts:
                continue
        if parts == [_CONNECTOR]:
            connected = reader is not None
            continue
        if len(parts) > 1 and parts[0] != _CONNECTOR:
            # A compound word (zweiundvierzig): read whole, continuing the number before it
            # when it can (zwei Millionen dreihunderttausend), or not at all.
            going = _feed_all(copy.copy(reader), parts, connected) if reader else None
            if going is None:
                close()
                going = _feed_all(_Reader(table), parts, False)
                if going is not None:
                    start, lone = t_start, ""
            reader, connected = going, False
            if reader is not None:
                end = t_end
            continue
        joined = connected or parts[0] == _CONNECTOR
        connected = False
        number = parts[-1]
        if reader is None or not reader.feed(number, joined):
            close()
            reader = _Reader(table)
            reader.feed(number, False)
            start, lone = t_start, number
        end = t_end
        if number in table.ends:
            close()
    close()
    return found
