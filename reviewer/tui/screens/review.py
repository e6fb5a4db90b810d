"""The main screen: column headers, the rows, the findings panel, the status line, the footer.

Every action id lands in `action_review`, whether it came from a key or the command palette.
The screen talks to the corpus only through `Corpus.aligned`, and records the reviewer's
work only through `ReviewState`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input

from reviewer.core.model import Group
from reviewer.core.sanitize import sanitize
from reviewer.core.session import AlignedGroup
from reviewer.tui.screens.dialogs import AnnotateScreen, GroupListScreen, HelpScreen
from reviewer.tui.widgets.panels import ColumnHeader, FindingsPanel, StatusLine
from reviewer.tui.widgets.review_view import ReviewView


class SearchBar(Input):
    """Search text typed at the bottom; enter searches, escape gives the keys back."""

    BINDINGS = [Binding("escape", "cancel", "cancel search", show=False)]

    def action_cancel(self) -> None:
        self.display = False
        self.screen.query_one(ReviewView).focus()


class ReviewScreen(Screen[None]):
    """Review one group (or one lone document) at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.unit = 0  # index into app.units()
        self.pivots: dict[str, str] = {}  # group id -> pivot chosen by the reviewer
        self.last_search: str | None = None
        self._total_key: int | None = None
        self._total = 0

    def compose(self) -> ComposeResult:
        view = ReviewView(id="rows")
        yield ColumnHeader(view, id="header")
        yield view
        yield FindingsPanel(id="findings")
        search = SearchBar(
            placeholder="search all languages (enter: find, esc: cancel)", id="search"
        )
        search.display = False
        yield search
        yield StatusLine(id="status")
        yield Footer(compact=True)

    @property
    def view(self) -> ReviewView:
        return self.query_one(ReviewView)

    def on_mount(self) -> None:
        self.open_unit(0)
        self.view.focus()

    # ---- which group ----------------------------------------------------------------------

    def open_unit(self, unit: int, *, pivot: str | None = None, cursor_row: int = 0) -> None:
        """Show group (or lone document) number `unit`, aligned through `pivot`."""
        units = self.app.units()
        if not units:
            return
        self.unit = unit % len(units)
        group = units[self.unit]
        pivot = pivot or self.pivots.get(group.id)
        aligned = self.app.corpus.aligned(group, pivot=pivot)
        self.view.load(aligned, self.app.state_for(aligned), cursor_row=cursor_row)
        self.view.scroll_to(y=0, animate=False, immediate=True)
        self.view.scroll_to_cursor()
        self.refresh_panels()

    def on_review_view_changed(self) -> None:
        self.refresh_panels()

    def refresh_panels(self) -> None:
        view = self.view
        if view.aligned is None:
            return
        self.query_one(ColumnHeader).refresh()
        self.query_one(FindingsPanel).show(view)
        self.query_one(StatusLine).update(self.status_text(), layout=False)

    def status_text(self) -> Text:
        view = self.view
        aligned, state = view.aligned, view.state
        total = len(aligned.rows)
        row = view.cursor_row
        # Findings in rows not yet reviewed: all of them, less those of the reviewed rows.
        left = self._findings_total(aligned) - sum(
            len(aligned.findings[r]) for r in state.reviewed_rows() if r < total
        )
        units = self.app.units()
        kind = "group" if len(aligned.languages) > 1 else "document"
        parts = [
            f"{kind} {self.unit + 1}/{len(units)}",
            f"row {row + 1 if row is not None else 0}/{total}",
            f"reviewed {state.reviewed()}/{total}",
            f"findings left {left}",
            f"pivot {aligned.group.pivot}",
        ]
        if view.hide_boilerplate:
            parts.append("boilerplate hidden")
        if view.only_check:
            parts.append(f"only {view.only_check} ({len(view.shown)})")
        if self.last_search:
            parts.append(f"search “{self.last_search}”")
        return Text(" · ".join(parts), no_wrap=True, overflow="ellipsis")

    def _findings_total(self, aligned: AlignedGroup) -> int:
        key = id(aligned)
        if self._total_key != key:
            self._total_key, self._total = key, sum(len(f) for f in aligned.findings)
        return self._total

    def say(self, message: str) -> None:
        """A short notice; never markup, since it may quote what the reviewer typed."""
        self.notify(sanitize(message), timeout=3, markup=False)

    # ---- the one dispatcher -----------------------------------------------------------------

    def action_review(self, action: str) -> None:
        """Run the action with id `action` (DESIGN.md key table)."""
        handler: Callable[[], None] | None = getattr(self, "do_" + action.replace(".", "_"), None)
        if handler is None:
            raise ValueError(f"no action {action!r}")
        handler()

    # rows
    def do_row_next(self) -> None:
        self.view.move_to(self.view.cursor + 1)

    def do_row_prev(self) -> None:
        self.view.move_to(self.view.cursor - 1)

    def do_row_first(self) -> None:
        self.view.move_to(0)

    def do_row_last(self) -> None:
        self.view.move_to(len(self.view.shown) - 1)

    def do_page_down(self) -> None:
        self.view.page(1)

    def do_page_up(self) -> None:
        self.view.page(-1)

    def _jump(self, wanted: Callable[[int], bool], step: int, what: str) -> None:
        view = self.view
        count = len(view.shown)
        for distance in range(1, count + 1):
            index = (view.cursor + step * distance) % count
            if wanted(view.shown[index]):
                view.move_to(index)
                return
        self.say(f"no {what}")

    def do_finding_next(self) -> None:
        self._jump(lambda row: bool(self.view.aligned.findings[row]), 1, "row with a finding")

    def do_finding_prev(self) -> None:
        self._jump(lambda row: bool(self.view.aligned.findings[row]), -1, "row with a finding")

    def do_unreviewed_next(self) -> None:
        self._jump(lambda row: self.view.state.status(row) is None, 1, "row left to review")

    # panes and groups
    def do_pane_next(self) -> None:
        self.view.focus_lang = (self.view.focus_lang + 1) % len(self.view.languages)

    def do_pane_prev(self) -> None:
        self.view.focus_lang = (self.view.focus_lang - 1) % len(self.view.languages)

    def do_group_next(self) -> None:
        self.open_unit(self.unit + 1)

    def do_group_prev(self) -> None:
        self.open_unit(self.unit - 1)

    def do_group_list(self) -> None:
        entries = [(("unit", i), label) for i, label in enumerate(self.app.unit_labels())]

        def chosen(result: tuple[str, int] | None) -> None:
            if result is not None:
                self.open_unit(result[1])

        self.app.push_screen(GroupListScreen(entries, self.unit), chosen)

    def do_pivot_set(self) -> None:
        view = self.view
        lang = view.focused_language
        aligned = view.aligned
        if lang == aligned.group.pivot:
            self.say(f"{lang} is already the pivot")
            return
        row = view.cursor_row
        ordinals = aligned.rows[row].cells.get(lang, ()) if row is not None else ()
        self.pivots[aligned.group.id] = lang
        self.open_unit(self.unit, pivot=lang)
        new = view.aligned
        if ordinals:
            for index, new_row in enumerate(new.rows):
                if ordinals[0] in new_row.cells.get(lang, ()):
                    view.move_to_row(index)
                    break
        view.focus_lang = 0

    # annotations, all through ReviewState
    def _mark(self, status: str) -> None:
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        view.state.set_status(row, status)
        view.refresh_row(row)
        view.move_to(view.cursor + 1)
        self.refresh_panels()

    def do_mark_ok(self) -> None:
        self._mark("ok")

    def do_mark_issue(self) -> None:
        self._mark("issue")

    def do_mark_reject(self) -> None:
        self._mark("reject")

    def do_annotate(self) -> None:
        view = self.view
        row = view.cursor_row
        if row is None:
            return

        def chosen(note) -> None:
            if note is not None:
                view.state.add_error(row, note)
                if view.state.status(row) is None:
                    view.state.set_status(row, "issue")
                view.refresh_row(row)
                self.refresh_panels()

        self.app.push_screen(
            AnnotateScreen(view.languages, view.focused_language, f"row {row + 1}"), chosen
        )

    def do_boilerplate_toggle(self) -> None:
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        lang = view.focused_language
        cell = view.cell(row, lang)
        currently = any(kind == "boilerplate" for _, _, kind in cell.spans)
        view.state.toggle_boilerplate(row, lang, currently=currently)
        view.refresh_row(row)
        self.refresh_panels()

    def do_boilerplate_hide(self) -> None:
        self.view.set_filter(hide_boilerplate=not self.view.hide_boilerplate)

    def _after_history(self, key: object) -> None:
        if key is None:
            self.say("nothing to undo/redo")
            return
        row = key[0] if isinstance(key, tuple) else key
        self.view.refresh_row(row)
        self.view.move_to_row(row)
        self.refresh_panels()

    def do_undo(self) -> None:
        self._after_history(self.view.state.undo())

    def do_redo(self) -> None:
        self._after_history(self.view.state.redo())

    def do_save(self) -> None:
        self.say(self.app.save_all())

    def do_export(self) -> None:
        self.say(self.view.state.export())

    # search
    def do_search(self) -> None:
        search = self.query_one(SearchBar)
        search.display = True
        search.value = self.last_search or ""
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not isinstance(event.input, SearchBar):
            return
        event.input.display = False
        self.view.focus()
        self.search_for(event.value)

    def search_for(self, term: str) -> None:
        """Highlight `term` in every language and move to the next row holding it."""
        term = term.strip()
        self.last_search = term or None
        self.view.set_search(self.last_search)
        if term:
            self.do_search_next()
        self.refresh_panels()

    def do_search_next(self) -> None:
        term = self.last_search
        if not term:
            self.do_search()
            return
        needle = term.casefold()
        view = self.view
        self._jump(
            lambda row: any(
                needle in view.cell(row, lang).text.casefold() for lang in view.languages
            ),
            1,
            f"row containing “{term}”",
        )

    def do_help(self) -> None:
        self.app.push_screen(HelpScreen(self.app.keymap))

    def do_quit(self) -> None:
        self.app.save_all()
        self.app.exit()

    # filters offered by the command palette
    def show_only(self, check: str | None) -> None:
        self.view.set_filter(only_check=check)
        self.refresh_panels()

    def go_to_group(self, group: Group) -> None:
        self.open_unit(self.app.units().index(group))

    def current(self) -> AlignedGroup | None:
        return self.view.aligned
