"""The oracle bound of the short texts' grouping (bench/grouping_short_bound.py): what it
keeps of a passage's versions, and its area under the curve."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.grouping_short_bound import area, oracle  # noqa: E402


def _evidence(values):  # type: ignore[no-untyped-def]
    return lambda a, b: values.get((min(a, b), max(a, b)))


def test_the_oracle_drops_the_weakest_version_until_every_one_reaches_the_bar():
    # 3 resembles the others at -0.5 (mean under 0.15): it leaves; 0-2 stay (1.0 each)
    values = {(0, 1): 1.0, (0, 2): 1.0, (1, 2): 1.0, (0, 3): -0.5, (1, 3): -0.5, (2, 3): -0.5}
    assert sorted(oracle([0, 1, 2, 3], _evidence(values), 0.15)) == [0, 1, 2]
    assert sorted(oracle([0, 1, 2, 3], _evidence(values), -1.0)) == [0, 1, 2, 3]
    # two versions left are no group (the stage makes none of two)
    values[(1, 2)] = -2.0
    assert oracle([0, 1, 2, 3], _evidence(values), 0.15) == []


def test_a_version_apart_from_two_others_leaves_first_and_from_one_is_weighed():
    values = {(0, 1): 1.0, (0, 2): 1.0, (1, 2): 1.0, (0, 3): 2.0, (1, 3): None, (2, 3): 2.0}
    assert sorted(oracle([0, 1, 2, 3], _evidence(values), 0.15)) == [0, 1, 2, 3]
    values[(2, 3)] = None
    assert sorted(oracle([0, 1, 2, 3], _evidence(values), 0.15)) == [0, 1, 2]


def test_the_area_is_the_chance_a_positive_scores_above_a_negative():
    assert area([2.0, 3.0], [0.0, 1.0]) == 1.0
    assert area([0.0], [1.0]) == 0.0
    assert area([1.0], [1.0, 0.0]) == pytest.approx(0.75)  # a tie counts half
