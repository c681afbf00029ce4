"""Shares and rates: real sentences, no false alarms, the brute-force answer, layers agree."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import write_report
from xinhong_metrics import (
    Rounding,
    Verdict,
    check_findings,
    check_share,
    parse_figure,
    share_frame,
    smallest_base,
)
from xinhong_metrics import columns as col
from xinhong_metrics.checks.shares import share_frame_inputs

from .oracle import round_magnitude, share_matches

models = st.sampled_from(list(Rounding))


def pct(digits: int, places: int) -> str:
    return (f"{digits / 10**places:.{places}f}" if places else str(digits)) + "%"


def test_party_members_share_pins_the_whole() -> None:
    """新发展“两新”党员48人,占街道发展总数76%: the whole is 63."""
    result = check_share(parse_figure("76%"), part=parse_figure("48"))
    assert Verdict.CONSISTENT is result.verdict
    assert (63, 63) == result.candidates


def test_full_rate_pins_the_part_but_tests_nothing() -> None:
    """提出问题198个,问题办结率100%: all 198 were settled, which any whole allows."""
    result = check_share(parse_figure("100%"), whole=parse_figure("198"))
    assert Verdict.UNVERIFIABLE is result.verdict
    assert not result.testable
    assert (198, 198) == result.candidates


def test_share_above_hundred_is_an_error() -> None:
    """A share of 101% cannot be; a completion rate of 108% can."""
    assert Verdict.INCONSISTENT is check_share(parse_figure("101%")).verdict
    assert Verdict.INCONSISTENT is not check_share(parse_figure("108%"), bounded=False).verdict


def test_both_counts_stated() -> None:
    """3 of 4 is 75%, not 70%."""
    assert (
        Verdict.CONSISTENT
        is check_share(parse_figure("75%"), part=parse_figure("3"), whole=parse_figure("4")).verdict
    )
    assert (
        Verdict.INCONSISTENT
        is check_share(parse_figure("70%"), part=parse_figure("3"), whole=parse_figure("4")).verdict
    )


def test_smallest_base_of_a_bare_rate() -> None:
    """87.5% needs at least 8 (7/8); 91% needs 11 (10/11)."""
    assert (7, 8) == smallest_base(parse_figure("87.5%"))
    assert (10, 11) == smallest_base(parse_figure("91%"))


@settings(max_examples=300)
@given(
    whole=st.integers(min_value=1, max_value=5000),
    data=st.data(),
    places=st.integers(min_value=0, max_value=3),
    model=models,
)
def test_no_false_alarm_on_correct_shares(
    whole: int, data: st.DataObject, places: int, model: Rounding
) -> None:
    """A share rounded right from whole counts is never called inconsistent, from any side."""
    part = data.draw(st.integers(min_value=0, max_value=whole))
    stated = parse_figure(pct(round_magnitude(Fraction(part * 100, whole), places, model), places))
    for kwargs in (
        {"part": parse_figure(str(part))},
        {"whole": parse_figure(str(whole))},
        {"part": parse_figure(str(part)), "whole": parse_figure(str(whole))},
    ):
        result = check_share(stated, rounding=model, **kwargs)
        assert Verdict.INCONSISTENT is not result.verdict


@settings(max_examples=200, deadline=None)
@given(
    part=st.integers(min_value=1, max_value=120),
    digits=st.integers(min_value=1, max_value=10000),
    places=st.integers(min_value=0, max_value=2),
    model=models,
)
def test_whole_from_part_is_the_brute_force_answer(
    part: int, digits: int, places: int, model: Rounding
) -> None:
    """Given the part, the wholes found are exactly those whose share rounds to the stated rate."""
    digits = digits % (100 * 10**places) + 1  # a share in (0, 100]
    stated = parse_figure(pct(digits, places))
    limit = part * 200 * 10**places // max(2 * digits - 1, 1) + 2  # lowest rate: digits - 1/2
    expected = [w for w in range(part, limit + 1) if share_matches(part, w, digits, places, model)]
    result = check_share(stated, part=parse_figure(str(part)), rounding=model)
    if not expected:
        assert Verdict.INCONSISTENT is result.verdict
    else:
        assert (expected[0], expected[-1]) == result.candidates


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=400),
    digits=st.integers(min_value=0, max_value=10000),
    places=st.integers(min_value=0, max_value=2),
    model=models,
)
def test_part_from_whole_is_the_brute_force_answer(
    whole: int, digits: int, places: int, model: Rounding
) -> None:
    """Given the whole, the parts found are exactly those whose share rounds to the stated rate."""
    digits = digits % (100 * 10**places + 1)
    stated = parse_figure(pct(digits, places))
    expected = [k for k in range(whole + 1) if share_matches(k, whole, digits, places, model)]
    result = check_share(stated, whole=parse_figure(str(whole)), rounding=model)
    if not expected:
        assert Verdict.INCONSISTENT is result.verdict
    else:
        assert (expected[0], expected[-1]) == result.candidates


counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))


@settings(max_examples=300)
@given(
    rows=st.lists(
        st.tuples(
            counts,
            counts,
            st.integers(min_value=0, max_value=12000),
            st.integers(min_value=0, max_value=2),
        ),
        min_size=1,
        max_size=20,
    ),
    model=models,
)
def test_scalar_and_frame_layers_agree(
    rows: list[tuple[int | None, int | None, int, int]], model: Rounding
) -> None:
    """The polars layer gives the same verdicts and candidates as the exact scalar one."""
    rates = [parse_figure(pct(d, p)) for _, _, d, p in rows]
    frame = share_frame(
        share_frame_inputs([r[0] for r in rows], [r[1] for r in rows], rates, model)
    ).collect()
    for (part, whole, _, _), rate, out in zip(
        rows, rates, frame.iter_rows(named=True), strict=True
    ):
        scalar = check_share(
            rate,
            part=None if part is None else parse_figure(str(part)),
            whole=None if whole is None else parse_figure(str(whole)),
            rounding=model,
        )
        assert scalar.verdict.value == out[col.VERDICT], (part, whole, rate.text)
        if scalar.target in ("whole", "part"):
            expected = scalar.candidates or (None, None)
            assert expected == (out[col.CANDIDATE_MIN], out[col.CANDIDATE_MAX])
            assert scalar.testable == out[col.TESTABLE]


def test_missing_counts_never_pass_in_the_frame() -> None:
    """A row with neither part nor whole is unverifiable, never consistent."""
    out = share_frame(share_frame_inputs([None], [None], [parse_figure("50%")])).collect()
    assert [Verdict.UNVERIFIABLE.value] == out.get_column(col.VERDICT).to_list()


def test_inconsistent_share_names_the_rounding_that_explains_it(tmp_path: Path) -> None:
    """2 of 3 stated as 66% fails half-up (66.67% → 67%) but holds truncated."""
    values = [
        {"id": "done", "unit": "项", "figure": "2"},
        {"id": "plan", "unit": "项", "figure": "3"},
        {"id": "rate", "unit": "%", "figure": "66"},
    ]
    claim = {
        "kind": "share",
        "rate": "rate",
        "part": "done",
        "whole": "plan",
        "period": 2020,
        "quote": "完成2项,占计划3项的66%",
    }
    [finding] = check_findings([write_report(tmp_path, "r-2020", 2020, values, [claim])])
    assert Verdict.INCONSISTENT is finding.verdict
    assert "truncate" in finding.message


def test_a_count_in_wan_implies_a_whole_it_does_not_deny(tmp_path: Path) -> None:
    """参保3.56万人，参保率98.6%: 3.56万 is rounded, so no whole number is ruled out."""
    values = [
        {"id": "insured", "name": "参保人数", "unit": "人", "figure": "3.56万"},
        {"id": "rate", "name": "参保率", "unit": "%", "figure": "98.6"},
    ]
    claim = {
        "kind": "share",
        "rate": "rate",
        "part": "insured",
        "period": 2020,
        "quote": "参保人数3.56万人,参保率98.6",
    }
    [finding] = check_findings([write_report(tmp_path, "r-2020", 2020, values, [claim])])
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "no whole number" not in finding.message
    assert "implies" in finding.message


def test_no_smallest_base_for_a_bound_or_a_ratio_of_amounts(tmp_path: Path) -> None:
    """税收收入占比68.5% is a ratio of 亿元; 失业率5.5%以内 a bound: no whole base for either."""
    values = [
        {"id": "tax", "name": "税收收入占一般公共预算收入比重", "unit": "%", "figure": "68.5"},
        {"id": "jobless", "name": "城镇调查失业率", "unit": "%", "figure": "5.5以内"},
        {"id": "settled", "name": "诉求解决率", "unit": "%", "figure": "92.13"},
    ]
    claims = [
        {"kind": "share", "rate": rate, "period": 2020, "quote": f"{name}{figure}"}
        for rate, name, figure in (
            ("tax", "税收收入占一般公共预算收入比重", "68.5"),
            ("jobless", "城镇调查失业率", "5.5以内"),
            ("settled", "诉求解决率", "92.13"),
        )
    ]
    found = check_findings([write_report(tmp_path, "r-2020", 2020, values, claims)])
    assert [f.recomputed for f in found] == ["no counts stated", "no counts stated", "base ≥ 89"]
    assert "ratio of amounts" in found[0].message
