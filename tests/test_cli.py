"""The command line: formats, the output contract, exit statuses, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED
from .helpers import run_cli as run
from .helpers import write_report

BROKEN = Path(__file__).parent / "broken"
CONTRACT = {
    "check",
    "verdict",
    "severity",
    "entity",
    "report",
    "indicator",
    "periods",
    "quote",
    "stated",
    "recomputed",
    "message",
}


def test_json_follows_the_output_contract(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints an array of findings with every contract field."""
    code, out, _ = run(["check", str(SEED), "--format", "json", "--fail-on", "never"], capsys)
    assert 0 == code
    findings = json.loads(out)
    assert len(findings) > 30
    for finding in findings:
        assert CONTRACT <= set(finding)
    first = findings[0]
    assert "inconsistent" == first["verdict"]  # loudest first
    assert "新虹街道" == first["entity"]
    assert [2019, 2020] == first["periods"]


def test_fail_on_error_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed holds one inconsistency, so the default --fail-on error exits 1."""
    code, _, _ = run(["check", str(SEED), "--format", "csv"], capsys)
    assert 1 == code


def test_fail_on_never_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """--fail-on never prints the table and exits 0."""
    code, out, _ = run(["check", str(SEED), "--fail-on", "never"], capsys)
    assert 0 == code
    assert "扶持创业组织" in out
    assert "claims checked in 1 report" in out


def test_clean_report_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """A report with nothing wrong exits 0 under the default --fail-on error."""
    code, _, _ = run(["check", str(Path(__file__).parent / "valid-minimal.yaml")], capsys)
    assert 0 == code


def test_csv_has_one_row_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    """--format csv gives a header and one row per claim, periods joined by ';'."""
    _, out, _ = run(["check", str(SEED), "--format", "csv", "--fail-on", "never"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert 39 == len(rows)
    assert "2019;2020" == rows[0]["periods"]


def test_markdown_table(capsys: pytest.CaptureFixture[str]) -> None:
    """--format markdown is a pipe table."""
    _, out, _ = run(["check", str(SEED), "--format", "markdown", "--fail-on", "never"], capsys)
    assert out.startswith("| verdict")


@pytest.mark.parametrize(("fail_on", "errors", "warnings"), [("error", 1, 3), ("never", 0, 4)])
def test_github_annotations(
    capsys: pytest.CaptureFixture[str], fail_on: str, errors: int, warnings: int
) -> None:
    """Annotations for what fails the run (error) or warns, at the claim's line, and one notice.

    The seed has 1 inconsistent and 3 ambiguous findings among 39: GitHub shows ten
    annotations per kind and step, so the 35 others are summed up in the notice.
    """
    _, out, _ = run(["check", str(SEED), "--format", "github", "--fail-on", fail_on], capsys)
    lines = out.splitlines()
    assert errors + warnings + 1 == len(lines)
    assert errors == sum(line.startswith("::error file=") for line in lines)
    assert warnings == sum(line.startswith("::warning file=") for line in lines)
    assert all(",line=" in line for line in lines[:-1])
    assert lines[-1].startswith("::notice title=xinhong-metrics::39 claims checked")


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.yaml")), ids=lambda p: p.name)
def test_bad_input_is_one_line_and_exit_two(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each broken file ends the run with exit 2 and one line naming file and line."""
    code, out, err = run(["check", str(path)], capsys)
    assert 2 == code
    assert "" == out
    assert 1 == len(err.strip().splitlines())
    assert f"{path}:" in err


def test_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist is bad input."""
    code, _, err = run(["check", "no/such/report.yaml"], capsys)
    assert 2 == code
    assert "no/such/report.yaml: no such file or folder" in err


def test_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown format is a usage error: exit 2, one line."""
    code, _, err = run(["check", "--format", "xml"], capsys)
    assert 2 == code
    assert 1 == len(err.strip().splitlines())


