"""Stages, lanes, the clipboard, the inspector, and how little the scene redraws per edit."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402
from ui_helpers import (  # noqa: E402
    centre,
    click,
    double_click,
    drag,
    editor_env,  # noqa: E402, F401  (fixture)
    key,
    make_workspace,
    open_window,
)

from journeymapper.model import edits  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.canvas.inline_editor import HeaderName  # noqa: E402
from journeymapper.ui.clipboard import MIME_TYPE  # noqa: E402
from journeymapper.ui.inspector import form_row_widget  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings


def _journey_with(titles: list[str], stage: int = 0, lane: int = 1):
    journey = build_template("5a", "en")
    for title in titles:
        command, _ = edits.add_card(journey, journey.stages[stage].id, journey.lanes[lane].id, title)
        command.apply(journey)
    return journey


def test_add_rename_and_reorder_stages(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    journey, scene, view = window.document.journey, window.scene, window.view
    names = [s.name for s in journey.stages]
    # click the second stage's header, add a stage after it, type its name
    click(view, *centre(scene.layout.stage_headers[journey.stages[1].id]))
    window.editor_actions["add_stage"].trigger()
    assert len(journey.stages) == 6 and view.editor.isVisible()
    QTest.keyClicks(view.editor, "Compare")
    key(view.editor, Qt.Key.Key_Return)
    assert [s.name for s in journey.stages] == names[:2] + ["Compare"] + names[2:]
    # rename by double-clicking a header
    first = journey.stages[0]
    double_click(view, *centre(scene.layout.stage_headers[first.id]))
    assert view.editor.context == HeaderName("stages", first.id)
    view.editor.selectAll()
    QTest.keyClicks(view.editor, "Discover")
    key(view.editor, Qt.Key.Key_Return)
    assert first.name == "Discover"
    # drag the first header past the third
    third = scene.layout.stage_headers[journey.stages[2].id]
    drag(view, centre(scene.layout.stage_headers[first.id]), (third.x + third.w - 4, third.y + third.h / 2))
    assert [s.name for s in journey.stages][:3] == [names[1], "Compare", "Discover"]
    stack = window.document.undo_stack
    assert stack.count() == 4  # add, name, rename, reorder
    stack.undo()
    assert journey.stages[0].name == "Discover"


def test_add_delete_and_collapse_lane(qtbot, tmp_path):
    journey = _journey_with(["keep me"])
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    lane = journey.lanes[1]
    click(view, *centre(scene.layout.lane_labels[lane.id]))
    key(view, Qt.Key.Key_L)
    assert lane.collapsed
    key(view, Qt.Key.Key_L)
    assert not lane.collapsed
    window.editor_actions["add_lane"].trigger()
    QTest.keyClicks(view.editor, "Feelings")
    key(view.editor, Qt.Key.Key_Return)
    assert journey.lanes[2].name == "Feelings"
    click(view, *centre(scene.layout.lane_labels[lane.id]))
    key(view, Qt.Key.Key_Delete)
    assert journey.lane(lane.id) is None and journey.touchpoints == []
    window.document.undo_stack.undo()
    assert journey.lane(lane.id) is not None and [c.title for c in journey.touchpoints] == ["keep me"]


def test_copy_paste_within_and_between_windows(qtbot, tmp_path):
    journey = _journey_with(["Alpha", "Beta"])
    command, _ = edits.add_pain(touchpoint_id=journey.touchpoints[0].id, text="hurts")
    command.apply(journey)
    workspace = make_workspace()
    first = open_window(qtbot, workspace, journey)
    a, b = journey.touchpoints
    click(first.view, *centre(first.scene.layout.cards[a.id]))
    click(first.view, *centre(first.scene.layout.cards[b.id]), Qt.KeyboardModifier.ControlModifier)
    key(first.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE) and mime.text() == "Alpha\nBeta"
    key(first.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in journey.cell(a.stage_id, a.lane_id)] == ["Alpha", "Beta", "Alpha", "Beta"]
    assert len(journey.pain_points) == 2 and first.document.undo_stack.count() == 1
    # into another window, on another map
    other = build_template("blueprint", "en")
    second = open_window(qtbot, workspace, other)
    target = (other.stages[1].id, other.lanes[0].id)
    click(second.view, *centre(second.scene.layout.cells[target]))
    key(second.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in other.cell(*target)] == ["Alpha", "Beta"]
    assert [p.text for p in other.pain_points] == ["hurts"]
    # plain text from another program becomes one card per line
    QGuiApplication.clipboard().setText("One\nTwo\n")
    key(second.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(other.touchpoints) == 4
    # duplicate and cut
    second.scene.select_keys([("card", other.touchpoints[0].id)])
    key(second.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(other.touchpoints) == 5
    key(second.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert len(other.touchpoints) == 4


def test_rename_touches_only_the_card(qtbot, tmp_path):
    journey = _journey_with([f"card {i}" for i in range(30)], stage=0)
    for i in range(30):
        command, _ = edits.add_card(journey, journey.stages[2].id, journey.lanes[0].id, f"other {i}")
        command.apply(journey)
    window = open_window(qtbot, make_workspace(), journey)
    scene = window.scene
    items_before = scene.item_count()
    target = journey.touchpoints[5]
    item = scene.item_for(("card", target.id))
    window.document.push(edits.rename("touchpoints", target.id, "card 5!", "title"), "Rename")
    assert scene.last_update.total == 1 and scene.last_update.changed == 1
    assert scene.item_for(("card", target.id)) is item  # the same item, updated in place
    assert scene.item_count() == items_before


def test_inspector_edits_commit_through_undo_and_merge(qtbot, tmp_path):
    journey = _journey_with(["Card"])
    window = open_window(qtbot, make_workspace(), journey)
    card = journey.touchpoints[0]
    click(window.view, *centre(window.scene.layout.cards[card.id]))
    form = window.inspector.forms["touchpoints"]
    title = form_row_widget(form, "Title:")
    assert isinstance(title, QLineEdit) and title.text() == "Card"
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Better title")
    assert card.title == "Card"  # nothing until editing is finished
    key(title, Qt.Key.Key_Return)
    assert card.title == "Better title"
    description = form_row_widget(form, "Description:")
    description.setFocus()
    QTest.keyClicks(description, "typed")
    assert card.description == "typed"
    stack = window.document.undo_stack
    assert stack.count() == 2  # the title, and one merged step for the typing
    stack.undo()
    assert card.description == "" and description.toPlainText() == ""  # refreshed without echo
    assert stack.count() == 2 and stack.index() == 1
    # the model changing from the canvas shows up in the form
    window.view.setFocus()
    window.scene.select_keys([("card", card.id)])
    key(window.view, Qt.Key.Key_4)
    emotion = form_row_widget(form, "Emotion:")
    assert emotion.currentData() == 1


def test_context_menu_on_card_offers_pain_point(qtbot, tmp_path):
    journey = _journey_with(["Card"])
    window = open_window(qtbot, make_workspace(), journey)
    card = journey.touchpoints[0]
    window.scene.select_keys([("card", card.id)])
    menu = window.menus.build(("card", card.id), (card.stage_id, card.lane_id))
    add_pain = next(a for a in menu.actions() if a.text() == window.editor_actions["add_pain"].text())
    add_pain.trigger()
    assert [p.touchpoint_id for p in journey.pain_points] == [card.id]
    stage_menu = window.menus.build(("stage-header", journey.stages[0].id), None)
    assert any("Delete Stage" in a.text() for a in stage_menu.actions())


def test_zoom_and_pan(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace(), _journey_with(["x"]))
    view = window.view
    key(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoom() - 1.0) < 1e-6
    key(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1.2
    key(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoom() - 1.0) < 1e-6
    view.set_zoom(2.0)
    viewport = view.viewport()
    centre_px = viewport.rect().center()
    # middle-button drag pans
    bar = view.horizontalScrollBar()
    start = bar.value()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, centre_px)
    QTest.mouseMove(viewport, centre_px + QPoint(-100, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, centre_px + QPoint(-100, 0)
    )
    assert bar.value() == start + 100
    # Space + left drag pans too, and does not start a rubber band
    vbar = view.verticalScrollBar()
    vstart = vbar.value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px)
    QTest.mouseMove(viewport, centre_px + QPoint(0, -80))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px + QPoint(0, -80)
    )
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert vbar.value() == vstart + 80 and window.scene.selectedItems() == []
    # Ctrl + wheel zooms
    before = view.zoom()
    wheel = QWheelEvent(
        QPointF(centre_px),
        QPointF(viewport.mapToGlobal(centre_px)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom() > before
    # sticky stage headers: scroll down, headers stay at the top of the view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    header = window.scene.item_for(("stage-header", window.document.journey.stages[0].id))
    assert header.pos().y() >= view.visible_scene_rect().top() - 1
    window.editor_actions["zoom_fit"].trigger()
    assert view.zoom() < 1.0
