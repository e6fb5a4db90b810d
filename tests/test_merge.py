"""Several reviewers' files: combination, disagreements, Cohen's kappa, the `merge` command."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_annotations_helpers import seed_corpus

from reviewer.cli import main
from reviewer.core import persistence
from reviewer.core.annotations import AnnotationStore
from reviewer.core.merge import cohen_kappa, combine, format_report, rater_name
from reviewer.core.model import STATUSES, AlignmentRecord, Annotation, ErrorNote
from reviewer.core.persistence import AnnotationFile


def test_kappa_of_a_hand_computed_example():
    # 10 rows.           B: ok  issue  reject
    #   A ok                 4    1      0      (A: 5 ok, 3 issue, 2 reject)
    #   A issue              1    2      0      (B: 5 ok, 4 issue, 1 reject)
    #   A reject             0    1      1
    # p_o = 7/10; p_e = (5*5 + 3*4 + 2*1) / 100 = 0.39; kappa = 0.31 / 0.61 = 0.50820
    pairs = (
        [("ok", "ok")] * 4
        + [("ok", "issue")]
        + [("issue", "ok")]
        + [("issue", "issue")] * 2
        + [("reject", "issue"), ("reject", "reject")]
    )
    assert cohen_kappa(pairs) == pytest.approx(0.31 / 0.61)
    assert round(cohen_kappa(pairs), 4) == 0.5082


def test_kappa_of_the_textbook_yes_no_example():
    # 50 items: 20 both yes, 15 both no, 5 yes/no, 10 no/yes -> p_o 0.7, p_e 0.5, kappa 0.4
    pairs = [("ok", "ok")] * 20 + [("issue", "issue")] * 15
    pairs += [("ok", "issue")] * 5 + [("issue", "ok")] * 10
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_kappa_undefined_cases():
    assert cohen_kappa([]) is None
    assert cohen_kappa([("ok", "ok")] * 3) is None  # chance agreement is 1


@given(st.lists(st.tuples(st.sampled_from(STATUSES), st.sampled_from(STATUSES)), min_size=1))
def test_kappa_is_symmetric_and_at_most_one(pairs):
    value = cohen_kappa(pairs)
    swapped = cohen_kappa([(b, a) for a, b in pairs])
    if value is None:
        assert swapped is None
    else:
        assert value == pytest.approx(swapped) and -1.0 <= value <= 1.0 + 1e-12
        if all(a == b for a, b in pairs):
            assert value == pytest.approx(1.0)


def reviewer_file(name: str, statuses: list[str | None], *, pivot: str = "fr") -> AnnotationFile:
    made = datetime(2026, 11, 22, 12, tzinfo=UTC)
    annotations = tuple(
        Annotation(
            f"{pivot}:{i}:0000000{i}",
            status,
            name,
            made,
            {"fr": f"phrase {i}"},
            (ErrorNote("fr", "style", "minor", f"{name} {i}"),) if status == "issue" else (),
        )
        for i, status in enumerate(statuses)
        if status is not None
    )
    return AnnotationFile("g-1", pivot, annotations=annotations)


def test_combine_lists_disagreements_and_kappa_per_pair():
    ana = reviewer_file("ana", ["ok", "ok", "issue", "reject", None])
    bob = reviewer_file("bob", ["ok", "issue", "issue", "ok", "ok"])
    cy = reviewer_file("cy", ["ok", "ok", "issue", "reject", "ok"], pivot="de")  # other pivot
    result = combine([ana, bob, cy], ["ana", "bob", "cy"])
    assert [d.anchor for d in result.disagreements] == ["fr:1:00000001", "fr:3:00000003"]
    assert result.disagreements[1].statuses == {"ana": "reject", "bob": "ok", "cy": "reject"}
    assert result.shared[("ana", "bob")] == 4 and result.shared[("bob", "cy")] == 5
    assert result.kappa[("ana", "cy")] == pytest.approx(1.0)  # matched by text snapshot
    ana_bob = [("ok", "ok"), ("ok", "issue"), ("issue", "issue"), ("reject", "ok")]
    assert result.kappa[("ana", "bob")] == pytest.approx(cohen_kappa(ana_bob))
    by_anchor = {a.anchor: a for a in result.file.annotations}
    assert by_anchor["fr:3:00000003"].status == "reject"  # the worst status
    assert by_anchor["fr:1:00000001"].reviewer == "ana, bob, cy"
    assert {e.note for e in by_anchor["fr:2:00000002"].errors} == {"ana 2", "bob 2", "cy 2"}


def test_combine_refuses_different_groups():
    other = AnnotationFile("g-2", "fr")
    with pytest.raises(ValueError, match="different groups"):
        combine([reviewer_file("a", ["ok"]), other], ["a", "b"])


def test_rater_name_is_the_main_reviewer_else_the_file_name():
    assert rater_name(reviewer_file("ana", ["ok", "ok"]), "file") == "ana"
    assert rater_name(AnnotationFile("g", "fr"), "file") == "file"


def test_merge_command(tmp_path, capsys):
    paths = []
    for name, statuses in (("ana", ["ok", "issue", "ok"]), ("bob", ["ok", "ok", "ok"])):
        path = tmp_path / f"{name}.toml"
        persistence.write_atomic(path, persistence.dumps(reviewer_file(name, statuses)))
        paths.append(str(path))
    out = tmp_path / "combined.toml"
    assert main(["merge", *paths, "--output", str(out)]) == 0
    report = capsys.readouterr().out
    assert "1 row(s) where reviewers disagree" in report
    assert "fr:1:00000001" in report
    expected = cohen_kappa([("ok", "ok"), ("issue", "ok"), ("ok", "ok")])
    assert f"ana vs bob: {expected:.3f} (3 shared row(s))" in report
    combined = persistence.read(out).file
    assert [a.status for a in combined.annotations] == ["ok", "issue", "ok"]

    (tmp_path / "bad.toml").write_text("schema = [", encoding="utf-8")
    assert main(["merge", paths[0], str(tmp_path / "bad.toml")]) == 2
    assert "not a valid annotation file" in capsys.readouterr().err


# --- issue 14, item 14: rows by number, disagreements on errors, each error's reviewer ------


def test_disagreements_on_errors_count_not_only_on_status():
    made = datetime(2026, 11, 22, 12, tzinfo=UTC)

    def one(name, *errors):
        note = Annotation("fr:0:00000000", "issue", name, made, {"fr": "phrase"}, errors)
        return AnnotationFile("g-1", "fr", annotations=(note,))

    ana = one("ana", ErrorNote("fr", "accuracy/omission", "major", "manque"))
    bob = one("bob", ErrorNote("fr", "accuracy/omission", "minor", "manque un mot"))
    cy = one("cy", ErrorNote("fr", "accuracy/omission", "major", "oui"))
    (d,) = combine([ana, bob], ["ana", "bob"]).disagreements
    assert d.on == ("errors",)
    assert d.errors == {
        "ana": ("fr accuracy/omission major",),
        "bob": ("fr accuracy/omission minor",),
    }
    assert combine([ana, cy], ["ana", "cy"]).disagreements == ()  # notes may differ
    report = format_report(combine([ana, bob], ["ana", "bob"]))
    assert "errors by bob: fr accuracy/omission minor" in report


def test_each_merged_error_keeps_its_reviewer_through_the_file():
    made = datetime(2026, 11, 22, 12, tzinfo=UTC)
    same = ErrorNote("fr", "style", "minor", "lourd")
    files = [
        AnnotationFile(
            "g-1",
            "fr",
            annotations=(Annotation("fr:0:00000000", "issue", name, made, {"fr": "p"}, errors),),
        )
        for name, errors in (
            ("ana", (same, ErrorNote("fr", "terminology", "major", "terme"))),
            ("bob", (same,)),
        )
    ]
    (merged,) = combine(files, ["ana", "bob"]).file.annotations
    assert [(e.category, e.reviewer) for e in merged.errors] == [
        ("style", "ana, bob"),
        ("terminology", "ana"),
    ]
    again = persistence.loads(persistence.dumps(combine(files, ["ana", "bob"]).file))
    assert again.annotations[0].errors == merged.errors


def test_merge_names_rows_by_their_number_in_the_app(tmp_path, capsys):
    folder, corpus = seed_corpus(tmp_path)
    aligned = corpus.aligned(corpus.groups[0])
    notes = folder / ".reviewer" / "annotations"
    paths = []
    for name, status in (("ana", "ok"), ("bob", "reject")):
        with AnnotationStore.open(aligned, tmp_path / name, reviewer=name, lock=False) as store:
            store.set_status(4, status)
            store.set_status(6, "ok")
            store.save()
            paths.append(str(store.path))
    assert main(["merge", *paths, "--corpus", str(folder)]) == 0
    report = capsys.readouterr().out
    assert "  row 5  (status)" in report and "ana=ok, bob=reject" in report
    assert "row 7" not in report  # they agree there
    notes.mkdir(parents=True)  # files in the corpus's default folder: found without --corpus
    copied = notes / "ana.toml"
    copied.write_bytes(Path(paths[0]).read_bytes())
    assert main(["merge", str(copied), paths[1]]) == 0
    assert "  row 5  (status)" in capsys.readouterr().out
    assert main(["merge", *paths]) == 0  # no corpus: anchors, and a hint
    assert "--corpus PATH" in capsys.readouterr().out


# --- every reviewer's alignment corrections and dismissals survive a merge --------------------


def test_merge_keeps_every_reviewers_corrections_and_dismissals(tmp_path, capsys):
    folder, corpus = seed_corpus(tmp_path)
    aligned = corpus.aligned(corpus.groups[0])
    lang = aligned.languages[1]
    paths = []
    for name, row in (("ana", 9), ("bob", 3)):
        with AnnotationStore.open(aligned, tmp_path / name, reviewer=name, lock=False) as store:
            store.correct("confirm", row)
            store.dismiss(row + 1, lang, "number-mismatch")
            store.set_status(row, "ok")
            store.save()
            paths.append(str(store.path))
    out = tmp_path / "combined.toml"
    assert main(["merge", *paths, "--corpus", str(folder), "--output", str(out)]) == 0
    assert "2 confirmed or corrected row(s), 2 dismissed finding(s)" in capsys.readouterr().out
    combined = persistence.read(out).file
    assert {r.reviewer for r in combined.alignment} == {"ana", "bob"}
    assert {d.reviewer for d in combined.dismissed} == {"ana", "bob"}
    notes = tmp_path / "merged"
    notes.mkdir()
    (notes / Path(paths[0]).name).write_bytes(out.read_bytes())
    with AnnotationStore.open(aligned, notes, reviewer="cy", lock=False) as store:
        assert store.alignment_state(3) == "confirmed" and store.alignment_state(9) == "confirmed"
        assert store.alignment_orphans == ()  # in row order: both placed
        assert store.dismissed(4) == {(lang, "number-mismatch")}
        assert store.dismissed(10) == {(lang, "number-mismatch")}


def test_overlapping_corrections_of_two_reviewers_are_all_kept():
    made = datetime(2026, 12, 1, tzinfo=UTC)
    older = AlignmentRecord({"fr": ("fr:2:a",), "de": ("de:2:b",)}, "corrected", "ana", made, {})
    newer = AlignmentRecord(
        {"fr": ("fr:2:a",), "de": ("de:2:b", "de:3:c")},
        "corrected",
        "bob",
        made.replace(day=2),
        {},
    )
    early = AlignmentRecord({"fr": ("fr:0:d",), "de": ()}, "confirmed", "bob", made, {})
    ana = AnnotationFile("g-1", "fr", alignment=(older,))
    bob = AnnotationFile("g-1", "fr", alignment=(early, newer))
    same = AnnotationFile("g-1", "fr", alignment=(older,))
    result = combine([ana, bob, same], ["ana", "bob", "ana2"])
    # row order by the pivot's anchors; where two overlap, the newer first (the older will be
    # an orphan when placed, kept in the file); the same record twice is kept once
    assert result.file.alignment == (early, newer, older)
