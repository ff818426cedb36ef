"""Shared helpers for benchmarks: timing and figures printed as ratios to a baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def timings_ms(action: Callable[[T], object], inputs: Iterable[T]) -> list[float]:
    """Run ``action`` on each input and return how long each took, in milliseconds."""
    result = []
    for item in inputs:
        start = time.perf_counter()
        action(item)
        result.append((time.perf_counter() - start) * 1000)
    return result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> tuple[float, float]:
    """The median and the 99th percentile."""
    return statistics.median(values), percentile(values, 0.99)


def ratio(ours: float, floor: float) -> str:
    return f"{ours / floor:.2f}x" if floor > 0 else "n/a"
