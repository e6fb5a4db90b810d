"""Where a version's added sentence stands (`insert_places`): a 0-1 bead beside a 1-1 bead
moves across it where the other versions add their sentence at the other side and the
version's own evidence does not tell, or where words learnt from the pair's confident rows
say the sentence left alone translates the pivot sentence."""

from types import SimpleNamespace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import insert_places
from reviewer.core.align_evidence import make_side
from reviewer.core.insert_places import (
    _added_at,
    _alone_swapped,
    _learnt,
    _moved,
    follow_witnesses,
)


def _pair(src_lengths, tgt_lengths, src_tokens=None, tgt_tokens=None, tgt_unmatched=None):
    def side(lengths, tokens, unmatched=None):
        return SimpleNamespace(
            kinds=np.zeros(len(lengths), dtype=np.int64),
            lengths=np.array(lengths, dtype=np.float64),
            tokens=tokens or [frozenset()] * len(lengths),
            size=len(lengths),
            # per sentence, its figures the other document nowhere writes (Side.unmatched)
            unmatched=np.array(unmatched if unmatched is not None else [], dtype=np.float64),
        )

    return SimpleNamespace(
        src=side(src_lengths, src_tokens),
        tgt=side(tgt_lengths, tgt_tokens, tgt_unmatched),
        ratio=1.0,
    )


# A French pivot of four sentences lacks one that every version has before its sentence 2;
# this version's "residents" sentence (2) went with pivot 2 ("shops"), its own "shops"
# sentence (3) left alone after it. Nothing lexical ties either to the pivot sentence.
ONE_OFF = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,)), ((3,), (4,))]
RIGHT = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))]
SURE = [0.9, 0.9, 0.5, 0.4, 0.9]
PAIR = _pair([50, 60, 55, 70], [50, 60, 56, 53, 70])


def test_the_added_sentence_follows_the_witnesses():
    votes = {2: 4, 3: 1}  # four others add before pivot 2, one (also one off) after it
    assert _moved(PAIR, ONE_OFF, SURE, votes, 5, support={}) == RIGHT


def test_and_the_mirror_before_the_pivot_sentence():
    votes = {3: 4}
    assert _moved(PAIR, RIGHT, SURE, votes, 5, support={}) == ONE_OFF


def test_too_few_witnesses_leave_it():
    assert _moved(PAIR, ONE_OFF, SURE, {2: 2}, 5, support={}) == ONE_OFF  # not half
    assert _moved(PAIR, ONE_OFF, SURE, {2: 1}, 1, support={}) == ONE_OFF  # one alone
    assert _moved(PAIR, ONE_OFF, SURE, {2: 2, 3: 1}, 3, support={}) == ONE_OFF  # 2 to 1


def test_a_figure_the_pivot_nowhere_writes_outweighs_a_little_evidence_against_the_move():
    # the version pairs its "residents" sentence (2), which holds a figure the pivot's
    # document nowhere writes, with pivot 2, and a word of pivot 2 is shared with it (0.5):
    # the four witnesses do not move it; the figure in it, and none in sentence 3, does
    support = {(2, 2): 0.5}
    pair = _pair([50, 60, 55, 58], [50, 60, 56, 55, 58])
    assert _moved(pair, ONE_OFF, SURE, {2: 4}, 5, support=support) == ONE_OFF
    figured = _pair([50, 60, 55, 58], [50, 60, 56, 55, 58], tgt_unmatched=[0, 0, 1, 0, 0])
    assert _moved(figured, ONE_OFF, SURE, {2: 4}, 5, support=support) == RIGHT
    # a figure in the sentence left alone too says nothing
    both = _pair([50, 60, 55, 58], [50, 60, 56, 55, 58], tgt_unmatched=[0, 0, 1, 1, 0])
    assert _moved(both, ONE_OFF, SURE, {2: 4}, 5, support=support) == ONE_OFF


