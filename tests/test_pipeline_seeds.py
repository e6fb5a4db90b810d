"""The seeds end to end, through the real pipeline: the golden behaviour of `reviewer check`."""

import pytest

from reviewer.core.session import open_corpus


@pytest.fixture(scope="module")
def aligned():
    from tests.conftest import SEEDS

    corpus = open_corpus([SEEDS])
    (group,) = corpus.groups
    return corpus.aligned(group)


def texts(aligned, row, lang):
    return [s.text for s in aligned.cell(row, lang)]


def test_every_article_sentence_of_each_translation_sits_beside_a_vietnamese_one(aligned):
    for row in range(len(aligned.rows)):
        for lang in ("id", "fr", "de"):
            article = [s for s in aligned.cell(row, lang) if s.boilerplate is None]
            if article:
                assert aligned.cell(row, "vi"), (row, lang, article[0].text)


def test_captions_and_trailing_boilerplate_are_never_forced_onto_vietnamese_text(aligned):
    for row in range(len(aligned.rows)):
        kinds = {s.boilerplate for lang in ("id", "fr", "de") for s in aligned.cell(row, lang)}
        if kinds & {"caption", "ad", "source", "comments"}:
            assert not aligned.cell(row, "vi"), row


def test_the_three_photo_captions_share_one_row(aligned):
    rows = {
        row
        for row in range(len(aligned.rows))
        for lang in ("id", "fr", "de")
        for s in aligned.cell(row, lang)
        if s.boilerplate == "caption"
    }
    assert len(rows) == 1


def test_no_missing_or_extra_where_all_four_versions_carry_the_sentence(aligned):
    for row, findings in enumerate(aligned.findings):
        if all(aligned.cell(row, lang) for lang in aligned.languages):
            assert not [f for f in findings if f.check in ("missing", "extra")], row


def test_the_french_dropped_unga_is_found_and_nothing_is_major_elsewhere(aligned):
    majors = [
        (row, f)
        for row, findings in enumerate(aligned.findings)
        for f in findings
        if f.severity == "major"
    ]
    unga = [
        (row, f)
        for row, f in majors
        if f.lang == "fr" and "UNGA" in f.message and f.check == "name-mismatch"
    ]
    assert len(unga) == 1
    row, _ = unga[0]
    assert "(UNGA)" in " ".join(texts(aligned, row, "vi"))
    assert "UNGA" not in " ".join(texts(aligned, row, "fr"))
    assert all(f.check != "number-mismatch" for _, f in majors)
