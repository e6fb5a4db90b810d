"""Sentence-level difference checks: one small class per check id, found through a registry.

Each check looks at an aligned group as a whole (`GroupView`: every row, every language), because
some judgements need the document: which acronym French uses for "SCO", what length ratio is
typical for this pair, whether a name is one the translation keeps. It returns findings for the
non-pivot languages only; the pivot is the reference. A check that is unsure says so through a
lower severity rather than staying silent. Thresholds live in `data/checks.toml`; every one of
them is also a keyword option of its check. The larger checks have modules of their own:
number-mismatch in checks_numbers.py, the name checks in checks_names.py. See docs/checks.md.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, repeat
from operator import itemgetter
from typing import ClassVar

from reviewer.core import (
    data_files,
    evidence,
    language,
    lexical,
    moves,
    pattern_cache,
    punctuation,
    sentence_memo,
)
from reviewer.core import quick_statistics as statistics  # (its median alone)
from reviewer.core.code_lines import is_code
from reviewer.core.lexical import length_units
from reviewer.core.mention import NEW, Mention
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
    the article segments (not boilerplate) with their offset in `text`; `content_text` joins
    them (asked by most checks of most cells: made with the cell).
    """

    text: str
    content: tuple[tuple[int, Segment], ...]
    content_text: str

    @property
    def has_content(self) -> bool:
        return bool(self.content)

    @property
    def content_spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((at, at + len(segment.text)) for at, segment in self.content)

    def spans_of(self, ordinals: Iterable[int]) -> tuple[tuple[int, int], ...]:
        """The spans of the article segments with these ordinals."""
        return tuple((at, at + len(s.text)) for at, s in self.content if s.ordinal in ordinals)


def _make_cell(segments: Sequence[Segment]) -> Cell:
    content = []
    at = 0
    for segment in segments:
        if segment.boilerplate is None:
            content.append((at, segment))
        at += len(segment.text) + 1
    if len(content) == 1:  # most cells: the segment's own text
        joined = content[0][1].text
    else:
        joined = " ".join(segment.text for _, segment in content)
    return Cell(cell_text(list(segments)), tuple(content), joined)


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
def _inside_of(text: str) -> frozenset[str]:
    """`evidence.capitalised_inside` of one sentence, per text: a document's is their union."""
    return evidence.capitalised_inside((text,))


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


_LIST_NUMBER = pattern_cache.compile_re(r"\d{1,2}[.)]\s")


@cache
def _homographs(lang: str) -> frozenset[str]:
    """`lang`'s number words that are as often another word (numbers.toml `homographs`)."""
    table = data_files.load("numbers.toml").get(lang) or {}
    return frozenset(word.casefold() for word in table.get("homographs", ()))


