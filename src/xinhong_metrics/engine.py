"""The public entry: check report files (or loaded reports) into one findings frame."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import polars as pl

from xinhong_metrics.checks import check_report
from xinhong_metrics.checks.crossyear import restatement_findings
from xinhong_metrics.checks.cumulative import cumulative_findings
from xinhong_metrics.discovery import TEXT_SUFFIX
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.files import (
    LoadedReport,
    find_report_files,
    load_document,
    load_report,
    read_text_file,
)
from xinhong_metrics.findings import Finding
from xinhong_metrics.frames import findings_frame
from xinhong_metrics.numbers import Rounding
from xinhong_metrics.reports import ReportSet

__all__ = ["check", "check_findings", "report_set"]


def report_set(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
    *,
    exclude: Sequence[str] = (),
    skipped: list[ReportFileError] | None = None,
) -> ReportSet:
    """Gather report files, report texts, folders of them, or loaded reports into a set.

    A report text (``.txt``) is drafted in memory, unless a report file in the set
    names it as its source text.

    ``exclude`` holds glob patterns of files and folders to leave out of the folders
    searched (see :func:`xinhong_metrics.files.find_report_files`). With ``skipped``, a
    report text that cannot be drafted (it names no year, or its draft does not load) is
    left out and its error added there, so that one text does not stop a folder; a report
    file that does not load always raises.

    Raises:
        ReportFileError: for a file that cannot be read or does not validate.
    """
    if isinstance(reports, ReportSet):
        return reports
    if isinstance(reports, str | Path | LoadedReport):
        reports = [reports]  # one path, not the characters of its name
    loaded: list[LoadedReport] = []
    texts: list[Path] = []
    for item in reports:
        if isinstance(item, LoadedReport):
            loaded.append(item)
            continue
        for path in find_report_files([item], texts=True, exclude=exclude):
            if path.suffix == TEXT_SUFFIX:
                texts.append(path)
            else:
                loaded.append(load_report(path))
    # A text that a report file already covers is checked through that file; any other
    # is drafted in memory, so a folder of raw texts checks unattended.
    covered = {_source_of(r) for r in loaded}
    for path in texts:
        if path.resolve() in covered:
            continue
        try:
            loaded.append(_drafted(path))
        except ReportFileError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
    return ReportSet(loaded)


def _source_of(loaded: LoadedReport) -> Path | None:
    text = loaded.report.report.source.text
    return None if text is None else (loaded.path.parent / text).resolve()


def _drafted(path: Path) -> LoadedReport:
    from xinhong_metrics.extract import draft_report  # noqa: PLC0415 - only texts need it

    text = read_text_file(path)
    try:
        draft = draft_report(text, report_id=path.stem, source_text=path.name)
    except ReportFileError as exc:  # a text that names no year: its period is unknown
        raise ReportFileError(exc.reason, file=str(path), field=exc.field) from None
    try:
        return load_document(draft.document, path=path, text=text)
    except ReportFileError as exc:
        # A draft that does not load is the extractor's fault, said as such.
        raise ReportFileError(
            f"the draft of this text does not load ({exc.reason}); please report it",
            file=str(path),
            field=exc.field,
        ) from None


def check_findings(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
    rounding: Rounding = Rounding.HALF_UP,
    *,
    exclude: Sequence[str] = (),
) -> list[Finding]:
    """Check reports, each against the others of its entity, and return the findings.

    Args:
        reports: a report file or folder (a plain ``str`` is one path), several of
            them, loaded reports, or a report set.
        rounding: how the reports' figures are taken to be rounded.
        exclude: glob patterns of files and folders to leave out of the folders given.

    Returns:
        One finding per claim, then one per value that two reports both state.
    """
    collection = report_set(reports, exclude=exclude)
    findings: list[Finding] = []
    for loaded in collection:
        findings.extend(check_report(loaded, rounding, collection))
    findings.extend(restatement_findings(collection, rounding))
    findings.extend(cumulative_findings(collection, rounding))
    return findings


def check(
    reports: str | Path | LoadedReport | Iterable[str | Path | LoadedReport] | ReportSet,
    rounding: Rounding = Rounding.HALF_UP,
    *,
    exclude: Sequence[str] = (),
) -> pl.DataFrame:
    """Check reports and return the findings frame, single-report and cross-year together.

    Args:
        reports: a report file or folder (a plain ``str`` is one path), several of
            them, loaded reports, or a report set.
        rounding: how the reports' figures are taken to be rounded.
        exclude: glob patterns of files and folders to leave out of the folders given.

    Returns:
        One row per claim (and per restated value), in the columns of the output
        contract, validated by :class:`~xinhong_metrics.schemas.FindingSchema`.

    Raises:
        ReportFileError: for a report file that cannot be read or does not validate.
    """
    return findings_frame(check_findings(reports, rounding, exclude=exclude))
