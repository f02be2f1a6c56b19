"""Editing on the canvas with real mouse and key events; every check reads the model."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
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
from journeymapper.ui.canvas.inline_editor import CardTitle, NewCard  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings


def _map_with_cards(titles_by_stage: dict[int, list[str]]):
    journey = build_template("5a", "en")
    lane = journey.lanes[1].id
    for stage_index, titles in titles_by_stage.items():
        for title in titles:
            command, _ = edits.add_card(journey, journey.stages[stage_index].id, lane, title)
            command.apply(journey)
    return journey


def test_double_click_cell_types_a_card_enter_next_tab_next_stage(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    journey, view, layout = window.document.journey, window.view, window.scene.layout
    stage0, stage1, lane = journey.stages[0].id, journey.stages[1].id, journey.lanes[1].id
    double_click(view, *centre(layout.cells[(stage0, lane)]))
    editor = view.editor
    assert editor.isVisible() and QApplication.focusWidget() is editor
    QTest.keyClicks(editor, "Sees an ad")
    key(editor, Qt.Key.Key_Return)
    assert [c.title for c in journey.cell(stage0, lane)] == ["Sees an ad"]
    assert editor.isVisible() and editor.context == NewCard(stage0, lane)  # next card, same cell
    QTest.keyClicks(editor, "Reads reviews")
    key(editor, Qt.Key.Key_Tab)
    assert [c.title for c in journey.cell(stage0, lane)] == ["Sees an ad", "Reads reviews"]
    assert editor.context == NewCard(stage1, lane)  # Tab: the next stage
    QTest.keyClicks(editor, "never added")
    key(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert journey.cell(stage1, lane) == []
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    assert [c.title for c in journey.cell(stage0, lane)] == ["Sees an ad"]


def test_drag_card_to_another_stage_is_one_undo_step(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A", "B"], 2: ["C"]})
    window = open_window(qtbot, make_workspace(), journey)
    layout = window.scene.layout
    lane = journey.lanes[1].id
    a = journey.cell(journey.stages[0].id, lane)[0]
    target = layout.cells[(journey.stages[2].id, lane)]
    c_box = layout.cards[journey.cell(journey.stages[2].id, lane)[0].id]
    drag(window.view, centre(layout.cards[a.id]), (target.x + target.w / 2, c_box.y + c_box.h - 2))
    assert (a.stage_id, a.lane_id) == (journey.stages[2].id, lane)
    assert [c.title for c in journey.cell(journey.stages[2].id, lane)] == ["C", "A"]
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert [c.title for c in journey.cell(journey.stages[0].id, lane)] == ["A", "B"]
    assert [c.title for c in journey.cell(journey.stages[2].id, lane)] == ["C"]


def test_drag_several_selected_cards_within_cell_and_rubber_band(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A", "B", "C"]})
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    stage, lane = journey.stages[0].id, journey.lanes[1].id
    a, b, c = journey.cell(stage, lane)
    click(view, *centre(scene.layout.cards[a.id]))
    click(view, *centre(scene.layout.cards[b.id]), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == [a.id, b.id]
    c_box = scene.layout.cards[c.id]
    drag(view, centre(scene.layout.cards[a.id]), (c_box.x + c_box.w / 2, c_box.y + c_box.h - 1))
    assert [x.title for x in journey.cell(stage, lane)] == ["C", "A", "B"]
    assert window.document.undo_stack.count() == 1
    # rubber band from empty space over all three cards
    cell = scene.layout.cells[(stage, lane)]
    scene.clearSelection()
    drag(view, (cell.x + 1, cell.y + 1), (cell.x + cell.w - 2, cell.y + cell.h - 2))
    assert set(scene.selected_card_ids()) == {a.id, b.id, c.id}


def test_f2_edits_title_and_arrow_keys_move_focus(qtbot, tmp_path):
    journey = _map_with_cards({0: ["First"], 1: ["Second"]})
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    first, second = journey.touchpoints
    click(view, *centre(scene.layout.cards[first.id]))
    key(view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [second.id]
    key(view, Qt.Key.Key_F2)
    assert view.editor.isVisible()
    QTest.keyClicks(view.editor, "Renamed")
    key(view.editor, Qt.Key.Key_Return)
    assert second.title == "Renamed"
    window.document.undo_stack.undo()
    assert second.title == "Second"
    # double-click on a card edits too
    double_click(view, *centre(scene.layout.cards[first.id]))
    assert view.editor.isVisible() and view.editor.context == CardTitle(first.id)
    key(view.editor, Qt.Key.Key_Escape)
    assert first.title == "First"


def test_delete_removes_cards_with_pains_and_undo_restores(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A", "B"]})
    card = journey.touchpoints[0]
    command, pain_id = edits.add_pain(touchpoint_id=card.id, text="slow")
    command.apply(journey)
    window = open_window(qtbot, make_workspace(), journey)
    click(window.view, *centre(window.scene.layout.cards[card.id]))
    key(window.view, Qt.Key.Key_Delete)
    assert journey.touchpoint(card.id) is None and journey.pain_points == []
    window.document.undo_stack.undo()
    assert journey.touchpoint(card.id) is not None
    assert [p.id for p in journey.pain_points] == [pain_id]
    assert window.scene.item_for(("card", card.id)) is not None


def test_emotion_keys_follow_the_scale_and_drag_the_point(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A"]})
    window = open_window(qtbot, make_workspace(), journey)
    card = journey.touchpoints[0]
    view = window.view
    click(view, *centre(window.scene.layout.cards[card.id]))
    key(view, Qt.Key.Key_5)
    assert card.emotion is not None and card.emotion.score == journey.emotion_scale.max
    key(view, Qt.Key.Key_1)
    assert card.emotion.score == journey.emotion_scale.min
    key(view, Qt.Key.Key_3)
    assert card.emotion.score == 0
    # drag the point on the curve up to the top of the scale
    layout = window.scene.layout
    x, y = layout.emotion_points[card.id]
    drag(view, (x, y), (x, layout.y_for_score(journey.emotion_scale.max)))
    assert card.emotion.score == journey.emotion_scale.max
    key(view, Qt.Key.Key_0)
    assert card.emotion is None
    assert window.document.undo_stack.count() == 5


def test_pain_point_add_kind_severity_and_votes(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A"]})
    window = open_window(qtbot, make_workspace(), journey)
    view = window.view
    card = journey.touchpoints[0]
    click(view, *centre(window.scene.layout.cards[card.id]))
    key(view, Qt.Key.Key_P)
    assert len(journey.pain_points) == 1
    pain = journey.pain_points[0]
    assert pain.touchpoint_id == card.id
    assert view.editor.isVisible() and view.editor.hasFocus()  # its text is typed in place
    QTest.keyClicks(view.editor, "Slow")
    key(view.editor, Qt.Key.Key_Return)
    assert journey.pain_points[0].text == "Slow"
    kind = pain.kind
    key(view, Qt.Key.Key_K)
    assert journey.pain_points[0].kind != kind
    key(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert journey.pain_points[0].severity == 4
    key(view, Qt.Key.Key_Plus)
    key(view, Qt.Key.Key_Plus)
    key(view, Qt.Key.Key_Minus)
    assert journey.pain_points[0].votes == 1


def test_connect_two_cards_with_c_then_click_and_by_handle(qtbot, tmp_path):
    journey = _map_with_cards({0: ["A"], 1: ["B"], 2: ["C"]})
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    a, b, c = journey.touchpoints
    click(view, *centre(scene.layout.cards[a.id]))
    key(view, Qt.Key.Key_C)
    click(view, *centre(scene.layout.cards[b.id]))
    assert [(x.source, x.target) for x in journey.connections] == [(a.id, b.id)]
    assert scene.item_for(("connection", journey.connections[0].id)) is not None
    # drag from the handle of the selected card onto another card
    click(view, *centre(scene.layout.cards[b.id]))
    handle = scene.handle
    assert handle.isVisible()
    drag(view, (handle.pos().x(), handle.pos().y()), centre(scene.layout.cards[c.id]))
    assert (b.id, c.id) in [(x.source, x.target) for x in journey.connections]


def test_shift_tab_goes_to_the_previous_stage(qtbot):
    window = open_window(qtbot, make_workspace())
    journey, view = window.document.journey, window.view
    lane = journey.lanes[0].id
    window.editor.begin_new_card(journey.stages[0].id, lane)
    QTest.keyClicks(view.editor, "first")
    key(view.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.editor.context == NewCard(journey.stages[-1].id, lane)  # wraps to the last stage
    key(view.editor, Qt.Key.Key_Escape)
    assert [c.title for c in journey.touchpoints] == ["first"]


def test_lane_label_drag_reorders_lanes(qtbot):
    window = open_window(qtbot, make_workspace())
    journey, scene = window.document.journey, window.scene
    names = [lane.name for lane in journey.lanes]
    third = scene.layout.lane_labels[journey.lanes[2].id]
    drag(
        window.view,
        centre(scene.layout.lane_labels[journey.lanes[0].id]),
        (third.x + third.w / 2, third.y + third.h - 3),
    )
    assert [lane.name for lane in journey.lanes][:3] == [names[1], names[2], names[0]]
    assert window.document.undo_stack.count() == 1
