"""Typing on the canvas: a line editor laid over a card (or a header) while it is edited.

The editor is a plain QLineEdit on the view's viewport, kept over a scene rectangle
through scrolling and zooming. It only reports what happened (committed with Enter,
Tab, Shift+Tab or by leaving; cancelled with Escape); the editor controller decides
what that means for the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from journeymapper.ui.canvas.view import MapView


@dataclass(frozen=True, slots=True)
class NewCard:
    """Typing a new card into the cell (stage, lane)."""

    stage_id: str
    lane_id: str


@dataclass(frozen=True, slots=True)
class CardTitle:
    """Retitling an existing card."""

    card_id: str


@dataclass(frozen=True, slots=True)
class HeaderName:
    """Renaming a stage or a lane from its header."""

    collection: Literal["stages", "lanes"]
    item_id: str


@dataclass(frozen=True, slots=True)
class Annotation:
    """Typing the text of a pain point or an opportunity, or a card's note, in place.

    `fresh`: the object was just made by P / O, so Escape takes it back.
    """

    kind: Literal["pain", "opportunity", "note"]
    item_id: str
    fresh: bool = False


# What the inline editor is editing; the controller matches on the type when text is committed.
EditContext = NewCard | CardTitle | HeaderName | Annotation


class InlineEditor(QLineEdit):
    """A one-line editor over a scene rectangle; `context` says what is being edited."""

    committed = Signal(str, str)  # text, how: "enter" | "tab" | "backtab" | "focus"
    cancelled = Signal()

    def __init__(self, view: MapView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.context: EditContext | None = None
        self.scene_rect = QRectF()
        self.setObjectName("inlineEditor")
        self.setFrame(False)
        self.hide()
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def open(self, scene_rect: QRectF, text: str, context: EditContext, placeholder: str = "") -> None:
        """Show over `scene_rect` with `text` selected, ready to type."""
        self.context = context
        self.scene_rect = QRectF(scene_rect)
        self.setPlaceholderText(placeholder)
        self.setText(text)
        self.selectAll()
        self._active = True
        self.reposition()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def reposition(self) -> None:
        """Follow the scene rectangle after a scroll or zoom."""
        if self.scene_rect.isNull():
            return
        rect = self.view.mapFromScene(self.scene_rect).boundingRect()
        zoom = self.view.zoom()
        font = self.font()
        font.setPixelSize(max(11, round(11.5 * zoom)))
        self.setFont(font)
        height = max(rect.height(), self.fontMetrics().height() + 10)
        rect.setHeight(round(height))
        self.setGeometry(rect)

    def close_editor(self) -> None:
        self._active = False
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit(self, how: str) -> None:
        if not self._active:
            return
        self._active = False
        text = self.text()
        self.hide()
        if how != "focus":
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.committed.emit(text, how)

    def event(self, event: QEvent) -> bool:
        # Tab is consumed by focus navigation before keyPressEvent sees it.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab:
                self._commit("tab")
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self._commit("backtab")
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit("enter")
        elif key == Qt.Key.Key_Escape:
            self._active = False
            self.close_editor()
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._active and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._commit("focus")
