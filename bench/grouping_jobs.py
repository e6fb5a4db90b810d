"""Grouping's wall and CPU seconds with its candidate pairs scored here or in workers.

    python bench/grouping_jobs.py CORPUS [--rounds 2]

Reads CORPUS's front once (`open_corpus`), then runs `grouping.find_groups` on its documents
with `jobs` 1 and 2 in turn, `--rounds` times, and prints each run's wall seconds, this
process's CPU seconds (the serial part: what the other cores cannot take), its workers' and
whether the groups are the same. The machine's load is printed beside each figure: on a
shared machine the wall seconds mean little above a load of about 2.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's reviewer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of documents")
    parser.add_argument("--rounds", type=int, default=2, help="runs with each number of jobs")
    args = parser.parse_args()
    from reviewer.core import grouping
    from reviewer.core.session import open_corpus

    corpus = open_corpus([args.corpus])
    documents, segments = corpus.documents, corpus.segments
    prints = grouping.fingerprints(documents, segments)
    first = None
    for _ in range(args.rounds):
        for jobs in (1, 2):
            load = os.getloadavg()[0]
            wall, cpu, workers = time.perf_counter(), time.process_time(), _workers_cpu()
            groups = grouping.find_groups(documents, segments, prints=prints, jobs=jobs)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            workers = _workers_cpu() - workers
            first = groups if first is None else first
            print(
                f"jobs {jobs}: {wall:.2f} s wall, {cpu:.2f} CPU s here and {workers:.2f} in"
                f" workers, load {load:.1f},"
                f" {'same groups' if groups == first else 'OTHER GROUPS'}"
            )


def _workers_cpu() -> float:
    """CPU seconds (user and system) of the worker processes ended so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


if __name__ == "__main__":
    main()
