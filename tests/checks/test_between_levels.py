"""Claims between two stated levels: no false alarms under any rounding model, and detection.

Levels are drawn as decimals and printed to a few places; the stated figure is rounded
from the true values under the model; the check, reading every figure under that same
model, must never call it inconsistent. A figure moved past everything the levels allow
must be caught.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import polars as pl
from hypothesis import assume, given
from hypothesis import strategies as st

from xinhong_metrics import (
    Interval,
    Rounding,
    Verdict,
    check_average_growth,
    check_multiple,
    check_threshold,
    parse_figure,
)
from xinhong_metrics import columns as col
from xinhong_metrics.checks.growth import multiple_frame
from xinhong_metrics.checks.points import check_points_between, points_between_frame
from xinhong_metrics.checks.relative_change import (
    change_between,
    change_between_frame,
    check_change_between,
)
from xinhong_metrics.checks.threshold import threshold_frame
from xinhong_metrics.strategies import round_magnitude

models = st.sampled_from(list(Rounding))
levels = st.integers(min_value=1_000, max_value=10_000_000)  # in hundredths


def printed(hundredths: int, places: int, model: Rounding) -> str:
    """A level in hundredths printed to ``places`` decimals under the model."""
    digits = round_magnitude(Fraction(hundredths, 100), places, model)
    return str(Decimal(digits).scaleb(-places))


def stated(x: Fraction, places: int, model: Rounding, suffix: str = "%") -> str:
    digits = round_magnitude(x, places, model)
    text = str(Decimal(digits).scaleb(-places)) + suffix
    return ("下降" if x < 0 else "增长") + text if suffix == "%" else text


@given(
    prior=levels,
    current=levels,
    places=st.integers(0, 2),
    rate_places=st.integers(0, 2),
    model=models,
)
def test_relative_change_between_levels(
    prior: int, current: int, places: int, rate_places: int, model: Rounding
) -> None:
    """A change rounded from the true levels fits the printed levels; one past them does not."""
    true = (Fraction(current, prior) - 1) * 100
    cur = parse_figure(printed(current, places, model)).interval(model)
    pri = parse_figure(printed(prior, places, model)).interval(model)
    assume(pri.lo is not None and pri.lo > 0)
    change = parse_figure(stated(true, rate_places, model)).interval(model)
    assert Verdict.CONSISTENT is check_change_between(cur, pri, change)
    allowed = change_between(cur, pri)
    assert allowed.hi is not None
    beyond = parse_figure(stated(allowed.hi + 2, rate_places, model)).interval(model)
    assert Verdict.INCONSISTENT is check_change_between(cur, pri, beyond)


@given(prior=st.integers(0, 10_000), current=st.integers(0, 10_000), model=models)
def test_points_between_rates(prior: int, current: int, model: Rounding) -> None:
    """A change in points rounded from two rates (in hundredths of %) fits their printing."""
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    diff = Fraction(current - prior, 100)
    change = parse_figure(stated(diff, 1, model, "个百分点")).interval(model)
    if diff < 0:
        change = -change
    assert Verdict.CONSISTENT is check_points_between(cur, pri, change).verdict


@given(prior=levels, current=levels, model=models)
def test_multiple_between_levels(prior: int, current: int, model: Rounding) -> None:
    """A multiple rounded to two places from the true levels fits their printing."""
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    assume(pri.lo is not None and pri.lo > 0)
    ratio = parse_figure(stated(Fraction(current, prior), 2, model, "倍")).interval(model)
    assume(ratio.lo is not None and ratio.lo > 0)
    assert Verdict.CONSISTENT is check_multiple(cur, pri, ratio).verdict


@given(prior=levels, current=levels, years=st.integers(1, 12), model=models)
def test_average_growth_between_levels(
    prior: int, current: int, years: int, model: Rounding
) -> None:
    """A yearly rate rounded to one place from the true levels fits their printing."""
    yearly = (float(Fraction(current, prior)) ** (1 / years) - 1) * 100
    text = stated(Fraction(yearly).limit_denominator(10**12), 1, model)
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    assume(pri.lo is not None and pri.lo > 0)
    result = check_average_growth(parse_figure(text).interval(model), years, current=cur, prior=pri)
    assert Verdict.CONSISTENT is result.verdict


def _near_tie(*pairs: tuple[Fraction | None, Fraction | None]) -> bool:
    return any(
        a is not None and b is not None and abs(a - b) < Fraction(1, 10**9) for a, b in pairs
    )


def _frame(cur: Interval, pri: Interval, stated: Interval) -> pl.LazyFrame:
    def f(x: Fraction | None) -> float | None:
        return None if x is None else float(x)

    return pl.LazyFrame(
        {
            col.CURRENT_LO: [f(cur.lo)],
            col.CURRENT_HI: [f(cur.hi)],
            col.PRIOR_LO: [f(pri.lo)],
            col.PRIOR_HI: [f(pri.hi)],
            col.STATED_LO: [f(stated.lo)],
            col.STATED_HI: [f(stated.hi)],
        },
        schema=dict.fromkeys(
            (
                col.CURRENT_LO,
                col.CURRENT_HI,
                col.PRIOR_LO,
                col.PRIOR_HI,
                col.STATED_LO,
                col.STATED_HI,
            ),
            pl.Float64,
        ),
    )


@given(
    prior=levels,
    current=levels,
    digits=st.integers(0, 5000),
    sign=st.sampled_from([-1, 1]),
    model=models,
)
def test_change_between_layers_agree(
    prior: int, current: int, digits: int, sign: int, model: Rounding
) -> None:
    """The frame layer of the cross-year change decides as the scalar layer, away from ties."""
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    change = parse_figure(("下降" if sign < 0 else "增长") + f"{digits / 10:.1f}%").interval(model)
    allowed = change_between(cur, pri)
    assume(not _near_tie((allowed.lo, change.hi), (allowed.hi, change.lo)))
    out = change_between_frame(_frame(cur, pri, change)).collect()[col.VERDICT].to_list()
    assert [check_change_between(cur, pri, change).value] == out


@given(
    prior=st.integers(0, 10_000),
    current=st.integers(0, 10_000),
    tenths=st.integers(-500, 500),
    model=models,
)
def test_points_between_layers_agree(
    prior: int, current: int, tenths: int, model: Rounding
) -> None:
    """The frame layer of points decides as the scalar layer, away from ties."""
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    text = ("下降" if tenths < 0 else "提高") + f"{abs(tenths) / 10:.1f}个百分点"
    change = parse_figure(text).interval(model)
    result = check_points_between(cur, pri, change)
    assume(not _near_tie((result.prior.lo, change.hi), (result.prior.hi, change.lo)))
    out = points_between_frame(_frame(cur, pri, change)).collect()[col.VERDICT].to_list()
    assert [result.verdict.value] == out


@given(prior=levels, current=levels, hundredths=st.integers(1, 2000), model=models)
def test_multiple_layers_agree(prior: int, current: int, hundredths: int, model: Rounding) -> None:
    """The frame layer of multiples decides as the scalar layer, away from ties."""
    cur = parse_figure(printed(current, 1, model)).interval(model)
    pri = parse_figure(printed(prior, 1, model)).interval(model)
    ratio = parse_figure(f"{hundredths / 100:.2f}倍").interval(model)
    result = check_multiple(cur, pri, ratio)
    assert result.recomputed is not None
    assume(not _near_tie((result.recomputed.lo, ratio.hi), (result.recomputed.hi, ratio.lo)))
    out = multiple_frame(_frame(cur, pri, ratio)).collect()[col.VERDICT].to_list()
    assert [result.verdict.value] == out


@given(
    level=levels, bound=st.integers(1, 100_000), word=st.sampled_from(["超过", "不足", "约", ""])
)
def test_threshold_layers_agree(level: int, bound: int, word: str) -> None:
    """The frame layer of thresholds decides as the scalar layer, away from ties."""
    value = parse_figure(printed(level, 1, Rounding.HALF_UP)).interval()
    stated = parse_figure(f"{word}{bound}").interval()
    assume(not _near_tie((value.lo, stated.hi), (value.hi, stated.lo)))
    out = threshold_frame(_frame(value, Interval.point(1), stated)).collect()[col.VERDICT].to_list()
    assert [check_threshold(value, stated).verdict.value] == out
