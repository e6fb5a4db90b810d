"""Two reviewers racing for a stale lock: is an acknowledged annotation ever lost?

Each round: a first instance locks an annotation folder, saves one annotation and is killed
(SIGKILL: its lock file, and perhaps a temporary file, stay behind). Then two instances start
at the same moment on that folder. Each one that gets the folder saves five annotations of its
own rows, one save at a time, and reports every save that returned (acknowledged). At the end
every acknowledged annotation must be in the file, one instance at most held the folder, and
no temporary or lock file is left.

    python -m bench.lock_race --rounds 100

Processes are forked (real processes, real locks, real SIGKILL) so that a round costs
milliseconds, not interpreter starts. POSIX only.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_annotations_helpers import make_aligned  # noqa: E402

from reviewer.core import persistence  # noqa: E402
from reviewer.core.annotations import AnnotationStore  # noqa: E402

ROWS = 11
TEXTS = {"fr": [f"Phrase numéro {n}." for n in range(ROWS)]}
FIRST_ROWS = {"a": range(1, 6), "b": range(6, 11)}  # row 0: the killed instance's


def _aligned():
    return make_aligned(TEXTS, group_id="g-race")


def _killed_holder(folder: str, ready) -> None:
    store = AnnotationStore.open(_aligned(), folder, reviewer="dead")
    store.set_status(0, "ok")
    store.save()
    ready.set()
    time.sleep(60)  # killed here, the lock held


def _racer(name: str, folder: str, barrier, acks) -> None:
    barrier.wait()
    try:
        store = AnnotationStore.open(_aligned(), folder, reviewer=name)
    except persistence.LockedError:
        acks.put((name, "locked", -1))
        return
    acks.put((name, "held", -1))
    for row in FIRST_ROWS[name]:
        store.set_status(row, "issue")
        try:
            if store.save():
                acks.put((name, "ack", row))
        except persistence.AnnotationFileError:
            pass  # not acknowledged: the reviewer was told
    store.close()


def one_round(folder: Path) -> dict[str, int]:
    """Run one round in `folder` (empty); counts of what happened."""
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    first = ctx.Process(target=_killed_holder, args=(str(folder), ready))
    first.start()
    ready.wait(30)
    os.kill(first.pid, signal.SIGKILL)
    first.join()  # reaped: its pid is dead, as after a crash
    barrier, acks = ctx.Barrier(2), ctx.Queue()
    racers = [ctx.Process(target=_racer, args=(n, str(folder), barrier, acks)) for n in "ab"]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(60)
    events = []
    while not acks.empty():
        events.append(acks.get())
    acked = {(name, row) for name, what, row in events if what == "ack"}
    holders = sum(1 for _, what, _ in events if what == "held")
    file = persistence.read(folder / persistence.file_name("g-race"), set_aside_corrupt=False)
    kept = set()
    if file.file is not None:
        by_anchor = {a.anchor: a for a in file.file.annotations}
        aligned = _aligned()
        from reviewer.core.attaching import row_anchor

        for name, row in acked:
            found = by_anchor.get(row_anchor(aligned, row))
            if found is not None and found.reviewer == name and found.status == "issue":
                kept.add((name, row))
    leaked = [
        p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.endswith(".lock")
    ]
    return {
        "acknowledged": len(acked),
        "lost": len(acked - kept),
        "both_held": int(holders > 1),
        "none_held": int(holders == 0),
        "leaked_files": len(leaked),
    }


def run(rounds: int) -> dict[str, int]:
    totals = {"rounds": rounds}
    with tempfile.TemporaryDirectory(prefix="reviewer-lock-race-") as tmp:
        for n in range(rounds):
            folder = Path(tmp) / f"round-{n}"
            folder.mkdir()
            for key, value in one_round(folder).items():
                totals[key] = totals.get(key, 0) + value
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    start = time.perf_counter()
    totals = run(args.rounds)
    totals_text = ", ".join(f"{k} {v}" for k, v in totals.items())
    print(f"{totals_text} ({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