def _without_list_number(text: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Less a list item's number (1. Preheat the oven, 1) osoby fizyczne); not an ordinal
    before a word in lower case (tr "7. grup 14 Mayıs'ta …", the 7th group: an info "has 7,
    not found in tr"). A parenthesis marks no ordinal: pl's lower-case "1) osoby fizyczne"
    against de's "1) Natürliche Personen" was "pl has 1, not in de" (review34)."""
    if found and found[0].start == 0 and found[0].kind == "number":
        item = _LIST_NUMBER.match(text)
        if item and (
            text[item.end() - 2] == ")" or not text[item.end() : item.end() + 1].islower()
        ):
            return found[1:]
    return found


# Per document (a column of segments, by identity), the tables GroupView makes of it; the
# documents of the last few groups checked.
_DOCUMENT_TABLES: dict[int, tuple[Sequence[Segment], dict]] = {}
_DOCUMENTS_KEPT = 32


def _document_tables(segments: Sequence[Segment]) -> dict:
    """The tables of one document, shared by every GroupView of the same segments (a tuple:
    a list may change under them)."""
    if not isinstance(segments, tuple):
        return {}
    found = _DOCUMENT_TABLES.get(id(segments))
    if found is not None and found[0] is segments:
        return found[1]
    if len(_DOCUMENT_TABLES) >= _DOCUMENTS_KEPT:
        del _DOCUMENT_TABLES[next(iter(_DOCUMENT_TABLES))]
    tables: dict = {}
    _DOCUMENT_TABLES[id(segments)] = (segments, tables)
    return tables


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
        self._read: dict[tuple[int, str], tuple[Mention, ...]] = {}  # homographs too
        self._names: dict[tuple[int, str], tuple[Mention, ...]] = {}
        self._words: dict[tuple[int, str], evidence.NameIndex] = {}
        self._name_keys_of: dict[tuple[int, str], frozenset[str]] = {}
        self._sounds: dict[tuple[int, str], frozenset[str]] = {}
        self._known: dict[tuple[str, str], bool] = {}
        # Each document's own tables (its vocabulary, its names...), kept across groups made
        # of the same segments: the app checks the rows a correction changed, again and again
        # on one group, and each time made them anew from the whole documents (stop 38).
        self._doc = {lang: _document_tables(segments.get(lang, ())) for lang in self.languages}
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
            for kind, key, start, end, text, value in extract(segment.text):
                found.append(NEW(Mention, (kind, key, start + at, end + at, text, value)))
        return tuple(found)

    def units(self, row: int, lang: str) -> float:
        """The length of `lang`'s text in `row`, in length units (one at least)."""
        return max(length_units(self.cell(row, lang).content_text), 1.0)

    def usual_ratio(self, lang: str, rows: Iterable[int], leaving: int | None = None) -> float:
        """`lang`'s median length against the pivot's on `rows` (other than `leaving`)."""
        return statistics.median(
            self.units(r, lang) / self.units(r, self.pivot) for r in rows if r != leaving
        )

    def usual_ratio_without(self, lang: str, row: int) -> float | None:
        """`usual_ratio` over every row where `lang` and the pivot both have text but `row`;
        None with fewer than three such rows. From the rows' ratios sorted once per version
        (`_joined_into` asks it for each missing cell: over all the rows each time, 3,000 rows
        of which half were missing took 10 s)."""
        found = self.memo.get(("ratios", lang))
        if found is None:
            ratio = {
                r: self.units(r, lang) / self.units(r, self.pivot)
                for r in range(len(self.rows))
                if self.cell(r, lang).has_content and self.cell(r, self.pivot).has_content
            }
            found = self.memo["ratios", lang] = (ratio, sorted(ratio.values()))
        ratio, ordered = found
        if row in ratio:  # (the sorted values less one of this row's value: the same median)
            at = bisect.bisect_left(ordered, ratio[row])
            ordered = ordered[:at] + ordered[at + 1 :]
        return statistics.median(ordered) if len(ordered) >= 3 else None

    def numbers(self, row: int, lang: str) -> tuple[Mention, ...]:
        """The cell's numbers, list item numbers (`2. Remove the film`) left out: they count
        items, not things, and a version that dropped an item numbers the rest anew. A number
        word that is as often another word (`homographs` of numbers.toml: it "sei", "you
        are") only where another version of the row says that number."""
        key = (row, lang)
        found = self._numbers.get(key)
        if found is None:
            found = self._numbers[key] = self._read_numbers(row, lang)
            homographs = _homographs(lang)
            if homographs and any(
                m.kind == "word" and m.text.casefold() in homographs for m in found
            ):
                found = self._numbers[key] = tuple(
                    m
                    for m in found
                    if m.kind != "word"
                    or m.text.casefold() not in homographs
                    or self._said_elsewhere(row, lang, m.value)
                )
        return found

    def _read_numbers(self, row: int, lang: str) -> tuple[Mention, ...]:
        key = (row, lang)
        if key not in self._read:
            rules = self._written_in(row) if lang == self.pivot else lang
            self._read[key] = self._collect(
                row, lang, lambda t: _without_list_number(t, sentence_memo.numbers(t, rules))
            )
        return self._read[key]

    def _written_in(self, row: int) -> str:
        """The language whose rules read the pivot's cell: its own, unless the cell is the
        very text of another version, in that version's language by its function words or
        script and not in the pivot's (red_light_fines through zh, which kept vi's sentence:
        "10 triệu" read by Chinese rules was 10, and seven versions' "X has 10 million, not
        in zh", stop 43)."""
        cell = self.cell(row, self.pivot)
        text = cell.content_text
        if (
            not cell.has_content
            or _own_script(text, self.pivot)
            or _own_stopwords(text, self.pivot)
        ):
            return self.pivot
        said = _normalised(text)
        sources = {
            lang
            for lang in self.targets
            if _normalised(self.cell(row, lang).content_text) == said
            and (_own_stopwords(text, lang) or _own_script(text, lang))
        }
        return sources.pop() if len(sources) == 1 else self.pivot

    def _said_elsewhere(self, row: int, lang: str, value: float | None) -> bool:
        """Whether a version other than `lang` has a number of this value in `row`."""
        return any(
            m.value == value
            for other in self.languages
            if other != lang
            for m in self._read_numbers(row, other)
        )

    def _content_text(self, lang: str) -> str:
        """`lang`'s content segments joined by line breaks."""
        tables = self._doc[lang]
        found = tables.get("text")
        if found is None:
            found = tables["text"] = "\n".join(self._content_sentences(lang))
        return found

    def _content_sentences(self, lang: str) -> list[str]:
        """The texts of `lang`'s content segments, in order (`_content_text` joins them)."""
        tables = self._doc[lang]
        found = tables.get("sentences")
        if found is None:
            found = tables["sentences"] = [
                s.text for s in self.segments.get(lang, ()) if s.boilerplate is None
            ]
        return found

    def _in_vocabulary(self, lang: str, lower: str) -> bool:
        """Whether `lower` is among the document's lower-case words (`_vocabulary`). Each of
        them is written in its text, so a word the text does not hold needs no vocabulary
        (a name's lower case seldom is), and one it holds needs only the words of the
        sentences holding it (the table is the union of every sentence's; groups with a
        Vietnamese pivot, whose names capitalise every syllable, made it for half their
        documents). In a long document each such test reads the whole text: there the table
        is made at once."""
        text = self._content_text(lang)
        if len(text) <= _SCAN_BEFORE_TABLE:
            if lower not in text:
                return False
            # Only the sentences that hold it can have it among their words: theirs are read
            # (cached per text), not every sentence's (the table is their union).
            return any(
                lower in _lower_words(sentence)
                for sentence in self._content_sentences(lang)
                if lower in sentence
            )
        vocabulary = self._doc[lang].get("vocabulary")
        if vocabulary is None:
            vocabulary = self._doc[lang]["vocabulary"] = _vocabulary(self.segments.get(lang, ()))
        return lower in vocabulary

    def _written_inside(self, lang: str, word: str) -> bool:
        """Whether the document writes `word`, a sentence opener of its own, capitalised
        inside a sentence too (`evidence.capitalised_inside`). That needs a second occurrence
        of it in the text: a word written once needs no table of the document's words, and
        one written more needs only the sentences holding it (as `_in_vocabulary`)."""
        text = self._content_text(lang)
        if len(text) <= _SCAN_BEFORE_TABLE:
            if text.count(word) < 2:
                return False
            return any(
                word in _inside_of(sentence)
                for sentence in self._content_sentences(lang)
                if word in sentence
            )
        inside = self._doc[lang].get("inside")
        if inside is None:
            inside = self._doc[lang]["inside"] = evidence.capitalised_inside(
                s.text for s in self.segments.get(lang, ()) if s.boilerplate is None
            )
        return word in inside

    def _name_keys(self, lang: str) -> list[str]:
        """The name keys of `lang`'s document, in text order."""
        keys = self._doc[lang].get("keys")
        if keys is None:
            keys = self._doc[lang]["keys"] = [
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
        # (kept with `lang`'s tables, with the other documents it was made of)
        others = tuple(self.segments.get(o, ()) for o in self.languages if o != lang)
        made = self._doc[lang].get("elsewhere")
        if (
            made is None
            or len(made[0]) != len(others)
            or any(a is not b for a, b in zip(made[0], others, strict=True))
        ):
            index = evidence.NameIndex(
                (k, True)
                for other in self.languages
                if other != lang
                for k in self._name_keys(other)
            )
            made = self._doc[lang]["elsewhere"] = (others, index)
        return made[1]

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

    def name_keys(self, row: int, lang: str) -> frozenset[str]:
        """The keys of the cell's names (not acronyms): each is the key of one of its words,
        so each is in `words` too."""
        key = (row, lang)
        found = self._name_keys_of.get(key)
        if found is None:
            found = self._name_keys_of[key] = frozenset(
                m.key for m in self.names(row, lang) if m.kind == "name"
            )
        return found

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

    def left_alone(self, row: int, lang: str) -> tuple[tuple[int, int], ...]:
        """The spans, in the pivot's cell, of the sentences that `lang`'s own alignment left
        unmatched (a row over several pivot sentences, another version having merged them):
        `missing` reports them."""
        lacking = self.rows[row].unmatched.get(lang)
        return self.cell(row, self.pivot).spans_of(lacking) if lacking else ()

    def added(self, row: int, lang: str) -> tuple[tuple[int, int], ...]:
        """The spans, in `lang`'s cell, of the sentences its own alignment gave no pivot
        counterpart inside a row with pivot text: `extra` reports them."""
        inserted = self.rows[row].inserted.get(lang)
        return self.cell(row, lang).spans_of(inserted) if inserted else ()

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
    # (name key, capitalised) of each word, by `map` (a generator cost a Python step a word)
    words = [w for w, _, _ in evidence.words(text)]
    return evidence.NameIndex(
        zip(map(evidence.name_key, words), map(str.isupper, map(itemgetter(0), words)), strict=True)
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

# The order the checks run in (the order they were written in), which orders a row's findings
# of one severity and language: the registry keeps it whichever module registers a check
# first (others go last).
RUN_ORDER = tuple(
    "missing extra number-mismatch name-mismatch length-ratio untranslated punctuation "
    "name-consistency".split()
)


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check findable by its id."""
    if cls.id in REGISTRY:
        raise ValueError(f"check id {cls.id!r} registered twice")
    REGISTRY[cls.id] = cls
    ordered = sorted(
        REGISTRY.items(),
        key=lambda item: RUN_ORDER.index(item[0]) if item[0] in RUN_ORDER else len(RUN_ORDER),
    )
    REGISTRY.clear()
    REGISTRY.update(ordered)
    return cls


def get_check(check_id: str, **options: float) -> Check:
    """An instance of the check registered under `check_id`, with `options` over its defaults."""
    try:
        cls = REGISTRY[check_id]
    except KeyError:
        raise KeyError(f"no check {check_id!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return cls(**options)


# A finding that says why a cell is odd makes another that only says it is odd redundant: an
# untranslated sentence is as long as the pivot's, and its length-ratio told the reviewer
# nothing more (a leaflet's English sentence left in the Japanese version had both); a
# sentence missing from a row makes its cell short, one added makes it long (a river
# clean-up's row holding two English sentences against one Italian: `missing` and a minor
# "much shorter than usual", stop 35).
# A cell left in another language is read by its version's rules: its figures "differ" only
# as that language reads them (zh kept a Vietnamese sentence whose "10 triệu" was 10 to
# Chinese rules: a second major beside `untranslated`, stop 35), and its names are written as
# that language writes them (ja kept a Dutch sentence naming de Vries: "ja may translate it"
# beside `untranslated`, stop 36).
# Only a sure one explains the figures and names, though: an unsure identification of a
# translated cell (de "Apple-CEO Tim Cook traf beim Cloud Summit in Seattle.", "looks like
# en, 0.67", a minor) hid that it dropped Satya Nadella, a major (review36).
_EXPLAINS = {
    "untranslated": ("length-ratio", "number-mismatch", "name-mismatch"),
    "missing": ("length-ratio",),
    "extra": ("length-ratio",),
}
_EXPLAINS_UNSURE = {"untranslated": ("length-ratio",)}


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
    if {"missing", "extra"} <= {check.id for check in instances}:
        moves.link(group, found, _quote)
    for row, findings in enumerate(found):
        explained = {
            (f.lang, kind)
            for f in findings
            for kind in (_EXPLAINS_UNSURE.get(f.check) if f.severity != "major" else None)
            or _EXPLAINS.get(f.check, ())
        }
        if explained:
            found[row] = [f for f in findings if (f.lang, f.check) not in explained]
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
            pivot_alone = len(empty) >= _MIN_VOTERS and len(empty) == len(group.targets)
            all_but_one = len(empty) >= _ALL_BUT_ONE and len(empty) == len(group.targets) - 1
            if not pivot_alone and all_but_one:
                # (one version's text there may be its own misplaced sentence; not where it
                # holds the pivot sentence's figures or names: it translates it, and the
                # others were left behind, review37)
                (other,) = set(group.targets) - set(empty)
                pivot_alone = not _holds_keys_of(group, row, other, row)
            if pivot_alone:
                # Every other version lacks it, or all but one of four or more: the pivot's own
                # sentence (or one every translation dropped), said once on the pivot rather
                # than once per version (a Thai pivot's added sentence was five majors, where
                # a French version had put a sentence of its own on that row: stop 37).
                message = (
                    f"{'no other' if len(empty) == len(group.targets) else 'almost no'}"
                    f" version has this {group.pivot} sentence ({len(empty)} of"
                    f" {len(group.targets)} lack it): {_quote(pivot.content_text)}"
                )
                yield row, self.finding(group.pivot, message)
                continue
            for lang in group.targets:
                if not group.cell(row, lang).has_content:
                    joined = _joined_into(group, row, lang)
                    message = (
                        f"no {lang} text for this {group.pivot} sentence"
                        + (
                            f", perhaps joined to the {'next' if joined > row else 'previous'}"
                            " one (as long as both)"
                            if joined is not None
                            else ""
                        )
                        + f": {_quote(pivot.content_text)}"
                    )
                    yield (
                        row,
                        self.finding(
                            lang, message, severity="minor" if joined is not None else None
                        ),
                    )
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
        yield from self._fewer(group)

    def _fewer(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """A row where this version has fewer sentences than the pivot, while the other
        versions have as many as the pivot, and its text is shorter against the pivot's than
        on its other rows: a sentence it left out, which its alignment merged into its
        neighbour's bead (a 1-2 bead costs less than a skip; a Japanese exam notice lacked
        "Students without documents will not be admitted." beside the sentence before it).
        Minor: counts and length are all it has. A version that has fewer sentences on many
        rows joins sentences as its way of writing, and is left alone."""
        counts = _sentence_counts(group)
        pivot = counts[group.pivot]
        for lang in group.targets:
            mine = counts[lang]
            both, fewer = _rows_off_count(counts, group, lang, self.options["fewer_rows"], -1)
            for row in fewer:
                if group.rows[row].unmatched.get(lang):
                    continue  # its own alignment left a sentence alone: said above
                if (agreeing := _others_as_pivot(counts, group, lang, row)) is None:
                    continue
                alike, others = agreeing
                # Where this version has the pivot's count on every other row, the count
                # says most: a row a little shorter than usual is enough (a fable's fr
                # lacked "Le renard ne répondit pas.", 27 of the row's 89 characters, beside
                # the crow's question: stop 34)
                steady = len(fewer) == 1 and all(mine[r] == pivot[r] for r in both if r != row)
                lacking = _likely_left_out(group, row, lang, both, _STEADY if steady else _LONGER)
                if not lacking:
                    continue
                which = (
                    f"perhaps left out: {_quote(lacking[0].text)}"
                    if len(lacking) == 1
                    else "perhaps left out one of: "
                    + " or ".join(_quote(s.text, 40) for s in lacking[:3])
                )
                message = (
                    f"{lang} has {mine[row]} sentence{'s' if mine[row] > 1 else ''} here where"
                    f" {group.pivot} has {pivot[row]}, as {alike} of {others} other"
                    f" versions do, and is shorter than on its other rows: {which}"
                )
                yield row, self.finding(lang, message, severity="minor")

    @staticmethod
    def said_missing(group: GroupView, row: int, lang: str) -> tuple[tuple[int, int], ...]:
        """`GroupView.left_alone`'s spans where this check reports them as a major finding
        (long enough, with words): what another check need not say again (their figures)."""
        lacking = Missing._unmatched(group, row, lang)
        if not lacking or not _worded(lacking):
            return ()
        if length_units(lacking) < _settings()["missing"]["short_units"]:
            return ()
        return group.left_alone(row, lang)

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
        gap_languages = _GapLanguages(group)
        for row in range(len(group.rows)):
            if group.cell(row, group.pivot).has_content:
                continue
            having = _having_text(group, row)
            if (apart := _pivot_lacks(group, row, having)) is not None:
                # Most versions have it: the pivot (a guess for the original) lacks a
                # sentence, said once on the pivot rather than once per version that has it.
                lacking = [lang for lang in group.targets if lang not in having]
                # a version with text of its own in this gap's other rows may say it there
                # in other words or in two sentences: it is not said to lack it
                near = gap_languages(row)
                placed = [lang for lang in lacking if lang in near]
                lacking = [lang for lang in lacking if lang not in near]
                also = _lack_it_too(lacking)
                if len(placed) == 1:
                    also += f"; {placed[0]} has text of its own beside it"
                elif placed:
                    also += f"; {', '.join(placed)} have text of their own beside it"
                if apart:
                    verb = "writes" if len(apart) == 1 else "write"
                    also += f"; {', '.join(apart)} {verb} other figures"
                first = group.cell(row, having[0])
                message = (
                    f"{', '.join(having)} have a sentence here that {group.pivot} lacks{also}:"
                    f" {having[0]} {_quote(first.content_text)}"
                )
                yield row, self.finding(group.pivot, message)
                continue
            for lang in having:
                cell = group.cell(row, lang)
                message = (
                    f"{lang} text with no counterpart in {group.pivot}: {_quote(cell.content_text)}"
                )
                yield row, self.finding(lang, message, cell.content_spans)
        yield from self._inside(group)
        yield from self._outnumbered(group)

    def _inside(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """Text a version added inside a row that has pivot text: its own alignment gave
        those sentences no pivot counterpart, though the row holds them (another version
        merged the pivot sentences around them)."""
        for row in range(len(group.rows)):
            if not group.cell(row, group.pivot).has_content:
                continue
            added = {
                lang: spans
                for lang in group.rows[row].inserted
                if (spans := group.added(row, lang))
            }
            having = list(added)
            if _most_versions(group, having):
                # Most versions add a sentence inside this row: the pivot lacks it (uk without
                # the researchers' warning, mid-paragraph: ten major findings, stop 42), said
                # once on the pivot as where its cell is empty
                also = _lack_it_too([lang for lang in group.targets if lang not in added])
                first = having[0]
                text = group.cell(row, first).text
                quoted = _quote(" ".join(text[a:b] for a, b in added[first]))
                message = (
                    f"{', '.join(having)} have a sentence inside this row that {group.pivot}"
                    f" lacks{also}: {first} {quoted}"
                )
                yield row, self.finding(group.pivot, message)
                continue
            for lang, spans in added.items():
                text = group.cell(row, lang).text
                message = (
                    f"{lang} text with no counterpart in {group.pivot}, inside this row: "
                    f"{_quote(' '.join(text[a:b] for a, b in spans))}"
                )
                yield row, self.finding(lang, message, spans)

    def _outnumbered(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """A row where this version has more sentences than the pivot, while the other
        versions have as many as the pivot and this version does so on its other rows: a
        sentence it added that its alignment merged with a neighbour (a short one costs less
        joined than alone). Info where length and count say no more (on Bible verses, which
        versions split freely, as minor it found no added verse and raised false alarms);
        minor where the row is far longer than usual and than the other versions' rows, and
        the sentence shares nothing telling with the pivot's (stop 39)."""
        counts = _sentence_counts(group)
        pivot = counts[group.pivot]
        for lang in group.targets:
            mine = counts[lang]
            both, more = _rows_off_count(counts, group, lang, self.options["outnumbered_rows"], 1)
            if not more:
                continue
            if len(more) > 1:
                # A version that splits a sentence or two elsewhere as well (a Japanese
                # recipe's step in two): only where one of those rows alone is also longer
                # than its usual ratio (an added tip merged into the glaze's row); two such
                # rows are its way of writing.
                more = [r for r in more if _longer_than_usual(group, r, lang, both)]
                if len(more) != 1:
                    continue
            for row in more:
                if group.rows[row].inserted.get(lang):
                    continue
                if lang == "th" and not _longer_than_usual(group, row, lang, both):
                    # a Thai clause after a space, cut as a sentence, at its usual length
                    # ("ระหว่างการทำงาน", "during the work": an info on three made-up notices
                    # of stop 35; an added sentence makes the row longer)
                    continue
                if (agreeing := _others_as_pivot(counts, group, lang, row)) is None:
                    continue
                alike, others = agreeing
                likely = _likely_added(group, row, lang, both)
                if likely is None:
                    continue
                at, added = likely
                alone = sum(1 for r in both if mine[r] > pivot[r]) == 1
                elsewhere = (
                    f"elsewhere {lang} has as many as {group.pivot}"
                    if alone
                    else f"and {lang} is longer here than on its other rows"
                )
                message = (
                    f"{lang} has {mine[row]} sentences here where {group.pivot} has "
                    f"{pivot[row]}, as {alike} of {others} other versions do ({elsewhere}):"
                    f" perhaps added: {_quote(added.text)}"
                )
                spans = ((at, at + len(added.text)),)
                # A sentence that makes the row far longer than usual and shares no telling
                # word or figure with the pivot's is added, not a sentence split in two (a
                # made-up robot vacuum's fr warning about stairs; not es's leaflet, whose
                # "Conservar en el embalaje original" keeps the pivot's "original").
                # Only in a version that splits no other sentence (Bible verses, which versions
                # split freely, gave two false alarms in vi over two dev seeds otherwise).
                sure = (
                    alone
                    and _longer_than_usual(
                        group, row, lang, both, _ADDED * _others_stretch(group, row, lang)
                    )
                    and not _tied(group, row, lang, added)
                ) or (alone and _own_figure(group, row, lang, added))
                yield row, self.finding(lang, message, spans, severity="minor" if sure else "info")


def _sentence_counts(group: GroupView) -> dict[str, list[int]]:
    """Each language's number of article sentences in each row."""
    rows = range(len(group.rows))
    return {lang: [len(group.cell(r, lang).content) for r in rows] for lang in group.languages}


def _rows_off_count(
    counts: dict[str, list[int]], group: GroupView, lang: str, least: int, sign: int
) -> tuple[list[int], list[int]]:
    """The rows where `lang` and the pivot both have text, and those of them where `lang` has
    more sentences than the pivot (`sign` 1) or fewer (-1). None are off where `lang` has
    fewer than `least` rows beside the pivot, or is off on more than `_SPLIT_ROWS` of them:
    a version that splits or joins that often writes so."""
    mine, pivot = counts[lang], counts[group.pivot]
    both = [r for r in range(len(mine)) if pivot[r] and mine[r]]
    off = [r for r in both if (mine[r] - pivot[r]) * sign > 0]
    if len(off) > _SPLIT_ROWS or len(both) < max(least, 2):  # a usual ratio needs other rows
        return both, []
    return both, off


def _others_as_pivot(
    counts: dict[str, list[int]], group: GroupView, lang: str, row: int
) -> tuple[int, int] | None:
    """How many of the other versions with text in `row` have as many sentences there as the
    pivot, and how many have text: None unless two at least, and three in four, do. A version
    whose own alignment left a pivot sentence of the row alone, or one of its own, lacks or
    adds a sentence there itself and is no witness of the row's count (news bench, stop 41:
    vi's dropped sentence merged with the next one was silent because de and ja had dropped
    it too, each with its own `missing`)."""
    cells = group.rows[row]
    others = [
        counts[o][row]
        for o in group.targets
        if o != lang and counts[o][row] and not cells.unmatched.get(o) and not cells.inserted.get(o)
    ]
    alike = sum(1 for n in others if n == counts[group.pivot][row])
    if alike < 2 or 4 * alike < 3 * len(others):
        return None
    return alike, len(others)


class _GapLanguages:
    """The versions with text in the other rows of the run of pivot-less rows around a row,
    each run counted once (walked from each row, a pivot that lacks 2,000 sentences most
    versions have took 7.8 s, 0.4 s before the message named them; review38)."""

    def __init__(self, group: GroupView) -> None:
        self.group = group
        self.first: dict[int, int] = {}  # a pivot-less row -> the first row of its run
        self.runs: dict[int, Counter[str]] = {}  # a run's first row -> rows with text per version

    def __call__(self, row: int) -> set[str]:
        group = self.group
        first = self.first.get(row)
        if first is None:
            first = row
            while first > 0 and not group.cell(first - 1, group.pivot).has_content:
                first -= 1
            counts = self.runs[first] = Counter()
            r = first
            while r < len(group.rows) and not group.cell(r, group.pivot).has_content:
                counts.update(lang for lang in group.targets if group.cell(r, lang).has_content)
                self.first[r] = first
                r += 1
        counts = self.runs[first]
        return {
            lang
            for lang, n in counts.items()
            if n > (1 if group.cell(row, lang).has_content else 0)
        }


def _having_text(group: GroupView, row: int) -> list[str]:
    """The versions with text in the row (marks alone, a scene break or a rule a version adds,
    are layout: no text)."""
    return [
        lang
        for lang in group.targets
        if group.cell(row, lang).has_content and _normalised(group.cell(row, lang).content_text)
    ]


def _pivot_lacks(group: GroupView, row: int, having: Sequence[str]) -> list[str] | None:
    """Where the pivot has no text in the row, whether `having`, the versions with text there,
    hold one sentence the pivot lacks: most versions (`_most_versions`) with the same figures,
    or all but a few that changed one (`_figures_apart`); those few, or None. The versions'
    texts are one sentence only where their figures agree: the aligner puts additions of the
    same place in one row whatever they say (de a mayor's words, fr trains running again, es
    200 volunteers)."""
    if not _most_versions(group, having):
        return None
    if _same_figures(group, row, having):
        return []
    return _figures_apart(group, row, having)


def _most_versions(group: GroupView, having: Sequence[str]) -> bool:
    """Whether `having` is three versions at least, and three in four of the pivot's targets:
    enough to say the pivot lacks what they have, once on the pivot."""
    return len(having) >= _MIN_VOTERS and 4 * len(having) >= 3 * len(group.targets)


def _lack_it_too(lacking: Sequence[str]) -> str:
    """The message's clause naming the other versions that lack it as the pivot does."""
    if not lacking:
        return ""
    return f"; {', '.join(lacking)} lack{'s' if len(lacking) == 1 else ''} it too"


def _figure_keys(group: GroupView, row: int, lang: str) -> frozenset[str]:
    """The keys of the cell's figures, spelt words and ones aside (a one is "a", "once")."""
    return frozenset(m.key for m in group.numbers(row, lang) if m.kind != "word" and m.value != 1)


def _same_figures(group: GroupView, row: int, langs: Sequence[str]) -> bool:
    """Whether the cells of `langs` in `row` hold the same figures (spelt words aside), or the
    same values, spelt words included (ko 6개월 beside "six months", 六个月, sáu tháng). A one
    counts for nothing: "once every 50 years" is 50年に1度 and 50년에 한 번 (stop 41: nine
    versions' sentence that a French pivot lacked was nine findings, not one)."""
    figures = {_figure_keys(group, row, lang) for lang in langs}
    if len(figures) == 1:
        return True
    # (a date has no value: its key, or 5 aprile was the same as 3. März, review38)
    values = {
        frozenset(
            m.key if m.value is None else m.value for m in group.numbers(row, lang) if m.value != 1
        )
        for lang in langs
    }
    return len(values) == 1


def _figures_apart(group: GroupView, row: int, langs: Sequence[str]) -> list[str] | None:
    """The few of `langs` whose figures in `row` differ by one from those that three quarters
    of them, `_MIN_VOTERS` at least, write alike; None where no such majority agrees. A changed
    figure in one version is no sign of a sentence of its own (a Hindi pivot lacked a sentence
    of eleven versions, ja's with 500 km for 550: eleven major `extra` findings, stop 42)."""
    keyed = {lang: _figure_keys(group, row, lang) for lang in langs}
    figures, count = Counter(keyed.values()).most_common(1)[0]
    if count < _MIN_VOTERS or 4 * count < 3 * len(langs) or not figures:
        return None
    apart = [lang for lang in langs if keyed[lang] != figures]
    # each keeps the others' figures but one (ja's 180 kg, 500 km for 180 kg, 550 km); one
    # that shares none says something else (it's 5 aprile beside three versions' 3 March),
    # unless its one figure is a day of the others' month (mondrian_exhibition's ar 18
    # September for twelve versions' 28 September, a sentence a French pivot lacked: twelve
    # major `extra` findings, stop 43)
    if any(
        len(keyed[lang] ^ figures) > 2
        or not keyed[lang] & figures
        and not _other_day(keyed[lang] ^ figures)
        for lang in apart
    ):
        return None
    return apart


def _other_day(changed: frozenset[str]) -> bool:
    """Whether `changed` is two dates of one month (`d:18.9`, `d:28.9`): one day for the other."""
    if len(changed) != 2 or not all(key.startswith("d:") for key in changed):
        return False
    a, b = (key.partition(".")[2] for key in changed)
    return a == b


_SPLIT_ROWS = 3  # rows where a version has more sentences than the pivot, at most
_LONGER = 1.35  # a row's length ratio against the version's usual one: longer than usual
_ADDED = 1.6  # ... and far longer: a whole sentence more
_STEADY = 1.08  # shorter than usual, for a version whose counts agree everywhere else


def _longer_than_usual(
    group: GroupView, row: int, lang: str, rows: list[int], factor: float = _LONGER
) -> bool:
    """Whether `lang`'s cell in `row` is longer against the pivot's than on its other rows
    (median ratio), by `factor` at least."""
    ratio = group.units(row, lang) / group.units(row, group.pivot)
    return ratio >= factor * group.usual_ratio(lang, rows, row)


def _others_stretch(group: GroupView, row: int, lang: str) -> float:
    """How much longer than on their other rows the other versions' cells in `row` are against
    the pivot's, by their median, 1 at least: a row long in every version is a terse pivot
    sentence, and one version's addition must make its cell longer than theirs."""
    stretched = []
    for other in group.targets:
        if other == lang or not group.cell(row, other).has_content:
            continue
        usual = group.usual_ratio_without(other, row)
        if usual:
            stretched.append(group.units(row, other) / group.units(row, group.pivot) / usual)
    return max(1.0, statistics.median(stretched)) if stretched else math.inf


def _tied(group: GroupView, row: int, lang: str, sentence: Segment) -> bool:
    """Whether `sentence` of `lang`'s cell shares a telling key with the pivot's cell in `row`:
    a figure, a name's sound, or a word the pivot writes in fewer than three of its other
    rows (a word it writes everywhere, en "robot" in a robot's manual, ties nothing)."""
    mine = lexical.sentence_keys(sentence.text, lang)[0]
    theirs = lexical.sentence_keys(group.cell(row, group.pivot).content_text, group.pivot)[0]
    shared = mine & theirs
    if not shared:
        return False
    counts = group.memo.get(("pivot word rows",))
    if counts is None:
        counts = group.memo["pivot word rows",] = Counter(
            key
            for r in range(len(group.rows))
            for key in lexical.sentence_keys(group.cell(r, group.pivot).content_text, group.pivot)[
                0
            ]
        )
    return any(not key.startswith("w:") or counts[key] <= 3 for key in shared)


def _own_figure(group: GroupView, row: int, lang: str, sentence: Segment) -> bool:
    """Whether `sentence` holds a figure that neither the pivot nor any other version writes
    in `row`, and nothing telling of the pivot's: a sentence of its own, however short (tr's
    "the festival was first held in 2000", merged with the next sentence in a made-up Hue
    festival notice: an info "perhaps added" beside a major "tr has 2000", stop 41)."""
    figures = {m.key for m in sentence_memo.numbers(sentence.text, lang) if m.kind != "word"}
    if not figures or _tied(group, row, lang, sentence):
        return False
    others = {
        m.key for other in group.languages if other != lang for m in group.numbers(row, other)
    }
    return not figures & others


def _likely_added(
    group: GroupView, row: int, lang: str, rows: list[int]
) -> tuple[int, Segment] | None:
    """The segment of `lang`'s cell in `row` that holds none of the pivot cell's numbers and
    without which the cell's length against the pivot's is nearest to the ratio of `lang`'s
    other rows (its offset in the cell text). A segment with the pivot's figures is the
    pivot sentence's translation (a Vietnamese notice's added airport sentence was shorter
    than the one with the figures, and length alone named the wrong one); where every
    segment holds some of them, the version split the sentence and added none: None (a
    Japanese "支払日は12月15日。" after the dividend sentence, "payable on 15 December")."""
    pivot_keys = {m.key for m in group.numbers(row, group.pivot)}
    figures = {
        at: bool(pivot_keys & {m.key for m in sentence_memo.numbers(s.text, lang)})
        for at, s in group.cell(row, lang).content
    }
    if all(figures.values()):
        return None

    typical = group.usual_ratio(lang, rows, row)
    pivot = group.units(row, group.pivot)
    whole = sum(length_units(s.text) for _, s in group.cell(row, lang).content)

    def misfit(item: tuple[int, Segment]) -> float:
        left = max(whole - length_units(item[1].text), 1.0)
        return abs(math.log(left / pivot / typical))

    return min(group.cell(row, lang).content, key=lambda item: (figures[item[0]], misfit(item)))


def _holds_keys_of(group: GroupView, row: int, lang: str, near: int) -> bool:
    """Whether `lang`'s cell on row `near` holds a figure or a name of the pivot's on `row`,
    and every one of its figures."""
    figures = {m.key for m in group.numbers(row, group.pivot) if m.kind != "word"}
    names = group.name_keys(row, group.pivot)
    if not figures and not names:
        return False
    if figures - {m.key for m in group.numbers(near, lang)}:
        return False
    return all(k in group.name_keys(near, lang) or k in group.words(near, lang) for k in names)


def _joined_into(group: GroupView, row: int, lang: str) -> int | None:
    """The neighbouring row whose `lang` cell seems to hold this row's pivot sentence too:
    against its own pivot text it is longer than `lang`'s usual ratio by `_LONGER` at least,
    and against both rows' pivot text near the usual ratio, and this row's pivot figures are
    in it, and its names (a leaflet's "Ask Mr Levi at the desk." dropped beside a step said at
    length was 'perhaps joined', review37). A Ukrainian leaflet joined "Close the lid." to the
    next step; the other versions keep the steps apart, so the aligner left the short step
    alone, a major `missing`. Length is all this has besides: the finding stays, as minor.
    None where no neighbour fits."""
    own = group.units(row, group.pivot)
    keyed = bool(group.name_keys(row, group.pivot)) or any(
        m.kind != "word" for m in group.numbers(row, group.pivot)
    )
    for near in (row + 1, row - 1):
        if not 0 <= near < len(group.rows):
            continue
        if not (group.cell(near, lang).has_content and group.cell(near, group.pivot).has_content):
            continue
        if keyed and not _holds_keys_of(group, row, lang, near):
            continue
        usual = group.usual_ratio_without(lang, near)  # (`row` has no `lang` text)
        if usual is None:
            return None
        mine, theirs = group.units(near, lang), group.units(near, group.pivot)
        if mine / theirs >= _LONGER * usual and abs(
            math.log(mine / (theirs + own) / usual)
        ) <= math.log(_LONGER):
            return near
    return None


def _likely_left_out(
    group: GroupView, row: int, lang: str, rows: list[int], shorter: float = _LONGER
) -> list[Segment]:
    """The pivot sentences of `row` that `lang`'s cell may lack: the cell is shorter against
    the pivot's than `lang`'s usual ratio by `shorter` at least, and without such a sentence
    the ratio comes near the usual one (within `_LONGER`); a sentence whose figures the cell
    holds is translated there. Length rarely tells two sentences of like length apart (the
    Japanese notice's left-out sentence was 50 units, the one it kept 44): every sentence that
    fits is returned, best first. Empty when length does not say so."""
    typical = group.usual_ratio(lang, rows, row)
    mine = group.units(row, lang)
    whole = group.units(row, group.pivot)
    if mine / whole > typical / shorter:
        return []
    held = {m.key for m in group.numbers(row, lang)}

    def misfit(segment: Segment) -> float:
        left = max(whole - length_units(segment.text), 1.0)
        return abs(math.log(mine / left / typical))

    content = [s for _, s in group.cell(row, group.pivot).content]
    untied = [
        s for s in content if not held & {m.key for m in sentence_memo.numbers(s.text, group.pivot)}
    ]
    # Where the cell holds figures of every other pivot sentence of the row, those say what it
    # translated, and the one sentence left, if it has no figure of its own, needs length only
    # to fit loosely (news bench, stop 41: vi's "next summit ... 2025" is 1.6 times en's, and
    # without the Putin sentence beside it, which vi lacked, the row was 1.7 times vi's usual
    # ratio: silent within 1.35). A sentence with figures the cell lacks may be there with
    # its figures changed (zh's 9月25日 for "do 15 września", planted grodzka_street).
    loose = len(untied) == 1 < len(content) and not any(
        m.kind != "word" for m in sentence_memo.numbers(untied[0].text, group.pivot)
    )
    limit = math.log(_LONGER) * (2 if loose else 1)
    return sorted((s for s in untied if misfit(s) <= limit), key=misfit)


def _describe(mentions: Iterable[Mention]) -> str:
    return ", ".join(dict.fromkeys(map(_as_read, mentions)))


def _as_read(m: Mention) -> str:
    """A mention as written, and as read where its figures say another value: a clock's
    afternoon hour (下午4点至晚上11点: "zh has 11" against 22 Uhr, which read 23) or a half
    before the next hour ("halb 11" is 10:30)."""
    if m.text.isdecimal() and m.key.isdecimal() and int(m.text) != int(m.key):
        return f"{m.text} (read as {m.key})"
    return m.text


_MIN_VOTERS = 3  # versions that must agree against the pivot before the pivot is blamed
_ALL_BUT_ONE = 4  # ... or this many, all but one (`Missing`)


@register
class LengthRatio(Check):
    """A cell much longer or shorter than the pivot, relative to this pair's typical ratio."""

    id = "length-ratio"
    severity = "minor"
    description = "much longer or shorter than usual for this language pair"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        made: dict[tuple[str, str], tuple[dict[int, float], float, float] | None] = {}

        def deviations(lang: str, other: str) -> tuple[dict[int, float], float, float] | None:
            # made for a pair of versions only where a row is flagged against the pivot
            if (lang, other) not in made:
                made[lang, other] = self._deviations(group, lang, other)
            return made[lang, other]

        for lang in group.targets:
            found = deviations(lang, group.pivot)
            if found is None:
                continue
            ratios, median, limit = found
            for row, value in ratios.items():
                if abs(value - median) <= limit or self._pivot_alone(group, deviations, lang, row):
                    continue
                if self._few_characters(group, lang, row, median):
                    continue
                word = "longer" if value > median else "shorter"
                message = (
                    f"{lang} is {math.exp(value):.2f}× the {group.pivot} length here, "
                    f"against {math.exp(median):.2f}× typically ({len(ratios)} rows): "
                    f"much {word} than usual"
                )
                shifted = self._shifted(group, lang, row, ratios, median, limit)
                if shifted is not None:
                    message += (
                        f", and the {'next' if shifted > row else 'previous'} row as much "
                        f"{'shorter' if value > median else 'longer'}: a sentence cut elsewhere"
                    )
                yield (
                    row,
                    self.finding(
                        lang,
                        message,
                        group.cell(row, lang).content_spans,
                        severity="info" if shifted is not None else None,
                    ),
                )

    def _few_characters(self, group: GroupView, lang: str, row: int, median: float) -> bool:
        """Whether the cell is off its usual length by fewer characters than `min_gap`, on
        either side's scale (the denser script's side counted as the other's): a short
        sentence said in fewer words (tr "Aylık aidat 310 avro." for "Monthly service charges
        are 310 euros.", 0.55x where 1.00x is usual, 17 characters short: a minor through en
        and es, stop 41) is no sentence left out or added."""
        mine = len(group.cell(row, lang).content_text)
        theirs = len(group.cell(row, group.pivot).content_text)
        usual = math.exp(median)
        gap = max(abs(mine - theirs * usual), abs(mine / usual - theirs))
        return gap < self.options["min_gap"]

    @staticmethod
    def _shifted(
        group: GroupView, lang: str, row: int, ratios: dict[int, float], median: float, limit: float
    ) -> int | None:
        """The neighbouring row that is off the other way, the two together at the usual ratio:
        the version's text is all there, its sentence boundary elsewhere (a Thai version cut
        a sentence at a clause, and its next row held the rest: a minor "much shorter" on a
        whole translation, stop 37). None where no neighbour makes up for it."""
        for near in (row + 1, row - 1):
            if near not in ratios or (ratios[near] - median) * (ratios[row] - median) >= 0:
                continue
            mine = sum(len(group.cell(r, lang).content_text) for r in (row, near))
            theirs = sum(len(group.cell(r, group.pivot).content_text) for r in (row, near))
            if abs(math.log(mine / theirs) - median) <= limit / 2:
                return near
        return None

    def _deviations(
        self, group: GroupView, lang: str, other: str
    ) -> tuple[dict[int, float], float, float] | None:
        """`lang`'s log length ratio to `other` per row (cells long enough), their median and
        how far a row may lie from it; None with too few rows."""
        min_chars = self.options["min_chars"]
        ratios: dict[int, float] = {}
        for row in range(len(group.rows)):
            p = len(group.cell(row, other).content_text)
            t = len(group.cell(row, lang).content_text)
            if (
                p >= min_chars
                and t >= min_chars
                and not is_code(group.cell(row, lang).content_text)
            ):
                ratios[row] = math.log(t / p)  # a command is as long in every language
        if len(ratios) < self.options["min_rows"]:
            return None
        values = list(ratios.values())
        median = statistics.median(values)
        mad = statistics.median(abs(v - median) for v in values)
        return (
            ratios,
            median,
            max(self.options["k"] * 1.4826 * mad, math.log(self.options["min_factor"])),
        )

    @staticmethod
    def _pivot_alone(group: GroupView, deviations, lang: str, row: int) -> bool:
        """Whether `lang`'s cell has its usual length against most of the other versions
        (two at least) in `row`: then the pivot's cell is the odd one (a wordier pivot
        sentence), not this one."""
        found = [deviations(lang, other) for other in group.targets if other != lang]
        usual = [abs(f[0][row] - f[1]) <= f[2] for f in found if f is not None and row in f[0]]
        return len(usual) >= 2 and 2 * sum(usual) > len(usual)


# (with their marks: Devanagari's vowel signs and viramas stand between its letters, and a
# Hindi sentence kept in a Russian version was "short" for it)
_LETTER_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}]+")
# Letters of the scripts written without spaces, two a word (about the Latin letters of one)
_UNSPACED_LETTER = pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# Han and kana count so only in a sentence, ended by its mark: an address or a name of many
# signs (北京市朝阳区建国路八十八号国际展览中心, which ja keeps as zh writes it) was a major
# "same text as the zh pivot", not a short one (review34)
_WIDE_SENTENCE_END = pattern_cache.compile_re("[。！？]")
_THAI_LETTER = pattern_cache.compile(r"\p{Thai}")


