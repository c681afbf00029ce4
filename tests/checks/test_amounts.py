"""Changes stated as amounts: 比上年增加2787亿元 against the two levels."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import write_report
from xinhong_metrics import check
from xinhong_metrics.checks.amounts import check_amount_between
from xinhong_metrics.extract import draft_report
from xinhong_metrics.findings import Verdict
from xinhong_metrics.numbers import parse_figure


def test_an_amount_within_the_rounding_of_both_levels_fits() -> None:
    """2.17万亿 − 18903亿 spans (2747, 2847)亿: 增加2787亿元 fits, 增加2987 does not."""
    current = parse_figure("2.17万").interval()  # in 亿元: [21650, 21750)
    prior = parse_figure("18903").interval()
    assert (
        Verdict.CONSISTENT
        is check_amount_between(current, prior, parse_figure("增加2787").interval()).verdict
    )
    assert (
        Verdict.INCONSISTENT
        is check_amount_between(current, prior, parse_figure("增加2987").interval()).verdict
    )


def _claim(stated: str, unit: str) -> dict[str, object]:
    return {
        "kind": "absolute_change",
        "indicator": "rev",
        "period": 2003,
        "against": "上年",
        "stated": stated,
        "unit": unit,
        "quote": f"比上年{stated}{unit}",
    }


def test_an_amount_across_reports_converts_units(tmp_path: Path) -> None:
    """2.17万亿元 in 2003 against 18903亿元 in 2002: 增加2787亿元 is consistent."""
    first = write_report(tmp_path, "n-2002", 2002, [{"id": "rev", "figure": "18903"}], [])
    second = write_report(
        tmp_path,
        "n-2003",
        2003,
        [{"id": "rev", "figure": "2.17", "unit": "万亿元"}],
        [_claim("增加2787", "亿元")],
    )
    row = check([first, second]).row(0, named=True)
    assert ("cross-year-change", "consistent") == (row["check"], row["verdict"])
    lonely = check([second]).row(0, named=True)
    assert ("absolute-change", "unverifiable") == (lonely["check"], lonely["verdict"])


def test_a_drafted_amount_is_a_claim_on_the_level_before_it() -> None:
    """全国财政收入达到２．１７万亿元，比上年增加２７８７亿元: one claim, one value."""
    text = (
        "政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n"
        "一、一年来工作回顾\n全国财政收入达到２．１７万亿元，比上年增加２７８７亿元。\n"
    )
    draft = draft_report(text)
    [claim] = draft.document["claims"]
    assert ("absolute_change", "增加2787", "亿元", 2002) == (
        claim["kind"],
        claim["stated"],
        claim["unit"],
        claim["against"],
    )
    figures = [v["figure"] for i in draft.document["indicators"] for v in i["values"]]
    assert ["2.17万亿"] == figures
    assert ["一年来"] == [
        n["text"] for n in draft.document["not_metrics"] if n["category"] == "time"
    ]
