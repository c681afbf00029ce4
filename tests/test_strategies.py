"""The public strategies generate what they promise, and the checks hold on them."""

from __future__ import annotations

from hypothesis import given

from xinhong_metrics import (
    FigureError,
    Verdict,
    check_change,
    check_share,
    parse_figure,
    relative_change_frame,
    share_frame,
)
from xinhong_metrics import columns as col
from xinhong_metrics import strategies as xs


@given(xs.rounded_changes())
def test_rounded_changes_never_alarm(case: tuple[int, int, str]) -> None:
    """A change rounded from whole counts passes, and its true prior is among the candidates."""
    prior, current, stated = case
    result = check_change(parse_figure(str(current)), parse_figure(stated), count=True)
    assert Verdict.INCONSISTENT is not result.verdict
    assert result.whole_priors is not None
    assert result.whole_priors[0] <= prior
    assert result.whole_priors[1] is None or prior <= result.whole_priors[1]


@given(xs.rounded_shares())
def test_rounded_shares_never_alarm(case: tuple[int, int, str]) -> None:
    """A share rounded from whole counts passes with both counts given."""
    part, whole, stated = case
    result = check_share(
        parse_figure(stated), part=parse_figure(str(part)), whole=parse_figure(str(whole))
    )
    assert Verdict.CONSISTENT is result.verdict


@given(xs.change_frames(max_size=10))
def test_change_frames_match_their_rows(case: tuple[object, list[tuple[int, str]]]) -> None:
    """The frame strategy's rows are what the frame holds."""
    frame, rows = case
    out = relative_change_frame(frame).collect()  # type: ignore[arg-type]
    assert [c for c, _ in rows] == out.get_column(col.CURRENT).to_list()


@given(xs.share_frames(max_size=10))
def test_share_frames_never_pass_missing_counts(
    case: tuple[object, list[tuple[int | None, int | None, str]]],
) -> None:
    """Rows with neither part nor whole never pass (above 100% fails, the rest unverifiable)."""
    frame, rows = case
    verdicts = share_frame(frame).collect().get_column(col.VERDICT).to_list()  # type: ignore[arg-type]
    for (part, whole, _), verdict in zip(rows, verdicts, strict=True):
        if part is None and whole is None:
            assert Verdict.CONSISTENT.value != verdict


@given(xs.figure_texts())
def test_figure_texts_parse_or_are_refused(text: str) -> None:
    """Every generated figure parses, or is refused with the library's own error."""
    try:
        parse_figure(text)
    except FigureError as exc:
        message = str(exc)
        assert "cannot read" in message
