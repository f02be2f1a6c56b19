"""Small widgets the inspector's forms are built from.

`PlainTextField` gives a multi-line field the `editingFinished` that QLineEdit has,
so long texts commit when the user leaves them, like every other field. `PageStack`
is a QStackedWidget as tall as the page it shows: QStackedWidget asks for the room
of its tallest page, which spreads a short form's few fields down the whole dock.
`LazyPages` holds pages (the inspector's forms) that are built when first wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


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


class LazyPages(Mapping[str, Page], Generic[Page]):
    """Pages by name, each built the first time it is wanted, then handed to `place`.

    A window opens showing the inspector's map form; the card, pain, stage and lane forms
    (two thirds of the inspector's cost, ~20 ms) are built when first shown, or right after
    the window's first frame (`make_next`, one at a time).
    """

    def __init__(self, makers: dict[str, Callable[[], Page]], place: Callable[[Page], None]) -> None:
        self._makers = makers
        self._place = place
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._makers[key]()
            self._place(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def make_next(self) -> bool:
        """Build one page not built yet; False when all were."""
        key = next((k for k in self._makers if k not in self._built), None)
        if key is None:
            return False
        self[key]
        return True
