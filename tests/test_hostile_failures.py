"""Failures from outside: real full and read-only file systems, a corpus folder that vanishes
or changes while it is in use, and a saving process killed by SIGTERM or SIGHUP.

test_persistence.py simulates a full disk and a read-only folder by monkeypatching; here a
small tmpfs is mounted (root on Linux only; skipped elsewhere) so the kernel says it.
"""

from __future__ import annotations

import asyncio
import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core import loading, persistence
from reviewer.core.annotations import AnnotationStore
from reviewer.core.persistence import SaveError
from reviewer.core.session import open_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "reviewer" / "seeds"


def _mount(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    return result.returncode == 0


@pytest.fixture
def tmpfs(tmp_path):
    """A mounter of small tmpfs file systems under tmp_path, all unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    mounted: list[Path] = []

    def mount(name: str, size: str = "256k") -> Path:
        where = tmp_path / name
        if not _mount(where, f"size={size},mode=0755"):
            pytest.skip("this system refuses to mount a tmpfs")
        mounted.append(where)
        return where

    yield mount
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte; the filler file, to free it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    try:
        while True:
            os.write(fd, b"x")
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


@pytest.fixture(scope="module")
def seed_group():
    corpus = open_corpus([SEEDS])
    return corpus.aligned(corpus.groups[0])


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- a full disk, for real ------------------------------------------------------------------


def test_full_disk_refuses_clearly_leaves_no_lock_and_loses_nothing(tmpfs, seed_group):
    disk = tmpfs("full")
    folder = disk / "annotations"
    folder.mkdir()
    filler = fill(disk)
    # Opening needs a lock file: the disk says no, and no empty lock is left to block the
    # next start.
    with pytest.raises(SaveError, match="disk is full"):
        AnnotationStore.open(seed_group, folder, reviewer="ana")
    assert list(folder.iterdir()) == []
    filler.unlink()

    store = AnnotationStore.open(seed_group, folder, reviewer="ana")
    store.set_status(0, "ok")
    assert store.save()
    before = store.path.read_bytes()
    filler = fill(disk)
    store.add_error(1, "fr", "accuracy/omission", "major", "x" * 20_000)
    with pytest.raises(SaveError, match="disk is full"):
        store.save()
    assert store.path.read_bytes() == before  # the old version, whole
    assert persistence.loads(before).annotations[0].status == "ok"
    assert temp_files(folder) == []
    assert store.dirty and store.errors(1)  # still in memory
    filler.unlink()
    assert store.save()
    assert persistence.read(store.path).file.annotations[-1].errors[0].note == "x" * 20_000
    store.close()
    assert sorted(p.name for p in folder.iterdir()) == [store.path.name]


def test_export_to_a_full_disk_is_one_line_and_no_partial_file(tmpfs, tmp_path):
    disk = tmpfs("out", size="64k")
    fill(disk)
    out = disk / "export.tmx"
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "export", str(SEEDS), "--format", "tmx"]
        + ["--output", str(out)],  # the seeds' annotations: a private data folder (conftest)
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and temp_files(disk) == []


# --- a read-only file system, for real ------------------------------------------------------


def test_read_only_file_system(tmpfs, seed_group, tmp_path):
    disk = tmpfs("ro")
    folder = disk / "annotations"
    store = AnnotationStore.open(seed_group, folder, reviewer="ana")
    store.set_status(0, "issue")
    assert store.save()
    store.close()
    saved = store.path.read_bytes()
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    if remount.returncode:
        pytest.skip("cannot remount read-only")
    # The app's way in (with a lock): a clear error that says why.
    with pytest.raises(SaveError, match="read-only"):
        AnnotationStore.open(seed_group, folder, reviewer="ana")
    # Export's way in (no lock, nothing written): reads the annotations.
    reader = AnnotationStore.open(seed_group, folder, reviewer="ana", lock=False)
    assert reader.status(0) == "issue"
    assert store.path.read_bytes() == saved
    out = tmp_path / "out.jsonl"
    code = main(["export", str(SEEDS), "--annotations", str(folder), "--format", "jsonl"]
                + ["--output", str(out)])  # fmt: skip
    assert code == 0 and '"issue"' in out.read_text(encoding="utf-8")
    assert main(["export", str(SEEDS), "--output", str(disk / "x.toml")]) == 2


# --- the corpus folder vanishes or changes while in use -------------------------------------


def test_folder_vanishing_during_check_is_reported_not_raised(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    real = loading._read_regular
    calls = []

    def vanish_after_two(source, max_bytes):
        calls.append(source)
        if len(calls) == 3:
            shutil.rmtree(corpus)  # listed, two files read, then the folder is gone
        return real(source, max_bytes)

    monkeypatch.setattr(loading, "_read_regular", vanish_after_two)
    assert main(["check", str(corpus), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("vanished") == 3 and "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 3

    shutil.copytree(SEEDS, corpus)
    calls.clear()
    monkeypatch.setattr(loading, "_read_regular", vanish_after_two)

    def vanish_first(source, max_bytes):
        shutil.rmtree(corpus, ignore_errors=True)
        return real(source, max_bytes)

    monkeypatch.setattr(loading, "_read_regular", vanish_first)
    assert main(["check", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "no document could be read" in err and err.count("vanished") == 5


def test_a_file_swapped_for_a_fifo_after_listing_is_not_opened(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    real_walk = os.walk

    def walk_then_swap(top, **kwargs):
        results = list(real_walk(top, **kwargs))
        target = corpus / "001_a42808516d93aaf7.txt"
        target.unlink()
        os.mkfifo(target)  # would block a reader forever
        return iter(results)

    monkeypatch.setattr(os, "walk", walk_then_swap)
    assert main(["check", str(corpus)]) == 0
    assert "001_a42808516d93aaf7.txt: a named pipe" in capsys.readouterr().err


def test_app_keeps_working_when_its_folder_vanishes_or_changes(tmp_path):
    """The corpus folder (and the annotation folder inside it) edited, then deleted, while the
    app is open: the app shows what it read, realigns and moves on; the next save finds the
    annotation file gone and asks (a conflict, never a silent rewrite); keeping mine writes
    every mark back."""
    from reviewer.tui.app import ReviewerApp
    from reviewer.tui.screens.annotating import ConflictScreen
    from reviewer.tui.widgets.review_view import ReviewView

    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    notes = persistence.default_folder([folder])
    corpus = open_corpus([folder])
    app = ReviewerApp(corpus, annotations=notes)
    shown: list[str] = []
    asked: list[str] = []

    async def run() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown.append(app.review_screen().query_one(ReviewView).aligned.documents["fr"].text)
            await pilot.press("j", "space")
            await pilot.pause(app.save_delay + 0.5)
            assert list(notes.glob("g-*.toml"))  # saved once
            french = folder / "002_9a23daeefc982262.txt"
            french.write_text("Tout autre texte.\n", encoding="utf-8")
            shutil.rmtree(folder)
            await pilot.press("space", "tab", "right_square_bracket", "left_square_bracket")
            await pilot.press("G", "ctrl+s")
            for _ in range(20):
                await pilot.pause(0.1)
                if isinstance(app.screen, ConflictScreen):
                    asked.append(str(app.screen))
                    await pilot.press("k")  # keep mine
                    break
            await pilot.pause(0.3)
            shown.append(app.review_screen().query_one(ReviewView).aligned.documents["fr"].text)
            await pilot.press("q")
            await pilot.pause(0.3)

    asyncio.run(run())
    assert asked, "the vanished annotation file was not noticed"
    assert shown[0] == shown[1] and "Kazakhstan" in shown[1]
    (saved,) = notes.glob("g-*.toml")
    assert [a.status for a in persistence.loads(saved.read_bytes()).annotations] == ["ok", "ok"]


def test_document_edited_between_sessions_reattaches_and_says_so(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    notes = tmp_path / "annotations"
    corpus = open_corpus([folder])
    aligned = corpus.aligned(corpus.groups[0])
    row = next(r for r in range(len(aligned.rows)) if aligned.cell(r, "fr"))
    french_text = " ".join(s.text for s in aligned.cell(row, "fr"))
    with AnnotationStore.open(aligned, notes, reviewer="ana") as store:
        store.set_status(row, "reject")
        assert store.save()
    french = folder / "002_9a23daeefc982262.txt"
    french.write_text("Une phrase ajoutée au début.\n" + french.read_text("utf-8"), "utf-8")
    corpus = open_corpus([folder])
    aligned = corpus.aligned(corpus.groups[0])
    with AnnotationStore.open(aligned, notes, reviewer="ana") as store:
        assert any("changed since it was annotated" in n for n in store.notices)
        (moved,) = store.annotated_rows()
        assert " ".join(s.text for s in aligned.cell(moved, "fr")) == french_text
        assert store.status(moved) == "reject"


# --- killed while saving --------------------------------------------------------------------

SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reviewer.core.annotations import AnnotationStore
    from reviewer.core.session import open_corpus

    corpus = open_corpus([sys.argv[1]])
    aligned = corpus.aligned(corpus.groups[0])
    store = AnnotationStore.open(aligned, Path(sys.argv[2]), reviewer="loop")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        row = n % len(aligned.rows)
        store.set_status(row, ("ok", "issue", "reject")[n % 3])
        store.add_error(row, aligned.languages[-1], "style", "minor", f"note {n} " + "y" * 3000)
        store.save()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_killed_while_saving_leaves_a_whole_file_and_the_next_start_works(
    tmp_path, seed_group, sig
):
    folder = tmp_path / "annotations"
    child = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(SEEDS), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout.readline().strip() == b"ready", child.stderr.read()
    path = folder / persistence.file_name(seed_group.group.id)
    deadline = time.monotonic() + 20
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # many saves in, one under way
    child.send_signal(sig)
    child.wait(timeout=10)
    assert child.returncode == -sig  # killed, not exited with a traceback of its own
    # Whatever moment it died at, the file is one whole version that reads.
    file = persistence.loads(path.read_bytes())
    assert file.annotations and all(a.reviewer == "loop" for a in file.annotations)
    # The next start takes over the dead process' lock and sees every saved annotation, plus
    # those of a save the kill interrupted (its temporary file is recovered, then removed).
    interrupted = persistence.temp_files(path)
    with AnnotationStore.open(seed_group, folder, reviewer="next") as store:
        seen = len(store.annotated_rows()) + len(store.orphans)
        if interrupted:
            assert seen >= len(file.annotations)
        else:
            assert seen == len(file.annotations)
        store.set_status(0, "ok")
        assert store.save()
    assert persistence.temp_files(path) == []


@pytest.mark.parametrize("trouble", ["read-only", "full"])
def test_app_on_a_read_only_or_full_annotation_folder_shows_what_is_there(tmpfs, trouble):
    """The app cannot lock the annotation folder (read-only file system, full disk): it opens
    read-only, still showing the annotations already there, refuses edits without crashing,
    and writes nothing."""
    from reviewer.tui.app import ReviewerApp

    disk = tmpfs("notes")
    folder = disk / "annotations"
    corpus = open_corpus([SEEDS])
    aligned = corpus.aligned(corpus.groups[0])
    with AnnotationStore.open(aligned, folder, reviewer="ana") as store:
        store.set_status(0, "issue")
        assert store.save()
    saved = store.path.read_bytes()
    if trouble == "read-only":
        if subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode:
            pytest.skip("cannot remount read-only")
    else:
        fill(disk)
    app = ReviewerApp(corpus, annotations=folder)
    seen: dict[str, object] = {}

    async def run() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            (state,) = app.states()
            seen["status"] = state.status(0)
            seen["label"] = app.save_label()
            await pilot.press("space", "i", "ctrl+s")
            await pilot.pause(0.3)
            await pilot.press("q")
            await pilot.pause(0.3)

    asyncio.run(run())
    assert seen == {"status": "issue", "label": "READ-ONLY"}
    assert store.path.read_bytes() == saved
    assert not (folder / persistence.LOCK_NAME).exists()
