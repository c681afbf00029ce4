"""Indicator tables: schemas, the frame checks, the command, and one truth with the engine."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinhong_metrics import Verdict, check_findings, report_set
from xinhong_metrics.checks.crossyear import infer_basis
from xinhong_metrics.checks.relative_change import check_change
from xinhong_metrics.checks.relative_change._scalar import check_change_between
from xinhong_metrics.cli import main
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import RelativeChange
from xinhong_metrics.numbers import Rounding, parse_figure
from xinhong_metrics.schemas import FindingSchema
from xinhong_metrics.tables import (
    IndicatorTableSchema,
    ParsedTableSchema,
    check_table_file,
    indicator_table,
    parse_table,
    read_table,
    table_findings,
    table_findings_frame,
)

from .conftest import DATA
from .helpers import run_cli

COLUMNS = ["entity", "indicator", "period", "level", "unit", "change"]


def table(rows: list[tuple[Any, ...]], columns: list[str] = COLUMNS) -> pl.LazyFrame:
    data = {c: [None if r[i] is None else str(r[i]) for r in rows] for i, c in enumerate(columns)}
    return indicator_table(pl.LazyFrame(data, schema=dict.fromkeys(columns, pl.String)))


def findings(rows: list[tuple[Any, ...]], columns: list[str] = COLUMNS) -> pl.DataFrame:
    return table_findings_frame(table(rows, columns))


def verdicts(rows: list[tuple[Any, ...]]) -> dict[str, str]:
    found = findings(rows)
    return dict(zip(found["indicator"], found["verdict"], strict=True))


def test_changes_against_the_year_before_in_any_unit() -> None:
    """1.2亿元 in 2020 against 11000万元 in 2019 is +9.09%, not −99.99%."""
    found = verdicts(
        [
            ("某区", "收入", 2019, "11000", "万元", None),
            ("某区", "收入", 2020, "1.2亿元", None, "增长9.09%"),
            ("某区", "支出", 2019, "1.2", "亿元", None),
            ("某区", "支出", 2020, "11000", "万元", "下降8.33%"),
            ("某区", "收入2", 2019, "279", "亿元", None),
            ("某区", "收入2", 2020, "296.8", "亿元", "增长9%"),
        ]
    )
    assert found == {"收入": "consistent", "支出": "consistent", "收入2": "inconsistent"}


def test_points_amounts_and_multiples() -> None:
    found = verdicts(
        [
            ("全国", "城镇化率", 2019, "60.6", "%", None),
            ("全国", "城镇化率", 2020, "63.9", "%", "提高3.3个百分点"),
            ("全国", "财政收入", 2002, "18914", "亿元", None),
            ("全国", "财政收入", 2003, "2.17万亿元", None, "比上年增加2787亿元"),
            ("全国", "进出口", 2002, "6208", "亿美元", None),
            ("全国", "进出口", 2003, "8512", "亿美元", "增长0.37倍"),
            ("全国", "粮食", 2019, "66384", "万吨", None),
            ("全国", "粮食", 2020, "66949", "万吨", "增加600万吨"),
        ]
    )
    assert found == {
        "城镇化率": "consistent",
        "财政收入": "consistent",
        "进出口": "consistent",
        "粮食": "inconsistent",
    }


def test_whole_counts_without_the_year_before() -> None:
    """The seed's counts: 147起 down 43.68% needs 261 the year before; 32家 up 6% has none."""
    found = findings(
        [
            ("新虹街道", "群租发生数", 2020, "147", "起", "同比下降43.68%"),
            ("新虹街道", "扶持创业组织", 2020, "32", "家", "同比增长6%"),
        ]
    )
    rows = {r["indicator"]: r for r in found.to_dicts()}
    assert rows["群租发生数"]["verdict"] == "consistent"
    assert rows["群租发生数"]["recomputed"] == "prior 261"
    assert rows["扶持创业组织"]["verdict"] == "inconsistent"
    # The same verdicts as the scalar decision on the same figures.
    for figure, change, verdict in (
        ("147", "下降43.68%", "consistent"),
        ("32", "增长6%", "inconsistent"),
    ):
        decided = check_change(parse_figure(figure), parse_figure(change), count=True)
        assert decided.verdict.value == verdict


