"""Annotation files on disk: round trips, atomic writes, errors, lock, conflicts, corrupt files."""

from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
import textwrap
import tomllib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_annotations_helpers import make_aligned, seed_corpus

from reviewer.core import persistence
from reviewer.core.annotations import AnnotationStore
from reviewer.core.merge import merge_versions
from reviewer.core.model import ERROR_CATEGORIES, Annotation, ErrorNote
from reviewer.core.persistence import (
    AnnotationFile,
    ConflictError,
    DocumentRef,
    LockedError,
    SaveError,
    SchemaError,
    clean_text,
)

FR = ["Le chat dort.", "Il pleut à Paris.", "Fin."]
DE = ["Die Katze schläft.", "In Paris regnet es.", "Ende."]
ROOT = Path(__file__).resolve().parent.parent

# Any code point, lone surrogates and control characters made likely.
any_char = st.one_of(
    st.characters(exclude_categories=()),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.integers(0, 0x1F).map(chr),
    st.sampled_from(["\x7f", "\u2028", "\ufeff", '"', "\\"]),
)
any_text = st.lists(any_char | st.sampled_from(["'''", '"""', "\\u0041"]), max_size=30).map("".join)


def aligned():
    return make_aligned({"fr": FR, "de": DE})


def open_store(folder, **options):
    options.setdefault("lock", False)
    return AnnotationStore.open(aligned(), folder, reviewer="ana", **options)


def edited_store(folder, **options):
    store = open_store(folder, **options)
    store.set_status(0, "ok")
    store.add_error(1, "de", "fluency/grammar", "minor", "Wortstellung")
    assert store.save()
    return store


# --- round trips ------------------------------------------------------------------------------


@given(note=any_text, reviewer=any_text, text=any_text)
def test_any_note_survives_a_save_and_a_load(tmp_path_factory, note, reviewer, text):
    folder = tmp_path_factory.mktemp("ann")
    aligned_group = make_aligned({"fr": [text or "x", "y"], "de": ["z", "w"]})
    store = AnnotationStore.open(aligned_group, folder, reviewer=reviewer, lock=False)
    store.add_error(0, "fr", "other", "critical", note)
    assert store.save()
    raw = store.path.read_bytes()
    raw.decode("utf-8")  # never broken UTF-8
    tomllib.loads(raw.decode("utf-8"))
    again = AnnotationStore.open(aligned_group, folder, reviewer="x", lock=False)
    kept = again.errors(0)[0].note
    assert kept == clean_text(note)
    if not any("\ud800" <= c <= "\udfff" for c in note):
        assert kept == note  # nothing else is changed, control characters included
    assert again.annotation(0).reviewer == clean_text(reviewer)


@given(
    notes=st.lists(any_text, max_size=3),
    span=st.none() | st.tuples(st.integers(0, 5), st.integers(5, 9)),
    category=st.sampled_from(ERROR_CATEGORIES),
)
def test_file_round_trip(notes, span, category):
    made = datetime(2026, 11, 22, 17, 41, 12, tzinfo=UTC)
    errors = tuple(ErrorNote("fr", category, "major", clean_text(n), span) for n in notes)
    file = AnnotationFile(
        "g-1",
        "fr",
        {"fr": DocumentRef("a.txt", "0" * 64)},
        (Annotation("fr:0:12345678", "issue", "ana", made, {"fr": "Le chat."}, errors),),
    )
    assert persistence.loads(persistence.dumps(file)) == file


def test_clean_text_escapes_only_lone_surrogates():
    assert clean_text("a\ud800b\x00") == "a\\ud800b\x00"
    assert clean_text("ok ✓ 😀") == "ok ✓ 😀"


# --- atomic writes and write errors -----------------------------------------------------------


