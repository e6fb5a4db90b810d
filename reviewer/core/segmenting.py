"""Paragraphs and sentences, with character offsets into the document.

PROVISIONAL: one segment per non-empty line; the segmentation issue replaces this.
"""

from __future__ import annotations

from reviewer.core.model import Segment


def segment(text: str, lang: str) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            segments.append(Segment(len(segments), paragraph, start, start + len(stripped), stripped))
        offset += len(line) + 1
    return tuple(segments)
