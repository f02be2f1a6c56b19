"""Editor benchmark: open big maps to an interactive window, then time single edits.

For 100 / 1,000 / 5,000 / 10,000-card maps (from `generate_maps.generate_map`) it measures

* open: building the document, the scene (layout + one item per group) and the
  window, up to the first painted frame — against a bare QMainWindow + QGraphicsView
  with as many rect + text items as the map has cards, opened in the same run (the
  goal: ≤ 2× at 1,000 cards; both after a small window of each kind warmed the process
  up, see `warm_up`), and the process's peak memory (maxrss) after opening (so a
  run with several sizes reports the largest so far; run one size for its own figure);
* four edits — a keystroke that makes a row taller (a card in the tallest cell of the
  first lane gets words that wrap onto new lines, so every row below moves), move a
  card to another cell, rename a card, change an emotion —
  each pushed on the undo stack like a gesture would, timed until the scene has
  followed the model and the view has repainted; and how many scene items each
  edit touched (added + changed + removed), which should not grow with the map; the
  recovery copy's snapshot (a timer after edits) is held off while edits are timed and
  measured on its own, and collections of the garbage collector during the edits are
  counted (either used to land in some edit's frame and pass for its cost);
* zoom and pan: the time to repaint the viewport after one scroll step (a wheel
  notch down the map and back) and after one zoom step (Ctrl+= / Ctrl+-), median and
  worst over 20 pan steps at the opening zoom and at 20 %, and over 30 zoom steps
  classed by the zoom they land on (>= 50 %: detail; below: the simplified overview).
  A frame within 16 ms keeps up with a 60 Hz display.

Every time is wall time (median / max) and CPU time of this process (median), so runs on
a shared machine can be judged. Opening the 50,000-card map is a big run, not in the
default sizes (and benchmarks are never part of the test suite):

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py [--sizes 100,1000,5000,10000] [--repeat 15]
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py --open-only --sizes 50000
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py --views-only --sizes 10000 [--overview-zoom Z]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymapper.model import edits  # noqa: E402
from journeymapper.model.commands import MoveCards, UpdateItem  # noqa: E402
from journeymapper.ui.app import create_application  # noqa: E402
from journeymapper.ui.canvas.overview import OVERVIEW_BELOW  # noqa: E402
from journeymapper.ui.canvas.view import ZOOM_SETTLE_MS  # noqa: E402
from journeymapper.ui.document import Document  # noqa: E402
from journeymapper.ui.main_window import MainWindow  # noqa: E402


def settle() -> None:
    """Before either window is timed: nothing pending and the collector in the same state.

    Without it the bare window, opened after the editor's, paid for the editor's leftovers
    (timers such as the Insights panel's analysis, the collector's walks of the editor's
    objects): on main's code its time varied 89-142 ms against 70-73 ms settled. Several
    turns of the event loop: the editor makes its hidden panels and shows its minimap in the
    turn after its first frame, and their layout and paint come in the turns after that.
    """
    for _ in range(3):  # what a window does right after its first frame may post more work
        QApplication.processEvents()
    gc.collect()


def open_window(n_cards: int) -> tuple[MainWindow, float, float]:
    """The editor on a generated map, shown and painted: (window, wall ms, CPU ms)."""
    journey = generate_map(n_cards, 1)
    settle()
    start, cpu = time.perf_counter(), time.process_time()
    window = MainWindow(Document(journey), autosave_ms=3_600_000)
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    window.view.viewport().repaint()
    return window, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def open_bare(n_items: int) -> tuple[float, float]:
    """The baseline: a bare QMainWindow + QGraphicsView with `n_items` rect + text items."""
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMainWindow

    settle()
    start, cpu = time.perf_counter(), time.process_time()
    window = QMainWindow()
    scene = QGraphicsScene(window)
    for i in range(n_items):
        x, y = (i % 40) * 220.0, (i // 40) * 90.0
        scene.addRect(x, y, 200, 80)
        scene.addText(f"Card {i}: a title of a few words").setPos(x + 6, y + 6)
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    view.viewport().repaint()
    wall, used = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return wall, used


def warm_up() -> None:
    """Open and close a small editor window and a small bare window before measuring.

    The first window of a process loads fonts, styles and translations. The editor used to
    be measured first and the bare window after it, so only the editor paid for them; now
    neither does (the figures are what opening a map costs in a running editor).
    """
    window, _, _ = open_window(20)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    open_bare(20)


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class EngineClock:
    """Wraps the scene's layout engine to tell layout time from the editor's own time."""

    def __init__(self, window: MainWindow) -> None:
        self.spent = 0.0
        engine = window.scene.engine
        self._update = engine.update

        def update(changes: object) -> object:
            start = time.perf_counter()
            try:
                return self._update(changes)  # type: ignore[arg-type]
            finally:
                self.spent += time.perf_counter() - start

        engine.update = update  # type: ignore[method-assign]


class CollectorWatch:
    """Collections of the cyclic garbage collector while it watches: how many, the longest (ms)."""

    def __init__(self) -> None:
        self.durations: list[float] = []
        self._started = 0.0
        self.on = False
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if not self.on:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.durations.append((time.perf_counter() - self._started) * 1000)


def recovery_snapshot(window: MainWindow, make: object, repeat: int) -> dict[str, float]:
    """The GUI thread's share of the recovery copy: the snapshot `Autosaver.flush` takes.

    It runs at most once every `FLUSH_MS` after edits, from a timer; the edits below are
    timed with that timer held off, so a snapshot landing inside one edit's frame does not
    pass for the edit's own cost (it made one emotion change at 10,000 cards read 78 ms).
    """
    times: list[tuple[float, float]] = []
    for i in range(repeat):
        command, label = make(i)  # type: ignore[operator]
        window.document.push(command, label)
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        window.autosaver.flush()
        times.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
        window.document.undo_stack.undo()
        QApplication.processEvents()
    window.autosaver.writer.wait()
    return summary(times)


def timed_edit(window: MainWindow, clock: EngineClock, make: object, repeat: int) -> dict[str, float]:
    """Median / worst total time (ms) of an edit, the layout engine's share, items touched."""
    times: list[float] = []
    cpu: list[float] = []
    layout: list[float] = []
    touched: list[int] = []
    stack = window.document.undo_stack
    for i in range(repeat):
        command, label = make(i)  # type: ignore[operator]
        clock.spent = 0.0
        start, cpu_start = time.perf_counter(), time.process_time()
        window.document.push(command, label)
        QApplication.processEvents()  # Qt repaints just the regions the touched items cover
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
        layout.append(clock.spent * 1000)
        touched.append(window.scene.last_update.total)
        stack.undo()
        QApplication.processEvents()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "cpu": statistics.median(cpu),
        "layout": statistics.median(layout),
        "editor": statistics.median(t - s for t, s in zip(times, layout, strict=True)),
        "touched": statistics.median(touched),
    }


