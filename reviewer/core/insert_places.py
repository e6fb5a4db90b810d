"""Where a version's added sentence stands: beside which of its neighbours (group_alignment.py).

A version with a sentence the pivot lacks has it in a 0-1 bead beside a 1-1 bead, and the
search may pair the pivot sentence with the wrong one of the two: with the added sentence,
leaving the real translation alone. Where the version's own evidence does not tell them
apart (Chinese and Japanese sentences with no word, name or number of the French pivot
sentence), the other versions do: if most of them add a sentence before the pivot sentence
and few after it, so does this one (a French pivot that lacked a sentence, branch gaps39).
Where its evidence does tell, it is asked again with words learnt from this pair alone:
stems that meet in exactly the same confident rows (es `vacuna` and en `vaccin` in every
row of a short story that has either), which `lexical.learn_lexicon` does not learn from
a document this short; a pivot sentence whose left-alone neighbour shares clearly more of
them than its partner does takes that neighbour.

The mirror (`follow_alone`): a sentence only the pivot has, which every other version leaves
alone, and that one version pairs with the translation of its neighbour.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from reviewer.core.align_repair import _support

if TYPE_CHECKING:
    from reviewer.core.align_evidence import Side
    from reviewer.core.align_options import Bead
    from reviewer.core.aligning import _Pair
    from reviewer.core.model import Segment

# A 0-1 bead follows the witnesses where at least WITNESS_SHARE of the other versions (and
# WITNESS_LEAST of them) add text at the other side of its 1-1 neighbour, more than
# WITNESS_RATIO times as many as at its own side (Chinese and Japanese both one off: 4 to 1).
WITNESS_SHARE = 0.5
WITNESS_LEAST = 2
WITNESS_RATIO = 2
# ... and its version's evidence for the swap is at least as good as against it (within
# EVIDENCE_TIE units), with lengths that fit the pivot sentence about as well (LENGTH_SLACK:
# log units, about a half longer or shorter at most).
# A pivot that lacks one sentence of a Bible passage (dev: 73 cases of the fault bench's clean
# passages, branch gaps39): versions one off the others' place 29 -> 26 with these; a tie of
# 0.6 or 1.0 or a share of 0.3 moved one more and took no `extra` finding away.
EVIDENCE_TIE = 0.25
LENGTH_SLACK = 0.4
# Where the witnesses place a version's added text on the other side of its neighbour, the
# pair's evidence may object by a little (EVIDENCE_TIE), and by as much more as the sentence
# it pairs holds figures the pivot nowhere writes (the added one's) that the one it leaves
# alone does not: satellite_launch through zh, which lacks the first signal's sentence (47
# minutes): ar, he, hi and th paired it with zh's last sentence, both naming the satellite,
# and left their own last sentence alone, where seven versions left the 47 alone (stop 42).
FIGURE_WEIGHT = 1.0
# Without the witnesses: the left-alone sentence shares EVIDENCE_MORE units more with the
# pivot sentence than its partner does (learnt stems counted): a word both keep that occurs
# once on each side, or one learnt stem that pairs with one stem alone.
EVIDENCE_MORE = 1.0
# Learnt stems: from 1-1 beads at least CONFIDENT sure, stems of at least STEM_LEAST letters
# met in the same LEARN_LEAST rows at least, and in at most LEARN_SHARE of them.
CONFIDENT = 0.8
STEM_LEAST = 4
LEARN_LEAST = 2
LEARN_SHARE = 0.5


def follow_witnesses(
    segments: Mapping[str, Sequence[Segment]],
    pairs: Mapping[str, _Pair | None],
    per_lang: dict[str, list[Bead]],
    sure: dict[str, list[float]],
    refined: Collection[str],
) -> None:
    """Each refined version's 0-1 beads moved to the other side of their 1-1 neighbour where
    the other versions or the pair's own evidence say the neighbour's pivot sentence is
    translated by the sentence left alone (in place; the confidences stay where they are).
    The other versions are read from their beads and `segments` alone: a pair made at its
    first use (`group_alignment._Later`) is not made for this."""
    added = {lang: _added_at(beads, segments[lang]) for lang, beads in per_lang.items()}
    for lang in refined:
        pair, beads = pairs[lang], per_lang[lang]
        if pair is None or not any(not s and t for s, t in beads):
            continue
        voters = [o for o in per_lang if o != lang and pairs[o] is not None]
        votes: dict[int, int] = defaultdict(int)
        for other in voters:
            for place in added[other]:
                votes[place] += 1
        per_lang[lang] = _moved(pair, beads, sure[lang], votes, len(voters))


def _added_at(beads: list[Bead], segments: Sequence[Segment]) -> set[int]:
    """The pivot positions (before pivot sentence p) where a version adds content text."""
    out: set[int] = set()
    place = 0
    for s, t in beads:
        if s:
            place = s[-1] + 1
        elif t and not any(segments[j].boilerplate for j in t):
            out.add(place)
    return out


def _moved(
    pair: _Pair,
    beads: list[Bead],
    sure: list[float],
    votes: Mapping[int, int],
    voters: int,
    support: Mapping[tuple[int, int], float] | None = None,
) -> list[Bead]:
    """The beads with each 0-1 bead moved across its 1-1 neighbour where the witnesses
    (`votes`: per pivot position, how many of the `voters` other versions add text there) or
    the evidence say so. `support`: the evidence each (pivot sentence, version sentence)
    shares, as the search weighs it (computed here when not given)."""
    src, tgt = pair.src, pair.tgt
    out = list(beads)
    learnt: dict[str, tuple[frozenset[str], float]] | None = None

    def single(k: int, empty_src: bool) -> bool:
        if not 0 <= k < len(out):
            return False
        s, t = out[k]
        if len(t) != 1 or tgt.kinds[t[0]]:
            return False
        return not s if empty_src else len(s) == 1 and not src.kinds[s[0]]

    def evidence(p: int, j: int) -> float:
        extra = []
        for stem in src.tokens[p]:
            found = learnt.get(stem)
            if found is not None and not found[0].isdisjoint(tgt.tokens[j]):
                extra.append(found[1])
        return support.get((p, j), 0.0) + math.fsum(extra)

    k = 0
    while k < len(out):
        if not single(k, empty_src=True):
            k += 1
            continue
        done = False
        for nb in (k - 1, k + 1):
            if not single(nb, empty_src=False):
                continue
            (p,), (a,) = out[nb][0], out[nb][1]
            (b,) = out[k][1]
            here = p + 1 if nb < k else p  # where the 0-1 bead stands now, and after a move
            there = p if nb < k else p + 1
            if learnt is None:
                support = _support(pair) if support is None else support
                learnt = _learnt(pair, beads, sure)
            gain = evidence(p, b) - evidence(p, a)
            if _misfit(pair, p, b) > _misfit(pair, p, a) + LENGTH_SLACK:
                continue
            # The version's own text added at `there` already (a 0-1 bead past the neighbour)
            # is what the witnesses' votes there tell of: this one stays. hue_festival
            # through nl, which lacks "This year foreign guests…": it's added sentence on
            # bicycles moved beside its own "This year…", and its Le Thi Hoa row with it.
            past = nb + 1 if nb > k else nb - 1
            witnessed = (
                not single(past, empty_src=True)
                and votes.get(there, 0) >= max(WITNESS_LEAST, WITNESS_SHARE * voters)
                and votes.get(there, 0) > WITNESS_RATIO * votes.get(here, 0)
                and gain + FIGURE_WEIGHT * _own_figures(tgt, a, b) >= -EVIDENCE_TIE
            )
            told = gain >= EVIDENCE_MORE and votes.get(here, 0) <= votes.get(there, 0)
            if witnessed or told:
                if nb < k:
                    out[nb], out[k] = ((), (a,)), ((p,), (b,))
                else:
                    out[k], out[nb] = ((p,), (b,)), ((), (a,))
                done = True
                break
        k += 2 if done else 1
    return out


def _own_figures(tgt: Side, a: int, b: int) -> float:
    """How many more figures that the pivot's document nowhere writes version sentence `a`
    holds than `b` (`Side.unmatched`): for the witnesses, a sign that `a` is the one added."""
    if not len(tgt.unmatched):
        return 0.0
    return float(tgt.unmatched[a] - tgt.unmatched[b])


def _misfit(pair: _Pair, p: int, j: int) -> float:
    """How far (log units) version sentence j's length is from pivot sentence p's."""
    have = max(float(pair.tgt.lengths[j]) / pair.ratio, 1.0)
    return abs(math.log(have / max(float(pair.src.lengths[p]), 1.0)))


def _learnt(
    pair: _Pair, beads: list[Bead], sure: list[float]
) -> dict[str, tuple[frozenset[str], float]]:
    """Stem pairs learnt from this pair's confident 1-1 beads: per pivot stem, the version's
    stems that occur in exactly the same such beads as it does, two at least and at most half
    of them, and the weight of each (1 / their number)."""
    src, tgt = pair.src, pair.tgt
    rows = [
        (s[0], t[0])
        for (s, t), value in zip(beads, sure, strict=True)
        if len(s) == 1
        and len(t) == 1
        and value >= CONFIDENT
        and not src.kinds[s[0]]
        and not tgt.kinds[t[0]]
    ]
    most = LEARN_SHARE * len(rows)
    where_src: dict[str, set[int]] = defaultdict(set)
    where_tgt: dict[str, set[int]] = defaultdict(set)
    for r, (i, j) in enumerate(rows):
        for stem in src.tokens[i]:
            if len(stem) >= STEM_LEAST:
                where_src[stem].add(r)
        for stem in tgt.tokens[j]:
            if len(stem) >= STEM_LEAST:
                where_tgt[stem].add(r)
    by_rows: dict[frozenset[int], list[str]] = defaultdict(list)
    for stem, found in where_tgt.items():
        if LEARN_LEAST <= len(found) <= most:
            by_rows[frozenset(found)].append(stem)
    table: dict[str, tuple[frozenset[str], float]] = {}
    for stem, found in where_src.items():
        partners = by_rows.get(frozenset(found))
        if partners and stem not in partners:  # a word both keep is evidence already
            table[stem] = (frozenset(partners), 1.0 / len(partners))
    return table


# A pivot sentence every other version leaves alone (ALONE_LEAST of them at least) is one the
# pivot added; a version that pairs it 1-1 beside a neighbour it leaves alone, which at least
# ALONE_HELD of the others translate, has paired the neighbour's translation with it (the
# lengths, the only evidence where the neighbour's number is changed, fit either). Its own
# evidence, read without the keys the pair learnt (from the first pass, which made the
# mistake), must not tell otherwise (EVIDENCE_TIE), nor the lengths (LENGTH_SLACK).
ALONE_LEAST = 3
ALONE_HELD = 0.5
ALONE_MANY = 6  # other versions at least, for ...
ALONE_DISSENT = 1  # ... one of them to pair it as well


def follow_alone(
    pairs: Mapping[str, _Pair | None], per_lang: dict[str, list[Bead]], refined: Collection[str]
) -> None:
    """Each refined version's pivot sentence that all the other versions leave alone, paired
    1-1 beside a neighbour that the version leaves alone and the others translate: the
    version's sentence goes to the neighbour, and the sentence is left alone (in place; the
    confidences stay where they are).

    hue_festival through it, whose sentence on bicycle parking no other version has: el, which
    changed the number of bus lines beside it (12 -> 15), paired its bus sentence with the
    bicycles and left "12 bus lines" alone, as the pair's first pass had taught it words of
    the one from the other; a false `missing` and the changed number a row away."""
    alone: dict[str, list[int]] = {}
    held: dict[str, list[int]] = {}
    for lang, beads in per_lang.items():
        pair = pairs[lang]
        if pair is None:
            continue
        alone[lang] = [i for s, t in beads if not t for i in s]
        held[lang] = [i for s, t in beads if t for i in s]
    for lang in refined:
        pair = pairs[lang]
        if pair is None or lang not in alone:
            continue
        others = [o for o in alone if o != lang]
        if len(others) < ALONE_LEAST:
            continue
        left = Counter(i for o in others for i in alone[o])
        kept = Counter(i for o in others for i in held[o])
        per_lang[lang] = _alone_swapped(pair, per_lang[lang], left, kept, len(others))


def _alone_swapped(
    pair: _Pair,
    beads: list[Bead],
    left: Mapping[int, int],
    kept: Mapping[int, int],
    voters: int,
    support: Mapping[tuple[int, int], float] | None = None,
) -> list[Bead]:
    """The beads with each such pair swapped (`follow_alone`): `left` and `kept`, per pivot
    sentence, how many of the `voters` other versions leave it alone and translate it;
    `support`: the pair's own evidence (computed here, without learnt keys, when not given)."""
    src, tgt = pair.src, pair.tgt
    out = list(beads)
    for k in range(len(out) - 1):
        for a, b in ((k, k + 1), (k + 1, k)):
            (ps, pt), (qs, qt) = out[a], out[b]
            if len(ps) != 1 or len(pt) != 1 or len(qs) != 1 or qt:
                continue
            (p,), (v,), (q,) = ps, pt, qs
            if src.kinds[p] or src.kinds[q] or tgt.kinds[v]:
                continue
            # every other version leaves p alone, or all but one of six or more (two versions
            # that made the same pairing: water_conference through es, whose own sentence on
            # online registration ar and th paired with the next one, stop 42)
            dissent = ALONE_DISSENT if voters >= ALONE_MANY else 0
            if left.get(p, 0) < voters - dissent or kept.get(q, 0) < ALONE_HELD * voters:
                continue
            if support is None:
                support = _support(pair, learnt=False)
            gain = support.get((q, v), 0.0) - support.get((p, v), 0.0)
            if gain < -EVIDENCE_TIE or _misfit(pair, q, v) > _misfit(pair, p, v) + LENGTH_SLACK:
                continue
            swapped = [((q,), (v,)), ((p,), ())]
            out[min(a, b) : max(a, b) + 1] = swapped if q < p else swapped[::-1]
    return out
