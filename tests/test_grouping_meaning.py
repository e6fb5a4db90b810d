"""What words mean, learnt from the groups found (`grouping_meaning`, issue 12)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import grouping
from reviewer.core.grouping_meaning import Slots, paragraph_terms, place_agreement
from reviewer.core.model import Document, Segment


def _segments(paragraphs: list[list[str]], boilerplate: set[int] = frozenset()) -> list[Segment]:
    out, offset = [], 0
    for p, sentences in enumerate(paragraphs):
        for text in sentences:
            kind = "byline" if len(out) in boilerplate else None
            out.append(Segment(len(out), p, offset, offset + len(text), text, kind))
            offset += len(text) + 1
    return out


def test_paragraph_terms_cut_words_and_leave_boilerplate_out():
    segments = _segments([["Angels sang.", "The angel"], ["Written by Ann"]], boilerplate={2})
    terms = paragraph_terms(segments, "en")
    assert terms == [Counter({("en", "angel"): 2, ("en", "sang"): 1, ("en", "the"): 1})]


def _corpus(seed: int, concepts: int = 400, groups: int = 60, paragraphs: int = 6):
    """Groups of three of five made-up languages: each language names concept c with its
    own word (`L:c`); each paragraph says a few concepts, the same in every version."""
    rng = random.Random(seed)
    langs = ["aa", "bb", "cc", "dd", "ee"]
    slots, texts = [], []
    for _ in range(groups):
        members = rng.sample(langs, 3)
        said = [rng.sample(range(concepts), 12) for _ in range(paragraphs)]
        texts.append((members, said))
        for words in said:
            slots.append(Counter((lang, f"{lang}{c}") for lang in members for c in words))
    return slots, texts


def _paragraphs(lang: str, said: list[list[int]]) -> list[Counter]:
    return [Counter((lang, f"{lang}{c}") for c in words) for words in said]


def test_a_version_says_in_each_paragraph_what_the_others_say_there():
    slots, texts = _corpus(0)
    matrix = Slots(slots)
    members, said = texts[0]
    space = matrix.space(range(len(said)))  # its own group teaches nothing
    # a language pair that never met in a group still meets through the others
    new = next(lang for lang in ["aa", "bb", "cc", "dd", "ee"] if lang not in members)
    version = [space.vector(c) for c in _paragraphs(new, said)]
    other = [space.vector(c) for c in _paragraphs(members[0], said)]
    assert place_agreement(version, other) > 0.2
    # the same words in other paragraphs: a part of the same book, another order
    moved = [space.vector(c) for c in _paragraphs(new, said[1:] + said[:1])]
    assert place_agreement(moved, other) < 0.05


def test_the_gram_matrix_is_that_of_the_term_by_slot_matrix():
    slots, _ = _corpus(1, groups=12)
    matrix = Slots(slots)
    dense = np.zeros((len(matrix.terms), len(slots)))
    for j, slot in enumerate(slots):
        for t in slot:
            if t in matrix.terms:
                dense[matrix.terms[t], j] = matrix.idf[matrix.terms[t]]
    assert np.allclose(matrix.gram, dense.T @ dense)


def test_slots_left_out_teach_nothing():
    slots, texts = _corpus(2, groups=20)
    matrix = Slots(slots)
    # a word met only in the group left out (and one other slot of it) has no place
    lonely = Counter({("aa", "nowhere"): 1})
    slots[0].update(lonely)
    slots[1].update(lonely)
    matrix = Slots(slots)
    space = matrix.space(range(6))
    assert not space.vector(lonely).any()
    assert matrix.space().vector(lonely).any()
    assert not matrix.whole().without(range(6)).vector(lonely).any()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(st.floats(-1, 1, allow_nan=False), min_size=3, max_size=3),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 2),
)
def test_place_agreement_needs_as_many_paragraphs_and_is_bounded(rows, extra):
    a = [np.array(r) for r in rows]
    b = [np.array(r) for r in rows] + [np.ones(3)] * extra
    value = place_agreement(a, b)
    if len(a) != len(b) or len(a) < 2:
        assert value is None
    else:
        assert -2.0 - 1e-9 <= value <= 2.0 + 1e-9
        assert value == place_agreement(b, a) or abs(value - place_agreement(b, a)) < 1e-9


def _word(lang: str, concept: int) -> str:
    """Language `lang`'s made-up word for a concept (letters only: five make the term)."""
    return lang[0] + "".join(chr(ord("a") + concept // 26**k % 26) for k in range(2))


def _document_corpus(seed: int = 3):
    """Made-up versions: 40 groups of three of six languages, six paragraphs each, and in the
    first group one more version whose paragraphs say another part's concepts (a part of the
    same book of the same shape)."""
    rng = random.Random(seed)
    langs = ["aa", "bb", "cc", "dd", "ee", "ff"]
    documents, segments, groups = [], [], []

    def add(lang: str, said: list[list[int]]) -> int:
        paragraphs = [[" ".join(_word(lang, c) for c in words) + "."] for words in said]
        segs = _segments(paragraphs)
        text = " ".join(s.text for s in segs)
        documents.append(Document(f"{len(documents)}.txt", Path("x"), text, lang, ""))
        segments.append(tuple(segs))
        return len(documents) - 1

    for _ in range(40):
        members = rng.sample(langs, 3)
        said = [rng.sample(range(500), 10) for _ in range(6)]
        groups.append([add(lang, said) for lang in members])
    other = [rng.sample(range(500), 10) for _ in range(6)]
    missing = next(x for x in langs if all(documents[i].lang != x for i in groups[0]))
    stray = add(missing, other)
    groups[0].append(stray)
    return documents, segments, groups, stray


def _asked(documents, segments, groups, score: float, on_shape: bool) -> set[int]:
    """`_off_meaning` as find_groups asks it, every pair scoring `score`."""
    weakly = grouping._weak_on_shape(
        groups, lambda pair: score, lambda pair: on_shape, grouping.MEANING_SUSPECT
    )
    return grouping._off_meaning(documents, segments, groups, [(x, g) for x, g, _ in weakly])


def test_a_member_on_shape_whose_words_say_other_things_leaves(monkeypatch):
    # Made-up words share nothing common (no "and", no "the"), so unrelated paragraphs are at
    # a cosine of 0 here, where the Bible's are near 1 (its bar, MEANING_MIN, is on that
    # scale): the versions here agree at 0.15 to 0.5, the stray at 0.01 to 0.07.
    monkeypatch.setattr(grouping, "MEANING_MIN", 0.1)
    documents, segments, groups, stray = _document_corpus()
    off = _asked(documents, segments, groups, 0.6, True)
    assert off == {stray}


def test_nothing_is_asked_where_the_features_decided_or_the_scores_are_high():
    documents, segments, groups, _ = _document_corpus()
    assert not _asked(documents, segments, groups, 0.6, False)
    assert not _asked(documents, segments, groups, grouping.MEANING_SUSPECT, True)


def test_a_small_corpus_has_too_few_paragraphs_to_learn_from():
    documents, segments, groups, _ = _document_corpus()
    few = groups[: grouping.MEANING_SLOTS // 6 - 1]
    assert not _asked(documents, segments, few, 0.6, True)
