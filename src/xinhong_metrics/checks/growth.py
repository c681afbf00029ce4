"""Levels over years: multiples (倍), average annual growth (年均增长), thresholds, directions.

Each is decided exactly: a yearly rate ``r`` over ``n`` years maps to the ratio
``(1 + r)^n``, a rational for whole ``n``, so a stated 年均增长 and a stated 倍 are
compared as intervals of ratios without rounding error.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import (
    LEVEL_COLUMNS,
    from_positive,
    meets,
    unless_missing,
    verdict_of,
)
from xinhong_metrics.errors import UsageError
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval

__all__ = [
    "AVERAGE_GROWTH_ID",
    "DIRECTION_ID",
    "MULTIPLE_ID",
    "THRESHOLD_ID",
    "GrowthCheck",
    "average_growth_frame",
    "check_average_growth",
    "check_direction",
    "check_multiple",
    "check_threshold",
    "growth_ratio",
    "multiple_frame",
    "threshold_frame",
]

MULTIPLE_ID = "multiple"
AVERAGE_GROWTH_ID = "average-growth"
THRESHOLD_ID = "threshold"
DIRECTION_ID = "direction"
_HUNDRED = Fraction(100)
# Report years run from 1949 to 2100 (model.Year): no span compounds longer.
MAX_YEARS = 151
_POSITIVE = Interval(Fraction(0), None, False, False)


@dataclass(frozen=True)
class GrowthCheck:
    """The verdict with what was recomputed.

    Attributes:
        verdict: consistent, inconsistent or unverifiable.
        recomputed: the interval recomputed from the other figures (a ratio, a yearly
            rate in percent, or an implied earlier level), or ``None``.
    """

    verdict: Verdict
    recomputed: Interval | None


def growth_ratio(rate_percent: Interval, years: int) -> Interval:
    """The ratio ``(1 + r/100)^years`` for every yearly rate in the interval, exactly.

    A yearly fall of 100% or more leaves nothing to compound: those rates are dropped,
    and an interval holding only them gives an empty ratio, which meets no level.

    Raises:
        UsageError: when ``years`` is not a whole number from 1 to ``MAX_YEARS``.
    """
    if isinstance(years, bool) or not isinstance(years, int) or not 0 < years <= MAX_YEARS:
        raise UsageError(f"average growth needs a whole number of years from 1 to {MAX_YEARS}")
    base = rate_percent.scale(1 / _HUNDRED).shift(1).intersect(_POSITIVE)
    if base.is_empty or base.lo is None:
        return Interval(Fraction(1), Fraction(0), False, False)
    hi = None if base.hi is None else base.hi**years
    return Interval(base.lo**years, hi, base.lo_closed, base.hi_closed)


def yearly_rate(ratio: Interval, years: int) -> tuple[float, float | None]:
    """The yearly rate in percent (floats, for people) that a ratio over ``years`` implies."""
    assert ratio.lo is not None
    lo = (float(ratio.lo) ** (1 / years) - 1) * 100
    hi = None if ratio.hi is None else (float(ratio.hi) ** (1 / years) - 1) * 100
    return lo, hi


def check_multiple(current: Interval, prior: Interval | None, ratio: Interval) -> GrowthCheck:
    """Decide a multiple against the levels at both ends, or give the implied earlier level.

    Args:
        current: the later level.
        prior: the earlier level, when stated anywhere.
        ratio: the stated ratio (see :func:`xinhong_metrics.numbers.multiple_ratio`).
    """
    if prior is None:
        return GrowthCheck(Verdict.UNVERIFIABLE, current.divide(ratio.intersect(_POSITIVE)))
    computed = current.divide(prior.intersect(_POSITIVE))
    verdict = Verdict.CONSISTENT if computed.overlaps(ratio) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, computed)


def check_average_growth(
    rate_percent: Interval,
    years: int,
    *,
    ratio: Interval | None = None,
    current: Interval | None = None,
    prior: Interval | None = None,
) -> GrowthCheck:
    """Decide a stated average annual growth against levels or a stated multiple.

    Args:
        rate_percent: the stated yearly rate, in percent.
        years: the number of years it compounds over.
        ratio: a multiple stated for the same span, if any.
        current: the later level, if stated.
        prior: the earlier level, if stated.

    Returns:
        Consistent when the ratio the rate implies meets the ratio of the levels (or
        the stated multiple); the recomputed interval is that ratio.
    """
    implied = growth_ratio(rate_percent, years)
    if current is not None and prior is not None:
        computed = current.divide(prior.intersect(_POSITIVE))
    elif ratio is not None:
        computed = ratio
    else:
        return GrowthCheck(Verdict.UNVERIFIABLE, implied)
    verdict = Verdict.CONSISTENT if computed.overlaps(implied) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, computed)


def check_threshold(value: Interval, bound: Interval) -> GrowthCheck:
    """Decide whether a level can lie where the threshold words put it.

    Args:
        value: the level's interval.
        bound: the interval the words allow (首次超过500 → (500, ∞)).
    """
    verdict = Verdict.CONSISTENT if value.overlaps(bound) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, value)


def check_direction(current: Interval, prior: Interval, direction: int) -> GrowthCheck:
    """Decide a change stated by direction only against both levels.

    Args:
        current: the later level.
        prior: the earlier level.
        direction: +1 for a rise, -1 for a fall, 0 for 持平 (no change within rounding).

    Returns:
        Consistent when some values in the two intervals move the stated way; the
        recomputed interval is the difference ``current - prior``.
    """
    difference = current.add(-prior)
    if direction > 0:
        wanted = Interval(Fraction(0), None, False, False)
    elif direction < 0:
        wanted = Interval(None, Fraction(0), False, False)
    else:
        wanted = Interval.point(0)
    verdict = Verdict.CONSISTENT if difference.overlaps(wanted) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, difference)


def average_growth_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many average-growth claims against their levels: the frame layer.

    Input columns: ``prior_lo``, ``prior_hi``, ``current_lo``, ``current_hi`` (positive
    level bounds), ``years``, ``stated_lo``, ``stated_hi`` (the yearly rate's bounds in
    percent). Ends are taken as closed: the frame layer works in floats, and agrees
    with :func:`check_average_growth` except on exact ties at an open end.
    Adds ``verdict``.
    """
    years = pl.col(col.YEARS).cast(pl.Float64)
    ratio_lo = pl.col(col.CURRENT_LO) / pl.col(col.PRIOR_HI)
    ratio_hi = pl.col(col.CURRENT_HI) / pl.col(col.PRIOR_LO)
    implied_lo = (1 + pl.col(col.STATED_LO) / 100).pow(years)
    implied_hi = (1 + pl.col(col.STATED_HI) / 100).pow(years)
    verdict = verdict_of(meets(ratio_lo, ratio_hi, implied_lo, implied_hi))
    return frame.with_columns(
        from_positive(unless_missing(verdict, [*LEVEL_COLUMNS, col.YEARS])).alias(col.VERDICT)
    )


