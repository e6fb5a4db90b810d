"""Omissions found per script in a group of nine real translations (Revelation 21, the fault
benchmark's text, bench/data/faults): a deleted verse must give `missing` on its own row and
nothing else for that language; the untouched chapter must give no `missing` or `extra`.

Thai is left out of "must not fire" with the chapter's own table: its segmenter's cuts fall
inside verses, and clauses are left as `extra` or `missing` (docs/faults.md); with the corpus
tables (Thai words as tokens, a Thai clause an orphan only with its whole side) two chapters
that had them have none. Chinese,
Japanese and Thai omissions are not yet found reliably enough to pin one here
(docs/alignment.md).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

from bench.faults import KINDS, build_case
from bench.faults_data import PIVOT, read_all
from bench.faults_inject import write_document
from reviewer.core import aligning
from reviewer.core.align_evidence import make_side
from reviewer.core.align_learning import _stems
from reviewer.core.aligning import DEFAULT_OPTIONS, AlignOptions, _insert_share, _prepare
from reviewer.core.checks import run_checks
from reviewer.core.group_alignment import align_group, learn_lexicons
from reviewer.core.guided_cuts import guided_segments
from reviewer.core.lexical import sentence_keys
from reviewer.core.model import Document, Group, Segment
from reviewer.core.segmenting import segment
from tests.test_aligning import DE_NEWS, EN, FR_NEWS, RU, assert_rows_cover, damaged_groups

PASSAGE = "rev21"


@cache
def _texts():
    return read_all()


def _dropped(lang: str, drop: str | None, passage: str = PASSAGE):
    """The passage's documents with verse `drop` deleted from `lang`'s, and their segments."""
    segments, documents = {}, {}
    for other, passages in _texts().items():
        verses = [v for v in passages[passage] if not (other == lang and v.ref == drop)]
        documents[other] = write_document(other, verses, {})
        segments[other] = segment(documents[other].text, other)
    return segments, documents


def _group(
    lang: str,
    drop: str | None,
    options: AlignOptions = DEFAULT_OPTIONS,
    lexicons=None,
    passage: str = PASSAGE,
    guided: bool = False,
):
    """Findings of `lang` in the group with verse `drop` deleted from it: (on the dropped
    verse's row, elsewhere). `guided`: Thai cut where the other versions ask, as a session
    cuts it (guided_cuts)."""
    segments, documents = _dropped(lang, drop, passage)
    if guided:
        langs = list(segments)
        docs = [Document(f"{x}.txt", Path(f"{x}.txt"), documents[x].text, x, "") for x in langs]
        group = Group(passage, PIVOT, {x: i for i, x in enumerate(langs)})
        cut = guided_segments(docs, [segments[x] for x in langs], [group])
        segments = dict(zip(langs, cut, strict=True))
    rows = align_group(segments, PIVOT, options=options, lexicons=lexicons)
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])
    span = next((s, e) for ref, s, e in documents[PIVOT].units if ref == drop) if drop else None
    on_row, elsewhere = [], []
    for row, found in zip(rows, findings, strict=True):
        pivot = [segments[PIVOT][o] for o in row.cells[PIVOT]]
        here = span is not None and any(p.start < span[1] and span[0] < p.end for p in pivot)
        for f in found:
            if f.lang == lang and f.severity != "info":
                (on_row if here else elsewhere).append(f.check)
    return on_row, elsewhere


WITHOUT_PARAGRAPHS = AlignOptions(paragraph_cross=0, paragraph_balance=0)
# before a run of pivot sentences could be left alone as one bead (2-0, 3-0)
SENTENCE_BY_SENTENCE = replace(DEFAULT_OPTIONS, learnt_shapes=((4, 1, 0.001), (1, 4, 0.001)))


@pytest.mark.parametrize(
    ("lang", "verse"),
    [("de", "21:6"), ("es", "21:7"), ("ru", "21:7"), ("vi", "21:5"), ("vi", "21:7")],
)
def test_deleted_verse_is_missing_on_its_row_and_nothing_else_fires(lang, verse):
    on_row, elsewhere = _group(lang, verse)
    assert "missing" in on_row
    assert elsewhere == []


def test_arabic_gap_is_found_with_the_corpus_tables():
    """Arabic joins verses often, and the priors it learns make a 3-1 bead cheap enough to
    swallow 21:7 when the chapter is all there is to learn words from; the tables learnt over
    the other chapters (what the pipeline uses) find it on its row. So does the chapter alone
    since the paragraphs pair (the version's paragraph is short by about that verse), and
    without them it does not."""
    assert _group("ar", "21:7", lexicons=_bible_lexicons())[0] == ["missing"]
    assert _group("ar", "21:7")[0] == ["missing"]
    assert _group("ar", "21:7", WITHOUT_PARAGRAPHS)[0] == []


@pytest.mark.parametrize("lang", ["ar", "de", "es", "ja", "ru", "vi", "zh"])
def test_untouched_chapter_has_no_missing_or_extra(lang):
    """Japanese cuts a verse into more sentences than English (one English to two, three,
    four): its clauses used to be left as `extra` when the priors took kana for the side with
    fewer sentences, as Chinese is in literary zh-en."""
    assert _group(lang, None) == ([], [])


@pytest.mark.parametrize(("lang", "verse"), [("ru", "21:3"), ("zh", "21:26"), ("ar", "21:25")])
def test_paragraphs_put_a_gap_on_its_row(lang, verse):
    """Translations keep their paragraphs (four verses here). Without that the gap shows a
    row or more away (ru, ar: the version paired one off up to a merge further on) or not
    at all (zh); with the paragraphs paired, and the version's paragraph short by about the
    verse it lost, on its row and nowhere else. (Russian 21:3 is two English sentences: a 2-0
    bead, below, now finds it without the paragraphs too.)"""
    on_row, elsewhere = _group(lang, verse)
    assert "missing" in on_row
    assert elsewhere == []
    lone = replace(WITHOUT_PARAGRAPHS, learnt_shapes=SENTENCE_BY_SENTENCE.learnt_shapes)
    assert "missing" not in _group(lang, verse, lone)[0]


@pytest.mark.parametrize(("passage", "lang"), [("rev14", "es"), ("rev14", "ru"), ("rev20", "ru")])
def test_a_version_that_joins_sentences_is_not_missing_them(passage, lang):
    """The Russian Bible joins up to four English sentences of a verse in one, the Spanish one
    sometimes three; with fixed priors (2-1 at 4.5 %, no 4-1) the aligner left the sentences
    beyond its bead `missing`. The second pass's priors, learnt from the first pass's beads,
    let it join them."""
    assert _group(lang, None, passage=passage) == ([], [])
    assert "missing" in _group(lang, None, AlignOptions(prior_weight=0), passage=passage)[1]


@pytest.mark.parametrize(
    ("lang", "verse", "contrast"),
    # es 21:8: found sentence by sentence too since stop 31's cognates (9433f04)
    [("es", "21:6", True), ("es", "21:8", False), ("ru", "21:6", True)],
)
def test_a_lost_verse_of_two_sentences_is_one_gap_on_its_row(lang, verse, contrast):
    """Each of these verses is two English sentences. Left alone one by one (two 1-0 beads,
    each paying the prior of a lost sentence), the gap was cheaper to place a sentence or two
    off, and `missing` fired a row away (or on its row and again elsewhere); with a 2-0 bead,
    dearer than one lost sentence but cheaper than two, it is one gap on its own row."""
    assert _group(lang, verse) == (["missing"], [])
    assert (_group(lang, verse, SENTENCE_BY_SENTENCE) != (["missing"], [])) == contrast


def test_witnesses_keep_a_gap_from_being_hidden_by_a_merge():
    """Arabic without 21:7: on its own with the pivot the gap is absorbed (its sentences pair
    one off and two pivot sentences merge further on); the other versions keep those two
    apart, which makes the merge dear enough that the gap shows (with the default priors)."""
    # learnt priors hide it here (see above), and so would the paragraphs' lengths find it
    fixed = replace(WITHOUT_PARAGRAPHS, prior_weight=0)
    assert "missing" not in _group("ar", "21:7", replace(fixed, witness_merge=0))[0]
    assert "missing" in _group("ar", "21:7", fixed)[0]


def test_spelt_number_is_not_taken_for_a_lost_one():
    """A pivot sentence whose 144,000 the translation spells out has not lost its number, so
    leaving it alone gets no discount; against a translation without it, it does."""
    pivot = ["They sang a new song.", "Only the 144,000 could learn the song."]
    spelt = ["Cantaban un cántico nuevo.", "Solo los ciento cuarenta y cuatro mil lo aprendían."]
    lost = ["Cantaban un cántico nuevo.", "Solo ellos lo aprendían."]
    with_words = _prepare(pivot, spelt, **_plain("en", "es"))
    without = _prepare(pivot, lost, **_plain("en", "es"))
    assert with_words.src.unmatched.tolist() == [0, 0]
    assert without.src.unmatched.tolist() == [0, 1]


def _plain(src_lang: str, tgt_lang: str) -> dict:
    return {
        "src_paragraphs": None,
        "tgt_paragraphs": None,
        "src_kinds": None,
        "tgt_kinds": None,
        "src_lang": src_lang,
        "tgt_lang": tgt_lang,
        "options": AlignOptions(),
    }


def _chapter_group(passage: str, lang: str) -> tuple[dict, str]:
    texts = _texts()
    return {
        other: segment(write_document(other, texts[other][passage], {}).text, other)
        for other in (PIVOT, lang)
    }, PIVOT


def test_corpus_lexicon_learns_per_pair_of_languages_from_every_group():
    groups = [_chapter_group(p, "de") for p in ("rev13", "rev14", "rev20")]
    groups += [_chapter_group(p, "zh") for p in ("rev13", "rev14")]
    groups.append(_chapter_group("rev21", "ru"))  # one group of en-ru: nothing to pool
    lexicons = learn_lexicons(groups)
    assert set(lexicons.tables) == {(PIVOT, "de"), (PIVOT, "zh")}
    assert lexicons.tables[(PIVOT, "de")]["abyss"] == {"abgru"}  # corpus tokens: five letters
    assert lexicons.only(PIVOT, ["zh"]).tables.keys() == {(PIVOT, "zh")}


@cache
def _bible_lexicons():
    """Tables learnt over the four chapters other than `PASSAGE`, all nine versions."""
    texts = _texts()
    others = [p for p in texts[PIVOT] if p != PASSAGE]
    corpus = [
        (
            {lang: segment(write_document(lang, texts[lang][p], {}).text, lang) for lang in texts},
            PIVOT,
        )
        for p in others
    ]
    return learn_lexicons(corpus)


def test_corpus_lexicon_finds_the_omission_a_chapter_alone_hides():
    """Chinese without 21:23 in a group of nine: the chapter alone teaches too few word pairs
    (its neighbours pair one off); tables learnt over the other chapters find it."""
    lexicons = _bible_lexicons()
    assert "missing" not in _group("zh", "21:23")[0]
    assert "missing" in _group("zh", "21:23", lexicons=lexicons)[0]


def test_a_pivot_sentence_paired_with_a_stranger_counts_all_its_evidence():
    """Russian without 21:14 (with the tables of the other chapters): the orphan cost of a
    sentence that shares none of its evidence with its partner counted at most one unit of
    it. The pivot's "The wall of the city had twelve foundations…" (1.3 units) was paired
    with the Russian of the verse after it, which shares none of them, and the gap went to
    21:16, two verses on; with all of its evidence counted (up to three units in a group's
    second pass, `group_orphan_mass`) that pairing costs more than the gap, which shows on
    its row. A near tie: half a unit."""
    lexicons = _bible_lexicons()
    assert _group("ru", "21:14", lexicons=lexicons) == (["missing"], [])
    one_unit = replace(DEFAULT_OPTIONS, group_orphan_mass=1.0)
    assert _group("ru", "21:14", one_unit, lexicons=lexicons) == ([], ["missing"])


@cache
def _news_lexicons():
    """Tables learnt over two copies of the hand-written news group of test_aligning."""
    group = {
        lang: tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(texts))
        for lang, texts in (("en", EN), ("de", DE_NEWS), ("fr", FR_NEWS), ("ru", RU))
    }
    return learn_lexicons([(group, "en"), (group, "en")])


@settings(max_examples=40, deadline=None)
@given(damaged_groups())
def test_with_corpus_tables_every_segment_still_lands_once_in_order(segments):
    rows = align_group(segments, "en", lexicons=_news_lexicons())
    assert_rows_cover(rows, segments)


def test_unidentified_languages_are_not_pooled():
    groups = [_chapter_group(p, "de") for p in ("rev13", "rev14")]
    groups = [({"en": g["en"], "und": g["de"]}, pivot) for g, pivot in groups]
    assert learn_lexicons(groups).tables == {}


def _other_chapters(langs):
    """The four chapters other than PASSAGE as groups of `langs`, untouched."""
    texts = _texts()
    return [
        (
            {lang: segment(write_document(lang, texts[lang][p], {}).text, lang) for lang in langs},
            PIVOT,
        )
        for p in texts[PIVOT]
        if p != PASSAGE
    ]


def test_a_few_chapters_learn_their_table_twice(monkeypatch):
    """Four chapters teach a thin table, partly from the first pass's mistakes (Russian
    "names" as было, "was"; Japanese "death" as the katakana of Hades beside it; "mouth" not
    at all); learnt again from the beads the first table guided: имена, 死, уста."""
    import reviewer.core.group_alignment as group_alignment

    corpus = _other_chapters((PIVOT, "ja", "ru"))
    twice = learn_lexicons(corpus).tables
    monkeypatch.setattr(group_alignment, "LEXICON_RELEARN_BELOW", 0)
    once = learn_lexicons(corpus).tables
    assert twice[(PIVOT, "ru")]["mouth"] == {"usta"} != once[(PIVOT, "ru")].get("mouth")
    assert twice[(PIVOT, "ru")]["names"] == {"imena"} != once[(PIVOT, "ru")]["names"]
    assert twice[(PIVOT, "ja")]["death"] == {"死"} != once[(PIVOT, "ja")]["death"]


@cache
def _whole_bible_lexicons():
    """Tables learnt over all five chapters, nine versions each (as a session learns them:
    from every group of the corpus, the group being aligned included)."""
    texts = _texts()
    corpus = [
        (
            {lang: segment(write_document(lang, texts[lang][p], {}).text, lang) for lang in texts},
            PIVOT,
        )
        for p in texts[PIVOT]
    ]
    return learn_lexicons(corpus)


@pytest.mark.parametrize("passage", ["rev14", "rev20"])
def test_untouched_thai_chapter_has_no_extra_with_the_corpus_tables(passage):
    """Thai is written without spaces between words, but a Thai letter or pair of letters is
    no unit of meaning (those of สัตว์ร้าย, "beast", are in half the chapter): learnt as
    tokens, they paired clauses with the wrong verse, and the clauses left over were `extra`
    in these untouched chapters. Words are learnt instead (letter trigrams before); a Thai
    segment is often a clause, which may share nothing with its verse's English when the
    rest of its verse does: it is no orphan then (with words and orphans clause by clause,
    rev20 had an `extra` again). Thai is cut where the other versions ask, as a session cuts
    it (without, rev20 has an `extra` with the table at a fifth)."""
    found = _group("th", None, lexicons=_whole_bible_lexicons(), passage=passage, guided=True)
    assert found == ([], [])


def test_thai_tokens_are_words_and_pairs_of_words():
    keys, words, tokens = sentence_keys("สัตว์ร้ายตัวนั้น", "th")
    assert tokens == {"สัตว์", "ร้าย", "ตัว", "นั้น", "สัตว์ร้าย", "ร้ายตัว", "ตัวนั้น"}
    assert sentence_keys("天使", "zh")[2] == {"天", "使", "天使"}  # Han: characters and pairs


@pytest.mark.parametrize("verse", ["14:2", "14:17"])
def test_arabic_gap_is_found_when_words_are_read_without_harakat(verse):
    """The Arabic Bible writes the short vowels and case endings (harakat): read with them, a
    word's tokens changed with its case (مَلاكٌ, مَلاكاً), the table learnt fewer word pairs;
    14:17 was not found, 14:2 found with a false alarm elsewhere."""
    on_row, elsewhere = _group("ar", verse, lexicons=_whole_bible_lexicons(), passage="rev14")
    assert "missing" in on_row
    assert elsewhere == []


def test_arabic_words_are_read_without_harakat():
    vocalised = sentence_keys("وَخَرَجَ مَلاكٌ آخَرُ مِنَ الْهَيْكَلِ", "ar")
    plain = sentence_keys("وخرج ملاك آخر من الهيكل", "ar")
    assert vocalised[2] == plain[2]
    assert vocalised[2] != sentence_keys("وَخَرَجَ مَلاكٌ آخَرُ مِنَ الْهَيْكَلِ", "fa")[2]


@pytest.mark.parametrize(
    ("passage", "verse"), [("rev13", "13:15"), ("rev14", "14:10"), ("rev21", "21:7")]
)
def test_japanese_gap_is_found_with_pairs_of_kanji_or_katakana(passage, verse):
    """With every pair of a Japanese run's characters as a token, the pairs across a kanji
    and its kana ending or of hiragana (死ん, 開か, の書, てさ, きな) were learnt as the words'
    translations: 14:10 and 21:7 were not found, 13:15 with a false `extra` elsewhere. Pairs
    are taken inside a stretch of kanji or of katakana (死者, ハデ and デス)."""
    lexicons = _whole_bible_lexicons()
    assert _group("ja", verse, lexicons=lexicons, passage=passage) == (["missing"], [])


def test_japanese_tokens_are_characters_and_pairs_of_kanji_or_katakana():
    assert sentence_keys("死もハデスも", "ja")[2] == {"死", "も", "ハ", "デ", "ス", "ハデ", "デス"}
    assert sentence_keys("天使はいのち", "ja")[2] == {"天", "使", "は", "い", "の", "ち", "天使"}
    # no kana: every pair
    assert sentence_keys("天使说", "zh")[2] == {"天", "使", "说", "天使", "使说"}


def test_corpus_tokens_are_words_cut_to_five_letters_and_unspaced_tokens_kept():
    assert _stems(frozenset({"angels", "angel", "thrones", "天使", "สัตว"}), 5) == {
        "angel",
        "thron",
        "天使",
        "สัตว",
    }


def test_corpus_tables_learn_words_in_a_fifth_of_the_beads(monkeypatch):
    """A word in a fifth of five chapters' verses (angel, city) still tells a verse from its
    neighbours. Thai's words too, but a Thai table of fewer than LEXICON_SMALL beads (a news
    round of five articles) learns chance pairs so (English `by` with การค้า, "trade"), and
    stays at a tenth."""
    import reviewer.core.group_alignment as group_alignment

    tables = _whole_bible_lexicons().tables
    assert tables[(PIVOT, "de")]["angel"] == {"engel"}
    assert tables[(PIVOT, "ru")]["city"] == {"gorod"}
    assert tables[(PIVOT, "zh")]["angel"] == {"天使"}
    monkeypatch.setattr(group_alignment, "LEXICON_SMALL", 10**6)
    small = _whole_bible_lexicons.__wrapped__().tables
    assert small[(PIVOT, "th")] != tables[(PIVOT, "th")]
    assert small[(PIVOT, "de")] == tables[(PIVOT, "de")]
    monkeypatch.setattr(group_alignment, "LEXICON_SHARE", 0.1)
    narrow = _whole_bible_lexicons.__wrapped__().tables
    assert "angel" not in narrow[(PIVOT, "de")]
    assert "angel" not in narrow[(PIVOT, "zh")]
    assert narrow[(PIVOT, "th")] == small[(PIVOT, "th")]


def _japanese_insertion(passage: str, after: str, monkeypatch, share: bool = True):
    """Japanese findings with 22:13 (three Japanese sentences, "I am the Alpha and the Omega,
    the First and the Last, the Beginning and the End") put after verse `after`: (on the rows
    holding it, elsewhere). `share=False`: every sentence left alone pays a whole 0-1 bead's
    fixed cost, as before `_insert_share`."""
    if not share:
        monkeypatch.setattr(aligning, "_insert_share", lambda src, tgt: 1.0)
    return _insertion("ja", passage, ("rev22", "22:13"), after)


def _insertion(lang, passage, verse, after, options=DEFAULT_OPTIONS, lexicons=None):
    """`lang`'s findings with its verse `verse` (passage, ref) put after verse `after` of
    `passage`: (on the rows holding it, elsewhere)."""
    texts = _texts()
    extra = next(v for v in texts[lang][verse[0]] if v.ref == verse[1])
    segments, documents = {}, {}
    for other, passages in texts.items():
        documents[other] = write_document(
            other, passages[passage], {after: extra} if other == lang else {}
        )
        segments[other] = segment(documents[other].text, other)
    rows = align_group(segments, PIVOT, options=options, lexicons=lexicons)
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])
    start, end = next((s, e) for ref, s, e in documents[lang].units if ref.startswith("+"))
    on_rows, elsewhere = [], []
    for row, found in zip(rows, findings, strict=True):
        cell = [segments[lang][k] for k in row.cells[lang]]
        here = any(seg.start < end and start < seg.end for seg in cell)
        for f in found:
            if f.lang == lang and f.severity != "info":
                (on_rows if here else elsewhere).append(f.check)
    return on_rows, elsewhere


@pytest.mark.parametrize(
    ("passage", "after"), [("rev21", "21:10"), ("rev14", "14:17"), ("rev14", "14:12")]
)
def test_an_inserted_verse_of_several_japanese_sentences_is_extra(passage, after, monkeypatch):
    """The Japanese Bible writes an English sentence as 1.6 of its own; an inserted verse of
    three Japanese sentences left alone paid three 0-1 beads' prior and skip, more than
    joining them to a neighbour's bead (a 1-4), and nothing fired. Each pays its share now.
    (An `extra` on each row of it: with Vietnamese tokens that keep their tones, the
    Vietnamese witness no longer joins 14:17 and 14:18, and the added sentences of 14:17 stand
    in rows of their own, `lexical.vietnamese_tokens`.)"""
    on_rows, elsewhere = _japanese_insertion(passage, after, monkeypatch)
    assert on_rows and set(on_rows) == {"extra"} and not elsewhere
    assert _japanese_insertion(passage, after, monkeypatch, share=False) == ([], [])


def test_only_a_version_cut_finer_into_sentences_pays_a_share_of_a_lost_sentence():
    texts = _texts()
    sides = {}
    for lang in (PIVOT, "ja", "th", "de"):
        document = write_document(lang, texts[lang]["rev21"], {})
        sides[lang] = make_side([s.text for s in segment(document.text, lang)], None, None, lang)
    ja, th, de = (_insert_share(sides[PIVOT], sides[lang]) for lang in ("ja", "th", "de"))
    assert ja == sides[PIVOT].size / sides["ja"].size < 0.8
    assert th == 1.0  # cut into clauses at spaces: no sentence marks
    assert de == 1.0  # no more sentences than the pivot


def test_lonely_words_are_table_keys_that_the_other_version_nowhere_has():
    """Per sentence, 1 / document frequency of each word-table key (`l:`) the other side
    lacks; keys of other kinds, keys the other side has and keys of more than `max_df`
    sentences count for nothing."""
    src = make_side(["one", "two", "three"], None, None, "en")
    tgt = make_side(["eins", "zwei"], None, None, "de")
    src.keys = [{"l:angel", "l:city", "w:angel"}, {"l:angel", "l:sickle"}, {"n:3"}]
    tgt.keys = [{"l:city"}, {"l:harp", "l:city", "n:4"}]
    assert aligning._lonely(src, tgt, 25).tolist() == [0.5, 1.5, 0.0]
    assert aligning._lonely(tgt, src, 25).tolist() == [0.0, 1.0]
    assert aligning._lonely(src, tgt, 1).tolist() == [0.0, 1.0, 0.0]


def test_a_sentence_of_lonely_words_is_cheaper_to_leave_alone():
    """In a group's second pass a sentence's lonely words beyond `lonely_free` lower the cost
    of leaving it alone, `lonely_skip` per unit on the version's side and `lonely_skip_src`
    on the pivot's, up to `lonely_cap` units; boilerplate is left as it was."""
    src = make_side(["one", "two"], None, None, "en")
    tgt = make_side(["eins", "zwei", "drei"], [None, None, "byline"], None, "de")
    src.keys = [{"l:angel"}, {"l:sickle", "l:harp"}]
    tgt.keys = [{"l:sickle"}, {f"l:w{k}" for k in range(5)}, {"l:other"}]
    src.skip_adjust = np.array([1.0, 1.0])
    options = replace(DEFAULT_OPTIONS, lonely_skip=2.0, lonely_skip_src=1.0, lonely_free=0.5)
    aligning._lonely_credit(aligning._Pair(src, tgt, options, 1.0), options)
    # the pivot: angel 1 unit (0.5 beyond the free half), harp 1 (sickle is there)
    assert src.skip_adjust.tolist() == [0.5, 0.5]
    # the version: five lonely words, 4.5 beyond the free half, counted up to 3 units
    assert tgt.skip_adjust.tolist() == [0.0, -6.0, 0.0]
    off = replace(options, lonely_skip=0.0)
    tgt.skip_adjust = None
    aligning._lonely_credit(aligning._Pair(src, tgt, off, 1.0), off)
    assert tgt.skip_adjust is None


