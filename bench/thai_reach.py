"""Which planted Thai omissions and insertions the segments let a row show at all.

`python bench/thai_reach.py --seed N [--lang th]` builds the Bible fault bench's faulted
rounds (as `bench/faults_diag.py`), opens each round as the pipeline does (guided cuts
included) and tells, per planted omission, whether the version's segments end where the
omitted verse was (else a segment holds the end of the verse before and the start of the
verse after, and no row can leave the omitted verse alone), and per insertion whether its
segments start and end where the inserted verse does. Also counts the verse ends inside a
paragraph that no segment ends at, and the segment ends that fall inside a verse. Dev seeds
only (< 100). A tool for finding why, not a benchmark.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults_inject import INSERTED  # noqa: E402
from bench.gap_costs import dev_arguments, opened_rounds  # noqa: E402


def main() -> int:
    args = dev_arguments(__doc__.split("\n\n")[0])
    counts = {"omission": [0, 0], "insertion": [0, 0]}
    joins = [0, 0]  # verse ends inside a paragraph, cut
    inner = [0, 0]  # segment ends, inside a verse
    for cases, corpus in opened_rounds(args.seed, args.rounds):
        for group in corpus.groups:
            doc = cases[group.id][args.lang]
            segments = corpus.aligned(group).segments[args.lang]
            bounds = {s.start for s in segments} | {s.end for s in segments}
            for (_, _, end), (_, start, _) in zip(doc.units, doc.units[1:], strict=False):
                if start - end <= 1:
                    joins[0] += 1
                    joins[1] += end in bounds or start in bounds
            for s in segments:
                inner[0] += 1
                inner[1] += any(a < s.end < b for _, a, b in doc.units)
            for fault in doc.faults:
                if fault.kind == "omission":
                    before = max(
                        i
                        for i, u in enumerate(doc.units)
                        if not u[0].startswith(INSERTED) and _key(u[0]) < _key(fault.ref)
                    )
                    end, start = doc.units[before][2], doc.units[before + 1][1]
                    ok = end in bounds or start in bounds
                elif fault.kind == "insertion":
                    a, b = fault.span
                    ok = (a in bounds or a - 1 in bounds) and (b in bounds or b + 1 in bounds)
                else:
                    continue
                counts[fault.kind][0] += 1
                counts[fault.kind][1] += ok
                if not ok:
                    print(f"unreachable: {group.id} {fault.kind} {fault.ref}")
    for kind, (n, ok) in counts.items():
        print(f"{args.lang} {kind}: {ok} of {n} reachable")
    print(f"verse joins inside a paragraph cut: {joins[1]} of {joins[0]}")
    print(f"segment ends inside a verse: {inner[1]} of {inner[0]}")
    return 0


def _key(ref: str) -> tuple[int, int]:
    chapter, verse = ref.split(":")
    return int(chapter), int(verse)


if __name__ == "__main__":
    raise SystemExit(main())
