"""Sentence-level difference checks: one small class per check id, found through a registry.

Each check looks at an aligned group as a whole (`GroupView`: every row, every language), because
some judgements need the document: which acronym French uses for "SCO", what length ratio is
typical for this pair, whether a name is one the translation keeps. It returns findings for the
non-pivot languages only; the pivot is the reference. A check that is unsure says so through a
lower severity rather than staying silent. Thresholds live in `data/checks.toml`; every one of
them is also a keyword option of its check. See docs/checks.md.
"""

from __future__ import annotations

import bisect
import math
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import ClassVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reviewer.core import (
    data_files,
    evidence,
    language,
    pattern_cache,
    punctuation,
    sentence_memo,
)
from reviewer.core.evidence import Mention
from reviewer.core.lexical import length_units
from reviewer.core.model import SEVERITIES, Finding, Row, Segment, cell_text

_LATIN = pattern_cache.compile(r"\p{Latin}")


@cache
def _settings() -> dict:
    return data_files.load("checks.toml")


# ---------------------------------------------------------------------------------------------
# What the checks see


@dataclass(frozen=True)
class Cell:
    """One language's text in one row, as findings see it.

    `text` is `cell_text` of all the cell's segments (the offsets findings use); `content` lists
    the article segments (not boilerplate) with their offset in `text`.
    """

    text: str
    content: tuple[tuple[int, Segment], ...]

    @property
    def has_content(self) -> bool:
        return bool(self.content)

    @cached_property  # asked by most checks, of most cells: joined once
    def content_text(self) -> str:
        if len(self.content) == 1:  # most cells: the segment's own text
            return self.content[0][1].text
        return " ".join(segment.text for _, segment in self.content)

    @property
    def content_spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((at, at + len(segment.text)) for at, segment in self.content)


def _make_cell(segments: Sequence[Segment]) -> Cell:
    content = []
    at = 0
    for segment in segments:
        if segment.boilerplate is None:
            content.append((at, segment))
        at += len(segment.text) + 1
    return Cell(cell_text(list(segments)), tuple(content))


_VOCABULARIES: dict[int, tuple[Sequence[Segment], frozenset[str]]] = {}


def _vocabulary(segments: Sequence[Segment]) -> frozenset[str]:
    """A document's lower-case words, remembered per segment tuple: a correction in the app
    checks a few rows against the same documents (200 ms a time for 4 x 2,000 sentences)."""
    found = _VOCABULARIES.get(id(segments))
    if found is not None and found[0] is segments:
        return found[1]
    vocabulary = frozenset().union(
        *(_lower_words(s.text) for s in segments if s.boilerplate is None)
    )
    if len(_VOCABULARIES) >= 64:
        _VOCABULARIES.clear()
    _VOCABULARIES[id(segments)] = (segments, vocabulary)
    return vocabulary


# 2,048 sentences each, as `_word_index` below: the recurring ones fit (at 8,192 the workers'
# caches added 50 MB to the peak at 10,000 documents).
@lru_cache(maxsize=2048)
def _lower_words(text: str) -> frozenset[str]:
    """`evidence.lowercase_vocabulary` of one sentence, per text: a document's vocabulary is
    their union, and recurring sentences (sentence_memo.py) are read once."""
    return evidence.lowercase_vocabulary((text,))


@lru_cache(maxsize=2048)
def _names_of(text: str, lang: str) -> tuple[tuple[Mention, str | None], ...]:
    """`evidence.names` of one sentence before a vocabulary strikes any (per text, as above):
    each mention with, where a vocabulary may strike it (a name opening the sentence), its
    lower case. `evidence.names` with a vocabulary is this less those whose lower case is in
    it."""
    return tuple(
        (
            m,
            m.text.lower()
            if m.kind == "name" and evidence.sentence_initial(text, m.start)
            else None,
        )
        for m in evidence.names(text, lang, vocabulary=frozenset())
    )


class GroupView:
    """An aligned group, read-only, with per-cell evidence computed once and shared by checks."""

    def __init__(
        self, rows: Sequence[Row], segments: Mapping[str, Sequence[Segment]], pivot: str
    ) -> None:
        self.rows = tuple(rows)
        self.segments = segments
        self.pivot = pivot
        self.languages = (pivot, *(lang for lang in segments if lang != pivot))
        self.targets = self.languages[1:]
        self._cells: dict[tuple[int, str], Cell] = {}
        self._numbers: dict[tuple[int, str], tuple[Mention, ...]] = {}
        self._names: dict[tuple[int, str], tuple[Mention, ...]] = {}
        self._words: dict[tuple[int, str], evidence.NameIndex] = {}
        self._sounds: dict[tuple[int, str], frozenset[str]] = {}
        self._known: dict[tuple[str, str], bool] = {}
        self._vocabularies: dict[str, frozenset[str]] = {}
        self._inside: dict[str, frozenset[str]] = {}
        self._keys_of: dict[str, list[str]] = {}
        self._indexes: dict[str, evidence.NameIndex] = {}
        self.memo: dict[tuple, object] = {}  # caches, shared by the checks

    def cell(self, row: int, lang: str) -> Cell:
        found = self._cells.get((row, lang))  # asked about 600 times a group: one look-up
        if found is None:
            ordinals = self.rows[row].cells.get(lang, ())
            column = self.segments.get(lang, ())
            found = self._cells[row, lang] = _make_cell([column[i] for i in ordinals])
        return found

    def _collect(self, row: int, lang: str, extract) -> tuple[Mention, ...]:
        found: list[Mention] = []
        for at, segment in self.cell(row, lang).content:
            if at == 0:  # the cell's first segment: the mentions as they are (frozen)
                found.extend(extract(segment.text))
                continue
            for m in extract(segment.text):
                found.append(Mention(m.kind, m.key, m.start + at, m.end + at, m.text, m.value))
        return tuple(found)

    def numbers(self, row: int, lang: str) -> tuple[Mention, ...]:
        key = (row, lang)
        if key not in self._numbers:
            self._numbers[key] = self._collect(row, lang, lambda t: sentence_memo.numbers(t, lang))
        return self._numbers[key]

    @cached_property
    def _content_texts(self) -> dict[str, str]:
        return {
            lang: "\n".join(s.text for s in self.segments.get(lang, ()) if s.boilerplate is None)
            for lang in self.languages
        }

    def _in_vocabulary(self, lang: str, lower: str) -> bool:
        """Whether `lower` is among the document's lower-case words (`_vocabulary`). Each of
        them is written in its text, so a word the text does not hold needs no vocabulary
        (a name's lower case seldom is: most documents then never make theirs). In a long
        document each such test reads the whole text: there the table is made at once."""
        text = self._content_texts[lang]
        if len(text) <= _SCAN_BEFORE_TABLE and lower not in text:
            return False
        vocabulary = self._vocabularies.get(lang)
        if vocabulary is None:
            vocabulary = self._vocabularies[lang] = _vocabulary(self.segments.get(lang, ()))
        return lower in vocabulary

    def _written_inside(self, lang: str, word: str) -> bool:
        """Whether the document writes `word`, a sentence opener of its own, capitalised
        inside a sentence too (`evidence.capitalised_inside`). That needs a second occurrence
        of it in the text: a word written once needs no table of the document's words."""
        text = self._content_texts[lang]
        if len(text) <= _SCAN_BEFORE_TABLE and text.count(word) < 2:
            return False
        inside = self._inside.get(lang)
        if inside is None:
            inside = self._inside[lang] = evidence.capitalised_inside(
                s.text for s in self.segments.get(lang, ()) if s.boilerplate is None
            )
        return word in inside

    def _name_keys(self, lang: str) -> list[str]:
        """The name keys of `lang`'s document, in text order."""
        keys = self._keys_of.get(lang)
        if keys is None:
            keys = self._keys_of[lang] = [
                m.key
                for s in self.segments.get(lang, ())
                if s.boilerplate is None
                for m in self._raw_names(lang, s.text)
                if m.kind == "name"
            ]
        return keys

    def _elsewhere(self, lang: str) -> evidence.NameIndex:
        """The name keys of the other languages' documents (made for the languages that ask:
        a language whose openers are all settled otherwise never does)."""
        index = self._indexes.get(lang)
        if index is None:
            index = self._indexes[lang] = evidence.NameIndex(
                (k, True)
                for other in self.languages
                if other != lang
                for k in self._name_keys(other)
            )
        return index

    def _raw_names(self, lang: str, text: str) -> list[Mention]:
        """`evidence.names` of one segment, computed once for both uses."""
        key = ("names", lang, text)
        if key not in self.memo:
            self.memo[key] = [
                m
                for m, lower in _names_of(text, lang)
                if lower is None or not self._in_vocabulary(lang, lower)
            ]
        return self.memo[key]

    def _named_elsewhere(self, lang: str, key: str) -> bool:
        if (lang, key) not in self._known:
            self._known[lang, key] = self._elsewhere(lang).similar(key)
        return self._known[lang, key]

    def names(self, row: int, lang: str) -> tuple[Mention, ...]:
        """The cell's names and acronyms. A sentence opener that the document never writes
        capitalised inside a sentence and that no other version names (Губернатор, Der) is
        taken for a common word."""
        key = (row, lang)
        if key not in self._names:

            def extract(text: str) -> list[Mention]:
                # `_raw_names` filtered, read from `_names_of` at once: `lower` is set only for
                # a name that opens the sentence, the only kind the vocabulary or the others
                # may strike (the document-wide tables are then made only where one is asked).
                found = []
                for m, lower in _names_of(text, lang):
                    if lower is None:
                        if m.kind == "acronym" and _ROMAN.fullmatch(m.text):
                            continue
                    elif self._in_vocabulary(lang, lower) or not (
                        self._written_inside(lang, m.text) or self._named_elsewhere(lang, m.key)
                    ):
                        continue
                    found.append(m)
                return found

            self._names[key] = self._collect(row, lang, extract)
        return self._names[key]

    def spelled(self, row: int, lang: str, word: str) -> bool:
        """Whether the cell writes `word` (an acronym) in another script, by sound: SCO as ШОС is
        not this, AFAD as آفاد is."""
        key = evidence.phonetic_key(word)
        if (row, lang) not in self._sounds:
            text = self.cell(row, lang).content_text
            self._sounds[row, lang] = frozenset(
                evidence.phonetic_key(w) for w, _, _ in evidence.words(text) if not _LATIN.match(w)
            )
        return bool(key) and key in self._sounds[row, lang]

    def words(self, row: int, lang: str) -> evidence.NameIndex:
        """The name keys of every word of the cell's content, capitalised or not."""
        key = (row, lang)
        if key not in self._words:
            self._words[key] = _word_index(self.cell(row, lang).content_text)
        return self._words[key]


