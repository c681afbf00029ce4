"""The scalar and frame arithmetic of the shares family."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import (
    RATE_COLUMNS,
    RATE_SCHEMA,
    ceil_div,
    exact_int_type,
    floor_div,
    rate_columns,
    unless_missing,
    whole_verdict,
)
from xinhong_metrics.errors import UsageError
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.numbers import Rounding, StatedNumber

__all__ = [
    "CHECK_ID",
    "ShareCheck",
    "check_share",
    "share_frame",
    "share_frame_inputs",
    "smallest_base",
]

CHECK_ID = "share-rate"
# Any rate written with up to four decimals has a base below 10**6 (its own denominator).
MAX_BASE = 1_000_000
_HUNDRED = Fraction(100)
Target = Literal["rate", "whole", "part", "base", "bound"]


@dataclass(frozen=True)
class ShareCheck:
    """What a stated rate says about its part and whole.

    Attributes:
        verdict: the verdict.
        target: what was recomputed: the ``rate`` from part and whole, the ``whole``
            from the part, the ``part`` from the whole, the smallest ``base`` when
            neither is stated, or the ``bound`` of a share above 100%.
        recomputed: the recomputed interval (rate in %, or a count).
        candidates: the whole numbers in it, where counts are concerned.
        testable: whether the whole-number test could have failed.
    """

    verdict: Verdict
    target: Target
    recomputed: Interval | None
    candidates: tuple[int, int | None] | None
    testable: bool


def _exact_count(n: StatedNumber | None, count: bool) -> int | None:
    if n is None or not count or not n.is_exact_count:
        return None
    return int(n.magnitude)


def check_share(
    rate: StatedNumber,
    *,
    part: StatedNumber | None = None,
    whole: StatedNumber | None = None,
    count: bool = True,
    bounded: bool = True,
    rounding: Rounding = Rounding.HALF_UP,
) -> ShareCheck:
    """Decide a stated rate against its part and whole, whichever are stated.

    Args:
        rate: the stated rate, in percent.
        part: the figure counting the part, if stated.
        whole: the figure counting the whole, if stated.
        count: whether part and whole count whole things.
        bounded: whether the rate is a share and so at most 100%.
        rounding: how the figures were rounded.

    Returns:
        The verdict with what was recomputed.
    """
    r = rate.interval(rounding)
    if bounded and r.lo is not None and (r.lo > _HUNDRED or (r.lo == _HUNDRED and not r.lo_closed)):
        return ShareCheck(Verdict.INCONSISTENT, "bound", r, None, testable=True)
    k = _exact_count(part, count)
    n = _exact_count(whole, count)
    share = r.scale(1 / _HUNDRED)
    if part is not None and whole is not None:
        p_int = part.interval(rounding, exact=k is not None)
        w_int = whole.interval(rounding, exact=n is not None)
        if w_int.lo is None or (w_int.lo <= 0 and w_int.hi == 0):
            return ShareCheck(Verdict.INCONSISTENT, "rate", None, None, testable=True)
        computed = p_int.divide(w_int.intersect(Interval(Fraction(0), None, False))).scale(100)
        ok = computed.overlaps(r)
        if bounded and k is not None and n is not None and k > n:
            ok = False
        return ShareCheck(
            Verdict.CONSISTENT if ok else Verdict.INCONSISTENT,
            "rate",
            computed,
            None,
            testable=True,
        )
    if k is not None:
        if k == 0:
            verdict = Verdict.UNVERIFIABLE if r.contains(0) else Verdict.INCONSISTENT
            found = (1, None) if verdict is Verdict.UNVERIFIABLE else None
            return ShareCheck(verdict, "whole", None, found, testable=False)
        implied = Interval.point(k).divide(share.intersect(Interval(Fraction(0), None, False)))
        # A share's whole is at least its part: the test is judged on what is left.
        floor = Interval(Fraction(k if bounded else 1), None, True, False)
        return _decide("whole", implied.intersect(floor), r)
    if n is not None and n > 0:
        implied = share.scale(n)
        if bounded:
            implied = implied.intersect(Interval(Fraction(0), Fraction(n), True, True))
        return _decide("part", implied, r)
    positive = Interval(Fraction(0), None, False, False)
    if part is not None and k is None and not share.intersect(positive).is_empty:
        # An amount (285.6亿元 为调整预算的100.2%): the whole it implies, as an interval.
        implied = part.interval(rounding).divide(share.intersect(positive))
        return ShareCheck(Verdict.UNVERIFIABLE, "whole", implied, None, testable=False)
    if whole is not None and n is None:
        implied = share.multiply(whole.interval(rounding).intersect(positive))
        return ShareCheck(Verdict.UNVERIFIABLE, "part", implied, None, testable=False)
    return ShareCheck(Verdict.UNVERIFIABLE, "base", None, None, testable=False)


def _decide(target: Target, implied: Interval, rate: Interval) -> ShareCheck:
    verdict, found, testable = whole_verdict(implied)
    # 100% of an unknown whole is the part itself, and 0% of a known whole is none of it:
    # a whole number always fits, so finding one proves nothing.
    if rate.contains(100) or (target == "part" and rate.contains(0)):
        testable = False
        if verdict is Verdict.CONSISTENT:
            verdict = Verdict.UNVERIFIABLE
    return ShareCheck(verdict, target, implied, found, testable=testable)


def smallest_base(
    rate: StatedNumber, rounding: Rounding = Rounding.HALF_UP, limit: int = 100_000
) -> tuple[int, int] | None:
    """The smallest whole base, with a whole part, that gives the stated rate.

    诉求解决率92.13% needs at least 89 cases (82/89 = 92.135%): what a rate with
    no counts still implies.

    Returns:
        ``(part, whole)``, or ``None`` if no base up to ``limit`` works.

    Raises:
        UsageError: for a limit above ``MAX_BASE``, which bounds the search.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 < limit <= MAX_BASE:
        raise UsageError(f"limit must be a whole number from 1 to {MAX_BASE}, not {limit!r}")
    share = rate.interval(rounding).scale(1 / _HUNDRED)
    if share.is_empty:
        return None
    # In whole numbers (no Fraction per step: a search of 100,000 bases stays cheap): the
    # parts p with lo·base ≤ p ≤ hi·base (each end open or closed) and 0 ≤ p ≤ base.
    lo_num, lo_den = (0, 1) if share.lo is None else share.lo.as_integer_ratio()
    lo_closed = share.lo is None or share.lo_closed
    hi_num, hi_den = (None, 1) if share.hi is None else share.hi.as_integer_ratio()
    for base in range(1, limit + 1):
        scaled, rest = divmod(lo_num * base, lo_den)
        first = scaled if rest == 0 and lo_closed else scaled + 1
        first = max(first, 0)
        if hi_num is None:
            last = base
        else:
            scaled, rest = divmod(hi_num * base, hi_den)
            last = min(scaled - 1 if rest == 0 and not share.hi_closed else scaled, base)
        if first <= last:
            return first, base
    return None


