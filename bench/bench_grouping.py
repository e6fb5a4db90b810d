"""Grouping quality and speed: `python bench/bench_grouping.py dev|news [options]`.

`dev` groups the Bible dev set (bench/grouping_dev.py) and reports pair precision, recall and
F1 and the distractors put in a group, each on a line of its own with its group's members.
`news` groups generated news corpora (bench/corpus.py) of the given sizes and reports groups
found exactly, grouping seconds and peak memory. The documents' languages are given (the
language identifier is benchmarked elsewhere); segmenting and boilerplate marking are done
first and not timed.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.memory import peak_mb  # noqa: E402
from reviewer.core import boilerplate, grouping, segmenting  # noqa: E402
from reviewer.core.model import Document, Group  # noqa: E402


def prepare(items: Sequence[tuple[str, str, str]]):
    """Documents and marked segments of (name, lang, text) items."""
    documents = [Document(name, Path(name), text, lang, "") for name, lang, text in items]
    raw = [segmenting.segment(d.text, d.lang) for d in documents]
    langs = [d.lang for d in documents]
    segments = boilerplate.mark_corpus(raw, langs, texts=[d.text for d in documents])
    return documents, segments


def pair_scores(truth: Sequence[str | None], groups: Sequence[Group]) -> dict[str, float]:
    """Pair precision/recall/F1 against `truth` (a group label per document, None alone)."""
    found = {(min(a, b), max(a, b)) for g in groups for a, b in combinations(g.members.values(), 2)}
    by_label: dict[str, list[int]] = {}
    for index, label in enumerate(truth):
        if label is not None:
            by_label.setdefault(label, []).append(index)
    true = {pair for docs in by_label.values() for pair in combinations(sorted(docs), 2)}
    hits = len(found & true)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    grouped = {i for g in groups for i in g.members.values()}
    exact_truth = {tuple(sorted(d)) for d in by_label.values()}
    exact_found = {tuple(sorted(g.members.values())) for g in groups}
    return {
        "true pairs": len(true),
        "found pairs": len(found),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "distractors grouped": sum(1 for i in grouped if truth[i] is None),
        "groups": len(exact_truth),
        "groups exact": len(exact_truth & exact_found),
    }


def run_dev(books: Sequence[str], seed: int) -> dict[str, float]:
    from bench.grouping_dev import build

    docs = build(tuple(books), seed=seed)
    documents, segments = prepare([(d.name, d.lang, d.text) for d in docs])
    start, cpu = time.perf_counter(), time.process_time()
    groups = grouping.find_groups(documents, segments)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    result = pair_scores([d.group for d in docs], groups)
    result.update(documents=len(docs), seconds=seconds, cpu_seconds=cpu)
    return result, distractors_grouped(docs, groups)


def distractors_grouped(docs, groups: Sequence[Group]) -> list[str]:
    """One line per distractor put in a group: its language and part, and the group's
    members (language and part), to read the case without writing the set out."""
    lines = []
    for g in groups:
        members = sorted(g.members.values(), key=lambda i: docs[i].lang)
        for x in members:
            if docs[x].group is None:
                others = ", ".join(f"{docs[i].lang} {docs[i].part}" for i in members if i != x)
                lines.append(f"distractor {docs[x].lang} {docs[x].part} with {others}")
    return sorted(lines)


def run_news(size: int, seed: int) -> dict[str, float]:
    from bench.corpus import generate

    items, truth = generate(size, seed=seed)
    documents, segments = prepare([(name, lang, text) for name, lang, text in items])
    label = {name: group for group, names in truth.items() for name in names}
    gc.collect()
    before = peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    groups = grouping.find_groups(documents, segments)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    result = pair_scores([label.get(name) for name, _, _ in items], groups)
    result.update(
        documents=len(items), seconds=seconds, cpu_seconds=cpu, peak_mb=peak_mb(), before_mb=before
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("dev", "news"))
    parser.add_argument("--books", nargs="+", help="dev: books (default: the report books)")
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.what == "dev":
        from bench.grouping_dev import REPORT_BOOKS

        result, distractors = run_dev(args.books or REPORT_BOOKS, args.seed)
        print(
            " ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
            )
        )
        for line in distractors:
            print(line)
        return
    for size in args.sizes:
        result = run_news(size, args.seed)
        print(
            " ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
