"""One language's cell of one row, as drawn: safe display text plus `(start, end, kind)` spans.

Everything from a document goes through the sanitiser here, once, before any width is
measured; spans of findings (offsets into the cell text, segments joined by one space) are
carried over to the display text, which may be longer (placeholders, boilerplate labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.model import Finding, Segment
from reviewer.core.sanitize import sanitize_with_offsets
from reviewer.tui.wrapping import is_narrow

EMPTY_MARK = "∅"


@dataclass(frozen=True)
class Cell:
    """Display text of a cell and what to colour in it.

    Span kinds: `label` (a boilerplate kind tag), `boilerplate`, `empty`, and
    `finding:<check id>`.
    """

    text: str
    spans: tuple[tuple[int, int, str], ...] = ()
    narrow: bool = True
    boilerplate_only: bool = False  # every segment is boilerplate (or the cell is empty)


def build_cell(
    segments: Sequence[Segment],
    findings: Sequence[Finding] = (),
    *,
    override: str | None = None,
    marks: Sequence[tuple[int, int, str]] = (),
    elsewhere: Sequence[str] = (),
) -> Cell:
    """The cell for `segments`; `override` is a reviewer's boilerplate kind, or "none";
    `marks` are more `(start, end, kind)` spans in cell-text offsets (recorded errors,
    dismissed findings), drawn over the findings. `elsewhere`: for an empty cell, the
    languages not on screen that have text in the row (said after the mark)."""
    if not segments:
        spans = [(0, 1, "empty")]
        spans += [(0, 1, f"finding:{finding.check}") for finding in findings]
        text = EMPTY_MARK
        if elsewhere:
            text += f" text in {', '.join(elsewhere)}"
            spans.append((2, len(text), "label"))
        return Cell(text, tuple(spans), True, True)
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    placed: list[tuple[int, int, list[int]]] = []  # (cell offset, display offset, offsets)
    position = cell_offset = 0
    all_boilerplate = True
    for index, segment in enumerate(segments):
        if index:
            parts.append(" ")
            position += 1
            cell_offset += 1
        kind = segment.boilerplate if override is None else override
        kind = None if kind == "none" else kind
        if kind:
            label = f"‹{kind}› "
            spans.append((position, position + len(label) - 1, "label"))
            parts.append(label)
            position += len(label)
        else:
            all_boilerplate = False
        shown, offsets = sanitize_with_offsets(segment.text)
        placed.append((cell_offset, position, offsets))
        if kind:
            spans.append((position, position + len(shown), "boilerplate"))
        parts.append(shown)
        position += len(shown)
        cell_offset += len(segment.text)
    text = "".join(parts)
    for finding in findings:
        for start, end in finding.spans:
            low, high = _to_display(placed, start), _to_display(placed, end)
            if high > low:
                spans.append((low, high, f"finding:{finding.check}"))
    for start, end, kind in marks:
        low, high = _to_display(placed, start), _to_display(placed, end)
        if high > low:
            spans.append((low, high, kind))
    return Cell(text, tuple(spans), is_narrow(text), all_boilerplate)


def _to_display(placed: list[tuple[int, int, list[int]]], offset: int) -> int:
    """Where cell-text `offset` lands in the display text."""
    for cell_start, display_start, offsets in reversed(placed):
        if offset >= cell_start:
            inside = min(offset - cell_start, len(offsets) - 1)
            return display_start + offsets[inside]
    return 0
