"""Compiled regular expressions kept between runs, and the folder they are kept in.

`regex` compiles a pattern in pure Python: the boilerplate rules, long alternations of every
language's labels, take 0.07 CPU s to compile, a sixth of a small `reviewer check`; the other
modules' patterns 0.03 s more. A compiled pattern pickles as its compiled code (regex's own
pickling: `_regex.compile(code, ...)`), which loads in a millisecond. So patterns are compiled
once per machine and kept in the user's cache folder, under a name that changes with regex's
version and Python's (and, for a set, with its patterns); the file carries a checksum of its
contents. A missing, damaged or unwritable cache only costs the compile. Loading admits
nothing but regex's compile function, so the file cannot run code.

Two ways in: `compile_all` for a set of patterns that belong together (`kept_patterns` for one
that is built pattern by pattern as they are asked for: the boilerplate rules), `compile` for
one pattern, as `regex.compile` (the modules' patterns): those are looked up in
one store, read at the first call, and what was compiled for want of it is added to the store
when the process ends.

`compile_re` does the same for the standard library's `re`, which the hot loops' plain
character classes use (it runs them several times faster than `regex`). `re` compiles in pure
Python too, and a class of a wide range walks its code points: `[^\x00-\u2e7f]` costs 11 M
instructions, the dozen such patterns of the aligner's modules 40 M of a 1,650 M `reviewer
align`. A `re` pattern pickles as its source (compiled again when loaded), so what is kept is
what `re.compile` hands its C engine, `_sre.compile`'s arguments, checked to give the same
pattern before they are kept; the engine validates them again (a damaged store cannot make a
pattern that crashes). Their store's name carries Python's version and the engine's magic
number; where `re`'s internals are not as this expects, patterns are compiled as usual.
"""

from __future__ import annotations

import _sre
import atexit
import io
import os
import pickle
import re
import sys
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

try:  # CPython's own SHA-256 (3.12 on: _sha2): `hashlib` loads OpenSSL first, for nothing here
    from _sha2 import sha256  # (11 M instructions of a 1,650 M `reviewer align`)
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # pragma: no cover - an interpreter built without them
        from hashlib import sha256

_MAGIC = b"reviewer-patterns-2\n"  # 2: `checksum` for SHA-256 (stop 26)
_STORE_LIMIT = 4096  # patterns; past this the store starts afresh (patterns of old versions)


# `regex`'s flags that the modules' patterns use, as plain numbers (regex.IGNORECASE and
# regex.VERSION1 are these): the same keys in the store, without importing `regex` for them.
IGNORECASE = 0x2
VERSION1 = 0x100

_engine = None  # regex's C engine, `regex._regex`


def _regex():
    """The `regex` package itself, imported when a pattern must be compiled (not kept) or a
    module-level function of it is wanted. A start that finds every pattern it needs in the
    store never imports it: `regex` imports its pure-Python compiler and builds its tables
    (62 M instructions, 4 % of a 1,600 M `reviewer align`), where the kept patterns need only
    its C engine (`_engine`, 4 M)."""
    import regex

    if "_regex" not in vars(regex) and "regex._regex" in sys.modules:
        regex._regex = sys.modules["regex._regex"]  # loaded first by `_regex_engine`
    return regex


def _regex_engine():
    """`regex._regex`, the C engine that runs compiled patterns and builds them from their
    pickled code, loaded alone from the `regex` package's folder (its `__init__` imports the
    compiler) and registered under its own name: a later `import regex` finds it there and
    uses the same module. Where it cannot be found so, `regex` is imported as usual."""
    global _engine
    if _engine is not None:
        return _engine
    engine = sys.modules.get("regex._regex")
    if engine is None:
        try:
            import importlib.machinery
            import importlib.util

            spec = importlib.util.find_spec("regex")  # found, not run
            folders = list(spec.submodule_search_locations or ()) if spec else []
            for folder in folders:
                for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                    path = os.path.join(folder, "_regex" + suffix)
                    if os.path.isfile(path):
                        break
                else:
                    continue
                found = importlib.util.spec_from_file_location("regex._regex", path)
                engine = importlib.util.module_from_spec(found)
                found.loader.exec_module(engine)
                engine = sys.modules.setdefault("regex._regex", engine)
                break
        except (ImportError, OSError, AttributeError, ValueError):
            engine = None
        if engine is None:
            from regex import _regex as engine
    _engine = engine
    return engine


