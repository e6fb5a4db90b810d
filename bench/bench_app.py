"""Benchmark of the review app at 160x45 on synthetic groups of 4 languages.

Measures, for 100 / 1,000 / 2,000 / 5,000 rows: time to the first screen, the latency of
`row.next`, `page.down` and `mark.ok` (median and 95th percentile over 200 presses each), the
time of a resize to 200x50, and the peak RSS. Each size runs in its own process so RSS is its own.

Latency is from the key reaching the app to the end of the first frame drawn after its action
(the compositor's update, turned into terminal bytes): the rows as the reviewer sees them.
"complete" is to the last frame the key caused (the status line and findings panel are
repainted one frame later). Neither includes the Pilot's own pause, which costs 60-80 ms.

    python bench/bench_app.py            # all sizes, a table
    python bench/bench_app.py --rows 5000 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (100, 1000, 2000, 5000)
PRESSES = 200
TARGETS = (
    "first screen < 1 s at 4x2,000; row.next p95 < 30 ms at 4x5,000; resize < 500 ms; < 300 MB"
)


from bench.memory import peak_mb  # noqa: E402


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


async def measure(rows: int, presses: int) -> dict:
    from reviewer.tui.app import ReviewerApp
    from reviewer.tui.synthetic import synthetic_corpus
    from reviewer.tui.widgets.review_view import ReviewView

    corpus, _ = synthetic_corpus(rows, ("vi", "de", "fr", "id"))
    frames: list[float] = []
    start = time.perf_counter()
    app = ReviewerApp(corpus)
    original = app._display

    def display(screen, renderable):
        # Headless apps skip the terminal write; do the same work (segments -> bytes) here.
        if renderable is not None and hasattr(renderable, "render_segments"):
            renderable.render_segments(app.console)
            frames.append(time.perf_counter())
        return original(screen, renderable)

    app._display = display
    result: dict = {"rows": rows, "languages": 4}
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ReviewView)
        assert view.aligned is not None and len(view.aligned.rows) == rows
        result["first_screen_s"] = frames[-1] - start if frames else float("nan")

        # Time stamps of key arrival and of the end of the action, to pair with frames.
        marks: dict[str, float] = {}
        driver = app._driver
        send = driver.send_message

        def send_message(message):
            marks["key"] = time.perf_counter()
            return send(message)

        driver.send_message = send_message
        screen = app.screen
        act = screen.action_review

        def action_review(action):
            act(action)
            marks["acted"] = time.perf_counter()

        screen.action_review = action_review

        async def latencies(key: str, reset: str) -> tuple[list[float], list[float]]:
            """Key -> first frame after the action (the rows), and -> last frame (panels too)."""
            first, last = [], []
            while len(first) < presses:
                if view.cursor >= len(view.shown) - 1:
                    await pilot.press(reset)
                frames.clear()
                marks.clear()
                await pilot.press(key)
                after = [f for f in frames if f >= marks.get("acted", float("inf"))]
                if after:
                    first.append(after[0] - marks["key"])
                    last.append(after[-1] - marks["key"])
            return first, last

        for name, key in (("row_next", "j"), ("page_down", "pagedown"), ("mark_ok", "space")):
            first, last = await latencies(key, "g")
            result[f"{name}_median_ms"] = statistics.median(first) * 1000
            result[f"{name}_p95_ms"] = _p95(first) * 1000
            result[f"{name}_complete_median_ms"] = statistics.median(last) * 1000
            result[f"{name}_complete_p95_ms"] = _p95(last) * 1000
            result[f"{name}_samples"] = len(first)
        frames.clear()
        t0 = time.perf_counter()
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        result["resize_s"] = frames[-1] - t0 if frames else float("nan")
        assert view.column_widths()[0] > 40
    result["peak_rss_mb"] = peak_mb()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, help="one size only, in this process")
    parser.add_argument("--presses", type=int, default=PRESSES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.rows:
        result = asyncio.run(measure(args.rows, args.presses))
        print(json.dumps(result) if args.json else result)
        return 0
    header = (
        "rows     first screen  row.next med/p95 (complete)      "
        "page.down med/p95 (complete)     mark.ok med/p95   resize    peak RSS"
    )
    print(f"4 languages, 160x45, {args.presses} presses each. Targets: {TARGETS}\n{header}")
    for rows in SIZES:
        command = [sys.executable, __file__, "--rows", str(rows), "--presses", str(args.presses)]
        out = subprocess.run([*command, "--json"], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"4x{rows:<5} {r['first_screen_s']:8.3f} s  "
            f"{r['row_next_median_ms']:5.1f} / {r['row_next_p95_ms']:5.1f} ms "
            f"({r['row_next_complete_median_ms']:5.1f} / {r['row_next_complete_p95_ms']:5.1f})  "
            f"{r['page_down_median_ms']:5.1f} / {r['page_down_p95_ms']:5.1f} ms "
            f"({r['page_down_complete_median_ms']:5.1f} / {r['page_down_complete_p95_ms']:5.1f})  "
            f"{r['mark_ok_median_ms']:5.1f} / {r['mark_ok_p95_ms']:5.1f} ms  "
            f"{r['resize_s']:6.3f} s  {r['peak_rss_mb']:6.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
