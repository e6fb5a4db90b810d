"""Annotation files on disk: TOML shape, atomic writes, folder lock, conflicts, corrupt files.

Everything a reviewer enters ends up here, so this module is paranoid on purpose (see
docs/annotations.md, "Guarantees"): a write goes to a temporary file in the same folder, is
flushed and fsynced, parsed back and compared with what was meant, and only then replaces the
old file with `os.replace` (then the folder is fsynced too). A file that changed on disk since
it was read is never overwritten blindly; a file that does not parse is set aside, never
overwritten; a second instance on the same folder is told so.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from reviewer.core import dismissals, pattern_cache
from reviewer.core.dismissals import Dismissal
from reviewer.core.model import (
    BOILERPLATE_KINDS,
    ERROR_SEVERITIES,
    STATUSES,
    AlignmentRecord,
    Annotation,
    BoilerplateOverride,
    ErrorNote,
)
from reviewer.core.sanitize import escape_unsafe

# tomllib is imported where a file is read or written (12 M instructions of every start, for
# `reviewer check`, which finds no annotation file); `persistence.tomllib` is that module.

SCHEMA = 2  # 2 added [[alignment]]; a schema-1 file is read as before, written back as 2
ALIGNMENT_STATES = ("confirmed", "corrected")
FOLDER_NAME = Path(".reviewer") / "annotations"
LOCK_NAME = ".reviewer.lock"

# Read once, at import (reading the umask means setting it, which is not thread-safe).
_UMASK = os.umask(0)
os.umask(_UMASK)
NEW_FILE_MODE = 0o666 & ~_UMASK


# --- errors the app shows ----------------------------------------------------------------------


class AnnotationFileError(Exception):
    """Base of every error about annotation files; `str()` is a sentence for the reviewer."""


class LockedError(AnnotationFileError):
    """Another live reviewer instance holds the annotation folder."""

    def __init__(
        self, folder: Path, pid: int, host: str, since: str, *, hint: str | None = None
    ) -> None:
        self.folder, self.pid, self.host, self.since = folder, pid, host, since
        super().__init__(
            f"{folder} is in use by another reviewer (process {pid} on {host}, since {since}); "
            + (hint or "close it first, or open the corpus with another --annotations folder")
        )


class ConflictError(AnnotationFileError):
    """The file changed on disk since it was read; nothing was written.

    Carries both versions: `mine` (what this instance meant to write) and `theirs` (what is on
    disk now; None when the file was deleted or does not parse, `theirs_bytes` then tells).
    """

    def __init__(
        self,
        path: Path,
        mine: AnnotationFile,
        theirs: AnnotationFile | None,
        theirs_bytes: bytes | None,
    ) -> None:
        self.path, self.mine, self.theirs, self.theirs_bytes = path, mine, theirs, theirs_bytes
        what = "was deleted" if theirs_bytes is None else "was changed by someone else"
        super().__init__(
            f"{path} {what} since it was opened; nothing was written. "
            "Reload it, keep yours, or merge the two."
        )


class SaveError(AnnotationFileError):
    """The file could not be written (disk full, read-only folder ...); the old file is intact."""

    def __init__(self, path: Path, error: OSError | str) -> None:
        self.path, self.error = path, error
        reasons = {
            errno.ENOSPC: "the disk is full",
            errno.EDQUOT: "the disk quota is exceeded",
            errno.EROFS: "the folder is on a read-only file system",
            errno.EACCES: "permission denied",
            errno.EPERM: "permission denied",
        }
        reason = (
            reasons.get(error.errno or 0, error.strerror or str(error))
            if isinstance(error, OSError)
            else error
        )
        self.reason = reason  # without the app's "still in memory", for `export --output`
        super().__init__(f"could not save {path}: {reason}; your annotations are still in memory")


class SchemaError(AnnotationFileError):
    """The file was written by a newer reviewer (schema > SCHEMA); it is left alone."""


class FileShapeError(ValueError):
    """The TOML parses but is not an annotation file (missing keys, wrong types, bad values)."""


# --- the file as data ------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRef:
    """Which file a language's text came from, and its bytes' sha256 when annotated."""

    path: str
    sha256: str


@dataclass(frozen=True)
class AnnotationFile:
    """One annotation file: one translation group's annotations and boilerplate overrides."""

    group: str
    pivot: str
    documents: dict[str, DocumentRef] = field(default_factory=dict, hash=False)
    annotations: tuple[Annotation, ...] = ()
    boilerplate: tuple[BoilerplateOverride, ...] = ()
    alignment: tuple[AlignmentRecord, ...] = ()
    dismissed: tuple[Dismissal, ...] = ()  # findings judged false alarms (dismissals.py)