def test_crash_between_write_and_replace_leaves_the_old_file(tmp_path, monkeypatch):
    store = edited_store(tmp_path)
    old = store.path.read_bytes()
    store.set_status(2, "reject")

    def crash(*args):
        raise OSError(errno.EIO, "simulated crash")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(SaveError):
        store.save()
    monkeypatch.undo()
    assert store.path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [store.path.name]  # no temp file left
    assert store.dirty and store.status(2) == "reject"  # still in memory
    assert store.save()  # and saved once the disk behaves
    assert persistence.read(store.path).file.annotations[-1].status == "reject"


def test_disk_full_is_a_clear_error_and_nothing_is_lost(tmp_path, monkeypatch):
    store = edited_store(tmp_path)
    old = store.path.read_bytes()
    store.set_status(2, "ok")
    real_write = os.write

    def full(fd, data):
        if bytes(data[:8]) == b"schema =":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(SaveError, match="disk is full") as caught:
        store.save()
    monkeypatch.undo()
    assert "still in memory" in str(caught.value)
    assert store.path.read_bytes() == old
    assert store.status(2) == "ok" and store.dirty


def test_read_only_folder_simulated(tmp_path, monkeypatch):
    store = edited_store(tmp_path)
    store.set_status(2, "ok")

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    with pytest.raises(SaveError, match="read-only"):
        store.save()
    assert store.dirty


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_by_chmod(tmp_path):
    store = edited_store(tmp_path)
    store.set_status(2, "ok")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            store.save()
    finally:
        tmp_path.chmod(0o755)
    assert store.save()


def test_permissions_are_kept(tmp_path):
    store = edited_store(tmp_path)
    store.path.chmod(0o640)
    store.set_status(2, "ok")
    assert store.save()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o640


def test_symlinked_file_is_written_through_to_its_target(tmp_path):
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    folder = tmp_path / "ann"
    first = edited_store(folder)
    target = elsewhere / first.path.name
    first.path.rename(target)
    first.path.symlink_to(target)
    store = open_store(folder)
    assert store.status(0) == "ok"
    store.set_status(2, "reject")
    assert store.save()
    assert first.path.is_symlink()  # the link is kept ...
    assert persistence.read(target).file.annotations[-1].status == "reject"  # ... target new


def test_save_is_cheap_when_nothing_changed(tmp_path, monkeypatch):
    store = edited_store(tmp_path)

    def no_disk(*args, **kwargs):
        raise AssertionError("touched the disk")

    monkeypatch.setattr(Path, "read_bytes", no_disk)
    monkeypatch.setattr(persistence, "write_atomic", no_disk)
    assert store.save() is False


# --- corrupt and newer files -------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"schema = 1\ngroup = \n", b"\xff\xfe not utf-8", b'schema = 1\ngroup = "g"\npivot = 3\n'],
)
def test_corrupt_file_is_set_aside_and_reported_never_overwritten(tmp_path, content):
    path = tmp_path / persistence.file_name("g-test")
    path.write_bytes(content)
    store = open_store(tmp_path, lock=True)
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert aside[0].name.startswith("g-test.corrupt-") and aside[0].suffix == ".toml"
    assert any(aside[0].name in notice for notice in store.notices)
    store.set_status(0, "ok")
    assert store.save()
    assert aside[0].read_bytes() == content
    store.close()


def test_export_does_not_move_a_corrupt_file(tmp_path):
    path = tmp_path / persistence.file_name("g-test")
    path.write_bytes(b"not = [toml")
    store = open_store(tmp_path, lock=False)
    assert path.read_bytes() == b"not = [toml" and store.notices
    store.set_status(0, "ok")
    with pytest.raises(SaveError):
        store.save()  # never written over an unreadable file
    assert path.read_bytes() == b"not = [toml"


def test_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / persistence.file_name("g-test")
    path.write_text('schema = 3\ngroup = "g-test"\npivot = "fr"\n', encoding="utf-8")
    with pytest.raises(SchemaError):
        open_store(tmp_path, lock=True)
    assert path.read_text(encoding="utf-8").startswith("schema = 3")
    assert not (tmp_path / persistence.LOCK_NAME).exists()  # the lock was given back


# --- external edits ---------------------------------------------------------------------------


