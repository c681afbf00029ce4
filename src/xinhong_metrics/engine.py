"""The public entry: check report files (or loaded reports) into one findings frame."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from xinhong_metrics.checks import check_report
from xinhong_metrics.files import LoadedReport, find_report_files, load_report
from xinhong_metrics.findings import Finding
from xinhong_metrics.frames import findings_frame
from xinhong_metrics.numbers import Rounding

__all__ = ["check", "check_findings", "load_reports"]


def load_reports(paths: Iterable[str | Path]) -> list[LoadedReport]:
    """Load every report file under the given files and folders.

    Raises:
        ReportFileError: for the first file that cannot be read or does not validate.
    """
    return [load_report(p) for p in find_report_files(paths)]


def check_findings(
    reports: Iterable[str | Path | LoadedReport], rounding: Rounding = Rounding.HALF_UP
) -> list[Finding]:
    """Check reports and return the findings as objects (with their readings).

    Args:
        reports: report files, folders of them, or loaded reports.
        rounding: how the reports' figures are taken to be rounded.
    """
    findings: list[Finding] = []
    for item in reports:
        loaded = [item] if isinstance(item, LoadedReport) else load_reports([item])
        for report in loaded:
            findings.extend(check_report(report, rounding))
    return findings


def check(
    reports: Iterable[str | Path | LoadedReport], rounding: Rounding = Rounding.HALF_UP
) -> pl.DataFrame:
    """Check reports and return the findings frame.

    Args:
        reports: report files, folders of them, or loaded reports.
        rounding: how the reports' figures are taken to be rounded.

    Returns:
        One row per claim, in the columns of the output contract, validated by
        :class:`~xinhong_metrics.schemas.FindingSchema`.

    Raises:
        ReportFileError: for a report file that cannot be read or does not validate.
    """
    return findings_frame(check_findings(reports, rounding))
