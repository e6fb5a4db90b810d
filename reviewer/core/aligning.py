"""Sentence alignment of two documents: pairwise beads.

Pairwise (`align_pair`) is a Gale-Church style dynamic programme over beads (1-1, 1-0, 0-1,
2-1, 1-2, 2-2, 3-1, 1-3) whose cost adds a length term (character counts, with the length
ratio learnt from the two documents) to lexical evidence that needs no dictionary: numbers
normalised across conventions, names and cognates compared after transliteration, URLs,
quotes and brackets. A second pass learns a small word-translation table from the confident
1-1 beads of the first pass (the bootstrap idea of hunalign, Varga et al. 2005) and realigns.
The search is restricted to a band around a path through hapax anchors, widened until the best
path no longer touches its edge, so time and memory grow linearly with the documents.

The parts: its knobs (align_options.py), the keys two sentences share (align_evidence.py),
the band and the dynamic programme (align_search.py), the second pass's word table and lexical
model (align_learning.py); this module runs the passes and picks among them. N-way alignment
through the pivot (`align_group`) is group_alignment.py's.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from reviewer.core import thai_lengths
from reviewer.core.align_evidence import (
    Side,
    fresh_side,
    link_abjad_names,
    link_cognates,
    make_side,
    pair_evidence,
    thai_lonely_credit,
    version_paragraph_lonely,
)
from reviewer.core.align_learning import learn_pair_lexicon
from reviewer.core.align_options import DEFAULT_OPTIONS, AlignOptions, Bead
from reviewer.core.align_search import (
    BALANCE_MIN_PARAGRAPHS,
    anchor_points,
    balance_paragraphs,
    band_center,
    band_limits,
    length_cost,
    paragraph_pairs,
    path_points,
    solve,
)
from reviewer.core.lexical import (
    number_lang,
    script_class,
)
from reviewer.core.sentence_memo import numbers  # kept for recurring sentences


def align_pair(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_paragraphs: Sequence[int] | None = None,
    tgt_paragraphs: Sequence[int] | None = None,
    src_kinds: Sequence[str | None] | None = None,
    tgt_kinds: Sequence[str | None] | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    options: AlignOptions = DEFAULT_OPTIONS,
) -> list[Bead]:
    """Beads covering every index of both sides exactly once, in order.

    `*_paragraphs` give each sentence's paragraph number (merging across a paragraph boundary
    costs extra); `*_kinds` mark boilerplate lines (a kind, or None for text), which take no
    part in the evidence and share a bead only with a line of the same kind; `*_lang` are the
    languages (ISO 639-1; guessed from the script when None), for reading numbers.
    """
    return align_pair_costs(
        src,
        tgt,
        src_paragraphs=src_paragraphs,
        tgt_paragraphs=tgt_paragraphs,
        src_kinds=src_kinds,
        tgt_kinds=tgt_kinds,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        options=options,
    )[0]


def align_pair_costs(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_paragraphs: Sequence[int] | None = None,
    tgt_paragraphs: Sequence[int] | None = None,
    src_kinds: Sequence[str | None] | None = None,
    tgt_kinds: Sequence[str | None] | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    options: AlignOptions = DEFAULT_OPTIONS,
) -> tuple[list[Bead], list[float]]:
    """`align_pair`'s beads and each bead's cost (lower is surer; see `confidence`)."""
    pair = _prepare(
        src,
        tgt,
        src_paragraphs=src_paragraphs,
        tgt_paragraphs=tgt_paragraphs,
        src_kinds=src_kinds,
        tgt_kinds=tgt_kinds,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        options=options,
    )
    if pair is None:
        return _empty_side_beads(len(src), len(tgt))
    beads, costs = _search(pair.src, pair.tgt, pair.ratio, pair.options)
    beads, costs = _refine(pair, beads, costs)
    return _referee(pair, beads, costs) if options.semantic else (beads, costs)


def _referee(
    pair: _Pair,
    beads: list[Bead],
    costs: list[float],
    witnesses: Mapping[int, Sequence[str]] | None = None,
):
    """The beads with the doubtful ones re-decided by meaning (semantic.py); `witnesses`, in
    a group, the other versions' sentences beside each pivot sentence."""
    from reviewer.core import semantic

    ls, lt, variance = pair.src.lengths, pair.tgt.lengths, pair.options.variance

    def length(s: tuple[int, ...], t: tuple[int, ...]) -> float:
        return float(length_cost(ls[list(s)].sum(), lt[list(t)].sum(), pair.ratio, variance))

    return semantic.referee(
        pair.src.texts,
        pair.tgt.texts,
        beads,
        costs,
        shapes=pair.options.priors,
        fixed_src=pair.src.kinds > 0,
        fixed_tgt=pair.tgt.kinds > 0,
        confidence=confidence,
        length=length,
        witnesses=witnesses,
    )


