"""Each block of a folder treated as a small folder of its own (see
grouping_candidates.blocks): what find_groups does only among few documents (short texts
grouped on their sentences, a document with most of a group's figures adopted, a version cut
short joined) is done within each block, on a view of the block's documents alone.

Short texts of one shape that no gap cuts (grouping_candidates.blocks leaves them out: cut
between quartiles, the cuts broke true groups and the pieces made false ones) are grouped
in one view of their own (`beyond_blocks`), each text with its NEAR_PARTNERS candidate
partners by the short texts' evidence without alignment (`near_partners`), so that only
those pairs are aligned: the work grows with the texts, not with their square. Among more
than grouping_short.LARGE_VIEW of them a group asks more (grouping_short.LARGE_LINK)."""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from reviewer.core import grouping_short as short
from reviewer.core.grouping_candidates import BLOCK_SPREAD, _own_lengths, block_key
from reviewer.core.grouping_features import Fingerprint
from reviewer.core.model import Segment

NEAR_PARTNERS = 20  # candidate partners a short text keeps beyond the blocks (`near_partners`)
NEAR_SCAN = 150  # texts of its paragraph count nearest in length it is compared with, each side


def in_blocks(
    blocks: Sequence[Sequence[int]],
    groups: Sequence[Sequence[int]],
    treat: Callable[[Sequence[int], list[list[int]]], list[list[int]]],
) -> list[list[int]]:
    """`groups` with each block treated (`treat(indices, groups)`): `indices` are the block's
    documents in increasing order less those of a group that reaches beyond the block (a group
    of the features: it stays as it is), and `groups` those wholly inside it, both in the
    view's numbering (a document's place in `indices`); `treat` returns the view's groups.
    A group whose members lie in several blocks is treated in the block of most of them.
    A folder that is one block is treated as a whole, its groups in their order."""
    block_of = {i: number for number, block in enumerate(blocks) for i in block}
    inside: dict[int, list[list[int]]] = {number: [] for number in range(len(blocks))}
    guests: dict[int, set[int]] = defaultdict(set)  # members from other blocks, per block
    result: list[list[int]] = []
    for group in groups:
        homes = Counter(block_of.get(i) for i in group)
        if None in homes:
            result.append(list(group))
            continue
        # A group across blocks (grouping_candidates.seam_pairs) is treated in the block of
        # most of its members, with them all.
        home = min(homes, key=lambda number: (-homes[number], number))
        inside[home].append(list(group))
        guests[home].update(i for i in group if block_of[i] != home)
    beyond = {i for group in result for i in group} | set().union(*guests.values())
    for number, block in enumerate(blocks):
        indices = sorted({i for i in block if i not in beyond} | guests[number])
        place = {i: k for k, i in enumerate(indices)}
        local = [[place[i] for i in group] for group in inside[number]]
        result.extend([indices[k] for k in group] for group in treat(indices, local))
    return result


def beyond_blocks(
    rest: Sequence[int],
    groups: Sequence[Sequence[int]],
    near: Callable[[Sequence[int]], dict[int, list[int]]],
    treat: Callable[[Sequence[int], list[list[int]], dict[int, list[int]]], list[list[int]]],
) -> list[list[int]]:
    """`groups` with the documents of `rest` (short texts of one shape too many for blocks)
    treated as one view: `near(indices)` gives each document's candidate partners (numbered
    as in the folder), `treat(indices, local, near)` the view's groups, numbered as in
    `in_blocks`. Groups that reach beyond `rest` stay as they are."""
    if len(rest) < 2:
        return [list(g) for g in groups]
    members = set(rest)
    result = [list(g) for g in groups if not set(g) <= members]
    beyond = {i for g in result for i in g}
    indices = sorted(i for i in members if i not in beyond)
    place = {i: k for k, i in enumerate(indices)}
    local = [[place[i] for i in g] for g in groups if set(g) <= members]
    partners = near(indices)
    view_near = {place[i]: [place[j] for j in found if j in place] for i, found in partners.items()}
    result.extend([indices[k] for k in g] for g in treat(indices, local, view_near))
    return result


def near_partners(
    langs: Sequence[str],
    prints: Sequence[Fingerprint],
    segments: Sequence[Sequence[Segment]],
    members: Sequence[int],
    rank: Sequence[int],
) -> dict[int, list[int]]:
    """Each of `members`' NEAR_PARTNERS best partners in other languages by the short texts'
    evidence without the alignment (paragraph ends, recurring words, sentence ends and
    marks in place, lengths: grouping_short), among the texts of its paragraph count (or
    one more or fewer, where grouping_short weighs that) whose length in Latin letters, each
    language's own factor taken out (`block_key`, `_own_lengths`), lies within a
    translation's spread (BLOCK_SPREAD), NEAR_SCAN at most each side: near-linear in the
    texts, where every pair would be their square."""
    keys = _own_lengths({i: block_key(langs[i], prints[i]) for i in members}, langs)
    by_count: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i in members:
        by_count[prints[i].paragraphs].append((keys[i][-1], i))
    for row in by_count.values():
        row.sort()
    parts: dict[int, tuple] = {}

    def part(i: int) -> tuple:
        if i not in parts:
            parts[i] = short._parts(prints[i], [s for s in segments[i] if s.boilerplate is None])
        return parts[i]

    found: dict[int, list[int]] = {}
    for i in members:
        count, length = prints[i].paragraphs, keys[i][-1]
        counts = [count]
        if count >= short.ONE_MORE:
            counts.append(count + 1)
        if count - 1 >= short.ONE_MORE:
            counts.append(count - 1)
        scored = []
        for other in counts:
            row = by_count.get(other, [])
            at = bisect_left(row, (length, -1))
            low = max(bisect_left(row, (length - BLOCK_SPREAD[1], -1)), at - NEAR_SCAN)
            high = min(bisect_right(row, (length + BLOCK_SPREAD[1], len(prints))), at + NEAR_SCAN)
            for _, j in row[low:high]:
                if langs[j] == langs[i]:
                    continue
                value = short.shares_evidence(prints[i], prints[j])
                if value is None:
                    continue
                a, b = part(i), part(j)
                sides = tuple(zip(a, b, strict=True))
                value += short._in_place(*sides[1:4]) - short.length_penalty(
                    prints[i], prints[j], a[4], b[4]
                )
                scored.append((-round(value, 9), rank[j], j))
        found[i] = [j for *_, j in heapq.nsmallest(NEAR_PARTNERS, scored)]
    both: dict[int, set[int]] = {i: set(js) for i, js in found.items()}
    for i, js in found.items():
        for j in js:
            both[j].add(i)
    return {i: sorted(js) for i, js in both.items()}
