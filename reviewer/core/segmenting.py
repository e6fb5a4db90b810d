"""Paragraphs and sentences, with character offsets into the document.

Rules first, data apart: where a sentence may end is found with one pattern over the
punctuation of every script; whether it does end is decided from the word before (an
abbreviation, an initial, an ordinal number) and the word after (lower case, a starter word, a
month). The word lists live in `data/abbreviations.toml`. docs/segmentation.md states the rules
and the score on pySBD's golden rules.

Invariants (tested with hypothesis): every segment's text is `text[start:end]`, stripped; every
non-whitespace character of the input lies in exactly one segment; ordinals run 0..n-1;
paragraph numbers never decrease.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reviewer.core import data_files, pattern_cache, thai_words
from reviewer.core.model import Segment

if TYPE_CHECKING:
    import regex

# Sentence-final characters that end a sentence even when no space follows (CJK full stops and
# marks, Devanagari danda, Burmese, Ethiopic, Arabic question mark, Urdu full stop).
STRONG_TERMINATORS = "。！？｡।॥။።፧؟۔"
# Sentence-final characters that need a space (or the end of the paragraph) after them.
WEAK_TERMINATORS = ".!?‽…"
# Closing marks that belong to the sentence they follow: quotes and brackets, Latin and CJK.
CLOSERS = "\"'”“’‘»«)]›‹」』）》〉】〕"
OPENERS = "\"'“„‘‚«»([‹›「『（《〈【〔¿¡"
BULLETS = "-–—•◦▪‣⁃*"
# An enumerated item: "1.", "1.)", "1)", "a.", with an optional bullet, before a capital or
# a letter of a script without case (1. 側板, 1. วางแผ่น).
_LIST_ITEM = pattern_cache.compile(
    r"(?:(?<=\s)|^)[•⁃◦▪‣]?\s?(?P<label>\d{1,3}|\p{Ll})(?:\.\)|\.|\))\s+(?=\p{Lu}|\p{Lo})"
)

_URL = pattern_cache.compile(
    r"(?:https?://|www\.)\S+?(?=[.,;:!?)\]»\"”’]*(?:\s|$))"
    # An address starts where a run of its characters starts, and that run is taken whole
    # (possessive): without both, a long run with no "@" costs quadratic time (a 20,000-letter
    # "word" took 7 s; tests/test_hostile_documents.py).
    r"|(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+",
    pattern_cache.IGNORECASE,
)
_SPACED_ELLIPSIS = r"(?:\.[ \u00a0]){2,}\."
_MULTI_DOT = pattern_cache.compile(r"^(?:\p{L}{1,4}\.)+\p{L}{1,4}$")
_NUMERIC = pattern_cache.compile(r"^\p{Sc}?\d[\d.,]*$")
# A roman numeral of two letters or more, written by the rules (`XII`, `MCM`; not `LLC`, a
# company form: `Offshore LLC. Ignacio …` is no ruler's name and its number).
_ROMAN = pattern_cache.compile(
    r"^(?=[IVXLCDM]{2,6}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$"
)
# The first half of a range of ordinals, before the second number: "1. -3. Jahrhundert".
_RANGE = pattern_cache.compile(r"\d\.\s*[-–]$")
# An initial as the next word: "А. С. Пушкин", "J. R. R. Tolkien".
_INITIAL = pattern_cache.compile(r"^\p{Lu}\.")
# A Spanish plural abbreviation by doubled capitals, its two halves (EE. UU., FF. AA.)
_DOUBLED = pattern_cache.compile(r"^(\p{Lu})\1$")
_DOUBLED_NEXT = pattern_cache.compile(r"^(\p{Lu})\1\.")
# A sentence glued to the next one by a scraper or a typist: "pertama.Ini" (two lower-case
# letters, a full stop, a capitalised word); "TP.HCM", "Sig.ra", "Node.js" stay whole.
_GLUED = pattern_cache.compile(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll}+(?:[\s,;:]|$))")
# Characters of scripts written without spaces between sentences: a Latin "?" or "!" right
# before one ends a sentence ("那是我該說的話!他在踢我！").
_UNSPACED = pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Japanese quotative particles after a closing bracket: the quoted sentence goes on
# (`「…。」と言った`, `「…？」って`, `「…。」という`).
_QUOTATIVE = pattern_cache.compile(r"と|って")
# One short word alone in brackets before its full stop: "(Bl.)", "(L.)", "(ed.)".
# One word, then a closing bracket: the end of a bracket opened before a full stop.
_WORD_THEN_CLOSE = pattern_cache.compile(r"\s+[^\s()\[\]]{1,12}\)")
_SPACE_RUN = pattern_cache.compile(r"\s*")
_BRACKETED_ABBREVIATION = pattern_cache.compile(r"(?:^|\s)\(\p{L}{1,3}$")
_ELIDED = pattern_cache.compile(r"^\p{L}{1,5}['’](?=\p{L})")
# Marks that stand alone after a full stop inside a sentence and start none ("hab. / km²"; a
# comma glued to a word is a low quote typed as a comma: ",Für Frauen …'", ",,Wann …").
_NO_START = frozenset("/,;")
# A space and a quote that opens on a letter: `… này. "bắt kiểu …`.
# A vowel of the Latin, Cyrillic or Greek alphabet, accents aside (abbreviations often have
# none: `зв.`, `стр.`, `млн.`).
_VOWEL = pattern_cache.compile(r"(?i)[aeiouyаеиоуыэюяіїєёαεηιουω]")
_OPENING_QUOTE = pattern_cache.compile(r"\s+[\"“„«‘]\p{L}")
_OPENING_CAPITAL = pattern_cache.compile(r"\s+[\"“„«]\p{Lu}")
# A capitalised word of letters (no full stop: not `Ltd.`) and a lower-case one: a clause opens.
_OPENING_CLAUSE = pattern_cache.compile(r"\s+\p{Lu}\p{Ll}+[,;:]?\s+\p{Ll}")
# A figure in brackets that the sentence goes on after (lower case or punctuation follows):
# a quoted title's year (`роман «Что делать?» (1863) написан …`, `"Help!" (1965) was a hit`).
# An item's number before a capital still opens the next item (`2002. (15) Quantunque`).
_BRACKETED_FIGURE = pattern_cache.compile(
    r"\s*[(\[]\d[^()\[\]\n]{0,40}[)\]](?=\s*(?:[\p{Ll},;:.!?]|$))"
)
# A list ender written in two parts with a space, its first part before it: `и т. п.`, `т. д.`.
_SPACED_FIRST = pattern_cache.compile(r"(?:^|\s)(\p{L})\.\s+$")
# A bare question or exclamation before lower case ends it in chat ("awesome place!!! it was").
_QUESTION_OR_EXCLAMATION = frozenset({"?", "!", "!!", "!!!", "?!", "!?"})
# A would-be segment of closing quotes or brackets (and marks after them) left after a cut:
# "… gelukt. ''", "… Dad ! '' .". Smileys, "***" and a lone "?" stay segments of their own.
_CLOSING_ONLY = pattern_cache.compile(r"[\"'”’»)\]」』）》]+[\s\"'”’»)\]」』）》.,;:!?…]*")
_SYLLABLE = pattern_cache.compile(r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]")
_LETTERS = pattern_cache.compile(r"[^\p{L}\p{M}']+")
_THAI_LETTER = pattern_cache.compile(r"\p{Thai}")
# A Greek word cut short: it ends in a consonant other than ς and ν (Greek words end in a vowel,
# ς or ν; loans like `σοκ` aside), and it has no vowel (`κκ`, `χλμ`), ends in a medial σ (`δισ`)
# or has two vowels or more and no accent (every Greek word of two syllables or more carries
# one: `αριθ`, `εκατ`).
_GREEK_CUT = pattern_cache.compile(r"^\p{Greek}?[\p{Ll}&&\p{Greek}]*[βγδζθκλμξπρστφχψ]$")
_GREEK_VOWELS = pattern_cache.compile(r"[αεηιουω]+")
_GREEK_ACCENTED = pattern_cache.compile(r"[άέήίόύώΐΰΆΈΉΊΌΎΏ]")
# A space between two Thai letters, or between a Thai word and a quote that closes before it or
# opens after it (`…แล้ว" ข้าพเจ้า`, `ว่า "ดูเถิด`): quotes end and start Thai sentences too.
# (Thai digits are Thai characters, but a space beside one is as little a sentence end as one
# beside an Arabic digit: "ราว ๓ แสนคน", about 300,000 people, was cut after its ๓)
_THAI_GAP = pattern_cache.compile(r"(?<=[^\P{Thai}\d][\"”’]?)\s+(?=[\"“‘]?[^\P{Thai}\d])")
# Every Thai letter is in the Thai block (tests/test_fast_paths_text.py): a paragraph with no
# character there has no Thai gap, which `re` says much faster than the `regex` scan.
_THAI_BLOCK = pattern_cache.compile_re("[\u0e00-\u0e7f]")
_THAI_QUOTES = '"“”‘’'
_NEXT_SPACE = pattern_cache.compile(r"\s")
# Upper bounds of the clause-length classes of the Thai model (characters).
_THAI_LENGTHS = (3, 6, 10, 15, 25, 40, 60, 100)
_BLANK_LINE = pattern_cache.compile(r"\n[ \t\f\v\r\u00a0]*\n")
_LINE_ENDS = tuple(WEAK_TERMINATORS + STRONG_TERMINATORS + CLOSERS + ":")
# A hard-wrapped block: its lines, except the last, are at most this long.
WRAP_WIDTH = 100


@dataclass(frozen=True)
class _Rules:
    titles: frozenset[str]
    general: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    ordinal_after: frozenset[str]
    before_number: frozenset[str]
    list_enders: frozenset[str]
    name_enders: frozenset[str]
    company_forms: frozenset[str]
    continuers: frozenset[str]  # capitalised words after a company form that go on with it
    one_letter_words: frozenset[str]  # lower-case words of one letter: no initials (ru `я`)
    lower_starters: frozenset[str]
    reporting_verbs: frozenset[str]
    lower_after_question: bool
    lower_after_stop: bool
    lower_after_number: bool
    ordinal_after_name: bool
    candidate: regex.Pattern[str]


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    return data_files.load("abbreviations.toml")


@cache
def rules_for(lang: str) -> _Rules:
    """The abbreviation lists of `lang` (its base code: `pt-BR` -> `pt`) plus the common ones."""
    data = _data()
    own = data.get(lang.split("-")[0].split("_")[0].lower(), {})
    common = data.get("common", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in (*common.get(key, ()), *own.get(key, ())))

    # German closes a quote with “ („…“); Chinese and Japanese open one with it (。“…”).
    closers = "".join(c for c in CLOSERS if c not in "".join(own.get("openers", ())))
    weak = WEAK_TERMINATORS + "".join(own.get("terminators", ()))
    term = f"[{pattern_cache.escape(weak + STRONG_TERMINATORS)}]+"
    candidate = pattern_cache.compile(
        rf"(?P<term>{_SPACED_ELLIPSIS}|{term})"
        # Closing quotes and brackets, French " »", Dutch " ''" (two apostrophes after a space,
        # closing ",, …"), and reference marks copied from Wikipedia (".[13] Next").
        rf"(?P<close>(?:[{pattern_cache.escape(closers)}]|[ \u00a0\u202f][»›]|[ ]''(?=\s|$)"
        rf"|\[\d{{1,3}}\])*)"
    )
    return _Rules(
        words("titles"),
        words("general"),
        words("starters"),
        words("months"),
        words("ordinal_after"),
        words("before_number"),
        words("list_enders"),
        words("name_enders"),
        words("company_forms"),
        words("continuers"),
        words("one_letter_words"),
        words("lower_starters"),
        words("reporting_verbs"),
        bool(own.get("lower_after_question", common.get("lower_after_question", False))),
        bool(own.get("lower_after_stop", common.get("lower_after_stop", False))),
        bool(own.get("lower_after_number", common.get("lower_after_number", False))),
        bool(own.get("ordinal_after_name", False)),
        candidate,
    )


def segment(text: str, lang: str) -> tuple[Segment, ...]:
    """Split `text` into sentences, each with its paragraph number and character offsets."""
    segments: list[Segment] = []
    for paragraph, (p_start, p_end) in enumerate(paragraphs(text)):
        for a, b in _sentence_spans(text[p_start:p_end], lang):
            s_start, s_end = p_start + a, p_start + b
            segments.append(Segment(len(segments), paragraph, s_start, s_end, text[s_start:s_end]))
    return tuple(segments)


@lru_cache(maxsize=8192)
def _sentence_spans(para: str, lang: str) -> tuple[tuple[int, int], ...]:
    """`sentences` of one paragraph, relative to it. Cached: paragraphs recur across a corpus
    (a story reprinted or translated again), and the cuts depend on the paragraph alone."""
    return tuple(sentences(para, 0, len(para), rules_for(lang)))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, stripped of surrounding whitespace.

    Decided per document: when most blocks of several lines between blank lines look
    hard-wrapped (see `_wrapped`), a paragraph is a block between blank lines and its line
    breaks are plain spaces. Otherwise every non-empty line is a paragraph, and blank lines
    only separate (seeds 000-003 write one paragraph per line, 004 adds blank lines between).
    """
    blocks = _blocks(text)
    multi = [b for b in blocks if "\n" in text[b[0] : b[1]]]
    if multi and 2 * sum(_wrapped(text[s:e]) for s, e in multi) > len(multi):
        return blocks
    return _lines(text)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for line in text.split("\n"):
        span = _strip_span(text, offset, offset + len(line))
        if span:
            spans.append(span)
        offset += len(line) + 1
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for gap in _BLANK_LINE.finditer(text):
        span = _strip_span(text, offset, gap.start())
        if span:
            spans.append(span)
        offset = gap.end()
    span = _strip_span(text, offset, len(text))
    if span:
        spans.append(span)
    return spans


