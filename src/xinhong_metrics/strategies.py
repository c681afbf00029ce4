"""Hypothesis strategies for claims and claim frames, for testing pipelines built on this one.

pandera's data synthesis does not cover polars, so the frame layer's inputs are built
here: whole counts with stated changes and shares, correctly rounded or not, as text,
as parsed figures, and as the integer frames of :func:`relative_change_frame` and
:func:`share_frame`.

Example:
    >>> from hypothesis import given
    >>> from xinhong_metrics import strategies as xs
    >>> @given(xs.rounded_changes())
    ... def test_no_false_alarm(case):
    ...     prior, current, stated = case
    ...     ...
"""

from __future__ import annotations

import math
from fractions import Fraction

import polars as pl

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "xinhong_metrics.strategies needs hypothesis: pip install 'xinhong-metrics[testing]'"
    ) from exc

from xinhong_metrics.checks.relative_change import change_frame_inputs
from xinhong_metrics.checks.shares import share_frame_inputs
from xinhong_metrics.numbers import Rounding, parse_figure

__all__ = [
    "change_frames",
    "change_text",
    "change_texts",
    "figure_texts",
    "percent_text",
    "round_magnitude",
    "rounded_changes",
    "rounded_shares",
    "share_frames",
]


def round_magnitude(x: Fraction, places: int, rounding: Rounding = Rounding.HALF_UP) -> int:
    """``|x|`` rounded to ``places`` decimals under a model, as a count of the last place."""
    scaled = abs(x) * Fraction(10) ** places
    digits: int
    if rounding is Rounding.HALF_UP:
        digits = math.floor(scaled + Fraction(1, 2))
    elif rounding is Rounding.HALF_EVEN:
        digits = round(scaled)  # a Fraction rounds half to even
    else:
        digits = math.floor(scaled)
    return digits


def percent_text(digits: int, places: int) -> str:
    """``4368, 2`` → ``43.68%``: a percent from the digits of its last place."""
    whole, frac = divmod(digits, 10**places)
    return f"{whole}.{frac:0{places}d}%" if places else f"{whole}%"


def change_text(sign: int, digits: int, places: int) -> str:
    """``-1, 4368, 2`` → ``下降43.68%``: a stated change from its sign and digits."""
    return ("下降" if sign < 0 else "增长") + percent_text(digits, places)


@st.composite
def change_texts(draw: st.DrawFn, max_places: int = 3, max_percent: int = 1000) -> str:
    """Stated changes as a report writes them: ``增长6%``, ``下降43.68%``."""
    places = draw(st.integers(min_value=0, max_value=max_places))
    digits = draw(st.integers(min_value=0, max_value=max_percent * 10**places))
    return change_text(draw(st.sampled_from([-1, 1])), digits, places)


@st.composite
def rounded_changes(
    draw: st.DrawFn,
    max_count: int = 100_000,
    max_places: int = 3,
    rounding: Rounding = Rounding.HALF_UP,
) -> tuple[int, int, str]:
    """``(prior, current, stated)``: whole counts and their change, correctly rounded."""
    prior = draw(st.integers(min_value=1, max_value=max_count))
    current = draw(st.integers(min_value=0, max_value=max_count))
    places = draw(st.integers(min_value=0, max_value=max_places))
    rate = Fraction(current - prior, prior) * 100
    sign = -1 if rate < 0 else 1
    return prior, current, change_text(sign, round_magnitude(rate, places, rounding), places)


@st.composite
def rounded_shares(
    draw: st.DrawFn,
    max_count: int = 100_000,
    max_places: int = 3,
    rounding: Rounding = Rounding.HALF_UP,
) -> tuple[int, int, str]:
    """``(part, whole, stated)``: whole counts and their share, correctly rounded."""
    whole = draw(st.integers(min_value=1, max_value=max_count))
    part = draw(st.integers(min_value=0, max_value=whole))
    places = draw(st.integers(min_value=0, max_value=max_places))
    digits = round_magnitude(Fraction(part * 100, whole), places, rounding)
    return part, whole, percent_text(digits, places)


@st.composite
def change_frames(
    draw: st.DrawFn,
    min_size: int = 1,
    max_size: int = 50,
    rounding: Rounding = Rounding.HALF_UP,
) -> tuple[pl.LazyFrame, list[tuple[int, str]]]:
    """An input frame of :func:`relative_change_frame` with the rows it was built from."""
    rows = draw(
        st.lists(
            st.tuples(st.integers(min_value=0, max_value=10**7), change_texts()),
            min_size=min_size,
            max_size=max_size,
        )
    )
    frame = change_frame_inputs([c for c, _ in rows], [parse_figure(t) for _, t in rows], rounding)
    return frame, rows


@st.composite
def share_frames(
    draw: st.DrawFn,
    min_size: int = 1,
    max_size: int = 50,
    rounding: Rounding = Rounding.HALF_UP,
) -> tuple[pl.LazyFrame, list[tuple[int | None, int | None, str]]]:
    """An input frame of :func:`share_frame` (parts, wholes, either may be missing)."""
    counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))
    rates = st.builds(percent_text, st.integers(min_value=0, max_value=12_000), st.integers(0, 2))
    rows = draw(st.lists(st.tuples(counts, counts, rates), min_size=min_size, max_size=max_size))
    frame = share_frame_inputs(
        [r[0] for r in rows], [r[1] for r in rows], [parse_figure(r[2]) for r in rows], rounding
    )
    return frame, rows


def figure_texts() -> st.SearchStrategy[str]:
    """Figure-like texts: numbers with qualifiers, scale words and units in any mix.

    Most are figures :func:`parse_figure` reads; some (two qualifiers at once) it must
    refuse with :class:`FigureError`, which makes them good fuzzing input too.
    """
    number = st.one_of(
        st.integers(min_value=0, max_value=10**6).map(str),
        st.decimals(min_value=0, max_value=10**5, places=2, allow_nan=False).map(str),
        st.sampled_from(["三", "两", "十四", "一百二十", "九十二点五"]),
    )
    prefix = st.sampled_from(["", "逾", "近", "约", "超过", "不足", "增长", "下降"])
    scale = st.sampled_from(["", "万", "亿"])
    suffix = st.sampled_from(["", "余", "多", "以上", "左右", "%", "个百分点", "倍"])
    return st.builds(lambda p, n, s, x: p + n + s + x, prefix, number, scale, suffix)
