"""Sentence alignment of two documents: pairwise beads.

Pairwise (`align_pair`) is a Gale-Church style dynamic programme over beads (1-1, 1-0, 0-1,
2-1, 1-2, 2-2, 3-1, 1-3) whose cost adds a length term (character counts, with the length
ratio learnt from the two documents) to lexical evidence that needs no dictionary: numbers
normalised across conventions, names and cognates compared after transliteration, URLs,
quotes and brackets. A second pass learns a small word-translation table from the confident
1-1 beads of the first pass (the bootstrap idea of hunalign, Varga et al. 2005) and realigns.
The search is restricted to a band around a path through hapax anchors, widened until the best
path no longer touches its edge, so time and memory grow linearly with the documents.

N-way alignment through the pivot (`align_group`) is group_alignment.py's.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, repeat

import numpy as np
from rapidfuzz import fuzz, process

from reviewer.core.lexical import (
    TranslationModel,
    learn_lexicon,
    length_units,
    model_tokens,
    name_keys,
    number_lang,
    script_class,
)
from reviewer.core.sentence_memo import numbers, sentence_keys  # kept for recurring sentences

Bead = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class AlignOptions:
    """The knobs of the pairwise aligner; defaults tuned on the Text+Berg dev set only."""

    # Bead shapes and their prior probabilities (Gale & Church 1993 table, with the rarer
    # many-to-many shapes added; 0-1 and 1-0 share the "insertion/deletion" mass).
    priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.89),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.0445),
        (1, 2, 0.0445),
        (2, 2, 0.011),
        (3, 1, 0.005),
        (1, 3, 0.005),
    )
    # Between a script written without spaces (kana, Thai) and an alphabetic one a sentence
    # is often split: priors between literary zh-en (below) and news (mostly 1-1). The
    # unspaced side is the source here; the shapes are mirrored when it is the target.
    cross_priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.74),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.04),
        (1, 2, 0.13),
        (2, 2, 0.012),
        (3, 1, 0.003),
        (1, 3, 0.04),
        (1, 4, 0.012),
        (2, 3, 0.006),
    )
    # Han against an alphabetic script: zh-en literary text (MAC-Dev gold, 1,327 beads) is 62 %
    # 1-1, 21 % 1-2, 6 % 1-3, 5 % 2-1, 2.5 % 1-4, 1.6 % 2-2, 1 % 2-3 and 1 % with no
    # counterpart. These are those shares, with 2-2 and 2-3 lower (a 2-2 bead fits lengths
    # better than the two 1-1 beads it replaces). On Bible verses they raised Thai's false
    # alarms (11 -> 16 per 100 cells) and Japanese's did not improve, so they are Han's only.
    han_priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.62),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.05),
        (1, 2, 0.21),
        (2, 2, 0.005),
        (3, 1, 0.003),
        (1, 3, 0.06),
        (1, 4, 0.025),
        (2, 3, 0.003),
    )
    variance: float = 6.8  # Gale & Church's s^2 for character lengths
    cross_variance: float = 10.0  # the same across scripts, in length units
    lexical_weight: float = 12.0  # cost units per unit of shared evidence
    paragraph_penalty: float = 6.0  # for merging sentences across a paragraph boundary
    skip: float = -2.0  # extra cost of a sentence left without counterpart (on top of its prior)
    skip_per_unit: float = 0.02  # and per length unit of that sentence
    unmatched_discount: float = 1.5  # off the skip cost per number nowhere on the other side
    orphan: float = 2.0  # a sentence in a bead that shares none of its evidence (see _step_costs)
    # ... times its own evidence, counted up to this many units: between two documents one
    # unit (Text+Berg test 0.863 -> 0.860 at three); in a group's second pass, where the
    # witnesses' keys and the corpus tables give a sentence more evidence to go by, three
    # (`group_orphan_mass`: a verse that shares none of four units with its partner is no
    # translation of it; Bible fault bench, docs/alignment.md)
    orphan_mass: float = 1.0
    group_orphan_mass: float = 3.0
    boilerplate_skip: float = 1.0  # a boilerplate line left on its own
    boilerplate_match: float = 0.2  # two boilerplate lines of one kind in one bead
    # The second pass's priors are learnt from the first pass's beads (`_shape_priors`):
    # the defaults count as this many beads, and these shapes join them.
    prior_weight: float = 20.0
    # fewer (a short article) say nothing of the pair's habits: the learnt priors, and across
    # scripts the literary ones (`_for_scripts`), give way to the defaults
    prior_min_beads: int = 12
    # With them, a run of two or three pivot sentences left alone is one bead, dearer than one
    # sentence left alone but cheaper than two or three: an omitted verse or paragraph is one
    # event, not one per sentence (Bible fault bench, docs/alignment.md).
    learnt_shapes: tuple[tuple[int, int, float], ...] = (
        (4, 1, 0.001),
        (1, 4, 0.001),
        (2, 0, 0.0003),
        (3, 0, 0.0001),
    )
    band: int = 10  # half-width of the first search band, in sentences
    doubtful: float = 2.0  # a 1-1 bead dearer than this calls for the second pass
    refine_band: int = 5  # the same for the second pass, around the first pass's path
    bootstrap: bool = True  # second pass with a lexicon learnt from the first (see docs)
    witnesses: bool = True  # in a group, judge each version against the others too
    witness_merge: float = 2.0  # merging pivot sentences the other versions keep apart
    lexicon_span: int = 3  # the largest beads the lexicon learns from (sentences a side)
    # A document pair's own table needs this many beads to learn from: in a short article
    # two words that each occur twice, in the same two beads of the first pass, get a Dice of
    # 1, and where that pass paired the article one off the table learns the shift and the
    # second pass confirms it (a made-up eight-sentence page, `docs/alignment.md`). The
    # corpus tables (`known`) are not concerned.
    lexicon_min_beads: int = 12
    # The corpus tables (`group_alignment.learn_lexicons`) take a word's first five letters
    # for its token, not six: "angel" and "angels", "ангела" and "ангелы" are one (Bible
    # fault bench, `docs/alignment.md`); one document's own table keeps six (Text+Berg test:
    # 0.863 with six, 0.860 with five).
    corpus_token_letters: int = 5
    ratio_prior_chars: float = 1000.0  # pseudo-count of characters at ratio 1
    max_df: int = 25  # evidence shared by more sentences than this is too common to tell
    # The second pass's translation model (IBM model 1, see `_learn_model`): the mass of its
    # evidence per sentence, 0 for off. Between alphabetic scripts it costs Text+Berg 0.013
    # strict F1 (cognates and the Dice table already say what it says), and it did not help
    # Thai or Japanese Bible verses, so only between Han and an alphabetic script.
    model1_weight: float = 0.0
    cross_model1_weight: float = 0.2
    model1_min_pairs: int = 100  # beads it needs to learn from (Bible passages: fewer, noise)
    model1_scale: float = 0.1  # a pair's model Dice this far above its neighbours' is sure
    # In a group only (`_refine`; a pair of documents has no witnesses to keep these from
    # hiding or inventing gaps):
    # - a bead that pairs a pivot sentence with a sentence outside the version's paragraph
    #   that the pivot's paragraph pairs with (`_paragraph_pairs`) costs this much more;
    paragraph_cross: float = 3.0
    # - leaving a sentence alone costs what it does to its paragraph pair's length fit, times
    #   this: at most `balance_limit` more, and for a pivot sentence at most `balance_credit`
    #   less where the version is short in that paragraph and not long (by this many standard
    #   deviations) in the paragraphs beside it (`_paragraph_balance`).
    paragraph_balance: float = 2.0
    balance_limit: float = 4.0
    balance_credit: float = 3.0
    balance_neighbour: float = 0.5
    # - the length variance is learnt from the first pass's 1-1 beads (`_learnt_variance`),
    #   the script pair's default counting as this many beads (0: the default stays), and
    #   kept at least this share of the default (below it, a Vietnamese or Russian sentence
    #   that runs a little long became `extra`, one joined with its neighbour `missing`).
    variance_prior_beads: float = 20.0
    variance_floor: float = 0.7
    # Meaning re-decides the doubtful beads (semantic.py; needs the `semantic` extra): off by
    # default, `reviewer check --semantic` and `reviewer align --semantic` turn it on.
    semantic: bool = False


DEFAULT_OPTIONS = AlignOptions()

# ---------------------------------------------------------------------------------------------
# Evidence: what two sentences can share whatever their languages (lexical.py).


@dataclass
class _Side:
    """What the scorer needs of one document."""

    lengths: np.ndarray  # length units per sentence (lexical.length_units)
    keys: list[set[str]]
    words: list[frozenset[str]]
    tokens: list[frozenset[str]]
    base_keys: list[frozenset[str]]  # the sentence's own keys, before any pair adds to them
    kinds: np.ndarray  # 0 for content, else a boilerplate kind's id
    paragraphs: np.ndarray | None
    script: str  # lexical.script_class
    # per sentence, its numbers, dates and URLs that the other document nowhere has
    unmatched: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # evidence learnt by the translation model (source side only): pairs and masses
    learnt: _Evidence | None = None
    texts: Sequence[str] = ()  # the sentences, for the translation model
    # in a group, from the witnesses: per position i + 1, the cost of a bead that merges
    # sentence i with the one before it (None: no such cost)
    merge_cost: np.ndarray | None = None
    # in a group, from the first pass (source side): per sentence, the target paragraph its
    # own paragraph pairs with, -1 for none (`_paragraph_pairs`)
    paired_paragraph: np.ndarray | None = None
    # in a group: per sentence, added to the cost of leaving it alone (`_paragraph_balance`)
    skip_adjust: np.ndarray | None = None
    # in a group (target side): the share of a lost sentence's prior and fixed skip cost that
    # one of its sentences left alone pays (`_insert_share`)
    insert_share: float = 1.0

    @property
    def size(self) -> int:
        return len(self.keys)


def _side(
    texts: Sequence[str],
    kinds: Sequence[str | None] | None,
    paragraphs: Sequence[int] | None,
    lang: str | None,
    names: bool = True,
) -> _Side:
    """One document's features; `names`: with its romanised names (`lexical.name_keys`)."""
    keys, words, tokens, base = [], [], [], []
    kind_ids = np.zeros(len(texts), dtype=np.int64)
    lang = number_lang(lang, list(texts))
    script = script_class(list(texts))
    for i, text in enumerate(texts):
        kind = kinds[i] if kinds is not None else None
        if kind is None:
            frozen_keys, w, tk = sentence_keys(text, lang)
            if names:
                frozen_keys |= name_keys(text, lang)
        else:
            frozen_keys, w, tk = frozenset(), frozenset(), frozenset()
            kind_ids[i] = _kind_id(kind)
        keys.append(set(frozen_keys))
        base.append(frozen_keys)
        words.append(w)
        tokens.append(tk)
    lengths = np.array([_units(t) for t in texts], dtype=np.float64)
    paras = np.asarray(paragraphs, dtype=np.int64) if paragraphs is not None else None
    return _Side(lengths, keys, words, tokens, base, kind_ids, paras, script, texts=texts)


