"""What a missed omission costs against the truth, term by term.

`python bench/gap_costs.py --seed 15 [--lang th]` runs the Bible fault bench (`--apart`, as
`bench/faults_diag.py`) and, for every group where the language lost a verse, takes the
second pass's search as it was (its sides, length ratio and options) and compares two paths
through the whole table:

- *free*: the best path (what the aligner chose, up to ties);
- *truthful*: the best path whose beads never cross a true bead's edge (`faults_diag.true_beads`:
  segments that share a verse; an omitted verse alone), with the shapes the aligner has.

It prints both costs, their gap, the same two paths costed with the lexical term and the
orphan cost off (`no lex`), and the beads where they differ with each bead's cost (`--terms`:
also each one's evidence masses, what it shares, its lexical reward and the rest). A gap
that `no lex` closes or reverses is one the word evidence makes; a truthful path made dear by
many 0-1 beads is one the aligner's shapes cannot say (a true 1-5 bead). Dev seeds only
(< 100). A tool for finding why, not a benchmark.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.faults import KINDS, build_case, write_folder  # noqa: E402
from bench.faults_data import PIVOT, read_all  # noqa: E402
from bench.faults_diag import true_beads  # noqa: E402
from bench.faults_score import verses_of  # noqa: E402
from reviewer.core import align_search, aligning  # noqa: E402
from reviewer.core.align_evidence import pair_evidence  # noqa: E402
from reviewer.core.session import open_corpus  # noqa: E402

SEEN: list = []  # the second passes' searches: (src, tgt, ratio, options, beads)


def _spy(original):
    def search(s, t, ratio, options, path=None):
        out = original(s, t, ratio, options, path)
        if path is not None:
            SEEN.append((s, t, ratio, options, out[0]))
        return out

    return search


def bead_costs(s, t, ratio, options):
    """The cost of a bead of each shape ending at (i, j), as the search computes it over the
    whole table."""
    evidence = pair_evidence(s, t, options.max_df)
    n, m = s.size, t.size
    lo = np.zeros(n + 1, dtype=np.int64)
    widths = np.full(n + 1, m + 1, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(widths)[:-1]))
    shapes = [(di, dj, -math.log(p)) for di, dj, p in options.priors]
    insert = next(k for k, (di, dj, _) in enumerate(shapes) if (di, dj) == (0, 1))
    reach = (max(d for d, _, _ in shapes), max(d for _, d, _ in shapes))
    total = int(widths.sum())
    grid = align_search._Grid(s, t, evidence, lo, widths, starts, total, reach, options.orphan_mass)
    steps = align_search._all_step_costs(shapes, grid, options, ratio)
    skip_t = np.where(
        t.kinds > 0,
        options.boilerplate_skip,
        align_search._skip_cost(t.lengths / ratio, t.unmatched, shapes[insert][2], options)
        - (1.0 - t.insert_share) * (shapes[insert][2] + options.skip)
        + (t.skip_adjust if t.skip_adjust is not None else 0.0),
    )
    index = {(di, dj): k for k, (di, dj, _) in enumerate(shapes)}

    def cost(di: int, dj: int, i: int, j: int) -> float:
        if (di, dj) == (0, 1):
            return float(skip_t[j - 1])
        k = index.get((di, dj))
        return float(steps[k][i * (m + 1) + j]) if k in steps else math.inf

    return [(di, dj) for di, dj, _ in shapes], cost


def best_path(n: int, m: int, shapes, cost, allowed):
    """The cheapest path of beads that `allowed(i0, i1, j0, j1)` admits, and its cost."""
    table = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0):
                continue
            choice = (math.inf, None)
            for di, dj in shapes:
                before = table.get((i - di, j - dj))
                if before is None or not allowed(i - di, i, j - dj, j):
                    continue
                value = before[0] + cost(di, dj, i, j)
                if value < choice[0]:
                    choice = (value, (di, dj))
            if choice[1] is not None:
                table[(i, j)] = choice
    if (n, m) not in table:
        return math.inf, []
    path, i, j = [], n, m
    while (i, j) != (0, 0):
        di, dj = table[(i, j)][1]
        path.append(((i - di, i), (j - dj, j)))
        i, j = i - di, j - dj
    return table[(n, m)][0], path[::-1]


def _shown(path, cost) -> list[str]:
    return [
        f"{i0}-{i1}:{j0}-{j1} {cost(i1 - i0, j1 - j0, i1, j1):.2f}" for (i0, i1), (j0, j1) in path
    ]


def _terms(s, t, ratio, options, cost, path) -> list[str]:
    """Each bead of `path` with sentences on both sides, term by term: its evidence masses
    (`PairEvidence.src_mass`, `tgt_mass`), what they share, the lexical reward and the
    orphan cost in it, the rest (prior, lengths, paragraphs), and both sides' lengths."""
    evidence = pair_evidence(s, t, options.max_df)
    shared: dict[tuple[int, int], float] = {}
    for a, b, v in zip(*(x.tolist() for x in evidence.pairs), strict=True):
        shared[(a, b)] = shared.get((a, b), 0.0) + v
    _, no_lex = bead_costs(s, t, ratio, dataclasses.replace(options, lexical_weight=0.0))
    _, no_orphan = bead_costs(s, t, ratio, dataclasses.replace(options, orphan=0.0))
    out = []
    for (i0, i1), (j0, j1) in path:
        if i0 == i1 or j0 == j1:
            continue
        whole = cost(i1 - i0, j1 - j0, i1, j1)
        lex = whole - no_lex(i1 - i0, j1 - j0, i1, j1)
        orphan = whole - no_orphan(i1 - i0, j1 - j0, i1, j1)
        both = sum(shared.get((a, b), 0.0) for a in range(i0, i1) for b in range(j0, j1))
        out.append(
            f"{i0}-{i1}:{j0}-{j1} mass {evidence.src_mass[i0:i1].sum():.2f}"
            f" / {evidence.tgt_mass[j0:j1].sum():.2f} shared {both:.2f}: lex {lex:.2f}"
            f" orphan {orphan:.2f} rest {whole - lex - orphan:.2f}"
            f" (lengths {s.lengths[i0:i1].sum():.0f} / {t.lengths[j0:j1].sum():.0f})"
        )
    return out