# Per text, not per group: a sentence that recurs across the corpus (sentence_memo.py) makes
# the same cell in many groups, and its index and look-ups are those of its text alone. Sized
# for the recurring ones (a few MB in each worker; they are never emptied).
@lru_cache(maxsize=2048)
def _word_index(text: str) -> evidence.NameIndex:
    return evidence.NameIndex(
        (evidence.name_key(w), w[0].isupper()) for w, _, _ in evidence.words(text)
    )


@lru_cache(maxsize=16384)
def _counterpart(text: str, key: str, cutoff: float) -> bool:
    return _word_index(text).counterpart(key, cutoff=cutoff)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    cut = _grapheme_end(text, limit - 1)
    return f"“{text[:cut] + '…' if cut < len(text) else text}”"


# Languages whose common nouns are capitalised: a capitalised word is no sign of a name.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})

# A Roman numeral is a number, not an acronym: World War II is der Zweite Weltkrieg, and
# Jean-Paul II is Johannes Paul II. (I, V and X only: CD, DC, MC are acronyms as often.)
_ROMAN = pattern_cache.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


# Up to this many characters a document's text is searched for a word before its word
# tables are made (most never need them); a longer one, asked of many names (a 4 x 5,000-
# sentence group: thousands), reads its text once into the tables instead: the searches made
# aligning and checking that group 3.7 -> 6.0 s.
_SCAN_BEFORE_TABLE = 50_000


def _worded(text: str) -> bool:
    """Whether `text` has two letters or digits at least: marks and a lone letter (".....",
    "- _-", "â": scan debris in Text+Berg) are no sentence a version can lack. A Han or kana
    character is a word, and may be a sentence (MAC-Dev's “不……”, "No…")."""
    seen = 0  # stops at the second letter or digit (most cells' first two characters)
    for ch in text:
        if ch.isalnum():
            seen += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if seen >= 2:
                return True
    return False


def _grapheme_end(text: str, at: int) -> int:
    """`at`, moved past the combining marks there: a cut at `at` would take the vowel signs
    off a letter (Arabic harakat, Thai and Devanagari vowels), or start an excerpt with one."""
    while at < len(text) and unicodedata.category(text[at]) in ("Mn", "Me"):
        at += 1
    return at


# ---------------------------------------------------------------------------------------------
# The registry


class Check:
    """One check: an `id`, a default `severity`, and `run`, which yields (row index, finding)."""

    id: ClassVar[str]
    severity: ClassVar[str]
    description: ClassVar[str]

    def __init__(self, **options: float) -> None:
        defaults = dict(_settings().get(self.id, {}))
        unknown = set(options) - set(defaults)
        if unknown:
            raise TypeError(f"{self.id}: unknown option(s) {', '.join(sorted(unknown))}")
        defaults.update(options)
        self.options = defaults

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        raise NotImplementedError

    def finding(
        self,
        lang: str,
        message: str,
        spans: Iterable[tuple[int, int]] = (),
        *,
        severity: str | None = None,
    ) -> Finding:
        severity = severity or self.severity
        assert severity in SEVERITIES, severity
        return Finding(self.id, lang, severity, message, tuple(sorted(set(spans))))


REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check findable by its id."""
    if cls.id in REGISTRY:
        raise ValueError(f"check id {cls.id!r} registered twice")
    REGISTRY[cls.id] = cls
    return cls


def get_check(check_id: str, **options: float) -> Check:
    """An instance of the check registered under `check_id`, with `options` over its defaults."""
    try:
        cls = REGISTRY[check_id]
    except KeyError:
        raise KeyError(f"no check {check_id!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return cls(**options)


def run_checks(
    rows: Sequence[Row],
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    *,
    checks: Iterable[str | Check] | None = None,
) -> list[tuple[Finding, ...]]:
    """The findings of each row, in row order (default: every registered check)."""
    group = GroupView(rows, segments, pivot)
    instances = [
        get_check(c) if isinstance(c, str) else c
        for c in (checks if checks is not None else REGISTRY)
    ]
    found: list[list[Finding]] = [[] for _ in group.rows]
    for check in instances:
        for row, finding in check.run(group):
            found[row].append(finding)
    order = {lang: i for i, lang in enumerate(group.languages)}
    return [
        tuple(sorted(row, key=lambda f: (SEVERITIES.index(f.severity), order.get(f.lang, 0))))
        for row in found
    ]


# ---------------------------------------------------------------------------------------------
# The checks


@register
class Missing(Check):
    """The pivot has article text in this row and this language has none."""

    id = "missing"
    severity = "major"
    description = "the pivot has text in this row, this language has none"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        for row in range(len(group.rows)):
            pivot = group.cell(row, group.pivot)
            if not pivot.has_content or not _worded(pivot.content_text):
                continue  # "....." or "â" (scan debris in Text+Berg): nothing to translate
            empty = [lang for lang in group.targets if not group.cell(row, lang).has_content]
            if len(empty) >= _MIN_VOTERS and len(empty) == len(group.targets):
                # Every other version lacks it: the pivot's own sentence (or one every
                # translation dropped), said once on the pivot rather than once per version.
                message = (
                    f"no other version has this {group.pivot} sentence ({len(empty)} of"
                    f" {len(empty)} lack it): {_quote(pivot.content_text)}"
                )
                yield row, self.finding(group.pivot, message)
                continue
            for lang in group.targets:
                if not group.cell(row, lang).has_content:
                    message = (
                        f"no {lang} text for this {group.pivot} sentence: "
                        f"{_quote(pivot.content_text)}"
                    )
                    yield row, self.finding(lang, message)
                elif (lacking := self._unmatched(group, row, lang)) and _worded(lacking):
                    # A short sentence ("Amen.", "This is the second death.") beside one this
                    # version does have is often folded into it by the translator: too weak a
                    # sign of an omission to alert on (Bible fault bench: 14 of 18 such
                    # findings were false alarms).
                    short = length_units(lacking) < self.options["short_units"]
                    message = (
                        f"{lang} has no counterpart for this {group.pivot} sentence of the row"
                        f"{' (short: perhaps joined to its neighbour)' if short else ''}: "
                        f"{_quote(lacking)}"
                    )
                    yield row, self.finding(lang, message, severity="info" if short else None)

    @staticmethod
    def _unmatched(group: GroupView, row: int, lang: str) -> str:
        """The row's pivot article text that this language's own alignment left alone (a row
        over several pivot sentences, because another version merged them)."""
        column = group.segments.get(group.pivot, ())
        ordinals = group.rows[row].unmatched.get(lang, ())
        return " ".join(column[i].text for i in ordinals if not column[i].boilerplate)


@register
class Extra(Check):
    """This language has article text in a row where the pivot has none."""

    id = "extra"
    severity = "major"
    description = "this language has text in this row, the pivot has none"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        for row in range(len(group.rows)):
            if group.cell(row, group.pivot).has_content:
                continue
            for lang in group.targets:
                cell = group.cell(row, lang)
                if cell.has_content:
                    message = (
                        f"{lang} text with no counterpart in {group.pivot}: "
                        f"{_quote(cell.content_text)}"
                    )
                    yield row, self.finding(lang, message, cell.content_spans)
        yield from self._inside(group)

    def _inside(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """Text a version added inside a row that has pivot text: its own alignment gave
        those sentences no pivot counterpart, though the row holds them (another version
        merged the pivot sentences around them)."""
        for row in range(len(group.rows)):
            if not group.cell(row, group.pivot).has_content:
                continue
            for lang, added in group.rows[row].inserted.items():
                found = [(at, s) for at, s in group.cell(row, lang).content if s.ordinal in added]
                if found:
                    spans = tuple((at, at + len(s.text)) for at, s in found)
                    message = (
                        f"{lang} text with no counterpart in {group.pivot}, inside this row: "
                        f"{_quote(' '.join(s.text for _, s in found))}"
                    )
                    yield row, self.finding(lang, message, spans)


def _describe(mentions: Iterable[Mention]) -> str:
    return ", ".join(dict.fromkeys(m.text for m in mentions))


@register
class NumberMismatch(Check):
    """Quantities, years, dates and months that differ between the pivot and this language."""

    id = "number-mismatch"
    severity = "major"
    description = "a number of the pivot is not in this language, or the reverse"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        found = [(row, f) for lang in group.targets for row, f in self._language(group, lang)]
        found = self._contradicted(group, found)
        yield from self._outvoted(group, found)

    def _contradicted(
        self, group: GroupView, found: list[tuple[int, Finding]]
    ) -> list[tuple[int, Finding]]:
        """A small number on one side only is info: the pivot may say it in a form the reader
        does not know (third, second-class, a day). That excuse fails where another version
        says a different small count that the pivot lacks as well, and no version at all has
        this one (1ドル=153円 changed to 2ドル, beside vi's 1 USD, against en's "per dollar"):
        the versions then disagree among themselves, and the one whose count no other version
        has is reported as minor. Value one is left alone (an article or "per" says it)."""
        out = []
        for row, finding in found:
            if finding.severity == "info" and finding.spans:
                finding = self._disagreeing(group, row, finding) or finding
            out.append((row, finding))
        return out

    def _disagreeing(self, group: GroupView, row: int, finding: Finding) -> Finding | None:
        lang = finding.lang
        pivot = _side_of(group, row, group.pivot)
        others = [
            other for other in group.targets if other != lang and group.cell(row, other).has_content
        ]
        # Every version's numbers on this row and the rows beside it: a count that another
        # version has a row away was cut into a neighbouring sentence, not changed.
        beside = [r for r in (row - 1, row, row + 1) if 0 <= r < len(group.rows)]
        anywhere = [
            _side_of(group, r, version) for r in beside for version in (group.pivot, *others)
        ]
        lone = [
            m
            for m in group.numbers(row, lang)
            if m.span in finding.spans
            and _small(m)
            and m.value != 1
            and not any(side.has(m) for side in anywhere)
        ]
        if not lone:
            return None
        mine = _side_of(group, row, lang)
        said = [
            (other, m)
            for other in others
            for m in group.numbers(row, other)
            if _small(m) and not pivot.has(m) and not mine.has(m)
        ]
        if not said:
            return None
        other, theirs = said[0]
        message = (
            f"{lang} has {_describe(lone)}, not in {group.pivot} nor in any other version;"
            f" {other} has {theirs.text} here"
        )
        return self.finding(lang, message, finding.spans, severity="minor")

    def _outvoted(
        self, group: GroupView, found: list[tuple[int, Finding]]
    ) -> Iterator[tuple[int, Finding]]:
        """Where the other versions agree with each other against the pivot, the pivot is what
        differs: one finding on the pivot instead of one on every faithful version.

        A pivot number is outvoted when at least three quarters of the versions with text on
        its row, and three at least, lack it and hold one same other value instead (12
        نوفمبر in the pivot, 11 November in nine of ten versions). The versions whose only
        disagreement it was lose their finding; a version with a slip of its own keeps it.
        """
        rows = {row for row, f in found if f.severity != "info"}
        dropped: set[tuple[int, str]] = set()
        for row in sorted(rows):
            voters = [lang for lang in group.targets if group.cell(row, lang).has_content]
            if len(voters) < _MIN_VOTERS:
                continue
            pivot = [m for m in group.numbers(row, group.pivot) if m.kind != "word"]
            pivot_side = _Side(pivot)
            theirs = {
                lang: [m for m in group.numbers(row, lang) if m.kind != "word"] for lang in voters
            }
            sides = {lang: _Side(mentions) for lang, mentions in theirs.items()}
            for m in pivot:
                lacking = [lang for lang in voters if not sides[lang].has(m)]
                if len(lacking) < max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters))):
                    continue
                instead = _agreed(lacking, theirs, sides, pivot_side)
                if instead is None:
                    continue
                agree = [lang for lang in lacking if sides[lang].has(instead)]
                if len(agree) < max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters))):
                    continue
                majority = _Side([instead])
                for lang in agree:
                    missing = [p for p in pivot if not sides[lang].has(p)]
                    extra = [t for t in theirs[lang] if not pivot_side.has(t)]
                    if missing == [m] and all(majority.has(t) for t in extra):
                        dropped.add((row, lang))
                named = ", ".join(agree[:4]) + (", …" if len(agree) > 4 else "")
                message = (
                    f"{group.pivot} has {m.text} where {len(agree)} of {len(voters)} other"
                    f" versions have {instead.text} ({named}): the pivot differs"
                )
                yield row, self.finding(group.pivot, message, (m.span,))
        for row, finding in found:
            if (row, finding.lang) not in dropped:
                yield row, finding

    def _language(self, group: GroupView, lang: str) -> Iterator[tuple[int, Finding]]:
        rows = range(len(group.rows))
        numbers = {row: (group.numbers(row, group.pivot), group.numbers(row, lang)) for row in rows}
        sides = _ByRow(lambda r: (_side_of(group, r, group.pivot), _side_of(group, r, lang)))
        # Per row, the keys each side has that the other side's cell lacks: a number missing
        # here and left over a few rows away is displaced by the alignment, not changed.
        # (Each made for the rows asked: only a row with a number one side lacks asks.)
        loose_pivot = _ByRow(lambda r: {m.key for m in numbers[r][0] if not sides[r][1].has(m)})
        loose_target = _ByRow(lambda r: {m.key for m in numbers[r][1] if not sides[r][0].has(m)})

        # The same for counts said in words, from rows whose sides read alike (a row with
        # ordinals read on one side only has many leftovers, and says nothing about shifts).
        spare_pivot = _ByRow(lambda r: _spare(*numbers[r]))
        spare_target = _ByRow(lambda r: _spare(numbers[r][1], numbers[r][0]))

        # Neighbours are counted in rows where either side has text (a group of nine has many
        # rows that hold only other languages).
        texted = [r for r in rows if _has_text(group, r, lang)]
        place = {r: i for i, r in enumerate(texted)}

        def near(row: int, reach: int = _NEAR_ROWS) -> list[int]:
            i = place[row]
            return texted[max(0, i - reach) : i + reach + 1]

        def moved(
            m: Mention, row: int, loose: dict[int, set[str]], reach: int = _NEAR_ROWS
        ) -> bool:
            return any(r != row and m.key in loose[r] for r in near(row, reach))

        found: dict[int, tuple[list[Mention], list[Mention], list[Mention]]] = {}
        for row in rows:
            if not group.cell(row, group.pivot).has_content:
                continue
            if not group.cell(row, lang).has_content:
                continue
            pivot, target = numbers[row]
            pivot_side, target_side = sides[row]
            # Spelt numbers ("six", "enam") confirm a digit but never contradict one.
            missing = [m for m in pivot if m.kind != "word" and not target_side.has(m)]
            extra = [m for m in target if m.kind != "word" and not pivot_side.has(m)]
            away = [m for m in missing if moved(m, row, loose_target)]
            away += [m for m in extra if moved(m, row, loose_pivot)]
            missing = [m for m in missing if m not in away]
            extra = [m for m in extra if m not in away]
            found[row] = (missing, extra, away)

        # A sentence of this language on a row of its own (the pivot's cell empty) next to a
        # row that lacks a pivot number may be the rest of that row's sentence, cut apart
        # (Thai, where spaces split clauses): the number is there (no finding), or changed
        # (reported on the lone row, where the changed text is).
        lone_found: dict[int, tuple[list[Mention], list[Mention], Sequence[Mention]]] = {}
        notes: dict[int, str] = {}
        for row in texted:
            if group.cell(row, group.pivot).has_content or not numbers[row][1]:
                continue
            i = place[row]
            for other in texted[i + 1 : i + 2] + texted[max(0, i - 1) : i]:
                if other not in found or not found[other][0] or found[other][1]:
                    continue
                missing, _, away = found[other]
                piece = numbers[row][1]
                joined = _Side([*numbers[other][1], *piece])
                still = [m for m in missing if not joined.has(m)]
                extra = [m for m in piece if m.kind != "word" and not sides[other][0].has(m)]
                if extra:
                    lone_found[row] = (still, extra, numbers[other][0])
                    said = f" {lang} has {_describe(extra)} in the row beside"
                else:
                    said = f" {lang} has it in the row beside"
                if not still or extra:
                    notes[other] = f"{group.pivot} has {_describe(missing)}, not found here;{said}"
                    found[other] = ([], [], away)
                break
        for row, (still, extra, pivot) in lone_found.items():
            yield row, self._mismatch(group, lang, pivot, numbers[row][1], still, extra)

        for row, (missing, extra, away) in found.items():
            pivot, target = numbers[row]
            note = notes.get(row, "")
            if missing and not extra:
                # A pivot number lacking here beside a row where this language has a number
                # the pivot lacks: one changed number that the alignment put a row away. It
                # is reported there, where the changed text is.
                there = [r for r in near(row) if r in found and found[r][1] and not found[r][0]]
                if there:
                    note = (
                        f"{group.pivot} has {_describe(missing)}, not found in {lang} here;"
                        f" {lang} has {_describe(found[there[0]][1])} a few rows away"
                    )
                    missing = []
            if missing or extra:
                yield row, self._mismatch(group, lang, pivot, target, missing, extra)
                continue
            kept = [m for m in pivot if m not in away], [m for m in target if m not in away]
            changed = _words_changed(*kept)
            if changed:
                said, written = changed
                # A side whose every leftover is left over the other way in the next row
                # is the alignment's doing (rows cut a verse early), not a changed count.
                # Only the next row counts: small counts (twelve, seven) recur all over.
                shifted = all(moved(m, row, spare_target, 1) for m in said) or all(
                    moved(m, row, spare_pivot, 1) for m in written
                )
                if not shifted:
                    message = (
                        f"{group.pivot} has {_describe(said)}, {lang} has {_describe(written)}"
                        " instead"
                    )
                    spans = (m.span for m in written)
                    yield row, self.finding(lang, message, spans, severity="minor")
                    continue
            if note:
                yield row, self.finding(lang, note, (), severity="info")
            elif away:
                # Named per side: in a group of twelve, "the other language" said nothing.
                said = [
                    f"{side} has {_describe(here)} here, which {other} has a few rows away"
                    for side, other, mentions in (
                        (group.pivot, lang, pivot),
                        (lang, group.pivot, target),
                    )
                    if (here := [m for m in away if any(m is n for n in mentions)])
                ]
                message = "; ".join(said) + ": the rows may be shifted"
                spans = (m.span for m in away if m in target)
                yield row, self.finding(lang, message, spans, severity="info")

        # A sentence of this language on a row of its own (the pivot's cell empty) may be the
        # first part of the next row's sentence, cut apart (Thai, where spaces split clauses):
        # its counts in words are compared with that row's as one.
        for row in texted:
            if group.cell(row, group.pivot).has_content or not numbers[row][1]:
                continue
            if row in lone_found:
                continue  # reported above
            i = place[row]
            beside = [r for r in texted[i + 1 : i + 2] + texted[max(0, i - 1) : i] if r in found]
            if not beside or beside[0] in notes:
                continue
            other = beside[0]
            pivot, target = numbers[other]
            if found[other][0] or found[other][1] or _words_changed(pivot, target):
                continue
            changed = _words_changed(pivot, [*target, *numbers[row][1]])
            if changed and all(m in numbers[row][1] for m in changed[1]):
                said, written = changed
                message = (
                    f"{group.pivot} has {_describe(said)} in the row beside, {lang} has"
                    f" {_describe(written)} here instead"
                )
                yield row, self.finding(lang, message, (m.span for m in written), severity="minor")

    def _mismatch(
        self,
        group: GroupView,
        lang: str,
        pivot: Sequence[Mention],
        target: Sequence[Mention],
        missing: list[Mention],
        extra: list[Mention],
    ) -> Finding:
        parts = []
        target_side = _Side(target)
        if missing:
            parts.append(f"{group.pivot} has {_describe(missing)}, not found in {lang}")
        if extra:
            parts.append(f"{lang} has {_describe(extra)}, not in {group.pivot}")
            # A count the pivot says in words, unmatched here, is what the reviewer compares
            # the new number with ("ko has 8, not in en; en says nine"). Not one: "a", 一个,
            # "ein" are articles as often, and "zh says 一" beside Forty-Two explains nothing.
            said = [
                m for m in pivot if m.kind == "word" and m.value != 1 and not target_side.has(m)
            ]
            if said and not missing:
                parts.append(f"{group.pivot} says {_describe(said)}")
        else:
            # Nothing new, so a pivot number was most likely turned into one said
            # already (Juli 2023 bis Juli 2024 -> 2024 bis 2024): point at the repeats.
            extra = _surplus(pivot, target)
            if extra:
                parts.append(f"{lang} repeats {_describe(extra)}")
        severity = None
        if _in_words_opposite(missing, extra, pivot, target, _Side(pivot), target_side):
            severity = "info"
            parts.append("on one side only: perhaps written in words on the other")
        return self.finding(lang, "; ".join(parts), (m.span for m in extra), severity=severity)


_NEAR_ROWS = 3  # rows either side where a displaced number is looked for
_MIN_VOTERS = 3  # versions that must agree against the pivot before the pivot is blamed
_MAJORITY = 0.75  # and the share of the versions with text on the row they must be


def _agreed(
    lacking: Sequence[str],
    theirs: Mapping[str, Sequence[Mention]],
    sides: Mapping[str, _Side],
    pivot_side: _Side,
) -> Mention | None:
    """The value most of `lacking` hold where the pivot has another (None when they differ)."""
    best, support = None, 0
    for lang in lacking:
        for candidate in theirs[lang]:
            if pivot_side.has(candidate):
                continue
            count = sum(sides[other].has(candidate) for other in lacking)
            if count > support:
                best, support = candidate, count
    return best


_MOST_LEFTOVERS = 2  # different counts said on one side only, beyond which sides read apart


def _has_text(group: GroupView, row: int, lang: str) -> bool:
    return group.cell(row, group.pivot).has_content or group.cell(row, lang).has_content


def _words_changed(
    pivot: Sequence[Mention], target: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """Counts said on each side and not on the other, where both sides have some: seven angels
    against восьми Ангелов, three gates against vier Tore. Numbers in words are soft evidence,
    so only a swap counts (one side's leftover against the other's), value one is left out
    (an article or a pronoun as often), and so are lone hundreds and thousands (万物 "all
    things", "thousands of"), and more than two different leftover values on a side
    mean that the sides read their words differently (ordinals on one side only), not that
    one was changed."""
    said = _leftover(pivot, target)
    written = _leftover(target, pivot)
    if not said or not written or len({m.key for m in said}) > _MOST_LEFTOVERS:
        return None
    if len({m.key for m in written}) > _MOST_LEFTOVERS:
        return None
    return said, written


def _spare(this: Sequence[Mention], other: Sequence[Mention]) -> set[str]:
    """The keys of `_leftover`, where there are at most two of them."""
    keys = {m.key for m in _leftover(this, other)}
    return keys if len(keys) <= _MOST_LEFTOVERS else set()


def _leftover(this: Sequence[Mention], other: Sequence[Mention]) -> list[Mention]:
    """Counts (whole numbers of two or more) of `this` side beyond the other side's, in order."""

    counts = [
        m
        for m in this
        if (m.kind == "number" or (m.kind == "word" and (m.value or 0) < 100))
        and _whole(m.value)
        and (m.value or 0) >= 2
    ]
    if not counts:
        return []
    budget: dict[str, int] = {}  # a plain dict: Counter's construction cost more than the rest
    for m in other:
        budget[m.key] = budget.get(m.key, 0) + 1
    days = None  # the other side's date days, read only for a count it lacks
    left = []
    for m in counts:
        if budget.get(m.key, 0) > 0:
            budget[m.key] -= 1
            continue
        if days is None:  # `_Side(other).date_days`: "29 and 30 October" against 10月29日和30日
            days = {int(d.key[2:].partition(".")[0]) for d in other if d.kind == "date"}
        if int(m.value or 0) not in days:
            left.append(m)
    return left


class _ByRow(dict):
    """Per row, `make(row)`, computed at the first look-up: `NumberMismatch` reads its rows'
    leftovers only around a row with a number one side lacks (most groups have none)."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, row: int):
        value = self[row] = self._make(row)
        return value


def _side_of(group: GroupView, row: int, lang: str) -> _Side:
    """The `_Side` of a cell's numbers, made once per group: the pivot's serves every version."""
    memo = group.memo.setdefault(("number sides",), {})
    side = memo.get((row, lang))
    if side is None:
        side = memo[row, lang] = _Side(group.numbers(row, lang))
    return side


class _Side:
    """The numbers of one cell, to ask whether a number of the other cell is among them.

    Exact keys first; then dates and months leniently, because a month written as a word in a
    language the reader has no month names for (or in a form it does not know) leaves only the
    day: `26 ديسمبر` may come out as 26 where the other side has 26 December. So a date matches
    its day when this side names no other month, a month alone matches when this side names the
    same month or no month alone (its months may all be dates: "in November ... on 18 December"
    against "в ноябре ... 18 декабря" where the inflected month is not read), and a bare day
    matches a date on that day. A changed day, or two different months alone, still mismatch.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        if not mentions:  # most cells: no number at all
            empty: frozenset = frozenset()
            self.keys = self.months_alone = self.months = self.date_days = self.days = empty
            return
        # One pass (this is made for every cell with numbers, and for every leftover test).
        self.keys, self.months_alone, self.months = set(), set(), set()
        self.date_days, self.days = set(), set()
        for m in mentions:
            self.keys.add(m.key)
            kind = m.kind
            if kind == "month":
                self.months_alone.add(int(m.key[2:]))
                self.months.add(int(m.key[2:]))
            elif kind == "date":
                self.months.add(int(m.key.rpartition(".")[2]))
                self.date_days.add(int(m.key[2:].partition(".")[0]))
            elif kind in ("number", "word") and _whole(m.value) and 1 <= m.value <= 31:
                self.days.add(int(m.value))

    def has(self, m: Mention) -> bool:
        if m.key in self.keys:
            return True
        if m.kind == "date":
            day, _, month = m.key[2:].partition(".")
            return int(day) in self.days and (not self.months or int(month) in self.months)
        if m.kind == "month":
            return not self.months_alone or int(m.key[2:]) in self.months
        if m.kind == "number" and _whole(m.value):
            return int(m.value) in self.date_days
        return False


def _in_words_opposite(
    missing: list[Mention],
    extra: list[Mention],
    pivot: Sequence[Mention],
    target: Sequence[Mention],
    pivot_side: _Side,
    target_side: _Side,
) -> bool:
    """Whether numbers found on one side only are likely written in words on the other.

    Small ones (up to twelve) when the other side has no spelt number left unmatched: a form
    the reader does not know (девяти, 2등석 / second-class, 1日 / a day); with one left over it
    is a change (five -> 6). Larger ones when the other side writes its numbers only in words
    and has some left over, an order of magnitude smaller: parts of a number in words
    (42 / сорок два, 666 / seiscientos sesenta y seis). Numbers found on both sides are a
    change, whatever their size.
    """
    if bool(missing) == bool(extra):
        return False
    if missing:  # pivot numbers the target lacks: does the target spell numbers of its own?
        found, other, this, this_side = missing, target, pivot, pivot_side
    else:
        found, other, this, this_side = extra, pivot, target, target_side
    # Spelt numbers of the other side that this side does not say as often ("a thousand"
    # three times against тысяча twice and две тысячи: one thousand is left over).
    budget = Counter(m.key for m in this)
    leftover = []
    for m in other:
        if m.kind != "word" or m.value == 1:
            continue
        if budget[m.key] > 0:
            budget[m.key] -= 1
        elif m.key in budget or not this_side.has(m):
            leftover.append(m.value or 0)
    if all(_small(m) for m in found):
        return not leftover
    # Parts of a number in words are an order of magnitude below it (два in сорок два = 42);
    # a spelt number as large as the digits is what they were changed from (a thousand -> 2000).
    # And only where the other side writes no number in digits: one that does writes this one
    # in digits too (a changed 十四万五千 beside 十四万四千 is a change).
    if not leftover or any(m.kind != "word" for m in other) or any(_small(m) for m in found):
        return False
    return 10 * max(leftover) <= min(m.value or 0 for m in found)


def _whole(value: float | None) -> bool:
    """A whole number (values may be huge: a 20,000-digit run reads as infinity)."""
    return value is not None and math.isfinite(value) and value == int(value)


def _small(m: Mention) -> bool:
    return m.kind == "number" and _whole(m.value) and m.value <= 12


def _surplus(pivot: Sequence[Mention], target: Sequence[Mention]) -> list[Mention]:
    """Target numbers said more often than in the pivot (their later occurrences)."""
    budget = Counter(m.key for m in pivot)
    surplus = []
    for m in target:
        if m.kind in ("word", "month"):  # "فبراير/شباط": one month, named twice
            continue
        if budget[m.key] > 0:
            budget[m.key] -= 1
        else:
            surplus.append(m)
    return surplus


@register
class NameMismatch(Check):
    """Names and acronyms of the pivot with no counterpart in this language, and the reverse.

    Proper names are transliterated (Tokayev/Tokaïev/Tokajew) and sometimes translated
    (Nga/Russie/Russland), so a missing name is only reported with evidence that this
    translation keeps it: it uses the name elsewhere in the document (major), or every other
    translation carries it in this row (major for acronyms; only info for names, which some
    languages translate: Shanghai / Thượng Hải). An acronym that this language consistently
    replaces by another one throughout the document (SCO -> OCS) is a localisation, not an error.
    """

    id = "name-mismatch"
    severity = "major"
    description = "a name or acronym of the pivot has no counterpart in this language"

    def _in_cell(self, group: GroupView, row: int, lang: str, key: str) -> bool:
        """Loose: a counterpart of name `key` in the cell silences the finding. Memoised: every
        target asks it of every other version ("though de, id keep it")."""
        cutoff = self.options["cutoff"]
        memo = group.memo.get(("counterpart", cutoff))
        if memo is None:
            memo = group.memo["counterpart", cutoff] = {}
        found = memo.get((row, lang, key))
        if found is None:
            text = group.cell(row, lang).content_text
            found = memo[row, lang, key] = _counterpart(text, key, cutoff)
        return found

    @staticmethod
    def _acronym_rows(group: GroupView, lang: str) -> dict[str, set[int]]:
        rows: dict[str, set[int]] = {}
        for row in range(len(group.rows)):
            for m in group.names(row, lang):
                if m.kind == "acronym":
                    rows.setdefault(m.key, set()).add(row)
        return rows

    @classmethod
    def localised_acronyms(cls, group: GroupView, lang: str) -> dict[str, str]:
        """Pivot acronym -> the acronym `lang` uses for it throughout the document.

        Pairs an acronym the target never uses with one the pivot never uses, when they occur
        in the same rows (overlap over the larger row set at least 1/2); best pairs first.
        """
        pivot_rows = cls._acronym_rows(group, group.pivot)
        target_rows = cls._acronym_rows(group, lang)
        candidates = []
        for a, rows_a in pivot_rows.items():
            if a in target_rows:
                continue
            for b, rows_b in target_rows.items():
                if b in pivot_rows:
                    continue
                score = len(rows_a & rows_b) / max(len(rows_a), len(rows_b))
                if score >= 0.5:
                    candidates.append((-score, -len(rows_a & rows_b), a, b))
        mapping: dict[str, str] = {}
        used: set[str] = set()
        for _, _, a, b in sorted(candidates):
            if a not in mapping and b not in used:
                mapping[a] = b
                used.add(b)
        return mapping

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        n = len(group.rows)
        # Each name key a document uses -> the first spelling it writes it with.
        doc_names = {
            lang: {
                m.key: m.text
                for row in reversed(range(n))
                for m in reversed(group.names(row, lang))
            }
            for lang in group.languages
        }
        # Strict: a name the document uses is evidence that a finding is due.
        doc_index = {
            lang: evidence.NameIndex((k, True) for k in keys) for lang, keys in doc_names.items()
        }
        localised = {lang: self.localised_acronyms(group, lang) for lang in group.targets}
        for lang in group.targets:
            forward = localised[lang]
            backward = {b: a for a, b in forward.items()}
            others = [o for o in group.targets if o != lang]
            for row in range(n):
                if not (
                    group.cell(row, group.pivot).has_content and group.cell(row, lang).has_content
                ):
                    continue
                finding = self._compare(
                    group, row, lang, backward, doc_names, doc_index, others, localised
                )
                if finding is not None:
                    yield row, finding

    def _carried(
        self, group: GroupView, row: int, lang: str, m: Mention, localised: dict[str, str]
    ) -> bool:
        """Whether `lang`'s cell in `row` has a counterpart of the pivot's mention `m`
        (`localised`: that language's acronym replacements)."""
        if m.kind == "acronym":
            acronyms = {x.key for x in group.names(row, lang) if x.kind == "acronym"}
            return localised.get(m.key, m.key) in acronyms or group.spelled(row, lang, m.text)
        return self._in_cell(group, row, lang, m.key)

    def _used(self, doc_names, doc_index, lang: str, key: str, *, by: str) -> str | None:
        """The key under which `lang`'s document uses the name `key` (written by `by`)
        elsewhere, if it does.
        Fuzzy (Tokayev, Tokaïev), except for a word of a language that capitalises its nouns:
        over a long document the fuzzy look-up finds a near name for most of them (Text+Berg:
        de Jahren ~ fr Siachen, Bergen ~ Bern, Mittel ~ Mittellegi), so only the same name
        counts."""
        if by in _CAPITALISED_NOUNS:
            return key if key in doc_names[lang] else None
        return doc_index[lang].match(key, cutoff=self.options["cutoff"])

    def _compare(
        self, group, row, lang, backward, doc_names, doc_index, others, localised
    ) -> Finding | None:
        pivot = group.pivot
        forward = localised[lang]

        def carried_by_others(m: Mention) -> bool:
            return bool(others) and all(
                self._carried(group, row, o, m, localised[o]) for o in others
            )

        target_names = group.names(row, lang)
        target_acronyms = {m.key for m in target_names if m.kind == "acronym"}
        pivot_names = group.names(row, pivot)
        pivot_acronyms = {m.key for m in pivot_names if m.kind == "acronym"}
        # A pivot sentence this language's alignment left unmatched is `missing`'s finding;
        # its names would only repeat it.
        if lacking := group.rows[row].unmatched.get(lang):
            gaps = [
                (at, at + len(s.text))
                for at, s in group.cell(row, pivot).content
                if s.ordinal in lacking
            ]
            pivot_names = [m for m in pivot_names if not any(a <= m.start < b for a, b in gaps)]
        # Pivot surface form -> (severity, why); the reason goes into the message.
        missing: dict[str, tuple[str, str]] = {}
        uses = f"though {lang} uses it elsewhere"
        kept = f"though {', '.join(others)} keep{'s' if len(others) == 1 else ''} it"
        unsure = "perhaps spelled out or translated"
        for m in pivot_names:
            if m.text in missing:
                continue
            if m.kind == "acronym":
                local = forward.get(m.key, m.key)
                if local in target_acronyms or group.spelled(row, lang, m.text):
                    continue
                if local in doc_names[lang]:
                    writes = f"though {lang} writes {local} for it elsewhere"
                    missing[m.text] = ("major", uses if local == m.key else writes)
                elif carried_by_others(m):
                    missing[m.text] = ("major", kept)
                else:
                    missing[m.text] = ("info", unsure)
            else:
                if self._in_cell(group, row, lang, m.key):
                    continue
                if found := self._used(doc_names, doc_index, lang, m.key, by=pivot):
                    # A near spelling is named, so that the reviewer can judge it (Tokaïev
                    # is the name; Text+Berg's fr Géant against de Grant is not).
                    written = doc_names[lang][found]
                    said = uses if found == m.key else f"though {lang} writes {written} elsewhere"
                    missing[m.text] = ("major", said)
                elif carried_by_others(m):
                    missing[m.text] = ("info", f"{kept}; {lang} may translate it")
        added: list[Mention] = []
        spelt: dict[str, str] = {}  # an added name -> the pivot's other spelling of it
        for m in target_names:
            if m.kind == "acronym":
                if m.key in pivot_acronyms or backward.get(m.key) in pivot_acronyms:
                    continue
                if m.key in doc_names[pivot] or m.key in backward:
                    added.append(m)
            elif not self._in_cell(group, row, pivot, m.key) and (
                found := self._used(doc_names, doc_index, pivot, m.key, by=lang)
            ):
                added.append(m)
                if found != m.key:
                    spelt[m.text] = doc_names[pivot][found]
        # A pronoun or a description may stand for a name this version uses elsewhere ("Lors de
        # sa création" for "Khi thành lập SCO"): the name was not lost, only said otherwise.
        pronoun = evidence.anaphor(group.cell(row, lang).content_text, lang) if missing else None
        if pronoun is not None:
            missing = {
                text: ("info", f"{why}; “{pronoun}” may stand for it")
                if why.endswith("elsewhere")  # a pronoun refers to what the text introduced
                else (level, why)
                for text, (level, why) in missing.items()
            }
        # Adding a name the pivot uses elsewhere is often explicitation ("he" -> "Tokayev").
        described = evidence.anaphor(group.cell(row, pivot).content_text, pivot) if added else None
        severities = [level for level, _ in missing.values()]
        severities += ["minor" if described is None else "info"] if added else []
        if not severities:
            return None
        severity = min(severities, key=SEVERITIES.index)
        parts = []
        reasons = sorted(set(missing.values()), key=lambda r: (SEVERITIES.index(r[0]), r[1]))
        for reason in reasons:
            names = ", ".join(text for text, r in missing.items() if r == reason)
            parts.append(f"{pivot} names {names}; {lang} has no counterpart here, {reason[1]}")
        if added:
            parts.append(
                f"{lang} names {_describe(added)}, which this {pivot} sentence does not "
                f"({pivot} uses it elsewhere"
                + "".join(f", as {b}" for a, b in spelt.items() if len(added) == 1)
                + (f"; “{described}” may stand for it)" if described else ")")
            )
        return self.finding(lang, "; ".join(parts), (m.span for m in added), severity=severity)


@register
class LengthRatio(Check):
    """A cell much longer or shorter than the pivot, relative to this pair's typical ratio."""

    id = "length-ratio"
    severity = "minor"
    description = "much longer or shorter than usual for this language pair"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        min_chars = self.options["min_chars"]
        for lang in group.targets:
            ratios: dict[int, float] = {}
            for row in range(len(group.rows)):
                p = len(group.cell(row, group.pivot).content_text)
                t = len(group.cell(row, lang).content_text)
                if p >= min_chars and t >= min_chars:
                    ratios[row] = math.log(t / p)
            if len(ratios) < self.options["min_rows"]:
                continue
            values = list(ratios.values())
            median = statistics.median(values)
            mad = statistics.median(abs(v - median) for v in values)
            limit = max(self.options["k"] * 1.4826 * mad, math.log(self.options["min_factor"]))
            for row, value in ratios.items():
                if abs(value - median) <= limit:
                    continue
                word = "longer" if value > median else "shorter"
                message = (
                    f"{lang} is {math.exp(value):.2f}× the {group.pivot} length here, "
                    f"against {math.exp(median):.2f}× typically ({len(ratios)} rows): "
                    f"much {word} than usual"
                )
                yield row, self.finding(lang, message, group.cell(row, lang).content_spans)


_LETTER_WORD = pattern_cache.compile(r"\p{L}{2,}")
_NOT_WORD = pattern_cache.compile(r"[^\p{L}\p{N}]+")
# Languages written in a script no other supported language uses (Japanese: kana), so that a
# cell mostly in that script is in that language without asking the identifier.
_OWN_SCRIPTS = {
    "th": pattern_cache.compile(r"\p{Thai}"),
    "ko": pattern_cache.compile(r"\p{Hangul}"),
    "el": pattern_cache.compile(r"\p{Greek}"),
    "he": pattern_cache.compile(r"\p{Hebrew}"),
    "hi": pattern_cache.compile(r"\p{Devanagari}"),
    "ar": pattern_cache.compile(r"\p{Arabic}"),
    "ja": pattern_cache.compile(r"[\p{Hiragana}\p{Katakana}]"),
}
_LETTER = pattern_cache.compile(r"\p{L}")


# Per text: recurring sentences make the same cells in many groups (sentence_memo.py).
@lru_cache(maxsize=2048)
def _own_stopwords(text: str, lang: str) -> bool:
    """Whether `text` has at least two function words of `lang` and more than of any other
    language with a list (evidence.stopwords): then it is in `lang`, no identifier needed."""
    if lang not in evidence.stopwords():
        return False
    hits: Counter[str] = Counter()
    index = _stopword_languages()
    for word, _, _ in evidence.words(text):
        hits.update(index.get(word.lower(), ()))
    own = hits.pop(lang, 0)
    return own >= 2 and own > max(hits.values(), default=0)


@cache
def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each function word -> the languages whose list has it: one look-up per word of a cell
    instead of one per word and language."""
    found: dict[str, list[str]] = {}
    for code, words in evidence.stopwords().items():
        for word in words:
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def _own_script(text: str, lang: str) -> bool:
    """Whether most letters of `text` are in the script only `lang` uses (ja: some kana)."""
    pattern = _OWN_SCRIPTS.get(lang)
    if pattern is None:
        return False
    own = len(pattern.findall(text))
    if lang == "ja":
        return own >= 3
    return own * 2 > len(_LETTER.findall(text))


@lru_cache(maxsize=2048)  # per text: recurring sentences make the same cells (see above)
def _normalised(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@lru_cache(maxsize=2048)
def _identified(identify, text: str) -> tuple[str, float]:
    """`identify(text)`, once per text (a quarter of the check's time went to identifying the
    same recurring cells again); keyed by the function too, so a replaced one is asked."""
    return identify(text)


@register
class Untranslated(Check):
    """A cell that is the pivot's text copied, or not in the language it should be in."""

    id = "untranslated"
    severity = "major"
    description = "the same text as the pivot, or not in the expected language"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        related = self.options.get("related", {})
        for row in range(len(group.rows)):
            pivot = group.cell(row, group.pivot)
            if not pivot.has_content:
                continue
            pivot_text = _normalised(pivot.content_text)
            for lang in group.targets:
                cell = group.cell(row, lang)
                if not cell.has_content:
                    continue
                text = cell.content_text
                spans = cell.content_spans
                if _normalised(text) == pivot_text:
                    long = len(_LETTER_WORD.findall(text)) >= self.options["min_words"]
                    message = f"same text as the {group.pivot} pivot" + (
                        "" if long else " (short: names or numbers may need no translation)"
                    )
                    yield row, self.finding(lang, message, spans, severity=None if long else "info")
                    continue
                if len(text) < self.options["min_chars"]:
                    continue
                if _own_script(text, lang) or _own_stopwords(text, lang):
                    continue  # cheap: Thai letters in a Thai cell need no identifier
                found, confidence = _identified(language.identify, text)
                accepted = {lang, *related.get(lang, ())}
                if found in accepted:
                    continue
                calibrated = 0.0 <= confidence <= 1.0
                sure = calibrated and confidence >= self.options["confident"]
                said = f"{found}" + (f", confidence {confidence:.2f}" if calibrated else "")
                if found == group.pivot or found in related.get(group.pivot, ()):
                    severity = "major" if sure else "minor"
                    message = f"looks like {group.pivot} ({said}), not {lang}: left untranslated?"
                else:
                    # A whole sentence surely in a third language is as untranslated as one
                    # left in the pivot's.
                    severity = "major" if sure else "info"
                    message = f"looks like {found} ({said}), not {lang}"
                yield row, self.finding(lang, message, spans, severity=severity)


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    low = min(_grapheme_end(text, max(0, start - width)), start)
    high = _grapheme_end(text, end + width)
    return _quote(text[low:high], limit=high - low)


_PUNCTUATION_SAID = {
    "space-before": "a space before “{mark}”, which {lang} does not put there",
    "no-space-before": "no space before “{mark}”, which {lang} puts there",
    "doubled": "a doubled “{mark}”",
    "unbalanced": "“{mark}” with no partner in the text",
}


_PUNCTUATION_HABIT = 3  # pivot rows with one kind of punctuation fault that make it a habit


@register
class Punctuation(Check):
    """Punctuation faults by the locale's conventions (`punctuation.problems`): a space before a
    mark where the language puts none, none where French puts one, doubled marks, brackets and
    quotation marks left open. Like every check it reports differences: a fault the pivot's cell
    shares (a quotation running over several sentences, a space copied from the source) is the
    pivot's, not this version's."""

    id = "punctuation"
    severity = "minor"
    description = "misplaced spaces, doubled marks, unbalanced brackets or quotes"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        open_marks = {lang: _unbalanced_by_row(group, lang) for lang in group.languages}
        pivot_rows = {
            row: _punctuation_problems(group.cell(row, group.pivot), group.pivot)
            for row in range(len(group.rows))
            if group.cell(row, group.pivot).has_content
        }
        # A space or mark the pivot writes on many rows is the corpus's form, not a fault of
        # the version (Text+Berg is tokenized, ` ,` and ` ?` on both sides: 164 findings).
        habits = Counter(
            kind
            for seen in pivot_rows.values()
            for kind in {(p.kind, p.seen.strip()) for p in seen}
        )
        pivot_habits = {kind for kind, rows in habits.items() if rows >= _PUNCTUATION_HABIT}
        found: dict[str, list[tuple[int, list[tuple[str, str, int, int]]]]] = {}
        for row, pivot_seen in pivot_rows.items():
            pivot_seen = pivot_seen + open_marks[group.pivot].get(row, [])
            pivot_open = {_bracket_class(p.seen) for p in pivot_seen if p.kind == "unbalanced"}
            pivot_kinds = {(p.kind, p.seen.strip()) for p in pivot_seen} | pivot_habits
            for lang in group.targets:
                cell = group.cell(row, lang)
                seen = [
                    (p.kind, p.seen.strip(), p.start, p.end)
                    for p in _punctuation_problems(cell, lang) + open_marks[lang].get(row, [])
                    if not (p.kind == "unbalanced" and _bracket_class(p.seen) in pivot_open)
                    and (p.kind, p.seen.strip()) not in pivot_kinds
                ]
                if seen:
                    found.setdefault(lang, []).append((row, seen))
        for lang, rows in found.items():
            yield from self._said(group, lang, rows)

    def _said(
        self, group: GroupView, lang: str, rows: list[tuple[int, list[tuple[str, str, int, int]]]]
    ) -> Iterator[tuple[int, Finding]]:
        """One finding per row; a fault this version makes on many rows (a habit: ` :` all
        through a tokenized text) is minor where it is first met and info after, so that it
        is said once and the rows still show where."""
        counts = Counter(kind for _, seen in rows for kind in {(k, m) for k, m, _, _ in seen})
        met: set[tuple[str, str]] = set()
        for row, seen in rows:
            cell = group.cell(row, lang)
            parts = [
                f"{lang} has "
                + _PUNCTUATION_SAID[kind].format(mark=mark, lang=lang)
                + f" {_context(cell.text, start, end)}"
                for kind, mark, start, end in seen
            ]
            parts.append(f"the {group.pivot} sentence has no such fault")
            kinds = {(kind, mark) for kind, mark, _, _ in seen}
            habits = {k for k in kinds if counts[k] >= _PUNCTUATION_HABIT}
            if habits - met:
                parts.append(f"a habit of this version: {max(counts[k] for k in habits)} rows")
            repeated = kinds <= met
            met |= habits
            french = all(kind == "no-space-before" for kind, *_ in seen)
            yield (
                row,
                self.finding(
                    lang,
                    "; ".join(parts),
                    ((start, end) for *_, start, end in seen),
                    severity="info" if french or repeated else None,
                ),
            )


def _content(cell: Cell) -> list[tuple[int, str]]:
    return [(at, segment.text) for at, segment in cell.content]


def _punctuation_problems(cell: Cell, lang: str) -> list[punctuation.Problem]:
    """Spaces and doubled marks in a cell's article text, offsets in `cell.text`."""
    return [
        punctuation.Problem(p.kind, p.seen, at + p.start, at + p.end)
        for at, text in _content(cell)
        for p in punctuation.problems(text, lang, balance=False)
    ]


def _unbalanced_by_row(group: GroupView, lang: str) -> dict[int, list[punctuation.Problem]]:
    """Brackets and quotes left open in `lang`'s whole article text, by row, offsets in the
    row's `cell.text`. Read over the document, not per row: a quotation runs over several
    sentences, and rows cut it where the alignment allows (“Come, … the Lamb.” may open in
    one row and close in the next), which is no fault of the translation."""
    pieces, where = [], []  # where: (start in the document, row, offset in the cell)
    at = 0
    for row in range(len(group.rows)):
        for offset, text in _content(group.cell(row, lang)):
            where.append((at, row, offset))
            pieces.append(text)
            at += len(text) + 1
    found: dict[int, list[punctuation.Problem]] = {}
    starts = [start for start, _, _ in where]
    for p in punctuation.unbalanced(" ".join(pieces)):
        start, row, offset = where[bisect.bisect_right(starts, p.start) - 1]
        moved = offset - start
        found.setdefault(row, []).append(
            punctuation.Problem(p.kind, p.seen, p.start + moved, p.end + moved)
        )
    return found


def _bracket_class(mark: str) -> str:
    """Opening and closing marks of one pair, and every quotation mark, as one class."""
    for opener, closer in {
        "(": ")",
        "[": "]",
        "{": "}",
        "（": "）",
        "【": "】",
        "「": "」",
    }.items():
        if mark in (opener, closer):
            return opener
    return "quote"


# A hyphenated name is one name (Kassym-Jomart), compared whole.
_COMPOUND = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)+")


