"""Why true pairs are lost among many short texts of one shape (beyond the blocks):
`python bench/grouping_blocks_why.py [--seed N] [--size N] [--books ...]` builds the merged
folder of bench/grouping_blocks.py (`--merged`, tune books), groups it, and classes each
true pair that is not grouped together by what the view of short texts beyond the blocks
(grouping_blocks.beyond_blocks) saw of it, from the second growth (`grouping_short._grown`
with the lengths fitted): neither is among the other's candidate partners
(`near_partners`); their evidence is None (one language, paragraph ends apart); under the
large view's bar (LARGE_LINK); at the bar or over it but in other groups (each in a group,
one alone, both alone). It prints the counts and the evidence quantiles of the true pairs
and of the candidate pairs that are not true. Seeds 100 and over are kept for blind
evaluation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import grouping_short as short_set  # noqa: E402
from bench.grouping_dev import TUNE_BOOKS  # noqa: E402

seen: dict = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="+", default=list(TUNE_BOOKS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--dump", help="pickle the view's candidate pairs' evidence here")
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    from bench.bench_grouping import prepare
    from reviewer.core import grouping
    from reviewer.core import grouping_short as short

    small, grown = grouping._small_folder, short._grown

    def small_watched(documents, segments, prints, rank, scorer, indices, kept, refused, near=None):  # type: ignore[no-untyped-def]  # noqa: E501
        if near is not None:
            seen["indices"] = list(indices)
            seen["scorer"] = scorer
        return small(documents, segments, prints, rank, scorer, indices, kept, refused, near)

    def grown_watched(
        documents,
        prints,
        groups,
        rank,
        figures,
        group_short,
        fixed,
        pair_evidence,
        apart,
        near=None,
    ):  # type: ignore[no-untyped-def]  # noqa: E501
        if near is not None and len(near) > short.LARGE_VIEW:
            seen.update(near=near, evidence=pair_evidence, short=list(group_short))
        return grown(
            documents, prints, groups, rank, figures, group_short, fixed, pair_evidence, apart, near
        )

    groups_short = grouping.short_groups

    def short_watched(documents, segments, prints, groups, rank, gain, *rest):  # type: ignore[no-untyped-def]  # noqa: E501
        if len(rest) > 2 and rest[2] is not None:
            seen.update(gain=gain, segments=segments, prints=prints)
        return groups_short(documents, segments, prints, groups, rank, gain, *rest)

    grouping._small_folder, short._grown = small_watched, grown_watched
    grouping.short_groups = short_watched
    short_set.FOLDER_SIZE = (args.size, args.size)
    books = tuple(args.books)
    folder = [d for book in books for d in short_set.build((book,), seed=args.seed, folders=1)[0]]
    documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
    found = grouping.find_groups(documents, segments)
    labels = [d.group for d in folder]
    true = short_set.pairs_of(labels)
    group_of: dict[int, int] = {}
    for number, g in enumerate(found):
        for i in g.members.values():
            group_of[i] = number
    view = seen.get("indices", [])
    scorer = seen.get("scorer")
    from reviewer.core.grouping_blocks import NEAR_SCAN
    from reviewer.core.grouping_candidates import BLOCK_SPREAD, _own_lengths, block_key

    langs_all = [d.lang for d in documents]
    keys = _own_lengths({i: block_key(langs_all[i], scorer.prints[i]) for i in view}, langs_all)

    def unproposed(a: int, b: int) -> str:
        """Why near_partners did not propose a true pair: its paragraph ends (or counts) are
        apart, its lengths (the block key) lie further apart than a translation's spread,
        or it was ranked out (beyond NEAR_PARTNERS, or NEAR_SCAN in its row)."""
        pa, pb = scorer.prints[a], scorer.prints[b]
        if short.shares_evidence(pa, pb) is None:
            return "paragraph ends apart"
        if abs(keys[a][-1] - keys[b][-1]) > BLOCK_SPREAD[1]:
            return "lengths apart"
        row = sorted(keys[i][-1] for i in view if scorer.prints[i].paragraphs == pb.paragraphs)
        between = sum(
            1 for v in row if min(keys[a][-1], keys[b][-1]) < v < max(keys[a][-1], keys[b][-1])
        )
        return "beyond NEAR_SCAN" if between > NEAR_SCAN else "ranked out"

    place = {i: k for k, i in enumerate(view)}
    near, evidence = seen.get("near", {}), seen.get("evidence")
    classes: Counter[str] = Counter()
    true_values, false_values = [], []
    for a, b in sorted(true):
        if group_of.get(a, -1) == group_of.get(b, -2):
            classes["found"] += 1
            continue
        if a not in place or b not in place:
            classes["not in the view (blocks or features)"] += 1
            continue
        x, y = place[a], place[b]
        if y not in near.get(x, ()) and x not in near.get(y, ()):
            classes[f"no candidate: {unproposed(a, b)}"] += 1
            continue
        value = evidence(x, y) if evidence else None
        if value is None:
            classes["evidence None"] += 1
            continue
        true_values.append(value)
        if value < short.LARGE_LINK:
            classes["under the bar"] += 1
            continue
        ga, gb = group_of.get(a), group_of.get(b)
        alone = (ga is None) + (gb is None)
        where = ("two groups", "one alone", "both alone")[alone]
        classes[f"at the bar, {where}"] += 1
    truth = set(true)
    for x, ys in near.items():
        for y in ys:
            if x < y and (view[x], view[y]) not in truth and (view[y], view[x]) not in truth:
                v = evidence(x, y)
                if v is not None:
                    false_values.append(v)
    if args.dump:
        import pickle

        def kinds(a: int, b: int) -> tuple[float, ...]:
            """A pair's evidence by kind: paragraph ends, recurring words, sentence ends,
            marks (each weighted as short_groups weighs it; the gain and the lengths are
            the rest)."""
            segments, prints = seen["segments"], seen["prints"]
            pa, pb = (short._parts(prints[i], segments[i]) for i in (a, b))
            return (
                short.shares_evidence(prints[a], prints[b]) or 0.0,
                short.RECURRING_WEIGHT * short.places_agreement(pa[1], pb[1]),
                short.ENDS_WEIGHT * short.places_met([(pa[2], pb[2])], short.ENDS_NEAR),
                short.MARKS_WEIGHT
                * short.places_met(list(zip(pa[3], pb[3], strict=True)), short.MARKS_NEAR),
            )

        values = (
            {(x, y): evidence(x, y) for x, ys in near.items() for y in ys if x < y}
            if evidence
            else {}
        )
        langs = [documents[i].lang for i in view]
        # each text's mean evidence with each group found (3 members or more, all in the
        # view, none of its language) that holds one of its candidate partners
        in_view = [
            [place[i] for i in g.members.values()]
            for g in found
            if len(g.members) >= 3 and all(i in place for i in g.members.values())
        ]
        owner = {x: k for k, g in enumerate(in_view) for x in g}
        means = {}
        for x in range(len(view)):
            for k, g in enumerate(in_view):
                if owner.get(x) == k or set(g).isdisjoint(near.get(x, ())):
                    continue
                if any(langs[y] == langs[x] for y in g):
                    continue
                got = [evidence(x, y) for y in g]
                if all(v is not None for v in got):
                    means[(x, k)] = sum(got) / len(got)
            if x in owner:
                g = in_view[owner[x]]
                got = [evidence(x, y) for y in g if y != x]
                known = [v for v in got if v is not None]
                if known:
                    means[(x, owner[x])] = sum(known) / len(known)
        with open(args.dump, "wb") as out:
            pickle.dump(
                {
                    "view": view,
                    "near": near,
                    "evidence": values,
                    "langs": langs,
                    "labels": [labels[i] for i in view],
                    "group_of": [group_of.get(i) for i in view],
                    "groups": in_view,
                    "kinds": {pair: kinds(*pair) for pair in values if values[pair] is not None},
                    "means": means,
                    "gain": {pair: seen["gain"](*pair) for pair in values if "gain" in seen},
                    "features": {
                        pair: seen["scorer"].features(view[pair[0]], view[pair[1]])
                        for pair in values
                    },
                },
                out,
            )
    print(f"documents={len(folder)} view={len(view)} true pairs={len(true)}")
    for name, count in classes.most_common():
        print(f"  {name}: {count}")
    for name, values in (("lost true pairs", true_values), ("other candidates", false_values)):
        values.sort()
        if values:
            qs = [values[int(q * (len(values) - 1))] for q in (0.1, 0.25, 0.5, 0.75, 0.9, 0.99)]
            print(f"  {name} ({len(values)}): " + " ".join(f"{v:.2f}" for v in qs))


if __name__ == "__main__":
    main()