def test_a_version_that_adds_its_own_sentence_where_the_witnesses_do_keeps_the_other():
    # others add one sentence after pivot 1; this version adds one there too (3), and one of
    # its own before pivot 1 (1): that one is no misplaced copy of theirs
    pair = _pair([50, 60, 55], [50, 58, 60, 52, 55])
    own = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((), (3,)), ((2,), (4,))]
    sure = [0.9, 0.5, 0.9, 0.5, 0.9]
    assert _moved(pair, own, sure, {2: 4}, 5, support={}) == own
    alone = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]  # without it, it moves
    moved = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
    assert (
        _moved(_pair([50, 60, 55], [50, 58, 60, 55]), alone, sure[:4], {2: 4}, 5, support={})
        == moved
    )


def test_the_version_s_own_evidence_wins_over_the_witnesses():
    support = {(2, 2): 1.0}  # its sentence 2 shares a name with pivot 2
    assert _moved(PAIR, ONE_OFF, SURE, {2: 4}, 5, support=support) == ONE_OFF


def test_a_sentence_far_too_long_for_the_pivot_sentence_stays():
    pair = _pair([50, 60, 55, 70], [50, 60, 56, 120, 70])
    assert _moved(pair, ONE_OFF, SURE, {2: 4}, 5, support={}) == ONE_OFF


def test_evidence_alone_moves_it_where_no_witness_adds_there():
    support = {(2, 3): 1.5}
    assert _moved(PAIR, ONE_OFF, SURE, {}, 5, support=support) == RIGHT
    assert _moved(PAIR, ONE_OFF, SURE, {3: 2}, 5, support=support) == ONE_OFF
    assert _moved(PAIR, ONE_OFF, SURE, {}, 5, support={(2, 3): 0.8}) == ONE_OFF


def test_stems_learnt_from_the_confident_rows():
    en = [
        "A flu vaccine cut hospital admissions.",
        "The vaccine trial ran in Denmark.",
        "Half received the new vaccine.",
        "Pain was more common in the trial.",
        "No side effects were linked to either vaccine.",
        "The results are due next winter.",
        "The authors thank the nurses.",
        "The company paid for the trial.",
    ]
    es = [
        "Una vacuna contra la gripe redujo los ingresos.",
        "El ensayo de la vacuna se hizo en Dinamarca.",
        "La mitad recibió la nueva vacuna.",
        "El dolor fue más frecuente en el ensayo.",
        "No se relacionó ningún efecto grave con ninguna de las dos vacunas.",
        "Los resultados llegarán el próximo invierno.",
        "Los autores dan las gracias a las enfermeras.",
        "La empresa pagó el ensayo.",
    ]
    src, tgt = make_side(en, None, None, "en"), make_side(es, None, None, "es")
    pair = SimpleNamespace(src=src, tgt=tgt, ratio=1.0)
    beads = [((k,), (k,)) for k in range(8)]
    sure = [0.9, 0.9, 0.9, 0.9, 0.5, 0.9, 0.9, 0.9]  # the row of "either vaccine" is in doubt
    table = _learnt(pair, beads, sure)
    assert table["vaccin"] == ({"vacuna"}, 1.0)  # rows 0, 1, 2 both
    assert table["trial"] == ({"ensayo"}, 1.0)  # rows 1, 3, 7
    assert "pain" not in table  # one row only
    assert "the" not in table  # short, and in more than half the rows


def test_boilerplate_and_many_to_one_beads_are_left_alone():
    pair = _pair([50, 60, 55, 70], [50, 60, 56, 53, 70])
    pair.tgt.kinds[3] = 2
    assert _moved(pair, ONE_OFF, SURE, {2: 4}, 5, support={}) == ONE_OFF
    merged = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((), (4,)), ((3,), ())]
    assert _moved(PAIR, merged, SURE, {4: 4}, 5, support={}) == merged


def test_where_a_version_adds_text():
    segments = [SimpleNamespace(boilerplate=None)] * 5 + [SimpleNamespace(boilerplate="share")]
    beads = [((), (0,)), ((0,), (1,)), ((1, 2), (2,)), ((), (3, 4)), ((3,), ()), ((), (5,))]
    assert _added_at(beads, segments) == {0, 3}  # not the share line after pivot 3


