"""An omission absorbed into a bead over several pivot sentences, left alone by the witnesses
(`align_repair.unabsorb`, `group_alignment._unabsorbed`; docs/alignment.md, branch miss35)."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.core import group_alignment
from reviewer.core.align_repair import unabsorb
from reviewer.core.aligning import DEFAULT_OPTIONS, _prepare
from tests.test_omissions import _group


def _kept(pair, beads, sure, lengths, apart):
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
