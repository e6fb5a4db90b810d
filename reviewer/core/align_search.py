"""The pairwise aligner's search: a band around a path through anchors, bead costs
inside it, and dynamic programming over them (aligning.py).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict

import numpy as np

from reviewer.core.align_evidence import PairEvidence, Side
from reviewer.core.align_options import AlignOptions, Bead

# ---------------------------------------------------------------------------------------------
# Search: a band around a path through anchors, then dynamic programming inside it.


def anchor_points(src: Side, tgt: Side) -> list[tuple[int, int]]:
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


def band_center(n: int, m: int, anchors: list[tuple[int, int]]) -> np.ndarray:
    """The expected target position after each source position 0..n (piecewise linear)."""
    xs = [0.0] + [a + 0.5 for a, _ in anchors] + [float(n)]
    ys = [0.0] + [b + 0.5 for _, b in anchors] + [float(m)]
    return np.interp(np.arange(n + 1, dtype=np.float64), xs, ys)


def band_limits(center: np.ndarray, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
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


def length_cost(ls: np.ndarray | float, lt: np.ndarray, ratio: float, variance: float):
    """Gale-Church: target length ~ Normal(ratio * source, variance * mean length)."""
    mean = np.maximum((ls * ratio + lt) / 2, 1.0)
    return _tail_cost((lt - ls * ratio) / np.sqrt(variance * mean))


def solve(
    src: Side,
    tgt: Side,
    evidence: PairEvidence,
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
    if (n + 1) * (m + 1) <= SMALL_TABLE and _plain_whole(src, tgt, lo, hi):
        return _solve_small(src, tgt, evidence, options, ratio)
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
        cands = cost.take(start_of[start : start + w])  # (`take`: half a fancy index's work)
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
            np.copyto(row, best + acc, where=from_left)
            np.copyto(choice, -1, where=from_left)
        cost[start : start + w] = row
        back[start : start + w] = choice
    beads: list[Bead] = []
    costs: list[float] = []
    i, j = n, m
    touched = False
    # read back with Python numbers (`item`, lists): the same doubles, subtracted alike
    lo_l, hi_l = lo.tolist(), hi.tolist()
    while i > 0 or j > 0:
        k = j - lo_l[i]
        if (k == 0 and lo_l[i] > 0) or (k == widths_l[i] - 1 and hi_l[i] < m):
            touched = True
        r = back.item(starts_l[i] + k)
        di, dj, _ = shapes[insert if r < 0 else shape_of[r]]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        before = cost.item(starts_l[i - di] + j - dj - lo_l[i - di])
        costs.append(cost.item(starts_l[i] + k) - before)
        i, j = i - di, j - dj
    beads.reverse()
    costs.reverse()
    return beads, costs, touched


# A whole table of at most this many cells is searched with Python floats (`_solve_small`):
# most articles of a news corpus have a few sentences, and a search costs about 200 numpy
# calls whatever its size, each dearer than the arithmetic of a dozen cells.
SMALL_TABLE = 48


def _plain_whole(src: Side, tgt: Side, lo: np.ndarray, hi: np.ndarray) -> bool:
    """Whether `_solve_small` can search this table: the band is the whole table, and no
    boilerplate, merge costs nor paired paragraphs (a group's second pass) come into it."""
    return (
        lo[-1] == 0
        and hi[0] == tgt.size
        and src.merge_cost is None
        and (src.paired_paragraph is None or tgt.paragraphs is None)
        and not src.kinds.any()
        and not tgt.kinds.any()
    )


def _solve_small(
    src: Side, tgt: Side, evidence: PairEvidence, options: AlignOptions, ratio: float
) -> tuple[list[Bead], list[float], bool]:
    """`solve` over the whole table of a short pair (`_plain_whole`), cell by cell with
    Python floats (`_small_steps`, then `solve`'s rows): the same bits and the same beads
    (tests/test_fast_paths.py)."""
    n, m = src.size, tgt.size
    width = m + 1
    cells = (n + 1) * width
    inf = math.inf
    shapes = [(di, dj, -math.log(p)) for di, dj, p in options.priors]
    insert = next(k for k, (di, dj, _) in enumerate(shapes) if (di, dj) == (0, 1))
    order = [k for k, shape in enumerate(shapes) if shape[0]]  # as `_all_step_costs` keys them
    steps, acc = _small_steps(src, tgt, evidence, options, ratio, shapes)
    # the rows (`solve`'s loop), the first of equal minima as `argmin`. `cost` holds `base`
    # cells of inf before the table's, so that a bead that cannot end at a cell (inf there)
    # reads a start inside the list: never below the cell's value
    base = max(shapes[k][0] * width + shapes[k][1] for k in order)
    candidates = [
        (r, base - shapes[k][0] * width - shapes[k][1], steps[k]) for r, k in enumerate(order, 1)
    ]
    cost = [inf] * (base + cells)
    back = [0] * cells
    for i in range(n + 1):
        best = inf
        for j in range(width):
            c = i * width + j
            value, choice = (0.0, 0) if c == 0 else (inf, 0)
            for r, offset, step in candidates:
                v = cost[c + offset] + step[c]
                if v < value:
                    value, choice = v, r
            if value == inf:
                choice = 0
            t = value - acc[j]
            if j == 0 or t < best:
                best = t
            elif best < t:
                value, choice = best + acc[j], -1
            cost[base + c] = value
            back[c] = choice
    beads: list[Bead] = []
    costs: list[float] = []
    i, j = n, m
    while i > 0 or j > 0:
        r = back[i * width + j]
        di, dj, _ = shapes[insert if r < 0 else order[r - 1]]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        costs.append(cost[base + i * width + j] - cost[base + (i - di) * width + j - dj])
        i, j = i - di, j - dj
    beads.reverse()
    costs.reverse()
    return beads, costs, False


def _small_steps(
    src: Side,
    tgt: Side,
    evidence: PairEvidence,
    options: AlignOptions,
    ratio: float,
    shapes: list[tuple[int, int, float]],
) -> tuple[dict[int, list[float]], list[float]]:
    """For `_solve_small`: what `_all_step_costs` gives (per shape that takes source
    sentences, its bead's cost at every cell of the whole table, row after row, inf where it
    cannot end), and `solve`'s 0-1 beads' running sums along a row (`skip_acc`), with Python
    floats: every cost adds, multiplies and compares the same doubles in the same order as
    `_step_costs`, `_all_step_costs` and `solve` do, so the same bits. The logarithms are
    numpy's, one call for all of them, so that they round as numpy's do on any machine. A
    term that numpy adds as an exact 0.0 (a shape's masked part: an orphan term, a paragraph
    break it does not cross) is left out: adding +0.0 leaves any sum of these terms as it is
    (none is -0.0)."""
    n, m = src.size, tgt.size
    width = m + 1
    cells = (n + 1) * width
    inf = math.inf
    insert = next(k for k, (di, dj, _) in enumerate(shapes) if (di, dj) == (0, 1))
    order = [k for k, shape in enumerate(shapes) if shape[0]]
    ps, pt = _prefix(src.lengths), _prefix(tgt.lengths)
    ms, mt = _prefix(evidence.src_mass), _prefix(evidence.tgt_mass)
    cap, orphan = options.orphan_mass, options.orphan
    # per cell position, orphan * a sentence's own evidence (capped), as numpy multiplies it
    own_src = [orphan * min(v, cap) for v in evidence.src_mass.tolist()]
    own_tgt = [orphan * min(v, cap) for v in evidence.tgt_mass.tolist()]
    # the evidence a sentence pair shares, added in the pairs' order (as `bincount` adds)
    shared = [[0.0] * m for _ in range(n)]
    a, b, value = evidence.pairs
    for x, y, v in zip(a.tolist(), b.tolist(), value.tolist(), strict=True):
        shared[x][y] = shared[x][y] + v
    src_breaks = tgt_breaks = None
    if src.paragraphs is not None and n > 1:
        src_breaks = _paragraph_breaks(src).tolist()
    if tgt.paragraphs is not None and m > 1:
        tgt_breaks = _paragraph_breaks(tgt).tolist()
    whole_src, whole_tgt = src.script == "thai", tgt.script == "thai"
    lw2, penalty = options.lexical_weight * 2, options.paragraph_penalty
    root_pi, root_2, variance = math.sqrt(math.pi), math.sqrt(2.0), options.variance
    # Beads with sentences on both sides, up to `_tail_cost`'s logarithm: per (cell, shape),
    # the log's argument, and then the cost
    pending = []
    args = []
    for k in order:
        di, dj, prior = shapes[k]
        if not dj:
            continue
        for i in range(di, n + 1):
            ls = ps[i] - ps[i - di]
            for j in range(dj, m + 1):
                lt = pt[j] - pt[j - dj]
                mean = (ls * ratio + lt) / 2
                z = (lt - ls * ratio) / math.sqrt(variance * (mean if mean > 1.0 else 1.0))
                x = abs(z) / root_2
                if x < 3.0:
                    out = _A[5]
                    out = out * x + _A[4]
                    out = out * x + _A[3]
                    out = out * x + _A[2]
                    out = out * x + _A[1]
                    out = out * x + _A[0]
                    args.append(1.0 + x * out)
                else:
                    args.append(x * root_pi)  # (x >= 3.0: its `np.maximum(x, 3.0)`)
                pending.append((k, i, j, x))
    logs = np.log(np.array(args)).tolist() if args else []
    steps = {k: [inf] * cells for k in order}
    for (k, i, j, x), log in zip(pending, logs, strict=True):
        di, dj, prior = shapes[k]
        step = prior + (16.0 * log if x < 3.0 else x * x + log)
        rows = [shared[i - 1 - xx] for xx in range(di)]
        share_src = []
        for row in rows:
            total = 0.0
            for y in range(dj):
                total = total + row[j - 1 - y]
            share_src.append(total)
        lex = share_src[0]
        for more in share_src[1:]:
            lex = lex + more
        mass = ms[i] - ms[i - di] + mt[j] - mt[j - dj]
        step = step - lw2 * lex / (mass if mass > 1e-9 else 1e-9)
        if orphan:
            for xx in range(di):
                if (lex if whole_src else share_src[xx]) == 0:
                    step = step + own_src[i - 1 - xx]
            for y in range(dj):
                if whole_tgt:
                    none = lex == 0
                else:
                    total = 0.0
                    for row in rows:
                        total = total + row[j - 1 - y]
                    none = total == 0
                if none:
                    step = step + own_tgt[j - 1 - y]
        if src_breaks is not None:
            for back_k in range(di - 1):
                if src_breaks[i - back_k]:
                    step = step + penalty * src_breaks[i - back_k]
        if tgt_breaks is not None:
            for back_k in range(dj - 1):
                if tgt_breaks[j - back_k]:
                    step = step + penalty * tgt_breaks[j - back_k]
        steps[k][i * width + j] = step
    # the beads that leave source sentences alone (`_step_costs`: the same along a row)
    lengths = [0.0, *src.lengths.tolist()]
    unmatched = [0.0, *src.unmatched.tolist()]
    adjust = [0.0, *src.skip_adjust.tolist()] if src.skip_adjust is not None else None
    for k in order:
        di, dj, prior = shapes[k]
        if dj:
            continue
        for i in range(di, n + 1):
            skip = _skip_small(lengths[i], unmatched[i], prior, options)
            skip = skip + (adjust[i] if adjust is not None else 0.0)
            for back in range(1, di):
                at = i - back
                skip = skip + _skip_small(lengths[at], unmatched[at], 0.0, options) - options.skip
                if adjust is not None:
                    skip = skip + adjust[at]
            steps[k][i * width : (i + 1) * width] = [skip] * width
    # the beads that leave a target sentence alone, along a row: their running sums
    prior_in = shapes[insert][2]
    share = 1.0 - tgt.insert_share
    tgt_adjust = tgt.skip_adjust.tolist() if tgt.skip_adjust is not None else None
    acc = [0.0]
    for j, (length, lone) in enumerate(
        zip(tgt.lengths.tolist(), tgt.unmatched.tolist(), strict=True)
    ):
        cost = _skip_small(length / ratio, lone, prior_in, options)
        cost = cost - share * (prior_in + options.skip)
        cost = cost + (tgt_adjust[j] if tgt_adjust is not None else 0.0)
        acc.append(acc[-1] + cost)
    acc = [v - acc[0] for v in acc]  # (`solve`'s skip_acc: from the row's first cell)
    return steps, acc


def _prefix(values: np.ndarray) -> list[float]:
    """0.0 and the running sums of `values`, added one by one as `np.cumsum` adds them."""
    out = [0.0]
    for v in values.tolist():
        out.append(out[-1] + v)
    return out


def _skip_small(length: float, unmatched: float, prior: float, options: AlignOptions) -> float:
    """`_skip_cost` of one sentence, the same operations in the same order."""
    cost = prior + options.skip + options.skip_per_unit * length
    return cost - options.unmatched_discount * min(unmatched, 2.0)


def _candidates(
    grid: _Grid, shapes: list[tuple[int, int]], steps: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Per cell and shape r (column 0: none, the start; then `shapes`, whose bead costs are
    `steps`), where in `solve`'s `cost` the bead ending there would start, or `total` (a
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
    # (`take`, not `lo[pc]`: the same gather at half the work of numpy's fancy indexing)
    lo_p = lo.take(pc)
    ok = (p >= 0) & (q >= lo_p) & (q <= hi.take(pc))
    ok[:, 0] = False
    start_of = np.where(ok, starts.take(pc) + q - lo_p, total)
    step_of = np.zeros((total, len(shapes) + 1))
    step_of[:, 1:] = np.array(steps).T
    return start_of, step_of


class _Grid:
    """What every bead shape's cost needs of one band, computed once per search."""

    def __init__(
        self,
        src: Side,
        tgt: Side,
        evidence: PairEvidence,
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
        # no boilerplate on either side: no bead is boilerplate's (most news pairs)
        self.plain = not self.src_bp[-1] and not self.tgt_bp[-1]
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
        if lo[-1] == 0 and lo[0] + widths[0] - 1 == tgt.size:  # the whole table: every pair
            self.pairs = evidence.pairs
            return
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
        if not grid.plain:
            sb = grid.src_bp[rows] - grid.src_bp[p]
            skip = np.where(sb > 0, options.boilerplate_skip if di == 1 else np.inf, skip)
        return np.where(valid, skip, np.inf)
    sb = grid.src_bp[rows] - grid.src_bp[p]
    tb = grid.tgt_bp[cols] - grid.tgt_bp[q]
    ps, pt = grid.ps, grid.pt
    step = prior + length_cost(ps[rows] - ps[p], pt[cols] - pt[q], ratio, options.variance)
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
            breaks = _paragraph_breaks(side)
            for back_k in range(span - 1):
                step = step + options.paragraph_penalty * breaks[np.maximum(index - back_k, 0)]
    if src.merge_cost is not None:
        # (a target sentence that joins clauses with a semicolon where two of the bead's source
        # sentences meet holds both: no merge cost there)
        for back_k in range(di - 1):
            own = 1.0
            if dj == 1 and tgt.joins is not None:
                meet = grid.ps[np.maximum(rows - 1 - back_k, 0)] - grid.ps[p]
                own = ~_joined(tgt, meet / np.maximum(grid.ps[rows] - grid.ps[p], 1e-9), cols)
            step = step + src.merge_cost[np.maximum(rows - back_k, 0)] * own
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
    ps, pt = grid.ps, grid.pt
    step = priors + length_cost(
        ps.take(rows) - ps.take(p), pt.take(cols) - pt.take(q), ratio, options.variance
    )
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
    mass = grid.ms.take(rows) - grid.ms.take(p) + grid.mt.take(cols) - grid.mt.take(q)
    step = step - options.lexical_weight * 2 * lex / np.maximum(mass, 1e-9)
    if options.orphan:
        whole_src, whole_tgt = src.script == "thai", tgt.script == "thai"
        for x in range(most_i):
            own = grid.src_mass.take(np.maximum(rows - 1 - x, 0))
            none = (lex if whole_src else share_src[x]) == 0
            step = step + options.orphan * own * (none & (x < dis))
        for y in range(most_j):
            own = grid.tgt_mass.take(np.maximum(cols - 1 - y, 0))
            none = (lex if whole_tgt else share_tgt[y]) == 0
            step = step + options.orphan * own * (none & (y < djs))
    for side, index, spans in ((src, rows, dis), (tgt, cols, djs)):
        if side.paragraphs is not None and side.size > 1:
            breaks = _paragraph_breaks(side)
            for back_k in range(int(spans.max()) - 1):
                penalty = options.paragraph_penalty * breaks[np.maximum(index - back_k, 0)]
                step = step + penalty * (back_k < spans - 1)
    if src.merge_cost is not None:
        for back_k in range(most_i - 1):
            own = 1.0
            if tgt.joins is not None:
                meet = ps.take(np.maximum(rows - 1 - back_k, 0)) - ps.take(p)
                share = meet / np.maximum(ps.take(rows) - ps.take(p), 1e-9)
                own = ~(_joined(tgt, share, cols) & (djs == 1))
            step = step + src.merge_cost[np.maximum(rows - back_k, 0)] * (back_k < dis - 1) * own
    if src.paired_paragraph is not None and tgt.paragraphs is not None:
        step = step + options.paragraph_cross * _crossing(src, tgt, rows, cols)
    if grid.plain:  # no boilerplate on either side: every bead is of text
        out = np.where(valid, step, np.inf)
    else:
        sb = grid.src_bp[rows] - grid.src_bp[p]
        tb = grid.tgt_bp[cols] - grid.tgt_bp[q]
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


def _paragraph_breaks(side: Side) -> np.ndarray:
    """Indexed as the search's positions (i: the first i sentences), 1 at i where sentence
    i - 1 opens a paragraph that the sentence before it does not go on into
    (`Side.continues`): the breaks a bead over them pays `paragraph_penalty` for. Both step
    cost functions read them."""
    breaks = np.zeros(side.size + 1)
    breaks[2:] = side.paragraphs[1:] != side.paragraphs[:-1]
    if side.continues is not None:
        breaks[2:] *= ~side.continues[1:]
    return breaks


JOIN_NEAR = 0.1


def _joined(tgt: Side, share: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """True where the target sentence before `cols` joins clauses with a semicolon within
    `JOIN_NEAR` (share of its length) of `share` (where two source sentences of the bead meet,
    as a share of the bead's source length): it holds both."""
    marks = np.concatenate((np.full((1, tgt.joins.shape[1]), np.nan), tgt.joins))[cols]
    with np.errstate(invalid="ignore"):
        near = np.abs(marks - share[..., None]) < JOIN_NEAR
    return near.any(axis=-1)


def _crossing(src: Side, tgt: Side, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """1 where a bead ending at (rows, cols) pairs its last source sentence with a target
    sentence outside the paragraph that the source sentence's paragraph pairs with."""
    expected = np.concatenate(([-1], src.paired_paragraph))[rows]
    actual = np.concatenate(([-1], tgt.paragraphs))[cols]
    return ((expected >= 0) & (expected != actual)).astype(np.float64)


def paragraph_pairs(src: Side, tgt: Side, beads: list[Bead]) -> np.ndarray | None:
    """Per source sentence, the target paragraph that most of its paragraph's sentences are
    paired with in `beads`, -1 where none is (boilerplate does not vote); where both sides
    have as many paragraphs of text (`BALANCE_MIN_PARAGRAPHS` at least), one by one.

    Translations keep their paragraphs: a version paired one sentence off across the end of
    a paragraph has lost or gained a sentence inside it, and the gap belongs there rather
    than rows further on."""
    if src.paragraphs is None or tgt.paragraphs is None:
        return None
    own = np.unique(src.paragraphs[src.kinds == 0])
    other = np.unique(tgt.paragraphs[tgt.kinds == 0])
    if len(own) == len(other) >= BALANCE_MIN_PARAGRAPHS:
        # as many paragraphs of text on each side: they pair one by one, whatever a first pass
        # one off around a gap voted
        paired = dict(zip(own.tolist(), other.tolist(), strict=True))
        return np.array([paired.get(int(p), -1) for p in src.paragraphs], dtype=np.int64)
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
    _fill_between(paired, int(src.paragraphs.max()) + 1, int(tgt.paragraphs.max()) + 1)
    return np.array([paired.get(int(p), -1) for p in src.paragraphs], dtype=np.int64)


def _fill_between(paired: dict[int, int], sources: int, targets: int) -> None:
    """Pair a paragraph that no bead paired (its sentences all left alone) where the pairs
    around it step one by one: a recipe's one-word title, left alone by the first pass beside
    a longer title, was then free to join the next paragraph's bead. In place."""
    known = sorted(paired.items())
    if not known:
        return
    for p in range(sources):
        if p in paired:
            continue
        before = [(a, b) for a, b in known if a < p]
        after = [(a, b) for a, b in known if a > p]
        guess = None
        if before and after:
            (a0, b0), (a1, b1) = before[-1], after[0]
            if b1 - b0 == a1 - a0:
                guess = b0 + (p - a0)
        elif after:
            a1, b1 = after[0]
            guess = b1 - (a1 - p)
        elif before:
            a0, b0 = before[-1]
            guess = b0 + (p - a0)
        if guess is not None and 0 <= guess < targets and guess not in paired.values():
            paired[p] = guess


# Paragraph pairs a document needs for their lengths to tell: a news article of two
# paragraphs learns its length ratio mostly from the prior (`ratio_prior_chars`), and a
# Chinese one with an inserted sentence looked balanced (news bench: extra 0.95 -> 0.94).
BALANCE_MIN_PARAGRAPHS = 3


def balance_paragraphs(src: Side, tgt: Side, ratio: float, options: AlignOptions) -> None:
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
        after = length_cost(ls_without, lt_without, ratio, options.variance)
        return after - length_cost(ls, lt, ratio, options.variance)

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


def path_points(beads: list[Bead]) -> list[tuple[int, int]]:
    """The last sentence pair of every bead that has both sides: points a path goes through."""
    return [(s[-1], t[-1]) for s, t in beads if s and t]
