"""The app's annotations go through the real store: saved, reloaded, never lost silently.

Pilot tests on the seeds with an annotation folder in tmp_path; each asserts on the store
and on the file on disk (parsed with tomllib).
"""

from __future__ import annotations

import asyncio
import errno
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w
from textual.worker import WorkerCancelled

from reviewer import cli
from reviewer.core import persistence
from reviewer.core.annotations import config_reviewer_name
from reviewer.core.model import ERROR_CATEGORIES, ErrorNote, cell_text
from reviewer.core.persistence import SaveError
from reviewer.core.session import open_corpus
from reviewer.tui.app import ReviewerApp
from reviewer.tui.review_state import ReviewState
from reviewer.tui.screens.annotating import (
    BoilerplateKindScreen,
    ConflictScreen,
    ExportScreen,
    OrphanScreen,
    QuitAnywayScreen,
)
from reviewer.tui.screens.dialogs import AnnotateScreen
from reviewer.tui.widgets.review_view import ReviewView
from tests.conftest import SEEDS

GROUP = "g-000_459abd048ae6a802"


@pytest.fixture(scope="module")
def corpus():
    return open_corpus([SEEDS])


def make_app(corpus, folder: Path, *, delay: float = 0.02, **kwargs) -> ReviewerApp:
    return ReviewerApp(corpus, annotations=folder, reviewer="ana", save_delay=delay, **kwargs)


def run(app: ReviewerApp, body: Callable, size: tuple[int, int] = (120, 36)) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await body(pilot, app.screen, app.screen.query_one(ReviewView))

    asyncio.run(main())


async def settle(pilot, delay: float = 0.1) -> None:
    """Let the debounce timer fire and the save worker finish."""
    await pilot.pause(delay)
    try:
        await pilot.app.workers.wait_for_complete()
    except WorkerCancelled:
        # a quit in the keys: the save worker had saved and handed the result back, the app
        # exited and Textual marked the thread's worker cancelled as it returned (a CI run at
        # stop 43); what was saved is asserted on disk by the test
        assert pilot.app.return_code == 0
    await pilot.pause()


def on_disk(folder: Path) -> dict:
    return tomllib.loads((folder / f"{GROUP}.toml").read_text(encoding="utf-8"))


def status_line(screen) -> str:
    return str(screen.query_one("#status").render())


