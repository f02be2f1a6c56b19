"""Dot voting by keyboard: participants, budget, a round with digits, dots stored per participant."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from ui_helpers import editor_env, key, make_workspace, open_window  # noqa: E402, F401

from journeymapper.fileformat import load_journey  # noqa: E402
from journeymapper.layout.engine import layout_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def _add_participants(window, names):
    panel = window.workshop.voting
    for name in names:
        QTest.keyClicks(panel.name, name)
        key(panel.name, Qt.Key.Key_Return)
    return panel


def test_a_keyboard_voting_round_stores_dots_per_participant(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), tmp_path / "vote.journey")
    view, journey = window.view, window.document.journey
    for title in ("Sees an ad", "Reads reviews"):
        key(view, Qt.Key.Key_N)
        QTest.keyClicks(view.editor, title)
        key(view.editor, Qt.Key.Key_Return)
        key(view.editor, Qt.Key.Key_Escape)
    key(view, Qt.Key.Key_P)
    QTest.keyClicks(view.editor, "Hidden costs")
    key(view.editor, Qt.Key.Key_Return)
    pain = journey.pain_points[0]
    panel = _add_participants(window, ["Ana", "Ben", "Chloe"])
    assert [p.name for p in journey.participants] == ["Ana", "Ben", "Chloe"]
    assert len({p.colour for p in journey.participants}) == 3
    panel.budget.setValue(2)
    assert journey.dot_budget == 2
    view.setFocus()
    key(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.in_round
    window.scene.select_keys([("pain", pain.id)])
    key(view, Qt.Key.Key_1)
    key(view, Qt.Key.Key_1)
    key(view, Qt.Key.Key_1)  # Ana has no dots left: refused
    key(view, Qt.Key.Key_2)
    card = journey.touchpoints[0]
    window.scene.select_keys([("card", card.id)])
    key(view, Qt.Key.Key_3)
    assert card.emotion is None  # digits are dots during a round, not emotions
    ana, ben, chloe = journey.participants
    assert ana.dots == {pain.id: 2} and ben.dots == {pain.id: 1} and chloe.dots == {card.id: 1}
    assert "0 of 2" in panel.participants.item(0).text() and "1 of 2" in panel.participants.item(1).text()
    window.scene.select_keys([("pain", pain.id)])
    key(view, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)  # Ben takes his dot back
    assert ben.dots == {}
    key(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not panel.in_round
    result = [panel.result.item(i).text() for i in range(panel.result.count())]
    assert result[0].startswith("1. Hidden costs") and "2 dots" in result[0]
    assert result[1].startswith("2. Sees an ad") and "1 dot" in result[1]
    # after the round the digits set emotions again
    window.scene.select_keys([("card", card.id)])
    key(view, Qt.Key.Key_5)
    assert card.emotion is not None
    # coloured dots on the canvas and the poster
    assert window.scene.item_for(("vote-dots", pain.id)) is not None
    poster = layout_journey(journey)
    circles = [c for c in poster.groups[("vote-dots", pain.id)].items]
    assert [c.fill for c in circles] == [ana.colour, ana.colour]
    assert window.save()
    saved = load_journey(tmp_path / "vote.journey").journey
    assert [(p.name, p.dots) for p in saved.participants] == [
        ("Ana", {pain.id: 2}),
        ("Ben", {}),
        ("Chloe", {card.id: 1}),
    ]


def test_undo_takes_back_a_dot_and_the_dots_follow_their_card(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, journey = window.view, window.document.journey
    key(view, Qt.Key.Key_N)
    QTest.keyClicks(view.editor, "Calls support")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    panel = _add_participants(window, ["Ana"])
    view.setFocus()
    panel.set_round(True)
    card = journey.touchpoints[0]
    key(view, Qt.Key.Key_1)
    assert journey.participants[0].dots == {card.id: 1}
    before = window.scene.item_for(("vote-dots", card.id)).box()
    key(view, Qt.Key.Key_Right)  # the cursor moves; the card stays selected? no: move the card instead
    window.scene.select_keys([("card", card.id)])
    window.editor.move_cards([card.id], journey.stages[1].id, card.lane_id, 0)
    after = window.scene.item_for(("vote-dots", card.id)).box()
    assert after.x() > before.x()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert journey.participants[0].dots == {}
    assert window.scene.item_for(("vote-dots", card.id)) is None
