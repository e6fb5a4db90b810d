"""Paths taken only for speed give the same results as the plain ones, bit for bit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import aligning, lexical
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
    batched = aligning._all_step_costs
    shapes_seen: set[tuple[int, int]] = set()

    def compared(shapes, grid, options, ratio):
        out = batched(shapes, grid, options, ratio)
        for k, shape in enumerate(shapes):
            if shape[0]:
                alone = aligning._step_costs(shape, grid, options, ratio)
                assert alone.tobytes() == out[k].tobytes(), shape  # the same bits
                shapes_seen.add(shape[:2])
        return out

    monkeypatch.setattr(aligning, "_all_step_costs", compared)
    rnd = random.Random(story)
    texts = {
        lang: [s.text for s in segment((STORIES / story / f"{lang}.txt").read_text(), lang)]
        for lang in ("en", "zh", "th", "de")
    }
    for src, tgt in (("zh", "en"), ("en", "th"), ("de", "en")):
        a, b = texts[src], _mangled(texts[tgt], rnd)
        aligning.align_pair_costs(
            a,
            b,
            src_lang=src,
            tgt_lang=tgt,
            src_paragraphs=[i // 4 for i in range(len(a))],
            tgt_paragraphs=[i // 3 for i in range(len(b))],
        )
    # the shapes of both sides: 1-1, merges of 2 and 3, and the unspaced scripts' 1-4 / 4-1
    assert {(1, 1), (2, 1), (1, 2), (2, 2)} <= shapes_seen
    assert (1, 4) in shapes_seen or (4, 1) in shapes_seen


@given(
    st.lists(
        st.text(alphabet=st.sampled_from("ab Zя é١ฟ€中かカ한ກ\u0dff\u0e00\u2e80"), max_size=12),
        max_size=5,
    )
)
def test_script_class_without_any_unspaced_letter_is_what_the_counts_say(texts):
    assert lexical.script_class(texts) == lexical._script_of("".join(texts))
