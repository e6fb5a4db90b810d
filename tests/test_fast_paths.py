"""Paths taken only for speed give the same results as the plain ones, bit for bit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import align_evidence, align_search, aligning, checks, evidence, lexical
from reviewer.core.segmenting import segment

STORIES = Path(__file__).resolve().parent / "data" / "checks_corpus"


def _mangled(lines: list[str], rnd: random.Random) -> list[str]:
    """Two sentences merged here and there, one dropped: beads of every shape."""
    lines = list(lines)
    for _ in range(3):
        if len(lines) > 3:
            i = rnd.randrange(len(lines) - 1)
            lines[i : i + 2] = [lines[i] + " " + lines[i + 1]]
    if len(lines) > 3:
        del lines[rnd.randrange(len(lines))]
    return lines


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_step_costs_of_all_shapes_at_once_are_those_of_one_shape_at_a_time(story, monkeypatch):
    batched = align_search._all_step_costs
    shapes_seen: set[tuple[int, int]] = set()

    def compared(shapes, grid, options, ratio):
        out = batched(shapes, grid, options, ratio)
        for k, shape in enumerate(shapes):
            if shape[0]:
                alone = align_search._step_costs(shape, grid, options, ratio)
                assert alone.tobytes() == out[k].tobytes(), shape  # the same bits
                shapes_seen.add(shape[:2])
        return out

    monkeypatch.setattr(align_search, "_all_step_costs", compared)
    monkeypatch.setattr(align_search, "SMALL_TABLE", 0)  # every table through numpy
    _align_three_pairs(story)
    # the shapes of both sides: 1-1, merges of 2 and 3, and the unspaced scripts' 1-4 / 4-1
    assert {(1, 1), (2, 1), (1, 2), (2, 2)} <= shapes_seen
    assert (1, 4) in shapes_seen or (4, 1) in shapes_seen


def _align_three_pairs(story: str) -> None:
    """A story's zh-en, en-th and de-en pairs aligned, the targets mangled (beads of every
    shape), with paragraphs; the de-en pair with every fifth line a caption (boilerplate)."""
    rnd = random.Random(story)
    texts = {
        lang: [s.text for s in segment((STORIES / story / f"{lang}.txt").read_text(), lang)]
        for lang in ("en", "zh", "th", "de")
    }
    for src, tgt in (("zh", "en"), ("en", "th"), ("de", "en")):
        a, b = texts[src], _mangled(texts[tgt], rnd)
        marked = src == "de"
        aligning.align_pair_costs(
            a,
            b,
            src_lang=src,
            tgt_lang=tgt,
            src_paragraphs=[i // 4 for i in range(len(a))],
            tgt_paragraphs=[i // 3 for i in range(len(b))],
            src_kinds=[_caption(i) if marked else None for i in range(len(a))],
            tgt_kinds=[_caption(i) if marked else None for i in range(len(b))],
        )


def _caption(i: int) -> str | None:
    return "caption" if i % 5 == 4 else None


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_shared_evidence_of_every_offset_at_once_is_that_of_one_offset_at_a_time(
    story, monkeypatch
):
    """`_Grid.share_all` (one `bincount` for every (x, y)) against `_Grid.shared` of each
    (x, y) on a fresh grid of the same band: the same bits."""
    together = align_search._Grid.share_all
    seen = []

    def compared(grid, xs, ys):
        together(grid, xs, ys)
        fresh = align_search._Grid(
            grid.src, grid.tgt, grid.evidence, grid.lo, grid.widths, grid.starts,
            grid.total, grid.reach,
        )  # fmt: skip
        for x in range(xs):
            for y in range(ys):
                assert grid.shared(x, y).tobytes() == fresh.shared(x, y).tobytes(), (x, y)
        seen.append((xs, ys, bool(grid.pairs[0].size)))

    monkeypatch.setattr(align_search._Grid, "share_all", compared)
    monkeypatch.setattr(align_search, "SMALL_TABLE", 0)  # every table through numpy
    _align_three_pairs(story)
    assert any(xs * ys > 1 and some for xs, ys, some in seen)


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_shared_evidence_met_in_python_is_that_of_numpy(story, monkeypatch):
    """`_shared_few` (a loop over the key meetings, for a side with few keys) against
    `_shared_many` (numpy) on every pair of the stories: the same pairs, weights and masses,
    bit for bit."""
    sizes = []

    def compared(src, tgt, weight):
        held = [sorted(filter(weight.__contains__, keys)) for keys in src.keys]  # as the caller
        few = align_evidence._shared_few(held, tgt, weight)
        many = align_evidence._shared_many(held, tgt, weight)
        for a, b in zip(few, many, strict=True):
            assert a.dtype == b.dtype and a.tobytes() == b.tobytes()
        sizes.append(sum(map(len, held)))
        return many

    monkeypatch.setattr(align_evidence, "_shared_evidence", compared)
    _align_three_pairs(story)
    # and every story's German against every story's English: a side past the threshold
    whole = {
        lang: [
            s.text
            for name in sorted(p.name for p in STORIES.iterdir() if p.is_dir())
            for s in segment((STORIES / name / f"{lang}.txt").read_text(), lang)
        ]
        for lang in ("de", "en")
    }
    aligning.align_pair_costs(whole["de"], whole["en"], src_lang="de", tgt_lang="en")
    assert min(sizes) < align_evidence.FEW_KEYS <= max(sizes)


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_a_short_target_is_searched_whole_as_its_guided_band_would(story):
    """A target of at most `band` sentences is searched in the whole table without anchors:
    the band around the anchors' path holds the whole table anyway, so the same beads and
    the same costs, bit for bit."""
    rnd = random.Random(story)
    texts = {
        lang: [s.text for s in segment((STORIES / story / f"{lang}.txt").read_text(), lang)]
        for lang in ("en", "zh", "de")
    }
    options = aligning.DEFAULT_OPTIONS
    for src, tgt in (("zh", "en"), ("de", "en"), ("en", "de")):
        for size in (3, 6, options.band):
            a, b = texts[src][: size + 2], _mangled(texts[tgt][:size], rnd)[:size]
            pair = aligning._prepare(
                a, b, src_paragraphs=None, tgt_paragraphs=None, src_kinds=None,
                tgt_kinds=None, src_lang=src, tgt_lang=tgt, options=options,
            )  # fmt: skip
            s, t = pair.src, pair.tgt
            assert t.size <= options.band
            beads, costs = aligning._search(s, t, pair.ratio, pair.options)
            evidence = align_evidence.pair_evidence(s, t, options.max_df)
            center = align_search.band_center(s.size, t.size, align_search.anchor_points(s, t))
            lo, hi = align_search.band_limits(center, t.size, options.band)
            guided = align_search.solve(s, t, evidence, lo, hi, pair.options, pair.ratio)
            assert guided[0] == beads and guided[1] == costs  # floats compared exactly


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_candidates_of_every_shape_at_once_are_those_of_one_shape_at_a_time(story, monkeypatch):
    """`solve`'s table of where each shape's bead starts and what it costs, made for every
    shape at once (`_candidates`), against one shape at a time."""
    import numpy as np

    together = align_search._candidates
    checked = []

    def compared(grid, shapes, steps):
        start_of, step_of = together(grid, shapes, steps)
        lo, starts, total = grid.lo, grid.starts, grid.total
        hi = lo + grid.widths - 1
        for r, (di, dj) in enumerate(shapes, 1):
            p, q = grid.rows - di, grid.cols - dj
            pc = np.maximum(p, 0)
            ok = (p >= 0) & (q >= lo[pc]) & (q <= hi[pc])
            plain = np.full(total, total, dtype=np.int64)
            plain[ok] = starts[pc[ok]] + q[ok] - lo[pc[ok]]
            assert start_of[:, r].tolist() == plain.tolist()
            assert step_of[:, r].tobytes() == np.ascontiguousarray(steps[r - 1]).tobytes()
        assert (start_of[:, 0] == total).all() and (step_of[:, 0] == 0).all()
        checked.append(len(shapes))
        return start_of, step_of

    monkeypatch.setattr(align_search, "_candidates", compared)
    monkeypatch.setattr(align_search, "SMALL_TABLE", 0)  # every table through numpy
    _align_three_pairs(story)
    assert checked and max(checked) >= 4


@given(
    st.lists(
        st.text(alphabet=st.sampled_from("ab Zя é١ฟ€中かカ한ກ\u0dff\u0e00\u2e80"), max_size=12),
        max_size=5,
    )
)
def test_script_class_without_any_unspaced_letter_is_what_the_counts_say(texts):
    assert lexical.script_class(texts) == lexical._script_of("".join(texts))


def test_a_documents_word_tests_from_the_sentences_holding_the_word_are_the_tables():
    """`GroupView._in_vocabulary` and `_written_inside` read only the sentences that hold the
    word; the whole document's tables (`_vocabulary`, `evidence.capitalised_inside`) are the
    union of every sentence's, so they must answer alike for every word of the stories."""
    found_in = set()
    for path in sorted(STORIES.glob("*/*.txt")):
        lang = path.stem
        segments = tuple(segment(path.read_text(encoding="utf-8"), lang))
        view = checks.GroupView((), {lang: segments}, lang)
        texts = [s.text for s in segments if s.boilerplate is None]
        vocabulary = checks._vocabulary(segments)
        inside = evidence.capitalised_inside(texts)
        words = {w for text in texts for w, _, _ in evidence.words(text)}
        asked = words | {w.lower() for w in words} | {w.capitalize() for w in words}
        # `_written_inside` is asked of sentence openers (written once already: a word the
        # text has once is not also inside)
        openers = {
            w
            for text in texts
            for w, start, _ in evidence.words(text)
            if evidence.sentence_initial(text, start)
        }
        for word in sorted(asked | {"", "zzq", "Zzq"}):
            assert view._in_vocabulary(lang, word) == (word in vocabulary), word
            if word in openers:
                assert view._written_inside(lang, word) == (word in inside), word
            found_in.update(
                name
                for name, met in (("v", word in vocabulary), ("i", word in openers & inside))
                if met
            )
    assert found_in == {"v", "i"}  # both answers met, not only "no"


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_a_small_table_searched_in_python_is_what_numpy_finds(story, monkeypatch):
    """`_solve_small` (a short pair's whole table with Python floats) against `solve`'s numpy
    path on short pieces of the stories, with and without paragraphs, across scripts (Thai:
    an orphan only when its whole side is), a sentence of another story put in (orphans),
    with the skip adjustments and insert share of a group's pass: every bead cost of the
    table (`_small_steps` against `_all_step_costs`), and the beads and their costs, bit for
    bit."""
    np = align_search.np
    rnd = random.Random(story)
    langs = ("en", "zh", "th", "de")
    texts = {
        lang: [s.text for s in segment((STORIES / story / f"{lang}.txt").read_text(), lang)]
        for lang in langs
    }
    other = sorted(p.name for p in STORIES.iterdir() if p.is_dir() and p.name != story)[0]
    strangers = {
        lang: [s.text for s in segment((STORIES / other / f"{lang}.txt").read_text(), lang)]
        for lang in langs
    }
    options = aligning.DEFAULT_OPTIONS
    seen = []
    for src, tgt in (("zh", "en"), ("en", "th"), ("th", "en"), ("de", "en"), ("en", "de")):
        for size in range(1, 7):
            start = rnd.randrange(max(1, len(texts[src]) - size))
            a = texts[src][start : start + size]
            b = _mangled(texts[tgt][start : start + size + rnd.randrange(2)], rnd)
            if rnd.random() < 0.5:
                b.insert(rnd.randrange(len(b) + 1), rnd.choice(strangers[tgt]))
            paragraphs = rnd.random() < 0.7
            pair = aligning._prepare(
                a, b, src_lang=src, tgt_lang=tgt, options=options, src_kinds=None,
                tgt_kinds=None,
                src_paragraphs=[i // 2 for i in range(len(a))] if paragraphs else None,
                tgt_paragraphs=[i // 2 for i in range(len(b))] if paragraphs else None,
            )  # fmt: skip
            if pair is None:  # (a story shorter in one language)
                continue
            s, t, opts = pair.src, pair.tgt, pair.options
            if rnd.random() < 0.4:
                s.skip_adjust = np.array([rnd.uniform(-1, 1) for _ in range(s.size)])
                t.skip_adjust = np.array([rnd.uniform(0, 1) for _ in range(t.size)])
                t.insert_share = rnd.choice((1.0, 0.5))
            evidence = align_evidence.pair_evidence(s, t, opts.max_df)
            lo = np.zeros(s.size + 1, dtype=np.int64)
            hi = np.full(s.size + 1, t.size, dtype=np.int64)
            assert align_search._plain_whole(s, t, lo, hi)
            shapes = [(di, dj, -align_search.math.log(p)) for di, dj, p in opts.priors]
            small_steps, _ = align_search._small_steps(s, t, evidence, opts, pair.ratio, shapes)
            widths = hi - lo + 1
            starts = np.concatenate(([0], np.cumsum(widths)[:-1]))
            reach = (max(di for di, _, _ in shapes), max(dj for _, dj, _ in shapes))
            grid = align_search._Grid(
                s, t, evidence, lo, widths, starts, int(widths.sum()), reach, opts.orphan_mass
            )
            steps = align_search._all_step_costs(shapes, grid, opts, pair.ratio)
            assert small_steps.keys() == steps.keys()
            for k, costs in steps.items():
                assert np.array(small_steps[k]).tobytes() == costs.tobytes(), shapes[k]
            small = align_search._solve_small(s, t, evidence, opts, pair.ratio)
            monkeypatch.setattr(align_search, "SMALL_TABLE", 0)
            plain = align_search.solve(s, t, evidence, lo, hi, opts, pair.ratio)
            monkeypatch.undo()
            assert small[0] == plain[0] and small[2] == plain[2]
            assert [c.hex() for c in small[1]] == [float(c).hex() for c in plain[1]]
            seen.append((bool(evidence.pairs[0].size), s.size, t.size))
    assert any(some for some, _, _ in seen) and max(size for _, size, _ in seen) >= 5
