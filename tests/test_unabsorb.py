"""An omission absorbed into a bead over several pivot sentences, left alone by the witnesses
(`align_repair.unabsorb`, `group_alignment._unabsorbed`; docs/alignment.md, branch miss35)."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.core import group_alignment
from reviewer.core.align_repair import unabsorb
from reviewer.core.aligning import DEFAULT_OPTIONS, _prepare
from reviewer.core.witness_alone import left_alone
from tests.test_omissions import _group


def _kept(pair, beads, sure, lengths, apart, alone=None, clear=False):
    return beads, sure


@pytest.mark.parametrize(
    ("lang", "verse", "passage"),
    [("de", "14:16", "rev14"), ("ar", "14:17", "rev14"), ("zh", "13:17", "rev13")],
)
def test_an_omission_absorbed_into_a_merged_bead_is_missing_on_its_row(
    lang, verse, passage, monkeypatch
):
    on_row, elsewhere = _group(lang, verse, passage=passage)
    assert "missing" in on_row
    assert elsewhere == []
    # without the repair the version's bead over two pivot sentences hid it
    monkeypatch.setattr(group_alignment, "unabsorb", _kept)
    assert _group(lang, verse, passage=passage) == ([], [])


@pytest.mark.parametrize("passage", ["rev13", "rev14", "rev20", "rev21", "rev22"])
def test_the_repair_raises_no_alarm_in_an_untouched_chapter(passage, monkeypatch):
    found = {lang: _group(lang, None, passage=passage) for lang in ("ar", "de", "es", "ru", "vi")}
    monkeypatch.setattr(group_alignment, "unabsorb", _kept)
    assert found == {lang: _group(lang, None, passage=passage) for lang in found}


EN = [
    "The council met on Monday to discuss the budget.",
    "The mayor proposed a new tax on parking.",
    "Several members objected to the proposal.",
    "The vote was postponed until next month.",
]
DE = [
    "Der Rat tagte am Montag, um über den Haushalt zu beraten.",
    "Mehrere Mitglieder lehnten den Vorschlag ab.",
    "Die Abstimmung wurde auf nächsten Monat verschoben.",
]


def _pair():
    return _prepare(
        EN,
        DE,
        src_paragraphs=None,
        tgt_paragraphs=None,
        src_kinds=None,
        tgt_kinds=None,
        src_lang="en",
        tgt_lang="de",
        options=DEFAULT_OPTIONS,
    )


def test_a_pivot_sentence_the_witnesses_keep_apart_and_the_text_is_short_of_is_left_alone():
    pair = _pair()
    beads = [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
    lengths = pair.src.lengths.astype(float)
    apart = np.ones(len(EN) + 1)
    shared = {(0, 0): 3.5, (1, 0): 0.0}  # what the bead's text shares with each pivot sentence
    out, sure = unabsorb(pair, beads, [0.5, 0.9, 0.9], lengths, apart, shared)
    assert out == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert sure == [0.5, 0.5, 0.9, 0.9]
    # the other versions merge the two pivot sentences too: left as it is
    apart[2] = 0.5  # (per position i + 1: sentence 1 from sentence 0)
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], lengths, apart, shared)[0] == beads
    # the text is as long as both pivot sentences: a faithful merge
    apart[2] = 1.0
    longer = lengths.copy()
    longer[0] = longer[1] = float(pair.tgt.lengths[0]) / pair.ratio / 2
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, shared)[0] == beads
    # the text translates words of the second pivot sentence too
    assert (
        unabsorb(pair, beads, [0.5, 0.9, 0.9], lengths, apart, {(0, 0): 3.5, (1, 0): 1.5})[0]
        == beads
    )


def _merge_that_fits():
    """The pair, a bead of its first two pivot sentences and the version's first sentence,
    witnessed lengths that the bead's text fits, every pivot sentence kept apart."""
    pair = _pair()
    beads = [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
    longer = pair.src.lengths.astype(float)
    longer[0] = longer[1] = float(pair.tgt.lengths[0]) / pair.ratio / 2
    return pair, beads, longer, np.ones(len(EN) + 1)


def test_a_pivot_sentence_the_others_leave_alone_leaves_a_bead_that_shares_nothing_with_it():
    # stork_migration through de, whose own "Im Vorjahr waren es noch sieben tote Vögel
    # gewesen." zh joined to its sentence on the young storks (stop 43): the lengths fit both
    # and the zh sentence shares nothing with either, so the length test kept the bead
    pair, beads, longer, apart = _merge_that_fits()
    alone = np.array([False, True, False, False])
    nothing = {(0, 0): 0.5}
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, nothing)[0] == beads
    out, _ = unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, nothing, alone=alone)
    assert out == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    # the text shares the sentence's evidence: it translates it too
    said = {(0, 0): 0.5, (1, 0): 1.0}
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, said, alone=alone)[0] == beads
    # the others translate it: the lengths decide, as before
    alone[1] = False
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, nothing, alone=alone)[0] == beads


def test_the_others_leave_alone_what_all_or_four_in_five_of_six_or_more_leave_alone():
    pair = _pair()
    left = ([((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))], [])
    held = ([((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], [])
    pairs = {lang: pair for lang in ["en", "x", "y"] + [f"v{k}" for k in range(5)]}
    others = {f"v{k}": left for k in range(4)}
    assert left_alone("en", others, pairs).tolist() == [False, True, False, False]
    assert left_alone("en", {**others, "x": held}, pairs) is None  # 1 of 5
    others["v4"] = left
    assert left_alone("en", {**others, "x": held}, pairs) is not None  # 1 of 6
    assert left_alone("en", {**others, "x": held, "y": held}, pairs) is None


def test_a_short_pivot_sentence_the_text_shares_nothing_with_is_left_alone_whatever_the_lengths():
    # German without Revelation 20:14: the bead of its 20:15 held the English "This is the
    # second death—the lake of fire." and 20:15 (stop 44); so short a sentence changes the
    # bead's length too little for the lengths to tell
    pair, beads, longer, apart = _merge_that_fits()
    whole = longer[0] + longer[1]
    longer[0], longer[1] = whole * 0.7, whole * 0.3
    clear = {(0, 0): 4.5, (1, 0): 0.2}
    out, _ = unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, clear, clear=True)
    assert out == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    # a group's own table (no corpus): too few words known to tell, left to the lengths
    assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, clear)[0] == beads
    # not so clear: the rest shares less, or the sentence a little more
    for shared in ({(0, 0): 3.5, (1, 0): 0.2}, {(0, 0): 4.5, (1, 0): 0.4}):
        assert unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, shared, clear=True)[0] == beads
    # a longer sentence (the Arabic 14:12, whose words a chapter's own table does not know)
    longer[0], longer[1] = whole * 0.6, whole * 0.4
    assert (
        unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, {(0, 0): 4.5}, clear=True)[0] == beads
    )
    # the other versions merge the two pivot sentences too: left as it is
    longer[0], longer[1] = whole * 0.7, whole * 0.3
    apart[2] = 0.5
    assert (
        unabsorb(pair, beads, [0.5, 0.9, 0.9], longer, apart, {(0, 0): 4.5}, clear=True)[0] == beads
    )
