"""Drafting hostile text: time and peak memory for one million characters of each form.

Each case runs in its own process, so that its peak resident memory is its own. The
baseline, in the same run, is one million characters of the seed report's text: a ratio
near 1 means a hostile text costs what a real one does; the issue's bound is 5 s and
500 MB for each case on the development machine (2 cores).

    python benchmarks/bench_hostile.py [--size N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "xinhong-2020-work-report.txt"

# Each form repeats a piece of genre text that once made drafting quadratic or unbounded.
CASES = {
    "seed text (baseline)": None,
    "digits in a row": "1",
    "full-width digits": "１",
    "Chinese numerals in a row": "一",
    "repeated 其中1家，": "其中1家，",
    "unclosed （": "（测试数字12个，",
    "a 分别 list": "增长1%、",
    "no punctuation": "地区生产总值增长",
    "dense figures": "1.2亿元、",
    "decimal points": "1.",
    "thousands commas": "1,",
    "year spans": "2019—",
    "repeated changes": "增长1%",
    "mixed sentences": "全年接待群众1200人次，同比增长20%。其中1家",
}

_CHILD = """
import json, resource, sys, time
from xinhong_metrics.extract import draft_report
text = sys.stdin.read()
start = time.process_time()
draft_report(text)
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "chars": len(text)}))
"""


def _text(piece: str | None, size: int) -> str:
    if piece is None:
        seed = SEED.read_text(encoding="utf-8")
        return (seed * (size // len(seed) + 1))[:size]
    body = (piece * (size // len(piece) + 1))[:size]
    return ("分别" + body) if piece == "增长1%、" else body


def _run(text: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per case")
    args = parser.parse_args()
    baseline: dict[str, float] | None = None
    print(f"{'case':28} {'chars':>9} {'CPU s':>7} {'ratio':>6} {'peak MB':>8}")
    for name, piece in CASES.items():
        result = _run(_text(piece, args.size))
        baseline = baseline or result
        ratio = result["seconds"] / max(baseline["seconds"], 1e-9)
        print(
            f"{name:28} {int(result['chars']):>9,} {result['seconds']:>7.2f} "
            f"{ratio:>5.1f}x {result['peak_mb']:>8.0f}"
        )


if __name__ == "__main__":
    main()
