"""As-is vs to-be in the editor: the comparison poster on screen, and exported from there.

The window paints the very display list `journeymapper export AS_IS --compare TO_BE`
writes (layout/comparison.py), scaled to fit, so what is seen is what is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.export.comparison import comparison_display, export_comparison
from journeymapper.export.qt_painter import paint_display_list
from journeymapper.export.run import ExportOptionsError
from journeymapper.fileformat import SaveError
from journeymapper.layout.display import DisplayList
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.model.journey import JourneyMap


class PosterView(QWidget):
    """Paints a display list scaled to the widget, keeping its proportions."""

    def __init__(self, display: DisplayList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = display
        self.setMinimumSize(640, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.display.background))
        scale = min(self.width() / self.display.width, self.height() / self.display.height)
        painter.translate((self.width() - self.display.width * scale) / 2,
                          (self.height() - self.display.height * scale) / 2)
        painter.scale(scale, scale)
        paint_display_list(painter, self.display.items)
        painter.end()


class AsIsToBeDialog(QDialog):
    """The open map (as-is) beside another one (to-be), with Export."""

    def __init__(self, as_is: JourneyMap, to_be: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_is, self.to_be = as_is, to_be
        self.setWindowTitle(self.tr("As-Is vs To-Be"))
        language = as_is.language.value
        self.view = PosterView(comparison_display(as_is, to_be, LayoutOptions(language=language)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 700)

    def export(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Comparison"), "compare.pdf",
                                                  self.tr("Posters (*.pdf *.svg *.png)"))
        if not path:
            return None
        out = Path(path)
        try:
            export_comparison(self.as_is, self.to_be, out, argparse.Namespace())
        except (ExportOptionsError, SaveError) as error:
            QMessageBox.warning(self, self.tr("Export Comparison"), str(error))
            return None
        return out


def show_as_is_to_be(parent: QWidget, as_is: JourneyMap, to_be: JourneyMap) -> AsIsToBeDialog:
    dialog = AsIsToBeDialog(as_is, to_be, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