def multiple_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many multiples against their levels: the frame layer of :func:`check_multiple`.

    Input columns: ``prior_lo``, ``prior_hi``, ``current_lo``, ``current_hi`` (positive
    level bounds) and ``stated_lo``, ``stated_hi`` (the ratio a 倍 phrase states, see
    :func:`xinhong_metrics.numbers.multiple_ratio`). Floats, ends closed. Adds ``verdict``.
    """
    ratio_lo = pl.col(col.CURRENT_LO) / pl.col(col.PRIOR_HI)
    ratio_hi = pl.col(col.CURRENT_HI) / pl.col(col.PRIOR_LO)
    fits = meets(ratio_lo, ratio_hi, pl.col(col.STATED_LO), pl.col(col.STATED_HI))
    verdict = from_positive(unless_missing(verdict_of(fits), LEVEL_COLUMNS))
    return frame.with_columns(verdict.alias(col.VERDICT))


def threshold_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many thresholds: the frame layer of :func:`check_threshold`.

    Input columns: ``current_lo``, ``current_hi`` (the level) and ``stated_lo``,
    ``stated_hi`` (the bound's interval; a null end is unbounded, as in 超过500:
    (500, ∞)). Floats, ends closed. Adds ``verdict``.
    """
    fits = meets(
        pl.col(col.CURRENT_LO), pl.col(col.CURRENT_HI), pl.col(col.STATED_LO), pl.col(col.STATED_HI)
    )
    verdict = unless_missing(verdict_of(fits), [col.CURRENT_LO, col.CURRENT_HI])
    # The bound's ends may be null (unbounded), but never NaN.
    nan_bound = pl.any_horizontal(
        pl.col(c).cast(pl.Float64).is_nan().fill_null(False) for c in (col.STATED_LO, col.STATED_HI)
    )
    verdict = pl.when(nan_bound).then(pl.lit(Verdict.UNVERIFIABLE.value)).otherwise(verdict)
    return frame.with_columns(verdict.alias(col.VERDICT))
