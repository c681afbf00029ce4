"""The shares family's decision on one claim, and its wording."""

from __future__ import annotations

import re
from fractions import Fraction

from xinhong_metrics.checks._context import (
    Context,
    Result,
)
from xinhong_metrics.checks._whole import say_range
from xinhong_metrics.checks.shares._scalar import (
    CHECK_ID,
    check_share,
    smallest_base,
)
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.model import Share
from xinhong_metrics.numbers import Qualifier, Rounding, StatedNumber
from xinhong_metrics.reports import StatedValue
from xinhong_metrics.units import is_count_unit

__all__ = ["decide", "stated"]

_MULTI_YEAR = re.compile(r"\d{4}\s*[—–\-~至到]\s*\d{4}")


def decide(ctx: Context, claim: Share) -> Result:
    rate_ind = ctx.indicator(claim.rate)
    rate = ctx.number(claim.rate, claim.period)
    assert rate is not None  # load_report guarantees a value for the claim's period
    part = None if claim.part is None else ctx.number(claim.part, claim.period)
    whole = None if claim.whole is None else ctx.number(claim.whole, claim.period)
    unit_of = next((ctx.indicator(i).unit for i in (claim.part, claim.whole) if i is not None), "")
    elsewhere = _whole_elsewhere(ctx, claim, rate)
    if elsewhere is not None:
        return elsewhere
    count = is_count_unit(unit_of) if unit_of else True
    result = check_share(
        rate, part=part, whole=whole, count=count, bounded=claim.bounded, rounding=ctx.rounding
    )
    whole_name = claim.whole_name or (
        ctx.indicator(claim.whole).name if claim.whole is not None else "the whole"
    )
    check = CHECK_ID
    found = result.candidates
    recomputed = ""
    match result.target:
        case "bound":
            message = f"{rate.text}% is more than 100%, which a share cannot be"
            recomputed = "≤ 100%"
        case "rate" if result.recomputed is None:
            recomputed = "no rate"
            message = f"the whole is {whole.text if whole else '0'}, so no rate of it can be stated"
        case "rate":
            assert part is not None and whole is not None and result.recomputed is not None
            recomputed = result.recomputed.format(2, "%")
            message = f"{part.text}/{whole.text} = {recomputed}; stated {rate.text}%"
        case "whole" | "part" if result.recomputed is not None and (
            # An amount, or a count in 万 (参保3.56万人，参保率98.6%): rounded, no whole number.
            not count or (result.candidates is None and result.verdict is Verdict.UNVERIFIABLE)
        ):
            shown = result.recomputed.format(2, unit_of)
            recomputed = f"{result.target} {shown}"
            given = part.text if part is not None else whole.text if whole is not None else ""
            message = (
                f"{given}{unit_of} at {rate.text}% implies {whole_name if part else 'a part'} "
                f"of {shown}; not stated, so nothing to compare"
            )
        case "whole":
            assert part is not None
            recomputed = "whole " + (say_range(found, unit_of) if found else "none")
            message = _implied_message(
                result.verdict,
                f"{whole_name}",
                found,
                unit_of,
                f"{part.text}{unit_of} at {rate.text}%",
                "in all",
            )
        case "part":
            assert whole is not None
            recomputed = "part " + (say_range(found, unit_of) if found else "none")
            message = _implied_message(
                result.verdict,
                "the part",
                found,
                unit_of,
                f"{rate.text}% of {whole.text}{unit_of}",
                "",
            )
        case "base":
            recomputed, message = _base_message(rate, rate_ind.name, ctx.rounding)
    if result.verdict is Verdict.INCONSISTENT and result.target != "bound":
        message += _other_roundings(ctx, claim, rate, part, whole, count)
    return Result(check, rate_ind.name, result.verdict, recomputed, message)


def _other_roundings(
    ctx: Context,
    claim: Share,
    rate: StatedNumber,
    part: StatedNumber | None,
    whole: StatedNumber | None,
    count: bool,
) -> str:
    """``; it holds if rounded by …`` for the rounding models under which a share fits."""
    others = [
        model.value
        for model in Rounding
        if model is not ctx.rounding
        and check_share(
            rate, part=part, whole=whole, count=count, bounded=claim.bounded, rounding=model
        ).verdict
        is not Verdict.INCONSISTENT
    ]
    return f"; it holds if rounded by {' or '.join(others)}" if others else ""


def _units_differ(ctx: Context, claim: Share) -> bool:
    if claim.part is None or claim.whole is None:
        return False
    return ctx.indicator(claim.part).unit != ctx.indicator(claim.whole).unit


def _share_across_units(ctx: Context, claim: Share, rate: StatedNumber) -> Result:
    """A part in 万元 of a whole in 亿元: the rate from both, in the whole's unit."""
    assert claim.part is not None and claim.whole is not None
    whole_unit = ctx.indicator(claim.whole).unit
    part = ctx.interval(claim.part, claim.period, whole_unit)
    whole = ctx.interval(claim.whole, claim.period)
    assert part is not None and whole is not None
    name = ctx.indicator(claim.rate).name
    positive = Interval(Fraction(0), None, False, False)
    if whole.intersect(positive).is_empty or part.lo is None or part.lo < 0:
        message = "the whole is 0, so no rate of it can be stated"
        return Result(CHECK_ID, name, Verdict.INCONSISTENT, "no rate", message)
    computed = part.divide(whole.intersect(positive)).scale(100)
    shown = computed.format(2, "%")
    verdict = (
        Verdict.CONSISTENT
        if computed.overlaps(rate.interval(ctx.rounding))
        else (Verdict.INCONSISTENT)
    )
    part_text = ctx.figure_with_unit(claim.part, claim.period)
    whole_text = ctx.figure_with_unit(claim.whole, claim.period)
    message = f"{part_text}/{whole_text} = {shown}; stated {rate.text}%"
    return Result(CHECK_ID, name, verdict, shown, message)


