"""N-way alignment: every version of a group aligned to the pivot, merged into rows.

Each version's beads against the pivot come from the pairwise aligner (aligning.py), its
second pass guided by the other versions (witnesses) and, over a corpus, by word tables
learnt from many groups (`learn_lexicons`). The beads are merged into rows that follow the
pivot's order; text that only some versions have gets rows of its own.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz

from reviewer.core import pattern_cache
from reviewer.core.align_evidence import Side, make_side
from reviewer.core.align_learning import (
    WITNESSED_FIT,
    WITNESSED_FIT_THAI,
    agreed_beads,
    bead_tokens,
    confirmed,
    learn_pair_lexicon,
)
from reviewer.core.align_repair import (
    rejoin,
    unabsorb,
    uncross,
    unlonely,
    unshift,
    unstraddle,
    untrade,
)
from reviewer.core.aligning import (
    BALANCE_MIN_PARAGRAPHS,
    DEFAULT_OPTIONS,
    AlignOptions,
    Bead,
    _empty_side_beads,
    _left_as_it_is,
    _Pair,
    _prepare,
    _referee,
    _refine,
    _search,
    confidence,
)
from reviewer.core.insert_places import follow_alone, follow_witnesses
from reviewer.core.lexical import learn_lexicon, script_class
from reviewer.core.sentence_memo import sentence_keys  # kept for recurring sentences
from reviewer.core.transliteration import anyascii
from reviewer.core.witness_alone import left_alone, pivot_alone
from reviewer.core.witness_pair import pair_credit

if TYPE_CHECKING:
    from reviewer.core.model import Row, Segment


SHARED_GAP_VERSIONS = 3  # versions that must add the same sentences for one row of them


def align_group(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    *,
    options: AlignOptions = DEFAULT_OPTIONS,
    lexicons: Lexicons | None = None,
    firsts: Mapping[str, tuple[list[Bead], list[float]]] | None = None,
) -> tuple[Row, ...]:
    """Rows in the pivot's order; every segment of every language in exactly one row.

    `lexicons` (from `learn_lexicons` over the corpus the group is part of) replace the
    word-translation tables the second pass would learn from this group alone. `firsts`:
    the beads and costs of first passes `learn_lexicons` already made of some versions (by
    language), used instead of searching again.
    """
    langs = list(segments)
    first: dict[str, tuple[list[Bead], list[float]]] = {}
    pairs, second, refined = _second_passes(segments, pivot, options, lexicons, firsts, first)
    per_lang: dict[str, list[Bead]] = {}
    sure: dict[str, list[float]] = {}
    for lang, (beads, costs) in second.items():
        if lang in refined:
            beads, costs = untrade(pairs[lang], beads, costs)
        if options.semantic and pairs[lang] is not None:
            seen = _witness_texts(lang, second, pairs) if options.witnesses else None
            beads, costs = _referee(pairs[lang], beads, costs, seen)
        per_lang[lang] = beads
        sure[lang] = [confidence(c) for c in costs]
    if options.witnesses and not options.semantic:
        tabled = {lang for lang in langs if lexicons and (pivot, lang) in lexicons.tables}
        _unabsorbed(pairs, per_lang, sure, refined, tabled)
        follow_witnesses(segments, pairs, per_lang, sure, refined)
        follow_alone(pairs, per_lang, refined)
        _rejoined(pairs, first, per_lang, sure, refined)
        for lang in refined:
            if (pair := pairs[lang]) is not None:
                per_lang[lang], sure[lang] = uncross(pair, per_lang[lang], sure[lang])
    return _merge(segments, pivot, langs, per_lang, sure)


def _unabsorbed(
    pairs: dict[str, _Pair | None],
    per_lang: dict[str, list[Bead]],
    sure: dict[str, list[float]],
    refined: Collection[str],
    tabled: Collection[str] = (),
) -> None:
    """Each refined version's omissions absorbed into a bead over several pivot sentences
    (`align_repair.unabsorb`) or hidden by a shift of its text between two beads
    (`align_repair.unshift`) left alone, judged against the other versions' beads: how long
    their 1-1 counterparts of each pivot sentence are, and whether they keep it apart.
    `tabled`: the versions whose word table was learnt over a corpus (`learn_lexicons`), whose
    evidence is telling enough for `unabsorb`'s `clear`."""
    passes = {lang: (beads, sure[lang]) for lang, beads in per_lang.items()}
    runs = _joined_runs(pairs, per_lang)
    for lang in refined:
        pair = pairs[lang]
        if pair is None:
            continue
        lengths = _witness_lengths(lang, passes, pairs)
        apart = _kept_apart(lang, passes, pairs)
        if lengths is None or apart is None:
            continue
        beads, kept = per_lang[lang], sure[lang]
        if any(len(s) > 1 and t for s, t in beads):
            alone = left_alone(lang, passes, pairs)
            beads, kept = unabsorb(
                pair, beads, kept, lengths, apart, alone=alone, clear=lang in tabled
            )
        beads, kept = unshift(pair, (lengths, apart), beads, kept)
        joined = _witness_joined(lang, runs)
        beads, kept = unlonely(pair, lengths, beads, kept, joined=joined)
        per_lang[lang], sure[lang] = unstraddle(pair, beads, kept)


def _rejoined(
    pairs: dict[str, _Pair | None],
    first: Mapping[str, tuple[list[Bead], list[float]]],
    per_lang: dict[str, list[Bead]],
    sure: dict[str, list[float]],
    refined: Collection[str],
) -> None:
    """Each refined version's pieces of its own splits that the second pass left alone joined
    again (`align_repair.rejoin`), where another version splits that pivot sentence too."""
    split = {
        lang: {s[0] for s, t in beads if len(s) == 1 and len(t) > 1}
        for lang, beads in per_lang.items()
    }
    for lang in refined:
        if pairs[lang] is None:
            continue
        others = set().union(*(found for other, found in split.items() if other != lang))
        beads, kept = rejoin(pairs[lang], first[lang][0], per_lang[lang], sure[lang], others)
        per_lang[lang], sure[lang] = beads, kept


def _joined_runs(
    pairs: dict[str, _Pair | None], per_lang: Mapping[str, list[Bead]]
) -> dict[str, list[tuple[tuple[int, ...], float]]]:
    """Per version, each run of pivot sentences its beads join, with the length of its text
    there in pivot units (over its length ratio)."""
    out: dict[str, list[tuple[tuple[int, ...], float]]] = {}
    for lang, beads in per_lang.items():
        pair = pairs[lang]
        if pair is None:
            continue
        out[lang] = [
            (s, float(pair.tgt.lengths[list(t)].sum()) / pair.ratio)
            for s, t in beads
            if len(s) > 1 and t and not any(pair.tgt.kinds[j] for j in t)
        ]
    return out