def external_edit(path: Path, status: str, anchor_row: int = 2):
    """Another program adds an annotation for row `anchor_row` (mtime kept: only bytes tell)."""
    file = persistence.read(path).file
    moment = os.stat(path)
    from reviewer.core.attaching import row_anchor

    theirs = Annotation(
        row_anchor(aligned(), anchor_row),
        status,
        "bob",
        datetime(2030, 1, 1, tzinfo=UTC),
        {"fr": FR[anchor_row]},
    )
    raw = persistence.dumps(
        AnnotationFile(file.group, file.pivot, file.documents, (*file.annotations, theirs))
    )
    path.write_bytes(raw)
    os.utime(path, ns=(moment.st_atime_ns, moment.st_mtime_ns))
    return raw


def test_external_edit_between_load_and_save_is_a_conflict(tmp_path):
    store = edited_store(tmp_path)
    theirs_raw = external_edit(store.path, "reject")
    store.set_status(0, "issue")
    with pytest.raises(ConflictError) as caught:
        store.save()
    conflict = caught.value
    assert store.path.read_bytes() == theirs_raw  # not overwritten
    assert conflict.theirs.annotations[-1].reviewer == "bob"
    assert conflict.mine.annotations[0].status == "issue"
    assert store.dirty

    assert store.resolve_conflict(conflict, keep="merge")
    merged = persistence.read(store.path).file
    statuses = {a.anchor.split(":")[1]: a.status for a in merged.annotations}
    assert statuses == {"0": "issue", "1": "issue", "2": "reject"}
    assert store.status(2) == "reject"


def test_conflict_resolved_by_keeping_mine_or_theirs(tmp_path):
    store = edited_store(tmp_path)
    external_edit(store.path, "reject")
    store.set_status(0, "issue")
    with pytest.raises(ConflictError) as caught:
        store.save()
    store.resolve_conflict(caught.value, keep="theirs")
    assert store.status(0) == "ok" and store.status(2) == "reject" and not store.dirty

    external_edit(store.path, "ok", anchor_row=2)
    store.set_status(1, "reject")
    with pytest.raises(ConflictError) as caught:
        store.save()
    assert store.resolve_conflict(caught.value, keep="mine")
    on_disk = persistence.read(store.path).file
    assert [a.status for a in on_disk.annotations] == ["ok", "reject", "reject"]


def test_file_deleted_behind_our_back_is_a_conflict(tmp_path):
    store = edited_store(tmp_path)
    store.path.unlink()
    store.set_status(2, "ok")
    with pytest.raises(ConflictError) as caught:
        store.save()
    assert caught.value.theirs is None and caught.value.theirs_bytes is None
    assert store.resolve_conflict(caught.value, keep="mine")
    assert len(persistence.read(store.path).file.annotations) == 3


def test_three_way_merge_never_loses_an_edit():
    made = datetime(2026, 1, 1, tzinfo=UTC)
    later = datetime(2026, 1, 2, tzinfo=UTC)

    def note(anchor, status, when=made):
        return Annotation(anchor, status, "x", when, {"fr": anchor})

    base = AnnotationFile(
        "g", "fr", annotations=(note("a", "ok"), note("b", "ok"), note("c", "ok"))
    )
    mine = AnnotationFile(
        "g", "fr", annotations=(note("a", "issue", later), note("b", "ok"), note("d", "ok"))
    )
    theirs = AnnotationFile(
        "g", "fr", annotations=(note("a", "reject"), note("b", "reject"), note("c", "ok"))
    )
    merged = merge_versions(base, mine, theirs)
    got = [(a.anchor, a.status) for a in merged.annotations]
    # a: both changed -> newer (mine) first, theirs kept after it; b: only they changed;
    # c: we deleted, they did not change -> deleted; d: only ours.
    assert got == [("a", "issue"), ("a", "reject"), ("b", "reject"), ("d", "ok")]