# File names are at most 255 bytes (NAME_MAX) on every common file system. An annotation file
# name and its temporary file's name (`.NAME.XXXXXXXX.tmp`, 14 bytes more) must fit, whatever
# the group id: a long name keeps its start and ends with a hash of the whole.
MAX_NAME_BYTES = 200


def short_name(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """`name` if its UTF-8 form fits in `limit` bytes, else its start + `~` + 16 hex digits of
    its sha256 (+ its suffix): distinct names stay distinct, the same name maps the same way."""
    if len(name.encode("utf-8", "surrogateescape")) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 8:
        stem, suffix = name, ""
    tail = "~" + pattern_cache.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    tail += f".{suffix}" if suffix else ""
    room = limit - len(tail.encode())
    head = stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
    return head + tail


def file_name(group_id: str) -> str:
    """The annotation file of a group: its id, made safe as a file name (and short enough)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in group_id).lstrip(".")
    return short_name(f"{safe or '_'}.toml")


def default_folder(paths: Sequence[str | Path]) -> Path:
    """`<corpus folder>/.reviewer/annotations`: the first PATH if a folder, else its folder.

    Files shipped inside the package (the sample seeds) are the exception: the package may be
    read-only (site-packages) and must not change, so their annotations go to the user's data
    folder, `data_folder() / "annotations" / <their folder inside the package>`.
    """
    first = Path(paths[0]) if paths else Path.cwd()
    base = first if first.is_dir() else first.parent
    package = Path(os.path.realpath(Path(__file__).parent.parent))
    real = Path(os.path.realpath(base))
    if real == package or package in real.parents:
        return data_folder() / "annotations" / real.relative_to(package)
    return base / FOLDER_NAME


def data_folder() -> Path:
    """The user's data folder for reviewer: `$REVIEWER_DATA_DIR` when set (tests, portable
    installs), else the platform's convention (platformdirs: `$XDG_DATA_HOME/reviewer`,
    `~/.local/share/reviewer` on Linux, `~/Library/Application Support/reviewer` on macOS)."""
    explicit = os.environ.get("REVIEWER_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_data_path("reviewer", appauthor=False)


# --- text that TOML and UTF-8 can hold -------------------------------------------------------


def clean_text(text: str) -> str:
    """`text` with lone surrogates escaped as visible `\\udXXX`, so it can be written as UTF-8.

    Python strings can hold lone surrogates (from `surrogateescape`, or a broken paste); UTF-8
    and TOML cannot. Control characters are kept: tomli-w writes them as `\\uXXXX` escapes.
    """
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join(f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in text)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# --- dict <-> dataclasses ---------------------------------------------------------------------


def to_dict(file: AnnotationFile) -> dict:
    """The TOML document of DESIGN.md, "Annotation files" (plain dicts and lists)."""
    data: dict = {
        "schema": SCHEMA,
        "group": clean_text(file.group),
        "pivot": clean_text(file.pivot),
    }
    if file.documents:
        data["documents"] = {
            clean_text(lang): {"path": clean_text(ref.path), "sha256": ref.sha256}
            for lang, ref in file.documents.items()
        }
    if file.annotations:
        data["annotation"] = [_annotation_dict(a) for a in file.annotations]
    if file.boilerplate:
        data["boilerplate"] = [
            {"anchor": clean_text(b.anchor), "kind": b.kind} for b in file.boilerplate
        ]
    if file.alignment:
        data["alignment"] = [_alignment_dict(record) for record in file.alignment]
    if file.dismissed:
        data["dismissed"] = dismissals.to_dicts(file.dismissed, clean_text)
    return data


def _alignment_dict(record: AlignmentRecord) -> dict:
    return {
        "cells": {
            clean_text(lang): [clean_text(a) for a in anchors]
            for lang, anchors in record.cells.items()
        },
        "state": record.state,
        "reviewer": clean_text(record.reviewer),
        "updated": record.updated.astimezone(UTC),
        "text": {clean_text(k): clean_text(v) for k, v in record.text.items()},
    }


def _annotation_dict(annotation: Annotation) -> dict:
    data: dict = {
        "anchor": clean_text(annotation.anchor),
        "status": annotation.status,
        "reviewer": clean_text(annotation.reviewer),
        # As read: a file from elsewhere may hold fractions of a second (ours are whole).
        "updated": annotation.updated.astimezone(UTC),
        "text": {clean_text(k): clean_text(v) for k, v in annotation.text.items()},
    }
    if annotation.errors:
        data["error"] = []
        for error in annotation.errors:
            item: dict = {
                "lang": clean_text(error.lang),
                "category": clean_text(error.category),
                "severity": error.severity,
                "note": clean_text(error.note),
            }
            if error.span is not None:
                item["span"] = [error.span[0], error.span[1]]
            if error.reviewer:
                item["reviewer"] = clean_text(error.reviewer)
            data["error"].append(item)
    return data


def from_dict(data: Mapping) -> AnnotationFile:
    """Validate a parsed TOML document; FileShapeError (or SchemaError) says what is wrong."""
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise FileShapeError("`schema` is missing or not an integer")
    if schema > SCHEMA:
        raise SchemaError(
            f"schema {schema} is newer than this reviewer understands ({SCHEMA}); "
            "the file is left alone"
        )
    group = _string(data, "group", "the file")
    pivot = _string(data, "pivot", "the file")
    documents = {}
    raw_docs = data.get("documents", {})
    if not isinstance(raw_docs, dict):
        raise FileShapeError("`documents` is not a table")
    for lang, doc in raw_docs.items():
        if not isinstance(doc, dict):
            raise FileShapeError(f"`documents.{lang}` is not a table")
        where = f"documents.{lang}"
        documents[lang] = DocumentRef(_string(doc, "path", where), _string(doc, "sha256", where))
    annotations = tuple(
        _annotation(item, i) for i, item in enumerate(_list(data, "annotation", "the file"))
    )
    overrides = []
    for i, item in enumerate(_list(data, "boilerplate", "the file")):
        where = f"boilerplate #{i + 1}"
        kind = _string(item, "kind", where)
        if kind != "none" and kind not in BOILERPLATE_KINDS:
            raise FileShapeError(f"{where}: unknown kind {kind!r}")
        overrides.append(BoilerplateOverride(_string(item, "anchor", where), kind))
    alignment = tuple(
        _alignment(item, i) for i, item in enumerate(_list(data, "alignment", "the file"))
    )
    try:
        dismissed = dismissals.from_dicts(data.get("dismissed", []))
    except dismissals.DismissalShapeError as error:
        raise FileShapeError(str(error)) from None
    return AnnotationFile(
        group, pivot, documents, annotations, tuple(overrides), alignment, dismissed
    )


def _updated(item: dict, where: str) -> datetime:
    updated = item.get("updated")
    if not isinstance(updated, datetime):
        raise FileShapeError(f"{where}: `updated` is missing or not a date-time")
    # A local date-time (no offset) is taken as UTC; others are converted to UTC.
    try:
        return updated.replace(tzinfo=UTC) if updated.tzinfo is None else updated.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is a year before the first in UTC
        raise FileShapeError(f"{where}: `updated` is out of range in UTC") from None


def _texts(item: dict, where: str) -> dict[str, str]:
    text = item.get("text", {})
    if not isinstance(text, dict) or not all(isinstance(v, str) for v in text.values()):
        raise FileShapeError(f"{where}: `text` is not a table of strings")
    return dict(text)


def _alignment(item: object, index: int) -> AlignmentRecord:
    where = f"alignment #{index + 1}"
    if not isinstance(item, dict):
        raise FileShapeError(f"{where} is not a table")
    state = _string(item, "state", where)
    if state not in ALIGNMENT_STATES:
        raise FileShapeError(f"{where}: unknown state {state!r}")
    cells = item.get("cells")
    if (
        not isinstance(cells, dict)
        or not cells
        or not all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in cells.values()
        )
    ):
        raise FileShapeError(f"{where}: `cells` is not a table of lists of anchors")
    return AlignmentRecord(
        {lang: tuple(anchors) for lang, anchors in cells.items()},
        state,
        _string(item, "reviewer", where, default=""),
        _updated(item, where),
        _texts(item, where),
    )


def _annotation(item: object, index: int) -> Annotation:
    where = f"annotation #{index + 1}"
    if not isinstance(item, dict):
        raise FileShapeError(f"{where} is not a table")
    status = _string(item, "status", where)
    if status not in STATUSES:
        raise FileShapeError(f"{where}: unknown status {status!r}")
    updated = _updated(item, where)
    text = _texts(item, where)
    errors = []
    for j, error in enumerate(_list(item, "error", where)):
        at = f"{where}, error #{j + 1}"
        severity = _string(error, "severity", at)
        if severity not in ERROR_SEVERITIES:
            raise FileShapeError(f"{at}: unknown severity {severity!r}")
        span = error.get("span")
        if span is not None:
            if (
                not isinstance(span, list)
                or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
                or not 0 <= span[0] <= span[1]
            ):
                raise FileShapeError(f"{at}: `span` is not [start, end]")
            span = (span[0], span[1])
        note = error.get("note", "")
        if not isinstance(note, str):
            raise FileShapeError(f"{at}: `note` is not a string")
        errors.append(
            ErrorNote(
                _string(error, "lang", at),
                _string(error, "category", at),
                severity,
                note,
                span,
                _string(error, "reviewer", at, default=""),
            )
        )
    return Annotation(
        _string(item, "anchor", where),
        status,
        _string(item, "reviewer", where, default=""),
        updated,
        text,
        tuple(errors),
    )


def _string(data: object, key: str, where: str, default: str | None = None) -> str:
    if not isinstance(data, dict):
        raise FileShapeError(f"{where} is not a table")
    value = data.get(key, default)
    if not isinstance(value, str):
        raise FileShapeError(f"{where}: `{key}` is missing or not a string")
    return value


def _list(data: Mapping, key: str, where: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise FileShapeError(f"{where}: `{key}` is not an array of tables")
    return value


# --- bytes ------------------------------------------------------------------------------------


def dumps(file: AnnotationFile) -> bytes:
    """The file's bytes, parsed back with tomllib and compared with what was meant first."""
    data = to_dict(file)
    return dumps_checked(data)


