"""Short texts (fewer paragraphs than SHAPE_PARAGRAPHS) grouped in a small folder
(reviewer/core/grouping_short.py): the lead's gull_rock folder, and each kind of evidence."""

import math
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import boilerplate, grouping, grouping_short, segmenting
from reviewer.core.grouping_features import Fingerprint
from reviewer.core.model import Document, Segment
from reviewer.core.session import open_corpus

GULL_ROCK = Path(__file__).parent / "data" / "grouping" / "gull_rock"


def test_a_short_story_in_eight_languages_and_another_in_three_make_two_groups():
    # tests/data/grouping/gull_rock: a story of a title and two paragraphs in en, de, fr, es,
    # it, ru, zh and ja (k1-k8, some with an omission, an insertion or a changed number) and
    # an unrelated one of a title and five sentences in en, de and fr (b1-b3). The features
    # alone grouped de+ja and en+de, seven documents alone.
    corpus = open_corpus([GULL_ROCK], jobs=1)
    found = sorted(
        sorted(corpus.documents[i].path for i in group.members.values()) for group in corpus.groups
    )
    assert found == [
        ["b1.txt", "b2.txt", "b3.txt"],
        [f"k{n}.txt" for n in range(1, 9)],
    ]


def test_without_its_translations_each_story_stays_alone():
    # the English story and the other story's German and French versions: no group of two
    # is made from short texts, and no group of unrelated stories
    corpus = open_corpus([GULL_ROCK / name for name in ("k1.txt", "b2.txt", "b3.txt")], jobs=1)
    grouped = {corpus.documents[i].path for g in corpus.groups for i in g.members.values()}
    assert "k1.txt" not in grouped


def segments_of(*paragraphs: str) -> tuple[Segment, ...]:
    return tuple(
        Segment(number, number, 0, len(text), text) for number, text in enumerate(paragraphs)
    )


def filler(prefix: str, count: int) -> str:
    """`count` words met once each."""
    return " ".join(prefix + "".join(chr(97 + int(d)) for d in f"{n:03d}") for n in range(count))


def test_a_word_recurring_in_the_same_places_agrees_and_elsewhere_does_not():
    # the name in the first and the seventh of twelve places of each text, or in the first two
    one = f"Peter {filler('en', 59)} Peter {filler('em', 59)}"
    two = f"Pierre {filler('fr', 59)} Pierre {filler('fs', 59)}"
    far = f"Pierre {filler('fr', 5)} Pierre {filler('fs', 113)}"
    a, b, c = (grouping_short.recurring_places(segments_of(t)) for t in (one, two, far))
    assert a == b and len(a) == 1
    assert grouping_short.places_agreement(a, b) > 0.5 > grouping_short.places_agreement(a, c)
    assert grouping_short.places_agreement(a, frozenset()) == 0.0


def fingerprint(boundaries):
    return Fingerprint(
        frozenset(), len(boundaries) + 1, (), tuple(boundaries), (2,) * (len(boundaries) + 1)
    )


def test_paragraph_ends_apart_or_other_paragraph_counts_rule_a_pair_out():
    near = grouping_short.shares_evidence(fingerprint([0.1, 0.6]), fingerprint([0.12, 0.58]))
    assert near is not None and near > 0.5
    assert grouping_short.shares_evidence(fingerprint([0.1, 0.6]), fingerprint([0.1, 0.75])) is None
    assert grouping_short.shares_evidence(fingerprint([0.1]), fingerprint([0.1, 0.6])) is None
    assert grouping_short.shares_evidence(fingerprint([]), fingerprint([])) == 0.0


def test_a_paragraph_more_is_left_out_in_turn_from_three_paragraphs_on():
    # Three stanzas of a third each; a version adds a quarter after the second: every end
    # after it moved (0.25 0.5 0.75), but left out, the rest end where the others do.
    three = fingerprint([1 / 3, 2 / 3])
    added = fingerprint([0.25, 0.5, 0.75])
    value = grouping_short.shares_evidence(three, added)
    # two ends in place, less two for the count: the ends no longer speak against the pair,
    # nor for it (the best of four tries)
    assert value is not None and abs(value) < 1e-9
    assert grouping_short.shares_evidence(added, three) == value
    # with one of the ends 0.03 off, the count costs more than the ends are worth
    off = grouping_short.shares_evidence(fingerprint([1 / 3 + 0.03, 2 / 3]), added)
    assert off is not None and off < 0
    # The rest 0.07 apart: no version (0.12 would do for as many paragraphs).
    assert grouping_short.shares_evidence(fingerprint([0.26, 0.6]), added) is None
    assert grouping_short.shares_evidence(fingerprint([0.26, 0.6]), three) is not None
    # Two paragraphs against three, or two more: no version.
    assert grouping_short.shares_evidence(fingerprint([0.5]), fingerprint([1 / 3, 2 / 3])) is None
    assert grouping_short.shares_evidence(three, fingerprint([0.2, 0.4, 0.6, 0.8])) is None


