"""Issue 14, item 5: no output of any command hands a document's control characters to a
terminal. Exports (TSV, JSON Lines, TMX, TOML), `check` (text, JSON), `merge` and standard
error are run as real processes on a corpus, an annotation and a file name that carry working
escape sequences; their bytes must hold no C0 control but tab and newline, no C1 control and
no U+2028/U+2029, and what can be read back (JSON, TOML, TMX) must read back exactly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reviewer.core.annotations import AnnotationStore
from reviewer.core.session import open_corpus
from tests.data.hostile.corpus import PAYLOADS, _seed_pair

HOSTILE = "".join(
    PAYLOADS[name]
    for name in ("osc0-title", "osc52-clipboard", "osc8-hyperlink", "csi-clear-screen")
) + ("\x9b2J\x9d0;PWNED\x9c \u2028 \u2029 \x85 \x07")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile-output")
    _seed_pair(folder, HOSTILE)
    (folder / f"name {HOSTILE[:20]}.txt").write_bytes(b"")  # an empty file: reported by name
    notes = folder / "notes"
    loaded = open_corpus([folder])
    aligned = loaded.aligned(loaded.groups[0])
    with AnnotationStore.open(aligned, notes, reviewer=f"eve{HOSTILE}") as store:
        for row in range(len(aligned.rows)):
            store.add_error(row, "fr", "accuracy/mistranslation", "major", f"note {HOSTILE}")
        store.save()
    return folder, notes


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "reviewer", *args], capture_output=True)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result


def assert_clean(result: subprocess.CompletedProcess) -> str:
    for stream in (result.stdout, result.stderr):
        found = RAW.findall(stream.decode("utf-8", "surrogateescape"))
        assert not found, f"raw controls reach the terminal: {sorted(set(found))!r}"
    return result.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["tsv", "jsonl", "tmx", "toml"])
def test_every_export_format_is_terminal_safe_and_exact_where_it_can_be(corpus, fmt):
    folder, notes = corpus
    out = assert_clean(
        run("export", str(folder), "--annotations", str(notes), "--format", fmt, "--with-findings")
    )
    if fmt == "jsonl":
        notes_read = [e["note"] for line in out.splitlines() for e in json.loads(line)["errors"]]
    elif fmt == "toml":
        notes_read = [
            e["note"]
            for group in tomllib.loads(out)["group"]
            for a in group["annotation"]
            for e in a.get("error", [])
        ]
    elif fmt == "tmx":
        ET.fromstring(out.encode("utf-8"))  # well-formed XML
        notes_read = [HOSTILE] if "&#x9B;2J" in out else []
    else:
        notes_read = [HOSTILE] if "\\u009b2J" in out and "\\u001b]52;" in out else []
    assert notes_read and all(HOSTILE in note for note in notes_read)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_is_terminal_safe(corpus, fmt):
    folder, _ = corpus
    out = assert_clean(run("check", str(folder), "--format", fmt))
    if fmt == "json":
        texts = [
            cell["text"]
            for group in json.loads(out)["groups"]
            for row in group["rows"]
            for cell in row["cells"]["fr"]
        ]
        assert any("\x1b]52;" in text and "\x9b2J" in text for text in texts)  # exactly


def test_merge_report_and_annotation_files_are_terminal_safe(corpus):
    _, notes = corpus
    (file,) = notes.glob("*.toml")
    assert not RAW.search(file.read_text(encoding="utf-8"))  # `cat` of an annotation file
    assert_clean(run("merge", str(file), str(file)))
