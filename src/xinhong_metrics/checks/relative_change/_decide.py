"""The relative change family's decision on one claim, and its wording."""

from __future__ import annotations

import re

from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import (
    Context,
    Result,
    against_label,
    not_comparable,
)
from xinhong_metrics.checks._whole import SHARE_RANGE, say_percent, say_range
from xinhong_metrics.checks.relative_change._scalar import (
    CHECK_ID,
    check_change,
    describe,
    explain_inconsistent,
    implied_prior,
    smallest_whole_pair,
)
from xinhong_metrics.errors import UnitError
from xinhong_metrics.findings import Reading, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.lexicon import is_share_name
from xinhong_metrics.model import AbsoluteChange, Indicator, RelativeChange
from xinhong_metrics.numbers import NumberKind, Rounding, StatedNumber, parse_figure
from xinhong_metrics.reports import StatedValue
from xinhong_metrics.units import counts_whole

__all__ = ["decide", "stated"]

_MULTI_YEAR = re.compile(r"\d{4}\s*[—–\-~至到]\s*\d{4}")


def decide(ctx: Context, claim: RelativeChange) -> Result:
    change = parse_figure(claim.stated)
    main = ctx.indicator(claim.indicator)
    prior = ctx.prior(claim.indicator, claim.against)
    if prior is not None and not claim.also_refers_to and main.unit != "%":
        return _relative_across(ctx, claim, change, prior)
    if not claim.also_refers_to and main.unit != "%":
        beside = _beside_an_amount(ctx, claim, change)
        if beside is not None:
            return beside
    return _relative_alone(ctx, claim, change)


# Words that put an amount on another base than last year's level of the same measure.
_NOT_LAST_YEARS = re.compile(r"其中|主要是|主要原因|预算|计划|目标|年初")


def _past_shorter(a: str, b: str) -> str:
    """What the longer of two quotes, one the start of the other, says past the shorter."""
    return a[len(b) :] if len(a) >= len(b) else b[len(a) :]


def _beside_an_amount(ctx: Context, claim: RelativeChange, change: StatedNumber) -> Result | None:
    """增加71.5亿元，增长5.5%: the rate against the earlier level the amount gives.

    The report states the level and both changes against the same year, but not that
    year's level: the level less the amount is it, and the rate must fit it. Each figure
    is taken within its own rounding, the level independently in each reading, so only
    a rate no such levels allow is an error.
    """
    ind = ctx.indicator(claim.indicator)
    current = ctx.stated(claim.indicator, claim.period)
    amounts = [
        c
        for c in ctx.loaded.report.claims
        if isinstance(c, AbsoluteChange)
        and c.indicator == claim.indicator
        and c.period == claim.period
        and c.against == claim.against
        and c.scope == claim.scope
        # 新增各类市场主体2.36万户 is the entries, not the net change a rate gives.
        and not c.review
        # The level, its amount and its rate in one run of words (…亿元，比上年增加71.5亿元，
        # 增长5.5%): not a part's amount after 其中, nor one against a budget or plan.
        and c.offset == claim.offset
        and (claim.quote.startswith(c.quote) or c.quote.startswith(claim.quote))
        # The words past the shorter quote, not the measure's own name (一般公共预算收入).
        and not _NOT_LAST_YEARS.search(_past_shorter(c.quote, claim.quote))
    ]
    if current is None or len(amounts) != 1 or current.value.target:
        return None
    # A real rate (生产总值…增加Y亿元，增长5%) or one of a like-for-like set (规模以上) is
    # not the nominal amount's.
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    if basis != "nominal" or crossyear.above_scale(ind.name) or "产值" in ind.name:
        return None  # 农业总产值…增长4.0%: gross output grows at comparable prices too
    amount = amounts[0]
    try:
        level = current.converted(amount.unit).interval(ctx.rounding)
    except UnitError:
        return None
    from_amount = level.add(-parse_figure(amount.stated).interval(ctx.rounding))
    from_rate = implied_prior(level, change.interval(ctx.rounding))
    if from_amount.is_empty or from_rate.is_empty:
        return None
    shown = f"{from_rate.format(2, amount.unit)} by the rate, {from_amount.format(2, amount.unit)}"
    shown += f" by {amount.stated}{amount.unit}"
    if from_rate.overlaps(from_amount):
        verdict = Verdict.CONSISTENT
        message = f"{current.shown} puts {against_label(claim)} at {shown}: {change.text} fits"
    else:
        verdict = Verdict.INCONSISTENT
        message = (
            f"{current.shown} puts {against_label(claim)} at {shown}, which do not meet: "
            f"{change.text} and {amount.stated}{amount.unit} cannot both hold"
        )
    recomputed = f"prior {from_amount.format(2, amount.unit)}"
    return Result(CHECK_ID, ind.name, verdict, recomputed, message)