def _fresh(side: _Side) -> _Side:
    """A `_side` result as new: its keys its own (pairs add to them); the rest, which pairs
    only replace, shared."""
    return replace(side, keys=[set(keys) for keys in side.base_keys])


_units = lru_cache(maxsize=65536)(length_units)  # the pivot is measured once per group


@lru_cache(maxsize=64)
def _kind_id(kind: str) -> int:
    """A small integer per boilerplate kind (0 is text); unknown kinds share one id."""
    from reviewer.core.model import BOILERPLATE_KINDS

    ids = {name: k + 1 for k, name in enumerate(BOILERPLATE_KINDS)}
    return ids.get(kind, len(ids) + 1)


_COGNATES_ONE_BY_ONE = 16  # pairs of words in a table of `_link_cognates` compared one by one


def _link_cognates(src: _Side, tgt: _Side, *, max_pairs: int = 4_000_000) -> None:
    """Give name-like words that are near-identical across the sides a shared key (rapidfuzz)."""
    every_src, every_tgt = set().union(*src.words), set().union(*tgt.words)
    shared = every_src & every_tgt  # the same word on both sides links them already
    src_words = sorted(w for w in every_src - shared if len(w) >= 5)
    tgt_words = sorted(w for w in every_tgt - shared if len(w) >= 5)
    if not src_words or not tgt_words or len(src_words) * len(tgt_words) > max_pairs:
        return
    # Only words that begin alike are linked, so only they are compared: per first two
    # letters (a few hundred small tables instead of one of every pair: 49 -> 12 ms on one
    # Text+Berg document). The pairs are then taken in the order of the whole table.
    by_start: dict[str, list[int]] = defaultdict(list)
    for c, word in enumerate(tgt_words):
        by_start[word[:2]].append(c)
    found: list[tuple[int, int]] = []
    start = 0
    while start < len(src_words):
        prefix = src_words[start][:2]
        end = start
        while end < len(src_words) and src_words[end][:2] == prefix:
            end += 1
        cols = by_start.get(prefix)
        if cols and (end - start) * len(cols) <= _COGNATES_ONE_BY_ONE:
            # a small table (most: a word or two a side) one ratio at a time, in the table's
            # order: `cdist`'s set-up cost more than the few ratios
            ratio = fuzz.ratio
            found.extend(
                (r, c)
                for r in range(start, end)
                for c in cols
                if ratio(src_words[r], tgt_words[c], score_cutoff=80)
            )
        elif cols:
            scores = process.cdist(
                src_words[start:end],
                [tgt_words[c] for c in cols],
                scorer=fuzz.ratio,
                score_cutoff=80,
                dtype=np.uint8,
            )
            for r, k in zip(*(i.tolist() for i in np.nonzero(scores)), strict=True):
                found.append((start + r, cols[k]))
        start = end
    link: dict[str, str] = {}
    for r, c in sorted(found):
        a, b = src_words[r], tgt_words[c]
        link.setdefault(a, "c:" + a)
        link.setdefault(b, link[a])
    for side in (src, tgt):
        for keys, words in zip(side.keys, side.words, strict=True):
            keys.update(link[w] for w in words if w in link)


