"""How far the short texts' evidence can take the grouping (issue 12): an oracle bound.

`python bench/grouping_short_bound.py [--tune] [--seeds 0 29] [--bar 0.15]` builds the folders
of bench/grouping_short.py, groups each one, and reads the evidence of every pair of short
texts as the last growth of `grouping_short.short_groups` weighed it (the length fit and all).
It prints, for passages of one paragraph and of two to four apart:

- the pair precision, recall and F1 of the grouping found;
- the chance that a pair of versions has more evidence than a pair that is not (area under
  the curve, over the pairs whose paragraph ends can be compared);
- an oracle's recall: each passage's versions, told by the answer key, the member with the
  least mean evidence with the others dropped until every one reaches `--bar` (the mean that
  a text needs to join a group, `SHORT_LINK`), kept where three or more remain; and the F1
  that this recall gives at the precision found, and at a precision of 1.

The oracle knows which texts are versions of one another; what it cannot do is group a
version whose evidence says it is not one. So its recall bounds what any linkage over this
evidence reaches at that bar. Tune on the tune books; seeds 100 and over are kept for blind
evaluation.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_grouping import prepare  # noqa: E402
from bench.grouping_dev import REPORT_BOOKS, TUNE_BOOKS  # noqa: E402
from bench.grouping_short import build  # noqa: E402
from reviewer.core import grouping  # noqa: E402
from reviewer.core import grouping_short as short  # noqa: E402
from reviewer.core.grouping_features import SHAPE_PARAGRAPHS, fingerprint  # noqa: E402

# each view's (a block's documents, by path) last growth: its prints and pair evidence
seen: dict[tuple[str, ...], tuple] = {}
_grown = short._grown


def _watched(documents, prints, groups, rank, figures, texts, fixed, evidence, *rest):  # type: ignore[no-untyped-def]
    seen[tuple(d.path for d in documents)] = (prints, evidence)
    return _grown(documents, prints, groups, rank, figures, texts, fixed, evidence, *rest)


def folder_view(names: list[str]):  # type: ignore[no-untyped-def]
    """The folder's prints (None for a document no view holds) and its pairs' evidence (None
    across views), in the folder's numbering, from what `seen` kept of its views."""
    where = {}  # folder index -> (view, index in it)
    for view, (prints, evidence) in seen.items():
        place = {name: k for k, name in enumerate(view)}
        for i, name in enumerate(names):
            if name in place:
                where[i] = (prints, evidence, place[name])
    prints = [where[i][0][where[i][2]] if i in where else None for i in range(len(names))]

    def evidence(a: int, b: int) -> float | None:
        if a not in where or b not in where or where[a][1] is not where[b][1]:
            return None
        return where[a][1](where[a][2], where[b][2])

    return prints, evidence


def area(positive: list[float], negative: list[float]) -> float:
    """The chance that a positive scores above a negative (ties half)."""
    ordered = sorted(negative)
    below = sum(
        bisect_left(ordered, x) + (bisect_right(ordered, x) - bisect_left(ordered, x)) / 2
        for x in positive
    )
    return below / (len(positive) * len(ordered)) if positive and ordered else float("nan")


def oracle(members: list[int], evidence, bar: float) -> list[int]:  # type: ignore[no-untyped-def]
    """The versions of one passage that an oracle keeps: the one with the least mean evidence
    with the others leaves until each reaches `bar`; a member whose paragraph ends are apart
    from more than one other's (evidence None) leaves first."""
    kept = list(members)
    while len(kept) >= 2:
        means = {}
        for x in kept:
            values = [evidence(x, y) for y in kept if y != x]
            known = [v for v in values if v is not None]
            mean = sum(known) / len(known) if known else -1e9
            means[x] = mean - (1e9 if len(values) - len(known) > 1 else 0.0)
        worst = min(kept, key=means.__getitem__)
        if means[worst] >= bar:
            break
        kept.remove(worst)
    return kept if len(kept) >= 3 else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="the tune books (default: report)")
    parser.add_argument("--seeds", type=int, nargs=2, default=(0, 9), metavar=("FIRST", "LAST"))
    parser.add_argument("--folders", type=int, default=10)
    parser.add_argument("--bar", type=float, default=short.SHORT_LINK)
    args = parser.parse_args()
    if args.seeds[1] >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    short._grown = _watched
    books = TUNE_BOOKS if args.tune else REPORT_BOOKS
    true, hits, found, kept = Counter(), Counter(), Counter(), Counter()
    scores: dict[tuple[str, bool], list[float]] = {}
    for seed in range(args.seeds[0], args.seeds[1] + 1):
        for folder in build(books, seed=seed, folders=args.folders):
            seen.clear()
            documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
            groups = [sorted(g.members.values()) for g in grouping.find_groups(documents, segments)]
            if not seen:
                continue
            prints, evidence = folder_view([d.path for d in documents])
            labels = [d.group for d in folder]
            paragraphs = [
                fingerprint(s, d.lang).paragraphs for s, d in zip(segments, documents, strict=True)
            ]

            def kind(i: int, paragraphs=paragraphs) -> str:
                return "1" if paragraphs[i] == 1 else "2-4"

            for group in groups:
                for a, b in combinations(group, 2):
                    found[kind(a)] += 1
                    hits[kind(a)] += labels[a] is not None and labels[a] == labels[b]
            passages: dict[str, list[int]] = {}
            for i, label in enumerate(labels):
                if label is not None:
                    passages.setdefault(label, []).append(i)
            for members in passages.values():
                true[kind(members[0])] += len(members) * (len(members) - 1) // 2
                if all(
                    p is not None and 0 < p.paragraphs < SHAPE_PARAGRAPHS
                    for p in map(prints.__getitem__, members)
                ):
                    left = len(oracle(members, evidence, args.bar))
                    kept[kind(members[0])] += left * (left - 1) // 2
            texts = [i for i, p in enumerate(prints) if p is not None and short.is_short(p)]
            for a, b in combinations(texts, 2):
                same = prints[a].paragraphs == prints[b].paragraphs
                if same and documents[a].lang != documents[b].lang:
                    if (value := evidence(a, b)) is not None:
                        versions = labels[a] is not None and labels[a] == labels[b]
                        scores.setdefault((kind(a), versions), []).append(value)
    for counter in (true, hits, found, kept):
        counter["all"] = counter["1"] + counter["2-4"]
    for name in ("1", "2-4", "all"):
        precision = hits[name] / found[name] if found[name] else 1.0
        recall = hits[name] / true[name] if true[name] else 1.0
        bound = kept[name] / true[name] if true[name] else 1.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        auc = area(scores.get((name, True), []), scores.get((name, False), []))  # nan for "all"
        print(
            f"paragraphs {name}: true pairs {true[name]}, found {found[name]}: "
            f"precision {precision:.3f} recall {recall:.3f} F1 {f1(precision, recall):.3f}; "
            f"area under the curve {auc:.3f}; "
            f"oracle at {args.bar}: recall {bound:.3f}, F1 {f1(precision, bound):.3f} "
            f"(precision 1: {f1(1.0, bound):.3f})"
        )


if __name__ == "__main__":
    main()
