"""Quick capture (Ctrl+K): what the room calls out, typed or pasted, one card per line.

The facilitator opens the capture field, types (or pastes from the chat) a few lines and
presses Ctrl+Enter: every non-empty line becomes a card in the cell cursor's cell — or in
the lane chosen in the field, same stage — all as one undo step, and the new cards are
selected and scrolled into view.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import AddItem, Command, Macro
from journeymapper.model.entities import MAX_NAME, Touchpoint, new_id
from journeymapper.model.journey import JourneyMap

if TYPE_CHECKING:
    from journeymapper.ui.map_editor import MapEditor

MAX_LINES = 500
BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+")  # "- ", "• ", "3. ", "12) " from a pasted list


class QuickCapture:
    """The translation context of the texts outside the dialog (written `QuickCapture.tr(…)`)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("QuickCapture", text, disambiguation, n)


def capture_lines(text: str) -> list[str]:
    """The card titles in typed or pasted text: one per non-empty line, bullets and numbers removed."""
    titles = [BULLET.sub("", raw).strip()[:MAX_NAME] for raw in text.splitlines()]
    return [title for title in titles if title][:MAX_LINES]


def capture_command(
    journey: JourneyMap, stage_id: str, lane_id: str, titles: list[str]
) -> tuple[Command, list[str]]:
    """One undoable step adding a card per title at the end of the cell, in order."""
    start = len(journey.cell(stage_id, lane_id))
    cards = [
        Touchpoint(id=new_id("tp"), stage_id=stage_id, lane_id=lane_id, order=start + offset, title=title)
        for offset, title in enumerate(titles)
    ]
    commands: list[Command] = [AddItem("touchpoints", card) for card in cards]
    return Macro("Quick capture", commands), [card.id for card in cards]


class CaptureText(QPlainTextEdit):
    """Ctrl+Enter submits, Escape cancels (Enter alone starts the next line)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            dialog = self.window()
            if isinstance(dialog, QDialog):
                dialog.accept()
            return
        super().keyPressEvent(event)


class QuickCaptureDialog(QDialog):
    """The capture field: lines of text and the lane they go to."""

    def __init__(
        self, journey: JourneyMap, stage_id: str, lane_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        self.setWindowTitle(self.tr("Quick Capture"))
        stage = journey.stage(stage_id)
        self.text = CaptureText()
        self.text.setPlaceholderText(self.tr("One card per line: type or paste, then Ctrl+Enter"))
        self.lane = QComboBox()
        for lane in journey.lanes:
            self.lane.addItem(lane.name, lane.id)
        self.lane.setCurrentIndex(max(0, self.lane.findData(lane_id)))
        where = QLabel(self.tr("Stage: %1").replace("%1", stage.name if stage else ""))
        form = QFormLayout()
        form.addRow(self.tr("&Lane:"), self.lane)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Cards"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 320)
        self.text.setFocus()

    def lane_id(self) -> str:
        return str(self.lane.currentData())


def quick_capture(editor: MapEditor, parent: QWidget) -> QuickCaptureDialog | None:
    """Open the capture field for the cursor's cell; on Ctrl+Enter the lines become cards."""
    cell = editor.target_cell()
    if cell is None:
        editor.status.emit(QuickCapture.tr("Add a stage and a lane first."))
        return None
    dialog = QuickCaptureDialog(editor.journey, cell[0], cell[1], parent)

    def done() -> None:
        titles = capture_lines(dialog.text.toPlainText())
        if titles:
            add_captured(editor, cell[0], dialog.lane_id(), titles)
        back_to_map(editor, dialog)

    def cancelled() -> None:
        back_to_map(editor, dialog)

    dialog.accepted.connect(done)
    dialog.rejected.connect(cancelled)
    dialog.open()
    return dialog


def back_to_map(editor: MapEditor, dialog: QDialog) -> None:
    """The dialog is done: the keyboard goes back to the canvas, in an active window."""
    dialog.deleteLater()
    editor.view.window().activateWindow()
    editor.view.setFocus()


def add_captured(editor: MapEditor, stage_id: str, lane_id: str, titles: list[str]) -> list[str]:
    command, ids = capture_command(editor.journey, stage_id, lane_id, titles)
    text = QuickCapture.tr("Quick capture: %n card(s)", "", len(ids))
    if not editor.push(command, text):
        return []
    editor.scene.select_keys([("card", card_id) for card_id in ids])
    boxes = [editor.scene.layout.cards[i] for i in ids if i in editor.scene.layout.cards]
    if boxes:
        last = boxes[-1]
        editor.view.scroll_to_scene_rect(QRectF(last.x, last.y, last.w, last.h))
    editor.status.emit(text)
    return ids
