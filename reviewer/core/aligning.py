"""Sentence alignment: pairwise beads, then N-way rows through the pivot.

PROVISIONAL: 1-1 by position; the alignment issue replaces this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reviewer.core.model import Row, Segment

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def align_pair(src: Sequence[str], tgt: Sequence[str]) -> list[Bead]:
    """Beads covering every index of both sides exactly once, in order."""
    beads: list[Bead] = []
    for i in range(max(len(src), len(tgt))):
        beads.append(((i,) if i < len(src) else (), (i,) if i < len(tgt) else ()))
    return beads


def align_group(
    segments: Mapping[str, Sequence[Segment]], pivot: str
) -> tuple[Row, ...]:
    """Rows in the pivot's order; every segment of every language in exactly one row."""
    langs = list(segments)
    length = max((len(s) for s in segments.values()), default=0)
    return tuple(
        Row({lang: ((i,) if i < len(segments[lang]) else ()) for lang in langs})
        for i in range(length)
    )


def format_bead(bead: Bead) -> str:
    """`[1, 2]:[3]`, the form vecalign and bertalign print."""
    return f"{list(bead[0])}:{list(bead[1])}"
