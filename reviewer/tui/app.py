"""The review app: one screen of aligned rows, a few dialogs, and the reviewer's state.

The app only shows and edits: alignment and checks come from `Corpus.aligned`; what the
reviewer records goes into one `ReviewState` (an `AnnotationStore`) per group. Every change
is saved soon after it is made, in a worker thread, and nothing is dropped without the
reviewer being told: write errors keep the annotations in memory, a file changed on disk
asks before it is overwritten, a second instance on one folder opens read-only.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import signal
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.timer import Timer

from reviewer.core import export as exporting
from reviewer.core import persistence, triage
from reviewer.core.annotations import AnnotationStore
from reviewer.core.attaching import load_folder_file
from reviewer.core.keymap import ACTIONS, Keymap, display_key, load_keymap
from reviewer.core.model import Group
from reviewer.core.persistence import (
    AnnotationFileError,
    ConflictError,
    LockedError,
    SaveError,
    SchemaError,
)
from reviewer.core.sanitize import sanitize
from reviewer.core.session import AlignedGroup, Corpus
from reviewer.tui import terminal_cells
from reviewer.tui.computing import Computations
from reviewer.tui.review_state import ReviewState
from reviewer.tui.screens.annotating import ConflictScreen, QuitAnywayScreen
from reviewer.tui.screens.review import ReviewScreen

SAVE_DELAY = 0.5  # seconds after the last change before it is written (debounce)
TRIAGE_NOW = 40  # groups summed up before the app opens; more are summed up in a thread
# Sentences in a group (all its versions) above which it is aligned and checked in a thread
# while its first screen is shown (4 x 5,000 took 7 s before its first screen, issue 13).
OPEN_NOW = 1000


class CorpusCounts(NamedTuple):
    rows: int
    reviewed: int
    left: int


def _summarize(store: AnnotationStore) -> triage.GroupSummary:
    aligned = store.aligned
    dismissed = {r: store.dismissed(r) for r, f in enumerate(aligned.findings) if f}
    return triage.summarize(aligned, store.annotated_rows(), dismissed)


class ReviewerApp(App[None]):
    """Review the translation groups of a corpus side by side."""

    CSS_PATH = "reviewer.tcss"
    TITLE = "reviewer"

    def __init__(
        self,
        corpus: Corpus,
        *,
        keymap: Keymap | None = None,
        reviewer: str = "",
        annotations: str | Path | None = None,
        state_factory: Callable[[AlignedGroup], ReviewState] | None = None,
        save_delay: float = SAVE_DELAY,
    ) -> None:
        """`annotations`: the folder of the annotation files; None keeps them in memory only
        (tests, benchmarks). `reviewer`: the name recorded with each annotation."""
        terminal_cells.count_spacing_marks()
        super().__init__()
        self.corpus = corpus
        self.keymap = keymap or load_keymap()
        self.reviewer = reviewer
        self.annotations = Path(annotations) if annotations is not None else None
        self.save_delay = save_delay
        self.read_only: str | None = None  # why the folder could not be locked, if so
        self.save_error: str | None = None  # the last save's error, until a save succeeds
        self._state_factory = state_factory
        self._states: dict[str, ReviewState] = {}  # by group id, whatever the pivot
        self._notices_shown: dict[str, int] = {}
        self._units: list[Group] | None = None
        self._summaries: dict[str, triage.GroupSummary] | None = None
        self._live: dict[str, tuple[tuple, triage.GroupSummary]] = {}
        self._signals: list[int] = []
        self._save_timer: Timer | None = None
        self._saving = False
        self._save_again = False
        self._quitting = False
        self._asking = False  # a conflict or quit dialog is open
        self.theme = "textual-dark"
        # Large groups are aligned and checked in a process of the app's own (computing.py),
        # forked now, before Textual starts its threads.
        self.computations = Computations(corpus)
        if any(self.computes_later(g) and not corpus.is_aligned(g) for g in self.units()):
            self.computations.start()

    def on_mount(self) -> None:
        self.computations.attach(asyncio.get_running_loop())
        self.set_keymap(self.keymap.overrides)
        self.start_triage()
        self.push_screen(ReviewScreen())
        if self.corpus.problems:
            from reviewer.core.loading import problem_counts, problem_lines

            first = problem_lines(self.corpus.problems)[0]
            self.notify(
                sanitize(f"{problem_counts(self.corpus.problems)}, listed when you quit: {first}"),
                severity="warning",
                timeout=8,
                markup=False,
            )
        # The corpus and the first group's cells are long-lived: keep them out of every
        # collection, which cut the worst key-press pause from 87 to 19 ms (DESIGN.md).
        self.call_after_refresh(gc.freeze)
        # SIGTERM (kill, a session ending) and SIGHUP (the terminal closed) quit as the quit
        # key does: save, then give the terminal back. Without this the process died with the
        # terminal left in the app's modes (alternate screen, mouse reporting, hidden cursor).
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self._terminate)
                    self._signals.append(number)

    def _remove_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for number in self._signals:
            loop.remove_signal_handler(number)
        self._signals.clear()

    def _terminate(self) -> None:
        """SIGTERM or SIGHUP: no dialog can be answered now; save what can be saved and quit
        (a save that fails is tried again and reported by the command line after the app)."""
        self.last_chance_save()
        self.finish()

    # ---- what can be reviewed -------------------------------------------------------------

    def units(self) -> list[Group]:
        """Translation groups, then every document in no group as a group of its own."""
        if self._units is None:
            units = list(self.corpus.groups)
            grouped = {i for group in self.corpus.groups for i in group.members.values()}
            for index, document in enumerate(self.corpus.documents):
                if index not in grouped:
                    units.append(
                        Group(f"doc-{document.path}", document.lang, {document.lang: index})
                    )
            self._units = units
        return self._units

    def computes_later(self, group: Group) -> bool:
        """Whether `group` is aligned and checked in a thread: large enough (OPEN_NOW), or any
        group with the semantic referee on (`--semantic`: its model takes seconds to load)."""
        if self.corpus.align_options.semantic:
            return True
        return sum(len(self.corpus.segments[i]) for i in group.members.values()) > OPEN_NOW

    # ---- triage: what is left to do, over the corpus ----------------------------------------

    def summary(self, group: Group) -> triage.GroupSummary:
        """What is left to review in `group`: live for a group opened in this session, else
        from its annotation file (read-only), else as if nothing was reviewed."""
        state = self._states.get(group.id)
        if state is not None:
            return self._live_summary(state)
        store = self._read_store(group)
        if store is not None:
            return _summarize(store)
        return triage.summarize(self.corpus.aligned(group))

    def _read_store(self, group: Group) -> AnnotationStore | None:
        if self.annotations is None:
            return None
        file = load_folder_file(self.annotations, group.id)
        if file is None:
            return None
        pivot = file.pivot if file.pivot in group.members else group.pivot
        try:
            return AnnotationStore.open(
                self.corpus.aligned(group, pivot), self.annotations, reviewer="", lock=False
            )
        except AnnotationFileError:
            return None

    def start_triage(self) -> None:
        """Sum up every group: now for a small corpus, else in a worker thread (the status
        line shows corpus counts once it is done)."""
        groups = [g for g in self.units() if len(g.members) > 1]
        if len(groups) <= TRIAGE_NOW and not any(
            self.computes_later(g) and not self.corpus.is_aligned(g) for g in groups
        ):
            self._summaries = {g.id: self.summary(g) for g in groups}
            return

        def work() -> None:
            with contextlib.suppress(RuntimeError):  # the app has stopped
                for group in groups:  # large groups: computed in the app's process, waited for
                    if self.computes_later(group) and not self.corpus.is_aligned(group):
                        job = self.call_from_thread(self.computations.request, group)
                        if job is not None:
                            job.done.wait()
                            if job.failed and self.computations.stopped:
                                return  # the app is quitting: no summary is needed now
                summaries = {g.id: self.summary(g) for g in groups}
                self.call_from_thread(self._triaged, summaries)

        self.run_worker(work, thread=True, group="triage", exit_on_error=False)

    def _triaged(self, summaries: dict[str, triage.GroupSummary]) -> None:
        self._summaries = summaries
        self._refresh_status()

    def summaries(self) -> list[triage.GroupSummary] | None:
        """Every group's summary (groups opened in this session: as they are now), or None
        while they are still being computed."""
        if self._summaries is None:
            return None
        return [
            self._live_summary(self._states[key]) if key in self._states else summary
            for key, summary in self._summaries.items()
        ]

    def _live_summary(self, state: ReviewState) -> triage.GroupSummary:
        """A group's summary, computed again only after its annotations changed."""
        store = state.store
        key = (store.revision, store.aligned)
        cached = self._live.get(store.aligned.group.id)
        if cached is None or cached[0][0] != key[0] or cached[0][1] is not key[1]:
            cached = (key, _summarize(store))
            self._live[store.aligned.group.id] = cached
        return cached[1]

    def corpus_counts(self) -> CorpusCounts | None:
        """Rows, rows reviewed and findings left over every group (None while computing)."""
        if self._summaries is None or len(self._summaries) < 2:
            return None  # one group: the status line already says it
        summaries = self.summaries()
        return CorpusCounts(
            sum(s.rows for s in summaries),
            sum(s.reviewed for s in summaries),
            sum(s.findings_left for s in summaries),
        )

    def unit_labels(self) -> list[str]:
        labels = []
        for group in self.units():
            files = ", ".join(
                f"{lang}: {self.corpus.documents[group.members[lang]].path}"
                for lang in group.languages
            )
            kind = "group" if len(group.members) > 1 else "alone"
            label = f"{kind} {group.id} · {files}"
            (first,) = list(group.members.values())[:1]
            twin = self.corpus.second_versions.get(first) if kind == "alone" else None
            if twin is not None:  # left out: its group has its language (second_versions.py)
                label += f" · a second version of {self.corpus.documents[twin].path}"
            labels.append(label)
        return labels

    def state_for(self, aligned: AlignedGroup) -> ReviewState:
        """The reviewer's state for `aligned`: one per group, realigned when the pivot changes
        (its annotations follow their sentences)."""
        key = aligned.group.id
        state = self._states.get(key)
        if state is None:
            state = self._open_state(aligned)
            self._states[key] = state
        elif state.store.base is not aligned:
            state.realign(aligned)
        self.show_notices(state)
        return state

    def _go_read_only(self, status: str, error: Exception, title: str) -> None:
        """Record nothing from now on, and say why (the status line keeps saying it)."""
        self.read_only = status
        self.notify(
            sanitize(f"Opened READ-ONLY. {error}"),
            title=title,
            severity="error",
            timeout=30,
            markup=False,
        )

    def _open_state(self, aligned: AlignedGroup) -> ReviewState:
        if self._state_factory is not None:
            return self._state_factory(aligned)
        if self.annotations is None:
            return ReviewState.in_memory(aligned, self.reviewer)
        if self.read_only is None:
            try:
                store = AnnotationStore.open(aligned, self.annotations, reviewer=self.reviewer)
                return ReviewState(store)
            except LockedError as error:
                self._go_read_only(
                    f"read-only: another reviewer (process {error.pid} on {error.host}) has "
                    "this annotation folder open; nothing is recorded",
                    error,
                    "Annotation folder in use",
                )
            except SaveError as error:
                # The folder cannot be locked (read-only file system, full disk): its files
                # can still be read, so show them, read-only, rather than hide them.
                self._go_read_only(f"read-only: {error}", error, "Annotation folder not writable")
            except SchemaError as error:
                return self._unreadable(aligned, error)
        try:
            store = AnnotationStore.open(aligned, self.annotations, reviewer="", lock=False)
        except AnnotationFileError as error:
            return self._unreadable(aligned, error)
        return ReviewState(store, read_only=self.read_only)

    def _unreadable(self, aligned: AlignedGroup, error: Exception) -> ReviewState:
        """A group whose file cannot be used: shown without annotations, never written."""
        self.notify(sanitize(str(error)), severity="error", timeout=30, markup=False)
        state = ReviewState.in_memory(aligned, self.reviewer)
        state.read_only = f"read-only: {error}"
        return state

    def show_notices(self, state: ReviewState) -> None:
        """The store's sentences not shown yet: files set aside, orphans, changed documents."""
        key = state.aligned.group.id
        notices = state.store.notices
        for notice in notices[self._notices_shown.get(key, 0) :]:
            self.notify(sanitize(notice), severity="warning", timeout=15, markup=False)
        self._notices_shown[key] = len(notices)

    def states(self) -> list[ReviewState]:
        return list(self._states.values())

    # ---- saving ---------------------------------------------------------------------------

    def save_label(self) -> str:
        """saved / unsaved / saving / the error, for the status line."""
        states = self.states()
        if self.read_only:
            return "READ-ONLY"
        if states and not any(s.persistent for s in states):
            return "in memory"
        if self.save_error and any(s.dirty for s in states):
            return "NOT SAVED (error)"
        if self._saving:
            return "saving…"
        return "unsaved" if any(s.dirty for s in states) else "saved"

    def changed(self) -> None:
        """An edit was made: save it once the reviewer pauses (SAVE_DELAY)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.save_delay, self.save_now)
        self._refresh_status()

    def save_now(self) -> None:
        """Write every changed group, in a worker thread; the outcome comes to `_saved`."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self._saving:
            self._save_again = True
            return
        if self._asking:  # a conflict or a failed quit is being decided: saved after that
            self._refresh_status()
            return
        dirty = [state for state in self.states() if state.dirty]
        if not dirty:
            self._saved([])
            return
        self._saving = True
        self._refresh_status()
        self.run_worker(
            partial(self._save_in_thread, dirty), thread=True, group="save", exit_on_error=False
        )

    def _save_in_thread(self, states: list[ReviewState]) -> None:
        problems: list[tuple[ReviewState, Exception]] = []
        for state in states:
            try:
                state.store.save()
            except Exception as error:  # whatever it is, the reviewer is told, and saving goes on
                problems.append((state, error))
        try:
            self.call_from_thread(self._saved, problems)
        except RuntimeError:  # the app has already stopped
            pass

    def _saved(self, problems: list[tuple[ReviewState, Exception]]) -> None:
        self._saving = False
        conflicts = [(s, e) for s, e in problems if isinstance(e, ConflictError)]
        errors = [e for _, e in problems if not isinstance(e, ConflictError)]
        self.save_error = str(errors[0]) if errors else None
        for error in errors:
            self.notify(
                sanitize(str(error)), title="Not saved", severity="error", timeout=15, markup=False
            )
        if conflicts and not self._asking:
            state, conflict = conflicts[0]
            self._ask_conflict(state, conflict)
        elif self._save_again:
            self._save_again = False
            self.save_now()
            return
        elif self._quitting and not conflicts:
            if errors:
                self._ask_quit_anyway(str(errors[0]))
            else:
                self.finish()
        self._refresh_status()

    def _ask_conflict(self, state: ReviewState, conflict: ConflictError) -> None:
        self._asking = True

        def chosen(keep: str | None) -> None:
            self._asking = False
            if keep is None:  # decide later: stays unsaved, asked again on the next save
                self._quitting = False
                self.save_error = "the file changed on disk; not saved yet"
                self._refresh_status()
                return
            try:
                state.store.resolve_conflict(conflict, keep=keep)
                self.save_error = None
            except ConflictError as again:
                self._ask_conflict(state, again)
                return
            except (AnnotationFileError, OSError) as error:
                self.save_error = str(error)
                self.notify(sanitize(str(error)), severity="error", timeout=15, markup=False)
            state.forget_history()
            self.show_notices(state)
            screen = self.review_screen()
            if screen is not None and screen.view.state is state:
                screen.reload()
            if self._quitting or any(s.dirty for s in self.states()):
                self.save_now()  # what was edited while the dialog was open, and the quit
            self._refresh_status()

        self.push_screen(ConflictScreen(str(conflict)), chosen)

    def _ask_quit_anyway(self, message: str) -> None:
        self._asking = True

        def chosen(quit_anyway: bool | None) -> None:
            self._asking = False
            self._quitting = False
            if quit_anyway:
                self.finish()
            else:  # stay: saved again on the next change or ctrl+s
                self._refresh_status()

        self.push_screen(QuitAnywayScreen(message), chosen)

    def request_quit(self) -> None:
        """Save, and quit only when that worked (or the reviewer says to quit anyway)."""
        if self._asking:
            return
        self._quitting = True
        self.save_now()

    def finish(self) -> None:
        self.close_stores()
        self.exit()

    def last_chance_save(self) -> list[str]:
        """After the app stopped some other way than `quit` (a crash, a signal): write what is
        still unsaved. Returns the errors, as sentences to print."""
        problems = []
        for state in self.states():
            if state.dirty:
                try:
                    state.store.save()
                except Exception as error:  # noqa: BLE001 - told, never raised at exit
                    problems.append(str(error))
        return problems

    def close_stores(self) -> None:
        """Release the folder lock (the stores stay readable)."""
        for state in self.states():
            state.store.close()

    def on_unmount(self) -> None:
        self.computations.close()
        self.close_stores()
        self._remove_signal_handlers()

    async def action_quit(self) -> None:
        """Quit by any key (ctrl+q too), saving first."""
        self.request_quit()

    def review_screen(self) -> ReviewScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        return None

    def _refresh_status(self) -> None:
        screen = self.review_screen()
        if screen is not None and screen.is_mounted:
            screen.refresh_panels()

    # ---- export ---------------------------------------------------------------------------

    def export_folder(self) -> Path:
        """Where exports go by default: beside the annotation folder."""
        return self.annotations.parent if self.annotations is not None else Path.cwd()

    def export_to(self, fmt: str, path: Path, alignment: str = "all") -> str:
        """Write every group's annotations (the ones being edited as they are in memory) to
        `path` in `fmt`, atomically (`alignment="confirmed"`: only rows the reviewer confirmed
        or corrected); returns a sentence for the reviewer."""
        stores = []
        for group in self.units():
            state = self._states.get(group.id)
            if state is not None:
                stores.append(state.store)
            elif self.annotations is not None and (
                group in self.corpus.groups
                or (self.annotations / persistence.file_name(group.id)).exists()
            ):  # groups not opened in this session, and lone documents annotated earlier
                file = load_folder_file(self.annotations, group.id)
                pivot = file.pivot if file and file.pivot in group.members else group.pivot
                aligned = self.corpus.aligned(group, pivot)
                stores.append(
                    AnnotationStore.open(aligned, self.annotations, reviewer="", lock=False)
                )
        text = exporting.export(stores, fmt, alignment=alignment)
        if self.is_web:  # in a browser (reviewer serve): a download, not a file on the server
            self.deliver_text(io.StringIO(text), save_filename=path.name, encoding="utf-8")
            return f"exported {len(stores)} group(s) as {fmt}: downloading {path.name}"
        persistence.write_atomic(path, text.encode("utf-8"))
        return f"exported {len(stores)} group(s) as {fmt} to {path}"

    # ---- command palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReviewScreen):
            return
        for action, description in ACTIONS:
            keys = " ".join(display_key(key) for key in self.keymap.keys.get(action, ()))
            yield SystemCommand(
                f"{description[0].upper()}{description[1:]} ({action})",
                f"keys: {keys}",
                lambda action=action: screen.action_review(action),
            )
        for group in self.units():
            yield SystemCommand(
                sanitize(f"Go to group {group.id}"),
                sanitize(", ".join(group.languages)),
                lambda group=group: screen.go_to_group(group),
                discover=False,
            )
        aligned = screen.current()
        if aligned is not None:
            orphans = len(screen.view.state.store.orphans)
            yield SystemCommand(
                f"Orphans: annotations that found no row ({orphans})",
                "adopt one on the cursor row, or discard it",
                screen.show_orphans,
            )
            checks = sorted({f.check for row in aligned.findings for f in row})
            for check in checks:
                yield SystemCommand(
                    f"Show only rows with finding {check}",
                    "filter the rows of this group",
                    lambda check=check: screen.show_only(check),
                )
            if screen.view.only_check:
                yield SystemCommand(
                    "Show all rows", "remove the finding filter", lambda: screen.show_only(None)
                )
            if screen.view.only_rows is None:
                yield SystemCommand(
                    "Show only doubtful rows",
                    "alignment not confirmed, and the aligner unsure",
                    lambda: screen.show_doubtful(True),
                )
            else:
                yield SystemCommand(
                    "Show all rows (not only doubtful)",
                    "remove the doubtful-rows filter",
                    lambda: screen.show_doubtful(False),
                )
