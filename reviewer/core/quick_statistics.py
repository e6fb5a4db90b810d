"""`statistics.median` without the `statistics` module, whose import (with `random`,
`fractions` and their tables) cost 14 M instructions of every `reviewer check`. The modules
that take medians import this one under that name (`from reviewer.core import
quick_statistics as statistics`), so that their calls read as before."""

from __future__ import annotations

from collections.abc import Iterable


class StatisticsError(ValueError):
    """As `statistics.StatisticsError`: a median of nothing."""


def median(data: Iterable):
    """The middle value of `data`, or the mean of the two middle ones: `statistics.median`'s
    value and type for the same data (tests/test_quick_statistics.py compares them)."""
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    half = count // 2
    if count % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
