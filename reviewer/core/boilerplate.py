"""Which segments are not article text (ads, source lines, captions, bylines ...).

Three kinds of evidence, weakest last: rules kept as data (`data/boilerplate.toml`, a pattern
per label and kind, matched against a whole line), a date header glued to the start of a line,
and the corpus itself (a line that recurs in several documents is a footer, a bare name at the
end of an article is its author). A boilerplate line stays one segment: when a whole paragraph
is boilerplate its sentences are merged, so "… 9 November 2023. Foto: Kremlin.ru" is one
caption, not a sentence and a credit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from reviewer.core import data_files, pattern_cache
from reviewer.core.code_lines import is_code
from reviewer.core.model import BOILERPLATE_KINDS, Segment

if TYPE_CHECKING:
    import regex

# Longer lines are article text: the longest caption in the seeds has 214 characters.
MAX_LINE = 400
_WORD = pattern_cache.compile(r"\S+")
_SPACES = pattern_cache.compile(r"\s+")
_DIGITS = pattern_cache.compile(r"\d+")
_NAME_WORD = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*")
_PLACEHOLDER = pattern_cache.compile(r"\{([a-z_]+)\}")
# What separates a label from its value: a colon, full-width colon, "=" (Korean `사진=AFP`) or
# Polish `Fot.` (a photo credit written with the abbreviation's full stop).
_COLON = pattern_cache.compile(r"[:：=]|(?i:\bfot\.)")


@dataclass(frozen=True)
class Rule:
    """One pattern that makes a whole line boilerplate of one kind."""

    kind: str
    source: str  # the pattern, placeholders expanded
    flags: int
    comment: str
    langs: tuple[str, ...] = ()  # empty: every language
    max_words: int | None = None  # words allowed after the line's last colon
    needs: re.Pattern[str] | None = None  # found in every line the pattern matches: a pre-test

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern, from `_compiled` (asked for when a line first reaches it)."""
        return _compiled()[self.source, self.flags]

    @cached_property
    def needed(self) -> regex.Pattern[str] | None:
        """For a pattern that opens with a lazy run of any characters (`.{3,}?` before a
        caption's credit), what follows it and the optional characters after it: the line
        holds a match of that wherever the whole pattern matches, and one `search` for it
        is cheaper than the whole pattern tried from every start (classifying the lines of
        the 1,000 generated documents: -12 %)."""
        rest = _rest_after_lazy_start(self.source)
        return None if rest is None else _compiled()[rest, self.flags]

    @cached_property
    def needs_lowered(self) -> re.Pattern[str] | None:
        """`needs` as a case-sensitive pattern over the line's lower case, where it is a
        case-insensitive alternation of plain words (`_lowered_needs`)."""
        return None if self.needs is None else _lowered_needs(self.needs)

    def matches(self, line: str, tail_words: int | None = None, lowered: str | None = None) -> bool:
        """Whether the whole `line` is this kind; `tail_words` as from `words_after_colon`,
        `lowered` as from `_lowered` (both computed here when not given)."""
        if self.max_words is not None:
            # Checked first: it is cheap and rejects most article lines before the pattern runs.
            if tail_words is None:
                tail_words = words_after_colon(line)
            if tail_words > self.max_words:
                return False
        if self.needs is not None:
            if lowered is None:
                lowered = _lowered(line)
            if lowered and self.needs_lowered is not None:
                if self.needs_lowered.search(lowered) is None:
                    return False
            elif self.needs.search(line) is None:
                return False
        if self.needed is not None and self.needed.search(line) is None:
            return False
        return self.pattern.fullmatch(line) is not None


# `re`'s letters that match a letter of a case-insensitive pattern beside those whose lower
# case it is (ı for i, ſ for s, ς for σ), by that letter's lower case: its own table, from
# Python 3.11 on (without it every pre-test runs as written).
try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python
    _EXTRA_CASES = None

