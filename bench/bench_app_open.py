"""Time to the first screen of a large group read from files (issue 13): 4 versions of about
5,000 sentences each, written by repeating the stories of bench/corpus.py (figures renumbered
per copy) in vi, id, fr and de. Measures, in one process: the imports, reading the corpus
(`open_corpus`), then the app from its start to the first frame displayed with the group's
rows, and to the group aligned and checked; and `j` from the key to the screen updated, 150
presses while the group is computed in the worker, then 60 once it is (the control: what the
machine's load costs the keys with nothing computed beside them).
`--eager` opens it the way the app did before (aligned and checked before the first screen).
`BENCH_KEYS_TRACE=1` prints each press: when, its latency, the UI thread's CPU time for it.

    python bench/bench_app_open.py [--sentences 5000] [--eager] [--first-only]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import _renumber, stories  # noqa: E402

LANGS = ("vi", "id", "fr", "de")


def write_group(folder: Path, sentences: int) -> None:
    story = next(s for s in stories() if all(lang in s for lang in LANGS))
    rng = random.Random(0)
    per_copy = story["vi"].count(".") or 1
    copies = max(1, sentences // per_copy)
    texts: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for _ in range(copies):
        mapping: dict[int, int] = {}
        shift = rng.randint(-15, 2)
        for lang in LANGS:
            texts[lang].append(_renumber(story[lang], mapping, rng, shift))
    for lang in LANGS:
        (folder / f"{lang}.txt").write_text("\n\n".join(texts[lang]), encoding="utf-8")


async def measure(folder: Path, eager: bool, wait: bool = True) -> dict:
    start = time.perf_counter()
    from reviewer.core.session import open_corpus
    from reviewer.tui import app as app_module
    from reviewer.tui.widgets.review_view import ReviewView

    imports = time.perf_counter() - start
    start = time.perf_counter()
    corpus = open_corpus([folder], jobs=1)
    read = time.perf_counter() - start
    group = max(corpus.groups, key=lambda g: len(g.members))
    sizes = [len(corpus.segments[i]) for i in group.members.values()]
    if eager:
        app_module.OPEN_NOW = 10**9
    start, start_cpu = time.perf_counter(), time.thread_time()
    app = app_module.ReviewerApp(corpus)
    frames: list[float] = []  # when each frame showing the group's rows was displayed
    cpu: list[float] = []  # the UI thread's CPU seconds by then (what the load does not move)
    original = app._display

    def display(screen, renderable):
        # Headless apps skip the terminal write; do the same work (segments -> bytes) here.
        if renderable is not None and hasattr(renderable, "render_segments"):
            view = screen.query(ReviewView)
            if view and view.first().aligned is not None:
                renderable.render_segments(app.console)
                frames.append(time.perf_counter() - start)
                cpu.append(time.thread_time() - start_cpu)
        return original(screen, renderable)

    app._display = display
    done = None
    keys: list[float] = []
    idle: list[float] = []
    async with app.run_test(size=(160, 45)):
        # Polled with plain sleeps: the Pilot's pause waits until the process is idle (up to
        # a second while the worker computes), which would be timed as the app's.
        while not frames:
            await asyncio.sleep(0.005)
        if not eager:
            keys = await _keys_meanwhile(app, app.screen.query_one(ReviewView), frames, start)
        while wait and getattr(app.screen, "computing", False):
            await asyncio.sleep(0.01)
        done = time.perf_counter() - start if wait else None
        if wait and not eager:  # the same keys with nothing computed beside them: the control
            idle = await _keys_meanwhile(
                app, app.screen.query_one(ReviewView), frames, start, presses=60, idle=True
            )
    first = frames[0]
    return {
        "import_s": imports,
        "read_s": read,
        "sizes": sizes,
        "first_screen_s": first,
        "first_screen_cpu_s": cpu[0],
        "computed_s": done,
        "keys_ms": keys,
        "idle_keys_ms": idle,
    }


async def _keys_meanwhile(
    app, view, frames: list[float], origin: float, presses: int = 150, idle: bool = False
) -> list[float]:
    """Milliseconds from a `j` key event posted to the app to the first frame displayed after
    the cursor moved (key to screen), while the group is computed in the worker thread (the
    Pilot's `press` would wait for the worker). Polled every 0.2 ms: the poll is at most
    that late."""
    times = []
    for _ in range(presses):
        if not idle and not getattr(app.screen, "computing", False):
            break
        before, shown = view.cursor, len(frames)
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.simulate_key("j")
        while view.cursor == before and time.perf_counter() - start < 2:
            await asyncio.sleep(0.0002)
        moved = time.perf_counter() - origin
        while time.perf_counter() - start < 2:
            if len(frames) > shown and frames[-1] >= moved:
                break
            await asyncio.sleep(0.0002)
        drawn = frames[-1] + origin if len(frames) > shown else time.perf_counter()
        times.append((drawn - start) * 1000)
        if os.environ.get("BENCH_KEYS_TRACE"):
            used = (time.thread_time() - start_cpu) * 1000
            print(f"{start - origin:.2f} s: {times[-1]:.1f} ms, {used:.1f} CPU ms", file=sys.stderr)
        await asyncio.sleep(0.05)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--eager", action="store_true")
    parser.add_argument(
        "--first-only", action="store_true", help="stop after the keys, before all is computed"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        write_group(Path(tmp), args.sentences)
        result = asyncio.run(measure(Path(tmp), args.eager, not args.first_only))
    print(
        f"group {' x '.join(map(str, result['sizes']))} sentences · imports"
        f" {result['import_s']:.2f} s · read {result['read_s']:.2f} s"
        f" · first screen {result['first_screen_s']:.2f} s"
        f" ({result['first_screen_cpu_s']:.2f} CPU s in the UI thread)"
        + (f" · aligned and checked {result['computed_s']:.2f} s" if result["computed_s"] else "")
        + (" (eager, as before)" if args.eager else "")
    )
    for what, keys in (
        ("j while computing", sorted(result["keys_ms"])),
        ("j once computed (control)", sorted(result["idle_keys_ms"])),
    ):
        if keys:
            p95 = keys[min(len(keys) - 1, round(0.95 * (len(keys) - 1)))]
            print(
                f"{what}, key to screen: {len(keys)} presses, median"
                f" {keys[len(keys) // 2]:.1f} ms, p95 {p95:.1f} ms, max {keys[-1]:.1f} ms"
            )
    print(f"1-minute load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
