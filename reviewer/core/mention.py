"""A number or name found in a text: what it is, its key (equal across languages), and where.

The number reader (`number_reader`) and the name reader (`evidence`) both give `Mention`s, and
the checks, the aligner and grouping compare their keys.
"""

from __future__ import annotations

from typing import NamedTuple

# Kinds of mention. Numbers: "number", "percent", "year", "date", "month", "word" (a spelt
# number, soft evidence). Names: "name", "acronym".
NUMBER_KINDS = ("number", "percent", "year", "date", "month", "word")
NAME_KINDS = ("name", "acronym")


class Mention(NamedTuple):
    """One number or name in a text: what it is (`key`, equal across languages), and where.

    `value` is the numeric value for numbers (None for dates, months and names); `text` is the
    surface form, `text == source[start:end]`.

    A NamedTuple, not a frozen dataclass: a third of the cost to make (hundreds of thousands
    are made per corpus: every number and name of every sentence read), with the same fields,
    equality, hash and repr, and immutable too.
    """

    kind: str
    key: str
    start: int
    end: int
    text: str
    value: float | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


# `Mention(*fields)` from a tuple of all six fields, made in C: `NEW(Mention, fields)`. The
# NamedTuple's own `__new__` is a Python function, a frame for each of the hundreds of
# thousands made per corpus (two thirds of the time to make one). The same object: a Mention
# is the tuple of its fields (tests/test_fast_paths_text.py).
NEW = tuple.__new__
