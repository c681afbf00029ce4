"""Percentage-point changes (比上年提高2.3个百分点): the prior rate a change implies."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import (
    Context,
    Result,
    against_label,
    not_comparable,
)
from xinhong_metrics.checks._whole import (
    LEVEL_COLUMNS,
    SHARE_RANGE,
    meets,
    unless_missing,
    verdict_of,
)
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.lexicon import is_share_name
from xinhong_metrics.model import PointChange
from xinhong_metrics.numbers import Rounding, StatedNumber, parse_figure
from xinhong_metrics.reports import StatedValue

__all__ = [
    "CHECK_ID",
    "FAMILIES",
    "PointCheck",
    "check_point_change",
    "check_points_between",
    "points_between_frame",
]

CHECK_ID = "point-change"


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
    if bounded and prior.intersect(SHARE_RANGE).is_empty:
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


def _decide(ctx: Context, claim: PointChange) -> Result:
    ind = ctx.indicator(claim.indicator)
    change = parse_figure(claim.stated)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    check = CHECK_ID
    if current is None:
        message = f"no figure for {ind.name} is stated, so the change cannot be recomputed"
        return Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)
    # 出生率6.02‰，提高0.16个千分点: points of a per-mille rate are thousandths.
    rate_unit = "‰" if "千分点" in claim.stated else "%"
    if ind.unit != rate_unit:
        # 地区生产总值40356.82亿元，同比增长5.3%，…比上年同期回落0.3个百分点: the points
        # are of the growth rate, not of the level in 亿元.
        message = (
            f"a change in points is of a rate in {rate_unit}, and {ind.name} is measured in "
            f"{ind.unit}: the points are of another rate (its growth, its share), not stated here"
        )
        return Result(check, ind.name, Verdict.NOT_COMPARABLE, "not a rate", message)
    if prior is not None:
        check = crossyear.POINTS_ID if prior.report_id != ctx.report_id else check
        reports = (prior.report_id,)
        scope = crossyear.own_scope(claim.scope)
        reason = crossyear.comparability("nominal", scope, current, prior, claim_span=claim.span)
        where = f"{prior.value.figure}{rate_unit} ({prior.report_id})"
        if reason is not None:
            return not_comparable(check, ind, claim, where, reason, reports)
        result = _decide_points(current, prior, change, ctx.rounding)
        span = result.computed.format(2, " points")
        recomputed = f"{format_number(result.point)} points ({span})"
        verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
        message = (
            f"{current.value.figure}{rate_unit} against {where} is {format_number(result.point)} "
            "points, "
            f"{span} within rounding: {change.text} {verb}"
        )
        verdict, message = crossyear.explained_by_note(claim.scope, result.verdict, message)
        if prior.report_id != ctx.report_id:
            others = ctx.reports.values(ctx.entity, claim.indicator, prior.value.period)
            verdict, message = crossyear.unless_revised(verdict, message, current, prior, others)
        return Result(check, ind.name, verdict, recomputed, message, reports=reports)
    # A growth rate (增速 -2.3%) may have been below 0: only a share's prior is bounded.
    bounded = rate_unit == "%" and is_share_name(ind.name)
    number = current.value.number()
    single = check_point_change(number, change, bounded=bounded, rounding=ctx.rounding)
    prior_text = single.prior.format(2, rate_unit)
    recomputed = f"prior {prior_text}"
    if single.verdict is Verdict.INCONSISTENT:
        message = f"{ind.name} is a share, and its prior would be {prior_text}, outside 0–100%"
    else:
        message = f"implies {against_label(claim)} at {prior_text}; no figure to compare"
    return Result(check, ind.name, single.verdict, recomputed, message)


def _stated(_ctx: Context, claim: PointChange) -> str:
    return claim.stated


FAMILIES = (Family("point_change", CHECK_ID, _decide, _stated, points_between_frame),)


def _decide_points(
    current: StatedValue, prior: StatedValue, change: StatedNumber, rounding: Rounding
) -> crossyear.ChangeAcross:
    """Decide a change in percentage points against both rates."""
    result = check_points_between(
        current.interval(rounding), prior.interval(rounding), change.interval(rounding)
    )
    point = current.point() - prior.point()
    return crossyear.ChangeAcross(result.verdict, result.prior, point)