# tomli-w writes `2026-11-22 17:41:12+00:00`; DESIGN.md shows the RFC 3339 form
# `2026-11-22T17:41:12Z`, the same TOML value. tomli-w writes every string on one line (no
# multi-line strings), so a line that starts with `updated = ` is always that key; the result is
# parsed back and compared below anyway.
_UTC_TIME = pattern_cache.compile_re(
    r"^(updated = )(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)\+00:00$", re.M
)


def dumps_checked(data: dict) -> bytes:
    """tomli-w output of `data`, refused (ValueError) unless tomllib reads back the same."""
    # Controls, separators and bidi marks as `\uXXXX` escapes (sanitize.py): lossless, and a
    # terminal that shows the file receives none of them raw.
    import tomllib

    import tomli_w  # here, as json, socket and tempfile below: `check` reads, never writes

    text = escape_unsafe(_UTC_TIME.sub(r"\1\2T\3Z", tomli_w.dumps(data)), "toml")
    raw = text.encode("utf-8")  # clean_text has removed what UTF-8 cannot hold
    if tomllib.loads(raw.decode("utf-8")) != data:
        raise ValueError("the TOML written does not read back as what was meant; not written")
    return raw


def loads(raw: bytes) -> AnnotationFile:
    """Parse and validate; UnicodeDecodeError / TOMLDecodeError / FileShapeError / SchemaError."""
    import tomllib

    return from_dict(tomllib.loads(raw.decode("utf-8")))