# ---------------------------------------------------------------------------------------
# Frame layer: whole-number share checks for many claims at once.


def share_frame_inputs(
    parts: list[int | None],
    wholes: list[int | None],
    rates: list[StatedNumber],
    rounding: Rounding = Rounding.HALF_UP,
) -> pl.LazyFrame:
    """Build the input frame of :func:`share_frame` from parsed rates and counts."""
    return pl.LazyFrame(
        {col.PART: parts, col.WHOLE: wholes, **rate_columns(rates, rounding)},
        schema={col.PART: pl.Int64(), col.WHOLE: pl.Int64(), **RATE_SCHEMA},
    )


def share_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Add the recomputed whole or part and the verdict to a frame of shares (≤ 100%).

    Input columns: ``part`` and ``whole`` (whole counts, either may be null) and the
    rate interval in percent as ``rate_lo_num``, ``rate_hi_num`` over ``rate_den``
    with ``rate_lo_closed`` and ``rate_hi_closed``. Other columns pass through.

    Adds ``candidate_min`` and ``candidate_max`` (the whole numbers the unknown side
    can be; null where both sides are stated or none is), ``testable`` and
    ``verdict``, agreeing with :func:`check_share`. A row with neither part nor whole
    is ``unverifiable``: a missing count never passes.
    """
    wide = exact_int_type(frame, [col.PART, col.WHOLE])  # exact products, fastest type
    t = _Terms.of(wide)
    w_min, w_max, w_testable, w_empty = _whole_from_part(t)
    p_min, p_max, p_testable, p_empty = _part_from_whole(t)
    # A rate that may be 100% (or 0% of a known whole) always has a whole-number
    # solution: no test (see _decide).
    d, lo, hi = t.d, t.lo, t.hi
    holds_hundred = ((lo < d) | ((lo == d) & t.lo_closed)) & ((d < hi) | ((d == hi) & t.hi_closed))
    holds_zero = t.contains_zero & ((hi > 0) | t.hi_closed)
    w_testable = w_testable & ~holds_hundred
    p_testable = p_testable & ~holds_hundred & ~holds_zero

    k, n = t.k, t.n
    has_k, has_n = k.is_not_null(), n.is_not_null()
    part_only = has_k & ~has_n
    whole_only = ~has_k & has_n & (n > 0)
    zero_part = part_only & (k == 0)
    over_bound = (lo > d) | ((lo == d) & ~t.lo_closed)

    verdict = (
        pl.when(over_bound)
        .then(pl.lit(Verdict.INCONSISTENT.value))
        .when(has_k & has_n)
        .then(
            pl.when(_both_fit(t))
            .then(pl.lit(Verdict.CONSISTENT.value))
            .otherwise(pl.lit(Verdict.INCONSISTENT.value))
        )
        .when(zero_part)
        .then(
            pl.when(t.contains_zero)
            .then(pl.lit(Verdict.UNVERIFIABLE.value))
            .otherwise(pl.lit(Verdict.INCONSISTENT.value))
        )
        .when(part_only)
        .then(_verdict(w_empty, w_testable))
        .when(whole_only)
        .then(_verdict(p_empty, p_testable))
        .otherwise(pl.lit(Verdict.UNVERIFIABLE.value))
    )
    cand_min = (
        pl.when(over_bound)
        .then(None)
        .when(zero_part)
        .then(pl.when(t.contains_zero).then(pl.lit(1, dtype=wide)).otherwise(None))
        .when(part_only & ~w_empty)
        .then(w_min)
        .when(whole_only & ~p_empty)
        .then(p_min)
    )
    cand_max = (
        pl.when(over_bound | zero_part)
        .then(None)
        .when(part_only & ~w_empty)
        .then(w_max)
        .when(whole_only & ~p_empty)
        .then(p_max)
    )
    testable = (
        pl.when(over_bound | (has_k & has_n))
        .then(True)
        .when(zero_part)
        .then(False)
        .when(part_only)
        .then(w_testable)
        .when(whole_only)
        .then(p_testable)
        .otherwise(False)
    )
    return frame.with_columns(
        cand_min.cast(pl.Int64).alias(col.CANDIDATE_MIN),
        cand_max.cast(pl.Int64).alias(col.CANDIDATE_MAX),
        testable.alias(col.TESTABLE),
        # A missing part or whole is what the check works out; a missing rate is not.
        unless_missing(verdict, RATE_COLUMNS).alias(col.VERDICT),
    )


@dataclass(frozen=True)
class _Terms:
    """The columns of a share frame as exact integer expressions: the rate is lo/d..hi/d."""

    wide: pl.DataType
    k: pl.Expr  # the part
    n: pl.Expr  # the whole
    lo: pl.Expr
    hi: pl.Expr
    d: pl.Expr  # the rate's denominator times 100
    lo_closed: pl.Expr
    hi_closed: pl.Expr

    @classmethod
    def of(cls, wide: pl.DataType) -> _Terms:
        return cls(
            wide,
            pl.col(col.PART).cast(wide),
            pl.col(col.WHOLE).cast(wide),
            pl.col(col.RATE_LO_NUM).cast(wide),
            pl.col(col.RATE_HI_NUM).cast(wide),
            pl.col(col.RATE_DEN).cast(wide) * 100,
            pl.col(col.RATE_LO_CLOSED),
            pl.col(col.RATE_HI_CLOSED),
        )

    @property
    def contains_zero(self) -> pl.Expr:
        return (self.lo < 0) | ((self.lo == 0) & self.lo_closed)


def _both_fit(t: _Terms) -> pl.Expr:
    """Both stated: does part/whole·100 fall in the rate interval?"""
    above_lo = pl.when(t.lo_closed).then(t.lo * t.n <= t.d * t.k).otherwise(t.lo * t.n < t.d * t.k)
    below_hi = pl.when(t.hi_closed).then(t.d * t.k <= t.hi * t.n).otherwise(t.d * t.k < t.hi * t.n)
    return (t.n > 0) & (t.k <= t.n) & above_lo & below_hi


def _whole_from_part(t: _Terms) -> tuple[pl.Expr, pl.Expr, pl.Expr, pl.Expr]:
    """Part stated: whole ∈ [d·k/hi, d·k/lo]; its bounds, testability and emptiness."""
    lo, hi, d, k = t.lo, t.hi, t.d, t.k
    dk = d * k
    w_min = pl.when(t.hi_closed).then(ceil_div(dk, hi)).otherwise(floor_div(dk, hi) + 1)
    w_min = pl.max_horizontal(w_min, k, pl.lit(1, dtype=t.wide))
    w_max = (
        pl.when(lo <= 0)
        .then(None)
        .when(t.lo_closed)
        .then(floor_div(dk, lo))
        .otherwise(ceil_div(dk, lo) - 1)
    )
    # Width of [max(d·k/hi, k), d·k/lo] below one: the test could have failed.
    testable = (lo > 0) & (
        pl.when(hi <= d).then(dk * (hi - lo) < lo * hi).otherwise(k * (d - lo) < lo)
    )
    return w_min, w_max, testable, w_max.is_not_null() & (w_max < w_min)


def _part_from_whole(t: _Terms) -> tuple[pl.Expr, pl.Expr, pl.Expr, pl.Expr]:
    """Whole stated: part ∈ [n·lo/d, n·hi/d] ∩ [0, n]; its bounds, testability, emptiness."""
    lo, hi, d, n = t.lo, t.hi, t.d, t.n
    zero = pl.lit(0, dtype=t.wide)
    p_min = pl.when(t.lo_closed).then(ceil_div(n * lo, d)).otherwise(floor_div(n * lo, d) + 1)
    p_min = pl.max_horizontal(p_min, zero)
    p_max = pl.when(t.hi_closed).then(floor_div(n * hi, d)).otherwise(ceil_div(n * hi, d) - 1)
    p_max = pl.min_horizontal(p_max, n)
    # Width of [n·lo/d, n·hi/d] ∩ [0, n] below one.
    testable = pl.min_horizontal(n * hi, n * d) - pl.max_horizontal(n * lo, zero) < d
    return p_min, p_max, testable, p_max < p_min


def _verdict(empty: pl.Expr, testable: pl.Expr) -> pl.Expr:
    return (
        pl.when(empty)
        .then(pl.lit(Verdict.INCONSISTENT.value))
        .when(testable)
        .then(pl.lit(Verdict.CONSISTENT.value))
        .otherwise(pl.lit(Verdict.UNVERIFIABLE.value))
    )
