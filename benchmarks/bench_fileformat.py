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
baselines alike, so each starts in the same collector state; the contenders run in turns,
one run each per round, so a busy spell on a shared machine slows them alike.

A file of the current version is read in one pass from its bytes; a 1.0 file (or
anything unusual) goes the careful way: parse, check the envelope, migrate, validate.
The "load of a 1.0 file" column is that careful path on the same map.

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


def timed_together(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, dict[str, float]]:
    """Median / max wall and median CPU time of each function, run in turns.

    Each round runs every contender once, one after the other, so that on a shared
    machine a busy spell slows them alike rather than whichever happened to be running.
    """
    wall: dict[str, list[float]] = {name: [] for name in functions}
    cpu: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            gc.collect()
            w0, c0 = time.perf_counter(), time.process_time()
            function()
            cpu[name].append(time.process_time() - c0)
            wall[name].append(time.perf_counter() - w0)
    return {
        name: {"wall": statistics.median(wall[name]), "max": max(wall[name]), "cpu": statistics.median(cpu[name])}  # noqa: E501
        for name in functions
    }


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
        "| cards | MB | json.loads, GC paused (wall / CPU) | load | ratio | load of a 1.0 file | ratio "
        "| model_dump_json(indent=2) | save | ratio | serializer bytes | ratio | load µs/card |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        journey = generate_map(size, seed=1)
        data = dumps_journey(journey)
        older = data.replace(b'"format_version": "1.1"', b'"format_version": "1.0"', 1)
        t = timed_together(
            {
                "json.loads": partial(json_loads_paused, data),
                "load": partial(loads_journey, data),
                "load 1.0": partial(loads_journey, older),
                "model_dump_json": partial(journey.model_dump_json, indent=2),
                "serializer": partial(type(journey).__pydantic_serializer__.to_json, journey, indent=2),
                "save": partial(dumps_journey, journey),
            },
            args.repeat,
        )

        def ratio(ours: str, base: str, t: dict[str, dict[str, float]] = t) -> str:
            return f"{t[ours]['cpu'] / t[base]['cpu']:.2f}×"

        cells = [f"{size:,}", f"{len(data) / 1e6:.2f}", cell(t["json.loads"]), cell(t["load"])]
        cells += [ratio("load", "json.loads"), cell(t["load 1.0"]), ratio("load 1.0", "json.loads")]
        cells += [cell(t["model_dump_json"]), cell(t["save"]), ratio("save", "model_dump_json")]
        cells += [cell(t["serializer"]), ratio("save", "serializer"), f"{t['load']['cpu'] / size * 1e6:.1f}"]
        print("| " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