def test_a_thai_clause_counts_its_lonely_words_beyond_a_smaller_free_share():
    """A Thai version's clauses are short and its table's noise is low: beyond
    `thai_lonely_free` (half a unit) its lonely words count, where another version's sentence
    counts them beyond `lonely_free` (one unit). The pivot's side keeps `lonely_free`."""
    options = replace(DEFAULT_OPTIONS, lonely_skip=2.0, lonely_skip_src=1.0)
    thai, german = ["ทูตสวรรค์", "ทะเลก็ส่งคืน", "ข้าพเจ้าเห็น"], ["Der Engel.", "Das Meer.", "Ich sah."]

    def credits(lang: str, texts: list[str], knobs=options) -> tuple[list[float], list[float]]:
        src = make_side(["one", "two"], None, None, "en")
        tgt = make_side(texts, None, None, lang)
        src.keys = [{"l:angel"}, {"l:sea"}]
        tgt.keys = [{"l:angel"}, {"l:sea", "l:harp"}, {"l:w0", "l:w1"}]  # 0, 1, 2 units
        aligning._lonely_credit(aligning._Pair(src, tgt, knobs, 1.0), knobs)
        return src.skip_adjust.tolist(), tgt.skip_adjust.tolist()

    # 0.5 and 1.5 units beyond the free half, times 2; the German sentence: 1 unit beyond 1
    assert credits("th", thai)[1] == [0.0, -1.0, -3.0]
    assert credits("de", german)[1] == [0.0, 0.0, -2.0]
    assert credits("th", thai)[0] == credits("de", german)[0] == [0.0, 0.0]  # the pivot
    same = replace(options, thai_lonely_free=options.lonely_free)
    assert credits("th", thai, same)[1] == [0.0, 0.0, -2.0]


