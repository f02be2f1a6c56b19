"""The minimap: the whole journey in a corner of the canvas, with the part on screen outlined.

On a map of thousands of cards the window shows a few dozen; the minimap says where
they are in the journey and takes you elsewhere with one click (or a drag of the
outline). It draws the layout's own geometry, not the display list in detail: at a
few pixels per stage a card is a speck, so headers, labels and cells in their fill
colours, cards in one ink (a cell's stack as one bar once cards are under two pixels
tall) and the emotion curve as a line are all that can be seen. Drawing that costs
milliseconds at 1,000 cards and tens at 10,000. The drawing is cached as a pixmap and
redrawn a moment after the layout changes (not at all while hidden), so typing and
dragging do not pay for it; the outline of the visible part is painted over the cached
pixmap on every scroll.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF, QShowEvent
from PySide6.QtWidgets import QWidget

from journeymapper.layout.display import Circle, Group, Rect
from journeymapper.layout.maplayout import MapLayout
from journeymapper.ui.canvas.view import AfterFirstFrame, MapView

MAX_SIZE = QSize(240, 220)  # logical pixels; the map keeps its aspect ratio inside
MARGIN = 12  # from the viewport's corner
REDRAW_AFTER_MS = 250  # after the last layout change: edits stay fluid, the minimap catches up
# ... or this many times as long as the last redraw took, so on a huge map (100 ms a redraw at
# 50,000 cards) the redraw waits for a real pause rather than landing between keystrokes.
REDRAW_PATIENCE = 8
FRAME = QColor(37, 99, 235)  # the visible part's outline
# Roles whose groups are too small or too many to show at minimap scale.
LEFT_OUT = frozenset(
    {"pain", "kpi", "opportunity", "action", "connection", "legend", "title-block", "emotion-point"}
)
# Cards are white on light paper: at a pixel or two each they must read as ink, not paper.
CARD_INK = {True: QColor("#94A3B8"), False: QColor("#64748B")}  # on light paper / on dark paper


def minimap_size(width: float, height: float) -> QSize:
    """The widget size for a map of width × height points: fits MAX_SIZE, same aspect ratio."""
    if width <= 0 or height <= 0:
        return QSize(MAX_SIZE.width(), 40)
    scale = min(MAX_SIZE.width() / width, MAX_SIZE.height() / height)
    return QSize(max(40, round(width * scale)), max(24, round(height * scale)))


def _extent(primitive: object) -> tuple[float, float, float, float] | None:
    """x, y, w, h of a group's first primitive when it is a filled box or dot, else None."""
    if isinstance(primitive, Rect) and primitive.fill is not None:
        return primitive.x, primitive.y, primitive.w, primitive.h
    if isinstance(primitive, Circle) and primitive.fill is not None:
        r = primitive.r
        return primitive.cx - r, primitive.cy - r, 2 * r, 2 * r
    return None


class _Shapes:
    """The layout's groups as the minimap needs them: row-relative, plus each row's top.

    The layout keeps row-owned groups relative to their lane's row (`MapLayout.local_groups`)
    and makes poster coordinates on access; asking it for 20,000 absolute groups cost
    a third of a second, adding a row's top here costs nothing.
    """

    def __init__(self, layout: MapLayout) -> None:
        self.local = layout.local_groups or layout.groups
        self.row_of, self.tops = layout.row_of, layout.row_tops

    def top(self, key: tuple[str, str]) -> float:
        lane = self.row_of.get(key)
        return self.tops.get(lane, 0.0) if lane is not None else 0.0

    def first(self, key: tuple[str, str]) -> object | None:
        group = self.local.get(key)  # not an arrow kept as a span: those are left out
        return group.items[0] if isinstance(group, Group) and group.items else None


def _card_boxes(layout: MapLayout, shapes: _Shapes, scale: float, ink: str) -> dict[str, list[QRectF]]:
    """The cards, by colour: each card where a card is two pixels or more, else each cell's stack.

    At 10,000 cards a card is about a pixel tall on the minimap; building a Qt rectangle per
    card cost over 100 ms, more than all the drawing. A stack of cards that thin reads as one
    bar anyway, so a dense cell is drawn as one, and the work follows the minimap's pixels.
    """
    batches: dict[str, list[QRectF]] = {}

    def placed(card_id: str) -> tuple[float, float, float, float, str] | None:
        key = ("card", card_id)
        head = shapes.first(key)
        extent = _extent(head)
        if extent is None:
            return None  # a folded lane's cards are not drawn
        x, y, w, h = extent
        # A card in the "dots" density is a circle in its emotion's colour: keep it.
        colour = head.fill if isinstance(head, Circle) and head.fill else ink
        return x, y + shapes.top(key), w, h, colour

    for ids in layout.cell_cards.values():
        first = next((p for p in map(placed, ids) if p is not None), None)
        last = next((p for p in map(placed, reversed(ids)) if p is not None), None)
        if first is None or last is None:
            continue
        x, top, w = first[0], first[1], first[2]
        bottom = last[1] + last[3]  # one column of cards, top to bottom
        if (bottom - top) * scale / len(ids) < 2.0:  # dense: one bar, whatever the count
            batches.setdefault(ink, []).append(QRectF(x, top, w, bottom - top))
            continue
        for card in map(placed, ids):
            if card is not None:
                batches.setdefault(card[4], []).append(QRectF(*card[:4]))
    return batches


