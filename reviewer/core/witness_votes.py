"""Other versions vote on a doubtful version's alignment, through their own alignment with it.

In a group every version is aligned to the pivot. Where a version lost or gained a sentence,
its alignment to the pivot is often one off over a few sentences (the gap's bead a 1-1): the
evidence between a translation and the pivot is thin, and two modest 1-1 beads earn more than
a gap. A second opinion comes from the other versions: version L is aligned directly with a
few other versions M, and M's sentences are read back to pivot sentences through M's own
alignment to the pivot. Where L and M pair sentence j with M's sentence m, and M pairs m with
pivot sentence k, M votes for j beside k. The errors of independent pairwise alignments
rarely coincide, so a majority of such votes puts a one-off shift back, and a pivot sentence
no vote links to any of L's sentences stays alone (an omission), as does L's sentence no
vote links to the pivot (an insertion).

The votes enter L's alignment as shared keys (`x:`), one per witness and per bead of the
witness's alignment to the pivot: the pivot sentences of that bead hold it, and so do L's
sentences that L's alignment with M puts beside the witness's sentences of that bead. L is
then searched once more around its path, with everything its second pass had.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from reviewer.core import aligning

if TYPE_CHECKING:
    from reviewer.core.model import Segment

Bead = aligning.Bead
Passes = dict[str, tuple[list[Bead], list[float]]]


def revise(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    pairs: Mapping[str, aligning._Pair | None],
    second: Passes,
    options: aligning.AlignOptions,
) -> Passes:
    """Every doubtful version's beads searched again with the witnesses' votes as keys; the
    others as they were. Deterministic: witnesses are chosen by script, then confidence, then
    language code."""
    candidates = [lang for lang, pair in pairs.items() if pair is not None]
    if len(candidates) < 3:  # two versions and a pivot: too few to outvote anything
        return second
    out = dict(second)
    for lang in candidates:
        pair = pairs[lang]
        beads, costs = second[lang]
        if pair.refined is None or not aligning._doubtful(pair, beads, costs):
            continue
        voters = _witnesses(lang, candidates, pairs, second, options.votes)
        added = 0
        for other in voters:
            added += _vote(lang, other, segments, pairs, second, options)
        if added:
            out[lang] = aligning._search(pair.src, pair.tgt, pair.ratio, pair.refined, path=beads)
    return out


def _witnesses(
    lang: str,
    candidates: list[str],
    pairs: Mapping[str, aligning._Pair | None],
    second: Passes,
    count: int,
) -> list[str]:
    """The `count` other versions likeliest to align well with `lang`: those in its script
    class first (Chinese and Japanese share Han), then the surest alignments to the pivot."""
    script = pairs[lang].tgt.script

    def rank(other: str) -> tuple:
        _, costs = second[other]
        sure = sum(aligning.confidence(c) for c in costs) / max(len(costs), 1)
        same = _near(pairs[other].tgt.script, script)
        return (not same, -sure, other)

    return sorted((o for o in candidates if o != lang), key=rank)[:count]


def _near(a: str, b: str) -> bool:
    return a == b or {a, b} == {"han", "kana"}


def _vote(
    lang: str,
    other: str,
    segments: Mapping[str, Sequence[Segment]],
    pairs: Mapping[str, aligning._Pair | None],
    second: Passes,
    options: aligning.AlignOptions,
) -> int:
    """Align `other` (M) with `lang` (L) directly and add M's votes as keys to L's pair;
    returns how many of L's sentences got one."""
    witness_segments = segments[other]
    own = segments[lang]
    direct = aligning._prepare(
        [seg.text for seg in witness_segments],
        [seg.text for seg in own],
        src_paragraphs=[seg.paragraph for seg in witness_segments],
        tgt_paragraphs=[seg.paragraph for seg in own],
        src_kinds=[seg.boilerplate for seg in witness_segments],
        tgt_kinds=[seg.boilerplate for seg in own],
        src_lang=aligning._known(other),
        tgt_lang=aligning._known(lang),
        options=replace_pairwise(options),
    )
    if direct is None:
        return 0
    beads, costs = aligning._search(direct.src, direct.tgt, direct.ratio, direct.options)
    beads, _ = aligning._refine(direct, beads, costs)
    # M's sentence -> the index of M's bead against the pivot that holds it (text beads only)
    witness_pair = pairs[other]
    bead_of: dict[int, int] = {}
    pair = pairs[lang]
    for b, (s, t) in enumerate(second[other][0]):
        if len(s) != 1 or len(t) != 1 or witness_pair.tgt.kinds[t[0]]:
            continue
        for m in t:
            bead_of[m] = b
        for k in s:
            pair.src.keys[k].add(f"x:{other}:{b}")
    added = 0
    for ms, ls in beads:
        if len(ms) != 1 or len(ls) != 1 or ms[0] not in bead_of or pair.tgt.kinds[ls[0]]:
            continue
        pair.tgt.keys[ls[0]].add(f"x:{other}:{bead_of[ms[0]]}")
        added += 1
    return added


def replace_pairwise(options: aligning.AlignOptions) -> aligning.AlignOptions:
    """Two translations aligned with each other as `align_pair` would (no semantic referee)."""
    from dataclasses import replace

    return replace(options, semantic=False)
