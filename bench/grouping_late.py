"""Many long texts of one shape: Bible parts of PARAGRAPHS paragraphs (VERSES verses each) from
the tune books, translation groups of 3 to 6 languages and distractors as in
bench/grouping_dev.py (`build`; a chapter's last part may have 5), the first N documents of
the shuffled set. Nearly every group has one paragraph count, so `grouping._late_links`
meets every group for every document left alone: this measures its cost as the folder
grows (it was quadratic, stop 38).

`python bench/grouping_late.py [--seed N] [--sizes 500 1000]` prints per size the pair
scores, the documents left alone that `_late_links` was asked about, its links, and the
process seconds of `find_groups` and of `_late_links` alone. Seeds 100 and over are kept
for blind evaluation.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.grouping_dev import TUNE_BOOKS, build  # noqa: E402

PARAGRAPHS = 6
VERSES = (1, 2)  # verses a paragraph: enough parts in the tune books for 1,000 documents


def evaluate(seed: int, size: int) -> dict[str, float]:
    from bench.bench_grouping import pair_scores, prepare
    from reviewer.core import grouping

    folder = build(TUNE_BOOKS, seed=seed, part_paragraphs=(PARAGRAPHS,) * 2, per_paragraph=VERSES)
    folder = folder[:size]
    documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
    spent = [0.0, 0, 0]
    original = grouping._late_links

    def timed(scorer, scored, groups, free, verified):  # type: ignore[no-untyped-def]
        start = time.process_time()
        links = original(scorer, scored, groups, free, verified)
        spent[0] += time.process_time() - start
        spent[1] += len(free)
        spent[2] += len(links)
        return links

    grouping._late_links = timed
    try:
        start = time.process_time()
        found = grouping.find_groups(documents, segments)
        seconds = time.process_time() - start
    finally:
        grouping._late_links = original
    result = {"documents": len(folder), **pair_scores([d.group for d in folder], found)}
    result["alone asked"] = spent[1]
    result["late links"] = spent[2]
    result["late cpu_seconds"] = spent[0]
    result["cpu_seconds"] = seconds
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", nargs="+", type=int, default=[500, 1000])
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    for size in args.sizes:
        fields = evaluate(args.seed, size).items()
        line = [f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in fields]
        print(" ".join(line), flush=True)


if __name__ == "__main__":
    main()
