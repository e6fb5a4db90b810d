"""A shift across an omission undone (`align_repair.unshift`): a version cut finer than the
pivot that lacks pivot sentence p hands a clause of p + 1's translation (or of p - 1's) to p,
one bead each; where that text translates the neighbour and fits its witnessed length, p is
left alone and the text joins its sentence's bead."""

from types import SimpleNamespace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.align_repair import unshift


def _pair(tgt_lengths, script="kana", src_size=4):
    src = SimpleNamespace(script="latin", kinds=np.zeros(src_size, dtype=np.int64))
    tgt = SimpleNamespace(
        script=script,
        kinds=np.zeros(len(tgt_lengths), dtype=np.int64),
        lengths=np.array(tgt_lengths, dtype=np.float64),
    )
    return SimpleNamespace(src=src, tgt=tgt, ratio=1.0)


# pivot sentences 0..3 of witnessed lengths 40, 50, 80, 40; the version lacks 1, and splits
# 2's translation in three (30, 25, 25): its first clause went to 1
LENGTHS = np.array([40.0, 50.0, 80.0, 40.0])
APART = np.ones(5)
SHIFTED = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,))]
TGT = [40, 30, 25, 25, 40]
# the clause shares 2.0 units with pivot 2 (its "throne", "voice"), 0.3 with pivot 1
SUPPORT = {(0, 0): 2.0, (1, 1): 0.3, (2, 1): 2.0, (2, 2): 1.0, (2, 3): 0.5, (3, 4): 2.0}


def test_the_clause_joins_the_sentence_it_translates_and_the_lost_one_is_alone():
    sure = [0.9, 0.5, 0.8, 0.9]
    beads, sure = unshift(_pair(TGT), (LENGTHS, APART), SHIFTED, sure, SUPPORT)
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1, 2, 3)), ((3,), (4,))]
    assert sure == [0.9, 0.5, 0.8, 0.9]


def test_the_mirror_the_clause_of_the_sentence_before():
    # the version lacks 2: the clause beside it is the end of 1's translation
    lengths = np.array([40.0, 80.0, 50.0, 40.0])
    shifted = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]
    support = {(0, 0): 2.0, (1, 1): 1.0, (1, 2): 0.5, (1, 3): 2.0, (2, 3): 0.2, (3, 4): 2.0}
    beads, _ = unshift(_pair(TGT), (lengths, APART), shifted, [1.0] * 4, support)
    assert beads == [((0,), (0,)), ((1,), (1, 2, 3)), ((2,), ()), ((3,), (4,))]


def test_a_clause_that_shares_as_much_with_its_own_sentence_stays():
    support = {**SUPPORT, (1, 1): 1.5}  # 2.0 is not 1.5 times 1.5
    beads, _ = unshift(_pair(TGT), (LENGTHS, APART), SHIFTED, [1.0] * 4, support)
    assert beads == SHIFTED


def test_a_clause_that_shares_little_with_anything_stays():
    support = {**SUPPORT, (2, 1): 0.8, (1, 1): 0.0}  # below one unit
    beads, _ = unshift(_pair(TGT), (LENGTHS, APART), SHIFTED, [1.0] * 4, support)
    assert beads == SHIFTED


def test_a_text_that_would_run_too_long_for_its_sentence_stays():
    lengths = np.array([40.0, 50.0, 50.0, 40.0])  # 2's witnesses: 50, as its bead has
    beads, _ = unshift(_pair(TGT), (lengths, APART), SHIFTED, [1.0] * 4, SUPPORT)
    assert beads == SHIFTED


def test_sentences_the_other_versions_join_are_cut_anywhere():
    apart = np.array([1.0, 1.0, 1.0, 0.5, 1.0])  # half the others join 1 and 2
    beads, _ = unshift(_pair(TGT), (LENGTHS, apart), SHIFTED, [1.0] * 4, SUPPORT)
    assert beads == SHIFTED


def test_beside_a_gap_the_version_is_one_off_already():
    shifted = [((0,), ()), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,))]
    beads, _ = unshift(_pair(TGT), (LENGTHS, APART), shifted, [1.0] * 4, SUPPORT)
    assert beads == shifted


def test_thai_clauses_are_left_as_they_are():
    beads, _ = unshift(_pair(TGT, "thai"), (LENGTHS, APART), SHIFTED, [1.0] * 4, SUPPORT)
    assert beads == SHIFTED


@given(
    st.lists(st.integers(0, 2), min_size=1, max_size=8),
    st.lists(st.floats(0.0, 3.0), min_size=12, max_size=12),
    st.lists(st.floats(10.0, 90.0), min_size=8, max_size=8),
)
def test_every_sentence_stays_in_one_bead_in_order(sizes, shares, pivot_lengths):
    """Whatever the evidence and lengths: each pivot and version sentence in exactly one bead,
    in order, and as many confidences as beads."""
    beads, j = [], 0
    for i, size in enumerate(sizes):
        beads.append(((i,), tuple(range(j, j + size))))
        j += size
    support = {(i, t): shares[(i + t) % 12] for i in range(len(sizes)) for t in range(j)}
    pair = _pair([30.0] * j, src_size=len(sizes))
    lengths = np.array(pivot_lengths[: len(sizes)])
    apart = np.ones(len(sizes) + 1)
    out, sure = unshift(pair, (lengths, apart), beads, [0.5] * len(beads), support)
    assert [i for s, _ in out for i in s] == list(range(len(sizes)))
    assert [t for _, ts in out for t in ts] == list(range(j))
    assert len(sure) == len(out)
