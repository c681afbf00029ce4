"""xinhong_metrics: check the numbers in Chinese government work reports.

The public names are imported when first used, so that ``import xinhong_metrics`` and
the command line's ``--help`` do not pay for polars, pandera and pint until a check
needs them. Every exported function raises only the library's own errors (see _api).
"""

from __future__ import annotations

import importlib
from types import FunctionType
from typing import TYPE_CHECKING, Any

from xinhong_metrics._api import public

if TYPE_CHECKING:
    from xinhong_metrics.checks import audit, check_report
    from xinhong_metrics.checks.direction import check_direction
    from xinhong_metrics.checks.growth import (
        average_growth_frame,
        check_average_growth,
        check_multiple,
        multiple_frame,
    )
    from xinhong_metrics.checks.listed import check_listed_count, listed_count_frame
    from xinhong_metrics.checks.parts import check_parts, parts_frame
    from xinhong_metrics.checks.points import check_point_change, points_between_frame
    from xinhong_metrics.checks.relative_change import (
        change_between_frame,
        check_change,
        implied_prior,
        relative_change_frame,
        smallest_whole_pair,
    )
    from xinhong_metrics.checks.shares import check_share, share_frame, smallest_base
    from xinhong_metrics.checks.threshold import check_threshold, threshold_frame
    from xinhong_metrics.concepts import Catalog, load_catalog, using_catalog
    from xinhong_metrics.engine import check, check_findings, report_set
    from xinhong_metrics.errors import (
        ArgumentError,
        FigureError,
        ReportFileError,
        UnitError,
        UsageError,
        XinhongError,
    )
    from xinhong_metrics.files import LoadedReport, load_report, report_json_schema
    from xinhong_metrics.findings import Finding, Reading, Severity, Verdict
    from xinhong_metrics.formats import OutputFormat
    from xinhong_metrics.frames import claims_frame, findings_frame, observations_frame
    from xinhong_metrics.intervals import Interval
    from xinhong_metrics.model import Report
    from xinhong_metrics.numbers import NumberKind, Qualifier, Rounding, StatedNumber, parse_figure
    from xinhong_metrics.page import html_report
    from xinhong_metrics.rendering import render
    from xinhong_metrics.reports import ReportSet, StatedValue, load_reports
    from xinhong_metrics.tables import (
        IndicatorTableSchema,
        ParsedTableSchema,
        check_table_file,
        indicator_table,
        parse_table,
        read_table,
        table_findings,
        table_findings_frame,
    )

