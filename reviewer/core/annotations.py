"""What reviewers record about rows, kept across realignments, edits and restarts.

An `AnnotationStore` holds one translation group's annotations against one alignment
(`AlignedGroup`). Each edit is undoable. Annotations are tied to rows by an anchor (the row's
first pivot segment: language, ordinal, hash of its normalised text) and a snapshot of the
row's text, so that after a realignment, another pivot or an edited document they find their
row again; those that cannot are kept as orphans and written back unchanged
(docs/annotations.md, "Re-attachment"). The store also holds the reviewer's corrections of the
alignment (corrections.py): `store.aligned` is the aligner's rows (`store.base`) with them
applied, and each correction is one undoable step like any edit.
"""

from __future__ import annotations

import getpass
import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from reviewer.core import corrections, dismissals, persistence
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

# A row whose text scores at least this (rapidfuzz ratio, 0-100, averaged over the snapshot's
# languages weighted by their length) takes an annotation whose anchor no longer matches.
# On the seeds, two different rows never score above 47, and 56 of 58 rows with one word
# changed in one language still score 85 or more (docs/annotations.md, "Re-attachment").
ATTACH_THRESHOLD = 85.0
_CANDIDATES = 5  # rows per language the fuzzy search over the whole group scores in full
_WINDOW = 50  # rows either side of the anchor's old place, searched first
# Searches of the whole group per attach (each costs a few ms on 5,000 rows). Beyond it, an
# annotation not found near its old place is an orphan: kept, and tried again on the next open.
# Only a file that matches almost nothing (a replaced document) reaches it.
_FULL_SCANS = 300

_SPACE = re.compile(r"\s+")


# --- anchors ----------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The text an anchor hashes: NFC, runs of white space as one space, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=1 << 16)  # every open and realign hashes every segment again
def segment_hash(text: str) -> str:
    """HASH8 of an anchor: the first 8 hex digits of the sha256 of the normalised text."""
    data = normalise(text).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:8]


def make_anchor(lang: str, ordinal: int, text: str) -> str:
    return f"{lang}:{ordinal}:{segment_hash(text)}"


def parse_anchor(anchor: str) -> tuple[str, int, str] | None:
    """(lang, ordinal, hash8), or None for an anchor that does not have that shape."""
    parts = anchor.rsplit(":", 2)
    if len(parts) != 3 or not parts[0] or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1]), parts[2]


def row_anchor(aligned: AlignedGroup, row: int) -> str:
    """The anchor of a row: its first pivot segment, else the first segment of the first
    language (pivot first, then the others in order) that has text in the row."""
    for lang in aligned.languages:
        segments = aligned.cell(row, lang)
        if segments:
            return make_anchor(lang, segments[0].ordinal, segments[0].text)
    raise ValueError(f"row {row} has no segment in any language")


def row_texts(aligned: AlignedGroup, row: int) -> dict[str, str]:
    """Language -> the row's text in it (`cell_text`), for every language with text."""
    texts = {}
    for lang in aligned.languages:
        segments = aligned.cell(row, lang)
        if segments:
            texts[lang] = cell_text(segments)
    return texts


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


# --- re-attachment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    """Where annotations found their rows (`rows`), how (`how`: anchor, moved, text), and
    which could not (`orphans`, in file order)."""

    rows: dict[int, Annotation]
    how: dict[int, str]
    orphans: tuple[Annotation, ...]


class _Index:
    """Where each segment is: its row, its hash, and the ordinals of each hash, per language."""

    def __init__(self, aligned: AlignedGroup) -> None:
        self.row_of = {
            lang: {
                ordinal: r
                for r, row in enumerate(aligned.rows)
                for ordinal in row.cells.get(lang, ())
            }
            for lang in aligned.languages
        }
        self.hashes = {
            lang: [segment_hash(s.text) for s in aligned.segments[lang]]
            for lang in aligned.languages
        }
        self.by_hash: dict[str, dict[str, list[int]]] = {}
        for lang, hashes in self.hashes.items():
            ordinals: dict[str, list[int]] = {}
            for i, digest in enumerate(hashes):
                ordinals.setdefault(digest, []).append(i)
            self.by_hash[lang] = ordinals

    def near(self, anchor: str) -> int | None:
        """The row that holds the anchor's ordinal (or the last one before it), if any."""
        parsed = parse_anchor(anchor)
        if parsed is None or parsed[0] not in self.row_of or not self.row_of[parsed[0]]:
            return None
        rows = self.row_of[parsed[0]]
        return rows.get(min(parsed[1], len(self.hashes[parsed[0]]) - 1))

    def find(self, anchor: str) -> tuple[str, int, str] | None:
        """(lang, ordinal, how) of the segment an anchor names: exactly ("anchor"), else the
        same text at the nearest other ordinal ("moved", the document was edited)."""
        parsed = parse_anchor(anchor)
        if parsed is None or parsed[0] not in self.hashes:
            return None
        lang, ordinal, digest = parsed
        hashes = self.hashes[lang]
        if ordinal < len(hashes) and hashes[ordinal] == digest:
            return lang, ordinal, "anchor"
        moved = self.by_hash[lang].get(digest)
        if moved:
            return lang, min(moved, key=lambda i: abs(i - ordinal)), "moved"
        return None


