"""The registry of claim families, and the engine paths every family shares."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.helpers import write_report
from xinhong_metrics import Verdict, check_findings
from xinhong_metrics.checks import by_entity, registry
from xinhong_metrics.claims import CLAIM_KINDS


def test_every_claim_kind_has_exactly_one_family() -> None:
    """The engine never names a kind: each one is found in the registry, once."""
    families = registry.families()
    assert list(CLAIM_KINDS) == list(families)
    assert all(fam.kind == kind for kind, fam in families.items())


def test_the_frame_families_are_the_vectorised_ones() -> None:
    """The families with a frame function are those the frame layer serves."""
    with_frame = {k for k, fam in registry.families().items() if fam.frame is not None}
    assert {
        "relative_change",
        "point_change",
        "share",
        "part_of_whole",
        "listed_count",
        "multiple",
        "average_growth",
        "threshold",
    } == with_frame


def test_a_failing_decision_is_unverifiable_on_its_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A figure outside a family's arithmetic is reported on the claim, never raised."""
    values = [{"id": "gdp", "name": "地区生产总值", "figure": "100"}]
    claim = {
        "kind": "threshold",
        "indicator": "gdp",
        "period": 2020,
        "stated": "超过50",
        "quote": "地区生产总值100,超过50",
    }
    path = write_report(tmp_path, "r-2020", 2020, values, [claim])
    fam = registry.family("threshold")

    def broken(*_: object) -> None:
        raise ValueError("outside the arithmetic")

    monkeypatch.setitem(
        registry.families(), "threshold", registry.Family(fam.kind, fam.check, broken, fam.stated)
    )
    [finding] = check_findings([path])
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "could not be recomputed: outside the arithmetic" == finding.message
    assert "地区生产总值" == finding.indicator


def _threshold_pair(tmp_path: Path, earlier: str) -> Path:
    write_report(
        tmp_path, "r-2019", 2019, [{"id": "gdp", "name": "生产总值", "figure": earlier}], []
    )
    claim = {
        "kind": "threshold",
        "indicator": "gdp",
        "period": 2020,
        "stated": "首次超过500",
        "first_time": True,
        "quote": "生产总值520,首次超过500",
    }
    return write_report(
        tmp_path, "r-2020", 2020, [{"id": "gdp", "name": "生产总值", "figure": "520"}], [claim]
    )


def test_a_first_time_threshold_already_passed_the_year_before(tmp_path: Path) -> None:
    """首次超过500 with 510 the year before is not the first time."""
    _threshold_pair(tmp_path, "510")
    [finding] = [f for f in check_findings([tmp_path]) if f.check == "threshold"]
    assert Verdict.INCONSISTENT is finding.verdict
    assert finding.message.startswith("not the first time: 2019 was already 510亿元")
    assert ("r-2020", "r-2019") == finding.report


def test_a_first_time_threshold_below_the_year_before(tmp_path: Path) -> None:
    """首次超过500 with 480 the year before is the first time."""
    _threshold_pair(tmp_path, "480")
    [finding] = [f for f in check_findings([tmp_path]) if f.check == "threshold"]
    assert Verdict.CONSISTENT is finding.verdict
    assert finding.message.endswith("and 2019 was 480亿元: the first time")


@pytest.mark.parametrize(
    ("stated", "verdict"), [("下降", Verdict.CONSISTENT), ("增长", Verdict.INCONSISTENT)]
)
def test_a_direction_against_both_levels(tmp_path: Path, stated: str, verdict: Verdict) -> None:
    """120 after 130 is a fall: 下降 fits, 增长 does not."""
    values = [
        {"id": "tax", "name": "税收", "figure": "130", "period": 2019},
        {"id": "tax", "name": "税收", "figure": "120"},
    ]
    claim = {
        "kind": "direction",
        "indicator": "tax",
        "period": 2020,
        "against": 2019,
        "stated": stated,
        "quote": f"税收120,{stated}",
    }
    [finding] = check_findings([write_report(tmp_path, "r-2020", 2020, values, [claim])])
    assert verdict is finding.verdict
    assert "change (-11, -9)亿元" == finding.recomputed


def test_by_entity_counts_each_report_once(tmp_path: Path) -> None:
    """A corpus summary: reports, claims and the share with an inconsistency, per entity."""
    _threshold_pair(tmp_path, "510")
    findings = pl.DataFrame(
        {
            "entity": ["测试区", "测试区", "某镇"],
            "report": [["r-2020", "r-2019"], ["r-2020"], ["z-2020"]],
            "verdict": ["inconsistent", "consistent", "consistent"],
        }
    )
    summary = by_entity(findings.lazy())
    row = summary.filter(pl.col("entity") == "测试区").row(0, named=True)
    assert (2, 2, 1, 1) == (
        row["reports"],
        row["claims"],
        row["inconsistent"],
        row["reports_inconsistent"],
    )
    assert 0.5 == row["inconsistent_rate"]


@pytest.mark.parametrize(
    ("name", "figure", "verdict"),
    [
        ("规上工业增加值增速", "-2.3", Verdict.UNVERIFIABLE),  # a growth rate was 0.7% before
        ("城镇调查失业率", "2.3", Verdict.INCONSISTENT),  # a share cannot have been −0.7%
        ("出口额", "2.3", Verdict.UNVERIFIABLE),  # not named as a share: not bounded
    ],
)
def test_only_a_share_is_bounded_by_0_and_100(
    tmp_path: Path, name: str, figure: str, verdict: Verdict
) -> None:
    """提高3个百分点 to a rate of 2.3%: a prior of −0.7% is impossible only for a share."""
    values = [{"id": "rate", "name": name, "figure": figure, "unit": "%"}]
    claim = {
        "kind": "point_change",
        "indicator": "rate",
        "period": 2020,
        "against": 2019,
        "stated": "提高3个百分点",
        "quote": f"{name}{figure},比上年提高3个百分点",
    }
    [finding] = check_findings([write_report(tmp_path, "r-2020", 2020, values, [claim])])
    assert verdict is finding.verdict
