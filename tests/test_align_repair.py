"""Undoing trades after a group's second pass (align_repair.untrade): an inserted sentence
paired 1-1 with a pivot sentence whose translation the bead beside it holds."""

from __future__ import annotations

from reviewer.core.align_evidence import make_side
from reviewer.core.align_repair import untrade
from reviewer.core.aligning import DEFAULT_OPTIONS, _Pair

PIVOT = ["The beast rose.", "The angel sang to the lamb.", "The city shone."]
VERSION = ["Das Tier stieg, und der Engel sang dem Lamm.", "Zwölf Tore.", "Die Stadt glänzte."]
TRADED = [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
COSTS = [-9.0, -1.0, -8.0]


def _pair(src_keys, tgt_keys, lang="de", texts=VERSION):
    src = make_side(PIVOT, None, None, "en")
    tgt = make_side(texts, None, None, lang)
    src.keys = [set(k) for k in src_keys]
    tgt.keys = [set(k) for k in tgt_keys]
    return _Pair(src, tgt, DEFAULT_OPTIONS, 1.0)


# The version's first sentence translates pivot sentences 0 and 1 (beast; angel, lamb), its
# second is an inserted sentence sharing nothing, its third translates pivot sentence 2.
PIVOT_KEYS = [{"l:beast"}, {"l:angel", "l:lamb"}, {"l:city"}]
VERSION_KEYS = [{"l:beast", "l:angel", "l:lamb"}, {"l:gate"}, {"l:city"}]


def test_a_traded_pivot_sentence_joins_the_bead_that_translates_it():
    pair = _pair(PIVOT_KEYS, VERSION_KEYS)
    beads, costs = untrade(pair, TRADED, COSTS)
    assert beads == [((0, 1), (0,)), ((), (1,)), ((2,), (2,))]
    assert costs == [-9.0, -1.0, -8.0]  # the sentence left alone keeps its bead's cost


def test_the_neighbour_after_the_trade_takes_it_too():
    pair = _pair(
        [{"l:city"}, {"l:angel", "l:lamb"}, {"l:beast"}],
        [{"l:city"}, {"l:gate"}, {"l:beast", "l:angel", "l:lamb"}],
    )
    beads, _ = untrade(pair, TRADED, COSTS)
    assert beads == [((0,), (0,)), ((), (1,)), ((1, 2), (2,))]


def test_no_trade_where_the_neighbours_own_pivot_sentence_has_those_words():
    """A version's sentence may repeat words of the next pivot sentence that its own pivot
    sentence also has ("And I am John, who heard and saw" beside "when I had heard and seen
    them"): the pivot sentence's words it holds must be ones its own pivot sentences lack."""
    keys = [{"l:beast", "l:angel", "l:lamb"}, {"l:angel", "l:lamb"}, {"l:city"}]
    pair = _pair(keys, VERSION_KEYS)
    assert untrade(pair, TRADED, COSTS) == (TRADED, COSTS)


def test_no_trade_where_the_pair_shares_a_number_or_much_of_its_evidence():
    numbers = _pair(
        [{"l:beast"}, {"l:angel", "l:lamb", "n:12"}, {"l:city"}],
        [{"l:beast", "l:angel", "l:lamb"}, {"l:gate", "n:12"}, {"l:city"}],
    )
    assert untrade(numbers, TRADED, COSTS) == (TRADED, COSTS)
    # the partner shares most of its own evidence with the pivot sentence: a translation
    shared = _pair(
        [{"l:beast"}, {"l:angel", "l:lamb", "l:sang"}, {"l:city"}],
        [{"l:beast", "l:angel", "l:lamb"}, {"l:sang"}, {"l:city"}],
    )
    assert untrade(shared, TRADED, COSTS) == (TRADED, COSTS)


def test_versions_cut_into_clauses_or_finer_are_left_as_they_are():
    for lang, texts in (
        ("zh", ["兽上来了，天使向羔羊歌唱。", "十二个门。", "城发光。"]),
        ("th", ["สัตว์ร้ายขึ้นมา และทูตสวรรค์ร้องเพลง", "สิบสองประตู", "เมืองส่องแสง"]),
    ):
        pair = _pair(PIVOT_KEYS, VERSION_KEYS, lang, texts)
        assert untrade(pair, TRADED, COSTS) == (TRADED, COSTS)
    pair = _pair(PIVOT_KEYS, VERSION_KEYS)
    pair.tgt.insert_share = 0.6  # cut finer into sentences than the pivot
    assert untrade(pair, TRADED, COSTS) == (TRADED, COSTS)


def test_boilerplate_and_beads_without_both_sides_are_never_moved():
    pair = _pair(PIVOT_KEYS, VERSION_KEYS)
    pair.tgt.kinds[0] = 1  # the neighbour is a byline
    assert untrade(pair, TRADED, COSTS) == (TRADED, COSTS)
    pair = _pair(PIVOT_KEYS, VERSION_KEYS)
    gap = [((0,), ()), ((), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert untrade(pair, gap, [0.0, *COSTS]) == (gap, [0.0, *COSTS])


def test_a_trade_of_less_than_one_unit_of_evidence_is_undone_from_seven_tenths():
    """`TRADE_NOVEL` 0.7 (branch omit38): the words of the pivot sentence that the neighbour's
    text holds weigh 1/2 (angel, in two sentences a side) and 1/3 (harp, in three), 0.83 in
    all: undone; with angel alone (0.5) the beads stay."""
    pivot = [*PIVOT, "The angel played the harp by the river."]
    version = [*VERSION, "Der Engel spielte die Harfe am Fluss."]
    beads = [*TRADED, ((3,), (3,))]
    costs = [*COSTS, -7.0]

    def pair(word: str | None):
        src = make_side(pivot, None, None, "en")
        tgt = make_side(version, None, None, "de")
        extra = {word} if word else set()
        src.keys = [
            {"l:beast"},
            {"l:angel", *extra},
            {"l:city", *extra},
            {"l:angel", *extra, "l:river"},
        ]
        tgt.keys = [
            {"l:beast", "l:angel", *extra},
            {"l:gate"},
            {"l:city", *extra},
            {"l:angel", "l:river"},
        ]
        if word:
            tgt.keys[3].add(word)
        return _Pair(src, tgt, DEFAULT_OPTIONS, 1.0)

    got, _ = untrade(pair("l:harp"), beads, costs)
    assert got == [((0, 1), (0,)), ((), (1,)), ((2,), (2,)), ((3,), (3,))]
    assert untrade(pair(None), beads, costs) == (beads, costs)