def frame_times(step: object, steps: int) -> list[tuple[float, float]]:
    """Wall and CPU time (ms) from each view change to the repainted viewport."""
    times: list[tuple[float, float]] = []
    for i in range(steps):
        start, cpu = time.perf_counter(), time.process_time()
        step(i)  # type: ignore[operator]
        QApplication.processEvents()  # the next frame: Qt paints what the step exposed or moved
        times.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return times


def pause() -> None:
    """Wait as a user would between gestures: the view restores its item caches after zooming."""
    end = time.perf_counter() + (ZOOM_SETTLE_MS + 100) / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def summary(times: list[tuple[float, float]]) -> dict[str, float]:
    """Median and worst wall time, median CPU time."""
    if not times:
        return {}
    wall = [w for w, _ in times]
    return {
        "median": statistics.median(wall),
        "max": max(wall),
        "cpu": statistics.median(c for _, c in times),
    }


def view_steps(
    window: MainWindow, steps: int = 20, overview_zoom: float = 0.2
) -> dict[str, dict[str, float]]:
    """Pan and zoom frames, from the opening view (the map's width fills the window).

    pan: wheel notches down the map and back up, at the opening zoom and at `overview_zoom`
    (20 %: overview), after the first frame there (timed on its own: it starts the overview);
    zoom: Ctrl+= / Ctrl+- steps in and back, then out into overview and back, each classed
    by the zoom it lands on: detail (>= 50 %, every item paints itself) or overview.
    """
    view = window.view
    bar = view.verticalScrollBar()
    start_zoom = view.zoom()
    pause()

    def scroll(i: int) -> None:
        notch = QApplication.wheelScrollLines() * bar.singleStep()  # what one wheel notch scrolls
        bar.setValue(bar.value() + (notch if i < steps // 2 else -notch))

    result = {"pan": summary(frame_times(scroll, steps))}
    result["first overview frame"] = summary(
        frame_times(lambda _i: (view.set_zoom(overview_zoom), bar.setValue(0)), 1)  # not a pan step
    )
    pause()
    result["pan overview"] = summary(frame_times(scroll, steps))
    view.set_zoom(start_zoom)
    bar.setValue(0)
    QApplication.processEvents()
    n = steps // 4  # 5 in and back, then 10 out and back: 30 steps
    plan = [view.zoom_in] * n + [view.zoom_out] * n + [view.zoom_out] * 2 * n + [view.zoom_in] * 2 * n
    detail: list[tuple[float, float]] = []
    overview: list[tuple[float, float]] = []
    for action in plan:
        (frame,) = frame_times(lambda _i, act=action: act(), 1)
        in_overview = view.zoom() * view.devicePixelRatioF() < OVERVIEW_BELOW
        (overview if in_overview else detail).append(frame)
    result["zoom detail"] = summary(detail)
    result["zoom overview"] = summary(overview)
    view.set_zoom(start_zoom)
    pause()
    return result


def bench(
    n_cards: int, repeat: int, open_only: bool = False, views_only: bool = False, overview_zoom: float = 0.2
) -> dict[str, object]:
    window, open_ms, open_cpu = open_window(n_cards)
    opened: dict[str, object] = {
        "cards": n_cards,
        "items": window.scene.item_count(),
        "open_ms": open_ms,
        "open_cpu": open_cpu,
        "memory": peak_memory_mb(),  # before the baseline's window adds its own
    }
    if open_only:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    opened["bare_ms"], opened["bare_cpu"] = open_bare(n_cards)
    if open_only:
        return opened
    journey = window.document.journey
    cards = journey.touchpoints
    scale = journey.emotion_scale
    with_emotion = [c for c in cards if c.emotion is not None]

    def move(i: int) -> tuple[object, str]:
        card = cards[(i * 7919) % len(cards)]
        stages = [s.id for s in journey.stages if s.id != card.stage_id]
        return MoveCards([card.id], stages[i % len(stages)], card.lane_id, 0), "Move card"

    def rename(i: int) -> tuple[object, str]:
        card = cards[(i * 104729) % len(cards)]
        return UpdateItem("touchpoints", card.id, {"title": card.title + " (edited)"}), "Rename"

    def emotion(i: int) -> tuple[object, str]:
        card = with_emotion[(i * 131) % len(with_emotion)]
        score = scale.max if card.emotion.score != scale.max else scale.min
        return edits.set_emotion(journey, card.id, score), "Set emotion"

    lane = journey.lanes[0]
    boxes = window.scene.layout.cards
    tallest = max(
        (s.id for s in journey.stages),
        key=lambda sid: sum(boxes[c.id].h for c in journey.cell(sid, lane.id) if c.id in boxes),
    )
    grower = journey.cell(tallest, lane.id)[0]

    def taller(i: int) -> tuple[object, str]:
        words = " and then the customer asks a long question about it" * (1 + i % 3)
        return UpdateItem("touchpoints", grower.id, {"title": grower.title + words}, mergeable=True), "Typing"

    result = dict(opened)
    result.update(view_steps(window, overview_zoom=overview_zoom))
    if views_only:
        window.document.undo_stack.setClean()
        window.close()
        return result
    clock = EngineClock(window)
    flush = window.autosaver.flush_timer
    flush.stop()
    flush.setInterval(3_600_000)  # held off while edits are timed: measured on its own below
    watch = CollectorWatch()
    watch.on = True
    for name, make in (("taller", taller), ("move", move), ("rename", rename), ("emotion", emotion)):
        result[name] = timed_edit(window, clock, make, repeat)
    watch.on = False
    result["collections"] = watch.durations
    result["snapshot"] = recovery_snapshot(window, rename, repeat)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000,10000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--open-only", action="store_true", help="only open (for the 50,000-card run)")
    parser.add_argument("--views-only", action="store_true", help="only open, pan and zoom (no edits)")
    parser.add_argument(
        "--overview-zoom", type=float, default=0.2, help="the zoom of the overview's pan steps"
    )
    args = parser.parse_args()
    create_application()
    warm_up()
    rows = [
        bench(int(n), args.repeat, args.open_only, args.views_only, args.overview_zoom)
        for n in args.sizes.split(",")
    ]
    print(
        "| cards | scene items | open to first frame (wall / CPU) | bare window, same items | ratio "
        "| peak memory |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['cards']:,} | {row['items']:,} | {row['open_ms']:,.0f} / {row['open_cpu']:,.0f} ms "
            f"| {row['bare_ms']:,.0f} / {row['bare_cpu']:,.0f} ms "
            f"| {row['open_cpu'] / row['bare_cpu']:.1f}× (CPU) "
            f"| {row['memory']:,.0f} MB |"
        )
    if args.open_only:
        return 0
    if args.views_only:
        print_views(rows, args.overview_zoom)
        return 0
    print()
    print(
        "| cards | edit | total, wall median / max | CPU median | layout engine | editor (scene + repaint) "
        "| items touched |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|")
    for row in rows:
        for name in ("taller", "move", "rename", "emotion"):
            r = row[name]  # type: ignore[index]
            lead = f"| {row['cards']:,}" if name == "taller" else "|"
            print(
                f"{lead} | {name} | {r['median']:.1f} / {r['max']:.1f} ms | {r['cpu']:.1f} ms "
                f"| {r['layout']:.1f} ms | {r['editor']:.1f} ms | {r['touched']:.0f} |"
            )
    print()
    print(
        "| cards | collections during the edits (count, longest) "
        "| recovery snapshot after edits (wall / max, CPU) |"
    )
    print("|---:|---:|---:|")
    for row in rows:
        found: list[float] = row["collections"]  # type: ignore[assignment]
        snap: dict[str, float] = row["snapshot"]  # type: ignore[assignment]
        longest = f"{max(found):.1f} ms" if found else "–"
        print(
            f"| {row['cards']:,} | {len(found)}, {longest} "
            f"| {snap['median']:.1f} / {snap['max']:.1f} ms ({snap['cpu']:.1f} CPU) |"
        )
    print_views(rows, args.overview_zoom)
    return 0


def print_views(rows: list[dict[str, object]], overview_zoom: float) -> None:
    print()
    views = ("pan", "first overview frame", "pan overview", "zoom detail", "zoom overview")
    print(
        f"| cards | pan step, opening zoom | first frame at {overview_zoom:.0%} "
        f"| pan step, {overview_zoom:.0%} | zoom step to >= 50 % | zoom step to < 50 % |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        cells = []
        for name in views:
            r = row[name]  # type: ignore[index]
            cells.append(f"{r['median']:.1f} / {r['max']:.1f} ms ({r['cpu']:.1f} CPU)" if r else "–")
        print(f"| {row['cards']:,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())
