"""Binding workbench panels to a Document: follow its changes, edit only through commands.

Every panel shows one part of the map and must behave the same way: an edit is one
command pushed on the document's undo stack (so it undoes like a canvas edit), and
the panel redraws only from the document's change notifications, with signals
blocked while it does so, so that showing a value never turns into a new edit.
`DocumentPanel` and `FormBinding` hold that discipline in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from journeymapper.model.commands import Change, Command, UpdateItem
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import display_name
from journeymapper.ui.document import Document
from journeymapper.ui.theme import themed_icon


def ui_language() -> str:
    """'es' or 'en': the language enum names are shown in.

    The application sets QLocale's default to the UI language chosen in Preferences
    (or the system's); panels follow it so vocabulary names match the translated chrome.
    """
    return "es" if QLocale().name().lower().startswith("es") else "en"


def find_item(journey: JourneyMap, collection: str, item_id: str | None) -> Any | None:
    """The object with `item_id` in `collection` of `journey`, or None if it is gone."""
    if item_id is None:
        return None
    return next((item for item in getattr(journey, collection) if item.id == item_id), None)


class DocumentPanel(QWidget):
    """A panel over one Document that refreshes only when its collections change.

    Subclasses set `collections` and implement `refresh(changes)`; `changes` is None
    when the whole panel must be rebuilt (a new document was set).
    """

    collections: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._icons: list[tuple[QAbstractButton, str]] = []

    def set_icon(self, button: QAbstractButton, name: str) -> None:
        """Give a button a bundled icon that follows the theme (recoloured on dark chrome)."""
        self._icons.append((button, name))
        button.setIcon(themed_icon(name, self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for button, name in self._icons:
                button.setIcon(themed_icon(name, self.palette()))
        super().changeEvent(event)

    @property
    def document(self) -> Document | None:
        return self._doc

    @property
    def journey(self) -> JourneyMap | None:
        return self._doc.journey if self._doc is not None else None

    def set_document(self, doc: Document | None) -> None:
        if self._doc is doc:
            return
        if self._doc is not None:
            self._doc.changed.disconnect(self._on_changes)
        self._doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changes)
        self.setEnabled(doc is not None)
        self.refresh(None)

    def concerns(self, change: Change) -> bool:
        """Whether a change needs this panel to redraw (stage renames matter to tables)."""
        return change.collection in self.collections

    def _on_changes(self, changes: list[Change]) -> None:
        mine = [change for change in changes if self.concerns(change)]
        if mine:
            self.refresh(mine)

    def refresh(self, changes: list[Change] | None) -> None:
        raise NotImplementedError

    def push(self, command: Command, text: str) -> bool:
        """Apply `command` as one undo step; False when there is no map or it was refused."""
        if self._doc is None:
            return False
        return self._doc.push(command, text)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished.

    QPlainTextEdit has no editingFinished; commits happen on focus-out (or
    Ctrl+Enter) so that a paragraph of typing becomes one undo step, not one per key.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 2, max_lines: int = 8) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.min_lines, self.max_lines = lines, max(lines, max_lines)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def _text_height(self) -> float:
        """The height the text needs at the current width, laid out as the editor lays it out."""
        probe = QTextDocument()
        probe.setDefaultFont(self.font())
        probe.setDocumentMargin(self.document().documentMargin())
        probe.setPlainText(self.toPlainText())
        probe.setTextWidth(max(40, self.viewport().width()))
        return probe.size().height()

    def _fit_height(self) -> None:
        """Grow with the text (between min and max lines) so short lists need no scrolling."""
        spacing = self.fontMetrics().lineSpacing()
        margin = 2 * self.document().documentMargin()
        low, high = spacing * self.min_lines + margin, spacing * self.max_lines + margin
        frame = 2 * self.frameWidth()
        needed = self._text_height() + 3
        height = int(min(max(needed, low), high) + frame)
        bars = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(bars.ScrollBarAsNeeded if needed > high else bars.ScrollBarAlwaysOff)
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


def fill_choices(combo: QComboBox, choices: Iterable[tuple[str, Any]], current: Any) -> None:
    """Replace a combo's entries (label, value) without emitting, and select `current`."""
    blocker = QSignalBlocker(combo)
    combo.clear()
    for label, value in choices:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    del blocker


def enum_choices(enum: Iterable[Any], language: str | None = None) -> list[tuple[str, str]]:
    """(display name, stored value) pairs of a vocabulary, in the UI language."""
    lang = language or ui_language()
    return [(display_name(value, lang), str(value)) for value in enum]


@dataclass
class BoundField:
    """One form widget bound to one field of the shown object."""

    name: str
    undo_text: str
    read: Callable[[], Any]  # the widget's value, as the model stores it
    write: Callable[[Any], None]  # show a model value in the widget
    get: Callable[[Any], Any]  # the model object's value
    changes: Callable[[Any, Any], dict[str, Any]]  # (value, object) -> fields to update
    widget: QWidget


class FormBinding:
    """Shows one object of a collection in form widgets and commits edits as commands.

    Values shown are remembered per field: a refresh rewrites only the widgets whose
    model value really changed, so an undo of one field does not wipe what the user is
    typing in another.
    """

    def __init__(self, panel: DocumentPanel, collection: str) -> None:
        self.panel = panel
        self.collection = collection
        self.item_id: str | None = None
        self.fields: list[BoundField] = []
        self._shown: dict[str, Any] = {}

    def _bind(self, field: BoundField, finished: Any) -> BoundField:
        self.fields.append(field)
        finished.connect(lambda: self.commit(field))
        return field

    def line(self, name: str, edit: QLineEdit, undo_text: str) -> BoundField:
        def write(value: Any) -> None:
            edit.setText(str(value or ""))
            edit.setCursorPosition(0)  # show the start of a long text, not its end

        return self._bind(
            BoundField(
                name,
                undo_text,
                edit.text,
                write,
                lambda item: getattr(item, name),
                lambda v, item: {name: v},
                edit,
            ),
            edit.editingFinished,
        )

    def text(
        self,
        name: str,
        edit: CommitTextEdit,
        undo_text: str,
        get: Callable[[Any], Any] | None = None,
        changes: Callable[[Any, Any], dict[str, Any]] | None = None,
    ) -> BoundField:
        return self._bind(
            BoundField(
                name,
                undo_text,
                edit.toPlainText,
                lambda v: edit.setPlainText(str(v or "")),
                get or (lambda item: getattr(item, name)),
                changes or (lambda v, item: {name: v}),
                edit,
            ),
            edit.editingFinished,
        )

    def lines(self, name: str, edit: CommitTextEdit, undo_text: str) -> BoundField:
        """A list of short texts edited one per line; blank lines are dropped."""

        def read() -> list[str]:
            return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

        return self._bind(
            BoundField(
                name,
                undo_text,
                read,
                lambda v: edit.setPlainText("\n".join(v or [])),
                lambda item: list(getattr(item, name)),
                lambda v, item: {name: v},
                edit,
            ),
            edit.editingFinished,
        )

    def current(self) -> Any | None:
        journey = self.panel.journey
        return find_item(journey, self.collection, self.item_id) if journey is not None else None

    def show(self, item: Any | None) -> None:
        """Show `item` (None clears and disables the form) without emitting edits."""
        new_id = getattr(item, "id", None)
        fresh = new_id != self.item_id
        self.item_id = new_id
        if fresh:
            self._shown.clear()
        for field in self.fields:
            field.widget.setEnabled(item is not None)
            value = field.get(item) if item is not None else None
            if not fresh and field.name in self._shown and self._shown[field.name] == value:
                continue
            blocker = QSignalBlocker(field.widget)
            field.write(value)
            del blocker
            self._shown[field.name] = value

    def commit(self, field: BoundField) -> None:
        """Push the widget's value as one UpdateItem, if it differs from the model."""
        item = self.current()
        if item is None:
            return
        value = field.read()
        if value == field.get(item):
            return
        command = UpdateItem(self.collection, item.id, field.changes(value, item))
        ok = self.panel.push(command, field.undo_text)
        if not ok:  # refused (too long, read-only map): show what the model still holds
            blocker = QSignalBlocker(field.widget)
            field.write(field.get(item))
            del blocker