def _relative_across(
    ctx: Context, claim: RelativeChange, change: StatedNumber, prior: StatedValue
) -> Result:
    """A change with the earlier level known: from this report or another one."""
    ind = ctx.indicator(claim.indicator)
    current = ctx.stated(claim.indicator, claim.period)
    across = prior.report_id != ctx.report_id
    check = crossyear.CHANGE_ID if across else CHECK_ID
    reports = (prior.report_id,)
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    reason = crossyear.comparability(
        basis, crossyear.own_scope(claim.scope), current, prior, claim_span=claim.span
    )
    where = f"{prior.shown} ({prior.report_id})"
    if reason is not None:
        return not_comparable(check, ind, claim, where, reason, reports)
    if current is None:
        message = f"no figure for {ind.name} is stated for {claim.period}"
        return Result(
            check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message, reports=reports
        )
    base, prior_at = prior.interval(ctx.rounding), prior.point()
    if base.lo is None or base.lo < 0 or (base.lo == 0 and base.lo_closed) or prior_at <= 0:
        message = (
            f"the earlier level {where} may be 0 or below, and a change from 0 has no "
            f"relative rate: {change.text} cannot be recomputed"
        )
        return Result(
            check, ind.name, Verdict.UNVERIFIABLE, "no rate from 0", message, reports=reports
        )
    result = crossyear.decide_change(current, prior, change, ctx.rounding)
    span = result.computed.format(2, "%")
    recomputed = f"{say_percent(result.point)} ({span})"
    levels = f"{current.value.figure}{ind.unit} against {where}"
    gives = f"{levels} gives {say_percent(result.point)}"
    if result.verdict is Verdict.CONSISTENT:
        message = f"{gives}, and {span} within rounding: {change.text} fits"
    else:
        message = f"{gives}; within the rounding of both levels only {span}, not {change.text}"
        if result.holds_under:
            models = " or ".join(m.value for m in result.holds_under)
            message += f"; it holds if rounded by {models}"
    verdict, noted = crossyear.explained_by_note(claim.scope, result.verdict, message)
    if verdict is not result.verdict:
        return Result(check, ind.name, verdict, recomputed, noted, reports=reports)
    if basis == "unknown" and result.verdict is Verdict.INCONSISTENT:
        reason = (
            "growth of value added (增加值) or gross output (总产值) is often stated at comparable "
            "prices, and the report does not say which; set basis: nominal to make this an error"
        )
        if crossyear.above_scale(ind.name):
            reason = (
                "growth above the size threshold (规模以上) is computed on this year's set "
                "of enterprises (同口径), not from the published levels; set basis: nominal "
                "to make this an error"
            )
        return Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            recomputed,
            f"not comparable: {reason}; {message}",
            reports=reports,
        )
    if basis == "unknown":
        message += " (nominal levels; if the rate is at comparable prices, the match is loose)"
    verdict = result.verdict
    if across or prior.value.estimate:
        others = ctx.reports.values(ctx.entity, claim.indicator, prior.value.period)
        verdict, message = crossyear.unless_revised(verdict, message, current, prior, others)
    if prior.value.estimate and verdict is result.verdict:
        message += " (the earlier figure was an estimate, 预计)"
    return Result(check, ind.name, verdict, recomputed, message, reports=reports)


def _relative_alone(ctx: Context, claim: RelativeChange, change: StatedNumber) -> Result:
    main = ctx.indicator(claim.indicator)
    readings: list[Reading] = []
    for ind_id in (claim.indicator, *claim.also_refers_to):
        readings.extend(_change_readings(ctx, claim, ind_id, change))
    check = CHECK_ID
    if len(readings) == 1:
        only = readings[0]
        return Result(check, main.name, only.verdict, only.recomputed, only.message)
    possible = [r for r in readings if r.possible]
    if len(possible) == 1:
        chosen = possible[0]
        ruled_out = "; ".join(f"{r.label}: {r.message}" for r in readings if not r.possible)
        message = f"{chosen.label}: {chosen.message} (ruled out: {ruled_out})"
        return Result(check, main.name, chosen.verdict, chosen.recomputed, message, tuple(readings))
    if not possible:
        message = "no reading fits: " + "; ".join(f"{r.label}: {r.message}" for r in readings)
        return Result(
            check, main.name, Verdict.INCONSISTENT, "no reading fits", message, tuple(readings)
        )
    message = (
        f"{len(possible)} of {len(readings)} readings are possible and disagree: "
        + "; ".join(f"{r.label}: {r.message}" for r in readings)
    )
    recomputed = " | ".join(f"{r.tag or r.label}: {r.recomputed}" for r in readings)
    return Result(check, main.name, Verdict.AMBIGUOUS, recomputed, message, tuple(readings))