def test_nulls_and_qualifiers_never_pass() -> None:
    """A missing level or one bounded on one side is unverifiable, with the reason."""
    found = findings(
        [
            ("某区", "税收", 2019, "20", "亿元", None),
            ("某区", "税收", 2020, None, "亿元", "增长5%"),
            ("某区", "投资", 2019, "100", "亿元", None),
            ("某区", "投资", 2020, "逾110", "亿元", "增长10%"),
            ("某区", "就业", 2020, "3.2", "万人", "增长5%"),
            ("某区", "消费", 2020, "10", "亿元", "增长很多"),
            ("某区", "户数", 2020, "50", "户", None),
        ]
    )
    rows = {r["indicator"]: r for r in found.to_dicts()}
    assert set(rows) == {"税收", "投资", "就业", "消费"}  # a level alone is no claim
    assert {r["verdict"] for r in rows.values()} == {"unverifiable"}
    assert rows["税收"]["message"] == "no level is stated for 2020"
    assert "not a plain figure" in rows["投资"]["message"]
    assert rows["就业"]["message"] == "no level is stated for 2019"
    assert "was not read" in rows["消费"]["message"]


def test_real_growth_is_not_comparable_and_scopes_never_meet() -> None:
    """GDP's real growth is no test of nominal levels; a 规模以上 level is no prior of 全口径."""
    found = findings(
        [
            ("某区", "地区生产总值", 2019, "2000", "亿元", None, None),
            ("某区", "地区生产总值", 2020, "2100", "亿元", "增长8%", None),
            ("某区", "工业总产值", 2019, "500", "亿元", None, "规模以上"),
            ("某区", "工业总产值", 2020, "600", "亿元", "增长5%", None),
        ],
        [*COLUMNS, "scope"],
    )
    rows = {r["indicator"]: r for r in found.to_dicts()}
    assert rows["地区生产总值"]["verdict"] == "not_comparable"
    assert "comparable prices" in rows["地区生产总值"]["message"]
    assert rows["工业总产值"]["verdict"] == "unverifiable"
    assert rows["工业总产值"]["message"] == "no level is stated for 2019"


def test_a_basis_column_makes_real_growth_checkable() -> None:
    found = findings(
        [
            ("某区", "地区生产总值", 2019, "2000", "亿元", None, None),
            ("某区", "地区生产总值", 2020, "2100", "亿元", "增长8%", "nominal"),
        ],
        [*COLUMNS, "basis"],
    )
    assert found["verdict"].to_list() == ["inconsistent"]


def test_findings_are_lazy_and_validated() -> None:
    parsed = parse_table(table([("A", "x", 2020, "5", "个", "增长25%")]))
    assert isinstance(parsed, pl.LazyFrame)
    ParsedTableSchema.validate(parsed.collect())
    out = table_findings(parsed)
    assert isinstance(out, pl.LazyFrame)
    FindingSchema.validate(out.collect(engine="streaming"))


def test_schema_refuses_a_bad_period_and_a_missing_column() -> None:
    with pytest.raises(ReportFileError, match="no column 'entity'"):
        indicator_table(pl.LazyFrame({"x": ["1"]}))
    with pytest.raises(Exception, match="period"):
        IndicatorTableSchema.validate(
            table([("A", "x", "1800", "5", "个", None)]).collect(), lazy=False
        )


def test_an_unknown_unit_names_row_and_column() -> None:
    with pytest.raises(ReportFileError) as info:
        findings([("A", "x", 2020, "5", "斤斤", "增长5%")])
    assert (info.value.line, info.value.field) == (2, "unit")


# -- against the scalar decision -----------------------------------------------------------

_UNITS = {"元": 1, "万元": 10**4, "亿元": 10**8}


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    prior_unit = draw(st.sampled_from(sorted(_UNITS)))
    unit = draw(st.sampled_from(sorted(_UNITS)))
    digits, current_digits = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    prior = Fraction(draw(st.integers(1, 10**6)), 10**digits)
    ratio = Fraction(draw(st.integers(20, 300)), 100)
    current = prior * Fraction(_UNITS[prior_unit], _UNITS[unit]) * ratio
    change = (ratio - 1) * 100 + Fraction(draw(st.sampled_from([0, 0, 5, -5, 100, -300])), 100)
    words = "增长" if change >= 0 else "下降"
    return (
        f"{float(prior):.{digits}f}",
        prior_unit,
        f"{float(current):.{current_digits}f}",
        unit,
        f"{words}{float(abs(change)):.1f}%",
    )


