"""Start-up of small jobs as whole processes (issue 13): `reviewer check` on the seeds and
`reviewer align` on one Text+Berg document, beside hunalign on the same pair.

Each command runs `--runs` times, the checkouts alternating run by run (so a change of the
machine's load hits them alike); wall seconds and CPU seconds (user + sys of the process and
its children) are given as median and minimum, with the load average. On a machine shared with
other jobs the wall time is mostly waiting for a core: compare CPU seconds.

    python bench/bench_startup.py [--runs 10] [--root OTHER_CHECKOUT ...]
        [--textberg DIR_WITH_dev.de_AND_dev.fr] [--hunalign PATH_TO_HUNALIGN] [--only align]
        [--instructions]

`--instructions` also counts each command's instructions once under valgrind's callgrind
(deterministic to a fraction of a percent with PYTHONHASHSEED=0, set here; about 15 s a
command): on a shared machine the figure to compare checkouts by.

Text+Berg: `bleualign_data/` of https://github.com/thompsonb/vecalign (GPL-2, not committed
here). hunalign (https://github.com/danielvarga/hunalign, `make` in src/hunalign) runs with
an empty dictionary, as `hunalign empty.dic SRC TGT`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], *, cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(command: list[str], *, cwd: Path, env: dict[str, str]) -> int | None:
    """Instructions of one run of `command` (callgrind), or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *command],
            cwd=cwd,
            env={**env, "PYTHONHASHSEED": "0"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        for line in out.read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--root", action="append", default=[], help="another checkout to time")
    parser.add_argument("--textberg", type=Path, help="folder with dev.de and dev.fr")
    parser.add_argument("--hunalign", help="the hunalign binary (default: on PATH)")
    parser.add_argument("--only", choices=["check", "align"], help="time only this command")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (valgrind)"
    )
    args = parser.parse_args()
    roots = [ROOT, *(Path(r).resolve() for r in args.root)]
    jobs: list[tuple[str, list[str], Path, dict[str, str]]] = []
    # The caches (compiled patterns, data files, language model) in a folder of this run's own,
    # filled by the first runs: other processes writing the user's cache meanwhile (a store
    # of other patterns) would change what a start reads.
    caches = tempfile.TemporaryDirectory()
    # Python's bytecode cache as an installed package has it (pip compiles at install), kept in
    # that folder too (the checkouts are not written): with PYTHONDONTWRITEBYTECODE set and no
    # current .pyc, every run compiled our modules from source, 300 M instructions more.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPYCACHEPREFIX"] = os.path.join(caches.name, "bytecode")
    # Annotations of the seeds live in the user's data folder (persistence.default_folder):
    # saved ones made `check seeds` read and apply them, and only where the seeds are the
    # running checkout's own (40 M instructions more for this checkout than for --root).
    base["REVIEWER_DATA_DIR"] = os.path.join(caches.name, "data")
    for number, root in enumerate(roots):
        env = dict(base, PYTHONPATH=str(root))
        # Each checkout its own: two checkouts keep their caches differently (data files as
        # JSON or pickled) or hold other data (boilerplate rules), and one removing the
        # other's made every start of both parse or compile again (+340 M for `check seeds`).
        env.setdefault("REVIEWER_CACHE_DIR", os.path.join(caches.name, f"cache-{number}"))
        name = "this checkout" if root == ROOT else str(root)
        reviewer = [sys.executable, "-m", "reviewer"]
        if args.only != "align":
            seeds = str(root / "reviewer" / "seeds")  # each checkout's own (see above)
            jobs.append((f"check seeds · {name}", [*reviewer, "check", seeds], root, env))
        if args.textberg and args.only != "check":
            pair = [str(args.textberg / "dev.de"), str(args.textberg / "dev.fr")]
            jobs.append((f"align Text+Berg dev · {name}", [*reviewer, "align", *pair], root, env))
    hunalign = args.hunalign or shutil.which("hunalign")
    with tempfile.TemporaryDirectory() as tmp:
        if args.textberg and hunalign and args.only != "check":
            empty = Path(tmp) / "empty.dic"
            empty.write_text("")
            pair = [str(args.textberg / "dev.de"), str(args.textberg / "dev.fr")]
            # in the temporary folder: hunalign writes its rough translation to translate.txt
            jobs.append(("hunalign Text+Berg dev", [hunalign, str(empty), *pair], Path(tmp), {}))
        for _, command, cwd, env in jobs:  # once each first: caches written, files read
            timed(command, cwd=cwd, env=env or dict(os.environ))
        counts = {}
        for label, command, cwd, env in jobs if args.instructions else ():
            counts[label] = instructions(command, cwd=cwd, env=env or dict(os.environ))
        results: dict[str, list[tuple[float, float]]] = {label: [] for label, *_ in jobs}
        loads = []
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            for label, command, cwd, env in jobs:
                results[label].append(timed(command, cwd=cwd, env=env or dict(os.environ)))
    caches.cleanup()
    print(f"{args.runs} runs each, 1-minute load average {min(loads):.1f} to {max(loads):.1f}")
    for label, runs in results.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        counted = counts.get(label)
        print(
            f"{label}: wall median {statistics.median(walls):.3f} s, min {min(walls):.3f} s"
            f" · CPU median {statistics.median(cpus):.3f} s, min {min(cpus):.3f} s"
            + (f" · {counted / 1e6:,.0f} M instructions" if counted else "")
        )


if __name__ == "__main__":
    main()
