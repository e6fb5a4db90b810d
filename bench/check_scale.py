"""`reviewer check` at scale, as a user runs it:
`python bench/check_scale.py 10000 [--root CHECKOUT] [--jobs=N] [--format=jsonl]`.

Writes (once) a generated corpus of that many documents (bench/corpus.py) under the temporary
folder, runs `python -m reviewer check` on it in a child process with its output thrown away,
and prints one JSON line: wall seconds, the peak memory of the whole process tree (the sum of
every process's PSS, so pages forked workers share with the parent are counted once, sampled
every 50 ms), the seconds of each stage as the child measured them (REVIEWER_TIMINGS), and
the CPU seconds within each stage of the check's own process and of its workers (sampled
with the memory: a stage whose workers' share is low ran in one process). Not a test: the
figures depend on the machine and its load (CPU seconds less than wall seconds).
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


_TICKS = os.sysconf("SC_CLK_TCK")


def _tree_sample(root: int) -> tuple[float, float, float]:
    """The PSS of `root` and its descendants in MB (0 for processes gone meanwhile), and CPU
    seconds so far: `root`'s own, and its descendants' (the live ones' and, through each
    process's children counters, those already waited for)."""
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry)] = fields
            children.setdefault(int(fields[1]), []).append(int(entry))
    total, own, others, todo = 0, 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        fields = stats.get(pid)
        if fields is not None:  # utime, stime, then cutime, cstime (children waited for)
            mine, waited = int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])
            own += mine if pid == root else 0
            others += waited if pid == root else mine + waited
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total / 1024, own / _TICKS, others / _TICKS


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
    # (seconds since start, PSS MB, the check's own CPU s, its workers' CPU s)
    samples: list[tuple[float, float, float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            pss, own, workers = _tree_sample(child.pid)
            samples.append((time.perf_counter() - start, pss, own, workers))
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
        # [the check's own process, its workers] CPU seconds in each stage, as sampled
        "cpu_by_stage": _stage_cpu(stages, samples, seconds),
        "load_before": load,
        "load_after": round(os.getloadavg()[0], 2),
    }


def _stage_bounds(stages: dict[str, float], seconds: float) -> list[tuple[str, float, float]]:
    """Each stage's (name, start, end) in seconds since the start, in time order. The stages
    ran one after the other and ended with the process (less its exit), so each one's span is
    counted back from the end; "lexicons" runs inside "align+check", whose own span is the
    rest. What came before them: "start"."""
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
    return sorted(bounds, key=lambda b: (b[1], b[0] != "lexicons"))


def _stage_peaks(
    stages: dict[str, float], samples: list[tuple[float, float, float, float]], seconds: float
) -> dict[str, int]:
    """The peak PSS within each stage (`_stage_bounds`)."""
    out = {}
    for name, lo, hi in _stage_bounds(stages, seconds):
        inside = [pss for at, pss, _, _ in samples if lo <= at < hi]
        out[name] = round(max(inside)) if inside else 0
    return out


def _stage_cpu(
    stages: dict[str, float], samples: list[tuple[float, float, float, float]], seconds: float
) -> dict[str, list[float]]:
    """CPU seconds of the check's own process and of its workers within each stage: the
    difference of the samples nearest the stage's two ends (to within the 50 ms sampling;
    "lexicons" is counted inside "align+check" too)."""
    if not samples:
        return {}

    def at(moment: float) -> tuple[float, float, float, float]:
        return min(samples, key=lambda sample: abs(sample[0] - moment))

    out = {}
    for name, lo, hi in _stage_bounds(stages, seconds):
        first, last = at(lo), at(hi)
        out[name] = [round(last[2] - first[2], 2), round(last[3] - first[3], 2)]
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
