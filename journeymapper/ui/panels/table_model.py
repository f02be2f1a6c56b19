"""A table over one collection of the map, edited in place through undoable commands.

The KPI and action-plan panels are both "a list of objects shown as rows"; what
differs is their columns. A `Column` says how one field is shown, sorted, edited and
turned back into a field update, and `CollectionTableModel` does the rest: it reads
the live map (never a copy), pushes `UpdateItem`s for edits, and updates only the
rows a change names. `ItemFilterProxy` filters by field values and free text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from journeymapper.model.commands import Change, UpdateItem
from journeymapper.ui.panels.binding import DocumentPanel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ANY = object()  # a filter that accepts every value
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """How one field of a row object is shown and edited."""

    title: str
    display: Callable[[Any], str]
    editor: str | None = None  # None (read-only), "text", "number", "date" or "choice"
    value: Callable[[Any], Any] | None = None  # the editor's value (defaults to display)
    changes: Callable[[Any], dict[str, Any]] | None = None  # edited value -> field updates
    choices: Callable[[], list[tuple[str, Any]]] = field(default=lambda: [])
    sort_key: Callable[[Any], Any] | None = None
    undo_text: str = ""
    roles: Callable[[Any, int], Any] | None = None  # extra roles: decoration, foreground…
    width: int = 12  # in average characters, so columns scale with large text
    stretch: bool = False


def format_number(value: float | None) -> str:
    """A KPI value as people write it: no trailing '.0', the locale's decimal mark."""
    if value is None:
        return ""
    text = QLocale().toString(float(value), "g", 12)
    return text


def parse_number(text: str) -> float | None:
    """'' -> None; accepts the locale's decimal mark and the point. Raises ValueError."""
    text = text.strip()
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    if ok:
        return number
    return float(text.replace(",", "."))