def _is_pattern(value: object) -> bool:
    """Whether `value` is a compiled `regex` pattern (`regex.Pattern`, which is the engine's
    `_regex.Pattern`), without importing `regex`."""
    kind = type(value)
    return kind.__name__ == "Pattern" and kind.__module__ == "_regex"


_version: str | None = None


def _regex_version() -> str:
    """`regex.__version__`, read from its `_main.py` rather than by importing it (the same
    string, so the store keeps its name); by importing it where the file says otherwise."""
    global _version
    if _version is None:
        try:
            import importlib.util

            spec = importlib.util.find_spec("regex")
            folder = next(iter(spec.submodule_search_locations or ()))
            with open(os.path.join(folder, "_main.py"), encoding="utf-8") as source:
                text = source.read()
            start = text.index('\n__version__ = "') + len('\n__version__ = "')
            version = text[start : text.index('"', start)]
            _version = version if version and "\n" not in version else _regex().__version__
        except (ImportError, OSError, StopIteration, ValueError, AttributeError, TypeError):
            _version = _regex().__version__
    return _version


def escape(text: str) -> str:
    """`regex.escape(text)`: a backslash before each of regex's special characters and each
    white space character (tests/test_pattern_cache.py compares them)."""
    return "".join("\\" + c if c in _SPECIAL or c.isspace() else c for c in text)


_SPECIAL = frozenset("()[]{}?*+|^$\\.-#&~")


def findall(source: str, text: str, flags: int = 0) -> list:
    """`regex.findall(source, text, flags)`, with the pattern from the store."""
    return compile(source, flags).findall(text)


def fullmatch(source: str, text: str, flags: int = 0):
    """`regex.fullmatch(source, text, flags)`, with the pattern from the store."""
    return compile(source, flags).fullmatch(text)


def __getattr__(name: str):
    if name == "regex":  # `pattern_cache.regex`: the package (imported on first use)
        return _regex()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    identity = repr((_regex_version(), sys.version, unicodedata.unidata_version, patterns))
    key = sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = cache_folder() / f"{name}-{key}.pickle"
    loaded = _read(path)
    if loaded is not None and [p.pattern for p in loaded] == [s for s, _ in patterns]:
        return loaded
    compiled = [_regex().compile(source, flags) for source, flags in patterns]
    try:
        write_kept(path, compiled)
    except OSError:
        pass  # read-only or full: the next run compiles again
    return compiled


def kept_patterns(name: str, patterns: Sequence[tuple[str, int]]) -> _KeptPatterns:
    """Each `(source, flags)` compiled, as `compile_all`, by `(source, flags)`; each built when
    first asked for from its code kept in `name-KEY.pickle` (one pickle per pattern), which is
    written whole where it is absent or unsound. Building a pattern from its code is most of
    what reading one costs (8 ms for the 51 boilerplate patterns, of which the seeds ask 30)."""
    identity = repr(("one by one", _regex_version(), sys.version, unicodedata.unidata_version))
    identity += repr(patterns)
    key = sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = cache_folder() / f"{name}-{key}.pickle"
    kept = read_kept(path)
    if (
        isinstance(kept, list)
        and len(kept) == len(patterns)
        and all(isinstance(code, bytes) for code in kept)
    ):
        return _KeptPatterns(patterns, kept)
    compiled = [_regex().compile(source, flags) for source, flags in patterns]
    try:
        write_kept(path, [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in compiled])
    except OSError:
        pass  # read-only or full: the next run compiles again
    return _KeptPatterns(patterns, [None] * len(patterns), compiled)


