"""Whole-number helpers shared by the checks: ranges of candidates and how to say them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.numbers import Rounding, StatedNumber

# The values a share (比重, 覆盖率) can take, in percent.
SHARE_RANGE = Interval(Fraction(0), Fraction(100), True, True)


def whole_range(interval: Interval, minimum: int = 0) -> tuple[int, int | None] | None:
    """The whole numbers at or above ``minimum`` in the interval, as ``(first, last)``."""
    floor = Interval(Fraction(minimum), None, True, False)
    return interval.intersect(floor).integers()


def is_testable(interval: Interval) -> bool:
    """Whether a whole-number test on this interval could have failed.

    An interval one unit wide or wider always holds a whole number, so finding one
    there proves nothing (GRIM's "not applicable"); a narrower one may hold none.
    """
    width = interval.width
    return width is not None and width < 1


def whole_verdict(
    interval: Interval, minimum: int = 0
) -> tuple[Verdict, tuple[int, int | None] | None, bool]:
    """The GRIM-style decision on an interval that must hold a whole number.

    Returns:
        ``(verdict, whole numbers found, testable)``: inconsistent when none is found,
        consistent when one is found and the test could have failed, unverifiable when
        it could not.
    """
    found = whole_range(interval, minimum)
    testable = not interval.is_empty and is_testable(interval)
    if found is None:
        return Verdict.INCONSISTENT, None, testable
    return (Verdict.CONSISTENT if testable else Verdict.UNVERIFIABLE), found, testable


def say_range(found: tuple[int, int | None], unit: str) -> str:
    """``261起``, ``959–976起`` or ``at least 12户``."""
    first, last = found
    if last is None:
        return f"at least {first}{unit}"
    if first == last:
        return f"{first}{unit}"
    return f"{first}–{last}{unit}"


def say_percent(x: Fraction, digits: int = 2) -> str:
    """A percent with a sign: ``+6.67%``, ``-42.37%``."""
    text = format_number(x, digits)
    return text + "%" if text.startswith("-") else "+" + text + "%"


def floor_div(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Floor of ``a / b`` for integers with ``b > 0``, exact (polars ``//`` floors)."""
    return a // b


def ceil_div(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Ceiling of ``a / b`` for integers with ``b > 0``, exact.

    Written without negation, which polars does not offer on Int128.
    """
    return (a + b - 1) // b


_INT64_SAFE = 2**62  # headroom below 2**63 for the sums next to the products


def exact_int_type(frame: pl.LazyFrame, count_columns: list[str]) -> pl.DataType:
    """The narrowest integer type in which a frame check's products stay exact.

    The checks multiply a count by ``100·rate_den`` and by differences and sums of rate
    numerators. Int64 is fast; Int128 is exact for any input but slower by about a
    third. One pass over the bounds picks Int64 whenever its products cannot overflow.
    """
    bounds = frame.select(
        *[pl.col(c).abs().max().alias(c) for c in count_columns],
        pl.col(col.RATE_DEN).abs().max().alias(col.RATE_DEN),
        pl.max_horizontal(pl.col(col.RATE_LO_NUM).abs(), pl.col(col.RATE_HI_NUM).abs())
        .max()
        .alias("num"),
    ).collect()
    if bounds.height == 0:
        return pl.Int64()
    row = bounds.row(0, named=True)
    count = max((int(row[c] or 0) for c in count_columns), default=0)
    d = 100 * int(row[col.RATE_DEN] or 0)
    span = d + int(row["num"] or 0)
    # The largest products formed: count·d·(2·span) and span·span.
    largest = max(count * d * 2 * span, span * span, count * d + span)
    return pl.Int64() if largest < _INT64_SAFE else pl.Int128()


def rate_columns(rates: list[StatedNumber], rounding: Rounding) -> dict[str, list[object]]:
    """The frame layer's rate columns for stated rates, exact.

    Each rate's interval in percent becomes ``rate_lo_num / rate_den`` and
    ``rate_hi_num / rate_den``, with the closedness of its ends.
    """
    columns: dict[str, list[object]] = {
        col.RATE_LO_NUM: [],
        col.RATE_HI_NUM: [],
        col.RATE_DEN: [],
        col.RATE_LO_CLOSED: [],
        col.RATE_HI_CLOSED: [],
    }
    for rate in rates:
        interval = rate.interval(rounding)
        assert interval.lo is not None and interval.hi is not None
        den = math.lcm(interval.lo.denominator, interval.hi.denominator)
        columns[col.RATE_LO_NUM].append(int(interval.lo * den))
        columns[col.RATE_HI_NUM].append(int(interval.hi * den))
        columns[col.RATE_DEN].append(den)
        columns[col.RATE_LO_CLOSED].append(interval.lo_closed)
        columns[col.RATE_HI_CLOSED].append(interval.hi_closed)
    return columns


RATE_COLUMNS = [
    col.RATE_LO_NUM,
    col.RATE_HI_NUM,
    col.RATE_DEN,
    col.RATE_LO_CLOSED,
    col.RATE_HI_CLOSED,
]
RATE_SCHEMA: dict[str, pl.DataType] = {
    col.RATE_LO_NUM: pl.Int64(),
    col.RATE_HI_NUM: pl.Int64(),
    col.RATE_DEN: pl.Int64(),
    col.RATE_LO_CLOSED: pl.Boolean(),
    col.RATE_HI_CLOSED: pl.Boolean(),
}


def meets(lo_a: pl.Expr, hi_a: pl.Expr, lo_b: pl.Expr, hi_b: pl.Expr) -> pl.Expr:
    """Whether two closed float intervals share a point; a null end is unbounded."""
    below = lo_a.is_null() | hi_b.is_null() | (lo_a <= hi_b)
    above = lo_b.is_null() | hi_a.is_null() | (lo_b <= hi_a)
    return below & above


def verdict_of(fits: pl.Expr) -> pl.Expr:
    """``consistent`` where ``fits``, else ``inconsistent``."""
    return (
        pl.when(fits)
        .then(pl.lit(Verdict.CONSISTENT.value))
        .otherwise(pl.lit(Verdict.INCONSISTENT.value))
    )


def _missing(column: str) -> pl.Expr:
    value = pl.col(column)
    # A float NaN or infinity is as missing as a null; other types cast to null-free floats.
    as_float = value.cast(pl.Float64, strict=False)
    return value.is_null() | (as_float.is_nan() | as_float.is_infinite()).fill_null(False)


def unless_missing(
    verdict: pl.Expr, required: Sequence[str], *, lists: Sequence[str] = ()
) -> pl.Expr:
    """``unverifiable`` wherever a required input is null, NaN or infinite.

    A missing figure never passes: pandera lets nulls through by default, and a
    comparison with null or NaN would otherwise fall to a verdict by accident.

    Args:
        verdict: the verdict expression computed from the inputs.
        required: the input columns that must all hold a finite value.
        lists: list columns whose every item must hold a finite value.
    """
    missing = pl.any_horizontal(*[_missing(c) for c in required])
    for column in lists:
        items = pl.col(column).list.eval(
            pl.element().is_null()
            | pl.element().cast(pl.Float64, strict=False).is_nan().fill_null(False)
        )
        missing = missing | pl.col(column).is_null() | items.list.any().fill_null(True)
    return pl.when(missing).then(pl.lit(Verdict.UNVERIFIABLE.value)).otherwise(verdict)


# The float frame layers' inputs: two levels' bounds and the stated figure's.
LEVEL_COLUMNS = [
    col.PRIOR_LO,
    col.PRIOR_HI,
    col.CURRENT_LO,
    col.CURRENT_HI,
    col.STATED_LO,
    col.STATED_HI,
]


def from_positive(verdict: pl.Expr) -> pl.Expr:
    """``unverifiable`` where the earlier level may be 0 or below: no ratio from it."""
    at_zero = (pl.col(col.PRIOR_LO) <= 0).fill_null(True)
    return pl.when(at_zero).then(pl.lit(Verdict.UNVERIFIABLE.value)).otherwise(verdict)
