"""Paragraphs that every version of a group shares are a witness (`_witness_paragraphs`).

In the fault benchmark's Revelation (nine versions, four verses to a paragraph in each) a
version that lost the last or first verse of a paragraph paired the pivot's sentence with the
next paragraph's first clause, and every row after it one off to the paragraph's end; a bead
across the paragraph pairing cost `paragraph_cross` (3), less than the gap did. Where every
version has as many paragraphs as the pivot, such a bead costs `paragraph_cross_witnessed`
times as much.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from reviewer.core.aligning import DEFAULT_OPTIONS, AlignOptions
from reviewer.core.group_alignment import _witness_paragraphs
from tests.test_omissions import _group

NOT_WITNESSED = replace(DEFAULT_OPTIONS, paragraph_cross_witnessed=1.0)


@pytest.mark.parametrize(
    ("lang", "verse", "passage", "before"),
    [
        # Thai 14:5 and 21:13 (last of their paragraphs): absorbed before, the next
        # paragraph's clauses paired one off
        ("th", "14:5", "rev14", ([], [])),
        ("th", "21:13", "rev21", ([], [])),
        # Arabic 14:16 (first of its paragraph): `missing` a row away before
        ("ar", "14:16", "rev14", ([], ["missing"])),
    ],
)
def test_a_verse_lost_beside_a_shared_paragraph_end_is_missing_on_its_row(
    lang, verse, passage, before
):
    assert _group(lang, verse, passage=passage) == (["missing"], [])
    assert _group(lang, verse, NOT_WITNESSED, passage=passage) == before


class _Pair:
    def __init__(self):
        self.options = AlignOptions()


class _Segment:
    def __init__(self, paragraph, boilerplate=None):
        self.paragraph = paragraph
        self.boilerplate = boilerplate


def _segments(*counts, boilerplate_paragraph=False):
    out = {}
    for k, count in enumerate(counts):
        segs = [_Segment(p) for p in range(count) for _ in range(2)]
        if boilerplate_paragraph and k == 1:
            segs.append(_Segment(count, "byline"))
        out[f"l{k}"] = segs
    return out


@pytest.mark.parametrize(
    ("counts", "witnessed"),
    [
        ((4, 4, 4), True),
        ((3, 3), True),
        ((4, 4, 5), False),  # one version has a paragraph more: no pairing one by one
        ((2, 2, 2), False),  # too few paragraphs to tell (BALANCE_MIN_PARAGRAPHS)
    ],
)
def test_only_paragraphs_every_version_shares_are_witnessed(counts, witnessed):
    segments = _segments(*counts)
    pairs = {lang: _Pair() for lang in segments}
    _witness_paragraphs("l1", segments, pairs, DEFAULT_OPTIONS)
    cross = pairs["l1"].options.paragraph_cross
    base = DEFAULT_OPTIONS.paragraph_cross
    assert cross == (base * DEFAULT_OPTIONS.paragraph_cross_witnessed if witnessed else base)
    assert pairs["l2" if "l2" in pairs else "l0"].options.paragraph_cross == base


def test_a_boilerplate_paragraph_is_not_counted():
    segments = _segments(4, 4, 4, boilerplate_paragraph=True)
    pairs = {lang: _Pair() for lang in segments}
    _witness_paragraphs("l1", segments, pairs, DEFAULT_OPTIONS)
    assert pairs["l1"].options.paragraph_cross > DEFAULT_OPTIONS.paragraph_cross


def test_paragraphs_off_stay_off():
    off = replace(DEFAULT_OPTIONS, paragraph_cross=0.0)
    segments = _segments(4, 4, 4)
    pairs = {lang: _Pair() for lang in segments}
    for pair in pairs.values():
        pair.options = off
    _witness_paragraphs("l1", segments, pairs, off)
    assert pairs["l1"].options.paragraph_cross == 0.0