# A label's colon: not one between digits (a time, 10:30 or 9：30; a verse, 1:1) nor an
# address's (https://), which hard-wrapped prose has at a line's start as often
_LABELLED = pattern_cache.compile(r"[^\s:：][^:：]{0,28}(?:(?<!\d)[:：]|[:：](?!\d))(?!//)\s*\S")


_THAI_LAST = pattern_cache.compile(r"\p{Thai}$")
_FILLED = 0.85  # of a block's longest line but its last, the shortest of a wrapped one


def _wrapped(block: str) -> bool:
    """Lines cut at a width: short, and most of them do not end a sentence. Not a table's:
    rows of cells between bars or tabs are lines of their own ("Team | Played | Won" over
    "Lyon | 10 | 7", with no blank line in the file, made the whole document one paragraph)."""
    lines = [line.strip() for line in block.split("\n")][:-1]
    # Lines cut at a width are short: asked first (every test here but the last only says
    # no, and this is the cheapest: most blocks of several lines hold long ones)
    if not all(len(line) <= WRAP_WIDTH for line in lines):
        return False
    if any(" | " in line or "\t" in line for line in lines):
        return False
    # Nor a list of labelled values, most lines opening with a short label and a colon
    # ("Weight: 189 g", "重量：189克": a phone's specifications were one segment). The last
    # line counted too: "Q: How do I …\nforgotten the old one", a question wrapped in two
    # lines, is no list.
    labelled = sum(_LABELLED.match(line.strip()) is not None for line in block.split("\n"))
    if 2 * labelled > len(lines) + 1:
        return False
    # Nor a list, two lines or more opening with a bullet or with items' numbers ("1. วางแผ่น
    # ข้าง A …": a Thai leaflet's steps were one paragraph, each number ending the step before
    # it; a job offer's "• 30 days of holiday" lines were one segment under "What we offer:"),
    # the numbers in order (a wrapped German paragraph whose lines open with "3. Mai" and
    # "12. Juni" is none, review35).
    after_first = [line.strip() for line in block.split("\n")[1:]]
    bullets = sum(line[:1] in BULLETS and line[1:2].isspace() for line in after_first)
    items = filter(None, (_LIST_ITEM.match(line) for line in after_first))
    if bullets >= 2 or len(_in_order(items)) >= 2:
        return False
    # Thai marks no sentence's end: in a block of three lines or more, a line that ends in
    # Thai letters ends one as often as a line of another script that ends in a full stop
    # (each line of a Thai news item was one paragraph with the others, left to the space
    # model to cut again). Two lines are a sign-off or a heading as often, read as elsewhere
    # ("ด้วยความเคารพ" over the school's name, as "Kind regards," over it).
    # Not where the lines fill one width, as a paragraph cut at 70 columns does: its lines
    # end at a space between Thai phrases too (a wrapped Thai article was a paragraph a line,
    # review35); sentences a line are as long as they are.
    thai = len(lines) >= 2 and min(map(len, lines)) < _FILLED * max(map(len, lines))
    ends = sum(
        line.endswith(_LINE_ENDS) or (thai and _THAI_LAST.search(line) is not None)
        for line in lines
    )
    return 2 * ends < len(lines)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _may_hold_url(para: str) -> bool:
    """Whether `_URL` can match at all (an address needs "://", "www." or "@"): a test of a
    few microseconds that spares most paragraphs the scan."""
    return "://" in para or "@" in para or "www." in para.lower()


