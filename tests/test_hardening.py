"""Regression tests for hostile and degenerate input: one-line errors, no vacuous verdicts.

Each case here was once a traceback, a hang or a "consistent" that could not have
failed; the test pins what it gives now.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinhong_metrics import check, load_report
from xinhong_metrics.cli import main
from xinhong_metrics.errors import ReportFileError, XinhongError

from .helpers import run_cli as run
from .helpers import write_report


def verdicts(paths: list[Path]) -> list[tuple[str, str, str]]:
    frame = check(paths)
    return [
        (row["check"], row["verdict"], row["message"])
        for row in frame.select("check", "verdict", "message").to_dicts()
    ]


def one_line_error(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert 1 == len(lines), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


CHANGE = {
    "kind": "relative_change",
    "indicator": "x",
    "period": 2020,
    "against": 2019,
    "stated": "增长5%",
    "quote": "x增长5%",
}


# --- levels of zero ---------------------------------------------------------------------


@pytest.mark.parametrize("zero", ["0", "0.0", "零", "逾0"])
def test_a_change_from_a_zero_level_across_years_is_decided_not_crashed(
    tmp_path: Path, zero: str
) -> None:
    """A 2019 level of 0 under a 2020 relative change: a finding with the reason."""
    first = write_report(tmp_path, "a-2019", 2019, [{"id": "x", "figure": zero}], [])
    second = write_report(tmp_path, "a-2020", 2020, [{"id": "x", "figure": "10"}], [CHANGE])
    found = [v for v in verdicts([first, second]) if v[0] == "cross-year-change"]
    assert 1 == len(found)
    _, verdict, message = found[0]
    assert verdict in ("unverifiable", "inconsistent")
    assert "0" in message


@pytest.mark.parametrize("earlier", ["0", "逾0"])
def test_history_over_a_zero_or_open_level_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], earlier: str
) -> None:
    """``history`` over a 2019 level of 0 or 逾0 prints its table and exits 0."""
    first = write_report(tmp_path, "a-2019", 2019, [{"id": "x", "figure": earlier}], [])
    second = write_report(tmp_path, "a-2020", 2020, [{"id": "x", "figure": "10"}], [CHANGE])
    code, out, err = run(["history", str(first), str(second), "--indicator", "x"], capsys)
    assert (0, "") == (code, err)
    assert earlier in out


@pytest.mark.parametrize(
    ("part", "whole", "rate", "verdict", "said"),
    [
        ("3", "0", "50", "inconsistent", "0"),  # no rate of a whole of 0
        ("48", "逾0", "76", "unverifiable", "one side"),  # an open whole confirms nothing
    ],
)
def test_a_share_of_a_zero_or_open_whole(
    tmp_path: Path, part: str, whole: str, rate: str, verdict: str, said: str
) -> None:
    """A share of a whole of 0 is inconsistent; of a whole stated as 逾0, unverifiable."""
    values = [
        {"id": "p", "figure": part, "unit": "人"},
        {"id": "w", "figure": whole, "unit": "人"},
        {"id": "r", "figure": rate, "unit": "%"},
    ]
    claim = {"kind": "share", "rate": "r", "part": "p", "whole": "w", "period": 2020, "quote": "q"}
    path = write_report(tmp_path, "s-2020", 2020, values, [claim])
    [(_, found, message)] = verdicts([path])
    assert verdict == found
    assert said in message


# --- vacuous tests ----------------------------------------------------------------------


def test_a_hundred_percent_of_an_unknown_whole_is_unverifiable(tmp_path: Path) -> None:
    """提出问题198个, 问题办结率100%: any whole allows it, so nothing was tested."""
    values = [
        {"id": "p", "figure": "198", "unit": "个"},
        {"id": "r", "figure": "100", "unit": "%"},
    ]
    claim = {"kind": "share", "rate": "r", "part": "p", "period": 2020, "quote": "q"}
    path = write_report(tmp_path, "s-2020", 2020, values, [claim])
    [(_, verdict, _)] = verdicts([path])
    assert "unverifiable" == verdict


@pytest.mark.parametrize(
    "claim",
    [
        {"kind": "multiple", "stated": "2倍"},
        {"kind": "direction", "stated": "略有增长"},
        {"kind": "relative_change", "stated": "增长5%"},
    ],
)
def test_nothing_resting_on_an_unbounded_level_is_consistent(
    tmp_path: Path, claim: dict[str, Any]
) -> None:
    """逾0 allows (0, ∞): a check against it could not have failed."""
    first = write_report(tmp_path, "a-2019", 2019, [{"id": "x", "figure": "逾0"}], [])
    full = {"indicator": "x", "period": 2020, "against": 2019, "quote": claim["stated"], **claim}
    second = write_report(tmp_path, "a-2020", 2020, [{"id": "x", "figure": "10"}], [full])
    for _, verdict, _ in verdicts([first, second]):
        assert "consistent" != verdict


@pytest.mark.parametrize(
    ("earlier", "later", "stated", "verdict"),
    [
        # 突破3万亿元 then 3.93万亿元, 增加7694亿元: below 9350亿元 is tested, and holds.
        ("突破30000", "39300", "增加7694", "consistent"),
        # An increase above what the one bound allows is still found.
        ("突破30000", "39300", "增加9500", "inconsistent"),
        # Two one-sided levels leave nothing tested.
        ("突破30000", "超过39000", "增加7694", "unverifiable"),
    ],
)
def test_one_one_sided_level_still_tests_the_other_side(
    tmp_path: Path, earlier: str, later: str, stated: str, verdict: str
) -> None:
    """A level bounded on one side (突破3万亿元) still bounds a change on the other."""
    first = write_report(tmp_path, "a-2019", 2019, [{"id": "x", "figure": earlier}], [])
    claim = {
        "kind": "absolute_change",
        "indicator": "x",
        "period": 2020,
        "against": 2019,
        "stated": stated,
        "unit": "亿元",
        "quote": stated,
    }
    second = write_report(tmp_path, "a-2020", 2020, [{"id": "x", "figure": later}], [claim])
    [(_, found, _)] = verdicts([first, second])
    assert verdict == found


def test_parts_of_an_unbounded_whole_are_not_consistent(tmp_path: Path) -> None:
    """Parts of a whole stated as 逾0 fit any whole: unverifiable."""
    values = [
        {"id": "w", "figure": "逾0", "unit": "人"},
        {"id": "a", "figure": "3", "unit": "人"},
    ]
    claim = {"kind": "part_of_whole", "whole": "w", "parts": ["a"], "period": 2020, "quote": "q"}
    path = write_report(tmp_path, "p-2020", 2020, values, [claim])
    [(_, verdict, _)] = verdicts([path])
    assert "unverifiable" == verdict


# --- figures of the wrong kind or sign ------------------------------------------------------


@pytest.mark.parametrize("figure", ["-5", "下降5", "-七", "−3", "近0", "不足0"])
def test_a_negative_count_is_refused(tmp_path: Path, figure: str) -> None:
    """A count of people cannot be negative: the file is refused at the figure."""
    path = write_report(tmp_path, "n-2020", 2020, [{"id": "x", "figure": figure, "unit": "人"}], [])
    with pytest.raises(ReportFileError, match=r"figure"):
        load_report(path)


@pytest.mark.parametrize(
    ("kind", "stated"),
    [
        ("relative_change", "增长2.6倍"),
        ("relative_change", "提高2.6个百分点"),
        ("point_change", "增长2.6倍"),
        ("multiple", "增长5%"),
    ],
)
def test_a_stated_figure_of_another_kind_is_refused(tmp_path: Path, kind: str, stated: str) -> None:
    """倍 and 百分点 are never read as a relative percent, nor % as a multiple."""
    claim = {**CHANGE, "kind": kind, "stated": stated, "quote": stated}
    path = write_report(tmp_path, "k-2020", 2020, [{"id": "x", "figure": "10"}], [claim])
    with pytest.raises(ReportFileError, match=r"claims\[0\]\.stated"):
        load_report(path)


@pytest.mark.parametrize("word", ["上年", "去年", "上年同期"])
def test_against_the_year_before_links_across_years(tmp_path: Path, word: str) -> None:
    """``against: 上年`` means the year before, so the earlier report's level is used."""
    first = write_report(tmp_path, "a-2019", 2019, [{"id": "x", "figure": "10"}], [])
    claim = {**CHANGE, "against": word, "stated": "增长10%", "quote": "x增长10%"}
    second = write_report(tmp_path, "a-2020", 2020, [{"id": "x", "figure": "11"}], [claim])
    found = verdicts([first, second])
    assert ("cross-year-change", "consistent") == found[0][:2]


