"""The keyboard reaches everything: the cell cursor, inline pain points / opportunities / notes, focus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from ui_helpers import editor_env, key, make_workspace, open_window  # noqa: E402, F401

from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def _window(qtbot):
    return open_window(qtbot, make_workspace(), build_template("5a", "en"))


def test_arrows_reach_empty_cells_other_lanes_and_headers(qtbot):
    window = _window(qtbot)
    view, journey, cursor = window.view, window.document.journey, window.editor.cursor
    stages, lanes = [s.id for s in journey.stages], [lane.id for lane in journey.lanes]
    key(view, Qt.Key.Key_Down)  # first press: the first cell
    assert (cursor.spot.stage_id, cursor.spot.lane_id) == (stages[0], lanes[0])
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Right)
    assert (cursor.spot.stage_id, cursor.spot.lane_id) == (stages[2], lanes[1])
    assert cursor.ring.isVisible()
    key(view, Qt.Key.Key_Return)  # Enter: a new card in the cursor's cell (an empty one)
    QTest.keyClicks(view.editor, "Compares offers")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    card = journey.touchpoints[-1]
    assert (card.title, card.stage_id, card.lane_id) == ("Compares offers", stages[2], lanes[1])
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_N)  # N: also the cursor's cell
    QTest.keyClicks(view.editor, "Lane three")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    assert journey.touchpoints[-1].lane_id == lanes[2]
    # up to the stage header row, F2 renames the stage
    for _ in range(len(lanes) + 2):
        key(view, Qt.Key.Key_Up)
    assert cursor.spot.lane_id is None and cursor.spot.stage_id == stages[2]
    assert window.scene.current_header == ("stage-header", stages[2])
    key(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.editor, "Decide")
    key(view.editor, Qt.Key.Key_Return)
    assert journey.stages[2].name == "Decide"
    # left to the lane label column: F2 renames the lane
    key(view, Qt.Key.Key_Down)
    for _ in range(len(stages) + 1):
        key(view, Qt.Key.Key_Left)
    assert cursor.spot.stage_id is None and cursor.spot.lane_id == lanes[0]
    key(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.editor, "Doing")
    key(view.editor, Qt.Key.Key_Return)
    assert journey.lanes[0].name == "Doing"


def test_up_down_walk_the_cards_of_a_cell_before_leaving_it(qtbot):
    window = _window(qtbot)
    view, journey = window.view, window.document.journey
    key(view, Qt.Key.Key_N)
    for title in ("A", "B", "C"):
        QTest.keyClicks(view.editor, title)
        key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    a, b, c = journey.cell(journey.stages[0].id, journey.lanes[0].id)
    assert window.scene.selected_card_ids() == [c.id]
    key(view, Qt.Key.Key_Up)
    assert window.scene.selected_card_ids() == [b.id]
    key(view, Qt.Key.Key_Up)
    key(view, Qt.Key.Key_Up)  # leaves the cell upwards: the stage header
    assert window.scene.current_header == ("stage-header", journey.stages[0].id)
    key(view, Qt.Key.Key_Down)
    assert window.scene.selected_card_ids() == [a.id]


def test_p_types_the_pain_in_place_enter_commits_escape_takes_it_back(qtbot):
    window = _window(qtbot)
    view, journey, stack = window.view, window.document.journey, window.document.undo_stack
    key(view, Qt.Key.Key_N)
    QTest.keyClicks(view.editor, "Fills the form")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    key(view, Qt.Key.Key_P)
    assert view.editor.hasFocus() and view.editor.context.kind == "pain"
    QTest.keyClicks(view.editor, "Too many fields")
    key(view.editor, Qt.Key.Key_Return)
    assert [p.text for p in journey.pain_points] == ["Too many fields"]
    assert view.hasFocus()  # back on the canvas, not somewhere invisible
    steps = stack.count()
    key(view, Qt.Key.Key_Up)  # the pain's card again
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_P)
    QTest.keyClicks(view.editor, "never mind")
    key(view.editor, Qt.Key.Key_Escape)
    assert [p.text for p in journey.pain_points] == ["Too many fields"]  # Escape: no empty pain left
    assert stack.index() == steps
    # F2 on a selected pain edits its text
    window.scene.select_keys([("pain", journey.pain_points[0].id)])
    key(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.editor, "Far too many fields")
    key(view.editor, Qt.Key.Key_Return)
    assert journey.pain_points[0].text == "Far too many fields"
    stack.undo()
    assert journey.pain_points[0].text == "Too many fields"


def test_o_and_d_type_an_opportunity_and_a_note_in_place(qtbot):
    window = _window(qtbot)
    view, journey = window.view, window.document.journey
    key(view, Qt.Key.Key_N)
    QTest.keyClicks(view.editor, "Sees an ad")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    card = journey.touchpoints[0]
    key(view, Qt.Key.Key_O)
    QTest.keyClicks(view.editor, "Target the ad")
    key(view.editor, Qt.Key.Key_Return)
    assert [(o.text, o.touchpoint_id) for o in journey.opportunities] == [("Target the ad", card.id)]
    window.scene.select_keys([("card", card.id)])
    key(view, Qt.Key.Key_D)
    QTest.keyClicks(view.editor, "Seen on the bus")
    key(view.editor, Qt.Key.Key_Return)
    assert card.description == "Seen on the bus"


def test_escape_in_a_panel_returns_to_the_canvas_and_ctrl_digits_jump(qtbot):
    window = _window(qtbot)
    view = window.view
    key(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: the inspector
    focused = window.focusWidget()
    assert focused is not None and window.inspector_dock.isAncestorOf(focused)
    key(focused, Qt.Key.Key_Escape)
    assert view.hasFocus()
    key(view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # a workbench panel
    focused = window.focusWidget()
    assert focused is not view and any(d.isAncestorOf(focused) for d in window.workbench.docks.values())
    key(focused, Qt.Key.Key_Escape)
    assert view.hasFocus()
    key(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    key(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.hasFocus()


def test_f1_lists_every_shortcut_from_the_actions_themselves(qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication, QDialog

    window = _window(qtbot)
    key(window.view, Qt.Key.Key_F1)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible()
    )
    assert isinstance(dialog, QDialog)
    listed = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            assert any(text in row.split(", ") for row in listed), f"{action.text()} ({text}) missing"
    assert "Ctrl+1" in listed and "P" in listed and "O" in listed
    dialog.close()