# A case-insensitive alternation of plain words: `(?i)click|clic|tap here`.
_PLAIN_WORDS = pattern_cache.compile_re(r"\(\?i\)([^\\()\[\]{}.*+?^$]+)")


def _lowered_needs(needs: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pre-test that is a case-insensitive alternation of plain words, the same test as
    a case-sensitive pattern to search the line's lower case with, else None. `re` matches a
    character to a letter of the words where the character's lower case (one character:
    `_sre.unicode_tolower`) is the letter's lower case or one of its `_EXTRA_CASES`; so a
    class of those lower cases matches `str.lower`'s character, which is that same lower
    case for every character but İ (two characters) and Σ (ς at the end of a word): lines
    holding either are tested as written (`_lowered`). A search with a case-insensitive
    `re` tries each alternative at every character; a case-sensitive one skips to the
    characters that may begin one (the pre-tests of the click and cookie rules were a third
    of `classify`'s time; tests/test_boilerplate.py compares the two on every cased
    character)."""
    found = _PLAIN_WORDS.fullmatch(needs.pattern)
    if _EXTRA_CASES is None or found is None or needs.flags != re.IGNORECASE | re.UNICODE:
        return None
    words = []
    for word in found.group(1).split("|"):
        letters = []
        for char in word:
            lower = char.lower()
            if len(lower) != 1:
                return None
            extra = "".join(map(chr, _EXTRA_CASES.get(ord(lower), ())))
            letters.append(f"[{re.escape(lower + extra)}]" if extra else re.escape(lower))
        words.append("".join(letters))
    return pattern_cache.compile_re("|".join(words))


def _lowered(line: str) -> str:
    """`line.lower()` for `Rule.needs_lowered`, or "" where it may not be used (İ, Σ)."""
    return "" if "\u0130" in line or "\u03a3" in line else line.lower()


# A lazy run of any characters opening a pattern (`.{3,}?`, `.{3,300}?`), and the optional
# characters or spaces after it (`[.)\]。।]?\s*`): what follows them is searched for.
_LAZY_START = pattern_cache.compile_re(r"\.\{\d+,\d*\}\?(?:\[(?:\\.|[^\]\\])*\]\?|\\s\*)*")


def _rest_after_lazy_start(source: str) -> str | None:
    found = _LAZY_START.match(source)
    return source[found.end() :] if found and found.end() < len(source) else None


def words_after_colon(line: str) -> int:
    """How many words follow the line's last colon (all its words when it has none)."""
    return len(_WORD.findall(_COLON.split(line)[-1]))


# `regex`'s \s is str.isspace() less these four controls (a test checks it on every code
# point), so on a text without them `str.split` finds the same words and spaces as `_WORD`
# and `_SPACES`, at C speed: the line clean-up below runs for every paragraph and sentence.
_NOT_REGEX_SPACE = pattern_cache.compile_re("[\x1c-\x1f]")


def _line(text: str) -> str:
    """`text` with each run of white space made one space, stripped."""
    if _NOT_REGEX_SPACE.search(text):
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def _tail_words(line: str) -> int:
    """`words_after_colon` of a line from `_line`."""
    if _NOT_REGEX_SPACE.search(line) or any(c in line for c in ":：=") or "fot." in line.lower():
        return words_after_colon(line)  # (?i:fot.) matches only what lower() makes "fot."
    return len(line.split())


@cache
def _data() -> dict[str, Any]:
    return data_files.load("boilerplate.toml")


@cache
def labels() -> dict[str, tuple[str, ...]]:
    """Every language's labels by name ("source" -> ("sumber", "nguồn", ...))."""
    merged: dict[str, set[str]] = {}
    for table in _data()["labels"].values():
        for name, words in table.items():
            merged.setdefault(name, set()).update(
                _ARABIC_MARK.sub("", word.casefold()) for word in words
            )
    return {
        name: tuple(sorted(words, key=lambda w: (-len(w), w))) for name, words in merged.items()
    }