class _KeptPatterns:
    """`kept_patterns`' mapping: `(source, flags)` -> the pattern, built on first use; one
    whose kept code does not build it (damaged, foreign) is compiled."""

    def __init__(self, patterns, codes, compiled=None) -> None:
        self._where = {key: i for i, key in enumerate(patterns)}
        self._codes = codes
        self._built = list(compiled) if compiled is not None else [None] * len(codes)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __getitem__(self, key: tuple[str, int]) -> regex.Pattern[str]:
        i = self._where[key]
        pattern = self._built[i]
        if pattern is None:
            source, flags = key
            try:
                pattern = _PatternsOnly(io.BytesIO(self._codes[i])).load()
            except Exception:  # noqa: BLE001 - whatever a bad entry raises, it is compiled
                pattern = None
            sound = _is_pattern(pattern) and pattern.pattern == source
            if not (sound and pattern.flags & flags == flags):
                pattern = _regex().compile(source, flags)
            self._built[i] = pattern
        return pattern


_store: dict[tuple[str, int], regex.Pattern[str]] | None = None
_store_lock = threading.Lock()
_store_grew = False


def alternation(words: Iterable[str]) -> str:
    """The words as a regex alternation, escaped, longest first (so that `nghìn tỷ` wins over
    `nghìn`, `drei viertel` over `viertel`)."""
    return "|".join(escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # regex.compile, kept
    """`regex.compile(source, flags)`, from the store of patterns compiled by earlier runs."""
    global _store, _store_grew
    key = (source, flags)
    with _store_lock:
        if _store is None:
            _store = _read_store(_store_path())
        pattern = _store.get(key)
        if pattern is None:
            pattern = _store[key] = _regex().compile(source, flags)
            if not _store_grew:
                _store_grew = True
                atexit.register(_save_store)
    return pattern


def _store_path() -> Path:
    identity = repr((_regex_version(), sys.version, unicodedata.unidata_version))
    key = sha256(identity.encode()).hexdigest()[:16]
    return cache_folder() / f"patterns-{key}.pickle"


def _read_store(path: Path) -> dict[tuple[str, int], regex.Pattern[str]]:
    def sound(source: str, flags: int, pattern: object) -> bool:
        return (
            _is_pattern(pattern)
            and pattern.pattern == source
            and pattern.flags & flags == flags  # regex adds the flags a pattern implies
        )

    return _read_entries(path, sound)


def _read_entries(path: Path, sound) -> dict:
    """A store's `(source, flags) -> kept` entries, or none if one is not `sound`."""
    loaded = read_kept(path)
    if not isinstance(loaded, list):
        return {}
    store = {}
    for entry in loaded:
        if not (isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[1], int)):
            return {}
        if not sound(*entry):
            return {}
        store[entry[0], entry[1]] = entry[2]
    return store


def _save_store() -> None:
    """The store, with what this process added, written back (at exit: once, not per pattern).
    Another process's additions written meanwhile are kept too."""
    with _store_lock:
        mine = dict(_store or {})
    _save(_store_path(), mine, _read_store)


def _save(path: Path, mine: dict, read) -> None:
    store = read(path)
    store.update(mine)
    if len(store) > _STORE_LIMIT:
        store = mine
    try:
        write_kept(path, [(source, int(flags), p) for (source, flags), p in store.items()])
    except OSError:
        pass  # read-only or full: the next run compiles them again


_re_store: dict[tuple[str, int], tuple] | None = None
_re_store_grew = False


def compile_re(source: str, flags: int = 0) -> re.Pattern[str]:  # re.compile, kept
    """`re.compile(source, flags)`, from what earlier runs compiled (see the module's doc)."""
    global _re_store, _re_store_grew
    key = (source, int(flags))
    with _store_lock:
        if _re_store is None:
            _re_store = _read_re_store(_re_store_path())
        kept = _re_store.get(key)
        if kept is not None:
            try:
                return _sre.compile(source, *kept)
            except (TypeError, ValueError, RuntimeError):  # refused by the engine
                del _re_store[key]
        pattern = re.compile(source, flags)
        arguments = _sre_arguments(source, flags, pattern)
        if arguments is not None:
            _re_store[key] = arguments
            if not _re_store_grew:
                _re_store_grew = True
                atexit.register(_save_re_store)
    return pattern


