"""xinhong_metrics: check the numbers in Chinese government work reports."""

from __future__ import annotations

import inspect as _inspect

from xinhong_metrics._api import public as _public
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
from xinhong_metrics.frames import claims_frame, findings_frame, observations_frame
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import Report
from xinhong_metrics.numbers import NumberKind, Qualifier, Rounding, StatedNumber, parse_figure
from xinhong_metrics.render import OutputFormat, render
from xinhong_metrics.reports import ReportSet, StatedValue, load_reports

__all__ = [
    "ArgumentError",
    "FigureError",
    "Finding",
    "Interval",
    "LoadedReport",
    "NumberKind",
    "OutputFormat",
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
    "check_threshold",
    "claims_frame",
    "findings_frame",
    "implied_prior",
    "listed_count_frame",
    "load_report",
    "load_reports",
    "multiple_frame",
    "observations_frame",
    "parse_figure",
    "parts_frame",
    "points_between_frame",
    "relative_change_frame",
    "render",
    "report_json_schema",
    "report_set",
    "share_frame",
    "smallest_base",
    "smallest_whole_pair",
    "threshold_frame",
]

# Every exported function raises only the library's own errors (see _api).
for _name in __all__:
    _member = globals()[_name]
    if _inspect.isfunction(_member):
        globals()[_name] = _public(_member)
del _name, _member