class CollectionTableModel(QAbstractTableModel):
    """Rows are the objects of one collection of the panel's map, in a chosen order."""

    def __init__(self, panel: DocumentPanel, collection: str, columns: list[Column]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.collection = collection
        self.columns = columns
        self.order: Callable[[list[Any]], list[Any]] = lambda items: items
        self._ids: list[str] = []

    # --- reading -----------------------------------------------------------------
    def _items(self) -> list[Any]:
        journey = self.panel.journey
        return list(getattr(journey, self.collection)) if journey is not None else []

    def item(self, row: int) -> Any | None:
        journey = self.panel.journey
        if journey is None or not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        return next((it for it in getattr(journey, self.collection) if it.id == item_id), None)

    def row_of(self, item_id: str) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def ids(self) -> list[str]:
        return list(self._ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(item) if column.value else column.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(item)
            return text if len(text) > 30 else None
        if role == SORT_ROLE:
            return column.sort_key(item) if column.sort_key else column.display(item).casefold()
        if role == ID_ROLE:
            return item.id
        if column.roles is not None:
            return column.roles(item, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editor is not None and not self._read_only():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _read_only(self) -> bool:
        doc = self.panel.document
        return doc is None or doc.read_only

    # --- editing -----------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        item = self.item(index.row())
        if item is None or column.changes is None:
            return False
        changes = column.changes(value)
        if all(getattr(item, name) == new for name, new in changes.items()):
            return False  # nothing changed: no empty undo step
        return self.panel.push(UpdateItem(self.collection, item.id, changes), column.undo_text)

    # --- following the map -------------------------------------------------------
    def reload(self) -> None:
        """Rebuild the rows (objects were added, removed or reordered)."""
        self.beginResetModel()
        self._ids = [item.id for item in self.order(self._items())]
        self.endResetModel()

    def apply_changes(self, changes: list[Change] | None) -> None:
        """Update the rows `changes` name; a structural change or a rename elsewhere redraws all."""
        if changes is None or any(c.collection == self.collection and c.action != "updated" for c in changes):
            self.reload()
            return
        ordered = [item.id for item in self.order(self._items())]
        if ordered != self._ids:  # an edit moved a row in our order (e.g. a KPI's stage)
            self.reload()
            return
        rows = [self.row_of(c.id) for c in changes if c.collection == self.collection and c.id]
        if any(c.collection != self.collection for c in changes):
            rows = list(range(len(self._ids)))  # a stage or pain renamed: every row may show it
        last = self.columnCount() - 1
        for row in sorted(set(r for r in rows if r >= 0)):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))


class ItemFilterProxy(QSortFilterProxyModel):
    """Filters rows by exact field values and by free text over every shown column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, Any] = {}
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change: Any) -> None:
        """Apply a filter change; Qt 6.9 replaced invalidateFilter() with begin/endFilterChange()."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # PySide6 < 6.9
            change()
            self.invalidateFilter()

    def set_field_filter(self, name: str, value: Any) -> None:
        """Keep only rows whose `name` equals `value`; `ANY` removes the filter."""
        if value is ANY:
            self._refilter(lambda: self._fields.pop(name, None))
        else:
            self._refilter(lambda: self._fields.__setitem__(name, value))

    def set_text_filter(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CollectionTableModel):
            return True
        item = model.item(source_row)
        if item is None:
            return False
        for name, wanted in self._fields.items():
            value = getattr(item, name)
            if (str(value) if value is not None else None) != wanted:
                return False
        if self._text:
            return any(self._text in column.display(item).casefold() for column in model.columns)
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class ClearableDateEdit(QWidget):
    """A date editor with a button that empties the date (an action without a deadline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(QCoreApplication.translate("ClearableDateEdit", "No date"))
        self.clear_button.setAutoRaise(True)
        self.cleared = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)

    def set_value(self, day: dt.date | None) -> None:
        day = day or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.cleared = False

    def value(self) -> dt.date | None:
        if self.cleared:
            return None
        day = self.date_edit.date()
        return dt.date(day.year(), day.month(), day.day())


class ColumnDelegate(QStyledItemDelegate):
    """In-place editors that fit each column: combo boxes for vocabularies, a date editor…"""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if column.editor == "choice":
            combo = QComboBox(parent)
            for label, value in column.choices():
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self.commitData.emit(combo))
            return combo
        if column.editor == "date":
            dates = ClearableDateEdit(parent)
            dates.clear_button.clicked.connect(lambda: self._clear_date(dates))
            return dates
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(0, found))
        elif isinstance(editor, ClearableDateEdit):
            editor.set_value(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        column = self.columns[index.column()]
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, ClearableDateEdit):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            if column.editor == "number":
                try:
                    value = parse_number(value)
                except ValueError:
                    return  # not a number: keep the old value rather than guess
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def _clear_date(self, editor: ClearableDateEdit) -> None:
        editor.cleared = True
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class CollectionTableView(QTableView):
    """A table of map objects that keeps its selection (by id) across model resets."""

    delete_pressed = Signal()

    def __init__(
        self, model: CollectionTableModel, proxy: ItemFilterProxy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        self.setModel(proxy)
        self.setItemDelegate(ColumnDelegate(model.columns, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # start in the map's own order
        self.setSortingEnabled(True)
        header.setStretchLastSection(False)
        self._fit_to_font()
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._remembered: list[str] = []

    def _fit_to_font(self) -> None:
        """Row heights and column widths follow the font (the projector mode enlarges it)."""
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        self._natural = [column.width * metrics.averageCharWidth() + 16 for column in self.source.columns]
        for number, width in enumerate(self._natural):
            self.horizontalHeader().resizeSection(number, width)
        self._share_spare_width()

    def _share_spare_width(self) -> None:
        """Give spare width to the stretch column, keeping every column resizable by hand."""
        stretch = [n for n, column in enumerate(self.source.columns) if column.stretch]
        if not stretch:
            return
        spare = self.viewport().width() - sum(self._natural)
        number = stretch[0]
        self.horizontalHeader().resizeSection(number, self._natural[number] + max(0, spare))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._share_spare_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of these ids (those the filter shows) as one selection change."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for item_id in ids:
            row = self.source.row_of(item_id)
            index = self.proxy.mapFromSource(self.source.index(row, 0)) if row >= 0 else QModelIndex()
            if index.isValid():
                selection.select(index, index)
                first = first or index
        flags = QItemSelectionModel.SelectionFlag
        model = self.selectionModel()
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if first is not None:
            model.setCurrentIndex(first, flags.NoUpdate)
            self.scrollTo(first)

    def _remember_selection(self) -> None:
        self._remembered = self.selected_ids()

    def _restore_selection(self) -> None:
        if self._remembered:
            self.select_ids(self._remembered)
