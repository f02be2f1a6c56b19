"""The welcome screen: what the editor shows when it starts without a file.

Three ways in, each a row of thumbnails: a new map from a template (5 A, blueprint,
blank) in English or Spanish, a recent map, or one of the bundled examples; and a short
hint on how a map is built. It is a window of its own, not a map window, so closing it
quits like closing any last window, and File ▸ New Window opens another one.

Keyboard first: Tab moves between the language, the three rows and the buttons; arrows
move within a row; Enter (or a double-click) opens the item; Alt+T, Alt+R and Alt+X
jump to the rows. The choice is handed to the workspace, which opens the map window and
closes this one; examples open as untitled copies, so the bundled file is never written.

Thumbnails of recent files are drawn after the window is shown, one per event-loop turn,
so a long recent list on a slow disk never delays the first paint; unchanged files come
from the thumbnail cache (`thumbnails.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.templates import TEMPLATES, build_template
from journeymapper.resources import example_maps
from journeymapper.ui.icons import icon
from journeymapper.ui.thumbnails import THUMBNAIL, file_thumbnail, placeholder_icon, thumbnail_icon

ROLE_VALUE = Qt.ItemDataRole.UserRole


class TileRow(QListWidget):
    """A horizontal row of thumbnail tiles; Enter or a double-click opens the current one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMBNAIL)
        self.setSpacing(6)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 44))
        self.setFixedHeight(THUMBNAIL.height() + 64)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTabKeyNavigation(False)

    def add_tile(self, text: str, value: object, tip: str, picture: QIcon | None = None) -> QListWidgetItem:
        if picture is None:  # every tile the same size, so the row's geometry never jumps
            picture = placeholder_icon(icon("open"), self.devicePixelRatioF())
        item = QListWidgetItem(picture, text)
        item.setData(ROLE_VALUE, value)
        item.setToolTip(tip)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.addItem(item)
        if self.count() == 1:
            self.setCurrentRow(0)
        return item


