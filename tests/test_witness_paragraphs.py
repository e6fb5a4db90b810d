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


def test_as_many_paragraphs_pair_one_by_one_whatever_the_first_pass_voted():
    """A first pass one off around a gap voted paragraph 1 of the pivot to the version's
    paragraph 2; with as many paragraphs of text on each side they pair one by one (the
    Bible bench's versions: 19 of 900 pairings moved, missing found 413 -> 417 over seeds
    15, 3 and 7)."""
    from reviewer.core.align_evidence import make_side
    from reviewer.core.align_search import paragraph_pairs

    paragraphs = [0, 0, 0, 1, 1, 1, 2, 2, 2]
    src = make_side([f"s{k}" for k in range(9)], None, paragraphs, "en")
    tgt = make_side([f"t{k}" for k in range(9)], None, paragraphs, "en")
    # pivot 3-5 (paragraph 1) paired with the version's 5-7 (mostly its paragraph 2)
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,)), ((), (4,))]
    beads += [((3,), (5,)), ((4,), (6,)), ((5,), (7,)), ((6, 7, 8), (8,))]
    assert paragraph_pairs(src, tgt, beads).tolist() == paragraphs
    # a version with a paragraph fewer still pairs by the votes
    fewer = make_side([f"t{k}" for k in range(9)], None, [0, 0, 0, 0, 0, 1, 1, 1, 1], "en")
    assert paragraph_pairs(src, fewer, beads).tolist() == [0, 0, 0, 1, 1, 1, 1, 1, 1]
