"""Translation groups of short texts in a small folder (see grouping.find_groups).

A text of fewer paragraphs than grouping_features.SHAPE_PARAGRAPHS has no shape to block or
score on, and often too few numbers and names for the features to decide (a short story, a
notice, a Bible passage). In a small folder every pair of such texts can be compared, and
what a translation keeps is still there, each piece weak alone:

- the same paragraph count, and paragraph ends at the same share of the text (SHORT_SHARES:
  on the short-text dev set, bench/grouping_short.py, tune books, translations differ by
  at most 0.12, other passages of 3 or 4 paragraphs by 0.11 or more);
- the alignment gain (grouping.alignment_gain: sentences that follow each other);
- the words that recur, in the same places of the text (`recurring_places`).

Their sum is a pair's evidence; groups grow by average linkage over it, one document per
language, so a group of three or more rests on every pair together: a distractor must agree
with each member, not with the one that it met by chance. No group of two is made here: with
no third version to confirm it, a pair of short notices on one street's shops aligned as well
as translations do (tests/data/grouping/notices.toml: a café's opening and a bakery's, 2.7).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reviewer.core.grouping_features import _UNSPACED, _WORD, SHAPE_PARAGRAPHS, Fingerprint
from reviewer.core.model import Document, Segment

SHORT_SENTENCES = 3  # a document of fewer sentences has nothing to align
SHORT_FIGURES = 2  # a document with this many figures is left to the features
SHORT_SHARES = 0.12  # paragraph ends further apart than this share of the text: no version
SHARES_WEIGHT = 0.4  # evidence per paragraph end, fully in place (at SHORT_SHARES: none)
RECURRING_WEIGHT = 0.5  # evidence per unit of `recurring_places` agreement (z)
RECURRING_PLACES = 12  # the places a short text is cut in (by characters)
SHORT_LINK = 0.3  # the mean evidence a document (or group) needs with a group to join it
FEW_JOIN = 0.3  # ... and a text of too few sentences to align (`_joined`)


def recurring_places(segments: Sequence[Segment]) -> frozenset[int]:
    """The patterns of the words that recur in a short text: the text (boilerplate left out)
    is cut in RECURRING_PLACES places by characters, and each word (case folded, any script
    written with spaces) met in two places or more but not in all gives the bit mask of its
    places (grouping_features.recurring_words does this per paragraph, for long texts)."""
    text = " ".join(s.text for s in segments if s.boilerplate is None)
    size = len(text)
    where: dict[str, int] = {}
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        if not _UNSPACED.search(word):
            place = RECURRING_PLACES * (match.start() + match.end()) // (2 * size)
            where[word] = where.get(word, 0) | 1 << min(RECURRING_PLACES - 1, place)
    return frozenset(m for m in where.values() if 2 <= m.bit_count() < RECURRING_PLACES)


def places_agreement(these: frozenset[int], those: frozenset[int]) -> float:
    """How many more word patterns (`recurring_places`) two texts share than chance, as a z
    (see grouping_features.recurring_agreement); 0 where a side has none."""
    if not these or not those:
        return 0.0
    sizes: dict[int, int] = {}
    for mask in those:
        sizes[mask.bit_count()] = sizes.get(mask.bit_count(), 0) + 1
    expected = sum(sizes.get(k := m.bit_count(), 0) / math.comb(RECURRING_PLACES, k) for m in these)
    return (len(these & those) - expected) / math.sqrt(expected + 1)


def is_short(print_: Fingerprint) -> bool:
    """A text too short for the shape, long enough to align."""
    return 0 < print_.paragraphs < SHAPE_PARAGRAPHS and sum(print_.sentences) >= SHORT_SENTENCES


def shares_evidence(a: Fingerprint, b: Fingerprint) -> float | None:
    """Evidence from where the paragraphs end: None (no version) where the paragraph counts
    differ or an end is SHORT_SHARES of the text or more away from the other's; else
    SHARES_WEIGHT per paragraph end, less as the farthest end nears SHORT_SHARES."""
    if a.paragraphs != b.paragraphs:
        return None
    if not a.boundaries:
        return 0.0
    apart = max(abs(x - y) for x, y in zip(a.boundaries, b.boundaries, strict=True))
    if apart >= SHORT_SHARES:
        return None
    return SHARES_WEIGHT * len(a.boundaries) * (SHORT_SHARES - apart) / SHORT_SHARES


def short_groups(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]],
    rank: Sequence[int],
    gain: Callable[[int, int], float],
    figures: Callable[[int], int],
) -> list[list[int]]:
    """`groups` (found on features and shape) with the short texts grouped: groups of short
    texts only grow, by average linkage on each pair's evidence (see the module docstring),
    with the short texts left alone; groups that hold a longer text stay as they are.
    A text with SHORT_FIGURES figures or more (`figures`) is left to the features, as are
    the groups that hold one: its figures say more than its sentences (German and Spanish
    articles on an earlier flood, other figures, joined tests/data/grouping_corpus.toml's
    group of nine on this evidence).
    `gain(a, b)`: the pair's alignment gain; `rank`: the path order that settles ties."""
    short = [i for i, p in enumerate(prints) if is_short(p) and figures(i) < SHORT_FIGURES]
    fixed = [list(g) for g in groups if not all(i in short for i in g)]
    taken = {i for g in fixed for i in g}
    short = [i for i in short if i not in taken]
    if len(short) < 2:
        return [list(g) for g in groups]
    words = {i: recurring_places(segments[i]) for i in short}
    evidence: dict[tuple[int, int], float | None] = {}

    def pair_evidence(a: int, b: int) -> float | None:
        """The pair's evidence, None where they cannot be versions (one language, other
        paragraphs)."""
        key = (min(a, b), max(a, b))
        if key not in evidence:
            value = None
            if documents[a].lang != documents[b].lang:
                value = shares_evidence(prints[a], prints[b])
            if value is not None:
                value += gain(*key) + RECURRING_WEIGHT * places_agreement(words[a], words[b])
            evidence[key] = value
        return evidence[key]

    owner = {i: i for i in short}
    members: dict[int, list[int]] = {i: [i] for i in short}
    seeded: set[int] = set()  # groups found before: they stand whatever their size
    for group in groups:
        if all(i in owner for i in group):
            head = min(group)
            for i in group:
                owner[i] = head
            members[head] = sorted(group)
            for i in group:
                if i != head:
                    del members[i]
            seeded.add(head)
    links = []
    for x in range(len(short)):
        for y in range(x + 1, len(short)):
            a, b = short[x], short[y]
            if owner[a] != owner[b] and (value := pair_evidence(a, b)) is not None:
                if value >= SHORT_LINK:
                    links.append((-value, *sorted((rank[a], rank[b])), a, b))
    links.sort()
    for _, _, _, a, b in links:
        ra, rb = owner[a], owner[b]
        if ra == rb:
            continue
        if {documents[i].lang for i in members[ra]} & {documents[i].lang for i in members[rb]}:
            continue
        cross = [pair_evidence(x, y) for x in members[ra] for y in members[rb]]
        if any(v is None for v in cross) or sum(cross) / len(cross) < SHORT_LINK:  # type: ignore[arg-type]
            continue
        for i in members[rb]:
            owner[i] = ra
        members[ra] = sorted(members[ra] + members.pop(rb))
        if rb in seeded:
            seeded.add(ra)
    grown = [g for head, g in members.items() if len(g) >= 3 or head in seeded and len(g) >= 2]
    taken |= {i for g in grown for i in g}
    few = [
        i
        for i, p in enumerate(prints)
        if 0 < p.paragraphs < SHAPE_PARAGRAPHS
        and i not in taken
        and figures(i) < SHORT_FIGURES
        and not is_short(p)
    ]
    for i in few:
        words[i] = recurring_places(segments[i])
    return fixed + _joined(grown, few, pair_evidence, documents, rank)


