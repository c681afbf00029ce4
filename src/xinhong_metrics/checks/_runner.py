"""Run every check family over one report's claims and word each result as a finding."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from xinhong_metrics.checks import (
    amounts,
    crossyear,
    growth,
    listed,
    parts,
    points,
    relative_change,
    shares,
)
from xinhong_metrics.checks._whole import say_percent, say_range
from xinhong_metrics.errors import UnitError
from xinhong_metrics.files import LoadedReport, claim_references
from xinhong_metrics.findings import Finding, Reading, Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.model import (
    AbsoluteChange,
    AverageGrowth,
    ChangeClaim,
    Claim,
    Direction,
    Indicator,
    ListedCount,
    Multiple,
    PartOfWhole,
    PointChange,
    RelativeChange,
    Share,
    Threshold,
)
from xinhong_metrics.numbers import (
    NumberKind,
    Qualifier,
    Rounding,
    StatedNumber,
    multiple_ratio,
    parse_direction,
    parse_figure,
)
from xinhong_metrics.reports import ReportSet, StatedValue
from xinhong_metrics.units import is_count_unit

__all__ = ["check_report"]

_SHARE_RANGE = Interval(Fraction(0), Fraction(100), True, True)
_MULTI_YEAR = re.compile(r"\d{4}\s*[—–\-~至到]\s*\d{4}")


@dataclass(frozen=True)
class _Context:
    loaded: LoadedReport
    rounding: Rounding
    reports: ReportSet

    @property
    def entity(self) -> str:
        return self.loaded.report.report.entity

    @property
    def report_id(self) -> str:
        return self.loaded.report.report.id

    def indicator(self, indicator_id: str) -> Indicator:
        return self.loaded.report.indicator(indicator_id)

    def number(self, indicator_id: str, period: int) -> StatedNumber | None:
        value = self.indicator(indicator_id).value_for(period)
        return None if value is None else value.number()

    def interval(self, indicator_id: str, period: int, unit: str | None = None) -> Interval | None:
        stated = self.stated(indicator_id, period)
        if stated is not None and unit is not None:
            stated = stated.converted(unit)
        return None if stated is None else stated.interval(self.rounding)

    def stated(self, indicator_id: str, period: int) -> StatedValue | None:
        ind = self.indicator(indicator_id)
        value = ind.value_for(period)
        return None if value is None else StatedValue(self.loaded, ind, value)

    def prior(self, indicator_id: str, period: object) -> StatedValue | None:
        # This report's own value first, else the report covering that period, else any.
        if not isinstance(period, int):
            return None
        own = self.stated(indicator_id, period)
        if own is not None:
            return own
        unit = self.indicator(indicator_id).unit
        found = []
        for v in self.reports.values(self.entity, indicator_id, period):
            if v.report_id == self.report_id:
                continue
            try:
                found.append(v.converted(unit))  # 11000万元 compared as 1.1亿元
            except UnitError:
                continue  # another dimension is another indicator, whatever its id
        if not found:
            return None
        original = [v for v in found if v.report.report.report.period == period]
        return (original or found)[0]


def check_report(
    loaded: LoadedReport,
    rounding: Rounding = Rounding.HALF_UP,
    reports: ReportSet | None = None,
) -> list[Finding]:
    """Check every claim of one report, against the other reports of its entity if given.

    Args:
        loaded: a report read by :func:`xinhong_metrics.files.load_report`.
        rounding: how the report's figures are taken to be rounded.
        reports: the set of reports to take earlier years' values from; a stated
            change is then decided against the earlier report's level.

    Returns:
        One finding per claim, in the order of the report file.
    """
    ctx = _Context(loaded, rounding, reports if reports is not None else ReportSet([loaded]))
    return [_finding(ctx, index, claim) for index, claim in enumerate(loaded.report.claims)]


def _finding(ctx: _Context, index: int, claim: Claim) -> Finding:
    try:
        return _decide(ctx, index, claim)
    except (ValueError, ArithmeticError) as exc:
        # Figures outside what a check's arithmetic takes (a negative level under a
        # relative change) are reported on the claim, never raised at the user.
        report = ctx.loaded.report.report
        return Finding(
            check=_CHECK_IDS[claim.kind],
            verdict=Verdict.UNVERIFIABLE,
            entity=report.entity,
            report=report.id,
            indicator=getattr(claim, "indicator", None) or claim.kind,
            periods=_periods(claim),
            quote=claim.quote,
            stated=str(getattr(claim, "stated", "")),
            recomputed="",
            message=f"could not be recomputed: {exc}",
            file=str(ctx.loaded.path),
            line=ctx.loaded.line_of(("claims", index)),
            offset=claim.offset,
        )


_CHECK_IDS = {
    "relative_change": relative_change.CHECK_ID,
    "absolute_change": amounts.CHECK_ID,
    "point_change": points.CHECK_ID,
    "share": shares.CHECK_ID,
    "part_of_whole": parts.CHECK_ID,
    "listed_count": listed.CHECK_ID,
    "multiple": growth.MULTIPLE_ID,
    "average_growth": growth.AVERAGE_GROWTH_ID,
    "threshold": growth.THRESHOLD_ID,
    "direction": growth.DIRECTION_ID,
}


def _decide(ctx: _Context, index: int, claim: Claim) -> Finding:
    match claim:
        case RelativeChange():
            result, stated = _relative(ctx, claim), claim.stated
        case AbsoluteChange():
            result, stated = _amount(ctx, claim), f"{claim.stated}{claim.unit}"
        case PointChange():
            result, stated = _points(ctx, claim), claim.stated
        case Share():
            result, stated = _share(ctx, claim), _figure_with_unit(ctx, claim.rate, claim.period)
        case PartOfWhole():
            result = _parts(ctx, claim)
            parts_text = " + ".join(_figure_with_unit(ctx, p, claim.period) for p in claim.parts)
            stated = f"{_figure_with_unit(ctx, claim.whole, claim.period)} ⊇ {parts_text}"
        case ListedCount():
            result = _listed(ctx, claim)
            stated = _figure_with_unit(ctx, claim.indicator, claim.period)
        case Multiple():
            result, stated = _multiple(ctx, claim), claim.stated
        case AverageGrowth():
            result, stated = _average_growth(ctx, claim), claim.stated
        case Threshold():
            result, stated = _threshold(ctx, claim), claim.stated
        case Direction():
            result, stated = _direction(ctx, claim), claim.stated
    result = _unless_vacuous(ctx, claim, result)
    result = _unless_unreviewed(claim, result)
    report_ids = (ctx.report_id, *[r for r in result.reports if r != ctx.report_id])
    return Finding(
        check=result.check,
        verdict=result.verdict,
        entity=ctx.entity,
        report=", ".join(report_ids),
        indicator=result.indicator,
        periods=_periods(claim),
        quote=claim.quote,
        stated=stated,
        recomputed=result.recomputed,
        message=result.message,
        file=str(ctx.loaded.path),
        line=ctx.loaded.line_of(("claims", index)),
        offset=claim.offset,
        readings=result.readings,
    )


@dataclass(frozen=True)
class _Result:
    check: str
    indicator: str
    verdict: Verdict
    recomputed: str
    message: str
    readings: tuple[Reading, ...] = ()
    reports: tuple[str, ...] = ()  # other reports the finding rests on


def _touched_levels(ctx: _Context, claim: Claim) -> list[tuple[str, Interval]]:
    """Every level a claim's decision rests on: its own indicators', and the earlier one."""
    levels: list[tuple[str, Interval]] = []
    for _, ref in claim_references(claim):
        stated = ctx.stated(ref, claim.period)
        if stated is not None:
            levels.append((stated.value.figure, stated.interval(ctx.rounding)))
    if isinstance(claim, ChangeClaim) and isinstance(claim.against, int):
        prior = ctx.prior(claim.indicator, claim.against)
        if prior is not None:
            levels.append((prior.value.figure, prior.interval(ctx.rounding)))
    return levels


def _unless_vacuous(ctx: _Context, claim: Claim, result: _Result) -> _Result:
    """Consistent only where the test could have failed.

    A level bounded on one side only (逾0, 500以上) leaves the recomputed range open on
    that side, so nearly any stated figure meets it: not contradicted, not confirmed.
    """
    if result.verdict is not Verdict.CONSISTENT:
        return result
    open_ended = [figure for figure, level in _touched_levels(ctx, claim) if level.width is None]
    if not open_ended:
        return result
    said = "、".join(open_ended)
    message = (
        f"{result.message}; but {said} is bounded on one side only, so the recomputed range "
        "is open and the test could not have failed: unverifiable"
    )
    return replace(result, verdict=Verdict.UNVERIFIABLE, message=message)


def _unless_unreviewed(claim: Claim, result: _Result) -> _Result:
    """A failing check on a drafted claim marked for review is unverifiable, not an error.

    The extractor marks a claim for review when it is unsure which figure the stated
    change belongs to. A mismatch then says more about the draft than about the report:
    read across a corpus, such mismatches were misread links, not misprints. So the
    finding says what the draft computed and asks for a review, at severity info.
    """
    if not claim.review or result.verdict not in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS):
        return result
    message = (
        f"unreviewed draft: as drafted, {result.message}; the extractor was unsure of this "
        "claim's link, so nothing is concluded until a person reviews it"
    )
    return replace(result, verdict=Verdict.UNVERIFIABLE, message=message, readings=())


def _periods(claim: Claim) -> tuple[int, ...]:
    if isinstance(claim, ChangeClaim) and isinstance(claim.against, int):
        return (claim.against, claim.period)
    if isinstance(claim, Threshold) and claim.first_time:
        return (claim.period - 1, claim.period)
    return (claim.period,)


def _figure_with_unit(ctx: _Context, indicator_id: str, period: int) -> str:
    ind = ctx.indicator(indicator_id)
    value = ind.value_for(period)
    return "" if value is None else f"{value.figure}{ind.unit}"


def _not_comparable(
    check: str,
    ind: Indicator,
    claim: ChangeClaim,
    where: str,
    reason: str,
    reports: tuple[str, ...],
) -> _Result:
    recomputed = f"{_against(claim)} {where}"
    message = f"not comparable: {reason}"
    return _Result(check, ind.name, Verdict.NOT_COMPARABLE, recomputed, message, reports=reports)


def _against(claim: ChangeClaim) -> str:
    return f"{claim.against}年" if isinstance(claim.against, int) else str(claim.against)


# --- relative change ------------------------------------------------------------------


def _relative(ctx: _Context, claim: RelativeChange) -> _Result:
    change = parse_figure(claim.stated)
    main = ctx.indicator(claim.indicator)
    prior = ctx.prior(claim.indicator, claim.against)
    if prior is not None and not claim.also_refers_to and main.unit != "%":
        return _relative_across(ctx, claim, change, prior)
    return _relative_alone(ctx, claim, change)


def _relative_across(
    ctx: _Context, claim: RelativeChange, change: StatedNumber, prior: StatedValue
) -> _Result:
    """A change with the earlier level known: from this report or another one."""
    ind = ctx.indicator(claim.indicator)
    current = ctx.stated(claim.indicator, claim.period)
    across = prior.report_id != ctx.report_id
    check = crossyear.CHANGE_ID if across else relative_change.CHECK_ID
    reports = (prior.report_id,)
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    reason = crossyear.comparability(basis, claim.scope, current, prior)
    where = f"{prior.shown} ({prior.report_id})"
    if reason is not None:
        return _not_comparable(check, ind, claim, where, reason, reports)
    if current is None:
        message = f"no figure for {ind.name} is stated for {claim.period}"
        return _Result(
            check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message, reports=reports
        )
    base, prior_at = prior.interval(ctx.rounding), prior.point()
    if base.lo is None or base.lo < 0 or (base.lo == 0 and base.lo_closed) or prior_at <= 0:
        message = (
            f"the earlier level {where} may be 0 or below, and a change from 0 has no "
            f"relative rate: {change.text} cannot be recomputed"
        )
        return _Result(
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
    if basis == "unknown" and result.verdict is Verdict.INCONSISTENT:
        reason = (
            "growth of value added (增加值) is often stated at comparable prices, and the "
            "report does not say which; set basis: nominal to make this an error"
        )
        return _Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            recomputed,
            f"not comparable: {reason}; {message}",
            reports=reports,
        )
    if basis == "unknown":
        message += " (nominal levels; if the rate is at comparable prices, the match is loose)"
    if prior.value.estimate:
        if result.verdict is Verdict.INCONSISTENT:
            return _Result(
                check,
                ind.name,
                Verdict.NOT_COMPARABLE,
                recomputed,
                f"not comparable: the earlier figure was an estimate (预计); {message}",
                reports=reports,
            )
        message += " (the earlier figure was an estimate, 预计)"
    return _Result(check, ind.name, result.verdict, recomputed, message, reports=reports)


def _relative_alone(ctx: _Context, claim: RelativeChange, change: StatedNumber) -> _Result:
    main = ctx.indicator(claim.indicator)
    readings: list[Reading] = []
    for ind_id in (claim.indicator, *claim.also_refers_to):
        readings.extend(_change_readings(ctx, claim, ind_id, change))
    check = relative_change.CHECK_ID
    if len(readings) == 1:
        only = readings[0]
        return _Result(check, main.name, only.verdict, only.recomputed, only.message)
    possible = [r for r in readings if r.possible]
    if len(possible) == 1:
        chosen = possible[0]
        ruled_out = "; ".join(f"{r.label}: {r.message}" for r in readings if not r.possible)
        message = f"{chosen.label}: {chosen.message} (ruled out: {ruled_out})"
        return _Result(
            check, main.name, chosen.verdict, chosen.recomputed, message, tuple(readings)
        )
    if not possible:
        message = "no reading fits: " + "; ".join(f"{r.label}: {r.message}" for r in readings)
        return _Result(
            check, main.name, Verdict.INCONSISTENT, "no reading fits", message, tuple(readings)
        )
    message = f"{len(possible)} readings are possible and disagree: " + "; ".join(
        f"{r.label}: {r.message}" for r in readings
    )
    recomputed = " | ".join(f"{r.tag or r.label}: {r.recomputed}" for r in readings)
    return _Result(check, main.name, Verdict.AMBIGUOUS, recomputed, message, tuple(readings))


def _change_readings(
    ctx: _Context, claim: RelativeChange, ind_id: str, change: StatedNumber
) -> list[Reading]:
    ind = ctx.indicator(ind_id)
    current = ctx.number(ind_id, claim.period)
    against = _against(claim)
    if current is None:
        # A drafted indicator without a value has no known unit (the draft says 个): no
        # whole-number pair is implied for it until a reviewer names what it counts.
        counted = is_count_unit(ind.unit) and not ctx.loaded.report.report.drafted
        return [_no_value_reading(ind, change, against, ctx.rounding, counted=counted)]
    if ind.unit == "%" and change.kind is NumberKind.PERCENT:
        return [
            _rate_relative_reading(ind, current, change, against, ctx.rounding),
            _rate_points_reading(ind, current, change, against, ctx.rounding),
        ]
    # In an unreviewed draft a count ending in 0 (接待群众1200人次) may be rounded, so
    # whole-number reasoning, which takes it as exact, waits for a reviewer.
    drafted = ctx.loaded.report.report.drafted
    exact = is_count_unit(ind.unit) and not (drafted and current.text.endswith("0"))
    return [_level_reading(ind, current, change, against, ctx.rounding, claim, exact=exact)]


def _no_value_reading(
    ind: Indicator, change: StatedNumber, against: str, rounding: Rounding, *, counted: bool
) -> Reading:
    label = f"as the change of {ind.name}"
    pair = relative_change.smallest_whole_pair(change, rounding) if counted else None
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


# --- amounts of change -----------------------------------------------------------------


def _amount(ctx: _Context, claim: AbsoluteChange) -> _Result:
    ind = ctx.indicator(claim.indicator)
    amount = parse_figure(claim.stated).interval(ctx.rounding)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    check = amounts.CHECK_ID
    if current is None:
        message = f"no figure for {ind.name} is stated for {claim.period}"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)
    # Both levels and the amount compared in the amount's unit (亿元 and 万亿元 meet).
    cur = current.converted(claim.unit).interval(ctx.rounding)
    if prior is None:
        implied = amounts.implied_prior_level(cur, amount).format(2, claim.unit)
        message = (
            f"{current.shown} after {claim.stated}{claim.unit} implies {_against(claim)} at "
            f"{implied}, and no {_against(claim)} figure is stated to compare"
        )
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, f"prior {implied}", message)
    across = prior.report_id != ctx.report_id
    check = crossyear.CHANGE_ID if across else check
    reports = (prior.report_id,)
    where = f"{prior.shown} ({prior.report_id})"
    reason = crossyear.comparability("nominal", claim.scope, current, prior)
    if reason is not None:
        return _not_comparable(check, ind, claim, where, reason, reports)
    result = amounts.check_amount_between(
        cur, prior.converted(claim.unit).interval(ctx.rounding), amount
    )
    shown = result.difference.format(2, claim.unit)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{current.shown} against {where} is a change of {shown} within rounding: "
        f"{claim.stated}{claim.unit} {verb}"
    )
    return _Result(check, ind.name, result.verdict, shown, message, reports=reports)


# --- percentage points ----------------------------------------------------------------


def _points(ctx: _Context, claim: PointChange) -> _Result:
    ind = ctx.indicator(claim.indicator)
    change = parse_figure(claim.stated)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    check = points.CHECK_ID
    if current is None:
        message = f"no figure for {ind.name} is stated, so the change cannot be recomputed"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)
    if prior is not None:
        check = crossyear.POINTS_ID if prior.report_id != ctx.report_id else check
        reports = (prior.report_id,)
        reason = crossyear.comparability("nominal", claim.scope, current, prior)
        where = f"{prior.value.figure}% ({prior.report_id})"
        if reason is not None:
            return _not_comparable(check, ind, claim, where, reason, reports)
        result = crossyear.decide_points(current, prior, change, ctx.rounding)
        span = result.computed.format(2, " points")
        recomputed = f"{format_number(result.point)} points ({span})"
        verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
        message = (
            f"{current.value.figure}% against {where} is {format_number(result.point)} points, "
            f"{span} within rounding: {change.text} {verb}"
        )
        return _Result(check, ind.name, result.verdict, recomputed, message, reports=reports)
    single = points.check_point_change(current.value.number(), change, rounding=ctx.rounding)
    recomputed = f"prior {single.prior.format(2, '%')}"
    if single.verdict is Verdict.INCONSISTENT:
        message = f"the prior would be {single.prior.format(2, '%')}, outside 0–100%"
    else:
        message = (
            f"implies {_against(claim)} at {single.prior.format(2, '%')}; no figure to compare"
        )
    return _Result(check, ind.name, single.verdict, recomputed, message)


# --- shares ---------------------------------------------------------------------------


def _share(ctx: _Context, claim: Share) -> _Result:
    rate_ind = ctx.indicator(claim.rate)
    rate = ctx.number(claim.rate, claim.period)
    assert rate is not None  # load_report guarantees a value for the claim's period
    part = None if claim.part is None else ctx.number(claim.part, claim.period)
    whole = None if claim.whole is None else ctx.number(claim.whole, claim.period)
    unit_of = next((ctx.indicator(i).unit for i in (claim.part, claim.whole) if i is not None), "")
    if _units_differ(ctx, claim):
        return _share_across_units(ctx, claim, rate)
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
        case "rate" if result.recomputed is None:
            recomputed = "no rate"
            message = f"the whole is {whole.text if whole else '0'}, so no rate of it can be stated"
        case "rate":
            assert part is not None and whole is not None and result.recomputed is not None
            recomputed = result.recomputed.format(2, "%")
            message = f"{part.text}/{whole.text} = {recomputed}; stated {rate.text}%"
        case "whole" | "part" if not count and result.recomputed is not None:
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
    if result.verdict is Verdict.INCONSISTENT and result.target != "bound":
        message += _other_roundings(ctx, claim, rate, part, whole, count)
    return _Result(check, rate_ind.name, result.verdict, recomputed, message)


def _other_roundings(
    ctx: _Context,
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
        and shares.check_share(
            rate, part=part, whole=whole, count=count, bounded=claim.bounded, rounding=model
        ).verdict
        is not Verdict.INCONSISTENT
    ]
    return f"; it holds if rounded by {' or '.join(others)}" if others else ""


def _units_differ(ctx: _Context, claim: Share) -> bool:
    if claim.part is None or claim.whole is None:
        return False
    return ctx.indicator(claim.part).unit != ctx.indicator(claim.whole).unit


def _share_across_units(ctx: _Context, claim: Share, rate: StatedNumber) -> _Result:
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
        return _Result(shares.CHECK_ID, name, Verdict.INCONSISTENT, "no rate", message)
    computed = part.divide(whole.intersect(positive)).scale(100)
    shown = computed.format(2, "%")
    verdict = (
        Verdict.CONSISTENT
        if computed.overlaps(rate.interval(ctx.rounding))
        else (Verdict.INCONSISTENT)
    )
    part_text = _figure_with_unit(ctx, claim.part, claim.period)
    whole_text = _figure_with_unit(ctx, claim.whole, claim.period)
    message = f"{part_text}/{whole_text} = {shown}; stated {rate.text}%"
    return _Result(shares.CHECK_ID, name, verdict, shown, message)


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
    # Parts in 万元 of a whole in 亿元 add up in the whole's unit (load_report has checked
    # that they measure one dimension).
    part_intervals = [ctx.interval(p, claim.period, whole_ind.unit) for p in claim.parts]
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
    return _Result(check, whole_ind.name, result.verdict, f"sum {total}", message, tuple(readings))


# --- listed counts --------------------------------------------------------------------


def _listed(ctx: _Context, claim: ListedCount) -> _Result:
    ind = ctx.indicator(claim.indicator)
    number = ctx.number(claim.indicator, claim.period)
    assert number is not None
    if number.qualifier is not Qualifier.EXACT or not number.is_whole:
        message = f"the count {number.text} is not exact, so the list cannot be counted against it"
        return _Result(
            listed.CHECK_ID, ind.name, Verdict.UNVERIFIABLE, f"{len(claim.items)} named", message
        )
    stated = int(number.magnitude)
    result = listed.check_listed_count(len(claim.items), stated, open_list=claim.open_list)
    n = len(claim.items)
    if result.verdict is Verdict.INCONSISTENT and n > stated:
        message = f"the list names {n} items but the count says {stated}"
    elif result.verdict is Verdict.INCONSISTENT:
        message = f"the list names {n} items, without 等, but the count says {stated}"
    elif result.verdict is Verdict.UNVERIFIABLE:
        message = f"the list names one item and 等, which fits any count: {stated} is not tested"
    elif result.complete:
        message = f"the list names all {stated}"
    else:
        message = f"the list names {n} of {stated}; 等 says the rest are not named"
    return _Result(listed.CHECK_ID, ind.name, result.verdict, f"{n} named", message)


# --- multiples, average growth, thresholds, directions ---------------------------------


def _level(ctx: _Context, stated: StatedValue | None) -> Interval | None:
    return None if stated is None else stated.interval(ctx.rounding)


def _multiple(ctx: _Context, claim: Multiple) -> _Result:
    ind = ctx.indicator(claim.indicator)
    ratio = multiple_ratio(claim.stated, ctx.rounding)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    check = growth.MULTIPLE_ID
    cur = _level(ctx, current)
    if cur is None:
        message = f"no figure for {ind.name} is stated for {claim.period}"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)
    result = growth.check_multiple(cur, _level(ctx, prior), ratio)
    assert result.recomputed is not None
    if prior is None:
        implied = result.recomputed.format(2, ind.unit)
        message = (
            f"{claim.stated} means ×{ratio.format(3)}; it implies {_against(claim)} at "
            f"{implied}, and no {_against(claim)} figure is stated to compare"
        )
        return _Result(
            check, ind.name, Verdict.UNVERIFIABLE, f"{_against(claim)} {implied}", message
        )
    shown = result.recomputed.format(3)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    later = current.value.figure if current else ""
    message = (
        f"{later}{ind.unit} over {prior.shown} is ×{shown}; "
        f"{claim.stated} (×{ratio.format(3)}) {verb}"
    )
    return _Result(
        check, ind.name, result.verdict, f"×{shown}", message, reports=(prior.report_id,)
    )


def _average_growth(ctx: _Context, claim: AverageGrowth) -> _Result:
    ind = ctx.indicator(claim.indicator)
    rate = parse_figure(claim.stated)
    check = growth.AVERAGE_GROWTH_ID
    if not isinstance(claim.against, int) or claim.against >= claim.period:
        message = "the start year must be an earlier year"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "no span of years", message)
    years = claim.period - claim.against
    span = f"{claim.against}–{claim.period}"
    basis = crossyear.infer_basis(claim.basis, claim.quote, ind)
    implied = growth.growth_ratio(rate.interval(ctx.rounding), years)
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    cur, pri = _level(ctx, current), _level(ctx, prior)
    multiple = _stated_multiple(ctx, claim)
    # A stated multiple is decided in its own price basis: a GDP multiple beside a GDP
    # rate is real like the rate, unless the file says otherwise.
    same_basis = multiple is not None and multiple[2] == basis
    levels_fit = basis != "comparable" and cur is not None and pri is not None
    if multiple is not None and same_basis and not levels_fit:
        ratio, multiple_text, _ = multiple
        result = growth.check_average_growth(rate.interval(ctx.rounding), years, ratio=ratio)
        against = f"the stated {multiple_text} ({basis} basis, as the rate)"
        reports: tuple[str, ...] = ()
    elif levels_fit and prior is not None and cur is not None and pri is not None:
        result = growth.check_average_growth(
            rate.interval(ctx.rounding), years, current=cur, prior=pri
        )
        against = f"{prior.shown} in {claim.against}"
        reports = (prior.report_id,)
    elif pri is not None or multiple is not None:
        what = "the levels are nominal" if multiple is None else "the multiple's basis differs"
        if multiple is not None:
            what = f"the stated {multiple[1]} is {multiple[2]}"
        reason = f"the yearly rate is at {basis} prices while {what}"
        if basis == "comparable":
            reason = f"the yearly rate is at comparable prices (可比价) while {what}"
        return _Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            f"×{implied.format(3)} over {years} years",
            f"not comparable: {reason}",
        )
    else:
        message = (
            f"{rate.text} a year over {years} years ({span}) means ×{implied.format(3)}; no "
            f"{claim.against} level or multiple is stated to compare"
        )
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, f"×{implied.format(3)}", message)
    assert result.recomputed is not None
    lo, hi = growth.yearly_rate(result.recomputed, years)
    yearly = f"{lo:.2f}–{hi:.2f}%" if hi is not None else f"at least {lo:.2f}%"
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{against} gives ×{result.recomputed.format(3)} over {years} years ({span}), a yearly "
        f"{yearly}; {rate.text} (×{implied.format(3)}) {verb}"
    )
    return _Result(check, ind.name, result.verdict, f"yearly {yearly}", message, reports=reports)


def _stated_multiple(ctx: _Context, claim: AverageGrowth) -> tuple[Interval, str, str] | None:
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


def _threshold(ctx: _Context, claim: Threshold) -> _Result:
    ind = ctx.indicator(claim.indicator)
    bound = parse_figure(claim.stated)
    bound_interval = bound.interval(ctx.rounding)
    check = growth.THRESHOLD_ID
    value = _level(ctx, ctx.stated(claim.indicator, claim.period))
    if value is None:
        message = f"no figure for {ind.name} is stated for {claim.period}"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)
    result = growth.check_threshold(value, bound_interval)
    shown = value.format(2, ind.unit)
    if result.verdict is Verdict.INCONSISTENT:
        message = f"{ind.name} is {shown}, which is not {claim.stated}{ind.unit}"
        return _Result(check, ind.name, result.verdict, shown, message)
    message = f"{ind.name} {shown} is {claim.stated}{ind.unit}"
    if not claim.first_time:
        return _Result(check, ind.name, result.verdict, shown, message)
    prior = ctx.prior(claim.indicator, claim.period - 1)
    earlier = _level(ctx, prior)
    if earlier is None or prior is None:
        message += f"; no {claim.period - 1} figure is stated to confirm it is the first time"
        return _Result(check, ind.name, result.verdict, shown, message)
    reports = (prior.report_id,)
    if growth.check_threshold(earlier, bound_interval).verdict is Verdict.CONSISTENT and (
        earlier.lo is not None and bound_interval.lo is not None and earlier.lo > bound_interval.lo
    ):
        message = (
            f"not the first time: {claim.period - 1} was already {prior.shown} ({prior.report_id})"
        )
        return _Result(check, ind.name, Verdict.INCONSISTENT, shown, message, reports=reports)
    message += f", and {claim.period - 1} was {prior.shown}: the first time"
    return _Result(check, ind.name, result.verdict, shown, message, reports=reports)


def _direction(ctx: _Context, claim: Direction) -> _Result:
    ind = ctx.indicator(claim.indicator)
    direction = parse_direction(claim.stated)
    check = growth.DIRECTION_ID
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    cur, pri = _level(ctx, current), _level(ctx, prior)
    if cur is None or pri is None or prior is None or current is None:
        message = f"both levels are needed to check {claim.stated}; one is not stated"
        return _Result(check, ind.name, Verdict.UNVERIFIABLE, "a level is missing", message)
    reports = (prior.report_id,)
    reason = crossyear.comparability("nominal", claim.scope, current, prior)
    if reason is not None:
        return _Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            "",
            f"not comparable: {reason}",
            reports=reports,
        )
    result = growth.check_direction(cur, pri, direction)
    assert result.recomputed is not None
    shown = result.recomputed.format(2, ind.unit)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{current.value.figure}{ind.unit} against {prior.shown} "
        f"({prior.report_id}) is a change of {shown}: {claim.stated} {verb}"
    )
    return _Result(check, ind.name, result.verdict, f"change {shown}", message, reports=reports)
