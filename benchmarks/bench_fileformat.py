"""Load and save of .journey files against fair baselines on the same bytes, in the same run.

Run:  .venv/bin/python benchmarks/bench_fileformat.py [--sizes 100 1000 10000] [--repeat 7]

* load = `loads_journey(bytes)` (size and encoding checks, parse with the nesting cap,
  migration, pydantic validation, integrity rules) against `json.loads(bytes)`. The
  loader pauses the cyclic garbage collector while it builds the tree, so the baseline
  runs with the collector paused too (`paused_gc`): the same collector state.
* save = `dumps_journey(journey)` against `journey.model_dump_json(indent=2)`, pydantic's
  own serialiser of the same map (the fastest honest way to turn this model into
  indented JSON; `json.dumps` of a dict is several times slower). `model_dump_json`
  returns text, decoded from the bytes pydantic writes, while a save needs bytes; so a
  second, stricter baseline is the serializer's bytes themselves
  (`JourneyMap.__pydantic_serializer__.to_json(journey, indent=2)`), with no decoding.

Before every timed run the collector is emptied (`gc.collect()`), for ours and for the
baselines alike, so each starts in the same collector state.

Goals at 10,000 cards: load ≤ 2.5× the baseline, save ≤ 1.3×; cost linear in size.
Each figure is the median (and max) of --repeat runs, of wall and CPU time; ratios use
CPU medians, which other processes on a shared machine disturb least.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402

from journeymapper.allocation import paused_gc  # noqa: E402
from journeymapper.fileformat import dumps_journey, loads_journey  # noqa: E402


def timed(function: Callable[[], object], repeat: int) -> dict[str, float]:
    wall, cpu = [], []
    for _ in range(repeat):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        function()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return {"wall": statistics.median(wall), "max": max(wall), "cpu": statistics.median(cpu)}


def json_loads_paused(data: bytes) -> object:
    with paused_gc():
        return json.loads(data)


def cell(t: dict[str, float]) -> str:
    return f"{t['wall'] * 1e3:.1f} / {t['cpu'] * 1e3:.1f} ms (max {t['max'] * 1e3:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(
        "| cards | MB | json.loads, GC paused (wall / CPU) | load | ratio "
        "| model_dump_json(indent=2) | save | ratio | serializer bytes | ratio | load µs/card |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        journey = generate_map(size, seed=1)
        data = dumps_journey(journey)
        base_load = timed(partial(json_loads_paused, data), args.repeat)
        load = timed(partial(loads_journey, data), args.repeat)
        base_save = timed(partial(journey.model_dump_json, indent=2), args.repeat)
        to_bytes = partial(type(journey).__pydantic_serializer__.to_json, journey, indent=2)
        base_bytes = timed(to_bytes, args.repeat)
        save = timed(partial(dumps_journey, journey), args.repeat)
        print(
            f"| {size:,} | {len(data) / 1e6:.2f} | {cell(base_load)} | {cell(load)} "
            f"| {load['cpu'] / base_load['cpu']:.2f}× | {cell(base_save)} | {cell(save)} "
            f"| {save['cpu'] / base_save['cpu']:.2f}× | {cell(base_bytes)} "
            f"| {save['cpu'] / base_bytes['cpu']:.2f}× | {load['cpu'] / size * 1e6:.1f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
