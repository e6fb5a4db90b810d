"""Hostile documents through `reviewer check`: a clear result, exact JSON, a safe text report.

The corpus (tests/data/hostile/corpus.py) puts terminal escapes, controls, markup, bidi and
zero-width characters, odd scripts, huge lines, binary bytes and odd files next to a seed
article. Every case must end with exit 0 and no traceback; the JSON keeps every character of
every grouped document; the text report, which goes to a terminal, carries no control, C1 or
bidi character raw (docs/reliability.md says what it shows instead).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.loading import load_paths
from tests.data.hostile.corpus import CASES, VERSION, build

ROOT = Path(__file__).resolve().parent.parent
# Characters that act on a terminal or reorder what it shows: C0 (but the report's own line
# ends), DEL, C1, bidi marks, embeddings, overrides and isolates, line/paragraph separators,
# and lone surrogates (file names that are not UTF-8).
_UNSAFE_EXTRA = {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F)}
_UNSAFE_EXTRA |= set(range(0x2066, 0x206A))


def unsafe(text: str) -> list[str]:
    """The characters of `text` that must not reach a terminal raw."""
    return sorted(
        {
            char
            for char in text
            if (unicodedata.category(char) == "Cc" and char != "\n")
            or ord(char) in _UNSAFE_EXTRA
            or 0xD800 <= ord(char) <= 0xDFFF
        }
    )


def visible(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("hostile")
    return {name: build(name, base / name) for name in CASES}


def assert_clear_stderr(err: str) -> None:
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith("reviewer: "), line


def assert_safe_report(name: str, code: int, out: bytes, err: bytes) -> None:
    assert code == 0, err
    report = out.decode("utf-8")  # valid UTF-8 whatever the document held
    errors = err.decode("utf-8")
    assert_clear_stderr(errors)
    assert not unsafe(report), unsafe(report)
    assert not unsafe(errors), unsafe(errors)
    case = CASES[name]
    if case.skipped:
        assert case.skipped in errors
    if case.text_reaches_report:
        # The added sentence is an `extra` row, quoted: the payload really was printed.
        assert "Une phrase ajoutée" in report
        assert "extra (fr)" in report


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if not c.big))
def test_text_report_is_clear_and_safe_for_a_terminal(name, folders, capsysbinary):
    code = main(["check", str(folders[name])])
    captured = capsysbinary.readouterr()
    assert_safe_report(name, code, captured.out, captured.err)


@pytest.mark.parametrize("name", ["osc0-title", "c1-controls", "hostile-file-names"])
def test_text_report_of_the_real_process(name, folders):
    """The same through a real process and its standard streams."""
    result = run("check", str(folders[name]))
    assert_safe_report(name, result.returncode, result.stdout, result.stderr)


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if not c.big))
def test_json_keeps_every_character_of_every_grouped_document(name, folders, capsys):
    assert main(["check", str(folders[name]), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert_clear_stderr(captured.err)
    result = json.loads(captured.out)
    assert result["documents"], "the seed at least is read"
    loaded = {f.path: f.text for f in load_paths([folders[name]]).files}
    for group in result["groups"]:
        for lang, path in group["members"].items():
            cells = [seg["text"] for row in group["rows"] for seg in row["cells"][lang]]
            assert visible("".join(cells)) == visible(loaded[path]), (lang, path)
    case = CASES[name]
    if case.text_reaches_report:
        (group,) = result["groups"]
        assert group["members"]["fr"] == VERSION
        french = "".join(seg["text"] for row in group["rows"] for seg in row["cells"]["fr"])
        assert visible(unicodedata.normalize("NFC", case.payload)) in visible(french)


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.big))
def test_big_inputs_give_json_too(name, folders):
    result = run("check", str(folders[name]), "--format", "json")
    assert result.returncode == 0
    assert_clear_stderr(result.stderr.decode())
    documents = json.loads(result.stdout)["documents"]
    assert len(documents) == 2


def test_json_is_valid_utf8_when_a_file_name_is_not(folders):
    """A name that is not UTF-8 is written as JSON escapes of its lone surrogates, which read
    back to the same Python string the loader reported."""
    result = run("check", str(folders["non-utf8-file-name"]), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    paths = {d["path"] for d in data["documents"]}
    assert "bad\udcff\udcfename.txt" in paths


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_terminal_that_cannot_show_unicode_gets_escapes_not_a_traceback(folders, fmt):
    result = run(
        "check",
        str(folders["rtl-arabic-hebrew"]),
        "--format",
        fmt,
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    if fmt == "json":
        assert json.loads(result.stdout)["groups"]


def test_directory_named_like_a_document_is_walked_and_a_fifo_is_not_opened(folders, capsys):
    assert main(["check", str(folders["directory-named-x.txt"])]) == 0
    assert "x.txt/inner.txt" in capsys.readouterr().out
    assert main(["check", str(folders["fifo-named-x.txt"])]) == 0
    assert "1 document, 0 groups" in capsys.readouterr().out


def test_file_arguments_of_the_wrong_kind(folders):
    """A FIFO or a directory named as a file argument: skipped with a reason, exit 2 when
    nothing else could be read, never a hang."""
    fifo = folders["fifo-named-x.txt"] / "x.txt"
    result = run("check", str(fifo))
    assert result.returncode == 2
    assert b"named pipe" in result.stderr and b"Traceback" not in result.stderr
    binary = folders["nul-in-the-middle"] / "nul.txt"
    result = run("check", str(binary), "--format", "json")
    assert result.returncode == 2 and b"binary" in result.stderr
