"""An abridged version (the first sentence of each paragraph) whose figures are all its
versions' joins their group (`grouping._Scorer.features`: figures read by containment; issue
12, stop 42)."""

from __future__ import annotations

import shutil
from pathlib import Path

from reviewer.core.session import open_corpus

DATA = Path(__file__).parent / "data"
VERSIONS = ("de", "en", "es", "ja", "ru", "zh")


def _grouped(tmp_path: Path, abridged: str) -> list[set[str]]:
    for lang in VERSIONS:
        shutil.copy(DATA / "planted" / "surge_barrier" / f"{lang}.txt", tmp_path / f"{lang}.txt")
    (tmp_path / "fr.txt").write_text(abridged, encoding="utf-8")
    corpus = open_corpus([tmp_path], jobs=1)
    return [set(group.members) for group in corpus.groups]


def _abridged() -> str:
    return (DATA / "grouping" / "surge_barrier_fr_abridged.txt").read_text(encoding="utf-8")


def test_an_abridged_version_whose_figures_are_all_kept_joins(tmp_path):
    """fr's 5 figures are all in each version (of 15 or more): 0.33-0.37 with them by the
    features before, the names' disagreement (1 of 2) counted as chance."""
    assert _grouped(tmp_path, _abridged()) == [{"fr", *VERSIONS}]


def test_with_four_figures_kept_the_abridged_version_stays_out(tmp_path):
    """One sentence with a figure (1.5 million people) left out: four figures in common are
    too few (FIGURES_MANY) to say that they are no chance."""
    lines = [line for line in _abridged().splitlines() if "1,5 million" not in line]
    assert len(lines) == 8
    assert _grouped(tmp_path, "\n".join(lines) + "\n") == [set(VERSIONS)]
