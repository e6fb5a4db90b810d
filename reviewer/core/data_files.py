"""The package's own data files (`reviewer/core/data/*.toml`), parsed once per machine; and
arrays computed from nothing but a seed, computed once per machine (`kept_array`).

tomllib parses in pure Python: the data files take 14 ms to parse, a twentieth of a small
`reviewer check`, where unpickling reads the same tables in well under 1 ms. So each file's
tables are kept in the user's cache folder, as the compiled patterns are (pattern_cache.py:
pickled with a checksum, read back by an unpickler that builds nothing but plain values, so
the file cannot run code; the JSON it was before cost `reviewer align` the json module's
import, 5 M instructions), under a name that carries a digest of the TOML text: an edited or
upgraded file is parsed afresh (hashing 20 KB costs microseconds). A missing, damaged or
unwritable cache only costs the parse. The TOML file stays the source that people edit and
review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reviewer.core.pattern_cache import cache_folder, checksum, read_kept, replace_file, write_kept

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> dict[str, Any]:
    """The tables of `DATA/name` (a TOML file), as tomllib gives them."""
    text = (DATA / name).read_bytes()
    key = checksum(text)
    path = cache_folder() / f"data-{Path(name).stem}-{key}.pickle"
    kept = read_kept(path)  # None where absent or damaged: parsed below
    if isinstance(kept, dict) and kept.get("toml") == key and isinstance(kept.get("tables"), dict):
        return kept["tables"]
    import tomllib  # only here: with the cache, a start has no TOML to parse (4 ms of imports)

    tables = tomllib.loads(text.decode("utf-8"))
    if not _plain(tables):
        return tables  # a date or a time, which the cache does not build: parsed each time
    try:
        write_kept(path, {"toml": key, "tables": tables})
        for old in path.parent.glob(f"data-{Path(name).stem}-*.json"):
            old.unlink(missing_ok=True)  # the JSON copies kept before (until stop 24)
    except OSError:
        pass  # read-only or full: the next run parses again
    return tables


def derived(name: str, part: str, compute: Callable[[dict[str, Any]], Any], code: Sequence[str]):
    """`compute(load(name))`, plain values (tables, arrays, tuples, strings, numbers, None),
    kept in the cache folder as the tables are, under a name that carries a digest of the
    TOML text and of the source files `code` (the modules whose functions `compute` runs):
    an edit of either computes afresh. For what takes longer to derive from the tables than
    to read back (the boilerplate rules' patterns with every language's labels spelled out:
    4,000 escaped words, 25 M instructions of every `reviewer check`). Where a source file
    cannot be read (an install without them), it is computed each time."""
    try:
        key = checksum((DATA / name).read_bytes())
        for path in code:
            with open(path, "rb") as source:
                key = checksum(source.read(), key)
    except OSError:
        return compute(load(name))
    path = cache_folder() / f"derived-{Path(name).stem}-{part}-{key}.pickle"
    kept = read_kept(path)
    if isinstance(kept, dict) and kept.get("key") == key and "value" in kept:
        return kept["value"]
    value = compute(load(name))
    if _plain(value, none=True):
        try:
            write_kept(path, {"key": key, "value": value})
        except OSError:
            pass  # read-only or full: computed again next time
    return value


def _plain(value: object, *, none: bool = False) -> bool:
    """Whether `value` holds nothing but tables, arrays, strings and numbers (and tuples and
    None where `none`: what `derived` keeps)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v, none=none) for k, v in value.items())
    if isinstance(value, list) or (none and isinstance(value, tuple)):
        return all(_plain(v, none=none) for v in value)
    return isinstance(value, str | int | float) or (none and value is None)  # bool is an int


def kept_array(name: str, compute: Callable[[], Any]) -> Any:
    """`compute()`, a numpy array that depends on nothing but `name`, kept in the user cache
    as `name.npy` (read back without pickle). For arrays whose computing costs an import:
    the grouping's random hyperplanes need `numpy.random`, 10 ms of every start. `name`
    should carry what the values depend on (numpy's version for a random generator's)."""
    import numpy as np

    path = cache_folder() / f"{name}.npy"
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        pass  # absent or damaged: computed below
    values = compute()
    try:
        from io import BytesIO

        buffer = BytesIO()
        np.save(buffer, values, allow_pickle=False)
        replace_file(path, buffer.getvalue())
    except OSError:
        pass  # read-only or full: computed again next time
    return values
