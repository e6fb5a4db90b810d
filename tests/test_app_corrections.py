"""Correcting the alignment in the app (Pilot): a zh/en group whose rows are shifted by one
sentence is repaired from the keyboard, survives quitting and reopening, and the TMX export
pairs the right sentences; the command line honours the corrections too."""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.core import aligning, export
from reviewer.core.session import open_corpus
from reviewer.tui.app import ReviewerApp
from reviewer.tui.widgets.review_view import ReviewView

DATA = Path(__file__).resolve().parent / "data" / "corrections"
PATHS = [str(DATA / "zh.txt"), str(DATA / "en.txt")]
# zh sentence -> the en sentence that translates it (tests/data/corrections/README.md).
RIGHT = {0: (0,), 1: (), 2: (1,), 3: (2,), 4: (3,), 5: (4,)}
WRONG_ROWS = 5  # rows 1 to 5 pair the wrong sentences


@pytest.fixture
def shifted(monkeypatch):
    """The aligner's mistake, made certain: the whole documents are paired 1-1 by position
    (what a length-only aligner does here), whatever the aligner of the day does. Stretches
    that corrections realign still go to the real aligner."""
    real = aligning.align_group

    def align_group(segments, pivot, **options):
        if all(len(segs) == 6 for segs in segments.values()):
            return tuple(aligning.Row({lang: (i,) for lang in segments}) for i in range(6))
        return real(segments, pivot, **options)

    monkeypatch.setattr(aligning, "align_group", align_group)


def corpus():
    return open_corpus(PATHS, grouping_file=DATA / "groups.toml")


def pairs(rows) -> dict[int, tuple[int, ...]]:
    return {row.cells["zh"][0]: tuple(row.cells["en"]) for row in rows if row.cells.get("zh")}


def run(app: ReviewerApp, body) -> None:
    async def main() -> None:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            await body(pilot, app.screen.query_one(ReviewView))

    asyncio.run(main())


def test_a_shifted_group_is_repaired_in_a_few_keys_and_stays_repaired(shifted, tmp_path):
    folder = tmp_path / "annotations"
    data = corpus()
    assert pairs(data.aligned(data.groups[0]).rows) != RIGHT  # the mistake to repair
    presses: list[str] = []

    async def repair(pilot, view):
        for key in ("j", "tab", "o"):  # second row, English column, empty cell here
            presses.append(key)
            await pilot.press(key)
        assert pairs(view.aligned.rows) == RIGHT
        assert view.state.alignment_state(1) == "corrected"
        assert view.cursor_row == 1  # still on the same sentences
        await pilot.press("ctrl+z")  # undo, redo: the repair goes and comes back
        assert pairs(view.aligned.rows) != RIGHT
        await pilot.press("ctrl+y")
        assert pairs(view.aligned.rows) == RIGHT
        await pilot.press("q")
        await pilot.pause()

    app = ReviewerApp(data, annotations=folder, reviewer="ana", save_delay=0.01)
    run(app, repair)
    assert len(presses) <= 3 * WRONG_ROWS

    async def reopened(pilot, view):
        assert pairs(view.aligned.rows) == RIGHT
        assert [view.state.alignment_state(r) for r in range(3)] == [
            "auto",
            "corrected",
            "corrected",
        ]
        gutters = [view._gutter(r, view.base_style)[3].text for r in range(3)]
        assert gutters == [" ", "~", "~"]  # the alignment mark beside the status

    run(ReviewerApp(corpus(), annotations=folder, reviewer="ana"), reopened)

    stores, notices = export.open_stores(corpus(), folder)
    assert notices == []
    tmx = ET.fromstring(export.export(stores, "tmx"))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    units = [
        {tuv.get(lang): tuv.findtext("seg") for tuv in tu.iter("tuv")} for tu in tmx.iter("tu")
    ]
    zh = (DATA / "zh.txt").read_text(encoding="utf-8").split("\n\n")
    en = (DATA / "en.txt").read_text(encoding="utf-8").split("\n\n")
    assert {"zh": zh[2].strip(), "en": en[1].strip()} in units
    assert {"zh": zh[5].strip(), "en": en[4].strip()} in units
    assert {"zh": zh[1].strip()} in units  # the sentence English left out, on its own
    confirmed = ET.fromstring(export.export(stores, "tmx", alignment="confirmed"))
    assert len(list(confirmed.iter("tu"))) == 2  # the two rows the reviewer fixed


def test_check_and_export_on_the_command_line_use_the_corrections(shifted, tmp_path, capsys):
    folder = tmp_path / "annotations"

    async def repair(pilot, view):
        for key in ("j", "tab", "o", "j", "j", "c"):  # ... and confirm the fourth row
            await pilot.press(key)
        await pilot.press("q")
        await pilot.pause()

    run(ReviewerApp(corpus(), annotations=folder, reviewer="ana", save_delay=0.01), repair)
    common = ["--groups", str(DATA / "groups.toml"), "--annotations", str(folder)]
    assert cli.main(["check", *PATHS, "--format", "json", *common]) == 0
    rows = json.loads(capsys.readouterr().out)["groups"][0]["rows"]
    en = [[seg["text"] for seg in row["cells"]["en"]] for row in rows]
    assert en[1] == [] and en[2][0].startswith("The village committee")
    out = tmp_path / "tm.tmx"
    argv = ["export", *PATHS, "--format", "tmx", "--alignment", "confirmed", "--output", str(out)]
    assert cli.main([*argv, *common]) == 0
    units = list(ET.parse(out).getroot().iter("tu"))
    assert len(units) == 3  # two corrected rows and the confirmed one