def _sre_arguments(source: str, flags: int, pattern: re.Pattern[str]) -> tuple | None:
    """What `re.compile(source, flags)` hands `_sre.compile` after `source` (as Python 3.11 to
    3.13 do), or None where that does not give `pattern` back."""
    try:
        parsed = re._parser.parse(source, flags)
        names = dict(parsed.state.groupdict)
        index = [None] * parsed.state.groups
        for name, number in names.items():
            index[number] = name
        code = list(map(int, re._compiler._code(parsed, flags)))  # plain: its opcodes are named
        flags = int(flags | parsed.state.flags)  # a plain int too (not a RegexFlag) for the store
        arguments = (flags, code, parsed.state.groups - 1, names, tuple(index))
        again = _sre.compile(source, *arguments)
    except Exception:  # noqa: BLE001 - other internals: compiled as usual, not kept
        return None
    same = again == pattern and (again.groups, again.groupindex) == (
        pattern.groups,
        pattern.groupindex,
    )
    return arguments if same else None


def _re_store_path() -> Path:
    identity = repr((sys.version, _sre.MAGIC, _sre.CODESIZE))
    key = sha256(identity.encode()).hexdigest()[:16]
    return cache_folder() / f"re-patterns-{key}.pickle"


def _read_re_store(path: Path) -> dict[tuple[str, int], tuple]:
    def sound(source: str, flags: int, arguments: object) -> bool:
        return isinstance(source, str) and isinstance(arguments, tuple) and len(arguments) == 5

    return _read_entries(path, sound)


def _save_re_store() -> None:
    with _store_lock:
        mine = dict(_re_store or {})
    _save(_re_store_path(), mine, _read_re_store)


class _PatternsOnly(pickle.Unpickler):
    """An unpickler that can build compiled patterns and nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return _regex_engine().compile  # (the engine alone: `regex` is not imported)
        raise pickle.UnpicklingError(f"{module}.{name} has no place in a pattern cache")


def _read(path: Path) -> list[regex.Pattern[str]] | None:
    loaded = read_kept(path)
    if not isinstance(loaded, list) or not all(map(_is_pattern, loaded)):
        return None
    return loaded


def read_kept(path: Path) -> object:
    """What a sound cache file holds (None if there is none, or it is damaged or foreign)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    if head + b"\n" != _MAGIC or len(body) < _CHECKSUM_SIZE:
        return None
    digest, payload = body[:_CHECKSUM_SIZE], body[_CHECKSUM_SIZE:]
    if checksum(payload).encode() != digest:
        return None  # damaged
    try:
        return _PatternsOnly(io.BytesIO(payload)).load()
    except Exception:  # noqa: BLE001 - whatever a bad file raises, the patterns are compiled
        return None


def write_kept(path: Path, compiled: object) -> None:
    payload = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    replace_file(path, _MAGIC + checksum(payload).encode() + payload)


def checksum(data: bytes, start: str = "") -> str:
    """CRC-32 and Adler-32 of `data` in 16 hex digits (`start`: the checksum of what came
    before `data`, to go on from): what tells a damaged or changed file from the one a cache
    was made of. zlib computes both at about a byte an instruction; SHA-256, which it
    replaced, took 47 an instruction, 11 M of a 1,570 M `reviewer align` (the kept patterns,
    the data files and their TOML, the language model's ends). Nothing here is a secret or
    an adversary's: the unpickler builds nothing but patterns and plain values."""
    crc, adler = (int(start[:8], 16), int(start[8:], 16)) if start else (0, 1)
    return f"{zlib.crc32(data, crc):08x}{zlib.adler32(data, adler):08x}"


_CHECKSUM_SIZE = 16


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
