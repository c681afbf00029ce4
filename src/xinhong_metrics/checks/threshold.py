"""The threshold family: a level against a bound (首次超过500亿元, 突破1000亿元)."""

from __future__ import annotations

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import Context, Result, no_value
from xinhong_metrics.checks._whole import meets, unless_missing, verdict_of
from xinhong_metrics.checks.growth import GrowthCheck
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import Threshold
from xinhong_metrics.numbers import parse_figure

__all__ = ["CHECK_ID", "FAMILIES", "check_threshold", "threshold_frame"]

CHECK_ID = "threshold"


def check_threshold(value: Interval, bound: Interval) -> GrowthCheck:
    """Decide whether a level can lie where the threshold words put it.

    Args:
        value: the level's interval.
        bound: the interval the words allow (首次超过500 → (500, ∞)).
    """
    verdict = Verdict.CONSISTENT if value.overlaps(bound) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, value)


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


def _decide(ctx: Context, claim: Threshold) -> Result:
    ind = ctx.indicator(claim.indicator)
    bound = parse_figure(claim.stated)
    bound_interval = bound.interval(ctx.rounding)
    check = CHECK_ID
    value = ctx.level(ctx.stated(claim.indicator, claim.period))
    if value is None:
        return no_value(check, ind, claim.period)
    result = check_threshold(value, bound_interval)
    shown = value.format(2, ind.unit)
    if result.verdict is Verdict.INCONSISTENT:
        message = f"{ind.name} is {shown}, which is not {claim.stated}{ind.unit}"
        return Result(check, ind.name, result.verdict, shown, message)
    message = f"{ind.name} {shown} is {claim.stated}{ind.unit}"
    if not claim.first_time:
        return Result(check, ind.name, result.verdict, shown, message)
    prior = ctx.prior(claim.indicator, claim.period - 1)
    earlier = ctx.level(prior)
    if earlier is None or prior is None:
        message += f"; no {claim.period - 1} figure is stated to confirm it is the first time"
        return Result(check, ind.name, result.verdict, shown, message)
    reports = (prior.report_id,)
    reason = crossyear.comparability(
        "nominal", None, ctx.stated(claim.indicator, claim.period), prior
    )
    if reason is None and prior.value.estimate:
        reason = f"{prior.shown} was an estimate (预计)"
    if reason is not None:
        message += (
            f"; whether it is the first time is not decided: {claim.period - 1}'s "
            f"{prior.shown} ({prior.report_id}) is not comparable ({reason})"
        )
        return Result(check, ind.name, result.verdict, shown, message, reports=reports)
    if check_threshold(earlier, bound_interval).verdict is Verdict.CONSISTENT and (
        earlier.lo is not None and bound_interval.lo is not None and earlier.lo > bound_interval.lo
    ):
        message = (
            f"not the first time: {claim.period - 1} was already {prior.shown} ({prior.report_id})"
        )
        return Result(check, ind.name, Verdict.INCONSISTENT, shown, message, reports=reports)
    message += f", and {claim.period - 1} was {prior.shown}: the first time"
    return Result(check, ind.name, result.verdict, shown, message, reports=reports)


def _as_written(_ctx: Context, claim: Threshold) -> str:
    return claim.stated


FAMILIES = (Family("threshold", CHECK_ID, _decide, _as_written, threshold_frame),)
