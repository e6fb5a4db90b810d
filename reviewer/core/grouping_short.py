"""Translation groups of short texts in a small folder (see grouping.find_groups).

A text of fewer paragraphs than grouping_features.SHAPE_PARAGRAPHS has no shape to block or
score on, and often too few numbers and names for the features to decide (a short story, a
notice, a Bible passage). In a small folder every pair of such texts can be compared, and
what a translation keeps is still there, each piece weak alone:

- the same paragraph count, and paragraph ends at the same share of the text (SHORT_SHARES:
  on the short-text dev set, bench/grouping_short.py, tune books, translations differ by
  at most 0.12, other passages of 3 or 4 paragraphs by 0.11 or more);
- the alignment gain (grouping.alignment_gain: sentences that follow each other);
- the words that recur, in the same places of the text (`recurring_places`);
- the sentence ends and the punctuation marks at the same share of the text
  (`sentence_places`, `mark_places`);
- against it, lengths further apart than translations' (`length_penalty`); once the groups
  have grown, each language's length factor is learnt from them (`length_factors`) and the
  groups are grown again with the lengths weighed against each pair of languages' expected
  ratio instead (`length_fit`): Syriac writes a passage in 0.6 of the Latvian's characters,
  Gbaya in 1.7, and a neighbouring passage of another length has no version's ratio.

Their sum is a pair's evidence; groups grow by average linkage over it, one document per
language, so a group of three or more rests on every pair together: a distractor must agree
with each member, not with the one that it met by chance; two groups of three or more merge
only where they resemble each other half as well as each resembles itself. Once grown, a
member that resembles the short texts outside its group about as well as the group
(`_outside`: its own chance level) leaves. No group of two
is made here: with no third version to confirm it, a pair of short notices on one street's
shops aligned as well as translations do (tests/data/grouping/notices.toml: a café's opening
and a bakery's, 2.7).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import combinations

from reviewer.core import pattern_cache
from reviewer.core.grouping_features import _UNSPACED, _WORD, SHAPE_PARAGRAPHS, Fingerprint
from reviewer.core.model import Document, Segment

_WORD_CHAR = pattern_cache.compile(r"\p{L}")

SHORT_SENTENCES = 3  # a document of fewer sentences has nothing to align
SHORT_FIGURES = 2  # a document with this many figures is left to the features
SHORT_SHARES = 0.12  # paragraph ends further apart than this share of the text: no version
SHARES_WEIGHT = 0.6  # evidence per paragraph end, fully in place (at SHORT_SHARES: none)
ONE_MORE = 3  # paragraphs the shorter text needs for one paragraph more to be weighed ...
ONE_MORE_SHARES = 0.06  # ... and its other ends this near (the best of several tries) ...
ONE_MORE_COST = 2  # ... less this many ends' weight (SHARES_WEIGHT) for the count
RECURRING_WEIGHT = 0.5  # evidence per unit of `recurring_places` agreement (z)
RECURRING_PLACES = 12  # the places a short text is cut in (by characters)
ENDS_WEIGHT = 0.45  # evidence per unit of `places_met` z, of the sentence ends ...
MARKS_WEIGHT = 0.45  # ... and of the punctuation marks (`mark_places`)
ENDS_NEAR = 0.02  # a sentence end this share of the text from the other's meets it
MARKS_NEAR = 0.03  # a mark this share of the text from one of its class meets it
PLACES_MIN = 4  # fewer places on the side with fewer (all classes) say nothing: 0
LENGTH_SLACK = 0.3  # log length ratio (characters) that translations reach freely ...
LENGTH_WEIGHT = 0.5  # ... and the evidence lost per unit of log ratio beyond it
FACTOR_GROUP = 3  # groups this big or bigger teach the languages' length factors ...
FACTOR_ROUNDS = 5  # ... fitted in this many rounds, each factor shrunk by FACTOR_PRIOR groups
FACTOR_PRIOR = 0.5  # of none (`length_factors`)
LENGTH_FIT = 0.2  # log ratio off the languages' expected one that says nothing (`length_fit`)
LENGTH_FIT_WEIGHT = 3.0  # evidence per unit of log ratio nearer the expected one or further
SHORT_LINK = 0.15  # the mean evidence a document (or group) needs with a group to join it
APART_LINK = 0.3  # ... where its paragraph ends are apart from one member's only (`_grown`)
MERGE_SHARE = 0.4  # two groups of MERGE_SIZE or more: of the lower of their own means
MERGE_SIZE = 3
FEW_JOIN = 0.15  # ... and a text left alone, or of too few sentences to align (`_joined`)
# Beyond the blocks (grouping_blocks.beyond_blocks), a view of more short texts than this
# (grouping_candidates.FORCED_MEMBERS) ...
LARGE_VIEW = 160
# ... needs this mean evidence for a text to join or stay in a group, or to join as one of
# too few sentences: among hundreds of passages of one shape a stray finds some group as
# like it as its members are by chance. 583 short passages of 16 books in one folder
# (bench/grouping_blocks.py --tune --merged, seed 0), pair precision / recall / distractors
# grouped: at SHORT_LINK and FEW_JOIN 0.674 / 0.782 / 18; at 1.2 0.936 / 0.491 / 1; at 1.5
# 0.959 / 0.387 / 0 (members' own mean, their margin over the texts outside and over the
# best text of their language tell strays from members no better).
LARGE_LINK = 1.5
PREFIX_JOIN = 0.3  # a version cut short joins a group at this mean evidence (`prefix_joins`)
NEAR_SENTENCES = 2  # ... as does a text of short paragraphs (sentences each, on average) ...
NEAR_MEMBERS = 3  # ... with a line more or fewer than a group of this many members or more
OUTSIDE_MARGIN = 0.2  # a member must resemble its group this much more than the texts ...
OUTSIDE_MIN = 3  # ... outside it, where this many of them have evidence with it (`_outside`)
FIGURES_AGREE = 0.5  # a pair whose sides both have figures that agree less than this: no version
# The marks whose places are compared, each class on its own (`mark_places`).
MARK_CLASSES = ("?？؟՞", "!！", '"“”„«»‹›「」『』', ":：", ";；", "()[]（）", ",，、،")


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


def _text(segments: Sequence[Segment]) -> str:
    """The text of a short document, boilerplate left out, its white space made single."""
    return " ".join(" ".join(s.text.split()) for s in segments if s.boilerplate is None)


def sentence_places(segments: Sequence[Segment]) -> tuple[float, ...]:
    """Where each sentence but the last ends, as a share of the text's characters (white
    space left out)."""
    sizes = [len("".join(s.text.split())) for s in segments if s.boilerplate is None]
    total, running, places = sum(sizes) or 1, 0, []
    for size in sizes[:-1]:
        running += size
        places.append(running / total)
    return tuple(places)


def mark_places(segments: Sequence[Segment]) -> tuple[tuple[float, ...], ...]:
    """Where the marks of each of MARK_CLASSES stand, as shares of the text."""
    text = _text(segments)
    size = len(text) or 1
    return tuple(
        tuple(i / size for i, c in enumerate(text) if c in marks) for marks in MARK_CLASSES
    )


def places_met(pairs: Sequence[tuple[tuple[float, ...], tuple[float, ...]]], near: float) -> float:
    """How many more of the places of the side with fewer meet one of the other's (within
    `near`) than by chance, over all `pairs` of place lists, as a z; 0 where no pair has
    places on both sides."""
    hits = expected = 0.0
    count = 0
    for these, those in pairs:
        if these and those:
            small, large = (these, those) if len(these) <= len(those) else (those, these)
            hits += _met(small, large, near)
            expected += len(small) * min(1.0, 2 * near * len(large))
            count += len(small)
    if count < PLACES_MIN:
        return 0.0
    return (hits - expected) / math.sqrt(expected + 1)


def _met(small: Sequence[float], large: Sequence[float], near: float) -> int:
    """How many places of `small` lie within `near` of one of `large`: the nearest of `large`
    on each side is asked (a rounded difference grows with the distance), where each of
    `large` was asked (with hundreds of marks a side, a pair took milliseconds, final38)."""
    if any(b < a for a, b in zip(large, large[1:], strict=False)):
        large = sorted(large)
    met = 0
    for x in small:
        at = bisect_left(large, x)
        if (at < len(large) and abs(x - large[at]) <= near) or (
            at and abs(x - large[at - 1]) <= near
        ):
            met += 1
    return met


def length_penalty(a: Fingerprint, b: Fingerprint, dense_a: bool, dense_b: bool) -> float:
    """LENGTH_WEIGHT per unit of log length ratio beyond LENGTH_SLACK; 0 where one side is
    written without spaces and the other not (`dense_*`: its characters say more each).
    On the short-text dev set's tune books (seeds 0-7) translations' log ratio was at most
    0.28 for half of them and 0.85 for 95 %, other passages' 0.59 and 1.76."""
    if dense_a != dense_b or not a.chars or not b.chars:
        return 0.0
    return LENGTH_WEIGHT * max(0.0, abs(math.log(a.chars / b.chars)) - LENGTH_SLACK)