# --- quotes, with or without a bundled text ---------------------------------------------


def test_a_figure_not_in_its_quote_is_refused_without_a_source_text(tmp_path: Path) -> None:
    """figure 299 with quote 298亿元 is caught even when no text is bundled."""
    path = write_report(tmp_path, "q-2020", 2020, [{"id": "x", "figure": "299"}], [])
    text = path.read_text(encoding="utf-8").replace("quote: x299", "quote: x298亿元")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"figure '299' is not in the quote"):
        load_report(path)


def test_a_stated_change_not_in_its_quote_is_refused_without_a_source_text(
    tmp_path: Path,
) -> None:
    """增长0.3% with a quote saying 0.2% is caught even when no text is bundled."""
    claim = {**CHANGE, "stated": "增长0.3%", "quote": "x增长0.2%"}
    path = write_report(tmp_path, "q-2020", 2020, [{"id": "x", "figure": "10"}], [claim])
    with pytest.raises(ReportFileError, match=r"stated '增长0.3%' is not in the quote"):
        load_report(path)


# --- files that must not be read --------------------------------------------------------


def _with_source(tmp_path: Path, text: str) -> Path:
    path = write_report(tmp_path, "t-2020", 2020, [{"id": "x", "figure": "10"}], [])
    body = path.read_text(encoding="utf-8").replace("source: {}", f"source: {{text: '{text}'}}")
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "/proc/self/environ"])
def test_a_source_text_outside_the_report_folder_is_refused(tmp_path: Path, target: str) -> None:
    """A report file cannot make the loader read, or probe, a file outside its folder."""
    path = _with_source(tmp_path, target)
    with pytest.raises(ReportFileError, match=r"report\.source\.text.*outside") as info:
        load_report(path)
    assert "offset" not in str(info.value)


