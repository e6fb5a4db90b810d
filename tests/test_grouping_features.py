"""The fingerprint's shortcuts give what the plain computations give."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.grouping_features import (
    _LIST_ITEM,
    _MARKS,
    _QUESTION,
    _QUOTE,
    _SENTENCE_END,
    _mark_counts,
    fingerprint,
)
from reviewer.core.model import Segment


def marks(paragraphs: list[str]) -> tuple[int, ...]:
    """The mark profile counted plainly: each kind's marks over the joined text, list items,
    and headings (a one-line paragraph without a sentence end)."""
    joined = "\n".join(paragraphs)
    counts = [sum(joined.count(c) for c in chars) for chars in _MARKS]
    counts.append(sum(1 for p in paragraphs if _LIST_ITEM.match(p)))
    counts.append(
        sum(1 for p in paragraphs if p and len(p) < 80 and p.rstrip()[-1] not in _SENTENCE_END)
    )
    return tuple(counts)


# Letters of several scripts, white space of several kinds, and every mark the profile counts.
_ALPHABET = st.sampled_from(
    list('aZéДж中?¿？!¡！"“”„«»‹›「」『』()[]（）【】:：;；؟՞.-*•1 \t\u00a0\u3000')
)
_TEXT = st.text(_ALPHABET, max_size=40)


@given(st.lists(_TEXT.filter(str.strip), max_size=6))
def test_mark_counts_are_the_plain_counts(paragraphs):
    questions = tuple(len(_QUESTION.findall(t)) for t in paragraphs)
    quotes = tuple(sum(t.count(c) for c in _QUOTE) for t in paragraphs)
    got = _mark_counts(paragraphs, "\n".join(paragraphs))
    assert got == (marks(paragraphs), questions, quotes)


@given(st.lists(st.tuples(st.integers(0, 3), _TEXT, st.booleans()), max_size=12))
def test_fingerprint_lengths_are_those_of_its_paragraphs_and_sentences(rows):
    segments = [
        Segment(n, paragraph, 0, len(text), text, "ad" if marked else None)
        for n, (paragraph, text, marked) in enumerate(sorted(rows, key=lambda r: r[0]))
    ]
    texts: dict[int, list[str]] = {}
    for s in segments:
        # marks alone (* * *, a code fence) have no shape, as boilerplate has none
        if s.boilerplate is None and regex.search(r"[\p{L}\p{N}]", s.text):
            texts.setdefault(s.paragraph, []).append(s.text)
    paragraphs = [t for _, p in sorted(texts.items()) if (t := " ".join(p).strip())]
    lengths = [len("".join(t.split())) for t in paragraphs]
    got = fingerprint(segments, "en")
    assert got.paragraphs == len(paragraphs)
    assert got.chars == sum(lengths)
    assert got.sentences == tuple(len(p) for _, p in sorted(texts.items()))
    assert got.marks == marks(paragraphs)
    ends, running = [], 0
    for length in lengths[:-1]:
        running += length
        ends.append(running / sum(lengths))
    assert got.boundaries == tuple(ends)


def test_a_line_of_marks_alone_is_no_paragraph() -> None:
    # "* * *" in three of seven versions of a holiday flat's rules (article text since a
    # recurring one is no ad) outvoted their paragraph count: uk became the pivot, and its
    # added sentence five versions' majors
    texts = ["Welcome to the flat.", "* * *", "Check-in is from 3 pm.", "```"]
    segments = [Segment(n, n, 0, len(t), t) for n, t in enumerate(texts)]
    plain = [Segment(n, n, 0, len(t), t) for n, t in enumerate(texts[::2])]
    assert fingerprint(segments, "en").paragraphs == fingerprint(plain, "en").paragraphs == 2
    assert fingerprint(segments, "en").sentences == (1, 1)


def test_hangul_keys_meet_names_written_by_sound() -> None:
    from reviewer.core.grouping_features import hangul_keys

    keys = hangul_keys("4대 주인 다나카 유키 씨를 만났다. 간토 대지진이 일어난 해에")
    assert {"tnk", "knt"} <= keys  # Tanaka, Kanto (a particle taken off: 간토는 would too)
    assert "knt" in hangul_keys("간토는")
    assert all(len(k) >= 3 for k in keys)  # 유키 (yk) is too short to tell


def test_a_lone_changed_figure_with_names_in_common_keeps_a_version_in_its_group(
    tmp_path,
) -> None:
    """wagashi_interview: ko writes 500 a day for 800, its only figure besides the year, and
    its names in Hangul: it was left out. A Korean bakery's interview of the same layout,
    with other names and figures, stays out of the group."""
    from pathlib import Path

    from reviewer.core.session import open_corpus

    data = Path(__file__).parent / "data"
    planted = data / "planted" / "wagashi_interview"
    (group,) = open_corpus([planted]).groups
    assert "ko" in group.members
    for lang in ("en", "ja"):
        (tmp_path / f"{lang}.txt").write_bytes((planted / f"{lang}.txt").read_bytes())
    (tmp_path / "ko.txt").write_bytes((data / "grouping" / "bakery_interview_ko.txt").read_bytes())
    (group,) = open_corpus([tmp_path]).groups
    assert "ko" not in group.members and {"en", "ja"} <= set(group.members)