def length_factors(
    documents: Sequence[Document], prints: Sequence[Fingerprint], groups: Sequence[Sequence[int]]
) -> dict[str, float]:
    """Each language's log length factor, fitted on the `groups` of FACTOR_GROUP members or
    more (the text of one passage is longer in some languages than in others), each shrunk
    towards 0 by FACTOR_PRIOR groups' worth of none; {} where none is big enough."""
    sized = [
        [(documents[i].lang, math.log(prints[i].chars)) for i in g if prints[i].chars]
        for g in groups
    ]
    sized = [g for g in sized if len(g) >= FACTOR_GROUP]
    factor: dict[str, float] = {}
    for _ in range(FACTOR_ROUNDS):
        sums: dict[str, float] = {}
        counts: Counter[str] = Counter()
        for g in sized:
            centre = sum(size - factor.get(lang, 0.0) for lang, size in g) / len(g)
            for lang, size in g:
                sums[lang] = sums.get(lang, 0.0) + size - centre
                counts[lang] += 1
        factor = {lang: sums[lang] / (counts[lang] + FACTOR_PRIOR) for lang in sums}
    return factor


def length_fit(chars_a: int, chars_b: int, expected: float, credit: float = 1.0) -> float:
    """Evidence from two texts' lengths where their languages' factors are known
    (`length_factors`; `expected`: a's less b's): LENGTH_FIT_WEIGHT per unit of log ratio
    that the ratio comes nearer the expected one than LENGTH_FIT, lost beyond it."""
    apart = abs(math.log(chars_a / chars_b) - expected)
    value = LENGTH_FIT_WEIGHT * (LENGTH_FIT - apart)
    return value * credit if value > 0 else value