def _in_order(matches: Iterable[regex.Match[str]]) -> list[int]:
    """The starts of the items of `matches` (of `_LIST_ITEM`) whose number or letter follows
    the last item's of its kind: 1, 2, 3 or a, b, c (a lettered list may open in a numbered
    item: "1. … a) … b) … 2. …")."""
    starts = []
    last: dict[bool, int] = {}
    for match in matches:
        label = match.group("label")
        digit = label.isdigit()
        here = int(label) if digit else ord(label)
        before = last.get(digit)
        if before is None or here == before + 1 or label == "a":
            starts.append(match.start())
            last[digit] = here
    return starts


def sentences(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], stripped, covering every non-space."""
    para = text[start:end]
    # URLs and list items are found once, in order, and looked up by bisection: a scan per
    # candidate made a long paragraph of addresses or items quadratic.
    masked = [(m.start(), m.end()) for m in _URL.finditer(para)] if _may_hold_url(para) else []
    masked_starts = [s for s, _ in masked]
    items = []
    if _LIST_ITEM.match(para):
        # A paragraph that opens with an enumerated item: every later item starts a segment,
        # the next in order ("1. Visitors rose to 150. The director…" or "…إلى 150. وقال" was
        # cut before 150, review35).
        items = _in_order(_LIST_ITEM.finditer(para))
    elif "\n" in para:
        # Items that open lines after a lead-in ("Men's results:" then "1. David Kiprono
        # (KEN) 2:04:37" line by line): each starts a segment, two at least. Without this the
        # number of each item ended the line before it ("2:04:37\n2.").
        items = [m.start() for m in _LIST_ITEM.finditer(para) if para[m.start() - 1] == "\n"]
        if len(items) < 2:
            items = []
    # Computed once per paragraph and passed down: never looked up by the paragraph's text.
    content_end = len(para.rstrip())
    titles = _Titles() if "《" in para else None
    guillemets = _Titles("«", "»") if "«" in para else None
    cuts = [0]
    for match in rules.candidate.finditer(para):
        pos = match.start()
        url = bisect.bisect_right(masked_starts, pos) - 1
        if url >= 0 and pos < masked[url][1]:
            continue
        item = bisect.bisect_right(items, pos) - 1
        last = max(cuts[-1], items[item]) if item >= 0 else cuts[-1]
        if _is_boundary(para, match, rules, last, content_end, titles, guillemets):
            cuts.append(match.end())
    cuts.extend(items)
    cuts.extend(thai_cuts(para, sorted(set(cuts))))
    cuts.append(len(para))
    spans = []
    for a, b in zip(sorted(set(cuts)), sorted(set(cuts))[1:], strict=False):
        span = _strip_span(text, start + a, start + b)
        if span and spans and _CLOSING_ONLY.fullmatch(text, span[0], span[1]):
            spans[-1] = (spans[-1][0], span[1])  # they close the sentence before
        elif span:
            spans.append(span)
    return spans


@dataclass(frozen=True)
class _ThaiWeights:
    prior: float
    threshold: float
    before_length: dict[int, float]
    after_length: dict[int, float]
    before: dict[str, float]
    after: dict[str, float]
    words: frozenset[str]
    longest: int
    quote: dict[str, float]


@cache
def _thai_weights() -> _ThaiWeights:
    data = data_files.load("thai_boundaries.toml")
    words = frozenset(data["before"]) | frozenset(data["after"])
    return _ThaiWeights(
        data["prior"],
        data["threshold"],
        {int(k): v for k, v in data["before_length"].items()},
        {int(k): v for k, v in data["after_length"].items()},
        data["before"],
        data["after"],
        words,
        max(map(len, words)),
        data.get("quote", {}),
    )


@cache
def _thai_name_titles() -> tuple[str, ...]:
    """Thai titles written before a personal name, longest first (`[th] name_titles`)."""
    return tuple(sorted(_data().get("th", {}).get("name_titles", ()), key=len, reverse=True))


@cache
def _thai_names() -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """A title glued to a name, then one to three short space-separated parts, ending at a
    space (`รองนายกรัฐมนตรีเจิ่น ห่ง ห่า`, `นายประยุทธ์ จันทร์โอชา`); and a title glued to a
    name, the start of the next one in a list of names (data/abbreviations.toml, `[th]
    name_titles`). Thai writes a space between the parts of a name and after it."""
    titles = _thai_name_titles()
    if not titles:
        return None
    alternatives = "|".join(map(pattern_cache.escape, titles))
    return (
        pattern_cache.compile(
            rf"(?:{alternatives})\p{{Thai}}{{1,15}}(?:\s\p{{Thai}}{{1,12}}){{1,3}}"
        ),
        pattern_cache.compile(rf"(?:{alternatives})\p{{Thai}}"),
    )


def thai_gaps(para: str) -> list[regex.Match[str]]:
    """The spaces between two Thai letters: where a Thai sentence may end."""
    if not _THAI_BLOCK.search(para):
        return []
    return list(_THAI_GAP.finditer(para))


def _length_bucket(n: int) -> int:
    return next((b for b in _THAI_LENGTHS if n <= b), 999)


def thai_features(
    para: str, start: int, end: int, last_cut: int, words: frozenset[str] | set[str], longest: int
) -> list[str]:
    """What weighs a Thai space para[start:end]: the word before and the word after it (the
    longest of `words` that the clause ends or starts with), the length since the last cut and
    the length of the next clause."""
    before = para[max(last_cut, start - longest - 1) : start].rsplit(None, 1)[-1]
    after = para[end : end + longest + 1].split(None, 1)[0]
    clause = _NEXT_SPACE.search(para, end)
    features = [
        f"before_length:{_length_bucket(start - last_cut)}",
        f"after_length:{_length_bucket((clause.start() if clause else len(para)) - end)}",
    ]
    # A quote beside the space: one that closes before it, one that opens after it.
    if before[-1:] in _THAI_QUOTES:
        features.append("quote:close")
        before = before[:-1]
    if after[:1] in _THAI_QUOTES:
        features.append("quote:open")
        after = after[1:]
    word = next((before[-k:] for k in range(len(before), 0, -1) if before[-k:] in words), None)
    if word:
        features.append(f"before:{word}")
    word = next((after[:k] for k in range(len(after), 0, -1) if after[:k] in words), None)
    if word:
        features.append(f"after:{word}")
    return features


def thai_cuts(para: str, cuts: list[int]) -> list[int]:
    """The spaces between Thai letters that end a sentence (Thai marks none; it puts a space
    between sentences and also between clauses). Each space is weighed by a naive-Bayes model
    counted on UD_Thai-TUD's train file (data/thai_boundaries.toml, bench/thai_boundaries.py);
    `cuts` are the paragraph's other cuts, sorted, so the clause length runs from the last cut."""
    gaps = thai_gaps(para)
    if not gaps:
        return []
    weights = _thai_weights()
    titles: list[int] | None = None
    out: list[int] = []
    for gap in gaps:
        other = bisect.bisect_right(cuts, gap.start()) - 1
        last = max(cuts[other] if other >= 0 else 0, out[-1] if out else 0)
        features = thai_features(para, gap.start(), gap.end(), last, weights.words, weights.longest)
        if "quote:close" in features and "quote:open" in features:
            out.append(gap.end())  # one quoted turn ends and the next begins: `เถิด" "ดูเถิด`
            continue
        if _score(features, weights) <= weights.threshold:
            continue
        if _then_clause(para, gap.start(), gap.end(), last):
            continue
        if para.endswith("เดือน", last, gap.start()) and para.startswith(_thai_months(), gap.end()):
            continue  # "month" and its name: `เมื่อเดือน ธ.ค. 2541`
        if titles is None:  # found once, at the paragraph's first would-be cut
            titles = _title_starts(para)
        if not _in_thai_name(para, gap, last, features, titles):
            out.append(gap.end())
    return out