def sha256(raw: bytes) -> str:
    return pattern_cache.sha256(raw).hexdigest()


@dataclass(frozen=True)
class ReadResult:
    """What reading an annotation file found.

    `file` is None when there is no file (`raw` None) or it was corrupt; then `set_aside` is
    where the corrupt file was moved and `problem` says why (both None when there was no file).
    """

    file: AnnotationFile | None
    raw: bytes | None
    set_aside: Path | None = None
    problem: str | None = None


def read(path: Path, *, set_aside_corrupt: bool = True) -> ReadResult:
    """Read one annotation file; a corrupt one is renamed `NAME.corrupt-<UTC time>.toml`.

    SchemaError (a newer file) propagates: such a file is neither used nor moved.
    """
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return ReadResult(None, None)
    import tomllib

    try:
        return ReadResult(loads(raw), raw)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, FileShapeError) as error:
        problem = f"{path} is not a valid annotation file ({error})"
        if not set_aside_corrupt:
            return ReadResult(None, raw, None, problem)
        target = set_aside(path)
        return ReadResult(None, raw, target, f"{problem}; moved to {target.name}")


def __getattr__(name: str):
    if name == "tomllib":
        import tomllib

        return tomllib
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file. Opened without blocking and checked before reading: a FIFO
    where an annotation file should be would otherwise hang the app for ever. Another kind of
    file is an OSError (EINVAL), which callers already report."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)


