"""The planted-pivots bench's reading of the planted items (bench/planted_pivots.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.planted_pivots import PLANTED, beyond, planted_cases, planted_faults, unfound  # noqa: E402


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


def test_a_faulted_pivots_own_fault_is_expected_once_on_the_pivot():
    planted = {("missing", "es"), ("extra", "es"), ("number-mismatch", "vi")}
    found = [
        ("missing", "es"),  # es, the pivot, has a sentence no other version has: said once
        ("number-mismatch", "vi"),  # another version's fault
        ("missing", "es"),  # the pivot's fault said twice
        ("missing", "de"),  # ... or said in another version's cell
        ("number-mismatch", "es"),  # not one of the pivot's faults
    ]
    assert list(beyond(found, planted, "es", own=1)) == [2, 3, 4]
    # through a pivot without a fault, every finding on the pivot is beyond the planted
    assert list(beyond(found, planted, "en", own=0)) == [3, 4]
    assert list(beyond(found[:2], planted, "es", own=2)) == []


def test_a_fault_is_told_from_either_side_and_not_through_its_own_version():
    faults = [("missing", "ko"), ("number-mismatch", "vi"), ("extra", "id")]
    # ko's omission said as `extra` where ko's row is the pivot's; vi's change not said
    assert unfound([("extra", "ko")], faults, "id") == [("number-mismatch", "vi")]
    assert unfound([], faults, "vi") == [("missing", "ko"), ("extra", "id")]


def test_each_planted_fault_is_one_entry():
    # water_conference: eight faults in eight versions; stork_migration nine
    faults = planted_faults()
    assert len(faults["water_conference"]) == 8
    assert ("extra", "id") in faults["water_conference"]
    assert len(faults["stork_migration"]) == 9
