"""A member that resembles another group better than its own moves there
(`grouping._moved`; issue 12, stop 43)."""

from __future__ import annotations

from reviewer.core import grouping
from reviewer.core.grouping import _moved

# Documents 0-2: group A (x = 0 and two members); 3-5: group B. Languages all apart.
LANGS = ["uk", "lv", "et", "sw", "zu", "qu", "uk"]


def _run(scores, groups=([0, 1, 2], [3, 4, 5]), langs=LANGS, fits=True, shape=True, seen=None):
    def score(x: int, y: int) -> float:
        if seen is not None:
            seen.append((min(x, y), max(x, y)))
        return scores.get((min(x, y), max(x, y)), 1.0)

    partners = {0: [3, 4, 5, 1, 2], 3: [0], 4: [0], 5: [0], 1: [0], 2: [0]}
    return _moved(
        groups,
        langs,
        partners,
        lambda x, y: scores.get((min(x, y), max(x, y)), 1.0),
        score,
        lambda x, group: shape,
        lambda x, group: fits,
        lambda g: len(g) >= 2,
    )


def _own(value: float, there: float = 1.0) -> dict[tuple[int, int], float]:
    """x's scores with its own group's members (`value`) and with group B (`there`)."""
    return {(0, 1): value, (0, 2): value, (0, 3): there, (0, 4): there, (0, 5): there}


def test_a_member_that_resembles_another_group_better_moves_there():
    assert _run(_own(0.5)) == [[1, 2], [3, 4, 5, 0]]


def test_it_stays_where_the_other_group_is_not_better_by_the_margin():
    scores = _own(0.7, 0.7 + grouping.MOVE_MARGIN - 0.01)
    assert _run(scores) == [[0, 1, 2], [3, 4, 5]]


def test_it_stays_where_the_other_group_is_under_the_bar():
    scores = _own(0.3, grouping.LATE_JOIN - 0.01)
    assert _run(scores) == [[0, 1, 2], [3, 4, 5]]


def test_it_stays_where_the_other_group_has_its_language():
    groups = ([0, 1, 2], [3, 4, 5, 6])
    assert _run(_own(0.5), groups=groups) == [[0, 1, 2], [3, 4, 5, 6]]


def test_it_stays_where_it_does_not_fit_or_the_features_decided():
    assert _run(_own(0.5), fits=False) == [[0, 1, 2], [3, 4, 5]]
    assert _run(_own(0.5), shape=False) == [[0, 1, 2], [3, 4, 5]]


def test_a_group_left_with_one_member_is_gone():
    groups = ([0, 1], [3, 4, 5])
    assert _run({(0, 1): 0.5}, groups=groups) == [[3, 4, 5, 0]]


def test_a_group_that_cannot_reach_the_bar_is_not_scored():
    seen: list[tuple[int, int]] = []
    scores = _own(0.5, 0.2)
    assert _run(scores, seen=seen) == [[0, 1, 2], [3, 4, 5]]
    assert not {(0, 3), (0, 4), (0, 5)} & set(seen)
