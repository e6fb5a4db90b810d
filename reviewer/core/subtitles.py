"""Subtitle files (SubRip `.srt`, WebVTT `.vtt`) -> the text of their cues, as a document.

Subtitles are a common source of parallel text (one film, its subtitles in several languages),
but read as plain text a cue's number and its timecode became text: numbers to compare (false
`number-mismatch` findings), rows of timecodes, and a sentence wrapped over two cue lines or
two cues was cut at the line break. Here a file is recognised by its content (`WEBVTT` on its
first line; a first block of a cue number and a `00:00:01,000 --> 00:00:03,500` line) and by
its name (`.srt`, `.vtt`), and only its cues' text becomes the document's text:

- cue numbers, identifiers, timecodes and cue settings, WebVTT header, NOTE, STYLE and REGION
  blocks, tags (`<i>`, `<b>`, `<font color=…>`, `<c.yellow>`, `<v Anna>`, `<00:00:01.000>`,
  the reading of `<rt>`) and positioning codes (`{\\an8}`) never reach the text;
- a cue's lines are one line of text, and a cue that does not end its sentence (its last
  character a letter of a cased script, a digit, a comma …) goes on into the next one, so a
  sentence continued over cue lines or over cues is one sentence; a cue that ends one is
  followed by a blank line, where the segmenter cuts, and by two after a pause of PAUSE
  seconds, where alone paragraphs end (`paragraphs_at_pauses`, applied after grouping);
- a malformed cue (a timing line that does not parse, text with no timing, a missing blank
  line) is a note that names the cue and its line, and loading.py reports it as a problem of
  the file; its text is read all the same, a bad timing line is left out.

Every cue keeps its times and where its text lies in the document's text (`Subtitles.cues`);
the pauses are their one use as alignment evidence (bench/subtitles_textberg.py).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reviewer.core import pattern_cache
from reviewer.core.model import Segment
from reviewer.core.segmenting import CLOSERS, OPENERS, STRONG_TERMINATORS, WEAK_TERMINATORS

if TYPE_CHECKING:
    import regex

SUFFIXES = (".srt", ".vtt")
_FORMATS = {".srt": "SubRip", ".vtt": "WebVTT"}

# A timestamp: hours optional (WebVTT's `01:02.500`; SubRip files in the wild too), a comma
# (SubRip) or a full stop (WebVTT) before the milliseconds.
_TIME = r"(?:(\d{1,3}):)?([0-5]?\d):([0-5]?\d)[,.](\d{1,3})"
_TIMING = pattern_cache.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+(.*))?$")
# What looks like a timing line but is not one: an arrow beside a time, a line of nothing
# but digits, marks and a time (`00:00:09,500 -> 00:00:11,000`, `00:00:09 00:00:11`), or a
# line that opens with a time of seconds (`00:00:04,500 -> 00:00:05` and garbage). Tested
# piece by piece, each in linear time (a 5 MB line of digits and colons is no quadratic scan).
_A_TIME = pattern_cache.compile(r"\d:\d\d")
_TIME_FIRST = pattern_cache.compile(r"[ \t]*+\d{1,3}:\d\d[:,.]\d\d")
_MARKS = " \t0123456789:;,.>-–—"
_NUMBER = pattern_cache.compile(r"^\s*\d{1,7}\s*$")
_WEBVTT = pattern_cache.compile(r"^WEBVTT(?:[ \t].*)?$")
# How a file of either kind opens (after a BOM or blank lines): `WEBVTT`; a cue number (or
# none) and a timing line.
_WEBVTT_START = pattern_cache.compile(r"[\ufeff\s]*+WEBVTT(?:[ \t][^\n]*)?(?:\n|$)")
_SUBRIP_START = pattern_cache.compile(rf"[\ufeff\s]*+(?:\d{{1,7}}[ \t]*\n)?[ \t]*{_TIME}[ \t]*-->")
_BLOCK_WORD = pattern_cache.compile(r"^(NOTE|STYLE|REGION)(?:[ \t].*)?$")
# Markup inside a cue's text: the reading given to a ruby base (WebVTT's <rt>, HTML's <rp>
# parentheses) goes with its tag; then the tags of SubRip and WebVTT, inline timestamps and
# the positioning and style codes of SSA/ASS left in SubRip files (`{\an8}`, `{\i1}`).
_READING = pattern_cache.compile(
    r"<(rt|rp)\b[^<>]{0,300}>[^<>]{0,300}</\1\s*>", pattern_cache.IGNORECASE
)
_TAG = pattern_cache.compile(
    r"</?(?:i|b|u|s|c|v|lang|ruby|rt|rp|font|span|br)(?:[\s.][^<>]{0,300})?/?>"
    r"|<\d{1,3}:\d{2}(?::\d{2})?\.\d{1,3}>|\{\\[^{}]{0,300}\}",
    pattern_cache.IGNORECASE,
)
_LINE_BREAK_TAG = pattern_cache.compile(r"<br\s*/?>", pattern_cache.IGNORECASE)
_ENTITY = pattern_cache.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Direction marks steer how a player draws a line, as positioning codes do where it stands.
_DROPPED_ENTITIES = frozenset({"&lrm;", "&rlm;"})
# A cue that opens with a dash is a new speaker's turn: it goes on no sentence.
_TURN = pattern_cache.compile(r"^[-‐–—](?!\d)")
_SENTENCE_ENDS = frozenset(STRONG_TERMINATORS + WEAK_TERMINATORS) - {"…"}
_GOES_ON = frozenset(",;:-‐–—，、")
_ELLIPSIS = ("...", "…")
# A cue that ends with what may be a title or an initial (`Dr.`, `Mrs.`, `J.`): whether its
# sentence ends there is the segmenter's to say, which knows the language's abbreviations.
_TITLE_LAST = pattern_cache.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{0,2}\.$")
# Marks that open no sentence: a cue that starts with one goes on the cue before, unspaced.
_OPENS_NOTHING = ",;:)]）」』"
# A sentence over more cues than this is cut anyway: a run of cues that ends no sentence with
# a mark would otherwise be one segment.
MAX_CUES_A_SENTENCE = 16
# A pause between two cues (seconds) after which a new paragraph starts, at a sentence's end;
# it is written as two blank lines, every other cue that ends a sentence as one, which the
# segmenter cuts at; `paragraphs_at_pauses` then numbers the paragraphs by the pauses alone.
PAUSE = 3.0
PAUSED = "\n\n\n"
# Under this share of cues ending a sentence with a mark, the file does not punctuate (or its
# script has no marks at cue ends): each cue is then a sentence of its own.
_PUNCTUATED = 0.25
NOTE_KIND = "malformed subtitles"  # how each note begins (loading.problem_kind reads it)
_QUOTED = 60  # characters of a bad line quoted in its note
_NOTED = 5  # notes of one kind written out per file, the others counted in one more


@dataclass(frozen=True)
class Cue:
    """One cue: where it starts in the file, its times, and where its text lies in the text."""

    ordinal: int  # 1-based, in the file's order: what a note names when the file numbers none
    label: str  # the SubRip number or WebVTT identifier as written ("" when none)
    line: int  # 1-based line of the file where the cue's block starts
    start: float | None  # seconds; None when its timing line is missing or unreadable
    end: float | None
    span: tuple[int, int] | None  # offsets of its text in `Subtitles.text`; None: no text


@dataclass(frozen=True)
class Subtitles:
    """A subtitle file read: the text of its cues (NFC; blank lines where sentences end at a
    cue), its cues, what was left out (`warnings`) and what was malformed (`notes`)."""

    format: str  # "SubRip" | "WebVTT"
    text: str
    cues: tuple[Cue, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]


def format_of(text: str, name: str) -> str | None:
    """ "SubRip", "WebVTT" or None: by content first (a `.txt` that holds cues is subtitles),
    then by name for a file whose first block is malformed but holds a timing line."""
    if _WEBVTT_START.match(text):
        return "WebVTT"
    if _SUBRIP_START.match(text):
        return "SubRip"
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in _FORMATS and any(_TIMING.match(line) for line in text.split("\n")):
        return _FORMATS[suffix]
    return None


def named_as_subtitles(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def read(text: str, fmt: str) -> Subtitles:
    """The cues of `text` (LF newlines, no BOM) in `fmt` ("SubRip" or "WebVTT")."""
    blocks = _blocks(text)
    notes: list[tuple[str, str]] = []  # (kind, message)
    skipped = {"NOTE": 0, "STYLE": 0, "REGION": 0}
    if fmt == "WebVTT" and blocks and _WEBVTT.match(blocks[0][1][0].lstrip("\ufeff").rstrip()):
        first, header = blocks[0]
        cue = next((i for i, line in enumerate(header) if "-->" in line), None)
        # the header: WEBVTT and its metadata lines; a cue right under it is a cue
        blocks = blocks[1:]
        if cue is not None:
            notes.append(("blank", f"line {first + cue}: no blank line after the header"))
            blocks.insert(0, (first + cue, header[cue:]))
    elif fmt == "WebVTT":
        notes.append(("header", "line 1: no WEBVTT header; read as WebVTT from its name"))
    raw: list[tuple[str, int, float | None, float | None, list[str]]] = []
    for first, lines in blocks:
        word = _BLOCK_WORD.match(lines[0].strip()) if fmt == "WebVTT" else None
        if word is not None and not any("-->" in line for line in lines[:2]):
            skipped[word.group(1)] += 1
            continue
        # (the cue before, as a note names it: by its number or identifier, else its ordinal)
        previous = (raw[-1][0][:_QUOTED] or str(len(raw))) if raw else ""
        for cue in _cues_of_block(first, lines, len(raw), previous, notes):
            raw.append(cue)
    return _assemble(fmt, raw, skipped, notes)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each run of non-blank lines."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip(" \t\ufeff\u00a0"):
            if not current:
                start = number
            current.append(line.replace("\ufeff", ""))
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cues_of_block(
    first: int, lines: list[str], before: int, previous: str, notes: list[tuple[str, str]]
):
    """The cues of one block: usually one; more where a blank line is missing between cues;
    a cue without timing where the block has none (its text is read, the note says so)."""
    timing = _timing_position(lines)
    if timing is None:
        yield from _untimed(first, lines, previous, notes)
        return
    # Further cues inside the block: a timing line further down (a number line before it is
    # that cue's number), where a blank line between two cues is missing.
    starts = [timing] + [
        i
        for i in range(timing + 1, len(lines))
        if _TIMING.match(lines[i]) or (_timing_like(lines[i]) and _NUMBER.match(lines[i - 1]))
    ]
    begins = [0] + [
        at - 1 if at - 1 > previous and _NUMBER.match(lines[at - 1]) else at
        for previous, at in zip(starts, starts[1:], strict=False)
    ]
    stops = begins[1:] + [len(lines)]
    for n, (at, begin, stop) in enumerate(zip(starts, begins, stops, strict=True)):
        label = lines[begin].strip() if begin < at else ""
        line = first + begin
        name = f"cue {label[:_QUOTED] or before + n + 1} (line {line})"
        if n > 0:
            notes.append(("blank", f"{name}: no blank line before it; read as a cue of its own"))
        start, end = _times(lines[at])
        if start is None:
            notes.append(
                (
                    "timing",
                    f"{name}: timing line {_quote(lines[at])} does not parse; left out, "
                    "the cue's text is read",
                )
            )
        elif end is not None and end < start:
            notes.append(
                ("timing", f"{name}: ends before it starts {_quote(lines[at])}; its text is read")
            )
        yield label, line, start, end, lines[at + 1 : stop]


def _untimed(first: int, lines: list[str], previous: str, notes: list[tuple[str, str]]):
    """A block with no timing line: a number alone is left out, text is read (noted)."""
    if len(lines) == 1 and _NUMBER.match(lines[0]):
        notes.append(
            (
                "number",
                f"cue {lines[0].strip()} (line {first}): a cue number alone, with no timing "
                "and no text; left out",
            )
        )
        return
    label = lines[0].strip() if _NUMBER.match(lines[0]) else ""
    where = f"cue {label} (line {first})" if label else f"line {first}"
    after = f"after cue {previous}" if previous else "before the first cue"
    notes.append(("untimed", f"{where}: text with no timing line ({after}); read as text"))
    yield label, first, None, None, lines[1:] if label else lines


def _timing_position(lines: list[str]) -> int | None:
    """Where the block's timing line is (its first or, after a number or identifier, second
    line), also when it is malformed; None when it has none."""
    for i in range(min(2, len(lines))):
        if _TIMING.match(lines[i]):
            return i
    for i in range(min(2, len(lines))):
        if _timing_like(lines[i]):
            return i
    return None


def _timing_like(line: str) -> bool:
    if _A_TIME.search(line) is None:
        return False
    return "-->" in line or not line.strip(_MARKS) or _TIME_FIRST.match(line) is not None


def _times(line: str) -> tuple[float | None, float | None]:
    match = _TIMING.match(line)
    if match is None:
        return None, None
    values = [
        int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000
        for h, m, s, ms in (match.groups()[0:4], match.groups()[4:8])
    ]
    return values[0], values[1]


def _quote(line: str) -> str:
    line = line.strip()
    return repr(line if len(line) <= _QUOTED else line[: _QUOTED - 1] + "…")


def clean_line(line: str) -> str:
    """One line of a cue's text without its tags, positioning codes and entities."""
    if "<" in line:
        line = _READING.sub("", line)
        line = _LINE_BREAK_TAG.sub(" ", line)
    if "<" in line or "{" in line:
        line = _TAG.sub("", line)
    if "&" in line:
        line = _ENTITY.sub(_entity, line)
    return " ".join(line.split(" ")).strip()


