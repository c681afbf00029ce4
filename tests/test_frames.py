"""Frames: observations, claims and findings validate, and a missing value never passes."""

from __future__ import annotations

import pandera.errors
import polars as pl
import pytest

from xinhong_metrics import (
    LoadedReport,
    XinhongError,
    audit,
    check,
    claims_frame,
    findings_frame,
    observations_frame,
)
from xinhong_metrics import columns as col
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.schemas import FindingSchema


def test_observations_frame(seed: LoadedReport) -> None:
    """One row per stated value, with the bounds its figure allows."""
    frame = observations_frame([seed]).collect()
    row = frame.filter(pl.col(col.INDICATOR_ID) == "volunteers-mobilised").row(0, named=True)
    assert (500.0, None) == (row[col.LOW], row[col.HIGH])  # 逾500: no upper bound
    assert row[col.IS_COUNT]


def test_claims_frame(seed: LoadedReport) -> None:
    """One row per claim, with its kind."""
    frame = claims_frame([seed]).collect()
    assert len(seed.report.claims) == frame.height
    assert {"relative_change", "share", "part_of_whole", "listed_count"} == set(
        frame.get_column(col.KIND)
    )


def test_findings_frame_and_audit(seed: LoadedReport) -> None:
    """The findings frame validates; the audit counts verdicts per check id."""
    findings = check([seed])
    summary = audit(findings)
    row = summary.filter(pl.col(col.CHECK) == "relative-change").row(0, named=True)
    assert 1 == row["inconsistent"]
    assert row["cases"] == sum(row[v.value] for v in Verdict)


def finding(verdict: Verdict, recomputed: str) -> Finding:
    return Finding(
        check="share-rate",
        verdict=verdict,
        entity="新虹街道",
        report="r",
        indicator="x",
        periods=(2020,),
        quote="q",
        stated="1%",
        recomputed=recomputed,
        message="m",
    )


def test_decided_finding_without_recomputed_is_rejected() -> None:
    """A consistent verdict resting on nothing recomputed fails validation, as misuse."""
    with pytest.raises(XinhongError, match="recomputed") as info:
        findings_frame([finding(Verdict.CONSISTENT, "")])
    assert isinstance(info.value.__cause__, pandera.errors.SchemaError)


def test_unverifiable_finding_may_have_nothing_recomputed() -> None:
    """An unverifiable finding without a recomputed figure is valid."""
    assert 1 == findings_frame([finding(Verdict.UNVERIFIABLE, "")]).height


def test_finding_schema_rejects_unknown_verdict() -> None:
    """Only the five verdicts of DESIGN.md are allowed."""
    frame = findings_frame([finding(Verdict.UNVERIFIABLE, "")]).with_columns(
        pl.lit("fine").alias(col.VERDICT)
    )
    with pytest.raises(pandera.errors.SchemaError):
        FindingSchema.validate(frame)