def is_short(print_: Fingerprint) -> bool:
    """A text too short for the shape, long enough to align."""
    return 0 < print_.paragraphs < SHAPE_PARAGRAPHS and sum(print_.sentences) >= SHORT_SENTENCES


def shares_evidence(a: Fingerprint, b: Fingerprint) -> float | None:
    """Evidence from where the paragraphs end: None (no version) where the paragraph counts
    differ or an end is SHORT_SHARES of the text or more away from the other's; else
    SHARES_WEIGHT per paragraph end, less as the farthest end nears SHORT_SHARES.

    A text of one paragraph more than the other's ONE_MORE or more (a stanza added, or left
    out of the other) is compared with each of its paragraphs left out in turn, the rest's
    shares renormalised, and the closest taken, less ONE_MORE_COST ends' weight for the
    count: the added paragraph moved every end after it (a poem of three stanzas and its
    Ukrainian version with a fourth were no versions). The closest of several tries fits by
    chance more often than one comparison does: the count costs two ends, not one, so that
    for three paragraphs against four the ends never speak for the pair, they only let the
    rest of its evidence speak. On the short-text dev set (tune books, seeds 0-9) none of the
    pairs of three and four paragraphs whose ends were near enough to be weighed were
    versions, and 107 of them passed SHORT_LINK at one end's cost; a Swahili passage of four
    paragraphs joined seven versions of Hebrews 2 of three
    (tests/data/grouping/bible_short_distractor.toml). Tune books seeds 0-19: distractors
    grouped 19 -> 16, pair F1 as before (0.939, 0.911)."""
    if a.paragraphs != b.paragraphs:
        if abs(a.paragraphs - b.paragraphs) != 1 or min(a.paragraphs, b.paragraphs) < ONE_MORE:
            return None
        longer, shorter = (a, b) if a.paragraphs > b.paragraphs else (b, a)
        ends = (0.0, *longer.boundaries, 1.0)
        sizes = [y - x for x, y in zip(ends, ends[1:], strict=False)]
        value = None
        for skip in range(len(sizes)):
            rest = sizes[:skip] + sizes[skip + 1 :]
            total = sum(rest)
            if total <= 0:
                continue
            running, bounds = 0.0, []
            for size in rest[:-1]:
                running += size / total
                bounds.append(running)
            found = _ends_evidence(tuple(bounds), shorter.boundaries, ONE_MORE_SHARES)
            if found is not None and (value is None or found > value):
                value = found
        return None if value is None else value - ONE_MORE_COST * SHARES_WEIGHT
    if not a.boundaries:
        return 0.0
    return _ends_evidence(a.boundaries, b.boundaries)


