"""The review app: one screen of aligned rows, a few dialogs, and the reviewer's state.

The app only shows and edits: alignment and checks come from `Corpus.aligned`; what the
reviewer records goes into one `ReviewState` per aligned group (the annotation store takes
its place in round 2).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
from collections.abc import Callable, Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from reviewer.core.keymap import ACTIONS, Keymap, load_keymap
from reviewer.core.model import Group
from reviewer.core.sanitize import sanitize
from reviewer.core.session import AlignedGroup, Corpus
from reviewer.tui.review_state import Reviewing, ReviewState
from reviewer.tui.screens.review import ReviewScreen


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
        state_factory: Callable[[AlignedGroup], Reviewing] | None = None,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.keymap = keymap or load_keymap()
        self.reviewer = reviewer
        self._state_factory = state_factory
        self._states: dict[tuple[str, str], Reviewing] = {}
        self._units: list[Group] | None = None
        self._signals: list[int] = []
        self.theme = "textual-dark"

    def on_mount(self) -> None:
        self.set_keymap(self.keymap.overrides)
        self.push_screen(ReviewScreen())
        if self.corpus.problems:
            count = len(self.corpus.problems)
            self.notify(
                sanitize(
                    f"{count} file(s) skipped, listed when you quit: {self.corpus.problems[0]}"
                ),
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

    def on_unmount(self) -> None:
        loop = asyncio.get_running_loop()
        for number in self._signals:
            loop.remove_signal_handler(number)
        self._signals.clear()

    def _terminate(self) -> None:
        self.save_all()
        self.exit()

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

    def unit_labels(self) -> list[str]:
        labels = []
        for group in self.units():
            files = ", ".join(
                f"{lang}: {self.corpus.documents[group.members[lang]].path}"
                for lang in group.languages
            )
            kind = "group" if len(group.members) > 1 else "alone"
            labels.append(f"{kind} {group.id} · {files}")
        return labels

    def state_for(self, aligned: AlignedGroup) -> Reviewing:
        """The reviewer's state for `aligned` (one per group and pivot, for now)."""
        key = (aligned.group.id, aligned.group.pivot)
        if key not in self._states:
            factory = self._state_factory or (lambda a: ReviewState(a.group.id, self.reviewer))
            self._states[key] = factory(aligned)
        return self._states[key]

    def save_all(self) -> str:
        messages = [state.save() for state in self._states.values()]
        return messages[-1] if messages else "nothing to save"

    async def action_quit(self) -> None:
        """Quit by any key (ctrl+q too), saving first."""
        self.save_all()
        self.exit()

    # ---- command palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReviewScreen):
            return
        for action, description in ACTIONS:
            keys = self.keymap.keys_of(action)
            yield SystemCommand(
                f"{description.capitalize()} ({action})",
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
