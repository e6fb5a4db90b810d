"""What reviewers record about rows, kept across realignments, edits and restarts.

An `AnnotationStore` holds one translation group's annotations against one alignment
(`AlignedGroup`). Each edit is undoable. Annotations are tied to rows by an anchor (the row's
first pivot segment: language, ordinal, hash of its normalised text) and a snapshot of the
row's text, so that after a realignment, another pivot or an edited document they find their
row again (attaching.py); those that cannot are kept as orphans and written back unchanged
(docs/annotations.md, "Re-attachment"). The store also holds the reviewer's corrections of the
alignment (corrections.py): `store.aligned` is the aligner's rows (`store.base`) with them
applied, and each correction is one undoable step like any edit.
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from reviewer.core import corrections, dismissals, persistence
from reviewer.core.attaching import (
    ATTACH_THRESHOLD,
    apply_corrections,
    attach,
    attach_overrides,
    corrector,
    make_anchor,
    parse_anchor,
    row_anchor,
    row_texts,
)
from reviewer.core.corrections import Alignment, Corrector
from reviewer.core.dismissals import Dismissal
from reviewer.core.model import (
    BOILERPLATE_KINDS,
    ERROR_CATEGORIES,
    ERROR_SEVERITIES,
    STATUSES,
    AlignmentRecord,
    Annotation,
    BoilerplateOverride,
    ErrorNote,
    cell_text,
)
from reviewer.core.persistence import (
    AnnotationFile,
    ConflictError,
    DocumentRef,
    FolderLock,
    SaveError,
    clean_text,
)
from reviewer.core.session import AlignedGroup, with_rows


def reviewer_name(explicit: str | None = None, config: str | None = None) -> str:
    """Who is reviewing: --reviewer, else the config's name, else the login name."""
    for name in (explicit, config):
        if name and name.strip():
            return name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def config_reviewer_name(environ: Mapping[str, str] | None = None) -> str | None:
    """`reviewer = "NAME"` from the user config file (config.py; ConfigError when broken)."""
    from reviewer.core.config import config_reviewer_name as from_config

    return from_config(environ)


# --- the store --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _State:
    """Everything an edit can change; undo and redo swap whole states.

    `aligned` is the alignment shown (the aligner's rows with the reviewer's corrections) and
    `alignment` the state of each of its rows; annotation rows are indices into it."""

    rows: Mapping[int, Annotation]
    overrides: Mapping[tuple[str, int], str]  # (lang, ordinal) -> kind or "none"
    orphans: tuple[Annotation, ...]
    aligned: AlignedGroup
    alignment: Alignment
    alignment_orphans: tuple[AlignmentRecord, ...] = ()
    dismissed: tuple[Dismissal, ...] = ()  # findings judged false alarms, orphans included


