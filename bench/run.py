"""Benchmarks of the whole pipeline, stage by stage: `python bench/run.py [--quick]`.

Prints a table and writes BENCHMARKS.md with the machine it ran on. Not a test: figures depend
on the machine; the README quotes the headline ones.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.check_scale import run_check  # noqa: E402
from bench.corpus import write_corpus  # noqa: E402
from bench.memory import peak_mb  # noqa: E402
from reviewer.core import (  # noqa: E402
    boilerplate,
    checks,
    group_alignment,
    grouping,
    language,
    loading,
    segmenting,
)


def timed(rows: list[dict], size: int, stage: str, work: Callable):
    start = time.perf_counter()
    result = work()
    rows.append(
        {"docs": size, "stage": stage, "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}
    )
    return result


def pipeline(size: int, folder: Path) -> tuple[list[dict], dict]:
    """Time each stage on a corpus of `size` documents; also grouping accuracy."""
    truth = write_corpus(folder, size)
    rows: list[dict] = []
    loaded = timed(rows, size, "load", lambda: loading.load_paths([folder]))
    files = loaded.files
    langs = timed(rows, size, "language", lambda: [language.identify(f.text)[0] for f in files])
    raw = timed(
        rows,
        size,
        "segment",
        lambda: [segmenting.segment(f.text, lang) for f, lang in zip(files, langs, strict=True)],
    )
    segments = timed(rows, size, "boilerplate", lambda: boilerplate.mark_corpus(raw, langs))
    from reviewer.core.model import Document

    documents = [
        Document(f.path, f.source, f.text, lang, f.sha256)
        for f, lang in zip(files, langs, strict=True)
    ]
    groups = timed(rows, size, "grouping", lambda: grouping.find_groups(documents, segments))

    def align_all():
        out = []
        for g in groups:
            ordered = {lang: segments[g.members[lang]] for lang in g.languages}
            out.append((ordered, group_alignment.align_group(ordered, g.pivot), g.pivot))
        return out

    aligned = timed(rows, size, "alignment", align_all)
    timed(
        rows,
        size,
        "checks",
        lambda: [checks.run_checks(r, ordered, pivot) for ordered, r, pivot in aligned],
    )
    true_sets = {frozenset(paths) for paths in truth.values()}
    found = {frozenset(documents[i].path for i in g.members.values()) for g in groups}
    quality = {
        "docs": size,
        "true_groups": len(true_sets),
        "found_groups": len(found),
        "exact": len(true_sets & found),
    }
    return rows, quality


def whole_check(folder: Path, size: int) -> dict:
    """`reviewer check --format json` as a user runs it, in a child process, on every core:
    wall and CPU seconds, peak PSS of the process tree (bench/check_scale.py)."""
    result = run_check(folder, ["--format", "json"])
    return {"docs": size, **result}


def _child(script: str, *args: str) -> dict:
    """Run a benchmark script in its own process (its RSS is its own); its last line is JSON."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def alignment_scaling(sizes: list[int], versions: list[int]) -> list[dict]:
    """Time to align one group against sentences per version and number of versions."""
    rows = []
    for v in versions:
        for n in sizes:
            rows.append(
                _child("bench_align.py", "--one", str(n), "--repeat", "2", "--versions", str(v))
            )
            r = rows[-1]
            print(f"align {v} x {n:5}  {r['best_s']:6.3f} s  {r['peak_rss_mb']:5.0f} MB")
    return rows


def app_latency(sizes: list[int], presses: int) -> list[dict]:
    """The app at 160x45 through App.run_test() and the Pilot (bench/bench_app.py)."""
    rows = []
    for n in sizes:
        rows.append(
            {
                "rows": n,
                **_child("bench_app.py", "--rows", str(n), "--presses", str(presses), "--json"),
            }
        )
        r = rows[-1]
        print(
            f"app 4 x {n:5}  first {r['first_screen_s']:.2f} s  row.next p95 "
            f"{r['row_next_p95_ms']:.1f} ms  resize {r['resize_s']:.2f} s"
        )
    return rows


# Sections written by hand (before/after figures), carried over when run.py rewrites the file.
KEPT_SECTIONS = ("## `reviewer check` at scale", "## Start-up")