def expand(pattern: str) -> str:
    """`{name}` -> the alternation of every language's `name` labels, or a [fragments] entry."""
    fragments = _data()["fragments"]
    known = labels()

    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name in fragments:
            return fragments[name]
        if name in known:
            return "|".join(r"\s+".join(map(pattern_cache.escape, w.split())) for w in known[name])
        raise ValueError(f"boilerplate.toml: unknown placeholder {{{name}}} in {pattern!r}")

    return _PLACEHOLDER.sub(replace, pattern)


# Arabic short vowels, tanween, shadda, sukun and the tatweel: written or not, in either order
# with an alif (أيضاً, أيضًا, أيضا are one word), so labels and lines are compared without them.
_ARABIC_MARK = pattern_cache.compile_re("[\u064b-\u0652\u0640]")


def _spec(entry: dict[str, Any]) -> tuple:
    """A rule's fields as plain values, its pattern's placeholders expanded (`_rule`)."""
    kind = entry["kind"]
    if kind not in BOILERPLATE_KINDS:
        raise ValueError(f"boilerplate.toml: unknown kind {kind!r} in {entry['pattern']!r}")
    flags = pattern_cache.VERSION1 | (
        pattern_cache.IGNORECASE if entry.get("ignore_case", True) else 0
    )
    langs = tuple(entry.get("langs", ()))
    source = expand(entry["pattern"])
    comment, max_words = entry.get("comment", ""), entry.get("max_words")
    return (kind, source, flags, comment, langs, max_words, entry.get("needs"))


def _rule(spec: tuple | list) -> Rule:
    kind, source, flags, comment, langs, max_words, needs = spec
    needs = pattern_cache.compile_re(needs) if needs is not None else None
    return Rule(kind, source, flags, comment, tuple(langs), max_words, needs)


def _specs(tables: dict[str, Any]) -> dict[str, tuple]:
    return {part: tuple(map(_spec, tables.get(part, ()))) for part in ("rule", "prefix")}


@cache
def _kept_specs() -> dict[str, tuple]:
    """Every rule's fields (`_spec`), by part of the file. Spelling out every language's
    labels (`expand`: 4,000 escaped words) took 25 M instructions of every `reviewer check`;
    they are kept with the data file's tables, computed afresh when the file or the code
    that expands it changes (data_files.derived)."""
    code = (__file__, pattern_cache.__file__)
    return data_files.derived("boilerplate.toml", "rules", _specs, code)


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every whole-line rule, in file order (compiled on first use, see Rule.pattern)."""
    return tuple(map(_rule, _kept_specs()["rule"]))


@cache
def _rules_for(lang: str) -> tuple[Rule, ...]:
    """The rules for every language plus the document language's own, its own first."""
    base = lang.split("-")[0].split("_")[0].lower()
    rules = all_rules()
    own = tuple(r for r in rules if base in r.langs)
    return own + tuple(r for r in rules if not r.langs)


@cache
def _prefix_rules() -> tuple[Rule, ...]:
    return tuple(map(_rule, _kept_specs()["prefix"]))


@cache
def _compiled() -> Mapping[tuple[str, int], regex.Pattern[str]]:
    """Every rule's pattern by source and flags. Compiling them takes 0.07-0.09 CPU s, a sixth
    of a small `check`, so it is done once per machine and kept (pattern_cache.py); each is
    built from what was kept when a line first reaches it (`pattern_cache.kept_patterns`:
    building all 51 took 8 ms, and the seeds ask for 30)."""
    rules = (*all_rules(), *_prefix_rules())
    keys = [(r.source, r.flags) for r in rules]
    keys += [(rest, r.flags) for r in rules if (rest := _rest_after_lazy_start(r.source))]
    return pattern_cache.kept_patterns("boilerplate", list(dict.fromkeys(keys)))