# --- the folder lock --------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reviewer.core.persistence import FolderLock
    lock = FolderLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_second_instance_is_told_and_a_dead_ones_lock_is_taken_over(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError) as caught:
            open_store(tmp_path, lock=True)
        assert caught.value.pid == holder.pid
        assert str(holder.pid) in str(caught.value)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    # The holder died without releasing: its lock is stale and taken over.
    assert persistence.read_lock(tmp_path / persistence.LOCK_NAME)[0] == holder.pid
    store = open_store(tmp_path, lock=True)
    assert persistence.read_lock(tmp_path / persistence.LOCK_NAME)[0] == os.getpid()
    store.close()
    assert not (tmp_path / persistence.LOCK_NAME).exists()


def test_lock_is_shared_by_stores_of_one_process(tmp_path):
    first = open_store(tmp_path, lock=True)
    second = AnnotationStore.open(
        make_aligned({"fr": FR}, group_id="g-other"), tmp_path, reviewer="ana"
    )
    first.close()
    assert (tmp_path / persistence.LOCK_NAME).exists()  # still held by the second store
    second.close()
    assert not (tmp_path / persistence.LOCK_NAME).exists()


def test_lock_of_another_host_is_respected(tmp_path):
    (tmp_path / persistence.LOCK_NAME).write_text(
        '{"pid": 1, "host": "elsewhere.example", "since": "2026-01-01T00:00:00+00:00"}'
    )
    with pytest.raises(LockedError, match="elsewhere.example"):
        open_store(tmp_path, lock=True)


def test_default_folder_is_beside_the_corpus(tmp_path):
    folder, corpus = seed_corpus(tmp_path)
    assert persistence.default_folder([folder]) == folder / ".reviewer" / "annotations"
    first_file = sorted(folder.iterdir())[0]
    assert persistence.default_folder([first_file]) == folder / ".reviewer" / "annotations"
    assert persistence.file_name("g-000_459abd048ae6a802") == "g-000_459abd048ae6a802.toml"
    assert persistence.file_name("../evil/x") == "_evil_x.toml"