def test_sentence_ends_at_the_same_places_agree_and_too_few_say_nothing():
    # five sentence ends at the same shares of the text, against five elsewhere
    sizes = (10, 30, 20, 25, 15, 40)
    one = segments_of(*(f"{'a' * n}." for n in sizes))
    two = segments_of(*(f"{'b' * n}." for n in sizes))
    far = segments_of(*(f"{'c' * n}." for n in reversed(sizes)))
    a, b, c = (grouping_short.sentence_places(s) for s in (one, two, far))
    assert a == b and len(a) == 5
    met = grouping_short.places_met([(a, b)], grouping_short.ENDS_NEAR)
    assert met > 1.0 > grouping_short.places_met([(a, c)], grouping_short.ENDS_NEAR)
    # three ends on each side fall near a third and two thirds whatever the text: nothing
    assert grouping_short.places_met([(a[:3], b[:3])], grouping_short.ENDS_NEAR) == 0.0


def test_marks_are_placed_by_class():
    places = grouping_short.mark_places(segments_of("Who? Yes: no! Why?"))
    questions, exclamations, _, colons, *_ = places
    assert len(questions) == 2 and len(exclamations) == 1 and len(colons) == 1
    assert questions[0] < colons[0] < exclamations[0] < questions[1]


def test_lengths_far_apart_cost_evidence_unless_one_side_is_written_without_spaces():
    def sized(chars):
        return Fingerprint(frozenset(), 1, (), (), (3,), chars)

    assert grouping_short.length_penalty(sized(1000), sized(1200), False, False) == 0.0
    assert grouping_short.length_penalty(sized(1000), sized(3000), False, False) > 0.3
    assert grouping_short.length_penalty(sized(1000), sized(3000), True, False) == 0.0


def test_length_factors_are_learnt_from_groups_of_three_or_more():
    langs = ["en", "de", "fr", "en", "de", "fr", "en", "de"]
    documents = [Document(f"d{i}.txt", Path("."), "", lang, "") for i, lang in enumerate(langs)]
    chars = [100, 200, 100, 300, 600, 300, 1000, 50]  # de twice as long as en and fr

    def sized(n):
        return Fingerprint(frozenset(), 1, (), (), (3,), n)

    prints = [sized(n) for n in chars]
    factors = grouping_short.length_factors(documents, prints, [[0, 1, 2], [3, 4, 5], [6, 7]])
    assert set(factors) == {"en", "de", "fr"}  # a group of two teaches nothing
    assert 0.3 < factors["de"] - factors["en"] < math.log(2) + 0.01
    assert abs(factors["en"] - factors["fr"]) < 1e-9
    assert grouping_short.length_factors(documents, prints, [[6, 7]]) == {}


def test_a_length_near_the_languages_expected_ratio_is_evidence_and_far_from_it_against():
    fit = grouping_short.length_fit
    expected = math.log(2)  # a's language writes twice as long as b's
    assert fit(200, 100, expected) == pytest.approx(
        grouping_short.LENGTH_FIT_WEIGHT * grouping_short.LENGTH_FIT
    )
    assert fit(200, 100, expected, credit=0.0) == 0.0  # the credit only, not the cost
    assert fit(100, 100, expected) < -1.0 and fit(100, 100, expected, credit=0.0) < -1.0
    assert fit(100, 100, 0.0) > 0 > fit(100, 100, expected)