def _joined(
    groups: list[list[int]],
    few: Sequence[int],
    pair_evidence: Callable[[int, int], float | None],
    documents: Sequence[Document],
    rank: Sequence[int],
) -> list[list[int]]:
    """`groups` with the texts of too few sentences to align (`few`) that resemble one of
    three members or more by FEW_JOIN on average (its paragraph ends and recurring words:
    their gain is 0), each where it resembles most, one per language. On the dev set's tune
    books they were 7 % of the true pairs (Syriac: the segmenter does not know its sentence
    ends, a passage is one sentence); F1 0.88-0.91 -> 0.92-0.94 (seeds 0-3)."""
    offers = []
    for i in few:
        for index, group in enumerate(groups):
            if len(group) < 3 or documents[i].lang in {documents[j].lang for j in group}:
                continue
            values = [pair_evidence(i, j) for j in group]
            if all(v is not None for v in values):
                mean = sum(values) / len(values)  # type: ignore[arg-type]
                if mean >= FEW_JOIN:
                    offers.append((-mean, rank[i], min(rank[j] for j in group), index, i))
    placed: set[int] = set()
    for *_, index, i in sorted(offers):
        group = groups[index]
        if i not in placed and documents[i].lang not in {documents[j].lang for j in group}:
            group.append(i)
            placed.add(i)
    return [sorted(g) for g in groups]