def _empty_side_beads(n: int, m: int) -> tuple[list[Bead], list[float]]:
    beads = [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    return beads, [0.0] * len(beads)


@dataclass
class _Pair:
    """Two documents ready to align: their sides, the options for their scripts, the ratio."""

    src: Side
    tgt: Side
    options: AlignOptions
    ratio: float


def _prepare(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_paragraphs: Sequence[int] | None,
    tgt_paragraphs: Sequence[int] | None,
    src_kinds: Sequence[str | None] | None,
    tgt_kinds: Sequence[str | None] | None,
    src_lang: str | None,
    tgt_lang: str | None,
    options: AlignOptions,
    src_side: Callable[[bool], Side] | None = None,
) -> _Pair | None:
    """The pair's features (None when a side is empty: nothing to align). `src_side(names)`:
    `src`'s `make_side` with or without names, made once for a group's pairs (a copy of it is
    used: the pair changes its keys)."""
    if not src or not tgt:
        return None
    # romanised Han names: only against Han text
    names = "han" in (script_class(list(src)), script_class(list(tgt)))
    if src_side is None:
        s = make_side(src, src_kinds, src_paragraphs, src_lang, names)
    else:
        s = fresh_side(src_side(names))
    t = make_side(tgt, tgt_kinds, tgt_paragraphs, tgt_lang, names)
    link_cognates(s, t)
    link_abjad_names(s, t, src_lang, tgt_lang)
    _forget_renumbered_items(s, t)
    _count_unmatched(s, t, tgt, number_lang(tgt_lang, list(tgt)))
    _count_unmatched(t, s, src, number_lang(src_lang, list(src)))
    # Length ratio of the two languages, learnt from the documents; a pseudo-count pulls it
    # towards 1 so that a short text with an insertion does not learn the insertion as ratio.
    options = _for_scripts(
        options, s.script, t.script, int((s.kinds == 0).sum()), int((t.kinds == 0).sum())
    )
    prior = options.ratio_prior_chars
    ratio = float((t.lengths[t.kinds == 0].sum() + prior) / (s.lengths[s.kinds == 0].sum() + prior))
    return _Pair(s, t, options, ratio)


def _item_numbers(side: Side) -> list[int]:
    """The numbers of the list items of a side, in order (`i:` keys: lexical.sentence_keys)."""
    return [int(k[2:]) for keys in side.base_keys for k in keys if k[:2] == "i:"]


def _keeps_places(fewer: list[int], more: list[int]) -> bool:
    """Whether the list with `fewer` numbers skips one somewhere (1, 2, 4, 5: a step left out
    and the others kept at their places), as a list numbered again from 1 never does, and
    numbers the steps it has as the one with `more` does. A skip is a number above the next
    one: a list that restarts, or a heading's number after its steps (1. Setup, 1. … 3.,
    2. Use, 1. …), is none (review37: a leaflet's numbered headings made a version that
    numbered its steps again look like one that kept their places)."""
    if not any(b > a + 1 for a, b in itertools.pairwise(fewer)):
        return False
    theirs = iter(more)
    return all(n in theirs for n in fewer)  # (a subsequence of `more`)


def _forget_renumbered_items(src: Side, tgt: Side) -> None:
    """Drop the list items' `i:` keys from this pair where one version numbered its steps
    again: a step's number names the same step in another version only where both number the
    same steps, or where the one with fewer left a gap at the step it lacks. A French leaflet
    that left out step 5 of 11 and numbered the rest 5 to 10 had each of them paired with the
    Italian step of its number, and its last two steps merged with the last of another
    (a made-up coffee machine's instructions, stop 37)."""
    ours, theirs = _item_numbers(src), _item_numbers(tgt)
    if ours == theirs or not ours or not theirs:
        return
    fewer, more = sorted((ours, theirs), key=len)
    if len(ours) != len(theirs) and _keeps_places(fewer, more):
        return
    for side in (src, tgt):
        for keys in side.keys:
            keys.difference_update([k for k in keys if k[:2] == "i:"])


# What a translation keeps, so that a sentence holding one the other document nowhere has
# is more likely missing there than merged: numbers, dates, URLs and weekdays (`k:`; on a
# made-up news page without numbers, omissions and insertions were placed right in 193 of 340
# trials with the weekdays here, 180 without: docs/alignment.md).
_STRONG = ("n:", "d:", "u:", "k:")


def _count_unmatched(side: Side, other: Side, other_texts: Sequence[str], lang: str) -> None:
    """Per sentence of `side`, how many of its numbers, dates, URLs and weekdays `other`
    nowhere has, not even spelt out (144,000 against "ciento cuarenta y cuatro mil": the keys
    leave spelt numbers out, but a translation that spells a number has not lost it)."""
    present = set().union(*other.base_keys)
    lacking = [{k for k in keys - present if k[:2] in _STRONG} for keys in side.base_keys]
    if any(k[:2] == "n:" for keys in lacking for k in keys):
        present |= {"n:" + m.key for text in other_texts for m in _spelt(text, lang)}
    side.unmatched = np.array([len(keys - present) for keys in lacking], dtype=np.float64)


@lru_cache(maxsize=8192)
def _spelt(text: str, lang: str) -> tuple:
    """The numbers of a sentence, spelt ones included (cached: the pivot recurs per pair)."""
    return tuple(m for m in numbers(text, lang) if m.kind in ("number", "percent", "year"))


def _refine(
    pair: _Pair,
    beads: list[Bead],
    costs: list[float],
    witness: dict[int, set[str]] | None = None,
    lengths: np.ndarray | None = None,
    known: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[Bead], list[float]]:
    """The second pass: with the lexicon learnt from the first pass's beads (hunalign's
    bootstrap; or `known`, learnt over a corpus) and the witnesses' keys and lengths on the
    source side, in a band around the first path."""
    if not _doubtful(pair, beads, costs):
        return beads, costs
    if lengths is not None:
        pair.src.lengths = np.where(pair.src.kinds > 0, pair.src.lengths, lengths)
    learnt = (
        learn_pair_lexicon(pair.src, pair.tgt, beads, pair.options, known)
        if pair.options.bootstrap
        else 0
    )
    witnessed = 0
    if witness:
        on_target = set().union(*pair.tgt.keys)
        for i, keys in witness.items():
            witnessed += bool((keys - pair.src.keys[i]) & on_target)
            pair.src.keys[i] |= keys
    if not learnt and not witnessed and lengths is None:  # nothing new: it would repeat
        return beads, costs
    options = pair.options
    if pair.src.merge_cost is not None:  # in a group, where the others keep gaps from hiding
        options = _shape_priors(options, beads, pair.src, pair.tgt)
        options = _learnt_variance(options, beads, pair)
        options = replace(options, orphan_mass=options.group_orphan_mass)
        pair.src.paired_paragraph = paragraph_pairs(pair.src, pair.tgt, beads)
        balance_paragraphs(pair.src, pair.tgt, pair.ratio, options)
        if pair.src.lacks_kept is not None and pair.src.skip_adjust is not None:
            # its paragraph's length echoes the first pass, which paired a neighbour with it
            adjust = pair.src.skip_adjust
            pair.src.skip_adjust = np.where(pair.src.lacks_kept, np.minimum(adjust, 0.0), adjust)
        pair.tgt.insert_share = _insert_share(pair.src, pair.tgt)
        _lonely_credit(pair, options)
        thai_lonely_credit(pair.src, pair.tgt, options.max_df)
        if pair.src.alone_credit is not None:  # a sentence no other version has
            adjust = pair.src.skip_adjust if pair.src.skip_adjust is not None else 0.0
            credit = pair.src.alone_credit
            pair.src.skip_adjust = np.where(credit > 0, np.minimum(adjust, 0.0) - credit, adjust)
    elif _same_paragraphs(pair.src, pair.tgt):
        # two documents alone: their paragraphs, where they have as many, are a witness
        pair.src.paired_paragraph = paragraph_pairs(pair.src, pair.tgt, beads)
    return _search(pair.src, pair.tgt, pair.ratio, options, path=beads)


def _same_paragraphs(src: Side, tgt: Side) -> bool:
    """Whether both documents have paragraphs, at least `BALANCE_MIN_PARAGRAPHS` and as many
    on each side: then they pair one by one, and a bead across that line is a shift."""
    if src.paragraphs is None or tgt.paragraphs is None or not src.size or not tgt.size:
        return False
    count = len(np.unique(src.paragraphs))
    return count >= BALANCE_MIN_PARAGRAPHS and count == len(np.unique(tgt.paragraphs))


def _lonely_credit(pair: _Pair, options: AlignOptions) -> None:
    """In a group's second pass: leaving a sentence alone costs less by `lonely_skip` (a pivot
    sentence: `lonely_skip_src`) per unit of its lonely words (`_lonely`) beyond `lonely_free`
    units (a Thai version's clauses: `thai_lonely_free`), counted up to `lonely_cap` units.

    The lexical reward is one per bead: an inserted verse that shares a word or two with a
    pivot sentence earns a bead's reward beside it, or costs little merged into its
    neighbour's bead, and its words that nothing in the pivot's chapter translates say
    nothing against it, as keys on one side only are no evidence (`pair_evidence`). They say
    that it is no translation of anything there.

    A version's sentence with at least `lonely_unbalanced` units of them also loses the cost
    that `balance_paragraphs` puts on leaving it alone (its paragraph pair's length fit gets
    worse), unless the version is cut finer into sentences than the pivot (`insert_share`
    below 1: Japanese, whose clauses hold words the table does not know). The balance assumes
    one event a paragraph: a paragraph that lost a verse and gained one is as long as the
    pivot's, and the inserted verse in it looked like text the paragraph needs.

    A version's sentence also costs `lonely_skip` less per unit of its words that the pivot
    sentences of the paragraph its own pairs with do not hold (`paragraph_lonely`,
    `version_paragraph_lonely`; the same free units and cap), unless the version is cut
    finer than the pivot (`_cut_finer`): an inserted verse of another chapter shares some
    words with the pivot's chapter, few with the paragraph it was put in (Bible fault
    bench, docs/alignment.md, stop 41)."""
    for side, other, weight in (
        (pair.tgt, pair.src, options.lonely_skip),
        (pair.src, pair.tgt, options.lonely_skip_src),
    ):
        if not weight:
            continue
        lonely = _lonely(side, other, options.max_df)
        cut = options.lonely_unbalanced
        if side is pair.tgt and cut and side.skip_adjust is not None and side.insert_share >= 1:
            side.skip_adjust = np.where(lonely >= cut, 0.0, side.skip_adjust)
        thai = side is pair.tgt and side.script == "thai"
        lonely = lonely - (options.thai_lonely_free if thai else options.lonely_free)
        credit = np.where(side.kinds > 0, 0.0, weight * np.clip(lonely, 0.0, options.lonely_cap))
        side.skip_adjust = (side.skip_adjust if side.skip_adjust is not None else 0.0) - credit
    if options.lonely_skip and options.paragraph_lonely and not _cut_finer(pair.src, pair.tgt):
        lonely = version_paragraph_lonely(pair.src, pair.tgt, options.max_df)
        if lonely is not None:
            lonely = np.clip(lonely - options.lonely_free, 0.0, options.lonely_cap)
            pair.tgt.skip_adjust = pair.tgt.skip_adjust - options.lonely_skip * lonely


def _cut_finer(src: Side, tgt: Side) -> bool:
    """Whether the version has more sentences of text than the pivot by `FINER_SHARE`:
    its segments are then often clauses or parts of a pivot sentence (Thai, Japanese), and
    a part holds words that the table ties loosely to words of other verses."""
    return int((tgt.kinds == 0).sum()) > FINER_SHARE * int((src.kinds == 0).sum())


def _lonely(side: Side, other: Side, max_df: int) -> np.ndarray:
    """Per sentence, the weight (1 / document frequency) of its word-table keys (`l:`,
    `align_learning.learn_pair_lexicon`) that the other document nowhere has: its words
    that nothing there translates. Keys of more than `max_df` sentences count for nothing,
    as in `pair_evidence`."""
    present = set().union(*other.keys)
    df = Counter(k for keys in side.keys for k in keys if k[:2] == "l:")
    return np.array(
        [
            sum(
                1.0 / df[k]
                for k in sorted(keys)
                if k[:2] == "l:" and df[k] <= max_df and k not in present
            )
            for keys in side.keys
        ],
        dtype=np.float64,
    )


# What ends a sentence (a closing quotation mark or bracket may follow): a version whose
# segments end so is cut into sentences, not clauses (`_insert_share`).
_SENTENCE_ENDS = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»」』）)]"
SENTENCES_SHARE = 0.8  # of a version's segments, to count as cut into sentences


