"""Percentiles and timing helpers shared by the benchmarks."""

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], percent: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def summary(latencies_ms: list[float]) -> dict:
    return {"count": len(latencies_ms), "p50_ms": round(percentile(latencies_ms, 50), 2),
            "p95_ms": round(percentile(latencies_ms, 95), 2), "mean_ms": round(statistics.fmean(latencies_ms), 2)}