def report(group_id: str, docs, segments, lang: str, terms: bool = False) -> None:
    ps = [(x.start, x.end) for x in segments[PIVOT]]
    ls = [(x.start, x.end) for x in segments[lang]]
    seen = [x for x in SEEN if x[0].size == len(ps) and x[1].size == len(ls)]
    if not seen:
        return
    s, t, ratio, options, chosen = seen[-1]
    home_s, home_t = {}, {}
    for k, (a, b) in enumerate(sorted(true_beads(ps, ls, docs[PIVOT], docs[lang]))):
        home_s.update(dict.fromkeys(a, k))
        home_t.update(dict.fromkeys(b, k))

    def truthful(i0, i1, j0, j1) -> bool:
        return len({home_s[i] for i in range(i0, i1)} | {home_t[j] for j in range(j0, j1)}) <= 1

    shapes, cost = bead_costs(s, t, ratio, options)
    free, free_path = best_path(s.size, t.size, shapes, cost, lambda *_: True)
    true_cost, true_path = best_path(s.size, t.size, shapes, cost, truthful)
    _, plain = bead_costs(s, t, ratio, dataclasses.replace(options, lexical_weight=0.0, orphan=0.0))

    def total(path, cost_) -> float:
        return sum(cost_(i1 - i0, j1 - j0, i1, j1) for (i0, i1), (j0, j1) in path)

    lost = [f.ref for f in docs[lang].faults if f.kind == "omission"]
    rows = [i for i, span in enumerate(ps) if set(lost) & verses_of(span, docs[PIVOT])]
    left = any(not b[1] and set(b[0]) & set(rows) for b in chosen)
    print(
        f"{group_id} {lang} lost {lost} (pivot rows {rows}, left alone: {left}): free {free:.2f},"
        f" truthful {true_cost:.2f}, gap {true_cost - free:.2f}; no lex: free"
        f" {total(free_path, plain):.2f}, truthful {total(true_path, plain):.2f}"
    )
    own_free = [b for b in free_path if b not in true_path]
    own_true = [b for b in true_path if b not in free_path]
    print("   free     :", " ".join(_shown(own_free, cost)))
    print("   truthful :", " ".join(_shown(own_true, cost)))
    if terms:
        for name, path in (("free", own_free), ("truthful", own_true)):
            for line in _terms(s, t, ratio, options, cost, path):
                print(f"     {name:9}{line}")


def dev_arguments(description: str) -> argparse.Namespace:
    """--seed (dev seeds only, < 100), --lang and --rounds, as this tool and
    `bench/thai_reach.py` take them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--lang", default="th")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--terms", action="store_true", help="each differing bead, term by term")
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("dev seeds only (< 100)")
    return args


def opened_rounds(seed: int, rounds: int):
    """Each faulted round of the Bible fault bench (`--apart`: a corpus of its own), opened as
    the pipeline opens it: (cases by group id, corpus)."""
    texts = read_all()
    for r in range(rounds):
        cases = {
            f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", seed, KINDS)
            for pid in texts[PIVOT]
        }
        with tempfile.TemporaryDirectory(prefix="gap-costs-") as tmp:
            folder = Path(tmp)
            groups = write_folder(folder, cases)
            languages = {p.name: p.name.split(".")[-2] for p in folder.glob("*.txt")}
            yield cases, open_corpus([folder], languages=languages, grouping_file=groups)


def main() -> int:
    args = dev_arguments(__doc__.split("\n\n")[0])
    aligning._search = _spy(aligning._search)
    for cases, corpus in opened_rounds(args.seed, args.rounds):
        for group in corpus.groups:
            docs = cases[group.id]
            if not any(f.kind == "omission" for f in docs[args.lang].faults):
                continue
            SEEN.clear()
            aligned = corpus.aligned(group)
            report(group.id, docs, aligned.segments, args.lang, args.terms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