@lru_cache(maxsize=8192)  # lines recur across a corpus: footers, and stories reprinted
def classify(text: str, lang: str) -> str | None:
    """The boilerplate kind of one whole line, or None when it reads as article text."""
    line = _line(text)
    if not line or len(line) > MAX_LINE:
        return None
    if _ARABIC_MARK.search(line):
        line = _ARABIC_MARK.sub("", line)
    tail_words = _tail_words(line)
    lowered = _lowered(line)
    for rule in _rules_for(lang):
        if rule.matches(line, tail_words, lowered):
            return rule.kind
    return None


def split_header(text: str) -> int | None:
    """Where a header glued to the start of a line ends ("date 2025-11-13 Title" -> 15)."""
    header = _header(text)
    return header[0] if header else None


def _header(text: str) -> tuple[int, str] | None:
    """Where a header glued to the start of a line ends, and its kind (a date's `metadata`, a
    reporter's credit `byline`)."""
    for rule in _prefix_rules():
        match = rule.pattern.match(text)
        if match and text[match.end() :].strip():
            return match.end(), rule.kind
    return None


def mark_corpus(
    documents: Sequence[tuple[Segment, ...]],
    langs: Sequence[str],
    *,
    texts: Sequence[str] | None = None,
) -> list[tuple[Segment, ...]]:
    """Each document's segments with `boilerplate` set to a kind where the evidence says so.

    With `texts` (each document's full text), a paragraph that is boilerplate as a whole
    becomes one segment spanning it; without, its sentences are each marked with its kind.
    Ordinals are renumbered; every other invariant of `segmenting.segment` still holds.
    """
    prepared = [
        prepare(segments, texts[i] if texts is not None else None)
        for i, segments in enumerate(documents)
    ]
    recurring = recurring_keys([paragraph_keys(paras) for paras in prepared])
    whole = texts is not None
    return [mark(paras, langs[i], recurring, whole=whole) for i, paras in enumerate(prepared)]


# mark_corpus in three steps, so that the per-document ones can run in worker processes
# (parallel.py): `prepare` and `mark` look at one document, `recurring_keys` at the keys of all.
Paragraphs = list[tuple[list[Segment], str]]


def prepare(segments: tuple[Segment, ...], text: str | None) -> Paragraphs:
    """One document's segments as paragraphs (members, text), headers split off."""
    return _paragraphs(_split_headers(segments), text)


def paragraph_keys(paras: Paragraphs) -> frozenset[str]:
    """What `recurring_keys` counts of one document."""
    return frozenset(_key(text) for _, text in paras)


def mark(paras: Paragraphs, lang: str, recurring: frozenset[str], *, whole: bool):
    """One document's segments marked (see mark_corpus; `whole`: texts were given)."""
    settings = _data()
    tail = settings.get("tail", {})
    kinds: dict[int, str] = {}
    for index, (_, text) in enumerate(paras):
        kind = classify(text, lang)
        if (
            kind is None
            and _recurs(text, recurring)
            and not _code_or_layout(text)
            and not _NUMBERED.match(text)
        ):
            # A command every translation keeps is compared, not hidden (code_lines.py); asked
            # of the line as written: a key is case-folded, and "Python Software Foundation"
            # folded opens like a command ("python ...").
            kind = settings["corpus"]["kind"]
        if kind is not None:
            kinds[index] = kind
    for index in _tail_names(paras, kinds, tail):
        kinds[index] = "byline"
    for index in [i for i, kind in kinds.items() if kind == "metadata" and i + 1 < len(paras)]:
        if _table_header(paras[index][1], paras[index + 1][1]) and index + 1 not in kinds:
            del kinds[index]
    out: list[tuple[int, int, int, str, str | None]] = []  # a Segment's fields but the ordinal
    for index, (members, text) in enumerate(paras):
        kind = kinds.get(index)
        if kind is not None and whole and len(members) > 1:
            first, last = members[0], members[-1]
            out.append((first.paragraph, first.start, last.end, text, kind))
            continue
        alone = len(members) == 1
        for seg in members:
            own = seg.boilerplate or kind or (None if alone else classify(seg.text, lang))
            out.append((seg.paragraph, seg.start, seg.end, seg.text, own))
    return tuple(Segment(n, *fields) for n, fields in enumerate(out))


