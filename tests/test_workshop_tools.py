"""Workshop tools by keyboard: quick capture, parking lot, highlight filters, timer."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_helpers import editor_env, key, make_workspace, open_window  # noqa: E402, F401

from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.workshop.capture import capture_lines  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
CTRL = Qt.KeyboardModifier.ControlModifier


def _dialog(qtbot, name: str):
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget())
    )
    return dialog


def test_capture_lines_strip_bullets_and_blank_lines():
    assert capture_lines("- Ad on TV\n\n• Friend tells\n3. Compares\n12) Buys\n  plain  ") == [
        "Ad on TV",
        "Friend tells",
        "Compares",
        "Buys",
        "plain",
    ]


def test_quick_capture_types_and_pastes_lines_into_the_cursors_cell_as_one_step(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, journey, stack = window.view, window.document.journey, window.document.undo_stack
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Right)  # stage 2, lane 2
    stage, lane = journey.stages[1].id, journey.lanes[1].id
    key(view, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, "quickCapture")
    assert dialog.text.hasFocus() and dialog.lane_id() == lane
    for line in ("Compares prices", "Asks a friend"):
        QTest.keyClicks(dialog.text, line)
        key(dialog.text, Qt.Key.Key_Return)
    QApplication.clipboard().setText("- Reads reviews\n- Visits the shop\n\n- Checks delivery\n")
    key(dialog.text, Qt.Key.Key_V, CTRL)
    steps = stack.count()
    key(dialog.text, Qt.Key.Key_Return, CTRL)
    titles = [c.title for c in journey.cell(stage, lane)]
    assert titles == [
        "Compares prices",
        "Asks a friend",
        "Reads reviews",
        "Visits the shop",
        "Checks delivery",
    ]
    assert stack.count() == steps + 1  # one undo step
    assert len(window.scene.selected_card_ids()) == 5
    qtbot.waitUntil(view.hasFocus)  # back on the map
    last = window.scene.layout.cards[journey.cell(stage, lane)[-1].id]
    assert view.visible_scene_rect().intersects(QRectF(last.x, last.y, last.w, last.h))  # scrolled into view
    stack.undo()
    assert journey.cell(stage, lane) == []


def test_quick_capture_into_a_chosen_lane(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, journey = window.view, window.document.journey
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, "quickCapture")
    QTest.keyClicks(dialog.text, "Thinks it is pricey")
    dialog.lane.setFocus()
    key(dialog.lane, Qt.Key.Key_Down)
    key(dialog.lane, Qt.Key.Key_Down)
    chosen = dialog.lane_id()
    assert chosen == journey.lanes[2].id
    dialog.text.setFocus()
    key(dialog.text, Qt.Key.Key_Return, CTRL)
    assert [c.title for c in journey.cell(journey.stages[0].id, chosen)] == ["Thinks it is pricey"]
    qtbot.waitUntil(view.hasFocus)
    key(view, Qt.Key.Key_K, CTRL)
    dialog = _dialog(qtbot, "quickCapture")
    QTest.keyClicks(dialog.text, "never mind")
    key(dialog.text, Qt.Key.Key_Escape)
    assert len(journey.touchpoints) == 1
    qtbot.waitUntil(view.hasFocus)