def test_a_text_of_the_length_its_language_does_not_write_stays_out_of_a_group():
    # languages a, b, c, d: b and d write twice as long as a and c (the group of 0-3 shows
    # it); 7 (d) resembles the group of 4-6 as a version does, but is as long as a and c:
    # the raw ratios are within what translations reach, the learnt ones are not
    langs = ["a", "b", "c", "d", "a", "b", "c", "d"]
    chars = {0: 100, 1: 200, 2: 100, 3: 200, 4: 300, 5: 600, 6: 300, 7: 300}
    gains = {(x, y): 2.0 for x in range(4) for y in range(x + 1, 4)}
    gains.update({(x, y): 2.0 for x in range(4, 7) for y in range(x + 1, 7)})
    gains.update({(x, 7): 0.4 for x in range(4, 7)})
    assert grouped_by_gain(gains, langs=langs, chars=chars) == [[0, 1, 2, 3], [4, 5, 6]]
    chars[7] = 600  # as long as its language writes: a version
    assert grouped_by_gain(gains, langs=langs, chars=chars) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def grouped_by_gain(gains, figures=None, agree=None, few=(), langs=None, chars=None, ends=None):
    """`short_groups` over one-paragraph texts of three sentences in as many languages (or
    `langs`), each its own words (no word recurs, too few places for the sentence ends and
    marks to speak, lengths alike or `chars`), so that a pair's evidence is its alignment
    gain, read from `gains`; the texts of `few` are of one sentence; those of `ends` are of
    two paragraphs, the first ending at that share of the text."""
    count = 1 + max(max(pair) for pair in gains)
    langs = langs or [f"l{i}" for i in range(count)]
    documents = [Document(f"d{i}.txt", Path(f"d{i}.txt"), "", langs[i], "") for i in range(count)]
    segments = [
        segments_of(*(f"{filler(f'w{i}{s}', 5)}." for s in ("a" if i in few else "abc")))
        for i in range(count)
    ]
    prints = [
        Fingerprint(
            frozenset(),
            2 if i in (ends or {}) else 1,
            (),
            (ends[i],) if i in (ends or {}) else (),
            (1 if i in few else 3, *((1,) if i in (ends or {}) else ())),
            (chars or {}).get(i, 100),
        )
        for i in range(count)
    ]

    def gain(a, b):
        return gains.get((min(a, b), max(a, b)), 0.0)

    found = grouping_short.short_groups(
        documents,
        segments,
        prints,
        [],
        list(range(count)),
        gain,
        figures or (lambda i: 0),
        agree or (lambda a, b: 1.0),
    )
    return sorted(sorted(g) for g in found)


def test_a_member_the_others_do_not_resemble_leaves_the_group_that_grew_around_it():
    # 0 met 1 first (3.0) and each later member joined the pair on its mean with both; 0 is
    # below the others' bar with every one of them, and leaves
    gains = {(0, 1): 3.0}
    for k in range(2, 6):
        gains[(0, k)] = -1.2
        gains[(1, k)] = 2.0
        gains.update({(j, k): 2.0 for j in range(2, k)})
    assert grouped_by_gain(gains) == [[1, 2, 3, 4, 5]]
    gains.update({(0, k): 1.0 for k in range(2, 6)})  # resembling them, it stays
    assert grouped_by_gain(gains) == [[0, 1, 2, 3, 4, 5]]


def test_a_member_that_resembles_the_texts_outside_its_group_as_well_leaves_for_good():
    # 4 joins the group of 0-3 on a mean of 0.6, but it resembles 5, 6 and 7 (other
    # passages, alone) almost as well (0.5): what it shares with the group is what it shares
    # with any text of the folder; it leaves, and does not come back as a text left alone
    gains = {(x, y): 2.0 for x in range(4) for y in range(x + 1, 4)}
    gains.update({(x, 4): 0.6 for x in range(4)})
    gains.update({(4, y): 0.5 for y in (5, 6, 7)})
    assert grouped_by_gain(gains) == [[0, 1, 2, 3]]
    gains.update({(4, y): 0.0 for y in (5, 6, 7)})  # the group's own: it stays
    assert grouped_by_gain(gains) == [[0, 1, 2, 3, 4]]
    # fewer than OUTSIDE_MIN texts outside with evidence (other paragraph counts: None) say
    # nothing
    evidence = {(4, 5): 0.5, (4, 6): 0.5}
    outside = grouping_short._outside
    documents = [Document(f"d{i}.txt", Path(f"d{i}.txt"), "", f"l{i}", "") for i in range(8)]
    assert outside(4, range(5), 0.6, range(8), documents, _evidence(evidence)) == math.inf
    evidence[(4, 7)] = 0.5
    assert outside(4, range(5), 0.6, range(8), documents, _evidence(evidence)) == pytest.approx(0.1)


def _evidence(gains):  # type: ignore[no-untyped-def]
    return lambda a, b: gains.get((min(a, b), max(a, b)))


