"""The align-and-check stage alone, as a worker runs it, on items captured once.

    python bench/check_items.py capture CORPUS ITEMS.pkl [--jobs N]
    python bench/check_items.py time ITEMS.pkl [--per-check] [--fast-path] [--output FILE]

`capture` runs `reviewer check CORPUS --jobs N` (default 2, as `check` runs on this machine)
in this process up to the align-and-check stage and pickles that stage's items (each group's
segments, pivot, first passes and the numbers the word tables' workers lent it) with the word
tables and the recurring sentences' features (`sentence_memo`). `time` runs every item as a
pool worker does (`session._align_and_check_item`, the per-sentence caches emptied after each
group, what it loaded frozen for the collector as a forked worker's inheritance is, the
workers' collector threshold) and prints the stage's CPU seconds and the checks' part of
them: a few seconds on 2,000 documents instead of a whole `check`, so that two checkouts can
be compared run against run on a loaded machine (the front and the word tables are left
out). `--per-check` adds each check's CPU seconds (the first check to ask for a cell's names
or numbers pays for them); `--fast-path` counts name-mismatch's comparisons by how the two
cells' name keys relate and what each kind costs; `--output` writes each group's rows and
findings (`repr`), to compare two checkouts with `cmp`. With `--jobs 1` no numbers are lent
(`sentence_memo.lend_numbers`), so the number check reads them here: its share is then about
four times a `--jobs 2` run's (stop 42; the captures of stop 41 were made so, and a file of
theirs, without the recurring sentences, still loads).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import checks, checks_names, session  # noqa: E402


class _Captured(BaseException):
    """Raised where the align-and-check stage would start: the capture has what it needs."""


def capture(corpus: Path, out: Path, jobs: int = 2) -> None:
    from reviewer import cli
    from reviewer.core import parallel, sentence_memo

    kept: list = []
    imap = parallel.imap

    def stop_at_stage(function, items, **settings):
        if function is not session._align_and_check_item:
            return imap(function, items, **settings)
        memo = (dict(sentence_memo._KEYS), dict(sentence_memo._NUMBERS))
        kept.append((session._LEXICONS, list(items), *memo))
        raise _Captured

    parallel.imap = stop_at_stage
    try:
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
            with contextlib.suppress(_Captured, SystemExit):
                cli.main(["check", str(corpus), "--format", "jsonl", "--jobs", str(jobs)])
    finally:
        parallel.imap = imap
    if not kept:
        raise SystemExit("no group to align and check")
    with out.open("wb") as f:
        pickle.dump(kept[0], f, pickle.HIGHEST_PROTOCOL)
    print(f"{len(kept[0][1])} groups")


def _timed_checks(clock: dict[str, float]) -> None:
    """Each registered check's `run` made to add its CPU seconds to `clock`."""
    for check_id, cls in checks.REGISTRY.items():

        def run(self, group, _run=cls.run, _id=check_id):
            start = time.process_time()
            found = list(_run(self, group))
            clock[_id] = clock.get(_id, 0.0) + time.process_time() - start
            return iter(found)

        cls.run = run


def _counted_compares(counts: dict[str, list]) -> None:
    """name-mismatch's `_compare` made to count its calls, CPU seconds and findings by how
    the row's pivot and target name keys relate (the same, one within the other, neither)."""
    compare = checks_names.NameMismatch._compare

    def counted(self, group, row, lang, *rest):
        pivot, target = group.name_keys(row, group.pivot), group.name_keys(row, lang)
        acronyms = any(
            m.kind == "acronym" for m in (*group.names(row, group.pivot), *group.names(row, lang))
        )
        if not pivot and not target and not acronyms:
            kind = "no names"
        else:
            kind = (
                "same keys"
                if pivot == target
                else "pivot's within"
                if pivot <= target
                else "target's within"
                if target <= pivot
                else "keys differ"
            ) + (", acronyms" if acronyms else "")
        start = time.process_time()
        found = compare(self, group, row, lang, *rest)
        entry = counts.setdefault(kind, [0, 0.0, 0])
        entry[0] += 1
        entry[1] += time.process_time() - start
        entry[2] += found is not None
        return found

    checks_names.NameMismatch._compare = counted


def run_items(path: Path, *, per_check: bool, fast_path: bool, output: Path | None) -> None:
    from reviewer.core import parallel, sentence_memo

    with path.open("rb") as f:
        tables, items, *memo = pickle.load(f)
    session._LEXICONS = tables
    if memo:  # (a stop 41 capture has none)
        sentence_memo._KEYS.update(memo[0])
        sentence_memo._NUMBERS.update(memo[1])
    # A worker inherits the corpus frozen (`parallel.imap`) and collects seldom: without the
    # freeze, a full collection over the loaded items cost this loop 0.3-0.8 s at 10,000
    # documents (stop 42).
    gc.collect()
    gc.freeze()
    parallel._collect_seldom()
    spent = [0.0]
    run_checks = checks.run_checks

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return run_checks(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start

    checks.run_checks = timed
    clock: dict[str, float] = {}
    counts: dict[str, list] = {}
    if per_check:
        _timed_checks(clock)
    if fast_path:
        _counted_compares(counts)
    results = []
    start = time.process_time()
    for item in items:
        results.append(session._align_and_check_item(item))
        session._forget_sentences()
    total = time.process_time() - start
    if output is not None:
        output.write_text("".join(f"{result!r}\n" for result in results), encoding="utf-8")
    load = os.getloadavg()[0]
    print(f"align+check CPU s {total:.2f}, checks {spent[0]:.2f}", end=" ")
    print(f"({len(items)} groups, load {load:.1f})")
    if clock:
        print(" ".join(f"{check_id} {seconds:.2f}" for check_id, seconds in clock.items()))
    for kind, (calls, seconds, found) in sorted(counts.items(), key=lambda kv: -kv[1][1]):
        print(f"name-mismatch, {kind}: {calls} cells, {seconds:.2f} CPU s, {found} findings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("capture", "time"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--per-check", action="store_true")
    parser.add_argument("--fast-path", action="store_true")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--jobs", type=int, default=2, help="capture: the run's --jobs")
    args = parser.parse_args()
    if args.command == "capture":
        if len(args.paths) != 2:
            parser.error("capture CORPUS ITEMS.pkl")
        capture(*args.paths, jobs=args.jobs)
    else:
        run_items(
            args.paths[0], per_check=args.per_check, fast_path=args.fast_path, output=args.output
        )


if __name__ == "__main__":
    main()
