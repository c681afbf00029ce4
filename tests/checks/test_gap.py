"""The gap family: 增长5.4%、高于全国1.9个百分点 against a benchmark of the same period."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import write_report
from xinhong_metrics import Verdict, XinhongError, check_findings, load_report
from xinhong_metrics.checks.gap import implied_benchmark
from xinhong_metrics.errors import FigureError
from xinhong_metrics.phrases import gap_interval


@pytest.mark.parametrize(
    ("figure", "stated", "shown"),
    [
        ("增长5.4%", "高于1.9个百分点", "(3.4, 3.6)"),
        ("89%", "高于1.8个百分点", "(86.65, 87.75)"),
        ("下降2%", "低于0.5个百分点", "(-2.05, -0.95)"),
        ("7.3%", "慢于0.2个百分点", "[7.4, 7.6)"),
    ],
)
def test_the_benchmark_a_gap_implies(figure: str, stated: str, shown: str) -> None:
    """The benchmark is the figure minus the gap, over both rounding intervals."""
    assert shown == implied_benchmark(figure, stated).format(2)


@given(
    st.integers(min_value=-300, max_value=300),
    st.integers(min_value=0, max_value=300),
    st.booleans(),
)
def test_the_implied_interval_holds_every_exact_benchmark(
    figure_tenths: int, gap_tenths: int, above: bool
) -> None:
    """Any benchmark that, with the stated gap, rounds to the stated figure is inside."""
    figure = f"{figure_tenths / 10:.1f}%"
    word = "高于" if above else "低于"
    implied = implied_benchmark(figure, f"{word}{gap_tenths / 10:.1f}个百分点")
    signed_gap = Fraction(gap_tenths if above else -gap_tenths, 10)
    exact = Fraction(figure_tenths, 10) - signed_gap
    assert implied.contains(exact)
    assert not implied.contains(exact + Fraction(11, 100))
    assert not implied.contains(exact - Fraction(11, 100))


@pytest.mark.parametrize("text", ["高于1.9%", "提高1.9个百分点", "高于", "低于-1个百分点"])
def test_a_gap_is_in_unsigned_points_after_its_word(text: str) -> None:
    with pytest.raises(FigureError):
        gap_interval(text)


def _gap(**fields: object) -> dict[str, object]:
    return {
        "kind": "gap",
        "indicator": "retail",
        "period": 2024,
        "benchmark": "全国",
        "stated": "高于1.9个百分点",
        "quote": "社会消费品零售总额增长5.4%、高于全国1.9个百分点",
        **fields,
    }


def test_a_gap_is_unverifiable_and_says_what_it_implies(tmp_path: Path) -> None:
    values = [{"id": "retail", "name": "社会消费品零售总额", "figure": "3.79"}]
    claim_path = write_report(tmp_path, "r-2024", 2024, values, [_gap(figure="增长5.4%")])
    [finding] = [f for f in check_findings([claim_path]) if f.check == "gap"]
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "全国 (3.4, 3.6)%" == finding.recomputed
    assert "增长5.4% 高于全国1.9个百分点 puts 全国 at (3.4, 3.6)%" in finding.message


def test_a_gap_without_its_figure_implies_nothing(tmp_path: Path) -> None:
    values = [{"id": "retail", "name": "实际利用外资增速", "figure": "3.79"}]
    path = write_report(tmp_path, "r-2024", 2024, values, [_gap()])
    [finding] = [f for f in check_findings([path]) if f.check == "gap"]
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "no figure stated" == finding.recomputed


def test_a_gap_figure_in_points_is_refused_where_written(tmp_path: Path) -> None:
    values = [{"id": "retail", "figure": "3.79"}]
    path = write_report(tmp_path, "r-2024", 2024, values, [_gap(figure="1.9个百分点")])
    with pytest.raises(XinhongError) as caught:
        load_report(path)
    assert "claims[0].figure" in str(caught.value)
