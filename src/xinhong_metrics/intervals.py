"""Exact intervals of rationals: what a rounded or qualified figure can really be."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction

from xinhong_metrics.errors import UsageError

__all__ = ["Interval"]

# Decimals shown at most when telling an interval's two ends apart.
_MAX_DIGITS = 8


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval of rationals with open or closed ends; ``None`` is an unbounded end.

    Attributes:
        lo: lower end, or ``None`` for minus infinity.
        hi: upper end, or ``None`` for plus infinity.
        lo_closed: whether ``lo`` itself belongs to the interval.
        hi_closed: whether ``hi`` itself belongs to the interval.
    """

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool = True
    hi_closed: bool = False

    @classmethod
    def point(cls, x: Fraction | int) -> Interval:
        """Return the degenerate interval ``[x, x]``."""
        value = Fraction(x)
        return cls(value, value, True, True)

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one number."""
        return self.lo is not None and self.lo == self.hi and self.lo_closed and self.hi_closed

    @property
    def is_empty(self) -> bool:
        """Whether no number lies in the interval."""
        if self.lo is None or self.hi is None:
            return False
        if self.lo > self.hi:
            return True
        return self.lo == self.hi and not (self.lo_closed and self.hi_closed)

    @property
    def width(self) -> Fraction | None:
        """``hi - lo``, or ``None`` when an end is unbounded."""
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    @property
    def midpoint(self) -> Fraction | None:
        """The middle of a bounded interval, else ``None``."""
        if self.lo is None or self.hi is None:
            return None
        return (self.lo + self.hi) / 2

    def contains(self, x: Fraction | int) -> bool:
        """Whether ``x`` lies in the interval."""
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)))

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one number."""
        return not self.intersect(other).is_empty

    def intersect(self, other: Interval) -> Interval:
        """Return the numbers that lie in both intervals (possibly an empty interval)."""
        lo, lo_closed = _tighter_lo(self, other)
        hi, hi_closed = _tighter_hi(self, other)
        return Interval(lo, hi, lo_closed, hi_closed)

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def shift(self, k: Fraction | int) -> Interval:
        """Return the interval moved by ``k``."""
        return Interval(
            None if self.lo is None else self.lo + k,
            None if self.hi is None else self.hi + k,
            self.lo_closed,
            self.hi_closed,
        )

    def scale(self, k: Fraction | int) -> Interval:
        """Return the interval multiplied by ``k`` (which may be negative)."""
        if k == 0:
            return Interval.point(0)
        if k < 0:
            return (-self).scale(-k)
        return Interval(
            None if self.lo is None else self.lo * k,
            None if self.hi is None else self.hi * k,
            self.lo_closed,
            self.hi_closed,
        )

    def integers(self) -> tuple[int, int | None] | None:
        """The smallest and largest whole numbers in the interval.

        Returns:
            ``(first, last)``, with ``last`` ``None`` when the interval is unbounded
            above, or ``None`` when the interval holds no whole number. An interval
            unbounded below yields ``None`` too: callers reason about counts, which
            start at zero, so they intersect with ``[0, ...)`` first.
        """
        if self.lo is None:
            return None
        first = math.ceil(self.lo) if self.lo_closed else math.floor(self.lo) + 1
        if self.hi is None:
            return first, None
        last = math.floor(self.hi) if self.hi_closed else math.ceil(self.hi) - 1
        if last < first:
            return None
        return first, last

    def divide(self, other: Interval) -> Interval:
        """Return ``{x / y}`` for ``x`` here (non-negative) and ``y`` in ``other`` (positive).

        ``other`` may start at an open zero, as ``(0, 2]`` does: the quotient is then
        unbounded above unless ``x`` is only zero.

        Raises:
            UsageError: when ``x`` may be negative or ``y`` may be zero or negative.
        """
        if self.lo is None or self.lo < 0 or other.lo is None or other.lo < 0:
            raise UsageError("divide() takes a non-negative by a positive interval")
        if other.lo == 0 and other.lo_closed:
            raise UsageError("divide() by an interval that holds zero")
        if self.is_empty or other.is_empty:
            return Interval(Fraction(1), Fraction(0), False, False)
        if other.hi is None:
            lo, lo_closed = Fraction(0), self.lo == 0 and self.lo_closed
        else:
            lo = self.lo / other.hi
            lo_closed = self.lo_closed and other.hi_closed
        if self.hi == 0:
            hi: Fraction | None = Fraction(0)
            hi_closed = self.hi_closed
        elif self.hi is None or other.lo == 0:
            hi, hi_closed = None, False
        else:
            hi, hi_closed = self.hi / other.lo, self.hi_closed and other.lo_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    def multiply(self, other: Interval) -> Interval:
        """Return ``{x * y}`` for ``x`` here and ``y`` in ``other``, both non-negative."""
        if self.lo is None or self.lo < 0 or other.lo is None or other.lo < 0:
            raise UsageError("multiply() takes non-negative intervals")
        hi = None if self.hi is None or other.hi is None else self.hi * other.hi
        return Interval(
            self.lo * other.lo,
            hi,
            self.lo_closed and other.lo_closed,
            self.hi_closed and other.hi_closed,
        )

    def add(self, other: Interval) -> Interval:
        """Return ``{x + y}`` for ``x`` here and ``y`` in ``other``."""
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(
            lo, hi, self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed
        )

    def format(self, digits: int = 2, unit: str = "") -> str:
        """Render for people: ``147``, ``[958.6, 976.1)``, ``(500, ∞)``."""
        if self.is_point and self.lo is not None:
            return f"{format_number(self.lo, digits)}{unit}"
        left = "[" if self.lo_closed and self.lo is not None else "("
        right = "]" if self.hi_closed and self.hi is not None else ")"
        if self.lo is not None and self.hi is not None:
            # Show as many decimals as it takes to tell the two ends apart.
            while digits < _MAX_DIGITS and format_number(self.lo, digits) == format_number(
                self.hi, digits
            ):
                digits += 1
        lo = "-∞" if self.lo is None else format_number(self.lo, digits)
        hi = "∞" if self.hi is None else format_number(self.hi, digits)
        return f"{left}{lo}, {hi}{right}{unit}"

    def __str__(self) -> str:
        return self.format()


def format_number(x: Fraction, digits: int = 2) -> str:
    """Render a rational with at most ``digits`` decimals and no trailing zeros."""
    if x.denominator == 1:
        return str(x.numerator)
    # Decimal, not float: a level of 1e400 is text in a report, and must not overflow.
    quantum = Decimal(1).scaleb(-digits)
    with localcontext() as context:
        context.prec = max(28, len(str(abs(x.numerator) // x.denominator)) + digits + 2)
        rounded = (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
            quantum, rounding=ROUND_HALF_EVEN
        )
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _tighter_lo(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.lo is None:
        return b.lo, b.lo_closed
    if b.lo is None or a.lo > b.lo:
        return a.lo, a.lo_closed
    if b.lo > a.lo:
        return b.lo, b.lo_closed
    return a.lo, a.lo_closed and b.lo_closed


def _tighter_hi(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.hi is None:
        return b.hi, b.hi_closed
    if b.hi is None or a.hi < b.hi:
        return a.hi, a.hi_closed
    if b.hi < a.hi:
        return b.hi, b.hi_closed
    return a.hi, a.hi_closed and b.hi_closed