def _entity(match: regex.Match[str]) -> str:
    """The character an entity stands for; nothing for a direction mark; the entity itself
    where it would be a control or format character (`&#27;` is ESC) or is unknown."""
    import html

    reference = match.group()
    if reference.lower() in _DROPPED_ENTITIES:
        return ""
    value = html.unescape(reference)  # (`&#27;` is "": a control it will not give)
    if (
        not value
        or value == reference
        or any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in value)
    ):
        return reference
    return value


def _assemble(fmt, raw, skipped, notes) -> Subtitles:
    """The document's text from the cues' text: each cue one line of text, joined with the
    cue before it where that one goes on, paragraphs apart by a blank line."""
    texts = [" ".join(filter(None, map(clean_line, lines))) for *_, lines in raw]
    texts = [unicodedata.normalize("NFC", text) for text in texts]
    with_text = [text for text in texts if text]
    ended = sum(_ends_sentence(text) for text in with_text)
    punctuated = bool(with_text) and ended >= _PUNCTUATED * len(with_text)
    parts: list[str] = []
    cues: list[Cue] = []
    at = 0
    before: tuple[str, float | None] | None = None  # the last cue with text: text, end
    open_cues = 0  # cues since the last that ended a sentence
    for ordinal, ((label, line, start, end, _), text) in enumerate(zip(raw, texts, strict=True), 1):
        span = None
        if text:
            if before is None:
                separator = ""
            elif punctuated:
                separator = _separator(before, text, start, open_cues)
            else:  # each cue a segment of its own
                separator = PAUSED if _paused(before[1], start) else "\n\n"
            parts.append(separator)
            at += len(separator)
            span = (at, at + len(text))
            parts.append(text)
            at += len(text)
            open_cues = 0 if _ends_sentence(text) else open_cues + 1
            before = (text, end)
        cues.append(Cue(ordinal, label, line, start, end, span))
    timed = sum(cue.start is not None for cue in cues)
    warnings = [
        f"read as {fmt} subtitles: {len(cues)} cues ({timed} timed); their numbers, timecodes "
        "and tags are not part of the text"
    ]
    left = [
        f"{count} {word} block{'s' if count > 1 else ''}"
        for word, count in skipped.items()
        if count
    ]
    if left:
        warnings.append(f"left out: {', '.join(left)} (comments and styles, not text)")
    return Subtitles(
        fmt,
        "".join(parts) + ("\n" if parts else ""),
        tuple(cues),
        tuple(warnings),
        _summarised(notes),
    )


