"""Pilot tests of the review app: every action id, asserted on the app's state."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from reviewer.core.keymap import ACTION_IDS, load_keymap
from reviewer.core.session import open_corpus
from reviewer.tui.app import ReviewerApp
from reviewer.tui.screens.dialogs import AnnotateScreen, GroupListScreen, HelpScreen
from reviewer.tui.screens.review import ReviewScreen
from reviewer.tui.synthetic import synthetic_corpus
from reviewer.tui.widgets.review_view import PAD, ReviewView
from reviewer.tui.wrapping import wrap


def run(app: ReviewerApp, body: Callable, size: tuple[int, int] = (80, 24)) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await body(pilot, app.screen, app.screen.query_one(ReviewView))

    asyncio.run(main())


def synthetic_app(rows: int = 40, **kwargs) -> ReviewerApp:
    corpus, _ = synthetic_corpus(rows, **kwargs)
    return ReviewerApp(corpus)


@pytest.fixture(scope="module")
def seeds_corpus(request):
    from tests.conftest import SEEDS

    return open_corpus([SEEDS])


Body = Callable[..., Awaitable[None]]


def test_opens_on_first_group_pivot_first(seeds_corpus):
    async def body(pilot, screen, view):
        assert isinstance(screen, ReviewScreen)
        group = seeds_corpus.groups[0]
        assert view.aligned.group.id == group.id
        assert view.languages[0] == group.pivot == "vi"
        assert view.cursor_row == 0 and view.focus_lang == 0
        assert view.has_focus
        assert "row 1/" in str(screen.query_one("#status").render())

    run(ReviewerApp(seeds_corpus), body)


def test_rows_line_up_and_each_row_is_as_tall_as_its_tallest_cell(seeds_corpus):
    async def body(pilot, screen, view):
        layout = view.row_layout()
        columns = view.column_widths()
        shown = [view.languages[i] for i in view.shown_columns()]
        for index, row in enumerate(view.shown):
            tallest = max(
                len(wrap(view.cell(row, lang).text, width - PAD))
                for lang, width in zip(shown, columns, strict=True)
            )
            assert layout.heights[index] == tallest + 1  # + the rule under the row
        assert view.virtual_size.height == layout.total
        width = view.scrollable_content_region.width
        for y in range(view.scrollable_content_region.height):
            assert view.render_line(y).cell_length == width

    run(ReviewerApp(seeds_corpus), body)


def test_row_moves(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("j", "j", "down")
        assert view.cursor_row == 3
        await pilot.press("k")
        assert view.cursor_row == 2
        await pilot.press("G")
        assert view.cursor_row == len(view.aligned.rows) - 1
        assert view.scroll_y > 0  # the last row was brought into view
        layout = view.row_layout()
        assert view.scroll_y <= layout.starts[view.cursor] < view.scroll_y + view.size.height
        await pilot.press("g")
        assert view.cursor_row == 0 and view.scroll_y == 0

    run(ReviewerApp(seeds_corpus), body)


def test_page_down_and_up_scroll_a_screenful():
    async def body(pilot, screen, view):
        await pilot.press("ctrl+d")
        first = view.cursor_row
        assert first > 0 and view.scroll_y > 0
        await pilot.press("pagedown")
        assert view.cursor_row > first
        await pilot.press("ctrl+u", "pageup")
        assert view.cursor_row == 0 and view.scroll_y == 0

    run(synthetic_app(200), body)


def test_finding_next_prev_and_unreviewed_next():
    async def body(pilot, screen, view):
        findings = view.aligned.findings
        # n visits every finding: those of one row in turn, then the next row's
        visits = [(row, i) for row in range(len(findings)) for i in range(len(findings[row]))]
        await pilot.press("n")
        assert (view.cursor_row, view.finding_index) == visits[0]
        await pilot.press("n")
        assert (view.cursor_row, view.finding_index) == visits[1]
        assert view.focused_language == findings[visits[1][0]][visits[1][1]].lang
        await pilot.press("N")
        assert (view.cursor_row, view.finding_index) == visits[0]
        await pilot.press("g", "space", "space")
        assert view.cursor_row == 2
        await pilot.press("g", "u")
        assert view.cursor_row == 2  # rows 0 and 1 are reviewed

    run(synthetic_app(), body)


def test_panes_focus_a_language():
    async def body(pilot, screen, view):
        await pilot.press("tab")
        assert view.focused_language == "de"
        await pilot.press("tab", "tab", "tab")
        assert view.focused_language == "vi"  # wraps around
        await pilot.press("shift+tab")
        assert view.focused_language == "id"

    run(synthetic_app(), body)


def test_groups_move_and_lone_document_is_viewable(seeds_corpus):
    async def body(pilot, screen, view):
        assert len(pilot.app.units()) == 2  # one group + 004, which is in no group
        await pilot.press("right_square_bracket")
        assert screen.unit == 1
        assert view.languages == ("vi",)
        assert view.aligned.documents["vi"].path.startswith("004_")
        await pilot.press("left_square_bracket")
        assert screen.unit == 0 and len(view.languages) == 4
        await pilot.press("l")
        assert isinstance(pilot.app.screen, GroupListScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert pilot.app.screen is screen and screen.unit == 1

    run(ReviewerApp(seeds_corpus), body)


def test_mark_sets_status_and_moves_on_then_undo_redo():
    async def body(pilot, screen, view):
        state = view.state
        await pilot.press("space", "i", "x")
        assert [state.status(r) for r in range(3)] == ["ok", "issue", "reject"]
        assert view.cursor_row == 3
        assert "reviewed 3/" in str(screen.query_one("#status").render())
        await pilot.press("ctrl+z")
        assert state.status(2) is None and view.cursor_row == 2
        await pilot.press("ctrl+y")
        assert state.status(2) == "reject"

    run(synthetic_app(), body)


def test_annotate_records_an_error_for_the_focused_language():
    async def body(pilot, screen, view):
        await pilot.press("tab", "a")
        assert isinstance(pilot.app.screen, AnnotateScreen)
        await pilot.press("tab", "tab", "tab", *"late", "enter")  # to the note, then save
        await pilot.pause()
        (note,) = view.state.errors(0)
        assert (note.lang, note.note) == ("de", "late")
        assert view.state.status(0) == "issue"
        assert view.cursor_row == 1  # saved and moved on
        await pilot.press("k", "a", "escape")
        assert len(view.state.errors(0)) == 1  # cancelled: nothing recorded

    run(synthetic_app(), body)


def test_boilerplate_toggle_and_hide():
    async def body(pilot, screen, view):
        total = len(view.aligned.rows)
        await pilot.press("H")
        assert view.hide_boilerplate
        hidden = [row for row in range(total) if row not in view.shown]
        assert hidden and all(row % 11 == 3 for row in hidden)
        await pilot.press("H")
        assert len(view.shown) == total
        await pilot.press("b", "down", "enter")  # no rule knows row 0: pick the 2nd kind
        assert view.state.boilerplate_override(0, "vi") == "source"
        assert any(kind == "boilerplate" for _, _, kind in view.cell(0, "vi").spans)
        await pilot.press("b")
        assert view.state.boilerplate_override(0, "vi") is None  # back to automatic: text
        assert not any(kind == "boilerplate" for _, _, kind in view.cell(0, "vi").spans)
        await pilot.press("ctrl+z")
        assert view.state.boilerplate_override(0, "vi") == "source"

    run(synthetic_app(), body)


def test_pivot_set_realigns_with_focused_language(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("j", "j", "tab", "tab")
        assert view.focused_language == "fr"
        await pilot.press("P")
        assert view.aligned.group.pivot == "fr"
        assert view.languages[0] == "fr" and view.focus_lang == 0
        assert view.aligned is seeds_corpus.aligned(seeds_corpus.groups[0], pivot="fr")
        assert view.cursor_row == 2  # the same French segment stays under the cursor

    run(ReviewerApp(seeds_corpus), body)


def test_search_all_languages_and_next(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("slash")
        assert screen.query_one("#search").has_focus
        await pilot.press(*"Lawrow", "enter")  # German spelling: found in the de column
        assert view.has_focus and view.search_term == "Lawrow"
        rows = [r for r in view.shown if "Lawrow" in view.cell(r, "de").text]
        assert view.cursor_row == rows[0]
        await pilot.press("ctrl+n")
        assert view.cursor_row == (rows[1] if len(rows) > 1 else rows[0])

    run(ReviewerApp(seeds_corpus), body)


def test_save_export_help_quit():
    async def body(pilot, screen, view):
        await pilot.press("space", "ctrl+s")
        assert not view.state.dirty  # in memory: nothing to write
        await pilot.press("e", "escape")
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert pilot.app.screen is screen
        await pilot.press("q")
        await pilot.pause()
        assert not pilot.app.is_running

    run(synthetic_app(), body)


def test_command_palette_filters_by_finding_and_goes_to_group():
    async def body(pilot, screen, view):
        titles = [c.title for c in pilot.app.get_system_commands(screen)]
        for action in ACTION_IDS:
            assert any(f"({action})" in title for title in titles)
        assert "Go to group g-synthetic" in titles
        command = next(
            c for c in pilot.app.get_system_commands(screen) if c.title.endswith("number-mismatch")
        )
        command.callback()
        await pilot.pause()
        assert view.only_check == "number-mismatch"
        assert view.shown == [r for r in range(40) if r % 7 == 2]
        assert "only number-mismatch" in str(screen.query_one("#status").render())

    run(synthetic_app(), body)


def test_command_palette_runs_by_typing():
    async def body(pilot, screen, view):
        await pilot.press("ctrl+p")
        await pilot.press(*"only missing")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert view.only_check == "missing"

    run(synthetic_app(), body)


def test_user_keymap_rebinds(tmp_path):
    user = tmp_path / "keys.toml"
    user.write_text('[keys]\n"row.next" = "ctrl+j"\n"mark.ok" = "j"\n', encoding="utf-8")
    corpus, _ = synthetic_corpus(20)

    async def body(pilot, screen, view):
        await pilot.press("ctrl+j")
        assert view.cursor_row == 1
        await pilot.press("j")  # now mark.ok
        assert view.state.status(1) == "ok" and view.cursor_row == 2
        await pilot.press("question_mark")
        text = str(pilot.app.screen.query_one("#help-keys").render())
        assert "ctrl+j *" in text

    run(ReviewerApp(corpus, keymap=load_keymap(user)), body)


def test_resize_rewraps_and_keeps_the_cursor_in_view():
    async def body(pilot, screen, view):
        view.move_to(30)
        narrow = view.row_layout().total
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert view.column_widths()[0] > 40
        assert view.row_layout().total < narrow
        layout = view.row_layout()
        assert view.scroll_y <= layout.starts[view.cursor] < view.scroll_y + view.size.height
        assert view.cursor_row == 30

    run(synthetic_app(), body)


def test_resize_shows_the_findings_at_the_new_width(seeds_corpus):
    # stop 40, read in tmux: at 80 columns a finding's message was cut ("es wr…"), and after a
    # resize to 200 it stayed cut until the cursor moved
    async def body(pilot, screen, view):
        row = next(r for r in range(len(view.aligned.rows)) if view.findings(r))
        view.move_to(row)
        await pilot.pause()
        message = view.findings(row)[0].message
        panel = pilot.app.screen.query_one("#findings")
        assert message not in str(panel.render())  # too long for 80 columns
        await pilot.resize_terminal(250, 50)
        await pilot.pause()
        await pilot.pause()
        assert message in str(panel.render()).replace("\n", " ")

    run(ReviewerApp(seeds_corpus), body)


def test_eight_languages_and_wide_characters_fit():
    corpus, _ = synthetic_corpus(20, ("en", "vi", "de", "fr", "id", "ru", "zh", "ja"))

    async def body(pilot, screen, view):
        assert len(view.column_widths()) == 2  # 80 columns: the pivot and the focused one
        await pilot.press("f")
        assert len(view.column_widths()) == 8
        width = view.scrollable_content_region.width
        for y in range(view.size.height):
            assert view.render_line(y).cell_length == width

    run(ReviewerApp(corpus), body)


def test_findings_panel_explains_cursor_row():
    async def body(pilot, screen, view):
        await pilot.press("n")
        text = str(screen.query_one("#findings").render())
        assert "number-mismatch" in text and "legend" in text
        assert "6 is not in the pivot" in text

    run(synthetic_app(), body)


def test_document_markup_is_shown_literally_and_file_names_too(tmp_path):
    (tmp_path / "[red]x.txt").write_text(
        "Tổng thống [bold red]Tokayev[/bold red] nói :cry: [link=http://x]here[/link].\n",
        encoding="utf-8",
    )

    async def body(pilot, screen, view):
        lines = [
            "".join(segment.text for segment in view.render_line(y))
            for y in range(view.size.height)
        ]
        shown = " ".join(line.strip() for line in lines)
        assert "[bold red]Tokayev[/bold red]" in shown
        assert ":cry:" in shown and "[link=http://x]here[/link]" in shown
        header = "".join(s.text for s in screen.query_one("#header").render_line(0))
        assert "[red]x.txt" in header

    run(ReviewerApp(open_corpus([tmp_path])), body, size=(120, 24))


def test_largest_terminal_250x70():
    corpus, _ = synthetic_corpus(60, ("vi", "de"))

    async def body(pilot, screen, view):
        await pilot.resize_terminal(250, 70)
        await pilot.pause()
        width = view.scrollable_content_region.width
        assert width >= 240
        assert sum(view.column_widths()) + 4 + 1 == width  # gutter + one rule
        for y in range(view.size.height):
            assert view.render_line(y).cell_length == width

    run(ReviewerApp(corpus), body)


def test_click_moves_cursor_and_focuses_a_language():
    async def body(pilot, screen, view):
        layout = view.row_layout()
        (x_de, _, _), (x_fr, _, _) = view.column_offsets()[1:3]
        await pilot.click(ReviewView, offset=(x_fr + 2, layout.starts[1]))
        assert view.cursor_row == 1 and view.focused_language == "fr"
        await pilot.click(ReviewView, offset=(x_de + 1, 0))
        assert view.cursor_row == 0 and view.focused_language == "de"

    run(synthetic_app(), body, size=(120, 40))


def test_state_factory_is_the_seam_for_the_annotation_store():
    from reviewer.tui.review_state import ReviewState

    made = []

    def factory(aligned):
        made.append(ReviewState.in_memory(aligned, "ana"))
        return made[-1]

    corpus, _ = synthetic_corpus(10)

    async def body(pilot, screen, view):
        await pilot.press("x")
        assert made and view.state is made[0]
        assert made[0].status(0) == "reject" and made[0].reviewer == "ana"

    run(ReviewerApp(corpus, state_factory=factory), body)