def messages(app: ReviewerApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def test_marks_saved_on_quit_and_shown_after_reopening(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def mark(pilot, screen, view):
        await pilot.press("space", "i", "x")
        assert [view.state.status(r) for r in range(3)] == ["ok", "issue", "reject"]
        await pilot.press("q")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.return_code == 0

    run(make_app(corpus, folder, delay=30), mark)  # quit saves, however long the debounce
    data = on_disk(folder)
    assert [a["status"] for a in data["annotation"]] == ["ok", "issue", "reject"]
    assert {a["reviewer"] for a in data["annotation"]} == {"ana"}
    assert data["group"] == GROUP and data["pivot"] == "vi"
    assert not (folder / ".reviewer.lock").exists()  # released at quit

    async def reopen(pilot, screen, view):
        assert [view.state.status(r) for r in range(4)] == ["ok", "issue", "reject", None]
        assert "reviewed 3/" in status_line(screen) and "saved" in status_line(screen)
        gutters = [view.render_line(y).text[1] for y in range(view.size.height)]
        assert {"✓", "!", "✗"} <= set(gutters)

    run(make_app(corpus, folder), reopen)


def test_every_change_is_saved_after_a_pause_and_ctrl_s_saves_now(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(folder)["annotation"][0]["status"] == "ok"
        assert status_line(screen).startswith("saved ·")
        pilot.app.save_delay = 30  # now a long debounce: only ctrl+s writes
        await pilot.press("i")
        await pilot.pause()
        assert status_line(screen).startswith("unsaved") and view.state.dirty
        assert len(on_disk(folder)["annotation"]) == 1
        await pilot.press("ctrl+s")
        await settle(pilot, 0)
        assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "issue"]
        assert not view.state.dirty and status_line(screen).startswith("saved ·")

    run(make_app(corpus, folder), body)


def test_undo_redo_are_saved_too(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space", "space", "ctrl+z")
        assert view.state.status(1) is None and view.cursor_row == 1
        await settle(pilot)
        assert len(on_disk(folder)["annotation"]) == 1
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "annotation" not in on_disk(folder) and view.state.status(0) is None
        await pilot.press("ctrl+y", "ctrl+y")
        await settle(pilot)
        assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "ok"]
        await pilot.press("ctrl+y")  # nothing left to redo: said, nothing changes
        assert "nothing to redo" in messages(pilot.app)

    run(make_app(corpus, folder), body)


def test_unreviewed_next_skips_annotated_rows(corpus, tmp_path):
    async def body(pilot, screen, view):
        await pilot.press("space", "space", "j", "space", "g", "u")
        assert view.cursor_row == 2
        await pilot.press("u")
        assert view.cursor_row == 4

    run(make_app(corpus, tmp_path / "ann"), body)


def test_annotate_form_adds_an_error_with_category_severity_note_and_span(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("tab", "a")  # German
        form = pilot.app.screen
        assert isinstance(form, AnnotateScreen)
        assert pilot.app.focused.id == "category"
        await pilot.press("right", "2")  # mistranslation -> omission; major
        await pilot.press("tab", "tab")  # severity, then the words
        await pilot.press("right", "right", "shift+right")  # the 2nd and 3rd words
        await pilot.press("tab", *"late", "enter")
        await settle(pilot)
        de = cell_text(view.aligned.cell(0, "de"))
        words = [m.span() for m in re.finditer(r"\S+", de)]
        (error,) = view.state.errors(0)
        assert error == ErrorNote(
            "de", "accuracy/omission", "major", "late", (words[1][0], words[2][1])
        )
        assert view.state.status(0) == "issue"
        assert view.cursor_row == 1  # enter saved and moved on
        await pilot.press("k")
        panel = str(screen.query_one("#findings").render())
        assert panel.startswith("noted 1: de accuracy/omission major “late”")
        (annotation,) = on_disk(folder)["annotation"]
        assert annotation["status"] == "issue"
        assert annotation["error"] == [
            {
                "lang": "de",
                "category": "accuracy/omission",
                "severity": "major",
                "note": "late",
                "span": [words[1][0], words[2][1]],
            }
        ]

    run(make_app(corpus, folder), body)


def test_annotate_offers_every_mqm_category_and_types_ahead(corpus, tmp_path):
    async def body(pilot, screen, view):
        await pilot.press("a")
        form = pilot.app.screen
        category = form.query_one("#category")
        assert category.values == ERROR_CATEGORIES
        seen = [category.value]
        for _ in ERROR_CATEGORIES[1:]:
            await pilot.press("right")
            seen.append(category.value)
        assert sorted(seen) == sorted(ERROR_CATEGORIES)  # each one reachable by arrows
        await pilot.press("t")  # the next category that starts with t
        assert category.value == "terminology"
        await pilot.press("escape")
        assert view.state.errors(0) == ()

    run(make_app(corpus, tmp_path / "ann"), body)


def test_boilerplate_toggle_writes_overrides(corpus, tmp_path, monkeypatch):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        view.move_to_row(20)  # the byline, marked automatically in every language
        await pilot.press("b")
        await settle(pilot)
        assert view.state.boilerplate_override(20, "vi") == "none"
        (override,) = on_disk(folder)["boilerplate"]
        assert override["kind"] == "none" and override["anchor"].startswith("vi:")
        await pilot.press("b")  # the rules know it: byline again, i.e. automatic
        await settle(pilot)
        assert view.state.boilerplate_override(20, "vi") is None
        assert "boilerplate" not in on_disk(folder)
        view.move_to_row(0)  # article text: no rule suggests a kind, so the reviewer picks
        await pilot.press("b")
        assert isinstance(pilot.app.screen, BoilerplateKindScreen)
        await pilot.press("down", "down", "down", "enter")  # ad source comments caption
        await settle(pilot)
        assert view.state.store.boilerplate(0, "vi") == "caption"
        assert [o["kind"] for o in on_disk(folder)["boilerplate"]] == ["caption"]
        monkeypatch.setattr("reviewer.tui.screens.review.classify", lambda text, lang: "credit")
        view.move_to_row(1)
        await pilot.press("b")  # a suggestion: no picker
        assert pilot.app.screen is screen
        assert view.state.store.boilerplate(1, "vi") == "credit"

    run(make_app(corpus, folder), body)


def test_second_instance_is_read_only_and_says_so(corpus, tmp_path):
    folder = tmp_path / "ann"
    folder.mkdir()
    # Another instance: a process holding the folder's lock (an OS lock: a file alone is not).
    holder = (
        "import sys, time\nfrom reviewer.core.persistence import FolderLock\n"
        "FolderLock(__import__('pathlib').Path(sys.argv[1])).acquire()\n"
        "print('locked', flush=True)\ntime.sleep(60)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", holder, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert other.stdout.readline().strip() == "locked"

    async def body(pilot, screen, view):
        assert "in use by another reviewer" in messages(pilot.app)
        assert f"process {other.pid}" in messages(pilot.app)
        assert status_line(screen).startswith("READ-ONLY")
        await pilot.press("space")
        assert view.state.status(0) is None and view.cursor_row == 0
        assert "read-only" in messages(pilot.app)
        await pilot.press("q")
        await settle(pilot, 0)
        assert pilot.app.return_code == 0

    try:
        run(make_app(corpus, folder), body)
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    assert not (folder / f"{GROUP}.toml").exists()
    assert json.loads((folder / ".reviewer.lock").read_text())["pid"] == other.pid  # not ours


@pytest.mark.parametrize(
    ("key", "row0", "row1"),
    [("m", "reject", "issue"), ("r", "reject", None), ("k", "ok", "issue")],
)
def test_external_edit_asks_reload_merge_or_keep_mine(corpus, tmp_path, key, row0, row1):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space")
        await settle(pilot)
        path = folder / f"{GROUP}.toml"
        theirs = tomllib.loads(path.read_text(encoding="utf-8"))
        theirs["annotation"][0]["status"] = "reject"  # someone else, meanwhile
        path.write_bytes(tomli_w.dumps(theirs).encode())
        await pilot.press("i")  # row 1
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ConflictScreen)
        assert "changed by someone else" in dialog.message
        await pilot.press(key)
        await settle(pilot)
        assert pilot.app.screen is screen
        assert (view.state.status(0), view.state.status(1)) == (row0, row1)
        statuses = [a["status"] for a in on_disk(folder)["annotation"]]
        assert statuses == [s for s in (row0, row1) if s]
        assert not view.state.dirty and status_line(screen).startswith("saved ·")

    run(make_app(corpus, folder), body)


def test_save_error_keeps_annotations_in_memory_and_shows_it(corpus, tmp_path, monkeypatch):
    folder = tmp_path / "ann"
    real = persistence.write_atomic

    def disk_full(path, raw):
        raise SaveError(path, OSError(errno.ENOSPC, "No space left on device"))

    async def body(pilot, screen, view):
        monkeypatch.setattr(persistence, "write_atomic", disk_full)
        await pilot.press("space", "i")
        await settle(pilot)
        assert "the disk is full" in messages(pilot.app)
        assert status_line(screen).startswith("NOT SAVED")
        assert view.state.status(0) == "ok" and view.state.dirty
        assert not (folder / f"{GROUP}.toml").exists()
        await pilot.press("q")  # refused to quit silently
        await settle(pilot, 0)
        assert isinstance(pilot.app.screen, QuitAnywayScreen)
        await pilot.press("n")
        assert pilot.app.is_running
        monkeypatch.setattr(persistence, "write_atomic", real)  # space freed
        await pilot.press("x")  # the next change retries, and saves everything
        await settle(pilot)
        assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "issue", "reject"]
        assert status_line(screen).startswith("saved ·")

    run(make_app(corpus, folder), body)


def test_quit_anyway_after_a_save_error(corpus, tmp_path, monkeypatch):
    def read_only(path, raw):
        raise SaveError(path, OSError(errno.EROFS, "Read-only file system"))

    monkeypatch.setattr(persistence, "write_atomic", read_only)

    async def body(pilot, screen, view):
        await pilot.press("space", "q")
        await settle(pilot)
        assert isinstance(pilot.app.screen, QuitAnywayScreen)
        assert "read-only file system" in pilot.app.screen.message
        await pilot.press("y")
        await pilot.pause()
        assert pilot.app.return_code == 0

    run(make_app(corpus, tmp_path / "ann", delay=30), body)


def test_pivot_change_keeps_annotations_on_their_sentences(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("j", "j", "j", "space")
        sentence = cell_text(view.aligned.cell(3, "vi"))
        await pilot.press("tab", "tab", "P")
        assert view.aligned.group.pivot == "fr"
        (row,) = [
            r
            for r in range(len(view.aligned.rows))
            if cell_text(view.aligned.cell(r, "vi")) == sentence
        ]
        assert view.state.status(row) == "ok" and view.state.reviewed() == 1
        await pilot.press("x")  # an edit on the new alignment
        await settle(pilot)
        data = on_disk(folder)
        assert data["pivot"] == "fr"
        assert sorted(a["status"] for a in data["annotation"]) == ["ok", "reject"]

    run(make_app(corpus, folder), body)


def orphan_file(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "schema": 1,
        "group": GROUP,
        "pivot": "vi",
        "annotation": [
            {
                "anchor": "vi:99:00000000",
                "status": "reject",
                "reviewer": "bo",
                "updated": "2026-11-01T10:00:00Z",
                "text": {"vi": "Một câu không còn ở đâu trong bài."},
            }
        ],
    }
    text = tomli_w.dumps(data).replace('"2026-11-01T10:00:00Z"', "2026-11-01T10:00:00Z")
    (folder / f"{GROUP}.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("key", ["a", "d"])
def test_orphans_are_listed_and_adopted_or_discarded(corpus, tmp_path, key):
    folder = tmp_path / "ann"
    orphan_file(folder)

    async def body(pilot, screen, view):
        assert "could not be re-attached" in messages(pilot.app)
        assert "1 orphan(s)" in status_line(screen)
        commands = [c.title for c in pilot.app.get_system_commands(screen)]
        assert "Orphans: annotations that found no row (1)" in commands
        await pilot.press("j")
        screen.show_orphans()
        await pilot.pause()
        assert isinstance(pilot.app.screen, OrphanScreen)
        await pilot.press(key, "escape")
        await settle(pilot)
        data = on_disk(folder)
        if key == "a":
            assert view.state.status(1) == "reject" and view.state.store.orphans == ()
            (annotation,) = data["annotation"]
            assert annotation["anchor"].startswith("vi:1:") and annotation["reviewer"] == "bo"
        else:
            assert view.state.store.orphans == () and "annotation" not in data
            await pilot.press("ctrl+z")  # discarding is undoable
            assert len(view.state.store.orphans) == 1

    run(make_app(corpus, folder), body)


def test_corrupt_file_is_set_aside_and_said(corpus, tmp_path):
    folder = tmp_path / "ann"
    folder.mkdir()
    (folder / f"{GROUP}.toml").write_text("this is [not toml", encoding="utf-8")

    async def body(pilot, screen, view):
        aside = list(folder.glob("*.corrupt-*.toml"))
        assert len(aside) == 1 and aside[0].name in messages(pilot.app)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(folder)["annotation"][0]["status"] == "ok"
        assert aside[0].read_text(encoding="utf-8") == "this is [not toml"

    run(make_app(corpus, folder), body)


@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
def test_export_dialog_writes_the_chosen_format(corpus, tmp_path, fmt):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space", "e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.query_one("#path").value == str(tmp_path / "annotations.toml")
        dialog.query_one("#format").value = fmt
        await pilot.pause()
        assert dialog.query_one("#path").value == str(tmp_path / f"annotations.{fmt}")
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen

    run(make_app(corpus, folder), body)
    out = (tmp_path / f"annotations.{fmt}").read_text(encoding="utf-8")
    if fmt == "tsv":
        header, first = out.splitlines()[:2]
        assert header.startswith("group\trow") and "\tok\tana\t" in first
    else:
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows[0]["status"] == "ok" and rows[0]["group"] == GROUP
        assert sum(r["status"] is not None for r in rows) == 1


def test_review_state_undo_moves_to_the_row_it_touched(corpus):
    state = ReviewState.in_memory(corpus.aligned(corpus.groups[0]), "ana")
    state.set_status(0, "ok")
    state.add_error(1, ErrorNote("fr", "accuracy/omission", "minor", "x"))
    state.set_boilerplate(3, "de", "caption")
    state.set_boilerplate(3, "de", "caption")  # no change: no step
    assert state.reviewed() == 2 and state.status(1) == "issue"
    assert state.undo() == (True, (3, "de")) and state.boilerplate_override(3, "de") is None
    assert state.undo() == (True, 1) and state.errors(1) == ()
    assert state.redo() == (True, 1) and len(state.errors(1)) == 1
    state.set_status(2, "reject")  # a new edit drops what could be redone
    assert state.redo() == (False, None)
    assert not state.dirty  # in memory: never written


def test_config_name_and_cli_pass_annotations_and_reviewer(tmp_path, monkeypatch):
    config = tmp_path / "cfg" / "reviewer"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('reviewer = "chi"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert config_reviewer_name() == "chi"
    opened = []
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: opened.append(self))
    assert cli.main(["--annotations", str(tmp_path / "a")]) == cli.EXIT_OK
    assert opened[-1].reviewer == "chi" and opened[-1].annotations == tmp_path / "a"
    assert cli.main(["--reviewer", "dan", str(SEEDS)]) == cli.EXIT_OK
    assert opened[-1].reviewer == "dan"
    assert opened[-1].annotations == persistence.default_folder([SEEDS])  # not in the package
    (config / "config.toml").write_text("reviewer = [", encoding="utf-8")
    with pytest.raises(ValueError, match="config.toml:1"):  # said, not ignored (issue 14)
        config_reviewer_name()
    assert os.environ["XDG_CONFIG_HOME"] == str(tmp_path / "cfg")


def test_export_includes_groups_and_lone_documents_not_opened_this_session(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def annotate_lone_document(pilot, screen, view):
        await pilot.press("right_square_bracket", "j", "x", "q")  # row 0 is metadata
        await settle(pilot, 0)

    run(make_app(corpus, folder), annotate_lone_document)
    assert len(list(folder.glob("doc-*.toml"))) == 1

    async def export(pilot, screen, view):
        await pilot.press("e")
        pilot.app.screen.query_one("#format").value = "jsonl"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    run(make_app(corpus, folder), export)
    rows = [json.loads(line) for line in (tmp_path / "annotations.jsonl").read_text().splitlines()]
    assert [r["status"] for r in rows if r["status"]] == ["reject"]
    assert {r["group"] for r in rows} == {GROUP, "doc-004_ebdb859cbc83cbed.txt"}


def test_conflict_decided_later_stays_unsaved_and_is_asked_again(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space")
        await settle(pilot)
        path = folder / f"{GROUP}.toml"
        path.write_bytes(path.read_bytes() + b"\n# edited elsewhere\n")
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConflictScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert status_line(screen).startswith("NOT SAVED") and view.state.dirty
        assert path.read_bytes().endswith(b"# edited elsewhere\n")  # theirs untouched
        await pilot.press("ctrl+s")
        await settle(pilot, 0)
        assert isinstance(pilot.app.screen, ConflictScreen)
        await pilot.press("k")
        await settle(pilot)
        assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "issue"]

    run(make_app(corpus, folder), body)


def test_last_chance_save_when_the_app_stops_without_quit(corpus, tmp_path):
    folder = tmp_path / "ann"
    app = make_app(corpus, folder, delay=30)

    async def body(pilot, screen, view):
        await pilot.press("space", "i")  # then the app stops without `quit` (a crash, a signal)

    run(app, body)
    assert not (folder / f"{GROUP}.toml").exists()
    assert app.last_chance_save() == []
    assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "issue"]


def test_quit_with_a_conflict_asks_then_quits_once_saved(corpus, tmp_path):
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        path = folder / f"{GROUP}.toml"
        path.write_bytes(path.read_bytes() + b"\n# edited elsewhere\n")
        await pilot.press("x", "q")
        await settle(pilot, 0)
        assert isinstance(pilot.app.screen, ConflictScreen) and pilot.app.is_running
        await pilot.press("k")
        await settle(pilot)
        assert pilot.app.return_code == 0

    run(make_app(corpus, folder, delay=30), body)
    assert [a["status"] for a in on_disk(folder)["annotation"]] == ["ok", "reject"]
