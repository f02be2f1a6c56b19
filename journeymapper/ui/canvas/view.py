"""The map view: zoom, pan, sticky headers, keyboard navigation and the inline editor.

Everything here is about looking at the map; edits are requested from the editor
controller through signals, so the view stays free of model knowledge.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmapCache,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsPathItem, QGraphicsView, QWidget

from journeymapper.export.qt_painter import paint_group
from journeymapper.layout.display import Group, Rect, TextRun
from journeymapper.layout.maplayout import MapLayout
from journeymapper.ui.canvas.inline_editor import InlineEditor
from journeymapper.ui.canvas.overview import OVERVIEW_BELOW
from journeymapper.ui.canvas.scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
ZOOM_STEP = 1.25
ZOOM_SETTLE_MS = 400  # item pixmap caches come back this long after the last zoom step
PIXMAP_CACHE_KB = 64 * 1024  # room for the cards on screen, even on a high-DPI display
NAME_PAD = 6.0  # points around a lane name pinned below the header row
HOVER = QColor(37, 99, 235, 110)  # the outline under the pointer, as on the scene's items


class AfterFirstFrame(QObject):
    """Calls `then` once, in the turn of the event loop after `widget` was first painted.

    For what a window's first frame need not wait for (the panels behind other tabs, the
    minimap's drawing): it comes right after the map appeared, before any key is handled.
    """

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # after this paint, not before it
        return False


@dataclass
class StickyOverlay:
    """What the view paints over the map for the headers that stick, in scene coordinates.

    `backdrops` are paper under the stuck header row and label column (so cards scrolling
    beneath never show through the gaps between headers); `groups` are the headers and
    labels to paint there, each shifted by its (dx, dy); `names` the lane names repeated
    below the header row, shifted likewise; `corner` is where the row and the column
    cross, covered with paper.
    """

    backdrops: list[QRectF] = field(default_factory=list)
    groups: list[tuple[Group, float, float]] = field(default_factory=list)
    names: list[tuple[Group, float, float]] = field(default_factory=list)
    corner: QRectF | None = None


def sticky_overlay(layout: MapLayout, visible: QRectF) -> StickyOverlay:
    """Stage headers stuck to the top and lane labels stuck to the left, from the layout's geometry.

    A lane taller than the window also gets its name again just below the header row,
    since its label's text sits at the lane's top, long scrolled away.
    """
    grid, overlay = layout.grid, StickyOverlay()
    left, top = max(visible.left(), grid.x), max(visible.top(), grid.y)
    header_h, label_w = layout.header_height, layout.label_width
    if visible.top() > grid.y:  # the header row sticks
        overlay.backdrops.append(QRectF(left, top, visible.right() - left, header_h))
        for stage_id, box in layout.stage_headers.items():
            group = layout.groups.get(("stage-header", stage_id))
            if group is not None and box.right > left and box.x < visible.right():
                overlay.groups.append((group, 0.0, top - box.y))
    body_top = top + header_h
    if visible.left() > grid.x:  # the label column sticks
        overlay.backdrops.append(QRectF(left, body_top, label_w, max(0.0, visible.bottom() - body_top)))
        for lane_id, box in layout.lane_labels.items():
            group = layout.groups.get(("lane-label", lane_id))
            if group is not None and box.bottom > body_top and box.y < visible.bottom():
                overlay.groups.append((group, left - box.x, 0.0))
    for lane_id, box in layout.lane_labels.items():
        if box.y < body_top < box.bottom:
            pinned = _pinned_name(layout.groups.get(("lane-label", lane_id)), body_top, box.bottom)
            if pinned is not None:
                overlay.names.append((pinned[0], max(0.0, left - box.x), pinned[1]))
    if overlay.backdrops or overlay.groups or overlay.names:
        overlay.corner = QRectF(left, top, label_w, header_h)
    return overlay


def _overlay_key(overlay: StickyOverlay) -> tuple:
    """What the overlay paints, as a comparable value (its groups by value: the layout
    makes row-owned groups anew when asked)."""
    return (
        tuple((r.x(), r.y(), r.width(), r.height()) for r in overlay.backdrops),
        tuple(overlay.groups),
        tuple(overlay.names),
        None if overlay.corner is None else overlay.corner.getRect(),
    )


def _pinned_name(group: Group | None, body_top: float, lane_bottom: float) -> tuple[Group, float] | None:
    """A lane label's name on its own strip, and how far down to shift it to sit below `body_top`."""
    if group is None or not group.items or not isinstance(group.items[0], Rect):
        return None
    names = [p for p in group.items if isinstance(p, TextRun) and p.role == "lane-name"]
    if not names:
        return None
    name_top = names[0].y - names[0].size  # the first line's top (y is a baseline)
    name_bottom = names[-1].y + 0.3 * names[-1].size
    dy = body_top + NAME_PAD - name_top
    if dy <= 0 or name_bottom + dy + NAME_PAD > lane_bottom:
        return None  # the name is in view, or the lane's visible rest is too short for it
    label = group.items[0]
    strip = Rect(
        label.x,
        name_top - NAME_PAD,
        label.w,
        name_bottom - name_top + 2 * NAME_PAD,
        fill=label.fill,
        radius=label.radius,
        ref=group.ref,
        role="lane-label",
    )
    return Group(group.ref, "lane-label", group.x, group.y, group.w, group.h, (strip, *names)), dy


