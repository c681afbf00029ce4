"""Exact intervals: membership at open and closed ends, whole numbers, arithmetic."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from xinhong_metrics import Interval


def test_contains_respects_open_and_closed_ends() -> None:
    """[1, 2) holds 1 but not 2."""
    interval = Interval(F(1), F(2), True, False)
    assert interval.contains(1)
    assert not interval.contains(2)


def test_integers_of_a_half_open_interval() -> None:
    """(30.05, 30.33] holds no whole number; [958.56, 976.15) holds 959–976."""
    assert Interval(F("30.05"), F("30.33"), False, True).integers() is None
    assert (959, 976) == Interval(F("958.56"), F("976.15"), True, False).integers()


def test_integers_at_an_open_whole_end() -> None:
    """(3, 5) holds 4 only; [3, 5] holds 3–5."""
    assert (4, 4) == Interval(F(3), F(5), False, False).integers()
    assert (3, 5) == Interval(F(3), F(5), True, True).integers()


def test_divide_positive_intervals() -> None:
    """[2, 4] / [1, 2) is (1, 4]."""
    assert Interval(F(1), F(4), False, True) == Interval(F(2), F(4), True, True).divide(
        Interval(F(1), F(2), True, False)
    )


def test_divide_by_interval_from_open_zero_is_unbounded() -> None:
    """[1, 1] / (0, 2] is [0.5, ∞)."""
    result = Interval.point(1).divide(Interval(F(0), F(2), False, True))
    assert Interval(F(1, 2), None, True, False) == result


def test_divide_refuses_zero() -> None:
    """Dividing by an interval that holds zero is misuse."""
    with pytest.raises(ValueError, match="zero"):
        Interval.point(1).divide(Interval(F(0), F(1), True, True))


def test_intersect_and_empty() -> None:
    """[0, 1) and [1, 2] share nothing; [0, 1] and [1, 2] share 1."""
    assert Interval(F(0), F(1), True, False).intersect(Interval(F(1), F(2), True, True)).is_empty
    assert Interval(F(0), F(1), True, True).intersect(Interval(F(1), F(2), True, True)).is_point


def test_negation_swaps_ends() -> None:
    """-[1, 2) is (-2, -1]."""
    assert Interval(F(-2), F(-1), False, True) == -Interval(F(1), F(2), True, False)


def test_format() -> None:
    """People read points plainly and intervals with brackets."""
    assert "147起" == Interval.point(147).format(unit="起")
    assert "(500, ∞)" == Interval(F(500), None, False, False).format()
