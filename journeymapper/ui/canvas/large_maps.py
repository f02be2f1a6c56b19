"""View-menu controls for large maps: the minimap switch (remembered between sessions).

Kept beside the canvas rather than in the main window, so the window only places the
menu entries; the behaviour (what is shown, what the switch remembers) lives here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journeymapper.ui.canvas.minimap import Minimap
from journeymapper.ui.canvas.view import MapView
from journeymapper.ui.preferences import app_settings

KEY_MINIMAP = "view/minimap"


class LargeMapControls(QObject):
    """The minimap over a view and the View-menu action that shows or hides it."""

    def __init__(self, view: MapView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.minimap = Minimap(view)
        self.show_minimap = QAction(self.tr("&Minimap"), self)
        self.show_minimap.setObjectName("showMinimap")
        self.show_minimap.setCheckable(True)
        self.show_minimap.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.show_minimap.setStatusTip(
            self.tr("Show the whole map in a corner of the canvas; click or drag it to move around")
        )
        on = app_settings().value(KEY_MINIMAP, True, type=bool)
        self.show_minimap.setChecked(bool(on))
        self.minimap.set_enabled_by_user(bool(on))
        self.show_minimap.toggled.connect(self._set_minimap)

    def _set_minimap(self, on: bool) -> None:
        self.minimap.set_enabled_by_user(on)
        settings = app_settings()
        settings.setValue(KEY_MINIMAP, on)
        settings.sync()

    def add_to(self, menu: QMenu) -> None:
        """Place the large-map entries in the View menu."""
        menu.addAction(self.show_minimap)