def _name_forms(group: GroupView, row: int, lang: str) -> list[tuple[str, int, int]]:
    """The cell's names as written: hyphenated compounds whole, then the single-word names
    outside them, as (form, start, end)."""
    found = []
    at = 0
    for index in group.rows[row].cells.get(lang, ()):
        # Captions and bylines too: a name spelled otherwise there is still spelled otherwise.
        segment = group.segments[lang][index]
        # a compound holds a hyphen: most sentences need no `regex` scan
        for match in _COMPOUND.finditer(segment.text) if "-" in segment.text else ():
            found.append((match.group(), at + match.start(), at + match.end()))
        at += len(segment.text) + 1
    taken = [(a, b) for _, a, b in found]
    for m in group.names(row, lang):
        if m.kind == "name" and not (taken and any(a <= m.start < b for a, b in taken)):
            found.append((m.text, m.start, m.end))
    return sorted(found, key=lambda f: f[1])


def _inflected(a: str, b: str) -> bool:
    """Whether two forms are one word inflected (Kasachstan/Kasachstans, Малатья/Малатью):
    one a prefix of the other, or both differing only in a short ending of their own."""
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix == min(len(a), len(b)):
        return True
    tail_a, tail_b = a[prefix:], b[prefix:]
    return prefix >= 4 and len(tail_a) <= 2 and len(tail_b) <= 2 and tail_a[-1] != tail_b[-1]