def set_aside(path: Path) -> Path:
    """Rename a corrupt file to `NAME.corrupt-<UTC time>.toml` beside it; the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    real = Path(os.path.realpath(path))
    for n in range(1000):
        suffix = f".corrupt-{stamp}" + (f"-{n}" if n else "") + ".toml"
        target = real.with_name(real.name.removesuffix(".toml") + suffix)
        if not target.exists() and not target.is_symlink():
            os.rename(real, target)
            return target
    raise FileExistsError(f"no free name to set {path} aside")


# --- atomic write -----------------------------------------------------------------------------


def write_atomic(path: Path, raw: bytes) -> None:
    """Replace `path` with `raw` so that a crash leaves either the old file or the new one.

    A symlinked `path` is written through: its target is replaced and the link kept (so an
    annotation folder can point into a synced or versioned folder). The target's permission
    bits are kept; a new file gets 0o666 minus the umask. OSError becomes SaveError.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    except OSError as error:
        raise SaveError(path, error) from error
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=folder, prefix=temp_prefix(target.name), suffix=".tmp")
        try:
            view = memoryview(raw)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
        _fsync_folder(folder)
    except OSError as error:
        raise SaveError(path, error) from error
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def temp_prefix(name: str) -> str:
    """How the temporary files of `name` start: `.NAME.`, NAME shortened so that the whole
    temporary name (8 random characters and `.tmp` follow) fits in NAME_MAX."""
    return f".{short_name(name)}."


def temp_files(path: Path) -> list[Path]:
    """Temporary files `write_atomic` left beside `path` (a kill between write and rename)."""
    prefix = temp_prefix(path.name)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return sorted(
        path.parent / n
        for n in names
        if n.startswith(prefix) and n.endswith(".tmp") and len(n) == len(prefix) + 12
    )


def recover_interrupted(path: Path) -> list[str]:
    """Deal with what interrupted saves of `path` left; sentences for the reviewer.

    A temporary file is a save that was killed before its rename. One newer than `path` (or
    with no `path` at all) that parses as an annotation file holds edits that may be on disk
    nowhere else: it is merged into `path` like an external edit made after it (its version of
    an annotation wins; an annotation only `path` has is kept, since a cut-short temporary file
    may simply lack it: recovery adds and updates, it never deletes). Older
    ones, and ones that do not parse (cut short by the kill), are removed. Call with the folder
    locked: under `write_lock`, no save of ours is in flight.
    """
    leftovers = temp_files(path)
    if not leftovers:
        return []
    try:
        return _recover(path, leftovers)
    except SaveError as error:  # a full disk, say: the temporary files stay for next time
        return [f"could not recover an interrupted save of {path.name}: {error.reason}"]


def _recover(path: Path, leftovers: list[Path]) -> list[str]:
    notices = []
    with write_lock(path):
        try:
            file_time = os.stat(path).st_mtime_ns
        except OSError:
            file_time = -1
        newer = []
        for tmp in leftovers:
            try:
                if os.stat(tmp).st_mtime_ns > file_time:
                    newer.append((os.stat(tmp).st_mtime_ns, tmp, loads(read_regular(tmp))))
                    continue
            except (OSError, ValueError, UnicodeDecodeError, SchemaError):
                pass
            _remove(tmp)
        for _, tmp, theirs in sorted(newer, key=lambda item: item[0]):
            current = read(path, set_aside_corrupt=False)
            if current.file is not None:
                merged = _newer_over(current.file, theirs)
            elif current.raw is None:
                merged = theirs
            else:  # `path` does not parse: leave both for the store to report
                continue
            write_atomic(path, dumps(merged))
            _remove(tmp)
            notices.append(f"recovered the annotations of a save that was interrupted ({tmp.name})")
    return notices


