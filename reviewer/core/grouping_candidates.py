"""Which pairs of documents are worth scoring: blocking, so a corpus is never compared all pairs.

Four indexes propose partners for each document, each keyed so that a key is shared by few
documents, and keys shared by more than MAX_POSTINGS are dropped (they tell nothing, and would
make the work grow with the square of the corpus):

- rare features (a number, URL or name skeleton few documents have);
- pairs of common features: in a large corpus a figure such as `250` or a name is met in
  hundreds of documents, but two of them together in few;
- the shape, by locality-sensitive hashing of the paragraphs' relative lengths (see
  `shape_keys`);
- the patterns of the words that recur (`grouping_features.recurring_words`: a word's
  places in the document, in any script), where the caller read them: a pattern few
  documents share is a name or a term of one text.

Only documents of different languages are proposed; each keeps its best
CANDIDATES_PER_DOCUMENT partners by shared idf weight, its best SHAPE_CANDIDATES by shared
shape keys, and its best RECURRING_CANDIDATES by the idf of shared patterns. The shape keys
need as many paragraphs on both sides, and translations merge or split a few paragraphs; so
within a block of SMALL_CORPUS documents or fewer (`blocks`) every pair of documents in
different languages long enough to have a shape is proposed too, and verified by aligning it
(grouping.py): that costs a few alignments per block, never the square of a large corpus.

The blocks: a folder of SMALL_CORPUS documents or fewer is one block; in a larger one the
documents with few figures are cut by a key that translations keep whatever their language
(`block_key`: paragraphs and length in Latin letters), first wherever no document lies
within a translation's spread of the next (`BLOCK_SPREAD`, on either), then, for a piece
still too large (many texts of one shape), at its widest gap between its quartiles, until
every piece has SMALL_CORPUS documents or fewer. A block is then treated as a small folder
(grouping.py: the alignment gain may confirm a pair, short texts are grouped on their
sentences), so that grouping no longer changes at SMALL_CORPUS + 1 documents, and a folder of
a thousand short texts costs blocks x SMALL_CORPUS squared, not the square of the folder.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from itertools import combinations
from typing import TypeVar

import numpy as np

from reviewer.core import data_files, parallel
from reviewer.core import quick_statistics as statistics  # (its median alone)
from reviewer.core.grouping_features import SHAPE_PARAGRAPHS, Fingerprint, shares

MAX_POSTINGS = 50  # a key shared by more documents than this proposes nothing
COMMON = 300  # a feature of more documents than this (in a small corpus) weighs nothing
CANDIDATES_PER_DOCUMENT = 10
SHAPE_CANDIDATES = 8
PAIRED_FEATURES = 4  # the rarest common features of a document that are paired up
PAIR_POSTINGS = 20  # a pair of features shared by more documents than this proposes nothing
SHAPE_POSTINGS = 50  # a shape key of more documents than this is a common layout, not a text
BANDS, BITS = 8, 8  # shape hashing: 8 keys of 8 bits
SMALL_CORPUS = 40  # in a block this small, every pair of documents with a shape is proposed
# How far apart (log(1 + x)) translations' paragraph counts and lengths (in Latin letters, see
# LENGTH_FACTORS) may lie: a gap this wide on either cuts no group. Paragraphs: 9 to 11 for
# one short story (the lead's mixall); lengths: the Bible's versions of one passage lie 0.6
# apart on the median (short-text dev set, tune books), Syriac and Gbaya further. Sentence
# counts were tried as a third key and dropped: a segmenter that does not know a script's
# sentence ends makes a passage one sentence (Syriac), and 32 of 292 true pairs of a folder
# of 134 short passages were cut apart, 19 without (bench/grouping_blocks.py, tune seed 0).
BLOCK_SPREAD = (0.25, 0.7)
# Latin letters a character of the language carries, about (lexical.length_units: a Han
# character three, kana 1.5, Hangul 2.5; a Japanese text mixes kanji and kana). Translations
# of one text in mixall (tests: /tmp/look37): zh 2.5 to 3.0, ja 2.1 to 2.5, ko 1.9 to 2.7.
LENGTH_FACTORS = {"zh": 2.8, "yue": 2.8, "ja": 2.1, "ko": 2.4}
# Each language's own length factor in a large folder (`_own_lengths`): its median log length
# off the folder's, shrunk by this many documents at none. A folder of 583 short Bible
# passages (bench/grouping_blocks.py --merged, tune seed 0; seed 1: 619): true pairs in one
# block 459 -> 660 of 1,319 (446 -> 814 of 1,501), pair F1 0.358 -> 0.416 (0.289 -> 0.436).
LENGTH_PRIOR = 3
# Short texts of one shape cut where no gap is (`_cut`'s split between the quartiles) cut true
# groups apart, and their pieces made false groups: in a folder of 583 short passages of 16
# books, F1 0.42 with 18 distractors grouped, where none was grouped before. Beyond this many
# such texts a piece with no gap is left to the features (none grouped, as before blocks);
# up to it the split pays (a folder of 80 passages: F1 0.03 -> 0.94, one distractor; stop 37).
# Since stop 38 a piece of mostly short texts (under SHAPE_PARAGRAPHS) is never cut so: its
# short texts are grouped with their candidate partners (grouping_blocks.beyond_blocks; a
# folder of 134 passages, bench/grouping_blocks.py --tune, seed 0: F1 0.883 -> 0.928).
FORCED_MEMBERS = 4 * SMALL_CORPUS
RECURRING_CANDIDATES = 3  # partners a document keeps by the patterns of its recurring words
# A document's partners across a cut that no gap made (`seam_pairs`), nearest first, and how
# many documents of its neighbourhood on the paragraph key are looked at, each side.
SEAM_PARTNERS = 6
SEAM_SCAN = 150


def too_common(documents: int) -> int:
    """Document frequency above which a feature tells nothing: a story's names in a corpus of
    that story, a year. Grows with the corpus (one document in twenty), so that a two-digit
    figure, met by chance in a few thousand of 100,000 documents, still counts."""
    return max(COMMON, documents // 20)


def idf_weights(prints: Sequence[Fingerprint]) -> dict[str, float]:
    """Smoothed idf of every feature (rare features count more); 0 for one too common."""
    frequency = Counter(f for p in prints for f in p.features)
    total = len(prints)
    limit = too_common(total)
    return {f: math.log(1 + total / df) if df <= limit else 0.0 for f, df in frequency.items()}


@cache
def _hyperplanes(dimension: int) -> np.ndarray:
    def draw() -> np.ndarray:
        rng = np.random.default_rng(dimension)  # fixed: a document always gets the same keys
        return rng.standard_normal((dimension, BANDS * BITS))

    # kept: numpy.random costs 10 ms of every start to import
    return data_files.kept_array(f"hyperplanes{dimension}x{BANDS * BITS}-{np.__version__}", draw)


def shape_keys(p: Fingerprint) -> list[tuple[int, int, int]]:
    """LSH keys of a document's paragraph lengths (none under SHAPE_PARAGRAPHS).

    Random-hyperplane hashing (Charikar 2002) of the centred logarithms of the paragraphs'
    shares: documents whose shares correlate agree on most bits. BANDS keys of BITS bits
    each; two documents that agree on one whole band become candidates.
    """
    return _shape_keys([p])[0]


def _shape_keys(prints: Sequence[Fingerprint]) -> list[list[tuple[int, int, int]]]:
    """`shape_keys` of many documents, hashed together per paragraph count (numpy)."""
    keys: list[list[tuple[int, int, int]]] = [[] for _ in prints]
    by_count: dict[int, list[int]] = defaultdict(list)
    for index, p in enumerate(prints):
        if p.paragraphs >= SHAPE_PARAGRAPHS:
            by_count[p.paragraphs].append(index)
    powers = 1 << np.arange(BITS - 1, -1, -1)
    for count, indices in by_count.items():
        logs = np.log(np.maximum([shares(prints[i]) for i in indices], 1e-4))
        centred = logs - logs.mean(axis=1, keepdims=True)
        bits = (centred @ _hyperplanes(count) > 0).reshape(len(indices), BANDS, BITS)
        values = (bits * powers).sum(axis=2).tolist()
        for index, bands in zip(indices, values, strict=True):
            keys[index] = [(count, band, value) for band, value in enumerate(bands)]
    return keys


def candidates(
    langs: Sequence[str],
    rank: Sequence[int],
    prints: Sequence[Fingerprint],
    weights: dict[str, float],
    patterns: Mapping[int, tuple[int, frozenset[int]]] | None = None,
    groups: Sequence[Sequence[int]] | None = None,
    seams: set[tuple[int, int]] | None = None,
) -> set[tuple[int, int]]:
    """Candidate pairs (a < b) of documents in different languages; ties between partners are
    settled by `rank` (path order), so the result does not depend on the documents' order.
    `patterns`: the recurring words of the documents that have them read (see the module
    docstring); `groups`: the `blocks`, where already cut; `seams`: their `seam_pairs`."""
    frequency = Counter(f for p in prints for f in p.features)
    postings: dict[object, list[int]] = defaultdict(list)
    limit = too_common(len(prints))
    for index, p in enumerate(prints):
        common = []
        for f in p.features:
            df = frequency[f]
            if df < 2:
                continue
            if df <= MAX_POSTINGS:
                postings[f].append(index)
            elif df <= limit:
                common.append((df, f))
        common.sort()
        for (_, f), (_, g) in combinations(common[:PAIRED_FEATURES], 2):
            postings[(f, g) if f < g else (g, f)].append(index)
    shape_postings: dict[tuple, list[int]] = defaultdict(list)
    for index, keys in enumerate(_shape_keys(prints)):
        for key in keys:
            shape_postings[key].append(index)
    keys_of: list[list[tuple[list[int], float]]] = [[] for _ in prints]
    for key, docs in postings.items():
        if len(docs) < 2 or len(docs) > (MAX_POSTINGS if isinstance(key, str) else PAIR_POSTINGS):
            continue
        weight = weights[key] if isinstance(key, str) else weights[key[0]] + weights[key[1]]
        for index in docs:
            keys_of[index].append((docs, weight))
    shape_of: list[list[list[int]]] = [[] for _ in prints]
    for docs in shape_postings.values():
        if 2 <= len(docs) <= SHAPE_POSTINGS:
            for index in docs:
                shape_of[index].append(docs)
    recurring = _pattern_keys(patterns or {}, len(prints))
    pairs = small_corpus_pairs(langs, prints, groups) | (seams or set())
    for a in range(len(prints)):
        lang = langs[a]
        chosen = _best(a, lang, langs, rank, keys_of[a], CANDIDATES_PER_DOCUMENT)
        shape = [(docs, 1.0) for docs in shape_of[a]]
        chosen += _best(a, lang, langs, rank, shape, SHAPE_CANDIDATES)
        if a in recurring:
            chosen += _best(a, lang, langs, rank, recurring[a], RECURRING_CANDIDATES)
        pairs.update((a, b) if a < b else (b, a) for b in chosen)
    return pairs


R = TypeVar("R")

# From this many candidate pairs on, `each_pair` scores them in worker processes: scoring the
# 64,868 pairs of the 10,000 generated documents took 0.8 of the 2 CPU s of grouping, which
# runs alone in the parent process while every other core waits (BENCHMARKS.md, stop 38).
PARALLEL_PAIRS = 4096


def each_pair(
    function: Callable[[int, int], R], pairs: Sequence[tuple[int, int]], *, jobs: int | None = 1
) -> list[R]:
    """`function(a, b)` of each of `pairs`, in their order: in `jobs` forked worker processes
    (parallel.imap; None: every core) where there are PARALLEL_PAIRS or more, here otherwise.
    `function` must be a pure function of the pair and of what this process holds (the
    workers inherit it and are sent only batches' indices); the results are the same either
    way (tests/test_grouping_candidates.py)."""
    if len(pairs) < PARALLEL_PAIRS or parallel.runs_here(len(pairs), jobs=jobs):
        return [function(a, b) for a, b in pairs]
    # Batches of pairs, at least parallel.MIN_ITEMS of them: a task per pair costs more to
    # send than most pairs take to score.
    size = len(pairs) // parallel.MIN_ITEMS
    batches = [pairs[i : i + size] for i in range(0, len(pairs), size)]
    out: list[R] = []
    for part in parallel.imap(partial(_pairs_batch, function), batches, jobs=jobs):
        out.extend(part)
    return out


def _pairs_batch(function: Callable[[int, int], R], pairs: Sequence[tuple[int, int]]) -> list[R]:
    return [function(a, b) for a, b in pairs]


def _pattern_keys(
    patterns: Mapping[int, tuple[int, frozenset[int]]], documents: int
) -> dict[int, list[tuple[list[int], float]]]:
    """Per document, the postings of its recurring-word patterns (keyed with the paragraph
    count) that few documents share, each with its idf."""
    postings: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, (count, masks) in patterns.items():
        for mask in masks:
            postings[(count, mask)].append(index)
    keys: dict[int, list[tuple[list[int], float]]] = defaultdict(list)
    for docs in postings.values():
        if 2 <= len(docs) <= SHAPE_POSTINGS:
            weight = math.log(documents / len(docs))
            for index in docs:
                keys[index].append((docs, weight))
    return keys


def small_corpus_pairs(
    langs: Sequence[str],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]] | None = None,
) -> set[tuple[int, int]]:
    """Every pair (a < b) in different languages of one block (`groups`; by default
    `blocks`) whose both sides have a shape (SHAPE_PARAGRAPHS paragraphs)."""
    if groups is None:
        groups = blocks(langs, range(len(prints)), prints)
    pairs: set[tuple[int, int]] = set()
    for block in groups:
        shaped = sorted(i for i in block if prints[i].paragraphs >= SHAPE_PARAGRAPHS)
        pairs.update((a, b) for a, b in combinations(shaped, 2) if langs[a] != langs[b])
    return pairs


def seam_pairs(
    langs: Sequence[str],
    rank: Sequence[int],
    prints: Sequence[Fingerprint],
    groups: Sequence[Sequence[int]],
) -> set[tuple[int, int]]:
    """Pairs (a < b) of documents with a shape in different blocks (`groups`) and languages
    whose keys (`block_key`, each language's own lengths) lie within a translation's spread
    (BLOCK_SPREAD) on both, and whose paragraph counts differ by one at most: the blocks
    that a cut where no gap was (`_cut`'s split between the quartiles) put apart. Each
    document keeps its SEAM_PARTNERS nearest, among the SEAM_SCAN of its neighbourhood each
    side: the work grows with the documents, not their square. A cut at a gap puts no pair
    within the spread. In the planted stories put in one folder, a Japanese dialogue of 9
    paragraphs (its versions have 10), a Polish guide of 9 and a French poem of 6 (5) were
    cut from their versions, which a folder of the story alone groups whole."""
    block_of = {i: number for number, block in enumerate(groups) for i in block}
    members = [i for i in block_of if prints[i].paragraphs >= SHAPE_PARAGRAPHS]
    if len(groups) < 2 or not members:
        return set()
    keys = _own_lengths({i: block_key(langs[i], prints[i]) for i in block_of}, langs)
    order = sorted(members, key=lambda i: (keys[i], rank[i]))
    firsts = [keys[i][0] for i in order]
    pairs: set[tuple[int, int]] = set()
    for place, a in enumerate(order):
        low = max(bisect_left(firsts, keys[a][0] - BLOCK_SPREAD[0]), place - SEAM_SCAN)
        high = min(bisect_right(firsts, keys[a][0] + BLOCK_SPREAD[0]), place + SEAM_SCAN + 1)
        near = []
        for b in order[low:high]:
            pairs_of_keys = zip(keys[a], keys[b], BLOCK_SPREAD, strict=True)
            apart = [abs(x - y) / spread for x, y, spread in pairs_of_keys]
            if (
                block_of[a] != block_of[b]
                and langs[a] != langs[b]
                and max(apart) < 1
                and abs(prints[a].paragraphs - prints[b].paragraphs) <= 1
            ):
                near.append((round(sum(apart), 9), rank[b], b))
        pairs.update((min(a, b), max(a, b)) for *_, b in heapq.nsmallest(SEAM_PARTNERS, near))
    return pairs


def block_key(lang: str, p: Fingerprint) -> tuple[float, ...]:
    """What a translation keeps of a document's shape in any language: log(1 + x) of its
    paragraphs and of its length in Latin letters (LENGTH_FACTORS)."""
    return (
        math.log1p(p.paragraphs),
        math.log1p(p.chars * LENGTH_FACTORS.get(lang.split("-")[0], 1.0)),
    )


def blocks(
    langs: Sequence[str],
    rank: Sequence[int],
    prints: Sequence[Fingerprint],
    members: Sequence[int] | None = None,
) -> list[list[int]]:
    """The documents cut into blocks of SMALL_CORPUS or fewer (see the module docstring),
    each in increasing index; the cuts follow `rank` (path order) where keys tie, so that
    they do not depend on the documents' order. A folder of SMALL_CORPUS documents or fewer
    is one block; in a larger one only `members` (by default all) are cut into blocks, the
    others are in none (grouping.py: the documents with figures, which the features group
    at any size)."""
    every = list(range(len(prints)))
    if len(every) <= SMALL_CORPUS:
        return [every]
    keys = {i: block_key(langs[i], prints[i]) for i in (every if members is None else members)}
    keys = _own_lengths(keys, langs)
    done: list[list[int]] = []
    pieces = [list(keys)] if keys else []
    while pieces:
        piece = pieces.pop()
        if len(piece) <= SMALL_CORPUS:
            done.append(sorted(piece))
            continue
        cut, natural = _cut(piece, keys, rank)
        short = sum(prints[i].paragraphs < SHAPE_PARAGRAPHS for i in piece)
        if natural or (len(keys) <= FORCED_MEMBERS and 2 * short <= len(piece)):
            pieces.extend(cut)
        # else: short texts of one shape, or too many texts of one shape, to cut where no gap
        # is: left to the features, and the short texts to grouping_blocks.beyond_blocks
    return sorted(done)


def _own_lengths(
    keys: dict[int, tuple[float, ...]], langs: Sequence[str]
) -> dict[int, tuple[float, ...]]:
    """`keys` with each language's lengths moved by how far its median lies from the median
    of all (shrunk by LENGTH_PRIOR documents at none): the folder's own length factor of
    each language, where LENGTH_FACTORS knows only the scripts (a Bible passage in Syriac
    is 0.6 of its Latvian length, in Gbaya 1.7)."""
    if not keys:
        return keys
    by_lang: dict[str, list[float]] = defaultdict(list)
    for i, key in keys.items():
        by_lang[langs[i]].append(key[-1])
    middle = statistics.median(key[-1] for key in keys.values())
    shift = {
        lang: (statistics.median(values) - middle) * len(values) / (len(values) + LENGTH_PRIOR)
        for lang, values in by_lang.items()
    }
    return {i: (*key[:-1], key[-1] - shift[langs[i]]) for i, key in keys.items()}


def _cut(
    piece: list[int], keys: Mapping[int, tuple[float, ...]], rank: Sequence[int]
) -> tuple[list[list[int]], bool]:
    """A piece cut at every gap of BLOCK_SPREAD or more on the first dimension that has one
    (True: a natural cut); where none has, in two at the widest gap (relative to
    BLOCK_SPREAD) between its quartiles (False)."""
    best: tuple[float, int, list[int]] | None = None
    for dim, spread in enumerate(BLOCK_SPREAD):
        order = sorted(piece, key=lambda i: (keys[i][dim], rank[i]))
        values = [keys[i][dim] for i in order]
        cuts = [k for k in range(1, len(order)) if values[k] - values[k - 1] >= spread]
        if cuts:
            bounds = [0, *cuts, len(order)]
            return [order[x:y] for x, y in zip(bounds, bounds[1:], strict=False)], True
        quarter = len(order) // 4
        for k in range(max(1, quarter), len(order) - quarter + 1):
            gap = (values[k] - values[k - 1]) / spread
            if best is None or gap > best[0]:
                best = (gap, k, order)
    assert best is not None
    _, k, order = best
    return [order[:k], order[k:]], False


def _best(
    a: int,
    lang: str,
    langs: Sequence[str],
    rank: Sequence[int],
    keys: list[tuple[list[int], float]],
    limit: int,
) -> list[int]:
    """The `limit` partners of `a` in other languages that share the most weight with it."""
    shared: dict[int, float] = defaultdict(float)
    for docs, weight in keys:
        for b in docs:
            shared[b] += weight
    # Those in `a`'s language (`a` itself among them) summed too, then dropped: a test per
    # posting cost more than the sums (the others' sums and order are as they were).
    for b in [b for b in shared if langs[b] == lang]:
        del shared[b]
    if len(shared) <= limit:
        return list(shared)
    # Rounded: sums in another order (set order varies between runs) must tie alike. The
    # ranks are distinct, so no two keys are equal: the order is nsmallest's with a key.
    # Only a partner whose rounded weight reaches the `limit`-th largest's can be among the
    # best (rounding keeps the order); those lie within half a unit of the 9th decimal of it,
    # so the rest are left out before they are rounded and keyed.
    least = round(sorted(shared.values(), reverse=True)[limit - 1], 9) - 1e-9
    keyed = [(-round(weight, 9), rank[b], b) for b, weight in shared.items() if weight >= least]
    return [b for *_, b in heapq.nsmallest(limit, keyed)]
