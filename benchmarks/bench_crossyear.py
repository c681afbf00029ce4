"""Cross-year findings on raw texts against the hand-checked key, and the corpus timing.

Drafts every text the key names (in memory, as ``xinhong-metrics check TEXTS`` does),
checks them together, and compares the findings that link two reports with the key in
``benchmarks/crossyear-key/``:

- link precision: of the findings that rest on two reports (a later report's figure
  against an earlier report's), the share that the key also links (a key row whose
  later quote overlaps the finding's quote, for the same pair of reports, with link=yes);
- link recall: of the key's rows with link=yes, the share that a finding links;
- verdicts right: of the linked rows, the share whose verdict is the key's;
- false inconsistent: findings across reports said ``inconsistent`` where the key does
  not say so.

The key files whose names start with ``held_out`` were labelled after the rules they
measure were written (by a reader who saw neither the tool nor its output): they are
scored apart, as the measure on pairs the rules were not developed against.

Then times ``check`` over all 35 texts of the corpus in one call, drafting included.

    python benchmarks/bench_crossyear.py
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path
from typing import Any

import xinhong_metrics as xm

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
ALL_KEYS = sorted((ROOT / "benchmarks" / "crossyear-key").glob("*.csv"))
KEYS = [k for k in ALL_KEYS if not k.name.startswith("held_out")]
HELD_OUT_KEYS = [k for k in ALL_KEYS if k.name.startswith("held_out")]


def _key_rows(keys: list[Path] | None = None) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in KEYS if keys is None else keys:
        with path.open(encoding="utf-8") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def _stem(report_id: str) -> str:
    return report_id.replace("-", "_")


def _span(text: str, quote: str, offset: int | None) -> tuple[int, int] | None:
    if offset is None:
        found = text.find(quote)
        if found < 0:
            return None
        offset = found
    return offset, offset + len(quote)


def _matches(finding: dict[str, Any], row: dict[str, str], texts: dict[str, str]) -> bool:
    reports = [_stem(r) for r in finding["report"]]
    later, earlier = (
        row["later_report"].removesuffix(".txt"),
        row["earlier_report"].removesuffix(".txt"),
    )
    # The finding rests on both (a five-year total rests on the five reports of its years).
    if later not in reports or earlier not in reports or len(set(reports)) < 2:  # noqa: PLR2004
        return False
    quote = finding["quote"].split(" | ")[-1]
    span = _span(texts[later], quote, finding.get("offset"))
    if span is None or not row["later_offset"]:
        return False
    lo = int(row["later_offset"])
    hi = lo + len(row["later_quote"])
    return span[0] < hi and lo < span[1]


# The key's kinds of claim each check of the tool finds across reports.
_KINDS = {
    "restatement": {"restatement"},
    "average-growth": {"average_growth"},
    "multiple": {"multiple"},
    "cross-year-change": {"relative_change", "absolute_change", "point_change"},
    "cumulative": {"restatement"},
}


def _assigned(
    findings: list[dict[str, Any]], rows: list[dict[str, str]], texts: dict[str, str]
) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """Each finding with the key rows it is about: those its quote overlaps, of its kind.

    A key row's quote may hold another row's (…年均增长12.2%，从世界第三位提升到第二位
    holds the rank's move): a restatement of the rank is about the rank's row, not the
    average growth's. With no overlapping row of its kind, every overlapping row counts.
    """
    pairs: list[tuple[dict[str, Any], dict[str, str]]] = []
    for finding in findings:
        over = [r for r in rows if _matches(finding, r, texts)]
        kinds = _KINDS.get(finding["check"], set())
        same = [r for r in over if r["claim"] in kinds]
        pairs.extend((finding, r) for r in same or over)
    return pairs


def main() -> None:
    print("development key")
    _score(_key_rows(KEYS), len(KEYS))
    print("held-out key")
    _score(_key_rows(HELD_OUT_KEYS), len(HELD_OUT_KEYS))

    every = sorted(CORPUS.glob("*.txt"))
    start = time.perf_counter()
    cpu = time.process_time()
    frame = xm.check(every)
    print(
        f"check over {len(every)} texts, drafting included: {frame.height} findings in "
        f"{time.perf_counter() - start:.1f} s wall, {time.process_time() - cpu:.1f} s CPU"
    )


def _score(rows: list[dict[str, str]], n_files: int) -> None:
    files = sorted({r["later_report"] for r in rows} | {r["earlier_report"] for r in rows} - {""})
    texts = {f.removesuffix(".txt"): (CORPUS / f).read_text(encoding="utf-8") for f in files}
    # Any finding that rests on two reports links them: a change, points, a restatement,
    # an average growth or a multiple against the earlier report's level.
    findings = [
        f for f in xm.check([CORPUS / f for f in files]).to_dicts() if len(set(f["report"])) > 1
    ]
    linked = [r for r in rows if r["link"] == "yes"]
    pairs = _assigned(findings, rows, texts)
    found_rows = [r for r in linked if any(r is row for _, row in pairs)]
    true_links = [f for f in findings if any(f is g and row in linked for g, row in pairs)]
    right = sum(
        1
        for r in found_rows
        if any(row is r and f["verdict"] == r["expected_verdict"] for f, row in pairs)
    )
    false_alarms = [
        f
        for f in findings
        if f["verdict"] == "inconsistent"
        and not any(g is f and row["expected_verdict"] == "inconsistent" for g, row in pairs)
    ]
    print(f"key: {len(rows)} rows in {n_files} files, {len(linked)} to link, texts: {len(files)}")
    print(
        f"findings across reports: {len(findings)} {dict(Counter(f['verdict'] for f in findings))}"
    )
    precision = len(true_links) / len(findings) if findings else float("nan")
    recall = len(found_rows) / len(linked) if linked else float("nan")
    print(f"link precision: {len(true_links)}/{len(findings)} = {precision:.1%}")
    print(f"link recall: {len(found_rows)}/{len(linked)} = {recall:.1%}")
    print(f"verdicts right on linked rows: {right}/{len(found_rows)}")
    print(f"false inconsistent: {len(false_alarms)}")
    for finding in false_alarms:
        print(f"  {finding['report']}: {finding['quote'][:60]} | {finding['message'][:100]}")
    unlinked = [f for f in findings if f not in true_links]
    for finding in unlinked[:10]:
        print(
            f"  not in the key: {finding['report']} {finding['verdict']}: {finding['quote'][:50]}"
        )


if __name__ == "__main__":
    main()
