"""Why true pairs are lost and distractors grouped on the Bible dev cuts (issue 12, stop 38):
`python bench/grouping_lost.py SEED [SEED ...] [--books tune]`.

Groups one dev set per seed (`bench/grouping_dev.py`, report books by default) with
`grouping.find_groups` watched from outside (its stages wrapped, nothing changed), then
classes every true pair that is not in one found group and every distractor in a group by
the stage and evidence that decided it, and prints one line per case with the pair's (or
member's) verified scores and their parts. Any seed but the lead's blind ones (241-243)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_grouping import pair_scores, prepare  # noqa: E402
from bench.grouping_dev import REPORT_BOOKS, TUNE_BOOKS, build  # noqa: E402
from reviewer.core import grouping  # noqa: E402

BLIND = range(241, 244)  # the lead's held-out dev seeds: never run here


class Watch:
    """The stages of one find_groups run, recorded by wrapping the module's functions."""

    def __init__(self) -> None:
        self.scored = None
        self.scorer = None
        self.verified: dict[tuple[int, int], float] = {}
        self.off_topic: set[int] = set()
        self.off_meaning: set[int] = set()
        self.before_blocks: list[list[int]] = []
        self.segments = None
        self.was_in: dict[int, list[int]] = {}
        originals = {
            name: getattr(grouping, name)
            for name in ("_score_candidates", "_verify", "_off_topic", "_off_meaning", "in_blocks")
        }
        self.originals = originals

        def score_candidates(documents, prints, segments=None, **options):
            found = originals["_score_candidates"](documents, prints, segments, **options)
            self.scored, self.scorer = found
            self.segments = segments
            return self.scored, self.scorer

        def verify(scorer, segments, pair, value):
            result = originals["_verify"](scorer, segments, pair, value)
            self.verified[pair] = result
            return result

        def off_topic(*args):
            found = originals["_off_topic"](*args)
            self.off_topic |= found
            self.was_in.update({i: list(g) for g in args[2] for i in g if i in found})
            return found

        def off_meaning(*args):
            found = originals["_off_meaning"](*args)
            self.off_meaning |= found
            self.was_in.update({i: list(g) for g in args[2] for i in g if i in found})
            return found

        def in_blocks(blocks, kept, treat):
            self.before_blocks = [list(g) for g in kept]
            return originals["in_blocks"](blocks, kept, treat)

        grouping._score_candidates = score_candidates
        grouping._verify = verify
        grouping._off_topic = off_topic
        grouping._off_meaning = off_meaning
        grouping.in_blocks = in_blocks

    def score(self, pair: tuple[int, int]) -> tuple[float, bool, float]:
        """(verified or feature score, candidate?, shape) of a pair, scored now if needed."""
        a, b = pair
        value = self.scored.get(pair)
        candidate = value is not None
        if value is None:
            value = grouping._score_pair(self.scorer, a, b, grouping._shape_ends(self.scorer, a, b))
        if pair in self.verified:
            return self.verified[pair], candidate, value.shape
        if value.sure:
            return value.score, candidate, value.shape
        v = self.originals["_verify"](self.scorer, self.segments, pair, value)
        self.verified[pair] = v
        return v, candidate, value.shape


def _lost(seed: int, books: tuple[str, ...], classes: Counter) -> None:
    """Print one seed's lost true members and grouped distractors; count them in `classes`."""
    docs = build(books, seed=seed)
    documents, segments = prepare([(d.name, d.lang, d.text) for d in docs])
    watch = Watch()
    try:
        groups = grouping.find_groups(documents, segments)
    finally:
        for name, f in watch.originals.items():
            setattr(grouping, name, f)
    r = pair_scores([d.group for d in docs], groups)
    print(f"seed {seed}: f1={r['f1']:.3f} distractors={r['distractors grouped']}")
    owner = {i: k for k, g in enumerate(groups) for i in g.members.values()}
    members = [sorted(g.members.values()) for g in groups]
    before = {i: frozenset(g) for g in watch.before_blocks for i in g}

    def stage_of(x: int) -> str:
        """'links' where x's group was found before the blocks, else 'blocks'."""
        k = owner.get(x)
        if k is None:
            return "links" if x not in before else "blocks"
        return "links" if before.get(x) == frozenset(members[k]) else "blocks"

    def name(i: int) -> str:
        return f"{docs[i].lang} {docs[i].part}"

    def how(x: int, others: list[int]) -> str:
        """Each pair's score (* where no index proposed it) / shape."""
        parts = []
        for y in others:
            v, cand, shape = watch.score((min(x, y), max(x, y)))
            parts.append(f"{v:.2f}{'' if cand else '*'}/{shape:.2f}")
        return " ".join(parts)

    def mean(x: int, others: list[int]) -> float:
        return sum(watch.score((min(x, y), max(x, y)))[0] for y in others) / len(others)

    by_label: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        if d.group:
            by_label[d.group].append(i)
    # every true member that is not with all of its group's versions
    for label, true in sorted(by_label.items()):
        found = Counter(owner.get(i) for i in true)
        main, size = max(
            ((k, n) for k, n in found.items() if k is not None),
            key=lambda kn: kn[1],
            default=(None, 0),
        )
        if main is not None and size == len(true) and len(members[main]) == len(true):
            continue
        for x in true:
            k = owner.get(x)
            if k == main and main is not None:
                continue
            core = [i for i in true if i != x and (main is None or owner.get(i) == main)]
            if x in watch.off_topic:
                kind = "off_topic"
            elif x in watch.off_meaning:
                kind = "off_meaning"
            elif k is None:
                kind = "alone"
            elif all(docs[i].group == label for i in members[k]):
                kind = "split"
            else:
                kind = "wrong group"
            if kind in ("alone", "split") and core:
                kind += " mean<min" if mean(x, core) < grouping.MIN_SCORE else " mean>=min"
            if main is None:
                kind = "group not found: " + kind
            classes[kind.split(":")[0]] += len(core)
            line = f"  lost [{kind}] {name(x)} pairs={len(core)} ({stage_of(x)}) with"
            line += f" {len(core)}: {how(x, core)}"
            if k is not None and kind == "wrong group":
                others = [i for i in members[k] if i != x]
                line += f" | in group {', '.join(map(name, others))}: {how(x, others)}"
            if x in watch.was_in:
                others = [i for i in watch.was_in[x] if i != x]
                line += f" | was in {', '.join(map(name, others))}: {how(x, others)}"
            print(line)
    for g in members:
        for x in g:
            if docs[x].group is None:
                others = [i for i in g if i != x]
                classes["distractor " + stage_of(x)] += 1
                print(
                    f"  DISTRACTOR {name(x)} ({stage_of(x)}) mean {mean(x, others):.2f} in "
                    f"{', '.join(map(name, others))}: {how(x, others)}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="+", type=int)
    parser.add_argument("--books", choices=("report", "tune"), default="report")
    args = parser.parse_args()
    books = REPORT_BOOKS if args.books == "report" else TUNE_BOOKS
    classes: Counter = Counter()
    for seed in args.seeds:
        if seed in BLIND:
            raise SystemExit(f"seed {seed} is held out (blind seeds {min(BLIND)}-{max(BLIND)})")
        _lost(seed, tuple(books), classes)
    print("classes (lost true pairs; a group not found counts each member's pairs):")
    for kind, n in classes.most_common():
        print(f"  {kind}: {n}")


if __name__ == "__main__":
    main()
