"""What an edit costs the GUI thread for crash recovery: the snapshot taken after each burst of edits.

Every committed edit reaches the recovery folder within a second (`ui/autosave.py`). The GUI
thread takes a snapshot (`recovery_bytes`: the bytes a save writes, one pydantic serializer pass)
and a worker thread writes it (temporary file, fsync, rename). The fair baseline is what a
save does for the same map in the same run: `dumps_journey` (the canonical, indented form) —
what the recovery copy cost the GUI thread before, plus the write it also did there.

    python benchmarks/bench_recovery.py [--sizes 500,5000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402

from journeymapper.fileformat import dumps_journey, write_atomically  # noqa: E402
from journeymapper.ui.autosave import recovery_bytes  # noqa: E402


def timed(function, repeat: int) -> tuple[float, float, float]:
    """(median wall ms, max wall ms, median CPU ms) with the collector in its normal state."""
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp())
    print("| cards | GUI-thread snapshot | max | CPU | baseline (save encoding + write) | max | ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        journey = generate_map(size)
        snap = timed(lambda j=journey: recovery_bytes(j), args.repeat)
        base = timed(
            lambda j=journey: write_atomically(folder / "base.journey", dumps_journey(j)), args.repeat
        )
        print(
            f"| {size:,} | {snap[0]:.0f} ms | {snap[1]:.0f} ms | {snap[2]:.0f} ms | "
            f"{base[0]:.0f} ms | {base[1]:.0f} ms | {base[0] / snap[0]:.1f}× less |"
        )
    for name in os.listdir(folder):
        os.unlink(folder / name)
    os.rmdir(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
