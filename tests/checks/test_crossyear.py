"""Across report years: real pairs from the Minhang series, and generated pairs for each guard."""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from tests.helpers import write_report
from xinhong_metrics import Finding, Verdict, check, check_findings, load_reports
from xinhong_metrics import strategies as xs

MINHANG = DATA / "minhang"


@pytest.fixture(scope="module")
def minhang() -> dict[tuple[str, str], Finding]:
    findings = check_findings([MINHANG])
    return {(f.report[0], f.quote): f for f in findings}


def test_integer_base_widens_the_interval(minhang: dict[tuple[str, str], Finding]) -> None:
    """618.6 over 542 (亿元) is +14.13% as printed, 14.02–14.25% within rounding: +14.2% fits."""
    finding = minhang[("minhang-2013-gwr", "第三产业增加值618.6亿元,比上年增长14.2%")]
    assert Verdict.CONSISTENT is finding.verdict
    assert "cross-year-change" == finding.check
    assert finding.recomputed.startswith("+14.13%")
    assert ("minhang-2013-gwr", "minhang-2012-gwr") == finding.report
    assert (2011, 2012) == finding.periods


def test_comparable_price_growth_is_not_compared(minhang: dict[tuple[str, str], Finding]) -> None:
    """GDP +8% in 2013 is at comparable prices: not comparable, though 1722.11/1594.2 is +8.02%."""
    finding = minhang[("minhang-2014-gwr", "地区生产总值1722.11亿元,比上年增长8%")]
    assert Verdict.NOT_COMPARABLE is finding.verdict
    assert "comparable prices" in finding.message


def test_similar_names_do_not_link(minhang: dict[tuple[str, str], Finding]) -> None:
    """区本级支出 -3.8% is decided against 区本级 272.4, not 全区 470.4."""
    finding = minhang[
        ("minhang-2023-final-accounts", "区本级一般公共预算支出262.1亿元,比上年下降3.8%")
    ]
    assert Verdict.CONSISTENT is finding.verdict
    assert "272.4亿元" in finding.message
    assert "470.4" not in finding.message


def test_entities_do_not_link(minhang: dict[tuple[str, str], Finding]) -> None:
    """浦东 2025 is decided against 浦东 2024, though 闵行 uses the same indicator id."""
    finding = minhang[("pudong-2026-gwr-news", "一般公共预算收入1343.1亿元,比上年增长2.6%")]
    assert Verdict.CONSISTENT is finding.verdict
    assert "1308.7亿元" in finding.message


def test_points_across_years(minhang: dict[tuple[str, str], Finding]) -> None:
    """比重38.8%, 比上年提高2.3个百分点 over 36.5%."""
    finding = minhang[
        ("minhang-2013-gwr", "第三产业增加值占生产总值比重38.8%,比上年提高2.3个百分点")
    ]
    assert Verdict.CONSISTENT is finding.verdict
    assert "cross-year-points" == finding.check


def test_first_time_threshold(minhang: dict[tuple[str, str], Finding]) -> None:
    """财政总收入529.5亿元, 首次超过500亿元: 2012 was 487.1."""
    finding = minhang[("minhang-2014-gwr", "财政总收入529.5亿元,首次超过500亿元")]
    assert Verdict.CONSISTENT is finding.verdict
    assert "first time" in finding.message


def test_average_growth_against_a_multiple(minhang: dict[tuple[str, str], Finding]) -> None:
    """2倍 with 年均增长15.3% fits; GDP's real rate meets GDP's multiple, real like it.

    1.119⁵ = 1.7548 lies in [1.745, 1.755), the interval of 1.75倍.
    """
    fiscal = minhang[("minhang-2012-gwr", "2006-2011年区级财政收入年均增长15.3%")]
    assert Verdict.CONSISTENT is fiscal.verdict
    gdp = minhang[("minhang-2012-gwr", "2006-2011年地区生产总值年均增长11.9%")]
    assert Verdict.CONSISTENT is gdp.verdict
    assert "comparable basis" in gdp.message


def test_average_growth_against_a_multiple_of_another_basis(tmp_path: Path) -> None:
    """A real GDP rate against a multiple the file declares nominal: not comparable."""
    values = [{"id": "gdp", "name": "地区生产总值", "figure": "1483", "period": 2011}]
    claims = [
        {
            "kind": "multiple",
            "indicator": "gdp",
            "period": 2011,
            "against": 2006,
            "stated": "1.75倍",
            "basis": "nominal",
            "quote": "是2006年的1.75倍",
        },
        {
            "kind": "average_growth",
            "indicator": "gdp",
            "period": 2011,
            "against": 2006,
            "stated": "11.9%",
            "quote": "年均增长11.9%",
        },
    ]
    path = write_report(tmp_path, "g-2011", 2011, values, claims)
    frame = check([path])
    row = frame.filter(pl.col("check") == "average-growth").row(0, named=True)
    assert "not_comparable" == row["verdict"]
    assert "nominal" in row["message"]


