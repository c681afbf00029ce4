"""The engine of one report: ask each claim's family, guard the verdict, place the finding."""

from __future__ import annotations

from dataclasses import replace

from xinhong_metrics.checks._context import Context, Result
from xinhong_metrics.checks.crossyear import reworded_link
from xinhong_metrics.checks.registry import family
from xinhong_metrics.concepts import specific_name
from xinhong_metrics.files import LoadedReport
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import ChangeClaim, Claim, Share, Threshold
from xinhong_metrics.numbers import Rounding
from xinhong_metrics.reports import ReportSet, namesakes

__all__ = ["check_report"]


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
    ctx = Context(loaded, rounding, reports if reports is not None else ReportSet([loaded]))
    return [_finding(ctx, index, claim) for index, claim in enumerate(loaded.report.claims)]


def _finding(ctx: Context, index: int, claim: Claim) -> Finding:
    fam = family(claim.kind)
    try:
        result, stated = fam.decide(ctx, claim), fam.stated(ctx, claim)
    except (ValueError, ArithmeticError) as exc:
        # Figures outside what a check's arithmetic takes (a negative level under a
        # relative change) are reported on the claim, never raised at the user.
        ind = ctx.indicator(claim.subject).name
        message = f"could not be recomputed: {exc}"
        result = Result(fam.check, ind, Verdict.UNVERIFIABLE, "", message)
        stated = str(getattr(claim, "stated", ""))
    result = _unless_unreviewed(claim, _unless_vacuous(ctx, claim, result))
    result = _unless_reworded(ctx, claim, result)
    result = _unless_linked_by_name(ctx, claim, result)
    others = tuple(r for r in result.reports if r != ctx.report_id)
    return Finding(
        check=result.check,
        verdict=result.verdict,
        entity=ctx.entity,
        report=(ctx.report_id, *others),
        indicator=result.indicator,
        periods=_periods(claim),
        quote=claim.quote,
        stated=stated,
        recomputed=result.recomputed,
        message=result.message,
        file=str(ctx.loaded.path),
        line=ctx.loaded.line_of(("claims", index)) or ctx.loaded.text_line(claim.offset),
        offset=claim.offset,
        readings=result.readings,
    )


def _touched_levels(ctx: Context, claim: Claim) -> list[tuple[str, Interval]]:
    """Every level a claim's decision rests on: its own indicators', and the earlier one."""
    levels: list[tuple[str, Interval]] = []
    for _, ref in claim.references():
        stated = ctx.stated(ref, claim.period)
        if stated is not None:
            levels.append((stated.value.figure, stated.interval(ctx.rounding)))
    if isinstance(claim, ChangeClaim) and isinstance(claim.against, int):
        prior = ctx.prior(claim.indicator, claim.against)
        if prior is not None:
            levels.append((prior.value.figure, prior.interval(ctx.rounding)))
    return levels


def _unless_vacuous(ctx: Context, claim: Claim, result: Result) -> Result:
    """Consistent only where the test could have failed.

    A level bounded on one side only (突破3万亿, 500以上) leaves the recomputed range open
    on that side. With one such level, bounded away from zero, the other side is still
    tested (突破3万亿元 against 2.63万亿元 rules out an increase below 3650亿元): the
    claim stays consistent, and the finding says only one side was tested. With two, or
    with a bound at zero (逾0), nearly any stated figure meets it: unverifiable.
    """
    if result.verdict is not Verdict.CONSISTENT:
        return result
    open_ended = [(f, level) for f, level in _touched_levels(ctx, claim) if level.width is None]
    if not open_ended:
        return result
    said = "、".join(figure for figure, _ in open_ended)
    if len(open_ended) == 1 and _bounded_away_from_zero(open_ended[0][1]):
        message = (
            f"{result.message}; {said} is bounded on one side only, so one side of the "
            "range was tested"
        )
        return replace(result, message=message)
    message = (
        f"{result.message}; but {said} is bounded on one side only, so the recomputed range "
        "is open and the test could not have failed: unverifiable"
    )
    return replace(result, verdict=Verdict.UNVERIFIABLE, message=message)


def _bounded_away_from_zero(level: Interval) -> bool:
    """Whether a one-sided level's finite end says something: 突破3万亿, not 逾0."""
    end = level.lo if level.lo is not None else level.hi
    return end is not None and end > 0


def _unless_unreviewed(claim: Claim, result: Result) -> Result:
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


def _unless_reworded(ctx: Context, claim: Claim, result: Result) -> Result:
    """A check against another report's value under a reworded name: said, and never an error.

    智慧教室 in one year's draft, 智慧课堂教室 the next (see ``ReportSet.reworded``): the
    link is a guess a person confirms. A fit says so; a misfit is unverifiable, with what
    the two figures would mean if the names were one measure.
    """
    if not (isinstance(claim, ChangeClaim) and isinstance(claim.against, int)):
        return result
    if not any(r != ctx.report_id for r in result.reports):
        return result
    prior = ctx.prior(claim.indicator, claim.against)
    own = ctx.indicator(claim.indicator)
    if prior is None or own.concept is not None or prior.indicator.id == own.id:
        return result
    link = reworded_link(prior, own.name, ctx.report_id)
    if result.verdict is Verdict.CONSISTENT:
        return replace(result, message=f"{result.message} ({link}; review the link)")
    if result.verdict not in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS):
        return result
    message = (
        f"{link}, if they are: {result.message}; nothing is concluded until a person "
        "reviews the link"
    )
    return replace(result, verdict=Verdict.UNVERIFIABLE, message=message, readings=())


def _unless_linked_by_name(ctx: Context, claim: Claim, result: Result) -> Result:
    """A failing check against another report, linked by a short drafted name alone, is no error.

    Without a catalog concept, a draft links an indicator across reports only by its name
    (社区工作者 in both years). On a specific name (see ``specific_name``) the verdict
    stands, and says it rests on the name; on a short one (毕业生, 招生) a misfit is a
    question for the reviewer, since the name may measure another scope in the other year.
    """
    if (
        not ctx.drafted
        or result.verdict not in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS)
        or not any(r != ctx.report_id for r in result.reports)
    ):
        return result
    linked = claim.part if isinstance(claim, Share) and claim.part else claim.subject
    indicator = ctx.indicator(linked)
    if indicator.concept is not None:
        return result
    repeated: list[str] = []
    for loaded in ctx.reports:
        if loaded.report.report.id in result.reports:
            repeated += [v.shown for v in namesakes(loaded, linked)]
    if repeated:
        message = (
            f"linked by name only: {result.message}; but a report states {indicator.name} "
            f"more than once ({', '.join(dict.fromkeys(repeated))}), so nothing is concluded "
            "until a person says which figure is meant"
        )
        return replace(result, verdict=Verdict.UNVERIFIABLE, message=message, readings=())
    if specific_name(indicator.name):
        message = f"{result.message} (linked to the other report by the name {indicator.name})"
        return replace(result, message=message)
    message = (
        f"linked by name only: {result.message}; no catalog concept says the other report's "
        f"{indicator.name} is the same measure, so nothing is concluded until a person "
        "reviews the link"
    )
    return replace(result, verdict=Verdict.UNVERIFIABLE, message=message, readings=())


def _periods(claim: Claim) -> tuple[int, ...]:
    if isinstance(claim, ChangeClaim) and isinstance(claim.against, int):
        return (claim.against, claim.period)
    if isinstance(claim, Threshold) and claim.first_time:
        return (claim.period - 1, claim.period)
    return (claim.period,)