def _insert_share(src: Side, tgt: Side) -> float:
    """The share of the fixed cost of a sentence left alone (its prior and `skip`) that each of
    the version's sentences pays, in a group's second pass.

    The prior of a 0-1 bead is that of one event, a sentence added; a version that writes a
    pivot sentence as 1.6 sentences of its own (the Japanese Bible against the English one)
    writes an added one so too, and paid the event's cost once per sentence: an inserted verse
    of three Japanese sentences cost three times what merging them into a neighbour's 1-4 bead
    did. Such a version pays 1 / 1.6 of it per sentence. Only where the version is cut into
    sentences (most of its segments end in a sentence mark): Thai is cut into clauses at spaces,
    whose ends do not fall where the pivot's sentences end, and its clauses left alone so were
    false `extra` (Bible fault bench, docs/alignment.md)."""
    own = [text for text, kind in zip(tgt.texts, tgt.kinds, strict=True) if not kind]
    others = int((src.kinds == 0).sum())
    if len(own) < FINER_SHARE * others + FINER_BY:  # as `_for_scripts` tells a finer side
        return 1.0
    ends = sum(text.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS for text in own)
    if ends < SENTENCES_SHARE * len(own):
        return 1.0
    return others / len(own)


def _shape_priors(options: AlignOptions, beads: list[Bead], src: Side, tgt: Side) -> AlignOptions:
    """The bead priors re-estimated from the first pass's beads of text (one Viterbi step of
    EM, the defaults as `prior_weight` pseudo-beads), with 4-1 and 1-4 added.

    How often a translation joins or splits sentences is the pair's own: the Russian and
    Arabic Bibles join two or three English sentences a verse in one, German and Spanish
    rarely; fixed priors leave a joined sentence's neighbours `missing`. The shares of 1-0
    and 0-1 are not learnt: they are what the checks report. Only in a group of three
    versions or more (`_witness_shapes`): there the other versions make a merge they do not
    make dear, so that cheaper merges do not swallow a gap; between two documents alone they
    did (Text+Berg test with a sentence inserted: found 0.61 -> 0.58 of the time)."""
    if options.prior_weight <= 0:
        return options
    counts = Counter(
        (len(s), len(t))
        for s, t in beads
        if s and t and not any(src.kinds[i] for i in s) and not any(tgt.kinds[j] for j in t)
    )
    total = sum(counts.values())
    if total < options.prior_min_beads:
        return options
    priors = list(options.priors)
    have = {(di, dj) for di, dj, _ in priors}
    priors += [(di, dj, p) for di, dj, p in options.learnt_shapes if (di, dj) not in have]
    fixed = {(di, dj) for di, dj, _ in priors if not di or not dj}
    rest = 1.0 - sum(p for di, dj, p in priors if (di, dj) in fixed)
    weight = options.prior_weight
    mass = {
        (di, dj): counts[(di, dj)] + weight * p for di, dj, p in priors if (di, dj) not in fixed
    }
    scale = rest / sum(mass.values())
    learnt = tuple(
        (di, dj, p if (di, dj) in fixed else mass[(di, dj)] * scale) for di, dj, p in priors
    )
    return replace(options, priors=learnt)