def _witness_joined(
    lang: str, runs: Mapping[str, list[tuple[tuple[int, ...], float]]]
) -> dict[tuple[int, ...], float]:
    """Per run of pivot sentences that at least two other versions join into one bead
    (`_joined_runs`), the median length of their text there."""
    found: dict[tuple[int, ...], list[float]] = defaultdict(list)
    for other, joined in runs.items():
        if other != lang:
            for s, length in joined:
                found[s].append(length)
    from reviewer.core import quick_statistics as statistics

    return {s: float(statistics.median(v)) for s, v in found.items() if len(v) >= 2}


def _second_passes(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    options: AlignOptions,
    lexicons: Lexicons | None,
    firsts: Mapping[str, tuple[list[Bead], list[float]]] | None,
    first: dict[str, tuple[list[Bead], list[float]]] | None = None,
    only: Collection[str] | None = None,
) -> tuple[dict[str, _Pair | None], dict[str, tuple[list[Bead], list[float]]], set[str]]:
    """Every version's pair and its second pass against the pivot (witnesses, corpus table),
    and the versions that had one (the others keep their first pass); with `only`, the
    second passes of those versions alone (the others are witnesses). `first`, where given,
    receives every version's first pass."""
    langs = list(segments)
    firsts = firsts or {}
    # a version with a kept first pass is made ready only where it is read (`_Later`)
    pairs = _group_pairs(segments, pivot, options, later=firsts)
    kinds = {lang: [seg.boilerplate is not None for seg in segments[lang]] for lang in langs}
    first = {} if first is None else first
    first |= {
        lang: firsts[lang]
        if lang in firsts
        else _search(pair.src, pair.tgt, pair.ratio, pair.options)
        for lang, pair in pairs.items()
        if pair is not None
    }
    second: dict[str, tuple[list[Bead], list[float]]] = {}
    refined: set[str] = set()
    for lang, pair in pairs.items():
        if only is not None and lang not in only:
            continue
        if pair is None:
            second[lang] = _empty_side_beads(len(segments.get(pivot, ())), len(segments[lang]))
            continue
        if _left_as_it_is(kinds[pivot], kinds[lang], first[lang], options):
            second[lang] = first[lang]
            continue
        witness = _witness_keys(lang, first, pairs, options) if options.witnesses else None
        lengths = _witness_lengths(lang, first, pairs) if options.witnesses else None
        if options.witnesses:
            _witness_shapes(lang, first, pairs, options)
        if options.witnesses:
            _kept_verbatim(lang, first, pairs)
            pivot_alone(lang, first, pairs)
            pair_credit(lang, segments, first, pairs, options)
            _witness_paragraphs(lang, segments, pairs, options)
        known = lexicons.tables.get((pivot, lang)) if lexicons is not None else None
        second[lang] = _refine(pair, *first[lang], witness, lengths, known)
        refined.add(lang)
    return pairs, second, refined


