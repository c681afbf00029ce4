"""Report files: the seed loads, the JSON Schema does not drift, broken files say where."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from xinhong_metrics import LoadedReport, ReportFileError, load_report, report_json_schema
from xinhong_metrics.files import find_report_files

from .conftest import DATA, ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")

BROKEN = Path(__file__).parent / "broken"
BROKEN_FILES = sorted(BROKEN.glob("*.yaml"))


def expected_message(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    return first.removeprefix("# expect: ")


def test_seed_loads_with_its_text(seed: LoadedReport) -> None:
    """The seed report loads, with its bundled source text verified."""
    assert "xinhong-2020" == seed.report.report.id
    assert seed.text is not None
    assert len(seed.report.claims) > 30


def test_schema_file_matches_the_code() -> None:
    """schemas/report.schema.json is what the code generates (run `make schema` if not)."""
    stored = (ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    assert report_json_schema() == stored


@pytest.mark.parametrize("path", find_report_files([DATA]), ids=lambda p: p.name)
def test_data_files_follow_the_json_schema(path: Path) -> None:
    """Every bundled report file validates against the published JSON Schema."""
    schema = json.loads(report_json_schema())
    document = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    document = json.loads(json.dumps(document, default=str))  # dates as ISO text, as in JSON
    jsonschema.validate(document, schema)


def test_json_schema_rejects_what_the_loader_rejects() -> None:
    """The schema, like the loader, refuses an unknown claim kind."""
    schema = json.loads(report_json_schema())
    document = YAML(typ="safe", pure=True).load((BROKEN / "unknown-kind.yaml").read_text("utf-8"))
    document = json.loads(json.dumps(document, default=str))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda p: p.name)
def test_broken_file_names_file_line_and_field(path: Path) -> None:
    """Each broken file fails with the one-line message written at its top."""
    with pytest.raises(ReportFileError) as caught:
        load_report(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(BROKEN / expected_message(path).split(":", 1)[0]))
    assert expected_message(path) in message


def test_missing_file() -> None:
    """A file that is not there is named, without a line."""
    with pytest.raises(ReportFileError, match=r"nowhere\.yaml: cannot read file"):
        load_report(BROKEN / "nowhere.yaml")


def test_valid_minimal_report_loads() -> None:
    """The base of the broken corpus is itself valid, so each break is the only fault."""
    loaded = load_report(Path(__file__).parent / "valid-minimal.yaml")
    assert 1 == len(loaded.report.claims)


def test_line_of_a_claim(seed: LoadedReport) -> None:
    """Findings can point at the line where a claim starts in the YAML."""
    line = seed.line_of(("claims", 0))
    assert line is not None
    text = seed.path.read_text(encoding="utf-8").splitlines()
    assert "kind:" in text[line - 1]


def test_loading_never_rewrites_the_file(tmp_path: Path) -> None:
    """Loading reads only: the file's bytes are unchanged afterwards."""
    copy = tmp_path / "valid.yaml"
    source = Path(__file__).parent / "valid-minimal.yaml"
    copy.write_bytes(
        source.read_bytes().replace(b"broken/source.txt", str(BROKEN / "source.txt").encode())
    )
    before = copy.read_bytes()
    load_report(copy, text_root=BROKEN)
    assert before == copy.read_bytes()


def test_a_key_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    """YAML libraries keep the last of two equal keys; the first would be lost silently."""
    text = (ROOT / "tests" / "valid-minimal.yaml").read_text(encoding="utf-8")
    twice = text.replace("  period: 2020\n", "  period: 2020\n  period: 2019\n", 1)
    assert twice != text
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "source.txt").write_bytes(
        (ROOT / "tests/broken/source.txt").read_bytes()
    )
    path = tmp_path / "twice.yaml"
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(ReportFileError, match="key 'period' is written twice") as info:
        load_report(path)
    assert text.splitlines().index("  period: 2020") + 2 == info.value.line


def test_lines_of_fields_are_those_of_the_file(seed: LoadedReport) -> None:
    """The line of a field is where the file writes it (libyaml's marks, 1-based)."""
    lines = SEED_TEXT.splitlines()
    line = seed.line_of(("report", "published"))
    assert line is not None and lines[line - 1].lstrip().startswith("published:")
    index = next(i for i, c in enumerate(seed.report.claims) if hasattr(c, "stated"))
    claim = seed.line_of(("claims", index, "stated"))
    assert claim is not None and lines[claim - 1].lstrip().startswith("stated:")
    # A part the file does not write (a part of a whole has no stated) gives its claim's line.
    index = next(i for i, c in enumerate(seed.report.claims) if not hasattr(c, "stated"))
    claim = seed.line_of(("claims", index, "stated"))
    assert claim is not None and lines[claim - 1].lstrip().startswith("- kind:")