def _ends_evidence(
    these: Sequence[float], those: Sequence[float], limit: float = SHORT_SHARES
) -> float | None:
    """`shares_evidence` of two lists of as many paragraph ends, None where one is `limit`
    or more away from the other's."""
    apart = max(abs(x - y) for x, y in zip(these, those, strict=True))
    if apart >= limit:
        return None
    return SHARES_WEIGHT * len(these) * (SHORT_SHARES - apart) / SHORT_SHARES


def short_groups(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]],
    rank: Sequence[int],
    gain: Callable[[int, int], float],
    figures: Callable[[int], int],
    figures_agree: Callable[[int, int], float] = lambda a, b: 1.0,
    near: Mapping[int, Collection[int]] | None = None,
) -> list[list[int]]:
    """`groups` (found on features and shape) with the short texts grouped: groups of short
    texts only grow, by average linkage on each pair's evidence (see the module docstring),
    with the short texts left alone; groups that hold a longer text stay as they are.
    The groups that hold a text with SHORT_FIGURES figures or more (`figures`) are left to
    the features: their figures say more than their sentences (German and Spanish articles
    on an earlier flood, other figures, joined tests/data/grouping_corpus.toml's group of
    nine on this evidence). Such a text left alone is compared like the others, but a pair
    whose sides both have SHORT_FIGURES figures that agree under FIGURES_AGREE
    (`figures_agree`, the features' Ochiai coefficient of the figures) is no version: a
    Latvian passage's cross-references (Ps 117,22) or an Ojibwe one's 1,260 and 7,000 (words
    in the other versions) are no translation's figures, and kept it out of its group.
    A short text left alone after the groups grow joins, as one of too few sentences does
    (`_joined`), the group where its mean evidence is highest, from FEW_JOIN: an early
    link to a passage of another group can leave a translation with no group (tune books,
    seeds 0-9: F1 0.924 -> 0.931 with the figures above, distractors 6 as before).
    The groups are grown twice: first with `length_penalty`, then, each language's length
    factor learnt from those groups (`length_factors`), with `length_fit` for the pairs of
    languages with a factor. On the short-text dev set's tune books, with the factors of the
    true groups, translations' log ratio was within 0.22 of the expected one for 90 % of the
    pairs and other passages' beyond 0.49 for half of them (their raw ratios: 0.72 and 0.55).
    The credit for a fit is scaled by how far apart the folder's pairs are (their median
    off the expected ratio, none at LENGTH_FIT, full at twice it): where every text is about
    as long, a length that fits tells nothing. Tune books, seeds 0-9 and 10-19: pair F1
    0.939 / 5 distractors -> 0.943 / 5 and 0.911 / 11 -> 0.926 / 5 (with FEW_JOIN 0.3 -> 0.15:
    the fit keeps out what the lower bar let in).
    A text whose paragraph ends are too far from one member's only (`shares_evidence`: None)
    joins a group of three or more on its mean with the others from APART_LINK: a version
    missing a verse (the dev set's Estonian) moves its ends against each member a little,
    and one of them past SHORT_SHARES kept it out of a group it fitted otherwise.
    `gain(a, b)`: the pair's alignment gain; `rank`: the path order that settles ties.
    `near`: where given (a view of many texts, grouping_blocks.beyond_blocks), each text's
    candidate partners: only those pairs link, a text's chance level (`_outside`) is read
    against them, a text of too few sentences joins only a group that holds one, and in a
    view of more than LARGE_VIEW texts the bars are LARGE_LINK (`_link`)."""
    plain = {i for i, p in enumerate(prints) if is_short(p) and figures(i) < SHORT_FIGURES}
    fixed = [list(g) for g in groups if not all(i in plain for i in g)]
    taken = {i for g in fixed for i in g}
    short = [i for i, p in enumerate(prints) if is_short(p) and i not in taken]
    if len(short) < 2:
        return [list(g) for g in groups]
    parts: dict[int, tuple] = {}  # what `_beyond_shares` reads of each side (`_parts`)
    evidence: dict[tuple[int, int], float | None] = {}  # without the lengths
    ends_apart: set[tuple[int, int]] = set()  # None for their paragraph ends alone

    def unsized(a: int, b: int) -> float | None:
        """The pair's evidence but for the lengths, None where they cannot be versions (one
        language, other paragraphs)."""
        key = (min(a, b), max(a, b))
        if key not in evidence:
            # measured in path order: some measures are not symmetric, and two copies of one
            # text must come out alike whatever order the files come in (rank settles ties)
            a, b = sorted(key, key=rank.__getitem__)
            value = None
            if documents[a].lang != documents[b].lang and (
                min(figures(a), figures(b)) < SHORT_FIGURES or figures_agree(a, b) >= FIGURES_AGREE
            ):
                value = shares_evidence(prints[a], prints[b])
                if value is None:
                    ends_apart.add(key)
            if value is not None:
                for i in (a, b):
                    if i not in parts:
                        parts[i] = _parts(prints[i], segments[i])
                sides = tuple(zip(parts[a], parts[b], strict=True))
                value += gain(a, b) + _in_place(*sides[1:4])
            evidence[key] = value
        return evidence[key]

    def penalised(a: int, b: int) -> float | None:
        """The pair's evidence with `length_penalty`."""
        value = unsized(a, b)
        if value is None:
            return None
        return value - length_penalty(prints[a], prints[b], parts[a][4], parts[b][4])

    def apart_only(a: int, b: int) -> bool:
        return (min(a, b), max(a, b)) in ends_apart

    found = _grown(
        documents, prints, groups, rank, figures, short, fixed, penalised, apart_only, near
    )
    factors = length_factors(documents, prints, found)
    if len(factors) < 2:
        return found

    def apart(a: int, b: int) -> float | None:
        """How far the pair's log length ratio is off its languages' expected one."""
        la, lb = documents[a].lang, documents[b].lang
        if la == lb or la not in factors or lb not in factors:
            return None
        if not prints[a].chars or not prints[b].chars:
            return None
        return abs(math.log(prints[a].chars / prints[b].chars) - factors[la] + factors[lb])

    spread = sorted(v for a, b in _pairs(short, near) if (v := apart(a, b)) is not None)
    median = spread[len(spread) // 2] if spread else 0.0
    credit = max(0.0, min(1.0, median / LENGTH_FIT - 1.0))

    def fitted(a: int, b: int) -> float | None:
        """The pair's evidence with `length_fit` where both languages have a factor."""
        value = unsized(a, b)
        if value is None:
            return None
        la, lb = documents[a].lang, documents[b].lang
        if la not in factors or lb not in factors or not prints[a].chars or not prints[b].chars:
            return value - length_penalty(prints[a], prints[b], parts[a][4], parts[b][4])
        return value + length_fit(
            prints[a].chars, prints[b].chars, factors[la] - factors[lb], credit
        )

    return _grown(documents, prints, groups, rank, figures, short, fixed, fitted, apart_only, near)


def _link(near: Mapping[int, Collection[int]] | None) -> float:
    """The mean evidence a text needs to join a group (SHORT_LINK), or to stay in one: in a
    view of more than LARGE_VIEW texts with their candidate partners (`near`), LARGE_LINK."""
    return SHORT_LINK if near is None or len(near) <= LARGE_VIEW else LARGE_LINK


def _pairs(
    short: Sequence[int], near: Mapping[int, Collection[int]] | None
) -> list[tuple[int, int]]:
    """Every pair of `short` (x before y in its order), or where `near` is given, those
    that `near` holds (of either side)."""
    if near is None:
        return [(short[x], short[y]) for x in range(len(short)) for y in range(x + 1, len(short))]
    place = {i: k for k, i in enumerate(short)}
    found = {
        (a, b) if place[a] < place[b] else (b, a)
        for a in short
        for b in near.get(a, ())
        if b in place and b != a
    }
    return sorted(found, key=lambda pair: (place[pair[0]], place[pair[1]]))


def _grown(
    documents: Sequence[Document],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]],
    rank: Sequence[int],
    figures: Callable[[int], int],
    short: Sequence[int],
    fixed: Sequence[Sequence[int]],
    pair_evidence: Callable[[int, int], float | None],
    ends_apart: Callable[[int, int], bool],
    near: Mapping[int, Collection[int]] | None = None,
) -> list[list[int]]:
    """`short_groups`' groups grown on `pair_evidence` (the `short` texts, the `fixed` groups
    left as they are); `ends_apart`: whether a pair's evidence is None for its paragraph
    ends alone."""
    link = _link(near)
    taken = {i for g in fixed for i in g}
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
    for a, b in _pairs(short, near):
        if owner[a] != owner[b] and (value := pair_evidence(a, b)) is not None:
            if value >= link:
                links.append((-value, *sorted((rank[a], rank[b])), a, b))
    links.sort()
    for _, _, _, a, b in links:
        ra, rb = owner[a], owner[b]
        if ra == rb:
            continue
        if {documents[i].lang for i in members[ra]} & {documents[i].lang for i in members[rb]}:
            continue
        cross = [pair_evidence(x, y) for x in members[ra] for y in members[rb]]
        known = [v for v in cross if v is not None]
        apart = sum(ends_apart(x, y) for x in members[ra] for y in members[rb])
        if len(known) < len(cross):
            # one document whose paragraph ends are apart from one member's only (a version
            # missing a verse) joins a group of three or more on the others, at APART_LINK
            if not (
                min(len(members[ra]), len(members[rb])) == 1
                and len(cross) - len(known) == 1 == apart
                and len(known) >= 2
                and sum(known) / len(known) >= APART_LINK
            ):
                continue
        elif sum(known) / len(known) < link:
            continue
        if min(len(members[ra]), len(members[rb])) >= MERGE_SIZE:
            own = min(_mean_within(members[r], pair_evidence) for r in (ra, rb))
            if sum(known) / len(known) < MERGE_SHARE * own:
                continue
        for i in members[rb]:
            owner[i] = ra
        members[ra] = sorted(members[ra] + members.pop(rb))
        if rb in seeded:
            seeded.add(ra)
    refused: dict[int, set[int]] = {}  # members that left a group, and that group
    for head, group in list(members.items()):
        # the members that grew around one that the others do not resemble: it leaves; and
        # one that resembles the texts outside the group about as well as the group (`_outside`)
        while len(group) >= MERGE_SIZE:
            means = {x: _mean_with(x, [y for y in group if y != x], pair_evidence) for x in group}
            worst = min(group, key=lambda x: (means[x], rank[x]))
            if means[worst] >= link:
                margins = {
                    x: _outside(
                        x,
                        group,
                        means[x],
                        short if near is None else [y for y in short if y in near.get(x, ())],
                        documents,
                        pair_evidence,
                    )
                    for x in group
                }
                worst = min(group, key=lambda x: (margins[x], rank[x]))
                if margins[worst] >= OUTSIDE_MARGIN:
                    break
                refused[worst] = set(group)
            group.remove(worst)
            if worst == head:
                members[group[0]] = members.pop(head)
                if head in seeded:
                    seeded.add(group[0])
                head = group[0]
            owner[worst], members[worst] = worst, [worst]
            for x in group:
                owner[x] = head
    grown = [g for head, g in members.items() if len(g) >= 3 or head in seeded and len(g) >= 2]
    taken |= {i for g in grown for i in g}
    few = [
        i
        for i, p in enumerate(prints)
        if 0 < p.paragraphs < SHAPE_PARAGRAPHS
        and i not in taken
        and (figures(i) < SHORT_FIGURES or is_short(p))
    ]

    # a pair left without a third version (no group of two is made here) is a group once a
    # text of too few sentences to align joins it as one does a group of three
    joined = _joined(grown, few, pair_evidence, documents, rank, refused=refused, near=near)
    placed = {i for g in joined for i in g}
    pairs = [
        g
        for head, g in members.items()
        if len(g) == 2 and head not in seeded and placed.isdisjoint(g)
    ]
    unaligned = [i for i in few if i not in placed and not is_short(prints[i])]
    third = _joined(
        pairs, unaligned, pair_evidence, documents, rank, least=2, refused=refused, near=near
    )
    return [list(g) for g in fixed] + joined + [g for g in third if len(g) >= 3]