def paint_map(painter: QPainter, layout: MapLayout, scale: float) -> None:
    """The map as boxes in their fill colours and the emotion curve as a line, at `scale`."""
    d = layout.display
    paper = QColor(d.background)
    ink = CARD_INK[paper.lightness() >= 128].name()
    shapes = _Shapes(layout)
    batches = _card_boxes(layout, shapes, scale, ink)
    for key, group in shapes.local.items():
        if key[0] == "card" or key[0] in LEFT_OUT or not isinstance(group, Group) or not group.items:
            continue
        first = group.items[0]
        if isinstance(first, Rect) and first.fill is not None:
            top = shapes.top(key)
            batches.setdefault(first.fill, []).append(QRectF(first.x, first.y + top, first.w, first.h))
    painter.save()
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, d.width, d.height), paper)
    painter.setPen(Qt.PenStyle.NoPen)
    order = sorted(batches, key=lambda colour: colour == ink)  # cards over cells and headers
    for colour in order:
        painter.setBrush(QColor(colour))
        painter.drawRects(batches[colour])
    points = sorted(layout.emotion_points.values())
    if len(points) > 1:
        step = max(1, len(points) // max(1, round(d.width * scale)))  # about one point per pixel
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#64748B"), 1.5 / scale))
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points[::step]]))
    painter.restore()


class Minimap(QWidget):
    """A small overview over the view's bottom-right corner; click or drag to look elsewhere.

    Shown while it is switched on (View → Minimap) and the map does not fit the window:
    when everything is on screen there is nowhere to navigate to.
    """

    def __init__(self, view: MapView) -> None:
        # A child of the viewport: a sibling laid over it would make Qt repaint the whole
        # viewport on every scroll step instead of moving pixels (10 ms a step at 5,000 cards).
        # Viewport children scroll with the pixels, so `follow_view` puts it back each time.
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("minimap")
        # It paints every pixel (the map fills it, aspect ratio kept), so the canvas beneath
        # it need not be painted first: without this each scroll step repainted the map twice.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Minimap: click or drag to move around the map"))
        self.setAccessibleName(self.tr("Minimap"))
        self.enabled_by_user = True
        self._pixmap: QPixmap | None = None
        self._stale = False  # the map changed while the minimap was hidden
        self._dragging = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_AFTER_MS)
        self._redraw.timeout.connect(self._render)
        view.map_scene.layout_updated.connect(self._redraw.start)
        view.view_changed.connect(self.follow_view)
        # Drawn and shown from the turn after the window's first frame: the map first.
        self._after_first_frame = False
        AfterFirstFrame(view.viewport(), self._first_frame_shown)

    def _first_frame_shown(self) -> None:
        self._after_first_frame = True
        self.follow_view()

    # --- geometry -------------------------------------------------------------------------
    @property
    def map_layout(self) -> MapLayout:
        return self.view.map_scene.layout

    def scale(self) -> float:
        """Minimap pixels per map point."""
        d = self.map_layout.display
        return self.width() / d.width if d.width > 0 else 1.0

    def to_scene(self, pos: QPointF | QPoint) -> QPointF:
        s = self.scale()
        return QPointF(pos.x() / s, pos.y() / s)

    def visible_rect(self) -> QRectF:
        """The part of the map on screen, in minimap pixels (clipped to the map)."""
        s = self.scale()
        visible = self.view.visible_scene_rect()
        d = self.map_layout.display
        visible = visible.intersected(QRectF(0, 0, d.width, d.height))
        return QRectF(visible.x() * s, visible.y() * s, visible.width() * s, visible.height() * s)

    def set_enabled_by_user(self, on: bool) -> None:
        self.enabled_by_user = on
        self._after_first_frame = True  # asked for: shown now, whatever the window's first frame
        self.follow_view()

    def follow_view(self) -> None:
        """Sit in the viewport's corner; show only when on and the map overflows the window."""
        d = self.map_layout.display
        visible = self.view.visible_scene_rect()
        overflows = visible.width() < d.width - 1 or visible.height() < d.height - 1
        wanted = self.enabled_by_user and overflows and self._after_first_frame
        if wanted:
            size = minimap_size(d.width, d.height)
            if size != self.size():
                self.resize(size)
                self._render()
            port = self.view.viewport().rect()
            corner = QPoint(port.right() - size.width() - MARGIN, port.bottom() - size.height() - MARGIN)
            if corner != self.pos():
                self.move(corner)
            if not self.isVisible():
                self.raise_()
            self.update()
        if wanted != self.isVisible():
            self.setVisible(wanted)
            if wanted and (self._stale or self._pixmap is None):
                self._render()

    # --- drawing --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Catch up when it appears: it is sized, and was stale, before its window is shown.

        Without this a window opened on a big map showed the drawing made for the default
        widget size (100 x 30) in a tall minimap, the rest black, until the first edit.
        """
        super().showEvent(event)
        if self._stale:
            self._render()

    def _render(self) -> None:
        if not self.isVisible() and self._pixmap is not None:
            self._stale = True  # hidden: no work until it is shown again
            return
        self._stale = False
        started = time.perf_counter()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        paint_map(painter, self.map_layout, self.scale())
        painter.end()
        self._pixmap = pixmap
        self.update()
        cost_ms = (time.perf_counter() - started) * 1000
        self._redraw.setInterval(max(REDRAW_AFTER_MS, round(REDRAW_PATIENCE * cost_ms)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
        frame = self.visible_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shade = QColor(FRAME)
        shade.setAlpha(40)
        painter.setBrush(shade)
        painter.setPen(QPen(FRAME, 2))
        painter.drawRect(frame.adjusted(1, 1, -1, -1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(100, 116, 139), 1))
        painter.drawRect(QRect(0, 0, self.width() - 1, self.height() - 1))
        painter.end()

    # --- navigation -----------------------------------------------------------------------
    def _go(self, pos: QPointF | QPoint) -> None:
        self.view.centerOn(self.to_scene(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._go(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        event.accept()
