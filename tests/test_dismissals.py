"""Dismissed findings: kept in the annotation file, found again after realignment, merged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reviewer.core import persistence
from reviewer.core.annotations import AnnotationStore
from reviewer.core.dismissals import Dismissal, RowFinder, without_dismissed
from reviewer.core.merge import merge_versions
from reviewer.core.persistence import AnnotationFile, FileShapeError
from reviewer.core.session import open_corpus
from tests.conftest import SEEDS

WHEN = datetime(2026, 12, 5, 9, 13, tzinfo=UTC)


@pytest.fixture(scope="module")
def corpus():
    return open_corpus([SEEDS])


def test_round_trip_through_the_file():
    file = AnnotationFile(
        "g", "vi", dismissed=(Dismissal("vi:17:584f992f", "fr", "name-mismatch", "ana", WHEN),)
    )
    raw = persistence.dumps(file)
    assert b"[[dismissed]]" in raw and b"updated = 2026-12-05T09:13:00Z" in raw
    assert persistence.loads(raw) == file


@pytest.mark.parametrize(
    "table",
    [
        'anchor = "a"\nlang = "fr"',
        'anchor = "a"\nlang = "fr"\ncheck = 3',
        'anchor = ""\nlang = "fr"\ncheck = "x"',
    ],
)
def test_a_bad_dismissal_is_a_clear_error(table):
    raw = f'schema = 1\ngroup = "g"\npivot = "vi"\n[[dismissed]]\n{table}\n'.encode()
    with pytest.raises(FileShapeError, match="dismissed #1"):
        persistence.loads(raw)


def test_a_dismissal_follows_its_row_to_another_pivot(corpus, tmp_path):
    group = corpus.groups[0]
    vi = corpus.aligned(group)
    row = next(r for r, f in enumerate(vi.findings) if f and vi.rows[r].cells["vi"])
    finding = vi.findings[row][0]
    with AnnotationStore.open(vi, tmp_path, reviewer="ana") as store:
        store.dismiss(row, finding.lang, finding.check)
        store.save()
    de = corpus.aligned(group, pivot="de")
    with AnnotationStore.open(de, tmp_path, reviewer="ana") as store:
        rows = [r for r in range(len(de.rows)) if store.dismissed(r)]
        assert len(rows) == 1
        vi_ordinals = vi.rows[row].cells["vi"]
        assert set(vi_ordinals) & set(de.rows[rows[0]].cells["vi"])


def test_a_dismissal_of_no_row_is_kept_unchanged(corpus, tmp_path):
    aligned = corpus.aligned(corpus.groups[0])
    lost = Dismissal("vi:999:00000000", "fr", "missing", "bo", WHEN)
    path = tmp_path / persistence.file_name(aligned.group.id)
    persistence.write_atomic(
        path, persistence.dumps(AnnotationFile(aligned.group.id, "vi", dismissed=(lost,)))
    )
    with AnnotationStore.open(aligned, tmp_path, reviewer="ana") as store:
        assert not any(store.dismissed(r) for r in range(len(aligned.rows)))
        store.set_status(0, "ok")
        store.save()
    assert persistence.read(path).file.dismissed == (lost,)


def test_without_dismissed_leaves_only_that_finding_out(corpus):
    aligned = corpus.aligned(corpus.groups[0])
    finder = RowFinder(aligned)
    row = next(r for r, f in enumerate(aligned.findings) if f)
    finding = aligned.findings[row][0]
    anchor = next(a for a, r in finder.exact.items() if r == row)
    kept = without_dismissed(aligned, [Dismissal(anchor, finding.lang, finding.check)])
    assert finding not in kept.findings[row]
    assert sum(map(len, kept.findings)) == sum(map(len, aligned.findings)) - 1


def test_merge_keeps_both_sides_dismissals_once():
    one = Dismissal("vi:1:aaaaaaaa", "fr", "missing", "ana", WHEN)
    two = Dismissal("vi:2:bbbbbbbb", "de", "extra", "bo", WHEN)
    mine = AnnotationFile("g", "vi", dismissed=(one,))
    theirs = AnnotationFile("g", "vi", dismissed=(one, two))
    merged = merge_versions(AnnotationFile("g", "vi"), mine, theirs)
    assert sorted(d.key for d in merged.dismissed) == sorted([one.key, two.key])
    undone = merge_versions(mine, AnnotationFile("g", "vi"), mine)  # I took mine back
    assert undone.dismissed == ()


def test_recovering_an_interrupted_save_keeps_the_older_files_dismissals():
    one = Dismissal("vi:1:aaaaaaaa", "fr", "missing", "ana", WHEN)
    two = Dismissal("vi:2:bbbbbbbb", "de", "extra", "bo", WHEN)
    older = AnnotationFile("g", "vi", dismissed=(one, two))
    newer = AnnotationFile("g", "vi", dismissed=(one,))
    recovered = persistence._newer_over(older, newer)
    assert recovered.dismissed == (one, two)