def _newer_over(older: AnnotationFile, newer: AnnotationFile) -> AnnotationFile:
    """`newer`, plus what of `older` it does not hold: annotations and boilerplate marks of
    other anchors, fixed rows ([[alignment]]) that share no sentence with its own, and
    dismissals ([[dismissed]]) of other findings."""
    anchors = {a.anchor for a in newer.annotations}
    marks = {b.anchor for b in newer.boilerplate}
    fixed = {anchor for row in newer.alignment for cell in row.cells.values() for anchor in cell}
    dismissed = {d.key for d in newer.dismissed}
    return replace(
        newer,
        documents={**older.documents, **newer.documents},
        annotations=(
            *newer.annotations,
            *(a for a in older.annotations if a.anchor not in anchors),
        ),
        boilerplate=(*newer.boilerplate, *(b for b in older.boilerplate if b.anchor not in marks)),
        alignment=(
            *newer.alignment,
            *(
                row
                for row in older.alignment
                if not any(anchor in fixed for cell in row.cells.values() for anchor in cell)
            ),
        ),
        dismissed=(*newer.dismissed, *(d for d in older.dismissed if d.key not in dismissed)),
    )


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- one instance per annotation folder -------------------------------------------------------
#
# The lock is an operating-system lock (flock on POSIX, a byte-range lock on Windows) on
# `<folder>/.reviewer.lock`: the kernel grants it to one process at a time and drops it when
# that process dies, however it dies. So there is no stale lock to take over and no race in
# taking one over (a PID file taken over "when its process is dead" let two instances started
# together both win). The file also holds its owner's pid, host and start time as JSON, for the
# message that says who has the folder; only the holder writes it, after it has the lock.
#
# The holder removes the file when it releases the lock. A process that opened the old file
# just before that and then gets the lock on it sees that the path no longer names the file it
# locked (other inode) and tries again, so two processes never hold two different files.

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_held: dict[Path, tuple[int, int]] = {}  # folder this process holds -> (users, lock fd)
_held_guard = threading.Lock()
WRITE_LOCK_NAME = ".reviewer.write.lock"  # held while a save checks the disk and replaces
WRITE_LOCK_TIMEOUT = 10.0  # seconds: a save is milliseconds; longer means a stuck process


class _Busy(Exception):
    """The OS lock is held by another open file (process)."""