@settings(max_examples=60)
@given(pairs(), st.sampled_from(["level", "prior", "zero", "change"]))
def test_a_missing_or_impossible_figure_is_never_a_pass(
    pair: tuple[str, str, str, str, str], broken: str
) -> None:
    """Nulls and a prior of 0 in generated tables: unverifiable, never a verdict."""
    prior, prior_unit, current, unit, change = pair
    first = ("A", "收入", 2019, "0" if broken == "zero" else prior, prior_unit, None)
    if broken == "prior":
        first = ("A", "支出", 2019, prior, prior_unit, None)
    level = None if broken == "level" else current
    stated = "增长" if broken == "change" else change
    found = findings([first, ("A", "收入", 2020, level, unit, stated)])
    assert found["verdict"].to_list() == ["unverifiable"]
    assert found["message"].to_list()[0]


@settings(max_examples=100)
@given(pairs())
def test_table_agrees_with_the_scalar_decision(pair: tuple[str, str, str, str, str]) -> None:
    """Exact where the intervals do not touch; a touch is a fit, never a false alarm."""
    prior, prior_unit, current, unit, change = pair
    found = findings(
        [("A", "收入", 2019, prior, prior_unit, None), ("A", "收入", 2020, current, unit, change)]
    )
    (got,) = found["verdict"].to_list()
    scale = Fraction(_UNITS[prior_unit], _UNITS[unit])
    p = parse_figure(prior).interval(Rounding.HALF_UP).scale(scale)
    c = parse_figure(current).interval(Rounding.HALF_UP)
    stated = parse_figure(change).interval(Rounding.HALF_UP)
    if c.lo is not None and c.lo <= 0:
        return  # a level rounding to 0 has no rate: not what this test is about
    exact = check_change_between(c, p, stated)
    if exact is Verdict.CONSISTENT:
        assert got == "consistent"
        return

    def closed(iv: Interval) -> Interval:
        return Interval(iv.lo, iv.hi, True, True)

    touching = check_change_between(closed(c), closed(p), closed(stated))
    if touching is Verdict.INCONSISTENT:
        assert got == "inconsistent"


# -- one truth with the report-file engine ------------------------------------------------


def _reports_as_table() -> tuple[pl.LazyFrame, dict[tuple[str, int], str]]:
    """The bundled reports' levels and changes as one table, and the engine's verdicts."""
    collection = report_set(DATA)
    rows: dict[tuple[str, str, int], dict[str, Any]] = {}
    for loaded in collection:
        meta = loaded.report.report
        for ind in loaded.report.indicators:
            for value in ind.values:
                if value.target or value.estimate or value.span:
                    continue
                key = (meta.entity, ind.id, value.period)
                original = meta.period == value.period
                if key not in rows or original:
                    rows[key] = {
                        "entity": meta.entity,
                        "indicator": ind.id,
                        "period": str(value.period),
                        "level": value.figure,
                        "unit": ind.unit,
                        "change": None,
                        "basis": None,
                        "scope": value.scope,
                        "_report": meta.id,
                        "_name": ind.name,
                    }
    expected: dict[tuple[str, int], str] = {}
    engine = {(f.report[0], f.quote): f.verdict.value for f in check_findings(collection)}
    for loaded in collection:
        meta = loaded.report.report
        for claim in loaded.report.claims:
            if not isinstance(claim, RelativeChange) or claim.also_refers_to or claim.scope:
                continue
            key = (meta.entity, claim.indicator, claim.period)
            row = rows.get(key)
            ind = loaded.report.indicator(claim.indicator)
            basis = infer_basis(claim.basis, claim.quote, ind)
            if row is None or row["_report"] != meta.id or basis == "unknown":
                continue
            if claim.against != claim.period - 1:
                continue
            found = engine.get((meta.id, claim.quote))
            if found is None:
                continue
            row["change"] = claim.stated
            row["basis"] = basis
            expected[(claim.indicator, claim.period)] = found
    frame = pl.DataFrame(
        [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows.values()],
        schema={
            "entity": pl.String,
            "indicator": pl.String,
            "period": pl.String,
            "level": pl.String,
            "unit": pl.String,
            "change": pl.String,
            "basis": pl.String,
            "scope": pl.String,
        },
    )
    return indicator_table(frame), expected


def test_the_bundled_reports_as_a_table_give_the_engines_verdicts() -> None:
    table_, expected = _reports_as_table()
    assert len(expected) >= 5
    found = table_findings_frame(table_)
    got = {
        (r["indicator"], r["periods"][-1]): r["verdict"]
        for r in found.to_dicts()
        if (r["indicator"], r["periods"][-1]) in expected
    }
    assert got == expected