def test_a_device_as_source_text_is_refused(tmp_path: Path) -> None:
    """/dev/zero would be read until memory runs out: refused as not a regular file."""
    path = _with_source(tmp_path, "/dev/zero")
    with pytest.raises(ReportFileError, match=r"not a regular file"):
        load_report(path, text_root="/")
    (tmp_path / "zero").symlink_to("/dev/zero")
    with pytest.raises(ReportFileError, match=r"outside"):
        load_report(_with_source(tmp_path, "zero"))


def test_a_fifo_as_report_or_source_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO blocks a reader forever; it is refused before it is opened."""
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ReportFileError, match=r"not a regular file"):
        load_report(fifo)
    os.mkfifo(tmp_path / "text.txt")
    with pytest.raises(ReportFileError, match=r"not a regular file"):
        load_report(_with_source(tmp_path, "text.txt"))


def test_a_nul_byte_in_the_source_path_is_one_error(tmp_path: Path) -> None:
    """A NUL in source.text is a field error, not an embedded-null crash."""
    path = _with_source(tmp_path, "a\\0b.txt")
    body = path.read_text(encoding="utf-8").replace("'a\\0b.txt'", '"a\\0b.txt"')
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"report\.source\.text"):
        load_report(path)


def test_an_oversized_report_file_is_refused(tmp_path: Path) -> None:
    """A report file beyond the size limit is refused before it is parsed."""
    path = tmp_path / "big.yaml"
    path.write_text("# " + "x" * (17 * 1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"larger than"):
        load_report(path)


# --- malformed YAML -----------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2021-02-30", "0000-00-00"])
def test_an_impossible_date_is_one_error_at_its_line(tmp_path: Path, date: str) -> None:
    """published: 2021-02-30 names the field and its line."""
    path = write_report(tmp_path, "d-2020", 2020, [{"id": "x", "figure": "10"}], [])
    body = path.read_text(encoding="utf-8").replace("published: 2021", f"published: {date}")
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"report\.published") as info:
        load_report(path)
    assert info.value.line is not None


def test_deeply_nested_yaml_is_one_error(tmp_path: Path) -> None:
    """YAML nested hundreds of levels deep is refused, not a RecursionError."""
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 1500 + "]" * 1500 + "\n", encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"nested"):
        load_report(path)


def test_a_huge_offset_without_a_text_is_refused(tmp_path: Path) -> None:
    """offset: 2**63 would overflow a frame column; it is a field error."""
    path = write_report(tmp_path, "o-2020", 2020, [{"id": "x", "figure": "10"}], [])
    body = path.read_text(encoding="utf-8").replace(
        "quote: x10", f"quote: x10\n    offset: {2**63}"
    )
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"offset"):
        load_report(path)


def test_a_huge_level_is_checked_and_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A level of 1e400 does not overflow a float when the finding is printed."""
    huge = "1" + "0" * 400
    first = write_report(tmp_path, "h-2019", 2019, [{"id": "x", "figure": huge}], [])
    second = write_report(tmp_path, "h-2020", 2020, [{"id": "x", "figure": huge}], [CHANGE])
    code, out, err = run(["check", str(first), str(second), "--fail-on", "never"], capsys)
    assert (0, "") == (code, err)
    assert "cross-year-change" in out