@cache
def _thai_conditionals() -> frozenset[str]:
    """Words that open an if- or although-clause (`[th] conditionals`)."""
    return frozenset(_data().get("th", {}).get("conditionals", ()))


@cache
def _thai_months() -> tuple[str, ...]:
    """Thai month names and abbreviations (`[th] months`)."""
    return tuple(_data().get("th", {}).get("months", ()))


# The Thai letters (no digit) at a position, up to 20 of them.
_THAI_RUN = pattern_cache.compile(r"[^\P{Thai}\d]{1,20}")


def _then_clause(para: str, start: int, end: int, last: int) -> bool:
    """Whether the space para[start:end] joins `ถ้า … ก็ …` (if …, then …): the clause before it
    (since the last cut) opens with a conditional and `ก็` is among the next clause's first
    three words, read by dictionary (`thai_words.words`: `ก็` is no part of another word)."""
    clause = start - 1
    while clause > last and clause > start - 80 and not para[clause - 1].isspace():
        clause -= 1
    before = _THAI_RUN.match(para, clause)
    if before is None or not para.startswith(tuple(_thai_conditionals()), clause):
        return False
    after = _THAI_RUN.match(para, end)
    return (
        after is not None
        and (thai_words.words(before.group()) or ("",))[0] in _thai_conditionals()
        and "ก็" in thai_words.words(after.group())[:3]
    )


