"""`reviewer check` in one process, its stages in CPU seconds, for a shared machine.

    python bench/check_cpu_stages.py CORPUS [--jobs 1] [--profile FILE] [--output FILE]

Runs `reviewer check CORPUS --format jsonl --jobs N` in this process with the stage clock
(`Corpus.timings`, which `REVIEWER_TIMINGS` prints) reading CPU seconds instead of wall
seconds, and prints the stages and the total. With `--jobs 1` every stage runs here, so the
figures are the work of each stage whatever else the machine runs (wall seconds at a load of
10 are mostly waiting); with more jobs they are this process's own part (the parent's serial
stages). `--profile FILE` writes a cProfile of the run, timed in CPU seconds too (cProfile's
default clock is the wall's). The report goes to `--output` (default: thrown away), to
compare with `cmp`. Not a test: CPU seconds still move by 10-20 % with the load.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="write a cProfile (CPU clock) here")
    parser.add_argument("--output", type=Path, help="keep the report in this file")
    args = parser.parse_args()

    time.perf_counter = time.process_time  # the stage clock (session.py, cli.py) reads CPU
    from reviewer import cli
    from reviewer.core import session

    opened = []
    open_corpus = session.open_corpus

    def kept(*a, **k):
        corpus = open_corpus(*a, **k)
        opened.append(corpus)
        return corpus

    session.open_corpus = kept  # (cli imports it from session when it runs)
    target = os.open(args.output or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    saved = os.dup(1)
    os.dup2(target, 1)
    profile = cProfile.Profile(time.process_time) if args.profile else None
    start = time.process_time()
    try:
        if profile:
            profile.enable()
        with contextlib.suppress(SystemExit):
            cli.main(["check", str(args.corpus), "--format", "jsonl", "--jobs", str(args.jobs)])
    finally:
        if profile:
            profile.disable()
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(target)
    total = time.process_time() - start
    if profile:
        profile.dump_stats(args.profile)
    stages = opened[0].timings if opened else {}
    print(" ".join(f"{stage} {seconds:.2f}" for stage, seconds in stages.items()))
    print(f"total CPU s {total:.2f} (this process; load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