def test_every_clause_of_a_verse_inserted_into_the_thai_version_is_extra():
    """Revelation 13:4 (two Thai clauses: they worshipped the dragon; who is like the beast)
    put after 21:17, with the tables of the other chapters: its second clause (one lonely unit)
    was merged into the next verse's bead; with half a unit free both stand alone."""
    lexicons = _bible_lexicons()
    verse = ("rev13", "13:4")
    assert _insertion("th", PASSAGE, verse, "21:17", lexicons=lexicons)[0] == ["extra", "extra"]
    old = replace(DEFAULT_OPTIONS, thai_lonely_free=DEFAULT_OPTIONS.lonely_free)
    assert _insertion("th", PASSAGE, verse, "21:17", old, lexicons)[0] == ["extra"]


def test_a_version_sentence_of_lonely_words_pays_no_paragraph_balance():
    """The balance `balance_paragraphs` puts on leaving a version's sentence alone is dropped
    for one with `lonely_unbalanced` units of lonely words or more, not for a version cut finer
    into sentences than the pivot, and never on the pivot's side."""
    src = make_side(["one", "two"], None, None, "en")
    tgt = make_side(["eins", "zwei", "drei"], None, None, "de")
    src.keys = [{"l:angel"}, {"l:sickle"}]
    tgt.keys = [{"l:sickle"}, {"l:w0", "l:w1"}, {"l:w2"}]  # lonely: 0, 2 and 1 units
    options = replace(DEFAULT_OPTIONS, lonely_skip=1.0, lonely_free=1.0, lonely_unbalanced=2.0)

    def adjusted(share: float, cut: float = 2.0) -> list[float]:
        src.skip_adjust = np.array([4.0, 4.0])
        tgt.skip_adjust = np.array([4.0, 4.0, 4.0])
        tgt.insert_share = share
        knobs = replace(options, lonely_unbalanced=cut)
        aligning._lonely_credit(aligning._Pair(src, tgt, knobs, 1.0), knobs)
        assert src.skip_adjust.tolist() == [4.0, 4.0]  # the pivot keeps its balance
        return tgt.skip_adjust.tolist()

    # the second sentence: balance gone, then one unit of credit beyond the free one
    assert adjusted(1.0) == [4.0, -1.0, 4.0]
    assert adjusted(0.6) == [4.0, 3.0, 4.0]  # finer into sentences: balance kept
    assert adjusted(1.0, cut=0.0) == [4.0, 3.0, 4.0]  # off


