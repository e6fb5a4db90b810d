"""Short texts in one large folder: the short-text dev set (bench/grouping_short.py) built as
a single folder of N documents instead of folders of 10 to 40, so that grouping is measured
past SMALL_CORPUS, where the folder is cut in blocks (grouping_candidates.blocks).

`python bench/grouping_blocks.py [--tune] [--seed N] [--sizes 40 80 ...] [--merged]` prints,
per size (with --merged: a folder of that size from each book, all in one folder),
the pair precision, recall and F1, the distractors grouped, the groups found exactly, the
blocks, the documents in none (short texts of one shape, grouped with their candidate
partners: grouping_blocks.beyond_blocks), the true pairs whose both documents are in one
block (what the blocks leave to find), and the grouping seconds (process time). Seeds 100
and over are kept for blind evaluation.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import grouping_short as short_set  # noqa: E402
from bench.grouping_dev import REPORT_BOOKS, TUNE_BOOKS  # noqa: E402


def evaluate(
    books: tuple[str, ...], seed: int, size: int, merged: bool = False
) -> dict[str, float]:
    from bench.bench_grouping import pair_scores, prepare
    from reviewer.core import grouping

    try:
        from reviewer.core.grouping_candidates import blocks
    except ImportError:  # a checkout from before the blocks (to compare): the folder is one

        def blocks(langs, rank, prints):  # type: ignore[no-redef]
            return [list(range(len(prints)))]

    short_set.FOLDER_SIZE = (size, size)
    if merged:  # a folder of `size` from each book, all in one (no passage met twice)
        folder = [d for book in books for d in short_set.build((book,), seed=seed, folders=1)[0]]
    else:
        (folder,) = short_set.build(books, seed=seed, folders=1)
    documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
    start = time.process_time()
    found = grouping.find_groups(documents, segments)
    seconds = time.process_time() - start
    labels = [d.group for d in folder]
    result = {"documents": len(folder), **pair_scores(labels, found)}
    prints = grouping.fingerprints(documents, segments)
    cut = blocks([d.lang for d in documents], range(len(documents)), prints)
    home = {i: number for number, block in enumerate(cut) for i in block}
    true = short_set.pairs_of(labels)
    result["blocks"] = len(cut)
    result["beyond blocks"] = len(documents) - len(home)  # (grouping_blocks.beyond_blocks)
    result["true pairs in a block"] = sum(1 for a, b in true if home.get(a, -1) == home.get(b))
    result["cpu_seconds"] = seconds
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="+", help="default: the report books")
    parser.add_argument("--tune", action="store_true", help="the tune books")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", nargs="+", type=int, default=[40, 80, 160])
    parser.add_argument("--merged", action="store_true", help="a folder of each size per book")
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    books = tuple(args.books or (TUNE_BOOKS if args.tune else REPORT_BOOKS))
    for size in args.sizes:
        fields = evaluate(books, args.seed, size, args.merged).items()
        line = [f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in fields]
        print(" ".join(line), flush=True)


if __name__ == "__main__":
    main()
