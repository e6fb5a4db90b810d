"""Sentence alignment: invariants (hypothesis), evidence normalisation, and seed golden cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.cli import main
from reviewer.core.aligning import align_group, align_pair, format_bead
from reviewer.core.lexical import sentence_keys
from reviewer.core.model import Segment

SEEDS = Path(__file__).resolve().parent.parent / "reviewer" / "seeds"
VI, ID, FR, DE = (
    "000_459abd048ae6a802",
    "001_a42808516d93aaf7",
    "002_9a23daeefc982262",
    ("003_b86073aea52a80e9"),
)


def lines(name: str) -> list[str]:
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def assert_covers(beads, n: int, m: int) -> None:
    """Every index of both sides in exactly one bead, in order, no empty bead."""
    src = [i for s, _ in beads for i in s]
    tgt = [j for _, t in beads for j in t]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(s or t for s, t in beads)
    for s, t in beads:
        assert list(s) == list(range(s[0], s[0] + len(s))) if s else True
        assert list(t) == list(range(t[0], t[0] + len(t))) if t else True


sentences = st.lists(
    st.text(alphabet=st.sampled_from("abc xyz 0123456789.,«»Tokayev"), max_size=60), max_size=40
)


@given(sentences, sentences)
def test_beads_cover_both_sides_in_order(src, tgt):
    assert_covers(align_pair(src, tgt), len(src), len(tgt))


@given(st.integers(0, 3), st.integers(0, 400))
def test_wildly_unequal_lengths_still_cover(n, m):
    src = [f"Satz {i} mit etwas Text." for i in range(n)]
    tgt = [f"Phrase {j}." for j in range(m)]
    assert_covers(align_pair(src, tgt), n, m)
    assert_covers(align_pair(tgt, src), m, n)


def test_empty_sides():
    assert align_pair([], []) == []
    assert align_pair(["a"], []) == [((0,), ())]
    assert align_pair([], ["a", "b"]) == [((), (0,)), ((), (1,))]


def number_keys(text: str, lang: str) -> set[str]:
    """The keys by which the aligner compares numbers (read by evidence.numbers)."""
    return {k for k in sentence_keys(text, lang)[0] if k[:2] in ("n:", "d:")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("5.000 Menschen", "de"), ("5,000 people", "en")),
        (("5 000 personnes", "fr"), ("5.000 Menschen", "de")),
        (("46,2 Prozent", "de"), ("46.2 percent", "en")),
        (("8847,60 m", "fr"), ("8847.6 m", "en")),
        (("1.234,5 km", "de"), ("1,234.5 km", "en")),
        (("am 07. Mai", "de"), ("on May 7", "en")),
        (("S.298", "de"), ("p. 298", "fr")),  # digits the reader leaves still match as digits
    ],
)
def test_numbers_compare_as_values(a, b):
    assert number_keys(*a) & number_keys(*b)


def test_different_numbers_do_not_match():
    assert not number_keys("46,2 Prozent", "de") & number_keys("462 percent", "en")
    assert not number_keys("20 Mei", "id") & number_keys("21 mai", "fr")


@pytest.mark.parametrize(
    "names",
    [("Tokayev", "Tokaïev", "Tokajew"), ("Lavrov", "Lawrow"), ("Minh Đức", "Minh Duc")],
)
def test_names_share_a_key_across_spellings(names):
    keys = [sentence_keys(f"Der Präsident {name} sagte.", "de")[0] for name in names]
    names_only = [{k for k in ks if k[0] in "sw" and "prasi" not in k} for ks in keys]
    for other in names_only[1:]:
        assert names_only[0] & other


def test_han_text_is_not_one_long_pinyin_word():
    # anyascii makes a Han clause one long "word" whose phonetic key collides with names.
    keys, words, _ = sentence_keys("陈清扬把我拽住，以伟大友谊的名义叫我留下来。", "zh")
    assert not words
    assert not any(k.startswith(("s:", "w:")) for k in keys)
    # but a two- or three-character name meets its English romanisation
    english = sentence_keys("Chen Qingyang caught me and asked me to stay.", "en")[0]
    assert "p:chenqingyang" in keys & english


def test_evidence_finds_the_inserted_sentence():
    # By position and length the French line 0 would pair with German line 0; the names and
    # the date say it is an insertion and that German 0 is French 1.
    src = [
        "Putin traf Tokajew am 9. November 2023 in Astana zu einem langen Gespräch.",
        "Danach sprachen die beiden Delegationen noch über den Handel.",
    ]
    tgt = [
        "Une photo de la rencontre, prise au palais par un photographe de l'agence officielle.",
        "Poutine a rencontré Tokaïev à Astana le 9 novembre 2023 pour un long entretien.",
        "Ensuite, les deux délégations ont encore parlé du commerce.",
    ]
    assert align_pair(src, tgt) == [((), (0,)), ((0,), (1,)), ((1,), (2,))]


# --- golden cases from the seeds: Vietnamese pivot, one line per segment -----------------

# Hand-checked: lines 0-7 of each translation are lines 0-7 of the Vietnamese; line 8 of each
# translation is a photo caption the Vietnamese lacks; then Vietnamese 8-11 = translation 9-12.
CONTENT_PAIRS = [(i, i) for i in range(8)] + [(i, i + 1) for i in range(8, 12)]


@pytest.mark.parametrize("name", [ID, FR, DE])
def test_seed_content_aligns_to_the_right_vietnamese_sentence(name):
    beads = align_pair(lines(VI), lines(name))
    bead_of_src = {i: k for k, (s, _) in enumerate(beads) for i in s}
    bead_of_tgt = {j: k for k, (_, t) in enumerate(beads) for j in t}
    for i, j in CONTENT_PAIRS:
        assert bead_of_src[i] == bead_of_tgt[j], (i, j)
    # all but the last (the byline, which an unmarked ad line may join) are 1-1
    assert all(len(beads[bead_of_src[i]][1]) == 1 for i, _ in CONTENT_PAIRS[:-1])


@pytest.mark.parametrize("name", [ID, FR, DE])
def test_seed_caption_is_not_forced_onto_vietnamese(name):
    beads = align_pair(lines(VI), lines(name))
    caption = next(b for b in beads if 8 in b[1])
    assert caption == ((), (8,))


@pytest.mark.parametrize("name", [ID, FR, DE])
def test_seed_trailing_lines_stand_alone(name):
    beads = align_pair(lines(VI), lines(name))
    tail = len(lines(name))
    for j in range(tail - 2, tail):  # source line, comment counter
        assert ((), (j,)) in beads


def test_reversed_direction_gives_mirrored_content_pairs():
    beads = align_pair(lines(FR), lines(VI))
    one_to_one = {(t[0], s[0]) for s, t in beads if len(s) == 1 and len(t) == 1}
    assert set(CONTENT_PAIRS) <= one_to_one


def test_paragraph_boundary_discourages_merging():
    src = ["Ein sehr langer Satz über das Wetter und die Berge im Winter.", "Kurz."]
    tgt = ["Une très longue phrase sur le temps et les montagnes en hiver. Bref."]
    merged = align_pair(src, tgt)
    assert merged == [((0, 1), (0,))]
    kept = align_pair(src, tgt, src_paragraphs=[0, 1], tgt_paragraphs=[0])
    assert kept != merged


# --- N-way -------------------------------------------------------------------------------

BOILERPLATE = {"[iklan_2]": "ad", "Sumber": "source", "Source": "source", "Quelle": "source"}


def seed_segments(name: str) -> tuple[Segment, ...]:
    out = []
    for k, text in enumerate(lines(name)):
        kind = next((v for key, v in BOILERPLATE.items() if text.startswith(key)), None)
        if text.startswith(("Komentar", "Comment", "Kommentar")):
            kind = "comments"
        if "Foto:" in text or "Photo :" in text:
            kind = "caption"
        out.append(Segment(k, k, 0, len(text), text, kind))
    return tuple(out)


def test_group_rows_follow_pivot_and_match_extras():
    segments = {
        lang: seed_segments(name) for lang, name in (("vi", VI), ("id", ID), ("fr", FR), ("de", DE))
    }
    rows = align_group(segments, "vi")
    assert_rows_cover(rows, segments)
    by_pivot = {row.cells["vi"]: row for row in rows if row.cells["vi"]}
    for i in range(8):
        assert {lang: by_pivot[(i,)].cells[lang] for lang in ("id", "fr", "de")} == {
            "id": (i,),
            "fr": (i,),
            "de": (i,),
        }
    captions = [row for row in rows if any(8 in row.cells[lang] for lang in ("id", "fr", "de"))]
    assert len(captions) == 1  # one row holds the three captions, with no Vietnamese
    assert captions[0].cells == {"vi": (), "id": (8,), "fr": (8,), "de": (8,)}
    sources = [row for row in rows if row.cells["id"] == (14,)]
    assert sources[0].cells == {"vi": (), "id": (14,), "fr": (13,), "de": (13,)}
    comments = [row for row in rows if row.cells["id"] == (15,)]
    assert comments[0].cells == {"vi": (), "id": (15,), "fr": (14,), "de": (14,)}


def assert_rows_cover(rows, segments) -> None:
    for lang, segs in segments.items():
        seen = [k for row in rows for k in row.cells[lang]]
        assert seen == list(range(len(segs))), lang
    for row in rows:
        assert any(row.cells.values())


KINDS = st.sampled_from([None, None, None, "ad", "source", "caption", "comments"])


@st.composite
def groups(draw):
    langs = draw(
        st.lists(st.sampled_from(["vi", "id", "fr", "de"]), min_size=1, max_size=4, unique=True)
    )
    segments = {}
    for lang in langs:
        texts = draw(st.lists(st.text(alphabet="ab 12.Zk", max_size=30), max_size=15))
        segments[lang] = tuple(
            Segment(k, k // 3, 0, len(t), t, draw(KINDS)) for k, t in enumerate(texts)
        )
    return segments, langs[0]


@given(groups())
def test_every_segment_lands_in_exactly_one_row_in_order(group):
    segments, pivot = group
    rows = align_group(segments, pivot)
    assert_rows_cover(rows, segments)
    pivot_order = [k for row in rows for k in row.cells[pivot]]
    assert pivot_order == sorted(pivot_order)


def test_group_without_other_versions_is_the_pivot():
    segments = {"vi": seed_segments(VI)}
    rows = align_group(segments, "vi")
    assert [row.cells["vi"] for row in rows] == [(k,) for k in range(len(segments["vi"]))]


# --- command line ------------------------------------------------------------------------


def test_cli_align_prints_beads(tmp_path, capsys):
    src, tgt = tmp_path / "vi.txt", tmp_path / "fr.txt"
    src.write_text("\n".join(lines(VI)) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(lines(FR)) + "\n", encoding="utf-8")
    assert main(["align", str(src), str(tgt)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "[0]:[0]"
    assert "[]:[8]" in out
    assert format_bead(((1, 2), (3,))) == "[1, 2]:[3]"
