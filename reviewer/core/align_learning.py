"""The second pass's learning: a word-translation table and a lexical model
estimated from the first pass's confident beads (hunalign's bootstrap idea; aligning.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

from reviewer.core.align_evidence import PairEvidence, Side
from reviewer.core.align_options import AlignOptions, Bead
from reviewer.core.align_search import band_center, band_limits, paragraph_pairs, path_points
from reviewer.core.lexical import (
    TranslationModel,
    learn_lexicon,
    model_tokens,
)

if TYPE_CHECKING:
    from reviewer.core.aligning import _Pair

LEXICON_PAIRS = 800


def learn_pair_lexicon(
    src: Side,
    tgt: Side,
    beads: list[Bead],
    options: AlignOptions,
    known: Mapping[str, frozenset[str]] | None = None,
) -> int:
    """Hunalign's bootstrap: token pairs that keep meeting in beads get a shared key.

    Returns how many token pairs were learnt (the table's and IBM model 1's). Beads of up to
    `lexicon_span` sentences a side teach (a Chinese sentence is often two English ones);
    boilerplate teaches nothing. `known`, a table learnt over a whole corpus
    (`learn_lexicons`), is used instead of this pair's own when given: two documents alone
    teach few pairs, and those partly from their own first pass's mistakes. Its words are
    `corpus_token_letters` long (`_stems`).
    """
    learnt = learn_model(src, tgt, beads, options) if options.model1_weight else 0
    if known is not None:
        lexicon = known
    else:
        pairs = bead_tokens(src, tgt, _within_paragraphs(src, tgt, beads), options)
        # a short article teaches its own first pass's mistakes, not words (`lexicon_min_beads`)
        lexicon = learn_lexicon(pairs) if len(pairs) >= options.lexicon_min_beads else {}
    # each token's keys made once (the same keys, added in the same order, as a loop over
    # every sentence's tokens making them)
    key_of = {a: "l:" + a for a in lexicon}
    by_tgt: dict[str, list[str]] = defaultdict(list)
    for a, targets in lexicon.items():
        for b in targets:
            by_tgt[b].append(key_of[a])
    src_tokens, tgt_tokens = src.tokens, tgt.tokens
    if known is not None:
        letters = options.corpus_token_letters
        src_tokens = [_stems(tokens, letters) for tokens in src_tokens]
        tgt_tokens = [_stems(tokens, letters) for tokens in tgt_tokens]
    for i, tokens in enumerate(src_tokens):
        src.keys[i].update(map(key_of.__getitem__, filter(key_of.__contains__, tokens)))
    for j, tokens in enumerate(tgt_tokens):
        tgt.keys[j].update(chain.from_iterable(map(by_tgt.get, tokens, repeat(()))))
    return len(lexicon) + learnt


# A bead the witnesses agree with (`agreed_beads`): its version text is within WITNESSED_FIT
# log units of the witnesses' median lengths of its pivot sentences. Bible fault bench, dev
# seeds 15, 3, 7, 9, 11 (`faults_diag.py`; omissions missed / insertions missed / alarm
# lines, none 98 / 61 / 88): 0.3 89 / 63 / 89, 0.35 89 / 62 / 86, 0.4 91 / 62 / 87; 0.2
# (seeds 15, 3, 7) Russian alarms 3 -> 12. At 0.35 the tables of four untouched chapters lose
# hades / infierno, hears / oye, judge / juicio, and the Spanish paragraph that lost 21:18
# and gained 20:13 shows neither (tests/test_omissions.py); at 0.4 both (docs/alignment.md,
# branch omit42).
WITNESSED_FIT = 0.4
# Thai's beads are clauses a side, looser in length: its table learnt again in the groups
# (since stop 43) takes beads within 0.6 log units. Bible fault bench, dev seeds 15, 3, 7, 9, 11
# (Thai omissions found / insertions found / alarm cells, Thai not learnt again 62 / 69 / 18):
# 0.3 76 / 69 / 17 with a false alarm in the untouched chapters on every seed, 0.4 73 / 67 /
# 19, 0.5 73 / 68 / 20, 0.6 69 / 69 / 19 (before `align_repair.unstraddle`; branch omit43).
WITNESSED_FIT_THAI = 0.6


def agreed_beads(
    pair: _Pair, beads: list[Bead], lengths: np.ndarray, fit: float = WITNESSED_FIT
) -> list[Bead]:
    """The beads with text on both sides whose version text is as long as the witnesses say
    its pivot sentences are (`lengths`: per pivot sentence, their median length in pivot
    units, `group_alignment._witness_lengths`), within `fit` log units, and that are not
    beside pivot sentences the pass leaves alone.

    A version that lost a sentence pairs its neighbours one off in its passes: each such
    bead holds a sentence of another length than the one the witnesses put beside the pivot
    sentence, more often than not. Where the pass leaves a pivot sentence alone, the bead
    beside it may be the one that took its text, either side, whatever the lengths (Chinese
    without Revelation 21:23 paired its 21:24 with the English 21:23 and left 21:24 alone;
    its text fits both, and the table read need, sun, shine and lamp as 光), so neither
    neighbour confirms a pair (stop 44)."""
    tgt = pair.tgt
    out = []
    lost = [bool(s) and not t for s, t in beads]
    for k, (s, t) in enumerate(beads):
        if not s or not t or (k and lost[k - 1]) or (k + 1 < len(beads) and lost[k + 1]):
            continue
        have = max(float(tgt.lengths[list(t)].sum()) / pair.ratio, 1.0)
        want = max(float(lengths[list(s)].sum()), 1.0)
        if abs(math.log(have / want)) <= fit:
            out.append((s, t))
    return out


def confirmed(
    table: Mapping[str, set[str]],
    learnt: list[tuple[frozenset[str], frozenset[str]]],
    agreed: list[tuple[frozenset[str], frozenset[str]]],
    min_count: int,
) -> dict[str, set[str]]:
    """`table` (learnt from `learnt`) less each pair of words met no more than `min_count`
    times there and fewer than `min_count` times in `agreed` (the beads the witnesses agree
    with, `agreed_beads`): a pair that a shifted bead confirms.

    Two rare words meet twice by chance where one of the meetings is a version's sentence
    paired one off around a sentence it lost: Russian without Revelation 13:14 paired its
    13:15 ("…вложить дух…, и действовал так…") with the English 13:14 ("Because of the signs…,
    telling them…"), and "signs", met in 13:13 too, became так ("so"), "telling" дух
    ("breath"); the second pass then read 13:14's words into 13:15 and kept the shift.
    A pair met more often, or as often where the lengths agree, is a translation."""

    def index(pairs, side: int) -> dict[str, list[int]]:
        where: dict[str, list[int]] = defaultdict(list)
        for k, pair in enumerate(pairs):
            for token in pair[side]:
                where[token].append(k)
        return where

    src_all, tgt_all = index(learnt, 0), index(learnt, 1)
    src_agreed, tgt_agreed = index(agreed, 0), index(agreed, 1)

    def meetings(a: str, b: str, src_at, tgt_at) -> int:
        return len(set(src_at.get(a, ())).intersection(tgt_at.get(b, ())))

    out: dict[str, set[str]] = {}
    for a, targets in table.items():
        kept = {
            b
            for b in targets
            if meetings(a, b, src_all, tgt_all) > min_count
            or meetings(a, b, src_agreed, tgt_agreed) >= min_count
        }
        if kept:
            out[a] = kept
    return out


def _within_paragraphs(src: Side, tgt: Side, beads: list[Bead]) -> list[Bead]:
    """The beads whose target sentences lie in the paragraph their source paragraph pairs
    with (`paragraph_pairs`): a bead across that line is where the first pass paired a
    version one off around an added or lost sentence, and the words it would teach are that
    shift's (a leaflet's "zu viel" learnt beside 使 of the added sentence before it)."""
    paired = paragraph_pairs(src, tgt, beads)
    if paired is None:
        return beads
    return [(s, t) for s, t in beads if not s or all(tgt.paragraphs[j] == paired[s[0]] for j in t)]


@lru_cache(maxsize=65536)
def _stems(tokens: frozenset[str], letters: int) -> frozenset[str]:
    """A sentence's word tokens (the first six letters of a romanised word: ASCII) cut to
    `letters`; those of unspaced scripts (characters, character pairs, Thai trigrams) kept."""
    return frozenset(t[:letters] if t.isascii() else t for t in tokens)


def bead_tokens(
    src: Side, tgt: Side, beads: list[Bead], options: AlignOptions, corpus: bool = False
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The tokens of each side of the beads a lexicon may learn from (an even sample); for a
    corpus table (`corpus`), words cut to `corpus_token_letters`."""
    span = options.lexicon_span
    src_tokens, tgt_tokens = src.tokens, tgt.tokens
    if corpus:
        letters = options.corpus_token_letters
        src_tokens = [_stems(tokens, letters) for tokens in src_tokens]
        tgt_tokens = [_stems(tokens, letters) for tokens in tgt_tokens]
    pairs = [
        (
            frozenset().union(*(src_tokens[i] for i in s)),
            frozenset().union(*(tgt_tokens[j] for j in t)),
        )
        for s, t in beads
        if 1 <= len(s) <= span
        and 1 <= len(t) <= span
        and not any(src.kinds[i] for i in s)
        and not any(tgt.kinds[j] for j in t)
    ]
    if len(pairs) > LEXICON_PAIRS:  # enough to learn from; an even sample keeps time linear
        pairs = pairs[:: -(-len(pairs) // LEXICON_PAIRS)]
    return pairs


def _group_median(values: np.ndarray, group: np.ndarray, n: int) -> np.ndarray:
    """Per group 0..n-1, the median of its values (0 for an empty group)."""
    order = np.lexsort((values, group))
    counts = np.bincount(group, minlength=n)
    starts = np.cumsum(counts) - counts
    mid = starts + counts // 2
    out = np.zeros(n)
    some = counts > 0
    out[some] = values[order][np.minimum(mid[some], len(values) - 1)]
    return out


def learn_model(src: Side, tgt: Side, beads: list[Bead], options: AlignOptions) -> int:
    """IBM model 1 from the first pass's beads; its evidence for the sentence pairs near the
    first path goes on `src.learnt`. Returns how many token pairs it learnt."""
    span = options.lexicon_span
    src_tokens = [
        model_tokens(t) if not k else () for t, k in zip(src.texts, src.kinds, strict=True)
    ]
    tgt_tokens = [
        model_tokens(t) if not k else () for t, k in zip(tgt.texts, tgt.kinds, strict=True)
    ]
    pairs = [
        (
            tuple({x for i in s for x in src_tokens[i]}),
            tuple({x for j in t for x in tgt_tokens[j]}),
        )
        for s, t in beads
        if 1 <= len(s) <= span and 1 <= len(t) <= span
    ]
    if len(pairs) < options.model1_min_pairs:  # too few to learn from: noise, not evidence
        return 0
    model = TranslationModel(pairs)
    if not model.size:
        return 0
    center = band_center(src.size, tgt.size, path_points(beads))
    lo, hi = band_limits(center, tgt.size, options.refine_band + 2)
    n = src.size
    rows = np.arange(n)
    # wider than the second pass's band: the median of the pairs around is the baseline
    first = lo[np.maximum(rows - 3, 0)]
    last = np.minimum(hi[np.minimum(rows + 4, n)], tgt.size)
    counts = np.maximum(last - first, 0)
    pair_src = np.repeat(rows, counts)
    pair_tgt = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    pair_tgt = pair_tgt + np.repeat(first, counts)
    value, src_mass, tgt_mass = model.cover(src_tokens, tgt_tokens, pair_src, pair_tgt)
    dice = 2 * value / np.maximum(src_mass[pair_src] + tgt_mass[pair_tgt], 1e-9)
    # what a pair shares beyond what its neighbours share: a long sentence explains some of
    # any sentence near it
    base = np.maximum(
        _group_median(dice, pair_src, src.size)[pair_src],
        _group_median(dice, pair_tgt, tgt.size)[pair_tgt],
    )
    sharp = np.clip((dice - base) / options.model1_scale, 0.0, 1.0)
    weight = options.model1_weight
    keep = sharp > 0
    src.learnt = PairEvidence(
        (pair_src[keep], pair_tgt[keep], sharp[keep] * weight),
        (src_mass > 0) * weight,
        (tgt_mass > 0) * weight,
    )
    return model.size
