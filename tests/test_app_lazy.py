"""Pilot test of opening a large group: its first screen at once, alignment and checks in a
worker thread, keys handled meanwhile (issue 13)."""

from __future__ import annotations

import asyncio
import gc
import threading

from reviewer.core import session
from reviewer.core.session import open_corpus
from reviewer.tui import app as app_module
from reviewer.tui import computing
from reviewer.tui.app import ReviewerApp
from reviewer.tui.screens.review import ReviewScreen
from reviewer.tui.widgets.review_view import ReviewView


def _held(monkeypatch, module, name: str) -> threading.Event:
    """`module.name` waits until the returned event is set (the group stays being computed):
    in the app's own process, where the patch applies (so not in the app's worker process)."""
    monkeypatch.setattr(computing, "IN_PROCESS", False)
    release = threading.Event()
    original = getattr(module, name)

    def held(*args, **kwargs):
        assert release.wait(30), "never released"
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return release


def _held_alignment(monkeypatch) -> threading.Event:
    return _held(monkeypatch, session.group_alignment, "align_group")


def test_first_screen_before_alignment_keys_meanwhile_then_rows_and_findings(seeds, monkeypatch):
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    assert any(len(corpus.segments[i]) for i in group.members.values())
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)  # every group counts as large
    release = _held_alignment(monkeypatch)
    app = ReviewerApp(corpus)

    async def until(condition, what: str) -> None:
        for _ in range(300):
            if condition():
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}")

    async def main() -> None:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            screen.go_to_group(group)
            await pilot.pause()
            view = screen.query_one(ReviewView)
            pivot = group.pivot
            # First screen: the pivot's sentences one per row, the progress mark shown.
            assert not release.is_set() and screen.computing
            pivot_count = len(corpus.segments[group.members[pivot]])
            assert len(view.aligned.rows) == pivot_count
            first = corpus.segments[group.members[pivot]][0].text
            assert first[:20] in view.cell(0, pivot).text
            assert "aligning…" in screen.status_text().plain
            # Keys are handled meanwhile: j moves, a mark is refused politely.
            await pilot.press("j")
            await pilot.pause()
            assert view.cursor_row == 1
            await pilot.press("space")
            await pilot.pause()
            assert view.state.status(1) is None
            assert view.cursor_row == 1
            # No automatic collection while computing (collections held the keys up), then
            # as before.
            await until(lambda: not gc.isenabled(), "automatic collection off")
            # Released: the aligned rows, then the findings; the cursor stays on sentence 1.
            release.set()
            await until(lambda: not screen.computing, "alignment and checks")
            await pilot.pause()
            await until(lambda: gc.isenabled(), "automatic collection on again")
            aligned = corpus.aligned(group)
            assert view.aligned is aligned
            assert view.aligned.findings == aligned.findings
            assert any(aligned.findings), "seeds group has findings"
            row = view.cursor_row
            assert 1 in aligned.rows[row].cells[pivot]
            status = screen.status_text().plain
            assert "aligning" not in status and "checking" not in status
            assert f"row {row + 1}/{len(aligned.rows)}" in status
            # Now marking works.
            await pilot.press("space")
            await pilot.pause()
            assert view.state.status(row) == "ok"

    asyncio.run(main())


def test_a_large_group_opens_on_a_window_of_its_pivot_sentences(seeds, monkeypatch):
    """Only the first PENDING_ROWS pivot sentences are laid out before the first screen; the
    whole group replaces them once aligned."""
    from reviewer.tui.screens import review

    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)
    monkeypatch.setattr(review, "PENDING_ROWS", 2)
    release = _held_alignment(monkeypatch)
    app = ReviewerApp(corpus)

    async def main() -> None:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            screen.go_to_group(group)
            await pilot.pause()
            view = screen.query_one(ReviewView)
            pivot_segments = corpus.segments[group.members[group.pivot]]
            assert len(pivot_segments) > 2
            assert [row.cells for row in view.aligned.rows] == [
                {group.pivot: (0,)},
                {group.pivot: (1,)},
            ]
            await pilot.press("j", "j", "j")  # the window's end: the cursor stays on it
            assert view.cursor_row == 1
            release.set()
            for _ in range(300):
                if not screen.computing:
                    break
                await asyncio.sleep(0.02)
            await pilot.pause()
            assert view.aligned is corpus.aligned(group)
            assert 1 in view.aligned.rows[view.cursor_row].cells[group.pivot]

    asyncio.run(main())


def test_aligned_rows_arrive_measured_by_the_worker(seeds, monkeypatch):
    """The worker measures the aligned rows before they are shown, as the view would (the UI
    thread then measures none of them), while the checks are still running."""
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    monkeypatch.setattr(app_module, "OPEN_NOW", 0)
    release = _held(monkeypatch, session.checks, "run_checks")
    rows = corpus.aligned_rows(group).rows  # aligned now (cached), checked later
    measured_here: list[int] = []  # aligned rows measured on the UI thread
    measure = ReviewView._measure

    def counting(self, row, columns):
        if self.aligned is not None and self.aligned.rows is rows:
            measured_here.append(row)
        return measure(self, row, columns)

    monkeypatch.setattr(ReviewView, "_measure", counting)
    app = ReviewerApp(corpus)
    assert app.units()[0] is group  # the group the app opens on

    async def main() -> None:
        async with app.run_test(size=(70, 30)) as pilot:
            screen = app.screen
            view = screen.query_one(ReviewView)
            for _ in range(300):  # the aligned rows, checks still held
                if "checking…" in screen.status_text().plain:
                    break
                await asyncio.sleep(0.02)
            await pilot.pause()
            assert view.aligned.rows is rows
            layout = view.row_layout()
            assert measured_here == []
            columns = view._geometry.columns
            expected = [measure(view, row, columns) for row in view.shown]
            assert list(layout.heights) == expected
            assert max(expected) > 2  # the narrow screen wraps some rows
            release.set()
            for _ in range(300):
                if not screen.computing:
                    break
                await asyncio.sleep(0.02)

    asyncio.run(main())


def test_with_the_semantic_referee_every_group_is_computed_behind_the_first_screen(seeds):
    """Its model takes seconds to load: even the seeds' small groups open at once."""
    from types import SimpleNamespace

    from reviewer.core.aligning import AlignOptions

    corpus = open_corpus([seeds])
    small = min(corpus.groups, key=lambda g: len(g.members))
    app = SimpleNamespace(corpus=corpus)
    assert not ReviewerApp.computes_later(app, small)
    corpus.align_options = AlignOptions(semantic=True)
    assert ReviewerApp.computes_later(app, small)
