"""The lost-pairs tool of the Bible dev set (bench/grouping_lost.py) runs find_groups as it is
called today and refuses the lead's blind seeds."""

import sys

import pytest

from bench.bench_grouping import prepare
from bench.grouping_lost import BLIND, Watch, main
from reviewer.core import grouping

STORY = (
    "The harbour of Tromsø opened a new quay on 12 March 2024 for 48 million kroner.\n\n"
    "Mayor Gunnar Wilhelmsen said 310 ships a year would use it."
)
HISTORIE = (
    "Havnen i Tromsø åpnet en ny kai 12. mars 2024 for 48 millioner kroner.\n\n"
    "Ordfører Gunnar Wilhelmsen sa at 310 skip i året ville bruke den."
)


def test_watch_records_the_scores_and_restores_the_stages():
    documents, segments = prepare([("a.en.txt", "en", STORY), ("a.no.txt", "no", HISTORIE)])
    watch = Watch()
    try:
        groups = grouping.find_groups(documents, segments, jobs=1)  # (was a TypeError)
    finally:
        for name, f in watch.originals.items():
            setattr(grouping, name, f)
    assert watch.scored is not None and watch.scorer is not None
    assert [sorted(g.members.values()) for g in groups] == [[0, 1]]
    assert grouping._score_candidates is watch.originals["_score_candidates"]


@pytest.mark.parametrize("seed", list(BLIND))
def test_blind_seeds_are_refused(monkeypatch, seed):
    monkeypatch.setattr(sys, "argv", ["grouping_lost.py", str(seed)])
    with pytest.raises(SystemExit, match="held out"):
        main()