def _learnt_variance(options: AlignOptions, beads: list[Bead], pair: _Pair) -> AlignOptions:
    """The length variance re-estimated from the first pass's 1-1 beads of text, against the
    source lengths the second pass uses (in a group, the witnesses' median lengths), with the
    script pair's default counting as `variance_prior_beads` beads, and kept at least
    `variance_floor` of the default.

    How closely a translation keeps the pivot's sentence lengths is its own: on the fault
    bench's Bible chapters the estimates of one chapter are 0.2-5.5 for the alphabetic
    versions, 0.3-7 for Chinese and Japanese and 5-38 for Thai clauses, against defaults of
    6.8 and 10. A fixed variance makes a Spanish verse stretched over a missing neighbour as
    cheap as a Thai one. The estimate is robust (the median of the squared standardised
    residuals, 0.455 times the variance for a normal residual), so that the first pass's
    wrong beads, which a gap leaves, do not inflate it. Against a Thai version, every bead of
    text on both sides counts, not its 1-1 beads alone (`thai_lengths`)."""
    weight = options.variance_prior_beads
    if weight <= 0:
        return options
    src, tgt = pair.src, pair.tgt
    if "thai" in (src.script, tgt.script):
        z2 = thai_lengths.squared_residuals(src, tgt, beads, pair.ratio)
    else:
        z2 = [
            (float(tgt.lengths[t[0]]) - float(src.lengths[s[0]]) * pair.ratio) ** 2
            / max((float(src.lengths[s[0]]) * pair.ratio + float(tgt.lengths[t[0]])) / 2, 1.0)
            for s, t in beads
            if len(s) == 1 and len(t) == 1 and not src.kinds[s[0]] and not tgt.kinds[t[0]]
        ]
    if not z2:
        return options
    estimate = float(np.median(z2)) / CHI2_MEDIAN
    variance = (estimate * len(z2) + weight * options.variance) / (len(z2) + weight)
    return replace(options, variance=max(variance, options.variance_floor * options.variance))


