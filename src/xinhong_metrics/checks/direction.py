"""The direction family: a change stated by direction only (同比略有下降, 实现正增长)."""

from __future__ import annotations

from fractions import Fraction

from xinhong_metrics.checks import crossyear
from xinhong_metrics.checks._context import Context, Result
from xinhong_metrics.checks.growth import GrowthCheck
from xinhong_metrics.checks.registry import Family
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import Direction
from xinhong_metrics.phrases import parse_direction

__all__ = ["CHECK_ID", "FAMILIES", "check_direction"]

CHECK_ID = "direction"


def check_direction(current: Interval, prior: Interval, direction: int) -> GrowthCheck:
    """Decide a change stated by direction only against both levels.

    Args:
        current: the later level.
        prior: the earlier level.
        direction: +1 for a rise, -1 for a fall, 0 for 持平 (no change within rounding).

    Returns:
        Consistent when some values in the two intervals move the stated way; the
        recomputed interval is the difference ``current - prior``.
    """
    difference = current.add(-prior)
    if direction > 0:
        wanted = Interval(Fraction(0), None, False, False)
    elif direction < 0:
        wanted = Interval(None, Fraction(0), False, False)
    else:
        wanted = Interval.point(0)
    verdict = Verdict.CONSISTENT if difference.overlaps(wanted) else Verdict.INCONSISTENT
    return GrowthCheck(verdict, difference)


def _decide(ctx: Context, claim: Direction) -> Result:
    ind = ctx.indicator(claim.indicator)
    direction = parse_direction(claim.stated)
    check = CHECK_ID
    current = ctx.stated(claim.indicator, claim.period)
    prior = ctx.prior(claim.indicator, claim.against)
    cur, pri = ctx.level(current), ctx.level(prior)
    if cur is None or pri is None or prior is None or current is None:
        message = f"both levels are needed to check {claim.stated}; one is not stated"
        return Result(check, ind.name, Verdict.UNVERIFIABLE, "a level is missing", message)
    reports = (prior.report_id,)
    reason = crossyear.comparability("nominal", claim.scope, current, prior, claim_span=claim.span)
    if reason is not None:
        return Result(
            check,
            ind.name,
            Verdict.NOT_COMPARABLE,
            "",
            f"not comparable: {reason}",
            reports=reports,
        )
    result = check_direction(cur, pri, direction)
    assert result.recomputed is not None
    shown = result.recomputed.format(2, ind.unit)
    verb = "fits" if result.verdict is Verdict.CONSISTENT else "does not fit"
    message = (
        f"{current.value.figure}{ind.unit} against {prior.shown} "
        f"({prior.report_id}) is a change of {shown}: {claim.stated} {verb}"
    )
    return Result(check, ind.name, result.verdict, f"change {shown}", message, reports=reports)


def _as_written(_ctx: Context, claim: Direction) -> str:
    return claim.stated


FAMILIES = (Family("direction", CHECK_ID, _decide, _as_written),)
