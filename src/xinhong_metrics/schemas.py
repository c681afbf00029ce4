"""pandera models (polars backend) of the frames that enter and leave the engine."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.findings import Severity, Verdict
from xinhong_metrics.model import CLAIM_KINDS

__all__ = ["ClaimSchema", "FindingSchema", "ObservationSchema"]

_VERDICTS = [v.value for v in Verdict]
_SEVERITIES = [s.value for s in Severity]
_KINDS = list(CLAIM_KINDS)


class ObservationSchema(pa.DataFrameModel):
    """One row per stated value of an indicator.

    ``low`` and ``high`` bound the true value under the chosen rounding model; a
    missing bound means unbounded (逾500 has no upper bound), never "unknown".
    """

    report: str = pa.Field(alias=col.REPORT)
    entity: str = pa.Field(alias=col.ENTITY)
    indicator_id: str = pa.Field(alias=col.INDICATOR_ID)
    indicator: str = pa.Field(alias=col.INDICATOR)
    unit: str = pa.Field(alias=col.UNIT)
    period: pl.Int64 = pa.Field(alias=col.PERIOD, ge=1949, le=2100)
    figure: str = pa.Field(alias=col.FIGURE, str_length={"min_value": 1})
    qualifier: str = pa.Field(alias=col.QUALIFIER)
    value: pl.Float64 = pa.Field(alias=col.VALUE)
    low: pl.Float64 = pa.Field(alias=col.LOW, nullable=True)
    high: pl.Float64 = pa.Field(alias=col.HIGH, nullable=True)
    is_count: bool = pa.Field(alias=col.IS_COUNT)
    quote: str = pa.Field(alias=col.QUOTE, str_length={"min_value": 1})
    offset: pl.Int64 = pa.Field(alias=col.OFFSET, nullable=True, ge=0)

    class Config:
        """Exactly these columns, with these types."""

        strict = True

    @pa.dataframe_check
    @classmethod
    def bounds_in_order(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Where both bounds exist, the low one is not above the high one."""
        return data.lazyframe.select(
            pl.col(col.LOW).is_null()
            | pl.col(col.HIGH).is_null()
            | (pl.col(col.LOW) <= pl.col(col.HIGH))
        )


class ClaimSchema(pa.DataFrameModel):
    """One row per claim, with the indicator it is about and its stated figure."""

    report: str = pa.Field(alias=col.REPORT)
    claim_index: pl.Int64 = pa.Field(alias=col.CLAIM_INDEX, ge=0)
    kind: str = pa.Field(alias=col.KIND, isin=_KINDS)
    indicator_id: str = pa.Field(alias=col.INDICATOR_ID)
    period: pl.Int64 = pa.Field(alias=col.PERIOD, ge=1949, le=2100)
    against: str = pa.Field(alias=col.AGAINST, nullable=True)
    stated: str = pa.Field(alias=col.STATED, nullable=True)
    quote: str = pa.Field(alias=col.QUOTE, str_length={"min_value": 1})
    offset: pl.Int64 = pa.Field(alias=col.OFFSET, nullable=True, ge=0)

    class Config:
        """Exactly these columns, with these types."""

        strict = True


class FindingSchema(pa.DataFrameModel):
    """The findings frame: the output contract of DESIGN.md, one row per checked claim."""

    check: str = pa.Field(alias=col.CHECK, str_length={"min_value": 1})
    verdict: str = pa.Field(alias=col.VERDICT, isin=_VERDICTS)
    severity: str = pa.Field(alias=col.SEVERITY, isin=_SEVERITIES)
    entity: str = pa.Field(alias=col.ENTITY, str_length={"min_value": 1})
    report: pl.List(pl.String) = pa.Field(alias=col.REPORT)  # type: ignore[valid-type]
    indicator: str = pa.Field(alias=col.INDICATOR, str_length={"min_value": 1})
    periods: pl.List(pl.Int64) = pa.Field(alias=col.PERIODS)  # type: ignore[valid-type]
    quote: str = pa.Field(alias=col.QUOTE, str_length={"min_value": 1})
    stated: str = pa.Field(alias=col.STATED)
    recomputed: str = pa.Field(alias=col.RECOMPUTED)
    message: str = pa.Field(alias=col.MESSAGE, str_length={"min_value": 1})
    file: str = pa.Field(alias=col.FILE, nullable=True)
    line: pl.Int64 = pa.Field(alias=col.LINE, nullable=True, ge=1)
    offset: pl.Int64 = pa.Field(alias=col.OFFSET, nullable=True, ge=0)

    class Config:
        """Exactly these columns, with these types."""

        strict = True

    @pa.dataframe_check
    @classmethod
    def decided_rows_say_what_was_recomputed(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A consistent or inconsistent verdict always shows what was recomputed.

        pandera lets nulls pass its checks by default; this check is what keeps a
        verdict from resting on a missing value.
        """
        decided = pl.col(col.VERDICT).is_in([Verdict.CONSISTENT.value, Verdict.INCONSISTENT.value])
        shown = pl.col(col.RECOMPUTED).is_not_null() & (pl.col(col.RECOMPUTED).str.len_chars() > 0)
        return data.lazyframe.select(~decided | shown)

    @pa.dataframe_check
    @classmethod
    def reports_named(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Every finding names its report, and a cross-year one the reports it rests on."""
        named = pl.col(col.REPORT).list.eval(pl.element().str.len_chars() > 0).list.all()
        return data.lazyframe.select((pl.col(col.REPORT).list.len() > 0) & named)

    @pa.dataframe_check
    @classmethod
    def periods_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Every finding names at least one period."""
        return data.lazyframe.select(pl.col(col.PERIODS).list.len() > 0)
