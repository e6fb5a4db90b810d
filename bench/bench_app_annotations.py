"""Does saving annotations in the background slow the app down? 4 languages x 5,000 rows.

Fills the group with 5,000 annotations (a real store, a temporary folder), times one save,
then presses `mark.ok` 200 times (a pause every 10 keys lets a debounced save start, so saves
run while keys arrive) and reports the latency with and without a save running. Latency is
from the key reaching the app to the cursor having moved (the handler done), polled every
millisecond on the app's loop. The Pilot's `press` is not used: it waits until the whole
process is idle, the saving thread included, which is not what a reviewer waits for.

    python bench/bench_app_annotations.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual import events  # noqa: E402

from reviewer.tui.app import ReviewerApp  # noqa: E402
from reviewer.tui.synthetic import synthetic_corpus  # noqa: E402
from reviewer.tui.widgets.review_view import ReviewView  # noqa: E402

ROWS = 5000
PRESSES = 200


async def measure(folder: str) -> None:
    corpus, _ = synthetic_corpus(ROWS)
    app = ReviewerApp(corpus, annotations=folder, reviewer="bench")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ReviewView)
        store = view.state.store
        for row in range(1, ROWS):
            store.set_status(row, "ok")
        start = time.perf_counter()
        store.save()
        print(f"one save of {ROWS} annotations: {time.perf_counter() - start:.2f} s")
        idle: list[float] = []
        busy: list[float] = []
        for i in range(PRESSES):
            before, saving = view.cursor_row, app._saving
            start = time.perf_counter()
            key = events.Key("space", " ")
            key.set_sender(app)
            app._driver.send_message(key)
            while view.cursor_row == before and time.perf_counter() - start < 5:
                await asyncio.sleep(0.001)
            (busy if saving else idle).append((time.perf_counter() - start) * 1000)
            await asyncio.sleep(0.55 if i % 10 == 9 else 0.05)
        for name, lat in (("no save running", idle), ("save running", busy)):
            if lat:
                lat.sort()
                p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
                print(
                    f"mark.ok, {name}: n={len(lat)} median {statistics.median(lat):.1f} ms, "
                    f"p95 {p95:.1f} ms, max {lat[-1]:.1f} ms"
                )
        while app._saving:
            await asyncio.sleep(0.05)
        print(f"after the last save: {app.save_label()}, dirty={view.state.dirty}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(measure(folder))
