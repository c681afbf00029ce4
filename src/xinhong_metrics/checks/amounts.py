"""Changes stated as amounts (比上年增加2787亿元): the difference of two levels.

The later level minus the earlier one, each within its rounding and in the amount's
unit, must be able to equal the stated amount within its own rounding.
"""

from __future__ import annotations

from dataclasses import dataclass

from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval

__all__ = ["CHECK_ID", "AmountCheck", "check_amount_between", "implied_prior_level"]

CHECK_ID = "absolute-change"


@dataclass(frozen=True)
class AmountCheck:
    """The verdict and the difference the two levels allow.

    Attributes:
        verdict: consistent when the difference can be the stated amount.
        difference: the later level minus the earlier one, within rounding.
    """

    verdict: Verdict
    difference: Interval


def check_amount_between(current: Interval, prior: Interval, amount: Interval) -> AmountCheck:
    """Decide a stated amount of change against both levels, all in one unit.

    Args:
        current: the later level.
        prior: the earlier level.
        amount: the stated change, signed (a decrease is negative).
    """
    difference = current.add(-prior)
    verdict = Verdict.CONSISTENT if difference.overlaps(amount) else Verdict.INCONSISTENT
    return AmountCheck(verdict, difference)


def implied_prior_level(current: Interval, amount: Interval) -> Interval:
    """The earlier level a later level and a stated change imply: current − amount."""
    return current.add(-amount)
