"""The public entry: check report files (or loaded reports) into one findings frame."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from xinhong_metrics.checks import check_report
from xinhong_metrics.checks.crossyear import restatement_findings
from xinhong_metrics.files import LoadedReport, find_report_files, load_report
from xinhong_metrics.findings import Finding
from xinhong_metrics.frames import findings_frame
from xinhong_metrics.numbers import Rounding
from xinhong_metrics.reports import ReportSet

__all__ = ["check", "check_findings", "report_set"]


def report_set(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
) -> ReportSet:
    """Gather report files, folders of them, or loaded reports into a :class:`ReportSet`.

    Raises:
        ReportFileError: for a file that cannot be read or does not validate.
    """
    if isinstance(reports, ReportSet):
        return reports
    if isinstance(reports, str | Path | LoadedReport):
        reports = [reports]  # one path, not the characters of its name
    loaded: list[LoadedReport] = []
    for item in reports:
        if isinstance(item, LoadedReport):
            loaded.append(item)
        else:
            loaded.extend(load_report(p) for p in find_report_files([item]))
    return ReportSet(loaded)


def check_findings(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
    rounding: Rounding = Rounding.HALF_UP,
) -> list[Finding]:
    """Check reports, each against the others of its entity, and return the findings.

    Args:
        reports: a report file or folder (a plain ``str`` is one path), several of
            them, loaded reports, or a report set.
        rounding: how the reports' figures are taken to be rounded.

    Returns:
        One finding per claim, then one per value that two reports both state.
    """
    collection = report_set(reports)
    findings: list[Finding] = []
    for loaded in collection:
        findings.extend(check_report(loaded, rounding, collection))
    findings.extend(restatement_findings(collection, rounding))
    return findings


def check(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
    rounding: Rounding = Rounding.HALF_UP,
) -> pl.DataFrame:
    """Check reports and return the findings frame, single-report and cross-year together.

    Args:
        reports: a report file or folder (a plain ``str`` is one path), several of
            them, loaded reports, or a report set.
        rounding: how the reports' figures are taken to be rounded.

    Returns:
        One row per claim (and per restated value), in the columns of the output
        contract, validated by :class:`~xinhong_metrics.schemas.FindingSchema`.

    Raises:
        ReportFileError: for a report file that cannot be read or does not validate.
    """
    return findings_frame(check_findings(reports, rounding))
