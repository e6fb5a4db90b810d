"""Text written in lines (poems, song lyrics, subtitles): each line a segment, decided for a
whole translation group.

The segmenter decides per document whether the lines of a block between blank lines are a
paragraph wrapped at a width (its line breaks are spaces) or lines of their own
(`segmenting.paragraphs`). Verse looks wrapped: short lines that mostly end in no sentence
punctuation. Read so, a stanza is one segment, and a line that one version left out is
not seen. Line fill alone, decided per document, cut a poem line by line in some versions and
stanza by stanza in others. Here the decision is the group's, on evidence that every version
shares:

- the lines per block: a translator keeps the lines of a stanza, while a paragraph wrapped at
  a width has as many lines as its length asks in each language. Most members (two at least)
  have the same number of lines in every block, with lines left in at least two blocks;
- the lines are not filled: over all members, at least RAGGED of the line breaks inside a
  block come where the next word would still fit on the line (the document's longest line
  taken for the width; a greedy wrap at any width leaves none);
- no line is longer than `segmenting.WRAP_WIDTH`, and some member joined lines into one
  segment (else nothing changes).

Then every member is cut alike, the members that differ (a line left out, a stanza added)
too: each segment is cut at its line breaks, and a segment's paragraph is its block (the
stanza), whether the segmenter read that document's lines as paragraphs or as wrapped.
Prose, wrapped or not, is left as it is. The cuts depend on the members, never on the pivot.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from reviewer.core import pattern_cache, segmenting
from reviewer.core.model import Document, Group, Segment

# The share of line breaks inside blocks that must leave room for the next word.
RAGGED = 0.25
# Line breaks inside blocks that the members' common line counts must hold, at least.
LEAST_BREAKS = 2

_LINE = pattern_cache.compile(r"[^\n]*\S[^\n]*")


def verse_segments(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    groups: Sequence[Group],
) -> list[tuple[Segment, ...]]:
    """`segments` with every member of each group written in lines cut at its line breaks
    (a new list; the other documents keep their tuple)."""
    out = list(segments)
    for group in groups:
        members = sorted(group.members.values())
        if len(members) < 2:
            continue
        blocks = {i: _block_lines(documents[i].text) for i in members}
        if not in_lines([blocks[i] for i in members], [segments[i] for i in members]):
            continue
        for i in members:
            out[i] = cut_lines(documents[i].text, segments[i])
    return out


def _block_lines(text: str) -> list[list[str]]:
    """The lines (stripped, non-empty) of each block between blank lines."""
    return [
        [line.strip() for line in text[start:end].split("\n") if line.strip()]
        for start, end in segmenting._blocks(text)
    ]


def in_lines(members: Sequence[list[list[str]]], segments: Sequence[tuple[Segment, ...]]) -> bool:
    """Whether a group whose members have these blocks of lines is written in lines (see the
    module docstring)."""
    if not any("\n" in s.text for segs in segments for s in segs):
        return False  # every line is a segment's already, or none is cut
    if any(len(line) > segmenting.WRAP_WIDTH for m in members for b in m for line in b):
        return False
    shapes = Counter(tuple(len(b) for b in m) for m in members)
    shape, count = min(shapes.items(), key=lambda item: (-item[1], item[0]))
    if count < max(2, (len(members) + 1) // 2):
        return False
    if sum(n - 1 for n in shape if n > 1) < LEAST_BREAKS or sum(n > 1 for n in shape) < 2:
        return False
    return _ragged(members)


def _ragged(members: Sequence[list[list[str]]]) -> bool:
    """Whether RAGGED of the line breaks inside blocks, over all `members`, leave room for the
    next word on the line (each member's longest line taken for its width)."""
    breaks = room = 0
    for m in members:
        width = max((len(line) for b in m for line in b), default=0)
        for b in m:
            for line, after in zip(b, b[1:], strict=False):
                breaks += 1
                room += len(line) + 1 + len(after.split()[0]) <= width
    return breaks > 0 and room >= RAGGED * breaks


def looks_in_lines(text: str, segments: tuple[Segment, ...]) -> bool:
    """Whether one document alone may be written in lines: some segment holds a line break,
    every line is at most `segmenting.WRAP_WIDTH` long, two blocks or more hold several lines
    and its lines are ragged (`_ragged`). What grouping aligns such a document by (`for_grouping`);
    whether its group is cut in lines is decided by `in_lines`, on every member."""
    if not any("\n" in s.text for s in segments):
        return False
    blocks = _block_lines(text)
    if any(len(line) > segmenting.WRAP_WIDTH for b in blocks for line in b):
        return False
    return sum(len(b) > 1 for b in blocks) >= 2 and _ragged([blocks])


def for_grouping(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> list[tuple[Segment, ...]]:
    """`segments` with each document that `looks_in_lines` cut at its line breaks: grouping
    aligns a poem's versions line by line (a stanza a segment leaves one sentence in each
    paragraph, and no alignment gain to measure; a French version with a stanza added was
    left out of its group)."""
    return [
        cut_lines(d.text, s) if looks_in_lines(d.text, s) else s
        for d, s in zip(documents, segments, strict=True)
    ]


def cut_lines(text: str, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """`segments` cut at every line break, each piece's paragraph its block's index."""
    starts = [start for start, _ in segmenting._blocks(text)]
    out: list[Segment] = []
    for segment in segments:
        for match in _LINE.finditer(text, segment.start, segment.end):
            start, end = match.start(), match.end()
            while text[start].isspace():
                start += 1
            while text[end - 1].isspace():
                end -= 1
            paragraph = bisect.bisect_right(starts, start) - 1
            out.append(
                Segment(len(out), paragraph, start, end, text[start:end], segment.boilerplate)
            )
    return tuple(out)
