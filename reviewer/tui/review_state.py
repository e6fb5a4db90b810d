"""What the reviewer has done to one aligned group: the app's side of the annotation store.

Every annotation action of the app goes through one `ReviewState`, which wraps one
`AnnotationStore` (docs/annotations.md, "The store, for the app"). It adds what the screen
needs and the store does not know: which row an undo touched (to move the cursor there),
whether the store may be saved at all (`persistent`), and a read-only mode for when another
instance holds the annotation folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reviewer.core.annotations import AnnotationStore
from reviewer.core.model import ErrorNote
from reviewer.core.session import AlignedGroup

__all__ = ["ErrorNote", "ReadOnlyError", "ReviewState", "Reviewing"]


class ReadOnlyError(Exception):
    """An edit was asked of a state opened read-only; `str()` says why, for the reviewer."""


class ReviewState:
    """One group's annotations, edited by row index of the `AlignedGroup` shown.

    `persistent` states save to the store's file; others (tests, `ReviewerApp` without an
    annotation folder) live in memory only. `read_only` is the reason edits are refused, or None.
    """

    def __init__(
        self, store: AnnotationStore, *, persistent: bool = True, read_only: str | None = None
    ) -> None:
        self.store = store
        self.persistent = persistent
        self.read_only = read_only
        self._undo_keys: list[object] = []  # row or (row, lang) of each undoable edit
        self._redo_keys: list[object] = []

    @classmethod
    def in_memory(cls, aligned: AlignedGroup, reviewer: str = "") -> ReviewState:
        """A state that is never written (no folder, no lock)."""
        store = AnnotationStore(aligned, Path("<memory>"), reviewer=reviewer)
        return cls(store, persistent=False)

    # reading --------------------------------------------------------------------------------

    @property
    def aligned(self) -> AlignedGroup:
        return self.store.aligned

    @property
    def reviewer(self) -> str:
        return self.store.reviewer

    @property
    def dirty(self) -> bool:
        return self.persistent and self.read_only is None and self.store.dirty

    def status(self, row: int) -> str | None:
        return self.store.status(row)

    def errors(self, row: int) -> tuple[ErrorNote, ...]:
        return self.store.errors(row)

    def boilerplate_override(self, row: int, lang: str) -> str | None:
        """The reviewer's kind for a cell ("none": unmarked), or None when it is automatic."""
        store = self.store
        ordinals = store.aligned.rows[row].cells.get(lang, ())
        segments = store.aligned.segments[lang]
        if all(store.segment_boilerplate(lang, o) == segments[o].boilerplate for o in ordinals):
            return None
        return store.boilerplate(row, lang) or "none"

    def is_boilerplate(self, row: int, lang: str) -> bool:
        return self.store.boilerplate(row, lang) is not None

    def reviewed(self) -> int:
        return len(self.store.annotated_rows())

    def reviewed_rows(self) -> Iterable[int]:
        """Rows that have an annotation."""
        return self.store.annotated_rows()

    # editing: each call is one undoable step ---------------------------------------------

    def _editable(self) -> None:
        if self.read_only is not None:
            raise ReadOnlyError(self.read_only)

    def _did(self, key: object) -> None:
        self._undo_keys.append(key)
        self._redo_keys.clear()

    def dismissed(self, row: int) -> set[tuple[str, str]]:
        """(language, check) of the row's findings judged false alarms."""
        return self.store.dismissed(row)

    def set_status(self, row: int, status: str) -> str:
        """Set the row's status; returns the status it has now.

        A row with recorded errors is not `ok`: marking it ok keeps it `issue` (its errors are
        deleted first, with error.edit), so the file never holds an ok row with errors."""
        self._editable()
        if status == "ok" and self.store.errors(row):
            status = "issue"
            if self.store.status(row) == status:
                return status
        self.store.set_status(row, status)
        self._did(row)
        return status

    def dismiss(self, row: int, lang: str, check: str, *, dismissed: bool = True) -> None:
        """Judge a finding a false alarm (or take that back); one undoable step."""
        self._editable()
        before = self.store.revision
        self.store.dismiss(row, lang, check, dismissed=dismissed)
        if self.store.revision != before:
            self._did(row)

    def replace_error(self, row: int, index: int, error: ErrorNote) -> None:
        self._editable()
        self.store.replace_error(row, index, error)
        self._did(row)

    def remove_error(self, row: int, index: int) -> None:
        self._editable()
        self.store.remove_error(row, index)
        self._did(row)

    def add_error(self, row: int, error: ErrorNote) -> None:
        """Record an error; the row becomes `issue` unless it is `reject`."""
        self._editable()
        self.store.add_error(
            row, error.lang, error.category, error.severity, error.note, span=error.span
        )
        self._did(row)

    def set_boilerplate(self, row: int, lang: str, kind: str | None) -> None:
        """Mark the cell as boilerplate `kind`, "none" (article text), None (automatic)."""
        self._editable()
        before = self.store.revision
        self.store.set_boilerplate(row, lang, kind)
        if self.store.revision != before:  # no step when nothing changed
            self._did((row, lang))

    def correct(self, action: str, row: int, lang: str) -> int:
        """Correct the alignment at `row` (corrections.py); the row the cursor goes to."""
        self._editable()
        cursor = self.store.correct(action, row, lang)
        self._did(None)  # rows changed: undo redraws them all
        return cursor

    def alignment_state(self, row: int) -> str:
        return self.store.alignment_state(row)

    def adopt_orphan(self, index: int, row: int) -> None:
        self._editable()
        self.store.adopt_orphan(index, row)
        self._did(row)

    def discard_orphan(self, index: int) -> None:
        self._editable()
        self.store.discard_orphan(index)
        self._did(None)

    def undo(self) -> tuple[bool, object]:
        """(done, the row or (row, lang) it touched, None if unknown)."""
        self._editable()
        if not self.store.undo():
            self._undo_keys.clear()
            return False, None
        key = self._undo_keys.pop() if self._undo_keys else None
        self._redo_keys.append(key)
        return True, key

    def redo(self) -> tuple[bool, object]:
        self._editable()
        if not self.store.redo():
            self._redo_keys.clear()
            return False, None
        key = self._redo_keys.pop() if self._redo_keys else None
        self._undo_keys.append(key)
        return True, key

    def realign(self, aligned: AlignedGroup) -> None:
        """Show the same annotations on another alignment (pivot.set); clears undo."""
        self.store.realign(aligned)
        self._undo_keys.clear()
        self._redo_keys.clear()

    def forget_history(self) -> None:
        """After the store replaced its state (conflict resolved, reloaded)."""
        self._undo_keys.clear()
        self._redo_keys.clear()


Reviewing = ReviewState  # the name of the seam in docs/app.md (`state_factory` returns one)