def test_missing_earlier_report_is_unverifiable(minhang: dict[tuple[str, str], Finding]) -> None:
    """2022's -7.2% has no 2021 report: unverifiable, with the implied 2021 level."""
    finding = minhang[
        ("minhang-2022-final-accounts", "全区一般公共预算收入307.3亿元,比上年下降7.2%")
    ]
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "330.91" in finding.recomputed


# --- generated pairs ---------------------------------------------------------------------


def change_claim(indicator: str, period: int, stated: str, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "relative_change",
        "indicator": indicator,
        "period": period,
        "against": period - 1,
        "stated": stated,
        "quote": f"{indicator}{stated}",
        **extra,
    }


def pair(
    folder: Path, prior: dict[str, Any], current: dict[str, Any], claim: dict[str, Any]
) -> list[Finding]:
    """Two reports of one entity: 2020 with the prior level, 2021 with the level and claim."""
    write_report(folder, "a-2020", 2020, [prior], [])
    write_report(folder, "a-2021", 2021, [current], [claim])
    return check_findings([folder])


def only(findings: list[Finding], check: str) -> Finding:
    matching = [f for f in findings if f.check == check]
    assert 1 == len(matching)
    return matching[0]


def test_a_real_mismatch_is_an_error(tmp_path: Path) -> None:
    """100 then 105 stated as +10% is inconsistent."""
    finding = only(
        pair(
            tmp_path,
            {"id": "rev", "figure": "100.0"},
            {"id": "rev", "figure": "105.0"},
            change_claim("rev", 2021, "增长10%"),
        ),
        "cross-year-change",
    )
    assert Verdict.INCONSISTENT is finding.verdict
    assert "+5%" in finding.message


@pytest.mark.parametrize(
    ("current", "extra", "reason"),
    [
        # A change 同口径 is not recomputed from published levels.
        ({"id": "rev", "figure": "105.0"}, {"scope": "同口径"}, "同口径"),
        # 不含免抵调 against an as-published level is not comparable.
        ({"id": "rev", "figure": "105.0", "scope": "不含免抵调"}, {}, "不含免抵调"),
        # 1-11月 against a full year is not comparable.
        ({"id": "rev", "figure": "95.0", "span": "1-11月"}, {}, "1-11月"),
    ],
    ids=["scope-of-change", "scopes-of-levels", "part-of-year"],
)
def test_guards_answer_not_comparable(
    tmp_path: Path, current: dict[str, Any], extra: dict[str, Any], reason: str
) -> None:
    """A scope or part of the year that differs makes the pair not comparable, with why."""
    claim = change_claim("rev", 2021, "增长10%", **extra)
    finding = only(
        pair(tmp_path, {"id": "rev", "figure": "100.0"}, current, claim), "cross-year-change"
    )
    assert Verdict.NOT_COMPARABLE is finding.verdict
    assert reason in finding.message


def test_estimate_that_differs_is_a_revision(tmp_path: Path) -> None:
    """A change against an estimate (预计) that does not fit is a revision, not an error."""
    finding = only(
        pair(
            tmp_path,
            {"id": "rev", "figure": "100.0", "estimate": True},
            {"id": "rev", "figure": "105.0"},
            change_claim("rev", 2021, "增长10%"),
        ),
        "cross-year-change",
    )
    assert Verdict.NOT_COMPARABLE is finding.verdict
    assert "预计" in finding.message


def test_similar_concepts_never_link(tmp_path: Path) -> None:
    """区本级收入 has no prior even though 区本级财力 of the year before is stated."""
    write_report(
        tmp_path,
        "a-2020",
        2020,
        [{"id": "district-funds", "name": "区本级财力", "figure": "100.0"}],
        [],
    )
    write_report(
        tmp_path,
        "a-2021",
        2021,
        [{"id": "district-revenue", "name": "区本级收入", "figure": "105.0"}],
        [change_claim("district-revenue", 2021, "增长10%")],
    )
    finding = check_findings([tmp_path])[0]
    assert Verdict.UNVERIFIABLE is finding.verdict


def test_restatements(tmp_path: Path) -> None:
    """One year stated twice: equal is consistent, different an error, an estimate a note."""
    write_report(
        tmp_path,
        "a-2020",
        2020,
        [
            {"id": "rev", "figure": "100.0"},
            {"id": "exp", "figure": "80.0"},
            {"id": "debt", "figure": "50.0", "estimate": True},
        ],
        [],
    )
    write_report(
        tmp_path,
        "a-2021",
        2021,
        [
            {"id": "rev", "figure": "100.0", "period": 2020},
            {"id": "exp", "figure": "82.0", "period": 2020},
            {"id": "debt", "figure": "52.0", "period": 2020},
        ],
        [],
    )
    found = {f.stated: f.verdict for f in check_findings([tmp_path]) if f.check == "restatement"}
    assert Verdict.CONSISTENT is found["100.0亿元 / 100.0亿元"]
    assert Verdict.INCONSISTENT is found["80.0亿元 / 82.0亿元"]
    assert Verdict.NOT_COMPARABLE is found["50.0亿元 / 52.0亿元"]


