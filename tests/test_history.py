"""The timeline view: one indicator, year by year, across reports."""

from __future__ import annotations

import json

import pytest

from xinhong_metrics import load_reports
from xinhong_metrics.cli import main
from xinhong_metrics.history import HISTORY_COLUMNS, history_frame

from .conftest import DATA


def test_history_of_budget_revenue() -> None:
    """全区一般公共预算收入 2022–2025: each year's change meets the earlier report's level."""
    frame = history_frame(load_reports([DATA / "minhang"]), "general-budget-revenue")
    minhang = frame.filter(frame["entity"] == "闵行区")
    assert [2022, 2023, 2024, 2025] == minhang["year"].to_list()
    assert ["unverifiable", "consistent", "consistent", "consistent"] == minhang[
        "verdict"
    ].to_list()
    assert "307.3亿元 (minhang-2022-final-accounts)" == minhang["prior_stated"][1]
    assert tuple(frame.columns) == HISTORY_COLUMNS


def test_history_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`history --indicator … --format json` prints the rows."""
    main(
        [
            "history",
            str(DATA / "minhang"),
            "--indicator",
            "tertiary-share-of-gdp",
            "--format",
            "json",
        ]
    )
    rows = json.loads(capsys.readouterr().out)
    assert ["36.5%", "38.8%", "41.5%"] == [r["stated"] for r in rows]


def test_history_unknown_indicator(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown indicator id is a usage error naming close ids."""
    with pytest.raises(SystemExit) as caught:
        main(["history", str(DATA / "minhang"), "--indicator", "revenue"])
    assert 2 == caught.value.code
    assert "general-budget-revenue" in capsys.readouterr().err
