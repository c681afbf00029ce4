"""Levels over years: the multiple (倍) and average annual growth (年均增长) families.

Each is decided exactly: a yearly rate ``r`` over ``n`` years maps to the ratio
``(1 + r)^n``, a rational for whole ``n``, so a stated 年均增长 and a stated 倍 are
compared as intervals of ratios without rounding error.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import Context, Result, against_label, no_value
from xinhong_metrics.checks._whole import (
    LEVEL_COLUMNS,
    from_positive,
    meets,
    unless_missing,
    verdict_of,
)
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.errors import UsageError
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import AverageGrowth, Multiple
from xinhong_metrics.numbers import parse_figure
from xinhong_metrics.phrases import multiple_ratio

__all__ = [
    "AVERAGE_GROWTH_ID",
    "FAMILIES",
    "MULTIPLE_ID",
    "GrowthCheck",
    "average_growth_frame",
    "check_average_growth",
    "check_multiple",
    "growth_ratio",
    "multiple_frame",
]

MULTIPLE_ID = "multiple"
AVERAGE_GROWTH_ID = "average-growth"
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
        ratio: the stated ratio (see :func:`xinhong_metrics.phrases.multiple_ratio`).
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
    :func:`xinhong_metrics.phrases.multiple_ratio`). Floats, ends closed. Adds ``verdict``.
    """
    ratio_lo = pl.col(col.CURRENT_LO) / pl.col(col.PRIOR_HI)
    ratio_hi = pl.col(col.CURRENT_HI) / pl.col(col.PRIOR_LO)
    fits = meets(ratio_lo, ratio_hi, pl.col(col.STATED_LO), pl.col(col.STATED_HI))
    verdict = from_positive(unless_missing(verdict_of(fits), LEVEL_COLUMNS))
    return frame.with_columns(verdict.alias(col.VERDICT))


def _decide_multiple(ctx: Context, claim: Multiple) -> Result:
    ind = ctx.indicator(claim.indicator)
    ratio = multiple_ratio(claim.stated, ctx.rounding)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    check = MULTIPLE_ID
    cur = ctx.level(current)
    if cur is None:
        return no_value(check, ind, claim.period)
    result = check_multiple(cur, ctx.level(prior), ratio)
    assert result.recomputed is not None
    if prior is None:
        implied = result.recomputed.format(2, ind.unit)
        message = (
            f"{claim.stated} means ×{ratio.format(3)}; it implies {against_label(claim)} at "
            f"{implied}, and no {against_label(claim)} figure is stated to compare"
        )
        return Result(
            check, ind.name, Verdict.UNVERIFIABLE, f"{against_label(claim)} {implied}", message
        )
    shown = result.recomputed.format(3)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    later = current.value.figure if current else ""
    message = (
        f"{later}{ind.unit} over {prior.shown} is ×{shown}; "
        f"{claim.stated} (×{ratio.format(3)}) {verb}"
    )
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    if result.verdict is Verdict.INCONSISTENT and (
        basis != "nominal" or crossyear.above_scale(ind.name)
    ):
        # 地区生产总值…是2015年的1.4倍: output's multiple may be real, its levels nominal.
        reason = (
            "the multiple may be at comparable prices, or of each year's set above the size "
            "threshold, while the levels are nominal"
        )
        return Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            f"×{shown}",
            f"not comparable: {reason}; {message}",
            reports=(prior.report_id,),
        )
    return Result(check, ind.name, result.verdict, f"×{shown}", message, reports=(prior.report_id,))