def spelled_two_ways(a: str, b: str) -> bool:
    """Whether `a` and `b` are one name written two ways (Tokayev/Tokaev, Kassym-Jomart/
    Kassym-Schomart), not two names (Austria/Australia) nor one name inflected."""
    x, y = a.casefold(), b.casefold()
    if x == y or min(len(x), len(y)) < 5 or _inflected(x, y):
        return False
    if _inflected(_without_fleeting_vowel(x), _without_fleeting_vowel(y)):
        return False  # Агнец/Агнца, Немец/Немца
    if "-" in x and "-" in y:
        return fuzz.ratio(x, y) >= 85
    # One letter apart is a spelling variant, unless it is the first letter: two words
    # (Reichen/Zeichen, Mauer/Bauer: German capitalises every noun). A first letter swapped
    # for its sound's other spelling (Gaddafi/Kaddafi) passes the phonetic test.
    return (Levenshtein.distance(x, y) <= 1 and x[0] == y[0]) or (
        evidence.phonetic_key(x) == evidence.phonetic_key(y) and fuzz.ratio(x, y) >= 80
    )


_FLEETING = pattern_cache.compile(r"[ео](?=[бвгджзклмнпрстфхцчшщ]$)")


def _without_fleeting_vowel(word: str) -> str:
    """A Russian or Ukrainian word without the vowel that its other forms drop (Агнец -> Агнц:
    genitive Агнца; Немец, Немца)."""
    return _FLEETING.sub("", word)


