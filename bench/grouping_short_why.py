"""Why the short-text grouping errs: `python bench/grouping_short_why.py [--tune] [--seed N]`.

Builds the folders of bench/grouping_short.py, groups each one, and prints what went wrong:
each group that holds a distractor or a version of another passage, with that document's
evidence against each other member by kind (grouping_short: paragraph ends, alignment gain,
recurring words, sentence ends, marks, and the length penalty, or the length fit where both
languages have a factor: learnt here from the groups found, short_groups learns them from the
groups it first grows), and each passage whose versions were left alone or split, with where
each went (`-v`: every pair's evidence too). The
evidence is read from what `grouping.find_groups` hands `grouping_short.short_groups` (the
texts of too few sentences cut again, their fingerprints, the gain), so it is what decided.
Tune on the tune books; seeds 100 and over are kept for blind evaluation.
"""

from __future__ import annotations

import argparse
import sys
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

seen: dict = {}  # what find_groups handed short_groups, for the folder being grouped
_short_groups = grouping.short_groups


def _watched(documents, segments, prints, groups, rank, gain, *rest):  # type: ignore[no-untyped-def]
    seen.update(segments=segments, prints=prints, rank=rank, gain=gain)
    return _short_groups(documents, segments, prints, groups, rank, gain, *rest)


def evidence(documents, a: int, b: int) -> str:  # type: ignore[no-untyped-def]
    """A pair's evidence by kind, measured in path order as short_groups measures it."""
    segments, prints, rank = seen["segments"], seen["prints"], seen["rank"]
    a, b = sorted((a, b), key=rank.__getitem__)
    if documents[a].lang == documents[b].lang:
        return "one language"
    ends = short.shares_evidence(prints[a], prints[b])
    if ends is None:
        return f"paragraph ends apart ({prints[a].paragraphs} and {prints[b].paragraphs})"
    kinds = {
        "paragraph_ends": ends,
        "gain": seen["gain"](a, b),
        "words": short.RECURRING_WEIGHT
        * short.places_agreement(
            short.recurring_places(segments[a]), short.recurring_places(segments[b])
        ),
        "sentence_ends": short.ENDS_WEIGHT
        * short.places_met(
            [(short.sentence_places(segments[a]), short.sentence_places(segments[b]))],
            short.ENDS_NEAR,
        ),
        "marks": short.MARKS_WEIGHT
        * short.places_met(
            list(zip(short.mark_places(segments[a]), short.mark_places(segments[b]), strict=True)),
            short.MARKS_NEAR,
        ),
        "length": -short.length_penalty(
            prints[a], prints[b], short._dense(segments[a]), short._dense(segments[b])
        ),
    }
    factors = seen.get("factors", {})
    la, lb = documents[a].lang, documents[b].lang
    if la in factors and lb in factors and prints[a].chars and prints[b].chars:
        del kinds["length"]
        kinds["fit"] = short.length_fit(prints[a].chars, prints[b].chars, factors[la] - factors[lb])
    sentences = f"{sum(prints[a].sentences)}/{sum(prints[b].sentences)}"
    parts = " ".join(f"{k}={v:5.2f}" for k, v in kinds.items())
    return f"total={sum(kinds.values()):5.2f} {parts} sentences={sentences}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="the tune books (default: report)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folders", type=int, default=10)
    parser.add_argument("-v", action="store_true", help="every pair of a passage left apart")
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    grouping.short_groups = _watched
    books = TUNE_BOOKS if args.tune else REPORT_BOOKS
    for number, folder in enumerate(build(books, seed=args.seed, folders=args.folders)):
        seen.clear()
        documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
        groups = [sorted(g.members.values()) for g in grouping.find_groups(documents, segments)]
        if seen:
            seen["factors"] = short.length_factors(documents, seen["prints"], groups)
        labels = [d.group for d in folder]

        def name(i: int, labels=labels, documents=documents) -> str:
            return f"{i}:{documents[i].lang}:{labels[i] or 'distractor'}"

        where = {i: n for n, g in enumerate(groups) for i in g}
        for group in groups:
            most = Counter(labels[i] for i in group if labels[i]).most_common(1)
            passage = most[0][0] if most else None
            strays = [x for x in group if labels[x] != passage]
            if not strays:
                continue
            print(f"seed {args.seed} folder {number}: group {[name(i) for i in group]}")
            for x in strays:
                print(f"  {name(x)}")
                for y in (y for y in group if y != x and seen):
                    print(f"    with {name(y)}: {evidence(documents, x, y)}")
        passages: dict[str, list[int]] = {}
        for i, label in enumerate(labels):
            if label is not None:
                passages.setdefault(label, []).append(i)
        for label, members in passages.items():
            places = {where.get(i) for i in members}
            if len(places) == 1 and None not in places:
                continue
            went = " ".join(f"{name(i)}->{where.get(i, '-')}" for i in members)
            print(f"seed {args.seed} folder {number}: passage {label} apart: {went}")
            if args.v and seen:
                for x, y in combinations(members, 2):
                    print(f"    {name(x)} {name(y)}: {evidence(documents, x, y)}")


if __name__ == "__main__":
    main()
