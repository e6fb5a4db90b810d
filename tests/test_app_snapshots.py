"""How the app looks, at the smallest and a common terminal size (pytest-textual-snapshot).

Deterministic: a fixed theme, no clock, the seeds or a synthetic group. Update on purpose with
`pytest tests/test_app_snapshots.py --snapshot-update` and look at the SVGs before committing.
"""

from reviewer.core.session import open_corpus
from reviewer.tui.app import ReviewerApp
from reviewer.tui.synthetic import synthetic_corpus
from tests.conftest import SEEDS


def seeds_app() -> ReviewerApp:
    return ReviewerApp(open_corpus([SEEDS]))


def test_seeds_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24))


def test_seeds_160x45(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(160, 45), press=["j", "tab"])


def test_findings_boilerplate_cjk_160x45(snap_compare):
    corpus, _ = synthetic_corpus(30, ("vi", "de", "zh"), hostile=True)
    assert snap_compare(ReviewerApp(corpus), terminal_size=(160, 45), press=["j", "n"])


def test_help_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["question_mark"])


# --- the review itself (issue 11): each at the smallest and a large terminal -----------------


def test_seeds_200x50(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(200, 50), press=["n"])


def test_tall_row_continues_80x24(snap_compare):
    # All four columns at 80: row 16 is taller than the screen; j scrolls through it (↓ ↑).
    press = ["f", *["j"] * 15, "j"]
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=press)


def test_annotate_form_from_finding_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["n", "a"])


def test_annotate_form_from_finding_200x50(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(200, 50), press=["n", "n", "a", "right"])


def test_recorded_error_and_dismissed_finding_200x50(snap_compare):
    # A finding recorded with its words (highlighted), another dismissed and shown again (D).
    press = ["n", "n", "n", "a", "enter", "k", "N", "d", "D"]
    assert snap_compare(seeds_app(), terminal_size=(200, 50), press=press)


def test_recorded_error_panel_80x24(snap_compare):
    press = ["n", "n", "n", "a", "tab", "tab", "right", "shift+right", "enter", "k"]
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=press)


def test_help_200x50(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(200, 50), press=["question_mark"])


def test_group_list_triage_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["l"])


def test_group_list_triage_200x50(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(200, 50), press=["space", "l"])
