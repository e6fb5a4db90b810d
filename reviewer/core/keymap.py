"""keybindings.toml -> a validated map of action id -> keys (DESIGN.md, "Key ids").

The package's `keybindings.toml` holds the defaults; a user's file (`--keys FILE`, or
`keybindings.toml` in the user config folder) overrides them id by id. Mistakes in either are
found here, before the app starts, and reported with the file and line, because a key that
silently does nothing is worse than a clear error. Headless: key names are checked against the
names Textual uses, without importing it.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

# Every action id, with the few words shown in the footer, the help screen and the palette.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("row.next", "next row"),
    ("row.prev", "previous row"),
    ("row.first", "first row"),
    ("row.last", "last row"),
    ("page.down", "page down"),
    ("page.up", "page up"),
    ("finding.next", "next finding"),
    ("finding.prev", "previous finding"),
    ("unreviewed.next", "next unreviewed"),
    ("pane.next", "focus next language"),
    ("pane.prev", "focus previous language"),
    ("group.next", "next group"),
    ("group.prev", "previous group"),
    ("group.list", "groups"),
    ("mark.ok", "mark ok"),
    ("mark.issue", "mark issue"),
    ("mark.reject", "mark reject"),
    ("annotate", "record an error (from the finding under the cursor)"),
    ("error.edit", "edit or delete the row's errors"),
    ("finding.dismiss", "dismiss the finding as a false alarm (again: undismiss)"),
    ("finding.dismissed", "show/hide dismissed findings"),
    ("layout.focus", "pivot + the focused language's window of columns / all columns"),
    ("layout.language", "pick the language beside the pivot"),
    ("boilerplate.toggle", "mark/unmark cell as boilerplate"),
    ("boilerplate.hide", "hide/show boilerplate rows"),
    ("pivot.set", "make focused language the pivot"),
    ("search", "search"),
    ("search.next", "next search match"),
    ("undo", "undo"),
    ("redo", "redo"),
    ("save", "save now"),
    ("export", "export annotations"),
    ("align.shift_up", "move the focused language's first sentence up a row"),
    ("align.shift_down", "move the focused language's last sentence down a row"),
    ("align.merge", "merge the row with the next"),
    ("align.split", "split the row after the focused language's first sentence"),
    ("align.gap", "empty cell here for the focused language, its text pushed down"),
    ("align.ungap", "pull the focused language's text of the next row up"),
    ("align.confirm", "confirm (or unconfirm) the row's alignment"),
    ("align.next_doubtful", "next unconfirmed row, least confident first"),
    ("help", "help"),
    ("quit", "quit"),
)
ACTION_IDS = tuple(action for action, _ in ACTIONS)
DESCRIPTIONS = dict(ACTIONS)

# Which ids share a scope (a key may be bound only once per scope). All review keys are live
# on the same screen, so they form one scope.
SCOPES: dict[str, str] = {action: "review" for action in ACTION_IDS}

# Keys the app keeps for itself (Textual's own bindings, which win over ours): an action bound
# to one of them would never run, so binding one is reported like a key bound twice.
RESERVED: dict[str, str] = {
    "ctrl+p": "the command palette",
    "ctrl+q": "quitting (Textual's own binding)",
    "ctrl+c": "copying, or the hint on how to quit (Textual's own binding)",
}

MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
# Keys named by Textual's `Keys` enum that do not stand for a printed character.
NAMED_KEYS = frozenset(
    (
        "escape",
        "enter",
        "return",
        "tab",
        "space",
        "backspace",
        "insert",
        "delete",
        "home",
        "end",
        "pageup",
        "pagedown",
        "up",
        "down",
        "left",
        "right",
        *(f"f{n}" for n in range(1, 25)),
    )
)
# Textual's friendlier names for some characters (textual/keys.py KEY_NAME_REPLACEMENTS).
CHARACTER_ALIASES = {
    "slash": "/",
    "backslash": "\\",
    "at": "@",
    "minus": "-",
    "plus": "+",
    "underscore": "_",
    "hyphen_minus": "-",
    "less_than_sign": "<",
    "greater_than_sign": ">",
}
_RENAMED = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at"}
_RENAMED |= {"hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}


def default_keys_path() -> Path:
    """The package's own keybindings.toml."""
    return Path(str(resources.files("reviewer") / "keybindings.toml"))


def user_keys_path(environ: dict[str, str] | None = None) -> Path:
    """Where a user's keybindings.toml lives: `$XDG_CONFIG_HOME/reviewer/` (or ~/.config)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")) / ".config")
    return Path(base).expanduser() / "reviewer" / "keybindings.toml"


class KeymapError(ValueError):
    """A mistake in a keybindings file, located by file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Keymap:
    """The live keymap: every action id with its keys, and what the user's file changed."""

    keys: dict[str, tuple[str, ...]] = field(hash=False)
    overrides: dict[str, str] = field(hash=False, default_factory=dict)

    def keys_of(self, action: str) -> str:
        """The keys of `action` as Textual takes them: comma-separated."""
        return ",".join(self.keys.get(action, ()))


def normalize_key(key: str) -> str | None:
    """Textual's name for `key` ("?" -> "question_mark"), or None if it is not a key name."""
    key = key.strip()
    if not key:
        return None
    *modifiers, base = key.split("+") if len(key) > 1 else [key]
    if any(modifier.lower() not in MODIFIERS for modifier in modifiers):
        return None
    modifiers = [modifier.lower() for modifier in modifiers]
    if len(set(modifiers)) != len(modifiers):
        return None
    name = _base_name(base)
    return None if name is None else "+".join((*modifiers, name))