@pytest.mark.parametrize(
    ("lang", "verse", "after"),
    [("de", ("rev13", "13:6"), "21:21"), ("ar", ("rev13", "13:16"), "21:14")],
)
def test_an_inserted_verse_of_lonely_words_is_extra(lang, verse, after):
    """A verse of Revelation 13 put into chapter 21 (with the tables of the other chapters)
    shares a word or two with its neighbours and was merged into their beads; most of its
    table words have no translation anywhere in the English chapter, and with them counted
    (`_lonely_credit`) it is left alone and `extra`."""
    lexicons = _bible_lexicons()
    assert _insertion(lang, PASSAGE, verse, after, lexicons=lexicons) == (["extra"], [])
    off = replace(DEFAULT_OPTIONS, lonely_skip=0.0, lonely_skip_src=0.0)
    assert _insertion(lang, PASSAGE, verse, after, off, lexicons) == ([], [])


def _lost_and_gained(lang, drop, verse, after, options=DEFAULT_OPTIONS):
    """`lang`'s findings with verse `drop` deleted from `PASSAGE` and verse `verse` (passage,
    ref) put after `after`, with the tables of the other chapters: each finding as
    check:where, where `om` (on the omitted verse's row), `ins` (on the inserted one's) or
    `elsewhere`."""
    texts = _texts()
    extra = next(v for v in texts[lang][verse[0]] if v.ref == verse[1])
    segments, documents = {}, {}
    for other, passages in texts.items():
        verses = [v for v in passages[PASSAGE] if not (other == lang and v.ref == drop)]
        documents[other] = write_document(other, verses, {after: extra} if other == lang else {})
        segments[other] = segment(documents[other].text, other)
    rows = align_group(segments, PIVOT, options=options, lexicons=_bible_lexicons())
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])
    gained = next((s, e) for ref, s, e in documents[lang].units if ref.startswith("+"))
    lost = next((s, e) for ref, s, e in documents[PIVOT].units if ref == drop)
    out = []
    for row, found in zip(rows, findings, strict=True):
        cell = [segments[lang][k] for k in row.cells[lang]]
        pivot = [segments[PIVOT][k] for k in row.cells[PIVOT]]
        at_gained = any(x.start < gained[1] and gained[0] < x.end for x in cell)
        at_lost = any(x.start < lost[1] and lost[0] < x.end for x in pivot)
        for f in found:
            if f.lang == lang and f.severity != "info":
                where = "elsewhere"
                if f.check == "extra" and at_gained:
                    where = "ins"
                elif f.check == "missing" and at_lost:
                    where = "om"
                out.append(f"{f.check}:{where}")
    return sorted(set(out))


