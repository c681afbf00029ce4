"""The HTML report: page sizes, and the time to render the corpus in one page.

Baseline in the same run: ``check_findings`` on the same reports (what any output needs);
the page's own cost is the rendering after it. Goals (issue 13): the seed's page under
500 KB, the 35 texts of the corpus in one page under 5 s.

    python benchmarks/bench_page.py
"""

from __future__ import annotations

import time
from pathlib import Path

from xinhong_metrics import check_findings, html_report, report_set

ROOT = Path(__file__).resolve().parents[1]


def _timed(paths: list[Path] | Path) -> tuple[float, float, int, int]:
    start = time.process_time()
    collection = report_set(paths)
    findings = check_findings(collection)
    checked = time.process_time()
    page = html_report(collection, findings)
    rendered = time.process_time()
    return checked - start, rendered - checked, len(page.encode("utf-8")), len(findings)


def main() -> None:
    for label, paths in (
        ("bundled reports (the seed and Minhang)", ROOT / "data"),
        ("corpus, 35 texts drafted in memory", sorted((ROOT / "tests" / "corpus").glob("*.txt"))),
    ):
        check_s, render_s, size, count = _timed(paths)
        print(
            f"{label}: {count} findings; check {check_s:.2f} s CPU (baseline), "
            f"page {render_s:.2f} s CPU ({render_s / check_s:.2f}× the check), "
            f"total {check_s + render_s:.2f} s; page {size / 1000:.0f} KB"
        )


if __name__ == "__main__":
    main()
