"""Large groups aligned and checked in the app's own process (tui/computing.py, issue 13):
the same rows, findings and row heights as computed here, keys handled meanwhile, the
thread as the fallback when the process dies, and quitting mid-computation loses nothing."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from reviewer.core import session
from reviewer.core.session import open_corpus
from reviewer.tui import app as app_module
from reviewer.tui.app import ReviewerApp
from reviewer.tui.computing import Computations
from reviewer.tui.review_state import ReviewState
from reviewer.tui.widgets.review_view import ReviewView, heights_ahead


def _held_while(monkeypatch, module, name: str, hold: Path) -> None:
    """`module.name` waits while the file `hold` exists. Patched before the app forks its
    process, so the process waits too (a file is seen by both; an event would not be)."""
    original = getattr(module, name)

    def held(*args, **kwargs):
        deadline = time.monotonic() + 90
        while hold.exists():
            assert time.monotonic() < deadline, "never released"
            time.sleep(0.01)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, held)


async def _until(condition, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@pytest.mark.parametrize("other_pivot", [False, True])
def test_the_process_sends_the_rows_findings_and_heights_computed_here(seeds, other_pivot):
    here, there = open_corpus([seeds]), open_corpus([seeds])
    group = max(here.groups, key=lambda g: len(g.members))
    pivot = next(lang for lang in group.languages if lang != group.pivot) if other_pivot else None
    expected = here.aligned(group, pivot)
    assert any(expected.findings), "a group without findings would prove little"
    langs = expected.languages
    measuring = ((30,) * len(langs), langs, False)
    computations = Computations(there)
    assert computations.start()

    async def main():
        computations.attach(asyncio.get_running_loop())
        job = computations.request(group, pivot, measuring)
        assert await job.aligned
        rows = computations.aligned_rows(job)
        assert not there.is_aligned(group, pivot)  # aligned, not checked yet
        assert rows.rows == expected.rows
        # Measured there as the view measures them here, keyed by this process's rows.
        assert job.heights == heights_ahead(rows, ReviewState.in_memory(rows), measuring)
        assert await job.checked
        return rows

    try:
        rows = asyncio.run(main())
    finally:
        computations.close()
    checked = there.aligned(group, pivot)
    assert checked.findings == expected.findings
    assert checked.rows == expected.rows
    assert all(a is b for a, b in zip(checked.rows, rows.rows, strict=True))  # the rows shown


def test_keys_while_the_process_computes_then_rows_measured_there_and_findings(
    seeds, monkeypatch, tmp_path
):
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    expected = open_corpus([seeds]).aligned(group)
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)  # every group counts as large
    hold = tmp_path / "hold"
    hold.touch()
    _held_while(monkeypatch, session.checks, "run_checks", hold)  # aligned, checks held
    # Aligning waits for the screen's first frame, which tells the process how to measure
    # rows: on a loaded machine the seeds' group could otherwise be aligned before that, and
    # its rows then measured here (the app's fallback, right too, but not what is tested).
    first_frame = tmp_path / "first-frame"
    first_frame.touch()
    _held_while(monkeypatch, session.group_alignment, "align_group", first_frame)
    measured_here: list[int] = []  # rows measured by the UI thread once aligned
    measure = ReviewView._measure

    def counting(self, row, columns):
        if self.aligned is not None and len(self.aligned.languages) > 1 and self.aligned.rows:
            if len(self.aligned.rows[row].cells) > 1:  # an aligned row, not a pending one
                measured_here.append(row)
        return measure(self, row, columns)

    monkeypatch.setattr(ReviewView, "_measure", counting)
    app = ReviewerApp(corpus)
    assert app.computations.available
    assert app.units()[0] is group  # the group the app opens on

    async def main() -> None:
        async with app.run_test(size=(70, 30)) as pilot:
            screen = app.screen
            view = screen.query_one(ReviewView)

            def measures_told() -> bool:
                job = app.computations._current
                return job is not None and job.measuring is not None

            await _until(measures_told, "the screen's measures")
            first_frame.unlink()
            await _until(lambda: "checking…" in screen.status_text().plain, "the rows")
            await pilot.pause()
            assert view.aligned.rows == expected.rows
            assert not any(view.aligned.findings)
            layout = view.row_layout()
            assert measured_here == []  # measured in the process
            columns = view._geometry.columns
            heights = [measure(view, row, columns) for row in view.shown]
            assert list(layout.heights) == heights
            assert max(heights) > 2  # the narrow screen wraps some rows
            # Keys meanwhile: j moves (handled at once), a mark is refused.
            before = view.cursor_row
            await pilot.press("j")
            assert view.cursor_row == before + 1
            await pilot.press("space")
            assert view.state.status(before + 1) is None
            assert screen.computing
            sentence = view.aligned.rows[view.cursor_row].cells[group.pivot][0]
            hold.unlink()
            await _until(lambda: not screen.computing, "the findings")
            await pilot.pause()
            aligned = corpus.aligned(group)
            assert view.aligned is aligned
            assert aligned.findings == expected.findings
            assert aligned.rows == expected.rows
            row = view.cursor_row  # the cursor stayed on its pivot sentence
            assert sentence in aligned.rows[row].cells[group.pivot]
            await pilot.press("space")
            assert view.state.status(row) == "ok"

    asyncio.run(main())


def test_a_process_that_dies_leaves_the_group_to_a_thread(seeds, monkeypatch, tmp_path):
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    expected = open_corpus([seeds]).aligned(group)
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)
    hold = tmp_path / "hold"
    hold.touch()
    _held_while(monkeypatch, session.group_alignment, "align_group", hold)
    app = ReviewerApp(corpus)
    pid = app.computations._pid

    async def main() -> None:
        async with app.run_test(size=(100, 30)):
            screen = app.screen
            await _until(lambda: app.computations._current is not None, "the group sent")
            os.kill(pid, 9)
            await _until(lambda: not app.computations.available, "the process seen dead")
            assert screen.computing and "aligning…" in screen.status_text().plain
            hold.unlink()  # the thread aligns it now
            await _until(lambda: not screen.computing, "the group computed in a thread")
            assert screen.query_one(ReviewView).aligned.findings == expected.findings

    asyncio.run(main())


def test_quitting_mid_computation_saves_and_ends_the_process(seeds, monkeypatch, tmp_path):
    """The first group is computed; a mark is made; then the process is held on the next
    unit and the reviewer quits: the app ends at once, the mark is saved, the process is
    gone."""
    corpus = open_corpus([seeds])
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)
    hold = tmp_path / "hold"
    _held_while(monkeypatch, session.group_alignment, "align_group", hold)
    folder = tmp_path / "annotations"
    app = ReviewerApp(corpus, annotations=folder, reviewer="tester")
    pid = app.computations._pid

    async def main() -> float:
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            await _until(lambda: not screen.computing, "the first group")
            first = screen.query_one(ReviewView).aligned.group
            hold.touch()  # the process now waits on whatever group it takes next
            await pilot.press("space")  # mark.ok on the first row
            assert screen.query_one(ReviewView).state.status(0) == "ok"
            screen.open_unit(1)  # a lone document: large too here, so computed there
            await pilot.pause()
            assert screen.computing
            started = time.monotonic()
            await app.action_quit()
            await _until(lambda: not app.is_running, "the app to end", seconds=10)
        return time.monotonic() - started, first

    took, first = asyncio.run(main())
    hold.unlink()
    assert took < 5
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # ended and reaped
    saved = list(folder.glob("*.toml"))
    assert saved and any(first.id in path.read_text(encoding="utf-8") for path in saved)
    assert any('"ok"' in path.read_text(encoding="utf-8") for path in saved)


def test_rows_are_measured_there_when_the_screen_asks_after_the_triage(
    seeds, monkeypatch, tmp_path
):
    """The triage thread may ask for the group first, without a way to measure rows; the
    screen's later request (urgent, with its measures) still has them measured there."""
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    langs = group.languages
    measuring = ((25,) * len(langs), langs, False)
    hold = tmp_path / "hold"
    hold.touch()
    _held_while(monkeypatch, session.group_alignment, "align_group", hold)
    computations = Computations(corpus)
    assert computations.start()

    async def main():
        computations.attach(asyncio.get_running_loop())
        first = computations.request(group)  # the triage's, sent at once
        await asyncio.sleep(0.2)
        again = computations.request(group, measuring=measuring, urgent=True)  # the screen's
        assert again is first
        hold.unlink()
        assert await first.aligned
        rows = computations.aligned_rows(first)
        assert first.heights == heights_ahead(rows, ReviewState.in_memory(rows), measuring)
        assert await first.checked

    try:
        asyncio.run(main())
    finally:
        computations.close()
    assert corpus.is_aligned(group)
