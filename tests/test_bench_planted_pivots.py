"""The planted-pivots bench's reading of the planted items (bench/planted_pivots.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.planted_pivots import PLANTED, planted_cases  # noqa: E402


def test_every_item_is_read_with_its_planted_faults():
    cases = planted_cases()
    folders = {p.name for p in PLANTED.iterdir() if p.is_dir()}
    assert len(cases) >= 120
    assert set(cases) <= folders
    assert ("number-mismatch", "ko") in cases["chile_quake"]
    assert ("missing", "ja") in cases["chile_quake"]
    assert all(check != "" and len(lang) == 2 for pairs in cases.values() for check, lang in pairs)


def test_a_fault_the_own_pivot_does_not_see_counts_as_planted():
    # transfer's uk Новака for Kowalczyk: found through en, not through the de pivot
    assert ("name-mismatch", "uk") in planted_cases()["transfer"]
    assert ("name-mismatch", "ru") not in planted_cases()["transfer"]


def test_an_omission_is_planted_from_either_side():
    # apple_cake's de, its own pivot, lacks an ingredient: `extra` listed, `missing` elsewhere
    assert {("extra", "de"), ("missing", "de")} <= planted_cases()["apple_cake"]