def _table_header(line: str, below: str) -> bool:
    """Whether a line of cells between bars heads a table: the line below it has as many cells
    and a figure ("Team | Played | Won | Points" above "Lyon | 10 | 7 | 22" was a menu, hidden
    from review; a menu is followed by a title, not by a row of its cells)."""
    cells = line.count("|")
    return cells >= 1 and below.count("|") == cells and any(c.isdigit() for c in below)


def _with(seg: Segment, **changes: Any) -> Segment:
    fields = {
        "ordinal": seg.ordinal,
        "paragraph": seg.paragraph,
        "start": seg.start,
        "end": seg.end,
        "text": seg.text,
        "boilerplate": seg.boilerplate,
    }
    fields.update(changes)
    return Segment(**fields)


def _split_headers(segments: tuple[Segment, ...]) -> list[Segment]:
    """The first segment of each paragraph cut after a glued header (marked with its kind)."""
    out: list[Segment] = []
    previous = None
    for seg in segments:
        header = _header(seg.text) if seg.paragraph != previous else None
        previous = seg.paragraph
        if header is None:
            out.append(seg)
            continue
        cut, kind = header
        rest = seg.text[cut:]
        skip = len(rest) - len(rest.lstrip())
        out.append(_with(seg, end=seg.start + cut, text=seg.text[:cut], boilerplate=kind))
        out.append(_with(seg, start=seg.start + cut + skip, text=rest.strip()))
    return out


def _paragraphs(segments: list[Segment], text: str | None) -> list[tuple[list[Segment], str]]:
    """Runs of unmarked segments of one paragraph, with the text they span."""
    runs: list[list[Segment]] = []
    for seg in segments:
        if (
            runs
            and not seg.boilerplate
            and not runs[-1][-1].boilerplate
            and (runs[-1][-1].paragraph == seg.paragraph)
        ):
            runs[-1].append(seg)
        else:
            runs.append([seg])
    out = []
    for run in runs:
        if text is not None:
            joined = text[run[0].start : run[-1].end]
        else:
            joined = " ".join(seg.text for seg in run)
        out.append((run, joined))
    return out


def _key(text: str) -> str:
    return _DIGITS.sub("0", _line(text).casefold())


# The longest run of characters a line can open with that `_key` keeps as they are, but
# case-folded: no white space (either kind: `str.split`'s, or `regex`'s \s), no digit.
_PLAIN_START = pattern_cache.compile(r"[^\s\d\x1c-\x1f]{1,8}")


@lru_cache(maxsize=4)
def _key_starts(recurring: frozenset[str]) -> frozenset[str]:
    """Every start of a recurring key, up to 3 x 8 characters (case folding lengthens a
    character to 3 at most: `_PLAIN_START`'s 8 become 24 at most)."""
    return frozenset(key[:n] for key in recurring for n in range(1, min(len(key), 24) + 1))


def _recurs(text: str, recurring: frozenset[str]) -> bool:
    """`_key(text) in recurring`, without the key of a line that cannot have one: the key
    opens with the line's first characters case-folded (up to a space or digit), so a line
    whose opening no recurring key shares is not one (marking the 1,000-document corpus:
    keys were two thirds of it). Case folding makes no space or digit (a test checks)."""
    if not recurring:
        return False
    start = _PLAIN_START.match(text)
    if start is not None and start.group().casefold() not in _key_starts(recurring):
        return False
    return _key(text) in recurring


