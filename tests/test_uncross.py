"""Two sentences a version writes in the other order than the pivot, one of them paired with
the other's neighbour and both others left alone, become one 2-2 bead (`align_repair.uncross`);
an added sentence beside a lost one stays alone."""

from __future__ import annotations

import pytest

from reviewer.core.align_evidence import make_side
from reviewer.core.align_repair import uncross
from reviewer.core.aligning import DEFAULT_OPTIONS, _Pair

PIVOT = [
    "Then I saw the thrones.",
    "The rest of the dead did not come back to life until the thousand years were complete.",
    "This is the first resurrection.",
    "Blessed are those who share in the first resurrection.",
]
VERSION = [
    "我又看见几个宝座。",
    "这是头一次的复活。",
    "（其余的死人还没有复活，直等那一千年完了。）",
    "在头一次复活有分的有福了。",
]
# the search's beads: 20:5's English first sentence left alone, its second paired with the
# Chinese first, the Chinese second (the English first) left alone
CROSSED = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
JOINED = [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


def _pair(third: set[str]) -> _Pair:
    src, tgt = make_side(PIVOT, None, None, "en"), make_side(VERSION, None, None, "zh")
    pair = _Pair(src, tgt, DEFAULT_OPTIONS, 1.0)
    pair.src.keys = [
        {"l:thron"},
        {"l:dead", "l:thous", "l:years"},
        {"l:resur", "l:first"},
        {"l:bless", "l:resur", "l:share"},
    ]
    pair.tgt.keys = [{"l:thron"}, {"l:resur", "l:first"}, third, {"l:bless", "l:share"}]
    return pair


def test_a_crossing_becomes_one_bead_with_the_lowest_confidence():
    beads, sure = uncross(_pair({"l:dead", "l:thous"}), CROSSED, [0.9, 0.5, 0.8, 0.4, 0.9])
    assert beads == JOINED
    assert sure == [0.9, 0.4, 0.9]


def test_the_mirror_crossing_too():
    """The version's sentence left alone before the 1-1 bead, the pivot's after it."""
    pair = _pair({"l:dead", "l:thous"})
    pair.src.keys[1], pair.src.keys[2] = pair.src.keys[2], pair.src.keys[1]
    pair.tgt.keys[1], pair.tgt.keys[2] = pair.tgt.keys[2], pair.tgt.keys[1]
    mirror = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), ()), ((3,), (3,))]
    assert uncross(pair, mirror, [1.0] * 5)[0] == JOINED


@pytest.mark.parametrize(
    "third",
    [
        pytest.param({"l:sea", "l:fire"}, id="shares-nothing"),  # an added sentence
        pytest.param({"l:dead", "l:thous", "l:sea"}, id="a-lonely-word"),  # sea: nowhere in en
        pytest.param({"l:resur", "l:first", "l:dead"}, id="shares-more-with-the-middle"),
    ],
)
def test_an_added_sentence_beside_a_lost_one_stays_alone(third):
    beads, sure = uncross(_pair(third), CROSSED, [1.0] * 5)
    assert beads == CROSSED
    assert sure == [1.0] * 5
