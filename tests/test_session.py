"""The session facade: parallel alignment gives exactly what one process gives."""

from bench.corpus import write_corpus
from reviewer.core import parallel
from reviewer.core.session import open_corpus


def test_parallel_alignment_equals_sequential(tmp_path, monkeypatch):
    write_corpus(tmp_path, 120, seed=3)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    forked = open_corpus([tmp_path]).aligned_all(workers=2)
    sequential = open_corpus([tmp_path]).aligned_all(workers=1)
    assert len(forked) == len(sequential) > 2
    for a, b in zip(forked, sequential, strict=True):
        assert (a.group, a.rows, a.findings) == (b.group, b.rows, b.findings)


def test_aligning_through_another_pivot_is_cached_apart(seeds):
    corpus = open_corpus([seeds])
    group = corpus.groups[0]
    by_vi = corpus.aligned(group)
    by_fr = corpus.aligned(group, pivot="fr")
    assert by_vi.languages[0] == "vi" and by_fr.languages[0] == "fr"
    assert corpus.aligned(group, pivot="fr") is by_fr
    assert by_fr.group.id == group.id


def test_pending_rows_are_the_first_pivot_sentences_alone(seeds):
    corpus = open_corpus([seeds])
    group = max(corpus.groups, key=lambda g: len(g.members))
    count = len(corpus.segments[group.members[group.pivot]])
    every = corpus.pending(group)
    assert [row.cells for row in every.rows] == [{group.pivot: (i,)} for i in range(count)]
    assert corpus.pending(group, limit=3).rows == every.rows[:3]
    assert corpus.pending(group, limit=count + 5).rows == every.rows
    assert not any(corpus.pending(group, limit=3).findings)
    assert not corpus.is_aligned(group)  # nothing was aligned to show them
