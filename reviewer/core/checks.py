"""Sentence-level difference checks, one small class per check id.

PROVISIONAL: no checks yet; the alignment issue replaces this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reviewer.core.model import Finding, Row, Segment


def run_checks(
    rows: Sequence[Row], segments: Mapping[str, Sequence[Segment]], pivot: str
) -> list[tuple[Finding, ...]]:
    """The findings of each row, in row order."""
    return [() for _ in rows]