def _variants(forms: Sequence[str]) -> dict[str, list[str]]:
    """Each form -> the other forms that spell the same name otherwise. One C-speed ratio
    matrix (rapidfuzz `cdist`, one worker: checks may already run inside worker processes)
    proposes the pairs; `spelled_two_ways` judges only those."""
    if len(forms) < 2:
        return {}
    folded = [f.casefold() for f in forms]
    scores = process.cdist(folded, folded, scorer=fuzz.ratio, score_cutoff=75, workers=1)
    variants: dict[str, list[str]] = {}
    for i, j in zip(*scores.nonzero(), strict=True):
        if i != j and spelled_two_ways(forms[i], forms[j]):
            variants.setdefault(forms[i], []).append(forms[j])
    return variants


def _spellings_named_elsewhere(
    variants: dict[str, list[str]], lang: str, forms: Mapping[str, list[list[tuple[str, int, int]]]]
) -> dict[str, list[str]]:
    """For a language that capitalises its nouns, the pairs of spellings one of which another
    version writes too: names travel across versions (Tokayev in en, Tokajew here), common
    nouns do not (Text+Berg: de Karte / Kante, Aufstieg / Abstieg, Scheu / Sache, none in fr).
    Hyphenated compounds are names whatever the language."""
    elsewhere = {
        f.casefold()
        for other, rows in forms.items()
        if other != lang
        for row in rows
        for f, _, _ in row
    }
    kept = {
        form: [o for o in others if "-" in form or elsewhere & {form.casefold(), o.casefold()}]
        for form, others in variants.items()
    }
    return {form: others for form, others in kept.items() if others}


