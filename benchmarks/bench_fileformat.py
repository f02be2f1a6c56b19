"""Load and save of .journey files against plain json.loads / json.dumps of the same bytes.

Run:  .venv/bin/python benchmarks/bench_fileformat.py [--sizes 100 1000 10000] [--repeat 7]

Goal at 10,000 cards: load (parse + migrate + validate + integrity) ≤ 2.5× json.loads;
save (model → deterministic bytes) ≤ 2× json.dumps(indent=2); cost linear in size.
Each figure is the best of --repeat runs, baseline and ours measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402

from journeymapper.fileformat import dumps_journey, loads_journey  # noqa: E402


def best_of(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"{'cards':>7} {'MB':>6} | {'json.loads':>10} {'load':>8} {'ratio':>6} | "
          f"{'json.dumps':>10} {'save':>8} {'ratio':>6} | {'load µs/card':>12}")
    for size in args.sizes:
        journey = generate_map(size, seed=1)
        data = dumps_journey(journey)
        plain = json.loads(data)
        # partial binds this size's data now (best_of calls it at once anyway).
        baseline_load = best_of(partial(json.loads, data), args.repeat)
        ours_load = best_of(partial(loads_journey, data), args.repeat)
        baseline_save = best_of(partial(json.dumps, plain, indent=2, ensure_ascii=False), args.repeat)
        ours_save = best_of(partial(dumps_journey, journey), args.repeat)
        print(f"{size:>7} {len(data) / 1e6:>6.2f} | {baseline_load * 1e3:>8.1f}ms {ours_load * 1e3:>6.1f}ms "
              f"{ours_load / baseline_load:>5.2f}× | {baseline_save * 1e3:>8.1f}ms {ours_save * 1e3:>6.1f}ms "
              f"{ours_save / baseline_save:>5.2f}× | {ours_load / size * 1e6:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