def _separator(before: tuple[str, float | None], text: str, start: float | None, open_cues: int):
    """What goes between the cue `before` (its text and end) and the next one, `text` (and
    its start): "" or " " where its sentence goes on (unspaced before a comma); else a blank
    line, where the segmenter cuts; and two after a pause of PAUSE seconds or more at a
    sentence's end (the film's silence, which its translations share)."""
    previous, end = before
    if _alone(previous) or _alone(text):
        return "\n\n"
    if _TITLE_LAST.search(previous) and _paused(end, start) is False:
        return " "  # `… Dr.` / `Smith called.`: the segmenter knows its language's titles
    if not _ends_sentence(previous):
        if open_cues < MAX_CUES_A_SENTENCE and _goes_on(previous, text):
            return "" if text[0] in _OPENS_NOTHING else " "
        return "\n\n"
    if _goes_on(previous, text):  # `Wait...` / `...for me.`
        return " "
    return PAUSED if _paused(end, start) else "\n\n"


def _paused(end: float | None, start: float | None) -> bool:
    return start is None or end is None or start - end >= PAUSE


def timed_paragraphs(files, segments: list[tuple[Segment, ...]]) -> list[tuple[Segment, ...]]:
    """`paragraphs_at_pauses` of the segments of each file read as subtitles (`files`:
    loading.LoadedFile, one for each document's segments); the others' as they are."""
    return [
        paragraphs_at_pauses(segs, file.text) if file.subtitles else segs
        for file, segs in zip(files, segments, strict=True)
    ]