def _score(features: list[str], weights: _ThaiWeights) -> float:
    """The model's log-odds that a space with these features ends a sentence."""
    score = weights.prior
    for feature in features:
        kind, value = feature.split(":", 1)
        table = getattr(weights, kind)
        score += table.get(int(value) if kind.endswith("length") else value, 0.0)
    return score


def thai_space_score(para: str, start: int, end: int, last_cut: int) -> float:
    """The log-odds that the space para[start:end] ends a Thai sentence (`thai_cuts` cuts
    above the model's threshold; `guided_cuts` weighs every space by it)."""
    weights = _thai_weights()
    features = thai_features(para, start, end, last_cut, weights.words, weights.longest)
    return _score(features, weights)


def _title_starts(para: str) -> list[int]:
    """Where a title before a name starts in `para`, sorted (`str.find` per title: a scan of the
    title pattern at every position cost an eighth of the Thai segmentation time)."""
    found = set()
    for title in _thai_name_titles():
        at = para.find(title)
        while at >= 0:
            found.add(at)
            at = para.find(title, at + 1)
    return sorted(found)


def _in_thai_name(
    para: str, gap: regex.Match[str], last: int, features: list[str], titles: list[int]
) -> bool:
    """A space inside or right after a personal name (`นายเหงียน ซวน ฟุก | เดินทาง`), unless the
    part before it is a word that ends sentences (`นายประพันธ์ หลบหนีไปได้`) or another name
    follows (a list of names). `titles`: where the paragraph's titles before a name start."""
    names = _thai_names()
    if names is None:
        return False
    start = gap.start()
    near = titles[
        bisect.bisect_left(titles, max(last, start - 80)) : bisect.bisect_left(titles, start)
    ]
    if not near:
        return False  # no title in reach: most spaces
    weights = _thai_weights()
    return (
        any(names[0].fullmatch(para, t, start) for t in near)
        and not names[1].match(para, gap.end())
        and not any(weights.before.get(f[7:], 0.0) > 1 for f in features if f[:7] == "before:")
    )


