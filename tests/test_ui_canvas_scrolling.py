"""Scrolling repaints only what it must, and what is on screen stays right.

Qt scrolls the viewport by moving pixels and repaints only the strip that came into
view plus what the view invalidates (the stuck headers and labels). These tests pan
with the scroll bars in wheel-sized steps, letting Qt paint incrementally after each,
then compare the window's backing store (what the user sees) with a fresh paint of the
same view: any stale strip (a header dragged along by the blit, a label column not
repainted) shows up as a difference.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from test_ui_large_maps import big_map  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

pytestmark = pytest.mark.usefixtures("editor_env")


def on_screen(view) -> QImage:
    """The viewport's pixels as last painted (the offscreen platform's backing store)."""
    port = view.viewport()
    top_left = port.mapTo(port.window(), QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(port.window().winId(), top_left.x(), top_left.y(), port.width(), port.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def fresh(view) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_rows(a: QImage, b: QImage, skip: QRect) -> list[int]:
    """Rows with a pixel that differs by more than antialiasing noise (outside `skip`)."""
    rows = []
    for y in range(0, min(a.height(), b.height()), 2):
        for x in range(0, min(a.width(), b.width()), 3):
            if skip.contains(x, y):
                continue
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((pa >> s) & 255) - ((pb >> s) & 255)) > 40 for s in (0, 8, 16)):
                rows.append(y)
                break
    return rows


@pytest.mark.parametrize("zoom", [1.0, 0.3])
def test_panning_in_steps_leaves_the_same_picture_as_a_fresh_paint(qtbot, zoom):
    window = open_window(qtbot, make_workspace(), big_map(per_cell=8))
    window.resize(1100, 760)
    view = window.view
    view.set_zoom(zoom)
    qtbot.wait(500)  # the item caches return after the zoom step
    # the minimap is a child of the viewport that moves back after each step: not compared
    minimap = window.findChild(QWidget, "minimap")
    skip = minimap.geometry() if minimap is not None and minimap.isVisible() else QRect()
    v, h = view.verticalScrollBar(), view.horizontalScrollBar()
    notch = QApplication.wheelScrollLines() * v.singleStep()
    down, right, up, back = [(0, notch)] * 6, [(notch, 0)] * 3, [(0, -notch)] * 2, [(-notch, notch)] * 2
    moves = down + right + up + back + up
    for dx, dy in moves:
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        QApplication.processEvents()  # Qt paints what the step exposed or invalidated
        assert differing_rows(on_screen(view), fresh(view), skip) == [], (dx, dy, h.value(), v.value())


def test_edits_under_the_stuck_headers_leave_the_same_picture_as_a_fresh_paint(qtbot):
    """An edit repaints a stuck strip only when what it shows changed: the strips stay right.

    Scrolled down and right, so the header row and the label column both stick: renaming
    a stage and a lane changes what they show, a longer stage description makes the
    header row taller, and a card move changes nothing there.
    """
    from journeymapper.model.commands import MoveCards, UpdateItem

    window = open_window(qtbot, make_workspace(), big_map(per_cell=8))
    window.resize(1100, 760)
    view = window.view
    view.set_zoom(0.8)
    qtbot.wait(500)
    minimap = window.findChild(QWidget, "minimap")
    skip = minimap.geometry() if minimap is not None and minimap.isVisible() else QRect()
    v, h = view.verticalScrollBar(), view.horizontalScrollBar()
    v.setValue(v.maximum() // 3)
    h.setValue(h.maximum() // 3)
    QApplication.processEvents()
    journey = window.document.journey
    stage, lane = journey.stages[1], journey.lanes[1]
    card = journey.touchpoints[0]
    edits = [
        UpdateItem("stages", stage.id, {"name": "A stage renamed while stuck"}),
        UpdateItem("lanes", lane.id, {"name": "A lane renamed while stuck"}),
        UpdateItem("stages", stage.id, {"description": "Much longer words " * 12}),
        MoveCards([card.id], journey.stages[2].id, card.lane_id, 0),
    ]
    for command in edits:
        assert window.document.push(command, "Edit")
        QApplication.processEvents()
        assert differing_rows(on_screen(view), fresh(view), skip) == [], command.label
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
        QApplication.processEvents()
        assert differing_rows(on_screen(view), fresh(view), skip) == []
