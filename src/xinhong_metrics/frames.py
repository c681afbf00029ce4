"""Reports as polars frames: observations, claims and findings, each validated by pandera."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.files import LoadedReport
from xinhong_metrics.findings import Finding
from xinhong_metrics.model import ChangeClaim, Report
from xinhong_metrics.numbers import Rounding
from xinhong_metrics.reports import level_interval
from xinhong_metrics.units import is_count_unit

__all__ = ["claims_frame", "findings_frame", "observations_frame"]

_FINDING_SCHEMA: dict[str, pl.DataType | type[pl.DataType]] = {
    col.CHECK: pl.String,
    col.VERDICT: pl.String,
    col.SEVERITY: pl.String,
    col.ENTITY: pl.String,
    col.REPORT: pl.List(pl.String),
    col.INDICATOR: pl.String,
    col.PERIODS: pl.List(pl.Int64),
    col.QUOTE: pl.String,
    col.STATED: pl.String,
    col.RECOMPUTED: pl.String,
    col.MESSAGE: pl.String,
    col.FILE: pl.String,
    col.LINE: pl.Int64,
    col.OFFSET: pl.Int64,
}


def _reports(reports: Iterable[Report | LoadedReport]) -> list[Report]:
    return [r.report if isinstance(r, LoadedReport) else r for r in reports]


def observations_frame(
    reports: Iterable[Report | LoadedReport], rounding: Rounding = Rounding.HALF_UP
) -> pl.LazyFrame:
    """One row per stated value, with the bounds its figure allows.

    Args:
        reports: reports, as loaded or as models.
        rounding: the rounding model that sets ``low`` and ``high``.

    Returns:
        A lazy frame validated against :class:`~xinhong_metrics.schemas.ObservationSchema`.
    """
    rows = []
    for report in _reports(reports):
        for ind in report.indicators:
            for value in ind.values:
                number = value.number()
                interval = level_interval(number, ind.unit, rounding, ind.name)
                rows.append(
                    {
                        col.REPORT: report.report.id,
                        col.ENTITY: report.report.entity,
                        col.INDICATOR_ID: ind.id,
                        col.INDICATOR: ind.name,
                        col.UNIT: ind.unit,
                        col.PERIOD: value.period,
                        col.FIGURE: value.figure,
                        col.QUALIFIER: number.qualifier.value,
                        col.VALUE: float(number.value),
                        col.LOW: None if interval.lo is None else float(interval.lo),
                        col.HIGH: None if interval.hi is None else float(interval.hi),
                        col.IS_COUNT: is_count_unit(ind.unit),
                        col.QUOTE: value.quote,
                        col.OFFSET: value.offset,
                    }
                )
    frame = pl.DataFrame(
        rows,
        schema={
            col.REPORT: pl.String,
            col.ENTITY: pl.String,
            col.INDICATOR_ID: pl.String,
            col.INDICATOR: pl.String,
            col.UNIT: pl.String,
            col.PERIOD: pl.Int64,
            col.FIGURE: pl.String,
            col.QUALIFIER: pl.String,
            col.VALUE: pl.Float64,
            col.LOW: pl.Float64,
            col.HIGH: pl.Float64,
            col.IS_COUNT: pl.Boolean,
            col.QUOTE: pl.String,
            col.OFFSET: pl.Int64,
        },
    )
    from xinhong_metrics.schemas import ObservationSchema  # noqa: PLC0415 - pandera when used

    return ObservationSchema.validate(frame).lazy()


def claims_frame(reports: Iterable[Report | LoadedReport]) -> pl.LazyFrame:
    """One row per claim: its kind, the indicator it is about, and its stated figure.

    Returns:
        A lazy frame validated against :class:`~xinhong_metrics.schemas.ClaimSchema`.
    """
    rows = []
    for report in _reports(reports):
        for index, claim in enumerate(report.claims):
            against: str | None = None
            stated: str | None = getattr(claim, "stated", None)
            if isinstance(claim, ChangeClaim):
                against = str(claim.against)
            rows.append(
                {
                    col.REPORT: report.report.id,
                    col.CLAIM_INDEX: index,
                    col.KIND: claim.kind,
                    col.INDICATOR_ID: claim.subject,
                    col.PERIOD: claim.period,
                    col.AGAINST: against,
                    col.STATED: stated,
                    col.QUOTE: claim.quote,
                    col.OFFSET: claim.offset,
                }
            )
    frame = pl.DataFrame(
        rows,
        schema={
            col.REPORT: pl.String,
            col.CLAIM_INDEX: pl.Int64,
            col.KIND: pl.String,
            col.INDICATOR_ID: pl.String,
            col.PERIOD: pl.Int64,
            col.AGAINST: pl.String,
            col.STATED: pl.String,
            col.QUOTE: pl.String,
            col.OFFSET: pl.Int64,
        },
    )
    from xinhong_metrics.schemas import ClaimSchema  # noqa: PLC0415 - pandera when used

    return ClaimSchema.validate(frame).lazy()


def findings_frame(findings: Sequence[Finding], *, validate: bool = True) -> pl.DataFrame:
    """The findings as a frame in the output contract's columns, validated.

    Args:
        findings: the findings, as the engine returns them.
        validate: run :class:`~xinhong_metrics.schemas.FindingSchema` over the frame.
            The command line passes False: the frame is built from typed findings in a
            fixed schema, the tests validate it on every bundled and corpus report, and
            pandera's first validation imports hypothesis (0.3–0.5 s of CPU per run).

    Returns:
        A frame in the columns and types of :class:`~xinhong_metrics.schemas.FindingSchema`,
        validated against it unless ``validate`` is False.
    """
    rows = [
        {
            col.CHECK: f.check,
            col.VERDICT: f.verdict.value,
            col.SEVERITY: None if f.severity is None else f.severity.value,
            col.ENTITY: f.entity,
            col.REPORT: list(f.report),
            col.INDICATOR: f.indicator,
            col.PERIODS: list(f.periods),
            col.QUOTE: f.quote,
            col.STATED: f.stated,
            col.RECOMPUTED: f.recomputed,
            col.MESSAGE: f.message,
            col.FILE: f.file,
            col.LINE: f.line,
            col.OFFSET: f.offset,
        }
        for f in findings
    ]
    frame = pl.DataFrame(rows, schema=_FINDING_SCHEMA)
    if not validate:
        return frame
    from xinhong_metrics.schemas import FindingSchema  # noqa: PLC0415 - pandera when used

    return FindingSchema.validate(frame)