def _is_boundary(
    para: str,
    match: regex.Match[str],
    rules: _Rules,
    last_cut: int,
    content_end: int,
    titles: _Titles | None,
    guillemets: _Titles | None = None,
) -> bool:
    term, close = match.group("term"), match.group("close")
    after = match.end()
    if after >= content_end:
        return False  # the paragraph ends here anyway
    if term == "." and _THAI_LETTER.match(para, max(match.start() - 1, 0)):
        return False  # Thai ends no sentence with a full stop: "พ.ศ. 2550", "ธ.ค. 2541"
    strong = any(c in STRONG_TERMINATORS for c in term)
    if not para[after].isspace():
        if not strong:
            if term != "." and _UNSPACED.match(para[after]):
                return True  # "話!他", "……那是"
            return _glued(para, match, rules)  # 3.14, TP.HCM, example.com, Sig.ra: no
        if close and _QUOTATIVE.match(para, after):
            return False  # 「…比べられよう。」と言った。: the quote is the object of と言った
        return titles is None or not titles.open_at(para, match.start())
    nxt = _next_word(para, after)
    if nxt in _NO_START and term == ".":
        return False  # "41,76 hab. / km²": no sentence starts with a slash or a comma
    lower = bool(nxt) and nxt[0].islower() and nxt.rstrip(",;:").lower() not in rules.lower_starters
    if strong:
        return titles is None or not titles.open_at(para, match.start())
    if _BRACKETED_FIGURE.match(para, after):
        return False  # «Что делать?» (1863) написан …: a title's year, the sentence goes on
    if term.startswith("...") or "…" in term or " " in term:
        return not lower  # an ellipsis inside a sentence is followed by lower case
    if term == ".." and not close:
        return not lower  # an abbreviation's full stop and the sentence's: "Edoardo M.. L'a…"
    word = _word_before(para, match.start())
    if term == "." and _is_list_marker(para, word, match.start(), last_cut):
        return False  # "1. The first item", "a) …", "• 9. …"
    if term == "." and not close and _bracket_closes_next(para, match.start(), after, last_cut):
        return False  # "Kasim II (SSK. II) Pekanbaru": one word more, then the bracket closes
    if "." not in term or close:
        # ! ? and language extras; or a full stop closed by a quote: "…." she said. A bare
        # question mark before a lower-case word still ends a question in chat and forum text
        # ("are you kidding? why would you …"); a quoted one is followed by its reporting clause.
        if close and "." not in term and para[after : after + 3].lstrip().startswith(("„", ",,")):
            return False  # a dialogue turn: ,,Wann kommst du zu mir?” ,,Das weiß ich nicht“, …
        if close and "." not in term and not lower and _reported(para, after, rules):
            return False  # "Are you coming tomorrow?" Claire asked, …: its reporting clause
        # One short word alone in brackets is an abbreviation: "hemisphaerica (Bl.) RM Smith".
        inside = para[max(0, match.start() - 5) : match.start()]
        if close == ")" and term == "." and _BRACKETED_ABBREVIATION.search(inside):
            return False
        if not lower:
            return True
        if guillemets is not None and guillemets.open_at(para, match.start()):
            return False  # « Pourquoi … ? demanda la cigale. Viens … » : an incise goes on
        return (
            term in _QUESTION_OR_EXCLAMATION
            # A lone "!" after a capitalised word is a name's: "She works at Yahoo! in …".
            and (term != "!" or word[:1].islower())
            and not close
            and rules.lower_after_question
            and not _dash_next(para, after)
        )
    if lower:
        # "… (Cattaneo). era partito", "… [877]. in ogni caso": a full stop after a closing
        # bracket or quote ends a sentence even before lower case, as after a plain word.
        if rules.lower_after_number and _NUMERIC.match(word) and word[-1:].isdigit():
            # "… lire 32.975. così ad es." (no ordinals with a full stop here); not before a
            # letter of a section number ("al punto 8. f.").
            return len(_LETTERS.sub("", nxt)) > 1
        if not rules.lower_after_stop:
            return False
        if _plain_word(word, rules) or _closed_word(word):
            return True
        # A quote opening on a lower-case word after a word that is no abbreviation: a quoted
        # sentence, written from its middle (`… cơ hội hiếm có này. "bắt kiểu này …`: VTB dev).
        return (
            _OPENING_QUOTE.match(para, after) is not None
            and not _abbreviation_like(word, rules)
            and _VOWEL.search(unicodedata.normalize("NFD", word)) is not None  # not "т. зв. «…"
        )
    if not word:
        return True  # "Mongolia ." : a full stop after a space
    # An elided article glued to an abbreviation: "dell'art. 941", "l'av. J.-C.".
    key = _ELIDED.sub("", word).lower()
    bare = _LETTERS.sub("", nxt).lower()
    if key in rules.titles:
        return False
    if _NUMERIC.match(word):
        # "am 20. Mai", "9. November" are ordinal dates; "in der 4. Klasse" an ordinal after an
        # article; "1. -3. Jahrhundert" a range of ordinals.
        start = match.start() - len(word)
        # A number in brackets is the next item's: "… nel settembre 2002. (15) Quantunque".
        bracketed = para[after : after + 3].lstrip()[:1] in "(["
        if (
            bare in rules.months
            or (nxt[:1].isdigit() and not bracketed)
            or _RANGE.search(para[max(0, start - 12) : start])
        ):
            return False
        if bare in rules.starters:
            return True  # "um 1670. Es ist kaum …": no ordinal comes before a pronoun
        previous = _previous_word(para, start)
        if rules.ordinal_after_name and previous[:1].isupper() and nxt[:1].isupper():
            return False  # tr "Eskişehir 2. İdare Mahkemesi": a court's, a street's number
        return previous.lower() not in rules.ordinal_after
    if (len(word) == 1 or _ROMAN.match(word)) and _INITIAL.match(nxt):
        return False  # "А. С. Пушкин", "Peraturan No. XI. B. 02": an initial before another
    if _ROMAN.match(word):
        # "im II. Weltkrieg" is an ordinal; "… Georg III. Der König …" ends after a ruler's name.
        previous = _previous_word(para, match.start() - len(word))
        if previous.lower() in rules.ordinal_after:
            return False
        if previous[:1].isupper():
            return True
        if rules.lower_after_number and previous[:1].islower() and not previous.endswith("."):
            # "… durante el siglo XX. Posteriormente …": where no ordinal takes a full stop, a
            # numeral after a lower-case word ends its sentence before a capital too.
            return True
    if key in rules.before_number:
        # "Hell no. Thats …": "no." abbreviates "number" only before one; and before one it
        # is no end (`§ 5, apdo. 3. Existe …`, `§ 5, al. 3. Il y a …`)
        return not _number_next(nxt)
    if key in rules.list_enders or _spaced_list_ender(para, match.start() - len(word), key, rules):
        # "… Bus Stops) etc. Thanks,": a list closed by "etc." ends its sentence, but not before
        # a bracket that goes on with it (`Wijaya dkk. (2019), metode ini …`).
        return para[after : after + 3].lstrip()[:1] not in "(["
    # One letter is an initial; one Hangul syllable is a word ("가. 만약", "꿔. 아마도"); one
    # letter after a number is a unit ("hơn 12 m. Vừa", "26.000 đ. Đáng": VTB dev).
    single = (
        len(word) == 1
        and word.isalpha()
        and not _SYLLABLE.match(word)
        and word not in rules.one_letter_words  # `… -- завопил я. Светка …`: "I", a word
    )
    if (
        single
        and key not in rules.general
        and not nxt[:1].isdigit()
        and _NUMERIC.match(_previous_word(para, match.start() - len(word)))
    ):
        return True  # not "1970, n. 390", "art. 70 l. 633"
    if _DOUBLED.match(word.rsplit("-", 1)[-1]) and _DOUBLED_NEXT.match(nxt):
        # the first half of a plural written with doubled capitals, before its second (EE.
        # UU., FF. AA., JJ. OO., RR. HH.; after a hyphen too: "UE-EE. UU."); not any "cc."
        # ("un motor de 767 cc. Era …", review38) nor "RR." alone ("se llamaba RR. Tocaban")
        return False
    if (
        single
        or key in rules.general
        # the last part of a hyphenated name: "Doninikus-Zimmermann-Str. 9"; not "no", a word
        # before anything but a number ("a simple yes-or-no. Voters …" was one sentence,
        # review38), nor a list's end
        or (
            "-" in key
            and (last := key.rsplit("-", 1)[1]) in rules.general
            and last not in rules.before_number
            and last not in rules.list_enders
        )
        or _abbreviated(word, rules)
        or _ROMAN.match(word)
        or _greek_abbreviation(word)
    ):
        # "Jonas E. Smith", "z. B. ist", "U.S. Government", "XII. Pluku": an end only
        # before a starter word ("you and I. Did", "Co. It closed"), or, after the last word
        # of a company's or person's name, before a quote that opens on a capital (`… dan
        # Itochu Corp. "Jumlah …`; not `(див. «Нові лідери»)`, a reference), and after a
        # company form before a capitalised word and a lower-case one (`Nippon Steel Corp.
        # Rencana akuisisi itu`; not `Sony Corp. Chairman Howard Stringer`).
        return (
            bare in rules.starters
            or (key in rules.name_enders and _OPENING_CAPITAL.match(para, after) is not None)
            or (key in rules.company_forms and _opens_clause(para, after, rules))
            or (
                key not in rules.name_enders
                and _foreign_sentence_ends(para, match.start(), after, last_cut)
            )
        )
    return True