@register
class NameConsistency(Check):
    """One name spelled two ways: inside this version, captions included (Tokayev here, Tokaev
    in another row; Kassym-Schomart in the caption, Kassym-Jomart in the text: minor), or a
    hyphenated personal name in this version against the spelling that every other version in
    the same alphabet shares in this row (Kassym-Schomart where en, fr, vi write Kassym-Jomart:
    info, since languages have their own transliterations). Single words are not compared
    across versions: they are often the language's own name for a place (Kasachstan, Poutine).
    """

    id = "name-consistency"
    severity = "minor"
    description = "one name spelled two ways inside a version or across versions"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        n = len(group.rows)
        # Text a version added (no pivot text in its row: `extra`'s finding) may come from
        # another article, with its own names: Chiva beside China is two places.
        forms = {
            lang: [
                []
                if lang != group.pivot
                and group.cell(row, lang).has_content
                and not group.cell(row, group.pivot).has_content
                else _name_forms(group, row, lang)
                for row in range(n)
            ]
            for lang in group.languages
        }
        latin = {
            lang
            for lang in group.languages
            if any(_LATIN.match(f) for row in forms[lang] for f, _, _ in row)
        }
        everywhere = Counter(
            f for lang in group.languages for row in forms[lang] for f, _, _ in row
        )
        for lang in group.targets:
            # Inside the version: each form, with its rows and count.
            seen: dict[str, list[int]] = {}
            for row in range(n):
                for form, _, _ in forms[lang][row]:
                    seen.setdefault(form, []).append(row)
            variants = _variants(sorted(seen))
            if lang in _CAPITALISED_NOUNS:
                variants = _spellings_named_elsewhere(variants, lang, forms)
            reported: set[str] = set()
            for row in range(n):
                parts, spans = [], []
                for form, start, end in forms[lang][row]:
                    # The form used more often (in this version, then in all) is the reference.
                    weight = (len(seen[form]), everywhere[form])
                    others = [
                        o for o in variants.get(form, ()) if (len(seen[o]), everywhere[o]) > weight
                    ]
                    if others and form not in reported:
                        other = sorted(others, key=lambda o: (-len(seen[o]), o))[0]
                        where = ", ".join(str(r + 1) for r in sorted(set(seen[other]))[:3])
                        parts.append(f"{lang} writes {form} here and {other} in row {where}")
                        spans.append((start, end))
                        reported.add(form)
                if parts:
                    yield row, self.finding(lang, "; ".join(parts), spans)
            if lang not in latin:
                continue
            # Across versions: the spelling every other version of this alphabet shares.
            for row in range(n):
                peers = [o for o in group.languages if o != lang and o in latin]
                parts, spans = [], []
                for form, start, end in forms[lang][row]:
                    if form in reported or "-" not in form:
                        continue  # single words are often exonyms (Poutine, Kasachstan)
                    agreed = None
                    for peer in peers:
                        matches = {f for f, _, _ in forms[peer][row] if spelled_two_ways(form, f)}
                        if len(matches) != 1 or (agreed is not None and matches != {agreed}):
                            agreed = None
                            break
                        agreed = next(iter(matches))
                    if agreed is not None and len(peers) >= 2:
                        parts.append(f"{lang} writes {form}; {', '.join(peers)} write {agreed}")
                        spans.append((start, end))
                        reported.add(form)
                if parts:
                    yield row, self.finding(lang, "; ".join(parts), spans, severity="info")