@dataclass
class _Evidence:
    """Shared evidence between sentence pairs, and each sentence's evidence that could match."""

    pairs: tuple[np.ndarray, np.ndarray, np.ndarray]  # source, target, shared weight
    src_mass: np.ndarray
    tgt_mass: np.ndarray


# Keys that tell however common they are: where a quotation opens and closes, and romanised
# names (`p:`). In dialogue most sentences hold a quotation mark, and a novel's hero is named
# in a third of them; too common to tell which sentence of the document is which, but which
# sentence of a neighbourhood opens a quotation or names him is what a translation keeps
# (MAC-Dev, literary zh-en: 0.70 -> 0.80 -> 0.81 strict F1; Text+Berg has none of them).
# They pair only sentences less than `LOCAL_WINDOW` sentences from where the lengths put them
# (the diagonal of cumulative length), or a long dialogue would pair every quote with every one.
ALWAYS_TELL = frozenset({"m:qopen", "m:qclose"})
LOCAL_PREFIXES = ("p:",)
LOCAL_WINDOW = 40


def _evidence(src: _Side, tgt: _Side, max_df: int) -> _Evidence:
    """Keys weighted by rarity (1 / document frequency); keys too common to tell are dropped."""
    df_src = Counter(chain.from_iterable(src.keys))
    df_tgt = Counter(chain.from_iterable(tgt.keys))
    weight = {
        k: 1.0 / max(n, df_tgt[k])
        for k, n in df_src.items()
        if k in df_tgt and n <= max_df and df_tgt[k] <= max_df
    }
    a, b, value, src_mass, tgt_mass = _shared_evidence(src, tgt, weight)
    local_keys = {
        k
        for k in df_src
        if k in df_tgt and k not in weight and (k in ALWAYS_TELL or k.startswith(LOCAL_PREFIXES))
    }
    if local_keys:
        where_src, where_tgt = _where(src, local_keys), _where(tgt, local_keys)
        for key in sorted(local_keys):
            local = _local_pairs(src, tgt, where_src[key], where_tgt[key])
            a, b, value = (np.concatenate(x) for x in zip((a, b, value), local.pairs, strict=True))
            src_mass, tgt_mass = src_mass + local.src_mass, tgt_mass + local.tgt_mass
    learnt = src.learnt
    if learnt is not None and learnt.src_mass.size == src.size and learnt.tgt_mass.size == tgt.size:
        a, b, value = (np.concatenate(x) for x in zip((a, b, value), learnt.pairs, strict=True))
        src_mass, tgt_mass = src_mass + learnt.src_mass, tgt_mass + learnt.tgt_mass
    return _Evidence((a, b, value), src_mass, tgt_mass)


def _shared_evidence(src: _Side, tgt: _Side, weight: dict[str, float]):
    """Per sentence pair sharing weighted keys, the sum of their weights (a, b, value); per
    sentence, the weight of its keys (src_mass, tgt_mass).

    Each sum adds the weights in the order of the sentence's keys, as a loop over them would
    (the same bits); the pairs come out in (a, b) order. Arrays rather than a dictionary of
    pairs: 70,000 key meetings on one Text+Berg document."""
    ids = {k: n for n, k in enumerate(weight)}
    values = np.fromiter(weight.values(), dtype=np.float64, count=len(weight))
    sides = []
    for side in (src, tgt):
        held = [list(filter(ids.__contains__, keys)) for keys in side.keys]
        counts = [len(h) for h in held]
        where = np.repeat(np.arange(side.size, dtype=np.int64), counts)
        key = np.fromiter(
            map(ids.__getitem__, chain.from_iterable(held)), dtype=np.int64, count=sum(counts)
        )
        mass = np.bincount(where, weights=values[key], minlength=side.size)
        sides.append((where, key, mass))
    (src_at, src_key, src_mass), (tgt_at, tgt_key, tgt_mass) = sides
    # every source sentence's key against the target sentences holding it, in target order
    order = np.argsort(tgt_key, kind="stable")
    first = np.searchsorted(tgt_key[order], np.arange(len(weight) + 1))
    counts = (first[1:] - first[:-1])[src_key]
    ranks = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    a = np.repeat(src_at, counts)
    b = tgt_at[order[np.repeat(first[src_key], counts) + ranks]]
    cells, inverse = np.unique(a * max(tgt.size, 1) + b, return_inverse=True)
    value = np.bincount(inverse, weights=np.repeat(values[src_key], counts), minlength=len(cells))
    return cells // max(tgt.size, 1), cells % max(tgt.size, 1), value, src_mass, tgt_mass


def _where(side: _Side, wanted: set[str]) -> dict[str, np.ndarray]:
    """For each wanted key, the sentences of `side` that hold it, in order."""
    where: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(side.keys):
        for k in keys & wanted:
            where[k].append(i)
    return {k: np.array(where[k], dtype=np.int64) for k in wanted}


