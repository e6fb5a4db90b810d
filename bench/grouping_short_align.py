"""Does the aligner tell a group's true members from the strays? (issue 12, item 2)

`python bench/grouping_short_align.py [--tune] [--seed N ...]` builds the folders of
bench/grouping_short.py, groups each one, and for every member of each group of three or
more found (true: a version of the passage most members are; stray: a distractor or a
version of another passage) measures against the other members:

- `evidence`: the mean of the short texts' own evidence (grouping_short, as
  bench/grouping_short_why.py reads it) and its least pair (`evidence_min`);
- `cost_full` / `cost_first`: the aligner's cost per sentence (`aligning.align_pair_costs`,
  both passes with the learnt word table, or the first pass alone as the verification aligns),
  negated so that higher is surer;
- `sure_full` / `sure_first`: the share of its beads that are 1-1 with a confidence of 0.5
  or more (`aligning.confidence`);
- `group`: the mean confidence of its cells when the whole group is aligned
  (`group_alignment.align_group`, witnesses and all) with the member that resembles the others
  most as the pivot, and `group_rel`, that less the other members' mean.

It prints the area under the curve of each (the chance that a true member scores above a
stray), over all members and over those whose mean evidence is under 1.0, where the strays
are. Seeds 100 and over are kept for blind evaluation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.grouping_short_why as why  # noqa: E402
from bench.bench_grouping import prepare  # noqa: E402
from bench.grouping_dev import REPORT_BOOKS, TUNE_BOOKS  # noqa: E402
from bench.grouping_short import build  # noqa: E402
from reviewer.core import aligning, grouping  # noqa: E402
from reviewer.core import grouping_short as short  # noqa: E402
from reviewer.core.group_alignment import align_group  # noqa: E402

SURE = 0.5


def _total(text: str) -> float | None:
    """The total of a `why.evidence` line, None where the pair cannot be versions."""
    if not text.startswith("total="):
        return None
    return float(text[len("total=") :].split()[0])


def _cost(a, b, lang_a, lang_b, options) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Cost per sentence (negated) and the share of sure 1-1 beads."""
    a = [s for s in a if s.boilerplate is None]
    b = [s for s in b if s.boilerplate is None]
    beads, costs = grouping._alignment(a, b, lang_a, lang_b, options)
    sure = sum(
        len(x) == 1 == len(y) and aligning.confidence(c) >= SURE
        for (x, y), c in zip(beads, costs, strict=True)
    )
    return -sum(costs) / (len(a) + len(b)), sure / max(1, len(beads))


def _cells(rows, lang: str, pivot: str) -> float | None:  # type: ignore[no-untyped-def]
    values = [
        r.confidence[lang]
        for r in rows
        if r.cells.get(lang) and r.cells.get(pivot) and lang in r.confidence
    ]
    return sum(values) / len(values) if values else None


def _mean(values) -> float | None:  # type: ignore[no-untyped-def]
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def members(books: tuple[str, ...], seed: int) -> list[dict]:
    """One record per member of each group of three or more found."""
    grouping.short_groups = why._watched
    found = []
    for folder in build(books, seed=seed):
        why.seen.clear()
        documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
        groups = [sorted(g.members.values()) for g in grouping.find_groups(documents, segments)]
        if not why.seen:
            continue
        cut = why.seen["segments"]
        why.seen["factors"] = short.length_factors(documents, why.seen["prints"], groups)
        labels = [d.group for d in folder]
        lang = [d.lang for d in documents]
        for group in (g for g in groups if len(g) >= 3):
            most = Counter(labels[i] for i in group if labels[i]).most_common(1)
            passage = most[0][0] if most else None
            evidence = {
                (x, y): _total(why.evidence(documents, x, y))
                for x in group
                for y in group
                if x != y
            }
            full = {}
            first = {}
            for x in group:
                for y in group:
                    if x < y:
                        full[x, y] = full[y, x] = _cost(
                            cut[x], cut[y], lang[x], lang[y], aligning.DEFAULT_OPTIONS
                        )
                        first[x, y] = first[y, x] = _cost(
                            cut[x], cut[y], lang[x], lang[y], grouping._VERIFY_OPTIONS
                        )
            for x in group:
                others = [y for y in group if y != x]

                # the pivot: the member that resembles the others (x left out) most
                pivot, best = others[0], None
                for y in others:
                    value = _mean(evidence[y, z] for z in group if z not in (x, y))
                    if value is not None and (best is None or value > best):
                        pivot, best = y, value
                rows = align_group({lang[i]: cut[i] for i in group}, lang[pivot])
                own = _cells(rows, lang[x], lang[pivot])
                rest = _mean(_cells(rows, lang[y], lang[pivot]) for y in others if y != pivot)
                found.append(
                    {
                        "true": labels[x] == passage,
                        "evidence": _mean(evidence[x, y] for y in others),
                        "evidence_min": min(
                            (v for y in others if (v := evidence[x, y]) is not None), default=None
                        ),
                        "cost_full": _mean(full[x, y][0] for y in others),
                        "cost_first": _mean(first[x, y][0] for y in others),
                        "sure_full": _mean(full[x, y][1] for y in others),
                        "sure_first": _mean(first[x, y][1] for y in others),
                        "group": own,
                        "group_rel": None if own is None or rest is None else own - rest,
                    }
                )
    return found


def auc(true: list[float], stray: list[float]) -> float | None:
    """The chance that a true member scores above a stray (ties: half)."""
    if not true or not stray:
        return None
    wins = sum(1.0 if t > s else 0.5 if t == s else 0.0 for t in true for s in stray)
    return wins / (len(true) * len(stray))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="the tune books (default: report)")
    parser.add_argument("--seed", type=int, nargs="+", default=[0])
    args = parser.parse_args()
    if any(s >= 100 for s in args.seed):
        parser.error("seeds 100 and over are kept for blind evaluation")
    books = TUNE_BOOKS if args.tune else REPORT_BOOKS
    found = [m for seed in args.seed for m in members(books, seed)]
    low = [m for m in found if m["evidence"] is not None and m["evidence"] < 1.0]
    print(f"members {len(found)}, strays {sum(not m['true'] for m in found)}; ", end="")
    print(f"mean evidence under 1.0: {len(low)}, strays {sum(not m['true'] for m in low)}")
    for key in ("evidence", "evidence_min", "cost_full", "cost_first", "sure_full", "sure_first"):
        print(key, *(_auc_of(part, key) for part in (found, low)))
    for key in ("group", "group_rel"):
        print(key, *(_auc_of(part, key) for part in (found, low)))


def _auc_of(part: list[dict], key: str) -> str:
    value = auc(
        [m[key] for m in part if m["true"] and m[key] is not None],
        [m[key] for m in part if not m["true"] and m[key] is not None],
    )
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
