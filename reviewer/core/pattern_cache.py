"""Compiled regular expressions kept between runs, and the folder they are kept in.

`regex` compiles a pattern in pure Python: the boilerplate rules, long alternations of every
language's labels, take 0.07 CPU s to compile, a sixth of a small `reviewer check`; the other
modules' patterns 0.03 s more. A compiled pattern pickles as its compiled code (regex's own
pickling: `_regex.compile(code, ...)`), which loads in a millisecond. So patterns are compiled
once per machine and kept in the user's cache folder, under a name that changes with regex's
version and Python's (and, for a set, with its patterns); the file carries a checksum of its
contents. A missing, damaged or unwritable cache only costs the compile. Loading admits
nothing but regex's compile function, so the file cannot run code.

Two ways in: `compile_all` for a set of patterns that belong together (the boilerplate rules),
`compile` for one pattern, as `regex.compile` (the modules' patterns): those are looked up in
one store, read at the first call, and what was compiled for want of it is added to the store
when the process ends.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import os
import pickle
import sys
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import regex

_MAGIC = b"reviewer-patterns-1\n"
_STORE_LIMIT = 4096  # patterns; past this the store starts afresh (patterns of old versions)


def cache_folder() -> Path:
    """`$REVIEWER_CACHE_DIR`, else `$XDG_CACHE_HOME/reviewer`, else `~/.cache/reviewer`."""
    root = os.environ.get("REVIEWER_CACHE_DIR")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reviewer"


def compile_all(name: str, patterns: Sequence[tuple[str, int]]) -> list[regex.Pattern[str]]:
    """Each `(source, flags)` compiled, read from the cache `name-KEY.pickle` when it is there
    and sound, else compiled here and written there for the next run."""
    identity = repr((regex.__version__, sys.version, unicodedata.unidata_version, patterns))
    key = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = cache_folder() / f"{name}-{key}.pickle"
    loaded = _read(path)
    if loaded is not None and [p.pattern for p in loaded] == [s for s, _ in patterns]:
        return loaded
    compiled = [regex.compile(source, flags) for source, flags in patterns]
    try:
        _write(path, compiled)
    except OSError:
        pass  # read-only or full: the next run compiles again
    return compiled


_store: dict[tuple[str, int], regex.Pattern[str]] | None = None
_store_lock = threading.Lock()
_store_grew = False


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # regex.compile, kept
    """`regex.compile(source, flags)`, from the store of patterns compiled by earlier runs."""
    global _store, _store_grew
    key = (source, flags)
    with _store_lock:
        if _store is None:
            _store = _read_store(_store_path())
        pattern = _store.get(key)
        if pattern is None:
            pattern = _store[key] = regex.compile(source, flags)
            if not _store_grew:
                _store_grew = True
                atexit.register(_save_store)
    return pattern


def _store_path() -> Path:
    identity = repr((regex.__version__, sys.version, unicodedata.unidata_version))
    key = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return cache_folder() / f"patterns-{key}.pickle"


def _read_store(path: Path) -> dict[tuple[str, int], regex.Pattern[str]]:
    loaded = _read_payload(path)
    if not isinstance(loaded, list):
        return {}
    store = {}
    for entry in loaded:
        if not (isinstance(entry, tuple) and len(entry) == 3):
            return {}
        source, flags, pattern = entry
        if not (
            isinstance(pattern, regex.Pattern)
            and pattern.pattern == source
            and isinstance(flags, int)
            and pattern.flags & flags == flags  # regex adds the flags a pattern implies
        ):
            return {}
        store[source, flags] = pattern
    return store


def _save_store() -> None:
    """The store, with what this process added, written back (at exit: once, not per pattern).
    Another process's additions written meanwhile are kept too."""
    path = _store_path()
    with _store_lock:
        mine = dict(_store or {})
    store = _read_store(path)
    store.update(mine)
    if len(store) > _STORE_LIMIT:
        store = mine
    try:
        _write(path, [(source, int(flags), p) for (source, flags), p in store.items()])
    except OSError:
        pass  # read-only or full: the next run compiles them again


class _PatternsOnly(pickle.Unpickler):
    """An unpickler that can build compiled patterns and nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} has no place in a pattern cache")


def _read(path: Path) -> list[regex.Pattern[str]] | None:
    loaded = _read_payload(path)
    if not isinstance(loaded, list) or not all(isinstance(p, regex.Pattern) for p in loaded):
        return None
    return loaded


def _read_payload(path: Path) -> object:
    """What a sound cache file holds (None if there is none, or it is damaged or foreign)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    if head + b"\n" != _MAGIC or len(body) < 64:
        return None
    digest, payload = body[:64], body[64:]
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None  # damaged
    try:
        return _PatternsOnly(io.BytesIO(payload)).load()
    except Exception:  # noqa: BLE001 - whatever a bad file raises, the patterns are compiled
        return None


def _write(path: Path, compiled: list) -> None:
    payload = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    replace_file(path, _MAGIC + hashlib.sha256(payload).hexdigest().encode() + payload)


def replace_file(path: Path, data: bytes) -> None:
    """`data` put in place whole at `path` (a reader sees all of it or nothing), and the
    earlier versions of it removed: the files named as it is up to its last `-`."""
    import tempfile  # only here: writing is rare, and its import costs every start

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*{path.suffix}"):
        if old != path:
            old.unlink(missing_ok=True)
