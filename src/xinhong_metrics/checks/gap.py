"""The gap family: a figure against a benchmark's of the same period (高于全国1.9个百分点).

The benchmark's own figure (全国, 全省平均水平) is seldom in the report, so the check
says what the gap implies for it: 增长5.4%、高于全国1.9个百分点 puts the national growth
at 3.4% to 3.6%, a figure a reader can look up in the benchmark's own publication.
"""

from __future__ import annotations

from xinhong_metrics.checks._context import Context, Result
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import Gap
from xinhong_metrics.numbers import Rounding, parse_figure
from xinhong_metrics.phrases import gap_interval

__all__ = ["CHECK_ID", "FAMILIES", "implied_benchmark"]

CHECK_ID = "gap"


def implied_benchmark(figure: str, stated: str, rounding: Rounding = Rounding.HALF_UP) -> Interval:
    """The benchmark's figure that a compared figure and a gap imply, in percent.

    Args:
        figure: the compared figure as written: ``5.4%``, ``增长5.4%``, ``下降2%``.
        stated: the gap with its word: ``高于1.9个百分点``.
        rounding: how both were rounded.

    Returns:
        The interval of ``figure − gap`` (a fall is a negative figure).
    """
    value = parse_figure(figure).interval(rounding)
    return value.add(-gap_interval(stated, rounding))


def _decide(ctx: Context, claim: Gap) -> Result:
    ind = ctx.indicator(claim.indicator)
    if claim.figure is None:
        message = (
            f"{ind.name} {_as_written(ctx, claim)}: its own figure is not stated, so "
            f"nothing can be said of {claim.benchmark}'s"
        )
        return Result(CHECK_ID, ind.name, Verdict.UNVERIFIABLE, "no figure stated", message)
    implied = implied_benchmark(claim.figure, claim.stated, ctx.rounding)
    shown = implied.format(2, "%")
    message = (
        f"{claim.figure} {_as_written(ctx, claim)} puts {claim.benchmark} at {shown}, "
        "a figure this report does not state"
    )
    return Result(CHECK_ID, ind.name, Verdict.UNVERIFIABLE, f"{claim.benchmark} {shown}", message)


def _as_written(_ctx: Context, claim: Gap) -> str:
    return claim.stated.replace("于", "于" + claim.benchmark, 1)


FAMILIES = (Family("gap", CHECK_ID, _decide, _as_written),)