@pytest.mark.parametrize(
    ("lang", "drop", "verse", "after"),
    [("ar", "21:10", ("rev20", "20:5"), "21:12"), ("es", "21:18", ("rev20", "20:13"), "21:20")],
)
def test_a_paragraph_that_lost_a_verse_and_gained_one_shows_both(lang, drop, verse, after):
    """A verse deleted from a paragraph and another chapter's verse put into it: the
    paragraph is about as long as the pivot's, so the paragraph balance made leaving the
    inserted verse alone dear, and it was merged into a neighbour's bead (with the omission
    beside it, in the Arabic case). Its words that nothing in the English chapter translates
    (`lonely_unbalanced`) now spare it the balance, and it is `extra` on its row. (Its words
    that the English paragraph lacks, `paragraph_lonely`, stop 41, find the Arabic one too:
    both off here.)"""
    found = _lost_and_gained(lang, drop, verse, after)
    assert "extra:ins" in found
    assert not any(f.endswith(":elsewhere") for f in found)
    off = replace(DEFAULT_OPTIONS, lonely_unbalanced=0.0, paragraph_lonely=False)
    assert "extra:ins" not in _lost_and_gained(lang, drop, verse, after, off)


def test_an_inserted_verse_traded_for_a_pivot_sentence_is_extra(monkeypatch):
    """Russian 13:11 ("И увидел я другого зверя…") put after 20:3 took the place of the
    English "Then I saw the thrones…", whose translation opens the one Russian sentence of
    20:4 beside it (paired with "And I saw the souls…" alone): a trade, two 1-1 beads of
    modest evidence against a 2-1 and a sentence left alone. The Russian 20:4 translates
    words of "the thrones" sentence that "the souls" one lacks, and `untrade` undoes it. The
    inserted verse's words that the English paragraph lacks (`paragraph_lonely`, stop 41)
    now keep it alone without `untrade` too."""
    import reviewer.core.group_alignment as group_alignment

    lexicons = _whole_bible_lexicons()
    verse = ("rev13", "13:11")
    assert _insertion("ru", "rev20", verse, "20:3", lexicons=lexicons) == (["extra"], [])
    monkeypatch.setattr(group_alignment, "untrade", lambda pair, beads, costs: (beads, costs))
    assert _insertion("ru", "rev20", verse, "20:3", lexicons=lexicons) == (["extra"], [])
    off = replace(DEFAULT_OPTIONS, paragraph_lonely=False)
    assert _insertion("ru", "rev20", verse, "20:3", off, lexicons=lexicons) == ([], [])


