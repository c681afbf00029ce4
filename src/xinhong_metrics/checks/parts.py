"""Parts of a total (其中 …): each part at most the whole, disjoint parts within it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import unless_missing
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval

__all__ = ["CHECK_ID", "PartsCheck", "check_parts", "parts_frame"]

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
    largest_fits = all(_may_be_at_most(p, whole) for p in parts)
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


def exact(n: int) -> Interval:
    """A whole count as a point interval."""
    return Interval.point(Fraction(n))