# The words of a goal a completion rate is of (完成年度目标的105.5%, 为年度任务的104%), but
# not of a budget (为调整预算的102.6%), which the report itself states.
_TARGET_WORDS = re.compile(r"目标|任务|计划")
_BUDGET_WHOLE = re.compile(r"(?:年初)?预算(?:数)?")


def _whole_elsewhere(ctx: Context, claim: Share, rate: StatedNumber) -> Result | None:
    """The decision when the whole is in another unit, or is another report's target."""
    if _units_differ(ctx, claim):
        return _share_across_units(ctx, claim, rate)
    if _of_a_target(claim) and claim.part is not None:
        target = ctx.planned(claim.part, claim.period)
        if target is not None:
            return _share_of_target(ctx, claim, rate, target)
    return None


def _of_a_target(claim: Share) -> bool:
    return (
        claim.whole is None
        and not claim.bounded
        and claim.whole_name is not None
        and (
            _TARGET_WORDS.search(claim.whole_name) is not None
            # 为预算的97.0%: the budget the earlier report drafted (not 调整预算, set
            # during the year and stated in no earlier report).
            or (_BUDGET_WHOLE.fullmatch(claim.whole_name) is not None)
        )
    )


def _share_of_target(ctx: Context, claim: Share, rate: StatedNumber, target: StatedValue) -> Result:
    """城镇新增就业5.8万人，完成年度目标的105.5%: against the earlier report's target.

    A target written as a bound (5.5万人以上) is an interval like any other: the rate it
    allows runs from 0 to the actual over the bound.
    """
    assert claim.part is not None
    name = ctx.indicator(claim.rate).name
    part = ctx.interval(claim.part, claim.period)
    whole = target.interval(ctx.rounding)
    assert part is not None
    positive = Interval(Fraction(0), None, False, False)
    whole = whole.intersect(positive)
    part_text = ctx.figure_with_unit(claim.part, claim.period)
    where = f"{target.shown} ({target.report_id})"
    if whole.is_empty or part.lo is None:
        message = f"the target {where} is 0, so no rate of it can be stated"
        return Result(CHECK_ID, name, Verdict.UNVERIFIABLE, "no rate", message)
    computed = part.divide(whole).scale(100)
    shown = computed.format(2, "%")
    fits = computed.overlaps(rate.interval(ctx.rounding))
    verdict = Verdict.CONSISTENT if fits else Verdict.INCONSISTENT
    message = f"{part_text} against the target {where} is {shown}; stated {rate.text}%" + (
        "" if fits else " does not fit"
    )
    if not fits and _BUDGET_WHOLE.fullmatch(claim.whole_name or ""):
        # The budget a completion rate is of may have been adjusted during the year, with
        # no word of it in the report (a budget report's 预算 is often the adjusted one).
        verdict = Verdict.UNVERIFIABLE
        message += (
            "; the budget may have been adjusted during the year (调整预算), which no "
            "earlier report states: for review"
        )
    elif fits and whole.hi is None:
        # 城镇新增就业5.5万人以上: only a rate above the actual over the floor could fail.
        message += "; the target is a floor, so only one side of the rate was tested"
    elif whole.hi is None:
        # Above the actual over the floor, the goal was below the plan's floor: a task set
        # from above (上级下达任务) that the plan exceeds gives such a rate. For review.
        verdict = Verdict.UNVERIFIABLE
        message += (
            "; the target is a floor, and a goal below it (a task set from above) would give "
            "the rate stated: for review"
        )
    return Result(CHECK_ID, name, verdict, shown, message, reports=(target.report_id,))


def _implied_message(
    verdict: Verdict,
    name: str,
    found: tuple[int, int | None] | None,
    unit: str,
    given: str,
    suffix: str,
) -> str:
    if verdict is Verdict.INCONSISTENT or found is None:
        return f"no whole number gives {given}"
    said = say_range(found, unit)
    if verdict is Verdict.CONSISTENT:
        return f"{given} pins {name} at {said} {suffix}".rstrip() + ": consistent"
    return (
        f"{given} implies {name} of {said} {suffix}".rstrip()
        + "; not stated, and every whole number in that range fits"
    )


def stated(ctx: Context, claim: Share) -> str:
    """The stated rate with its unit."""
    return ctx.figure_with_unit(claim.rate, claim.period)


# Measures of money, output, area or energy: a rate of them is a ratio of amounts.
_AMOUNTS = re.compile(
    r"收入|支出|增加值|产值|总值|投资|税收|资金|利润|产量|面积|装机|能耗|消费|贷款|存款|销售额|营收"
)


def _base_message(rate: StatedNumber, name: str, rounding: Rounding) -> tuple[str, str]:
    """What a rate with no counts stated still implies: the smallest whole base, if any.

    Nothing for a bound (失业率控制在5.5%以内) or a ratio of amounts (税收收入占比68.5%,
    a ratio of 亿元): the smallest whole base says nothing of either.
    """
    of_amounts = _AMOUNTS.search(name)
    base = smallest_base(rate, rounding)
    if rate.qualifier is not Qualifier.EXACT or of_amounts or base is None:
        amounts = f", and it is a ratio of amounts ({of_amounts.group()})" if of_amounts else ""
        return "no counts stated", f"no counts are stated for this rate{amounts}"
    exact_rate = format_number(Fraction(base[0] * 100, base[1]), rate.decimals + 2)
    return f"base ≥ {base[1]}", (
        f"no counts are stated; {rate.text}% needs a base of at least {base[1]} "
        f"({base[0]}/{base[1]} = {exact_rate}%)"
    )
