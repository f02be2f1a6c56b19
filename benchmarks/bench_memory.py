"""Where the memory of an open map goes: the file's bytes, the model, the layout, the scene.

Opens a generated map the way a user does — its `.journey` bytes through `load_journey`,
then the editor window (`MainWindow`, shown and painted) — in a fresh process, and
reports after each step the process's resident memory (RSS, what the operating system
counts, C++ included) and its peak (maxrss). With `--traced`, Python's allocations are
traced as well (tracemalloc: two to three times slower), and what is alive after opening
is attributed by the file that allocated it: the model (pydantic, `model/`, the JSON
parser's strings), the layout (`layout/`, `typesetting/`, `routing/`), the editor's
Python side (`ui/`); the rest of the RSS growth is Qt's C++ (scene items, the window,
pixmaps) and the allocator's unreturned free space. Tracing fragments the heap, so take
the RSS from a run without `--traced` and the split of Python objects from a traced one.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--cards 50000] [--traced]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymapper.fileformat import load_journey  # noqa: E402
from journeymapper.ui.app import create_application  # noqa: E402
from journeymapper.ui.document import Document  # noqa: E402
from journeymapper.ui.main_window import MainWindow  # noqa: E402

MB = 1024 * 1024
PARTS = {
    "model": ("pydantic", "/model/", "/fileformat/"),
    "layout": ("/layout/", "/typesetting/", "/routing/"),
    "editor (Python side)": ("/ui/", "PySide6", "shiboken6"),
}


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def attribute(snapshot: tracemalloc.Snapshot) -> dict[str, float]:
    """Live traced memory by part, from the file of each block's allocating frame."""
    parts = dict.fromkeys([*PARTS, "other Python"], 0.0)
    for stat in snapshot.statistics("filename"):
        name = stat.traceback[0].filename
        part = next((p for p, marks in PARTS.items() if any(m in name for m in marks)), "other Python")
        parts[part] += stat.size / MB
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--traced", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--top", type=int, default=0, help="with --traced: the N largest allocating lines")
    args = parser.parse_args()
    app = create_application([])  # kept alive while the window lives
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.journey"
        # Written by another process, so that this one holds nothing of making the map.
        maker = Path(__file__).resolve().parent / "generate_maps.py"
        command = [sys.executable, str(maker), str(args.cards), "-o", str(path), "--seed", "1"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        steps = [("start (Qt, fonts and code loaded)", rss_mb(), peak_mb(), 0.0)]
        if args.traced:
            tracemalloc.start()
        t0, c0 = time.perf_counter(), time.process_time()
        journey = load_journey(path).journey
        steps.append(("file loaded: the model", rss_mb(), peak_mb(), time.process_time() - c0))
        c1 = time.process_time()
        window = MainWindow(Document(journey, path), autosave_ms=3_600_000)
        window.resize(1600, 1000)
        window.show()
        QApplication.processEvents()
        window.view.viewport().repaint()
        cpu = time.process_time() - c1
        wall = time.perf_counter() - t0
        gc.collect()
        steps.append(("editor open: layout, scene, window", rss_mb(), peak_mb(), cpu))
        snapshot = tracemalloc.take_snapshot() if args.traced else None
    print(f"{args.cards:,} cards; open from the file to the first frame: {wall:.1f} s wall")
    print("| step | RSS | growth | peak (maxrss) | CPU |")
    print("|---|---:|---:|---:|---:|")
    previous = steps[0][1]
    for name, rss, peak, cpu in steps:
        print(f"| {name} | {rss:,.0f} MB | +{rss - previous:,.0f} MB | {peak:,.0f} MB | {cpu:.1f} s |")
        previous = rss
    if snapshot is not None:
        traced = attribute(snapshot)
        total = sum(traced.values())
        growth = steps[-1][1] - steps[0][1]
        print(f"\nlive after opening, by who allocated it (tracemalloc, {total:,.0f} MB of Python objects):")
        for part, size in traced.items():
            print(f"  {part:22s} {size:8,.0f} MB")
        own = tracemalloc.get_tracemalloc_memory() / MB
        rest = growth - total - own
        for stat in snapshot.statistics("lineno")[: args.top]:
            frame = stat.traceback[0]
            where = frame.filename.split("/journeymapper/")[-1].split("site-packages/")[-1]
            print(f"    {stat.size / MB:7,.1f} MB {stat.count:>9,} blocks  {where}:{frame.lineno}")
        print(f"  {'tracemalloc itself':22s} {own:8,.0f} MB")
        print(f"  {'C++ and free space':22s} {rest:8,.0f} MB (the rest of the RSS growth, {growth:,.0f} MB;")
        print("  tracing fragments the heap: take the RSS of an untraced run minus the Python figures)")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
