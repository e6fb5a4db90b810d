"""The main screen: column headers, the rows, the findings panel, the status line, the footer.

Every action id lands in `action_review`, whether it came from a key or the command palette.
The screen talks to the corpus only through `Corpus.aligned`, and records the reviewer's
work only through `ReviewState` (the annotation store); the app saves after each edit.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input

from reviewer.core import triage
from reviewer.core.boilerplate import classify
from reviewer.core.model import ErrorNote, Group, cell_text
from reviewer.core.persistence import AnnotationFileError
from reviewer.core.sanitize import sanitize
from reviewer.core.session import AlignedGroup
from reviewer.tui.review_state import ReadOnlyError, ReviewState
from reviewer.tui.screens.annotating import BoilerplateKindScreen, ExportScreen, OrphanScreen
from reviewer.tui.screens.dialogs import (
    AnnotateScreen,
    ErrorListScreen,
    GroupListScreen,
    HelpScreen,
    suggested_error,
)
from reviewer.tui.widgets.panels import ColumnHeader, FindingsPanel, StatusLine
from reviewer.tui.widgets.review_view import ReviewView, heights_ahead

# Actions that edit the reviewer's annotations or the rows: refused while the group shown is
# still being aligned and checked (the rows shown meanwhile are not the ones recorded).
NEEDS_ROWS = frozenset(
    {
        "mark.ok",
        "mark.issue",
        "mark.reject",
        "annotate",
        "error.edit",
        "finding.dismiss",
        "boilerplate.toggle",
        "pivot.set",
        "undo",
        "redo",
        "align.shift_up",
        "align.shift_down",
        "align.merge",
        "align.split",
        "align.gap",
        "align.ungap",
        "align.confirm",
    }
)


# Pivot sentences shown while a large group is aligned: each row shown is measured (wrapped)
# before the first screen, 20 µs a row, so a window of them rather than all 5,000.
PENDING_ROWS = 500


# While a group is computed in the worker thread, a garbage collection started by either
# thread holds the interpreter lock throughout, and so holds up the keys: collections of the
# middle generation took 5-40 ms, of the oldest 90 ms and more as the computation grew
# (measured with bench/bench_app_open.py, 4 x 5,000 sentences).
_computing_lock = threading.Lock()
_computing_threads = 0
_collecting_before = True  # whether automatic collection was on before the first computation


@contextlib.contextmanager
def _no_collections():
    """While a group is computed: no automatic garbage collection. Reference counting frees
    all the computation's garbage (it makes no cycles); the cycles the UI makes meanwhile
    are frozen with what was computed (12,000 objects more than with collections on, while
    150 keys were pressed; a collection before the freeze cost 60-130 ms). Process-wide:
    counted, and put back when the last computation ends.

    A shorter switch interval (1 or 0.5 ms instead of 5) did not lower the keys' 95th
    percentile in A/B runs on the shared 2-core machine, and raised their median."""
    global _computing_threads, _collecting_before
    with _computing_lock:
        if _computing_threads == 0:
            _collecting_before = gc.isenabled()
            gc.disable()
        _computing_threads += 1
    try:
        yield
    finally:
        with _computing_lock:
            _computing_threads -= 1
            if _computing_threads == 0 and _collecting_before:
                gc.enable()


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
        self._live_key: tuple | None = None
        self._live: tuple[int, dict[int, int]] = (0, {})
        # While a large group is aligned and checked in a worker thread: what is computed
        # (a fresh object per opening, so a late result of a group left meanwhile is ignored)
        # and the progress mark shown in the status line.
        self._computing: object | None = None
        self.progress = ""

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
        corpus = self.app.corpus
        self._computing, self.progress = None, ""
        if not corpus.is_aligned(group, pivot) and self.app.computes_later(group):
            self._open_later(group, pivot)
            return
        aligned = corpus.aligned(group, pivot=pivot)
        if aligned.error:  # shown side by side in order; the reviewer must know why
            message = f"group {group.id} {aligned.error}: shown unaligned or unchecked"
            self.app.notify(sanitize(message), severity="error", timeout=30, markup=False)
        state = self.app.state_for(aligned)  # shown with the reviewer's corrections
        self.view.load(state.aligned, state, cursor_row=cursor_row)
        self.view.scroll_to(y=0, animate=False, immediate=True)
        self.view.scroll_to_cursor()
        self.refresh_panels()

    def _open_later(self, group: Group, pivot: str | None) -> None:
        """A large group: its first pivot sentences at once, aligned and checked in the app's
        process (computing.py; else in a worker thread): the rows swapped in when aligned,
        the findings when checked; keys work meanwhile. It is asked for once that first
        screen is drawn (a thread started before held the interpreter lock while the screen
        was drawn; the measures of the rows come with the request)."""
        token = self._computing = object()
        pending = self.app.corpus.pending(group, pivot, limit=PENDING_ROWS)
        self._show_interim(pending, "aligning…")

        def start() -> None:
            if token is not self._computing:  # the reviewer went elsewhere
                return
            measuring = self.view.measuring()
            job = self.app.computations.request(group, pivot, measuring, urgent=True)
            if job is not None:  # in the app's process (computing.py)
                self.run_worker(
                    self._follow(job, group, pivot, token, measuring),
                    group="open",
                    exit_on_error=False,
                )
            else:
                self._compute_in_thread(group, pivot, token, measuring)

        self.call_after_refresh(start)

    def _compute_in_thread(self, group: Group, pivot: str | None, token: object, measuring):
        self.run_worker(
            lambda: self._compute(group, pivot, token, measuring),
            thread=True,
            group="open",
            exit_on_error=False,
        )

    async def _follow(self, job, group: Group, pivot: str | None, token: object, measuring):
        """In the event loop: show the rows, then the findings, as the app's process sends
        them (computing.py); if it fails, the group is computed in a worker thread."""
        with _no_collections():
            if await job.aligned:
                if token is self._computing:
                    rows = self.app.computations.aligned_rows(job)
                    self._aligned_now(token, rows, ReviewState.in_memory(rows), job.heights)
                if await job.checked:
                    gc.freeze()  # what was computed stays for the session (_compute_now)
                    self._checked_now(token, group, pivot)
                    return
        if token is self._computing:
            self._compute_in_thread(group, pivot, token, measuring)

    def _compute(self, group: Group, pivot: str | None, token: object, measuring) -> None:
        """In the worker thread: align, measure the rows for the view (so that showing them
        does not hold up the keys), show them, check, show the findings."""
        with _no_collections():
            self._compute_now(group, pivot, token, measuring)

    def _compute_now(self, group: Group, pivot: str | None, token: object, measuring) -> None:
        corpus = self.app.corpus
        rows = corpus.aligned_rows(group, pivot)
        # What was computed stays for the session: out of every later collection, as the app
        # does with the corpus (app.on_mount). Collections scanning it held everything up
        # for 0.1-0.5 s every second or so while a large group was computed.
        gc.freeze()
        if token is not self._computing:
            return  # the reviewer went elsewhere; the group stays aligned for later
        state = ReviewState.in_memory(rows)
        heights = heights_ahead(rows, state, measuring) if measuring else {}
        with contextlib.suppress(RuntimeError):  # the app has stopped
            self.app.call_from_thread(self._aligned_now, token, rows, state, heights)
        corpus.aligned(group, pivot)
        gc.freeze()
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(self._checked_now, token, group, pivot)

    def _pivot_sentence(self) -> int | None:
        """The pivot ordinal of the cursor's row (to keep it there when the rows change)."""
        view = self.view
        row = view.cursor_row
        if view.aligned is None or row is None:
            return None
        cell = view.aligned.rows[row].cells.get(view.aligned.group.pivot, ())
        return cell[0] if cell else None

    def _row_of(self, aligned: AlignedGroup, sentence: int | None) -> int:
        if sentence is not None:
            for index, row in enumerate(aligned.rows):
                if sentence in row.cells.get(aligned.group.pivot, ()):
                    return index
        return 0

    def _show_interim(
        self, aligned: AlignedGroup, progress: str, state: ReviewState | None = None
    ) -> None:
        """Rows shown while computing, with a throwaway state (edits wait until done)."""
        row = self._row_of(aligned, self._pivot_sentence()) if self.progress else 0
        self.progress = progress
        self.view.load(aligned, state or ReviewState.in_memory(aligned), cursor_row=row)
        self.view.scroll_to_cursor()
        self.refresh_panels()

    def _aligned_now(
        self, token: object, aligned: AlignedGroup, state: ReviewState, heights: dict
    ) -> None:
        if token is self._computing:
            self.view.remember_heights(heights)
            self._show_interim(aligned, "checking…", state)

    def _checked_now(self, token: object, group: Group, pivot: str | None) -> None:
        if token is not self._computing:
            return
        aligned = self.app.corpus.aligned(group, pivot)
        self.open_unit(
            self.unit, pivot=pivot, cursor_row=self._row_of(aligned, self._pivot_sentence())
        )

    @property
    def computing(self) -> bool:
        """Whether the group shown is still being aligned or checked."""
        return self._computing is not None

    def reload(self) -> None:
        """Show the current group again (its annotations were replaced: conflict resolved)."""
        self.open_unit(self.unit, cursor_row=self.view.cursor_row or 0)

    def on_review_view_changed(self) -> None:
        self.refresh_panels()

    def on_resize(self) -> None:
        # The panels are cut to their width when shown: a terminal made wider (80 -> 200
        # columns in tmux) kept "es wr…" and the old panes' names until the cursor moved
        # (stop 40). Shown again once the new sizes are laid out.
        self.call_after_refresh(self.refresh_panels)

    def refresh_panels(self) -> None:
        view = self.view
        if view.aligned is None:
            return
        self.query_one(ColumnHeader).refresh()
        self.query_one(FindingsPanel).show(view)
        self.query_one(StatusLine).show(self.status_text())

    def status_text(self) -> Text:
        view = self.view
        aligned, state = view.aligned, view.state
        total = len(aligned.rows)
        row = view.cursor_row
        # Findings in rows not yet reviewed (dismissed ones do not count): all of them, less
        # those of the reviewed rows.
        live = self._live_findings()
        left = live[0] - sum(live[1].get(r, 0) for r in state.reviewed_rows())
        units = self.app.units()
        kind = "group" if len(aligned.languages) > 1 else "document"
        # Indicators first (after the save state): they must never be cut off.
        parts = [self.progress] if self.progress else []
        parts.append(self.app.save_label())
        orphans = len(state.store.orphans)
        if orphans:
            parts.append(f"{orphans} orphan(s): ctrl+p Orphans")
        if view.only_check:
            parts.append(f"only {view.only_check} ({len(view.shown)})")
        if self.last_search:
            parts.append(f"search “{self.last_search}”")
        if view.hide_boilerplate:
            parts.append("boilerplate hidden")
        if view.show_dismissed:
            parts.append("dismissed shown")
        if view.is_focus_layout:
            shown = "+".join(view.languages[i] for i in view.shown_columns())
            parts.append(f"{shown}/{len(view.languages)}")
        parts += [
            f"{kind} {self.unit + 1}/{len(units)}",
            f"row {row + 1 if row is not None else 0}/{total}",
            f"reviewed {state.reviewed()}/{total}",
            f"findings left {left}",
        ]
        corpus = self.app.corpus_counts()
        if corpus is not None:
            parts.append(
                f"corpus: reviewed {corpus.reviewed}/{corpus.rows}, findings left {corpus.left}"
            )
        return Text(sanitize(" · ".join(parts)), no_wrap=True, overflow="ellipsis")

    def _live_findings(self) -> tuple[int, dict[int, int]]:
        """(findings shown, row -> findings shown in it), computed again only when the group,
        its dismissals or the showing of dismissed findings changed (asked per key press)."""
        view = self.view
        key = (view.aligned, view.state.store.dismissals, view.show_dismissed)
        cached = self._live_key
        if cached is None or any(a is not b for a, b in zip(cached, key, strict=True)):
            counts = {
                r: len(view.findings(r)) for r, found in enumerate(view.aligned.findings) if found
            }
            self._live_key, self._live = key, (sum(counts.values()), counts)
        return self._live

    def say(self, message: str) -> None:
        """A short notice; never markup, since it may quote what the reviewer typed."""
        self.notify(sanitize(message), timeout=3, markup=False)

    # ---- the one dispatcher -----------------------------------------------------------------

    def action_review(self, action: str) -> None:
        """Run the action with id `action` (DESIGN.md key table)."""
        handler: Callable[[], None] | None = getattr(self, "do_" + action.replace(".", "_"), None)
        if handler is None:
            raise ValueError(f"no action {action!r}")
        if self.computing and action in NEEDS_ROWS:
            self.say(f"still {self.progress} try again in a moment")
            return
        handler()

    # rows
    def do_row_next(self) -> None:
        self.view.step(1)  # inside a row taller than the view: scrolls through it first

    def do_row_prev(self) -> None:
        self.view.step(-1)

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
        """The next finding: in this row, then in the next rows, then in the next groups."""
        view = self.view
        row = view.cursor_row
        if row is not None and view.finding_index + 1 < len(view.findings(row)):
            view.finding_index += 1
            self._focus_finding()
            return
        for index in range(view.cursor + 1, len(view.shown)):
            if view.findings(view.shown[index]):
                view.move_to(index)
                self._focus_finding()
                return
        self._next_group_with_findings()

    def do_finding_prev(self) -> None:
        view = self.view
        if view.finding_index > 0 and view.cursor_row is not None:
            view.finding_index -= 1
            self._focus_finding()
            return
        count = len(view.shown)
        for distance in range(1, count + 1):
            index = (view.cursor - distance) % count
            findings = view.findings(view.shown[index])
            if findings:
                view.move_to(index)
                view.finding_index = len(findings) - 1
                self._focus_finding()
                return
        self.say("no row with a finding")

    def _focus_finding(self) -> None:
        """Focus the language of the finding under the cursor (its column, in focus layout)."""
        view = self.view
        finding = view.current_finding
        if finding is not None and finding.lang in view.languages:
            view.focus_lang = view.languages.index(finding.lang)
        view.refresh()
        self.refresh_panels()

    def _next_group_with_findings(self) -> None:
        """After a group's last finding: the first finding of the next group that has one."""
        units = self.app.units()
        here = self.view.aligned.group.id
        for step in range(1, len(units) + 1):
            unit = (self.unit + step) % len(units)
            group = units[unit]
            if len(group.members) < 2:
                continue
            aligned = self.app.corpus.aligned(group, pivot=self.pivots.get(group.id))
            state = self.app.state_for(aligned)
            for row, findings in enumerate(aligned.findings):
                dismissed = state.dismissed(row) if findings else set()
                if any((f.lang, f.check) not in dismissed for f in findings):
                    if group.id == here:
                        if row >= (self.view.cursor_row or 0):
                            break  # nothing after the cursor here, nor in any other group
                        self.say("no more findings in other groups; back to this group's first")
                    else:
                        self.say(f"last finding of {here}; on to group {group.id}")
                    self.open_unit(unit, cursor_row=row)
                    self._focus_finding()
                    return
        self.say("no findings left in any group")

    def do_unreviewed_next(self) -> None:
        self._jump(lambda row: self.view.state.status(row) is None, 1, "row without annotation")

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
        """Groups, most to review first (triage), then documents in no group."""
        units = self.app.units()
        summaries = self.app.summaries()
        labels = self.app.unit_labels()
        header = ""
        if summaries is None:
            entries = [(("unit", i), label) for i, label in enumerate(labels)]
            title = "Groups (still summing them up: in the order found)"
        else:
            index = {group.id: i for i, group in enumerate(units)}
            header = (
                f"{'risk':>4} {'major':>5} {'minor':>5} {'info':>4} {'doubt':>5} "
                f"{'done':>4} {'rows':>5}  group (languages)"
            )
            entries = []
            for summary in triage.by_risk(summaries):
                found = summary.findings
                entries.append(
                    (
                        ("unit", index[summary.group]),
                        f"{summary.risk:>4} {found['major']:>5} {found['minor']:>5} "
                        f"{found['info']:>4} {summary.doubtful:>5} "
                        f"{summary.reviewed_share:>4.0%} {summary.rows:>5}  "
                        f"{summary.group} ({' '.join(summary.languages)})",
                    )
                )
            grouped = {summary.group for summary in summaries}
            entries += [
                (("unit", i), f"{'-':>4}{'':>35}{label}")
                for i, label in enumerate(labels)
                if units[i].id not in grouped
            ]
            title = "Groups by risk (findings left, weighted; doubtful rows), then lone documents"

        def chosen(result: tuple[str, int] | None) -> None:
            if result is not None:
                self.open_unit(result[1])

        self.app.push_screen(
            GroupListScreen(entries, self.unit, title=title, header=header), chosen
        )

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

    # annotations, all through ReviewState; each edit is saved soon after (app.changed)
    def _edit(self, change: Callable[[], object], row: int | None) -> bool:
        """Run one edit; say why when it is refused. True when it was made."""
        try:
            change()
        except ReadOnlyError as error:
            self.say(str(error))
            return False
        except (ValueError, IndexError) as error:
            self.say(f"not recorded: {error}")
            return False
        if row is not None:
            self.view.refresh_row(row)
        self.app.changed()
        self.refresh_panels()
        return True

    def _mark(self, status: str) -> None:
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        now: list[str] = []
        if self._edit(lambda: now.append(view.state.set_status(row, status)), row):
            if now and now[0] != status:
                count = len(view.state.errors(row))
                self.say(
                    f"row {row + 1} has {count} recorded error(s): it stays {now[0]} "
                    "(A: edit or delete them)"
                )
            view.move_to(view.cursor + 1)

    def do_mark_ok(self) -> None:
        self._mark("ok")

    def do_mark_issue(self) -> None:
        self._mark("issue")

    def do_mark_reject(self) -> None:
        self._mark("reject")

    def do_annotate(self) -> None:
        """Record an error, filled in from the finding under the cursor (its language, a
        category for its check, its severity, its words); Enter saves and moves on."""
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        if view.state.read_only:
            self.say(view.state.read_only)
            return
        finding = view.current_finding
        draft = suggested_error(finding) if finding is not None else None
        if draft is None:
            draft = ErrorNote(view.focused_language, "accuracy/mistranslation", "minor")

        def chosen(note) -> None:
            if note is not None and self._edit(lambda: view.state.add_error(row, note), row):
                view.move_to(view.cursor + 1)

        self.app.push_screen(self._form(row, draft), chosen)

    def _form(self, row: int, draft: ErrorNote, *, editing: bool = False) -> AnnotateScreen:
        view = self.view
        texts = {lang: cell_text(view.aligned.cell(row, lang)) for lang in view.languages}
        return AnnotateScreen(view.languages, f"row {row + 1}", texts, draft, editing=editing)

    def do_error_edit(self) -> None:
        """The row's recorded errors: enter edits one, d deletes it (undoable)."""
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        errors = view.state.errors(row)
        if not errors:
            self.say(f"row {row + 1} has no recorded error (a records one)")
            return
        if view.state.read_only:
            self.say(view.state.read_only)
            return

        def chosen(result: tuple[str, int] | None) -> None:
            if result is None:
                return
            what, index = result
            if what == "delete":
                if self._edit(lambda: view.state.remove_error(row, index), row):
                    self.say("error deleted (ctrl+z undoes)")
                return

            def edited(note) -> None:
                if note is not None:
                    self._edit(lambda: view.state.replace_error(row, index, note), row)

            self.app.push_screen(self._form(row, errors[index], editing=True), edited)

        self.app.push_screen(ErrorListScreen(f"row {row + 1}", errors), chosen)

    def do_finding_dismiss(self) -> None:
        """Judge the finding under the cursor a false alarm (again: take that back)."""
        view = self.view
        row, finding = view.cursor_row, view.current_finding
        if row is None or finding is None:
            self.say("no finding under the cursor (n goes to the next one)")
            return
        undo = view.is_dismissed(row, finding)
        if self._edit(
            lambda: view.state.dismiss(row, finding.lang, finding.check, dismissed=not undo), row
        ):
            view.finding_index = min(view.finding_index, max(0, len(view.findings(row)) - 1))
            if undo:
                self.say(f"{finding.lang} {finding.check}: no longer dismissed")
            else:
                self.say(
                    f"dismissed {finding.lang} {finding.check} as a false alarm "
                    "(ctrl+z undoes; D shows dismissed findings)"
                )
            self.refresh_panels()

    def do_finding_dismissed(self) -> None:
        view = self.view
        view.set_show_dismissed(not view.show_dismissed)
        self.refresh_panels()

    def do_layout_focus(self) -> None:
        """Two columns (the pivot and the focused language) or all of them."""
        view = self.view
        if len(view.languages) <= 2:
            self.say("this group has two languages or fewer: all are shown")
            return
        view.set_layout("all" if view.is_focus_layout else "focus")
        self.refresh_panels()

    def do_layout_language(self) -> None:
        """Pick the language shown beside the pivot (and focused)."""
        view = self.view
        # Findings left per language (not dismissed, in rows not yet reviewed): with twelve
        # versions the reviewer picks where the differences are.
        left = dict.fromkeys(view.languages, 0)
        reviewed = set(view.state.reviewed_rows())
        for row, found in enumerate(view.aligned.findings):
            if found and row not in reviewed:
                for finding in view.findings(row):
                    left[finding.lang] = left.get(finding.lang, 0) + 1
        width = max(map(len, view.languages))
        entries = [
            (
                ("lang", i),
                f"{lang:<{width}}  {left[lang]:>3} left  {view.aligned.documents[lang].path}",
            )
            for i, lang in enumerate(view.languages)
        ]

        def chosen(result: tuple[str, int] | None) -> None:
            if result is not None:
                view.focus_lang = result[1]
                if not view.is_focus_layout and len(view.languages) > 2:
                    view.set_layout("focus")
                self.refresh_panels()

        self.app.push_screen(GroupListScreen(entries, view.focus_lang, title="Languages"), chosen)

    def do_boilerplate_toggle(self) -> None:
        """Unmark a boilerplate cell; mark another with the kind the rules suggest, else the
        kind the reviewer picks."""
        view = self.view
        row = view.cursor_row
        if row is None:
            return
        lang = view.focused_language
        state = view.state
        if state.is_boilerplate(row, lang):
            self._edit(lambda: state.set_boilerplate(row, lang, "none"), row)
            return
        text = cell_text(view.aligned.cell(row, lang))
        if not text:
            self.say(f"no {lang} text in this row")
            return
        kind = classify(text, lang)
        if kind is not None:
            self._edit(lambda: state.set_boilerplate(row, lang, kind), row)
            return

        def chosen(picked: str | None) -> None:
            if picked is not None:
                self._edit(lambda: state.set_boilerplate(row, lang, picked), row)

        if state.read_only:
            self.say(state.read_only)
            return
        self.app.push_screen(BoilerplateKindScreen(), chosen)

    def do_boilerplate_hide(self) -> None:
        self.view.set_filter(hide_boilerplate=not self.view.hide_boilerplate)

    # corrections of the alignment (corrections.py): the rows change, so all are redrawn
    def _correct(self, action: str) -> bool:
        """Apply one alignment correction at the cursor; False when it was refused."""
        view = self.view
        row = view.cursor_row
        if row is None:
            return False
        state, lang = view.state, view.focused_language
        moved: list[int] = []
        if not self._edit(lambda: moved.append(state.correct(action, row, lang)), None):
            return False
        if view.only_rows is not None:  # row numbers changed: the doubtful rows again
            view.only_rows = frozenset(state.store.doubtful_rows(doubtful_only=True))
        view.load(state.aligned, state, cursor_row=moved[0])
        view.scroll_to_cursor()
        self.refresh_panels()
        return True

    def do_align_shift_up(self) -> None:
        self._correct("shift_up")

    def do_align_shift_down(self) -> None:
        self._correct("shift_down")

    def do_align_merge(self) -> None:
        self._correct("merge")

    def do_align_split(self) -> None:
        self._correct("split")

    def do_align_gap(self) -> None:
        self._correct("gap")

    def do_align_ungap(self) -> None:
        self._correct("ungap")

    def do_align_confirm(self) -> None:
        view = self.view
        row = view.cursor_row
        before = view.state.alignment_state(row) if row is not None else None
        if not self._correct("confirm") or view.cursor_row is None:
            return
        # Said, because the rows may change: `c` on a row you corrected (~) gives it back to
        # the aligner, which may undo your correction around it.
        number = view.cursor_row + 1
        if before == "corrected":
            self.say(f"row {number}: your correction undone, realigned (ctrl+z restores it)")
        elif before == "confirmed":
            self.say(f"row {number} unconfirmed: the aligner may move it")
        else:
            self.say(f"row {number} confirmed: realignment leaves it as it is")

    def do_align_next_doubtful(self) -> None:
        """The next row in order of doubt (least confident first) after the cursor's."""
        view = self.view
        shown = set(view.shown)
        order = [r for r in view.state.store.doubtful_rows() if r in shown]
        if not order:
            self.say("every row shown is confirmed or corrected")
            return
        row = view.cursor_row
        at = order.index(row) + 1 if row in order else 0
        view.move_to_row(order[at % len(order)])
        # Say which version the aligner doubts, and bring it beside the pivot: in the
        # two-column layout the row showed the pivot and another language, often both empty.
        confidence = getattr(view.aligned.rows[order[at % len(order)]], "confidence", None)
        pivot = view.languages[0]
        doubted = sorted(
            (value, view.languages.index(lang))
            for lang, value in (confidence or {}).items()
            if lang != pivot and lang in view.languages
        )
        if doubted:
            value, index = doubted[0]
            view.focus_lang = index
            view.refresh()
            self.refresh_panels()
            self.say(f"row {view.cursor_row + 1}: {view.languages[index]} least sure ({value:.2f})")

    def show_doubtful(self, only: bool) -> None:
        """Show only the doubtful rows (unconfirmed, confidence under one half), or all."""
        view = self.view
        view.only_rows = (
            frozenset(view.state.store.doubtful_rows(doubtful_only=True)) if only else None
        )
        view.set_filter()
        self.refresh_panels()

    def _history(self, redo: bool) -> None:
        view = self.view
        result: list[tuple[bool, object]] = []
        if not self._edit(
            lambda: result.append(view.state.redo() if redo else view.state.undo()), None
        ):
            return
        done, key = result[0]
        if not done:
            self.say(f"nothing to {'redo' if redo else 'undo'}")
            return
        row = key[0] if isinstance(key, tuple) else key
        if row is None:  # an orphan edit, or history from before a reload: redraw all
            self.reload()
            return
        view.refresh_row(row)
        view.move_to_row(row)
        self.refresh_panels()

    def do_undo(self) -> None:
        self._history(redo=False)

    def do_redo(self) -> None:
        self._history(redo=True)

    def do_save(self) -> None:
        self.app.save_now()

    def do_export(self) -> None:
        def chosen(result) -> None:
            if result is None:
                return
            fmt, path, *rows = result
            try:
                self.say(self.app.export_to(fmt, path, *rows))
            except (AnnotationFileError, OSError, ValueError) as error:
                self.app.notify(sanitize(str(error)), severity="error", timeout=10, markup=False)

        self.app.push_screen(ExportScreen(self.app.export_folder()), chosen)

    def show_orphans(self) -> None:
        """The orphans of this group, to adopt on the cursor row or discard."""
        view = self.view
        state = view.state
        row = view.cursor_row

        def adopt(index: int) -> str:
            if row is None:
                return "no row under the cursor"
            if state.status(row) is not None:
                return f"row {row + 1} already has an annotation; pick an empty row first"
            if self._edit(lambda: state.adopt_orphan(index, row), row):
                return f"attached to row {row + 1}"
            return "not attached"

        def discard(index: int) -> str:
            return (
                "discarded (undo brings it back)"
                if self._edit(lambda: state.discard_orphan(index), None)
                else "not discarded"
            )

        label = f"row {row + 1}" if row is not None else "the cursor row"
        self.app.push_screen(
            OrphanScreen(
                lambda: state.store.orphans, view.aligned.group.pivot, label, adopt, discard
            )
        )

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
        self.app.push_screen(HelpScreen(self.app.keymap, self.view.checks))

    def do_quit(self) -> None:
        self.app.request_quit()

    # filters offered by the command palette
    def show_only(self, check: str | None) -> None:
        self.view.set_filter(only_check=check)
        self.refresh_panels()

    def go_to_group(self, group: Group) -> None:
        self.open_unit(self.app.units().index(group))

    def current(self) -> AlignedGroup | None:
        return self.view.aligned
