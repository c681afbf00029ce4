"""Brute-force oracles for the whole-number checks, written apart from the library's math."""

from __future__ import annotations

import math
from fractions import Fraction

from xinhong_metrics import Rounding


def round_magnitude(x: Fraction, places: int, model: Rounding) -> int:
    """|x| rounded to ``places`` decimals, as an integer count of the last place."""
    scaled = abs(x) * 10**places
    if model is Rounding.HALF_UP:
        return math.floor(scaled + Fraction(1, 2))
    if model is Rounding.HALF_EVEN:
        return round(scaled)  # Python rounds a Fraction half to even
    return math.floor(scaled)


def change_text(sign: int, digits: int, places: int) -> str:
    """``增长6%`` or ``下降43.68%`` from a sign and the digits of the magnitude."""
    word = "下降" if sign < 0 else "增长"
    magnitude = Fraction(digits, 10**places)
    text = f"{float(magnitude):.{places}f}" if places else str(digits)
    return f"{word}{text}%"


def change_matches(
    current: int, prior: int, sign: int, digits: int, places: int, model: Rounding
) -> bool:
    """Whether ``prior → current`` is stated as this change under the model."""
    rate = Fraction(current - prior, prior) * 100
    if rate * sign < 0:
        return False
    return round_magnitude(rate, places, model) == digits


def priors(
    current: int, sign: int, digits: int, places: int, model: Rounding, limit: int
) -> list[int]:
    """Every whole prior up to ``limit`` that gives the stated change."""
    return [
        p for p in range(1, limit + 1) if change_matches(current, p, sign, digits, places, model)
    ]


def share_matches(part: int, whole: int, digits: int, places: int, model: Rounding) -> bool:
    """Whether ``part / whole`` is stated as this percentage under the model."""
    return round_magnitude(Fraction(part * 100, whole), places, model) == digits
