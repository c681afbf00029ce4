"""The checks, one module per claim family, and the summary over their findings."""

from __future__ import annotations

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._runner import check_report
from xinhong_metrics.findings import Verdict

__all__ = ["audit", "by_entity", "check_report"]


def audit(findings: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Count the verdicts per check id.

    Args:
        findings: a findings frame (see :func:`xinhong_metrics.frames.findings_frame`).

    Returns:
        One row per check id with ``cases``, a column per verdict, and
        ``testable_rate``: the share of cases that could be decided either way
        (consistent or inconsistent), as opposed to unverifiable or ambiguous.
    """
    lazy = findings.lazy() if isinstance(findings, pl.DataFrame) else findings
    counts = [(pl.col(col.VERDICT) == v.value).sum().cast(pl.Int64).alias(v.value) for v in Verdict]
    decided = pl.col(Verdict.CONSISTENT.value) + pl.col(Verdict.INCONSISTENT.value)
    return (
        lazy.group_by(col.CHECK)
        .agg(pl.len().cast(pl.Int64).alias("cases"), *counts)
        .with_columns((decided / pl.col("cases")).alias("testable_rate"))
        .sort(col.CHECK)
        .collect()
    )


def by_entity(findings: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Summarise a corpus per entity, as statcheck does for a folder of papers.

    Args:
        findings: a findings frame.

    Returns:
        One row per entity with ``reports``, ``claims``, a column per verdict,
        ``reports_inconsistent`` (reports with at least one inconsistent finding) and
        their share ``inconsistent_rate``. A finding across reports counts for the
        later report, the first it names.
    """
    lazy = findings.lazy() if isinstance(findings, pl.DataFrame) else findings
    first = pl.col(col.REPORT).list.first()
    counts = [(pl.col(col.VERDICT) == v.value).sum().cast(pl.Int64).alias(v.value) for v in Verdict]
    flagged = pl.col(col.VERDICT) == Verdict.INCONSISTENT.value
    return (
        lazy.with_columns(first.alias("_report"))
        .group_by(col.ENTITY)
        .agg(
            pl.col(col.REPORT).explode().n_unique().cast(pl.Int64).alias("reports"),
            pl.len().cast(pl.Int64).alias("claims"),
            *counts,
            pl.col("_report")
            .filter(flagged)
            .n_unique()
            .cast(pl.Int64)
            .alias("reports_inconsistent"),
        )
        .with_columns(
            (pl.col("reports_inconsistent") / pl.col("reports")).alias("inconsistent_rate")
        )
        .sort(col.ENTITY)
        .collect()
    )
