"""Lines of code and commands (code_lines.py): kept as they are, compared, never hidden."""

from __future__ import annotations

import time

import pytest

from reviewer.core import boilerplate, segmenting
from reviewer.core.checks import get_check, run_checks
from reviewer.core.code_lines import is_code
from tests.test_checks import build


@pytest.mark.parametrize(
    "line",
    [
        "pip install --upgrade tessera==2.4.1",
        "$ docker run -p 8080:80 nginx",
        "git clone https://github.com/example/tessera",
        'print("hello")',
        "npm install -g yarn",
        "tessera serve --port 8080 --config ./conf/tessera.toml",
    ],
)
def test_a_command_is_code(line: str) -> None:
    assert is_code(line)


@pytest.mark.parametrize(
    "line",
    [
        "The server now listens on port 8080 by default instead of port 80.",
        "Upgrade with the following command:",
        "Tessera 2.4.1 release notes",
        "Home | World | Business | Sport",
        "Comments (12)",
        "Kazakhstan (SCO) summit 2024",
        "サーバーは既定でポート 8080 で待ち受けます。",
        "Run pip install --upgrade tessera==2.4.1 to upgrade.",  # a sentence that holds one
        "WHO(2024) report on measles",  # an acronym and a year, no call
        "GDP(2023) grew 3% in the region",
    ],
)
def test_prose_and_page_furniture_are_not_code(line: str) -> None:
    assert not is_code(line)


def test_a_command_in_every_translation_is_not_boilerplate() -> None:
    # It recurs in every version of release notes; hidden, a version number changed in one
    # translation (2.4.0 for 2.4.1) went unseen.
    texts = [f"Notes {i}.\n\npip install --upgrade tessera==2.4.{i}\n" for i in range(4)]
    keys = [
        boilerplate.paragraph_keys(boilerplate.prepare(segmenting.segment(t, "en"), t))
        for t in texts
    ]
    assert all(any("pip" in key for key in k) for k in keys)
    texts = [f"{t}\nPython Software Foundation\n" for t in texts]  # a paragraph of its own
    marked = boilerplate.mark_corpus([segmenting.segment(t, "en") for t in texts], ["en"] * 4)
    kinds = {seg.text: seg.boilerplate for seg in marked[0]}
    assert kinds["Python Software Foundation"] is not None  # a footer: hidden
    assert kinds["pip install --upgrade tessera==2.4.0"] is None


def test_a_recurring_footer_is_told_from_a_command_as_it_is_written() -> None:
    # Keys are case-folded: "Python Software Foundation" became "python software
    # foundation", which opens like a command, and the footer of every page stayed text.
    texts = [f"Story {i}.\n\nPython Software Foundation\n\n# Contents\n" for i in range(4)]
    marked = boilerplate.mark_corpus([segmenting.segment(t, "en") for t in texts], ["en"] * 4)
    kinds = {seg.text: seg.boilerplate for seg in marked[0]}
    assert kinds["Python Software Foundation"] is not None
    assert kinds["# Contents"] is not None


def test_a_command_kept_as_it_is_is_neither_untranslated_nor_too_long() -> None:
    command = "pip install --upgrade tessera==2.4.1"
    pivot = [
        f"The release {i} fixes a crash when importing files larger than two GB." for i in range(6)
    ]
    target = [f"リリース{i}では大きなファイルの問題を修正しました。" for i in range(6)]
    pivot[3] = target[3] = command
    rows, segments = build({"en": pivot, "ja": target})
    result = run_checks(
        rows, segments, "en", checks=[get_check("untranslated"), get_check("length-ratio")]
    )
    assert result[3] == ()
    target[3] = "The release 3 fixes a crash when importing files larger than two GB."
    rows, segments = build({"en": pivot, "ja": target})
    found = run_checks(rows, segments, "en", checks=[get_check("untranslated")])
    assert [f.check for f in found[3]] == ["untranslated"]  # a sentence left: still told


def test_a_markdown_heading_is_no_root_prompt() -> None:
    # "# " is a root shell's prompt and Markdown's heading: a heading left untranslated in
    # the Japanese version of release notes was taken for a command and never told.
    assert is_code("# apt-get install -y curl")
    assert not is_code("# Getting started")
    pivot = [f"The release {i} fixes a crash when importing large files." for i in range(6)]
    target = [f"リリース{i}では大きなファイルの問題を修正しました。" for i in range(6)]
    pivot[0] = target[0] = "# Getting started with Tessera"
    rows, segments = build({"en": pivot, "ja": target})
    found = run_checks(rows, segments, "en", checks=[get_check("untranslated")])
    assert [f.check for f in found[0]] == ["untranslated"]


@pytest.mark.parametrize(
    "line",
    ["a" * 100_000, "a." * 50_000 + "a", "a." * 50_000 + "(x)", "ab-" * 33_000],
    ids=["letters", "dotted", "dotted-call", "dashed"],
)
def test_a_long_line_is_read_in_linear_time(line: str) -> None:
    # A call and a URL scheme were tried from every start of a run of name characters: a
    # line of 100,000 letters (a data blob) took 26 s, of "a.a.a..." 77 s.
    start = time.process_time()
    assert is_code(line) == line.endswith("(x)")
    assert time.process_time() - start < 2.0