def test_a_few_chapters_learn_their_table_again_from_the_groups_second_passes(monkeypatch):
    """With few groups the table is learnt once more from the groups' second passes (the
    other versions as witnesses) rather than one version's own pass: "saints" is then
    святых (svyat), not терпение ("perseverance", which meets it in 13:10 and 14:12, "Here is
    a call for the perseverance and faith of the saints")."""
    import reviewer.core.group_alignment as group_alignment

    corpus = _other_chapters((PIVOT, "ja", "ru", "de", "es", "ar", "vi", "zh"))
    again = learn_lexicons(corpus).tables
    monkeypatch.setattr(group_alignment, "LEXICON_GROUP_ROUNDS", 0)
    before = learn_lexicons(corpus).tables
    assert again[(PIVOT, "ru")]["saint"] == {"svyat"} != before[(PIVOT, "ru")]["saint"]


def _bench_round(seed: int, round_: int) -> list:
    """The fault bench's round `round_` on `seed`: the five chapters as groups of nine, each
    version with its faults, segmented."""
    texts = _texts()
    corpus = []
    for passage in texts[PIVOT]:
        docs = build_case(texts, passage, f"{passage}-r{round_}", seed, KINDS)
        corpus.append(({lang: segment(docs[lang].text, lang) for lang in docs}, PIVOT))
    return corpus


