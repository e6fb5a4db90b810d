"""A fault campaign on annotation saves: kills at random moments, and stale-lock races.

Kills: an instance annotates one new row per save and reports every save that returned
(acknowledged); it is killed with SIGKILL after a random 0-300 ms, mid-save or between saves.
The next instance opens the folder (recovering or removing what the kill left), checks that
every acknowledged annotation is there and that the file parses, then carries on from there.
Races: bench/lock_race.py rounds (a killed holder, then two instances at once).

    python -m bench.fault_campaign --kills 500 --races 100

Counts: faults injected, acknowledged annotations, lost ones, unreadable files, files leaked
(temporary or lock files left once the next instance has opened and closed the folder).
POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_annotations_helpers import make_aligned  # noqa: E402

from bench import lock_race  # noqa: E402
from reviewer.core import persistence  # noqa: E402
from reviewer.core.annotations import AnnotationStore  # noqa: E402

ROWS = 4000
TEXTS = {
    "fr": [f"Phrase numéro {n}." for n in range(ROWS)],
    "de": [f"Satz {n}." for n in range(ROWS)],
}


_ALIGNED = []  # built once, before the forks: a child starts saving at once


def _aligned():
    if not _ALIGNED:
        _ALIGNED.append(make_aligned(TEXTS, group_id="g-campaign"))
    return _ALIGNED[0]


def _annotator(folder: str, start: int, acks) -> None:
    store = AnnotationStore.open(_aligned(), folder, reviewer="ana")
    row = start
    while row < ROWS:
        store.add_error(row, "de", "accuracy/omission", "minor", f"note {row}")
        if store.save():
            acks.put(row)
        row += 1


def kills(rounds: int, folder: Path, seed: int = 14) -> dict[str, int]:
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(seed)
    aligned = _aligned()
    acked: set[int] = set()
    totals = {"kills": 0, "acknowledged": 0, "lost": 0, "unreadable": 0, "leaked_files": 0}
    totals |= {"temp_files_left_by_kills": 0, "recovered": 0}
    path = folder / persistence.file_name("g-campaign")
    next_row = 0
    for _ in range(rounds):
        acks = ctx.Queue()
        child = ctx.Process(target=_annotator, args=(str(folder), next_row, acks))
        child.start()
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        totals["kills"] += 1
        while True:
            try:
                acked.add(acks.get(timeout=0.05))
            except Exception:  # queue.Empty: nothing more (a killed writer may leave it torn)
                break
        # The next instance opens the folder: recovery, then the check.
        totals["temp_files_left_by_kills"] += len(persistence.temp_files(path))
        with AnnotationStore.open(aligned, folder, reviewer="check") as store:
            totals["recovered"] += sum("interrupted" in n for n in store.notices)
            if any("not a valid annotation file" in n for n in store.notices):
                totals["unreadable"] += 1
            have = {row for row in range(ROWS) if store.errors(row)}
        totals["lost"] = len(acked - have)
        next_row = max(have, default=-1) + 1
        leaked = [p for p in folder.iterdir() if p.name.endswith((".tmp", ".lock"))]
        totals["leaked_files"] += len(leaked)
        if leaked:
            print("leaked:", ", ".join(p.name for p in leaked), file=sys.stderr)
        for path in leaked:
            path.unlink()
    totals["acknowledged"] = len(acked)
    file = persistence.read(folder / persistence.file_name("g-campaign"), set_aside_corrupt=False)
    totals["unreadable"] += int(file.raw is not None and file.file is None)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--races", type=int, default=100)
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reviewer-campaign-") as tmp:
        killed = kills(args.kills, Path(tmp))
    raced = lock_race.run(args.races)
    print("kills: " + ", ".join(f"{k} {v}" for k, v in killed.items()))
    print("races: " + ", ".join(f"{k} {v}" for k, v in raced.items()))
    faults = killed["kills"] + raced["rounds"] * 1  # one SIGKILL per race round
    lost = killed["lost"] + raced["lost"]
    leaked = killed["leaked_files"] + raced["leaked_files"]
    print(
        f"faults injected {faults}, acknowledged {killed['acknowledged'] + raced['acknowledged']}, "
        f"lost {lost}, unreadable {killed['unreadable']}, leaked files {leaked} "
        f"({time.perf_counter() - start:.0f} s)"
    )


if __name__ == "__main__":
    main()