CHI2_MEDIAN = 0.4549  # the median of a squared standard normal


def _doubtful(pair: _Pair, beads: list[Bead], costs: list[float]) -> bool:
    """Whether the first pass left anything a second could change: a bead of text that is not
    1-1 (a merge, split, omission or insertion), or a 1-1 bead that costs more than a good
    one (`AlignOptions.doubtful`). Boilerplate standing alone is not in doubt."""
    return _in_doubt(pair.src.kinds, pair.tgt.kinds, beads, costs, pair.options.doubtful)


def _left_as_it_is(
    pivot_kinds: list[bool],
    kinds: list[bool],
    first: tuple[list[Bead], list[float]],
    options: AlignOptions,
) -> bool:
    """Whether `align_group` keeps a version's first pass as it is (`_refine` finds nothing in
    doubt; `_for_scripts` leaves `doubtful` alone), read from the segments' boilerplate
    (`kinds`: True for boilerplate) without the pair's features: then the witnesses' keys,
    lengths and shapes, which only a second pass reads, need not be gathered (nine versions
    in ten at 10,000 generated documents), and a kept pass needs no features (`_Later`)."""
    return not options.semantic and not _in_doubt(pivot_kinds, kinds, *first, options.doubtful)


def _in_doubt(src_kinds, tgt_kinds, beads: list[Bead], costs: list[float], limit: float) -> bool:
    """`_doubtful` from the sides' boilerplate kinds (non-zero: boilerplate) and the limit."""
    for (s, t), cost in zip(beads, costs, strict=True):
        if any(src_kinds[i] for i in s) or any(tgt_kinds[j] for j in t):
            continue
        if len(s) != 1 or len(t) != 1 or cost > limit:
            return True
    return False