class AnnotationStore:
    """One group's annotations against one alignment, with undo/redo and safe saving.

    Open it with `AnnotationStore.open(aligned, folder, reviewer=...)`; close it (or use it as a
    context manager) to release the folder lock. Row numbers are indices into `aligned.rows`.
    """

    def __init__(
        self,
        aligned: AlignedGroup,
        path: Path,
        *,
        reviewer: str,
        lock: FolderLock | None = None,
        threshold: float = ATTACH_THRESHOLD,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.base = aligned  # the aligner's rows; `aligned` has the reviewer's corrections
        self._fixer: Corrector | None = None
        self._fixer_of: AlignedGroup | None = None  # the alignment `_fixer` was made for
        self.path = path
        self.reviewer = reviewer
        self.threshold = threshold
        self.notices: list[str] = []  # sentences for the reviewer: set-aside files, changes
        self.how: dict[int, str] = {}  # row -> how its annotation was re-attached
        self._lock = lock
        self._clock = clock or (lambda: datetime.now(UTC).replace(microsecond=0))
        self._state = self._empty()
        self._orphan_overrides: tuple[BoilerplateOverride, ...] = ()
        self._undo: list[_State] = []
        self._redo: list[_State] = []
        self._revision = 0
        self._saved_revision = 0
        self._base: AnnotationFile | None = None  # as last read from or written to disk
        self._disk_sha: str | None = None  # sha256 of the bytes on disk then (None: no file)
        self._blocked: str | None = None  # why saving is refused (a corrupt file not set aside)
        self._finder: tuple[AlignedGroup, dismissals.RowFinder] | None = None
        self._dismissed_key: tuple | None = None
        self._dismissed_rows: dict[int, set[tuple[str, str]]] = {}
        self._save_lock = threading.RLock()  # one save at a time (the app may save in a worker)

    # opening and closing ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        aligned: AlignedGroup,
        folder: str | Path,
        *,
        reviewer: str,
        lock: bool = True,
        threshold: float = ATTACH_THRESHOLD,
        clock: Callable[[], datetime] | None = None,
    ) -> AnnotationStore:
        """Load `folder/<group id>.toml` (if any) and attach it to `aligned`.

        With `lock` (the app), the folder is locked (LockedError if another live instance holds
        it) and a corrupt file is set aside; without (export), nothing on disk is touched.
        """
        folder = Path(folder)
        folder_lock = FolderLock(folder) if lock else None
        if folder_lock is not None:
            folder_lock.acquire()
        path = folder / persistence.file_name(aligned.group.id)
        store = cls(
            aligned, path, reviewer=reviewer, lock=folder_lock, threshold=threshold, clock=clock
        )
        try:
            if lock:  # only the folder's one writer may touch what a killed save left
                store.notices.extend(persistence.recover_interrupted(path))
            store._load(set_aside=lock)
        except BaseException:
            store.close()
            raise
        return store

    def _load(self, *, set_aside: bool) -> None:
        try:
            result = persistence.read(self.path, set_aside_corrupt=set_aside)
        except OSError as error:  # unreadable, or a corrupt file that could not be moved aside
            self._blocked = f"{self.path} could not be read or set aside ({error})"
            self.notices.append(self._blocked)
            try:
                self._disk_sha = persistence.sha256(persistence.read_regular(self.path))
            except OSError:
                self._disk_sha = None
            return
        if result.problem:
            self.notices.append(result.problem)
            if result.set_aside is None:
                self._blocked = result.problem
        self._disk_sha = (
            persistence.sha256(result.raw)
            if result.raw is not None and result.set_aside is None
            else None
        )
        self._base = result.file
        self._adopt(result.file)

    def _empty(self) -> _State:
        return _State({}, {}, (), self.base, Alignment.auto(self.base.rows))

    def _adopt(self, file: AnnotationFile | None) -> None:
        """Make `file` the in-memory state (attached to the current alignment); no undo."""
        self._undo.clear()
        self._redo.clear()
        self._state = self._empty()
        if file is None:
            self.how = {}
            self._orphan_overrides = ()
            return
        if file.group != self.aligned.group.id:
            self.notices.append(
                f"{self.path} is for group {file.group}, not {self.aligned.group.id}"
            )
        for lang, ref in file.documents.items():
            doc = self.aligned.documents.get(lang)
            if doc is not None and doc.sha256 != ref.sha256:
                self.notices.append(
                    f"{doc.path} changed since it was annotated; annotations were re-attached"
                )
        corrected = apply_corrections(self.base, file.alignment, fixer=self._corrector())
        attached = attach(corrected.aligned, file.annotations, threshold=self.threshold)
        overrides, orphan_overrides = attach_overrides(corrected.aligned, file.boilerplate)
        self.how = dict(attached.how)
        self._state = _State(
            attached.rows,
            overrides,
            attached.orphans,
            corrected.aligned,
            corrected.alignment,
            corrected.orphans,
            file.dismissed,
        )
        self._orphan_overrides = orphan_overrides
        if corrected.orphans:
            self.notices.append(
                f"{len(corrected.orphans)} alignment correction(s) match sentences that "
                "changed; they are kept as orphans, not applied"
            )
        if attached.orphans:
            self.notices.append(
                f"{len(attached.orphans)} annotation(s) could not be re-attached to a row; "
                "they are kept as orphans"
            )
        if orphan_overrides:  # kept and written back too, but otherwise never shown
            self.notices.append(
                f"{len(orphan_overrides)} boilerplate mark(s) match no segment "
                f"({', '.join(o.anchor for o in orphan_overrides[:3])}"
                f"{' ...' if len(orphan_overrides) > 3 else ''}); they are kept unchanged"
            )

    def close(self) -> None:
        """Release the folder lock (does not save)."""
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading ------------------------------------------------------------------------------

    @property
    def aligned(self) -> AlignedGroup:
        """The alignment shown: the aligner's rows with the reviewer's corrections."""
        return self._state.aligned

    def alignment_state(self, row: int) -> str:
        """auto | confirmed | corrected."""
        return self._state.alignment.state(row)

    @property
    def alignment_orphans(self) -> tuple[AlignmentRecord, ...]:
        """Corrections whose sentences changed; kept and written back unchanged."""
        return self._state.alignment_orphans

    def doubtful_rows(self, *, doubtful_only: bool = False) -> list[int]:
        """Rows not confirmed or corrected, the least confident first (`doubtful_only`: those
        at least `corrections.DOUBTFUL` doubtful)."""
        aligned = self.aligned
        scores = corrections.doubt(aligned.rows, aligned.segments, aligned.group.pivot)
        least = corrections.DOUBTFUL if doubtful_only else 0.0
        return corrections.doubtful_order(self._state.alignment, scores, at_least=least)

    def annotation(self, row: int) -> Annotation | None:
        return self._state.rows.get(row)

    def status(self, row: int) -> str | None:
        """ok | issue | reject, or None for an unreviewed row."""
        annotation = self._state.rows.get(row)
        return annotation.status if annotation else None

    def errors(self, row: int) -> tuple[ErrorNote, ...]:
        annotation = self._state.rows.get(row)
        return annotation.errors if annotation else ()

    def annotated_rows(self) -> list[int]:
        return sorted(self._state.rows)

    def unreviewed_rows(self, *, skip_boilerplate: bool = False) -> list[int]:
        """Rows without an annotation, in order (optionally not the boilerplate rows)."""
        return [
            r
            for r in range(len(self.aligned.rows))
            if r not in self._state.rows and not (skip_boilerplate and self.is_boilerplate_row(r))
        ]

    @property
    def orphans(self) -> tuple[Annotation, ...]:
        """Annotations that found no row; kept, shown, and written back unchanged."""
        return self._state.orphans

    @property
    def orphan_overrides(self) -> tuple[BoilerplateOverride, ...]:
        return self._orphan_overrides

    def segment_boilerplate(self, lang: str, ordinal: int) -> str | None:
        """The segment's boilerplate kind after the reviewer's overrides (None: article text)."""
        kind = self._state.overrides.get((lang, ordinal))
        if kind is None:
            return self.aligned.segments[lang][ordinal].boilerplate
        return None if kind == "none" else kind

    def boilerplate(self, row: int, lang: str) -> str | None:
        """The cell's boilerplate kind: its first boilerplate segment's, or None."""
        for ordinal in self.aligned.rows[row].cells.get(lang, ()):
            kind = self.segment_boilerplate(lang, ordinal)
            if kind is not None:
                return kind
        return None

    def is_boilerplate_row(self, row: int) -> bool:
        """True when every segment of the row is boilerplate (after overrides)."""
        ordinals = [(lang, o) for lang, cell in self.aligned.rows[row].cells.items() for o in cell]
        return bool(ordinals) and all(self.segment_boilerplate(*key) for key in ordinals)

    def counts(self) -> dict[str, int]:
        """Rows per status, plus `unreviewed` and `orphans`: for a status bar."""
        counts = dict.fromkeys(STATUSES, 0)
        for annotation in self._state.rows.values():
            counts[annotation.status] = counts.get(annotation.status, 0) + 1
        counts["unreviewed"] = len(self.aligned.rows) - len(self._state.rows)
        counts["orphans"] = len(self._state.orphans)
        return counts

    # editing (each call is one undoable step) -----------------------------------------------

    def set_status(self, row: int, status: str) -> Annotation:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        self._check_row(row)
        current = self._state.rows.get(row)
        errors = current.errors if current else ()
        return self._put(row, status, errors)

    def add_error(
        self,
        row: int,
        lang: str,
        category: str,
        severity: str,
        note: str = "",
        span: tuple[int, int] | None = None,
    ) -> ErrorNote:
        """Record an error; a row without status, or marked ok, becomes `issue`.

        Lone surrogates in `note` are escaped (`clean_text`), so what is kept is what is saved.
        """
        error = self._valid_error(row, lang, category, severity, note, span)
        current = self._state.rows.get(row)
        status = current.status if current and current.status != "ok" else "issue"
        self._put(row, status, (*(current.errors if current else ()), error))
        return error

    def replace_error(self, row: int, index: int, error: ErrorNote) -> ErrorNote:
        """Put `error` in place of the row's error #index (one undoable step)."""
        current = self._state.rows.get(row)
        if current is None or not 0 <= index < len(current.errors):
            raise IndexError(f"row {row} has no error #{index}")
        new = self._valid_error(
            row, error.lang, error.category, error.severity, error.note, error.span
        )
        errors = (*current.errors[:index], new, *current.errors[index + 1 :])
        self._put(row, current.status, errors)
        return new

    def _valid_error(
        self,
        row: int,
        lang: str,
        category: str,
        severity: str,
        note: str,
        span: tuple[int, int] | None,
    ) -> ErrorNote:
        self._check_row(row)
        if lang not in self.aligned.languages:
            raise ValueError(f"{lang!r} is not a language of this group")
        if category not in ERROR_CATEGORIES:
            raise ValueError(f"unknown error category {category!r}")
        if severity not in ERROR_SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(ERROR_SEVERITIES)}")
        if span is not None:
            length = len(cell_text(self.aligned.cell(row, lang)))
            start, end = span
            if not 0 <= start <= end <= length:
                raise ValueError(f"span {span} is outside the row text (length {length})")
            span = (int(start), int(end))
        return ErrorNote(lang, category, severity, clean_text(note), span)

    def remove_error(self, row: int, index: int) -> None:
        current = self._state.rows.get(row)
        if current is None or not 0 <= index < len(current.errors):
            raise IndexError(f"row {row} has no error #{index}")
        errors = current.errors[:index] + current.errors[index + 1 :]
        self._put(row, current.status, errors)

    def clear(self, row: int) -> None:
        """Remove the row's annotation (status and errors)."""
        if row in self._state.rows:
            rows = dict(self._state.rows)
            del rows[row]
            self._commit(replace(self._state, rows=rows))

    def set_boilerplate(self, row: int, lang: str, kind: str | None) -> None:
        """Mark the cell's segments as boilerplate `kind`, "none" (article text), or None (back
        to the automatic mark)."""
        if kind is not None and kind != "none" and kind not in BOILERPLATE_KINDS:
            raise ValueError(f"unknown boilerplate kind {kind!r}")
        self._check_row(row)
        ordinals = self.aligned.rows[row].cells.get(lang, ())
        if not ordinals:
            raise ValueError(f"row {row} has no {lang} text to mark")
        overrides = dict(self._state.overrides)
        for ordinal in ordinals:
            automatic = self.aligned.segments[lang][ordinal].boilerplate or "none"
            if kind is None or kind == automatic:
                overrides.pop((lang, ordinal), None)
            else:
                overrides[(lang, ordinal)] = kind
        if overrides != self._state.overrides:
            self._commit(replace(self._state, overrides=overrides))

    def adopt_orphan(self, index: int, row: int) -> Annotation:
        """Attach orphan #index to `row` (replacing nothing: the row must be unannotated)."""
        self._check_row(row)
        if row in self._state.rows:
            raise ValueError(f"row {row} already has an annotation")
        orphan = self._state.orphans[index]
        rows = dict(self._state.rows)
        rows[row] = replace(orphan, anchor=row_anchor(self.aligned, row))
        orphans = self._state.orphans[:index] + self._state.orphans[index + 1 :]
        self._commit(replace(self._state, rows=rows, orphans=orphans))
        return rows[row]

    def discard_orphan(self, index: int) -> Annotation:
        """Drop orphan #index, by the reviewer's explicit choice (undoable like any edit)."""
        orphan = self._state.orphans[index]
        orphans = self._state.orphans[:index] + self._state.orphans[index + 1 :]
        self._commit(replace(self._state, orphans=orphans))
        return orphan

    def correct(self, action: str, row: int, lang: str | None = None, after: int = 0) -> int:
        """Correct the alignment at `row` (one undoable step) and realign around it; returns
        the row that now holds the cursor's sentences. `action` is a `Corrector` method:
        shift_up, shift_down, merge, split (after the `after`-th sentence of `lang`), gap,
        ungap, confirm. Annotations follow their sentences; one that loses its row (two
        annotated rows merged) becomes an orphan. CorrectionError when it cannot be done."""
        self._check_row(row)
        fixer = self._corrector()
        if action in ("merge", "confirm"):
            result = getattr(fixer, action)(self._state.alignment, row)
        elif action == "split":
            result = fixer.split(self._state.alignment, row, lang, after)
        elif action in ("shift_up", "shift_down", "gap", "ungap"):
            result = getattr(fixer, action)(self._state.alignment, row, lang)
        else:
            raise ValueError(f"unknown correction {action!r}")
        self._commit(self._realigned(result.alignment))
        return result.cursor

    def _corrector(self) -> Corrector:
        """One per alignment of the aligner (it remembers the stretches it realigned)."""
        if self._fixer is None or self._fixer_of is not self.base:
            self._fixer, self._fixer_of = (
                corrector(self.base, self.reviewer, self._clock),
                self.base,
            )
        return self._fixer

    def _realigned(self, alignment: Alignment) -> _State:
        """The state with `alignment`'s rows: findings of new rows computed, annotations
        moved to the rows that now hold their sentences."""
        state = self._state
        aligned = with_rows(self.base, alignment.rows, previous=state.aligned)
        if not state.rows:
            return replace(state, aligned=aligned, alignment=alignment)
        # By their sentences only: a text search could put an annotation on a similar row.
        anchors = {r: parse_anchor(a.anchor) for r, a in state.rows.items()}
        langs = {parsed[0] for parsed in anchors.values() if parsed}
        row_of = {
            (lang, o): r
            for r, row in enumerate(aligned.rows)
            for lang in langs
            for o in row.cells.get(lang, ())
        }
        rows: dict[int, Annotation] = {}
        orphans = list(state.orphans)
        old = state.aligned.rows
        for r in sorted(state.rows):
            parsed = anchors[r]
            new = row_of.get((parsed[0], parsed[1])) if parsed else None
            if new is None or new in rows:
                orphans.append(state.rows[r])
            elif aligned.rows[new] is old[r]:  # the same row: the same anchor
                rows[new] = state.rows[r]
            else:
                rows[new] = replace(state.rows[r], anchor=row_anchor(aligned, new))
        return replace(
            state, rows=rows, orphans=tuple(orphans), aligned=aligned, alignment=alignment
        )

    @property
    def dismissals(self) -> tuple[Dismissal, ...]:
        """Every dismissal, those of no row included (a new tuple after each change)."""
        return self._state.dismissed

    def dismissed(self, row: int) -> set[tuple[str, str]]:
        """(language, check) of the findings of `row` judged false alarms."""
        if not self._state.dismissed:
            return set()
        key = (self.aligned, self._state.dismissed)  # compared by identity: asked per row
        if self._dismissed_key is None or any(
            a is not b for a, b in zip(self._dismissed_key, key, strict=True)
        ):
            if self._finder is None or self._finder[0] is not self.aligned:
                self._finder = (self.aligned, dismissals.RowFinder(self.aligned))
            self._dismissed_rows = dismissals.by_row(self._finder[1], self._state.dismissed)
            self._dismissed_key = key
        return self._dismissed_rows.get(row, set())

    def dismiss(self, row: int, lang: str, check: str, *, dismissed: bool = True) -> None:
        """Judge the `check` finding of `lang` in `row` a false alarm (or take that back)."""
        self._check_row(row)
        if dismissed == ((lang, check) in self.dismissed(row)):
            return
        if dismissed:
            new = Dismissal(
                row_anchor(self.aligned, row), lang, check, clean_text(self.reviewer), self._clock()
            )
            kept = (*self._state.dismissed, new)
        else:
            finder = self._finder[1]
            kept = tuple(
                d
                for d in self._state.dismissed
                if not (d.lang == lang and d.check == check and finder.row_of(d.anchor) == row)
            )
        self._commit(replace(self._state, dismissed=kept))

    def undo(self) -> bool:
        """Take back the last edit; False when there is nothing to undo."""
        if not self._undo:
            return False
        self._redo.append(self._state)
        self._state = self._undo.pop()
        self._revision += 1
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._state)
        self._state = self._redo.pop()
        self._revision += 1
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _check_row(self, row: int) -> None:
        if not 0 <= row < len(self.aligned.rows):
            raise IndexError(f"no row {row} (the group has {len(self.aligned.rows)})")

    def _put(self, row: int, status: str, errors: tuple[ErrorNote, ...]) -> Annotation:
        annotation = Annotation(
            anchor=row_anchor(self.aligned, row),
            status=status,
            reviewer=clean_text(self.reviewer),
            updated=self._clock(),
            text={k: clean_text(v) for k, v in row_texts(self.aligned, row).items()},
            errors=errors,
        )
        rows = dict(self._state.rows)
        rows[row] = annotation
        self._commit(replace(self._state, rows=rows))
        return annotation

    def _commit(self, state: _State) -> None:
        self._undo.append(self._state)
        self._redo.clear()
        self._state = state
        self._revision += 1

    # realignment ----------------------------------------------------------------------------

    def realign(self, aligned: AlignedGroup) -> None:
        """Move to another alignment of the same group (new pivot, new aligner): every
        annotation, orphans included, is re-attached. Clears undo/redo (rows changed).

        Waits for a save running in another thread: a save must never pair the old rows with
        the new alignment (the anchors it writes would name the wrong sentences)."""
        with self._save_lock:
            file = self.to_file()
            self.base = aligned
            self._adopt(file)

    # saving ---------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._revision != self._saved_revision

    @property
    def revision(self) -> int:
        """Grows with every change of the state (edit, undo, redo, reload): the app compares it."""
        return self._revision

    def to_file(self) -> AnnotationFile:
        """The state as an annotation file: attached rows in order, then orphans unchanged."""
        return self._file_of(self._state, self._orphan_overrides)

    @staticmethod
    def _file_of(
        state: _State, orphan_overrides: tuple[BoilerplateOverride, ...]
    ) -> AnnotationFile:
        aligned = state.aligned
        records = corrections.to_records(state.alignment, aligned.segments, make_anchor, clean_text)
        overrides = [
            BoilerplateOverride(
                make_anchor(lang, ordinal, aligned.segments[lang][ordinal].text), kind
            )
            for (lang, ordinal), kind in sorted(state.overrides.items())
        ]
        return AnnotationFile(
            group=aligned.group.id,
            pivot=aligned.group.pivot,
            documents={
                lang: DocumentRef(doc.path, doc.sha256)
                for lang, doc in aligned.documents.items()
                if lang in aligned.languages
            },
            annotations=(*(state.rows[r] for r in sorted(state.rows)), *state.orphans),
            boilerplate=(*overrides, *orphan_overrides),
            alignment=(*records, *state.alignment_orphans),
            dismissed=state.dismissed,
        )

    def save(self) -> bool:
        """Write the file if anything changed since the last save; True when written.

        Cheap when nothing changed (no disk access). Raises ConflictError when the file on disk
        is not the one read or written last (compared by sha256 of its bytes), SaveError when
        it cannot be written; in both cases nothing on disk changed and the state stays dirty.

        May run in a worker thread while the app keeps editing: it writes the state as it was
        when called (states are immutable), and an edit made meanwhile leaves the store dirty.
        """
        with self._save_lock:
            state, revision = self._state, self._revision
            if revision == self._saved_revision:
                return False
            if self._blocked:
                raise SaveError(self.path, self._blocked)
            file = self._file_of(state, self._orphan_overrides)
            try:
                raw = persistence.dumps(file)
            except ValueError as error:  # did not read back as meant: refuse, say so
                raise SaveError(self.path, str(error)) from error
            with persistence.write_lock(self.path):  # check and replace: one step
                self._check_disk(file)
                persistence.write_atomic(self.path, raw)
            self._disk_sha = persistence.sha256(raw)
            self._base = file
            self._saved_revision = revision
            return True

    def _check_disk(self, mine: AnnotationFile) -> None:
        try:
            current: bytes | None = persistence.read_regular(self.path)
        except FileNotFoundError:
            current = None
        except OSError as error:
            raise SaveError(self.path, error) from error
        current_sha = None if current is None else persistence.sha256(current)
        if current_sha == self._disk_sha:
            return
        theirs = None
        if current is not None:
            try:
                theirs = persistence.loads(current)
            except (ValueError, UnicodeDecodeError, persistence.SchemaError):
                theirs = None
        raise ConflictError(self.path, mine, theirs, current)

    def resolve_conflict(self, conflict: ConflictError, keep: str = "merge") -> bool:
        """After a ConflictError: `theirs` reloads the disk version (edits since the last save
        are dropped, by the reviewer's choice), `mine` overwrites it, `merge` combines both
        (merge.merge_versions) and saves. Returns what `save()` returns."""
        if keep == "theirs":
            self._reload()
            return False
        if keep not in ("mine", "merge"):
            raise ValueError("keep must be 'mine', 'theirs' or 'merge'")
        if keep == "merge" and conflict.theirs is not None:
            from reviewer.core.merge import merge_versions

            merged = merge_versions(self._base, conflict.mine, conflict.theirs)
            self._adopt(merged)
        self._disk_sha = (
            None if conflict.theirs_bytes is None else persistence.sha256(conflict.theirs_bytes)
        )
        if conflict.theirs is None and conflict.theirs_bytes is not None:
            # What is on disk does not parse: set it aside rather than write over it.
            try:
                current = persistence.read_regular(self.path)
            except OSError as error:
                raise SaveError(self.path, error) from error
            if persistence.sha256(current) != self._disk_sha:
                raise ConflictError(self.path, conflict.mine, None, current)
            try:
                aside = persistence.set_aside(self.path)
            except OSError as error:
                raise SaveError(self.path, error) from error
            self.notices.append(f"{self.path} did not parse; moved to {aside.name}")
            self._disk_sha = None
        self._revision += 1
        return self.save()

    def _reload(self) -> None:
        self._blocked = None
        self._load(set_aside=self._lock is not None)
        self._revision += 1
        self._saved_revision = self._revision
