"""Listed counts (…、…、…等5家): the items named against the number stated."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import unless_missing
from xinhong_metrics.errors import UsageError
from xinhong_metrics.findings import Verdict

__all__ = ["CHECK_ID", "ListCheck", "check_listed_count", "listed_count_frame"]

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