def attach(
    aligned: AlignedGroup,
    annotations: Sequence[Annotation],
    *,
    threshold: float = ATTACH_THRESHOLD,
) -> Attachment:
    """Give each annotation a row of `aligned`: by anchor, by the anchor's text elsewhere in its
    document, else by text snapshot; at most one annotation per row (the first in file order
    wins; a later one for the same row is an orphan, never merged silently). Attached
    annotations get the anchor of their new row."""
    index = _Index(aligned)
    rows: dict[int, Annotation] = {}
    how: dict[int, str] = {}
    pending: list[int] = []
    for i, annotation in enumerate(annotations):
        found = index.find(annotation.anchor)
        row = index.row_of[found[0]].get(found[1]) if found else None
        if row is not None and row not in rows:
            rows[row] = annotation
            how[row] = found[2]
        else:
            pending.append(i)
    leftover: list[int] = []
    if pending:
        texts = [row_texts(aligned, r) for r in range(len(aligned.rows))]
        choices = {lang: [t.get(lang, "") for t in texts] for lang in aligned.languages}
        shift = 0  # how far the last annotation found by text was from its old place
        budget = [_FULL_SCANS]
        for i in pending:
            near = index.near(annotations[i].anchor)
            guess = None if near is None else min(max(near + shift, 0), len(texts) - 1)
            row = _by_text(annotations[i].text, texts, choices, rows, threshold, guess, budget)
            if row is None:
                leftover.append(i)
            else:
                rows[row] = annotations[i]
                how[row] = "text"
                if near is not None:
                    shift = row - near
    rows = {r: replace(a, anchor=row_anchor(aligned, r)) for r, a in sorted(rows.items())}
    return Attachment(rows, how, tuple(annotations[i] for i in leftover))


def _by_text(
    snapshot: Mapping[str, str],
    texts: Sequence[Mapping[str, str]],
    choices: Mapping[str, list[str]],
    taken: Mapping[int, Annotation],
    threshold: float,
    near: int | None,
    budget: list[int],
) -> int | None:
    """The free row whose text scores best against the snapshot, if it reaches `threshold`.

    First the rows within _WINDOW of `near` (where the anchor's segment would be: realignments
    mostly keep the order), scored in full; then, if none reaches the threshold, candidates from
    the whole group (per language, the closest rows to that language's snapshot text), scored
    in full on all the snapshot's languages."""
    langs = [lang for lang, text in snapshot.items() if text and lang in choices]
    if not langs:
        return None
    if near is not None:
        window = range(max(0, near - _WINDOW), min(len(texts), near + _WINDOW + 1))
        found = _best_row(snapshot, langs, texts, [r for r in window if r not in taken], threshold)
        if found is not None:
            return found
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    candidates: set[int] = set()
    for lang in langs:
        found_rows = process.extract(
            snapshot[lang],
            choices[lang],
            scorer=fuzz.ratio,
            limit=_CANDIDATES * 4,
            score_cutoff=threshold / 2,
        )
        free = [r for _, _, r in found_rows if r not in taken]
        candidates.update(free[:_CANDIDATES])
    return _best_row(snapshot, langs, texts, sorted(candidates), threshold)


