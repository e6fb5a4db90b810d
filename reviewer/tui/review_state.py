"""What the reviewer has done to one aligned group, in memory, with undo and redo.

Every annotation action of the app goes through this one small object, so that the
persistent annotation store can take its place without touching the widgets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from reviewer.core.model import STATUSES

# Kind given to a cell a reviewer marks as boilerplate by hand.
MANUAL_BOILERPLATE_KIND = "caption"


@dataclass(frozen=True)
class ErrorNote:
    """One error a reviewer recorded in one language of a row."""

    lang: str
    category: str
    severity: str
    note: str = ""
    span: tuple[int, int] | None = None


class Reviewing(Protocol):
    """What the app asks of the reviewer's state: the seam the annotation store plugs into.

    Rows are indices into the `AlignedGroup` the state was made for (`ReviewerApp`'s
    `state_factory(aligned)`); a store that keeps anchors maps them itself.
    """

    dirty: bool

    def status(self, row: int) -> str | None: ...
    def set_status(self, row: int, status: str | None) -> None: ...
    def add_error(self, row: int, error: ErrorNote) -> None: ...
    def boilerplate_override(self, row: int, lang: str) -> str | None: ...
    def toggle_boilerplate(self, row: int, lang: str, *, currently: bool) -> str: ...
    def reviewed(self) -> int: ...
    def reviewed_rows(self) -> Iterable[int]: ...
    def undo(self) -> object | None: ...
    def redo(self) -> object | None: ...
    def save(self) -> str: ...
    def export(self) -> str: ...


@dataclass(frozen=True)
class _Edit:
    table: str  # "status", "errors" or "boilerplate"
    key: object
    before: object
    after: object


@dataclass
class ReviewState:
    """Row statuses, error notes and boilerplate overrides of one group, keyed by row index."""

    group_id: str
    reviewer: str = ""
    statuses: dict[int, str] = field(default_factory=dict)
    errors: dict[int, tuple[ErrorNote, ...]] = field(default_factory=dict)
    boilerplate: dict[tuple[int, str], str] = field(default_factory=dict)
    _undo: list[_Edit] = field(default_factory=list, repr=False)
    _redo: list[_Edit] = field(default_factory=list, repr=False)
    dirty: bool = False

    def status(self, row: int) -> str | None:
        return self.statuses.get(row)

    def set_status(self, row: int, status: str | None) -> None:
        """Set (or clear, with None) the status of `row`."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._apply(_Edit("status", row, self.statuses.get(row), status))

    def add_error(self, row: int, error: ErrorNote) -> None:
        """Record an error in `row`; the row's status becomes `issue` unless already set."""
        before = self.errors.get(row, ())
        self._apply(_Edit("errors", row, before, (*before, error)))

    def boilerplate_override(self, row: int, lang: str) -> str | None:
        """The reviewer's boilerplate kind for a cell, "none" for unmarked, None if untouched."""
        return self.boilerplate.get((row, lang))

    def toggle_boilerplate(self, row: int, lang: str, *, currently: bool) -> str:
        """Mark the cell as boilerplate if it is not (shown as `currently`), else unmark it."""
        after = "none" if currently else MANUAL_BOILERPLATE_KIND
        self._apply(_Edit("boilerplate", (row, lang), self.boilerplate.get((row, lang)), after))
        return after

    def reviewed(self) -> int:
        return len(self.statuses)

    def reviewed_rows(self) -> Iterable[int]:
        """Rows that have a status."""
        return self.statuses.keys()

    def undo(self) -> object | None:
        """Undo the last edit; returns its key (a row, or (row, lang)), or None if none."""
        if not self._undo:
            return None
        edit = self._undo.pop()
        self._set(edit.table, edit.key, edit.before)
        self._redo.append(edit)
        return edit.key

    def redo(self) -> object | None:
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._set(edit.table, edit.key, edit.after)
        self._undo.append(edit)
        return edit.key

    def save(self) -> str:
        """Write the annotations; in memory only until the annotation store arrives."""
        self.dirty = False
        return f"{self.reviewed()} rows reviewed (kept in memory: no annotation store yet)"

    def export(self) -> str:
        return "export needs the annotation store (round 2); nothing written"

    def _apply(self, edit: _Edit) -> None:
        self._set(edit.table, edit.key, edit.after)
        self._undo.append(edit)
        self._redo.clear()

    def _set(self, table: str, key: object, value: object) -> None:
        target: dict = getattr(self, {"status": "statuses"}.get(table, table))
        if value is None or value == ():
            target.pop(key, None)
        else:
            target[key] = value
        self.dirty = True