class WelcomeWindow(QWidget):
    """The start window. Signals carry the user's choice; the workspace acts on it."""

    template_chosen = Signal(str, str)  # template name, language ('en' or 'es')
    file_chosen = Signal(str)  # a recent map: open it
    example_chosen = Signal(str)  # a bundled example: open an untitled copy
    open_requested = Signal()  # "Open a File…"

    def __init__(
        self, recent: list[str], language: str = "en", template: str = "5a", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Welcome — JourneyMapper"))
        self.setWindowIcon(icon("journeymapper"))
        self._pending: list[tuple[QListWidgetItem, str]] = []
        self._thumbnails = QTimer(self)
        self._thumbnails.setInterval(0)
        self._thumbnails.timeout.connect(self._draw_next_thumbnail)

        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._fill_templates)
        self.templates = TileRow("welcomeTemplates")
        self.recent = TileRow("welcomeRecent")
        self.examples = TileRow("welcomeExamples")
        self.open_button = QPushButton(icon("open"), self.tr("&Open a File…"))
        self.open_button.setObjectName("welcomeOpen")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("welcomeClose")
        self._build(recent)
        self.templates.setCurrentRow(max(0, TEMPLATES.index(template) if template in TEMPLATES else 0))
        self._connect()
        self.resize(860, 720)

    # --- building ------------------------------------------------------------------
    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        label.setBuddy(buddy)  # Alt + the underlined letter moves focus to the row
        buddy.setAccessibleName(text.replace("&", ""))  # what a screen reader announces
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _build(self, recent: list[str]) -> None:
        title = QLabel(self.tr("JourneyMapper"))
        title.setProperty("role", "title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        logo = QLabel()
        logo.setPixmap(icon("journeymapper").pixmap(56, 56))
        intro = QLabel(self.tr("Start a new journey map from a template, or open one you have."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(logo)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top.addLayout(heading, 1)

        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Template &language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(self._heading(self.tr("New map from a &template"), self.templates), 1)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)

        self._fill_templates()
        self._fill_recent(recent)
        self._fill_examples()
        self.empty_recent = QLabel(self.tr("No recent maps yet: the maps you open or save appear here."))
        self.empty_recent.setProperty("role", "hint")
        self.empty_recent.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)

        hint = QLabel(self.hint_text())
        hint.setObjectName("welcomeHint")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.RichText)
        hint.setProperty("role", "hint")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(language_row)
        layout.addWidget(self.templates)
        layout.addWidget(self._heading(self.tr("&Recent maps"), self.recent))
        layout.addWidget(self.recent)
        layout.addWidget(self.empty_recent)
        layout.addWidget(self._heading(self.tr("E&xamples"), self.examples))
        layout.addWidget(self.examples)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.language, self.templates)
        QWidget.setTabOrder(self.templates, self.recent)
        QWidget.setTabOrder(self.recent, self.examples)
        QWidget.setTabOrder(self.examples, self.open_button)
        QWidget.setTabOrder(self.open_button, self.close_button)

    def hint_text(self) -> str:
        return self.tr(
            "<b>How to build a map.</b> Name the stages the customer goes through (columns) and "
            "the lanes of what happens in each (rows). Double-click a cell to add a card; "
            "1–5 set its emotion, and the curve follows. P adds a pain point; "
            "Ctrl+E exports a poster; Help ▸ Keyboard Shortcuts lists every key."
        )

    def template_names(self) -> dict[str, tuple[str, str]]:
        """Each template's tile text and tooltip, in the UI language."""
        return {
            "5a": (self.tr("5 A lifecycle"), self.tr("Attract, Accept, Adopt, Amplify, Advance")),
            "blueprint": (
                self.tr("Service blueprint"),
                self.tr("Before, during and after, with front stage, back stage and support lanes"),
            ),
            "blank": (
                self.tr("Blank grid"),
                self.tr("An empty grid of stages and lanes to name as you like"),
            ),
        }

    def _fill_templates(self) -> None:
        language = self.chosen_language()
        current = max(self.templates.currentRow(), 0)
        self.templates.clear()
        names = self.template_names()
        ratio = self.devicePixelRatioF()
        for name in TEMPLATES:
            text, tip = names[name]
            picture = thumbnail_icon(build_template(name, language), ratio)
            self.templates.add_tile(text, name, tip, picture)
        self.templates.setCurrentRow(current)

    def _fill_recent(self, recent: list[str]) -> None:
        for path in recent:
            item = self.recent.add_tile(Path(path).name, path, path)
            self._pending.append((item, path))
        if self._pending:
            self._thumbnails.start()

    def _fill_examples(self) -> None:
        ratio = self.devicePixelRatioF()
        for path in example_maps():
            picture, title = file_thumbnail(path, ratio)
            self.examples.add_tile(title, str(path), str(path.name), picture)

    def _draw_next_thumbnail(self) -> None:
        if not self._pending:
            self._thumbnails.stop()
            return
        item, path = self._pending.pop(0)
        picture, detail = file_thumbnail(path, self.devicePixelRatioF())
        if picture is not None:
            item.setIcon(picture)
            item.setToolTip(f"{detail}\n{path}")
        else:
            item.setToolTip(self.tr("Cannot be read: %1").replace("%1", detail))

    def thumbnails_done(self) -> bool:
        return not self._pending

    # --- choosing ------------------------------------------------------------------
    def chosen_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _connect(self) -> None:
        def on(row: TileRow, act: Callable[[str], None]) -> None:
            row.itemActivated.connect(lambda item: act(str(item.data(ROLE_VALUE))))

        on(self.templates, lambda name: self.template_chosen.emit(name, self.chosen_language()))
        on(self.recent, self.file_chosen.emit)
        on(self.examples, self.example_chosen.emit)
        self.open_button.clicked.connect(self.open_requested.emit)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.open_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.templates.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._thumbnails.stop()
        super().closeEvent(event)