# A whole sentence in Latin letters (a capital, four words or more, nothing else since the last
# cut) before a word of a script without capitals: its abbreviation's full stop ends it, as no
# capital after it can tell (hi `… after 11 p.m. मोहल्ला संघ ने …`, a sentence a Hindi
# version left in English; it was one segment with the next, unseen by `untranslated`, stop 43).
# A sentence, not a name: two lower-case words or more, and no name's end (`Ltd.`, `Co.`, `Jr.`)
# at the stop (`Tata Consultancy Services Ltd. ने …` opens a Hindi sentence; review43).
_LATIN_SENTENCE = pattern_cache.compile(r"\p{Lu}[\p{Latin}\p{M}\d\s,;:'’\-–.()]*")
_CASELESS_NEXT = pattern_cache.compile(
    r"\s+[\"“«]?[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}]"
)
_WORDS = pattern_cache.compile(r"\p{Latin}+")
_LOWER_WORDS = pattern_cache.compile(r"(?<![\p{Latin}\p{M}])\p{Ll}")


def _foreign_sentence_ends(para: str, stop: int, after: int, last_cut: int) -> bool:
    """Whether the full stop at `stop` ends a `_LATIN_SENTENCE` that began at the last cut."""
    if _CASELESS_NEXT.match(para, after) is None:
        return False
    begin = last_cut + len(para[last_cut:stop]) - len(para[last_cut:stop].lstrip())
    sentence = _LATIN_SENTENCE.fullmatch(para, begin, stop)
    return (
        sentence is not None
        and len(_WORDS.findall(sentence.group())) >= 4
        and len(_LOWER_WORDS.findall(sentence.group())) >= 2
    )


def _opens_clause(para: str, after: int, rules: _Rules) -> bool:
    """Whether a capitalised word and a lower-case one follow at `after`, the first no month,
    weekday or time zone that goes on with the abbreviation (`2:30 p.m. Trains will …`, not
    `8 p.m. Friday in Paris`)."""
    clause = _OPENING_CLAUSE.match(para, after)
    if clause is None:
        return False
    first = clause.group().split()[0].rstrip(",;:").lower()
    return first not in rules.months and first not in rules.continuers


def _plain_word(word: str, rules: _Rules) -> bool:
    """A word that is no abbreviation: letters only, at least four of them, in no list."""
    key = word.lower()
    return (
        len(word) >= 4
        and word.isalpha()
        and key not in rules.titles
        and key not in rules.general
        and not _ROMAN.match(word)
        and not _greek_abbreviation(word)
    )


def _abbreviation_like(word: str, rules: _Rules) -> bool:
    """A title, a listed abbreviation, one letter, inner dots or a cut Greek word."""
    key = word.lower()
    return (
        len(word) == 1
        or key in rules.titles
        or key in rules.general
        or "." in word
        or _greek_abbreviation(word)
    )


def _number_next(word: str) -> bool:
    """A number, arabic or roman, `#` after "No.", or a telephone number's `+`: "No. 5", "No.
    XI. B. 02", "No. #3", "Tel. +49 30 …"."""
    return (
        word[:1].isdigit()
        or word[:1] == "#"
        or (word[:1] == "+" and word[1:2].isdigit())
        or bool(_ROMAN.match(word.rstrip(".,;:)")))
    )


def _closed_word(word: str) -> bool:
    """A word closed by a bracket or quote, itself ending in a letter or digit: `(Cattaneo)`,
    `"Pericle")`, `[877]` (not `es.)`, where the full stop inside is an abbreviation's)."""
    inner = word.rstrip(CLOSERS)
    return inner != word and inner[-1:].isalnum()


