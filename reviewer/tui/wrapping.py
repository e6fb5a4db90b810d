"""Cell-width-aware word wrapping of one cell's text, cheap enough to run on every row.

Layout needs the height of every cell at the current column width, so the common case (every
character one cell wide: Latin, Vietnamese, Cyrillic ...) takes a fast path built on
`str.rfind`; text with wide (CJK) or zero-width characters takes a per-character path.
Rich's `Text.wrap` is about ten times slower (DESIGN.md, "Notes for the app's rendering").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from rich.cells import get_character_cell_size

# Characters known to be one cell wide: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic,
# Latin Extended Additional (precomposed Vietnamese), general punctuation, our placeholders.
_NARROW = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u0482\u048a-\u052f"
    "\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f\u2190-\u23ff"
    "\u2400-\u2426\u2500-\u25ff\u27e8\u27e9]*"
)


def is_narrow(text: str) -> bool:
    """True when every character of `text` is one terminal cell wide."""
    return _NARROW.fullmatch(text) is not None


def wrap(text: str, width: int, *, narrow: bool | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` character ranges of `text` wrapped to `width` cells.

    Lines break at spaces (dropped at the break); a word longer than the width is cut.
    Empty text is one empty line.
    """
    width = max(1, width)
    if narrow is None:
        narrow = is_narrow(text)
    if narrow:
        return _wrap_narrow(text, width)
    return _wrap_wide(text, width)


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while size - start > width:
        space = text.rfind(" ", start, start + width + 1)
        if space > start:
            lines.append((start, space))
            start = space + 1
            while start < size and text[start] == " ":
                start += 1
        else:
            lines.append((start, start + width))
            start += width
    lines.append((start, size))
    return lines


def _wrap_wide(text: str, width: int) -> list[tuple[int, int]]:
    widths = [get_character_cell_size(char) for char in text]
    lines: list[tuple[int, int]] = []
    start = index = used = 0
    space = -1  # last space on the current line
    size = len(text)
    while index < size:
        cells = widths[index]
        if text[index] == " ":
            space = index
        if used + cells > width and cells and used:
            if text[index] == " ":
                lines.append((start, index))
                index += 1
            elif space > start:
                lines.append((start, space))
                index = space + 1
            else:
                lines.append((start, index))
            while index < size and text[index] == " ":
                index += 1
            start, used, space = index, 0, -1
            continue
        used += cells
        index += 1
    lines.append((start, size))
    return lines


def cell_width(text: str) -> int:
    """Terminal cells taken by `text`."""
    if is_narrow(text):
        return len(text)
    return sum(get_character_cell_size(char) for char in text)


class RowLayout:
    """Where each row starts (in lines) for one set of column widths; bisect finds a line's row."""

    def __init__(self, heights: list[int]) -> None:
        self.heights = heights
        self.starts = [0, *accumulate(heights)]
        self.total = self.starts[-1]

    def row_at(self, line: int) -> int:
        """The index (into the laid-out rows) of the row drawn on `line`."""
        return max(0, min(len(self.heights) - 1, bisect_right(self.starts, line) - 1))
