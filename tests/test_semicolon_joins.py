"""A version that joins two of the pivot's sentences with a semicolon holds both: merging
them into its sentence pays no witness merge cost (`Side.joins`, `align_search._joined`)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from reviewer.core import align_search
from reviewer.core.align_evidence import pair_evidence
from reviewer.core.aligning import DEFAULT_OPTIONS, _prepare
from reviewer.core.checks import run_checks
from reviewer.core.group_alignment import _joins, align_group
from reviewer.core.segmenting import segment

# A made-up council notice; pt joins "Engineers found…" and "The repairs would cost…" with
# a semicolon, where the others write two sentences.
NOTICE = {
    "en": "The town council met on Tuesday evening to discuss the new bridge. The mayor said the"
    " old bridge had become unsafe after the spring floods. Engineers found deep cracks in two"
    " of its pillars. The repairs would cost more than a new bridge. Work on the new bridge"
    " will start in March and last about two years. Until then, buses will take a detour"
    " through the northern district.",
    "de": "Der Stadtrat traf sich am Dienstagabend, um über die neue Brücke zu beraten. Der"
    " Bürgermeister sagte, die alte Brücke sei nach den Frühjahrshochwassern unsicher"
    " geworden. Ingenieure fanden tiefe Risse in zwei ihrer Pfeiler. Die Reparatur würde mehr"
    " kosten als eine neue Brücke. Die Arbeiten an der neuen Brücke beginnen im März und"
    " dauern etwa zwei Jahre. Bis dahin fahren die Busse einen Umweg durch den nördlichen"
    " Bezirk.",
    "es": "El concejo municipal se reunió el martes por la tarde para hablar del nuevo puente."
    " El alcalde dijo que el puente viejo se había vuelto inseguro tras las inundaciones de"
    " primavera. Los ingenieros encontraron grietas profundas en dos de sus pilares. La"
    " reparación costaría más que un puente nuevo. Las obras del nuevo puente empezarán en"
    " marzo y durarán unos dos años. Hasta entonces, los autobuses darán un rodeo por el"
    " distrito norte.",
    "fr": "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau pont. Le maire a"
    " dit que l'ancien pont était devenu dangereux après les crues du printemps. Les ingénieurs"
    " ont trouvé des fissures profondes dans deux de ses piliers. La réparation coûterait plus"
    " cher qu'un pont neuf. Les travaux du nouveau pont commenceront en mars et dureront"
    " environ deux ans. D'ici là, les bus feront un détour par le quartier nord.",
    "nl": "De gemeenteraad kwam dinsdagavond bijeen om over de nieuwe brug te praten. De"
    " burgemeester zei dat de oude brug na de voorjaarsoverstromingen onveilig was geworden."
    " Ingenieurs vonden diepe scheuren in twee van de pijlers. De reparatie zou meer kosten"
    " dan een nieuwe brug. Het werk aan de nieuwe brug begint in maart en duurt ongeveer twee"
    " jaar. Tot dan rijden de bussen om via het noordelijke district.",
    "pt": "A câmara municipal reuniu-se na terça-feira à noite para discutir a nova ponte. O"
    " presidente da câmara disse que a ponte antiga se tornou insegura depois das cheias da"
    " primavera. Os engenheiros encontraram fissuras profundas em dois dos seus pilares;"
    " repará-los custaria mais do que uma ponte nova. As obras da nova ponte começam em março"
    " e duram cerca de dois anos. Até lá, os autocarros farão um desvio pelo bairro norte.",
}

# Merges the other versions never make cost more than by default (as where a paragraph short
# of a sentence also credits leaving one alone): without the semicolon's waiver the joined
# sentence was paired with "Engineers found…" alone and "The repairs…" left `missing`.
DEAR_MERGES = replace(DEFAULT_OPTIONS, witness_merge=6.0)


def _pt_findings(texts: dict[str, str], options=DEAR_MERGES) -> list[tuple[int, str]]:
    segments = {lang: tuple(segment(text, lang)) for lang, text in texts.items()}
    rows = align_group(segments, "en", options=options)
    found = run_checks(rows, segments, "en", checks=["missing", "extra"])
    return [(r, f.check) for r, fs in enumerate(found) for f in fs if f.lang == "pt"]


def test_a_version_that_joins_two_sentences_with_a_semicolon_is_not_missing_one():
    assert _pt_findings(NOTICE) == []


def test_without_the_waiver_the_joined_sentence_left_one_missing(monkeypatch):
    monkeypatch.setattr(align_search, "JOIN_NEAR", 0.0)
    # without the words the other versions share beside "The repairs…" too (es's and fr's
    # "reparación", "réparation" hold pt's "repará-los" there)
    no_words = replace(DEAR_MERGES, witness_words=0)
    assert [check for _, check in _pt_findings(NOTICE, no_words)] == ["missing"]


def test_a_semicolon_far_from_where_the_pivot_sentences_meet_waives_nothing():
    """The waiver holds where the clause before the mark is about as long, in share, as the
    first pivot sentence of the two; a mark near the end of the joined sentence (a list's last
    item) says nothing about these two sentences."""
    pair = _prepare(
        ["Engineers found deep cracks in two of its pillars.", "The repairs cost more."],
        ["Os engenheiros encontraram fissuras em dois pilares; a reparação custa mais.",
         "Encontraram fissuras, rachas e buracos em dois pilares e no tabuleiro; e mais."],
        src_paragraphs=None, tgt_paragraphs=None, src_kinds=None, tgt_kinds=None,
        src_lang="en", tgt_lang="pt", options=DEFAULT_OPTIONS,
    )  # fmt: skip
    pair.tgt.joins = _joins(pair.tgt)
    lengths = pair.src.lengths
    meet = np.full(2, lengths[0] / lengths.sum())  # where the two pivot sentences meet
    cols = np.array([1, 2])  # the first, then the second target sentence
    assert align_search._joined(pair.tgt, meet, cols).tolist() == [True, False]


def test_joins_are_none_without_a_semicolon_and_ignore_a_final_one():
    pair = _prepare(
        ["One.", "Two."], ["Um; dois.", "Três;"],
        src_paragraphs=None, tgt_paragraphs=None, src_kinds=None, tgt_kinds=None,
        src_lang="en", tgt_lang="pt", options=DEFAULT_OPTIONS,
    )  # fmt: skip
    joins = _joins(pair.tgt)
    assert joins.shape == (2, 1) and 0 < joins[0, 0] < 1 and np.isnan(joins[1, 0])
    pair = _prepare(
        ["One."], ["Um."],
        src_paragraphs=None, tgt_paragraphs=None, src_kinds=None, tgt_kinds=None,
        src_lang="en", tgt_lang="pt", options=DEFAULT_OPTIONS,
    )  # fmt: skip
    assert _joins(pair.tgt) is None


@pytest.mark.parametrize("joined", [True, False])
def test_step_costs_with_merge_costs_and_joins_are_the_same_one_shape_at_a_time(joined):
    """The batched bead costs (`_all_step_costs`) add the waived merge cost as the single
    shape's costs (`_step_costs`) do: the same bits."""
    en = [s.text for s in segment(NOTICE["en"], "en")]
    pt = [s.text for s in segment(NOTICE["pt"], "pt")]
    pair = _prepare(
        en, pt, src_paragraphs=None, tgt_paragraphs=None, src_kinds=None, tgt_kinds=None,
        src_lang="en", tgt_lang="pt", options=DEFAULT_OPTIONS,
    )  # fmt: skip
    pair.src.merge_cost = np.linspace(0.0, 2.0, pair.src.size + 1)
    pair.tgt.joins = _joins(pair.tgt) if joined else None
    assert pair.tgt.joins is not None or not joined
    options = pair.options
    evidence = pair_evidence(pair.src, pair.tgt, options.max_df)
    lo = np.zeros(pair.src.size + 1, dtype=np.int64)
    hi = np.full(pair.src.size + 1, pair.tgt.size, dtype=np.int64)
    shapes = [(di, dj, -np.log(p)) for di, dj, p in options.priors]
    widths = hi - lo + 1
    starts = np.concatenate(([0], np.cumsum(widths)[:-1]))
    reach = (max(s[0] for s in shapes), max(s[1] for s in shapes))
    grid = align_search._Grid(
        pair.src, pair.tgt, evidence, lo, widths, starts, int(widths.sum()), reach
    )
    batched = align_search._all_step_costs(shapes, grid, options, pair.ratio)
    for k, shape in enumerate(shapes):
        if shape[0]:
            alone = align_search._step_costs(shape, grid, options, pair.ratio)
            assert alone.tobytes() == batched[k].tobytes(), shape
