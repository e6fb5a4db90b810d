"""Command-line misuse: every wrong flag, missing path or file of the wrong kind ends with exit
2 and a short message (one line per fact), never a traceback and never a hang.

tests/test_cli.py covers the first few; these are the rest. Each call runs in process under an
alarm (a FIFO read blocks for ever, so a hang must fail the test, not the suite), and a sample
runs as a real process to see what a shell sees.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.core import persistence
from reviewer.core.annotations import AnnotationStore
from reviewer.core.session import open_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "reviewer" / "seeds")


@pytest.fixture(scope="module")
def odd(tmp_path_factory) -> Path:
    """Files of every wrong kind."""
    folder = tmp_path_factory.mktemp("odd")
    (folder / "emptydir").mkdir()
    (folder / "bin.txt").write_bytes(b"Une\x00phrase.\n")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\xfa broken\n")
    (folder / "bad.toml").write_text("x = [\n", encoding="utf-8")
    (folder / "ok.txt").write_text("Une phrase.\nUne autre.\n", encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    os.mkfifo(folder / "fifo.toml")
    return folder


def _timeout(*_):
    raise TimeoutError("hung: a read that never returns")


def call(args: list[str], capsys, monkeypatch) -> tuple[int, list[str], str]:
    """Run the command line in process: (exit code, lines on standard error, output)."""
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: None)
    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(10)
    try:
        try:
            code = cli.main(args)
        except SystemExit as exit_:
            code = exit_.code
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


MISUSE = {
    # wrong or missing flags and values
    "format empty": ["check", SEEDS, "--format", ""],
    "format missing value": ["check", SEEDS, "--format"],
    "fail-on empty": ["check", SEEDS, "--fail-on", ""],
    "lang without file": ["check", SEEDS, "--lang", "=vi"],
    "lang for a document that is not there": ["check", SEEDS, "--lang", "000_typo.txt=vi"],
    "unknown flag after check": ["check", "--bogus"],
    "unknown flag for the app": ["--bogus"],
    "export format": ["export", SEEDS, "--format", "csv"],
    "export status empty": ["export", SEEDS, "--status", ""],
    "export status empty item": ["export", SEEDS, "--status", "ok,,"],
    "export status unknown": ["export", SEEDS, "--status", "done"],
    "export without path": ["export"],
    "merge without file": ["merge"],
    "align with three files": ["align", "{odd}/ok.txt", "{odd}/ok.txt", "{odd}/ok.txt"],
    # paths that are missing or of the wrong kind
    "check an empty folder": ["check", "{odd}/emptydir"],
    "check a binary file": ["check", "{odd}/bin.txt"],
    "check a FIFO": ["check", "{odd}/fifo.txt"],
    "app on an empty folder": ["{odd}/emptydir"],
    "groups missing": ["check", SEEDS, "--groups", "{odd}/none.toml"],
    "groups a folder": ["check", SEEDS, "--groups", "{odd}/emptydir"],
    "groups binary": ["check", SEEDS, "--groups", "{odd}/bin.txt"],
    "groups not TOML": ["check", SEEDS, "--groups", "{odd}/bad.toml"],
    "groups a FIFO": ["check", SEEDS, "--groups", "{odd}/fifo.toml"],
    "align SRC a folder": ["align", "{odd}/emptydir", "{odd}/ok.txt"],
    "align TGT a folder": ["align", "{odd}/ok.txt", "{odd}/emptydir"],
    "align SRC binary": ["align", "{odd}/bin.txt", "{odd}/ok.txt"],
    "align SRC not UTF-8": ["align", "{odd}/bad.txt", "{odd}/ok.txt"],
    "align SRC missing": ["align", "{odd}/none.txt", "{odd}/ok.txt"],
    "align SRC a FIFO": ["align", "{odd}/fifo.txt", "{odd}/ok.txt"],
    "export output a folder": ["export", SEEDS, "--output", "{odd}/emptydir"],
    "export annotations a file": ["export", SEEDS, "--annotations", "{odd}/ok.txt"],
    "merge missing": ["merge", "{odd}/none.toml"],
    "merge a folder": ["merge", "{odd}/emptydir"],
    "merge binary": ["merge", "{odd}/bin.txt"],
    "merge not TOML": ["merge", "{odd}/bad.toml"],
    "merge a FIFO": ["merge", "{odd}/fifo.toml"],
    "keys missing": ["--keys", "{odd}/none.toml", SEEDS],
    "keys a folder": ["--keys", "{odd}/emptydir", SEEDS],
    "keys binary": ["--keys", "{odd}/bin.txt", SEEDS],
    "keys a FIFO": ["--keys", "{odd}/fifo.toml", SEEDS],
}
# A skipped file and "no document could be read" are two facts, two lines; so are a folder
# without a .txt file (said what it holds instead) and that.
TWO_LINES = {
    "check a binary file",
    "check a FIFO",
    "check an empty folder",
    "app on an empty folder",
}


@pytest.mark.parametrize("name", sorted(MISUSE))
def test_misuse_exits_2_with_a_short_message(name, odd, capsys, monkeypatch):
    args = [arg.replace("{odd}", str(odd)) for arg in MISUSE[name]]
    code, lines, _ = call(args, capsys, monkeypatch)
    assert code == 2, lines
    assert 1 <= len(lines) <= (2 if name in TWO_LINES else 1), lines
    assert all(line.startswith("reviewer") for line in lines), lines
    assert not any("Traceback" in line for line in lines)


@pytest.mark.parametrize(
    "name", ["align SRC a FIFO", "keys a FIFO", "export annotations a file", "check a FIFO"]
)
def test_misuse_as_a_real_process(name, odd):
    args = [arg.replace("{odd}", str(odd)) for arg in MISUSE[name]]
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.startswith("reviewer")


def test_align_counts_lines_as_other_tools_do(tmp_path, capsys, monkeypatch):
    """Bead numbers are line numbers: only LF ends a line, whatever else a line holds."""
    src = tmp_path / "src.txt"
    tgt = tmp_path / "tgt.txt"
    src.write_bytes("\ufeffOne\u2028still one.\r\nTwo\x85still two.\nThree\x0cx\n".encode())
    tgt.write_text("Un.\nDeux.\n", encoding="utf-8")
    code, _, out = call(["align", str(src), str(tgt)], capsys, monkeypatch)
    assert code == 0
    beads = [line.split(":") for line in out.splitlines()]
    src_lines = [int(i) for s, _ in beads for i in s.strip("[]").split(",") if i.strip()]
    assert src_lines == [0, 1, 2]


def test_fifo_in_place_of_an_annotation_file_or_lock_does_not_hang(tmp_path):
    corpus = open_corpus([SEEDS])
    aligned = corpus.aligned(corpus.groups[0])
    folder = tmp_path / "annotations"
    folder.mkdir()
    os.mkfifo(folder / persistence.file_name(aligned.group.id))
    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(10)
    try:
        store = AnnotationStore.open(aligned, folder, reviewer="ana", lock=False)
        assert any("not a regular file" in notice for notice in store.notices)
        with pytest.raises(persistence.SaveError):
            store.set_status(0, "ok")
            store.save()  # refuses to replace what it could not read
        lock_folder = tmp_path / "locked"
        lock_folder.mkdir()
        os.mkfifo(lock_folder / persistence.LOCK_NAME)
        assert persistence.read_lock(lock_folder / persistence.LOCK_NAME) is None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_pivot_no_group_has_is_said_and_changes_nothing(capsys, monkeypatch):
    code, lines, out = call(
        ["check", SEEDS, "--pivot", "xx", "--format", "json"], capsys, monkeypatch
    )
    assert code == 0
    assert lines == ["reviewer: --pivot xx: no group has this language; pivots unchanged"]
    assert '"pivot": "vi"' in out
