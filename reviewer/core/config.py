"""The user's config file, `$XDG_CONFIG_HOME/reviewer/config.toml` (else ~/.config/reviewer/).

It holds settings a person writes by hand (today: `reviewer = "NAME"`), so a mistake in it is
reported before the app starts, with the file and line, as keymap.py does for keybindings: a
file that silently does nothing is worse than a clear error. It is read without blocking: a
FIFO in its place would otherwise hang the app before it draws anything.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

# Every key the file may hold, with the type its value must have and what it is for.
KEYS: dict[str, tuple[type, str]] = {
    "reviewer": (str, 'the name recorded with each annotation, e.g. reviewer = "ana"'),
}


class ConfigError(ValueError):
    """A mistake in the config file, located by file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


def user_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/reviewer/config.toml`, else `~/.config/reviewer/config.toml`."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")) / ".config")
    return Path(base).expanduser() / "reviewer" / "config.toml"


def read_config(path: Path | str | None = None) -> dict[str, object]:
    """The validated settings of the config file (`path`, else the user's); {} when there is
    no file. ConfigError when it is not a readable regular file, not UTF-8 TOML, or holds an
    unknown key or a value of the wrong type."""
    from reviewer.core.persistence import read_regular

    path = user_config_path() if path is None else Path(path)
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return {}
    except OSError as error:  # a folder, FIFO or device (EINVAL), or no permission
        raise ConfigError(path, None, f"cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise ConfigError(path, None, f"not UTF-8 text ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) if found else (text.count("\n") or 1)  # "end of document"
        raise ConfigError(path, line, str(error)) from None
    lines = text.splitlines()
    for key, value in data.items():
        line = next(
            (
                n
                for n, source in enumerate(lines, start=1)
                if re.match(rf"\s*\[?\s*[\"']?{re.escape(key)}[\"']?\s*[\]=]", source)
            ),
            None,
        )
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(path, line, f"unknown setting {key!r}; known: {known}")
        kind, meaning = KEYS[key]
        if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
            raise ConfigError(path, line, f"`{key}` must be {meaning}")
    return data


def config_reviewer_name(environ: Mapping[str, str] | None = None) -> str | None:
    """`reviewer = "NAME"` from the user's config file; None when it has none (ConfigError
    when the file is broken)."""
    name = read_config(user_config_path(environ)).get("reviewer")
    return name.strip() if isinstance(name, str) else None