def test_check_table_on_the_bundled_reports_as_a_csv_prints_checks_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table through the command line: a CSV, check-table, the same verdicts."""
    table_, expected = _reports_as_table()
    csv = tmp_path / "bundled.csv"
    table_.collect().drop("period_written").write_csv(csv)
    code, out, err = run_cli(["check-table", str(csv), "--format", "json"], capsys)
    assert (code, err) == (1, "")  # the seed's one inconsistent change fails the run
    got = {
        (f["indicator"], f["periods"][-1]): f["verdict"]
        for f in json.loads(out)
        if (f["indicator"], f["periods"][-1]) in expected
    }
    assert got == expected


# -- the command -----------------------------------------------------------------------------


def test_check_table_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text(
        "地区,指标,年份,数值,单位,增速\n"
        "新虹街道,扶持创业组织,2020,32,家,同比增长6%\n"
        "新虹街道,群租发生数,2020,147,起,同比下降43.68%\n",
        encoding="utf-8",
    )
    args = ["check-table", str(csv), "--entity", "地区", "--indicator", "指标", "--period"]
    args += ["年份", "--value", "数值", "--unit", "单位", "--change", "增速", "--format", "json"]
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert {(f["indicator"], f["verdict"], f["line"]) for f in out} == {
        ("扶持创业组织", "inconsistent", 2),
        ("群租发生数", "consistent", 3),
    }
    parquet = tmp_path / "t.parquet"
    pl.read_csv(csv, infer_schema=False).write_parquet(parquet)
    main([*args[:1], str(parquet), *args[2:], "--fail-on", "never"])
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_check_table_takes_columns_from_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.xinhong-metrics]\ncolumns = { entity = "地区", level = "数值" }\n',
        encoding="utf-8",
    )
    csv = tmp_path / "t.csv"
    csv.write_text("地区,indicator,period,数值,unit,change\nA,x,2020,5,个,增长25%\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check-table", str(csv), "--format", "json"])
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["verdict"] == "consistent"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a,b\n1,2\n", "no column 'entity'"),
        ("entity,indicator,period,level\nA,x,2020,5\n", None),
    ],
)
def test_check_table_bad_input_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str | None
) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text(content, encoding="utf-8")
    if message is None:  # no change column, no claim: nothing to fail on
        main(["check-table", str(csv), "--format", "json"])
        assert json.loads(capsys.readouterr().out) == []
        return
    with pytest.raises(SystemExit) as info:
        main(["check-table", str(csv)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("rows_per_part", [5, 1])  # 5 parts in one split; 24 in two
def test_a_table_of_any_size_is_checked_in_parts(tmp_path: Path, rows_per_part: int) -> None:
    """Split by entity into parts, the findings are those of the table checked whole."""
    rows = []
    for n in range(12):
        rows.append((f"区{n}", "收入", "2019", "100", "亿元", None))
        rows.append((f"区{n}", "收入", "2020", str(105 + n % 3), "亿元", "增长5%"))
    csv = tmp_path / "big.csv"
    pl.DataFrame(rows, schema=COLUMNS, orient="row").write_csv(csv)
    whole = table_findings_frame(read_table(csv), csv)
    out = tmp_path / "findings"
    assert check_table_file(csv, out, rows_per_part=rows_per_part) == whole.height
    assert len(list(out.glob("*.parquet"))) > 1
    parts = pl.read_parquet(out / "*.parquet")
    key = ["entity", "verdict", "line", "message"]
    assert sorted(parts.select(key).rows()) == sorted(whole.select(key).rows())
    assert set(whole["verdict"]) == {"consistent", "inconsistent"}


@pytest.mark.parametrize("name", ["t.xlsx", "missing.csv"])
def test_check_table_refuses_what_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        path.write_bytes(b"PK\x03\x04")
    with pytest.raises(SystemExit) as info:
        main(["check-table", str(path)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert len(err.strip().splitlines()) == 1


# -- from a new user's review ---------------------------------------------------------------


def test_floats_lose_their_rounding_and_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """100.0 stored as a float prints as 100.0: one decimal it was maybe never written with."""
    path = tmp_path / "t.parquet"
    pl.DataFrame(
        {"entity": ["A", "A"], "indicator": ["x", "x"], "period": ["2022", "2023"],
         "level": [100.0, 105.0], "unit": ["亿元"] * 2, "change": [None, "增长5.4%"]}
    ).write_parquet(path)  # fmt: skip
    code, _, err = run_cli(["check-table", str(path)], capsys)
    assert code == 2
    assert "is lost" in err
    assert "Traceback" not in err


def test_two_levels_of_one_year_are_no_prior() -> None:
    found = findings(
        [
            ("A", "x", 2022, "100", "亿元", None),
            ("A", "x", 2022, "80", "亿元", None),
            ("A", "x", 2023, "105", "亿元", "增长5%"),
        ]
    )
    assert found["verdict"].to_list() == ["unverifiable"]
    assert "states 2 levels for 2022" in found["message"][0]


@pytest.mark.parametrize(
    ("basis", "verdict"), [("可比价", "not_comparable"), ("现价", "inconsistent")]
)
def test_a_basis_in_chinese_is_read(basis: str, verdict: str) -> None:
    found = findings(
        [
            ("A", "收入", 2022, "100", "亿元", None, None),
            ("A", "收入", 2023, "120", "亿元", "增长5%", basis),
        ],
        [*COLUMNS, "basis"],
    )
    assert found["verdict"].to_list() == [verdict]


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("A,x,2023年1-6月,55,亿元,增长5%", "period", "is not a year"),
        ("A,x,abc,55,亿元,增长5%", "period", "is not a year"),
        (",x,2023,55,亿元,增长5%", "entity", "the entity is empty"),
        ("A,,2023,55,亿元,增长5%", "indicator", "the indicator is empty"),
        ("A,x,2023,55,斤斤,增长5%", "unit", "unknown unit"),
    ],
)
def test_a_row_that_cannot_be_checked_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, field: str, words: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"entity,indicator,period,level,unit,change\n{row}\n", encoding="utf-8")
    code, _, err = run_cli(["check-table", str(path)], capsys)
    assert code == 2
    assert f"{path}:2: {field}: " in err
    assert words in err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_basis_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "entity,indicator,period,level,change,basis\nA,x,2023,5,增长5%,quite\n", "utf-8"
    )
    code, _, err = run_cli(["check-table", str(path)], capsys)
    assert (code, "basis" in err, "neither comparable" in err) == (2, True, True)


def test_csv_forms_of_the_genre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A BOM, semicolons, trimmed cells, full-width ％, ‰, 亿 alone, signs and 增."""
    path = tmp_path / "t.csv"
    path.write_text(
        "\ufeff地区;指标;年份;数值;单位;增速\n"
        "D ;收入;2022;100;亿;\n"
        "D;收入;2023年;110;亿;+10%\n"
        "D;率;2022;50.0;％;\n"
        "D;率;2023;51.0;％;提高1.0个百分点\n"
        "D;自然增长率;2022;5.0;‰;\n"
        "D;自然增长率;2023;4.5;‰;−10%\n"
        "D;人数;2022;2.5万;;\n"
        "D;人数;2023;2.7万;;增8%\n",
        encoding="utf-8",
    )
    args = ["check-table", str(path), "--entity", "地区", "--indicator", "指标"]
    args += ["--period", "年份", "--value", "数值", "--unit", "单位", "--change", "增速"]
    code, out, err = run_cli([*args, "--format", "json"], capsys)
    assert (code, err) == (0, "")
    verdicts = {f["indicator"]: f["verdict"] for f in json.loads(out)}
    assert verdicts == {
        "收入": "consistent",
        "率": "consistent",
        "自然增长率": "consistent",
        "人数": "consistent",
    }


def test_a_cell_over_two_lines_moves_the_line_into_the_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        'entity,indicator,period,level,unit,change\n"A\nB",x,2022,100,亿元,\n'
        '"A\nB",x,2023,105,亿元,增长5%\n',
        encoding="utf-8",
    )
    code, out, _ = run_cli(["check-table", str(path), "--format", "json"], capsys)
    (finding,) = json.loads(out)
    assert (code, finding["line"], finding["quote"].startswith("row 2:")) == (0, None, True)


def test_not_utf8_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("地区,指标,年份,数值\n闵行区,收入,2023,5\n".encode("gbk"))
    code, _, err = run_cli(["check-table", str(path)], capsys)
    assert code == 2
    assert "not UTF-8" in err


def test_the_api_takes_plain_strings_and_refuses_unknown_roles(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("entity,indicator,period,level\nA,x,2023,5\n", encoding="utf-8")
    assert check_table_file(str(path), str(tmp_path / "out")) == 0
    with pytest.raises(ReportFileError, match="unknown role 'value'"):
        read_table(str(path), {"value": "level"})
