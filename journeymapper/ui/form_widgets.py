"""Two small widgets the inspector's forms are built from.

`PlainTextField` gives a multi-line field the `editingFinished` that QLineEdit has,
so long texts commit when the user leaves them, like every other field. `PageStack`
is a QStackedWidget as tall as the page it shows: QStackedWidget asks for the room
of its tallest page, which spreads a short form's few fields down the whole dock.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget


class PlainTextField(QPlainTextEdit):
    """A multi-line field that says when the user leaves it, like QLineEdit does."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PageStack(QStackedWidget):
    """As tall as its current page, not its tallest, so a short form's fields stay together.

    Its size hints, and its height for a width (a form whose long rows wrap in a narrow
    dock is taller than its size hint), are the current page's: QStackedWidget answers
    with its tallest page, and the map's form was stretched, its rows pulled apart, to
    the height the card form would need.
    """

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page.hasHeightForWidth() if page is not None else super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else super().heightForWidth(width)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