def test_a_version_whose_paragraph_ends_are_apart_from_one_members_joins_at_a_higher_bar():
    # 4 ends its first paragraph at 0.42 of its text, 3 at 0.58: too far apart to be each
    # other's versions (a verse missing from one, say), but 4 is near the other three (0.5)
    ends = {0: 0.5, 1: 0.5, 2: 0.5, 3: 0.58, 4: 0.42}
    gains = {(x, y): 2.0 for x in range(4) for y in range(x + 1, 4)}
    gains.update({(x, 4): 0.5 for x in range(3)})
    assert grouped_by_gain(gains, ends=ends) == [[0, 1, 2, 3, 4]]
    # on its paragraph ends alone (about 0.2 with each) it would pass SHORT_LINK, not APART_LINK
    gains.update({(x, 4): 0.0 for x in range(3)})
    assert grouped_by_gain(gains, ends=ends) == [[0, 1, 2, 3]]
    # apart from two members, it stays out whatever the others say
    ends[2] = 0.58
    gains.update({(x, 4): 2.0 for x in range(3)})
    assert grouped_by_gain(gains, ends=ends) == [[0, 1, 2, 3]]


def test_a_short_text_with_figures_joins_unless_its_figures_disagree_with_a_members():
    gains = {(a, b): 2.0 for a in range(4) for b in range(a + 1, 4)}
    with_figures = {0: 3, 1: 3}
    assert grouped_by_gain(gains, lambda i: with_figures.get(i, 0)) == [[0, 1, 2, 3]]
    # a member's figures disagree with 0's (a cross-reference, another passage's count): 0
    # is no version of that member, and stays out of its group
    agree = lambda a, b: 0.0 if {a, b} == {0, 1} else 1.0  # noqa: E731
    found = grouped_by_gain(gains, lambda i: with_figures.get(i, 0), agree)
    assert len(found) == 1 and found[0][1:] == [2, 3] and len(found[0]) == 3


def test_a_text_left_in_too_few_sentences_is_cut_at_any_scripts_sentence_marks():
    # the Ojibwe of the dev set ends its sentences with a spaced `᙮`, which the segmenter
    # leaves inside one segment: cut again for the short texts' evidence, in order, each
    # piece in its paragraph, its offsets those of the text
    text = "ᒦᑕᔥ ᐅᐅᐌ ᙮ ᑲᔦ ᓵᓬᒪᓐ ᙮ ᐅᕒᐁᐋᑉ"
    segments = (Segment(0, 0, 10, 10 + len(text), text), Segment(1, 1, 40, 44, "Amen"))
    cut = grouping_short.resegmented(segments)
    assert [s.text for s in cut] == ["ᒦᑕᔥ ᐅᐅᐌ ᙮", " ᑲᔦ ᓵᓬᒪᓐ ᙮", " ᐅᕒᐁᐋᑉ", "Amen"]
    assert [s.paragraph for s in cut] == [0, 0, 0, 1]
    assert [s.ordinal for s in cut] == [0, 1, 2, 3]
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in cut[:3])
    # a mark inside a word (3.5, e.g.) or at the very end cuts nothing
    assert len(grouping_short.resegmented(segments_of("It is 3.5 m long. Yes."))) == 2


def test_a_pair_and_a_text_of_one_sentence_that_resembles_both_make_a_group():
    # no group of two is made from short texts; a third version that could not be aligned
    # (one sentence: Syriac) confirms the pair as it joins a group of three
    gains = {(0, 1): 1.0, (0, 2): 0.5, (1, 2): 0.4}
    assert grouped_by_gain(gains, few=(2,)) == [[0, 1, 2]]
    assert grouped_by_gain({(0, 1): 1.0, (0, 2): 0.05, (1, 2): 0.1}, few=(2,)) == []
    assert grouped_by_gain({(0, 1): 1.0}) == []


SHORT_DISTRACTOR = Path(__file__).parent / "data" / "grouping" / "bible_short_distractor.toml"


def test_a_passage_of_one_paragraph_more_stays_out_of_a_group_of_seven_versions():
    # tests/data/grouping/bible_short_distractor.toml: seven versions of a passage of
    # Hebrews 2 in three paragraphs and a neighbouring Swahili passage in four, no version of
    # it here. Its ends, one paragraph left out in turn, came near enough the versions' for
    # one end's weight to carry it in; a paragraph more now costs two.
    entries = tomllib.loads(SHORT_DISTRACTOR.read_text(encoding="utf-8"))["doc"]
    documents = [
        Document(f"{i:02d}.txt", Path("."), e["text"], e["lang"], "") for i, e in enumerate(entries)
    ]
    raw = [segmenting.segment(d.text, d.lang) for d in documents]
    segments = boilerplate.mark_corpus(
        raw, [d.lang for d in documents], texts=[d.text for d in documents]
    )
    groups = grouping.find_groups(documents, segments)
    found = [sorted(entries[i]["lang"] for i in g.members.values()) for g in groups]
    versions = sorted(e["lang"] for e in entries if e["group"])
    assert found == [versions]


