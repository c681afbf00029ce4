"""Shared fixtures: the bundled seed report, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from xinhong_metrics import LoadedReport, load_report

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEED = DATA / "xinhong-2020.yaml"


@pytest.fixture(scope="session")
def seed() -> LoadedReport:
    return load_report(SEED)