_TERMINAL = pattern_cache.compile(r"\p{Sentence_Terminal}+(?=\s)")


def resegmented(segments: Sequence[Segment]) -> tuple[Segment, ...]:
    """A text's segments cut again after each sentence-ending mark of any script that
    white space follows (`\\p{Sentence_Terminal}`): for a text that the segmenter left in too
    few sentences to align (the Ojibwe of the dev set ends its sentences with a spaced `᙮`,
    one or two segments a passage), so that its gain can speak."""
    cut: list[Segment] = []
    for s in segments:
        if s.boilerplate is not None:
            cut.append(s)
            continue
        start = 0
        for match in _TERMINAL.finditer(s.text):
            piece = s.text[start : match.end()]
            if piece.strip():
                cut.append(
                    Segment(len(cut), s.paragraph, s.start + start, s.start + match.end(), piece)
                )
            start = match.end()
        piece = s.text[start:]
        if piece.strip():
            cut.append(Segment(len(cut), s.paragraph, s.start + start, s.end, piece))
    return tuple(cut)


def _beyond_shares(prints, words, ends, marks, dense) -> float:  # type: ignore[no-untyped-def]
    """A pair's evidence beyond its paragraph ends and gain: the recurring words, the
    sentence ends and marks in place, less the length penalty (each argument a pair, one
    item per side: `recurring_places`, `sentence_places`, `mark_places`, `_dense`)."""
    return _in_place(words, ends, marks) - length_penalty(*prints, *dense)


