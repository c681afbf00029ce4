"""Relative change: real sentences, no false alarms, the brute-force answer, two layers agree."""

from __future__ import annotations

from fractions import Fraction

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from xinhong_metrics import Rounding, Verdict, check_change, parse_figure, relative_change_frame
from xinhong_metrics import columns as col
from xinhong_metrics.checks.relative_change import change_frame_inputs, smallest_whole_pair

from .oracle import change_text, priors, round_magnitude

models = st.sampled_from(list(Rounding))


def test_group_rental_pins_the_prior() -> None:
    """群租发生数147起,同比下降43.68%: the prior year was exactly 261."""
    result = check_change(parse_figure("147"), parse_figure("下降43.68%"), count=True)
    assert Verdict.CONSISTENT is result.verdict
    assert (261, 261) == result.whole_priors


def test_startups_have_no_whole_prior() -> None:
    """扶持创业组织32家,同比去年增长6%: 30 gives 6.67%, 31 gives 3.23%."""
    result = check_change(parse_figure("32"), parse_figure("增长6%"), count=True)
    assert Verdict.INCONSISTENT is result.verdict
    truncated = check_change(
        parse_figure("32"), parse_figure("增长6%"), count=True, rounding=Rounding.TRUNCATE
    )
    assert Verdict.CONSISTENT is truncated.verdict


def test_money_change_is_unverifiable_with_its_prior() -> None:
    """340.1万元, 增长516%: the baseline is about 55.2万元, nothing to compare."""
    result = check_change(parse_figure("340.1"), parse_figure("增长516%"), count=False)
    assert Verdict.UNVERIFIABLE is result.verdict
    assert result.prior.contains(Fraction("55.21"))


def test_smallest_pair() -> None:
    """同比下降50.9% needs at least 53 → 26; 72.7% at least 11 → 3."""
    assert (53, 26) == smallest_whole_pair(parse_figure("下降50.9%"))
    assert (11, 3) == smallest_whole_pair(parse_figure("下降72.7%"))


@settings(max_examples=300)
@given(
    prior=st.integers(min_value=1, max_value=5000),
    current=st.integers(min_value=0, max_value=10000),
    places=st.integers(min_value=0, max_value=3),
    model=models,
)
def test_no_false_alarm_on_correctly_rounded_changes(
    prior: int, current: int, places: int, model: Rounding
) -> None:
    """A change rounded correctly from whole counts is never called inconsistent."""
    rate = Fraction(current - prior, prior) * 100
    sign = -1 if rate < 0 else 1
    stated = change_text(sign, round_magnitude(rate, places, model), places)
    result = check_change(
        parse_figure(str(current)), parse_figure(stated), count=True, rounding=model
    )
    assert Verdict.INCONSISTENT is not result.verdict
    assert result.whole_priors is not None
    first, last = result.whole_priors
    assert first <= prior
    assert last is None or prior <= last


@settings(max_examples=150, deadline=None)
@given(
    current=st.integers(min_value=1, max_value=150),
    sign=st.sampled_from([-1, 1]),
    digits=st.integers(min_value=0, max_value=9000),
    places=st.integers(min_value=0, max_value=2),
    model=models,
)
def test_verdict_is_the_brute_force_answer(
    current: int, sign: int, digits: int, places: int, model: Rounding
) -> None:
    """Inconsistent exactly when no whole prior gives the stated change; the range is exact.

    This is the detection property too: a stated change moved off every whole prior's
    rounding interval is caught, and one still inside some interval is not.
    """
    if sign < 0 and digits >= 95 * 10**places:
        digits = digits % (95 * 10**places)  # keep falls below 95%, so priors stay bounded
    stated = change_text(sign, digits, places)
    limit = 25 * current + 10
    expected = priors(current, sign, digits, places, model, limit)
    result = check_change(
        parse_figure(str(current)), parse_figure(stated), count=True, rounding=model
    )
    if not expected:
        assert Verdict.INCONSISTENT is result.verdict
    else:
        assert (expected[0], expected[-1]) == result.whole_priors


