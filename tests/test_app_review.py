"""The review itself (issue 11): every line reachable, errors in a few keys, errors shown and
edited, findings dismissed, help that explains, triage across groups. Pilot tests on state."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from reviewer import cli
from reviewer.core.annotations import AnnotationStore
from reviewer.core.model import ERROR_CATEGORIES, Finding, Group
from reviewer.core.session import AlignedGroup, Corpus, open_corpus
from reviewer.tui.app import ReviewerApp
from reviewer.tui.screens.dialogs import (
    SUGGESTED_CATEGORY,
    AnnotateScreen,
    ErrorListScreen,
    GroupListScreen,
    HelpScreen,
)
from reviewer.tui.synthetic import synthetic_corpus
from reviewer.tui.widgets.review_view import CUT_MARK, MORE_ABOVE, MORE_BELOW, ReviewView
from tests.conftest import SEEDS
from tests.test_app import run


@pytest.fixture(scope="module")
def seeds_corpus():
    return open_corpus([SEEDS])


def synthetic_app(rows: int = 40, languages=("vi", "de", "fr", "id")) -> ReviewerApp:
    corpus, _ = synthetic_corpus(rows, languages)
    return ReviewerApp(corpus)


def two_groups() -> Corpus:
    """Two synthetic groups with findings, as one corpus."""
    first_corpus, first = synthetic_corpus(20)
    second_corpus, second = synthetic_corpus(30, ("en", "de", "fr"))
    offset = len(first_corpus.documents)
    group = Group("g-second", "en", {lang: i + offset for lang, i in second.group.members.items()})
    corpus = Corpus(
        first_corpus.documents + second_corpus.documents,
        first_corpus.segments + second_corpus.segments,
        [first.group, group],
        [],
    )
    corpus._aligned[(first.group.id, first.group.pivot)] = first
    corpus._aligned[(group.id, group.pivot)] = replace(second, group=group)
    return corpus


def screen_text(view: ReviewView) -> list[str]:
    return [view.render_line(y).text for y in range(view.content_height)]


# --- 1. every line reachable ------------------------------------------------------------------


def test_a_row_taller_than_the_view_is_read_line_by_line_with_marks(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("f")  # all four columns at 80: some rows are taller than the view
        assert len(view.shown_columns()) == 4
        layout = view.row_layout()
        tall = next(i for i, h in enumerate(layout.heights) if h - 1 > view.content_height)
        view.move_to(tall)
        await pilot.pause()
        text_lines = layout.heights[tall] - 1
        seen = set()
        lines = screen_text(view)
        assert lines[-1].startswith(MORE_BELOW)  # it goes on below, and says so
        for _ in range(10):
            top = int(view.scroll_y)
            for y in range(view.content_height):
                within = top + y - layout.starts[tall]
                if 0 <= within < text_lines:
                    seen.add(within)
            if view.cursor != tall:
                break
            await pilot.press("j")
            await pilot.pause()
            if view.cursor == tall:
                assert screen_text(view)[0].startswith(MORE_ABOVE)
        assert seen == set(range(text_lines))  # every line of the row was on screen
        assert view.cursor == tall + 1  # and then j went on to the next row
        await pilot.press("k")
        assert view.cursor == tall

    run(ReviewerApp(seeds_corpus), body)


def test_focus_layout_is_natural_at_80_columns_and_toggles(seeds_corpus):
    async def body(pilot, screen, view):
        assert view.shown_columns() == (0, 1)  # 4 languages at 80: pivot + one
        await pilot.press("tab", "tab")
        assert view.shown_columns() == (0, 2) and view.focused_language == "fr"
        header = screen.query_one("#header").render_line(0).text
        assert "fr ·" in header and "de ·" not in header
        await pilot.press("f")
        assert view.shown_columns() == (0, 1, 2, 3)
        await pilot.press("f")
        assert view.shown_columns() == (0, 2)
        await pilot.press("L")
        assert isinstance(pilot.app.screen, GroupListScreen)
        await pilot.press("end", "enter")
        assert view.focused_language == "id" and view.shown_columns() == (0, 3)
        assert "vi+id/4" in str(screen.query_one("#status").render())

    run(ReviewerApp(seeds_corpus), body)


def test_all_columns_at_200_columns(seeds_corpus):
    async def body(pilot, screen, view):
        assert view.shown_columns() == (0, 1, 2, 3)
        width = view.scrollable_content_region.width
        assert all(line.cell_length == width for line in map(view.render_line, range(40)))

    run(ReviewerApp(seeds_corpus), body, size=(200, 50))


def test_twelve_languages_at_200_columns_show_a_window_of_readable_columns():
    # Seen at 200x50 on a twelve-language group: all twelve would be 15 cells wide, so the
    # app showed two columns and left 100 cells of the screen to two languages.
    languages = ("en", "ar", "de", "es", "fr", "ja", "ko", "ru", "th", "tr", "vi", "zh")
    corpus, _ = synthetic_corpus(8, languages)

    async def body(pilot, screen, view):
        assert view.shown_columns() == (0, 1, 2, 3)  # the pivot and three columns of 48
        assert all(width >= 40 for width in view.column_widths())
        pages = []
        for _ in range(len(languages) - 1):
            await pilot.press("tab")
            shown = view.shown_columns()
            assert view.focus_lang in shown and shown[0] == 0
            pages.append(shown)
        # The window turns a page at a time (no sliding under the reader), the last page full.
        assert pages[:3] == [(0, 1, 2, 3)] * 3 and pages[3] == (0, 4, 5, 6)
        assert pages[-1] == (0, 9, 10, 11)
        status = str(screen.query_one("#status").render())
        assert "en+tr+vi+zh/12" in status
        await pilot.press("f")  # all of them, then the window again
        assert len(view.shown_columns()) == 12
        await pilot.press("f")
        assert view.shown_columns() == (0, 9, 10, 11)

    run(ReviewerApp(corpus), body, size=(200, 50))


def test_a_word_too_long_for_its_column_is_cut_with_a_mark(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("f")
        lines = []
        for _ in range(12):
            lines += screen_text(view)
            await pilot.press("pagedown")
        drawn = "\n".join(lines)
        assert CUT_MARK in drawn
        assert re.search(r"\w" + CUT_MARK, drawn)  # right after the cut word

    run(ReviewerApp(seeds_corpus), body)


def test_panel_lines_end_with_an_ellipsis_and_status_keeps_indicators_first(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("n")
        await pilot.press("slash", *"SCO", "enter")
        panel = str(screen.query_one("#findings").render()).split("\n")
        width = screen.query_one("#findings").size.width  # the content area
        assert all(len(line) <= width for line in panel)
        message = view.current_finding.message
        # The message goes on over the free line, and what still does not fit is cut visibly.
        assert message in " ".join(panel) or panel[-1].endswith("…"), panel
        status = str(screen.query_one("#status").render())
        assert status.index("search") < status.index("group")

    run(ReviewerApp(seeds_corpus), body)


# --- 2. errors in a few keys ------------------------------------------------------------------


def test_annotate_starts_from_the_finding_under_the_cursor():
    async def body(pilot, screen, view):
        await pilot.press("n")
        finding = view.current_finding
        assert view.focused_language == finding.lang  # n focused the finding's language
        await pilot.press("a")
        form = pilot.app.screen
        assert isinstance(form, AnnotateScreen)
        assert pilot.app.focused.id == "category"
        assert form.query_one("#lang").value == finding.lang
        assert form.query_one("#category").value == SUGGESTED_CATEGORY[finding.check]
        assert form.query_one("#severity").value == finding.severity
        row = view.cursor_row
        await pilot.press("3", "enter")  # critical, and save from the category field
        (error,) = view.state.errors(row)
        assert (error.lang, error.category, error.severity, error.span) == (
            finding.lang,
            SUGGESTED_CATEGORY[finding.check],
            "critical",
            finding.spans[0] if finding.spans else None,
        )
        assert view.cursor_row == row + 1 and view.state.status(row) == "issue"

    run(synthetic_app(), body, size=(200, 50))


def test_missing_becomes_an_omission_and_each_severity_has_a_key():
    async def body(pilot, screen, view):
        row = next(r for r, f in enumerate(view.aligned.findings) if f and f[0].check == "missing")
        view.move_to_row(row)
        await pilot.press("a")
        form = pilot.app.screen
        assert form.query_one("#category").value == "accuracy/omission"
        for key, severity in (("1", "minor"), ("2", "major"), ("3", "critical")):
            await pilot.press(key)
            assert form.query_one("#severity").value == severity
        await pilot.press("escape")
        assert view.state.errors(row) == ()

    run(synthetic_app(), body)


def test_span_is_picked_word_by_word(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("a", "tab", "tab")  # to the words
        picker = pilot.app.focused
        words = [m.span() for m in re.finditer(r"\S+", picker.text)]
        await pilot.press("right")
        assert picker.span == words[0]
        await pilot.press("right", "shift+right", "shift+right")
        assert picker.span == (words[1][0], words[3][1])
        await pilot.press("shift+left")
        assert picker.span == (words[1][0], words[2][1])
        await pilot.press("backspace")
        assert picker.span is None

    run(ReviewerApp(seeds_corpus), body)


def test_category_cycles_through_every_mqm_category(seeds_corpus):
    async def body(pilot, screen, view):
        await pilot.press("a")
        category = pilot.app.screen.query_one("#category")
        seen = {category.value}
        for _ in ERROR_CATEGORIES:
            await pilot.press("left")
            seen.add(category.value)
        assert seen == set(ERROR_CATEGORIES)

    run(ReviewerApp(seeds_corpus), body)


# --- 3. errors visible and editable ----------------------------------------------------------


def test_recorded_span_is_highlighted_listed_edited_and_deleted():
    async def body(pilot, screen, view):
        await pilot.press("n")
        finding, row = view.current_finding, view.cursor_row
        await pilot.press("a", "enter", "k")
        assert any(kind == "error" for _, _, kind in view.cell(row, finding.lang).spans)
        assert "noted 1:" in str(screen.query_one("#findings").render())
        await pilot.press("A")
        assert isinstance(pilot.app.screen, ErrorListScreen)
        await pilot.press("enter")  # edit it
        assert isinstance(pilot.app.screen, AnnotateScreen)
        await pilot.press("1", "enter")
        (error,) = view.state.errors(row)
        assert error.severity == "minor"
        assert view.cursor_row == row  # editing does not move on
        await pilot.press("A", "d")
        assert view.state.errors(row) == ()
        await pilot.press("ctrl+z")
        assert view.state.errors(row)[0].severity == "minor"  # the deletion is undone

    run(synthetic_app(), body, size=(200, 50))


def test_marking_ok_a_row_with_errors_keeps_it_issue():
    async def body(pilot, screen, view):
        await pilot.press("n")
        row = view.cursor_row
        await pilot.press("a", "enter", "k", "space")
        assert view.state.status(row) == "issue"
        assert view.cursor_row == row + 1  # moved on all the same
        assert view.state.store.to_file().annotations[0].status == "issue"

    run(synthetic_app(), body)


# --- 4. dismissing a finding ------------------------------------------------------------------


def test_dismiss_hides_the_finding_counts_it_out_and_undoes(tmp_path):
    corpus, aligned = synthetic_corpus(40)
    folder = tmp_path / "ann"

    async def body(pilot, screen, view):
        await pilot.press("n")
        row, finding = view.cursor_row, view.current_finding
        before = str(screen.query_one("#status").render())
        await pilot.press("d")
        assert finding not in view.findings(row)
        after = str(screen.query_one("#status").render())
        left = [int(re.search(r"findings left (\d+)", s).group(1)) for s in (before, after)]
        assert left[1] == left[0] - 1
        await pilot.press("D")  # shown again on request, marked
        assert finding in view.findings(row) and view.is_dismissed(row, finding)
        assert "dismissed" in str(screen.query_one("#findings").render())
        await pilot.press("D", "ctrl+z")
        assert finding in view.findings(row)
        await pilot.press("ctrl+y", "ctrl+s")
        await pilot.pause(0.3)

    run(ReviewerApp(corpus, annotations=folder, reviewer="ana", save_delay=0.01), body)
    text = next(folder.glob("*.toml")).read_text()
    assert "[[dismissed]]" in text and 'reviewer = "ana"' in text
    store = AnnotationStore.open(aligned, folder, reviewer="", lock=False)
    assert sum(bool(store.dismissed(r)) for r in range(len(aligned.rows))) == 1


def test_check_and_export_leave_dismissed_findings_out(tmp_path, capsys):
    corpus = open_corpus([SEEDS])
    folder = tmp_path / "ann"
    args = ["check", str(SEEDS), "--annotations", str(folder), "--format", "json"]
    assert cli.main([*args, "--fail-on", "minor"]) == 1
    before = json.loads(capsys.readouterr().out)
    aligned = corpus.aligned(corpus.groups[0])
    with AnnotationStore.open(aligned, folder, reviewer="ana") as store:
        for row, findings in enumerate(aligned.findings):
            for finding in findings:
                store.dismiss(row, finding.lang, finding.check)
        store.save()
    assert cli.main([*args, "--fail-on", "minor"]) == 0  # nothing left to fail on
    after = json.loads(capsys.readouterr().out)
    count = [sum(len(r["findings"]) for r in data["groups"][0]["rows"]) for data in (before, after)]
    assert count[0] > 0 and count[1] == 0
    out = tmp_path / "out.jsonl"
    export = ["export", str(SEEDS), "--annotations", str(folder), "--format", "jsonl"]
    assert cli.main([*export, "--with-findings", "--output", str(out)]) == 0
    assert all(not json.loads(line).get("findings") for line in out.read_text().splitlines())


# --- 5. help that explains --------------------------------------------------------------------


def test_help_explains_every_mark_and_check_and_names_keys_alike(seeds_corpus):
    from reviewer.core.checks import REGISTRY

    async def body(pilot, screen, view):
        await pilot.press("question_mark")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        legend = help_screen.legend().plain
        marks = (
            "▶",
            "·",
            "✓",
            "!",
            "✗",
            "●",
            "=",
            "~",
            "∅",
            "‹caption›",
            "★",
            "☆",
            MORE_BELOW,
            CUT_MARK,
        )
        for mark in marks:
            assert mark in legend
        for check in REGISTRY:
            assert f"{check} " in legend
        keys = help_screen.keys().plain
        assert "group.next" in keys and "right_square_bracket" not in keys
        await pilot.press("escape")
        commands = [c.help for c in pilot.app.get_system_commands(screen)]
        assert "keys: ]" in commands and not any("square" in c for c in commands)

    run(ReviewerApp(seeds_corpus), body)


# --- 6. triage ---------------------------------------------------------------------------------


def test_group_list_is_sorted_by_risk_and_counts_cover_the_corpus():
    corpus = two_groups()

    async def body(pilot, screen, view):
        summaries = pilot.app.summaries()
        risks = {s.group: s.risk for s in summaries}
        status = str(screen.query_one("#status").render())
        rows = sum(s.rows for s in summaries)
        assert f"corpus: reviewed 0/{rows}" in status
        await pilot.press("l")
        lister = pilot.app.screen
        ids = [label.rsplit(" (", 1)[0].split()[-1] for _, label in lister.entries]
        assert ids == sorted(risks, key=lambda g: -risks[g])
        await pilot.press("escape", "space")
        assert f"corpus: reviewed 1/{rows}" in str(screen.query_one("#status").render())

    run(ReviewerApp(corpus), body, size=(200, 50))


def test_finding_next_at_a_groups_last_finding_goes_on_to_the_next_group():
    corpus = two_groups()

    async def body(pilot, screen, view):
        await pilot.press("G")
        last = max(r for r, f in enumerate(view.aligned.findings) if f)
        view.move_to_row(last)
        view.finding_index = len(view.findings(last)) - 1
        await pilot.press("n")
        assert view.aligned.group.id == "g-second"
        assert view.findings(view.cursor_row)  # on its first finding
        first = min(r for r, f in enumerate(view.aligned.findings) if f)
        assert view.cursor_row == first

    run(ReviewerApp(corpus), body)


# --- the findings panel shows what the keys act on (issue 15, looked at by hand) --------------


def many_findings_app() -> ReviewerApp:
    """A group whose first row has a finding in each of four translations, and whose second
    row has one finding with a long message."""
    languages = ("en", "de", "fr", "ja", "ru")
    corpus, aligned = synthetic_corpus(12, languages)
    long = "en has 1,800, not found in fr; fr has 2.800, not in en (and here is why it matters)"
    findings = list(aligned.findings)
    findings[0] = tuple(
        Finding("missing", lang, "major", f"no {lang} text for this en sentence")
        for lang in languages[1:]
    )
    findings[1] = (Finding("number-mismatch", "fr", "major", long),)
    findings[2] = (
        Finding("number-mismatch", "fr", "major", long),
        Finding("missing", "ja", "major", "no ja text for this en sentence"),
        Finding("missing", "ru", "major", "no ru text for this en sentence"),
    )
    findings[3] = (Finding("extra", "de", "major", "de text with no counterpart: " + "x " * 150),)
    aligned = replace(aligned, findings=tuple(findings))
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = aligned
    return ReviewerApp(corpus)


def test_the_panel_always_shows_the_finding_the_keys_act_on():
    async def body(pilot, screen, view):
        seen = []
        for _ in range(4):
            panel = str(screen.query_one("#findings").render()).split("\n")
            finding = view.current_finding
            assert view.cursor_row == 0
            marked = [line for line in panel if line.startswith("▶")]
            number = len(seen) + 1
            assert len(marked) == 1 and marked[0].startswith(f"▶{number}/4 {finding.lang} "), panel
            assert "more in this row (n)" in panel[-1]
            seen.append(finding.lang)
            await pilot.press("n")
        assert seen == ["de", "fr", "ja", "ru"]

    run(many_findings_app(), body)


def test_a_long_finding_goes_on_over_the_free_panel_line_at_80_columns():
    async def body(pilot, screen, view):
        await pilot.press("j")
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert len(panel) == 3
        assert "not in en (and here is why it matters)" in " ".join(panel[1:]), panel
        assert not any(line.endswith("…") for line in panel)
        await pilot.press("j")  # three findings, the first with a long message: its end shows
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert panel[1].startswith("▶1/3 fr ")
        assert "not in en (and here is why it matters)" in " ".join(panel[1:]), panel
        await pilot.press("n")  # a short message: room for the rest to be announced
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert panel[1].startswith("▶2/3 ja ") and "… and 2 more in this row (n)" in panel[2]
        await pilot.press("j")  # longer than the panel: cut, visibly
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert len(panel) == 3 and panel[-1].endswith("…"), panel

    run(many_findings_app(), body)


def test_a_status_line_too_long_for_80_columns_ends_with_an_ellipsis():
    async def body(pilot, screen, view):
        status = str(screen.query_one("#status").render())
        assert status.endswith("…") and len(status) <= 78, status
        assert status.startswith("in memory · vi+de/4 · group 1/2")

    run(ReviewerApp(two_groups()), body)


def test_beside_the_pivot_each_language_gets_the_height_its_text_needs():
    # Seen at 80x24 on twelve languages: `n` went from ja to tr, and tr's three-line cell was
    # drawn in ja's one line, cut (heights were remembered per column widths only).
    from reviewer.tui.widgets.review_view import row_height

    async def body(pilot, screen, view):
        assert view.is_focus_layout
        seen = set()
        for _ in range(4):
            await pilot.press("tab")
            layout = view.row_layout()
            langs = [view.languages[i] for i in view.shown_columns()]
            columns = view.column_widths()
            wanted = [
                row_height([view.cell(r, lang) for lang in langs], columns) for r in view.shown
            ]
            assert layout.heights == wanted, langs
            seen.add(tuple(layout.heights))
        assert len(seen) > 1  # the languages do need different heights

    corpus, _ = synthetic_corpus(30, ("en", "de", "fr", "ja", "ru"))
    run(ReviewerApp(corpus), body)


def test_next_doubtful_row_brings_the_doubted_language_beside_the_pivot():
    # At 80 columns with five languages `w` landed on a row that showed the pivot and another
    # language, both empty, and said nothing of which version the aligner doubted.
    from reviewer.core.model import Row

    languages = ("en", "de", "fr", "ja", "ru")
    corpus, aligned = synthetic_corpus(12, languages)
    sure = dict.fromkeys(languages, 0.95)
    rows = [Row(row.cells, confidence=dict(sure)) for row in aligned.rows]
    rows[4] = Row(rows[4].cells, confidence={**sure, "en": 0.3, "ja": 0.35, "ru": 0.4})
    aligned = replace(aligned, rows=tuple(rows))
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = aligned

    async def body(pilot, screen, view):
        assert view.is_focus_layout and view.focused_language == "en"
        for _ in range(12):  # w goes on from the cursor's row in order of doubt
            await pilot.press("w")
            if view.cursor_row == 4:
                break
        assert view.cursor_row == 4
        assert view.focused_language == "ja"  # the least sure version, not the pivot
        assert [view.languages[i] for i in view.shown_columns()] == ["en", "ja"]

    run(ReviewerApp(corpus), body)


def test_confirming_says_what_it_did_and_warns_when_it_undoes_a_correction():
    # `c` on a row you corrected (~) gives it back to the aligner: the correction went away
    # without a word, only the gutter's ~ vanished.
    def notices(app) -> str:
        return "\n".join(str(n.message) for n in app._notifications)

    async def body(pilot, screen, view):
        await pilot.press("tab", "j", "c")
        assert view.state.alignment_state(1) == "confirmed"
        assert "row 2 confirmed" in notices(pilot.app)
        await pilot.press("j", "o")  # an empty cell for de here: a correction
        row = view.cursor_row
        assert view.state.alignment_state(row) == "corrected"
        await pilot.press("c")
        assert "your correction undone" in notices(pilot.app)
        assert "ctrl+z" in notices(pilot.app)

    run(synthetic_app(12), body)


def test_a_row_empty_in_both_columns_shown_says_which_versions_have_text():
    # Twelve languages at 80 columns: a sentence added in tr showed as ∅ │ ∅.
    from reviewer.core.model import Row

    languages = ("en", "de", "fr", "ja", "ru")
    corpus, aligned = synthetic_corpus(12, languages)
    rows = list(aligned.rows)
    rows[2] = Row({**rows[2].cells, "en": (), "de": (), "ja": ()})
    aligned = replace(aligned, rows=tuple(rows))
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = aligned

    async def body(pilot, screen, view):
        assert [view.languages[i] for i in view.shown_columns()] == ["en", "de"]
        assert view.cell(2, "en").text == "∅ text in fr, ru"
        assert view.cell(1, "en").text != "∅"  # rows with text are as they were
        await pilot.press("f")  # every column on screen: nothing to say
        assert view.cell(2, "en").text == "∅"
        await pilot.press("f", "L")
        await pilot.press("down", "down", "enter")  # fr beside the pivot: it has the text
        assert [view.languages[i] for i in view.shown_columns()] == ["en", "fr"]
        assert view.cell(2, "en").text == "∅"
        drawn = "\n".join(screen_text(view))
        assert "∅ text in" not in drawn

    run(ReviewerApp(corpus), body)


def test_the_language_list_says_how_many_findings_each_version_has_left():
    # With twelve versions, L listed only names: where the differences are was not said.
    async def body(pilot, screen, view):
        expected = {lang: 0 for lang in view.languages}
        for row in range(len(view.aligned.rows)):
            for finding in view.findings(row):
                expected[finding.lang] += 1
        assert expected["de"] > 0 and expected["en"] > 0
        await pilot.press("L")
        entries = dict(zip(view.languages, pilot.app.screen.entries, strict=True))
        for lang, (_, label) in entries.items():
            assert re.match(rf"{lang}\s+{expected[lang]} left\s", label), label
        await pilot.press("escape", "j", "j")
        assert view.cursor_row == 2 and any(f.lang == "de" for f in view.findings(2))
        await pilot.press("space")  # a reviewed row's findings are no longer left
        await pilot.press("L")
        labels = [label for _, label in pilot.app.screen.entries]
        assert re.match(rf"de\s+{expected['de'] - 1} left\s", labels[1]), labels[1]

    run(ReviewerApp(synthetic_corpus(12, ("en", "de", "fr", "ja", "ru"))[0]), body)


# --- read as a reviewer on Revelation and a novel (issue 15, look3) ---------------------------


def merged_row_app() -> tuple[ReviewerApp, AlignedGroup]:
    """Row 0 holds two en sentences (another version merged them); ja has only the first: the
    aligner left en's second unmatched for ja, and `missing` says so."""
    from reviewer.core.model import Row

    corpus, aligned = synthetic_corpus(12, ("en", "de", "ja"))
    rows = list(aligned.rows)
    merged = Row({"en": (0, 1), "de": (0, 1), "ja": (0,)}, unmatched={"ja": (1,)})
    rows[0:2] = [merged, Row({"en": (), "de": (), "ja": (1,)})]
    findings = list(aligned.findings)
    findings[0] = (Finding("missing", "ja", "major", "ja has no counterpart for this en sentence"),)
    findings[1] = (Finding("extra", "ja", "major", "ja text with no counterpart in en"),)
    aligned = replace(aligned, rows=tuple(rows), findings=tuple(findings))
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = aligned
    return ReviewerApp(corpus), aligned


