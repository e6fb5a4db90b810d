"""The review app on every hostile document: it opens, shows each one, and no escape sequence,
control or bidi character from a document or a file name reaches the terminal.

Two views: Pilot (in process: nothing crashes while every group and document is walked
through, and what is drawn holds no unsafe character), and a real pseudo-terminal (the bytes
the terminal receives). tests/test_app_terminal.py (the app's owner) checks a synthetic group;
this runs the hostile corpus of tests/data/hostile/corpus.py through `reviewer FOLDER`.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from reviewer.core import persistence
from reviewer.core.session import open_corpus
from tests.data.hostile.corpus import build_all
from tests.pty_reading import quit_app, read_pty, spawn_in_pty
from tests.test_hostile_documents import unsafe

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def everything(tmp_path_factory) -> Path:
    return build_all(tmp_path_factory.mktemp("hostile") / "all", big=False)


def test_app_walks_every_hostile_document_without_crashing(everything, tmp_path):
    from reviewer.tui.app import ReviewerApp
    from reviewer.tui.widgets.review_view import ReviewView

    corpus = open_corpus([everything])
    app = ReviewerApp(corpus)
    seen: list[str] = []

    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for _ in range(len(app.units())):
                view = app.screen.query_one(ReviewView)
                seen.append(view.aligned.group.id)
                # Every unit to its end and back to a finding (N stays in the unit; n would go
                # on to the next group with one); the group (first) also through the
                # annotation form, which quotes the row.
                keys = ("G", "N", "tab", "a", "escape") if not seen[:-1] else ("G", "N")
                await pilot.press(*keys)
                await pilot.pause()
                drawn = app.export_screenshot()
                assert not unsafe(drawn.replace("\n", "")), (seen[-1], unsafe(drawn))
                await pilot.press("right_square_bracket")
                await pilot.pause()
            for key in ("l", "escape", "question_mark", "escape"):
                await pilot.press(key)
            await pilot.pause()

    asyncio.run(main())
    assert (
        len(set(seen))
        == len(app.units())
        == len(corpus.groups)
        + sum(1 for i in range(len(corpus.documents)) if corpus.group_of(i) is None)
    )


# --- a real terminal ----------------------------------------------------------------------------

# What the payloads would make a terminal do, as bytes; none may appear.
RAW = [
    b"\x1b]0;PWNED",
    b"\x1b]52;",
    b"\x1b]8;;https://evil",
    b"\x1b[2J",
    b"\x1b[31mred",
    b"\x1b[?1049h\x1b[?1049h",  # the document's own alternate-screen switch after Textual's
    b"\x1bP",
    *(chr(c).encode() for c in range(0x80, 0xA0)),  # C1 controls, UTF-8 encoded
    *(c.encode() for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    *(c.encode() for c in "\u200e\u200f\u061c\u2028\u2029"),
]
# Textual's own operating system commands (pointer shape), removed before looking for BEL.
TEXTUAL_OSC = re.compile(rb"\x1b\]22;[^\x07\x1b]*(?:\x07|\x1b\\)")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_no_document_escape_reaches_a_real_terminal(everything):

    process, master = spawn_in_pty(["-m", "reviewer", str(everything)], rows=40, columns=120)
    units = len(open_corpus([everything]).documents) - 1  # one group of two, the rest alone
    try:
        written = read_pty(master, until=b"row 1/")
        for key in [b"\x1b[6~"] * 3 + [b"n"] * 3 + [b"]"] * units + [b"l", b"\x1b"]:
            os.write(master, key)
            written += read_pty(master, quiet=0.15)
        written += quit_app(process, master)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert process.returncode == 0
    # The hostile rows and names were drawn, as placeholders.
    for shown in ("␛]0;PWNED", "⟨U+202E⟩", "[link=https://evil.example]", "␛[2J.txt"):
        assert shown.encode() in written, shown
    for raw in RAW:
        assert raw not in written, raw
    rest = TEXTUAL_OSC.sub(b"", written)
    assert b"\x1b]" not in rest  # no other OSC: no title, clipboard or hyperlink
    assert not {byte for byte in rest if byte < 0x20} - {0x1B, 0x0A, 0x0D}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and pseudo-terminals")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_save_and_give_the_terminal_back(name, tmp_path):
    """Killed politely, the app saves what the reviewer did and leaves the alternate screen,
    stops mouse reporting and shows the cursor again (it used to die in its modes)."""
    import signal

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "reviewer" / "seeds", corpus)
    process, master = spawn_in_pty(
        ["-m", "reviewer", str(corpus)], rows=30, columns=100, new_session=True
    )
    try:
        assert b"row 1/" in read_pty(master, until=b"row 1/")
        os.write(master, b" ")  # mark the first row ok (the cursor moves on) ...
        assert b"row 2/" in read_pty(master, until=b"row 2/", quiet=0.0)
        process.send_signal(getattr(signal, name))  # ... and stop the app at once
        process.wait(timeout=15)
        tail = read_pty(master, quiet=0.3)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert process.returncode == 0
    for restore in (b"\x1b[?1049l", b"\x1b[?1000l", b"\x1b[?25h"):
        assert restore in tail, restore
    (saved,) = (corpus / ".reviewer" / "annotations").glob("g-*.toml")
    annotations = persistence.loads(saved.read_bytes()).annotations
    assert [a.status for a in annotations] == ["ok"]
    assert not (corpus / ".reviewer" / "annotations" / persistence.LOCK_NAME).exists()
