"""Dataclass methods compiled ahead (dataclass_code.py): the module that holds them is up to
date with the classes, and each function made from it is the one `dataclasses` would compile."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import types

import pytest

from reviewer.core import _dataclass_methods, dataclass_code

SAME_PYTHON = sys.version_info[:2] == _dataclass_methods.PYTHON


def _plain(code: types.CodeType, shift: int | None = None) -> types.CodeType:
    """`code` as if compiled from `exec`'s text alone: its file `<string>`, its lines counted
    from that text's first, nested code too."""
    shift = code.co_firstlineno - 1 if shift is None else shift
    consts = tuple(_plain(c, shift) if _is_code(c) else c for c in code.co_consts)
    return code.replace(
        co_filename="<string>", co_firstlineno=code.co_firstlineno - shift, co_consts=consts
    )


def test_each_kept_method_is_what_its_text_compiles_to():
    assert _dataclass_methods.CODE
    for text, code in _dataclass_methods.CODE.items():
        fresh = _compiled(text)
        assert _plain(code) == fresh, text
        assert code.co_linetable == fresh.co_linetable  # (positions, line by line)
        for mine, theirs in zip(_nested(code), _nested(fresh), strict=True):
            assert mine.co_linetable == theirs.co_linetable, text


def _compiled(text: str) -> types.CodeType:
    """The function code `exec(text)` compiles in `dataclasses` (without this module's
    `from __future__ import annotations`: `dont_inherit`)."""
    module = compile(text, "<string>", "exec", dont_inherit=True)
    (function,) = (c for c in module.co_consts if _is_code(c))
    return function


def _is_code(value: object) -> bool:
    return isinstance(value, types.CodeType)


def _nested(code: types.CodeType) -> list[types.CodeType]:
    return [c for c in code.co_consts if _is_code(c)]


@pytest.mark.skipif(not SAME_PYTHON, reason="the methods were written by another Python")
def test_the_kept_methods_are_those_of_the_classes_as_they_are():
    """Fails after a dataclass of ours changed: write the module again with
    `python -c "from reviewer.core import dataclass_code as d; d.main()"`."""
    code = "from reviewer.core import dataclass_code\nprint(repr(dataclass_code.texts()))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    found = eval(result.stdout)  # a list of strings, printed by repr  # noqa: S307
    assert found == sorted(_dataclass_methods.CODE), "dataclass_code.main() not run since"


@pytest.mark.skipif(not SAME_PYTHON, reason="the methods were written by another Python")
def test_a_kept_class_is_made_without_compiling_and_behaves_as_one_compiled():
    from reviewer.core.model import Segment

    compiled = []
    real = dataclass_code._exec

    def counting(source, globals=None, locals=None, /):  # noqa: A002
        if source not in _dataclass_methods.CODE:
            compiled.append(source)
        return real(source, globals, locals)

    def make(exec_):
        namespace = {"__name__": "reviewer.core.model", "__builtins__": __builtins__}
        original = vars(dataclasses).get("exec")
        dataclasses.exec = exec_
        try:
            source = (
                "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass Segment:\n"
            ) + "".join(
                f"    {f.name}: {f.type!s}"
                + ("" if f.default is dataclasses.MISSING else f" = {f.default!r}")
                + "\n"
                for f in dataclasses.fields(Segment)
            )
            exec(compile(source, "<test>", "exec"), namespace)
        finally:
            dataclasses.exec = original
        return namespace["Segment"]

    kept, plain = make(counting), make(exec)
    assert compiled == []  # every method came from the kept code
    a, b = kept(1, 0, 0, 5, "Hello"), plain(1, 0, 0, 5, "Hello")
    assert repr(a) == repr(b) and hash(a) == hash(b)
    assert a == kept(1, 0, 0, 5, "Hello") and a != kept(2, 0, 0, 5, "Hello")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "other"
    assert kept.__init__.__qualname__ == plain.__init__.__qualname__ == "Segment.__init__"
    assert kept.__init__.__annotations__ == plain.__init__.__annotations__


def test_a_text_not_kept_is_compiled_as_before():
    namespace: dict = {"__builtins__": __builtins__, "__name__": "elsewhere"}
    ns: dict = {}
    dataclass_code._exec("def __create_fn__(x):\n def f():\n  return x\n return f", namespace, ns)
    assert ns["__create_fn__"](3)() == 3