def paragraphs_at_pauses(segments: tuple[Segment, ...], text: str) -> tuple[Segment, ...]:
    """A subtitle file's segments (cut where its cues end sentences) numbered in paragraphs
    that end only at its pauses (`PAUSED`). A paragraph a run of cues made paragraphs that
    the versions did not share, each cutting its sentences at other cues: the aligner, which
    pairs paragraphs, lost 0.056 of strict F1 on Text+Berg dev cut into cues (0.609 against
    0.665, bench/subtitles_textberg.py --align), and short lines (`Yes.`) recurring across
    a corpus of films would be marked as boilerplate."""
    out = []
    paragraph = 0
    for index, segment in enumerate(segments):
        if index and PAUSED in text[segments[index - 1].end : segment.start]:
            paragraph += 1
        out.append(
            replace(segment, paragraph=paragraph) if segment.paragraph != paragraph else segment
        )
    return tuple(out)


def _ends_sentence(text: str) -> bool:
    """Whether a cue's text ends a sentence: its last mark (closing quotes and brackets aside)
    a full stop, question or exclamation mark or an ellipsis; or it stands alone."""
    last = text.rstrip(CLOSERS + " ")[-1:] or text[-1:]
    return last in _SENTENCE_ENDS or last == "…" or _alone(text)