def test_garbage_written_behind_our_back_is_set_aside_not_overwritten(tmp_path):
    store = edited_store(tmp_path)
    store.path.write_bytes(b"\x00garbage [")
    store.set_status(2, "ok")
    with pytest.raises(ConflictError) as caught:
        store.save()
    assert caught.value.theirs is None and caught.value.theirs_bytes == b"\x00garbage ["
    assert store.resolve_conflict(caught.value, keep="merge")
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00garbage ["
    assert len(persistence.read(store.path).file.annotations) == 3


def test_times_are_written_as_rfc3339_utc(tmp_path):
    store = edited_store(tmp_path)
    lines = store.path.read_text(encoding="utf-8").splitlines()
    times = [line for line in lines if line.startswith("updated = ")]
    assert times and all(
        re.fullmatch(r"updated = \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", t) for t in times
    )


def test_an_edit_made_while_saving_is_not_marked_saved(tmp_path, monkeypatch):
    store = edited_store(tmp_path)
    store.set_status(2, "ok")
    real_write = persistence.write_atomic

    def write_while_the_app_edits(path, raw):
        store.set_status(2, "reject")  # the app's thread, during a save in a worker
        real_write(path, raw)

    monkeypatch.setattr(persistence, "write_atomic", write_while_the_app_edits)
    assert store.save()
    monkeypatch.undo()
    assert persistence.read(store.path).file.annotations[-1].status == "ok"  # as when called
    assert store.dirty and store.status(2) == "reject"
    assert store.save()
    assert persistence.read(store.path).file.annotations[-1].status == "reject"


def test_output_that_does_not_read_back_is_never_written(tmp_path, monkeypatch):
    store = edited_store(tmp_path)
    old = store.path.read_bytes()
    store.set_status(2, "ok")
    real_loads = tomllib.loads

    def misread(text):
        data = real_loads(text)
        data["annotation"][0]["status"] = "reject"  # as if the writer had garbled a value
        return data

    monkeypatch.setattr(persistence.tomllib, "loads", misread)
    with pytest.raises(SaveError, match="does not read back"):
        store.save()
    monkeypatch.undo()
    assert store.path.read_bytes() == old and store.dirty


# --- issue 14: the lock race, check-and-replace, killed saves, long names ------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks real processes")
def test_two_processes_racing_for_a_stale_lock_never_both_hold_it():
    """40 rounds of bench/lock_race.py: the PID-file lock let both racers win in about 1 round
    of 10, and then acknowledged annotations were lost."""
    from bench import lock_race

    totals = lock_race.run(40)
    assert totals["acknowledged"] >= 40 * 5
    assert totals["both_held"] == 0 and totals["none_held"] == 0
    assert totals["lost"] == 0 and totals["leaked_files"] == 0


def test_a_save_cannot_slip_between_another_saves_check_and_replace(tmp_path, monkeypatch):
    """Two writers of one file (no folder lock: say, two processes of a pre-lock version): the
    second one's disk check waits for the first one's replace, then sees the change."""
    import threading

    first, second = open_store(tmp_path), open_store(tmp_path)
    first.set_status(0, "ok")
    second.set_status(1, "reject")
    inside, real_write = threading.Event(), persistence.write_atomic

    def slow_write(path, raw):
        if threading.current_thread().name == "first":
            inside.set()
            threading.Event().wait(0.3)  # checked the disk, not yet replaced
        real_write(path, raw)

    monkeypatch.setattr(persistence, "write_atomic", slow_write)
    saving = threading.Thread(target=first.save, name="first")
    saving.start()
    assert inside.wait(5)
    with pytest.raises(ConflictError):
        second.save()  # without one critical section: acknowledged, then overwritten
    saving.join()
    on_disk = persistence.read(tmp_path / persistence.file_name("g-test")).file
    assert [a.status for a in on_disk.annotations] == ["ok"]
    assert not (tmp_path / persistence.WRITE_LOCK_NAME).exists()


def killed_save(path: Path, file: AnnotationFile, *, age: float = 0.0) -> Path:
    """What a save killed between its write and its rename leaves: a temporary file."""
    tmp = path.parent / f"{persistence.temp_prefix(path.name)}k1ll3d00.tmp"
    tmp.write_bytes(persistence.dumps(file))
    if age:
        moment = os.stat(path).st_mtime - age
        os.utime(tmp, (moment, moment))
    return tmp


def test_a_killed_saves_newer_temporary_file_is_recovered_on_open(tmp_path):
    store = edited_store(tmp_path, lock=True)  # row 0 ok, row 1 an error
    path = store.path
    store.set_status(2, "reject")  # made, then the save was killed before its rename
    store.set_status(0, "issue")
    newer = store.to_file()
    store.close()
    # Cut short too: without row 0, which the file on disk has (as "ok"); recovery never deletes.
    tmp = killed_save(path, replace(newer, annotations=newer.annotations[1:]))
    os.utime(tmp, (os.stat(path).st_mtime + 5,) * 2)
    again = open_store(tmp_path, lock=True)
    assert [again.status(r) for r in range(3)] == ["ok", "issue", "reject"]
    assert again.errors(1)
    assert any("interrupted" in notice for notice in again.notices)
    assert not tmp.exists()
    again.close()


def test_older_or_unreadable_temporary_files_and_lock_leftovers_are_removed(tmp_path):
    store = edited_store(tmp_path, lock=True)
    path = store.path
    path_bytes = path.read_bytes()
    store.close()
    old = killed_save(path, persistence.read(path).file, age=60)
    cut = path.parent / f"{persistence.temp_prefix(path.name)}cutshort.tmp"
    cut.write_bytes(b'schema = 1\ngroup = "g-te')
    os.utime(cut, (os.stat(path).st_mtime + 5,) * 2)
    lock_tmp = tmp_path / f".{persistence.LOCK_NAME}.abcd1234.tmp"  # an older version's
    lock_tmp.write_text("{}")
    (tmp_path / persistence.WRITE_LOCK_NAME).write_text("")  # a save killed holding it
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_text("mine")
    again = open_store(tmp_path, lock=True)
    assert not old.exists() and not cut.exists() and not lock_tmp.exists()
    assert not (tmp_path / persistence.WRITE_LOCK_NAME).exists()
    assert unrelated.exists() and path.read_bytes() == path_bytes
    again.close()


def test_export_leaves_temporary_files_alone(tmp_path):
    store = edited_store(tmp_path, lock=True)
    store.close()
    tmp = killed_save(store.path, persistence.read(store.path).file, age=60)
    open_store(tmp_path, lock=False)
    assert tmp.exists()


@pytest.mark.parametrize("letter", ["x", "é", "語"])
def test_any_group_id_gives_names_that_fit(tmp_path, letter):
    """A corpus file name of 234 characters made its group unsaveable: `File name too long`."""
    group_id = "g-" + letter * 234
    names = {persistence.file_name(group_id), persistence.file_name(group_id + letter)}
    assert len(names) == 2  # shortened names stay distinct
    for name in names:
        assert len(name.encode()) <= persistence.MAX_NAME_BYTES and name.endswith(".toml")
        assert len(persistence.temp_prefix(name).encode()) + 12 <= 255
    store = AnnotationStore.open(
        make_aligned({"fr": FR}, group_id=group_id), tmp_path, reviewer="ana"
    )
    store.set_status(0, "ok")
    assert store.save()
    assert store.path.name == persistence.file_name(group_id)
    store.close()
    assert persistence.file_name("g-short") == "g-short.toml"  # short ids keep their names


def test_long_output_names_get_a_temporary_name_that_fits(tmp_path):
    target = tmp_path / ("o" * 250 + ".tsv")
    persistence.write_atomic(target, b"x\n")
    assert target.read_bytes() == b"x\n"


def test_the_shipped_seeds_annotations_go_to_the_users_data_folder(tmp_path, monkeypatch):
    """`reviewer seeds` (and `reviewer` with no path) wrote into the package."""
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    seeds = ROOT / "reviewer" / "seeds"
    expected = tmp_path / "data" / "annotations" / "seeds"
    assert persistence.default_folder([seeds]) == expected
    assert persistence.default_folder([next(seeds.glob("*.txt"))]) == expected
    assert persistence.default_folder([ROOT / "seeds"]) == expected  # the clone's symlink
    copy = tmp_path / "seeds"
    copy.mkdir()
    assert persistence.default_folder([copy]) == copy / ".reviewer" / "annotations"
    monkeypatch.delenv("REVIEWER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert persistence.data_folder() == tmp_path / "xdg" / "reviewer"


def test_a_recovery_that_cannot_be_written_keeps_the_temporary_file(tmp_path, monkeypatch):
    store = edited_store(tmp_path, lock=True)
    store.close()
    tmp = killed_save(store.path, persistence.read(store.path).file)
    os.utime(tmp, (os.stat(store.path).st_mtime + 5,) * 2)

    def full(path, raw):
        raise SaveError(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(persistence, "write_atomic", full)
    again = open_store(tmp_path, lock=True)  # opens all the same
    assert any("could not recover" in n and "disk is full" in n for n in again.notices)
    assert tmp.exists() and again.status(0) == "ok"
    again.close()


def test_recovery_keeps_the_fixed_rows_the_temporary_file_lacks_unless_they_overlap():
    from reviewer.core.model import AlignmentRecord

    made = datetime(2026, 12, 5, 9, tzinfo=UTC)

    def fixed(*anchors):
        return AlignmentRecord({"fr": anchors, "de": ()}, "confirmed", "ana", made)

    only_old, replaced = fixed("fr:1:aaaaaaaa"), fixed("fr:3:cccccccc", "fr:4:dddddddd")
    new, replacing = fixed("fr:2:bbbbbbbb"), fixed("fr:3:cccccccc")
    older = AnnotationFile("g", "fr", alignment=(only_old, replaced))
    newer = AnnotationFile("g", "fr", alignment=(new, replacing))
    assert persistence._newer_over(older, newer).alignment == (new, replacing, only_old)