# Scripts whose sentences end with no mark (Thai writes a space), so "does not end like a
# sentence" says nothing about them.
_UNPUNCTUATED = pattern_cache.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "।", "؟", '"', "”", "»", "“")
# A sentence closed inside full-width brackets or corner quotes ends there too: a verse quoted
# to its end (「…真実である。」), an aside in brackets (（其余的死人还没有复活……。）). A headline
# in corner quotes does not: 【あわせて読みたい】「台風10号が九州に上陸」 on every page is a
# pitch. (Latin brackets are left as they were: "(Editing by …; …)" footers.)
_CLOSERS = "」』）"
# A line of Han or kana that ends with a clause mark goes on: prose cut at a paragraph, not a
# footer. A verse of Revelation that three Chinese documents shared ("…长、宽、高都是一样；")
# was an "ad" (stop 40). (Counting each Han or kana letter as two thirds of a word, as stop 40
# did first, took long footers for prose: 版权所有 notices, 本文转载自…如有侵权请联系删除,
# この記事の無断転載…: review40.)
_CLAUSE_ENDS = ("，", "；", "、")


# A recurring line with no letter and no digit is layout, not a pitch: a Markdown code fence
# (```) in every version of a README was marked "ad" (stop 31); "* * *" likewise. So is a
# fence that names its language (```bash).
_LETTER_OR_DIGIT = pattern_cache.compile(r"[\p{L}\p{N}]")
_FENCE = pattern_cache.compile(r"\s*(?:`{3,}|~{3,})[\w+.-]*\s*")


def _code_or_layout(text: str) -> bool:
    """Whether a paragraph is code (a command every translation keeps is compared, not
    hidden: code_lines.py), layout, or both, line by line: a README's fenced block, blank
    lines around it (```, pip install tidyfeed, ```), was one paragraph, an ad."""
    return is_code(text) or all(
        is_code(line) or not _LETTER_OR_DIGIT.search(line) or _FENCE.fullmatch(line)
        for line in text.splitlines()
    )


# A numbered section heading as written: one or two figures per level, up to three levels, then
# a capital ("4. Contact", "2.1 Prices"). "4. Contact" in en, fr and nl terms of service was an
# ad (it recurs in three documents), and then `missing` three times against es "4. Contacto".
# Dated or counted footers are not headings ("12.03.2024 Updated by the desk", "1.200
# comments", "3.5 million readers follow us": review30).
_NUMBERED = pattern_cache.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+\p{Lu}")


def recurring_keys(documents: Sequence[frozenset[str]]) -> frozenset[str]:
    """Lines found in at least `min_documents` documents that do not read as prose.

    A recurring line that ends like a sentence, or runs longer than `max_line_words`, is
    article text that several documents share (a document scraped twice, a stock paragraph),
    and marking it would hide it from review; footers and pitches are short, unpunctuated
    lines, and the known ones that are not are caught by the rules.
    """
    corpus = _data()["corpus"]
    counts: Counter[str] = Counter()
    for keys in documents:
        counts.update(keys)
    found = set()
    for key, count in counts.items():
        if count < corpus["min_documents"]:
            continue
        if key.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS) or key.endswith(_CLAUSE_ENDS):
            continue
        if len(_WORD.findall(key)) > corpus["max_line_words"]:
            continue
        if _UNPUNCTUATED.search(key) and len(key) > corpus["max_unpunctuated_chars"]:
            continue  # Thai & co. end no sentence with a mark: only length tells prose apart
        found.add(key)
    return frozenset(found)


def _tail_names(
    paras: list[tuple[list[Segment], str]], kinds: dict[int, str], tail: dict[str, int]
) -> list[int]:
    """Bare author names after the article's last line of text (boilerplate lines skipped)."""
    found = []
    for index in range(len(paras) - 1, -1, -1):
        members, text = paras[index]
        if index in kinds or any(seg.boilerplate for seg in members):
            continue
        words = text.split()
        if not (
            2 <= len(words) <= tail.get("max_words", 4)
            and len(text) <= tail.get("max_chars", 40)
            and all(_NAME_WORD.fullmatch(word) for word in words)
            and not text.endswith(".")
        ) or len(found) >= tail.get("last_lines", 2):
            break
        found.append(index)
    return found