NIGHT_TRAIN = Path(__file__).parent / "data" / "grouping" / "night_train.toml"


def _dialogues(keep=lambda entry: True):  # type: ignore[no-untyped-def]
    """The night_train.toml entries kept, and the groups found among them as (story, lang)."""
    entries = [e for e in tomllib.loads(NIGHT_TRAIN.read_text("utf-8"))["doc"] if keep(e)]
    documents = [
        Document(f"{i:02d}.{e['lang']}.txt", Path("."), e["text"], e["lang"], "")
        for i, e in enumerate(entries)
    ]
    raw = [segmenting.segment(d.text, d.lang) for d in documents]
    segments = boilerplate.mark_corpus(raw, [d.lang for d in documents])
    found = grouping.find_groups(documents, segments)
    pairs = [[(entries[i]["story"], entries[i]["lang"]) for i in g.members.values()] for g in found]
    return entries, [sorted(p) for p in pairs]


def test_a_dialogue_with_a_line_left_out_or_added_joins_its_versions():
    # subtitles, one line a paragraph: fr leaves a line out and ru adds one; no figure or
    # name to group by, and the shape's shares all moved (grouping_short.prefix_joins)
    entries, found = _dialogues()
    train = sorted(("train", e["lang"]) for e in entries if e["story"] == "train")
    assert found == [train]  # the other dialogues (fr, ru, es) stay alone


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_without_its_version_another_dialogue_of_as_many_lines_stays_alone(lang):
    # the version with a line more or fewer left out: the other dialogue of its language,
    # nine to eleven lines as well, does not take its place
    entries, found = _dialogues(lambda e: not (e["story"] == "train" and e["lang"] == lang))
    assert len(found) == 1 and all(story == "train" for story, _ in found[0])
    assert lang not in {lang_ for _, lang_ in found[0]}


def test_near_counts_needs_short_lines_and_a_shape():
    def made(paragraphs: int, sentences: int) -> Fingerprint:
        return Fingerprint(frozenset(), paragraphs, (), sentences=(sentences,) * paragraphs)

    near = grouping_short._near_counts
    assert near(made(9, 1), [made(10, 1), made(10, 2)])
    assert near(made(11, 1), [made(10, 1), made(10, 1)])
    assert not near(made(8, 1), [made(10, 1), made(10, 1)])  # two lines apart
    assert not near(made(9, 1), [made(10, 1), made(11, 1)])  # a member two apart
    assert not near(made(9, 3), [made(10, 3), made(10, 3)])  # paragraphs of prose
    assert not near(made(4, 1), [made(5, 1), made(5, 1)])  # no shape


def _plain_met(pairs, near: float) -> float:
    """places_met as it was written first: each place of the smaller side against each of the
    other's."""
    hits = expected = 0.0
    count = 0
    for these, those in pairs:
        if these and those:
            small, large = (these, those) if len(these) <= len(those) else (those, these)
            hits += sum(any(abs(x - y) <= near for y in large) for x in small)
            expected += len(small) * min(1.0, 2 * near * len(large))
            count += len(small)
    if count < grouping_short.PLACES_MIN:
        return 0.0
    return (hits - expected) / math.sqrt(expected + 1)


@given(
    st.lists(
        st.tuples(
            st.lists(st.floats(0, 1), max_size=12).map(tuple),
            st.lists(st.floats(0, 1), max_size=12).map(tuple),
        ),
        max_size=4,
    ),
    st.sampled_from([0.0, 0.01, 0.02, 0.1]),
    st.booleans(),
)
def test_places_met_is_the_plain_count(pairs, near: float, ordered: bool) -> None:
    # final38: the nearest place on each side is asked instead of every place; the count is
    # the same, places in order (as the texts give them) or not
    if ordered:
        pairs = [(tuple(sorted(a)), tuple(sorted(b))) for a, b in pairs]
    assert grouping_short.places_met(pairs, near) == _plain_met(pairs, near)


def test_places_met_of_many_marks_takes_linear_time() -> None:
    # final38: each place of one side was compared with each of the other's: 4,000 marks a
    # side took about a second a pair
    a = tuple(i / 4000 for i in range(4000))
    b = tuple((i + 0.5) / 4000 for i in range(4000))
    started = time.process_time()
    for _ in range(5):
        value = grouping_short.places_met([(a, b)], 0.0001)
    assert time.process_time() - started < 1
    assert value == pytest.approx(-3200 / math.sqrt(3201))  # none met: each mark 0.000125 off