# Each public name and the module that defines it.
_EXPORTS: dict[str, str] = {
    "ArgumentError": "xinhong_metrics.errors",
    "FigureError": "xinhong_metrics.errors",
    "Finding": "xinhong_metrics.findings",
    "IndicatorTableSchema": "xinhong_metrics.tables",
    "Interval": "xinhong_metrics.intervals",
    "LoadedReport": "xinhong_metrics.files",
    "NumberKind": "xinhong_metrics.numbers",
    "OutputFormat": "xinhong_metrics.formats",
    "ParsedTableSchema": "xinhong_metrics.tables",
    "Qualifier": "xinhong_metrics.numbers",
    "Reading": "xinhong_metrics.findings",
    "Report": "xinhong_metrics.model",
    "ReportFileError": "xinhong_metrics.errors",
    "ReportSet": "xinhong_metrics.reports",
    "Rounding": "xinhong_metrics.numbers",
    "Severity": "xinhong_metrics.findings",
    "StatedNumber": "xinhong_metrics.numbers",
    "StatedValue": "xinhong_metrics.reports",
    "UnitError": "xinhong_metrics.errors",
    "UsageError": "xinhong_metrics.errors",
    "Verdict": "xinhong_metrics.findings",
    "XinhongError": "xinhong_metrics.errors",
    "Catalog": "xinhong_metrics.concepts",
    "audit": "xinhong_metrics.checks",
    "average_growth_frame": "xinhong_metrics.checks.growth",
    "change_between_frame": "xinhong_metrics.checks.relative_change",
    "check": "xinhong_metrics.engine",
    "check_average_growth": "xinhong_metrics.checks.growth",
    "check_change": "xinhong_metrics.checks.relative_change",
    "check_direction": "xinhong_metrics.checks.direction",
    "check_findings": "xinhong_metrics.engine",
    "check_listed_count": "xinhong_metrics.checks.listed",
    "check_multiple": "xinhong_metrics.checks.growth",
    "check_parts": "xinhong_metrics.checks.parts",
    "check_point_change": "xinhong_metrics.checks.points",
    "check_report": "xinhong_metrics.checks",
    "check_share": "xinhong_metrics.checks.shares",
    "check_table_file": "xinhong_metrics.tables",
    "check_threshold": "xinhong_metrics.checks.threshold",
    "claims_frame": "xinhong_metrics.frames",
    "findings_frame": "xinhong_metrics.frames",
    "html_report": "xinhong_metrics.page",
    "implied_prior": "xinhong_metrics.checks.relative_change",
    "indicator_table": "xinhong_metrics.tables",
    "listed_count_frame": "xinhong_metrics.checks.listed",
    "load_catalog": "xinhong_metrics.concepts",
    "load_report": "xinhong_metrics.files",
    "load_reports": "xinhong_metrics.reports",
    "multiple_frame": "xinhong_metrics.checks.growth",
    "observations_frame": "xinhong_metrics.frames",
    "parse_figure": "xinhong_metrics.numbers",
    "parse_table": "xinhong_metrics.tables",
    "parts_frame": "xinhong_metrics.checks.parts",
    "points_between_frame": "xinhong_metrics.checks.points",
    "read_table": "xinhong_metrics.tables",
    "relative_change_frame": "xinhong_metrics.checks.relative_change",
    "render": "xinhong_metrics.rendering",
    "report_json_schema": "xinhong_metrics.files",
    "report_set": "xinhong_metrics.engine",
    "share_frame": "xinhong_metrics.checks.shares",
    "smallest_base": "xinhong_metrics.checks.shares",
    "smallest_whole_pair": "xinhong_metrics.checks.relative_change",
    "table_findings": "xinhong_metrics.tables",
    "table_findings_frame": "xinhong_metrics.tables",
    "threshold_frame": "xinhong_metrics.checks.threshold",
    "using_catalog": "xinhong_metrics.concepts",
}

__all__ = [
    "ArgumentError",
    "Catalog",
    "FigureError",
    "Finding",
    "IndicatorTableSchema",
    "Interval",
    "LoadedReport",
    "NumberKind",
    "OutputFormat",
    "ParsedTableSchema",
    "Qualifier",
    "Reading",
    "Report",
    "ReportFileError",
    "ReportSet",
    "Rounding",
    "Severity",
    "StatedNumber",
    "StatedValue",
    "UnitError",
    "UsageError",
    "Verdict",
    "XinhongError",
    "audit",
    "average_growth_frame",
    "change_between_frame",
    "check",
    "check_average_growth",
    "check_change",
    "check_direction",
    "check_findings",
    "check_listed_count",
    "check_multiple",
    "check_parts",
    "check_point_change",
    "check_report",
    "check_share",
    "check_table_file",
    "check_threshold",
    "claims_frame",
    "findings_frame",
    "html_report",
    "implied_prior",
    "indicator_table",
    "listed_count_frame",
    "load_catalog",
    "load_report",
    "load_reports",
    "multiple_frame",
    "observations_frame",
    "parse_figure",
    "parse_table",
    "parts_frame",
    "points_between_frame",
    "read_table",
    "relative_change_frame",
    "render",
    "report_json_schema",
    "report_set",
    "share_frame",
    "smallest_base",
    "smallest_whole_pair",
    "table_findings",
    "table_findings_frame",
    "threshold_frame",
    "using_catalog",
]


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562), wrapping functions by ``_api.public``."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'xinhong_metrics' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    if isinstance(value, FunctionType):  # not inspect: 27 ms at every start
        value = public(value)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
