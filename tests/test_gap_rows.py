"""Rows for text the pivot lacks (`group_alignment._gap_rows`): versions share a row where they
agree, and a long gap is read once per cell (review38)."""

from __future__ import annotations

import random

from reviewer.core import group_alignment
from reviewer.core.model import Segment


def _gap(columns: dict[str, list[str]]):
    segments = {"en": ()}
    gaps = {}
    for lang, texts in columns.items():
        segments[lang] = tuple(Segment(i, 0, 0, len(t), t) for i, t in enumerate(texts))
        gaps[lang] = [(i,) for i in range(len(texts))]
    return segments, ["en", *columns], gaps


def test_a_version_joins_a_shared_row_by_any_of_its_texts() -> None:
    # stop 38: a row that several versions share is asked in each of their texts (zh, first,
    # writes no figure; de and fr share ru's 340)
    segments, langs, gaps = _gap(
        {
            "zh": ["这家工厂员工众多。"],
            "de": ["Das Werk hat 340 Mitarbeiter."],
            "fr": ["L'usine compte 340 salariés."],
            "ru": ["Завод работает круглосуточно.", "На заводе 340 сотрудников."],
        }
    )
    rows = group_alignment._gap_rows(segments, langs, gaps)
    assert [{lang: cell for lang, cell in r.cells.items() if cell} for r in rows] == [
        {"ru": (0,)},
        {"zh": (0,), "de": (0,), "fr": (0,), "ru": (1,)},
    ]


def test_a_long_gap_is_read_once_per_cell(monkeypatch) -> None:
    # review 38: every text of a row is asked, and each cell was transliterated again for each
    # pair: a gap of 300 sentences in nine versions took 8 s (2.6 s read once)
    rng = random.Random(3)
    words = ["river", "house", "stone", "light", "water", "green", "window", "market"]
    columns = {
        f"l{j}": [
            " ".join(rng.choice(words) for _ in range(8)) + f" {1000 + i}."
            for i in range(40 + j % 3)
        ]
        for j in range(6)
    }
    segments, langs, gaps = _gap(columns)
    folded = []
    fold = group_alignment._fold
    monkeypatch.setattr(group_alignment, "_fold", lambda text: folded.append(text) or fold(text))
    rows = group_alignment._gap_rows(segments, langs, gaps)
    cells = sum(len(texts) for texts in columns.values())
    assert len(folded) <= cells
    # each numbered sentence is one row, shared by the versions that have it
    assert len(rows) == 42
    assert all(
        len({segments[lang][c[0]].text[-5:] for lang, c in r.cells.items() if c}) == 1 for r in rows
    )