def _decide_average_growth(ctx: Context, claim: AverageGrowth) -> Result:
    ind = ctx.indicator(claim.indicator)
    rate = parse_figure(claim.stated)
    check = AVERAGE_GROWTH_ID
    if not isinstance(claim.against, int) or claim.against >= claim.period:
        message = "the start year must be an earlier year"
        return Result(check, ind.name, Verdict.UNVERIFIABLE, "no span of years", message)
    years = claim.period - claim.against
    span = f"{claim.against}–{claim.period}"
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    implied = growth_ratio(rate.interval(ctx.rounding), years)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    cur, pri = ctx.level(current), ctx.level(prior)
    multiple = _stated_multiple(ctx, claim)
    over = f"×{implied.format(3)} over {years} years"
    if claim.scope and pri is not None:
        reason = f"the yearly rate is on its own scope ({claim.scope}), the levels as published"
        return Result(check, ind.name, Verdict.NOT_COMPARABLE, over, f"not comparable: {reason}")
    # A stated multiple is decided in its own price basis: a GDP multiple beside a GDP
    # rate is real like the rate, unless the file says otherwise.
    same_basis = multiple is not None and multiple[2] == basis
    levels_fit = basis != "comparable" and cur is not None and pri is not None
    if multiple is not None and same_basis and not levels_fit:
        ratio, multiple_text, _ = multiple
        result = check_average_growth(rate.interval(ctx.rounding), years, ratio=ratio)
        against = f"the stated {multiple_text} ({basis} basis, as the rate)"
        reports: tuple[str, ...] = ()
    elif levels_fit and prior is not None and cur is not None and pri is not None:
        result = check_average_growth(rate.interval(ctx.rounding), years, current=cur, prior=pri)
        against = f"{prior.shown} in {claim.against}"
        reports = (prior.report_id,)
    elif pri is not None or multiple is not None:
        what = "the levels are nominal" if multiple is None else "the multiple's basis differs"
        if multiple is not None:
            what = f"the stated {multiple[1]} is {multiple[2]}"
        reason = f"the yearly rate is at {basis} prices while {what}"
        if basis == "comparable":
            reason = f"the yearly rate is at comparable prices (可比价) while {what}"
        # The earlier level kept apart still names its report: the link is shown.
        apart = () if prior is None or prior.report_id == ctx.report_id else (prior.report_id,)
        if prior is not None and multiple is None:
            reason += f" ({prior.shown} in {claim.against}, {prior.report_id})"
        message = f"not comparable: {reason}"
        return Result(check, ind.name, Verdict.NOT_COMPARABLE, over, message, reports=apart)
    else:
        message = (
            f"{rate.text} a year over {years} years ({span}) means ×{implied.format(3)}; no "
            f"{claim.against} level or multiple is stated to compare"
        )
        return Result(check, ind.name, Verdict.UNVERIFIABLE, f"×{implied.format(3)}", message)
    assert result.recomputed is not None
    lo, hi = yearly_rate(result.recomputed, years)
    yearly = f"{lo:.2f}–{hi:.2f}%" if hi is not None else f"at least {lo:.2f}%"
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{against} gives ×{result.recomputed.format(3)} over {years} years ({span}), a yearly "
        f"{yearly}; {rate.text} (×{implied.format(3)}) {verb}"
    )
    levels_basis = basis if multiple is None else None  # decided against the levels
    verdict, message = _average_excused(ctx, claim, result.verdict, message, levels_basis)
    return Result(check, ind.name, verdict, f"yearly {yearly}", message, reports=reports)


def _average_excused(
    ctx: Context, claim: AverageGrowth, verdict: Verdict, message: str, basis: str | None
) -> tuple[Verdict, str]:
    """A misfit of an average growth that is no error: its basis, or a revised level.

    规模以上工业增加值…年均增长6.9%: value added grows at comparable prices, and an
    above-scale measure on each year's set of enterprises: no test of nominal levels. An
    earlier report's level that was an estimate or was revised excuses it as for a change.
    """
    if verdict is not Verdict.INCONSISTENT:
        return verdict, message
    ind = ctx.indicator(claim.indicator)
    if basis is not None and (basis == "unknown" or crossyear.above_scale(ind.name)):
        reason = (
            "the yearly rate of value added may be at comparable prices, or of each year's "
            "set of enterprises above the size threshold, while the levels are nominal"
        )
        return Verdict.NOT_COMPARABLE, f"not comparable: {reason}; {message}"
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    if prior is None or current is None:
        return verdict, message
    if prior.report_id == ctx.report_id and not prior.value.estimate:
        return verdict, message
    others = ctx.reports.values(ctx.entity, claim.indicator, prior.value.period)
    return crossyear.unless_revised(verdict, message, current, prior, others)


def _stated_multiple(ctx: Context, claim: AverageGrowth) -> tuple[Interval, str, str] | None:
    """The multiple stated for the same span: its ratio, its text and its price basis."""
    for other in ctx.loaded.report.claims:
        if (
            isinstance(other, Multiple)
            and other.indicator == claim.indicator
            and other.period == claim.period
            and other.against == claim.against
        ):
            basis = crossyear.infer_basis(other.basis, other.quote, ctx.indicator(other.indicator))
            return multiple_ratio(other.stated, ctx.rounding), other.stated, basis
    return None


def _as_written(_ctx: Context, claim: Multiple | AverageGrowth) -> str:
    return claim.stated


FAMILIES = (
    Family("multiple", MULTIPLE_ID, _decide_multiple, _as_written, multiple_frame),
    Family(
        "average_growth",
        AVERAGE_GROWTH_ID,
        _decide_average_growth,
        _as_written,
        average_growth_frame,
    ),
)
