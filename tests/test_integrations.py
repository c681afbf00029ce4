"""The pre-commit hook and the GitHub Action: their definitions, and their commands run.

The hook runs through pre-commit itself (`pre-commit try-repo` in a temporary
repository, which installs this checkout into a new virtual environment from the package
registry); the action's check step runs as a script, with its inputs substituted as
GitHub would.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

BIN = Path(sys.executable).parent


def test_the_pre_commit_hook_checks_the_whole_set() -> None:
    """pass_filenames is false: a staged file alone would miss its cross-year findings."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert "xinhong-metrics" == hook["id"]
    assert hook["pass_filenames"] is False
    assert re.search(hook["files"], "data/xinhong-2020.yaml")
    assert not re.search(hook["files"], "src/xinhong_metrics/cli.py")
    argv = shlex.split(hook["entry"])
    done = subprocess.run(
        [str(BIN / argv[0]), *argv[1:], "--fail-on", "never"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert "claims checked in 10 reports" in done.stdout


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_pre_commit_try_repo_checks_the_report_files_of_a_repository(tmp_path: Path) -> None:
    """pre-commit installs the hook and runs it on a repository without configuration.

    The repository holds two Minhang report files (a series), a .venv with a YAML file
    and a data/config.yaml that is not a report: the hook checks the two report files
    alone, fails on nothing at --fail-on never, and never falls back to the bundled reports.
    """
    repo = tmp_path / "repo"
    (repo / "reports").mkdir(parents=True)
    for name in ("minhang-2012-gwr.yaml", "minhang-2013-gwr.yaml"):
        shutil.copy(ROOT / "data" / "minhang" / name, repo / "reports" / name)
    (repo / ".venv").mkdir()
    (repo / ".venv" / "config.yaml").write_text("report: not one\n", encoding="utf-8")
    (repo / "data").mkdir()
    (repo / "data" / "config.yaml").write_text("settings:\n  a: 1\n", encoding="utf-8")
    (repo / ".gitignore").write_text(".venv/\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "reports")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    done = subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(ROOT), "xinhong-metrics", "--all-files",
         "--verbose"],
        cwd=repo, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert 0 == done.returncode, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"xinhong-metrics check\.+Passed", done.stdout)
    direct = subprocess.run(
        [str(BIN / "xinhong-metrics"), "check", "reports"],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    summary = direct.stdout.strip().splitlines()[-1]
    assert " in 2 reports" in summary, summary
    assert summary in done.stdout  # the hook checked exactly the two report files


def test_the_action_runs_its_check_step(tmp_path: Path) -> None:
    """The check step, with the default inputs, annotates and writes JUnit and SARIF."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert "composite" == action["runs"]["using"]
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs["paths"] = str(ROOT / "data")
    [check] = [s for s in action["runs"]["steps"] if "xinhong-metrics check" in s["run"]]
    script = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], check["run"])
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert 1 == done.returncode, done.stderr  # the seed's one inconsistent finding fails it
    assert done.stdout.startswith("::error file=")
    assert (tmp_path / "xinhong-metrics.xml").stat().st_size > 0
    assert '"version": "2.1.0"' in (tmp_path / "xinhong-metrics.sarif").read_text(encoding="utf-8")


def test_the_built_wheel_carries_what_it_needs(tmp_path: Path) -> None:
    """Built and installed apart from the checkout, check finds its bundled reports.

    The wheel is built from this checkout and installed with --target into a temporary
    folder (--prefix would uninstall the checkout's own editable install first); run
    from an empty folder with only that install first on the path, `check` with no paths
    prints the bundled table, and the package has its concept catalog.
    """
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    wheels, prefix, empty = tmp_path / "wheels", tmp_path / "prefix", tmp_path / "empty"
    empty.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(root)], check=True)
    (wheel,) = wheels.glob("xinhong_metrics-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(prefix), str(wheel)], check=True)
    site = str(prefix)
    code = (
        "import sys, xinhong_metrics, xinhong_metrics.concepts as c;"
        f"assert xinhong_metrics.__file__.startswith({site!r}), xinhong_metrics.__file__;"
        "assert len(c.catalog()) > 100;"
        "from xinhong_metrics.cli import main; main(['check', '--fail-on', 'never'])"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": site, "HOME": str(tmp_path)}
    run = [sys.executable, "-c", code]
    done = subprocess.run(run, check=False, cwd=empty, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "claims checked in 10 reports" in done.stdout
