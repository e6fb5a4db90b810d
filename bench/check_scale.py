"""`reviewer check` at scale, as a user runs it:
`python bench/check_scale.py 10000 [--root CHECKOUT] [--jobs=N] [--format=jsonl]`.

Writes (once) a generated corpus of that many documents (bench/corpus.py) under the temporary
folder, runs `python -m reviewer check` on it in a child process with its output thrown away,
and prints one JSON line: wall seconds, the peak memory of the whole process tree (the sum of
every process's PSS, so pages forked workers share with the parent are counted once, sampled
every 50 ms), and the seconds of each stage as the child measured them (REVIEWER_TIMINGS).
Not a test: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402


def corpus_folder(documents: int) -> Path:
    folder = Path(tempfile.gettempdir()) / f"reviewer-bench-{documents}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(folder / "corpus", documents)
        done.touch()
    return folder / "corpus"


def _tree_pss_mb(root: int) -> float:
    """The PSS of `root` and its descendants, in MB (0 for processes gone meanwhile)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total / 1024


def run_check(
    folder: Path, extra: list[str], root: Path = ROOT, output: Path | None = None
) -> dict:
    env = dict(os.environ, REVIEWER_TIMINGS="1", PYTHONPATH=str(root))
    command = [sys.executable, "-m", "reviewer", "check", str(folder), *extra]
    load = round(os.getloadavg()[0], 2)  # the machine is shared: say how busy it was
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sink = open(output, "wb") if output else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    child = subprocess.Popen(
        command, cwd=root, env=env, stdout=sink, stderr=subprocess.PIPE, text=True
    )
    peak = 0.0
    samples: list[tuple[float, float]] = []  # (seconds since start, PSS MB)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            pss = _tree_pss_mb(child.pid)
            samples.append((time.perf_counter() - start, pss))
            peak = max(peak, pss)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = child.communicate()
    seconds = time.perf_counter() - start
    if output:
        sink.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    stop.set()
    sampler.join()
    if child.returncode not in (0, 1):
        raise SystemExit(f"check failed ({child.returncode}):\n{stderr}")
    stages = {}
    for line in stderr.splitlines():
        if line.startswith("timing "):
            _, stage, value = line.split()
            stages[stage] = float(value)
    return {
        "args": extra,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 1),  # all processes, workers included
        "peak_mb": round(peak),
        "stages": stages,
        "peak_mb_by_stage": _stage_peaks(stages, samples, seconds),
        "load_before": load,
        "load_after": round(os.getloadavg()[0], 2),
    }


def _stage_peaks(
    stages: dict[str, float], samples: list[tuple[float, float]], seconds: float
) -> dict[str, int]:
    """The peak PSS within each stage. The stages ran one after the other and ended with the
    process (less its exit), so each one's span is counted back from the end; "lexicons" runs
    inside "align+check", whose own span is the rest. What came before them: "start"."""
    spans: list[tuple[str, float]] = [
        (name, value) for name, value in stages.items() if name != "lexicons"
    ]
    end = seconds
    bounds: list[tuple[str, float, float]] = []
    for name, value in reversed(spans):
        bounds.append((name, end - value, end))
        end -= value
    bounds.append(("start", 0.0, end))
    if "lexicons" in stages and "align+check" in stages:
        first = next(b for b in bounds if b[0] == "align+check")[1]
        bounds.append(("lexicons", first, first + stages["lexicons"]))
    out = {}
    for name, lo, hi in sorted(bounds, key=lambda b: (b[1], b[0] != "lexicons")):
        inside = [pss for at, pss in samples if lo <= at < hi]
        out[name] = round(max(inside)) if inside else 0
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("documents", type=int, nargs="?", default=10_000)
    parser.add_argument("--seeds", action="store_true", help="check the seeds instead")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout to run (before/after)"
    )
    parser.add_argument(
        "--output", type=Path, help="keep the report in this file (to compare runs with cmp)"
    )
    args, rest = parser.parse_known_args()  # the rest: `check` options
    folder = ROOT / "reviewer" / "seeds" if args.seeds else corpus_folder(args.documents)
    result = run_check(folder, rest or ["--format", "json"], args.root.resolve(), args.output)
    result["documents"] = "seeds" if args.seeds else args.documents
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
