"""Files and folders -> decoded, NFC-normalised text, with a clear problem for every bad file.

PROVISIONAL: strict UTF-8 only; the loading issue replaces this with the full loader.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.model import Problem


@dataclass(frozen=True)
class LoadedFile:
    """A decoded file before language identification."""

    path: str  # relative to the folder argument it was found under
    source: Path
    text: str
    encoding: str
    sha256: str
    lang_hint: str | None = None  # from a `name.LANG.txt` file name


@dataclass(frozen=True)
class LoadResult:
    files: tuple[LoadedFile, ...]
    problems: tuple[Problem, ...]


def load_paths(paths: Sequence[str | Path], *, encoding: str | None = None) -> LoadResult:
    files: list[LoadedFile] = []
    problems: list[Problem] = []
    for arg in paths:
        root = Path(arg)
        found = sorted(root.rglob("*.txt")) if root.is_dir() else [root]
        for source in found:
            rel = str(source.relative_to(root)) if root.is_dir() else source.name
            try:
                data = source.read_bytes()
                text = unicodedata.normalize("NFC", data.decode(encoding or "utf-8-sig"))
            except (OSError, UnicodeDecodeError) as error:
                problems.append(Problem(rel, str(error)))
                continue
            files.append(
                LoadedFile(rel, source, text, encoding or "utf-8", hashlib.sha256(data).hexdigest())
            )
    return LoadResult(tuple(files), tuple(problems))
