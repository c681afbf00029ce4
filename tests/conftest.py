"""Shared fixtures: the bundled seed report, loaded once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from xinhong_metrics import LoadedReport, load_report

# Property tests check results, not speed: a slow CI machine must not fail them on the
# clock (speed is measured in benchmarks/). Each run draws fresh examples.
settings.register_profile("default", deadline=None, print_blob=True)
# HYPOTHESIS_PROFILE=thorough runs ten times the examples, for a search before a release.
settings.register_profile("thorough", deadline=None, print_blob=True, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEED = DATA / "xinhong-2020.yaml"


@pytest.fixture(scope="session")
def seed() -> LoadedReport:
    return load_report(SEED)