def _local_pairs(src: _Side, tgt: _Side, where_src: np.ndarray, where_tgt: np.ndarray) -> _Evidence:
    """The pairs of sentences holding one key (at `where_src`, `where_tgt`) that lie near the
    diagonal of cumulative length, with weight 1 / document frequency."""
    weight = 1.0 / max(where_src.size, where_tgt.size)
    along_src = (np.cumsum(src.lengths) - src.lengths / 2) / max(src.lengths.sum(), 1.0)
    along_tgt = (np.cumsum(tgt.lengths) - tgt.lengths / 2) / max(tgt.lengths.sum(), 1.0)
    expected = np.interp(along_src[where_src], along_tgt, np.arange(tgt.size))
    first = np.searchsorted(where_tgt, expected - LOCAL_WINDOW)
    last = np.searchsorted(where_tgt, expected + LOCAL_WINDOW)
    counts = last - first
    a = np.repeat(where_src, counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    b = where_tgt[np.repeat(first, counts) + offsets]
    src_mass, tgt_mass = np.zeros(src.size), np.zeros(tgt.size)
    src_mass[where_src] = weight
    tgt_mass[where_tgt] = weight
    return _Evidence((a, b, np.full(a.size, weight)), src_mass, tgt_mass)


LEXICON_PAIRS = 800


def _learn_lexicon(
    src: _Side,
    tgt: _Side,
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
    learnt = _learn_model(src, tgt, beads, options) if options.model1_weight else 0
    if known is not None:
        lexicon = known
    else:
        pairs = _bead_tokens(src, tgt, beads, options)
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


@lru_cache(maxsize=65536)
def _stems(tokens: frozenset[str], letters: int) -> frozenset[str]:
    """A sentence's word tokens (the first six letters of a romanised word: ASCII) cut to
    `letters`; those of unspaced scripts (characters, character pairs, Thai trigrams) kept."""
    return frozenset(t[:letters] if t.isascii() else t for t in tokens)


def _bead_tokens(
    src: _Side, tgt: _Side, beads: list[Bead], options: AlignOptions, corpus: bool = False
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


def _learn_model(src: _Side, tgt: _Side, beads: list[Bead], options: AlignOptions) -> int:
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
    center = _center(src.size, tgt.size, _path_points(beads))
    lo, hi = _band(center, tgt.size, options.refine_band + 2)
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
    src.learnt = _Evidence(
        (pair_src[keep], pair_tgt[keep], sharp[keep] * weight),
        (src_mass > 0) * weight,
        (tgt_mass > 0) * weight,
    )
    return model.size


# ---------------------------------------------------------------------------------------------
# Search: a band around a path through anchors, then dynamic programming inside it.


def _anchors(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
    """Sentence pairs that share a key found once on each side, kept in a monotone chain."""
    where_src: dict[str, list[int]] = defaultdict(list)
    where_tgt: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(src.keys):
        for k in keys:
            if k[0] in "nsucldp" and len(k) > 3:
                where_src[k].append(i)
    for j, keys in enumerate(tgt.keys):
        for k in keys:
            if k in where_src:
                where_tgt[k].append(j)
    votes: Counter[tuple[int, int]] = Counter()
    for k, js in where_tgt.items():
        if len(js) == 1 and len(where_src[k]) == 1:
            votes[(where_src[k][0], js[0])] += 1
    return _longest_chain(sorted(votes))


def _longest_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain strictly increasing in both coordinates (patience sorting).

    Sorting by (i, -j) makes a strictly increasing run of j also strictly increasing in i.
    """
    order = sorted(points, key=lambda p: (p[0], -p[1]))
    ends: list[int] = []  # smallest last j of a chain of each length
    tails: list[int] = []
    parent = [-1] * len(order)
    for idx, (_, j) in enumerate(order):
        pos = bisect.bisect_left(ends, j)
        if pos == len(ends):
            ends.append(j)
            tails.append(idx)
        else:
            ends[pos] = j
            tails[pos] = idx
        parent[idx] = tails[pos - 1] if pos else -1
    chain = []
    k = tails[-1] if tails else -1
    while k >= 0:
        chain.append(order[k])
        k = parent[k]
    return chain[::-1]


def _center(n: int, m: int, anchors: list[tuple[int, int]]) -> np.ndarray:
    """The expected target position after each source position 0..n (piecewise linear)."""
    xs = [0.0] + [a + 0.5 for a, _ in anchors] + [float(n)]
    ys = [0.0] + [b + 0.5 for _, b in anchors] + [float(m)]
    return np.interp(np.arange(n + 1, dtype=np.float64), xs, ys)


def _band(center: np.ndarray, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row i, the first and last target position searched."""
    prev = np.concatenate(([center[0]], center[:-1]))
    nxt = np.concatenate((center[1:], [center[-1]]))
    lo = np.maximum(0, np.floor(np.minimum(prev, center)) - width).astype(np.int64)
    hi = np.minimum(m, np.ceil(np.maximum(nxt, center)) + width).astype(np.int64)
    lo[0], hi[-1] = 0, m
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # monotone, so every row connects
    hi = np.maximum.accumulate(hi)
    return lo, hi


_A = (7.05230784e-2, 4.22820123e-2, 9.2705272e-3, 1.520143e-4, 2.765672e-4, 4.30638e-5)


def _tail_cost(z: np.ndarray) -> np.ndarray:
    """-log P(|Z| >= |z|) for a standard normal Z: Gale & Church's length match, kept finite.

    erfc(x) ~ (1 + a1 x + ... + a6 x^6)^-16 (Abramowitz & Stegun 7.1.28) below x = 3; above,
    the asymptotic -log erfc(x) ~ x^2 + log(x sqrt(pi)).
    """
    x = np.abs(z) / math.sqrt(2.0)
    xs = np.minimum(x, 3.0)
    poly = 1.0 + xs * _horner(xs)
    small = 16.0 * np.log(poly)
    large = x * x + np.log(np.maximum(x, 3.0) * math.sqrt(math.pi))
    return np.where(x < 3.0, small, large)


def _horner(x: np.ndarray) -> np.ndarray:
    out = np.full_like(x, _A[-1])
    for a in reversed(_A[:-1]):
        out = out * x + a
    return out


def _length_cost(ls: np.ndarray | float, lt: np.ndarray, ratio: float, variance: float):
    """Gale-Church: target length ~ Normal(ratio * source, variance * mean length)."""
    mean = np.maximum((ls * ratio + lt) / 2, 1.0)
    return _tail_cost((lt - ls * ratio) / np.sqrt(variance * mean))


def _solve(
    src: _Side,
    tgt: _Side,
    evidence: _Evidence,
    lo: np.ndarray,
    hi: np.ndarray,
    options: AlignOptions,
    ratio: float,
) -> tuple[list[Bead], bool]:
    """Best beads inside the band, and whether the path touched the band's edge.

    Cell (i, j) holds the best cost of aligning the first i source sentences with the first j
    target sentences, for j in lo[i]..hi[i]; rows are stored one after another (linear
    memory). Every bead's cost is computed for the whole band at once; the row loop only
    takes minima.
    """
    n, m = src.size, tgt.size
    widths = hi - lo + 1
    starts = np.concatenate(([0], np.cumsum(widths)[:-1]))
    total = int(widths.sum())
    shapes = [(di, dj, -math.log(p)) for di, dj, p in options.priors]
    insert = next(k for k, (di, dj, _) in enumerate(shapes) if (di, dj) == (0, 1))
    reach = (max(di for di, _, _ in shapes), max(dj for _, dj, _ in shapes))
    grid = _Grid(src, tgt, evidence, lo, widths, starts, total, reach, options.orphan_mass)
    steps = _all_step_costs(shapes, grid, options, ratio)
    skip_t = np.concatenate(
        (
            [0.0],
            np.where(
                tgt.kinds > 0,
                options.boilerplate_skip,
                _skip_cost(tgt.lengths / ratio, tgt.unmatched, shapes[insert][2], options)
                - (1.0 - tgt.insert_share) * (shapes[insert][2] + options.skip)
                + (tgt.skip_adjust if tgt.skip_adjust is not None else 0.0),
            ),
        )
    )
    order = list(steps)  # the shapes that take source sentences, tried at every row
    shape_of = [0, *order]
    start_of, step_of = _candidates(grid, [shapes[k][:2] for k in order], [steps[k] for k in order])
    steps = None  # copied: freed
    cost = np.full(total + 1, np.inf)
    back = np.zeros(total, dtype=np.int8)
    widths_l, starts_l = widths.tolist(), starts.tolist()
    skip_sum = np.cumsum(skip_t)  # 0-1 beads from target position a to b cost the difference
    # per cell, the 0-1 beads from the row's first cell to it (the rows' slices of one array)
    skip_acc = skip_sum[grid.cols] - np.repeat(skip_sum[lo], widths)
    for i in range(n + 1):
        w, start = widths_l[i], starts_l[i]
        cands = cost[start_of[start : start + w]]
        cands += step_of[start : start + w]
        if i == 0:
            cands[0, 0] = 0.0
        choice = cands.argmin(axis=1)  # r, made a shape when the path is read
        row = np.minimum.reduce(cands, axis=1)
        # 0-1 beads run along the row: row[k] = min(row[k], row[k-1] + skip(k)), by prefix minima
        if w > 1:
            acc = skip_acc[start : start + w]
            t = row - acc
            best = np.minimum.accumulate(t)
            from_left = best < t
            row = np.where(from_left, best + acc, row)
            choice[from_left] = -1
        cost[start : start + w] = row
        back[start : start + w] = choice
    beads: list[Bead] = []
    costs: list[float] = []
    i, j = n, m
    touched = False
    while i > 0 or j > 0:
        k = j - int(lo[i])
        if (k == 0 and lo[i] > 0) or (k == widths[i] - 1 and hi[i] < m):
            touched = True
        r = int(back[starts[i] + k])
        di, dj, _ = shapes[insert if r < 0 else shape_of[r]]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        before = cost[starts[i - di] + j - dj - lo[i - di]]
        costs.append(float(cost[starts[i] + k] - before))
        i, j = i - di, j - dj
    beads.reverse()
    costs.reverse()
    return beads, costs, touched


def _candidates(
    grid: _Grid, shapes: list[tuple[int, int]], steps: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Per cell and shape r (column 0: none, the start; then `shapes`, whose bead costs are
    `steps`), where in `_solve`'s `cost` the bead ending there would start, or `total` (a
    cell that stays inf) where it cannot, and the bead's cost: each row's candidates are then
    one gather and one addition, where a numpy call per shape and row cost more than the
    sums. The same sums of the same floats, so the same bits. Cell by cell (a row of the band
    is one contiguous block, whose minima run along the last axis), every shape at once:
    one numpy call per shape cost a dozen of them per search."""
    lo, starts, total = grid.lo, grid.starts, grid.total
    hi = lo + grid.widths - 1
    p = grid.rows[:, None] - np.array([0, *(di for di, _ in shapes)])
    q = grid.cols[:, None] - np.array([0, *(dj for _, dj in shapes)])
    pc = np.maximum(p, 0)
    ok = (p >= 0) & (q >= lo[pc]) & (q <= hi[pc])
    ok[:, 0] = False
    start_of = np.where(ok, starts[pc] + q - lo[pc], total)
    step_of = np.zeros((total, len(shapes) + 1))
    step_of[:, 1:] = np.array(steps).T
    return start_of, step_of


class _Grid:
    """What every bead shape's cost needs of one band, computed once per search."""

    def __init__(
        self,
        src: _Side,
        tgt: _Side,
        evidence: _Evidence,
        lo,
        widths,
        starts,
        total,
        reach,
        orphan_mass: float = 1.0,
    ):
        self.src, self.tgt, self.evidence = src, tgt, evidence
        self.lo, self.widths, self.starts, self.total = lo, widths, starts, total
        n = src.size
        self.rows = np.repeat(np.arange(n + 1), widths)
        self.cols = np.arange(total) - np.repeat(starts, widths) + np.repeat(lo, widths)
        self.src_bp = np.concatenate(([0], np.cumsum(src.kinds > 0)))
        self.tgt_bp = np.concatenate(([0], np.cumsum(tgt.kinds > 0)))
        self.ps = np.concatenate(([0.0], np.cumsum(src.lengths)))
        self.pt = np.concatenate(([0.0], np.cumsum(tgt.lengths)))
        self.ms = np.concatenate(([0.0], np.cumsum(evidence.src_mass)))
        self.mt = np.concatenate(([0.0], np.cumsum(evidence.tgt_mass)))
        # a sentence's own evidence as the orphan cost counts it (`AlignOptions.orphan_mass`)
        self.src_mass = np.minimum(np.concatenate((evidence.src_mass, [0.0])), orphan_mass)
        self.tgt_mass = np.minimum(np.concatenate((evidence.tgt_mass, [0.0])), orphan_mass)
        self._shared: dict[tuple[int, int], np.ndarray] = {}
        # The evidence's sentence pairs that some bead of at most `reach` (sentences a side)
        # ending in the band can hold (the band's edges only rise): most pairs of a document lie
        # far from its band, and `shared` looks each pair up per (x, y). In their order, so
        # each cell's sum adds the same weights in the same order.
        a, b, value = evidence.pairs
        self.reach = reach
        hi = lo + widths - 1
        near = (b + reach[1] >= lo[np.minimum(a + 1, n)]) & (
            b + 1 <= hi[np.minimum(a + reach[0], n)]
        )
        self.pairs = a[near], b[near], value[near]

    def shared(self, x: int, y: int) -> np.ndarray:
        """Per cell, the evidence shared by source sentence row-1-x and target col-1-y."""
        if (x, y) not in self._shared:
            a, b, value = (
                self.pairs if x < self.reach[0] and y < self.reach[1] else self.evidence.pairs
            )
            n, lo, widths = self.src.size, self.lo, self.widths
            ii, jj = a + 1 + x, b + 1 + y
            row = np.minimum(ii, n)
            ok = (ii <= n) & (jj >= lo[row]) & (jj < lo[row] + widths[row])
            idx = self.starts[ii[ok]] + jj[ok] - lo[ii[ok]]
            self._shared[(x, y)] = np.bincount(idx, weights=value[ok], minlength=self.total)
        return self._shared[(x, y)]

    def share_all(self, xs: int, ys: int) -> None:
        """`shared(x, y)` of every x < `xs` and y < `ys` (within `reach`), in one pass: the
        combinations stacked as the rows of one table and summed by one `bincount` into one
        array of their bands end to end, where one `shared` each cost a dozen numpy calls on
        a band of a few hundred cells. Each cell adds the same weights in the same order (the
        pairs' order within its own row), so the same bits."""
        todo = [(x, y) for x in range(xs) for y in range(ys) if (x, y) not in self._shared]
        if not todo:
            return
        a, b, value = self.pairs
        n, lo, widths, total = self.src.size, self.lo, self.widths, self.total
        ii = a + 1 + np.array([x for x, _ in todo])[:, None]
        jj = b + 1 + np.array([y for _, y in todo])[:, None]
        row = np.minimum(ii, n)
        ok = (ii <= n) & (jj >= lo[row]) & (jj < lo[row] + widths[row])
        at = np.broadcast_to(np.arange(len(todo))[:, None] * total, ii.shape)[ok]
        idx = self.starts[ii[ok]] + jj[ok] - lo[ii[ok]] + at
        weights = np.broadcast_to(value, ii.shape)[ok]
        sums = np.bincount(idx, weights=weights, minlength=len(todo) * total)
        for k, key in enumerate(todo):
            self._shared[key] = sums[k * total : (k + 1) * total]


def _step_costs(
    shape: tuple[int, int, float], grid: _Grid, options: AlignOptions, ratio: float
) -> np.ndarray:
    """Cost of the bead of one shape ending at every cell of the band (inf where impossible)."""
    di, dj, prior = shape
    src, tgt, evidence, total = grid.src, grid.tgt, grid.evidence, grid.total
    rows, cols = grid.rows, grid.cols
    valid = (rows >= di) & (cols >= dj)
    p, q = np.maximum(rows - di, 0), np.maximum(cols - dj, 0)
    sb = grid.src_bp[rows] - grid.src_bp[p]
    tb = grid.tgt_bp[cols] - grid.tgt_bp[q]
    if dj == 0:
        adjust = 0.0
        if src.skip_adjust is not None:
            adjust = np.concatenate(([0.0], src.skip_adjust))[rows]
        lengths = np.concatenate(([0.0], src.lengths))[rows]
        unmatched = np.concatenate(([0.0], src.unmatched))[rows]
        skip = _skip_cost(lengths, unmatched, prior, options) + adjust
        # a run of sentences left alone as one bead (`learnt_shapes`): the prior and the fixed
        # part of the skip once, each sentence's length, numbers and paragraph balance
        for back in range(1, di):
            at = np.maximum(rows - back, 0)
            more = np.concatenate(([0.0], src.lengths))[at]
            lone = np.concatenate(([0.0], src.unmatched))[at]
            skip = skip + _skip_cost(more, lone, 0.0, options) - options.skip
            if src.skip_adjust is not None:
                skip = skip + np.concatenate(([0.0], src.skip_adjust))[at]
        step = np.where(sb > 0, options.boilerplate_skip if di == 1 else np.inf, skip)
        return np.where(valid, step, np.inf)
    ps, pt = grid.ps, grid.pt
    step = prior + _length_cost(ps[rows] - ps[p], pt[cols] - pt[q], ratio, options.variance)
    # evidence: a Dice-like share of the bead's evidence, so that merging is not rewarded
    # (x, y) count from the bead's end: source sentence rows - 1 - x, target cols - 1 - y.
    share_src = np.zeros((di, total))
    share_tgt = np.zeros((dj, total))
    if evidence.pairs[0].size:
        for x in range(di):
            for y in range(dj):
                shared = grid.shared(x, y)
                share_src[x] += shared
                share_tgt[y] += shared
    lex = share_src.sum(axis=0)
    mass = grid.ms[rows] - grid.ms[p] + grid.mt[cols] - grid.mt[q]
    step = step - options.lexical_weight * 2 * lex / np.maximum(mass, 1e-9)
    # A sentence with evidence of its own that shares none of it with the other side of the
    # bead is probably not a translation of it: an omission merged into a neighbour's bead, or
    # an unrelated line paired by position.
    # A Thai segment is often a clause: it is an orphan only when its whole side is.
    if options.orphan:
        whole_src, whole_tgt = src.script == "thai", tgt.script == "thai"
        for x in range(di):
            own = grid.src_mass[np.maximum(rows - 1 - x, 0)]
            step = step + options.orphan * own * ((lex if whole_src else share_src[x]) == 0)
        for y in range(dj):
            own = grid.tgt_mass[np.maximum(cols - 1 - y, 0)]
            step = step + options.orphan * own * ((lex if whole_tgt else share_tgt[y]) == 0)
    for side, index, span in ((src, rows, di), (tgt, cols, dj)):
        if side.paragraphs is not None and span >= 2 and side.size > 1:
            breaks = np.zeros(side.size + 1)
            breaks[2:] = side.paragraphs[1:] != side.paragraphs[:-1]
            for back_k in range(span - 1):
                step = step + options.paragraph_penalty * breaks[np.maximum(index - back_k, 0)]
    if src.merge_cost is not None:
        for back_k in range(di - 1):
            step = step + src.merge_cost[np.maximum(rows - back_k, 0)]
    if src.paired_paragraph is not None and tgt.paragraphs is not None:
        step = step + options.paragraph_cross * _crossing(src, tgt, rows, cols)
    content = (sb == 0) & (tb == 0)
    if di == 1 and dj == 1:
        skind = np.concatenate(([0], src.kinds))[rows]
        tkind = np.concatenate(([0], tgt.kinds))[cols]
        same = (sb == 1) & (tb == 1) & (skind == tkind)
        step = np.where(same, options.boilerplate_match, step)
        content |= same
    return np.where(valid & content, step, np.inf)


def _all_step_costs(
    shapes: list[tuple[int, int, float]], grid: _Grid, options: AlignOptions, ratio: float
) -> dict[int, np.ndarray]:
    """`_step_costs` of every shape that takes source sentences, by shape index: the shapes
    with both sides computed together as the rows of one table (a band of a news article
    is a few hundred cells, so each array operation costs mostly its fixed overhead).

    Every cell gets the same operations in the same order as in `_step_costs`, so the same
    bits: a term that a shape lacks is added as an exact 0.0 (tests/test_aligning.py)."""
    steps = {k: None for k, shape in enumerate(shapes) if shape[0]}
    both = [k for k in steps if shapes[k][1]]
    for k in steps:
        if not shapes[k][1]:
            steps[k] = _step_costs(shapes[k], grid, options, ratio)
    if not both:
        return steps
    src, tgt, evidence, total = grid.src, grid.tgt, grid.evidence, grid.total
    rows, cols = grid.rows, grid.cols
    dis = np.array([shapes[k][0] for k in both])[:, None]
    djs = np.array([shapes[k][1] for k in both])[:, None]
    priors = np.array([shapes[k][2] for k in both])[:, None]
    most_i, most_j = int(dis.max()), int(djs.max())
    valid = (rows >= dis) & (cols >= djs)
    p, q = np.maximum(rows - dis, 0), np.maximum(cols - djs, 0)
    sb = grid.src_bp[rows] - grid.src_bp[p]
    tb = grid.tgt_bp[cols] - grid.tgt_bp[q]
    ps, pt = grid.ps, grid.pt
    step = priors + _length_cost(ps[rows] - ps[p], pt[cols] - pt[q], ratio, options.variance)
    # share_src[x][k]: what source sentence x (from the bead's end) shares with the bead's
    # target sentences, summed over y = 0, 1, ... as `_step_costs` sums it.
    zero = np.zeros(total)
    share_src = [[zero] * len(both) for _ in range(most_i)]
    share_tgt = [[zero] * len(both) for _ in range(most_j)]
    if evidence.pairs[0].size:
        # running sums: by_src[x][n] over y < n, by_tgt[y][n] over x < n
        by_src = [[zero] for _ in range(most_i)]
        by_tgt = [[zero] for _ in range(most_j)]
        grid.share_all(most_i, most_j)
        for x in range(most_i):
            for y in range(most_j):
                shared = grid.shared(x, y)
                by_src[x].append(by_src[x][-1] + shared)
                by_tgt[y].append(by_tgt[y][-1] + shared)
        for r, k in enumerate(both):
            di, dj = shapes[k][0], shapes[k][1]
            for x in range(di):
                share_src[x][r] = by_src[x][dj]
            for y in range(dj):
                share_tgt[y][r] = by_tgt[y][di]
    share_src = [np.array(part) for part in share_src]
    share_tgt = [np.array(part) for part in share_tgt]
    lex = share_src[0]
    for x in range(1, most_i):
        lex = lex + share_src[x]
    mass = grid.ms[rows] - grid.ms[p] + grid.mt[cols] - grid.mt[q]
    step = step - options.lexical_weight * 2 * lex / np.maximum(mass, 1e-9)
    if options.orphan:
        whole_src, whole_tgt = src.script == "thai", tgt.script == "thai"
        for x in range(most_i):
            own = grid.src_mass[np.maximum(rows - 1 - x, 0)]
            none = (lex if whole_src else share_src[x]) == 0
            step = step + options.orphan * own * (none & (x < dis))
        for y in range(most_j):
            own = grid.tgt_mass[np.maximum(cols - 1 - y, 0)]
            none = (lex if whole_tgt else share_tgt[y]) == 0
            step = step + options.orphan * own * (none & (y < djs))
    for side, index, spans in ((src, rows, dis), (tgt, cols, djs)):
        if side.paragraphs is not None and side.size > 1:
            breaks = np.zeros(side.size + 1)
            breaks[2:] = side.paragraphs[1:] != side.paragraphs[:-1]
            for back_k in range(int(spans.max()) - 1):
                penalty = options.paragraph_penalty * breaks[np.maximum(index - back_k, 0)]
                step = step + penalty * (back_k < spans - 1)
    if src.merge_cost is not None:
        for back_k in range(most_i - 1):
            step = step + src.merge_cost[np.maximum(rows - back_k, 0)] * (back_k < dis - 1)
    if src.paired_paragraph is not None and tgt.paragraphs is not None:
        step = step + options.paragraph_cross * _crossing(src, tgt, rows, cols)
    content = (sb == 0) & (tb == 0)
    one = [r for r, k in enumerate(both) if shapes[k][:2] == (1, 1)]
    if one:
        skind = np.concatenate(([0], src.kinds))[rows]
        tkind = np.concatenate(([0], tgt.kinds))[cols]
        for r in one:
            same = (sb[r] == 1) & (tb[r] == 1) & (skind == tkind)
            step[r] = np.where(same, options.boilerplate_match, step[r])
            content[r] |= same
    out = np.where(valid & content, step, np.inf)
    for r, k in enumerate(both):
        steps[k] = out[r]
    return steps


def _crossing(src: _Side, tgt: _Side, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """1 where a bead ending at (rows, cols) pairs its last source sentence with a target
    sentence outside the paragraph that the source sentence's paragraph pairs with."""
    expected = np.concatenate(([-1], src.paired_paragraph))[rows]
    actual = np.concatenate(([-1], tgt.paragraphs))[cols]
    return ((expected >= 0) & (expected != actual)).astype(np.float64)


def _paragraph_pairs(src: _Side, tgt: _Side, beads: list[Bead]) -> np.ndarray | None:
    """Per source sentence, the target paragraph that most of its paragraph's sentences are
    paired with in `beads`, -1 where none is (boilerplate does not vote).

    Translations keep their paragraphs: a version paired one sentence off across the end of
    a paragraph has lost or gained a sentence inside it, and the gap belongs there rather
    than rows further on."""
    if src.paragraphs is None or tgt.paragraphs is None:
        return None
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    for s, t in beads:
        for i in s:
            if not src.kinds[i]:
                votes[int(src.paragraphs[i])].update(
                    int(tgt.paragraphs[j]) for j in t if not tgt.kinds[j]
                )
    # A tie goes to the paragraph that keeps the step from the paragraph before (a Korean
    # version whose added last sentence of one paragraph was paired with the first sentence of
    # the next: one vote each, and the first counted won, so the gap was made one row late).
    paired: dict[int, int] = {}
    last: tuple[int, int] | None = None
    for p in sorted(votes):
        counts = votes[p]
        if not counts:
            continue
        best = max(counts.values())
        tied = [t for t, n in counts.items() if n == best]
        if len(tied) > 1 and last is not None:
            expected = last[1] + (p - last[0])
            paired[p] = min(tied, key=lambda t: (abs(t - expected), t))
        else:
            paired[p] = counts.most_common(1)[0][0]
        last = (p, paired[p])
    return np.array([paired.get(int(p), -1) for p in src.paragraphs], dtype=np.int64)


# Paragraph pairs a document needs for their lengths to tell: a news article of two
# paragraphs learns its length ratio mostly from the prior (`ratio_prior_chars`), and a
# Chinese one with an inserted sentence looked balanced (news bench: extra 0.95 -> 0.94).
BALANCE_MIN_PARAGRAPHS = 3


def _paragraph_balance(src: _Side, tgt: _Side, ratio: float, options: AlignOptions) -> None:
    """Leaving a sentence alone costs what it does to the length fit of its paragraph pair
    (Gale-Church over the two paragraphs, times `paragraph_balance`): at most `balance_limit`
    more where it worsens the fit; where it improves it, at most `balance_credit` less for a
    pivot sentence, nothing for a version's.

    A paragraph of four or five sentences says more by its length than one sentence does: a
    version's paragraph as long as the pivot's has probably lost and gained nothing, so a
    sentence of it left alone is more likely a merge or a split the aligner did not see; one
    short by about a pivot sentence has lost it. (A credit as large for a version's sentence
    in a long paragraph found more insertions but more false ones, Thai clauses mostly.)"""
    paired = src.paired_paragraph
    if paired is None or tgt.paragraphs is None or not options.paragraph_balance:
        return
    size = int(max(tgt.paragraphs.max(initial=0), paired.max(initial=0))) + 1
    into = np.where(paired >= 0, paired, size)  # size: no paragraph pairs with it
    content_s, content_t = src.kinds == 0, tgt.kinds == 0
    src_len = np.bincount(into, weights=src.lengths * content_s, minlength=size + 1)[:size]
    tgt_len = np.bincount(tgt.paragraphs, weights=tgt.lengths * content_t, minlength=size)
    tgt_len = tgt_len[:size]
    has_src = np.bincount(into, minlength=size + 1)[:size] > 0
    both = has_src & (tgt_len > 0)
    if both.sum() < BALANCE_MIN_PARAGRAPHS:
        return

    def worse(ls, lt, ls_without, lt_without) -> np.ndarray:
        after = _length_cost(ls_without, lt_without, ratio, options.variance)
        return after - _length_cost(ls, lt, ratio, options.variance)

    q = np.where(paired >= 0, paired, 0)
    on_src = worse(src_len[q], tgt_len[q], src_len[q] - src.lengths, tgt_len[q])
    on_src = np.where((paired >= 0) & content_s & both[q], on_src, 0.0)
    r = tgt.paragraphs
    on_tgt = worse(src_len[r], tgt_len[r], src_len[r], tgt_len[r] - tgt.lengths)
    on_tgt = np.where(both[r] & content_t, on_tgt, 0.0)
    weight, limit = options.paragraph_balance, options.balance_limit
    # A paragraph pair the version is short in, between two that it is not long in: there a
    # pivot sentence left alone costs less (at most `balance_credit`). A version that only
    # moves a sentence's content across a paragraph end is long in the next or previous one.
    surplus = tgt_len - src_len * ratio
    spread = np.sqrt(options.variance * np.maximum((src_len * ratio + tgt_len) / 2, 1.0))
    z = surplus / spread
    long = np.concatenate(([False], z > options.balance_neighbour, [False]))
    alone = has_src & ~long[:-2] & ~long[2:]
    floor = np.where(alone[q] & (paired >= 0), -options.balance_credit, 0.0)
    src.skip_adjust = np.clip(weight * on_src, floor, limit)
    tgt.skip_adjust = np.clip(weight * on_tgt, 0.0, limit)


def _skip_cost(
    lengths: np.ndarray, unmatched: np.ndarray, prior: float, options: AlignOptions
) -> np.ndarray:
    """Leaving a sentence without counterpart: dearer for a long sentence than for a caption,
    cheaper when numbers or URLs of it are nowhere in the other document."""
    cost = prior + options.skip + options.skip_per_unit * lengths
    return cost - options.unmatched_discount * np.minimum(unmatched, 2.0)


def _shifted(values: np.ndarray, shift: int, width: int) -> np.ndarray:
    """out[k] = values[k + shift] where that exists, else inf."""
    out = np.full(width, np.inf)
    start, stop = max(0, -shift), min(width, len(values) - shift)
    if start < stop:
        out[start:stop] = values[start + shift : stop + shift]
    return out


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
        return float(_length_cost(ls[list(s)].sum(), lt[list(t)].sum(), pair.ratio, variance))

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

    src: _Side
    tgt: _Side
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
    src_side: Callable[[bool], _Side] | None = None,
) -> _Pair | None:
    """The pair's features (None when a side is empty: nothing to align). `src_side(names)`:
    `src`'s `_side` with or without names, made once for a group's pairs (a copy of it is
    used: the pair changes its keys)."""
    if not src or not tgt:
        return None
    # romanised Han names: only against Han text
    names = "han" in (script_class(list(src)), script_class(list(tgt)))
    if src_side is None:
        s = _side(src, src_kinds, src_paragraphs, src_lang, names)
    else:
        s = _fresh(src_side(names))
    t = _side(tgt, tgt_kinds, tgt_paragraphs, tgt_lang, names)
    _link_cognates(s, t)
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


# What a translation keeps, so that a sentence holding one the other document nowhere has
# is more likely missing there than merged: numbers, dates, URLs and weekdays (`k:`; on a
# made-up news page without numbers, omissions and insertions were placed right in 193 of 340
# trials with the weekdays here, 180 without: docs/alignment.md).
_STRONG = ("n:", "d:", "u:", "k:")


def _count_unmatched(side: _Side, other: _Side, other_texts: Sequence[str], lang: str) -> None:
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
        _learn_lexicon(pair.src, pair.tgt, beads, pair.options, known)
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
        pair.src.paired_paragraph = _paragraph_pairs(pair.src, pair.tgt, beads)
        _paragraph_balance(pair.src, pair.tgt, pair.ratio, options)
        pair.tgt.insert_share = _insert_share(pair.src, pair.tgt)
    return _search(pair.src, pair.tgt, pair.ratio, options, path=beads)


# What ends a sentence (a closing quotation mark or bracket may follow): a version whose
# segments end so is cut into sentences, not clauses (`_insert_share`).
_SENTENCE_ENDS = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»」』）)]"
SENTENCES_SHARE = 0.8  # of a version's segments, to count as cut into sentences


def _insert_share(src: _Side, tgt: _Side) -> float:
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


def _shape_priors(options: AlignOptions, beads: list[Bead], src: _Side, tgt: _Side) -> AlignOptions:
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
    wrong beads, which a gap leaves, do not inflate it."""
    weight = options.variance_prior_beads
    if weight <= 0:
        return options
    src, tgt = pair.src, pair.tgt
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
    s: _Side, t: _Side, ratio: float, options: AlignOptions, path: list[Bead] | None = None
) -> tuple[list[Bead], list[float]]:
    """Best beads in a band around a guide path, widened while the best path touches its edge.

    The guide is `path` (a previous pass's beads) when given; for long documents, the path of
    a coarse pass over blocks of sentences (as vecalign does), so that the band stays narrow
    and time and memory linear; otherwise the chain of anchors.
    """
    evidence = _evidence(s, t, options.max_df)
    width = options.band
    limit = None  # widen without limit: the band may grow to the whole table
    if path is not None:
        center = _center(s.size, t.size, _path_points(path))
        width = limit = options.refine_band
    else:
        center = _center(s.size, t.size, _anchors(s, t))
    while True:
        lo, hi = _band(center, t.size, width)
        beads, costs, touched = _solve(s, t, evidence, lo, hi, options, ratio)
        whole = (lo[1:] == 0).all() and (hi[:-1] == t.size).all()
        if not touched or whole or (limit is not None and width >= limit):
            return beads, costs
        if limit is None and max(s.size, t.size) > COARSE_ABOVE:
            # The anchors do not guide a long document well enough: rather than widening
            # towards the whole table, follow a coarse pass over blocks of sentences.
            points, block = _coarse_points(s, t, ratio, options)
            center = _center(s.size, t.size, points)
            width = options.band + block // 2
            limit = 2 * width  # a guide from blocks is right to about a block
            continue
        width *= 2


def _path_points(beads: list[Bead]) -> list[tuple[int, int]]:
    """The last sentence pair of every bead that has both sides: points a path goes through."""
    return [(s[-1], t[-1]) for s, t in beads if s and t]


def _coarse_points(
    s: _Side, t: _Side, ratio: float, options: AlignOptions
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


def _blocks(side: _Side, cuts: np.ndarray) -> _Side:
    """`side` with the sentences from each cut to the next taken as one."""
    ends = np.append(cuts[1:], side.size).tolist()
    keys = [set().union(*side.keys[a:b]) for a, b in zip(cuts.tolist(), ends, strict=True)]
    words = [frozenset().union(*side.words[a:b]) for a, b in zip(cuts.tolist(), ends, strict=True)]
    lengths = np.add.reduceat(side.lengths, cuts)
    kinds = np.zeros(len(keys), dtype=np.int64)
    empty = [frozenset()] * len(keys)
    unmatched = np.add.reduceat(side.unmatched, cuts)
    return _Side(lengths, keys, words, empty, empty, kinds, None, side.script, unmatched)


def format_bead(bead: Bead) -> str:
    """`[1, 2]:[3]`, the form vecalign and bertalign print."""
    return f"{list(bead[0])}:{list(bead[1])}"
