"""Which segments are not article text (ads, source lines, captions ...).

PROVISIONAL: marks nothing; the boilerplate issue replaces this.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.model import Segment


def mark_corpus(
    documents: Sequence[tuple[Segment, ...]], langs: Sequence[str]
) -> list[tuple[Segment, ...]]:
    """Each document's segments with `boilerplate` set to a kind where a rule says so."""
    return [tuple(segments) for segments in documents]