def _in_place(words, ends, marks) -> float:  # type: ignore[no-untyped-def]
    """The recurring words, the sentence ends and the marks in place (see `_beyond_shares`)."""
    return (
        RECURRING_WEIGHT * places_agreement(*words)
        + ENDS_WEIGHT * places_met([ends], ENDS_NEAR)
        + MARKS_WEIGHT * places_met(list(zip(*marks, strict=True)), MARKS_NEAR)
    )


def prefix_joins(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]],
    fingerprint: Callable[[Sequence[Segment], str], Fingerprint],
    gain: Callable[[Sequence[Segment], Sequence[Segment], str, str], float],
    refused: Collection[int] = frozenset(),
) -> list[list[int]]:
    """`groups` with the documents left alone that are a version cut short: a text of fewer
    paragraphs than a group's members, compared with each member's first as many paragraphs
    by the short texts' evidence (paragraph ends, alignment gain, recurring words, sentence
    ends and marks in place, lengths), joins the group where its mean over the members
    reaches PREFIX_JOIN (the best group, one document per language). A version truncated
    after half its text kept its group's first paragraphs, sentence for sentence, but the
    features and the shape compare whole texts: it was left out with no reason given, and
    that it is a member, cut short, is what a reviewer must see.
    So does a text of short paragraphs (a dialogue's subtitles) with a line more or fewer
    than every member of a group of NEAR_MEMBERS or more (`_near_counts`), compared with
    each member's whole text, one member's ends apart allowed: a line left out or added moved
    every share after it, and a dialogue has no figure or name to group by (fr and ru of
    tests/data/grouping/night_train.toml stayed alone). Not a document that a group turned
    away or that left one off topic (`refused`, see find_groups): in five texts of one
    shape, the one whose verified scores kept it out would come back this way."""
    grouped = {i for g in groups for i in g}
    offers = []
    for x in range(len(documents)):
        if x in grouped or prints[x].paragraphs < 2 or sum(prints[x].sentences) < SHORT_SENTENCES:
            continue
        mine = [s for s in segments[x] if s.boilerplate is None]
        own = _parts(prints[x], mine)
        for index, group in enumerate(groups):
            if len(group) < 2 or documents[x].lang in {documents[m].lang for m in group}:
                continue
            near = (
                len(group) >= NEAR_MEMBERS
                and x not in refused  # a group turned it away (find_groups): not back this way
                and _near_counts(prints[x], [prints[m] for m in group])
            )
            if not near and any(
                prints[m].paragraphs <= max(prints[x].paragraphs, SHAPE_PARAGRAPHS - 1)
                for m in group
            ):
                continue  # ... and a shape: cut short, a short text keeps one or two ends
            values, apart = [], 0
            for m in group:
                text = [s for s in segments[m] if s.boilerplate is None]
                paragraphs = sorted({s.paragraph for s in text})[: prints[x].paragraphs]
                head = text if near else [s for s in text if s.paragraph in set(paragraphs)]
                lang = documents[m].lang
                cut = prints[m] if near else fingerprint(head, lang)
                value = shares_evidence(prints[x], cut)
                if value is None:
                    apart += 1
                    if not near or apart > 1:
                        break
                    continue
                other = _parts(cut, head)
                value += gain(mine, head, documents[x].lang, lang)
                values.append(value + _beyond_shares(*zip(own, other, strict=True)))
            else:
                mean = sum(values) / len(values)
                ends = min(prints[x].paragraphs, *(prints[m].paragraphs for m in group)) - 1
                if mean >= PREFIX_JOIN + SHARES_WEIGHT * ends / 2:
                    offers.append((-mean, x, index))
    best: dict[int, int] = {}
    for _, x, index in sorted(offers):
        best.setdefault(x, index)
    # two documents of one language that would join one group: which is the version is not
    # known, and neither joins (as in `find_groups`)
    asked = Counter((index, documents[x].lang) for x, index in best.items())
    result = [list(g) for g in groups]
    for x, index in best.items():
        if asked[(index, documents[x].lang)] == 1:
            result[index] = sorted(result[index] + [x])
    return result