def _best_row(
    snapshot: Mapping[str, str],
    langs: Sequence[str],
    texts: Sequence[Mapping[str, str]],
    rows: Sequence[int],
    threshold: float,
) -> int | None:
    """The row (first of equals) with the best length-weighted ratio, at least `threshold`."""
    total = sum(len(snapshot[lang]) for lang in langs)
    best, best_score = None, threshold
    for r in rows:
        score = (
            sum(
                len(snapshot[lang]) * fuzz.ratio(snapshot[lang], texts[r].get(lang, ""))
                for lang in langs
            )
            / total
        )
        if score >= best_score and (best is None or score > best_score):
            best, best_score = r, score
    return best


def _attach_overrides(
    aligned: AlignedGroup, overrides: Sequence[BoilerplateOverride]
) -> tuple[dict[tuple[str, int], str], tuple[BoilerplateOverride, ...]]:
    """Overrides to (lang, ordinal) by anchor or moved text; the rest are orphans."""
    placed: dict[tuple[str, int], str] = {}
    orphans = []
    index = _Index(aligned) if overrides else None
    for override in overrides:
        found = index.find(override.anchor) if index else None
        if found is None or (found[0], found[1]) in placed:
            orphans.append(override)
        else:
            placed[(found[0], found[1])] = override.kind
    return placed, tuple(orphans)


# --- corrections of the alignment -------------------------------------------------------------


def corrector(
    aligned: AlignedGroup, reviewer: str = "", clock: Callable[[], datetime] | None = None
) -> Corrector:
    """The corrections of one aligned group (corrections.py), made by `reviewer`."""
    return Corrector(
        {lang: aligned.segments[lang] for lang in aligned.languages},
        aligned.group.pivot,
        aligned.rows,
        reviewer=reviewer,
        clock=clock or (lambda: datetime.now(UTC).replace(microsecond=0)),
    )


@dataclass(frozen=True)
class Corrected:
    """The aligner's rows with a file's corrections applied (`aligned`, findings of changed
    rows recomputed), the rows' states (`alignment`), and records that found no sentences."""

    aligned: AlignedGroup
    alignment: Alignment
    orphans: tuple[AlignmentRecord, ...]


def apply_corrections(
    aligned: AlignedGroup,
    records: Sequence[AlignmentRecord],
    *,
    reviewer: str = "",
    clock: Callable[[], datetime] | None = None,
    fixer: Corrector | None = None,
) -> Corrected:
    """Put the `[[alignment]]` records of a file on the aligner's rows and realign around them
    (what the app, `check` and `export` all show). Sentences are found by anchor, or by the
    same text elsewhere in the document; a record one of whose sentences is gone is an orphan."""
    if not records:
        return Corrected(aligned, Alignment.auto(aligned.rows), ())
    index = _Index(aligned)

    def find(anchor: str) -> tuple[str, int] | None:
        found = index.find(anchor)
        return None if found is None else (found[0], found[1])

    fixer = fixer or corrector(aligned, reviewer, clock)
    placed = corrections.place(fixer, records, find)
    return Corrected(with_rows(aligned, placed.alignment.rows), placed.alignment, placed.orphans)


def apply_folder(aligned: AlignedGroup, folder: Path) -> tuple[AlignedGroup, list[str]]:
    """`aligned` with the corrections of its annotation file in `folder` (read-only), and
    sentences about what could not be applied; unchanged when there is no usable file."""
    file = load_folder_file(folder, aligned.group.id)
    if file is None or not file.alignment:
        return aligned, []
    done = apply_corrections(aligned, file.alignment)
    notices = []
    if done.orphans:
        notices.append(
            f"{aligned.group.id}: {len(done.orphans)} alignment correction(s) match sentences "
            "that changed; they are kept in the file, not applied"
        )
    return done.aligned, notices


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
        overrides, orphan_overrides = _attach_overrides(corrected.aligned, file.boilerplate)
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


def load_folder_file(folder: Path, group_id: str) -> AnnotationFile | None:
    """The annotation file of a group, read-only (None when missing or not valid)."""
    return persistence.read(
        Path(folder) / persistence.file_name(group_id), set_aside_corrupt=False
    ).file


__all__ = [
    "ATTACH_THRESHOLD",
    "apply_corrections",
    "apply_folder",
    "AnnotationStore",
    "Attachment",
    "ConflictError",
    "SaveError",
    "attach",
    "make_anchor",
    "normalise",
    "parse_anchor",
    "config_reviewer_name",
    "reviewer_name",
    "row_anchor",
    "row_texts",
    "segment_hash",
]
