"""Listed counts (…、…、…等5家): the items named against the number stated."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._context import (
    Context,
    Result,
)
from xinhong_metrics.checks._whole import unless_missing
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.errors import UsageError
from xinhong_metrics.findings import Verdict
from xinhong_metrics.model import ListedCount

__all__ = ["CHECK_ID", "FAMILIES", "ListCheck", "check_listed_count", "listed_count_frame"]

CHECK_ID = "listed-count"


@dataclass(frozen=True)
class ListCheck:
    """The items named against the count stated.

    Attributes:
        verdict: consistent when the list names as many items as stated, or fewer
            behind 等; inconsistent when it names more, or fewer without 等.
        listed: how many items the list names.
        stated: the count stated.
        complete: whether the list names every item.
    """

    verdict: Verdict
    listed: int
    stated: int
    complete: bool


def check_listed_count(listed: int, stated: int, *, open_list: bool) -> ListCheck:
    """Decide a listed count.

    Args:
        listed: how many items the text names.
        stated: the count the text states for them.
        open_list: whether 等 follows the list, so that it may name only some.

    Returns:
        The verdict; a list that names more items than the count is always wrong.
    """
    for name, n in (("listed", listed), ("stated", stated)):
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise UsageError(f"{name} must be a whole number of items, not {n!r}")
    if listed > stated or (listed < stated and not open_list):
        verdict = Verdict.INCONSISTENT
    elif open_list and listed <= 1:
        # 文旅等联盟11个: one item and 等 fit any count of one or more; nothing was tested.
        verdict = Verdict.UNVERIFIABLE
    else:
        verdict = Verdict.CONSISTENT
    return ListCheck(verdict, listed, stated, complete=listed == stated)


def listed_count_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many listed counts: the frame layer of :func:`check_listed_count`.

    Input columns: ``listed`` (items named), ``stated`` (the count) and ``open_list``.
    Adds ``verdict``.
    """
    listed, stated = pl.col(col.LISTED), pl.col(col.STATED)
    bad = (listed > stated) | ((listed < stated) & ~pl.col(col.OPEN_LIST))
    vacuous = pl.col(col.OPEN_LIST) & (listed <= 1)
    verdict = (
        pl.when(bad)
        .then(pl.lit(Verdict.INCONSISTENT.value))
        .when(vacuous)
        .then(pl.lit(Verdict.UNVERIFIABLE.value))
        .otherwise(pl.lit(Verdict.CONSISTENT.value))
    )
    required = [col.LISTED, col.STATED, col.OPEN_LIST]
    return frame.with_columns(unless_missing(verdict, required).alias(col.VERDICT))


def _decide(ctx: Context, claim: ListedCount) -> Result:
    ind = ctx.indicator(claim.indicator)
    number = ctx.number(claim.indicator, claim.period)
    assert number is not None
    if not number.is_exact_count:
        message = f"the count {number.text} is not exact, so the list cannot be counted against it"
        return Result(
            CHECK_ID, ind.name, Verdict.UNVERIFIABLE, f"{len(claim.items)} named", message
        )
    stated = int(number.magnitude)
    result = check_listed_count(len(claim.items), stated, open_list=claim.open_list)
    n = len(claim.items)
    if result.verdict is Verdict.INCONSISTENT and n > stated:
        message = f"the list names {n} items but the count says {stated}"
    elif result.verdict is Verdict.INCONSISTENT:
        message = f"the list names {n} items, without 等, but the count says {stated}"
    elif result.verdict is Verdict.UNVERIFIABLE:
        message = f"the list names one item and 等, which fits any count: {stated} is not tested"
    elif result.complete:
        message = f"the list names all {stated}"
    else:
        message = f"the list names {n} of {stated}; 等 says the rest are not named"
    return Result(CHECK_ID, ind.name, result.verdict, f"{n} named", message)


def _stated(ctx: Context, claim: ListedCount) -> str:
    return ctx.figure_with_unit(claim.indicator, claim.period)


FAMILIES = (Family("listed_count", CHECK_ID, _decide, _stated, listed_count_frame),)