def _near_counts(x: Fingerprint, members: Sequence[Fingerprint]) -> bool:
    """Whether a text left alone and a group's members all have a shape
    (SHAPE_PARAGRAPHS paragraphs), each member a paragraph count within one of the text's,
    all in short paragraphs (NEAR_SENTENCES sentences a paragraph at most, on average): a
    dialogue's subtitles with a line left out or added (`prefix_joins`)."""
    counts = [x.paragraphs, *(m.paragraphs for m in members)]
    if min(counts) < SHAPE_PARAGRAPHS or max(counts) - x.paragraphs > 1:
        return False
    if x.paragraphs - min(counts) > 1:
        return False
    return all(sum(p.sentences) <= NEAR_SENTENCES * p.paragraphs for p in (x, *members))


def _parts(print_: Fingerprint, segments: Sequence[Segment]):  # type: ignore[no-untyped-def]
    """What `_beyond_shares` reads of one side."""
    return (
        print_,
        recurring_places(segments),
        sentence_places(segments),
        mark_places(segments),
        _dense(segments),
    )


def _dense(segments: Sequence[Segment]) -> bool:
    """Whether a text is mostly written without spaces (`grouping_features._UNSPACED`)."""
    text = _text(segments)
    return 2 * len(_UNSPACED.findall(text)) > len(_WORD_CHAR.findall(text))


