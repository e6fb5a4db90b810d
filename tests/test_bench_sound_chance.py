"""The sound-names chance bench's pairs (bench/sound_chance.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sound_chance import counts  # noqa: E402


def test_names_are_heard_in_their_own_row_far_more_than_by_chance():
    same, asked, chance, other = counts("th")
    assert asked > 300 and other > 2000  # surge_barrier, storm_warning, the checks corpus…
    assert same / asked > 3 * chance / other  # th: 0.31 against 0.07 (review41)
