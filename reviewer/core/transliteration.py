"""anyascii's transliteration, read from anyascii's own tables without importing anyascii.

anyascii (https://github.com/anyascii/anyascii, ISC licence) keeps one table per block of 256
code points in its package folder `_data/`, named by the block's number in hex (`000`,
`0e0`, `1f6`, ...): raw DEFLATE data of the block's ASCII renderings joined by tabs. Its
function finds them through `importlib.resources`, whose import (with `tempfile` and
`random`) and first look-ups cost 22 M instructions of a 1,650 M `reviewer align`, a sixth of
what the aligner's own modules cost to import. Here the same files are opened directly, with
anyascii's rules: ASCII stays, a code point past its block's table (or of a block without a
file) gives nothing. Where anyascii's folder is not laid out so (another version), anyascii
itself answers. tests/test_transliteration.py compares the two on every code point.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable

_blocks: dict[int, tuple[str, ...]] = {}


def _data_folder() -> str | None:
    """anyascii's `_data` folder, found without importing anyascii (None: not there)."""
    from importlib.util import find_spec

    spec = find_spec("anyascii")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = os.path.join(location, "_data")
        if os.path.isfile(os.path.join(folder, "000")):
            return folder
    return None


def _block(number: int) -> tuple[str, ...]:
    try:
        with open(os.path.join(_DATA, f"{number:03x}"), "rb") as file:
            packed = file.read()
    except FileNotFoundError:
        return ()
    text = zlib.decompress(packed, -zlib.MAX_WBITS).decode("ascii")
    return tuple(map(sys.intern, text.split("\t")))


class _Renderings(dict):
    """Each code point's rendering, looked up in its block's table once: `str.translate` with
    this table gives `_anyascii` in C, a look-up per character where a loop in Python made
    several (a third of a name's phonetic key). Emptied past `_RENDERINGS_LIMIT` entries."""

    def __missing__(self, code: int) -> str:
        if len(self) >= _RENDERINGS_LIMIT:
            self.clear()
        if code <= 0x7F:
            value = chr(code)
        else:
            block = _blocks.get(code >> 8)
            if block is None:
                block = _blocks[code >> 8] = _block(code >> 8)
            low = code & 0xFF
            value = block[low] if low < len(block) else ""
        self[code] = value
        return value


_RENDERINGS_LIMIT = 65536  # code points; a corpus of one script uses a few hundred
_RENDERINGS = _Renderings()


def _anyascii(text: str) -> str:
    if text.isascii():
        return text
    return text.translate(_RENDERINGS)


def _imported() -> Callable[[str], str]:
    from anyascii import anyascii as imported

    return imported


_DATA = _data_folder()
anyascii: Callable[[str], str] = _anyascii if _DATA is not None else _imported()
