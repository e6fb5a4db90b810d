"""A version aligned to its nearest witness (`witness_pair`): the Chinese version of a group
sees the verse a Japanese version lost where the English pivot does not (Revelation 21, the
fault benchmark's text, bench/data/faults; docs/alignment.md, N-way, branch `omit39`)."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from bench.faults_data import PIVOT
from reviewer.core import witness_pair
from reviewer.core.aligning import DEFAULT_OPTIONS, _search
from reviewer.core.group_alignment import _group_pairs
from tests.test_omissions import _dropped, _group, _whole_bible_lexicons


@cache
def _lexicons():
    return _whole_bible_lexicons()


def test_japanese_gap_is_found_through_the_chinese_version():
    """Japanese without 21:2 (the holy city) paired "I saw the holy city" with the next
    verse's first clauses, and every row after it one off to the paragraph's end (seed 15 of
    the fault bench); aligned to the Chinese version, the Chinese 21:2 is left alone, and the
    English sentence it translates costs the Japanese version less to leave alone."""
    assert _group("ja", "21:2", lexicons=_lexicons()) == (["missing"], [])


def test_without_the_credit_the_japanese_gap_is_absorbed(monkeypatch):
    monkeypatch.setattr(witness_pair, "PAIR_CREDIT", 0.0)
    assert _group("ja", "21:2", lexicons=_lexicons()) == ([], [])


def _first_passes(drop_lang: str, drop: str, passage: str = "rev21"):
    segments, documents = _dropped(drop_lang, drop, passage)
    pairs = _group_pairs(segments, PIVOT, DEFAULT_OPTIONS)
    first = {
        lang: _search(pair.src, pair.tgt, pair.ratio, pair.options)
        for lang, pair in pairs.items()
        if pair is not None
    }
    span = next((s, e) for ref, s, e in documents[PIVOT].units if ref == drop)
    lost = [k for k, seg in enumerate(segments[PIVOT]) if seg.start < span[1] and span[0] < seg.end]
    return segments, pairs, first, lost


def test_the_credit_falls_on_the_pivot_sentence_the_version_lacks():
    segments, pairs, first, lost = _first_passes("ja", "21:2")
    witness_pair.pair_credit("ja", segments, first, pairs, DEFAULT_OPTIONS)
    credit = pairs["ja"].src.alone_credit
    assert credit is not None
    assert set(np.flatnonzero(credit)) & set(lost)
    # a few sentences at most: the witness's own gaps and pieces, not the whole chapter
    assert np.count_nonzero(credit) <= 3


@pytest.mark.parametrize("lang", ["zh", "de", "ar"])
def test_no_credit_from_a_finer_witness_or_for_an_alphabet(lang):
    """Chinese against the Japanese version, which is cut finer (its clauses are left alone
    against Chinese sentences without any gap); an alphabet's version has no Han witness."""
    segments, pairs, first, _ = _first_passes(lang, "21:2")
    witness_pair.pair_credit(lang, segments, first, pairs, DEFAULT_OPTIONS)
    assert pairs[lang].src.alone_credit is None
