"""Parts of a total: a part above its whole is wrong; uncertain parts are ambiguous."""

from __future__ import annotations

from fractions import Fraction

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from xinhong_metrics import Interval, Verdict, check_parts, parts_frame
from xinhong_metrics import columns as col


def n(x: int) -> Interval:
    return Interval.point(x)


def test_startups_part() -> None:
    """扶持创业组织32家, 其中18家: fits."""
    assert Verdict.CONSISTENT is check_parts(n(32), [n(18)], "parts").verdict


def test_part_larger_than_whole() -> None:
    """A part of 40 in a whole of 32 is inconsistent."""
    assert Verdict.INCONSISTENT is check_parts(n(32), [n(40)], "parts").verdict


def test_uncertain_sources_that_exceed_are_ambiguous() -> None:
    """处置问题线索5件, 来信来访自收5件、交办4件: as parts they exceed 5, so ambiguous."""
    result = check_parts(n(5), [n(5), n(4)], "uncertain")
    assert Verdict.AMBIGUOUS is result.verdict
    assert Interval.point(9) == result.total


def test_complete_parts_must_sum_to_the_whole() -> None:
    """Parts said to make up the whole must add up to it."""
    assert Verdict.CONSISTENT is check_parts(n(10), [n(4), n(6)], "complete").verdict
    assert Verdict.INCONSISTENT is check_parts(n(10), [n(4), n(5)], "complete").verdict


def test_rounded_parts_use_their_intervals() -> None:
    """1.2万 ⊇ 0.6万 + 0.65万 fits within rounding (1.15–1.25 vs 1.2–1.3)."""
    whole = Interval(Fraction(11500), Fraction(12500), True, False)
    a = Interval(Fraction(5500), Fraction(6500), True, False)
    b = Interval(Fraction(6450), Fraction(6550), True, False)
    assert Verdict.CONSISTENT is check_parts(whole, [a, b], "complete").verdict


@given(
    whole=st.integers(min_value=0, max_value=10**6),
    parts=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6),
    relation=st.sampled_from(["parts", "complete", "uncertain"]),
)
def test_scalar_and_frame_layers_agree(whole: int, parts: list[int], relation: str) -> None:
    """The polars layer decides whole-count parts as the scalar layer does."""
    frame = pl.LazyFrame(
        {col.WHOLE: [whole], col.PARTS: [parts], col.RELATION: [relation]},
        schema={col.WHOLE: pl.Int64, col.PARTS: pl.List(pl.Int64), col.RELATION: pl.String},
    )
    out = parts_frame(frame).collect().get_column(col.VERDICT).to_list()
    scalar = check_parts(n(whole), [n(p) for p in parts], relation)  # type: ignore[arg-type]
    assert [scalar.verdict.value] == out
