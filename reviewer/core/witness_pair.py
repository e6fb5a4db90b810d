"""A version aligned to its nearest witness, not only to the pivot (N-way witnesses).

A Japanese version is cut finer than an English pivot, and its words are pieces of kanji and
kana that a corpus table ties loosely to English words: a verse it lost is often absorbed,
its neighbours' clauses spread one per pivot sentence. A Chinese version of the same text
writes many of the same content characters (死, 海, 火, 城, 天使), so aligned to each other
the two versions see gaps that the pivot does not show.
Where the Chinese version's sentence of a pivot sentence (its 1-1 bead in its first pass) is
left alone when the Chinese version is aligned to the Japanese one, the Japanese version
probably lacks that pivot sentence, and leaving it alone costs the Japanese version's second
pass `PAIR_CREDIT` less (as `witness_alone.pivot_alone`'s credit does, `aligning._refine`).

Aligned on its own, Chinese to Japanese sees few of the Japanese version's lost verses (7 of 19
on the Bible fault bench's seed 15, against 15 through the English pivot) and leaves alone a
few sentences that Japanese has (4 a seed): the credit only tips the places where the search
through the pivot was close. docs/alignment.md, N-way, branch `omit39`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from reviewer.core.lexical import script_class

if TYPE_CHECKING:
    from reviewer.core.align_options import AlignOptions, Bead
    from reviewer.core.aligning import _Pair
    from reviewer.core.model import Segment

# Cost units off leaving the pivot sentence alone. Bible fault bench, seeds 15, 3, 7, 21, 1, 2
# (faults_diag.py): 2 and 4 found nothing, 5 three Japanese omissions more, 7 five (and three
# on seeds 4, 5, 6, 8, 9, 10), no false alarm more; 10 found no more and raised three.
PAIR_CREDIT = 7.0
# scripts whose versions witness each other this way: they write content words alike
_HAN = frozenset({"han", "kana"})


def _aligned(
    witness: str, lang: str, segments: Mapping[str, Sequence[Segment]], options: AlignOptions
) -> list[Bead]:
    """The witness's sentences aligned to the version's (`aligning.align_pair_costs`)."""
    from reviewer.core.aligning import align_pair_costs

    w, v = segments[witness], segments[lang]
    return align_pair_costs(
        [s.text for s in w],
        [s.text for s in v],
        src_paragraphs=[s.paragraph for s in w],
        tgt_paragraphs=[s.paragraph for s in v],
        src_kinds=[s.boilerplate for s in w],
        tgt_kinds=[s.boilerplate for s in v],
        src_lang=witness,
        tgt_lang=lang,
        options=replace(options, semantic=False),
    )[0]


def lacked(
    pair: _Pair, witness_kinds: Sequence[bool], witness_first: list[Bead], beads: list[Bead]
) -> np.ndarray | None:
    """Per pivot sentence, True where the witness's first pass (`witness_first`) pairs it 1-1
    with a sentence of text (`witness_kinds`: True for boilerplate) that the witness aligned
    to the version (`beads`) leaves alone (None where nothing is)."""
    alone = {s[0] for s, t in beads if len(s) == 1 and not t}
    if not alone:
        return None
    out = np.zeros(pair.src.size, dtype=bool)
    for s, t in witness_first:
        if len(s) == 1 and len(t) == 1 and t[0] in alone and not witness_kinds[t[0]]:
            out[s[0]] = True
    out &= pair.src.kinds == 0
    return out if out.any() else None


def pair_credit(
    lang: str,
    segments: Mapping[str, Sequence[Segment]],
    first: Mapping[str, tuple[list[Bead], list[float]]],
    pairs: Mapping[str, _Pair | None],
    options: AlignOptions,
) -> None:
    """Add `PAIR_CREDIT` to `pairs[lang].src.alone_credit` where a Han-writing witness, cut no
    finer than the version, says the version lacks the pivot sentence (`lacked`). The
    witnesses are read from their segments: a pair made only where it is read
    (`group_alignment._Later`) stays unmade."""
    pair = pairs.get(lang)
    if pair is None or pair.tgt.script not in _HAN:
        return
    content = int((pair.tgt.kinds == 0).sum())
    for witness, (witness_first, _) in first.items():
        if witness == lang:
            continue
        if script_class([seg.text for seg in segments[witness]]) not in _HAN:
            continue
        kinds = [seg.boilerplate is not None for seg in segments[witness]]
        # a witness cut finer than the version leaves its own pieces alone against it (as the
        # version's witness, Japanese gave Chinese six false `missing` for four found, on the
        # Bible fault bench's seeds 15, 3, 7, 21, 1, 2)
        if kinds.count(False) > content:
            continue
        alone = lacked(pair, kinds, witness_first, _aligned(witness, lang, segments, options))
        if alone is None:
            continue
        credit = pair.src.alone_credit
        if credit is None:
            credit = np.zeros(pair.src.size)
        pair.src.alone_credit = np.where(alone, np.maximum(credit, PAIR_CREDIT), credit)
