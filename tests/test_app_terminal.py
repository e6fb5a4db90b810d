"""The bytes the app writes to a real terminal never carry a document's escape sequences.

Runs the app in a pseudo-terminal on a group whose text holds an OSC title change, SGR colour
codes, a one-byte CSI (0x9B), a bidi override and a zero-width space, and reads everything it
writes until the reviewer quits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.pty_reading import quit_app, read_pty, spawn_in_pty

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = (
    "from reviewer.tui.app import ReviewerApp\n"
    "from reviewer.tui.synthetic import synthetic_corpus\n"
    "corpus, _ = synthetic_corpus(8, ('vi', 'de'), hostile=True)\n"
    "ReviewerApp(corpus).run()\n"
)
SHOWN = "␛]0;PWNED␇".encode()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_no_escape_from_a_document_reaches_the_terminal():
    process, master = spawn_in_pty(["-c", SCRIPT], rows=24, columns=100)
    try:
        written = read_pty(master, until=SHOWN, quiet=0.0, limit=20)
        written += quit_app(process, master)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert SHOWN in written  # the row was drawn, with visible placeholders
    assert b"\x1b]0;PWNED" not in written
    assert b"\x1b[31mred" not in written
    for raw in ("\u202e", "\u200b", "\x9b"):
        assert raw.encode() not in written
