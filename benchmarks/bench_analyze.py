"""`analyze` on hostile but valid wiring: time and memory against loading the same file.

Run:  .venv/bin/python benchmarks/bench_analyze.py [--repeat 5]

Goal: ≤ 2 s and ≤ 200 MB for any file the validator accepts. The old analysis listed
every cycle before keeping 20, so a 116 KB map with ~2,000 random connections ran for
ever and grew past 1.7 GB. Cases: that map (200 cards, 2,000 connections, thousands of
cycles), a 2,000-card map with 20,000 connections, and the largest the format allows
in connections (50,000 on 10,000 cards). Baseline: `loads_journey` of the same bytes,
measured in the same run with the same GC state. Memory is tracemalloc's peak of
Python allocations during `analyse`, in a separate pass so it does not slow the timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402

from journeymapper.fileformat import dumps_journey, loads_journey  # noqa: E402
from journeymapper.model.analysis import analyse  # noqa: E402
from journeymapper.model.entities import Connection  # noqa: E402
from journeymapper.model.journey import JourneyMap  # noqa: E402


def hostile_map(cards: int, connections: int, seed: int = 7) -> JourneyMap:
    """A generated map whose connections are rewired at random: forwards, backwards, loops."""
    journey = generate_map(cards, seed=seed)
    rng = random.Random(seed)
    ids = [card.id for card in journey.touchpoints]
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < connections:
        source, target = rng.choice(ids), rng.choice(ids)
        if source != target:
            pairs.add((source, target))
    links = sorted(pairs)
    journey.connections = [Connection(id=f"x{i}", source=s, target=t) for i, (s, t) in enumerate(links)]
    return journey


def timings(function: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return wall, cpu


def peak_mb(function: Callable[[], object]) -> float:
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = [(200, 2_000), (2_000, 20_000), (10_000, 50_000)]
    print(f"{'cards':>6} {'links':>6} {'KB':>6} | {'load med':>9} | {'analyse med':>11} {'max':>7} ", end="")
    print(f"{'cpu med':>8} {'ratio':>6} | {'peak MB':>7} | {'loops':>5}")
    worst_time, worst_mb = 0.0, 0.0
    for cards, links in cases:
        data = dumps_journey(hostile_map(cards, links))
        journey = loads_journey(data).journey
        load_wall, _ = timings(lambda d=data: loads_journey(d), args.repeat)  # type: ignore[misc]
        wall, cpu = timings(lambda j=journey: analyse(j), args.repeat)  # type: ignore[misc]
        memory = peak_mb(lambda j=journey: analyse(j))  # type: ignore[misc]
        report = analyse(journey)
        worst_time, worst_mb = max(worst_time, max(wall)), max(worst_mb, memory)
        load_ms, wall_ms = statistics.median(load_wall) * 1e3, statistics.median(wall) * 1e3
        cpu_ms, max_ms = statistics.median(cpu) * 1e3, max(wall) * 1e3
        kb = len(data) / 1e3
        print(f"{cards:>6} {links:>6} {kb:>6.0f} | {load_ms:>7.0f}ms | ", end="")
        print(f"{wall_ms:>9.0f}ms {max_ms:>5.0f}ms ", end="")
        print(f"{cpu_ms:>6.0f}ms {wall_ms / load_ms:>5.2f}× | {memory:>7.1f} | {len(report.loops):>5}")
    verdict = "met" if worst_time <= 2 and worst_mb <= 200 else "MISSED"
    print(f"goal ≤ 2 s and ≤ 200 MB: {verdict} (worst {worst_time:.2f} s, {worst_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
