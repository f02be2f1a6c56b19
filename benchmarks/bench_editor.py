"""Editor benchmark: open big maps to an interactive window, then time single edits.

For 100 / 1,000 / 5,000-card maps (from `generate_maps.generate_map`) it measures

* open: building the document, the scene (layout + one item per group) and the
  window, up to the first painted frame;
* three edits — move a card to another cell, rename a card, change an emotion —
  each pushed on the undo stack like a gesture would, timed until the scene has
  followed the model and the view has repainted; and how many scene items each
  edit touched (added + changed + removed), which should not grow with the map;
* zoom and pan: the time to repaint the viewport after one scroll step (a wheel
  notch down the map) and after one zoom step (Ctrl+= / Ctrl+-), median and worst
  over 20 steps of each. A frame within 16 ms keeps up with a 60 Hz display.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py [--sizes 100,1000,5000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
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
from journeymapper.ui.document import Document  # noqa: E402
from journeymapper.ui.main_window import MainWindow  # noqa: E402


def open_window(n_cards: int) -> tuple[MainWindow, float]:
    journey = generate_map(n_cards, 1)
    start = time.perf_counter()
    window = MainWindow(Document(journey), autosave_ms=3_600_000)
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    window.view.viewport().repaint()
    return window, (time.perf_counter() - start) * 1000


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


def timed_edit(window: MainWindow, clock: EngineClock, make: object, repeat: int) -> dict[str, float]:
    """Median / worst total time (ms) of an edit, the layout engine's share, items touched."""
    times: list[float] = []
    layout: list[float] = []
    touched: list[int] = []
    stack = window.document.undo_stack
    for i in range(repeat):
        command, label = make(i)  # type: ignore[operator]
        clock.spent = 0.0
        start = time.perf_counter()
        window.document.push(command, label)
        QApplication.processEvents()  # Qt repaints just the regions the touched items cover
        times.append((time.perf_counter() - start) * 1000)
        layout.append(clock.spent * 1000)
        touched.append(window.scene.last_update.total)
        stack.undo()
        QApplication.processEvents()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "layout": statistics.median(layout),
        "editor": statistics.median(t - s for t, s in zip(times, layout, strict=True)),
        "touched": statistics.median(touched),
    }


def frame_times(window: MainWindow, step: object, steps: int) -> dict[str, float]:
    """Median / worst time (ms) from a view change to the repainted viewport."""
    times: list[float] = []
    for i in range(steps):
        start = time.perf_counter()
        step(i)  # type: ignore[operator]
        QApplication.processEvents()  # the next frame: Qt paints what the step exposed or moved
        times.append((time.perf_counter() - start) * 1000)
    return {"median": statistics.median(times), "max": max(times)}


def view_steps(window: MainWindow, steps: int = 20) -> dict[str, dict[str, float]]:
    """Pan by wheel notches down the map, then zoom out and back in, from the opening view."""
    view = window.view
    bar = view.verticalScrollBar()
    notch = QApplication.wheelScrollLines() * bar.singleStep()  # what one wheel notch scrolls

    def scroll(i: int) -> None:
        bar.setValue(bar.value() + (notch if i < steps // 2 or bar.value() == 0 else -notch))

    def zoom(i: int) -> None:
        (view.zoom_out if i < steps // 2 else view.zoom_in)()

    start_zoom = view.zoom()
    pan = frame_times(window, scroll, steps)
    zooming = frame_times(window, zoom, steps)
    view.set_zoom(start_zoom)
    bar.setValue(0)
    QApplication.processEvents()
    return {"pan": pan, "zoom": zooming}


def bench(n_cards: int, repeat: int) -> dict[str, object]:
    window, open_ms = open_window(n_cards)
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

    result: dict[str, object] = {
        "cards": n_cards,
        "items": window.scene.item_count(),
        "open_ms": open_ms,
    }
    result.update(view_steps(window))
    clock = EngineClock(window)
    for name, make in (("move", move), ("rename", rename), ("emotion", emotion)):
        result[name] = timed_edit(window, clock, make, repeat)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    create_application()
    rows = [bench(int(n), args.repeat) for n in args.sizes.split(",")]
    print(
        "| cards | scene items | open to first frame | edit | total (median / max) | layout engine "
        "| editor (scene + repaint) | items touched |"
    )
    print("|---:|---:|---:|---|---:|---:|---:|---:|")
    for row in rows:
        for name in ("move", "rename", "emotion"):
            r = row[name]  # type: ignore[index]
            lead = (
                f"| {row['cards']:,} | {row['items']:,} | {row['open_ms']:.0f} ms"
                if name == "move"
                else "| | |"
            )
            print(
                f"{lead} | {name} | {r['median']:.1f} / {r['max']:.1f} ms | {r['layout']:.1f} ms "
                f"| {r['editor']:.1f} ms | {r['touched']:.0f} |"
            )
    print()
    print("| cards | pan step: repaint (median / max) | zoom step: repaint (median / max) |")
    print("|---:|---:|---:|")
    for row in rows:
        pan, zoom = row["pan"], row["zoom"]
        print(
            f"| {row['cards']:,} | {pan['median']:.1f} / {pan['max']:.1f} ms "  # type: ignore[index]
            f"| {zoom['median']:.1f} / {zoom['max']:.1f} ms |"  # type: ignore[index]
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