def _mean_with(
    x: int, group: Sequence[int], pair_evidence: Callable[[int, int], float | None]
) -> float:
    """The mean evidence of `x` with the members of `group` it has some with (a group the
    features found may hold pairs with none: other paragraph counts); inf where none."""
    values = [v for y in group if (v := pair_evidence(x, y)) is not None]
    return sum(values) / len(values) if values else math.inf


def _outside(
    x: int,
    group: Sequence[int],
    mean: float,
    short: Sequence[int],
    documents: Sequence[Document],
    pair_evidence: Callable[[int, int], float | None],
) -> float:
    """How much more `x` resembles the other members of its group (`mean`) than the short
    texts outside it, in other languages than its own (their mean evidence with `x`); inf
    where fewer than OUTSIDE_MIN of them have evidence with it. Its evidence with the other
    passages of the folder is its own chance level: a version of another passage that
    joined (its partners are outside) agrees with them as well as with the group. On the
    short-text dev set (tune books, seeds 0-9, members whose mean is under 1.0) this margin
    tells strays from true members at 0.84 (area under the curve), the mean alone at 0.73;
    pair F1 0.9427 -> 0.9462, report books 0.9184 -> 0.9210, distractors as before."""
    inside = set(group)
    values = [
        v
        for y in short
        if y not in inside
        and documents[y].lang != documents[x].lang
        and (v := pair_evidence(x, y)) is not None
    ]
    if len(values) < OUTSIDE_MIN:
        return math.inf
    return mean - sum(values) / len(values)


def _mean_within(group: Sequence[int], pair_evidence: Callable[[int, int], float | None]) -> float:
    """The mean evidence of a group's pairs (each pair of a group has some)."""
    values = [v for x, y in combinations(group, 2) if (v := pair_evidence(x, y)) is not None]
    return sum(values) / len(values) if values else math.inf


def _joined(
    groups: list[list[int]],
    few: Sequence[int],
    pair_evidence: Callable[[int, int], float | None],
    documents: Sequence[Document],
    rank: Sequence[int],
    least: int = 3,
    refused: dict[int, set[int]] | None = None,
    near: Mapping[int, Collection[int]] | None = None,
) -> list[list[int]]:
    """`groups` with the texts of too few sentences to align (`few`) that resemble one of
    `least` members or more by FEW_JOIN on average (its paragraph ends and recurring words:
    their gain is 0), each where it resembles most, one per language. On the dev set's tune
    books they were 7 % of the true pairs (Syriac: the segmenter does not know its sentence
    ends, a passage is one sentence); F1 0.88-0.91 -> 0.92-0.94 (seeds 0-3)."""
    offers = []
    bar = FEW_JOIN if _link(near) == SHORT_LINK else LARGE_LINK
    for i in few:
        for index, group in enumerate(groups):
            if len(group) < least or documents[i].lang in {documents[j].lang for j in group}:
                continue
            if refused and not refused.get(i, set()).isdisjoint(group):
                continue  # it left that group (`_grown`): it does not come back
            if near is not None and set(near.get(i, ())).isdisjoint(group):
                continue  # no member is among its candidates (a large folder)
            values = [pair_evidence(i, j) for j in group]
            if all(v is not None for v in values):
                mean = sum(values) / len(values)  # type: ignore[arg-type]
                if mean >= bar:
                    offers.append((-mean, rank[i], min(rank[j] for j in group), index, i))
    placed: set[int] = set()
    for *_, index, i in sorted(offers):
        group = groups[index]
        if i not in placed and documents[i].lang not in {documents[j].lang for j in group}:
            group.append(i)
            placed.add(i)
    return [sorted(g) for g in groups]