# --- writing drafts -------------------------------------------------------------------------


def _text(tmp_path: Path) -> Path:
    source = tmp_path / "r.txt"
    source.write_text(
        "闵行区2020年工作报告\n全年接待群众1200人次，同比增长20%。\n", encoding="utf-8"
    )
    return source


def test_extract_never_writes_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o naming the input text is refused even with --force; the text is untouched."""
    source = _text(tmp_path)
    before = source.read_bytes()
    code, _, err = run(["extract", str(source), "-o", str(source), "--force"], capsys)
    assert 2 == code
    one_line_error(err, "input")
    assert before == source.read_bytes()


@pytest.mark.parametrize("where", ["file-parent", "dir-target", "dev-full"])
def test_extract_output_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """An output that cannot be written ends in one line and exit 2."""
    source = _text(tmp_path)
    if where == "file-parent":
        target = source / "draft.yaml"
    elif where == "dir-target":
        # -o folder/ puts the draft in it; where the draft's own name is a folder, no.
        target = tmp_path / "folder"
        (target / f"{source.stem}.draft.yaml").mkdir(parents=True)
    else:
        if not Path("/dev/full").exists():
            pytest.skip("/dev/full is not on this system")
        target = Path("/dev/full")
    code, _, err = run(["extract", str(source), "-o", str(target), "--force"], capsys)
    assert 2 == code
    one_line_error(err)


def test_a_draft_is_written_whole_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The draft goes to a temporary file renamed into place: no partial file remains."""
    source = _text(tmp_path)
    target = tmp_path / "r.draft.yaml"
    code, _, err = run(["extract", str(source), "-o", str(target)], capsys)
    assert (0, "") == (code, err)
    assert [target] == [p for p in tmp_path.iterdir() if p.suffix == ".yaml"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# --- the Python API -------------------------------------------------------------------------


def test_a_bogus_rounding_is_a_library_error() -> None:
    """rounding='bogus' is a UsageError naming the argument, not UnboundLocalError."""
    from xinhong_metrics import check_change, parse_figure

    with pytest.raises(XinhongError, match="rounding"):
        check_change(parse_figure("147"), parse_figure("下降43.68%"), count=True, rounding="bogus")  # type: ignore[arg-type]


# --- frame functions: a missing figure never passes -------------------------------------------

_FLOATS = {
    "prior_lo": 100.0,
    "prior_hi": 100.0,
    "current_lo": 110.0,
    "current_hi": 110.0,
    "stated_lo": 9.5,
    "stated_hi": 10.5,
}
_RATE = {
    "rate_lo_num": 755,
    "rate_hi_num": 765,
    "rate_den": 10,
    "rate_lo_closed": True,
    "rate_hi_closed": False,
}


def _frame_cases() -> list[tuple[str, dict[str, object], str]]:
    growth = {**_FLOATS, "stated_lo": 1.095, "stated_hi": 1.105}
    average = {**_FLOATS, "years": 1}
    return [
        ("change_between_frame", _FLOATS, "current_lo"),
        ("points_between_frame", _FLOATS, "prior_hi"),
        ("multiple_frame", growth, "stated_lo"),
        ("average_growth_frame", average, "years"),
        (
            "threshold_frame",
            {"current_lo": 10.0, "current_hi": 10.0, "stated_lo": 5.0, "stated_hi": None},
            "current_hi",
        ),
        ("listed_count_frame", {"listed": 3, "stated": 3, "open_list": False}, "open_list"),
        ("relative_change_frame", {"current": 147, **_RATE}, "rate_lo_num"),
        ("share_frame", {"part": 48, "whole": 63, **_RATE}, "rate_hi_closed"),
        ("parts_frame", {"whole": 5, "parts": [2, 3], "relation": "complete"}, "whole"),
    ]


@pytest.mark.parametrize(("name", "row", "blank"), _frame_cases())
@pytest.mark.parametrize("missing", [None, float("nan")])
def test_frame_functions_never_pass_a_missing_figure(
    name: str, row: dict[str, object], blank: str, missing: float | None
) -> None:
    """A null or NaN input is unverifiable in every frame function, never consistent."""
    import polars as pl

    import xinhong_metrics as xm

    function = getattr(xm, name)
    complete = pl.LazyFrame([row])
    assert "unverifiable" != function(complete).collect()["verdict"][0]
    value = missing
    if missing is not None and not isinstance(row[blank], float):
        value = None  # NaN exists only in float columns
    broken = pl.LazyFrame([{**row, blank: value}], schema=pl.LazyFrame([row]).collect_schema())
    assert "unverifiable" == function(broken).collect()["verdict"][0]


def test_a_listed_count_of_nan_is_a_usage_error() -> None:
    """check_listed_count(nan, 3) is misuse, said as such."""
    from xinhong_metrics import check_listed_count

    with pytest.raises(XinhongError, match="listed"):
        check_listed_count(float("nan"), 3, open_list=False)  # type: ignore[arg-type]


def test_a_path_given_as_a_plain_string_is_one_path() -> None:
    """xm.check("data/minhang") checks that folder, not the characters of its name."""
    from xinhong_metrics import check as check_reports

    from .conftest import DATA

    frame = check_reports(str(DATA / "minhang"))
    assert frame.height > 10


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    # Never a path that leads out of the empty folder the test runs in: "/" or ".." would
    # have the path-taking functions walk the machine's disk, which they would do.
    st.text(max_size=8).filter(lambda s: "/" not in s and ".." not in s),
    st.sampled_from(["bogus", "下降43.68%", "逾0", "/dev/zero", "half_up", "data"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _exported_functions() -> list[str]:
    import inspect

    import xinhong_metrics as xm

    return [name for name in xm.__all__ if inspect.isfunction(getattr(xm, name))]


@pytest.mark.parametrize("name", _exported_functions())
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(args=st.lists(_JUNK, max_size=3), rounding=st.sampled_from([None, "bogus", 3]))
def test_misuse_of_an_exported_function_raises_the_libraries_error(
    name: str, args: list[object], rounding: object
) -> None:
    """Junk arguments to any exported function end in a XinhongError, nothing else."""
    import xinhong_metrics as xm

    function = getattr(xm, name)
    kwargs = {} if rounding is None else {"rounding": rounding}
    with (
        tempfile.TemporaryDirectory() as empty,
        contextlib.chdir(empty),
        contextlib.suppress(XinhongError),
    ):
        function(*args, **kwargs)


def test_an_internal_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug of ours still ends in one line and exit 2; XINHONG_METRICS_DEBUG shows it."""
    from xinhong_metrics import engine

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(engine, "check_findings", broken)
    monkeypatch.delenv("XINHONG_METRICS_DEBUG", raising=False)
    code, _, err = run(["check", "data"], capsys)
    assert 2 == code
    one_line_error(err, "internal error", "RuntimeError: boom")
    monkeypatch.setenv("XINHONG_METRICS_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["check", "data"])


def test_search_loops_are_bounded() -> None:
    """smallest_base with a huge limit and 10**7 years of growth are refused, not run."""
    from xinhong_metrics import check_average_growth, parse_figure, smallest_base

    with pytest.raises(XinhongError, match="limit"):
        smallest_base(parse_figure("92.13%"), limit=10**12)
    assert (82, 89) == smallest_base(parse_figure("92.13%"))
    rate = parse_figure("5%").interval()
    with pytest.raises(XinhongError, match="years"):
        check_average_growth(rate, 10**7)


# --- units: every comparison converts first ---------------------------------------------------


def test_a_change_across_years_converts_units_first(tmp_path: Path) -> None:
    """1.2亿元 in 2020 against 11000万元 in 2019 is +9.09%: 增长9.1% is consistent."""
    first = write_report(
        tmp_path, "u-2019", 2019, [{"id": "x", "figure": "11000", "unit": "万元"}], []
    )
    claim = {**CHANGE, "stated": "增长9.1%", "quote": "增长9.1%"}
    second = write_report(
        tmp_path, "u-2020", 2020, [{"id": "x", "figure": "1.2", "unit": "亿元"}], [claim]
    )
    found = {c: (v, m) for c, v, m in verdicts([first, second])}
    verdict, message = found["cross-year-change"]
    assert "consistent" == verdict, message
    assert "11000万元" in message


def test_a_restated_level_in_another_unit_is_the_same_figure(tmp_path: Path) -> None:
    """1.2亿元 restated as 12000万元 agrees; as 12000人 it is another indicator."""
    first = write_report(
        tmp_path, "r-2019", 2019, [{"id": "x", "figure": "1.2", "unit": "亿元", "period": 2019}], []
    )
    second = write_report(
        tmp_path,
        "r-2020",
        2020,
        [{"id": "x", "figure": "12000", "unit": "万元", "period": 2019}],
        [],
    )
    assert [("restatement", "consistent")] == [v[:2] for v in verdicts([first, second])]
    third = write_report(
        tmp_path, "r-2021", 2021, [{"id": "x", "figure": "12000", "unit": "人", "period": 2019}], []
    )
    apart = [v for v in verdicts([first, third]) if v[0] == "restatement"]
    assert "not_comparable" == apart[0][1]


def test_a_figure_of_several_years_is_no_restatement_of_the_last_years(tmp_path: Path) -> None:
    """五年来…62.91万户 (2021-2025) beside 2025's 13.2万户 in the report before: not restated."""
    first = write_report(
        tmp_path, "y-2025", 2025, [{"id": "x", "figure": "13.2万", "unit": "户"}], []
    )
    span = {"id": "x", "figure": "62.91万", "unit": "户", "period": 2025, "years": "2021-2025"}
    second = write_report(tmp_path, "y-2026", 2026, [span], [])
    assert [v for v in verdicts([first, second]) if v[0] == "restatement"] == []
    # The same figure as one year's level is a restatement, and a wrong one.
    del span["years"]
    third = write_report(tmp_path, "y-2026b", 2026, [span], [])
    assert [v[:2] for v in verdicts([first, third]) if v[0] == "restatement"] == [
        ("restatement", "inconsistent")
    ]


def test_parts_and_shares_convert_to_the_wholes_unit(tmp_path: Path) -> None:
    """5000万元 of a whole of 1.2亿元 fits, and is 41.67% of it."""
    values = [
        {"id": "w", "figure": "1.2", "unit": "亿元"},
        {"id": "p", "figure": "5000", "unit": "万元"},
        {"id": "r", "figure": "41.67", "unit": "%"},
    ]
    claims = [
        {"kind": "part_of_whole", "whole": "w", "parts": ["p"], "period": 2020, "quote": "q"},
        {"kind": "share", "rate": "r", "part": "p", "whole": "w", "period": 2020, "quote": "q"},
    ]
    path = write_report(tmp_path, "c-2020", 2020, values, claims)
    assert ["consistent", "consistent"] == [v[1] for v in verdicts([path])]


def test_a_round_count_in_a_draft_is_not_taken_as_exact() -> None:
    """接待群众1210人次，同比增长21.37%: no whole prior fits; as 1200 it may be rounded."""
    from xinhong_metrics.extract import draft_report
    from xinhong_metrics.files import load_document

    def verdict_of(text: str) -> str:
        draft = draft_report(text, period=2020, entity="某街道")
        loaded = load_document(draft.document, path="t.txt", text=text)
        return str(check([loaded]).row(0, named=True)["verdict"])

    # 1211 over [1.21365, 1.21375) lies in (997.73, 997.81]: no whole number of visits.
    assert "inconsistent" == verdict_of("全年接待群众1211人次，同比增长21.37%。")
    assert "unverifiable" == verdict_of("全年接待群众1200人次，同比增长21.37%。")


@pytest.mark.parametrize("name", ["load_reports", "check", "check_findings", "report_set"])
def test_a_string_path_is_one_path_for_every_function(name: str, tmp_path: Path) -> None:
    """load_reports("/dev/zero") iterated the string and walked the disk from "/"; a hang
    that stalled CI twice. Every function taking paths takes a str as one path."""
    import xinhong_metrics as xm

    with pytest.raises(XinhongError, match=r"not a regular file|no such file"):
        getattr(xm, name)("/dev/zero")
    with pytest.raises(XinhongError, match="no such file"):
        getattr(xm, name)(str(tmp_path / "missing"))


def test_find_report_files_takes_a_str_as_one_path() -> None:
    """The discovery function itself never iterates a path's characters."""
    from xinhong_metrics.files import find_report_files

    with pytest.raises(XinhongError, match="no such file"):
        find_report_files("/no/such/folder")