def changes() -> st.SearchStrategy[str]:
    return st.builds(
        change_text,
        st.sampled_from([-1, 1]),
        st.integers(min_value=0, max_value=200_000),
        st.integers(min_value=0, max_value=3),
    )


@settings(max_examples=300)
@given(
    rows=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**7), changes()), min_size=1, max_size=20
    ),
    model=models,
)
def test_scalar_and_frame_layers_agree(rows: list[tuple[int, str]], model: Rounding) -> None:
    """The polars layer gives the same verdicts and whole priors as the exact scalar one."""
    currents = [c for c, _ in rows]
    figures = [parse_figure(s) for _, s in rows]
    frame = relative_change_frame(change_frame_inputs(currents, figures, model)).collect()
    for (current, _), figure, out in zip(rows, figures, frame.iter_rows(named=True), strict=True):
        scalar = check_change(parse_figure(str(current)), figure, count=True, rounding=model)
        assert scalar.verdict.value == out[col.VERDICT]
        expected = scalar.whole_priors or (None, None)
        assert expected == (out[col.CANDIDATE_MIN], out[col.CANDIDATE_MAX])
        assert scalar.testable == out[col.TESTABLE]


def test_frame_passes_other_columns_through() -> None:
    """Columns the check does not use come out unchanged."""
    frame = change_frame_inputs([147], [parse_figure("下降43.68%")]).with_columns(
        pl.lit("q").alias("quote")
    )
    out = relative_change_frame(frame).collect()
    assert ["q"] == out.get_column("quote").to_list()
    assert [261] == out.get_column(col.CANDIDATE_MIN).to_list()


def test_huge_counts_take_the_exact_wide_type() -> None:
    """A count near 10^12 with a four-decimal rate forces Int128, and stays exact."""
    from xinhong_metrics.checks._whole import exact_int_type

    figure = parse_figure("增长0.0001%")
    frame = change_frame_inputs([10**12], [figure])
    assert pl.Int128() == exact_int_type(frame, [col.CURRENT])
    out = relative_change_frame(frame).collect().row(0, named=True)
    scalar = check_change(parse_figure(str(10**12)), figure, count=True)
    assert scalar.verdict.value == out[col.VERDICT]
    assert scalar.whole_priors == (out[col.CANDIDATE_MIN], out[col.CANDIDATE_MAX])


def test_ordinary_counts_take_int64() -> None:
    """Counts and one-decimal rates of real reports stay in the fast Int64 path."""
    from xinhong_metrics.checks._whole import exact_int_type

    frame = change_frame_inputs(
        [147, 21573], [parse_figure("下降43.68%"), parse_figure("增长3.7%")]
    )
    assert pl.Int64() == exact_int_type(frame, [col.CURRENT])


def test_nearest_fitting_changes() -> None:
    """32家 增长6% fits one step up, at 增长7%; 147起 下降43.66% fits two steps up."""
    from xinhong_metrics.checks.relative_change import nearest_fitting_changes

    assert ["增长7%"] == nearest_fitting_changes(parse_figure("32"), parse_figure("增长6%"))
    assert ["下降43.68%"] == nearest_fitting_changes(
        parse_figure("147"), parse_figure("下降43.66%")
    )


def test_the_explanation_follows_the_chosen_rounding() -> None:
    """20 after 下降4% needs a prior of 20.83: no whole number under half-up, 21 truncated.

    Under --rounding truncate it fits; under half_up the message names truncate as the
    model under which it would hold, and the nearest fitting changes are those that fit
    under the model chosen.
    """
    from xinhong_metrics.checks.relative_change import explain_inconsistent

    current, change = parse_figure("20"), parse_figure("下降4%")
    said = explain_inconsistent(current, change, "家", Rounding.HALF_UP)
    assert "it holds if the change was rounded by truncate" in said
    said = explain_inconsistent(current, change, "家", Rounding.HALF_EVEN)
    assert "truncate" in said and "half_even or" not in said
