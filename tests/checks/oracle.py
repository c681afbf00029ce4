"""Brute-force oracles for the whole-number checks, apart from the library's interval math.

Rounding a true value to text (``round_magnitude``) is taken from the strategies module;
the checks themselves never round, they reason with intervals, so the oracle stays an
independent answer.
"""

from __future__ import annotations

from fractions import Fraction

from xinhong_metrics import Rounding
from xinhong_metrics.strategies import change_text, round_magnitude

__all__ = ["change_matches", "change_text", "priors", "round_magnitude", "share_matches"]


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
