"""Shared fixtures: the bundled seed report, loaded once."""

from __future__ import annotations

import os
import resource
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

# A runaway allocation fails its test with MemoryError instead of swapping the machine.
# Twice a full run grew past 7 GB and stalled: load_reports("/dev/zero") iterated the
# string and walked the disk from "/" (fixed; see test_hardening). The suite passes
# under 6 GiB, so 8 GiB of address space is a wide margin.
_LIMIT = 8 * 1024**3
_soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
if _hard != resource.RLIM_INFINITY:
    _LIMIT = min(_LIMIT, _hard)
if _soft == resource.RLIM_INFINITY or _soft > _LIMIT:
    resource.setrlimit(resource.RLIMIT_AS, (_LIMIT, _hard))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEED = DATA / "xinhong-2020.yaml"


@pytest.fixture(scope="session")
def seed() -> LoadedReport:
    return load_report(SEED)
