"""Start-up and loading cost of the command line, against `python -c "import polars"`.

Each command runs in a fresh interpreter, five times; the CPU time (user + system) of
the child is read from getrusage, the best of the five kept. The baseline runs in the
same process, so the ratios hold on any machine.

    python benchmarks/bench_startup.py
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
RUNS_LARGE = 1  # the 1,000-file run is long; once is enough to see it


def _cpu(args: list[str], cwd: Path | None = None, runs: int = RUNS) -> tuple[float, float]:
    """Best CPU seconds and wall seconds of a child process over ``runs`` runs."""
    best_cpu = best_wall = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, cwd=cwd, check=False, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
    return best_cpu, best_wall


def main() -> None:
    exe = shutil.which("xinhong-metrics") or str(Path(sys.executable).parent / "xinhong-metrics")
    base_cpu, base_wall = _cpu([sys.executable, "-c", "import polars"])
    print(f'baseline  python -c "import polars": {base_cpu:.2f} s CPU, {base_wall:.2f} s wall')
    cases = {
        "--help": [exe, "--help"],
        "--version": [exe, "--version"],
        "check (bundled reports)": [exe, "check", "--fail-on", "never"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The small valid report of the tests, without its source text: quotes are
        # then checked against their figures only.
        minimal = (ROOT / "tests" / "valid-minimal.yaml").read_text(encoding="utf-8")
        head, _, rest = minimal.partition("  source:\n")
        rest = rest.split("\n", 2)[2]  # drop the text and sha256 lines
        for i in range(1000):
            text = (head + "  source: {}\n" + rest).replace("id: broken-case", f"id: r{i:04d}")
            (folder / f"r{i:04d}.yaml").write_text(text, encoding="utf-8")
        probe = subprocess.run(
            [exe, "check", str(folder / "r0000.yaml"), "--fail-on", "never"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode != 0:
            raise SystemExit(f"the generated report does not load: {probe.stderr.strip()}")
        cases["check 1,000 report files"] = [exe, "check", str(folder), "--fail-on", "never"]
        for label, args in cases.items():
            runs = RUNS_LARGE if "1,000" in label else RUNS
            cpu, wall = _cpu(args, cwd=ROOT, runs=runs)
            print(
                f"{label:28} {cpu:6.2f} s CPU ({cpu / base_cpu:4.1f}x the baseline), "
                f"{wall:6.2f} s wall"
            )


if __name__ == "__main__":
    main()
