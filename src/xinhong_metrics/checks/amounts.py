"""Changes stated as amounts (比上年增加2787亿元): the difference of two levels.

The later level minus the earlier one, each within its rounding and in the amount's
unit, must be able to equal the stated amount within its own rounding.
"""

from __future__ import annotations

from dataclasses import dataclass

from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import (
    Context,
    Result,
    against_label,
    no_value,
    not_comparable,
)
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import AbsoluteChange
from xinhong_metrics.numbers import parse_figure
from xinhong_metrics.reports import StatedValue
from xinhong_metrics.units import is_count_unit

__all__ = ["CHECK_ID", "FAMILIES", "AmountCheck", "check_amount_between", "implied_prior_level"]

CHECK_ID = "absolute-change"


@dataclass(frozen=True)
class AmountCheck:
    """The verdict and the difference the two levels allow.

    Attributes:
        verdict: consistent when the difference can be the stated amount.
        difference: the later level minus the earlier one, within rounding.
    """

    verdict: Verdict
    difference: Interval


def check_amount_between(current: Interval, prior: Interval, amount: Interval) -> AmountCheck:
    """Decide a stated amount of change against both levels, all in one unit.

    Args:
        current: the later level.
        prior: the earlier level.
        amount: the stated change, signed (a decrease is negative).
    """
    difference = current.add(-prior)
    verdict = Verdict.CONSISTENT if difference.overlaps(amount) else Verdict.INCONSISTENT
    return AmountCheck(verdict, difference)


def implied_prior_level(current: Interval, amount: Interval) -> Interval:
    """The earlier level a later level and a stated change imply: current − amount."""
    return current.add(-amount)


def _decide(ctx: Context, claim: AbsoluteChange) -> Result:
    ind = ctx.indicator(claim.indicator)
    amount = parse_figure(claim.stated).interval(ctx.rounding)
    current = ctx.stated(claim.indicator, claim.period)
    check = CHECK_ID
    if current is None:
        return no_value(check, ind, claim.period)
    # 拟安排中央财政赤字2950亿元，比上年减少50亿元: a plan changes last year's plan.
    # 比年初增加1168亿美元: the level at the start of the year is the year-end level of
    # the year before, as the earlier report states it (a stock: 外汇储备, 存款余额).
    against = claim.period - 1 if claim.against == "年初" else claim.against
    prior = ctx.prior(claim.indicator, against, planned=current.value.target)
    # Both levels and the amount compared in the amount's unit (亿元 and 万亿元 meet).
    cur = current.converted(claim.unit).interval(ctx.rounding)
    if prior is None:
        implied = implied_prior_level(cur, amount).format(2, claim.unit)
        message = (
            f"{current.shown} after {claim.stated}{claim.unit} implies {against_label(claim)} at "
            f"{implied}, and no {against_label(claim)} figure is stated to compare"
        )
        return Result(check, ind.name, Verdict.UNVERIFIABLE, f"prior {implied}", message)
    across = prior.report_id != ctx.report_id
    check = crossyear.CHANGE_ID if across else check
    reports = (prior.report_id,)
    where = f"{prior.shown} ({prior.report_id})"
    reason = crossyear.comparability("nominal", claim.scope, current, prior, claim_span=claim.span)
    if reason is not None:
        return not_comparable(check, ind, claim, where, reason, reports)
    result = check_amount_between(cur, prior.converted(claim.unit).interval(ctx.rounding), amount)
    shown = result.difference.format(2, claim.unit)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{current.shown} against {where} is a change of {shown} within rounding: "
        f"{claim.stated}{claim.unit} {verb}"
    )
    if across and result.verdict is Verdict.INCONSISTENT:
        # An estimate is said as such first (see crossyear.unless_revised).
        first_release = (
            None if prior.value.estimate else _first_release(ind.name, ind.concept, ind.unit, prior)
        )
        if first_release is not None:
            message = f"not comparable: {first_release}; {message}"
            return Result(check, ind.name, Verdict.NOT_COMPARABLE, shown, message, reports=reports)
        others = ctx.reports.values(ctx.entity, claim.indicator, prior.value.period)
        verdict, excused = crossyear.unless_revised(result.verdict, message, current, prior, others)
        if verdict is not result.verdict:
            return Result(check, ind.name, verdict, shown, excused, reports=reports)
    if (prior.value.target or current.value.target) and result.verdict is Verdict.INCONSISTENT:
        # Last year's plan is what a plan's change is usually against, but the outturn
        # (决算) may be: a mismatch with the plan is no error; nor is a plan's change that
        # misfits last year's outturn, which may be against its budget or estimate.
        reason = (
            f"the earlier figure {where} is last year's plan, and the change may be "
            "against the outturn (决算)"
            if prior.value.target
            else f"a plan's change, which may be against last year's budget or estimate, "
            f"not the outturn {where}"
        )
        return Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            shown,
            f"not comparable: {reason}; {message}",
            reports=reports,
        )
    if prior.value.target:
        message += " (against last year's plan)"
    return Result(check, ind.name, result.verdict, shown, message, reports=reports)


def _first_release(name: str, concept: str | None, unit: str, prior: StatedValue) -> str | None:
    """Why an earlier report's level of the national accounts may not be a later amount's base.

    The national accounts (生产总值, 增加值) are first released, then verified and revised
    (an economic census); a later report's 比上年增加100.4亿元 is against the revised level.
    A count (规模以上工业企业612家) is no account: its net change is the difference of the
    two counts. (Estimates and stated revisions: :func:`crossyear.unless_revised`.)
    """
    if not is_count_unit(unit) and crossyear.name_basis(name, concept) != "nominal":
        return (
            f"the earlier figure {prior.shown} is a first release of the national accounts, "
            "which are revised after it (final verification, an economic census)"
        )
    return None


def _stated(_ctx: Context, claim: AbsoluteChange) -> str:
    return f"{claim.stated}{claim.unit}"


FAMILIES = (Family("absolute_change", CHECK_ID, _decide, _stated),)