def kept_sections(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    lines, keep = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            keep = line.startswith(KEPT_SECTIONS)
        if keep:
            lines.append(line)
    return [*lines, ""] if lines else []


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, about 2 minutes")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    sizes = [100, 1000] if args.quick else [100, 1000, 10000]
    align_sizes = [200, 1000, 2000] if args.quick else [200, 500, 1000, 2000, 5000]
    align_versions = [2, 4] if args.quick else [2, 4, 6]
    app_sizes = [100, 1000] if args.quick else [100, 1000, 5000]
    presses = 60 if args.quick else 200
    stage_rows: list[dict] = []
    qualities: list[dict] = []
    wholes: list[dict] = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            rows, quality = pipeline(size, folder)
            stage_rows += rows
            qualities.append(quality)
            wholes.append(whole_check(folder, size))
        for row in rows:
            print(
                f"{row['docs']:>6} {row['stage']:<12} {row['seconds']:8.2f} s "
                f"{row['peak_mb']:8.0f} MB"
            )
        print(
            f"{size:>6} {'check (all)':<12} {wholes[-1]['seconds']:8.2f} s "
            f"{wholes[-1]['peak_mb']:8.0f} MB"
        )
    scaling = alignment_scaling(align_sizes, align_versions)
    app = app_latency(app_sizes, presses)
    sections = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}.",
        f"Run: `python bench/run.py{' --quick' if args.quick else ''}` on "
        f"{time.strftime('%Y-%m-%d')}.",
        "",
        "## Pipeline stages",
        "",
        "Corpus from `bench/corpus.py`: translation groups of 2 to 6 versions built from the",
        "seeds and the multi-way stories in `tests/data/grouping_corpus.toml`, every group",
        "with its own figures, and 4 distractors in 10. Peak memory is the process's peak so",
        "far (stages run in order in one process).",
        "",
        "| documents | stage | seconds | peak MB |",
        "|---:|---|---:|---:|",
        *(
            f"| {r['docs']:,} | {r['stage']} | {r['seconds']:.2f} | {r['peak_mb']:.0f} |"
            for r in stage_rows
        ),
        "",
        "## Whole `reviewer check --format json`",
        "",
        "On every core (forked workers); peak MB is the PSS of the whole process tree;",
        "load: the machine's 1-minute load average when the run started.",
        "",
        "| documents | seconds | CPU seconds | peak MB | load |",
        "|---:|---:|---:|---:|---:|",
        *(
            f"| {w['docs']:,} | {w['seconds']:.2f} | {w['cpu_seconds']:.1f} | "
            f"{w['peak_mb']:.0f} | {w['load_before']:.1f} |"
            for w in wholes
        ),
        "",
        *kept_sections(args.output),
        "## Grouping accuracy on the generated corpora",
        "",
        "| documents | true groups | found | found exactly |",
        "|---:|---:|---:|---:|",
        *(
            f"| {q['docs']:,} | {q['true_groups']:,} | {q['found_groups']:,} | {q['exact']:,} |"
            for q in qualities
        ),
        "",
        "## Alignment against length (one group, `bench/bench_align.py`)",
        "",
        "Synthetic translations of a synthetic pivot (re-spelt names, re-formatted numbers,",
        "split and merged sentences, captions only one version has); best of 2 runs, features",
        "not cached between runs; each case in its own process.",
        "",
        "| versions | sentences per version | seconds | peak MB |",
        "|---:|---:|---:|---:|",
        *(
            f"| {r['versions']} | {r['sentences']:,} | {r['best_s']:.3f} | {r['peak_rss_mb']:.0f} |"
            for r in scaling
        ),
        "",
        "## The app (`bench/bench_app.py`, 160x45, 4 languages)",
        "",
        f"{presses} presses per key; latency from the key reaching the app to the end of the",
        "first frame drawn after its action (the Pilot's own pause excluded).",
        "",
        "| rows | first screen s | row.next median / p95 ms | page.down median / p95 ms "
        "| resize s | peak MB |",
        "|---:|---:|---:|---:|---:|---:|",
        *(
            f"| 4 × {r['rows']:,} | {r['first_screen_s']:.2f} | {r['row_next_median_ms']:.1f} / "
            f"{r['row_next_p95_ms']:.1f} | {r['page_down_median_ms']:.1f} / "
            f"{r['page_down_p95_ms']:.1f} | {r['resize_s']:.2f} | {r['peak_rss_mb']:.0f} |"
            for r in app
        ),
        "",
    ]
    args.output.write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