def _alone(text: str) -> bool:
    """A cue that is no part of a sentence: a sound in brackets (`[door slams]`, `(laughs)`),
    a song's line between ♪."""
    return (text[0] + text[-1]) in ("[]", "()") or text.endswith(("♪", "♫"))


def _goes_on(before: str, after: str) -> bool:
    """Whether a cue's text `after` continues the sentence of the cue `before`."""
    if _TURN.match(after) or _alone(before) or _alone(after):
        return False
    if before.endswith(_ELLIPSIS):  # trailing off, unless the next cue picks it up
        rest = after.lstrip(".… ")
        return after.startswith(_ELLIPSIS) or rest[:1].islower()
    last = before.rstrip(CLOSERS + " ")[-1:]
    if last in _SENTENCE_ENDS or not last:
        return False
    # a cue that opens with a comma or a closing bracket goes on the sentence before
    if last in _GOES_ON or last in OPENERS or last.isdigit() or after[0] in _OPENS_NOTHING:
        return True
    # a letter: a cased script marks its sentences' ends; a script without case (Chinese,
    # Thai, Arabic) often ends a cue's sentence with none
    return last.lower() != last.upper() or after[:1].islower()


def _summarised(notes: list[tuple[str, str]]) -> tuple[str, ...]:
    """The notes, at most `_NOTED` of each kind written out; the rest of a kind in one more."""
    out: list[str] = []
    counts: dict[str, int] = {}
    for kind, message in notes:
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= _NOTED:
            out.append(f"{NOTE_KIND}: {message}")
    for kind, count in counts.items():
        if count > _NOTED:
            out.append(f"{NOTE_KIND}: {count - _NOTED} more like the above ({kind})")
    return tuple(out)