def test_bundled_reports_are_found_where_a_wheel_installs_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a checkout, the bundled reports are read from share/xinhong-metrics/data."""
    import shutil
    import sys

    from xinhong_metrics import discovery

    prefix = tmp_path / "env"
    shutil.copytree(DATA, prefix / "share" / "xinhong-metrics" / "data")
    monkeypatch.setattr(discovery, "__file__", str(tmp_path / "site" / "pkg" / "discovery.py"))
    monkeypatch.setattr(sys, "prefix", str(prefix))
    monkeypatch.chdir(tmp_path)
    found = {p.name for p in discovery.bundled_report_paths()}
    assert {"xinhong-2020.yaml", "minhang-2013-gwr.yaml"} <= found
    assert 10 == len(found)


def test_the_wheel_carries_the_bundled_reports(tmp_path: Path) -> None:
    """The built wheel holds the report files and the seed text as data files."""
    import shutil
    import subprocess
    import sys
    import zipfile

    # Built from a copy, so that setuptools' build/ folder never lands in the checkout.
    tree = tmp_path / "tree"
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        tree.mkdir(exist_ok=True)
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    shutil.copytree(ROOT / "data", tree / "data")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(tree), "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shared = [n for n in names if "/share/xinhong-metrics/data/" in n]
    assert any(n.endswith("data/xinhong-2020.yaml") for n in shared)
    assert any(n.endswith("data/xinhong-2020-work-report.txt") for n in shared)
    assert 9 == sum("/data/minhang/" in n for n in shared)
    assert any(n.endswith("xinhong_metrics/concepts.yaml") for n in names)


def test_gitignored_paths_are_not_searched(tmp_path: Path) -> None:
    """What a repository's .gitignore ignores is no report of it (git's rules)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.draft.yaml\n!keep.draft.yaml\n", "utf-8")
    reports = tmp_path / "reports"
    (reports / "build").mkdir(parents=True)
    report = (DATA / "minhang" / "minhang-2013-gwr.yaml").read_text(encoding="utf-8")
    for name in ("a.yaml", "b.draft.yaml", "keep.draft.yaml", "build/c.yaml"):
        (reports / name).write_text(report, encoding="utf-8")
    (reports / "sub").mkdir()
    (reports / "sub" / ".gitignore").write_text("d.yaml\n", encoding="utf-8")
    (reports / "sub" / "d.yaml").write_text(report, encoding="utf-8")
    (reports / "sub" / "e.yaml").write_text(report, encoding="utf-8")
    found = [p.relative_to(reports).as_posix() for p in find_report_files(reports)]
    assert found == ["a.yaml", "keep.draft.yaml", "sub/e.yaml"]
    # With gitignore=False (the bundled reports), every report file is found.
    assert 6 == len(find_report_files(reports, gitignore=False))


def test_check_project_falls_back_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--project with no paths and no configuration checks the current folder.

    Without --project the same call checks the bundled reports, the seed among them.
    """
    from xinhong_metrics.cli import cli

    (tmp_path / "r.yaml").write_text(
        (DATA / "minhang" / "minhang-2013-gwr.yaml").read_text(encoding="utf-8"), "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    mine = runner.invoke(cli, ["check", "--project", "--fail-on", "never", "--format", "json"])
    bundled = runner.invoke(cli, ["check", "--fail-on", "never", "--format", "json"])
    assert 0 == mine.exit_code == bundled.exit_code
    assert {"minhang-2013-gwr"} == {f["report"][0] for f in json.loads(mine.stdout)}
    assert "xinhong-2020" in {f["report"][0] for f in json.loads(bundled.stdout)}


@pytest.mark.parametrize(
    ("figure", "quote", "found"),
    [
        ("-2.1", "规上工业增加值下降2.1%", True),  # a growth below zero, its sign in 下降
        ("-2.1", "规上工业增加值增长2.1%", False),
        ("-2.1", "下降12.1%", False),
    ],
)
def test_a_figure_below_zero_stands_in_its_fall(figure: str, quote: str, found: bool) -> None:
    """A drafted growth rate of -2.1 quotes 下降2.1%: the loader finds it there."""
    from xinhong_metrics.files import figure_in_quote

    assert figure_in_quote(figure, quote) is found