def confidence(cost: float) -> float:
    """How sure a bead of this cost is, 0 to 1: a logistic fit of "the bead is exactly the
    gold one" on the bead cost, over Text+Berg dev and MAC-Dev (docs/alignment.md)."""
    z = CONFIDENCE_SLOPE * (cost - CONFIDENCE_MIDPOINT)
    return 1.0 / (1.0 + math.exp(min(50.0, z)))


CONFIDENCE_MIDPOINT = 1.5
CONFIDENCE_SLOPE = 0.15


_UNSPACED_SCRIPTS = frozenset({"han", "kana", "thai"})


FINER_BY = 6
FINER_SHARE = 1.1


def _for_scripts(
    options: AlignOptions, src: str, tgt: str, src_count: int = 0, tgt_count: int = 0
) -> AlignOptions:
    """The options with the bead priors, length variance and translation-model weight of this
    pair of scripts: one written without spaces against an alphabetic one differs.

    The priors' many-to-one shapes go the way the sentence counts say: in literary zh-en the
    Chinese side has fewer sentences (one holds two English ones), in the Japanese and Thai
    Bibles more (a verse cut into clauses). With equal counts (or none given) the side
    written without spaces is taken to be the one with fewer. A short article (under
    `prior_min_beads` sentences, as many a side give or take one) keeps the alphabetic
    priors: nothing in it says that its translation joins or splits sentences, and with the
    literary shares (a fifth of the beads 1-2) a Chinese version's inserted line was merged
    into its neighbour's bead (tests/test_aligning_short.py)."""
    dense_src, dense_tgt = src in _UNSPACED_SCRIPTS, tgt in _UNSPACED_SCRIPTS
    if dense_src == dense_tgt:
        return options
    han = "han" in (src, tgt)
    priors = options.han_priors if han else options.cross_priors
    dense, other = (tgt_count, src_count) if dense_tgt else (src_count, tgt_count)
    finer = dense - other >= FINER_BY and dense > FINER_SHARE * other
    if dense_tgt != finer:
        priors = tuple((dj, di, p) for di, dj, p in priors)
    if 0 < other < options.prior_min_beads and abs(dense - other) <= 1:
        priors = options.priors
    return replace(
        options,
        priors=priors,
        variance=options.cross_variance,
        model1_weight=options.cross_model1_weight if han else options.model1_weight,
    )