def _base_name(base: str) -> str | None:
    if len(base) == 1:
        if not base.isprintable() or base.isspace():
            return None
        if base.isalnum():
            return base
        name = unicodedata.name(base, "").lower().replace("-", "_").replace(" ", "_")
        return _RENAMED.get(name, name) or None
    if base in NAMED_KEYS or base in CHARACTER_ALIASES:
        return base
    if base != base.lower():
        return None
    char = _char_of(base)
    return base if char is not None and len(char) == 1 and char.isprintable() else None


def _char_of(name: str) -> str | None:
    """The character Textual names `name`, or None. Textual turns both spaces and hyphens of a
    Unicode name into "_" (» -> right_pointing_double_angle_quotation_mark), which
    `unicodedata.lookup` cannot always read back, so hyphenated names are looked up apart."""
    try:
        return unicodedata.lookup(name.replace("_", " ").upper())
    except KeyError:
        return _hyphenated_names().get(name)


@cache
def _hyphenated_names() -> dict[str, str]:
    """Textual's key name -> character, for the characters whose Unicode name has a hyphen
    (built once, on the first name that plain lookup does not know: about 0.3 s)."""
    names = {}
    for code in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(code), "")
        if "-" in name:
            names.setdefault(name.lower().replace("-", "_").replace(" ", "_"), chr(code))
    return names


def display_key(key: str) -> str:
    """A key as a person reads it: "question_mark" -> "?", "ctrl+d" stays "ctrl+d"."""
    *modifiers, base = key.split("+") if len(key) > 1 else [key]
    if len(base) > 1 and base not in NAMED_KEYS:
        char = CHARACTER_ALIASES.get(base)
        if char is None:
            char = _char_of(base) or base
        base = char
    return "+".join((*modifiers, base))


def read_keys_file(path: Path | str) -> dict[str, tuple[tuple[str, ...], int | None]]:
    """The `[keys]` table of one file: action id -> (normalised keys, line), validated."""
    path = Path(path)
    if path.exists() and not path.is_file():  # a FIFO would block the read for ever
        raise KeymapError(path, None, "cannot read: not a regular file")
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeymapError(path, None, f"cannot read: {error}") from error
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise KeymapError(path, int(found.group(1)) if found else None, str(error)) from None
    lines = raw.splitlines()
    for name in data:
        if name != "keys":
            line = _line_of(lines, rf"^\s*\[?\s*[\"']?{re.escape(name)}[\"']?\s*[\]=]")
            raise KeymapError(path, line, f"unknown table or key {name!r}; expected [keys]")
    table = data.get("keys", {})
    if not isinstance(table, dict):
        raise KeymapError(path, _line_of(lines, r"^\s*keys\s*="), "`keys` must be a table")
    result: dict[str, tuple[tuple[str, ...], int | None]] = {}
    for action, value in table.items():
        line = _line_of(lines, rf"^\s*[\"']?{re.escape(action)}[\"']?\s*=")
        if action not in DESCRIPTIONS:
            raise KeymapError(path, line, f"unknown action id {action!r}")
        if not isinstance(value, str):
            raise KeymapError(path, line, f'{action}: keys must be a string like "j,down"')
        keys = []
        for key in value.split(","):
            normal = normalize_key(key)
            if normal is None:
                raise KeymapError(path, line, f"{action}: {key.strip()!r} is not a key name")
            if normal in keys:
                raise KeymapError(path, line, f"{action}: {key.strip()!r} is listed twice")
            keys.append(normal)
        result[action] = (tuple(keys), line)
    return result


def _line_of(lines: list[str], pattern: str) -> int | None:
    compiled = re.compile(pattern)
    for number, text in enumerate(lines, start=1):
        if compiled.search(text):
            return number
    return None


def load_keymap(user: Path | str | None = None, *, default: Path | str | None = None) -> Keymap:
    """The defaults overridden id by id by the user's file (if given), checked for clashes."""
    default = Path(default) if default else default_keys_path()
    merged = {
        action: (keys, default, line) for action, (keys, line) in read_keys_file(default).items()
    }
    overrides: dict[str, str] = {}
    if user is not None:
        for action, (keys, line) in read_keys_file(user).items():
            merged[action] = (keys, Path(user), line)
            overrides[action] = ",".join(keys)
    owners: dict[tuple[str, str], str] = {}
    # Report a clash at the binding that came last (the user's, when one is involved).
    ordered = sorted(merged.items(), key=lambda item: (item[1][1] != default, item[1][2] or 0))
    for action, (keys, path, line) in ordered:
        for key in keys:
            if key in RESERVED:
                raise KeymapError(
                    path, line, f"{key!r} is reserved for {RESERVED[key]}; {action} cannot use it"
                )
            slot = (SCOPES[action], key)
            if slot in owners and owners[slot] != action:
                raise KeymapError(
                    path, line, f"{key!r} is bound to both {owners[slot]} and {action}"
                )
            owners[slot] = action
    return Keymap({action: merged[action][0] for action in merged}, overrides)


def load_user_keymap(keys_file: Path | str | None = None) -> Keymap:
    """The keymap the app runs with: `--keys FILE`, else the user config file if it exists."""
    if keys_file is None:
        candidate = user_keys_path()
        keys_file = candidate if candidate.is_file() else None
    return load_keymap(keys_file)
