"""What the words of a group's versions mean, learnt from the other groups found (issue 12).

The groups found in a corpus are multi-parallel text: each paragraph of a group is a slot
that holds the same content in each member's language. A term-by-slot matrix over those
slots (a term is a language's word cut to five letters, weighed by its idf over the slots)
and its truncated singular value decomposition put the words of every language in one space:
cross-language latent semantic indexing (Dumais, Letsche, Littman and Landauer 1997), here
learnt from the corpus itself. Two words that never meet in the groups a pair of languages
share still meet through the other languages of the groups, which a word table per pair of
languages cannot do (on the Bible dev set a pair of languages shares about four groups).

A version says in each paragraph what the other versions say in theirs; a neighbouring part
of the same book of a similar shape says other things, and its paragraphs are no more alike
the group's in the same place than in other places (`place_agreement`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from reviewer.core import pattern_cache
from reviewer.core.model import Segment

_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}'’-]*")
LETTERS = 5  # a word's first letters make its term ("angel" and "angels" are one)
RANK = 300  # dimensions of the space kept, at most
POWER = 0.5  # each dimension weighs its singular value to this power

Term = tuple[str, str]  # (language, word cut to LETTERS)


def paragraph_terms(segments: Sequence[Segment], lang: str) -> list[Counter[Term]]:
    """Per paragraph of a document's text (boilerplate left out), the terms it holds."""
    by: dict[int, Counter[Term]] = {}
    for s in segments:
        if s.boilerplate is None:
            found = by.setdefault(s.paragraph, Counter())
            found.update((lang, w.lower()[:LETTERS]) for w in _WORD.findall(s.text))
    return [by[p] for p in sorted(by)]


class Slots:
    """The term-by-slot matrix of `slots` (terms in two slots or more, each weighing its
    idf) and its Gram matrix; `space(left_out)` is its truncated SVD without some slots,
    computed from the Gram matrix (a corpus has far fewer slots than terms)."""

    def __init__(self, slots: Sequence[Mapping[Term, int]]):
        df = Counter(t for slot in slots for t in slot)
        self.terms = {t: k for k, t in enumerate(sorted(t for t, n in df.items() if n >= 2))}
        n = self.size = len(slots)
        self.idf = np.zeros(len(self.terms))
        for t, k in self.terms.items():
            self.idf[k] = math.log(n / df[t])
        term_ids: list[int] = []
        slot_ids: list[int] = []
        for j, slot in enumerate(slots):
            for t in slot:
                k = self.terms.get(t)
                if k is not None:
                    term_ids.append(k)
                    slot_ids.append(j)
        order = np.argsort(np.array(term_ids, dtype=np.int64), kind="stable")
        self.term_of = np.array(term_ids, dtype=np.int64)[order]
        self.slot_of = np.array(slot_ids, dtype=np.int64)[order]
        self.starts = np.searchsorted(self.term_of, np.arange(len(self.terms) + 1))
        # The Gram matrix, language by language: a language's terms are only in the slots of
        # the groups that have it, so each block is small and dense.
        self.gram = np.zeros((n, n))
        by_lang: dict[str, list[int]] = {}
        for t, k in self.terms.items():
            by_lang.setdefault(t[0], []).append(k)
        for ks in by_lang.values():
            first, last = ks[0], ks[-1]  # contiguous: the terms are sorted
            a, b = self.starts[first], self.starts[last + 1]
            where, cols = np.unique(self.slot_of[a:b], return_inverse=True)
            block = np.zeros((last + 1 - first, len(where)))
            block[self.term_of[a:b] - first, cols] = self.idf[self.term_of[a:b]]
            self.gram[np.ix_(where, where)] += block.T @ block

    def space(self, left_out: Sequence[int] = (), rank: int = RANK) -> LatentSpace:
        return LatentSpace(self, left_out, rank)

    def whole(self, rank: int = RANK) -> LatentSpace:
        """The space of all the slots, once (`LatentSpace.without` leaves some out of the
        words' coordinates)."""
        return LatentSpace(self, (), rank)


class LatentSpace:
    """The truncated SVD of a `Slots` matrix less the slots `left_out` (their words teach
    nothing here: a group is read in the space the other groups make)."""

    def __init__(self, slots: Slots, left_out: Sequence[int], rank: int):
        self.slots = slots
        keep = np.ones(slots.size, dtype=bool)
        keep[list(left_out)] = False
        kept = np.flatnonzero(keep)
        values, vectors = np.linalg.eigh(slots.gram[np.ix_(kept, kept)])
        order = np.argsort(values)[::-1][:rank]
        values, vectors = values[order], vectors[:, order]
        sure = values > 1e-9 * max(float(values[0]) if len(values) else 0.0, 1.0)
        self._rows = np.zeros((slots.size, int(sure.sum())))  # V, 0 for the slots left out
        self._rows[kept] = vectors[:, sure]
        # a term's coordinates: its row of U = X V / s, each dimension weighed s ** POWER
        self._scale = np.sqrt(values[sure]) ** (POWER - 1.0)
        self.dimensions = int(sure.sum())

    def without(self, left_out: Sequence[int]) -> LatentSpace:
        """This space with the slots `left_out` taking no part in the words' coordinates
        (the dimensions stay those of all the slots)."""
        out = object.__new__(LatentSpace)
        out.slots, out._scale, out.dimensions = self.slots, self._scale, self.dimensions
        out._rows = self._rows.copy()
        out._rows[list(left_out)] = 0.0
        return out

    def vector(self, terms: Mapping[Term, int]) -> np.ndarray:
        """A text's place in the space: the sum of its known terms' coordinates, each
        weighed by its idf (the terms' counts do not count)."""
        s = self.slots
        out = np.zeros(self.dimensions)
        for t in terms:
            k = s.terms.get(t)
            if k is None:
                continue
            out += s.idf[k] ** 2 * self._rows[s.slot_of[s.starts[k] : s.starts[k + 1]]].sum(axis=0)
        return out * self._scale


def _unit(vectors: Sequence[np.ndarray]) -> np.ndarray:
    m = np.array(vectors, dtype=float)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


def place_agreement(a: Sequence[np.ndarray], b: Sequence[np.ndarray]) -> float | None:
    """How much more alike two documents' paragraphs are in the same place than in other
    places: the mean cosine of paragraph i with paragraph i, less the mean over i != j. None
    where their paragraph counts differ or are under two."""
    n = len(a)
    if n != len(b) or n < 2:
        return None
    m = _unit(a) @ _unit(b).T
    diag = float(np.trace(m))
    return diag / n - (float(m.sum()) - diag) / (n * n - n)
