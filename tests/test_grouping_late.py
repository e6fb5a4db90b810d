"""The second linkage of find_groups (issue 12, stop 38): `_late_links`, the documents left
alone linked to the groups found that no index proposed them to."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import grouping
from reviewer.core.grouping import _late_links, _PairScore


def _scorer(paragraphs: list[int], langs: list[str], figures: list[int] | None = None):
    figures = figures or [0] * len(langs)
    return SimpleNamespace(
        prints=[
            SimpleNamespace(paragraphs=p, boundaries=tuple(k / p for k in range(1, p)), chars=600)
            for p in paragraphs
        ],
        documents=[SimpleNamespace(lang=lang) for lang in langs],
        figures=lambda i: figures[i],
        ratio={},
    )


def _all_scored(n: int, shape: dict[tuple[int, int], float]) -> dict:
    """Every pair scored on shape (unsure), at `shape` or 0.7."""
    return {
        (a, b): _PairScore(0.5, False, 0.0, shape.get((a, b), 0.7))
        for a in range(n)
        for b in range(a + 1, n)
    }


def _verified(values: dict[tuple[int, int], float], default: float = 0.2):
    asked: list[tuple[int, int]] = []

    def verified(pair: tuple[int, int]) -> float:
        asked.append(pair)
        return values.get(pair, default)

    return verified, asked


def test_a_document_left_alone_links_to_the_group_it_verifies_with():
    # group A (0, 1, 2) and group B (3, 4, 5), six paragraphs each; 6 is alone
    scorer = _scorer([6] * 7, ["en", "fr", "de", "en", "fr", "de", "es"])
    scored = _all_scored(7, {})
    verified, _ = _verified({(0, 6): 0.9, (1, 6): 0.7, (2, 6): 0.6})
    links = _late_links(scorer, scored, [[0, 1, 2], [3, 4, 5]], {6}, verified)
    assert len(links) == 1 and links[0][1:] == (6, 0)
    assert links[0][0] == pytest.approx((0.9 + 0.7 + 0.6) / 3)


def test_no_late_link_under_the_bar_in_its_own_language_or_another_paragraph_count():
    scorer = _scorer([6, 6, 6, 7, 7, 7, 6], ["en", "fr", "de", "en", "fr", "es", "es"])
    scored = _all_scored(7, {})
    # with group A it averages under LATE_JOIN; group B has other paragraph counts
    verified, asked = _verified({(0, 6): 0.9, (1, 6): 0.5, (2, 6): 0.4, (3, 6): 1.0})
    assert _late_links(scorer, scored, [[0, 1, 2], [3, 4, 5]], {6}, verified) == []
    assert all(pair[0] < 3 for pair in asked)  # B is never verified
    # a group that has its language is never a partner
    scorer = _scorer([6] * 4, ["en", "fr", "es", "es"])
    verified, asked = _verified({}, default=1.0)
    assert _late_links(scorer, _all_scored(4, {}), [[0, 1, 2]], {3}, verified) == []
    assert asked == []


def test_late_links_skip_texts_with_figures_short_texts_and_far_shapes():
    langs = ["en", "fr", "de", "es"]
    verified, asked = _verified({}, default=1.0)
    figures = _scorer([6] * 4, langs, [0, 0, 0, 3])  # figures: left to the features
    assert _late_links(figures, _all_scored(4, {}), [[0, 1, 2]], {3}, verified) == []
    short = _scorer([4] * 4, langs)  # under SHAPE_PARAGRAPHS: no shape
    assert _late_links(short, _all_scored(4, {}), [[0, 1, 2]], {3}, verified) == []
    far = _all_scored(4, {(0, 3): 0.5, (1, 3): 0.5, (2, 3): 0.5})  # under SHAPE_CANDIDATE
    assert _late_links(_scorer([6] * 4, langs), far, [[0, 1, 2]], {3}, verified) == []
    assert asked == []


@given(st.lists(st.floats(0.55, 1.0), min_size=1, max_size=8))
def test_only_the_groups_whose_shape_agrees_best_are_verified(shapes):
    # one group of two per shape value; the free document is the last
    n = 2 * len(shapes) + 1
    x = n - 1
    langs = [lang for _ in shapes for lang in ("en", "fr")] + ["es"]
    groups = [[2 * g, 2 * g + 1] for g in range(len(shapes))]
    shape = {(i, x): shapes[i // 2] for i in range(n - 1)}
    verified, asked = _verified({}, default=1.0)
    links = _late_links(_scorer([6] * n, langs), _all_scored(n, shape), groups, {x}, verified)
    tried = {pair[0] // 2 for pair in asked}
    assert len(tried) == min(len(shapes), grouping.LATE_GROUPS)
    best = sorted(range(len(shapes)), key=lambda g: (-shapes[g], g))[: grouping.LATE_GROUPS]
    assert tried == set(best)
    assert len(links) == len(tried) and all(link[1] == x for link in links)


def _shaped(count: int, ends: list[float], chars: int, sentences: list[int], marks: list[int]):
    return SimpleNamespace(
        paragraphs=count,
        boundaries=tuple(sorted(ends)),
        chars=chars,
        sentences=tuple(sentences),
        marks=tuple(marks),
    )


_COUNT = 6
_LANGS = ["en", "fr", "de", "es"]


@given(st.data(), st.integers(4, 13))
def test_the_late_shape_bound_keeps_every_group_whose_shape_reaches_the_bar(data, n):
    # the last document is the one left alone, the others in groups of three (the rest
    # alone), each a copy of its paragraph ends moved a little or much; a group whose exact
    # mean shape reaches SHAPE_CANDIDATE is always kept, and a pair already scored counts
    # its own shape, whatever its fingerprints say
    base = sorted(data.draw(st.lists(st.floats(0.01, 0.99), min_size=5, max_size=5)))
    prints = []
    for _ in range(n):
        spread = data.draw(st.sampled_from([0.0, 0.005, 0.02, 0.08, 0.3]))
        moved = [min(0.999, max(0.001, e + data.draw(st.floats(-spread, spread)))) for e in base]
        chars = data.draw(st.sampled_from([0, 300, 310, 330, 400, 900]))
        sentences = data.draw(st.lists(st.integers(1, 4), min_size=_COUNT, max_size=_COUNT))
        marks = data.draw(st.lists(st.integers(0, 3), min_size=4, max_size=4))
        prints.append(_shaped(_COUNT, moved, chars, sentences, marks))
    langs = data.draw(st.lists(st.sampled_from(_LANGS), min_size=n, max_size=n))
    ratio = data.draw(st.dictionaries(st.sampled_from(_LANGS), st.floats(-0.3, 0.3)))
    stored = data.draw(st.floats(0.0, 1.0))
    x = n - 1
    scorer = SimpleNamespace(
        prints=prints, documents=[SimpleNamespace(lang=lang) for lang in langs], ratio=ratio
    )
    groups = [list(range(k, k + 3)) for k in range(0, n - 3, 3)]
    scored = {(0, x): _PairScore(0.5, False, 0.0, stored)} if groups else {}
    bounds = grouping._LateShapes(scorer, scored, {_COUNT: list(enumerate(groups))}, [x])
    kept = set(bounds.reach(x))

    def exact(a: int, b: int) -> float:
        pair = (min(a, b), max(a, b))
        if pair in scored:
            return scored[pair].shape
        return grouping._Scorer.shape(scorer, *pair)  # (the figures' agreement at most 1)

    for k, group in enumerate(groups):
        mean = sum(exact(x, y) for y in group) / len(group)
        if mean >= grouping.SHAPE_CANDIDATE:
            assert k in kept
