"""Presentation view (F5): the map alone, full screen, stage by stage, for the projector.

In a workshop the panels took almost half the screen while the room needed the map.
Presentation hides the menu bar, toolbars, status bar and every dock, goes full screen
and shows the whole journey; Page Down / Page Up (what a presenter remote sends) put one
stage in focus — zoomed to be read from the back of the room, the other stages dimmed —
scrolling there smoothly; Home shows the whole journey again. It is the same canvas, so
every editing key keeps working (add a card, an emotion, a pain point, a vote). F5 or
Escape (when nothing else is being cancelled) leaves, and the window gets back exactly
the layout it had: docks, toolbars, size, zoom and scroll position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEasingCurve,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QTransform
from PySide6.QtWidgets import QDockWidget, QGraphicsPathItem, QToolBar

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

DIM = QColor(8, 12, 20, 150)  # over the stages not in focus: still visible, clearly not the subject
SCROLL_MS = 380
STAGE_SHARE = 0.4  # the focused stage takes this share of the screen's width…
MAX_STAGE_ZOOM = 1.6  # …but is never blown up beyond this (two or three cards tall)
Z_DIM = 35  # above cards, pains and headers; below the cell cursor's ring


@dataclass
class SavedLayout:
    """What presentation changes and gives back."""

    state: QByteArray
    geometry: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    transform: QTransform
    centre: QPointF


class Dimmer(QGraphicsPathItem):
    """A veil over everything but the stage in focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_DIM)
        self.setBrush(DIM)
        self.setPen(Qt.PenStyle.NoPen)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def cover(self, whole: QRectF, hole: QRectF | None) -> None:
        if hole is None:
            self.hide()
            return
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(whole)
        path.addRect(hole)
        self.setPath(path)
        self.show()


class Presentation(QObject):
    """Enters and leaves the presentation view of one window; owns its keys while active."""

    changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.scene = window.scene
        self.active = False
        self.stage_index: int | None = None  # None: the whole journey
        self._saved: SavedLayout | None = None
        self._minimap_on = False
        self.dimmer = Dimmer()
        self.scene.addItem(self.dimmer)
        self.view.veil = self.dimmer  # the view dims its stuck headers and labels alike
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(SCROLL_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(lambda centre: self.view.centerOn(centre))
        self.scene.layout_updated.connect(self._follow_layout)

    # --- entering and leaving -------------------------------------------------------------
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        self._saved = SavedLayout(
            w.saveState(),
            w.saveGeometry(),
            w.windowState(),
            w.menuBar().isVisible(),
            w.statusBar().isVisible(),
            self.view.transform(),
            self.view.mapToScene(self.view.viewport().rect().center()),
        )
        self.active = True
        for dock in w.findChildren(QDockWidget):
            dock.hide()
        for bar in w.findChildren(QToolBar):
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # nothing on the wall but the map
        self.view.setHorizontalScrollBarPolicy(off)
        self.view.setVerticalScrollBarPolicy(off)
        self.view.setStyleSheet("QGraphicsView#mapView { border: none; }")  # no focus frame on the wall
        minimap = getattr(getattr(w, "large_maps", None), "minimap", None)
        self._minimap_on = bool(minimap is not None and minimap.enabled_by_user)
        if minimap is not None:
            minimap.set_enabled_by_user(False)  # the room sees the map, not the navigation aid
        w.showFullScreen()
        self.view.installEventFilter(self)
        self.view.setFocus()
        self.show_whole()
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.active or self._saved is None:
            return
        saved, w = self._saved, self.window
        self.active = False
        self._animation.stop()
        self.view.removeEventFilter(self)
        self.dimmer.hide()
        self.stage_index = None
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setStyleSheet("")
        minimap = getattr(getattr(w, "large_maps", None), "minimap", None)
        if minimap is not None and self._minimap_on:
            minimap.set_enabled_by_user(True)
        w.setWindowState(saved.window_state)
        w.restoreGeometry(saved.geometry)
        w.restoreState(saved.state)
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        self.view.setTransform(saved.transform)
        self.view.centerOn(saved.centre)
        self.view.zoom_changed.emit(self.view.zoom())
        self.view.setFocus()
        self._saved = None
        self.changed.emit(False)

    # --- stage by stage ----------------------------------------------------------------
    def _stage_ids(self) -> list[str]:
        headers = self.scene.layout.stage_headers
        return [s.id for s in self.window.document.journey.stages if s.id in headers]

    def show_whole(self) -> None:
        """Home: the whole journey, as large as the screen allows."""
        self.stage_index = None
        self.dimmer.hide()
        self.view.fit_to_window()

    def step(self, delta: int) -> None:
        """Page Down / Page Up: the next / previous stage in focus (from the whole: the first / last)."""
        stages = self._stage_ids()
        if not stages:
            return
        if self.stage_index is None:
            index = 0 if delta > 0 else len(stages) - 1
        else:
            index = max(0, min(len(stages) - 1, self.stage_index + delta))
        self.focus_stage(index)

    def stage_rect(self, stage_id: str) -> QRectF:
        """The stage's column, from its header to the bottom of the grid."""
        layout = self.scene.layout
        header = layout.stage_headers[stage_id]
        grid = layout.grid
        return QRectF(header.x, header.y, header.w, grid.y + grid.h - header.y)

    def focus_stage(self, index: int, animate: bool = True) -> None:
        stages = self._stage_ids()
        if not 0 <= index < len(stages):
            return
        self.stage_index = index
        column = self.stage_rect(stages[index])
        self._veil(column)
        viewport = self.view.viewport().rect()
        zoom = min(MAX_STAGE_ZOOM, viewport.width() * STAGE_SHARE / max(1.0, column.width()))
        self.view.set_zoom(zoom)
        # The column's top (its header) under the top edge, its centre in the middle of the screen.
        half_height = viewport.height() / 2 / zoom
        target = QPointF(column.center().x(), column.top() - 12 + half_height)
        start = self.view.mapToScene(viewport.center())
        self._animation.stop()
        if animate:
            self._animation.setStartValue(QPointF(start))
            self._animation.setEndValue(target)
            self._animation.start()
        else:
            self.view.centerOn(target)

    def _follow_layout(self) -> None:
        """An edit moved the columns: keep the veil around the stage in focus."""
        if self.active and self.stage_index is not None:
            stages = self._stage_ids()
            if self.stage_index < len(stages):
                self._veil(self.stage_rect(stages[self.stage_index]))

    def _veil(self, column: QRectF) -> None:
        d = self.scene.layout.display
        whole = QRectF(-2000, -2000, d.width + 4000, d.height + 4000)
        self.dimmer.cover(whole, column.adjusted(-3, -3, 3, 3))

    # --- keys --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # going full screen, or the screen changed
            if self.stage_index is None:
                self.view.fit_to_window()
            else:
                self.focus_stage(self.stage_index, animate=False)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.modifiers():
            return False
        key = event.key()
        if key == Qt.Key.Key_PageDown:
            self.step(1)
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_whole()
        elif key == Qt.Key.Key_Escape and self.scene.interaction is None:
            self.leave()
        else:
            return False
        return True
