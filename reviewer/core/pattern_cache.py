"""Compiled regular expressions kept between runs, and the folder they are kept in.

`regex` compiles a pattern in pure Python: the boilerplate rules, long alternations of every
language's labels, take 0.07 CPU s to compile, a sixth of a small `reviewer check`. A compiled
pattern pickles as its compiled code (regex's own pickling: `_regex.compile(code, ...)`), which
loads in a millisecond. So a set of patterns is compiled once per machine and kept in the
user's cache folder, under a name that changes with the patterns, regex's version and Python's;
the file carries a checksum of its contents. A missing, damaged or unwritable cache only costs
the compile. Loading admits nothing but regex's compile function, so the file cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import regex

_MAGIC = b"reviewer-patterns-1\n"


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


class _PatternsOnly(pickle.Unpickler):
    """An unpickler that can build compiled patterns and nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} has no place in a pattern cache")


def _read(path: Path) -> list[regex.Pattern[str]] | None:
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
        loaded = _PatternsOnly(io.BytesIO(payload)).load()
    except Exception:  # noqa: BLE001 - whatever a bad file raises, the patterns are compiled
        return None
    if not isinstance(loaded, list) or not all(isinstance(p, regex.Pattern) for p in loaded):
        return None
    return loaded


def _write(path: Path, compiled: list[regex.Pattern[str]]) -> None:
    payload = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    data = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + payload
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
    for old in path.parent.glob(f"{stem}-*.pickle"):  # earlier versions of the same patterns
        if old != path:
            old.unlink(missing_ok=True)
