"""Run every check family over one report's claims and word each result as a finding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from xinhong_metrics.checks import listed, parts, points, relative_change, shares
from xinhong_metrics.checks._whole import say_range
from xinhong_metrics.files import LoadedReport
from xinhong_metrics.findings import Finding, Reading, Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.model import (
    Claim,
    Indicator,
    ListedCount,
    PartOfWhole,
    PointChange,
    RelativeChange,
    Share,
)
from xinhong_metrics.numbers import NumberKind, Qualifier, Rounding, StatedNumber, parse_figure
from xinhong_metrics.units import is_count_unit

__all__ = ["check_report"]

_SHARE_RANGE = Interval(Fraction(0), Fraction(100), True, True)
_MULTI_YEAR = re.compile(r"\d{4}\s*[—–\-~至到]\s*\d{4}")


@dataclass(frozen=True)
class _Context:
    loaded: LoadedReport
    rounding: Rounding

    def indicator(self, indicator_id: str) -> Indicator:
        return self.loaded.report.indicator(indicator_id)

    def number(self, indicator_id: str, period: int) -> StatedNumber | None:
        value = self.indicator(indicator_id).value_for(period)
        return None if value is None else value.number()

    def interval(self, indicator_id: str, period: int) -> Interval | None:
        number = self.number(indicator_id, period)
        if number is None:
            return None
        unit = self.indicator(indicator_id).unit
        return number.interval(self.rounding, exact=is_count_unit(unit))


def check_report(loaded: LoadedReport, rounding: Rounding = Rounding.HALF_UP) -> list[Finding]:
    """Check every claim of one report.

    Args:
        loaded: a report read by :func:`xinhong_metrics.files.load_report`.
        rounding: how the report's figures are taken to be rounded.

    Returns:
        One finding per claim, in the order of the report file.
    """
    ctx = _Context(loaded, rounding)
    return [_finding(ctx, index, claim) for index, claim in enumerate(loaded.report.claims)]


def _finding(ctx: _Context, index: int, claim: Claim) -> Finding:
    match claim:
        case RelativeChange():
            check, indicator, verdict, recomputed, message, readings = _relative(ctx, claim)
            stated = claim.stated
        case PointChange():
            check, indicator, verdict, recomputed, message, readings = _points(ctx, claim)
            stated = claim.stated
        case Share():
            check, indicator, verdict, recomputed, message, readings = _share(ctx, claim)
            stated = _figure_with_unit(ctx, claim.rate, claim.period)
        case PartOfWhole():
            check, indicator, verdict, recomputed, message, readings = _parts(ctx, claim)
            parts_text = " + ".join(_figure_with_unit(ctx, p, claim.period) for p in claim.parts)
            stated = f"{_figure_with_unit(ctx, claim.whole, claim.period)} ⊇ {parts_text}"
        case ListedCount():
            check, indicator, verdict, recomputed, message, readings = _listed(ctx, claim)
            stated = _figure_with_unit(ctx, claim.indicator, claim.period)
    report = ctx.loaded.report.report
    return Finding(
        check=check,
        verdict=verdict,
        entity=report.entity,
        report=report.id,
        indicator=indicator,
        periods=_periods(claim),
        quote=claim.quote,
        stated=stated,
        recomputed=recomputed,
        message=message,
        file=str(ctx.loaded.path),
        line=ctx.loaded.line_of(("claims", index)),
        offset=claim.offset,
        readings=tuple(readings),
    )


_Result = tuple[str, str, Verdict, str, str, list[Reading]]


def _periods(claim: Claim) -> tuple[int, ...]:
    if isinstance(claim, RelativeChange | PointChange) and isinstance(claim.against, int):
        return (claim.against, claim.period)
    return (claim.period,)


def _figure_with_unit(ctx: _Context, indicator_id: str, period: int) -> str:
    ind = ctx.indicator(indicator_id)
    value = ind.value_for(period)
    return "" if value is None else f"{value.figure}{ind.unit}"


def _against(claim: RelativeChange | PointChange) -> str:
    return f"{claim.against}年" if isinstance(claim.against, int) else str(claim.against)


# --- relative change ------------------------------------------------------------------


def _relative(ctx: _Context, claim: RelativeChange) -> _Result:
    change = parse_figure(claim.stated)
    main = ctx.indicator(claim.indicator)
    readings: list[Reading] = []
    for ind_id in (claim.indicator, *claim.also_refers_to):
        readings.extend(_change_readings(ctx, claim, ind_id, change))
    check = relative_change.CHECK_ID
    if len(readings) == 1:
        only = readings[0]
        return check, main.name, only.verdict, only.recomputed, only.message, []
    possible = [r for r in readings if r.possible]
    if len(possible) == 1:
        chosen = possible[0]
        ruled_out = "; ".join(f"{r.label}: {r.message}" for r in readings if not r.possible)
        message = f"{chosen.label}: {chosen.message} (ruled out: {ruled_out})"
        return check, main.name, chosen.verdict, chosen.recomputed, message, readings
    if not possible:
        message = "no reading fits: " + "; ".join(f"{r.label}: {r.message}" for r in readings)
        return check, main.name, Verdict.INCONSISTENT, "no reading fits", message, readings
    message = f"{len(possible)} readings are possible and disagree: " + "; ".join(
        f"{r.label}: {r.message}" for r in readings
    )
    recomputed = " | ".join(f"{r.tag or r.label}: {r.recomputed}" for r in readings)
    return check, main.name, Verdict.AMBIGUOUS, recomputed, message, readings


def _change_readings(
    ctx: _Context, claim: RelativeChange, ind_id: str, change: StatedNumber
) -> list[Reading]:
    ind = ctx.indicator(ind_id)
    current = ctx.number(ind_id, claim.period)
    against = _against(claim)
    if current is None:
        return [_no_value_reading(ind, change, against, ctx.rounding)]
    if ind.unit == "%" and change.kind is NumberKind.PERCENT:
        return [
            _rate_relative_reading(ind, current, change, against, ctx.rounding),
            _rate_points_reading(ind, current, change, against, ctx.rounding),
        ]
    return [_level_reading(ind, current, change, against, ctx.rounding, claim)]


def _no_value_reading(
    ind: Indicator, change: StatedNumber, against: str, rounding: Rounding
) -> Reading:
    label = f"as the change of {ind.name}"
    pair = relative_change.smallest_whole_pair(change, rounding)
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
) -> Reading:
    count = is_count_unit(ind.unit)
    result = relative_change.check_change(current, change, count=count, rounding=rounding)
    label = f"as the change of {ind.name} ({current.text}{ind.unit})"
    recomputed = relative_change.describe(result, ind.unit)
    whole = result.whole_priors
    match result.verdict:
        case Verdict.CONSISTENT:
            assert whole is not None
            message = (
                f"{current.text}{ind.unit} after {change.text} pins {against} at "
                f"{say_range(whole, ind.unit)}, a whole number: consistent"
            )
        case Verdict.INCONSISTENT if whole is None and count and current.is_whole:
            message = relative_change.explain_inconsistent(current, change, ind.unit)
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
    prior = relative_change.implied_prior(current.interval(rounding), change.interval(rounding))
    label = f"as a relative change of {ind.name} ({current.text}%)"
    return _rate_reading(label, "relative", prior, against)


def _rate_points_reading(
    ind: Indicator, current: StatedNumber, change: StatedNumber, against: str, rounding: Rounding
) -> Reading:
    prior = current.interval(rounding).add(-change.interval(rounding))
    label = f"as percentage points of {ind.name} ({current.text}%)"
    return _rate_reading(label, "points", prior, against)


def _rate_reading(label: str, tag: str, prior: Interval, against: str) -> Reading:
    feasible = prior.intersect(_SHARE_RANGE)
    if feasible.is_empty:
        shown = prior.format(2, "%")
        message = f"the prior rate would be {shown}, outside 0–100%"
        return Reading(label, Verdict.INCONSISTENT, False, f"prior {shown}", message, tag)
    shown = feasible.format(2, "%")
    message = f"implies {against} at {shown}"
    return Reading(label, Verdict.UNVERIFIABLE, True, f"prior {shown}", message, tag)


# --- percentage points ----------------------------------------------------------------


def _points(ctx: _Context, claim: PointChange) -> _Result:
    ind = ctx.indicator(claim.indicator)
    change = parse_figure(claim.stated)
    current = ctx.number(claim.indicator, claim.period)
    check = points.CHECK_ID
    if current is None:
        message = f"no figure for {ind.name} is stated, so the change cannot be recomputed"
        return check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message, []
    result = points.check_point_change(current, change, rounding=ctx.rounding)
    recomputed = f"prior {result.prior.format(2, '%')}"
    if result.verdict is Verdict.INCONSISTENT:
        message = f"the prior would be {result.prior.format(2, '%')}, outside 0–100%"
    else:
        message = (
            f"implies {_against(claim)} at {result.prior.format(2, '%')}; no figure to compare"
        )
    return check, ind.name, result.verdict, recomputed, message, []


# --- shares ---------------------------------------------------------------------------


def _share(ctx: _Context, claim: Share) -> _Result:
    rate_ind = ctx.indicator(claim.rate)
    rate = ctx.number(claim.rate, claim.period)
    assert rate is not None  # load_report guarantees a value for the claim's period
    part = None if claim.part is None else ctx.number(claim.part, claim.period)
    whole = None if claim.whole is None else ctx.number(claim.whole, claim.period)
    unit_of = next((ctx.indicator(i).unit for i in (claim.part, claim.whole) if i is not None), "")
    count = is_count_unit(unit_of) if unit_of else True
    result = shares.check_share(
        rate, part=part, whole=whole, count=count, bounded=claim.bounded, rounding=ctx.rounding
    )
    whole_name = claim.whole_name or (
        ctx.indicator(claim.whole).name if claim.whole is not None else "the whole"
    )
    check = shares.CHECK_ID
    found = result.candidates
    recomputed = ""
    match result.target:
        case "bound":
            message = f"{rate.text}% is more than 100%, which a share cannot be"
            recomputed = "≤ 100%"
        case "rate":
            assert result.recomputed is not None and part is not None and whole is not None
            recomputed = result.recomputed.format(2, "%")
            message = f"{part.text}/{whole.text} = {recomputed}; stated {rate.text}%"
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
                rate_ind.name,
                found,
                unit_of,
                f"{rate.text}% of {whole.text}{unit_of}",
                "",
            )
        case "base":
            base = shares.smallest_base(rate, ctx.rounding)
            if base is None:
                recomputed = "no counts stated"
                message = "no counts are stated for this rate"
            else:
                recomputed = f"base ≥ {base[1]}"
                digits = rate.decimals + 2
                exact_rate = format_number(Fraction(base[0] * 100, base[1]), digits)
                message = (
                    f"no counts are stated; {rate.text}% needs a base of at least {base[1]} "
                    f"({base[0]}/{base[1]} = {exact_rate}%)"
                )
    return check, rate_ind.name, result.verdict, recomputed, message, []


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


# --- parts of a whole -----------------------------------------------------------------


def _parts(ctx: _Context, claim: PartOfWhole) -> _Result:
    whole_ind = ctx.indicator(claim.whole)
    whole = ctx.interval(claim.whole, claim.period)
    assert whole is not None
    part_intervals = [ctx.interval(p, claim.period) for p in claim.parts]
    intervals = [p for p in part_intervals if p is not None]
    result = parts.check_parts(whole, intervals, claim.relation)
    unit = whole_ind.unit
    total = result.total.format(2, unit)
    names = "、".join(ctx.indicator(p).name for p in claim.parts)
    check = parts.CHECK_ID
    if result.verdict is Verdict.CONSISTENT:
        message = f"{names} ({total}) fit within {whole_ind.name} ({whole.format(2, unit)})"
    elif result.verdict is Verdict.AMBIGUOUS:
        message = (
            f"read as parts of {whole_ind.name} ({whole.format(2, unit)}), {names} add up to "
            f"{total}, more than the whole; read as separate counts, nothing is wrong — the "
            "text does not say which"
        )
    elif not result.largest_part_fits:
        message = f"a part is larger than {whole_ind.name} ({whole.format(2, unit)})"
    else:
        message = (
            f"{names} add up to {total}, not within {whole_ind.name} ({whole.format(2, unit)})"
        )
    readings: list[Reading] = []
    if result.verdict is Verdict.AMBIGUOUS:
        readings = [
            Reading(
                "parts of the whole",
                Verdict.INCONSISTENT,
                True,
                f"sum {total}",
                f"sum {total} exceeds {whole.format(2, unit)}",
            ),
            Reading(
                "separate counts", Verdict.CONSISTENT, True, "no constraint", "no relation to check"
            ),
        ]
    return check, whole_ind.name, result.verdict, f"sum {total}", message, readings


# --- listed counts --------------------------------------------------------------------


def _listed(ctx: _Context, claim: ListedCount) -> _Result:
    ind = ctx.indicator(claim.indicator)
    number = ctx.number(claim.indicator, claim.period)
    assert number is not None
    if number.qualifier is not Qualifier.EXACT or not number.is_whole:
        message = f"the count {number.text} is not exact, so the list cannot be counted against it"
        return (
            listed.CHECK_ID,
            ind.name,
            Verdict.UNVERIFIABLE,
            f"{len(claim.items)} named",
            message,
            [],
        )
    stated = int(number.magnitude)
    result = listed.check_listed_count(len(claim.items), stated, open_list=claim.open_list)
    n = len(claim.items)
    if result.verdict is Verdict.INCONSISTENT and n > stated:
        message = f"the list names {n} items but the count says {stated}"
    elif result.verdict is Verdict.INCONSISTENT:
        message = f"the list names {n} items, without 等, but the count says {stated}"
    elif result.complete:
        message = f"the list names all {stated}"
    else:
        message = f"the list names {n} of {stated}; 等 says the rest are not named"
    return listed.CHECK_ID, ind.name, result.verdict, f"{n} named", message, []
