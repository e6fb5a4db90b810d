"""A piece of a version's own split that the second pass left alone joins its pivot sentence
again (`align_repair.rejoin`); an added sentence stays alone."""

from __future__ import annotations

from reviewer.core.align_options import AlignOptions
from reviewer.core.align_repair import rejoin
from reviewer.core.aligning import _prepare

PIVOT = [
    "The wall was made of jasper.",
    "The foundations were adorned with every stone: the first was jasper.",
    "The twelve gates were twelve pearls.",
]
VERSION = [
    "Tường thì xây bằng bính ngọc.",
    "Những nền thì trang sức đủ thứ ngọc.",
    "Nền thứ nhất, bằng bích ngọc.",
    "Mười hai cửa là mười hai hột châu.",
]
FIRST = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
SECOND = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]


def _pair(piece_keys: set[str]):
    pair = _prepare(
        PIVOT,
        VERSION,
        src_paragraphs=None,
        tgt_paragraphs=None,
        src_kinds=None,
        tgt_kinds=None,
        src_lang="en",
        tgt_lang="vi",
        options=AlignOptions(),
    )
    pair.src.keys = [{"l:wall", "l:jasper"}, {"l:found", "l:adorn", "l:jasper"}, {"l:gate"}]
    pair.tgt.keys = [{"l:wall", "l:jasper"}, piece_keys, {"l:found", "l:jasper"}, {"l:gate"}]
    return pair


def test_a_piece_of_the_versions_own_split_joins_its_pivot_sentence_again():
    beads, sure = rejoin(_pair({"l:adorn", "l:found"}), FIRST, SECOND, [0.9, 0.4, 0.8, 0.9], {1})
    assert beads == FIRST
    assert sure == [0.9, 0.4, 0.9]


def test_a_piece_stays_alone_where_no_other_version_splits_the_pivot_sentence():
    """A sentence the pivot lacks, which the versions that have it add beside the same pivot
    sentence: none of them splits that sentence (`library_opening` through de)."""
    assert rejoin(_pair({"l:adorn", "l:found"}), FIRST, SECOND, [1.0] * 4)[0] == SECOND
    assert rejoin(_pair({"l:adorn", "l:found"}), FIRST, SECOND, [1.0] * 4, {0, 2})[0] == SECOND


def test_a_sentence_with_a_lonely_word_or_nothing_shared_stays_alone():
    # a word nothing in the pivot's text translates: an added sentence
    assert rejoin(_pair({"l:adorn", "l:sickle"}), FIRST, SECOND, [1.0] * 4, {1})[0] == SECOND
    # nothing shared with the pivot sentence
    assert rejoin(_pair(set()), FIRST, SECOND, [1.0] * 4, {1})[0] == SECOND


def test_only_a_split_the_first_pass_made_is_joined_again():
    first = [((0,), (0, 1)), ((1,), (2,)), ((2,), (3,))]
    assert rejoin(_pair({"l:adorn", "l:found"}), first, SECOND, [1.0] * 4, {0, 1})[0] == SECOND
    # the rest of the first bead is not what the pivot sentence holds now
    second = [((0,), (0,)), ((), (1,)), ((1,), (2, 3)), ((2,), ())]
    assert rejoin(_pair({"l:adorn", "l:found"}), FIRST, second, [1.0] * 4, {1})[0] == second


def test_a_sentence_the_version_repeats_stays_alone():
    """review43: a version that writes a sentence twice (the second a copy of the first) holds
    nothing of the pivot sentence that the rest of the bead does not: the copy is an `extra`,
    also where another version splits that pivot sentence."""
    pair = _pair({"l:found", "l:jasper"})
    assert rejoin(pair, FIRST, SECOND, [1.0] * 4, {1})[0] == SECOND
    # a piece with words of its own (adorned) still joins
    assert rejoin(_pair({"l:found", "l:adorn"}), FIRST, SECOND, [1.0] * 4, {1})[0] == FIRST


def test_a_bible_verse_written_twice_is_extra_where_another_version_splits_it():
    # Japanese Revelation 21:12 written twice: the first pass pairs the pivot sentence with both
    # copies, the second leaves one alone, and the copy was joined again (another version
    # writes that sentence as two), so that no `extra` said it
    from bench.faults_data import PIVOT, read_all
    from bench.faults_inject import write_document
    from reviewer.core.checks import run_checks
    from reviewer.core.group_alignment import align_group
    from reviewer.core.segmenting import segment

    segments = {}
    for lang, passages in read_all().items():
        verses = []
        for verse in passages["rev21"]:
            verses += [verse, verse] if lang == "ja" and verse.ref == "21:12" else [verse]
        segments[lang] = segment(write_document(lang, verses, {}).text, lang)
    rows = align_group(segments, PIVOT)
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])
    found = [f.check for row in findings for f in row if f.lang == "ja" and f.severity != "info"]
    assert found == ["extra"]
