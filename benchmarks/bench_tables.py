"""Indicator tables at scale: rows per second and peak memory, against per-row baselines.

Generates a table of N rows (entities × 8 indicators × 10 years, levels in 亿元 and 万元
as written, each later year with its stated change, one in 50 of them off), checks it
with :func:`xinhong_metrics.tables.check_table_file` (split by entity, each part
streamed) in a child process, and prints rows/s and the child's peak memory. In the same
run, two per-row baselines on a sample of the rows: the scalar decision of the
report-file engine (``check_change_between`` on exact intervals, parsing included), and
scrutipy's ``grim_scalar`` loop where scrutipy is installed.

    python benchmarks/bench_tables.py [ROWS ...]     (default: 1e6 1e7 5e7)
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

_INDICATORS = [
    "一般公共预算收入",
    "税收收入",
    "社会消费品零售总额",
    "固定资产投资",
    "进出口总额",
    "财政总收入",
    "区级财政收入",
    "规模以上工业总产值",
]
_YEARS = 10
SAMPLE = 20_000


def generate(rows: int, path: Path) -> None:
    """Write a table of about ``rows`` rows to ``path`` (Parquet), in a streaming pass."""
    series = rows // _YEARS
    base = (
        pl.LazyFrame({"s": [0]})
        .select(pl.int_range(0, series, dtype=pl.Int64).alias("s"))
        .join(pl.LazyFrame({"y": list(range(_YEARS))}), how="cross")
    )
    level = (1000 + (pl.col("s") * 7919 % 100_000)) * (1.05 ** pl.col("y"))
    stated = pl.lit(5.0) + pl.when(pl.col("s") % 50 == 0).then(3.0).otherwise(0.0)
    table = base.select(
        ("区" + (pl.col("s") // 8).cast(pl.String)).alias("entity"),
        pl.lit(pl.Series(_INDICATORS)).get(pl.col("s") % 8).alias("indicator"),
        (2010 + pl.col("y")).cast(pl.String).alias("period"),
        pl.when(pl.col("y") % 2 == 0)
        .then(level.round(1).cast(pl.String))
        .otherwise((level * 10_000).round(0).cast(pl.Int64).cast(pl.String))
        .alias("level"),
        pl.when(pl.col("y") % 2 == 0).then(pl.lit("亿元")).otherwise(pl.lit("万元")).alias("unit"),
        pl.when(pl.col("y") > 0).then(pl.format("增长{}%", stated.round(1))).alias("change"),
    )
    table.sink_parquet(path)


def _child(path: Path, out: Path) -> None:
    from xinhong_metrics.tables import check_table_file  # noqa: PLC0415

    start, cpu = time.perf_counter(), time.process_time()
    found = check_table_file(path, out)
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{found} {wall:.3f} {used:.3f} {peak:.0f}")


def _scalar_rate(path: Path) -> float:
    from xinhong_metrics.checks.relative_change._scalar import (  # noqa: PLC0415
        check_change_between,
    )
    from xinhong_metrics.numbers import parse_figure  # noqa: PLC0415
    from xinhong_metrics.units import conversion_factor  # noqa: PLC0415

    rows = pl.read_parquet(path).rows(named=True)
    levels = {(r["entity"], r["indicator"], int(r["period"])): r for r in rows}
    start = time.process_time()
    done = 0
    for row in rows:
        prior = levels.get((row["entity"], row["indicator"], int(row["period"]) - 1))
        if row["change"] is None or prior is None:
            continue
        factor = conversion_factor(prior["unit"], row["unit"])
        previous = parse_figure(prior["level"]).interval().scale(factor)
        current = parse_figure(row["level"]).interval()
        check_change_between(current, previous, parse_figure(row["change"]).interval())
        done += 1
    return done / (time.process_time() - start)


def _grim_rate() -> float | None:
    try:
        from scrutipy import grim_scalar  # noqa: PLC0415
    except ImportError:
        return None
    cases = [(f"{(i % 997) / 100 + 1:.2f}", 20 + i % 80) for i in range(SAMPLE)]
    start = time.process_time()
    for mean, n in cases:
        grim_scalar(mean, n)
    return SAMPLE / (time.process_time() - start)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    sizes = [int(float(a)) for a in sys.argv[1:]] or [1_000_000, 10_000_000, 50_000_000]
    with tempfile.TemporaryDirectory(prefix="xm-bench-") as folder:
        first = Path(folder) / "sample.parquet"
        generate(SAMPLE * 2, first)
        scalar = _scalar_rate(first)
        grim = _grim_rate()
        print(f"baseline, scalar decision per row (parse and decide): {scalar:,.0f} rows/s CPU")
        if grim is None:
            print("baseline, scrutipy grim_scalar: not installed (pip install scrutipy)")
        else:
            print(f"baseline, scrutipy grim_scalar per case: {grim:,.0f} cases/s CPU")
        for rows in sizes:
            path = Path(folder) / f"table-{rows}.parquet"
            generate(rows, path)
            out = Path(folder) / f"findings-{rows}"
            result = subprocess.run(
                [sys.executable, __file__, "--child", str(path), str(out)],
                check=True,
                capture_output=True,
                text=True,
            )
            found, wall, cpu, peak = result.stdout.split()
            rate = rows / float(cpu)
            line = (
                f"{rows:>12,} rows: {int(found):,} findings in {float(wall):.1f} s wall, "
                f"{float(cpu):.1f} s CPU; {rate:,.0f} rows/s CPU "
                f"({rate / scalar:,.0f}× the scalar loop"
            )
            line += ")" if grim is None else f", {rate / grim:,.1f}× grim_scalar)"
            print(f"{line}; peak memory {int(peak):,} MB")
            path.unlink()


if __name__ == "__main__":
    main()
