"""Shared fixtures: the seeds, and hypothesis profiles (bounded in CI, longer on demand)."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "reviewer" / "seeds"

# CI draws the same examples every run (derandomize): a property test that finds a new bug
# fails where someone hunts for it (HYPOTHESIS_PROFILE=long), not at random in a landing run.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory, monkeypatch):
    """Annotations of the shipped seeds go to the user's data folder: a fresh one per test,
    never the tester's own (nor the package: see persistence.default_folder)."""
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
