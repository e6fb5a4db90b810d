"""A run of clauses left alone is one event (`aligning._run_discount`, `align_search._solve_runs`).

A version cut into clauses (Thai: segments end at spaces, not at sentence marks) writes an added
verse as several clauses; each clause left alone paid the fixed cost of one added sentence, so an
added verse of three clauses was cheaper merged into its neighbours' beads. In a group's second
pass, a clause left alone right after another now pays `RUN_DISCOUNT` of that cost less. The Thai
text is Revelation from the fault bench (bench/data/faults/, Thai KJV, CC BY-NC-ND; see its
README).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.faults_data import PIVOT
from bench.faults_inject import write_document
from reviewer.core import aligning
from reviewer.core.align_evidence import make_side
from reviewer.core.aligning import DEFAULT_OPTIONS, _prepare, _run_discount, _search
from reviewer.core.checks import run_checks
from reviewer.core.group_alignment import align_group
from reviewer.core.guided_cuts import guided_segments
from reviewer.core.model import Document, Group
from reviewer.core.segmenting import segment
from tests.test_omissions import _bible_lexicons, _texts, _whole_bible_lexicons


def _pair(src: list[str], tgt: list[str], src_lang: str, tgt_lang: str):
    return _prepare(
        src,
        tgt,
        src_paragraphs=None,
        tgt_paragraphs=None,
        src_kinds=None,
        tgt_kinds=None,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        options=DEFAULT_OPTIONS,
    )


WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"]


def _sentences(draw_lengths: list[int], offset: int) -> list[str]:
    return [
        " ".join(WORDS[(offset + i + k) % len(WORDS)] for k in range(n)) + "."
        for i, n in enumerate(draw_lengths)
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=14),
    st.lists(st.integers(1, 30), min_size=1, max_size=18),
    st.floats(0.0, 4.0),
)
def test_runs_of_skips_keep_every_sentence_once_and_cost_nothing_less_without_discount(
    src_lengths, tgt_lengths, discount
):
    """With no discount the two-state search gives `solve`'s beads; with one, every sentence
    of both sides is in exactly one bead, in order, and no path costs more than before."""
    src, tgt = _sentences(src_lengths, 0), _sentences(tgt_lengths, 3)

    def run(runs):
        pair = _pair(src, tgt, "en", "en")
        if runs is not None:
            pair.tgt.run_discount = np.full(len(tgt), runs)
        return _search(pair.src, pair.tgt, pair.ratio, pair.options)

    beads, costs = run(None)
    same, same_costs = run(0.0)
    assert same == beads
    assert np.allclose(same_costs, costs)
    cheaper, cheaper_costs = run(discount)
    assert [i for s, _ in cheaper for i in s] == list(range(len(src)))
    assert [j for _, t in cheaper for j in t] == list(range(len(tgt)))
    assert sum(cheaper_costs) <= sum(costs) + 1e-9


def test_only_a_version_cut_into_clauses_gets_a_discount():
    texts = _texts()
    en = [s.text for s in segment(write_document(PIVOT, texts[PIVOT]["rev21"], {}).text, PIVOT)]

    def discount(lang):
        own = [s.text for s in segment(write_document(lang, texts[lang]["rev21"], {}).text, lang)]
        pair = _pair(en, own, PIVOT, lang)
        return _run_discount(pair.src, pair.tgt, DEFAULT_OPTIONS)

    thai = discount("th")
    assert thai is not None and (thai > 0).all()
    # cut into sentences: German as coarse as English, Japanese finer (`_insert_share` there)
    assert discount("de") is None
    assert discount("ja") is None


def _guided(lang: str, passage: str, extra=None, after: str | None = None, lexicons=None):
    """`lang`'s findings in `passage`, with verse `extra` (passage, ref) of its own put after
    `after`, Thai cut where the other versions ask, as a session cuts it: (on the rows holding
    the added verse, elsewhere)."""
    texts = _texts()
    added = next(v for v in texts[lang][extra[0]] if v.ref == extra[1]) if extra else None
    documents = {
        x: write_document(x, texts[x][passage], {after: added} if x == lang and added else {})
        for x in texts
    }
    langs = list(documents)
    segments = [segment(documents[x].text, x) for x in langs]
    docs = [Document(f"{x}.txt", Path(f"{x}.txt"), documents[x].text, x, "") for x in langs]
    group = Group(passage, PIVOT, {x: i for i, x in enumerate(langs)})
    cut = dict(zip(langs, guided_segments(docs, segments, [group]), strict=True))
    rows = align_group(cut, PIVOT, lexicons=lexicons)
    findings = run_checks(rows, cut, PIVOT, checks=["missing", "extra"])
    span = next(((s, e) for ref, s, e in documents[lang].units if ref.startswith("+")), None)
    on_rows, elsewhere = [], []
    for row, found in zip(rows, findings, strict=True):
        cell = [cut[lang][k] for k in row.cells[lang]]
        here = span is not None and any(g.start < span[1] and span[0] < g.end for g in cell)
        for f in found:
            if f.lang == lang and f.severity != "info":
                (on_rows if here else elsewhere).append(f.check)
    return on_rows, elsewhere


def test_an_added_verse_of_thai_clauses_is_extra(monkeypatch):
    """Revelation 20:9 ("And they marched across the broad expanse of the earth…", three Thai
    clauses) put after 21:16, with the tables of the other chapters: its clauses were merged
    into the beads beside them; as one run left alone they are `extra`."""
    lexicons = _bible_lexicons()
    on_rows, _ = _guided("th", "rev21", ("rev20", "20:9"), "21:16", lexicons)
    assert "extra" in on_rows
    monkeypatch.setattr(aligning, "RUN_DISCOUNT", 0.0)
    assert _guided("th", "rev21", ("rev20", "20:9"), "21:16", lexicons) == ([], ["missing"])


@pytest.mark.parametrize("passage", ["rev13", "rev14", "rev20", "rev21"])
def test_an_untouched_thai_chapter_has_no_run_of_clauses_left_alone(passage):
    """The clauses of a faithful verse are no cheaper to leave alone one at a time, and a
    chapter that lost and gained nothing gets no `extra` (nor `missing`)."""
    assert _guided("th", passage, lexicons=_whole_bible_lexicons()) == ([], [])


def test_a_clause_has_its_share_of_a_sentences_free_lonely_words():
    """In a version cut into clauses (one with a run discount), a clause's lonely words count
    beyond its share of `lonely_free` (pivot sentences / the version's segments): an added
    verse's lonely words are spread over its clauses. A version cut into sentences keeps the
    whole free unit."""
    src = make_side(["one", "two"], None, None, "en")
    tgt = make_side(["ก", "ข", "ค", "ง"], None, None, "th")
    src.keys = [{"l:angel"}, {"l:sickle"}]
    tgt.keys = [{"l:sickle"}, {"l:w0"}, {"l:w1"}, set()]  # lonely: 0, 1, 1 and 0 units
    options = replace(DEFAULT_OPTIONS, lonely_skip=1.0, lonely_skip_src=0.0, lonely_free=1.0)

    def credit(runs) -> list[float]:
        tgt.skip_adjust = None
        tgt.run_discount = runs
        aligning._lonely_credit(aligning._Pair(src, tgt, options, 1.0), options)
        return tgt.skip_adjust.tolist()

    # two pivot sentences for four clauses: half a unit free, half a unit of credit each
    assert credit(np.full(4, 2.5)) == [0.0, -0.5, -0.5, 0.0]
    assert credit(None) == [0.0, 0.0, 0.0, 0.0]  # cut into sentences: the whole unit free
