"""Every code example in README.md and docs/ runs, and the figures they print are current."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def _blocks(lang: str) -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for i, m in enumerate(_BLOCK.finditer(doc.read_text(encoding="utf-8"))):
            if m.group("lang") == lang:
                found.append((f"{doc.name}#{i}", m.group("body")))
    return found


def test_the_docs_have_python_examples() -> None:
    """The test below runs something: README.md and docs/crossyear.md carry examples."""
    names = {name.split("#")[0] for name, _ in _blocks("python")}
    assert {"README.md", "crossyear.md"} <= names


@pytest.mark.parametrize(("name", "code"), _blocks("python"), ids=lambda v: str(v)[:24])
def test_python_example_runs(name: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ```python block runs as written from the repository root, and prints."""
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, name, "exec"), {"__name__": "__docs__"})
    assert out.getvalue().strip(), f"{name} printed nothing"


def test_readme_summary_line_is_what_check_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary quoted in README.md is the one `check` prints on the bundled reports."""
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"^\d+ claims checked in \d+ reports: .*$", readme, re.MULTILINE)
    assert quoted is not None
    code, out, _ = run_cli(["check", "--fail-on", "never"], capsys)
    assert 0 == code
    assert quoted.group() in out.splitlines()


def test_extract_coverage_line_is_what_extract_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The coverage line quoted in docs/extract.md is the seed's, as extract prints it."""
    doc = (ROOT / "docs" / "extract.md").read_text(encoding="utf-8")
    quoted = re.search(r"^\S+\.draft\.yaml: (\d+ numbers found: .*)$", doc, re.MULTILINE)
    assert quoted is not None
    seed = next((ROOT / "data").glob("**/xinhong-2020-work-report.txt"))
    code, out, _ = run_cli(["extract", str(seed), "-o", str(tmp_path / "d.yaml")], capsys)
    assert 0 == code
    assert quoted.group(1) in out