@given(
    st.lists(st.sampled_from(["1-1", "0-1", "1-0"]), min_size=1, max_size=12),
    st.dictionaries(st.integers(0, 12), st.integers(0, 6)),
    st.dictionaries(st.tuples(st.integers(0, 12), st.integers(0, 12)), st.floats(0, 3)),
)
def test_every_sentence_in_one_bead_in_order(shapes, votes, support):
    beads, i, j = [], 0, 0
    for shape in shapes:
        s = (i,) if shape[0] == "1" else ()
        t = (j,) if shape[2] == "1" else ()
        beads.append((s, t))
        i, j = i + len(s), j + len(t)
    pair = _pair([40.0] * max(i, 1), [40.0] * max(j, 1))
    out = _moved(pair, beads, [0.5] * len(beads), votes, 6, support=support)
    assert len(out) == len(beads)
    assert [x for s, _ in out for x in s] == list(range(i))
    assert [x for _, t in out for x in t] == list(range(j))
    assert sorted(map(lambda b: (len(b[0]), len(b[1])), out)) == sorted(
        map(lambda b: (len(b[0]), len(b[1])), beads)
    )


class _Unmade:
    """A witness's pair made at its first use (group_alignment._Later): never to be made."""

    def __getattr__(self, name):
        raise AssertionError(f"a witness's pair was made ({name})")


def test_the_witnesses_are_read_from_their_beads_alone(monkeypatch):
    monkeypatch.setattr(insert_places, "_support", lambda pair: {})
    plain = [SimpleNamespace(boilerplate=None)] * 5
    witness = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))]
    langs = ["de", "en", "es", "ru"]
    per_lang = {"zh": list(ONE_OFF), **{lang: list(witness) for lang in langs}}
    pairs = {"zh": PAIR, **{lang: _Unmade() for lang in langs}}
    sure = {lang: list(SURE) for lang in per_lang}
    segments = dict.fromkeys(per_lang, plain)
    follow_witnesses(segments, pairs, per_lang, sure, {"zh"})
    assert per_lang["zh"] == RIGHT
    assert all(per_lang[lang] == witness for lang in langs)


# The pivot added sentence 2, which the five other versions all leave alone and all of which
# translate sentence 1; this version paired its translation of 1 with 2 and left 1 alone.
ADDED = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
APART = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]
ADDED_PAIR = _pair([50, 55, 80, 60], [50, 68, 60])


def test_a_sentence_only_the_pivot_has_is_left_alone_and_its_neighbour_takes_the_text():
    left, kept = {2: 5}, {0: 5, 1: 5, 3: 5}
    assert _alone_swapped(ADDED_PAIR, ADDED, left, kept, 5, support={}) == APART
    mirror = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]  # pivot 3 added after 2
    assert _alone_swapped(ADDED_PAIR, mirror, {3: 5}, {2: 5}, 5, support={}) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), ()),
    ]


def test_not_where_one_other_version_translates_it_or_the_version_s_words_say_so():
    kept = {0: 5, 1: 5, 3: 5}
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 4}, {**kept, 2: 1}, 5, support={}) == ADDED
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 5}, {0: 5, 3: 5}, 5, support={}) == ADDED
    support = {(2, 1): 1.0}  # its sentence shares a name with the added one
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 5}, kept, 5, support=support) == ADDED


def test_among_six_or_more_one_other_version_may_pair_it_too():
    # (as above, with one of five others translating the added sentence: not moved; one of six
    # others: two versions that made the same pairing, water_conference through es, stop 42)
    kept = {0: 6, 1: 6, 3: 6}
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 4}, {**kept, 2: 1}, 5, support={}) == ADDED
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 5}, {**kept, 2: 1}, 6, support={}) == APART
    assert _alone_swapped(ADDED_PAIR, ADDED, {2: 4}, {**kept, 2: 2}, 6, support={}) == ADDED