COARSE_ABOVE = 600  # sentences: a longer document is first aligned in blocks (coarse to fine)
COARSE_BLOCKS = 300  # about this many blocks a side in the coarse pass


def _search(
    s: Side, t: Side, ratio: float, options: AlignOptions, path: list[Bead] | None = None
) -> tuple[list[Bead], list[float]]:
    """Best beads in a band around a guide path, widened while the best path touches its edge.

    The guide is `path` (a previous pass's beads) when given; for long documents, the path of
    a coarse pass over blocks of sentences (as vecalign does), so that the band stays narrow
    and time and memory linear; otherwise the chain of anchors.
    """
    evidence = pair_evidence(s, t, options.max_df)
    width = options.band
    limit = None  # widen without limit: the band may grow to the whole table
    if path is not None:
        width = limit = options.refine_band
    if t.size <= width:
        # The band holds the whole table wherever its centre lies (0 to t.size): no guide is
        # needed (most news articles: their anchors were 2 % of the word tables' time)
        lo = np.zeros(s.size + 1, dtype=np.int64)
        hi = np.full(s.size + 1, t.size, dtype=np.int64)
        return solve(s, t, evidence, lo, hi, options, ratio)[:2]
    if path is not None:
        center = band_center(s.size, t.size, path_points(path))
    else:
        center = band_center(s.size, t.size, anchor_points(s, t))
    while True:
        lo, hi = band_limits(center, t.size, width)
        beads, costs, touched = solve(s, t, evidence, lo, hi, options, ratio)
        whole = (lo[1:] == 0).all() and (hi[:-1] == t.size).all()
        if not touched or whole or (limit is not None and width >= limit):
            return beads, costs
        if limit is None and max(s.size, t.size) > COARSE_ABOVE:
            # The anchors do not guide a long document well enough: rather than widening
            # towards the whole table, follow a coarse pass over blocks of sentences.
            points, block = _coarse_points(s, t, ratio, options)
            center = band_center(s.size, t.size, points)
            width = options.band + block // 2
            limit = 2 * width  # a guide from blocks is right to about a block
            continue
        width *= 2


