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

    Lines break at spaces (dropped at the break) or after a hyphen inside a word; the space
    of a grouped number (`1 240`, `6 000`) or before a unit sign (`25 °C`) is not a break. A
    word longer than the width is cut (`is_cut` tells the drawing to mark it). Empty text is
    one empty line.
    """
    width = max(1, width)
    if narrow is None:
        narrow = is_narrow(text)
    if narrow:
        return _wrap_narrow(text, width)
    return _wrap_wide(text, width)


HYPHENS = "-\u2010"  # a line may end after one of these between two letters


# Signs written after a number with a space (French and German typography: `25 °C`, `30 %`,
# `15 €`): the line does not break between the number and its sign.
_UNIT_SIGNS = frozenset("°%‰€")


def _number_space(text: str, index: int) -> bool:
    """True when the space at `index` separates digit groups, as in `1 240` or `12 000 000`,
    or a number from its unit sign (`25 °C`)."""
    return (
        index > 0
        and text[index - 1].isdigit()
        and (
            (
                text[index + 1 : index + 4].isdigit()
                and len(text[index + 1 : index + 4]) == 3
                and not text[index + 4 : index + 5].isdigit()
            )
            or text[index + 1 : index + 2] in _UNIT_SIGNS
        )
    )


def _break(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """Where the line that starts at `start` and may hold `text[start:limit]` ends, and where
    the next one starts; None when no break fits (the word must be cut)."""
    best: tuple[int, int] | None = None
    space = text.rfind(" ", start, limit + 1)
    while space > start and _number_space(text, space):
        space = text.rfind(" ", start, space)
    if space > start:
        best = (space, space + 1)
    for hyphen in HYPHENS:
        at = text.rfind(hyphen, start + 1, limit)
        while at > start and not (
            text[at - 1].isalpha() and at + 1 < len(text) and text[at + 1].isalpha()
        ):
            at = text.rfind(hyphen, start + 1, at)
        if at > start and (best is None or at + 1 > best[0]):
            best = (at + 1, at + 1)
    if best is not None:
        end, after = best
        while after < len(text) and text[after] == " ":
            after += 1
        best = (end, after)
    return best


def is_cut(text: str, end: int) -> bool:
    """True when a line ending at `end` cuts a word in two (drawn with a mark)."""
    if not 0 < end < len(text):
        return False
    before, after = text[end - 1], text[end]
    while end > 1 and not get_character_cell_size(before):  # a mark sits on its letter (Thai)
        end -= 1
        before = text[end - 1]
    return (
        before.isalnum()
        and after.isalnum()
        and get_character_cell_size(before) == 1
        and get_character_cell_size(after) == 1
    )


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start, size = 0, len(text)
    hyphens = "-" in text or "\u2010" in text
    while size - start > width:
        limit = start + width
        space = text.rfind(" ", start, limit + 1)
        # The common case, without a call: a space that does not sit between digit groups,
        # and no hyphen after it on the line.
        if (
            space > start
            and not (text[space - 1].isdigit() and _number_space(text, space))
            and not (
                hyphens
                and (text.find("-", space, limit) >= 0 or text.find("\u2010", space, limit) >= 0)
            )
        ):
            lines.append((start, space))
            start = space + 1
            while start < size and text[start] == " ":
                start += 1
            continue
        found = _break(text, start, limit)
        if found is None:
            lines.append((start, limit))
            start = limit
        else:
            lines.append((start, found[0]))
            start = found[1]
    lines.append((start, size))
    return lines


def _wrap_wide(text: str, width: int) -> list[tuple[int, int]]:
    widths = [get_character_cell_size(char) for char in text]
    lines: list[tuple[int, int]] = []
    start = index = used = 0
    size = len(text)
    while index < size:
        cells = widths[index]
        if used + cells > width and cells and used:
            found = _break(text, start, index)
            if text[index] == " " and not _number_space(text, index):
                found = (index, index + 1)
                while found[1] < size and text[found[1]] == " ":
                    found = (index, found[1] + 1)
            elif found is not None and (cells == 2 or widths[index - 1] == 2):
                # Inside a run of CJK, which breaks between any two characters: the last
                # such break, when later than the last space (not `1.` alone on a line
                # before a long Chinese sentence).
                cut = _wide_cut(text, start, index, widths)
                if cut > found[1] and not _joined(text, cut, widths):
                    found = (cut, cut)
            if found is None:
                if not is_narrow(text[start:index]):  # a narrow line cuts as `_wrap_narrow`
                    index = _wide_cut(text, start, index, widths)
                lines.append((start, index))
            else:
                lines.append((start, found[0]))
                index = found[1]
            start, used = index, 0
            continue
        used += cells
        index += 1
    lines.append((start, size))
    return lines


# A line does not start with closing punctuation nor end with opening punctuation (CJK line
# breaking rules, kinsoku; Unicode UAX #14 classes CL, CP, EX, IS, NS and OP, abridged).
NO_LINE_START = frozenset(
    "。、，．・：；！？）」』】〕〉》〗〙〛｝］ー々ゝゞヽヾ…‥%％‰℃,.:;!?)]}”’»"
)
NO_LINE_END = frozenset("（「『【〔〈《〖〘〚｛［“‘«([{")


def _joined(text: str, index: int, widths: list[int]) -> bool:
    """True when `text` must not break before `index`: inside a run of digits or narrow
    letters (a number or a Latin word inside CJK text: `491`, `10,6`, `SCO`), before a
    zero-width mark or closing punctuation, after opening punctuation."""
    after = text[index]
    if not widths[index] or after in NO_LINE_START:
        return True
    base = index - 1
    while base > 0 and not widths[base]:  # the letter under its marks (Thai ว่)
        base -= 1
    before = text[base]
    if before in NO_LINE_END:
        return True
    if before.isdigit() and after in ",." and text[index + 1 : index + 2].isdigit():
        return True
    if before in ",." and after.isdigit() and text[base - 1 : base].isdigit():
        return True
    return before.isalnum() and after.isalnum() and widths[base] == widths[index] == 1


def _wide_cut(text: str, start: int, index: int, widths: list[int]) -> int:
    """Where a line of wide text with no space to break at ends, at `index` at the latest:
    the last place that splits no number or Latin word and no punctuation from its neighbour
    (a reader must never see `4` / `91` for 491); `index` when there is none."""
    cut = index
    while cut > start + 1 and _joined(text, cut, widths):
        cut -= 1
    return cut if cut > start + 1 or not _joined(text, cut, widths) else index


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
