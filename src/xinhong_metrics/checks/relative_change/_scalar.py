"""The scalar and frame arithmetic of the relative change family."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks._whole import (
    LEVEL_COLUMNS,
    RATE_SCHEMA,
    ceil_div,
    exact_int_type,
    floor_div,
    from_positive,
    meets,
    rate_columns,
    say_percent,
    say_range,
    unless_missing,
    verdict_of,
    whole_range,
    whole_verdict,
)
from xinhong_metrics.checks._whole import (
    RATE_COLUMNS as _RATE_COLUMNS,
)
from xinhong_metrics.findings import Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.numbers import Rounding, StatedNumber, parse_figure

__all__ = [
    "CHECK_ID",
    "ChangeCheck",
    "change_between",
    "change_between_frame",
    "change_frame_inputs",
    "check_change",
    "check_change_between",
    "describe",
    "explain_inconsistent",
    "implied_prior",
    "nearest_fitting_changes",
    "relative_change_frame",
    "smallest_whole_pair",
]

CHECK_ID = "relative-change"
_HUNDRED = Fraction(100)
_POSITIVE = Interval(Fraction(0), None, False, False)
_EMPTY = Interval(Fraction(1), Fraction(0), False, False)


@dataclass(frozen=True)
class ChangeCheck:
    """What a stated change says about the prior value.

    Attributes:
        verdict: consistent (a whole prior exists and the test could have failed),
            inconsistent (no whole prior gives the stated change), or unverifiable
            (nothing to compare, or a test that could not fail at this precision).
        prior: the interval of prior values the change implies.
        whole_priors: the whole-number priors, when the current value is a count.
        testable: whether the whole-number test could have failed.
        rounding: the model the stated figures were read under.
    """

    verdict: Verdict
    prior: Interval
    whole_priors: tuple[int, int | None] | None
    testable: bool
    rounding: Rounding


def implied_prior(current: Interval, change_percent: Interval) -> Interval:
    """The priors ``p`` with ``current = p × (1 + change/100)`` for some values in range.

    Args:
        current: the interval of the current value (non-negative).
        change_percent: the interval of the change, in percent.

    Returns:
        The interval of priors; unbounded above when the change may be -100% or less.
    """
    multiplier = change_percent.scale(1 / _HUNDRED).shift(1).intersect(_POSITIVE)
    if multiplier.is_empty:
        return _EMPTY
    return current.divide(multiplier)


def change_between(current: Interval, prior: Interval) -> Interval:
    """The changes in percent that two levels allow: ``(current / prior - 1) × 100``.

    Args:
        current: the later level's interval (non-negative).
        prior: the earlier level's interval (positive values are used).
    """
    return current.divide(prior.intersect(_POSITIVE)).shift(-1).scale(_HUNDRED)


def check_change_between(current: Interval, prior: Interval, change: Interval) -> Verdict:
    """Decide a stated change (in percent) against both levels, each with its rounding.

    Returns:
        ``consistent`` when some values of the two levels give a change in the stated
        interval, else ``inconsistent``.
    """
    fits = change_between(current, prior).overlaps(change)
    return Verdict.CONSISTENT if fits else Verdict.INCONSISTENT


def check_change(
    current: StatedNumber,
    change: StatedNumber,
    *,
    count: bool,
    rounding: Rounding = Rounding.HALF_UP,
) -> ChangeCheck:
    """Decide a relative change from the current figure alone (no prior report).

    For a count written in full (147起), only whole priors are possible, in the spirit
    of GRIM: 147 down 43.68% pins the prior at exactly 261, while 32 up 6% has no
    whole prior at all (30 gives 6.67%, 31 gives 3.23%).

    Args:
        current: the current figure.
        change: the stated change, in percent, with its direction.
        count: whether the current figure counts whole things (人, 户, 起 …).
        rounding: how both figures were rounded.

    Returns:
        The verdict with the implied prior.
    """
    exact = count and current.is_exact_count
    if exact and current.magnitude == 0:
        # Nothing left: only a fall of 100% gives zero, and then any prior does.
        if change.interval(rounding).contains(-100):
            unbounded = Interval(Fraction(1), None, True, False)
            return ChangeCheck(Verdict.UNVERIFIABLE, unbounded, (1, None), False, rounding)
        return ChangeCheck(Verdict.INCONSISTENT, _EMPTY, None, False, rounding)
    cur = current.interval(rounding, exact=exact)
    prior = implied_prior(cur, change.interval(rounding))
    if not exact:
        verdict = Verdict.INCONSISTENT if prior.is_empty else Verdict.UNVERIFIABLE
        return ChangeCheck(verdict, prior, None, testable=False, rounding=rounding)
    verdict, found, testable = whole_verdict(prior, minimum=1)
    return ChangeCheck(verdict, prior, found, testable=testable, rounding=rounding)


def nearby_priors(current: int, change: StatedNumber) -> list[tuple[int, Fraction]]:
    """The whole priors next to the one the change implies, with the change each gives."""
    centre = Fraction(current) / (1 + change.value / _HUNDRED) if change.value > -_HUNDRED else None
    if centre is None:
        return []
    below = int(centre)
    return [(p, (Fraction(current) - p) / p * 100) for p in sorted({below, below + 1}) if p >= 1]


def smallest_whole_pair(
    change: StatedNumber, rounding: Rounding = Rounding.HALF_UP, limit: int = 100_000
) -> tuple[int, int] | None:
    """The smallest whole prior, with a whole current, that produces the stated change.

    This is what an unverifiable change (no absolute value stated) still implies:
    偷盗类接报数同比下降50.9% needs at least 53 reports the year before (53 → 26).

    Returns:
        ``(prior, current)``, or ``None`` if no prior up to ``limit`` works.
    """
    multiplier = change.interval(rounding).scale(1 / _HUNDRED).shift(1)
    for prior in range(1, limit + 1):
        currents = whole_range(multiplier.scale(prior), minimum=0)
        if currents is not None:
            return prior, currents[0]
    return None


def nearest_fitting_changes(
    current: StatedNumber,
    change: StatedNumber,
    steps: int = 5,
    rounding: Rounding = Rounding.HALF_UP,
) -> list[str]:
    """Stated changes within ``steps`` units of the last digit that would fit, nearest first.

    Like scrutiny's ``*_seq`` functions: 32家 增长6% fits at 增长7% (one step up). The
    direction word is kept, and a change never crosses zero.
    """
    word = "下降" if change.sign < 0 else "增长"
    digits = int(change.mantissa * 10**change.decimals)
    fitting = []
    for distance in range(1, steps + 1):
        for candidate in (digits - distance, digits + distance):
            if candidate < 0:
                continue
            whole, frac = divmod(candidate, 10**change.decimals)
            number = f"{whole}.{frac:0{change.decimals}d}" if change.decimals else str(whole)
            text = f"{word}{number}%"
            tried = check_change(current, parse_figure(text), count=True, rounding=rounding)
            if tried.verdict is not Verdict.INCONSISTENT:
                fitting.append(text)
        if fitting:
            return fitting
    return fitting


def explain_inconsistent(
    current: StatedNumber,
    change: StatedNumber,
    unit: str,
    rounding: Rounding = Rounding.HALF_UP,
) -> str:
    """Say why a count change fails under ``rounding``, and what would make it hold."""
    exact_current = int(current.magnitude)
    parts = [
        f"prior {p}{unit} gives {say_percent(rate)}"
        for p, rate in nearby_priors(exact_current, change)
    ]
    others = [
        model.value
        for model in Rounding
        if model is not rounding
        and check_change(current, change, count=True, rounding=model).verdict is Verdict.CONSISTENT
    ]
    text = f"no whole-number prior gives {change.text} for {current.text}{unit}"
    if parts:
        text += ": " + ", ".join(parts)
    if others:
        text += f"; it holds if the change was rounded by {' or '.join(others)}"
    nearest = nearest_fitting_changes(current, change, rounding=rounding)
    if nearest:
        text += f"; the nearest stated changes that fit: {', '.join(nearest)}"
    return text


def describe(result: ChangeCheck, unit: str) -> str:
    """The recomputed prior for the table: ``261起`` or ``[55.12, 55.3]万元``."""
    if result.whole_priors is not None:
        return "prior " + say_range(result.whole_priors, unit)
    if result.prior.is_empty:
        return "no prior"
    return "prior " + result.prior.format(2, unit)


# ---------------------------------------------------------------------------------------
# Frame layer: the same decision for many claims, in exact integer arithmetic.


def change_frame_inputs(
    currents: list[int], changes: list[StatedNumber], rounding: Rounding = Rounding.HALF_UP
) -> pl.LazyFrame:
    """Build the input frame of :func:`relative_change_frame` from parsed figures.

    The change interval (in percent) becomes ``rate_lo_num / rate_den`` and
    ``rate_hi_num / rate_den`` with the closedness of each end.
    """
    return pl.LazyFrame(
        {col.CURRENT: currents, **rate_columns(changes, rounding)},
        schema={col.CURRENT: pl.Int64(), **RATE_SCHEMA},
    )


def relative_change_frame(
    frame: pl.LazyFrame, *, int_type: pl.DataType | None = None
) -> pl.LazyFrame:
    """Add the whole priors and the verdict to a frame of count changes.

    Input columns: ``current`` (a whole count) and the change interval in percent
    as ``rate_lo_num``, ``rate_hi_num`` over ``rate_den`` with ``rate_lo_closed``
    and ``rate_hi_closed``. Other columns pass through.

    Adds ``candidate_min`` and ``candidate_max`` (the whole priors, null when
    unbounded), ``testable`` and ``verdict``, agreeing with :func:`check_change`.

    The prior ``p`` satisfies ``c/p ∈ [L, H] / D`` with ``D = 100·den``,
    ``L = D + lo_num``, ``H = D + hi_num``, hence ``p ∈ [c·D/H, c·D/L]``; the rate's
    closed upper end closes the prior's lower end and vice versa.

    ``int_type`` is the integer type of the products. By default it is picked from the
    data's bounds (see ``exact_int_type``), which runs the frame's plan once to read
    them; a caller inside a longer lazy plan passes ``pl.Int128()``, exact for any
    input, so that the plan runs once.
    """
    # Products of counts and denominators can outgrow Int64 for large counts with many
    # decimals: the type is picked from the data's bounds (see exact_int_type).
    wide = int_type if int_type is not None else exact_int_type(frame, [col.CURRENT])
    c = pl.col(col.CURRENT).cast(wide)
    d = pl.col(col.RATE_DEN).cast(wide) * 100
    low = d + pl.col(col.RATE_LO_NUM).cast(wide)  # multiplier numerators over D
    high = d + pl.col(col.RATE_HI_NUM).cast(wide)
    cd = c * d
    first = (
        pl.when(high <= 0)
        .then(None)
        .when(pl.col(col.RATE_HI_CLOSED))
        .then(ceil_div(cd, high))
        .otherwise(floor_div(cd, high) + 1)
    )
    first = pl.max_horizontal(first, pl.lit(1, dtype=wide))
    last = (
        pl.when(low <= 0)
        .then(None)
        .when(pl.col(col.RATE_LO_CLOSED))
        .then(floor_div(cd, low))
        .otherwise(ceil_div(cd, low) - 1)
    )
    impossible = high <= 0
    empty = impossible | (last.is_not_null() & (last < first))
    zero_current = c == 0
    # With nothing left, only a fall of 100% fits, and then any prior does.
    hundred_fall = ((low < 0) | ((low == 0) & pl.col(col.RATE_LO_CLOSED))) & (
        (high > 0) | ((high == 0) & pl.col(col.RATE_HI_CLOSED))
    )
    testable = (low > 0) & (cd * (high - low) < low * high) & ~zero_current
    verdict = (
        pl.when(zero_current & hundred_fall)
        .then(pl.lit(Verdict.UNVERIFIABLE.value))
        .when(zero_current | empty)
        .then(pl.lit(Verdict.INCONSISTENT.value))
        .when(testable)
        .then(pl.lit(Verdict.CONSISTENT.value))
        .otherwise(pl.lit(Verdict.UNVERIFIABLE.value))
    )
    no_candidates = empty & ~zero_current | zero_current & ~hundred_fall
    first = pl.when(zero_current).then(pl.lit(1, dtype=wide)).otherwise(first)
    last = pl.when(zero_current).then(None).otherwise(last)
    return frame.with_columns(
        pl.when(no_candidates).then(None).otherwise(first).cast(pl.Int64).alias(col.CANDIDATE_MIN),
        pl.when(no_candidates).then(None).otherwise(last).cast(pl.Int64).alias(col.CANDIDATE_MAX),
        testable.alias(col.TESTABLE),
        unless_missing(verdict, [col.CURRENT, *_RATE_COLUMNS]).alias(col.VERDICT),
    )


def change_between_frame(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Decide many stated changes against both levels, as the cross-year check does.

    The frame layer of :func:`check_change_between`.

    Input columns: ``prior_lo``, ``prior_hi``, ``current_lo``, ``current_hi`` (level
    bounds, the prior positive) and ``stated_lo``, ``stated_hi`` (the change in
    percent). Floats, ends closed, agreeing with the scalar layer away from exact ties
    at an open end. Adds ``verdict``.
    """
    change_lo = (pl.col(col.CURRENT_LO) / pl.col(col.PRIOR_HI) - 1) * 100
    change_hi = (pl.col(col.CURRENT_HI) / pl.col(col.PRIOR_LO) - 1) * 100
    fits = meets(change_lo, change_hi, pl.col(col.STATED_LO), pl.col(col.STATED_HI))
    verdict = from_positive(unless_missing(verdict_of(fits), LEVEL_COLUMNS))
    return frame.with_columns(verdict.alias(col.VERDICT))
