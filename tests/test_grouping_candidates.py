"""Candidate pairs scored in worker processes (grouping_candidates.each_pair) score and group
exactly as in one process."""

import os

import pytest

from bench.corpus import write_corpus
from reviewer.core import grouping, grouping_candidates, parallel
from reviewer.core.session import open_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 90, seed=5)
    return open_corpus([folder], jobs=1)


def test_each_pair_keeps_the_pairs_order_in_workers(monkeypatch):
    pairs = [(a, b) for a in range(40) for b in range(a + 1, 40)]
    monkeypatch.setattr(grouping_candidates, "PARALLEL_PAIRS", 100)
    found = grouping_candidates.each_pair(lambda a, b: (a * b - a, os.getpid()), pairs, jobs=2)
    assert [value for value, _ in found] == [a * b - a for a, b in pairs]
    assert os.getpid() not in {pid for _, pid in found}  # computed in the workers
    few = grouping_candidates.each_pair(lambda a, b: os.getpid(), pairs[:99], jobs=2)
    assert set(few) == {os.getpid()}  # too few pairs to fork for


def test_pairs_scored_in_workers_score_and_group_as_in_one_process(corpus, monkeypatch):
    documents, segments = corpus.documents, corpus.segments
    prints = grouping.fingerprints(documents, segments)
    one, _ = grouping._score_candidates(documents, prints, segments, jobs=1)
    groups = grouping.find_groups(documents, segments, prints=prints, jobs=1)
    monkeypatch.setattr(grouping_candidates, "PARALLEL_PAIRS", 1)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    two, _ = grouping._score_candidates(documents, prints, segments, jobs=2)
    assert len(one) > 100
    assert list(two.items()) == list(one.items())  # the same scores, in the same order
    assert grouping.find_groups(documents, segments, prints=prints, jobs=2) == groups
