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
