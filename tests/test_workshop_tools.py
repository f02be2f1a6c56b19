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


def test_parking_lot_parks_ideas_and_places_them_by_keyboard(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), tmp_path / "lot.journey")
    view, journey = window.view, window.document.journey
    panel = window.workshop.parking
    key(view, Qt.Key.Key_3, CTRL)  # Ctrl+digits reach the workshop panels too
    panel_dock = window.workshop.parking_dock
    number = 2 + window.panel_focus.docks.index(panel_dock)
    key(window.focusWidget(), getattr(Qt.Key, f"Key_{number}"), CTRL)
    assert panel.entry.hasFocus()
    for idea in ("Loyalty programme", "Chat bot"):
        QTest.keyClicks(panel.entry, idea)
        key(panel.entry, Qt.Key.Key_Return)
    assert [i.text for i in journey.parking_lot] == ["Loyalty programme", "Chat bot"]
    key(panel.entry, Qt.Key.Key_Escape)  # back to the map
    assert view.hasFocus()
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Right)  # the cursor: stage 2, lane 1
    key(view, Qt.Key.Key_1, CTRL)
    key(window.focusWidget(), getattr(Qt.Key, f"Key_{number}"), CTRL)
    panel.ideas.setFocus()
    key(panel.ideas, Qt.Key.Key_Down)  # the second idea
    key(panel.ideas, Qt.Key.Key_Return)
    assert [i.text for i in journey.parking_lot] == ["Loyalty programme"]
    card = journey.touchpoints[-1]
    assert (card.title, card.stage_id, card.lane_id) == (
        "Chat bot",
        journey.stages[1].id,
        journey.lanes[0].id,
    )
    window.document.undo_stack.undo()  # one step: the idea is back, the card gone
    assert len(journey.parking_lot) == 2 and journey.touchpoints == []
    window.document.undo_stack.redo()
    # a card goes to the lot with Shift+P
    view.setFocus()
    window.scene.select_keys([("card", card.id)])
    key(view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert journey.touchpoints == [] and [i.text for i in journey.parking_lot] == [
        "Loyalty programme",
        "Chat bot",
    ]
    assert window.save()
    from journeymapper.fileformat import load_journey

    assert [i.text for i in load_journey(tmp_path / "lot.journey").journey.parking_lot] == [
        "Loyalty programme",
        "Chat bot",
    ]


def test_highlight_filter_dims_the_cards_that_do_not_match(qtbot):
    from journeymapper.model.entities import PainPoint, Touchpoint

    journey = build_template("5a", "en")
    s, lane = journey.stages[0].id, journey.lanes[0].id
    journey.touchpoints += [
        Touchpoint(
            id="tp-a", stage_id=s, lane_id=lane, title="Web", channel="web", owner="Shop", tags=["Sam"]
        ),
        Touchpoint(
            id="tp-b", stage_id=s, lane_id=lane, order=1, title="Call", channel="phone", evidence="observed"
        ),
    ]
    journey.pain_points.append(PainPoint(id="pp-b", touchpoint_id="tp-b", text="Waits"))
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    key(view, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    combo = window.workshop.filter.field
    assert combo.hasFocus()
    key(combo, Qt.Key.Key_Down)  # Channel
    values = window.workshop.filter.value
    values.setFocus()
    assert [values.itemText(i) for i in range(values.count())] == ["Web", "Phone"]
    card_a, card_b = scene.item_for(("card", "tp-a")), scene.item_for(("card", "tp-b"))
    assert card_a.opacity() == 1.0 and card_b.opacity() < 0.5
    assert scene.item_for(("pain", "pp-b")).opacity() < 0.5
    key(values, Qt.Key.Key_Down)  # Phone
    assert card_a.opacity() < 0.5 and card_b.opacity() == 1.0
    combo.setFocus()
    for _ in range(2):
        key(combo, Qt.Key.Key_Down)  # Owner, then Evidence
    QTest.keyClicks(values, "Obs")  # type-ahead picks "Observed"
    assert window.workshop.filter.active() == ("evidence", "observed")
    assert card_a.opacity() < 0.5 and card_b.opacity() == 1.0
    key(combo, Qt.Key.Key_Down)  # Persona: cards tagged with the persona's name
    combo.setCurrentIndex(0)  # Show all cards
    assert card_a.opacity() == 1.0 and card_b.opacity() == 1.0


def test_timer_counts_down_in_the_corner_and_signals_the_end(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, timer = window.view, window.workshop.timer
    timer.set_duration(1.0)
    key(view, Qt.Key.Key_T, CTRL)
    assert timer.running and timer.label.isVisible()
    label = timer.label.geometry()
    assert label.right() > view.viewport().width() * 0.7 and label.top() < 40  # top-right corner
    with qtbot.waitSignal(timer.finished, timeout=4000):
        pass
    assert timer.done and timer.label.text() == "Time is up"
    assert "Time is up" in window.statusBar().currentMessage()
    key(view, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)  # reset
    assert not timer.done and timer.label.text().startswith("0:01")
    key(view, Qt.Key.Key_T, CTRL)
    key(view, Qt.Key.Key_T, CTRL)  # pause
    assert not timer.running and "paused" in timer.label.text()
    key(view, Qt.Key.Key_F5)  # visible in the presentation view too
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert timer.label.isVisible() and timer.label.geometry().right() > view.viewport().width() * 0.7
    key(view, Qt.Key.Key_Escape)


def test_an_idea_dragged_from_the_lot_onto_the_map_becomes_a_card_where_it_is_dropped(qtbot, tmp_path):
    """The drag carries the idea (what Qt's list hands its drag); the window gets the drop,
    since the canvas leaves drops to it: between a cell's first and second card the idea
    becomes the second card, in one undo step; over a panel nothing happens."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from journeymapper.fileformat import load_journey
    from journeymapper.resources import resource
    from journeymapper.ui.workshop.parking import IDEA_MIME

    shop = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    window = open_window(qtbot, make_workspace(), shop, tmp_path / "shop.journey")
    journey, panel = window.document.journey, window.workshop.parking
    panel.entry.setFocus()
    QTest.keyClicks(panel.entry, "Gift wrapping")
    key(panel.entry, Qt.Key.Key_Return)
    idea = journey.parking_lot[-1]
    data = panel.ideas.mimeData([panel.ideas.item(len(journey.parking_lot) - 1)])
    assert bytes(data.data(IDEA_MIME).data()).decode() == idea.id and data.text() == "Gift wrapping"

    stage_id, lane_id = next(
        (s.id, ln.id) for s in journey.stages for ln in journey.lanes if len(journey.cell(s.id, ln.id)) >= 2
    )
    before = [c.id for c in journey.cell(stage_id, lane_id)]
    first = window.scene.item_for(("card", before[0])).sceneBoundingRect()
    second = window.scene.item_for(("card", before[1])).sceneBoundingRect()
    aim = QPointF(first.center().x(), (first.bottom() + second.top()) / 2)
    window.view.centerOn(aim)
    QApplication.processEvents()
    at = window.view.viewport().mapTo(window, window.view.mapFromScene(aim))
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def drag_to(point: QPoint) -> bool:
        enter = QDragEnterEvent(point, actions, data, buttons, mods)
        QApplication.sendEvent(window, enter)
        move = QDragMoveEvent(point, actions, data, buttons, mods)
        QApplication.sendEvent(window, move)
        return enter.isAccepted() and move.isAccepted()

    dock = window.workshop.parking_dock
    over_panel = dock.mapTo(window, dock.rect().center())
    assert not drag_to(over_panel)
    drop = QDropEvent(QPointF(over_panel), actions, data, buttons, mods)
    QApplication.sendEvent(window, drop)
    assert not drop.isAccepted() and journey.parking_lot[-1].id == idea.id

    assert drag_to(at)
    assert window.scene.drop_indicator.cell.isVisible()  # the cell lights up, as for a card
    steps = window.document.undo_stack.count()
    drop = QDropEvent(QPointF(at), actions, data, buttons, mods)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    after = journey.cell(stage_id, lane_id)
    assert after[1].title == "Gift wrapping"
    assert [c.id for c in after if c.id in before] == before
    assert idea.id not in {i.id for i in journey.parking_lot}
    assert not window.scene.drop_indicator.cell.isVisible()
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert [c.id for c in journey.cell(stage_id, lane_id)] == before and journey.parking_lot[-1].id == idea.id
    window.document.undo_stack.redo()
    assert window.save()
    saved = load_journey(tmp_path / "shop.journey").journey
    assert [c.title for c in saved.cell(stage_id, lane_id)][1] == "Gift wrapping"