def test_the_pivot_sentence_a_version_lacks_is_marked_in_a_merged_row():
    # Seen on Revelation 13 at 80x24: a row of seven en sentences, `missing` for ar quoting
    # the fourth, and nothing on screen to say which of the seven it was.
    app, aligned = merged_row_app()
    first, second = (s.text for s in aligned.cell(0, "en"))

    async def body(pilot, screen, view):
        cell = view.cell(0, "en")
        marked = [cell.text[a:b] for a, b, kind in cell.spans if kind == "finding:missing"]
        assert marked == [second]
        assert not any(kind == "finding:missing" for *_, kind in view.cell(0, "de").spans)
        line = next(view.render_line(y) for y in range(5) if first[:8] in view.render_line(y).text)
        styles = {seg.text.strip(): seg.style for seg in line if seg.text.strip()}
        assert not any(s and s.underline for t, s in styles.items() if first[:8] in t)
        await pilot.press("d")  # dismissed: the mark goes with the finding
        cell = view.cell(0, "en")
        assert not any(kind == "finding:missing" for *_, kind in cell.spans)

    run(app, body)


def test_one_finding_a_row_gets_the_second_panel_line_when_its_message_needs_it():
    # Seen on a MAC-Dev zh-en chapter at 80x24: a pair has one finding a row, so the panel had
    # one line and every quoted sentence was cut ("“The boots reached the …").
    languages = ("zh", "en")
    corpus, aligned = synthetic_corpus(12, languages)
    quoted = "“The boots reached the door, and came on into the room.”"
    findings = [()] * len(aligned.rows)
    findings[0] = (Finding("extra", "en", "major", f"en text with no counterpart in zh: {quoted}"),)
    findings[1] = (Finding("extra", "en", "major", "short"),)
    aligned = replace(aligned, findings=tuple(findings))
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = aligned

    async def body(pilot, screen, view):
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert len(panel) == 3 and "came on into the room.”" in " ".join(panel), panel
        assert screen.query_one("#findings").size.height == 3
        await pilot.press("j")
        await pilot.pause()
        assert screen.query_one("#findings").size.height == 3  # the rows do not jump

    run(ReviewerApp(corpus), body)

    short = replace(
        aligned, findings=tuple(f[:1] if f and f[0].message == "short" else () for f in findings)
    )
    corpus._aligned[(aligned.group.id, aligned.group.pivot)] = short

    async def narrow(pilot, screen, view):
        assert screen.query_one("#findings").size.height == 2  # short messages: one line

    run(ReviewerApp(corpus), narrow)


def test_the_finding_the_keys_act_on_follows_the_focused_language():
    # Seen on Revelation 13 at 80x24: `w` brought de beside the pivot, and the panel still
    # offered ar's finding to `a` and `d`.
    async def body(pilot, screen, view):
        assert view.current_finding.lang == "de"
        await pilot.press("tab", "tab")  # fr
        assert view.languages[view.focus_lang] == "fr"
        assert view.current_finding.lang == "fr"
        panel = str(screen.query_one("#findings").render()).split("\n")
        assert any(line.startswith("▶2/4 fr ") for line in panel), panel
        await pilot.press("tab")  # ja
        acted_on = view.current_finding
        await pilot.press("d")
        assert acted_on.lang == "ja" and view.is_dismissed(0, acted_on)
        await pilot.press("j")  # a row without a fr or ja finding: the finding stays put
        assert view.cursor_row == 1 and view.current_finding.lang == "fr"

    run(many_findings_app(), body)
