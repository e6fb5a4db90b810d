"""A Thai clause across two pivot sentences, left alone between their beads, joins the bead
of the one it translates words of (align_repair.unstraddle)."""

from types import SimpleNamespace

import numpy as np

from reviewer.core.align_repair import STRADDLE_SHARE, unstraddle


def _pair(script: str = "thai", clauses: int = 5):
    return SimpleNamespace(
        src=SimpleNamespace(script="latin"),
        tgt=SimpleNamespace(script=script, kinds=[None] * clauses),
    )


# Revelation 20:12 in Thai: "…ได้เห็นบรรดาผู้ที่ตายแล้ว / ทั้งผู้น้อยและผู้ใหญ่" beside "And I saw
# the dead, great and small, standing before the throne." (0); "ยืนอยู่จำเพาะพระพักตร์พระเจ้า
# และหนังสือต่างๆก็เปิดออก" (2) across it and "And there were open books…" (1), beside
# "หนังสืออีกม้วนหนึ่งก็เปิดออกด้วย / คือหนังสือแห่งชีวิต" (3, 4)
BEADS = [((0,), (0, 1)), ((), (2,)), ((1,), (3, 4))]
SURE = [0.9, 0.5, 0.8]
QUIET = np.zeros(5)


def test_a_clause_sharing_words_with_the_next_pivot_sentence_joins_its_bead() -> None:
    support = {(1, 2): STRADDLE_SHARE, (0, 0): 2.0}
    beads, sure = unstraddle(_pair(), BEADS, SURE, QUIET, support)
    assert beads == [((0,), (0, 1)), ((1,), (2, 3, 4))]
    assert sure == [0.9, 0.8]
    # with the one before it rather
    beads, _ = unstraddle(_pair(), BEADS, SURE, QUIET, {(0, 2): 0.5, (1, 2): 0.2})
    assert beads == [((0,), (0, 1, 2)), ((1,), (3, 4))]


def test_a_clause_sharing_little_or_with_lonely_words_stays_alone() -> None:
    little = {(1, 2): STRADDLE_SHARE * 0.9}
    assert unstraddle(_pair(), BEADS, SURE, QUIET, little) == (BEADS, SURE)
    # an inserted clause of another chapter: a word the pivot's chapter nowhere has
    lonely = np.array([0.0, 0.0, 0.5, 0.0, 0.0])
    assert unstraddle(_pair(), BEADS, SURE, lonely, {(1, 2): 1.0}) == (BEADS, SURE)


def test_only_between_adjacent_pivot_sentences_and_only_thai() -> None:
    support = {(1, 2): 1.0, (2, 2): 1.0}
    apart = [((0,), (0, 1)), ((), (2,)), ((2,), (3, 4))]  # pivot sentence 1 between them
    assert unstraddle(_pair(), apart, SURE, QUIET, support) == (apart, SURE)
    assert unstraddle(_pair("latin"), BEADS, SURE, QUIET, support) == (BEADS, SURE)
    # two clauses alone: an added sentence, not a clause across two
    two = [((0,), (0,)), ((), (1, 2)), ((1,), (3, 4))]
    assert unstraddle(_pair(), two, SURE, QUIET, {(1, 1): 1.0, (1, 2): 1.0}) == (two, SURE)
