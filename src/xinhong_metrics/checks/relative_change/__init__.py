"""The 同比 rule: a change in percent, recomputed to the prior value it implies.

Three layers, as STYLE.md asks: :func:`check_change` decides one claim exactly with
fractions; :func:`relative_change_frame` decides a polars frame of them with integer
expressions; :func:`audit` (in :mod:`xinhong_metrics.checks`) counts the verdicts.
"""

from xinhong_metrics.checks.registry import Family
from xinhong_metrics.checks.relative_change._decide import decide, stated
from xinhong_metrics.checks.relative_change._scalar import (
    CHECK_ID,
    ChangeCheck,
    change_between,
    change_between_frame,
    change_frame_inputs,
    check_change,
    check_change_between,
    describe,
    explain_inconsistent,
    implied_prior,
    nearest_fitting_changes,
    relative_change_frame,
    smallest_whole_pair,
)

__all__ = [
    "CHECK_ID",
    "FAMILIES",
    "ChangeCheck",
    "change_between",
    "change_between_frame",
    "change_frame_inputs",
    "check_change",
    "check_change_between",
    "describe",
    "explain_inconsistent",
    "implied_prior",
    "nearest_fitting_changes",
    "relative_change_frame",
    "smallest_whole_pair",
]

FAMILIES = (Family("relative_change", CHECK_ID, decide, stated, relative_change_frame),)
