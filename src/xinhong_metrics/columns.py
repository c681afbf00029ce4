"""Column names of every frame, defined once and used everywhere by reference."""

from __future__ import annotations

from typing import Final

# Findings: the output contract of DESIGN.md, plus where the claim lies.
CHECK: Final = "check"
VERDICT: Final = "verdict"
SEVERITY: Final = "severity"
ENTITY: Final = "entity"
REPORT: Final = "report"
INDICATOR: Final = "indicator"
PERIODS: Final = "periods"
QUOTE: Final = "quote"
STATED: Final = "stated"
RECOMPUTED: Final = "recomputed"
MESSAGE: Final = "message"
FILE: Final = "file"
LINE: Final = "line"
OFFSET: Final = "offset"

# Observations: one row per stated value.
INDICATOR_ID: Final = "indicator_id"
UNIT: Final = "unit"
PERIOD: Final = "period"
FIGURE: Final = "figure"
QUALIFIER: Final = "qualifier"
VALUE: Final = "value"
LOW: Final = "low"
HIGH: Final = "high"
IS_COUNT: Final = "is_count"

# Claims: one row per claim.
CLAIM_INDEX: Final = "claim_index"
KIND: Final = "kind"
AGAINST: Final = "against"

# Frame layer of the whole-number checks: rationals as integer numerator/denominator.
CURRENT: Final = "current"
PART: Final = "part"
WHOLE: Final = "whole"
RATE_LO_NUM: Final = "rate_lo_num"
RATE_HI_NUM: Final = "rate_hi_num"
RATE_DEN: Final = "rate_den"
RATE_LO_CLOSED: Final = "rate_lo_closed"
RATE_HI_CLOSED: Final = "rate_hi_closed"
CANDIDATE_MIN: Final = "candidate_min"
CANDIDATE_MAX: Final = "candidate_max"
TESTABLE: Final = "testable"
PARTS: Final = "parts"
RELATION: Final = "relation"
LISTED: Final = "listed"
OPEN_LIST: Final = "open_list"

# Frame layer of the interval checks between two levels (floats, ends taken as closed).
CURRENT_LO: Final = "current_lo"
CURRENT_HI: Final = "current_hi"
PRIOR_LO: Final = "prior_lo"
PRIOR_HI: Final = "prior_hi"
STATED_LO: Final = "stated_lo"
STATED_HI: Final = "stated_hi"
YEARS: Final = "years"

# Indicator tables (xinhong_metrics.tables, check-table): the roles of a table's columns.
TABLE_ROLES: Final = (
    "entity",
    "indicator",
    "period",
    "level",
    "unit",
    "change",
    "basis",
    "scope",
)
