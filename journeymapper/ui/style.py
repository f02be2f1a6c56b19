"""The editor's look: the bundled Noto Sans as UI font, a calm light palette, soft chrome.

The canvas shows the poster itself; the chrome around it stays quiet (greys, one
blue accent) so that the map's colours carry the meaning.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from journeymapper.resources import resource

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
ACCENT = "#2563EB"

STYLE_SHEET = """
QMainWindow, QDockWidget { background: #F6F7F9; }
QToolBar {
    background: #FFFFFF; border: none; border-bottom: 1px solid #E3E7ED; padding: 4px 8px; spacing: 2px; }
QToolBar::separator { background: #E3E7ED; width: 1px; margin: 4px 8px; }
QToolButton { border: 1px solid transparent; border-radius: 6px; padding: 5px; }
QToolButton:hover { background: #EEF2F7; border-color: #E1E6ED; }
QToolButton:pressed, QToolButton:checked { background: #E0E8F7; }
QDockWidget::title { padding: 8px 10px; background: #F6F7F9; font-weight: 600; color: #334155; }
QLabel#inspectorHeading {
    font-size: 15px; font-weight: 600; color: #1F2933; padding: 2px 0 8px 0; }
QLabel#inspectorSection { font-weight: 600; color: #475569; padding-top: 10px; }
QLineEdit, QPlainTextEdit {
    background: #FFFFFF; border: 1px solid #D5DBE3; border-radius: 5px; padding: 3px 6px;
    selection-background-color: #BFD3F6; selection-color: #0F172A; }
QLineEdit:focus, QPlainTextEdit:focus { border-color: ACCENT_COLOUR; }
QComboBox, QSpinBox, QDoubleSpinBox { min-height: 24px; }
QLineEdit#inlineEditor {
    border: 2px solid ACCENT_COLOUR; border-radius: 4px; background: #FFFDF2; padding: 2px 6px; }
QStatusBar { background: #FFFFFF; border-top: 1px solid #E3E7ED; color: #475569; }
QUndoView { background: #FFFFFF; border: 1px solid #E3E7ED; border-radius: 6px; }
QMenu { background: #FFFFFF; border: 1px solid #D5DBE3; padding: 4px; }
QMenu::item { padding: 5px 24px 5px 22px; border-radius: 4px; }
QMenu::item:selected { background: #E0E8F7; color: #0F172A; }
QGraphicsView#mapView { border: none; }
""".replace("ACCENT_COLOUR", ACCENT)


def register_fonts() -> str | None:
    """Register the bundled Noto Sans faces; the family name, or None if none loaded."""
    family = None
    for name in FONT_FILES:
        path = resource("fonts", name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    return family


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same calm, flat widgets on every platform
    family = register_fonts()
    font = QFont(family or app.font().family())
    font.setPointSizeF(10.0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#F6F7F9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1F2933"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1F2933"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
