"""File ▸ Export: the poster options of the command line, and progress for big maps.

The export itself is `journeymapper.export.run.export_poster`, the same function the
CLI uses; this dialog only gathers its options. Big maps are exported on a worker
thread from a deep copy of the map, so the window stays responsive and later edits
cannot change a poster half-way through.

Paper size and orientation start from the map's export preset when it has one, else
from Preferences ▸ Poster export. Fixed labels (legend, template stage names) follow
the map's language unless the user picks another one here, e.g. an English poster of
a Spanish workshop for head office.

The designer controls (which parts and lanes show, a logo, RGB or CMYK) are those of
the command line; "Save these settings in the map" keeps them as the map's export
preset through an undoable command, so the team's next export starts from them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.messages import Message
from journeymapper.model.commands import MAP, UpdateItem
from journeymapper.model.export_preset import ExportPreset
from journeymapper.ui import dialogs
from journeymapper.ui.document import Document
from journeymapper.ui.preferences import Preferences, app_settings
from journeymapper.ui.translations import translated

BIG_MAP_CARDS = 300  # above this, export on a worker thread behind a progress dialog
FORMATS = (("PDF", "pdf"), ("SVG", "svg"), ("PNG", "png"))
SIZES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")  # the values the exporter takes


NOTICE_MS = 20_000  # how long the "Exported … / Open Folder" notice stays


def run_export(
    parent: QWidget | None, document: Document, out: Path, options: dict[str, Any]
) -> list[Path] | None:
    """Export with a progress dialog for big maps; the written files, or None after an error."""
    from journeymapper.export.run import export_poster

    journey = document.journey.model_copy(deep=True)
    result: dict[str, Any] = {}
    warnings: list[Message] = []

    def work() -> None:
        try:
            result["paths"] = export_poster(journey, out, warnings=warnings, **options)
        except Exception as error:  # shown to the user below, never as a traceback
            result["error"] = error

    if len(journey.touchpoints) <= BIG_MAP_CARDS:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        finally:
            QGuiApplication.restoreOverrideCursor()
    else:
        progress = QProgressDialog(
            QApplication.translate("Export", "Exporting the poster…"), "", 0, 0, parent
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        thread = threading.Thread(target=work, name="export", daemon=True)
        thread.start()
        while thread.is_alive():
            QApplication.processEvents()
            thread.join(0.03)
        progress.close()
    if "error" in result:
        error = result["error"]
        dialogs.show_message(
            parent,
            QApplication.translate("Export", "Export failed"),
            QApplication.translate("Export", "The poster could not be exported."),
            str(error),
        )
        return None
    if warnings:  # exported; say what to look at (missing glyphs, small text, skipped tiles)
        dialogs.show_message(
            parent,
            QApplication.translate("Export", "Exported with warnings"),
            QApplication.translate("Export", "The poster was exported. Please check:"),
            "\n".join(translated(warning) for warning in warnings),
        )
    return list(result.get("paths", []))


class ExportDialog(QDialog):
    """Format, file and poster options (size, orientation, tiling, bleed, crop marks…)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export Poster"))
        settings = app_settings()
        prefs = Preferences(settings)
        preset = document.journey.export_preset  # the team's saved choices come first
        size = preset.size if preset else prefs.poster_size
        self.format = QComboBox()
        for text, value in FORMATS:
            self.format.addItem(text, value)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.value("export/format", "pdf"))))
        self.path = QLineEdit(self._default_path())
        self.path.setMinimumWidth(340)  # room for a file name, not just its end
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter anywhere in the dialog exports; it never opens the browser
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path)
        path_row.addWidget(browse)
        self.paper_size = QComboBox()  # not `size`: that would hide QWidget.size()
        names = {"letter": self.tr("US Letter"), "tabloid": self.tr("Tabloid")}
        for value in SIZES:
            self.paper_size.addItem(names.get(value, value), value)
        self.paper_size.setEditable(True)  # a custom size is typed; it is not added to the list
        self.paper_size.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.paper_size.setToolTip(self.tr("A paper size, or WIDTHxHEIGHTmm such as 1200x800mm"))
        index = self.paper_size.findData(size)
        if index >= 0:
            self.paper_size.setCurrentIndex(index)
        else:
            self.paper_size.setCurrentText(size)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        orientation = preset.orientation if preset else prefs.poster_orientation
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(orientation)))
        self.tile = QComboBox()
        self.tile.addItem(self.tr("One sheet"), None)
        self.tile.addItem(self.tr("Tiled on A4 pages"), "A4")
        self.tile.addItem(self.tr("Tiled on Letter pages"), "letter")
        # Handouts (PDF): a stage a page, to read in hand; never below the minimum text size
        self.tile.addItem(self.tr("A4 handout, a stage a page"), "handout:A4")
        self.tile.addItem(self.tr("Letter handout, a stage a page"), "handout:letter")
        self.bleed = QCheckBox(self.tr("Add 3 mm bleed"))
        self.crop_marks = QCheckBox(self.tr("Draw crop marks"))
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 100)
        self.margin.setValue(preset.margin_mm if preset else 10)
        self.margin.setSuffix(self.tr(" mm"))
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("Colour-blind safe"), "colour-blind")
        self.theme.setCurrentIndex(max(0, self.theme.findData(preset.theme if preset else "light")))
        self.language = QComboBox()
        map_language = "Español" if str(document.journey.language) == "es" else "English"
        self.language.addItem(self.tr("The map's language (%1)").replace("%1", map_language), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy: Alt+F and the "&" need one
        form.addRow(file_label, path_row)
        form.addRow(self.tr("Paper &size:"), self.paper_size)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("&Tiling:"), self.tile)
        form.addRow("", self.bleed)
        form.addRow("", self.crop_marks)
        form.addRow(self.tr("&Margin:"), self.margin)
        form.addRow(self.tr("&Resolution (PNG):"), self.dpi)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("&Labels:"), self.language)
        designer = QFormLayout()  # beside the paper options: the dialog fits a laptop screen
        self._add_designer_rows(designer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        export.setDefault(True)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(button is export)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._format_changed)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.addLayout(form)
        columns.addSpacing(16)
        columns.addLayout(designer)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._format_changed()

    def _add_designer_rows(self, form: QFormLayout) -> None:
        """Parts and lanes shown, logo, colour mode, footer, print date and what to do with text
        below 6 pt (export/parts.py, export/legibility.py); they start from the map's export
        preset when it has one."""
        preset = self.document.journey.export_preset
        hidden = set(preset.hide) if preset else set()
        self.footer = QLineEdit(preset.footer if preset else "")
        self.footer.setMaxLength(300)
        self.print_date = QCheckBox(self.tr("Print the date"))
        self.print_date.setChecked(bool(preset and preset.print_date))
        self.fit = QComboBox()
        # What the dialog does not show, it keeps from the preset (set with the command line)
        self._min_text_pt = preset.min_text_pt if preset else 6.0
        self._svg_text = preset.svg_text if preset else "outlines"
        self.fit.setToolTip(
            self.tr("When body text would print smaller than %1 pt").replace("%1", f"{self._min_text_pt:g}")
        )
        self.fit.addItem(self.tr("Warn me"), "warn")
        self.fit.addItem(self.tr("Use a larger paper"), "larger")
        self.fit.addItem(self.tr("Tile on A4 pages"), "tile")
        self.fit.addItem(self.tr("Split into pages of stages"), "split")
        form.addRow(self._shown_parts(hidden))
        logo_row = self._logo_row(preset)
        logo_label = QLabel(self.tr("Lo&go:"))
        logo_label.setBuddy(self.logo)  # a row that is a layout gets no buddy, so Alt+G would not work
        form.addRow(logo_label, logo_row)
        self.colour_mode = QComboBox()
        self.colour_mode.addItem(self.tr("RGB (screens, office printers)"), "rgb")
        self.colour_mode.addItem(self.tr("CMYK (print shops)"), "cmyk")
        self.colour_mode.setCurrentIndex(
            max(0, self.colour_mode.findData(preset.colour_mode if preset else "rgb"))
        )
        self.colour_mode.setToolTip(self.tr("PDF only: a plain conversion, without an ICC profile"))
        form.addRow(self.tr("&Colours (PDF):"), self.colour_mode)
        form.addRow(self.tr("Foot&er:"), self.footer)
        form.addRow("", self.print_date)
        form.addRow(self.tr("Small te&xt:"), self.fit)
        self.save_preset = QCheckBox(self.tr("Save these settings in the map"))
        self.save_preset.setToolTip(
            self.tr("The map keeps them (an undoable edit), so the next export starts from them")
        )
        form.addRow("", self.save_preset)

    def _shown_parts(self, hidden: set[str]) -> QGroupBox:
        """A check box per part of the poster and a checkable list of the lanes."""
        box = QGroupBox(self.tr("Show"))
        grid = QGridLayout(box)
        labels = (
            ("title", self.tr("Title block")),
            ("persona", self.tr("Persona")),
            ("legend", self.tr("Legend")),
            ("connections", self.tr("Connections")),
            ("connection-labels", self.tr("Connection labels")),
            ("emotion", self.tr("Emotion curve")),
            ("kpis", self.tr("KPIs")),
            ("opportunities", self.tr("Opportunities")),
        )
        self.parts: dict[str, QCheckBox] = {}
        for index, (name, label) in enumerate(labels):
            check = QCheckBox(label)
            check.setChecked(name not in hidden)
            self.parts[name] = check
            grid.addWidget(check, index // 2, index % 2)
        self.show_connections = self.parts["connections"]
        self.lanes = QListWidget()
        self.lanes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lanes.setAccessibleName(self.tr("Lanes shown"))
        for lane in self.document.journey.lanes:
            item = QListWidgetItem(lane.name or lane.id)
            item.setData(Qt.ItemDataRole.UserRole, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = f"lane:{lane.id}" not in hidden and f"lane:{lane.name}" not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.lanes.addItem(item)
        self.lanes.setMaximumHeight(120)
        lanes_label = QLabel(self.tr("La&nes:"))
        lanes_label.setBuddy(self.lanes)
        rows = (len(labels) + 1) // 2
        grid.addWidget(lanes_label, rows, 0, 1, 2)
        grid.addWidget(self.lanes, rows + 1, 0, 1, 2)
        return box

    def _logo_row(self, preset: ExportPreset | None) -> QHBoxLayout:
        """The logo file (checked when chosen), or the logo the map's preset keeps."""
        self._saved_logo: bytes | None = preset.logo.raw() if preset and preset.logo else None
        self.logo = QLineEdit()
        self.logo.setMinimumWidth(200)  # room for a file name
        self.logo.setPlaceholderText(
            self.tr("The logo saved in the map") if self._saved_logo else self.tr("No logo")
        )
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.setAutoDefault(False)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.setAutoDefault(False)
        self.remove_logo.clicked.connect(self._remove_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo)
        row.addWidget(self.choose_logo)
        row.addWidget(self.remove_logo)
        return row

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Logo"),
            self.logo.text(),
            self.tr("PNG or JPEG images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> bool:
        """Use the image at `path` as the logo if it is a usable PNG/JPEG; else say why."""
        from journeymapper.export.parts import PartsError, read_logo

        try:
            read_logo(path)
        except PartsError as error:
            dialogs.show_message(
                self,
                self.tr("Logo Not Usable"),
                self.tr("%1 cannot be used as a logo.").replace("%1", Path(path).name),
                str(error).removeprefix("--logo "),
            )
            return False
        self.logo.setText(path)
        return True

    def _remove_logo(self) -> None:
        self.logo.clear()
        self._saved_logo = None
        self.logo.setPlaceholderText(self.tr("No logo"))

    def hidden_parts(self) -> tuple[str, ...]:
        parts = tuple(name for name, check in self.parts.items() if not check.isChecked())
        lanes = tuple(
            f"lane:{self.lanes.item(row).data(Qt.ItemDataRole.UserRole)}"
            for row in range(self.lanes.count())
            if self.lanes.item(row).checkState() != Qt.CheckState.Checked
        )
        return parts + lanes

    def _default_path(self) -> str:
        doc = self.document
        base = doc.path.with_suffix("") if doc.path else Path.home() / (doc.journey.title or "journey")
        return f"{base}.{self.format.currentData()}"

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.dpi.setEnabled(fmt == "png")
        self.colour_mode.setEnabled(fmt == "pdf")
        text = self.path.text()
        if text:
            self.path.setText(str(Path(text).with_suffix(f".{fmt}")))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), self.path.text(), f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            self.path.setText(path)

    def paper_size_value(self) -> str:
        """The size for the exporter: a listed size's value ("letter"), else the text typed."""
        text = self.paper_size.currentText().strip()
        index = self.paper_size.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        value = self.paper_size.itemData(index) if index >= 0 else None
        return str(value) if value else text or "A2"

    def options(self) -> dict[str, Any]:
        paging = self.tile.currentData()
        handout = paging.removeprefix("handout:") if paging and paging.startswith("handout:") else None
        return {
            "fmt": self.format.currentData(),
            "size": self.paper_size_value(),
            "orientation": self.orientation.currentData(),
            "tile": None if handout else paging,
            "handout": handout,
            "bleed": self.bleed.isChecked(),
            "crop_marks": self.crop_marks.isChecked(),
            "margin_mm": self.margin.value(),
            "dpi": self.dpi.value(),
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
            "footer": self.footer.text(),
            "print_date": self.print_date.isChecked(),
            "hide": self.hidden_parts(),
            "fit": self.fit.currentData(),
            "logo": self.logo.text().strip() or None,
            "logo_image": None if self.logo.text().strip() else self._saved_logo,
            "colour_mode": self.colour_mode.currentData() if self.format.currentData() == "pdf" else "rgb",
            "min_text_pt": self._min_text_pt,
            "svg_text": self._svg_text,
        }

    def export(self) -> None:
        out = Path(self.path.text().strip())
        if not out.name:
            return
        options = self.options()
        app_settings().setValue("export/format", options["fmt"])
        written = run_export(self, self.document, out, options)
        if written is not None:
            self.written = written
            if self.save_preset.isChecked():
                self._save_preset(options)
            self.accept()

    def _save_preset(self, options: dict[str, Any]) -> None:
        """Keep these choices as the map's export preset: one undoable command on the model.

        The colour mode is kept as chosen even for an SVG or PNG export, so that a later
        PDF of the map is CMYK again.
        """
        from journeymapper.export.options import ExportOptions, preset_from_options

        chosen = ExportOptions().replace(**{**options, "colour_mode": self.colour_mode.currentData()})
        preset = preset_from_options(chosen)
        if preset != self.document.journey.export_preset:
            command = UpdateItem(MAP, None, {"export_preset": preset}, label="Save export settings")
            self.document.push(command, self.tr("Save Export Settings"))


class ExportNotice(QObject):
    """After an export: where the file went, with an "Open Folder" button, in the status bar."""

    def __init__(self, window: QMainWindow, paths: list[Path]) -> None:
        super().__init__(window)
        self.folder = paths[0].parent
        bar = window.statusBar()
        text = (
            self.tr("Exported %1").replace("%1", str(paths[0]))
            if len(paths) == 1
            else self.tr("Exported %n files to %1", "", len(paths)).replace("%1", str(self.folder))
        )
        bar.showMessage(text, NOTICE_MS)
        self.button: QPushButton | None = QPushButton(self.tr("Open &Folder"))
        button = self.button
        button.setObjectName("openExportFolder")
        button.setFlat(True)
        button.clicked.connect(self.open_folder)
        bar.addPermanentWidget(button)
        QTimer.singleShot(NOTICE_MS, self.dismiss)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        self.dismiss()

    def dismiss(self) -> None:
        if self.button is not None:
            self.button.deleteLater()
            self.button = None


def export_with_dialog(window: QMainWindow, document: Document) -> ExportNotice | None:
    """File ▸ Export: the dialog, then the notice of where the poster went (None if cancelled)."""
    dialog = ExportDialog(document, window)
    dialog.exec()
    written = getattr(dialog, "written", None)
    dialog.deleteLater()
    return ExportNotice(window, written) if written else None