def _abbreviated(word: str, rules: _Rules) -> bool:
    """Inner dots and a last part that is one letter or an abbreviation: "U.S", "e.g", "Ph.D",
    "Prof.Dr" (but "TP.HCM." ends a sentence: Vietnamese writes its abbreviations with no
    final full stop)."""
    if not _MULTI_DOT.match(word):
        return False
    last = word.rsplit(".", 1)[1].lower()
    return len(last) == 1 or last in rules.titles or last in rules.general


def _greek_abbreviation(word: str) -> bool:
    """A Greek word cut short by a full stop: `αριθ. 2580`, `κκ. Cox`, `εκατ. ευρώ`."""
    if not _GREEK_CUT.match(word):
        return False
    key = word.lower()
    vowels = len(_GREEK_VOWELS.findall(key))
    return vowels == 0 or key.endswith("σ") or (vowels >= 2 and not _GREEK_ACCENTED.search(key))


def _glued(para: str, match: regex.Match[str], rules: _Rules) -> bool:
    """A full stop with no space after it that still ends a sentence: "pertama.Ini"."""
    if match.group("term") != "." or match.group("close"):
        return False
    if not _GLUED.match(para, match.start()):
        return False
    word = _word_before(para, match.start()).lower()
    return word not in rules.titles and word not in rules.general


def _is_list_marker(para: str, word: str, pos: int, last_cut: int) -> bool:
    """A number, letter or roman numeral that opens the paragraph or follows a sentence end;
    also a clause's number of two to four levels (`2.1. The annual pass costs 45 euros.`: the
    number was a segment of its own, and a clause a version added was two extra rows, a
    made-up bike-sharing terms of use, stop 39)."""
    if not word or not (
        word.isdigit()
        and len(word) <= 4
        or len(word) == 1
        or _ROMAN.match(word)
        or _CLAUSE_NUMBER.fullmatch(word)
    ):
        return False
    return not para[last_cut : pos - len(word)].strip(" \t\n\u00a0" + BULLETS)


_CLAUSE_NUMBER = pattern_cache.compile_re(r"\d{1,3}(?:\.\d{1,3}){1,3}")


def _bracket_closes_next(para: str, pos: int, after: int, last_cut: int) -> bool:
    """A bracket opened in this sentence that the next word closes: `(SSK. II) Pekanbaru`,
    `(hlm. 5)`. A sentence never ends one word before its bracket does."""
    # (the match ends at most 13 characters after the space: unbounded, `regex` looked for
    # the bracket in the rest of the paragraph at each full stop, quadratic)
    if _WORD_THEN_CLOSE.match(para, after, _SPACE_RUN.match(para, after).end() + 13) is None:
        return False
    inside = para[last_cut:pos]
    return inside.rfind("(") > inside.rfind(")")


def _spaced_list_ender(para: str, start: int, key: str, rules: _Rules) -> bool:
    """A list ender written with a space, read from its last letter: `и т. п. Состоянием …`
    (`т.п`), `и т. д. Кроме …`."""
    if len(key) != 1 or not rules.list_enders:
        return False
    first = _SPACED_FIRST.search(para, max(0, start - 4), start)
    return first is not None and f"{first.group(1).lower()}.{key}" in rules.list_enders


def _dash_next(para: str, pos: int) -> bool:
    """A dash opens what follows: a reporting clause of dialogue ("pomysły? - sarknął")."""
    rest = para[pos : pos + 4].lstrip()
    return rest[:1] in ("-", "–", "—")


# A speaker's name, one to three capitalised words, then the word after it.
_SPEAKER = pattern_cache.compile(r"\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s+(\p{Ll}+)\b")


def _reported(para: str, after: int, rules: _Rules) -> bool:
    """Whether a name and a verb of speech follow (`… tomorrow?" Claire asked`)."""
    if not rules.reporting_verbs:
        return False
    match = _SPEAKER.match(para, after)
    return match is not None and match.group(1) in rules.reporting_verbs


def _next_word(para: str, pos: int) -> str:
    """The word after a candidate boundary, skipping spaces and opening quotes or brackets."""
    i = pos
    while i < len(para) and (para[i].isspace() or para[i] in OPENERS + "-–—"):
        i += 1
    j = i
    while j < len(para) and not para[j].isspace():
        j += 1
    return para[i:j]


def _word_before(para: str, pos: int) -> str:
    """The token ending at a full stop, without opening quotes or brackets."""
    i = pos
    while i > 0 and not para[i - 1].isspace():
        i -= 1
    return para[i:pos].lstrip(OPENERS + BULLETS)


def _previous_word(para: str, pos: int) -> str:
    """The word before the one that starts at `pos`, found without copying the paragraph (a
    copy per candidate made long paragraphs quadratic)."""
    end = pos
    while end > 0 and para[end - 1].isspace():
        end -= 1
    return _word_before(para, end)


class _Titles:
    """Where 《 and 》 (or another pair of marks) stand in one paragraph, found at most once
    per paragraph.

    Counting them in the text before each mark made a long paragraph of CJK titles quadratic
    (500,000 characters: 33 s); a cache keyed on the paragraph's text was no better when two
    documents share a paragraph, since each look-up compared the whole paragraph (issue 14).
    """

    def __init__(self, opening: str = "《", closing: str = "》") -> None:
        self._marks = opening, closing
        self._found: tuple[list[int], list[int]] | None = None

    def brackets(self, para: str) -> tuple[list[int], list[int]]:
        if self._found is None:
            opening, closing = self._marks
            self._found = (
                [i for i, c in enumerate(para) if c == opening],
                [i for i, c in enumerate(para) if c == closing],
            )
        return self._found

    def open_at(self, para: str, pos: int) -> bool:
        """Whether a mark opened before `pos` is still open there: a CJK mark inside 《…》
        titles quoted mid-sentence ends no sentence, nor does "?" inside « … » where French
        puts the reporting clause (« Pourquoi ? demanda-t-il. Viens. »; counted from the
        paragraph's start at each question mark, 540,000 characters of chat took 3 s)."""
        opens, closes = self.brackets(para)
        return bisect.bisect_left(opens, pos) > bisect.bisect_left(closes, pos)
