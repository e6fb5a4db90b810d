"""The code passes the linter and the formatter, so the one test command checks style too."""

import subprocess
import sys

from tests.conftest import ROOT


def ruff(*args):
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "reviewer", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_ruff_check_finds_nothing():
    result = ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_would_change_nothing():
    result = ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