class MapView(QGraphicsView):
    """Shows a MapScene; Ctrl+wheel zooms, middle-drag or Space+drag pans."""

    zoom_changed = Signal(float)
    escape_pressed = Signal()
    view_changed = Signal()  # scrolled, zoomed or resized: the minimap follows

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        # A veil over parts of the scene (the presentation view's dimming): the stuck headers
        # are painted over the scene, so the veil is painted again over them.
        self.veil: QGraphicsPathItem | None = None
        self.setObjectName("mapView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # .journey files dropped here go to the window
        self.viewport().setMouseTracking(True)
        # The scene's background brush covers every exposed pixel, so the viewport is opaque:
        # Qt then scrolls by moving pixels and repaints only the strip that came into view,
        # instead of the whole viewport and the window beneath it (a 2x faster pan step).
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # Cards are cached as pixmaps (see MapScene.set_item_cache); Qt's default 10 MB of
        # pixmap cache holds fewer cards than a full screen shows.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._zoom_settle = QTimer(self)
        self._zoom_settle.setSingleShot(True)
        self._zoom_settle.setInterval(ZOOM_SETTLE_MS)
        self._zoom_settle.timeout.connect(lambda: self.map_scene.set_item_cache(True))
        self.editor = InlineEditor(self)
        self._space_down = False
        self._pan_from: QPoint | None = None
        self.paper_edge = QColor("#D5DBE3")
        self.shadow = QColor(15, 23, 42)
        # Where the header row and the label column were stuck, and lane names pinned, at the
        # last update (scene coordinates): a strip that scrolled or came unstuck is repainted.
        self._stuck: tuple[QRectF | None, QRectF | None, QRectF | None] = (None, None, None)
        self._overlay_shown: tuple | None = None  # what the overlay showed at the last update
        scene.layout_updated.connect(self._follow_edit)

    def set_desk(self, desk: str, paper_edge: str) -> None:
        """The colours around the poster, so the desk matches the chrome's light or dark theme."""
        self.map_scene.setBackgroundBrush(QColor(desk))
        self.paper_edge = QColor(paper_edge)
        dark = QColor(desk).lightness() < 128
        self.shadow = QColor(0, 0, 0) if dark else QColor(15, 23, 42)
        self.viewport().update()

    # --- zoom --------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_under_mouse: bool = False, *, step: bool = True) -> None:
        """Zoom to `factor`; `step=False` for a zoom that is no step of a burst (the opening fit):
        the items keep their sharp caches instead of switching to scaled ones and back."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor / current, factor / current)
        if step:
            self._zooming()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._after_view_change()
        self.zoom_changed.emit(self.zoom())

    def _zooming(self) -> None:
        """A zoom step: the items shown keep scaled caches until the zooming stops (see `set_item_cache`).

        Called once the view has its new scale: only the items it now shows need to stop caching.
        """
        if self.zoom() * self.devicePixelRatioF() >= OVERVIEW_BELOW:  # zoomed out, items paint nothing
            self.map_scene.set_item_cache(False, self.visible_scene_rect())
        self._zoom_settle.start()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        d = self.map_scene.layout.display
        self.fitInView(QRectF(0, 0, d.width, d.height), Qt.AspectRatioMode.KeepAspectRatio)
        self._zooming()
        self._after_view_change()
        self.zoom_changed.emit(self.zoom())

    def fit_width(self) -> None:
        """Readable on a projector: the map's width fills the window, no smaller than 60 %.

        The window's opening zoom: not a step of a burst, so the items shown are drawn once
        into their caches at this scale (as a zoom step they were drawn at their own scale
        for the first frame, then all again when the burst was deemed over).
        """
        d = self.map_scene.layout.display
        width = max(1, self.viewport().width() - 24)
        self.set_zoom(max(0.6, min(1.5, width / max(1.0, d.width))), step=False)
        self.ensureVisible(QRectF(0, 0, 1, 1), 12, 12)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP**steps), anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # --- pan ---------------------------------------------------------------------------
    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if not self.map_scene.cancel_interaction():
                self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # --- sticky headers and overlays -------------------------------------------------------
    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def update_sticky(self, scrolled: tuple[int, int] | None = None) -> None:
        """Keep the stuck headers in place and repaint the overlay strips that need it.

        `scrolled` is the (dx, dy) of a scroll step; None means anything may have changed
        (an edit, a zoom, a resize). Qt scrolls by moving pixels: the stuck header row only
        goes stale when the map scrolls vertically under it (moving horizontally, the headers
        move with the pixels), the stuck label column only when it scrolls horizontally, and
        the lane names pinned below the header row whenever the map moves under them. Strips
        that are not stuck, before or now, scroll with the map and are left to the blit
        (repainting the label column on every vertical step cost a third of a pan step).
        """
        visible = self.visible_scene_rect()
        self.map_scene.apply_sticky(visible)
        layout = self.map_scene.layout
        left, top = max(visible.left(), layout.grid.x), max(visible.top(), layout.grid.y)
        header = QRectF(visible.left(), top, visible.width(), layout.header_height)
        column = QRectF(left, visible.top(), layout.label_width, visible.height())
        now = (
            header if visible.top() > layout.grid.y else None,
            column if visible.left() > layout.grid.x else None,
            self._pinned_names(layout, visible),
        )
        # In scene coordinates, the strips painted stuck at the last update are where the
        # blit has just moved their pixels: stale copies to repaint, as well as the new strips.
        was, self._stuck = self._stuck, now
        dx, dy = scrolled if scrolled is not None else (1, 1)
        strips = [r for r in (now[2], was[2]) if r is not None]
        if dy:
            strips += [r for r in (now[0], was[0]) if r is not None]
        if dx:
            strips += [r for r in (now[1], was[1]) if r is not None]
        if scrolled is None:
            strips += [header, column]
        port = self.viewport()
        for strip in strips:
            port.update(self.mapFromScene(strip).boundingRect().adjusted(-2, -2, 2, 2))
        self._overlay_shown = _overlay_key(sticky_overlay(layout, visible))

    def _follow_edit(self) -> None:
        """After an edit: repaint the stuck strips only when what the overlay shows changed.

        Qt repaints wherever an item changed, and `drawForeground` paints the overlay over
        those parts too; so an edit that leaves the stuck headers, labels and pinned names
        as they were (a move, a rename of a card) repaints no strip. Repainting the header
        row and the label column on every edit was two thirds of a card move's repaint at
        10,000 cards.
        """
        visible = self.visible_scene_rect()
        self.map_scene.apply_sticky(visible)  # new header items take their shift
        if _overlay_key(sticky_overlay(self.map_scene.layout, visible)) != self._overlay_shown:
            self.update_sticky()

    @staticmethod
    def _pinned_names(layout: MapLayout, visible: QRectF) -> QRectF | None:
        """Where the overlay repeats lane names below the header row (scene coordinates), if anywhere."""
        area: QRectF | None = None
        for group, dx, dy in sticky_overlay(layout, visible).names:
            box = QRectF(group.x + dx, group.y + dy, group.w, group.h)
            for item in group.items:
                if isinstance(item, Rect):  # the strip behind the name: what the overlay paints
                    box = QRectF(item.x + dx, item.y + dy, item.w, item.h)
                    break
            area = box if area is None else area.united(box)
        return area

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The stuck headers and labels (see `sticky_overlay`), over everything else."""
        super().drawForeground(painter, rect)
        layout = self.map_scene.layout
        overlay = sticky_overlay(layout, self.visible_scene_rect())
        paper = QColor(layout.display.background)
        exposed = QRectF(rect)
        for backdrop in overlay.backdrops:
            painter.fillRect(backdrop, paper)
        for group, dx, dy in overlay.groups:
            box = QRectF(group.x + dx, group.y + dy, group.w, group.h)
            if exposed.intersects(box):
                painter.save()
                painter.translate(dx, dy)
                paint_group(painter, group)
                painter.restore()
                self._hover_outline(painter, group, box)
        for group, dx, dy in overlay.names:
            painter.save()
            painter.translate(dx, dy)
            paint_group(painter, group)
            painter.restore()
        if overlay.corner is not None:
            painter.fillRect(overlay.corner, paper)
        self._veil_sticky(painter, overlay)

    def _veil_sticky(self, painter: QPainter, overlay: StickyOverlay) -> None:
        """Dim the stuck headers and labels as the veil dims the scene beneath them."""
        veil = self.veil
        if veil is None or not veil.isVisible() or not overlay.backdrops:
            return
        covered = QPainterPath()
        for backdrop in overlay.backdrops:
            covered.addRect(backdrop)
        if overlay.corner is not None:
            covered.addRect(overlay.corner)
        painter.save()
        painter.setClipPath(covered)  # only where the overlay hid the scene's veil
        painter.fillPath(veil.path(), veil.brush())
        painter.restore()

    def _hover_outline(self, painter: QPainter, group: Group, box: QRectF) -> None:
        """The pointer's outline on a stuck header, as its item draws it (the overlay covers the item)."""
        item = self.map_scene.item_for((group.role, group.ref))
        if item is not None and item.isUnderMouse():
            pen = QPen(HOVER, 1.2)
            pen.setCosmetic(True)
            painter.save()
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
            painter.restore()

    def _after_view_change(self, scrolled: tuple[int, int] | None = None) -> None:
        if self.scene() is None:
            # The scene is being destroyed (it detaches itself, moving the scroll bars): its
            # items are gone, so there are no headers to keep in place.
            return
        self.map_scene.set_overview(self.zoom() * self.devicePixelRatioF() < OVERVIEW_BELOW)
        if self.map_scene.overview.active:  # the raster's idle work waits, then fills this view
            self.map_scene.overview.raster.busy(
                self.zoom() * self.devicePixelRatioF(), self.visible_scene_rect()
            )
        self.update_sticky(scrolled)
        if self.editor.isVisible():
            self.editor.reposition()
        self.view_changed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._after_view_change((dx, dy))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._after_view_change()

    def scroll_to_scene_rect(self, rect: QRectF) -> None:
        self.ensureVisible(rect, 40, 60)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """A soft desk around the poster, so its edges read as paper."""
        d = self.map_scene.layout.display
        paper = QRectF(0, 0, d.width, d.height)
        edge = 2.0 / max(painter.worldTransform().m11(), 1e-3)  # two pixels: the paper's edge line
        inside = paper.adjusted(edge, edge, -edge, -edge)
        # Inside the paper, desk and shadows are covered: fill it once, opaque, and draw the
        # desk, the shadows and the edge only around it (three alpha-blended fills of the whole
        # exposed area cost a tenth of a pan step and a third of a rename's repaint at 10,000 cards).
        exposed = QRectF(rect)
        painter.fillRect(exposed.intersected(inside), QColor(d.background))
        if not inside.contains(exposed):
            self._draw_desk(painter, exposed, paper, inside)
        overview = self.map_scene.overview
        if overview.active:  # zoomed out: the map as images (see `overview_raster`)
            overview.raster.paint(painter, exposed, zooming=self._zoom_settle.isActive())

    def _draw_desk(self, painter: QPainter, exposed: QRectF, paper: QRectF, inside: QRectF) -> None:
        """The desk, the paper's shadows and its edge, drawn only outside the paper's inside."""
        d = self.map_scene.layout.display
        painter.save()
        hole = QRect(  # whole points within `inside`, so the clip never eats the edge or shadows
            math.ceil(inside.left()),
            math.ceil(inside.top()),
            max(0, math.floor(inside.right()) - math.ceil(inside.left())),
            max(0, math.floor(inside.bottom()) - math.ceil(inside.top())),
        )
        outside = QRegion(exposed.toAlignedRect()).subtracted(QRegion(hole))
        painter.setClipRegion(outside, Qt.ClipOperation.IntersectClip)
        super().drawBackground(painter, exposed)
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((6.0, 14), (3.0, 22), (1.2, 34)):
            shade = QColor(self.shadow)
            shade.setAlpha(alpha * 3 if self.shadow.lightness() == 0 else alpha)
            painter.setBrush(shade)
            painter.drawRoundedRect(paper.adjusted(-spread, -spread + 2, spread, spread + 2), 6, 6)
        painter.setBrush(QColor(d.background))
        painter.setPen(QPen(self.paper_edge, 0))
        painter.drawRect(paper)
        painter.restore()