def _change_readings(
    ctx: Context, claim: RelativeChange, ind_id: str, change: StatedNumber
) -> list[Reading]:
    ind = ctx.indicator(ind_id)
    current = ctx.number(ind_id, claim.period)
    against = against_label(claim)
    if current is None:
        # A drafted indicator without a value has no known unit (the draft says 个): no
        # whole-number pair is implied for it until a reviewer names what it counts.
        counted = counts_whole(ind.unit, ind.name) and not ctx.loaded.report.report.drafted
        return [_no_value_reading(ind, change, against, ctx.rounding, counted=counted)]
    if ind.unit == "%" and change.kind is NumberKind.PERCENT:
        return [
            _rate_relative_reading(ind, current, change, against, ctx.rounding),
            _rate_points_reading(ind, current, change, against, ctx.rounding),
        ]
    # In an unreviewed draft a count ending in 0 (接待群众1200人次) may be rounded, so
    # whole-number reasoning, which takes it as exact, waits for a reviewer.
    drafted = ctx.loaded.report.report.drafted
    stated = ctx.stated(ind_id, claim.period)
    words = ind.name + (stated.value.quote if stated is not None else "")
    exact = counts_whole(ind.unit, words) and not (drafted and current.text.endswith("0"))
    return [_level_reading(ind, current, change, against, ctx.rounding, claim, exact=exact)]


def _no_value_reading(
    ind: Indicator, change: StatedNumber, against: str, rounding: Rounding, *, counted: bool
) -> Reading:
    label = f"as the change of {ind.name}"
    pair = smallest_whole_pair(change, rounding) if counted else None
    if pair is None:
        message = f"no figure for {ind.name} is stated, so the change cannot be recomputed"
        return Reading(label, Verdict.UNVERIFIABLE, True, "no value stated", message)
    prior, cur = pair
    message = (
        f"no figure for {ind.name} is stated; the smallest whole-number pair that gives "
        f"{change.text} is {prior}{ind.unit} ({against}) → {cur}{ind.unit}"
    )
    return Reading(
        label, Verdict.UNVERIFIABLE, True, f"smallest pair {prior} → {cur}{ind.unit}", message
    )


def _level_reading(
    ind: Indicator,
    current: StatedNumber,
    change: StatedNumber,
    against: str,
    rounding: Rounding,
    claim: RelativeChange,
    *,
    exact: bool,
) -> Reading:
    count = exact
    result = check_change(current, change, count=count, rounding=rounding)
    label = f"as the change of {ind.name} ({current.text}{ind.unit})"
    recomputed = describe(result, ind.unit)
    whole = result.whole_priors
    match result.verdict:
        case Verdict.CONSISTENT:
            assert whole is not None
            message = (
                f"{current.text}{ind.unit} after {change.text} pins {against} at "
                f"{say_range(whole, ind.unit)}, a whole number: consistent"
            )
        case Verdict.INCONSISTENT if whole is None and count and current.is_whole:
            message = explain_inconsistent(current, change, ind.unit, rounding)
        case Verdict.INCONSISTENT:
            message = f"no prior value gives {change.text} for {current.text}{ind.unit}"
        case _:
            message = f"implies {against} {recomputed.removeprefix('prior ')}"
            if whole is not None:
                message += "; every whole number in that range fits at this precision"
            message += f", and no {against} figure is stated to compare"
            if isinstance(claim.against, str) and _MULTI_YEAR.search(claim.against):
                message += (
                    f"; the baseline {claim.against} spans several years, so it may be "
                    "their total or their average"
                )
    possible = result.verdict is not Verdict.INCONSISTENT
    return Reading(
        label, result.verdict, possible, recomputed, message, f"{ind.name} {current.text}{ind.unit}"
    )


def _rate_relative_reading(
    ind: Indicator, current: StatedNumber, change: StatedNumber, against: str, rounding: Rounding
) -> Reading:
    prior = implied_prior(current.interval(rounding), change.interval(rounding))
    label = f"as a relative change of {ind.name} ({current.text}%)"
    return _rate_reading(label, "relative", prior, against, bounded=is_share_name(ind.name))


def _rate_points_reading(
    ind: Indicator, current: StatedNumber, change: StatedNumber, against: str, rounding: Rounding
) -> Reading:
    prior = current.interval(rounding).add(-change.interval(rounding))
    label = f"as percentage points of {ind.name} ({current.text}%)"
    return _rate_reading(label, "points", prior, against, bounded=is_share_name(ind.name))


def _rate_reading(label: str, tag: str, prior: Interval, against: str, *, bounded: bool) -> Reading:
    """A rate's prior: impossible only for a share, whose prior must lie in 0–100%."""
    feasible = prior.intersect(SHARE_RANGE) if bounded else prior
    if feasible.is_empty:
        shown = prior.format(2, "%")
        message = f"the prior rate would be {shown}, outside 0–100%"
        return Reading(label, Verdict.INCONSISTENT, False, f"prior {shown}", message, tag)
    shown = feasible.format(2, "%")
    message = f"implies {against} at {shown}"
    return Reading(label, Verdict.UNVERIFIABLE, True, f"prior {shown}", message, tag)


def stated(_ctx: Context, claim: RelativeChange) -> str:
    """The stated change as written."""
    return claim.stated
