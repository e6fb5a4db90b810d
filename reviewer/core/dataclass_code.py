"""Dataclasses made without compiling their methods at every start.

`dataclasses` writes each method of a dataclass (`__init__`, `__repr__`, `__eq__`, `__hash__`,
a frozen one's `__setattr__` and `__delattr__`) as source text and compiles it with `exec`
when the class is made: the 35 dataclasses that `reviewer check` imports compile 191 methods,
about 110 M of its 1,190 M instructions, every run. Their texts depend on nothing but the
classes' fields and options, so they are compiled ahead, in `_dataclass_methods.py`, a
module written by this one (`python -c "from reviewer.core import dataclass_code as d;
d.main()"`) whose compiled code
Python keeps as it keeps every module's. While that module is installed (`install`,
from `reviewer.core`'s `__init__`), `dataclasses`' `exec` finds a text there and makes
the function from its code, which was compiled from that very text: the same bytecode,
constants, names and annotations (no `from __future__ import annotations` there, as in
`dataclasses`), the file name and first line number aside (tracebacks through a dataclass
method name `_dataclass_methods.py`). A text it does not hold (a class edited since the
module was written, another Python's `dataclasses`, a class of another package) is
compiled as before; tests/test_dataclass_code.py fails while any of ours is missing.
"""

from __future__ import annotations

import dataclasses
import sys
import types

_methods: dict[str, types.CodeType] | None = None
_recorded: list[str] | None = None  # the texts met, while `main` writes the module


def install() -> None:
    """`dataclasses` compiles the methods it finds in `_dataclass_methods` no more (where its
    methods are made by `exec` of one text each, as in Python 3.11 and 3.12)."""
    if hasattr(dataclasses, "_create_fn") and vars(dataclasses).get("exec") is not _exec:
        dataclasses.exec = _exec


def _exec(source, globals=None, locals=None, /):  # noqa: A002 - exec's own names
    """`exec(source, globals, locals)`, for `dataclasses._create_fn`'s one text: where
    `_dataclass_methods` holds it, its compiled code made into the function the text
    defines, as `exec` would (the same globals, builtins from them)."""
    if _recorded is not None and type(source) is str and _ours(globals):
        _recorded.append(source)
    if (
        type(source) is str
        and type(globals) is dict
        and type(locals) is dict
        and "__builtins__" in globals  # (else exec would add them)
    ):
        code = _table().get(source)
        if code is not None:
            locals[code.co_name] = types.FunctionType(code, globals)
            return None
    return exec(source, globals, locals)


def _ours(globals) -> bool:  # noqa: A002
    name = globals.get("__name__", "") if type(globals) is dict else ""
    return name == "reviewer" or name.startswith("reviewer.")


def _table() -> dict[str, types.CodeType]:
    global _methods
    if _methods is None:
        try:
            from reviewer.core._dataclass_methods import CODE
        except ImportError:  # not written yet
            CODE = {}  # noqa: N806
        _methods = CODE
    return _methods


def texts() -> list[str]:
    """Every method text of the dataclasses of the `reviewer` package, in a fresh process
    (each module imported once, the methods recorded as they are made), sorted."""
    import importlib
    import pkgutil

    global _recorded
    _recorded = []
    install()
    import reviewer

    for module in pkgutil.walk_packages(reviewer.__path__, "reviewer."):
        if module.name != "reviewer.__main__" and module.name not in sys.modules:
            importlib.import_module(module.name)
    found, _recorded = sorted(set(_recorded)), None
    return found


_HEADER = '''"""The methods of the `reviewer` package's dataclasses, compiled ahead: written by
`dataclass_code.main()` (dataclass_code.py says why); do not edit. Each text
below is what `dataclasses` writes for one method, as it writes it (its indentation, no
`from __future__ import annotations`), kept under that text."""

# fmt: off
PYTHON = {python!r}
CODE = {{}}
'''


def module_text(found: list[str]) -> str:
    parts = [_HEADER.format(python=sys.version_info[:2])]
    for text in found:
        parts.append(f"\n{text}\nCODE[{text!r}] = __create_fn__.__code__\n")
    return "".join(parts)


def main() -> None:
    """Write `_dataclass_methods.py` beside this module, from the classes as they are now."""
    import os

    path = os.path.join(os.path.dirname(__file__), "_dataclass_methods.py")
    with open(path, "w", encoding="utf-8") as out:
        out.write(module_text(texts()))
    print(f"wrote {path}")