def test_a_pair_met_twice_in_the_second_passes_can_be_asked_to_meet_three_times():
    """The fault bench's round 2 on seed 15 (German without 13:5, "…authority to act for 42
    months", and the other versions' faults), the five chapters as groups of nine: the
    groups' second passes pair the English 13:5 with the German 13:6 ("Und es tat sein Maul
    auf zur Lästerung…") and the English 22:2 ("…every month") with the German 22:2 ("…zur
    Heilung der Völker"), so the table learnt once more from them reads "zur" as "month",
    and that key pairs 13:6's German with 13:5 rather than with its own verse (`missing` a
    row late). `relearn_min_count` = 3 asks more of such a pair (stop 40, docs/alignment.md).
    Since stop 44 the default holds it back too: the 13:5 bead is beside 13:6, which the
    pass leaves alone, and confirms no pair (`align_learning.agreed_beads`)."""
    corpus = _bench_round(15, 2)
    twice = learn_lexicons(corpus).tables[(PIVOT, "de")]
    three = replace(DEFAULT_OPTIONS, relearn_min_count=3)
    thrice = learn_lexicons(corpus, options=three).tables[(PIVOT, "de")]
    assert "zur" not in twice.get("month", ())
    assert "zur" not in thrice.get("month", ())


def test_the_first_table_keeps_a_pair_met_twice_only_where_the_witnesses_agree(monkeypatch):
    """The fault bench's round 1 on seed 7 (Spanish without 13:13, "Y hace grandes señales…",
    and the other versions' faults), the five chapters as groups of nine: Spanish's first
    pass pairs the English 13:13 ("…performed great signs…") with its 13:14 ("Y engaña á los
    moradores de la tierra por las señales…, en presencia de la bestia"), too long for what
    the other versions put beside 13:13, and the first table read "signs" as moradores
    ("dwellers") and "performed" as presencia (each met once more elsewhere). Held to the
    witnesses' lengths as the table learnt again in the groups is (stop 43), they are gone;
    pairs met more often or where the lengths agree stay (dragon, Japanese death)."""
    import reviewer.core.group_alignment as group_alignment

    corpus = _bench_round(7, 1)
    first: dict[str, dict] = {}
    beads = group_alignment._lexicon_beads

    def spy(segments, pivot, lang, options, table):
        first[lang] = table
        return beads(segments, pivot, lang, options, table)

    monkeypatch.setattr(group_alignment, "_lexicon_beads", spy)
    learn_lexicons(corpus)
    held = dict(first)
    monkeypatch.setattr(group_alignment, "FIRST_MIN_COUNT", 1)  # every pair kept
    learn_lexicons(corpus)
    assert {"morad", "prese"} <= first["es"]["signs"]
    assert "signs" not in held["es"] and "perfo" not in held["es"]
    assert held["es"]["drago"] == first["es"]["drago"] == {"drago"}
    assert held["ja"]["death"] == first["ja"]["death"] == {"死"}
    # Thai's first table is not held (clauses: loose lengths)
    assert held["th"] == first["th"]


