"""The keyboard-only workshop: a whole session run without one mouse event, then the file checked.

From the 5 A template: 15 cards over three lanes with an emotion each, 5 pain points with
their texts, a stage renamed, a dot-voting round with three participants, a quick capture
of 5 lines, the presentation view entered and left — then Ctrl+S and the saved file is
read back and checked field by field.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401

from journeymapper.fileformat import load_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.GraphicsSceneMousePress,
    QEvent.Type.GraphicsSceneMouseRelease,
    QEvent.Type.GraphicsSceneMouseDoubleClick,
}

# lane index → [(title, emotion key)] — 15 cards over three lanes
CARDS = {
    0: [
        ("Sees a poster", 4),
        ("Asks a friend", 3),
        ("Visits the website", 4),
        ("Compares plans", 2),
        ("Signs up", 5),
    ],
    1: [("Poster", 3), ("Website", 4), ("Call centre", 1), ("Mobile app", 5), ("Email", 3)],
    2: [
        ("Is this for me?", 3),
        ("Too many options", 2),
        ("Finally!", 5),
        ("Why so slow?", 1),
        ("Worth it", 4),
    ],
}
PAINS = ["Hard to read", "Long wait", "Hidden fees", "App crashes", "Spam emails"]
CAPTURE = ["Loyalty points", "Referral bonus", "Onboarding call", "Price calculator", "Live chat"]


class MouseGuard(QObject):
    """Counts every mouse event the application sees."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type()} on {type(watched).__name__}")
        return False


def keys(*sequence) -> None:
    """Press keys on whatever has focus now, like a person at the keyboard."""
    for item in sequence:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        if isinstance(item, str):
            QTest.keyClicks(widget, item)
        elif isinstance(item, tuple):
            QTest.keyClick(widget, item[0], item[1])
        else:
            QTest.keyClick(widget, item)


def test_a_whole_workshop_by_keyboard_only(qtbot, tmp_path):
    path = tmp_path / "workshop.journey"
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), path)
    guard = MouseGuard()
    QApplication.instance().installEventFilter(guard)
    try:
        _run_workshop(qtbot, window)
    finally:
        QApplication.instance().removeEventFilter(guard)
    assert guard.seen == [], f"mouse events during the workshop: {guard.seen[:5]}"
    _check_saved_file(path)


def _run_workshop(qtbot, window) -> None:
    view = window.view
    journey = window.document.journey
    qtbot.waitUntil(view.hasFocus)
    # 15 cards: one lane at a time, each card in its own stage, with its emotion
    keys(K.Key_Down)  # the cursor appears on the first cell
    for lane, cards in CARDS.items():
        for index, (title, emotion) in enumerate(cards):
            keys(K.Key_Return, title, K.Key_Return, K.Key_Escape)  # Enter: card in the cursor's cell
            keys(getattr(K, f"Key_{emotion}"))
            if index < len(cards) - 1:
                keys(K.Key_Right)
        if lane < 2:
            keys(K.Key_Down, *[K.Key_Left] * 4)
    assert len(journey.touchpoints) == 15
    # 5 pain points, typed in place, on the cards of the first lane
    keys(K.Key_Up, K.Key_Up, *[K.Key_Left] * 4)  # first lane, first stage
    for index, text in enumerate(PAINS):
        keys(K.Key_P, text, K.Key_Return)
        keys(K.Key_Up)  # from the pain back to its card
        if index < len(PAINS) - 1:
            keys(K.Key_Right)
    assert [p.text for p in journey.pain_points] == PAINS
    # rename the third stage from its header
    keys(*[K.Key_Left] * 2, K.Key_Up, K.Key_F2, "Commit", K.Key_Return)
    # a dot-voting round with three participants
    keys((K.Key_V, CTRL | SHIFT))  # no participants yet: the voting panel takes the keyboard
    for name in ("Ana", "Ben", "Chloe"):
        keys(name, K.Key_Return)
    keys(K.Key_Escape)  # back to the map
    assert view.hasFocus()
    keys((K.Key_V, CTRL | SHIFT))  # the round starts
    keys(K.Key_Down, K.Key_Down)  # from the stage header: first card of the cell, then its pain
    assert window.scene.selected_pain_ids() == [journey.pain_points[2].id]
    keys(K.Key_1, K.Key_1, K.Key_2, K.Key_3)
    keys(K.Key_Up, K.Key_3)  # Chloe's second dot on the card itself
    keys((K.Key_V, CTRL | SHIFT))  # the round ends: ranked result
    assert window.workshop.voting.result.item(0).text().startswith("1. Hidden fees")
    # a quick capture of 5 lines into the fourth lane
    keys(K.Key_Down, K.Key_Down, K.Key_Down, K.Key_Down)
    keys((K.Key_K, CTRL))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget() is not view)
    for line in CAPTURE:
        keys(line, K.Key_Return)
    keys((K.Key_Return, CTRL))
    qtbot.waitUntil(view.hasFocus)
    # the presentation view, entered, used and left
    keys(K.Key_F5)
    assert window.presentation.active
    keys(K.Key_PageDown, K.Key_PageDown, K.Key_Home)
    keys(K.Key_Escape)
    assert not window.presentation.active and window.menuBar().isVisible()
    keys((K.Key_S, CTRL))
    assert not window.document.is_modified


def _check_saved_file(path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "journeymapper" and raw["format_version"] == "1.1"
    journey = load_journey(path).journey
    stages, lanes = journey.stages, journey.lanes
    assert [s.name for s in stages] == ["Attract", "Accept", "Commit", "Amplify", "Advance"]
    for lane_index, cards in CARDS.items():
        for stage_index, (title, emotion_key) in enumerate(cards):
            cell = journey.cell(stages[stage_index].id, lanes[lane_index].id)
            assert [c.title for c in cell] == [title]
            card = cell[0]
            scale = journey.emotion_scale
            assert card.emotion is not None
            assert card.emotion.score == round(scale.min + (emotion_key - 1) * (scale.max - scale.min) / 4)
    first_lane = [journey.cell(s.id, lanes[0].id)[0] for s in stages]
    assert [(p.text, p.touchpoint_id) for p in journey.pain_points] == [
        (text, card.id) for text, card in zip(PAINS, first_lane, strict=True)
    ]
    ana, ben, chloe = journey.participants
    assert [p.name for p in (ana, ben, chloe)] == ["Ana", "Ben", "Chloe"]
    assert len({ana.colour, ben.colour, chloe.colour}) == 3 and journey.dot_budget == 5
    fees = journey.pain_points[2].id
    assert ana.dots == {fees: 2} and ben.dots == {fees: 1}
    assert chloe.dots == {fees: 1, first_lane[2].id: 1}
    captured = journey.cell(stages[2].id, lanes[3].id)
    assert [c.title for c in captured] == CAPTURE and [c.order for c in captured] == [0, 1, 2, 3, 4]
    assert len(journey.touchpoints) == 20 and journey.parking_lot == []
