"""Parts of a total (其中 …): each part at most the whole, disjoint parts within it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._context import (
    Context,
    Result,
)
from xinhong_metrics.checks._whole import unless_missing
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Reading, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import PartOfWhole

__all__ = ["CHECK_ID", "FAMILIES", "PartsCheck", "check_parts", "parts_frame"]

CHECK_ID = "part-of-whole"
Relation = Literal["parts", "complete", "uncertain"]


@dataclass(frozen=True)
class PartsCheck:
    """What the parts say against the whole.

    Attributes:
        verdict: consistent, inconsistent, or ambiguous (the text does not say the
            figures are parts, and as parts they would not fit).
        total: the interval of the parts' sum.
        largest_part_fits: whether every part alone fits in the whole.
        sum_fits: whether the parts together fit (or, for ``complete``, match).
    """

    verdict: Verdict
    total: Interval
    largest_part_fits: bool
    sum_fits: bool


def check_parts(whole: Interval, parts: Sequence[Interval], relation: Relation) -> PartsCheck:
    """Decide whether parts fit their whole.

    Args:
        whole: the interval of the whole.
        parts: the intervals of the parts.
        relation: ``parts`` (disjoint, sum at most the whole), ``complete`` (sum equal
            to the whole), or ``uncertain`` (the text does not say they are parts).

    Returns:
        The verdict. Under ``uncertain``, parts that would not fit make the claim
        ``ambiguous``, never an error: they may be separate counts.
    """
    total = Interval.point(0)
    for part in parts:
        total = total.add(part)
    below_whole = Interval(None, whole.hi, False, whole.hi_closed)
    # A part below zero (人口自然增长率-1.12‰ of a birth rate made up of deaths and natural
    # growth) lets another pass the whole: only the sum says anything then.
    signed = relation == "complete" and any(p.lo is None or p.lo < 0 for p in parts)
    largest_fits = signed or all(_may_be_at_most(p, whole) for p in parts)
    if relation == "complete":
        sum_fits = total.overlaps(whole)
    else:
        sum_fits = total.overlaps(below_whole) if whole.hi is not None else True
    fits = largest_fits and sum_fits
    if fits:
        verdict = Verdict.CONSISTENT
    elif relation == "uncertain":
        verdict = Verdict.AMBIGUOUS
    else:
        verdict = Verdict.INCONSISTENT
    return PartsCheck(verdict, total, largest_fits, sum_fits)


def _may_be_at_most(part: Interval, whole: Interval) -> bool:
    if part.lo is None or whole.hi is None:
        return True
    return part.lo < whole.hi or (part.lo == whole.hi and part.lo_closed and whole.hi_closed)


def parts_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide whole-count parts for many claims: the frame layer of :func:`check_parts`.

    Input columns: ``whole`` (a whole count), ``parts`` (a list of whole counts) and
    ``relation`` (``parts``, ``complete`` or ``uncertain``). Adds ``verdict``.
    """
    whole = pl.col(col.WHOLE)
    parts = pl.col(col.PARTS)
    largest_fits = parts.list.max() <= whole
    total = parts.list.sum()
    relation = pl.col(col.RELATION)
    sum_fits = pl.when(relation == "complete").then(total == whole).otherwise(total <= whole)
    fits = largest_fits & sum_fits
    verdict = (
        pl.when(fits)
        .then(pl.lit(Verdict.CONSISTENT.value))
        .when(relation == "uncertain")
        .then(pl.lit(Verdict.AMBIGUOUS.value))
        .otherwise(pl.lit(Verdict.INCONSISTENT.value))
    )
    verdict = unless_missing(verdict, [col.WHOLE, col.RELATION], lists=[col.PARTS])
    return frame.with_columns(verdict.alias(col.VERDICT))


def _decide(ctx: Context, claim: PartOfWhole) -> Result:
    whole_ind = ctx.indicator(claim.whole)
    whole = ctx.interval(claim.whole, claim.period)
    assert whole is not None
    # Parts in 万元 of a whole in 亿元 add up in the whole's unit (load_report has checked
    # that they measure one dimension).
    part_intervals = [ctx.interval(p, claim.period, whole_ind.unit) for p in claim.parts]
    intervals = [p for p in part_intervals if p is not None]
    result = check_parts(whole, intervals, claim.relation)
    unit = whole_ind.unit
    total = result.total.format(2, unit)
    names = "、".join(ctx.indicator(p).name for p in claim.parts)
    check = CHECK_ID
    if result.verdict is Verdict.CONSISTENT:
        message = f"{names} ({total}) fit within {whole_ind.name} ({whole.format(2, unit)})"
    elif result.verdict is Verdict.AMBIGUOUS:
        message = (
            f"read as parts of {whole_ind.name} ({whole.format(2, unit)}), {names} add up to "
            f"{total}, more than the whole; read as separate counts, nothing is wrong — the "
            "text does not say which"
        )
    elif not result.largest_part_fits:
        message = f"a part is larger than {whole_ind.name} ({whole.format(2, unit)})"
    else:
        equal = "equal to" if claim.relation == "complete" else "within"
        message = (
            f"{names} add up to {total}, not {equal} {whole_ind.name} ({whole.format(2, unit)})"
        )
    readings: list[Reading] = []
    if result.verdict is Verdict.AMBIGUOUS:
        readings = [
            Reading(
                "parts of the whole",
                Verdict.INCONSISTENT,
                True,
                f"sum {total}",
                f"sum {total} exceeds {whole.format(2, unit)}",
            ),
            Reading(
                "separate counts", Verdict.CONSISTENT, True, "no constraint", "no relation to check"
            ),
        ]
    return Result(check, whole_ind.name, result.verdict, f"sum {total}", message, tuple(readings))


def _stated(ctx: Context, claim: PartOfWhole) -> str:
    parts_text = " + ".join(ctx.figure_with_unit(p, claim.period) for p in claim.parts)
    return f"{ctx.figure_with_unit(claim.whole, claim.period)} ⊇ {parts_text}"


FAMILIES = (Family("part_of_whole", CHECK_ID, _decide, _stated, parts_frame),)
