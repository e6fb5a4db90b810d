"""A corpus table learnt again from a group's second passes keeps a pair of words met only
twice when both meetings are in beads whose lengths the witnesses agree with
(align_learning.agreed_beads, align_learning.confirmed; group_alignment._learnt_in_groups)."""

from types import SimpleNamespace

import numpy as np

from reviewer.core.align_learning import WITNESSED_FIT, agreed_beads, confirmed


def _bead(src: str, tgt: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(src.split()), frozenset(tgt.split())


# Russian without Revelation 13:14: its 13:13 beside the English 13:13, its 13:15 beside 13:14
TRUE_1313 = _bead("signs fire", "znam tak ogon")
SHIFTED = _bead("signs telli sword", "tak dukh obraz")
TRUE_1315 = _bead("image breat", "obraz dukh")
TRUE_1317 = _bead("image worsh", "obraz pokl")


def test_a_pair_met_twice_once_in_a_bead_the_witnesses_disagree_with_is_dropped() -> None:
    learnt = [TRUE_1313, SHIFTED, TRUE_1315, TRUE_1317]
    table = {"signs": {"tak"}, "image": {"obraz"}}
    agreed = [TRUE_1313, TRUE_1315, TRUE_1317]  # the shifted bead is too long for 13:14
    assert confirmed(table, learnt, agreed, 2) == {"image": {"obraz"}}


def test_a_pair_met_twice_where_the_lengths_agree_is_kept() -> None:
    learnt = [TRUE_1313, SHIFTED, TRUE_1315, TRUE_1317]
    table = {"signs": {"tak"}, "image": {"obraz"}}
    assert confirmed(table, learnt, learnt, 2) == table


def test_a_pair_met_more_often_is_kept_wherever_it_met() -> None:
    learnt = [TRUE_1313, SHIFTED, _bead("signs sea", "tak more")]
    # three meetings, two of them in beads the witnesses disagree with: a translation
    assert confirmed({"signs": {"tak"}}, learnt, [TRUE_1313], 2) == {"signs": {"tak"}}
    # with a minimum of three, three meetings are no more than it: held back as above
    assert confirmed({"signs": {"tak"}}, learnt, [TRUE_1313], 3) == {}


def test_each_target_of_a_word_is_judged_on_its_own() -> None:
    learnt = [_bead("death", "smert ad"), _bead("death hades", "smert ad")]
    agreed = [_bead("death", "smert")]
    # each meets death twice, once where the lengths agree
    assert confirmed({"death": {"smert", "ad"}}, learnt, agreed, 2) == {}
    agreed = [_bead("death", "smert ad"), _bead("death hades", "smert")]
    assert confirmed({"death": {"smert", "ad"}}, learnt, agreed, 2) == {"death": {"smert"}}


def _pair(version_lengths: list[float], ratio: float = 1.0):
    return SimpleNamespace(tgt=SimpleNamespace(lengths=np.array(version_lengths)), ratio=ratio)


def test_agreed_beads_are_those_as_long_as_the_witnesses_say() -> None:
    lengths = np.array([100.0, 100.0, 40.0])  # the witnesses' median per pivot sentence
    pair = _pair([105.0, 160.0, 40.0, 30.0])
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((), (3,))]
    # 160 for 100 is 0.47 log units off; 70 for 40 is 0.56; an empty side teaches nothing
    assert agreed_beads(pair, beads, lengths) == [((0,), (0,))]
    # the version's length ratio is taken off first: a version twice as long agrees
    pair = _pair([210.0, 320.0], ratio=2.0)
    assert agreed_beads(pair, [((0,), (0,)), ((1,), (1,))], lengths) == [((0,), (0,))]


def test_agreed_beads_at_the_edge() -> None:
    lengths = np.array([100.0])
    inside = 100.0 * np.exp(WITNESSED_FIT) * 0.99
    outside = 100.0 * np.exp(WITNESSED_FIT) * 1.01
    assert agreed_beads(_pair([inside]), [((0,), (0,))], lengths) == [((0,), (0,))]
    assert agreed_beads(_pair([outside]), [((0,), (0,))], lengths) == []
    # beads over several sentences a side: the sums
    assert agreed_beads(_pair([60.0, 50.0]), [((0,), (0, 1))], np.array([110.0])) == [
        ((0,), (0, 1))
    ]


def test_thai_beads_are_held_to_the_witnesses_lengths_more_loosely() -> None:
    from reviewer.core.align_learning import WITNESSED_FIT_THAI

    lengths = np.array([100.0])
    half = _pair([100.0 * np.exp(0.5)])  # 0.5 log units long: a Thai bead of clauses may be
    assert agreed_beads(half, [((0,), (0,))], lengths) == []
    assert agreed_beads(half, [((0,), (0,))], lengths, WITNESSED_FIT_THAI) == [((0,), (0,))]
    far = _pair([100.0 * np.exp(WITNESSED_FIT_THAI) * 1.01])
    assert agreed_beads(far, [((0,), (0,))], lengths, WITNESSED_FIT_THAI) == []


def test_a_bead_beside_a_pivot_sentence_left_alone_agrees_with_nothing() -> None:
    # Chinese without Revelation 21:23: its 21:24 beside the English 21:23, 21:24 left alone;
    # every version text as long as the witnesses say, the shifted one too
    lengths = np.array([100.0, 100.0, 100.0, 100.0, 100.0])
    pair = _pair([100.0, 100.0, 100.0, 100.0])
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), ()), ((4,), (3,))]
    # either neighbour of the gap may be the one that took its text
    assert agreed_beads(pair, beads, lengths) == [((0,), (0,)), ((1,), (1,))]
    # a gap at an end has one neighbour; a version's own sentence alone (0-1) is no gap
    beads = [((0,), ()), ((1,), (0,)), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
    assert agreed_beads(pair, beads, lengths) == [((2,), (1,)), ((3,), (3,))]
    # two pivot sentences left alone as one bead (2-0) likewise
    beads = [((0,), (0,)), ((1, 2), ()), ((3,), (1,)), ((4,), (2,))]
    assert agreed_beads(pair, beads, lengths) == [((4,), (2,))]