def _words(text: str) -> int:
    """About how many words `text` says: a Chinese sentence kept in an Arabic version
    (夜间骑行时必须开启车灯。) is one run of letters, and was "short: names or numbers may need
    no translation" (stop 34)."""
    signs = _UNSPACED_LETTER if _WIDE_SENTENCE_END.search(text) else _THAI_LETTER
    return max(len(_LETTER_WORD.findall(text)), len(signs.findall(text)) // 2)


_DIGITS = pattern_cache.compile_re(r"\d")
_WORD_RUN = pattern_cache.compile(r"[\p{L}\p{N}]+")
# Languages written in a script no other supported language uses (Japanese: kana), so that a
# cell mostly in that script is in that language without asking the identifier.
_OWN_SCRIPTS = {lang: language.SCRIPTS[lang] for lang in ("th", "ko", "el", "he", "hi", "ar", "ja")}
# Their letters, and all letters, counted by runs: a run of a class holds each of its
# characters once, and a text has a few runs where it has many characters (each a match: a
# list item, and `regex` lets the lock go and takes it again around each match of a `str`
# unless told `concurrent=False`).
_OWN_RUNS = {lang: pattern_cache.compile(f"(?:{p.pattern})+") for lang, p in _OWN_SCRIPTS.items()}
_LETTERS = pattern_cache.compile(r"\p{L}+")


def _own_stopwords(text: str, lang: str) -> bool:
    """Whether `text` has at least two function words of `lang` and more than of any other
    language with a list (evidence.stopwords): then it is in `lang`, no identifier needed."""
    return lang in evidence.stopwords() and _stopword_leader(text) == lang


# Per text: recurring sentences make the same cells in many groups (sentence_memo.py).
@lru_cache(maxsize=2048)
def _stopword_leader(text: str) -> str | None:
    """The language with a list (evidence.stopwords) whose function words `text` has most of,
    two at least and more than of any other; None if none does."""
    hits = _function_word_hits(map(str.lower, map(itemgetter(0), evidence.words(text))))
    if not hits:
        return None
    (leader, count), *rest = hits.most_common(2) + [("", 0)]
    return leader if count >= 2 and count > rest[0][1] else None


def _function_word_hits(words: Iterable[str]) -> Counter[str]:
    """Per listed language (evidence.stopwords), how many of `words` (lower case) are its
    function words."""
    index = _stopword_languages()
    # counted in C, in the order the words and their languages come (ties keep that order)
    return Counter(chain.from_iterable(map(index.__getitem__, filter(index.__contains__, words))))


_EDGE_MARKS = ".,;:!?\"'()[]«»“”„‘’‹›"


@lru_cache(maxsize=2048)  # per text: a pivot's recurring sentences make the same cells
def _foreign_function_words(text: str, lang: str) -> bool:
    """A quick look (words split at spaces, their edge marks stripped; a tenth of
    `_stopword_leader`'s cost): another listed language's function words lead in `text`, two
    at least and more than `lang`'s. Only a pre-test: most pivot cells are in the pivot's
    language, and the identifier decides the rest."""
    hits = _function_word_hits(map(str.strip, text.lower().split(), repeat(_EDGE_MARKS)))
    if not hits:
        return False
    leader = max(hits, key=hits.__getitem__)
    return leader != lang and hits[leader] >= 2 and hits[leader] > hits.get(lang, 0)


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
    return lang in _OWN_SCRIPTS and _in_own_script(text, lang)


@lru_cache(maxsize=2048)  # per text: asked of a cell by several tests, and of recurring cells
def _in_own_script(text: str, lang: str) -> bool:
    own = sum(map(len, _OWN_RUNS[lang].findall(text, concurrent=False)))
    if lang == "ja":
        return own >= 3
    return own * 2 > sum(map(len, _LETTERS.findall(text, concurrent=False)))


def _listed(items: Sequence[str], last: str) -> str:
    """`items` for a message: "de", "de and en", "de, en and nl" (`last`: "and", "or")."""
    return f"{', '.join(items[:-1])} {last} {items[-1]}" if len(items) > 1 else items[0]


def _plain_words(text: str) -> int:
    """How many words of `text` (two letters or more) do not begin with a capital: words of a
    sentence, where a line of names and places has next to none ("Rio de Janeiro", "Teatro
    alla Scala"). Every word of a script without capitals counts."""
    return sum(not word[0].isupper() for word in _LETTER_WORD.findall(text))


def _foreign_script(text: str, lang: str) -> bool:
    """Whether most letters of `text` are in a script of another language's own (Hangul in a
    Ukrainian cell), or are Han in a supported language that writes none (a Chinese sentence
    of 25 signs kept in an Arabic version, "too short" for the identifier through en and ja,
    whose pivots then saw only its length: stop 41): no short sentence needs an identifier's
    many characters to say so."""
    if any(other != lang and _own_script(text, other) for other in _OWN_SCRIPTS):
        return True
    return lang in language.SUPPORTED and lang not in _HAN_WRITERS and _mostly_han(text)


_HAN_WRITERS = frozenset({"zh", "ja", "ko"})  # (ko: Hanja, in names and old texts)
_HAN_RUNS = pattern_cache.compile(r"\p{Han}+")


def _mostly_han(text: str) -> bool:
    han = sum(map(len, _HAN_RUNS.findall(text, concurrent=False)))
    return han * 2 > sum(map(len, _LETTERS.findall(text, concurrent=False)))


@lru_cache(maxsize=2048)  # per text: recurring sentences make the same cells (see above)
def _normalised(text: str) -> str:
    """The runs of letters and digits of `text`, case-folded, joined by one space each (what
    every other character replaced by a space and the spaces collapsed gives: no letter or
    digit is white space, tests/test_fast_paths_text.py)."""
    # (`concurrent=False`: `regex` otherwise lets the lock go and takes it again for each
    # match of a `str`, which cost more than the match)
    return " ".join(_WORD_RUN.findall(text.casefold(), concurrent=False))


def _without_kept_names(group: GroupView, row: int, lang: str, text: str) -> str:
    """`text` without its capitalised words and figures that two other versions of the row
    write as they are (names, acronyms, amounts): what is left is what was translated. (One
    other version is not enough: a German sentence copied into a French version keeps the
    German one's capitalised nouns.)"""
    others = [
        cell.content_text
        for o in group.languages
        if o != lang and (cell := group.cell(row, o)).has_content
    ]
    if len(others) < 2:
        # (one other version is the pivot in a corpus of two, whose sentence a version may
        # keep: en "Apple and Google told the European Commission ..." left in fr was silent
        # as "and told the in on they will appeal.", too short to judge; review39)
        return text
    asked = [
        (word, start, end)
        for word, start, end in evidence.words(text)
        if word[:1].isupper() or any(map(str.isdigit, word))
    ]
    held = _held_by((word for word, _, _ in asked), others)
    kept = [(start, end) for word, start, end in asked if held[word] >= 2]
    if not kept:
        return text
    parts, at = [], 0
    for start, end in kept:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return " ".join(" ".join(parts).split())


def _held_by(words: Iterable[str], texts: Sequence[str]) -> dict[str, int]:
    """Each word -> how many of `texts` hold it (as a substring). Many words (a long cell of
    names) are looked up among each text's substrings of their lengths, not searched for in
    the whole text one by one (quadratic: 8,000 sentences of one cell took 7.6 s)."""
    distinct = dict.fromkeys(words)
    lengths: dict[int, list[str]] = {}
    for word in distinct:
        lengths.setdefault(len(word), []).append(word)
    if len(distinct) <= _SEARCHED * len(lengths):
        return {word: sum(word in text for text in texts) for word in distinct}
    held = dict.fromkeys(distinct, 0)
    for text in texts:
        for size, same in lengths.items():
            pieces = {text[at : at + size] for at in range(len(text) - size + 1)}
            for word in same:
                held[word] += word in pieces
    return held


_SEARCHED = 100  # words of each length searched for in the texts one by one, at most


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
            left = self._pivot_left(group, row, related)
            pivot_in: set[str] = set()  # what the pivot's cell is surely written in, if not its own
            if left is not None:
                yield row, left[0]
                pivot_in = {left[1], *related.get(left[1], ())}
            written = {  # each version's text in this row, as compared
                lang: _normalised(cell.content_text)
                for lang in group.targets
                if (cell := group.cell(row, lang)).has_content
            }
            copies = self._copies(group, row, written, pivot_text, related)
            for lang, normal in written.items():
                cell = group.cell(row, lang)
                if lang in copies:
                    yield row, self.finding(lang, copies[lang], cell.content_spans)
                    continue
                text = cell.content_text
                if normal == pivot_text:
                    if lang in pivot_in or is_code(text) or not pivot_text:
                        # the text the pivot copied, in its own language; a command; marks
                        # alone (* * *, a code fence), with nothing to translate
                        continue
                    # counted without the names and figures two others keep as they are: a
                    # table's row ("Nova 8 | 349 euros | 128 GB | 5.000 mAh", es as en) says
                    # two words to translate, and was a major (a made-up phone test, stop 40)
                    said = _without_kept_names(group, row, lang, text)
                    long = _words(said) >= self.options["min_words"]
                    if not long and self._kept_by_all(group, row, pivot_text):
                        # Names and figures every version writes alike ("1. David Kiprono
                        # (KEN) 2:04:37" in a list of results): nothing to translate.
                        continue
                    message = f"same text as the {group.pivot} pivot" + (
                        "" if long else " (short: names or numbers may need no translation)"
                    )
                    severity = None if long else "info"
                    if long and (shared := self._said_alike(text, lang, group.pivot)):
                        message += shared
                        severity = "info"
                    yield row, self.finding(lang, message, cell.content_spans, severity=severity)
                    continue
                if len(cell.content) > 1 and (kept := self._kept_sentence(cell, lang, related)):
                    yield row, self.finding(lang, kept[0], kept[1])
                    continue
                if self._too_short(text, lang):
                    continue
                if _own_script(text, lang) or _own_stopwords(text, lang):
                    continue  # cheap: Thai letters in a Thai cell need no identifier
                # names and figures the other versions keep tell no language (an English
                # title "Lech Poznań sell Kowalczyk to Sevilla for €12.5m" looked Polish);
                # what is left is judged as any text (a Korean sentence about "Samsung
                # Electronics" and "Galaxy Ultra" left in a German version: silent, review39)
                if len(said_in := _without_kept_names(group, row, lang, text)) < len(text):
                    if self._too_short(said_in, lang):
                        continue
                    text = said_in
                found, confidence = _identified(language.identify, text)
                accepted = {lang, *related.get(lang, ())}
                if found in accepted:
                    continue
                calibrated = 0.0 <= confidence <= 1.0
                sure = calibrated and confidence >= self.options["confident"]
                if lang not in language.SUPPORTED and not (sure and found == group.pivot):
                    # The identifier knows only the supported languages: a Swedish sentence
                    # "looks like" German, Dutch or Turkish. Only the pivot's own language,
                    # surely, is a sentence left untranslated there.
                    continue
                said = f"{found}" + (f", confidence {confidence:.2f}" if calibrated else "")
                if found == group.pivot or found in related.get(group.pivot, ()):
                    unsure = calibrated and confidence < self.options["unsure"]
                    severity = "major" if sure else "info" if unsure else "minor"
                    message = f"looks like {group.pivot} ({said}), not {lang}: left untranslated?"
                else:
                    # A whole sentence surely in a third language is as untranslated as one
                    # left in the pivot's.
                    severity = "major" if sure else "info"
                    message = f"looks like {found} ({said}), not {lang}"
                yield row, self.finding(lang, message, cell.content_spans, severity=severity)

    def _said_alike(self, text: str, lang: str, pivot: str) -> str:
        """Where a text the same as the pivot's reads as this version's language nearly as
        well as the pivot's (`shared_odds`), the words of a sentence two close languages write
        alike (es and pt "Mesa redonda sobre bibliotecas escolares": es 0.39, pt 0.59): what
        the message adds; "" otherwise (a Portuguese sentence kept in es, "Os lugares são
        limitados a 250 participantes.", reads pt 0.90, es 0.10)."""
        if lang not in language.SUPPORTED or pivot not in language.SUPPORTED:
            return ""
        odds = language.probabilities(text, (lang, pivot))
        if not odds[pivot] or odds[lang] * self.options["shared_odds"] < odds[pivot]:
            return ""
        return (
            f", and it reads as {lang} nearly as well ({odds[lang]:.2f} against"
            f" {odds[pivot]:.2f} for {pivot}): perhaps written alike in both"
        )

    def _too_short(self, text: str, lang: str) -> bool:
        """Whether `text` is too short for an identifier: shorter than `min_chars`, but for a
        text mostly in a script another language has to itself."""
        return len(text) < self.options["min_chars"] and not (
            len(text) >= self.options["min_chars_foreign_script"] and _foreign_script(text, lang)
        )

    def _kept_sentence(
        self, cell: Cell, lang: str, related: Mapping[str, Sequence[str]]
    ) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """One sentence of a cell of several that is surely in another language, the rest in
        this one: the message and its span. A lease's English version added a sentence in
        German beside its last one ("Die Kaution wird nicht verzinst."), which the whole cell,
        read as English, hid (stop 36)."""
        for at, segment in cell.content:
            words = segment.text
            if _words(words) < self.options["min_words"]:
                continue
            if _own_script(words, lang) or _own_stopwords(words, lang):
                continue
            found, confidence = _identified(language.identify, words)
            if found in (lang, *related.get(lang, ())) or found not in language.SUPPORTED:
                continue
            if not 0.0 <= confidence <= 1.0 or confidence < self.options["confident"]:
                continue
            return (
                f"a sentence of this cell looks like {found} (confidence {confidence:.2f}),"
                f" not {lang}: {_quote(words)}",
                ((at, at + len(words)),),
            )
        return None

    def _copies(
        self,
        group: GroupView,
        row: int,
        written: Mapping[str, str],
        pivot_text: str,
        related: Mapping[str, Sequence[str]],
    ) -> dict[str, str]:
        """The versions whose cell is another version's text as it is (not the pivot's: that
        is the test above), with the message: a sentence left in English in the French
        version, beside the English version's own, where the pivot is a third language. A
        sentence of four words or more that few versions share, and that reads as the other
        version's language far more than as its own (short sentences are the identifier's
        weak side, but not between two languages); names and figures that most versions (the
        pivot among them) keep alike are left alone. So are a line of names and places two
        versions keep alike ("Hans Müller, Jörg Schröder, Zürich, Köln" in en and de reads de
        0.95: words with a capital, nearly all), and a text that reads as neither version's
        language ("Los niños menores de doce años entran gratis." in fr and de: es 1.00, fr
        and de 0.00, which is no telling which copied which; each is asked alone below)."""
        texts: dict[str, list[str]] = {}  # `written` (lang -> normalised text) inverted
        for lang, text in written.items():
            texts.setdefault(text, []).append(lang)
        # The pivot's cell counts among those written (it has content, and not this text): in a
        # group of four, en and fr alike beside el and it are two of four, not two of three.
        versions_written = len(written) + 1
        out: dict[str, str] = {}
        copied = self.options["copied_odds"]
        for text, langs in texts.items():
            if (
                len(langs) < 2
                or text == pivot_text
                or 2 * len(langs) > versions_written
                or _words(text) < self.options["min_words"]
            ):
                continue
            original = group.cell(row, langs[0]).content_text
            if is_code(original) or _plain_words(original) < self.options["copied_plain_words"]:
                continue
            odds = language.probabilities(original, {*language.SUPPORTED, *langs})
            source = max(langs, key=odds.__getitem__)
            if odds[source] < self.options["copied_top"] * max(odds.values()) or not odds[source]:
                continue  # it reads as a third language, better than as either
            # The versions it may be the text of: not only the likeliest where another
            # reads nearly as well ("Children under 12 enter free." in de, en and fr: de
            # 0.49, en 0.42), which would name de as the source of a copy from en.
            likely = sorted(
                (other for other in langs if odds[other] * copied > odds[source]),
                key=odds.__getitem__,
                reverse=True,
            )
            versions = _listed(likely, "and") + (" versions" if len(likely) > 1 else " version")
            reads = _listed(likely, "or")
            figures = ", ".join(f"{odds[other]:.2f}" for other in likely)
            for lang in langs:
                if lang in likely or source in related.get(lang, ()):
                    continue
                if lang not in language.SUPPORTED:
                    # The identifier cannot read a text as this version's language: Slovak
                    # in sk and pl reads pl 0.78, Belarusian uk 1.00 (as in `run`, below).
                    continue
                if odds[source] >= copied * max(odds[lang], 1e-9):
                    out[lang] = (
                        f"the same text as the {versions}, and it reads as {reads}"
                        f" ({figures} against {odds[lang]:.2f} for {lang}): left untranslated?"
                    )
        return out

    @staticmethod
    def _kept_by_all(group: GroupView, row: int, pivot_text: str) -> bool:
        """Whether every version with text in `row`, two at least, has the pivot's text as
        it is, its figures aside (a changed time is the number check's). With one version
        there is no telling a copy from what needs no translation."""
        kept = _DIGITS.sub("0", pivot_text)
        texts = [
            _DIGITS.sub("0", _normalised(group.cell(row, other).content_text))
            for other in group.targets
            if group.cell(row, other).has_content
        ]
        return len(texts) >= 2 and all(text == kept for text in texts)

    def _pivot_left(
        self, group: GroupView, row: int, related: Mapping[str, Sequence[str]]
    ) -> tuple[Finding, str] | None:
        """The pivot's own cell surely in another language while a version has this row in
        its own: the pivot is a translation that left this sentence untranslated (which
        version is the original is a guess where no source line says so). With the finding,
        the language the cell is in: a version in that language with the same text is the
        source the pivot copied, not a copy of the pivot."""
        cell = group.cell(row, group.pivot)
        text = cell.content_text
        lang = group.pivot
        if len(text) < self.options["min_chars"] or _own_script(text, lang):
            return None
        if lang not in language.SUPPORTED:
            return None  # the identifier would put it in a supported language it is not in
        # Only where a cheap test says so (most pivot rows are plainly in the pivot's
        # language): a language of its own script without it, or another language's
        # function words. The identifier then decides.
        if lang not in _OWN_SCRIPTS and not _foreign_function_words(text, lang):
            return None
        found, confidence = _identified(language.identify, text)
        if found in {lang, *related.get(lang, ())} or not 0.0 <= confidence <= 1.0:
            return None
        if confidence < self.options["confident"]:
            return None
        translated = [
            other
            for other in group.targets
            if other != found
            and group.cell(row, other).has_content
            and len(t := group.cell(row, other).content_text) >= self.options["min_chars"]
            and (_own_script(t, other) or _own_stopwords(t, other))
        ]
        if not translated:
            return None  # every version keeps it as it is: a quotation, not a slip
        message = (
            f"the pivot's text looks like {found} (confidence {confidence:.2f}), not {lang},"
            f" while {', '.join(translated[:3])} translate it: left untranslated?"
        )
        return self.finding(lang, message, cell.content_spans, severity="major"), found


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    low = min(_grapheme_end(text, max(0, start - width)), start)
    high = _grapheme_end(text, end + width)
    return _quote(text[low:high], limit=high - low)


_PUNCTUATION_SAID = {
    "space-before": "a space before “{mark}”, which {lang} does not put there",
    "no-space-before": "no space before “{mark}”, which {lang} puts there",
    "doubled": "a doubled “{mark}”",
    "unbalanced": "“{mark}” with no partner in the text",
    "unopened": "“{mark}” without its opening mark ({lang} writes ¿…? and ¡…!)",
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
            theirs: set[tuple[str, str]] = set()
            versions = 0
            for lang in group.targets:
                cell = group.cell(row, lang)
                problems = _punctuation_problems(cell, lang) + open_marks[lang].get(row, [])
                theirs |= {_fault_key(p) for p in problems}
                versions += cell.has_content
                seen = [
                    (p.kind, p.seen.strip(), p.start, p.end)
                    for p in problems
                    if not (p.kind == "unbalanced" and _bracket_class(p.seen) in pivot_open)
                    and (p.kind, p.seen.strip()) not in pivot_kinds
                ]
                if seen:
                    found.setdefault(lang, []).append((row, seen))
            # The pivot's own fault, where no other version has one like it (a German pivot's
            # "Kommst du morgen ?"): its own, not the source's it was copied from.
            own = [
                p
                for p in (pivot_seen if versions >= _MIN_VOTERS - 1 else ())
                if _fault_key(p) not in theirs
                and (p.kind, p.seen.strip()) not in pivot_habits
                and p.kind != "no-space-before"
            ]
            if own:
                yield row, self._pivot_fault(group, row, own)
        for lang, rows in found.items():
            yield from self._said(group, lang, rows)

    def _pivot_fault(self, group: GroupView, row: int, own) -> Finding:
        text = group.cell(row, group.pivot).text
        parts = [
            _fault_said(group.pivot, p.kind, p.seen.strip(), text, p.start, p.end) for p in own
        ]
        parts.append("no other version has such a fault here")
        return self.finding(group.pivot, "; ".join(parts), ((p.start, p.end) for p in own))

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
                _fault_said(lang, kind, mark, cell.text, start, end)
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


def _fault_said(lang: str, kind: str, mark: str, text: str, start: int, end: int) -> str:
    """One punctuation fault in words, with the text around it."""
    return (
        f"{lang} has {_PUNCTUATION_SAID[kind].format(mark=mark, lang=lang)}"
        f" {_context(text, start, end)}"
    )


def _fault_key(problem: punctuation.Problem) -> tuple[str, str]:
    """A fault as versions share it: a quote or bracket left open by its class (“, „ and «
    open one quotation), other faults by their marks."""
    if problem.kind == "unbalanced":
        return problem.kind, _bracket_class(problem.seen)
    return problem.kind, problem.seen.strip()


def _content(cell: Cell) -> list[tuple[int, str]]:
    return [(at, segment.text) for at, segment in cell.content]


def _punctuation_problems(cell: Cell, lang: str) -> list[punctuation.Problem]:
    """Spaces and doubled marks in a cell's article text, offsets in `cell.text`."""
    return [
        punctuation.Problem(p.kind, p.seen, at + p.start, at + p.end)
        for at, text in _content(cell)
        for p in _problems_of(text, lang)
    ]


@lru_cache(maxsize=2048)  # per text: recurring sentences make the same cells (sentence_memo.py)
def _problems_of(text: str, lang: str) -> tuple[punctuation.Problem, ...]:
    return tuple(punctuation.problems(text, lang, balance=False))


def _unbalanced_by_row(group: GroupView, lang: str) -> dict[int, list[punctuation.Problem]]:
    """Brackets and quotes left open in `lang`'s whole article text, by row, offsets in the
    row's `cell.text`. Read over the document, not per row: a quotation runs over several
    sentences, and rows cut it where the alignment allows (“Come, … the Lamb.” may open in
    one row and close in the next), which is no fault of the translation."""
    pieces, where = [], []  # where: (start in the document, row, offset in the cell)
    at = 0
    paragraphs, paragraph = set(), None  # where the version's paragraphs start
    for row in range(len(group.rows)):
        for offset, segment in group.cell(row, lang).content:
            where.append((at, row, offset))
            pieces.append(segment.text)
            if segment.paragraph != paragraph:
                paragraphs.add(at + len(segment.text) - len(segment.text.lstrip(" -–—")))
            paragraph = segment.paragraph
            at += len(segment.text) + 1
    found: dict[int, list[punctuation.Problem]] = {}
    starts = [start for start, _, _ in where]

    witnesses = [group.pivot] if lang != group.pivot else list(group.targets)

    joined = " ".join(pieces)
    ordered = sorted(paragraphs)

    def continues(opened: int, here: int) -> bool:
        """A quotation reopened at the next paragraph's start goes on where the paragraph left
        open says two sentences or more (a speech's paragraph; a dialogue's line left open before
        the reply is one: planted bakery_dialogue) and the pivot (for the pivot, another
        version) quotes too, in a row from the one it opened in to this one (issue 15,
        review37)."""
        if here not in paragraphs or len(_SENTENCE_END.findall(joined, opened, here)) < 2:
            return False
        if ordered[bisect.bisect_right(ordered, opened)] != here:
            return False  # the next paragraph's start only: not a quotation rows later
        first = where[bisect.bisect_right(starts, opened) - 1][1]
        last = where[bisect.bisect_right(starts, here) - 1][1]
        return any(
            _QUOTE_MARK.search(group.cell(row, witness).content_text)
            for row in range(first, last + 1)
            for witness in witnesses
        )

    for p in punctuation.unbalanced(joined, continues):
        start, row, offset = where[bisect.bisect_right(starts, p.start) - 1]
        moved = offset - start
        found.setdefault(row, []).append(
            punctuation.Problem(p.kind, p.seen, p.start + moved, p.end + moved)
        )
    return found


_SENTENCE_END = pattern_cache.compile_re(r"[.!?…。！？](?=[\s\"”“»«’)]|$)")
_QUOTE_MARK = pattern_cache.compile_re('[“”„«»‹›"「『]')


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


# ---------------------------------------------------------------------------------------------
# The larger checks live in modules of their own, which build on the registry above; imported
# here, at the end, so that importing this module registers every check.
from reviewer.core import checks_names, checks_numbers  # noqa: E402, F401