def test_a_few_chapters_learn_the_thai_table_again_in_the_groups_too(monkeypatch):
    """Thai's table is learnt again from the groups' second passes as the others are (stop
    43; before, the untouched Thai Revelation 20 had a false `extra`: see
    test_untouched_thai_chapter_has_no_extra_with_the_corpus_tables)."""
    import reviewer.core.group_alignment as group_alignment

    corpus = _other_chapters((PIVOT, "th", "ru", "de", "es"))
    again = learn_lexicons(corpus).tables
    monkeypatch.setattr(group_alignment, "LEXICON_GROUP_ROUNDS", 0)
    before = learn_lexicons(corpus).tables
    assert again[(PIVOT, "th")] != before[(PIVOT, "th")]
    assert again[(PIVOT, "ru")] != before[(PIVOT, "ru")]


def test_a_bead_beside_a_gap_confirms_no_pair_of_the_table():
    """The fault bench's round 2 on seed 15 (Chinese without 21:23, "And the city has no need
    of sun or moon to shine on it…", and the other versions' faults), the five chapters as
    groups of nine: Chinese's passes paired its 21:24 ("列国要在城的光里行走…") with the
    English 21:23 and left 21:24 alone, and the table learnt again in the groups read need,
    sun, shine and lamp as 光 ("light"), each met twice, once in that bead, whose length
    fits both English verses. A bead beside a pivot sentence its pass leaves alone confirms
    no pair (`align_learning.agreed_beads`, stop 44): the four are gone, pairs met where no
    gap is near stay."""
    corpus = _bench_round(15, 2)
    table = learn_lexicons(corpus).tables[(PIVOT, "zh")]
    assert not {"need", "sun", "shine", "lamp"} & set(table)
    assert table["city"] == {"城"} and "荣耀" in table["glory"] and table["templ"] == {"殿"}