def test_schema_check_detects_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`schema --check` passes on the stored schema and fails on a stale copy."""
    assert 0 == run(["schema", "--check", str(ROOT / "schemas" / "report.schema.json")], capsys)[0]
    stale = tmp_path / "stale.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert 1 == run(["schema", "--check", str(stale)], capsys)[0]


def test_installed_command_prints_no_traceback() -> None:
    """The installed entry point, on malformed YAML, prints one line and exits 2."""
    proc = subprocess.run(
        [sys.executable, "-m", "xinhong_metrics", "check", str(BROKEN / "malformed.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == proc.returncode
    assert "Traceback" not in proc.stderr
    assert "malformed.yaml:14: malformed YAML" in proc.stderr


def test_default_paths_are_the_bundled_reports(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no paths, check reads the bundled data/ reports."""
    monkeypatch.chdir(ROOT)
    code, out, _ = run(["check", "--format", "json", "--fail-on", "never"], capsys)
    assert 0 == code
    assert {"xinhong-2020"} <= {f["report"][0] for f in json.loads(out)}


@pytest.mark.parametrize(("fail_on", "failures"), [("error", 1), ("warning", 3), ("never", 0)])
def test_junit_fails_what_fails_the_run(
    capsys: pytest.CaptureFixture[str], fail_on: str, failures: int
) -> None:
    """JUnit failures are exactly the findings that reach --fail-on, so CI is red iff exit 1.

    In relative-change the seed has 1 inconsistent and 2 ambiguous findings.
    """
    import xml.etree.ElementTree as ET

    code, out, _ = run(["check", str(SEED), "--format", "junit", "--fail-on", fail_on], capsys)
    root = ET.fromstring(out.encode("utf-8"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert str(failures) == suites["relative-change"].get("failures")
    assert 39 == int(root.get("tests", "0"))
    assert {"0"} == {s.get("errors") for s in suites.values()}
    assert (1 if int(root.get("failures", "0")) else 0) == code


def test_summary_goes_to_stderr_after_machine_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--summary with --format json leaves standard output pure JSON."""
    code, out, err = run(
        ["check", str(SEED), "--format", "json", "--fail-on", "never", "--summary"], capsys
    )
    assert 0 == code
    json.loads(out)
    assert "testable_rate" in err


def test_summary_counts_each_report_once(capsys: pytest.CaptureFixture[str]) -> None:
    """Cross-year findings name two reports; the summary still counts 10 bundled reports."""
    from .conftest import DATA

    _, out, _ = run(["check", str(DATA), "--fail-on", "never"], capsys)
    assert "claims checked in 10 reports" in out


def test_a_folder_check_skips_environments_and_files_that_are_not_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """.venv, hidden folders, README.txt and a config YAML are passed over; a note says so."""
    import shutil

    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.parent / "xinhong-2020-work-report.txt", tmp_path)
    for folder in (".venv/lib", ".git", "venv"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "config.yaml").write_text("a: [", encoding="utf-8")
        (tmp_path / folder / "notes.txt").write_text("中文" * 50, encoding="utf-8")
    (tmp_path / "settings.yaml").write_text("paths: [data]\n", encoding="utf-8")
    (tmp_path / "README.txt").write_text("Reports live here.\n", encoding="utf-8")
    code, out, err = run(["check", str(tmp_path), "--format", "json", "--fail-on", "never"], capsys)
    assert 0 == code, err
    reports = {f["report"][0] for f in json.loads(out)}
    assert {"xinhong-2020"} == reports
    assert "note: skipped" in err
    assert "settings.yaml" in err


def test_a_mistyped_path_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist checks nothing and exits 2, never 0."""
    code, _, err = run(["check", "data/no-such-report.yaml"], capsys)
    assert 2 == code
    assert "no such file" in err


def test_links_shows_what_is_linked_and_what_is_kept_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two national reports: fiscal revenue links by concept; the next year's targets do not."""
    corpus = Path(__file__).parent / "corpus"
    texts = [str(corpus / "national_2004_gwr.txt"), str(corpus / "national_2005_gwr.txt")]
    code, out, err = run(["links", *texts, "--format", "json"], capsys)
    assert 0 == code
    rows = json.loads(out)
    revenue = [r for r in rows if r["linked_by"] == "concept general-budget-revenue"]
    assert [2003, 2004] == sorted(r["period"] for r in revenue)
    assert {"national_2004_gwr", "national_2005_gwr"} == {r["report"] for r in revenue}
    apart = [r for r in rows if r["linked_by"].startswith("kept apart: a target")]
    assert apart
    # Each report's targets are for the year it was delivered in, never linked.
    assert all(r["period"] == int(r["report"].split("_")[1]) for r in apart)
    assert {r["period"] for r in apart} <= {2004, 2005}
    assert "link nothing until a person reviews them" in err


def test_links_says_which_name_links_conclude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link by a specific drafted name decides a misfit; by a shorter one, a person does."""
    for year in (2024, 2025):
        (tmp_path / f"s_{year}.txt").write_text(
            f"梅林街道{year}年工作报告\n\n一、{year}年工作回顾\n"
            f"全年实现楼宇税收{year - 2020}.46亿元。共有党支部{year - 1900}个。\n",
            encoding="utf-8",
        )
    code, out, _ = run(["links", str(tmp_path), "--format", "json"], capsys)
    assert 0 == code
    by = {r["indicator"]: r["linked_by"] for r in json.loads(out)}
    assert "name 楼宇税收 (no concept: a misfit is an error)" == by["楼宇税收"]
    assert "name 党支部 (no concept: a misfit is for review)" == by["党支部"]


def test_links_shows_a_reworded_name_as_a_link_for_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """重点人群签约服务覆盖率, then 重点人群签约率: both values listed, the link for review."""
    for year, words in (
        (2024, "签约服务覆盖率达到78.4%"),
        (2025, "签约率达到81.9%，比上年提高3.5个百分点"),
    ):
        (tmp_path / f"s_{year}.txt").write_text(
            f"梅林街道{year}年工作报告\n\n一、{year}年工作回顾\n重点人群{words}。\n",
            encoding="utf-8",
        )
    code, out, _ = run(["links", str(tmp_path), "--format", "json"], capsys)
    assert 0 == code
    rows = [(r["figure"], r["linked_by"]) for r in json.loads(out)]
    by = "reworded name: 重点人群签约服务覆盖率 and 重点人群签约率 (a link for review)"
    assert [("78.4%", by), ("81.9%", by)] == rows


def test_links_says_a_figure_of_several_years_is_kept_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """五年来…62.91万户 (2021-2025) is listed as kept apart, not linked with 2025's level."""
    first = write_report(
        tmp_path, "y-2025", 2025, [{"id": "x", "figure": "13.2万", "unit": "户"}], []
    )
    span = {"id": "x", "figure": "62.91万", "unit": "户", "period": 2025, "years": "2021-2025"}
    second = write_report(tmp_path, "y-2026", 2026, [span], [])
    code, out, _ = run(["links", str(first), str(second), "--format", "json"], capsys)
    assert 0 == code
    rows = [(r["report"], r["linked_by"]) for r in json.loads(out)]
    assert ("y-2026", "kept apart: stated for the years 2021-2025: no one year's level") in rows
    assert not [r for r in rows if r[0] == "y-2026" and not r[1].startswith("kept apart")]


def test_links_says_why_a_part_is_kept_apart_from_its_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """交通固定资产投资 holds 固定资产投资, and links shows why it is not that concept."""
    head = (
        "——{0}年1月15日在青岚县第十八届人民代表大会第{1}次会议上\n各位代表：\n一、{2}年工作回顾\n"
    )
    (tmp_path / "a.txt").write_text(
        head.format(2024, "四", 2023) + "固定资产投资186.3亿元，增长12.3%。", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        head.format(2025, "五", 2024) + "完成交通固定资产投资36.2亿元，增长18.6%。",
        encoding="utf-8",
    )
    code, out, _ = run(["links", str(tmp_path), "--format", "json"], capsys)
    assert 0 == code
    [apart] = [r for r in json.loads(out) if "part or another scope" in r["linked_by"]]
    assert "36.2亿元" == apart["figure"]
    assert "交通" in apart["linked_by"]
    assert "fixed-asset-investment" in apart["linked_by"]


def test_python_dash_m_is_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m xinhong_metrics --version` runs the same command line."""
    import runpy

    monkeypatch.setattr("sys.argv", ["xinhong_metrics", "--version"])
    runpy.run_module("xinhong_metrics", run_name="__main__")
    assert "version" in capsys.readouterr().out


def test_a_draft_that_would_not_load_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """extract validates each draft as check loads it; a bad one is an error, not a file."""
    from xinhong_metrics import extract
    from xinhong_metrics.extract import Draft, draft_file

    def bad_draft(*args: object, **kwargs: object) -> Draft:
        draft = draft_file(*args, **kwargs)  # type: ignore[arg-type]
        draft.document["report"]["period"] = 1800  # what a bug of extract could write
        return draft

    monkeypatch.setattr(extract, "draft_file", bad_draft)
    text = tmp_path / "r.txt"
    text.write_text("2020年工作报告。全年实现地区生产总值100亿元,增长5%。", encoding="utf-8")
    code, _, err = run(["extract", str(text)], capsys)
    assert 2 == code
    assert "the draft would not load" in err and "report.period" in err
    assert not (tmp_path / "r.draft.yaml").exists()


def _findings_with(quote: str) -> object:
    import polars as pl

    from xinhong_metrics import check

    findings = check([SEED])
    return findings.with_columns(pl.lit(quote).alias("quote"))


def test_junit_is_well_formed_with_control_characters_in_a_quote() -> None:
    """A form feed (a pdftotext page break) in a quote leaves the XML well formed."""
    import xml.etree.ElementTree as ET

    from xinhong_metrics import render

    out = render(_findings_with("第一页\f第二页\x00"), "junit", fail_on="never")
    ET.fromstring(out.encode("utf-8"))
    assert "\f" not in out


@pytest.mark.parametrize("fail_on", ["error", "warning", "never"])
def test_junit_is_valid_under_the_common_junit_xsd(fail_on: str) -> None:
    """Valid under junit-10.xsd of Jenkins' xunit plugin, control characters in a quote too.

    The schema is vendored in tests/vendor (MIT, its licence kept in the file); it is the
    one CI servers that read JUnit follow, stricter than the Ant format on attributes.
    """
    import xmlschema

    from xinhong_metrics import render

    schema = xmlschema.XMLSchema(str(Path(__file__).parent / "vendor" / "junit-10.xsd"))
    for findings in (_findings_with("第一页\f第二页\x00\x1b"), _seed_findings()):
        out = render(findings, "junit", fail_on=fail_on)
        errors = list(schema.iter_errors(out))
        assert [] == [str(e).splitlines()[0] for e in errors]


def _seed_findings() -> object:
    from xinhong_metrics import check

    return check([SEED])


def test_markdown_cells_stay_on_one_line_and_the_summary_outside_the_table() -> None:
    """A newline in a quote becomes <br>; a blank line ends the table before the summary."""
    from xinhong_metrics import render

    out = render(_findings_with("第一行\n第二行|"), "markdown")
    table, summary = out.rstrip("\n").split("\n\n")
    assert all(line.startswith("|") for line in table.splitlines())
    assert "第一行<br>第二行\\|" in table
    assert summary.startswith("39 claims checked")


def test_sarif_is_a_sarif_2_1_0_log(capsys: pytest.CaptureFixture[str]) -> None:
    """--format sarif: a SARIF 2.1.0 log, a rule per check id, a result per finding."""
    code, out, _ = run(["check", str(SEED), "--format", "sarif", "--fail-on", "error"], capsys)
    log = json.loads(out)
    assert "2.1.0" == log["version"]
    [run_] = log["runs"]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert len(rules) == len(set(rules))
    results = run_["results"]
    assert 39 == len(results)
    for result in results:
        assert result["ruleId"] == rules[result["ruleIndex"]]
        assert result["level"] in ("none", "note", "warning", "error")
        assert result["kind"] in ("pass", "fail")
        assert result["message"]["text"]
        [location] = result["locations"]
        assert location["physicalLocation"]["region"]["startLine"] >= 1
    assert 1 == sum(r["level"] == "error" for r in results)
    assert 1 == code
    # The typed model of SARIF 2.1.0 (sarif-pydantic) reads the whole log: every object,
    # enumeration and required field where the standard puts it.
    from sarif_pydantic import Sarif

    parsed = Sarif.model_validate(log)
    assert len(parsed.runs[0].results or []) == len(results)


def test_several_outputs_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--output FORMAT=PATH writes JUnit and SARIF files while the table goes to the terminal."""
    import xml.etree.ElementTree as ET

    junit, sarif = tmp_path / "r.xml", tmp_path / "out" / "r.sarif"
    code, out, _ = run(
        ["check", str(SEED), "--output", f"junit={junit}", "--output", f"sarif={sarif}"],
        capsys,
    )
    assert 1 == code
    assert "claims checked" in out
    assert "testsuites" == ET.fromstring(junit.read_bytes()).tag
    assert "2.1.0" == json.loads(sarif.read_text(encoding="utf-8"))["version"]


@pytest.mark.parametrize("spec", ["junit", "pdf=r.pdf", "junit="])
def test_a_bad_output_spec_is_a_usage_error(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--output takes FORMAT=PATH with a known format: anything else is exit 2, one line."""
    code, out, err = run(["check", str(SEED), "--output", spec], capsys)
    assert 2 == code
    assert "" == out
    assert "--output takes FORMAT=PATH" in err


def test_github_job_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under GitHub Actions the Markdown findings are added to the job summary."""
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(["check", str(SEED), "--format", "github", "--fail-on", "never"], capsys)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## xinhong-metrics")
    assert "| verdict" in text and "39 claims checked" in text
    # Only errors and warnings are rows (1 inconsistent, 3 ambiguous): GitHub takes 1 MiB.
    rows = [line for line in text.splitlines() if line.startswith(("| inconsistent", "| ambig"))]
    assert 4 == len(rows)
    assert not any(
        line.startswith(("| consistent", "| unverifiable")) for line in text.splitlines()
    )


def _project(tmp_path: Path, table: str) -> Path:
    from .helpers import write_report

    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "reports"\n\n[tool.xinhong-metrics]\n{table}\n', encoding="utf-8"
    )
    good = tmp_path / "reports"
    good.mkdir()
    values = [{"id": "tax", "name": "税收", "figure": "100"}]
    write_report(good, "good-2020", 2020, values, [])
    old = good / "old"
    old.mkdir()
    (old / "broken.yaml").write_text("report: [not, a, mapping\n", encoding="utf-8")
    return tmp_path


def test_the_project_configuration_sets_paths_exclude_and_fail_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """[tool.xinhong-metrics] in pyproject.toml: what to check, what to leave out, and how."""
    project = _project(
        tmp_path, 'paths = ["reports"]\nexclude = ["old"]\nfail-on = "never"\nformat = "json"'
    )
    monkeypatch.chdir(project / "reports")  # the nearest pyproject.toml above is read
    code, out, err = run(["check"], capsys)
    assert 0 == code, err
    assert [] == json.loads(out)  # the one report has no claims; the broken one is left out


def test_exclude_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --exclude the broken file is read (exit 2); with it, it is left out."""
    project = _project(tmp_path, "")
    monkeypatch.chdir(project)
    assert 2 == run(["check", "reports"], capsys)[0]
    code, out, _ = run(["check", "reports", "--exclude", "old", "--format", "json"], capsys)
    assert 0 == code
    assert [] == json.loads(out)


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ('colour = "red"', "unknown key 'colour'"),
        ('fail-on = "sometimes"', "fail-on must be one of"),
        ('paths = "reports"', "paths must be a list of strings"),
        ("paths = [", "cannot read it as TOML"),
    ],
)
def test_a_bad_configuration_is_one_line_naming_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    table: str,
    said: str,
) -> None:
    """A mistyped key or value in [tool.xinhong-metrics] is exit 2, never ignored."""
    project = _project(tmp_path, table)
    monkeypatch.chdir(project)
    code, out, err = run(["check"], capsys)
    assert 2 == code
    assert "" == out
    assert "pyproject.toml" in err and said in err
    assert 1 == len(err.strip().splitlines())


def test_an_output_never_replaces_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output onto a report file, a report text or pyproject.toml is refused, exit 2."""
    project = _project(tmp_path, 'paths = ["reports"]\nexclude = ["old"]')
    monkeypatch.chdir(project)
    report = project / "reports" / "good-2020.yaml"
    before = report.read_bytes()
    for target in (report, project / "pyproject.toml"):
        code, _, err = run(["check", "--output", f"junit={target}"], capsys)
        assert 2 == code
        assert "an output never replaces one" in err
    assert before == report.read_bytes()


def test_outputs_are_readable_by_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A report written for CI keeps the umask's permissions, not a temporary file's 0600."""
    import os

    target = tmp_path / "r.xml"
    old = os.umask(0o022)
    try:
        run(["check", str(SEED), "--output", f"junit={target}", "--fail-on", "never"], capsys)
    finally:
        os.umask(old)
    assert 0o644 == target.stat().st_mode & 0o777


@pytest.mark.parametrize(
    ("pyproject", "said"),
    [
        ('[tool.xinhong_metrics]\npaths = ["reports"]\n', "did you mean [tool.xinhong-metrics]"),
        ("[tool.xinhong-metrics]\npaths = []\n", "sets none"),
        ('[tool.xinhong-metrics]\noutputs = ["junit"]\n', "outputs take FORMAT=PATH"),
    ],
)
def test_a_table_that_would_check_the_wrong_reports_is_an_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pyproject: str,
    said: str,
) -> None:
    """A misspelt table or an empty paths list is not silently the bundled reports."""
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["check"], capsys)
    assert 2 == code
    assert "" == out
    assert "pyproject.toml" in err and said in err


def test_nothing_to_check_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no report files (or all of them excluded) checks nothing: exit 2."""
    project = _project(tmp_path, "")
    monkeypatch.chdir(project)
    code, _, err = run(["check", "reports", "--exclude", "*"], capsys)
    assert 2 == code
    assert "no report files or texts to check" in err


def test_sarif_locations_are_relative_to_the_project_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run from a subfolder, SARIF names files from the project root, as code scanning wants."""
    project = _project(tmp_path, 'paths = ["reports"]\nexclude = ["old"]')
    claim = {
        "kind": "threshold",
        "indicator": "tax",
        "period": 2020,
        "stated": "超过50",
        "quote": "税收100,超过50",
    }
    from .helpers import write_report

    write_report(
        project / "reports",
        "good-2020",
        2020,
        [{"id": "tax", "name": "税收", "figure": "100"}],
        [claim],
    )
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    _, out, _ = run(["check", "--format", "sarif"], capsys)
    [result] = json.loads(out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert "reports/good-2020.yaml" == uri


@pytest.mark.parametrize("columns", ["80", "120", "250"])
def test_the_table_wraps_words_never_figures(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    """At any terminal width every figure of every finding appears whole in the table."""
    import re

    from xinhong_metrics import check, render

    monkeypatch.setenv("COLUMNS", columns)
    findings = check([SEED])
    table = render(findings, "table")
    for row in findings.iter_rows(named=True):
        for text in (row["stated"], row["recomputed"], row["message"]):
            for figure in re.findall(r"\d+(?:\.\d+)?%?", text):
                assert figure in table, (figure, text)
    widths = [len(line) for line in table.splitlines()]
    assert max(widths) <= 200 + int(columns)


def test_findings_on_a_raw_text_point_at_its_line(tmp_path: Path) -> None:
    """A text drafted in memory has no YAML lines: a finding names the text's line instead."""
    from xinhong_metrics import check_findings

    text = tmp_path / "r.txt"
    body = "某某镇2023年工作报告\n一、2022年工作回顾\n\n全年地区生产总值100亿元，增长5%。\n"
    text.write_text(body, encoding="utf-8")
    [finding] = check_findings([text])
    assert finding.file == str(text)
    assert finding.line is not None
    assert finding.quote in body.splitlines()[finding.line - 1]


def test_extract_to_a_dash_prints_the_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o - prints the draft and writes no file named -; the coverage line is on stderr."""
    text = tmp_path / "r.txt"
    text.write_text("2020年工作报告。全年实现地区生产总值100亿元,增长5%。", encoding="utf-8")
    code, out, err = run(["extract", str(text), "-o", "-"], capsys)
    assert 0 == code
    assert "figure: '100'" in out and "numbers found" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def test_a_folder_with_a_gbk_text_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report saved as GB18030 is named, with the way to convert it, never skipped."""
    text = (
        "青川县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "一般公共预算收入21.04亿元，增长3.6%。" * 3
    )
    (tmp_path / "g.txt").write_bytes(text.encode("gb18030"))
    code, _, err = run(["check", str(tmp_path)], capsys)
    assert 2 == code
    assert "g.txt:1: not UTF-8 text (it reads as GB18030" in err


def test_links_shows_a_rank_linked_by_its_name_not_kept_apart_from_its_measure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """进出口总额世界位次 holds 进出口总额's name; it is a rank, shown as 第五位."""
    corpus = Path(__file__).parent / "corpus"
    texts = [str(corpus / "national_2003_gwr.txt"), str(corpus / "national_2004_gwr.txt")]
    code, out, _ = run(["links", *texts, "--format", "json"], capsys)
    assert 0 == code
    ranks = [r for r in json.loads(out) if r["indicator"] == "进出口总额世界位次"]
    assert {r["figure"] for r in ranks} == {"第十位", "第五位", "第四位"}
    assert all(r["linked_by"].startswith("name ") for r in ranks)
