"""The timeline of one indicator across report years: stated, implied, and compared."""

from __future__ import annotations

import polars as pl

from xinhong_metrics.checks import check_report
from xinhong_metrics.checks.relative_change import implied_prior
from xinhong_metrics.findings import Finding
from xinhong_metrics.model import ChangeClaim, PointChange, RelativeChange
from xinhong_metrics.numbers import Rounding, parse_figure
from xinhong_metrics.reports import ReportSet, StatedValue, level_interval

__all__ = ["HISTORY_COLUMNS", "history_frame"]

HISTORY_COLUMNS = (
    "entity",
    "year",
    "report",
    "stated",
    "change",
    "implied_prior",
    "prior_stated",
    "verdict",
)


def history_frame(
    reports: ReportSet, indicator_id: str, rounding: Rounding = Rounding.HALF_UP
) -> pl.DataFrame:
    """One row per year and stating report for an indicator, oldest first.

    Args:
        reports: the report set.
        indicator_id: the stable id the report files declare.
        rounding: how the figures are taken to be rounded.

    Returns:
        A frame with the columns of :data:`HISTORY_COLUMNS`: the value stated, the change
        stated with it, the prior that change implies on its own, the prior an earlier
        report stated, and the verdict of the check between them.
    """
    rows: list[dict[str, object]] = []
    findings = _findings_by_quote(reports, rounding)
    for entity in reports.entities():
        for period in reports.periods(entity, indicator_id):
            for stated in reports.values(entity, indicator_id, period):
                rows.extend(_rows(reports, stated, findings, rounding))
    return pl.DataFrame(rows, schema=dict.fromkeys(HISTORY_COLUMNS, pl.String)).with_columns(
        pl.col("year").cast(pl.Int64)
    )


def _findings_by_quote(reports: ReportSet, rounding: Rounding) -> dict[tuple[str, str], Finding]:
    found: dict[tuple[str, str], Finding] = {}
    for loaded in reports:
        for finding in check_report(loaded, rounding, reports):
            found[(loaded.report.report.id, finding.quote)] = finding
    return found


def _rows(
    reports: ReportSet,
    stated: StatedValue,
    findings: dict[tuple[str, str], Finding],
    rounding: Rounding,
) -> list[dict[str, object]]:
    report = stated.report.report
    changes = [
        c
        for c in report.claims
        if isinstance(c, RelativeChange | PointChange)
        and c.indicator == stated.indicator.id
        and c.period == stated.value.period
    ]
    base: dict[str, object] = {
        "entity": report.report.entity,
        "year": str(stated.value.period),
        "report": stated.report_id,
        "stated": stated.shown,
    }
    if not changes:
        return [{**base, "change": "", "implied_prior": "", "prior_stated": "", "verdict": ""}]
    rows = []
    for claim in changes:
        finding = findings.get((stated.report_id, claim.quote))
        rows.append(
            {
                **base,
                "change": f"{claim.stated} vs {claim.against}",
                "implied_prior": _implied(stated, claim, rounding),
                "prior_stated": _prior_stated(reports, stated, claim),
                "verdict": "" if finding is None else finding.verdict.value,
            }
        )
    return rows


def _implied(stated: StatedValue, claim: RelativeChange | PointChange, rounding: Rounding) -> str:
    unit = stated.indicator.unit
    current = level_interval(stated.value.number(), unit, rounding, stated.indicator.name)
    change = parse_figure(claim.stated).interval(rounding)
    if isinstance(claim, PointChange):
        return current.add(-change).format(2, unit)
    if current.lo is None or current.lo < 0:
        return ""
    prior = implied_prior(current, change)
    return "" if prior.is_empty else prior.format(2, unit)


def _prior_stated(reports: ReportSet, stated: StatedValue, claim: ChangeClaim) -> str:
    if not isinstance(claim.against, int):
        return ""
    entity = stated.report.report.report.entity
    earlier = reports.values(entity, stated.indicator.id, claim.against)
    return "; ".join(f"{v.shown} ({v.report_id})" for v in earlier)
