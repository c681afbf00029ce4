"""Throughput of the whole-number checks: the polars frame layer against the scalar layer.

Generates N synthetic count claims (a whole current value and a stated change with one
decimal, half-up), runs the relative-change and share checks through the frame layer,
and a sample through the exact scalar layer, in the same process. Prints claims per
second for each and the ratio frame/scalar, and the process's peak resident memory.

    python benchmarks/bench_checks.py            # N = 10 million
    python benchmarks/bench_checks.py --n 1000000
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time

import polars as pl

from xinhong_metrics import (
    check_change,
    check_share,
    parse_figure,
    relative_change_frame,
    share_frame,
)
from xinhong_metrics import columns as col


def change_claims(n: int, seed: int) -> pl.LazyFrame:
    """N claims: current in [0, 10^6), change of ±0.0–99.9% with one decimal, half-up."""
    idx = pl.int_range(0, n, dtype=pl.Int64)
    h = idx.hash(seed)
    tenth = (h % 1000).cast(pl.Int64)  # the stated magnitude in tenths of a percent
    fall = ((h // 1000) % 2) == 1
    current = ((h // 2000) % 1_000_000).cast(pl.Int64)
    # Half-up on the magnitude: [m - 0.05, m + 0.05) in percent = [(2t - 1)/20, (2t + 1)/20).
    lo = (2 * tenth - 1).clip(lower_bound=0)
    hi = 2 * tenth + 1
    return pl.LazyFrame().select(
        current.alias(col.CURRENT),
        pl.when(fall).then(-hi).otherwise(lo).alias(col.RATE_LO_NUM),
        pl.when(fall).then(-lo).otherwise(hi).alias(col.RATE_HI_NUM),
        pl.lit(20, dtype=pl.Int64).alias(col.RATE_DEN),
        pl.when(fall).then(False).otherwise(True).alias(col.RATE_LO_CLOSED),
        pl.when(fall).then(True).otherwise(False).alias(col.RATE_HI_CLOSED),
    )


def share_claims(n: int, seed: int) -> pl.LazyFrame:
    """N shares: a part known, a rate of 0.0–100.0% with one decimal, half-up."""
    idx = pl.int_range(0, n, dtype=pl.Int64)
    h = idx.hash(seed)
    tenth = (h % 1001).cast(pl.Int64)
    part = ((h // 1001) % 100_000).cast(pl.Int64)
    return pl.LazyFrame().select(
        part.alias(col.PART),
        pl.lit(None, dtype=pl.Int64).alias(col.WHOLE),
        (2 * tenth - 1).clip(lower_bound=0).alias(col.RATE_LO_NUM),
        (2 * tenth + 1).alias(col.RATE_HI_NUM),
        pl.lit(20, dtype=pl.Int64).alias(col.RATE_DEN),
        pl.lit(True).alias(col.RATE_LO_CLOSED),
        pl.lit(False).alias(col.RATE_HI_CLOSED),
    )


def timed(label: str, n: int, run: object) -> float:
    assert callable(run)
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    rate = n / seconds
    print(f"{label:<34} {n:>12,} claims  {seconds:8.3f} s  {rate:>14,.0f} claims/s")
    return rate


def scalar_sample(frame: pl.DataFrame, kind: str) -> object:
    rows = frame.to_dicts()

    def run() -> None:
        for row in rows:
            digits = (row[col.RATE_LO_NUM] + row[col.RATE_HI_NUM]) // 2
            text = f"{abs(digits) / 10:.1f}%"
            if kind == "change":
                stated = ("下降" if digits < 0 else "增长") + text
                check_change(parse_figure(str(row[col.CURRENT])), parse_figure(stated), count=True)
            else:
                check_share(parse_figure(text), part=parse_figure(str(row[col.PART])))

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000_000, help="claims per frame check")
    parser.add_argument(
        "--sample", type=int, default=20_000, help="claims through the scalar layer"
    )
    args = parser.parse_args()
    print(f"python {platform.python_version()}, polars {pl.__version__}, {platform.machine()}")
    print(f"threads available to polars: {pl.thread_pool_size()}")

    changes = change_claims(args.n, 1).collect()
    shares = share_claims(args.n, 2).collect()
    frame_change = timed(
        "relative-change, frame layer",
        args.n,
        lambda: relative_change_frame(changes.lazy()).collect(),
    )
    frame_share = timed(
        "share-rate, frame layer", args.n, lambda: share_frame(shares.lazy()).collect()
    )
    sample_change = changes.head(args.sample)
    sample_share = shares.head(args.sample)
    scalar_change = timed(
        "relative-change, scalar layer", args.sample, scalar_sample(sample_change, "change")
    )
    scalar_share = timed(
        "share-rate, scalar layer", args.sample, scalar_sample(sample_share, "share")
    )
    print(f"ratio frame/scalar, relative-change: {frame_change / scalar_change:,.0f}x")
    print(f"ratio frame/scalar, share-rate:      {frame_share / scalar_share:,.0f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mib = peak / 1024 if sys.platform != "darwin" else peak / 2**20
    print(f"peak resident memory: {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