def _os_lock(fd: int, *, blocking: bool) -> bool:
    """Lock `fd` exclusively; False where this file system has no locks (then none is held)."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        else:  # pragma: no cover - Windows: one byte far past the JSON, so others can read it
            import msvcrt

            os.lseek(fd, 1 << 30, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
    except (BlockingIOError, PermissionError):
        raise _Busy from None
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            raise _Busy from None
        if error.errno in (errno.ENOLCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            return False
        raise
    return True


def _open_locked(path: Path, *, blocking: bool, timeout: float = 0.0) -> int:
    """An fd of `path` (created if missing) holding its OS lock; _Busy when another process
    holds it (after `timeout` seconds when blocking). Retries when the file was removed by its
    previous holder between our open and our lock."""
    deadline = time.monotonic() + timeout
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), 0o644)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(path))
            while True:
                try:
                    _os_lock(fd, blocking=False)
                    break
                except _Busy:
                    if not blocking or time.monotonic() >= deadline:
                        raise
                    time.sleep(0.005)
            mine = os.fstat(fd)
            try:
                there = os.stat(path, follow_symlinks=False)
            except FileNotFoundError:
                there = None
            if there is not None and (there.st_ino, there.st_dev) == (mine.st_ino, mine.st_dev):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed it after we opened it: lock the new one


def _unlock_and_remove(path: Path, fd: int) -> None:
    """Remove the lock file while still holding it, then let go (closing drops the lock)."""
    try:
        os.unlink(path)
    except OSError:
        pass
    os.close(fd)


class write_lock:
    """`with write_lock(path):` one save at a time in `path`'s folder, across threads and
    processes: the check that the file on disk is the one last read and the `os.replace` that
    follows are one critical section, so no save can slip in between and be overwritten
    unseen. SaveError (naming `path`) when the folder cannot hold the lock file."""

    def __init__(self, path: Path) -> None:
        self.target = Path(path)
        self.path = self.target.parent / WRITE_LOCK_NAME
        self.fd: int | None = None

    def __enter__(self) -> write_lock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = _open_locked(self.path, blocking=True, timeout=WRITE_LOCK_TIMEOUT)
        except _Busy:
            raise SaveError(
                self.target,
                f"another save in this folder has not ended for {WRITE_LOCK_TIMEOUT:.0f} s "
                f"(a stopped process holds {self.path.name})",
            ) from None
        except OSError as error:
            raise SaveError(self.target, error) from error
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            _unlock_and_remove(self.path, self.fd)
            self.fd = None


@dataclass
class FolderLock:
    """`<folder>/.reviewer.lock`: one reviewer instance per annotation folder (see above).

    Re-entrant within one process (several groups' stores share a folder). A lock file left by
    a process that died is free: the kernel released it. A lock file naming another host is
    respected even when free here, because a network file system may not pass locks between
    hosts; the message says to delete it when that reviewer is not running.
    """

    folder: Path
    held: bool = False

    @property
    def path(self) -> Path:
        return self.folder / LOCK_NAME

    def acquire(self) -> None:
        if self.held:
            return
        key = Path(os.path.realpath(self.folder))
        with _held_guard:
            if key in _held:
                users, fd = _held[key]
                _held[key] = (users + 1, fd)
                self.held = True
                return
            fd = self._acquire_os_lock()
            _held[key] = (1, fd)
            self.held = True

    def _acquire_os_lock(self) -> int:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = f"cannot create the annotation folder ({error.strerror or error}); " + (
                "choose another with --annotations DIR"
            )
            raise SaveError(self.folder, reason) from error
        remove_lock_leftovers(self.folder)
        try:
            fd = _open_locked(self.path, blocking=False)
        except _Busy:
            pid, host, since = read_lock(self.path) or (0, "?", "just now")
            raise LockedError(self.folder, pid, host, since) from None
        except OSError as error:
            raise SaveError(self.path, error) from error
        import json
        import socket

        me = {"pid": os.getpid(), "host": socket.gethostname(), "since": _now().isoformat()}
        owner = read_lock(self.path)
        if owner is not None and owner[1] != me["host"]:
            os.close(fd)  # leave the other host's file as it is
            pid, host, since = owner
            raise LockedError(
                self.folder, pid, host, since, hint=f"if it is not running, delete {self.path}"
            )
        body = json.dumps(me).encode()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            if os.write(fd, body) != len(body):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as error:
            # A full disk creates the file but refuses its bytes: give the lock back, say why.
            _unlock_and_remove(self.path, fd)
            raise SaveError(self.path, error) from error
        return fd

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        key = Path(os.path.realpath(self.folder))
        with _held_guard:
            users, fd = _held.get(key, (1, -1))
            if users > 1:
                _held[key] = (users - 1, fd)
                return
            _held.pop(key, None)
            if fd >= 0:
                _unlock_and_remove(self.path, fd)


def remove_lock_leftovers(folder: Path) -> None:
    """Delete what kills left of the locks: the write lock of a save that was killed (when
    no save holds it now), and the temporary files an older reviewer's lock take-over left
    (`..reviewer.lock.*.tmp`; this version writes the lock in place and leaves none)."""
    for leftover in Path(folder).glob(f".{LOCK_NAME}.*.tmp"):
        _remove(leftover)
    write = Path(folder) / WRITE_LOCK_NAME
    if os.path.lexists(write):
        try:
            _unlock_and_remove(write, _open_locked(write, blocking=False))
        except (_Busy, OSError):
            pass  # a save is under way (or the folder is read-only): it is not a leftover


def read_lock(path: Path) -> tuple[int, str, str] | None:
    """(pid, host, since) of a lock file, or None when it is missing or unreadable."""
    import json

    try:
        data = json.loads(read_regular(path).decode("utf-8"))
        return int(data["pid"]), str(data["host"]), str(data.get("since", "?"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
