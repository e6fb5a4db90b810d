"""What two sentences can share whatever their languages: each side's keys, and
the pairs of sentences that share them, weighted (the pairwise aligner's evidence, aligning.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from reviewer.core import pattern_cache
from reviewer.core.abjad_names import ABJAD_LANGUAGES, abjad_name_links, writing
from reviewer.core.lexical import (
    length_units,
    name_keys,
    number_lang,
    script_class,
)
from reviewer.core.sentence_memo import sentence_keys  # kept for recurring sentences

# ---------------------------------------------------------------------------------------------
# Evidence: what two sentences can share whatever their languages (lexical.py).


@dataclass
class Side:
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
    learnt: PairEvidence | None = None
    texts: Sequence[str] = ()  # the sentences, for the translation model
    # in a group, from the witnesses: per position i + 1, the cost of a bead that merges
    # sentence i with the one before it (None: no such cost)
    merge_cost: np.ndarray | None = None
    # in a group (target side): per sentence, where it joins clauses with a semicolon (`;`,
    # `；`, `؛` inside it), as shares of its length (NaN: no more), so that a bead of it and
    # two pivot sentences that end about there pays no `merge_cost`
    # (`group_alignment._witness_shapes`); None where no sentence does
    joins: np.ndarray | None = None
    # in a group, from the first pass (source side): per sentence, the target paragraph its
    # own paragraph pairs with, -1 for none (`paragraph_pairs`)
    paired_paragraph: np.ndarray | None = None
    # in a group: per sentence, added to the cost of leaving it alone (`balance_paragraphs`)
    skip_adjust: np.ndarray | None = None
    # in a group (target side): the share of a lost sentence's prior and fixed skip cost that
    # one of its sentences left alone pays (`_insert_share`)
    insert_share: float = 1.0
    # in a group (source side): per sentence, True where it holds a name in Latin letters that
    # every other version keeps as it is and this one nowhere has
    # (`group_alignment._kept_verbatim`): left alone, it pays no paragraph balance; None: none
    lacks_kept: np.ndarray | None = None
    # per sentence, True where it goes on with the one before across a paragraph break
    # (`_continues`): no break for the paragraph penalty; None where none does
    continues: np.ndarray | None = None
    # in a group (source side): per sentence, taken off the cost of leaving it alone where
    # every other version leaves it alone (`witness_alone.pivot_alone`); None: none
    alone_credit: np.ndarray | None = None

    @property
    def size(self) -> int:
        return len(self.keys)


def make_side(
    texts: Sequence[str],
    kinds: Sequence[str | None] | None,
    paragraphs: Sequence[int] | None,
    lang: str | None,
    names: bool = True,
) -> Side:
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
    side = Side(lengths, keys, words, tokens, base, kind_ids, paras, script, texts=texts)
    if paras is not None:
        side.continues = _continues(texts, kind_ids, paras)
    return side


# What ends a sentence (a closing quotation mark or bracket may follow it).
_SENTENCE_END = pattern_cache.compile(r"[.!?…。！？؟।։۔]['\"”’»」』）)\]]*\s*$")
_STARTS_LOWER = pattern_cache.compile(r"^\W*\p{Ll}")


def _continues(
    texts: Sequence[str], kinds: np.ndarray, paragraphs: np.ndarray
) -> np.ndarray | None:
    """Per sentence, whether it goes on with the sentence before it across a paragraph break:
    the one before ends with no sentence mark (a comma, a word) and it begins in lower case.
    Such a break cut a sentence in two (a line wrapped in a PDF, a verse split as the
    Vietnamese Bible splits Revelation 22:4-5, "…Đêm không còn có nữa," then "và chúng sẽ
    không cần…"), and a bead that joins the halves crosses no paragraph (`paragraph_penalty`;
    with it, the first half was left alone, a false `extra`). None where no break is such.
    Scripts without case (Thai, Han, Arabic) keep every break."""
    out = np.zeros(len(paragraphs), dtype=bool)
    for i in (np.flatnonzero(paragraphs[1:] != paragraphs[:-1]) + 1).tolist():
        out[i] = bool(
            not kinds[i]
            and not kinds[i - 1]
            and _STARTS_LOWER.match(texts[i])
            and not _SENTENCE_END.search(texts[i - 1])
        )
    return out if out.any() else None


def fresh_side(side: Side) -> Side:
    """A `make_side` result as new: its keys its own (pairs add to them); the rest, which pairs
    only replace, shared."""
    return replace(side, keys=[set(keys) for keys in side.base_keys])


_units = lru_cache(maxsize=65536)(length_units)  # the pivot is measured once per group


@lru_cache(maxsize=64)
def _kind_id(kind: str) -> int:
    """A small integer per boilerplate kind (0 is text); unknown kinds share one id."""
    from reviewer.core.model import BOILERPLATE_KINDS

    ids = {name: k + 1 for k, name in enumerate(BOILERPLATE_KINDS)}
    return ids.get(kind, len(ids) + 1)


_SHORTEST_COGNATE = 5  # letters; at this length a letter changed for another sound is chance
# Letters that cognates and transliterations trade (unter / under, visit / vizit)
_SOUND_CLASS = {
    c: k
    for k, letters in enumerate(("aeiouy", "bpfvw", "dt", "gkqjc", "szx", "mn", "lr"))
    for c in letters
}


def _akin(a: str, b: str) -> bool:
    """Whether two words of one length differ only in letters of one sound class."""
    return all(
        x == y or _SOUND_CLASS.get(x, x) == _SOUND_CLASS.get(y, y)
        for x, y in zip(a, b, strict=True)
    )


_COGNATES_ONE_BY_ONE = 16  # pairs of words in a table of `link_cognates` compared one by one


def link_cognates(src: Side, tgt: Side, *, max_pairs: int = 4_000_000) -> None:
    """Give name-like words that are near-identical across the sides a shared key (rapidfuzz)."""
    every_src, every_tgt = set().union(*src.words), set().union(*tgt.words)
    shared = every_src & every_tgt  # the same word on both sides links them already
    src_words = sorted(w for w in every_src - shared if len(w) >= _SHORTEST_COGNATE)
    tgt_words = sorted(w for w in every_tgt - shared if len(w) >= _SHORTEST_COGNATE)
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
        if len(a) == len(b) == _SHORTEST_COGNATE and not _akin(a, b):
            continue  # one letter of five changed for another sound: legte / lente
        link.setdefault(a, "c:" + a)
        link.setdefault(b, link[a])
    if not link:  # most pairs (three in four of the generated news): nothing to add
        return
    for side in (src, tgt):
        for keys, words in zip(side.keys, side.words, strict=True):
            keys.update(map(link.__getitem__, filter(link.__contains__, words)))


def link_abjad_names(src: Side, tgt: Side, src_lang: str | None, tgt_lang: str | None) -> None:
    """Give a name that an Arabic or Hebrew document and a cased one both write a shared key
    (`abjad_names`): neither its capitals nor its romanisation link it."""
    if src_lang and tgt_lang and not ABJAD_LANGUAGES.intersection((src_lang, tgt_lang)):
        return  # most pairs: no abjad side
    sides = {writing(src.texts, src_lang): src, writing(tgt.texts, tgt_lang): tgt}
    abjad, cased = sides.get("abjad"), sides.get("cased")
    if abjad is None or cased is None:
        return
    for skeleton, abjad_at, cased_at in abjad_name_links(abjad.texts, cased.texts):
        for side, where in ((abjad, abjad_at), (cased, cased_at)):
            for i in where:
                if not side.kinds[i]:
                    side.keys[i].add("a:" + skeleton)


@dataclass
class PairEvidence:
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


def pair_evidence(src: Side, tgt: Side, max_df: int) -> PairEvidence:
    """Keys weighted by rarity (1 / document frequency); keys too common to tell are dropped."""
    df_src = Counter(chain.from_iterable(src.keys))
    df_tgt = Counter(chain.from_iterable(tgt.keys))
    # Only the keys of both sides are read (a few dozen of a few hundred), in any order: the
    # sums run in each sentence's own order of its keys (`_shared_evidence`).
    both = df_src.keys() & df_tgt.keys()
    weight = {
        k: 1.0 / max(df_src[k], df_tgt[k])
        for k in both
        if df_src[k] <= max_df and df_tgt[k] <= max_df
    }
    a, b, value, src_mass, tgt_mass = _shared_evidence(src, tgt, weight)
    local_keys = {
        k for k in both if k not in weight and (k in ALWAYS_TELL or k.startswith(LOCAL_PREFIXES))
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
    return PairEvidence((a, b, value), src_mass, tgt_mass)


# Below this many weighted keys held on the source side, `_shared_evidence` meets them in
# Python (`_shared_few`): a news article's few dozen meetings cost less than the numpy calls.
FEW_KEYS = 64


def _shared_evidence(src: Side, tgt: Side, weight: dict[str, float]):
    """Per sentence pair sharing weighted keys, the sum of their weights (a, b, value); per
    sentence, the weight of its keys (src_mass, tgt_mass).

    Each sum adds the weights in the sorted order of the sentence's keys, as a loop over them
    would (the same bits), not in the set's order, which changes with PYTHONHASHSEED (a last
    bit that broke a tie between a 1-0 and a 0-1 bead); the pairs come out in (a, b) order.
    Arrays rather than a dictionary of pairs: 70,000 key meetings on one Text+Berg document."""
    src_held = [sorted(filter(weight.__contains__, keys)) for keys in src.keys]
    if sum(map(len, src_held)) < FEW_KEYS:
        return _shared_few(src_held, tgt, weight)
    return _shared_many(src_held, tgt, weight)


def _shared_few(src_held: list[list[str]], tgt: Side, weight: dict[str, float]):
    """`_shared_evidence` by a loop over the key meetings: each sum from 0.0 in the same
    order, so the same bits (tests/test_fast_paths.py)."""
    holding: dict[str, list[int]] = defaultdict(list)
    tgt_mass = np.zeros(tgt.size)
    for j, keys in enumerate(tgt.keys):
        mass = 0.0
        for k in sorted(filter(weight.__contains__, keys)):
            holding[k].append(j)
            mass += weight[k]
        tgt_mass[j] = mass
    src_mass = np.zeros(len(src_held))
    met: dict[int, float] = {}
    m = max(tgt.size, 1)
    for i, keys in enumerate(src_held):
        mass = 0.0
        for k in keys:
            w = weight[k]
            mass += w
            for j in holding[k]:
                cell = i * m + j
                met[cell] = met.get(cell, 0.0) + w
        src_mass[i] = mass
    cells = np.array(sorted(met), dtype=np.int64)
    value = np.array([met[c] for c in cells.tolist()], dtype=np.float64)
    return cells // m, cells % m, value, src_mass, tgt_mass


def _shared_many(src_held: list[list[str]], tgt: Side, weight: dict[str, float]):
    """`_shared_evidence` by numpy (`FEW_KEYS` and more); `src_held`: each source sentence's
    weighted keys, sorted (made once, by `_shared_evidence`)."""
    ids = {k: n for n, k in enumerate(weight)}
    values = np.fromiter(weight.values(), dtype=np.float64, count=len(weight))
    tgt_held = [sorted(filter(weight.__contains__, keys)) for keys in tgt.keys]
    sides = []
    for held in (src_held, tgt_held):
        counts = [len(h) for h in held]
        where = np.repeat(np.arange(len(held), dtype=np.int64), counts)
        key = np.fromiter(
            map(ids.__getitem__, chain.from_iterable(held)), dtype=np.int64, count=sum(counts)
        )
        mass = np.bincount(where, weights=values[key], minlength=len(held))
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


def _where(side: Side, wanted: set[str]) -> dict[str, np.ndarray]:
    """For each wanted key, the sentences of `side` that hold it, in order."""
    where: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(side.keys):
        for k in keys & wanted:
            where[k].append(i)
    return {k: np.array(where[k], dtype=np.int64) for k in wanted}


def _local_pairs(
    src: Side, tgt: Side, where_src: np.ndarray, where_tgt: np.ndarray
) -> PairEvidence:
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
    return PairEvidence((a, b, np.full(a.size, weight)), src_mass, tgt_mass)


# ---------------------------------------------------------------------------------------------
# Thai: a pivot sentence whose words nothing in its paired Thai paragraph translates.

# In a group's second pass against a Thai version (segments are clauses), leaving a pivot
# sentence alone costs THAI_LONELY_WEIGHT less per unit (1 / document frequency) of its
# word-table keys (`l:`) that no clause of the Thai paragraph its paragraph pairs with holds,
# beyond THAI_LONELY_FREE units and up to THAI_LONELY_CAP more (`thai_paragraph_lonely`).
# Tuned on the Bible fault bench, dev seeds 15, 3, 7 (docs/alignment.md, branch thai38): with
# 0.5 units free it found more, but the untouched Thai Revelation 20 got a false `missing`
# with the tables of all five chapters (tests/test_omissions.py), as it does at a weight of 3.
THAI_LONELY_WEIGHT = 2.0
THAI_LONELY_FREE = 1.0
THAI_LONELY_CAP = 3.0


def thai_paragraph_lonely(src: Side, tgt: Side, max_df: int) -> np.ndarray | None:
    """Per pivot sentence (`src`), the weight of its word-table keys (`l:`, 1 / document
    frequency among the pivot's sentences, those of more than `max_df` counting for nothing)
    that no sentence of the Thai paragraph its own paragraph pairs with
    (`Side.paired_paragraph`) holds; None unless `tgt` is Thai, `src` is not, and the
    paragraphs pair.

    A Thai version is cut into clauses: a pivot verse it left out is paired with a clause of
    a neighbour (the rows after it one off to the paragraph's end), and its words, which
    the Bible repeats elsewhere in the chapter, are no `_lonely` words of the whole document.
    In the paragraph that the pivot's pairs with they are missing: a translated verse's
    words are there."""
    paired = src.paired_paragraph
    if (
        tgt.script != "thai"
        or src.script == "thai"
        or paired is None
        or tgt.paragraphs is None
        or not src.size
    ):
        return None
    held: dict[int, set[str]] = defaultdict(set)
    for paragraph, keys in zip(tgt.paragraphs.tolist(), tgt.keys, strict=True):
        held[paragraph].update(keys)
    there = [
        None if paired[i] < 0 or src.kinds[i] else held.get(int(paired[i]), set())
        for i in range(src.size)
    ]
    return _missing_words(src.keys, there, max_df)


def version_paragraph_lonely(src: Side, tgt: Side, max_df: int) -> np.ndarray | None:
    """Per version sentence (`tgt`), the weight of its word-table keys (`l:`, 1 / document
    frequency among the version's sentences, those of more than `max_df` counting for
    nothing) that no pivot sentence whose paragraph pairs with its own
    (`Side.paired_paragraph`) holds; None unless the paragraphs pair.

    A verse added from elsewhere in the book shares some words with the pivot's chapter
    (the Bible repeats angel, throne, city), so they are no `_lonely` words of the whole
    document, but its paragraph's pivot sentences translate few of them: a translated
    sentence's words are there."""
    paired = src.paired_paragraph
    if paired is None or tgt.paragraphs is None or not tgt.size:
        return None
    held: dict[int, set[str]] = defaultdict(set)
    for i, keys in enumerate(src.keys):
        if paired[i] >= 0:
            held[int(paired[i])].update(keys)
    there = [
        None if kind else held.get(paragraph)
        for paragraph, kind in zip(tgt.paragraphs.tolist(), tgt.kinds.tolist(), strict=True)
    ]
    return _missing_words(tgt.keys, there, max_df)


def _missing_words(keys: list[set[str]], there: list[set[str] | None], max_df: int) -> np.ndarray:
    """Per sentence of one side (`keys`), the weight (1 / document frequency among these
    sentences) of its word-table keys (`l:`) that `there` (what the paragraph it pairs with
    holds) lacks; 0 where `there` is None. Keys of more than `max_df` sentences count for
    nothing, as in `pair_evidence`."""
    df = Counter(k for held in keys for k in held if k[:2] == "l:")
    lonely = np.zeros(len(keys))
    for i, (own, held) in enumerate(zip(keys, there, strict=True)):
        if held is not None:
            lonely[i] = sum(
                1.0 / df[k]
                for k in sorted(own)
                if k[:2] == "l:" and df[k] <= max_df and k not in held
            )
    return lonely


def thai_lonely_credit(src: Side, tgt: Side, max_df: int) -> None:
    """Leaving a pivot sentence alone costs less by its Thai paragraph's lonely words
    (`thai_paragraph_lonely`): added to `src.skip_adjust`."""
    lonely = thai_paragraph_lonely(src, tgt, max_df)
    if lonely is None:
        return
    credit = THAI_LONELY_WEIGHT * np.clip(lonely - THAI_LONELY_FREE, 0.0, THAI_LONELY_CAP)
    src.skip_adjust = (src.skip_adjust if src.skip_adjust is not None else 0.0) - credit
