"""`quick_statistics.median` is `statistics.median`: the same value, of the same type."""

from __future__ import annotations

import statistics
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import quick_statistics

NUMBERS = st.one_of(
    st.lists(st.integers(-(10**20), 10**20), min_size=1),
    st.lists(st.floats(allow_nan=False), min_size=1),
    st.lists(st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)), min_size=1),
    st.lists(st.fractions(), min_size=1),
)


@given(NUMBERS)
def test_the_median_is_statistics_median(values):
    ours, theirs = quick_statistics.median(values), statistics.median(values)
    assert type(ours) is type(theirs)
    assert ours == theirs or (ours != ours and theirs != theirs)  # (inf - inf: nan both)


def test_any_iterable_and_an_empty_one():
    assert quick_statistics.median(v for v in (3, 1, 2)) == 2
    assert quick_statistics.median({"a": 1.5, "b": 0.5}.values()) == 1.0
    assert quick_statistics.median([Fraction(1, 3), Fraction(1, 2)]) == Fraction(5, 12)
    with pytest.raises(quick_statistics.StatisticsError):
        quick_statistics.median([])
    assert issubclass(quick_statistics.StatisticsError, ValueError)
