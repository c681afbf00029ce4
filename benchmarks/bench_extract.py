"""Extraction against the hand-reviewed seed file: precision and recall, and throughput.

A claim is matched by (kind, stated value, linked figure): the stated change or rate as
a number, and the figure(s) of the indicator(s) it is linked to. Values are matched by
figure and offset of the figure in the text. Throughput is measured on the seed text
repeated to at least one million characters, on one core, against a baseline in the
same process: a plain regex scan of the same text for digits; then on the 35 real
reports of ``tests/corpus``, each drafted alone, against the same kind of baseline.

    python benchmarks/bench_extract.py
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from xinhong_metrics import load_report
from xinhong_metrics.extract import draft_report
from xinhong_metrics.numbers import parse_figure

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "xinhong-2020.yaml"
CORPUS = ROOT / "tests" / "corpus"


def _number(text: str) -> str:
    try:
        return str(parse_figure(text).value)
    except ValueError:
        return text


def _figures(doc: dict[str, Any]) -> dict[str, str]:
    out = {}
    for ind in doc["indicators"]:
        values = ind.get("values") or []
        out[ind["id"]] = _number(values[0]["figure"]) if values else "-"
    return out


def claim_keys(doc: dict[str, Any]) -> Counter[tuple[str, ...]]:
    """(kind, value, linked figures) for every claim of a report document."""
    figures = _figures(doc)
    keys: Counter[tuple[str, ...]] = Counter()
    for claim in doc["claims"]:
        kind = claim["kind"]
        if kind in ("relative_change", "point_change", "multiple", "average_growth", "direction"):
            keys[(kind, _number(claim["stated"]), figures.get(claim["indicator"], "?"))] += 1
        elif kind == "share":
            linked = claim.get("part") or claim.get("whole")
            keys[(kind, figures[claim["rate"]], figures.get(linked, "-") if linked else "-")] += 1
        elif kind == "listed_count":
            keys[(kind, figures[claim["indicator"]])] += 1
        elif kind == "part_of_whole":
            parts = ",".join(sorted(figures[p] for p in claim["parts"]))
            keys[(kind, figures[claim["whole"]], parts)] += 1
        elif kind == "threshold":
            keys[(kind, _number(claim["stated"]), figures[claim["indicator"]])] += 1
    return keys


def value_keys(doc: dict[str, Any]) -> Counter[tuple[str, int]]:
    """(figure value, offset of the figure) for every stated value."""
    keys: Counter[tuple[str, int]] = Counter()
    for ind in doc["indicators"]:
        for value in ind.get("values") or []:
            start = value["offset"] + value["quote"].find(value["figure"])
            keys[(_number(value["figure"]), start)] += 1
    return keys


def precision_recall(found: Counter[Any], gold: Counter[Any]) -> tuple[float, float, int]:
    hit = sum((found & gold).values())
    precision = hit / max(1, sum(found.values()))
    recall = hit / max(1, sum(gold.values()))
    return precision, recall, hit


def gold_document() -> dict[str, Any]:
    loaded = load_report(GOLD)
    return loaded.report.model_dump(mode="json", exclude_none=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="text size for throughput")
    parser.add_argument("--show", action="store_true", help="list misses and extras")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    args = parser.parse_args()
    gold = gold_document()
    text = (GOLD.parent / gold["report"]["source"]["text"]).read_text(encoding="utf-8")
    draft = draft_report(text, report_id="xinhong-2020").document

    gold_claims, found_claims = claim_keys(gold), claim_keys(draft)
    p, r, hit = precision_recall(found_claims, gold_claims)
    print(
        f"claims: {hit} matched of {sum(found_claims.values())} drafted, "
        f"{sum(gold_claims.values())} in gold: precision {p:.1%}, recall {r:.1%}"
    )
    pv, rv, hv = precision_recall(value_keys(draft), value_keys(gold))
    print(f"values: {hv} matched: precision {pv:.1%}, recall {rv:.1%}")
    if args.show:
        for key in sorted((gold_claims - found_claims).elements()):
            print("  missed:", key)
        for key in sorted((found_claims - gold_claims).elements()):
            print("  extra: ", key)

    big = text * (args.chars // len(text) + 1)
    start = time.perf_counter()
    digits = len(re.findall(r"\d+", big))
    baseline = time.perf_counter() - start
    best_cpu = best_wall = float("inf")
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        draft_report(big, report_id="big")
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(
        f"throughput: {len(big):,} characters, best of {args.repeat}: {best_cpu:.2f} s of CPU "
        f"= {len(big) / best_cpu:,.0f} chars/s on one core ({best_wall:.2f} s wall, "
        f"pid {os.getpid()}); a bare digit scan ({digits:,} runs) took {baseline:.3f} s, "
        f"ratio {best_cpu / baseline:,.0f}x"
    )
    # The same on real reports of every kind: the 35 corpus texts, each drafted alone.
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    size = sum(map(len, texts))
    start = time.perf_counter()
    scan = sum(len(re.findall(r"\d+", t)) for t in texts)
    baseline = time.perf_counter() - start
    best_cpu = float("inf")
    for _ in range(args.repeat):
        cpu = time.process_time()
        for corpus_text in texts:
            draft_report(corpus_text)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(
        f"throughput on the corpus: {len(texts)} texts, {size:,} characters, best of "
        f"{args.repeat}: {best_cpu:.2f} s of CPU = {size / best_cpu:,.0f} chars/s on one core; "
        f"a bare digit scan ({scan:,} runs) took {baseline:.3f} s, "
        f"ratio {best_cpu / baseline:,.0f}x"
    )


if __name__ == "__main__":
    main()