def _witness_texts(
    lang: str, second: dict[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
) -> dict[int, list[str]]:
    """Per pivot sentence, the sentences the other versions' second passes put 1-1 beside it:
    what the semantic referee reads the pivot sentence's meaning from, with its own."""
    seen: dict[int, list[str]] = defaultdict(list)
    for i, witness, j in _one_to_one(lang, second, pairs):
        seen[i].append(witness.tgt.texts[j])
    return seen


def _one_to_one(
    lang: str, passes: Mapping[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
):
    """(pivot sentence, other version's pair, its sentence) for every 1-1 bead of text that
    the other versions' `passes` hold: what a witness says of a pivot sentence."""
    for other, (beads, _) in passes.items():
        witness = pairs[other]
        if other == lang or witness is None:
            continue
        for s, t in beads:
            if len(s) == 1 and len(t) == 1 and not witness.tgt.kinds[t[0]]:
                yield s[0], witness, t[0]


def _one_to_many(
    lang: str, passes: Mapping[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
):
    """(pivot sentence, other version's pair, its sentences) for every bead of text that
    pairs one pivot sentence with several of another version's sentences."""
    for other, (beads, _) in passes.items():
        witness = pairs[other]
        if other == lang or witness is None:
            continue
        for s, t in beads:
            if len(s) == 1 and len(t) > 1 and not any(witness.tgt.kinds[j] for j in t):
                yield s[0], witness, t


class _Later:
    """A version's `_Pair`, made at the first look at it. A version whose kept first pass
    (`learn_lexicons`) stays as it is is read only as a witness of another version's second
    pass, and most groups have none: its features (and, where no version needs one, the
    pivot's) are then never computed (262 of the 746 kept versions in the first 600 groups
    at 10,000 generated documents, and every version of 77 groups)."""

    __slots__ = ("_make", "_pair")

    def __init__(self, make: Callable[[], _Pair]) -> None:
        self._make = make
        self._pair: _Pair | None = None

    def __getattr__(self, name: str):
        return getattr(self.made(), name)

    def made(self) -> _Pair:
        if self._pair is None:
            self._pair = self._make()
        return self._pair


def _group_pairs(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    options: AlignOptions,
    later: Collection[str] = (),
) -> dict[str, _Pair | None]:
    """Every version of a group ready to align against the pivot; those in `later` with text
    on both sides made at their first use (`_Later`)."""
    pivot_segments = segments.get(pivot, ())
    pivot_texts = [seg.text for seg in pivot_segments]
    pivot_paragraphs = [seg.paragraph for seg in pivot_segments]
    pivot_kinds = [seg.boilerplate for seg in pivot_segments]
    # The pivot's features once for all its pairs (each gets a copy, `fresh_side`): one side with
    # romanised names (for pairs with Han text), one without.
    made: dict[bool, Side] = {}

    def pivot_side(names: bool) -> Side:
        if names not in made:
            made[names] = make_side(
                pivot_texts, pivot_kinds, pivot_paragraphs, _known(pivot), names
            )
        return made[names]

    def prepare(lang: str) -> _Pair | None:
        return _prepare(
            pivot_texts,
            [seg.text for seg in segments[lang]],
            src_paragraphs=pivot_paragraphs,
            tgt_paragraphs=[seg.paragraph for seg in segments[lang]],
            src_kinds=pivot_kinds,
            tgt_kinds=[seg.boilerplate for seg in segments[lang]],
            src_lang=_known(pivot),
            tgt_lang=_known(lang),
            options=options,
            src_side=pivot_side,
        )

    return {
        lang: _Later(partial(prepare, lang))
        if lang in later and pivot_texts and segments[lang]
        else prepare(lang)
        for lang in segments
        if lang != pivot
    }


@dataclass(frozen=True)
class Lexicons:
    """Word-translation tables learnt over a corpus, per (pivot language, language): token
    -> the tokens it translates to (`learn_lexicons`)."""

    tables: Mapping[tuple[str, str], Mapping[str, frozenset[str]]]

    def only(self, pivot: str, langs: Sequence[str]) -> Lexicons:
        """The tables one group needs (what a worker process is sent)."""
        return Lexicons({k: v for k, v in self.tables.items() if k[0] == pivot and k[1] in langs})


LEXICON_GROUPS = 100  # groups per language pair that the corpus lexicon learns from, at most
# With fewer groups than this per language pair the table is learnt twice: the second time
# from beads that the first table guided (a few chapters teach a thin table, and the first
# pass's mistakes with it; a hundred articles need no second round, which costs a pass).
LEXICON_RELEARN_BELOW = 10
# A corpus table's tokens may be in up to this share of its beads (`lexical.learn_lexicon`'s
# `max_share`): a word in a fifth of the verses of five chapters (angel, city, 天使) still
# tells a verse from its neighbours (Bible fault bench, three seeds: 0.1 -> 0.2 took
# insertions found from 0.69-0.74 to 0.73-0.79, `docs/alignment.md`). Thai's too (its words,
# `thai_words`: Bible Thai misses 73 -> 62), but a tenth where the table learns from fewer than
# LEXICON_SMALL beads: in the news bench's 25 (five articles) a fifth let English `by` meet
# การค้า ("trade") and `export` ล้านเยน ("million yen") often enough, and a Thai version's
# omitted sentence was paired with a clause of the one before (news Thai omissions found
# 14 -> 11 of 15; docs/alignment.md, branch thai12).
LEXICON_SHARE = 0.2
LEXICON_SHARE_THAI = 0.1
LEXICON_SMALL = 60
# Then, with fewer groups than LEXICON_RELEARN_BELOW, learnt once more (this many times) from the
# groups' own second passes (`_learnt_in_groups`; Bible fault bench, docs/alignment.md). A Thai
# pair's too since stop 43, its beads held to the witnesses' lengths more loosely
# (`align_learning.WITNESSED_FIT_THAI`): before, the untouched Thai Revelation 20 got a false
# `extra`, a clause across two pivot sentences left alone (now `align_repair.unstraddle`).
# Bible fault bench, dev seeds 15, 3, 7, 9, 11: Thai omissions found 62 -> 69 of 100,
# insertions 69 both, alarm cells 13 -> 11 (branch omit43).
LEXICON_GROUP_ROUNDS = 1

# A version's first pass against its pivot: its beads and their costs (what `align_group`
# computes before the second pass), and the tokens of the beads a lexicon learns from.
FirstPass = tuple[list[Bead], list[float], list[tuple[frozenset[str], frozenset[str]]]]


def learn_lexicons(
    groups: Sequence[tuple[Mapping[str, Sequence[Segment]], str]],
    *,
    options: AlignOptions = DEFAULT_OPTIONS,
    run: Callable | None = None,
    keep: dict[tuple[int, str], tuple[list[Bead], list[float]]] | None = None,
) -> Lexicons:
    """Hunalign's bootstrap over a whole corpus: the first pass of every version of every
    group against its pivot, and per pair of languages one table of the token pairs that
    keep meeting in those beads.

    One article teaches few word pairs, and some of them from its own first pass's mistakes
    (a version that lost a sentence pairs its neighbours one off, and learns that); a corpus
    of articles in the same pair of languages teaches the pairs that recur, which mistakes
    do not. At most `LEXICON_GROUPS` groups (evenly spread) per pair of languages are read.

    `run(first_passes, items)` computes the first passes (default: here, in order; session.py
    gives worker processes); `keep`, when given, receives the beads and costs of each by
    (group index, language), so that `align_group(firsts=...)` need not search them again.
    """
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, (segments, pivot) in enumerate(groups):
        if not _known(pivot) or not segments.get(pivot):
            continue
        for lang in segments:  # an unidentified language (und) would pool several
            if lang != pivot and _known(lang) and segments[lang]:
                by_pair[(pivot, lang)].append(g)
    chosen: list[tuple[str, str, int]] = []
    relearn: dict[tuple[str, str], list[int]] = {}
    for (pivot, lang), members in by_pair.items():
        if len(members) < 2:  # one group's own lexicon is what the second pass learns anyway
            continue
        members = members[:: -(-len(members) // LEXICON_GROUPS)]
        chosen.extend((pivot, lang, g) for g in members)
        if len(members) < LEXICON_RELEARN_BELOW:
            relearn[(pivot, lang)] = members
    # Computed group by group (one item each), so that a group's pivot is read once while it
    # is in the caches (lexical.sentence_keys), then put back in the order chosen.
    by_group: dict[int, list[int]] = defaultdict(list)
    for c, (_, _, g) in enumerate(chosen):
        by_group[g].append(c)
    order = sorted(by_group)
    items = [
        (
            {lang: groups[g][0][lang] for lang in (groups[g][1], *langs)},
            groups[g][1],
            langs,
            options,
        )
        for g, langs in ((g, tuple(chosen[c][1] for c in by_group[g])) for g in order)
    ]
    found = run(first_passes, items) if run is not None else [first_passes(i) for i in items]
    done: list = [None] * len(chosen)
    for g, results in zip(order, found, strict=True):
        for c, result in zip(by_group[g], results, strict=True):
            done[c] = result
    pairs: dict[tuple[str, str], list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for (pivot, lang, g), (beads, costs, tokens) in zip(chosen, done, strict=True):
        pairs[(pivot, lang)].extend(tokens)
        if keep is not None:
            keep[(g, lang)] = (beads, costs)
    tables: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
    shares: dict[tuple[str, str], float] = {}
    firsts: dict[int, dict[str, tuple[list[Bead], list[float]]]] = defaultdict(dict)
    for (_, lang, g), (beads, costs, _) in zip(chosen, done, strict=True):
        firsts[g][lang] = (beads, costs)
    made: dict[int, dict[str, _Pair | None]] = {}  # each group's pairs, for its witnesses
    for (pivot, lang), learnt in pairs.items():
        segments = groups[by_pair[(pivot, lang)][0]][0]
        scripts = {script_class([seg.text for seg in segments[x]]) for x in (pivot, lang)}
        small = "thai" in scripts and len(learnt) < LEXICON_SMALL
        share = shares[(pivot, lang)] = LEXICON_SHARE_THAI if small else LEXICON_SHARE
        learn = partial(learn_lexicon, beyond_chance=True, max_share=share)
        first = learn(learnt)
        if (pivot, lang) in relearn and "thai" not in scripts:  # as the next table is held
            agreed = _agreed_firsts(groups, relearn[(pivot, lang)], lang, firsts, made, options)
            first = confirmed(first, learnt, agreed, FIRST_MIN_COUNT)
        table = {a: frozenset(b) for a, b in first.items()}
        if (pivot, lang) in relearn:  # few groups: learnt again, from beads the table guided
            again: list[tuple[frozenset[str], frozenset[str]]] = []
            for g in relearn[(pivot, lang)]:
                again.extend(
                    bead_tokens(
                        *_lexicon_beads(groups[g][0], pivot, lang, options, table), corpus=True
                    )
                )
            learnt_again = learn(again)
            table = {a: frozenset(b) for a, b in learnt_again.items()}
        tables[(pivot, lang)] = table
    for _ in range(LEXICON_GROUP_ROUNDS if relearn else 0):
        tables = _learnt_in_groups(groups, relearn, tables, shares, firsts, options)
    return Lexicons(tables)


# `learn_lexicon`'s own least count: a pair of words met no more often in the first passes is
# kept in the first table only where it met so often in beads the witnesses agree with.
FIRST_MIN_COUNT = 2


def _agreed_firsts(
    groups: Sequence[tuple[Mapping[str, Sequence[Segment]], str]],
    members: Sequence[int],
    lang: str,
    firsts: Mapping[int, dict[str, tuple[list[Bead], list[float]]]],
    made: dict[int, dict[str, _Pair | None]],
    options: AlignOptions,
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The tokens of `lang`'s first-pass beads in the groups `members` whose lengths the
    other versions' first passes agree with (`agreed_beads`; all of a group's beads where it
    has too few witnesses), for `confirmed` to hold the first table to (stop 43).

    The first table, learnt from each version's pass alone, learns what a pass one off around
    a lost sentence pairs (Japanese "practices" as 偽, Spanish "signs" as morada, seed 7); the
    table learnt again from the beads it guides keeps the shift. Pairs of `made`, each
    group's, are made once for all its versions. Not for Thai (clauses, whose first passes'
    lengths held back half its table: Thai insertions found 69 -> 63 of 100)."""
    out: list[tuple[frozenset[str], frozenset[str]]] = []
    for g in members:
        segments, pivot = groups[g]
        if g not in made:
            made[g] = _group_pairs(segments, pivot, options)
        pairs, first = made[g], firsts[g]
        pair = pairs[lang]
        if pair is None:
            continue
        beads = first[lang][0]
        lengths = _witness_lengths(lang, first, pairs)
        if lengths is not None:
            beads = agreed_beads(pair, beads, lengths)
        out.extend(bead_tokens(pair.src, pair.tgt, beads, pair.options, corpus=True))
    return out


def _learnt_in_groups(
    groups: Sequence[tuple[Mapping[str, Sequence[Segment]], str]],
    relearn: Mapping[tuple[str, str], list[int]],
    tables: dict[tuple[str, str], dict[str, frozenset[str]]],
    shares: Mapping[tuple[str, str], float],
    firsts: Mapping[int, Mapping[str, tuple[list[Bead], list[float]]]],
    options: AlignOptions,
) -> dict[tuple[str, str], dict[str, frozenset[str]]]:
    """The tables of the `relearn` pairs learnt once more, from the beads of their groups'
    second passes with these tables (the other versions as witnesses, paragraphs, lonely
    words: `align_group`'s alignment less the rows), not from one version's pass alone.

    A second pass leaves most planted omissions and insertions alone (1-0, 0-1 beads, which
    teach nothing), where a pairwise pass pairs the sentences around them one off and the
    table learns that; the other versions' witnesses are read from their kept first passes.
    """
    again: dict[tuple[str, str], list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    agreed: dict[tuple[str, str], list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    lexicons = Lexicons(tables)
    for g in sorted({g for members in relearn.values() for g in members}):
        segments, pivot = groups[g]
        langs = {lang for lang in segments if (pivot, lang) in relearn}
        pairs, second, _ = _second_passes(segments, pivot, options, lexicons, firsts[g], only=langs)
        for lang, (beads, _) in second.items():
            pair = pairs[lang]
            if pair is None:
                continue
            learnt = bead_tokens(pair.src, pair.tgt, beads, pair.options, corpus=True)
            again[(pivot, lang)].extend(learnt)
            # the witnesses' first passes, as the second pass read them
            lengths = _witness_lengths(lang, firsts[g], pairs)
            if lengths is not None:
                thai = "thai" in (pair.src.script, pair.tgt.script)
                fit = WITNESSED_FIT_THAI if thai else WITNESSED_FIT
                beads = agreed_beads(pair, beads, lengths, fit)
                learnt = bead_tokens(pair.src, pair.tgt, beads, pair.options, True)
            agreed[(pivot, lang)].extend(learnt)
    out = dict(tables)
    for key, learnt in again.items():
        table = learn_lexicon(
            learnt,
            beyond_chance=True,
            max_share=shares[key],
            min_count=options.relearn_min_count,
        )
        table = confirmed(table, learnt, agreed[key], options.relearn_min_count)
        out[key] = {a: frozenset(b) for a, b in table.items()}
    return out


def first_passes(
    item: tuple[Mapping[str, Sequence[Segment]], str, tuple[str, ...], AlignOptions],
) -> list[FirstPass]:
    """The first pass of some versions (`langs`) of a group against its pivot, each as
    `align_group` makes it (small, to send back from a worker process: the pairs are not)."""
    segments, pivot, langs, options = item
    out = []
    pairs = _group_pairs({lang: segments[lang] for lang in (pivot, *langs)}, pivot, options)
    for lang in langs:
        pair = pairs[lang]
        beads, costs = _search(pair.src, pair.tgt, pair.ratio, pair.options)
        out.append((beads, costs, bead_tokens(pair.src, pair.tgt, beads, pair.options, True)))
    return out


def _lexicon_beads(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    lang: str,
    options: AlignOptions,
    table: Mapping[str, frozenset[str]] | None,
) -> tuple[Side, Side, list[Bead], AlignOptions]:
    """One version's beads against the pivot to learn a table from: the first pass's, or with
    `table` (a first table) the second pass's, which it guides."""
    pair = _group_pairs({pivot: segments[pivot], lang: segments[lang]}, pivot, options)[lang]
    beads, _ = _search(pair.src, pair.tgt, pair.ratio, pair.options)
    if table is not None:
        learn_pair_lexicon(pair.src, pair.tgt, beads, pair.options, table)
        beads, _ = _search(pair.src, pair.tgt, pair.ratio, pair.options, path=beads)
    return pair.src, pair.tgt, beads, pair.options


def _witness_keys(
    lang: str,
    first: dict[str, tuple[list[Bead], list[float]]],
    pairs: dict[str, _Pair | None],
    options: AlignOptions = DEFAULT_OPTIONS,
) -> dict[int, set[str]]:
    """Per pivot sentence, the keys of the sentences the other versions put beside it (1-1).

    A version is then judged against all the group's versions, not the pivot alone: a name
    or number the pivot writes in another script, or a sentence this version lacks while the
    others have it, shows through the witnesses' words. A word key (`w:`, a word's first
    letters after transliteration) counts where at least `AlignOptions.witness_words` of
    them put it, or a word that begins with the same `AlignOptions.witness_stem` letters,
    beside the pivot sentence: one version's word is as likely its own alignment's mistake
    (a version one off around its own gap) as a translation; the version's own words of
    that stem count with them. Cognates agree on a stem more often than on six letters: en
    "products" and id "produk" (w:produc, w:produk) told a Japanese pivot's sentence on them
    from the Spanish one added beside its translation "productos"; pl "produkty", ru
    "продукция" and pt "produtos" likewise (tests/data/planted/noodle_recall). With a
    Hebrew pivot, en's "public transport" and ru's and uk's "транспорте" told which of two
    Spanish sentences translates "בתחבורה ציבורית" and which one es added
    (tests/data/planted/marathon_roads).
    """
    witness: dict[int, set[str]] = defaultdict(set)
    # per pivot sentence, per stem (`AlignOptions.witness_stem`), the witnesses' keys of it
    words: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    stem = 2 + options.witness_stem
    for i, other, j in _one_to_one(lang, first, pairs):
        keys = other.tgt.base_keys[j]
        witness[i].update(k for k in keys if k[:2] in _WITNESS_KEYS)
        held = {k[:stem]: k for k in sorted([k for k in keys if k[:2] == "w:"])}
        if held:
            stems = words[i]
            for short, key in held.items():
                stems[short].append(key)
    agree = options.witness_words
    if not agree or not words:
        return witness
    # the version's own words of each stem, for a stem the witnesses agree on
    own: dict[str, set[str]] = defaultdict(set)
    pair = pairs[lang]
    for keys in pair.tgt.base_keys if pair is not None else ():
        for k in keys:
            if k[:2] == "w:":
                own[k[:stem]].add(k)
    for i, stems in words.items():
        for short, keys in stems.items():
            if len(keys) >= agree:
                witness[i].update(keys)
                witness[i].update(own.get(short, ()))
    return witness


def _kept_verbatim(
    lang: str, first: dict[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
) -> None:
    """Names in Latin letters that every other version keeps as they are beside a pivot
    sentence, one written in another script among them, and that this version nowhere has:
    counted with the pivot sentence's numbers that the version lacks (`Side.unmatched`), so
    that leaving the sentence alone costs less.

    A version in Arabic that left out "experience with cloud platforms such as AWS or Azure"
    paired its next bullet ("good German and English", as long, no word in common) with it
    and was `missing` a row late, though the Hindi, Ukrainian and Latin versions all kept AWS
    and Azure there (tests/data/planted/job_offer). A name that a version in another script
    keeps in Latin letters is one that translations do not transliterate, so its absence here
    is telling; a name every script writes its own way (Babylon, Вавилон) never counts.
    """
    pair = pairs[lang]
    if pair is None:
        return
    held: dict[int, list[str]] = defaultdict(list)
    foreign: set[int] = set()
    for i, witness, j in _one_to_one(lang, first, pairs):
        text = witness.tgt.texts[j]
        held[i].append(text)
        if _mostly_other_scripts(text):
            foreign.add(i)
    if not foreign:
        return
    target = " ".join(pair.tgt.texts)
    extra = np.zeros(pair.src.size)
    for i in foreign:
        if len(held[i]) < 2 or pair.src.kinds[i]:
            continue
        names = set(_LATIN_NAME.findall(pair.src.texts[i]))
        kept = {
            name
            for name in names
            if all(_has_word(text, name) for text in held[i]) and not _has_word(target, name)
        }
        extra[i] = len(kept)
    if extra.any():
        pair.src.unmatched = pair.src.unmatched + extra
        pair.src.lacks_kept = extra > 0


def _mostly_other_scripts(text: str) -> bool:
    """Whether fewer than half of `text`'s letters are Latin ones. Counted as the characters
    that runs of each kind take up: a list of every letter (`findall`) was 13 % of aligning
    4 versions of 2,000 sentences. ASCII letters are all Latin."""
    if text.isascii():
        return False
    latin = len(text) - len(_LATIN_LETTERS.sub("", text))
    return 2 * latin < len(text) - len(_ANY_LETTERS.sub("", text))


def _has_word(text: str, word: str) -> bool:
    """Whether `text` holds `word` with no Latin letter either side (Arabic وSQL holds SQL)."""
    pattern = r"(?<!\p{Latin})" + pattern_cache.escape(word) + r"(?!\p{Latin})"
    return pattern_cache.regex.search(pattern, text) is not None


# A name in Latin letters: a capital and at least one more letter (AWS, Azure)
_LATIN_NAME = pattern_cache.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Latin}]+(?![\p{L}\p{N}])")
_LATIN_LETTERS = pattern_cache.compile(r"\p{Latin}+")
_ANY_LETTERS = pattern_cache.compile(r"\p{L}+")


_WITNESS_KEYS = frozenset({"n:", "d:", "s:", "u:", "h:", "k:"})


def _witness_shapes(
    lang: str,
    first: dict[str, tuple[list[Bead], list[float]]],
    pairs: dict[str, _Pair | None],
    options: AlignOptions,
) -> None:
    """Merging two pivot sentences that the other versions keep apart costs more: up to
    `AlignOptions.witness_merge`, times the share of the other versions that did not merge
    them in their first pass. A version that lost a sentence then cannot as easily hide the
    gap by pairing its sentences one off and merging two pivot sentences further on."""
    apart = _kept_apart(lang, first, pairs)
    if apart is not None:
        pairs[lang].src.merge_cost = options.witness_merge * apart
        pairs[lang].tgt.joins = _joins(pairs[lang].tgt)


def _kept_apart(
    lang: str, passes: Mapping[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
) -> np.ndarray | None:
    """Per pivot position i + 1, the share of the other versions whose beads (`passes`) keep
    pivot sentence i apart from the one before it; None with fewer than two other versions."""
    pair = pairs[lang]
    if pair is None:
        return None
    merged = np.zeros(pair.src.size + 1)
    voters = 0
    for other, (beads, _) in passes.items():
        if other == lang or pairs[other] is None:
            continue
        voters += 1
        for s, _t in beads:
            for i in s[1:]:
                merged[i + 1] += 1
    return 1 - merged / voters if voters >= 2 else None


def _joins(side: Side) -> np.ndarray | None:
    """Per sentence of text, the places after its semicolons as shares of its length, NaN
    beyond (`Side.joins`); None where no sentence has one."""
    found = [
        [m.end() / len(text) for m in _JOINS.finditer(text)] if not kind else []
        for text, kind in zip(side.texts, side.kinds, strict=True)
    ]
    most = max(map(len, found), default=0)
    if not most:
        return None
    out = np.full((len(found), most), np.nan)
    for k, shares in enumerate(found):
        out[k, : len(shares)] = shares
    return out


# A clause mark with text after it: a sentence that joins two clauses, or two sentences.
_JOINS = pattern_cache.compile(r"[;；؛]\s*(?=\w)")


def _witness_paragraphs(
    lang: str,
    segments: Mapping[str, Sequence[Segment]],
    pairs: dict[str, _Pair | None],
    options: AlignOptions,
) -> None:
    """A bead across the paragraph pairing costs `paragraph_cross_witnessed` times
    `paragraph_cross` where every version of the group has as many paragraphs of text as
    the pivot (`BALANCE_MIN_PARAGRAPHS` at least): then they all say that the paragraphs pair
    one by one, and a version whose pivot sentence took the first clause of the next
    paragraph has lost a sentence at the end of this one (Bible fault bench: a Thai verse
    omitted last in its paragraph, its place taken by the next verse's clauses and every
    row after it one off up to the paragraph's end)."""
    pair = pairs[lang]
    if pair is None or options.paragraph_cross_witnessed == 1 or not options.paragraph_cross:
        return
    counts = {
        len({seg.paragraph for seg in segs if seg.boilerplate is None})
        for segs in segments.values()
    }
    if len(counts) == 1 and counts.pop() >= BALANCE_MIN_PARAGRAPHS:
        made = pair.made() if hasattr(pair, "made") else pair  # a `_Later`: the pair itself
        cross = made.options.paragraph_cross * options.paragraph_cross_witnessed
        made.options = replace(made.options, paragraph_cross=cross)


def _witness_lengths(
    lang: str, first: dict[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
) -> np.ndarray | None:
    """Per pivot sentence, the median of its length and of the lengths the other versions'
    1-1 counterparts have, in pivot units (each divided by its version's length ratio).

    One translation's sentence is longer or shorter than the pivot's for reasons of its own;
    the median over the group's versions says better how long a faithful one should be, so
    that a version's sentence stretched over a missing neighbour shows in its length.
    """
    pair = pairs[lang]
    if pair is None:
        return None
    n = pair.src.size
    estimates: list[list[float]] = [[float(x)] for x in pair.src.lengths]
    for i, witness, j in _one_to_one(lang, first, pairs):
        estimates[i].append(float(witness.tgt.lengths[j]) / witness.ratio)
    if max(len(e) for e in estimates) < 3 if n else True:
        return None
    for i, joined in _joined_witnesses(lang, first, pairs).items():
        if _joined_fit(estimates[i], joined):
            estimates[i] = [estimates[i][0], *joined]
    # statistics.median: the same value as numpy's on these short lists, without numpy's
    # set-up per call (and its first call's import of numpy.ma)
    from reviewer.core import quick_statistics as statistics  # (the median alone)

    return np.array([float(statistics.median(e)) for e in estimates])


# A pivot sentence that joins two of the others' (a Korean pivot writes "Salmon and eel
# migrate through the river every spring, and the water authority has promised…" as one):
# most witnesses pair it with two sentences of theirs, and the few that pair it 1-1 have
# lost one of the two to a neighbour's bead or left it alone. Their lengths are then
# replaced with the joined ones where at least as many witnesses (and JOINED_WITNESSES)
# join there as pair 1-1, the joined median is at least JOINED_LONGER log units longer than
# the 1-1 median (about 1.65 times), and the pivot's own length is nearer the joined one
# (tests/data/planted/surge_barrier through ko: fr, es and ru left their first sentence of
# the paragraph alone, three false majors; stop 42). A split only some versions make (a
# Bible verse's question in a sentence of its own) changes the length by less: the lead's
# form without the last two conditions cost an insertion on dev seed 7.
JOINED_WITNESSES = 3
JOINED_LONGER = 0.5


def _joined_witnesses(
    lang: str, first: Mapping[str, tuple[list[Bead], list[float]]], pairs: dict[str, _Pair | None]
) -> dict[int, list[float]]:
    """Per pivot sentence, the lengths (in pivot units) of the other versions' text in their
    beads of it alone and several sentences of theirs (`_one_to_many`)."""
    out: dict[int, list[float]] = defaultdict(list)
    for i, witness, js in _one_to_many(lang, first, pairs):
        out[i].append(float(witness.tgt.lengths[list(js)].sum()) / witness.ratio)
    return out


def _joined_fit(estimates: list[float], joined: list[float]) -> bool:
    """Whether a pivot sentence's joined witnesses (`_joined_witnesses`) say its length
    rather than its 1-1 ones: `estimates` is its own length, then the 1-1 witnesses'."""
    from reviewer.core import quick_statistics as statistics

    own, ones = estimates[0], estimates[1:]
    if not ones or len(joined) < max(JOINED_WITNESSES, len(ones)):
        return False
    one = math.log(max(float(statistics.median(ones)), 1.0))
    several = math.log(max(float(statistics.median(joined)), 1.0))
    mine = math.log(max(own, 1.0))
    return several - one >= JOINED_LONGER and abs(mine - several) < abs(mine - one)


def _known(lang: str) -> str | None:
    """A language code the number reader can use, or None (`und`: guess from the script)."""
    return None if lang in ("", "und") else lang


def _merge(
    segments: Mapping[str, Sequence[Segment]],
    pivot: str,
    langs: list[str],
    per_lang: dict[str, list[Bead]],
    sure: dict[str, list[float]],
) -> tuple[Row, ...]:
    """Pivot runs cut where every version allows it; extra text in rows at the cuts.

    Each row carries, per language, the confidence of the least sure bead it took from that
    language's alignment; the pivot's is the least of the row's others.
    """
    from reviewer.core.model import Row

    n = len(segments.get(pivot, ()))
    # For each language: pivot index -> the target indices of its bead, and the beads with no
    # pivot text, keyed by the pivot position they stand before.
    owner: dict[str, list[int]] = {}
    extras: dict[str, dict[int, list[tuple[int, ...]]]] = {}
    tgt_of: dict[str, dict[int, tuple[int, ...]]] = {}
    src_of: dict[str, dict[int, tuple[int, ...]]] = {}
    gap_sure: dict[tuple[str, tuple[int, ...]], float] = {}
    for lang, beads in per_lang.items():
        bead_of = [-1] * n
        gaps: dict[int, list[tuple[int, ...]]] = defaultdict(list)
        tgts: dict[int, tuple[int, ...]] = {}
        srcs: dict[int, tuple[int, ...]] = {}
        pos = 0
        for number, (s, t) in enumerate(beads):
            if not s:
                gaps[pos].append(t)
                gap_sure[(lang, t)] = round(sure[lang][number], 3)
                continue
            for p in s:
                bead_of[p] = number
            tgts[number] = t
            srcs[number] = s
            pos = s[-1] + 1
        owner[lang] = bead_of
        extras[lang] = gaps
        tgt_of[lang] = tgts
        src_of[lang] = srcs
    # A version's bead over several pivot sentences keeps them in one row, unless its text
    # shares numbers, names or words with some of them and nothing with another that has
    # numbers of its own: then that one is probably missing from the version (an omission
    # absorbed into a 2-1 bead), and the rows are cut so that `missing` sees it.
    home = _homes(segments, pivot, per_lang, tgt_of, src_of)
    cut_ok = [True] * (n + 1)  # a row may start before pivot index p
    for lang, bead_of in owner.items():
        for p in range(1, n):
            if bead_of[p] == bead_of[p - 1] and bead_of[p] not in home[lang]:
                cut_ok[p] = False
    # Extras inside a merged pivot run belong to that run's row; extras at a cut get rows.
    rows: list[Row] = []
    p = 0
    while p <= n:
        gaps = {lang: extras[lang].get(p, []) for lang in per_lang}
        for row in _gap_rows(segments, langs, gaps):
            row.confidence.update(
                (lang, gap_sure[(lang, cell)]) for lang, cell in row.cells.items() if cell
            )
            _pivot_confidence(row, pivot)
            rows.append(row)
        if p == n:
            break
        q = p + 1
        while q < n and not cut_ok[q]:
            q += 1
        cells: dict[str, tuple[int, ...]] = {lang: () for lang in langs}
        cells[pivot] = tuple(range(p, q))
        certainty: dict[str, float] = {}
        unmatched: dict[str, tuple[int, ...]] = {}
        inserted: dict[str, tuple[int, ...]] = {}
        for lang in per_lang:
            seen: list[int] = []
            numbers = sorted({owner[lang][x] for x in range(p, q)})
            if q - p > 1:  # pivot sentences this version's own beads leave alone (1-0)
                alone = tuple(x for x in range(p, q) if not tgt_of[lang][owner[lang][x]])
                if alone:
                    unmatched[lang] = alone
            least = min(sure[lang][number] for number in numbers)
            for number in numbers:
                if p <= home[lang].get(number, p) < q:
                    seen.extend(tgt_of[lang][number])
            for inner in range(p + 1, q):  # 0-1 beads that fell inside the run
                for t in extras[lang].get(inner, []):
                    seen.extend(t)
                    inserted[lang] = (*inserted.get(lang, ()), *t)
                    least = min(least, gap_sure[(lang, t)])
            cells[lang] = tuple(sorted(seen))
            certainty[lang] = round(least, 3)
        row = Row(cells, certainty, unmatched, inserted)
        _pivot_confidence(row, pivot)
        rows.append(row)
        p = q
    return tuple(rows)


def _homes(segments, pivot, per_lang, tgt_of, src_of) -> dict[str, dict[int, int]]:
    """For each bead over several pivot sentences whose text shares evidence with some of
    them and none with another that has numbers, dates or URLs of its own (whose absence
    then tells), the pivot sentence whose row gets its text."""
    pivot_lang = _known(pivot) or "en"
    home: dict[str, dict[int, int]] = {}
    for lang in per_lang:
        home[lang] = {}
        for number, s in src_of[lang].items():
            if len(s) < 2:
                continue
            shared = _shared_with_pivot(segments, pivot, lang, number, tgt_of, src_of)
            lost = [
                p
                for p, n in zip(s, shared, strict=True)
                if n == 0 and _strong(sentence_keys(segments[pivot][p].text, pivot_lang)[0])
            ]
            if (
                max(shared) > 0
                and lost
                and not _own_figure(segments, pivot, lang, number, tgt_of, s)
            ):
                home[lang][number] = s[shared.index(max(shared))]
    return home


def _own_figure(segments, pivot, lang, number, tgt_of, s) -> bool:
    """Whether a bead's text writes a figure (digits) that none of its pivot sentences has,
    in digits or in words: perhaps the figure of the sentence that shares nothing, changed
    (news fault bench: a Thai segment that joins "58.5 billion yuan and took four years" with
    the next sentence, its 58,500 changed to 59,500, made that row `missing`; the changed
    number is the finding)."""
    text = " ".join(segments[lang][j].text for j in tgt_of[lang][number])
    figures = {k[2:] for k in sentence_keys(text, _known(lang) or "en")[0] if k[:2] == "n:"}
    pivot_lang = _known(pivot) or "en"
    written = {
        k[2:]
        for p in s
        for k in sentence_keys(segments[pivot][p].text, pivot_lang)[0]
        if k[:2] in ("n:", "v:")
    }
    return bool(figures - written)


def _shared_with_pivot(segments, pivot, lang, number, tgt_of, src_of) -> list[int]:
    """How many telling keys a bead's text shares with each of its pivot sentences."""
    text = " ".join(segments[lang][j].text for j in tgt_of[lang][number])
    keys = _telling(sentence_keys(text, _known(lang) or "en")[0])
    pivot_lang = _known(pivot) or "en"
    return [
        len(keys & _telling(sentence_keys(segments[pivot][p].text, pivot_lang)[0]))
        for p in src_of[lang][number]
    ]


def _strong(keys: frozenset[str]) -> bool:
    """Whether a sentence has a number, date or URL, which a translation keeps."""
    return any(k[:2] in ("n:", "d:", "u:") for k in keys)


def _telling(keys: frozenset[str]) -> set[str]:
    """The keys that tell sentences apart: numbers, dates, URLs, names and words."""
    return {k for k in keys if k[:2] in ("n:", "d:", "u:", "s:", "w:")}


def _pivot_confidence(row: Row, pivot: str) -> None:
    """The pivot defines the rows: it is as sure as the least sure other version."""
    others = [v for lang, v in row.confidence.items() if lang != pivot]
    row.confidence[pivot] = min(others) if others else 1.0


def _gap_rows(
    segments: Mapping[str, Sequence[Segment]],
    langs: list[str],
    gaps: dict[str, list[tuple[int, ...]]],
) -> list[Row]:
    """Rows for text with no pivot counterpart at one place; versions matched when they agree."""
    from reviewer.core.model import Row

    rows: list[dict[str, tuple[int, ...]]] = []
    read: dict[tuple[str, tuple[int, ...]], tuple[str | None, frozenset[str], str]] = {}
    shared = _shared_gap(segments, gaps, len(langs) - 1)
    if shared:
        rows = shared
    for lang, items in gaps.items():
        if not items or (shared and lang in shared[0]):
            continue
        if not rows:
            rows = [{lang: item} for item in items]
            continue
        rows = _merge_gap(segments, rows, lang, items, read)
    return [Row({lang: row.get(lang, ()) for lang in langs}) for row in rows]


def _shared_gap(
    segments: Mapping[str, Sequence[Segment]],
    gaps: dict[str, list[tuple[int, ...]]],
    versions: int,
) -> list[dict[str, tuple[int, ...]]] | None:
    """The rows of a gap where three or more versions, and half of them, have as many article
    sentences with no pivot counterpart: the same sentences, one row each, in order (the pivot
    lacks them). Without this they said the same thing in as many rows as versions, each with
    its own `extra` (a German pivot that left out one sentence: five rows, five majors; a
    story's through its German version, three rows, as three other versions joined the
    sentence to a neighbour). Boilerplate is left to the agreement of `_merge_gap`."""
    having = {lang: items for lang, items in gaps.items() if items}
    if len(having) < SHARED_GAP_VERSIONS or 2 * len(having) < versions:
        return None
    if any(
        segments[lang][k].boilerplate for lang, items in having.items() for t in items for k in t
    ):
        return None
    # The versions that add as many sentences as most do share rows; one that adds a sentence
    # more or cuts one in two joins them where it agrees (`_merge_gap`): a Japanese pivot
    # that left out a sentence, ru adding one of its own beside it and th cutting it in two,
    # was nine rows and nine majors (stop 38).
    counts = Counter(len(items) for items in having.values())
    (n, most), *rest = counts.most_common()
    if most < SHARED_GAP_VERSIONS or 2 * most < versions or rest and rest[0][1] == most:
        return None
    usual = {lang: items for lang, items in having.items() if len(items) == n}
    return [{lang: items[k] for lang, items in usual.items()} for k in range(n)]


def _merge_gap(
    segments: Mapping[str, Sequence[Segment]],
    rows: list[dict[str, tuple[int, ...]]],
    lang: str,
    items: list[tuple[int, ...]],
    read: dict[tuple[str, tuple[int, ...]], tuple[str | None, frozenset[str], str]],
) -> list[dict[str, tuple[int, ...]]]:
    """Order-keeping merge (longest common subsequence) of one version's extras into rows.

    Each cell is read once for the whole gap (`read`: its kind, its strong keys, its folded
    text), each pair asked once: every text of a row is asked, and a gap of 300 sentences in
    nine versions took 8 s (review38)."""

    def text(lang_: str, cell: tuple[int, ...]) -> tuple[str | None, frozenset[str], str]:
        found = read.get((lang_, cell))
        if found is None:
            segs = [segments[lang_][k] for k in cell]
            joined = " ".join(s.text for s in segs)
            strong = frozenset(k for k in sentence_keys(joined)[0] if k[0] in "nus")
            found = read[lang_, cell] = (segs[0].boilerplate, strong, _fold(joined))
        return found

    asked: dict[tuple[int, int], bool] = {}

    def agree(x: int, y: int) -> bool:
        """Item `y` says what one of row `x`'s texts says (a row that several versions share
        is asked in each of their scripts: ru Ван Лихуа meets en Wang Lihua, not zh 王丽华).
        Two lines with no pivot counterpart say the same thing where they share a number, a
        name or a URL, or read alike; boilerplate agrees with boilerplate of its kind."""
        found = asked.get((x, y))
        if found is not None:
            return found
        b_kind, b_strong, b_folded = text(lang, items[y])
        found = False
        for other_lang, cell in rows[x].items():
            a_kind, a_strong, a_folded = text(other_lang, cell)
            if a_kind or b_kind:
                if a_kind == b_kind:
                    found = True
                    break
            elif not a_strong.isdisjoint(b_strong) or fuzz.ratio(a_folded, b_folded) >= 70:
                found = True
                break
        asked[x, y] = found
        return found

    r, k = len(rows), len(items)
    table = [[0] * (k + 1) for _ in range(r + 1)]
    for x in range(r - 1, -1, -1):
        for y in range(k - 1, -1, -1):
            if lang not in rows[x] and agree(x, y):
                table[x][y] = 1 + table[x + 1][y + 1]
            else:
                table[x][y] = max(table[x + 1][y], table[x][y + 1])
    out: list[dict[str, tuple[int, ...]]] = []
    x = y = 0
    while x < r or y < k:
        if (
            x < r
            and y < k
            and lang not in rows[x]
            and agree(x, y)
            and (table[x][y] == 1 + table[x + 1][y + 1])
        ):
            out.append({**rows[x], lang: items[y]})
            x, y = x + 1, y + 1
        elif y < k and (x == r or table[x][y + 1] >= table[x + 1][y]):
            out.append({lang: items[y]})
            y += 1
        else:
            out.append(rows[x])
            x += 1
    return out


def _fold(text: str) -> str:
    """Accent-folded, transliterated, lower case: Tokaïev -> tokaiev, Minh Đức -> minh duc."""
    return anyascii(text).lower()
