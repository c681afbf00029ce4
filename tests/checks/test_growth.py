"""Multiples, average growth, thresholds and directions: exact, with the words' semantics."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import polars as pl
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from xinhong_metrics import (
    FigureError,
    Interval,
    Verdict,
    check_average_growth,
    check_direction,
    check_multiple,
    check_threshold,
    parse_figure,
)
from xinhong_metrics import columns as col
from xinhong_metrics.checks.growth import average_growth_frame, growth_ratio
from xinhong_metrics.phrases import multiple_ratio, parse_direction


def test_shi_bei_is_the_ratio_and_zengzhang_bei_adds_one() -> None:
    """是2倍 is ×2; 增长1.5倍 is ×2.5; 翻一番 is ×2 and 翻两番 ×4, loosely (0.9 to 1.5 times:
    the genre says 实现翻番 of a rise to ×2.3), and with 以上 a floor."""
    assert Interval(Fraction("1.5"), Fraction("2.5"), True, False) == multiple_ratio("2倍")
    assert Interval(Fraction("2.45"), Fraction("2.55"), True, False) == multiple_ratio("增长1.5倍")
    assert Interval(Fraction("1.8"), Fraction(3), True, False) == multiple_ratio("翻一番")
    assert Interval(Fraction("3.6"), Fraction(6), True, False) == multiple_ratio("翻两番")
    assert Interval(Fraction("3.6"), None, True, False) == multiple_ratio("翻两番以上")


def test_a_fall_is_not_stated_in_bei() -> None:
    """下降2倍 is refused rather than guessed."""
    with pytest.raises(FigureError):
        multiple_ratio("下降2倍")


def test_directions() -> None:
    """略有下降 is a fall, 有所增长 a rise, 基本持平 no change."""
    assert (-1, 1, 0) == (
        parse_direction("略有下降"),
        parse_direction("有所增长"),
        parse_direction("基本持平"),
    )


def test_multiple_against_levels() -> None:
    """From 12.4 to 20.9 is ×1.69: 1.7倍 fits, 2倍 does not (at one decimal)."""
    current = parse_figure("20.9").interval()
    prior = parse_figure("12.4").interval()
    assert Verdict.CONSISTENT is check_multiple(current, prior, multiple_ratio("1.7倍")).verdict
    assert Verdict.INCONSISTENT is check_multiple(current, prior, multiple_ratio("2.0倍")).verdict


def test_average_growth_from_levels() -> None:
    """从12.4亿元增长到20.9亿元, 年均增长6.7% over 8 years: 20.9/12.4 = ×1.685, 6.74% a year."""
    result = check_average_growth(
        parse_figure("6.7%").interval(),
        8,
        current=parse_figure("20.9").interval(),
        prior=parse_figure("12.4").interval(),
    )
    assert Verdict.CONSISTENT is result.verdict
    wrong = check_average_growth(
        parse_figure("7.7%").interval(),
        8,
        current=parse_figure("20.9").interval(),
        prior=parse_figure("12.4").interval(),
    )
    assert Verdict.INCONSISTENT is wrong.verdict


def test_average_growth_against_a_multiple() -> None:
    """是2006年的1.91倍 with 年均增长13.8% over 5 years: 1.91^(1/5) = 13.82%."""
    result = check_average_growth(
        parse_figure("13.8%").interval(), 5, ratio=multiple_ratio("1.91倍")
    )
    assert Verdict.CONSISTENT is result.verdict


def test_threshold() -> None:
    """529.5 is 首次超过500; 487.1 is not."""
    bound = parse_figure("首次超过500").interval()
    assert Verdict.CONSISTENT is check_threshold(parse_figure("529.5").interval(), bound).verdict
    assert Verdict.INCONSISTENT is check_threshold(parse_figure("487.1").interval(), bound).verdict


def test_direction_check() -> None:
    """100 → 105 is a rise, not a fall."""
    cur, pri = parse_figure("105").interval(), parse_figure("100").interval()
    assert Verdict.CONSISTENT is check_direction(cur, pri, 1).verdict
    assert Verdict.INCONSISTENT is check_direction(cur, pri, -1).verdict


@given(
    start=st.integers(min_value=10, max_value=100_000),
    end=st.integers(min_value=10, max_value=100_000),
    years=st.integers(min_value=1, max_value=20),
)
@example(start=2000, end=673, years=1)  # exactly −66.35%: a float says −66.3499…
@example(start=16, end=21, years=1)  # exactly 31.25%
def test_no_false_alarm_on_correct_average_growth(start: int, end: int, years: int) -> None:
    """A yearly rate rounded half-up to one decimal from two levels is consistent with them.

    (Python's own formatting rounds a float half to even: 21/16 over one year is exactly
    31.25%, which it prints as 31.2, where a report would print 31.3. The rate is worked
    out in 50-digit decimals, not floats: 2000 → 673 is exactly −66.35%, which a float
    holds as −66.34999… and rounds to 66.3.)
    """
    with localcontext() as ctx:
        ctx.prec = 50
        yearly = ((Decimal(end) / Decimal(start)) ** (Decimal(1) / Decimal(years)) - 1) * 100
        rounded = abs(yearly).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    stated = parse_figure(f"{rounded}%") if yearly >= 0 else parse_figure(f"下降{rounded}%")
    result = check_average_growth(
        stated.interval(), years, current=Interval.point(end), prior=Interval.point(start)
    )
    assert Verdict.CONSISTENT is result.verdict


@given(
    start=st.integers(min_value=10, max_value=10_000),
    end=st.integers(min_value=10, max_value=10_000),
    years=st.integers(min_value=1, max_value=15),
    tenths=st.integers(min_value=-300, max_value=3000),
)
def test_scalar_and_frame_layers_agree(start: int, end: int, years: int, tenths: int) -> None:
    """The float frame layer decides as the exact scalar layer, away from exact ties."""
    rate = (
        parse_figure(f"{tenths / 10:.1f}%")
        if tenths >= 0
        else parse_figure(f"下降{-tenths / 10:.1f}%")
    )
    interval = rate.interval()
    assert interval.lo is not None and interval.hi is not None
    implied = growth_ratio(interval, years)
    assert implied.lo is not None and implied.hi is not None
    ratio = Fraction(end, start)
    # Floats cannot settle a ratio within 1e-9 of an end: those cases are the scalar layer's.
    assume(min(abs(ratio - implied.lo), abs(ratio - implied.hi)) > Fraction(1, 10**9))
    scalar = check_average_growth(
        interval, years, current=Interval.point(end), prior=Interval.point(start)
    )
    frame = pl.LazyFrame(
        {
            col.PRIOR_LO: [float(start)],
            col.PRIOR_HI: [float(start)],
            col.CURRENT_LO: [float(end)],
            col.CURRENT_HI: [float(end)],
            col.YEARS: [years],
            col.STATED_LO: [float(interval.lo)],
            col.STATED_HI: [float(interval.hi)],
        }
    )
    assert [scalar.verdict.value] == average_growth_frame(frame).collect().get_column(
        "verdict"
    ).to_list()
