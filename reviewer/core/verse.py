"""Text written in lines (poems, song lyrics, subtitles, lists): each line a segment, decided
for a whole translation group, block by block.

The segmenter decides per document whether the lines of a block between blank lines are a
paragraph wrapped at a width (its line breaks are spaces) or lines of their own
(`segmenting.paragraphs`). Verse looks wrapped: short lines that mostly end in no sentence
punctuation. Read so, a stanza is one segment, and a line that one version left out is
not seen. Line fill alone, decided per document, cut a poem line by line in some versions and
stanza by stanza in others. Here the decision is the group's, on evidence that every version
shares:

- the lines per block: a translator keeps the lines of a stanza, while a paragraph wrapped at
  a width has as many lines as its length asks in each language. Most members (two at least)
  have the same number of lines in every block (`_shape`); a member with a block more or
  less is matched to that shape around the block it added or lacks;
- a block is cut at its lines where, over the members, at least RAGGED of the line breaks in
  it come where the next word would still fit on the line (the member's longest line taken
  for its width): a greedy wrap at any width leaves none, so the wrapped paragraphs of a
  recipe stay whole while its list of ingredients is cut (a block a member added is cut
  where its own breaks are ragged, or where every block of several lines is cut);
- no line of a cut block is longer than `segmenting.WRAP_WIDTH`, and some member joined a
  cut block's lines into one segment (else nothing changes).

Then every member is cut alike, the members that differ (a line left out, a stanza added)
too: each segment of a cut block is cut at its line breaks, and each segment's paragraph is
its block (the stanza), whether the segmenter read that document's lines as paragraphs or as
wrapped. Prose, wrapped or not, is left as it is. The cuts depend on the members, never on
the pivot.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from reviewer.core import pattern_cache, segmenting
from reviewer.core.model import Document, Group, Segment

# The share of line breaks of a block that must leave room for the next word.
RAGGED = 0.25
# Line breaks that the blocks cut must hold, at least (in the members' common line counts).
LEAST_BREAKS = 2

_LINE = pattern_cache.compile(r"[^\n]*\S[^\n]*")
# A script written without spaces: its next "word" is one character.
_UNSPACED = pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]")

Blocks = list[list[str]]


def verse_segments(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    groups: Sequence[Group],
) -> list[tuple[Segment, ...]]:
    """`segments` with the blocks of each group written in lines cut at their line breaks
    (a new list; the other documents keep their tuple)."""
    out = list(segments)
    for group in groups:
        members = sorted(group.members.values())
        if len(members) < 2:
            continue
        # A group none of whose segments holds a line break has nothing to cut:
        # `lines_to_cut` would find no segment `_joined` (most groups; this runs serially,
        # and its block scans were 0.2 s of the parent's time at 10,000 documents).
        if not any("\n" in s.text for i in members for s in segments[i]):
            continue
        texts = [documents[i].text for i in members]
        cuts = lines_to_cut(texts, [segments[i] for i in members])
        if cuts is None:
            continue
        for i, cut in zip(members, cuts, strict=True):
            out[i] = cut_lines(documents[i].text, segments[i], cut)
    return out


def block_lines(text: str) -> Blocks:
    """The lines (stripped, non-empty) of each block between blank lines."""
    return [
        [line.strip() for line in text[start:end].split("\n") if line.strip()]
        for start, end in segmenting._blocks(text)
    ]


def lines_to_cut(
    texts: Sequence[str], segments: Sequence[tuple[Segment, ...]]
) -> list[set[int]] | None:
    """For each member, the blocks to cut at their lines; None where the group is not written
    in lines (see the module docstring)."""
    members = [block_lines(text) for text in texts]
    most = max(2, (len(members) + 1) // 2)
    counts = Counter(len(m) for m in members)
    blocks, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    if count < most:
        return None
    # Each block's line count in most of the members with as many blocks.
    shape = tuple(
        min(Counter(len(m[j]) for m in members if len(m) == blocks).most_common(), key=_first)[0]
        for j in range(blocks)
    )
    places = [_places(tuple(len(b) for b in m), shape) for m in members]
    room = [_room(m) for m in members]
    cut_places = set()
    for j, lines in enumerate(shape):
        held = _at(places, j)
        alike = sum(len(members[k][i]) == lines for k, i in held)
        if (
            lines > 1
            and alike >= most
            and _ragged([room[k][i] for k, i in held])
            and all(_short(members[k][i]) for k, i in held)
        ):
            cut_places.add(j)
    if sum(shape[j] - 1 for j in cut_places) < LEAST_BREAKS:
        return None
    # ... and most members have those line counts in all of them at once (hand-broken lines
    # agree with one version here and another there).
    alike = 0
    for m, place in zip(members, places, strict=True):
        if place:
            mine = {at: len(m[i]) for i, at in place.items()}
            alike += all(mine.get(j) == shape[j] for j in cut_places)
    if alike < most:
        return None
    every = all(j in cut_places for j, lines in enumerate(shape) if lines > 1)
    cuts: list[set[int]] = []
    for k, m in enumerate(members):
        mine = set()
        for i, block in enumerate(m):
            if len(block) < 2 or not _short(block):
                continue
            at = places[k].get(i) if places[k] else None
            if at in cut_places or (at is None and (every or _ragged([room[k][i]]))):
                mine.add(i)
        cuts.append(mine)
    if not any(_joined(texts[k], segments[k], cuts[k]) for k in range(len(members))):
        return None
    return cuts


def _first(item: tuple[int, int]) -> tuple[int, int]:
    """Most often first, then fewest lines (a tie settled alike in every run)."""
    return (-item[1], item[0])


def _places(mine: tuple[int, ...], shape: tuple[int, ...]) -> dict[int, int] | None:
    """Which block of `shape` each of a member's blocks stands for: all of them where the
    member has the shape's number of blocks, all but the one it added where it has one more
    (the one whose removal leaves the most blocks of the shape's line counts), one block of
    the shape skipped where it has one less; None where it has more or fewer."""
    if len(mine) == len(shape):
        return dict(enumerate(range(len(shape))))
    if abs(len(mine) - len(shape)) != 1:
        return None
    longer, shorter = (mine, shape) if len(mine) > len(shape) else (shape, mine)

    def kept_alike(skip: int) -> tuple[int, int]:
        rest = longer[:skip] + longer[skip + 1 :]
        return (sum(a == b for a, b in zip(rest, shorter, strict=True)), -skip)

    best = max(range(len(longer)), key=kept_alike)
    kept = [i for i in range(len(longer)) if i != best]
    if len(mine) > len(shape):
        return {i: j for j, i in enumerate(kept)}
    return {i: j for i, j in enumerate(kept)}


def _at(places: list[dict[int, int] | None], j: int) -> list[tuple[int, int]]:
    """(member, block) of every member's block that stands for the shape's block `j`."""
    return [(k, i) for k, p in enumerate(places) if p for i, at in p.items() if at == j]


def _short(block: list[str]) -> bool:
    return all(len(line) <= segmenting.WRAP_WIDTH for line in block)


def _room(blocks: Blocks) -> list[tuple[int, int]]:
    """For each block, its line breaks and those of them that leave room on the line for the
    next word (one character of a script written without spaces). The width is the member's
    longest line that a break follows: a greedy wrap fills those, while a last line or a
    line of its own (a title, an unwrapped paragraph) may be longer than the wrap's width."""
    width = max((len(line) for b in blocks for line in b[:-1]), default=0)
    out = []
    for b in blocks:
        room = 0
        for line, after in zip(b, b[1:], strict=False):
            word = after.split()[0]
            if _UNSPACED.match(word):
                word = word[0]
            room += len(line) + 1 + len(word) <= width
        out.append((len(b) - 1, room))
    return out


def _ragged(counts: Sequence[tuple[int, int]]) -> bool:
    """Whether RAGGED of these (breaks, room) leave room for the next word."""
    breaks = sum(b for b, _ in counts)
    return breaks > 0 and sum(r for _, r in counts) >= RAGGED * breaks


def _joined(text: str, segments: tuple[Segment, ...], cut: set[int]) -> bool:
    """Whether a segment in one of the `cut` blocks holds a line break."""
    if not cut:
        return False
    starts = [start for start, _ in segmenting._blocks(text)]
    return any("\n" in s.text and bisect.bisect_right(starts, s.start) - 1 in cut for s in segments)


def looks_in_lines(text: str, segments: tuple[Segment, ...]) -> set[int]:
    """The blocks of one document that alone may be written in lines, for grouping
    (`for_grouping`): none unless some segment holds a line break, no line is longer than
    `segmenting.WRAP_WIDTH` and the line breaks of its blocks of several lines, two at least,
    are ragged together (`_ragged`); then those blocks whose own breaks are ragged. Whether
    its group is cut in lines is decided by `lines_to_cut`, on every member."""
    if not any("\n" in s.text for s in segments):
        return set()
    blocks = block_lines(text)
    if any(not _short(b) for b in blocks) or sum(len(b) > 1 for b in blocks) < 2:
        return set()
    room = _room(blocks)
    if not _ragged(room):
        return set()
    return {i for i, counts in enumerate(room) if _ragged([counts])}


def for_grouping(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> list[tuple[Segment, ...]]:
    """`segments` with each document's blocks that `looks_in_lines` cut at their line
    breaks: grouping aligns a poem's versions line by line (a stanza a segment leaves one
    sentence in each paragraph, and no alignment gain to measure; a French version with a
    stanza added was left out of its group)."""
    out = []
    for d, s in zip(documents, segments, strict=True):
        cut = looks_in_lines(d.text, s)
        out.append(cut_lines(d.text, s, cut) if cut else s)
    return out


def cut_lines(text: str, segments: tuple[Segment, ...], cut: set[int]) -> tuple[Segment, ...]:
    """`segments` cut at the line breaks of the blocks in `cut`, each segment's paragraph its
    block's index."""
    starts = [start for start, _ in segmenting._blocks(text)]
    out: list[Segment] = []
    for segment in segments:
        block = bisect.bisect_right(starts, segment.start) - 1
        pieces = (
            [(m.start(), m.end()) for m in _LINE.finditer(text, segment.start, segment.end)]
            if block in cut
            else [(segment.start, segment.end)]
        )
        for start, end in pieces:
            while text[start].isspace():
                start += 1
            while text[end - 1].isspace():
                end -= 1
            out.append(Segment(len(out), block, start, end, text[start:end], segment.boilerplate))
    return tuple(out)
