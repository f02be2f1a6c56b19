"""File ▸ Import…: choose a Mermaid, spreadsheet or Lanescape file, check the preview, import.

The dialog runs the same importer as `journeymapper import`, on every change of the
options, and shows what would come out (stages, lanes, cards, and every warning with
its place) before anything is opened. Spreadsheets get a column-mapping step: each
column's field is guessed from its header (English or Spanish) and can be changed.
The imported map opens in a new untitled window; nothing is written until it is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.interop.errors import ImportProblem
from journeymapper.interop.importing import ImportResult, import_file, load_table
from journeymapper.interop.table_import import FIELDS, map_header, normalise
from journeymapper.ui.translations import ui_language

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

FORMAT_CHOICES = ("", "mermaid", "csv", "xlsx", "lanescape")  # "" = detect from the file
PATTERNS = "*.mmd *.mermaid *.md *.markdown *.csv *.tsv *.txt *.xlsx *.json"


class ImportDialog(QDialog):
    """Pick a source, map its columns, preview, import."""

    def __init__(self, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a Journey"))
        self.results: list[ImportResult] = []
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.editingFinished.connect(self._source_changed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        names = {
            "": self.tr("Detect from the file"),
            "mermaid": self.tr("Mermaid journey"),
            "csv": self.tr("CSV table"),
            "xlsx": self.tr("Excel workbook"),
            "lanescape": self.tr("Lanescape JSON"),
        }
        for value in FORMAT_CHOICES:
            self.format.addItem(names[value], value)
        self.format.currentIndexChanged.connect(self._source_changed)
        self.columns = QTableWidget(0, 2)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.verticalHeader().hide()
        self.columns_label = QLabel(self.tr("Columns of the table and the field each one fills:"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview = QTreeWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setHeaderLabels([self.tr("Stage / card"), self.tr("Lane"), self.tr("Emotion")])
        self.preview.setColumnWidth(0, 400)
        self.preview.setColumnWidth(1, 200)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        source = QHBoxLayout()
        source.addWidget(self.path_edit, 1)
        source.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), source)
        form.addRow(self.tr("Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self._show_columns([])
        if path:
            self.path_edit.setText(path)
            self._source_changed()

    # --- source and columns -----------------------------------------------------------
    def _browse(self) -> None:
        patterns = self.tr("Journeys to import (%1)").replace("%1", PATTERNS)
        patterns += ";;" + self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Journey"), "", patterns)
        if path:
            self.path_edit.setText(path)
            self._source_changed()

    def _source_changed(self) -> None:
        path = self.path_edit.text().strip()
        headers: list[str] = []
        if path:
            try:
                table = load_table(path, self.format.currentData() or None)
            except ImportProblem:
                table = None  # the preview below reports the problem
            if table is not None and table.rows:
                headers = next((row for row in table.rows if any(c.strip() for c in row)), [])
        self._show_columns(headers)
        self.update_preview()

    def _show_columns(self, headers: list[str]) -> None:
        self.columns.blockSignals(True)
        self.columns.setRowCount(len(headers))
        guessed = map_header(headers)
        for row, (name, field) in enumerate(zip(headers, guessed, strict=True)):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(keep in description)"), "")
            labels = self._field_labels()
            for choice in FIELDS:
                combo.addItem(labels.get(choice, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(field or "")))
            combo.currentIndexChanged.connect(self.update_preview)
            self.columns.setCellWidget(row, 1, combo)
        self.columns.blockSignals(False)
        visible = bool(headers)
        self.columns.setVisible(visible)
        self.columns_label.setVisible(visible)

    def _field_labels(self) -> dict[str, str]:
        return {
            "stage": self.tr("Stage"),
            "lane": self.tr("Lane"),
            "title": self.tr("Card title"),
            "description": self.tr("Description"),
            "channel": self.tr("Channel"),
            "owner": self.tr("Owner"),
            "emotion": self.tr("Emotion"),
            "evidence": self.tr("Evidence"),
            "pain": self.tr("Pain point"),
            "pain_kind": self.tr("Pain kind"),
            "severity": self.tr("Severity"),
            "tags": self.tr("Tags"),
            "ignore": self.tr("(ignore)"),
        }

    def mapping(self) -> dict[str, str]:
        """The user's column choices as `--map` would give them."""
        chosen: dict[str, str] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            item = self.columns.item(row, 0)
            if item is not None and isinstance(combo, QComboBox) and combo.currentData():
                chosen[normalise(item.text())] = combo.currentData()
        return chosen

    def set_field(self, column: str, field: str) -> None:
        """Choose the field of one column (as the user would with its drop-down)."""
        for row in range(self.columns.rowCount()):
            item = self.columns.item(row, 0)
            if item is not None and item.text() == column:
                combo = self.columns.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(field))

    # --- preview ------------------------------------------------------------------------
    def update_preview(self) -> None:
        self.preview.clear()
        self.results = []
        path = self.path_edit.text().strip()
        if not path:
            self.summary.setText(
                self.tr("Choose a Mermaid diagram, a CSV or Excel table or a Lanescape file.")
            )
            self.warnings.setPlainText("")
            self.import_button.setEnabled(False)
            return
        try:
            self.results = import_file(Path(path), self.format.currentData() or None, mapping=self.mapping())
        except ImportProblem as problem:
            self.summary.setText(self.tr("Cannot import: %1").replace("%1", problem.text(*ui_language())))
            self.warnings.setPlainText("")
            self.import_button.setEnabled(False)
            return
        language = ui_language()
        self.summary.setText("\n".join(result.report.summary(*language) for result in self.results))
        warnings = [w.text(*language) for result in self.results for w in result.report.warnings]
        self.warnings.setPlainText("\n".join(warnings))
        for result in self.results[:5]:
            self._add_preview(result)
        self.import_button.setEnabled(True)

    def _add_preview(self, result: ImportResult) -> None:
        journey = result.journey
        lanes = {lane.id: lane.name for lane in journey.lanes}
        top = QTreeWidgetItem([journey.title, "", ""])
        self.preview.addTopLevelItem(top)
        grid = journey.cells()
        for stage in journey.stages:
            stage_item = QTreeWidgetItem([stage.name, "", ""])
            top.addChild(stage_item)
            for lane in journey.lanes:
                for card in grid.get((stage.id, lane.id), [])[:200]:
                    score = "" if card.emotion is None else f"{card.emotion.score:+d}"
                    stage_item.addChild(QTreeWidgetItem([card.title, lanes[lane.id], score]))
        self.preview.expandAll()


def import_into_windows(window: MainWindow, path: str | None) -> list[MainWindow]:
    """Run the dialog over `window`; each imported map opens in a new untitled window."""
    dialog = ImportDialog(window, path)
    opened: list[MainWindow] = []
    if dialog.exec() == ImportDialog.DialogCode.Accepted and window.workspace is not None:
        for result in dialog.results:
            new_window = window.workspace.new_window(result.journey)
            new_window.statusBar().showMessage(result.report.summary(*ui_language()), 15000)
            opened.append(new_window)
    dialog.deleteLater()
    return opened
