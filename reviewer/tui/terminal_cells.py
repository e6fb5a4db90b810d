"""Spacing vowel signs take a terminal cell: measure them as the terminal draws them.

Rich counts a spacing combining mark (Unicode category Mc: Devanagari ा ी ो ि, and their
kin in other Indic scripts) as zero cells wide. Terminals that measure with the C library's
`wcwidth` (xterm, tmux, VTE's terminals such as GNOME Terminal, Alacritty) draw each in a cell
of its own, so a Hindi line was wider on screen than the app measured: the columns to its
right shifted and the last one was cut at the pane's edge (a made-up Hindi version at 200x50
in tmux, stops 25 and 26). Terminals that shape whole syllables (kitty, WezTerm) measure
otherwise again; the C library's count is the most common one, and the one tmux uses.
Thai and Arabic vowels are non-spacing marks (Mn), zero cells everywhere, and stay so.

Rich has no setting for this; its measure asks `rich.cells.load_cell_table` for a table of
widths, so the app gives it the same table with those marks one cell wide (`count_spacing_marks`,
called once when the app is made; every other Rich user in the process is left alone until
then). `REVIEWER_SPACING_MARKS=0` keeps Rich's own count, for a terminal that draws them in no
cell.
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache

import rich.cells

_original = rich.cells.load_cell_table


def count_spacing_marks() -> bool:
    """Make Rich measure spacing marks as one cell; False when the user asked not to."""
    if os.environ.get("REVIEWER_SPACING_MARKS", "1") == "0":
        return False
    if rich.cells.load_cell_table is not _with_spacing_marks:
        rich.cells.load_cell_table = _with_spacing_marks
        rich.cells.get_character_cell_size.cache_clear()
        rich.cells.cached_cell_len.cache_clear()
    return True


@cache
def _with_spacing_marks(unicode_version: str = "auto") -> rich.cells.CellTable:
    table = _original(unicode_version)
    widths: list[tuple[int, int, int]] = []
    for start, end, width in table.widths:
        if width != 0:
            widths.append((start, end, width))
            continue
        run = start  # split the zero-width range around its spacing marks
        for code in range(start, end + 1):
            spacing = unicodedata.category(chr(code)) == "Mc"
            if spacing or code == end:
                last = code - 1 if spacing else code
                if last >= run:
                    widths.append((run, last, 0))
                if spacing:
                    widths.append((code, code, 1))
                run = code + 1
    return rich.cells.CellTable(table.unicode_version, widths, table.narrow_to_wide)
