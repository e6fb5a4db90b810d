"""Spacing vowel signs measured as the terminal draws them (reviewer/tui/terminal_cells.py)."""

import subprocess
import sys

from rich.cells import cell_len

from reviewer.tui.terminal_cells import count_spacing_marks
from reviewer.tui.wrapping import wrap

HINDI = "इटली की ओर से फेडेरिको कीएसा ने 55वें मिनट में एक गोल किया।"


def test_spacing_marks_take_a_cell_as_in_the_c_library() -> None:
    assert count_spacing_marks()
    # the C library's wcswidth of this line (glibc, C.UTF-8): ी ि ो ा one cell each,
    # े ् ं (non-spacing) none
    assert cell_len(HINDI) == 51
    assert cell_len("की") == 2 and cell_len("के") == 1 and cell_len("क्") == 1
    # other scripts keep their widths: Thai and Arabic vowels are non-spacing, Han is wide
    assert cell_len("ที่นี่") == 2 and cell_len("كَتَبَ") == 3 and cell_len("中文") == 4
    assert count_spacing_marks()  # again: nothing more changes
    assert cell_len(HINDI) == 51


def test_a_hindi_line_wraps_to_the_width_the_terminal_draws() -> None:
    count_spacing_marks()
    lines = wrap(HINDI, 30, narrow=False)
    assert len(lines) == 2
    assert all(cell_len(HINDI[a:b]) <= 30 for a, b in lines)


def test_the_user_may_keep_rich_s_own_count() -> None:
    code = (
        "from rich.cells import cell_len\n"
        "from reviewer.tui.terminal_cells import count_spacing_marks\n"
        f"print(count_spacing_marks(), cell_len({HINDI!r}))\n"
    )
    env = {"REVIEWER_SPACING_MARKS": "0", "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.split() == ["False", "41"], done.stderr