def _coarse_points(
    s: Side, t: Side, ratio: float, options: AlignOptions
) -> tuple[list[tuple[int, int]], int]:
    """Points of the path found by aligning blocks of consecutive sentences, and how many
    sentences a block holds (about).

    Each side is cut into about `COARSE_BLOCKS` blocks of equal length, so that where the
    versions are parallel the coarse path runs along the diagonal of blocks, and text only
    one version has (a run of short lines, an inserted passage) stands out as blocks of its
    own; a block's length and keys are its sentences' together.
    """
    cuts_s, cuts_t = _block_cuts(s.lengths), _block_cuts(t.lengths)
    cs, ct = _blocks(s, cuts_s), _blocks(t, cuts_t)
    coarse = replace(options, bootstrap=False, priors=DEFAULT_OPTIONS.priors)
    beads, _ = _search(cs, ct, ratio, coarse)
    ends_s = np.append(cuts_s[1:], s.size)
    ends_t = np.append(cuts_t[1:], t.size)
    points = [(int(ends_s[sb[-1]]) - 1, int(ends_t[tb[-1]]) - 1) for sb, tb in beads if sb and tb]
    sizes = np.concatenate((np.diff(np.append(cuts_s, s.size)), np.diff(np.append(cuts_t, t.size))))
    return points, int(np.percentile(sizes, 90))


def _block_cuts(lengths: np.ndarray) -> np.ndarray:
    """The first sentence of each block: about `COARSE_BLOCKS` blocks of equal length."""
    total = np.cumsum(lengths) - lengths  # length before each sentence
    targets = np.arange(COARSE_BLOCKS) * (max(total[-1] + lengths[-1], 1.0) / COARSE_BLOCKS)
    return np.unique(np.searchsorted(total, targets, side="left").clip(0, len(lengths) - 1))


def _blocks(side: Side, cuts: np.ndarray) -> Side:
    """`side` with the sentences from each cut to the next taken as one."""
    ends = np.append(cuts[1:], side.size).tolist()
    keys = [set().union(*side.keys[a:b]) for a, b in zip(cuts.tolist(), ends, strict=True)]
    words = [frozenset().union(*side.words[a:b]) for a, b in zip(cuts.tolist(), ends, strict=True)]
    lengths = np.add.reduceat(side.lengths, cuts)
    kinds = np.zeros(len(keys), dtype=np.int64)
    empty = [frozenset()] * len(keys)
    unmatched = np.add.reduceat(side.unmatched, cuts)
    return Side(lengths, keys, words, empty, empty, kinds, None, side.script, unmatched)


def format_bead(bead: Bead) -> str:
    """`[1, 2]:[3]`, the form vecalign and bertalign print."""
    return f"{list(bead[0])}:{list(bead[1])}"
