"""What the other versions of a group say of a pivot sentence, beyond its numbers and names:
the words two of them share (`group_alignment._witness_keys`), and the Latin names all of them
keep as they are (`group_alignment._kept_verbatim`)."""

from pathlib import Path

import numpy as np

from reviewer.core import group_alignment
from reviewer.core.group_alignment import align_group
from reviewer.core.model import Segment
from reviewer.core.session import open_corpus

PLANTED = Path(__file__).parent / "data" / "planted"


def _group(folder: str):
    corpus = open_corpus([PLANTED / folder])
    (group,) = corpus.groups
    return corpus.aligned(group)


def _alerts(aligned, check: str, lang: str) -> list[tuple[str, str]]:
    """(pivot text, version text) of each row with a minor or major `check` finding for lang."""
    out = []
    for row, findings in enumerate(aligned.findings):
        if any(f.check == check and f.lang == lang and f.severity != "info" for f in findings):
            pivot = " ".join(s.text for s in aligned.cell(row, aligned.group.pivot))
            text = " ".join(s.text for s in aligned.cell(row, lang))
            out.append((pivot, text))
    return out


def test_the_inserted_sentence_is_the_one_reported_when_the_pivot_shares_no_word():
    # he pivot: its recommendation to come by bicycle shares no word or figure with either
    # Spanish sentence; en, ru and uk put "transport" beside it, as es does in the one that
    # translates it, so the vendors' sentence is the addition
    aligned = _group("marathon_roads")
    ((pivot, text),) = _alerts(aligned, "extra", "es")
    assert pivot == ""
    assert text.startswith("Los vendedores ambulantes")


def test_the_omission_is_on_the_row_of_the_names_every_other_version_keeps():
    aligned = _group("job_offer")
    ((pivot, text),) = _alerts(aligned, "missing", "ar")
    assert "AWS or Azure" in pivot
    assert text == ""


def _segments(texts: list[str]) -> tuple[Segment, ...]:
    return tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(texts))


def _first_passes(segments, pivot):
    options = group_alignment.DEFAULT_OPTIONS
    pairs = group_alignment._group_pairs(segments, pivot, options, later={})
    first = {
        lang: group_alignment._search(p.src, p.tgt, p.ratio, p.options)
        for lang, p in pairs.items()
        if p is not None
    }
    return pairs, first


EN = [
    "We are looking for a data engineer in Leipzig.",
    "You know cloud platforms such as AWS or Azure.",
    "You speak good German and English.",
]
DE = [
    "Wir suchen einen Dateningenieur in Leipzig.",
    "Sie kennen Cloud-Plattformen wie AWS oder Azure.",
    "Sie sprechen gut Deutsch und Englisch.",
]
FR = [
    "Nous cherchons un ingénieur de données à Leipzig.",
    "Vous connaissez des plateformes cloud comme AWS ou Azure.",
    "Vous parlez bien allemand et anglais.",
]
UK = [
    "Ми шукаємо інженера даних у Лейпцигу.",
    "Ви знаєте хмарні платформи, як-от AWS або Azure.",
    "Ви добре говорите німецькою та англійською.",
]
AR = ["نبحث عن مهندس بيانات في لايبزيغ.", "تتحدث الألمانية والإنجليزية جيدًا."]


def test_a_latin_name_every_version_keeps_counts_where_one_lacks_it():
    segments = {"en": _segments(EN), "de": _segments(DE), "fr": _segments(FR)}
    segments |= {"uk": _segments(UK), "ar": _segments(AR)}
    pairs, first = _first_passes(segments, "en")
    before = pairs["ar"].src.unmatched.copy()
    group_alignment._kept_verbatim("ar", first, pairs)
    added = pairs["ar"].src.unmatched - before
    assert added.tolist() == [0.0, 2.0, 0.0]  # AWS and Azure; Leipzig is written لايبزيغ
    assert pairs["ar"].src.lacks_kept.tolist() == [False, True, False]


def test_no_name_counts_without_a_version_in_another_script():
    # Latin versions alone keep Leipzig as a matter of course: no telling who lacks what
    segments = {"en": _segments(EN), "de": _segments(DE), "fr": _segments(FR)}
    segments |= {"ar": _segments(AR)}
    pairs, first = _first_passes(segments, "en")
    before = pairs["ar"].src.unmatched.copy()
    group_alignment._kept_verbatim("ar", first, pairs)
    assert np.array_equal(pairs["ar"].src.unmatched, before)
    assert pairs["ar"].src.lacks_kept is None


def test_a_word_one_witness_puts_beside_a_pivot_sentence_is_no_key():
    segments = {"en": _segments(EN), "de": _segments(DE), "fr": _segments(FR)}
    segments |= {"uk": _segments(UK), "ar": _segments(AR)}
    pairs, first = _first_passes(segments, "en")
    keys = group_alignment._witness_keys("ar", first, pairs)
    words = {i: {k for k in held if k[:2] == "w:"} for i, held in keys.items()}
    # de, fr and uk (transliterated) write "Azure" and "AWS" alike beside sentence 1
    assert "w:azure" in words[1]
    assert "w:leipzi" in words[0]  # de and fr (uk's Лейпцигу reads otherwise)
    # "Deutsch" is de's alone, "parlez" fr's
    assert all("w:deutsc" not in held and "w:parlez" not in held for held in words.values())


def test_rows_cover_every_segment_with_the_new_witnesses():
    segments = {"en": _segments(EN), "de": _segments(DE), "fr": _segments(FR)}
    segments |= {"uk": _segments(UK), "ar": _segments(AR)}
    rows = align_group(segments, "en")
    for lang, segs in segments.items():
        seen = [k for row in rows for k in row.cells.get(lang, ())]
        assert seen == list(range(len(segs)))


def test_a_version_that_writes_the_names_in_its_own_script_is_not_missing_them(tmp_path):
    # ar with the bullet, AWS and Azure written أمازون ويب سيرفيسز, أزور: the names count as
    # lacking, but the bullet's place and length still pair it
    folder = tmp_path / "job"
    folder.mkdir()
    for path in (PLANTED / "job_offer").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "ar.txt":
            text = text.replace(
                "• معرفة جيدة باللغتين",
                "• خبرة في المنصات السحابية مثل أمازون ويب سيرفيسز أو أزور\n• معرفة جيدة باللغتين",
            )
        (folder / path.name).write_text(text, encoding="utf-8")
    corpus = open_corpus([folder])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    assert _alerts(aligned, "missing", "ar") == []
    assert _alerts(aligned, "extra", "ar") == []
