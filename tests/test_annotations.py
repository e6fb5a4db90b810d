"""The annotation store: edits, undo/redo, boilerplate overrides, anchors, re-attachment."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import pytest
from test_annotations_helpers import make_aligned, seed_corpus

from reviewer.core import persistence
from reviewer.core.annotations import AnnotationStore, reviewer_name
from reviewer.core.attaching import (
    ATTACH_THRESHOLD,
    attach,
    make_anchor,
    normalise,
    parse_anchor,
    row_anchor,
    segment_hash,
)
from reviewer.core.model import Annotation

FR = ["Le chat dort sur le canapé.", "Il pleut à Paris depuis trois jours.", "Fin de l'article."]
DE = [
    "Die Katze schläft auf dem Sofa.",
    "In Paris regnet es seit drei Tagen.",
    "Ende des Artikels.",
]


def open_store(aligned, folder, **options):
    return AnnotationStore.open(aligned, folder, reviewer="ana", lock=False, **options)


# --- anchors ------------------------------------------------------------------------------------


def test_anchor_hashes_normalised_text():
    assert segment_hash("Le  chat\tdort ") == segment_hash("Le chat dort")
    assert segment_hash("Le chat dort") != segment_hash("Le chat dort.")
    assert normalise("e\u0301 x") == "\u00e9 x"
    anchor = make_anchor("fr", 4, "Le chat dort")
    assert parse_anchor(anchor) == ("fr", 4, segment_hash("Le chat dort"))
    assert len(anchor.rsplit(":", 1)[1]) == 8
    assert parse_anchor("garbage") is None


def test_row_anchor_uses_first_pivot_segment_else_first_language_with_text():
    aligned = make_aligned(
        {"fr": FR[:2], "de": DE},
        [{"fr": (0, 1), "de": (0,)}, {"fr": (), "de": (1, 2)}],
    )
    assert row_anchor(aligned, 0) == make_anchor("fr", 0, FR[0])
    assert row_anchor(aligned, 1) == make_anchor("de", 1, DE[1])


def test_reviewer_name_order(monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "login")
    assert reviewer_name("cli", "config") == "cli"
    assert reviewer_name(None, "config") == "config"
    assert reviewer_name("  ", None) == "login"


# --- edits, undo, redo ------------------------------------------------------------------------


def test_edits_are_undoable_and_redoable(tmp_path):
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path)
    assert store.unreviewed_rows() == [0, 1, 2]
    store.set_status(0, "ok")
    store.add_error(1, "de", "accuracy/mistranslation", "major", "drei ≠ trois?", span=(3, 8))
    store.set_boilerplate(2, "fr", "byline")
    assert store.status(0) == "ok"
    assert store.status(1) == "issue"  # an error on an unreviewed row makes it an issue
    assert store.errors(1)[0].span == (3, 8)
    assert store.boilerplate(2, "fr") == "byline"
    assert store.unreviewed_rows() == [2]
    assert store.undo() and store.boilerplate(2, "fr") is None
    assert store.undo() and store.status(1) is None
    assert store.redo() and store.status(1) == "issue"
    store.clear(0)
    assert not store.can_redo  # a new edit drops the redo history
    assert store.status(0) is None
    assert store.undo() and store.status(0) == "ok"
    while store.undo():
        pass
    assert store.unreviewed_rows() == [0, 1, 2] and not store.can_undo


def test_error_on_ok_row_turns_it_into_an_issue_but_keeps_reject(tmp_path):
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path)
    store.set_status(0, "ok")
    store.set_status(1, "reject")
    store.add_error(0, "fr", "style", "minor")
    store.add_error(1, "fr", "style", "minor")
    assert (store.status(0), store.status(1)) == ("issue", "reject")
    store.remove_error(0, 0)
    assert store.errors(0) == () and store.status(0) == "issue"


def test_edits_refuse_bad_values(tmp_path):
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path)
    with pytest.raises(ValueError):
        store.set_status(0, "fine")
    with pytest.raises(ValueError):
        store.add_error(0, "fr", "accuracy/everything", "minor")
    with pytest.raises(ValueError):
        store.add_error(0, "fr", "style", "blocker")
    with pytest.raises(ValueError):
        store.add_error(0, "xx", "style", "minor")
    with pytest.raises(ValueError):
        store.add_error(0, "fr", "style", "minor", span=(0, len(FR[0]) + 1))
    with pytest.raises(IndexError):
        store.set_status(3, "ok")
    with pytest.raises(ValueError):
        store.set_boilerplate(0, "fr", "advert")
    assert not store.can_undo and not store.dirty


def test_annotation_records_reviewer_time_and_row_text(tmp_path):
    moment = datetime(2026, 11, 22, 17, 41, 12, tzinfo=UTC)
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path, clock=lambda: moment)
    annotation = store.set_status(1, "ok")
    assert annotation.reviewer == "ana" and annotation.updated == moment
    assert annotation.text == {"fr": FR[1], "de": DE[1]}
    assert annotation.anchor == make_anchor("fr", 1, FR[1])


def test_boilerplate_override_unmarks_and_returns_to_automatic(tmp_path):
    aligned = make_aligned(
        {"fr": FR, "de": DE}, boilerplate={("fr", 2): "byline", ("de", 2): "byline"}
    )
    store = open_store(aligned, tmp_path)
    assert store.is_boilerplate_row(2) and store.unreviewed_rows(skip_boilerplate=True) == [0, 1]
    store.set_boilerplate(2, "fr", "none")
    assert store.boilerplate(2, "fr") is None and not store.is_boilerplate_row(2)
    store.save()
    data = tomllib.loads(store.path.read_text(encoding="utf-8"))
    assert data["boilerplate"] == [{"anchor": make_anchor("fr", 2, FR[2]), "kind": "none"}]
    store.set_boilerplate(2, "fr", None)  # back to the automatic mark: no override left
    assert store.boilerplate(2, "fr") == "byline"
    store.save()
    assert "boilerplate" not in tomllib.loads(store.path.read_text(encoding="utf-8"))


# --- re-attachment ----------------------------------------------------------------------------


def annotate_all(store):
    for row in range(len(store.aligned.rows)):
        store.set_status(row, ("ok", "issue", "reject")[row % 3])
    store.add_error(1, store.aligned.languages[-1], "terminology", "minor", "note")
    store.save()


def test_reattach_after_pivot_change_on_the_seeds(tmp_path):
    folder, corpus = seed_corpus(tmp_path)
    group = corpus.groups[0]
    vi = corpus.aligned(group)
    store = AnnotationStore.open(vi, tmp_path / "ann", reviewer="ana")
    annotate_all(store)
    before = {row: (store.status(row), store.annotation(row).text) for row in range(len(vi.rows))}
    store.close()

    fr = corpus.aligned(group, pivot="fr")
    assert fr.group.pivot == "fr"
    again = AnnotationStore.open(fr, tmp_path / "ann", reviewer="ana")
    # Each old row's anchor segment (a vi segment) now sits in some fr-pivot row; the
    # annotation must be there. Two old rows in one new row: the second is an orphan.
    new_row_of = {}
    for old_row in range(len(vi.rows)):
        lang, ordinal, _ = parse_anchor(row_anchor(vi, old_row))
        new_row_of[old_row] = next(
            r for r in range(len(fr.rows)) if ordinal in fr.rows[r].cells[lang]
        )
    landed = {}
    for old_row, new_row in new_row_of.items():
        landed.setdefault(new_row, old_row)
    for new_row, old_row in landed.items():
        assert (again.status(new_row), again.annotation(new_row).text) == before[old_row]
        assert again.annotation(new_row).anchor == row_anchor(fr, new_row)  # re-anchored
    assert len(again.orphans) == len(new_row_of) - len(landed)
    assert len(landed) > 3
    again.set_status(0, "ok")
    again.save()
    data = tomllib.loads(again.path.read_text(encoding="utf-8"))
    assert data["pivot"] == "fr"
    assert data["annotation"][0]["anchor"].startswith("fr:")
    again.close()


def test_realign_in_memory_keeps_annotations(tmp_path):
    folder, corpus = seed_corpus(tmp_path)
    group = corpus.groups[0]
    with AnnotationStore.open(corpus.aligned(group), tmp_path / "ann", reviewer="a") as store:
        store.set_status(3, "reject")
        store.realign(corpus.aligned(group, pivot="de"))
        assert store.aligned.group.pivot == "de"
        assert store.status(3) == "reject" and store.orphans == ()
        assert not store.can_undo  # rows changed: the history does not apply any more


def test_reattach_by_text_when_rows_shift_and_sentences_are_edited(tmp_path):
    first = make_aligned({"fr": FR, "de": DE})
    store = open_store(first, tmp_path)
    store.set_status(1, "issue")
    store.set_status(2, "ok")
    store.save()

    # A sentence was inserted at the start of both documents and row 1 was lightly edited:
    # the anchor's ordinal moved and its hash changed.
    edited = "Il pleut à Paris depuis trois jours !"
    second = make_aligned(
        {"fr": ["Nouveau.", FR[0], edited, FR[2]], "de": ["Neu.", DE[0], DE[1], DE[2]]}
    )
    again = open_store(second, tmp_path)
    assert again.status(2) == "issue" and again.how[2] == "text"
    assert again.status(3) == "ok" and again.how[3] == "moved"  # same sentence, new ordinal
    assert again.unreviewed_rows() == [0, 1]
    assert again.orphans == ()


def test_unmatched_annotation_is_an_orphan_and_written_back_unchanged(tmp_path):
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path)
    store.add_error(1, "fr", "accuracy/omission", "critical", "il manque la date")
    store.save()
    original = store.annotation(1)

    # A neighbouring, different sentence sharing names and numbers is not the same row.
    other = make_aligned(
        {
            "fr": [FR[0], "Il neige à Lyon depuis deux jours.", FR[2]],
            "de": [DE[0], "In Lyon schneit es seit zwei Tagen.", DE[2]],
        }
    )
    again = open_store(other, tmp_path)
    assert again.status(1) is None
    assert again.orphans == (original,)
    assert any("orphan" in n for n in again.notices)
    again.set_status(0, "ok")
    again.save()
    written = persistence.read(again.path).file
    assert original in written.annotations  # byte-for-byte the same entry


def test_two_annotations_for_one_row_never_merge_silently():
    aligned = make_aligned({"fr": FR, "de": DE})
    made = datetime(2026, 1, 1, tzinfo=UTC)
    one = Annotation(row_anchor(aligned, 0), "ok", "a", made, {"fr": FR[0]})
    two = Annotation(row_anchor(aligned, 0), "reject", "b", made, {"fr": FR[0]})
    result = attach(aligned, [one, two])
    assert result.rows[0] == one and result.orphans == (two,)


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ("Il pleut à Paris depuis trois jours, dit-on.", 1),  # a few words added: kept
        ("Il pleuvait à Paris depuis trois jours.", 1),  # one word changed: kept
        ("Le soleil brille sur Paris depuis deux jours.", None),  # another sentence: orphan
    ],
)
def test_threshold_keeps_light_edits_and_refuses_other_sentences(changed, expected):
    aligned = make_aligned({"fr": FR})
    made = datetime(2026, 1, 1, tzinfo=UTC)
    annotation = Annotation("fr:1:00000000", "ok", "a", made, {"fr": FR[1]})
    target = make_aligned({"fr": [FR[0], changed, FR[2]]})
    result = attach(target, [annotation])
    assert (1 if result.rows else None) == expected
    assert aligned.rows  # the original alignment is untouched
    assert 0 < ATTACH_THRESHOLD <= 100


def test_orphans_can_be_adopted_or_discarded_with_undo(tmp_path):
    aligned = make_aligned({"fr": FR, "de": DE})
    made = datetime(2026, 1, 1, tzinfo=UTC)
    lost = Annotation("fr:9:00000000", "reject", "bob", made, {"fr": "Une phrase disparue."})
    kept = Annotation("fr:8:00000000", "ok", "bob", made, {"fr": "Une autre."})
    persistence.write_atomic(
        tmp_path / persistence.file_name("g-test"),
        persistence.dumps(persistence.AnnotationFile("g-test", "fr", annotations=(lost, kept))),
    )
    store = open_store(aligned, tmp_path)
    assert store.orphans == (lost, kept)
    adopted = store.adopt_orphan(0, 2)
    assert adopted.status == "reject" and adopted.anchor == row_anchor(aligned, 2)
    assert store.orphans == (kept,)
    with pytest.raises(ValueError):
        store.adopt_orphan(0, 2)  # the row is taken
    assert store.discard_orphan(0) == kept and store.orphans == ()
    store.undo()
    store.undo()
    assert store.orphans == (lost, kept) and store.status(2) is None


def test_no_seed_row_takes_another_rows_annotation(tmp_path):
    """The threshold's safety side, on real text: remove a row, and its annotation (anchor
    broken) must become an orphan rather than land on a neighbour."""
    _, corpus = seed_corpus(tmp_path)
    seed = corpus.aligned(corpus.groups[0])
    cells = [
        {lang: seg.text for lang in seed.languages for seg in seed.cell(r, lang)[:1]}
        for r in range(len(seed.rows))
    ]
    made = datetime(2026, 1, 1, tzinfo=UTC)
    for removed in range(len(cells)):
        kept = [c for r, c in enumerate(cells) if r != removed]
        texts = {lang: [c.get(lang, "") for c in kept] for lang in seed.languages}
        target = make_aligned(texts)
        lost = Annotation("vi:999:00000000", "ok", "a", made, cells[removed])
        assert attach(target, [lost]).orphans == (lost,), removed
        # ... while the same annotation finds its row when the row is there.
        back = make_aligned({lang: [c.get(lang, "") for c in cells] for lang in seed.languages})
        assert list(attach(back, [lost]).rows) == [removed]


def test_boilerplate_mark_that_matches_no_segment_is_shown_and_kept(tmp_path):
    store = open_store(make_aligned({"fr": FR, "de": DE}), tmp_path)
    store.set_boilerplate(2, "fr", "credit")
    store.save()
    # The article is rewritten: the marked sentence is gone, and so is its mark's place.
    other = make_aligned({"fr": FR[:2] + ["Tout autre chose ici."], "de": DE})
    again = open_store(other, tmp_path)
    [orphan] = again.orphan_overrides
    assert any("boilerplate" in n and orphan.anchor in n for n in again.notices)
    again.set_status(0, "ok")
    again.save()
    assert orphan in persistence.read(again.path).file.boilerplate
