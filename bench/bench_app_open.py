"""Time to the first screen of a large group read from files (issue 13): 4 versions of about
5,000 sentences each, written by repeating the stories of bench/corpus.py (figures renumbered
per copy) in vi, id, fr and de. Measures, in one process: the imports, reading the corpus
(`open_corpus`), then the app from its start to the first frame displayed with the group's
rows, and to the group aligned and checked; and `j` from the key to the screen updated, 150
presses while the group is computed in the worker, then 60 once it is (the control: what the
machine's load costs the keys with nothing computed beside them).
`--eager` opens it the way the app did before (aligned and checked before the first screen).
`BENCH_KEYS_TRACE=1` prints each press: when, its latency, the UI thread's CPU time for it
and its wait for a core (Linux); the summary splits the keys' mean latency into the UI
thread's CPU, its wait for a core (the machine's load) and the rest (waiting for the
interpreter lock held by another thread, and for the next frame), and counts the garbage
collections run meanwhile.

    python bench/bench_app_open.py [--sentences 5000] [--eager] [--first-only]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
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
    keys: list[tuple] = []
    idle: list[tuple] = []
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
        "keys": keys,
        "idle_keys": idle,
    }


def _queued_ms() -> float:
    """The calling thread's time waiting for a core so far (Linux schedstat), in ms."""
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


async def _keys_meanwhile(
    app, view, frames: list[float], origin: float, presses: int = 150, idle: bool = False
) -> list[tuple]:
    """Per `j` key event posted to the app: (milliseconds to the first frame displayed after
    the cursor moved (key to screen), the UI thread's CPU ms meanwhile, its ms waiting for a
    core, garbage collections run meanwhile and their ms), while the group is computed in the
    background (the Pilot's `press` would wait for it). Polled every 0.2 ms: the poll is at
    most that late."""
    collections: list[float] = []
    started: list[float] = []

    def collected(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            collections.append((time.perf_counter() - started.pop()) * 1000)

    gc.callbacks.append(collected)
    times = []
    try:
        for _ in range(presses):
            if not idle and not getattr(app.screen, "computing", False):
                break
            before, shown = view.cursor, len(frames)
            start, start_cpu, queued = time.perf_counter(), time.thread_time(), _queued_ms()
            collections.clear()
            app.simulate_key("j")
            while view.cursor == before and time.perf_counter() - start < 2:
                await asyncio.sleep(0.0002)
            moved = time.perf_counter() - origin
            while time.perf_counter() - start < 2:
                if len(frames) > shown and frames[-1] >= moved:
                    break
                await asyncio.sleep(0.0002)
            seen = time.perf_counter()
            used, queued = (time.thread_time() - start_cpu) * 1000, _queued_ms() - queued
            drawn = frames[-1] + origin if len(frames) > shown else seen
            times.append(((drawn - start) * 1000, used, queued, len(collections), sum(collections)))
            times[-1] += ((seen - start) * 1000,)
            if os.environ.get("BENCH_KEYS_TRACE"):
                took, _, waited, count, spent, _ = times[-1]
                print(
                    f"{start - origin:.2f} s: {took:.1f} ms, {used:.1f} CPU ms,"
                    f" {waited:.1f} ms waiting for a core, {count} collections {spent:.1f} ms",
                    file=sys.stderr,
                )
            await asyncio.sleep(0.05)
    finally:
        gc.callbacks.remove(collected)
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
    for what, pressed in (
        ("j while computing", result["keys"]),
        ("j once computed (control)", result["idle_keys"]),
    ):
        if pressed:
            keys = sorted(p[0] for p in pressed)
            p95 = keys[min(len(keys) - 1, round(0.95 * (len(keys) - 1)))]
            count = len(keys)
            mean = sum(p[5] for p in pressed) / count  # to the frame seen by the poll
            cpu = sum(p[1] for p in pressed) / count
            queued = sum(p[2] for p in pressed) / count
            print(
                f"{what}, key to screen: {count} presses, median"
                f" {keys[count // 2]:.1f} ms, p95 {p95:.1f} ms, max {keys[-1]:.1f} ms;"
                f" to the frame seen, mean {mean:.1f} ms = UI thread CPU {cpu:.1f}"
                f" + waiting for a core {queued:.1f} + other waits {mean - cpu - queued:.1f};"
                f" {sum(p[3] for p in pressed)} collections meanwhile,"
                f" {sum(p[4] for p in pressed):.0f} ms"
            )
    print(f"1-minute load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