def test_direction_only(tmp_path: Path) -> None:
    """同比略有下降 while the level rose from 100 to 105 is inconsistent."""
    write_report(tmp_path, "a-2020", 2020, [{"id": "rev", "figure": "100.0"}], [])
    claim = {
        "kind": "direction",
        "indicator": "rev",
        "period": 2021,
        "against": 2020,
        "stated": "略有下降",
        "quote": "同比略有下降",
    }
    write_report(tmp_path, "a-2021", 2021, [{"id": "rev", "figure": "105.0"}], [claim])
    finding = only(check_findings([tmp_path]), "direction")
    assert Verdict.INCONSISTENT is finding.verdict


def test_duplicate_report_ids_are_refused(tmp_path: Path) -> None:
    """Two files may not declare one report id."""
    write_report(tmp_path, "a-2020", 2020, [{"id": "rev", "figure": "100.0"}], [])
    other = tmp_path / "copy"
    other.mkdir()
    write_report(other, "a-2020", 2020, [{"id": "rev", "figure": "100.0"}], [])
    with pytest.raises(ValueError, match="also declared"):
        load_reports([tmp_path])


def one_decimal(x: Fraction) -> str:
    return f"{float(x):.1f}"


def change_text(rate: Fraction) -> str:
    # Half-up on the exact rate, as a report rounds (not Python's float formatting).
    return xs.change_text(-1 if rate < 0 else 1, xs.round_magnitude(rate, 1), 1)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prior=st.integers(min_value=100, max_value=100_000),
    current=st.integers(min_value=100, max_value=100_000),
)
def test_generated_pairs_no_false_alarm_and_detection(
    tmp_path: Path, prior: int, current: int
) -> None:
    """Levels to one decimal: their rounded change fits; one beyond their rounding does not."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    p, c = Fraction(prior, 10), Fraction(current, 10)
    half = Fraction(1, 20)
    rate = (c / p - 1) * 100
    highest = ((c + half) / (p - half) - 1) * 100  # the largest change the rounded levels allow
    write_report(folder, "g-2020", 2020, [{"id": "rev", "figure": one_decimal(p)}], [])
    claims = [
        change_claim("rev", 2021, change_text(rate)),
        change_claim("rev", 2021, change_text(highest + 1)),
    ]
    write_report(folder, "g-2021", 2021, [{"id": "rev", "figure": one_decimal(c)}], claims)
    verdicts = [f.verdict for f in check_findings([folder]) if f.check == "cross-year-change"]
    assert [Verdict.CONSISTENT, Verdict.INCONSISTENT] == verdicts


@pytest.mark.parametrize(
    ("words", "name", "verdict"),
    [
        ("根据第一次全国经济普查数据修订", "财政收入", "not_comparable"),
        ("", "财政收入", "inconsistent"),
        # The national accounts are revised after their first release, said or not.
        ("", "国内生产总值", "not_comparable"),
    ],
)
def test_a_restatement_with_a_stated_reason_is_a_revision(
    tmp_path: Path, words: str, name: str, verdict: str
) -> None:
    """13.65万亿 restated as 15.99万亿 is a revision when the later report says why."""
    first = write_report(
        tmp_path,
        "g-2004",
        2004,
        [{"id": "gdp", "name": name, "figure": "13.65", "unit": "万亿元"}],
        [],
    )
    second = write_report(
        tmp_path,
        "g-2005",
        2005,
        [
            {
                "id": "gdp",
                "name": f"{words}{name}",
                "figure": "15.99",
                "unit": "万亿元",
                "period": 2004,
            }
        ],
        [],
    )
    row = check([first, second]).row(0, named=True)
    assert ("restatement", verdict) == (row["check"], row["verdict"])


def test_a_value_stated_many_times_is_compared_with_the_first(tmp_path: Path) -> None:
    """Ten reports stating one figure give nine restatement findings, not forty-five.

    Up to eight statements every pair is compared; beyond, each with the first, so that
    the cost grows with the number of reports, not with its square.
    """
    from tests.helpers import write_report
    from xinhong_metrics import check_findings

    for i in range(10):
        values = [{"id": "tax", "name": "税收", "figure": "100", "period": 2019}]
        write_report(tmp_path, f"r-{i}", 2020, values, [])
    restated = [f for f in check_findings([tmp_path]) if f.check == "restatement"]
    assert 9 == len(restated)
    assert {"r-0"} == {f.report[0] for f in restated}


def test_points_of_a_level_that_is_no_rate_are_not_compared(tmp_path: Path) -> None:
    """回落0.3个百分点 drafted on 地区生产总值 in 亿元: no rate, so no percent of 亿元.

    The points are of its growth rate, which the file does not hold.
    """
    earlier = write_report(tmp_path, "a-2023", 2023, [{"id": "gdp", "figure": "38642.17"}], [])
    claim = {
        "kind": "point_change",
        "indicator": "gdp",
        "period": 2024,
        "against": 2023,
        "stated": "回落0.3个百分点",
        "quote": "gdp40356.82,回落0.3个百分点",
    }
    later = write_report(tmp_path, "b-2024", 2024, [{"id": "gdp", "figure": "40356.82"}], [claim])
    [finding] = check_findings([earlier, later])
    assert finding.verdict is Verdict.NOT_COMPARABLE
    assert "not a rate" == finding.recomputed
