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
from reviewer.core import export, group_alignment
from reviewer.core.model import Row
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
    real = group_alignment.align_group

    def align_group(segments, pivot, **options):
        if all(len(segs) == 6 for segs in segments.values()):
            return tuple(Row({lang: (i,) for lang in segments}) for i in range(6))
        return real(segments, pivot, **options)

    monkeypatch.setattr(group_alignment, "align_group", align_group)


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


def test_next_doubtful_goes_least_confident_first_and_the_palette_filters_them(shifted):
    async def body(pilot, view):
        store = view.state.store
        order = store.doubtful_rows()
        assert order and len(order) == len(view.aligned.rows)
        await pilot.press("w")
        assert view.cursor_row == order[0]
        await pilot.press("w")
        assert view.cursor_row == order[1]
        await pilot.press("c")  # confirmed: no longer among the doubtful rows
        assert view.cursor_row not in store.doubtful_rows()
        screen = pilot.app.screen
        titles = [c.title for c in pilot.app.get_system_commands(screen)]
        assert "Show only doubtful rows" in titles
        screen.show_doubtful(True)
        await pilot.pause()
        assert set(view.shown) == set(store.doubtful_rows(doubtful_only=True))
        screen.show_doubtful(False)
        assert len(view.shown) == len(view.aligned.rows)

    run(ReviewerApp(corpus()), body)


def test_the_export_dialog_offers_only_confirmed_rows(shifted, tmp_path):
    folder = tmp_path / "annotations"
    out = tmp_path / "tm.tmx"

    async def body(pilot, view):
        await pilot.press("j", "c", "e")  # confirm the second row, open the export dialog
        dialog = pilot.app.screen
        dialog.query_one("#format").value = "tmx"
        dialog.query_one("#rows").value = "confirmed"
        dialog.query_one("#path").value = str(out)
        await pilot.press("enter")
        await pilot.pause()

    run(ReviewerApp(corpus(), annotations=folder, reviewer="ana"), body)
    units = list(ET.parse(out).getroot().iter("tu"))
    assert len(units) == 1
    assert units[0].get("tuid") == "bridge:1"


def test_a_correction_whose_sentences_changed_is_an_orphan_listed_and_kept(shifted, tmp_path):
    folder, texts = tmp_path / "annotations", tmp_path / "texts"
    texts.mkdir()
    for name in ("zh.txt", "en.txt", "groups.toml"):
        (texts / name).write_bytes((DATA / name).read_bytes())
    paths = [str(texts / "zh.txt"), str(texts / "en.txt")]

    async def repair(pilot, view):
        await pilot.press("j", "tab", "o", "q")
        await pilot.pause()

    def app():
        data = open_corpus(paths, grouping_file=texts / "groups.toml")
        return ReviewerApp(data, annotations=folder, reviewer="ana", save_delay=0.01)

    run(app(), repair)
    saved = (folder / "bridge.toml").read_text(encoding="utf-8")
    zh = (texts / "zh.txt").read_text(encoding="utf-8")
    (texts / "zh.txt").write_text(zh.replace("居民们只好绕远路", "居民们只能绕远路"), "utf-8")

    async def reopened(pilot, view):
        assert view.state.store.alignment_orphans  # the row of the edited sentence
        notices = "\n".join(str(n.message) for n in pilot.app._notifications)
        assert "alignment correction(s)" in notices
        await pilot.press("space", "q")  # an edit, so the file is written again
        await pilot.pause()

    run(app(), reopened)
    after = (folder / "bridge.toml").read_text(encoding="utf-8")
    assert after.count("[[alignment]]") == saved.count("[[alignment]]") == 2


def test_check_reads_corrections_from_the_default_folder(shifted, tmp_path, capsys):
    for name in ("zh.txt", "en.txt", "groups.toml"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    paths = [str(tmp_path / "zh.txt"), str(tmp_path / "en.txt")]
    data = open_corpus(paths, grouping_file=tmp_path / "groups.toml")
    default = tmp_path / ".reviewer" / "annotations"  # beside the first PATH

    async def repair(pilot, view):
        await pilot.press("j", "tab", "o", "q")
        await pilot.pause()

    run(ReviewerApp(data, annotations=default, reviewer="ana", save_delay=0.01), repair)
    argv = ["check", *paths, "--format", "json", "--groups", str(tmp_path / "groups.toml")]
    assert cli.main(argv) == 0
    rows = json.loads(capsys.readouterr().out)["groups"][0]["rows"]
    assert rows[1]["cells"]["en"] == []
    assert [f["check"] for f in rows[1]["findings"]] == ["missing"]  # recomputed for the row
