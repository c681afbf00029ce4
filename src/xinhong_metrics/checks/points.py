"""Percentage-point changes (比上年提高2.3个百分点): the prior rate a change implies."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import LEVEL_COLUMNS, meets, unless_missing, verdict_of
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.numbers import Rounding, StatedNumber

__all__ = [
    "CHECK_ID",
    "PointCheck",
    "check_point_change",
    "check_points_between",
    "points_between_frame",
]

CHECK_ID = "point-change"
_SHARE_RANGE = Interval(Fraction(0), Fraction(100), True, True)


@dataclass(frozen=True)
class PointCheck:
    """The prior rate a change in points implies.

    Attributes:
        verdict: inconsistent when the prior would fall outside 0–100%, else
            unverifiable (within one report there is no prior rate to compare).
        prior: the interval of the prior rate, in percent.
    """

    verdict: Verdict
    prior: Interval


def check_point_change(
    current: StatedNumber,
    change: StatedNumber,
    *,
    bounded: bool = True,
    rounding: Rounding = Rounding.HALF_UP,
) -> PointCheck:
    """Recompute the prior rate as the current rate minus the change in points.

    Args:
        current: the current rate, in percent.
        change: the stated change, in percentage points, with its direction.
        bounded: whether the rate is a share and so lies in 0–100%.
        rounding: how both figures were rounded.

    Returns:
        The prior and the verdict.
    """
    prior = current.interval(rounding).add(-change.interval(rounding))
    if bounded and prior.intersect(_SHARE_RANGE).is_empty:
        return PointCheck(Verdict.INCONSISTENT, prior)
    return PointCheck(Verdict.UNVERIFIABLE, prior)


def check_points_between(current: Interval, prior: Interval, change: Interval) -> PointCheck:
    """Decide a change in points against both rates, each with its rounding.

    Returns:
        The verdict, with ``prior`` holding the recomputed difference ``current - prior``.
    """
    difference = current.add(-prior)
    verdict = Verdict.CONSISTENT if difference.overlaps(change) else Verdict.INCONSISTENT
    return PointCheck(verdict, difference)


def points_between_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many changes in points against both rates: the frame layer.

    Input columns: ``prior_lo``, ``prior_hi``, ``current_lo``, ``current_hi`` (the two
    rates' bounds, in percent) and ``stated_lo``, ``stated_hi`` (the change in points).
    Floats, ends closed, agreeing with :func:`check_points_between` away from exact
    ties at an open end. Adds ``verdict``.
    """
    difference_lo = pl.col(col.CURRENT_LO) - pl.col(col.PRIOR_HI)
    difference_hi = pl.col(col.CURRENT_HI) - pl.col(col.PRIOR_LO)
    fits = meets(difference_lo, difference_hi, pl.col(col.STATED_LO), pl.col(col.STATED_HI))
    verdict = unless_missing(verdict_of(fits), LEVEL_COLUMNS)
    return frame.with_columns(verdict.alias(col.VERDICT))
