"""Scene items: one dumb painter per layout group, plus the transient overlays of gestures.

A `GroupItem` knows nothing about the model: it paints its group's primitives (with
the same Qt backend that renders PNG posters, so screen and poster agree), draws a
selection outline, and is found by the scene through its key (role, ref).

Besides selection an item can be *highlighted*: the action plan asks the canvas to
show the pains of the actions selected in the plan. That emphasis is amber, not the
selection's blue, and lives apart from the selection, so a facilitator can point at
a plan row and at a card on the canvas at the same time without one undoing the other.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymapper.export.qt_painter import paint_group
from journeymapper.layout.display import Circle, Group, Line, Primitive, Rect
from journeymapper.layout.shift import translate_group

GroupKey = tuple[str, str]

ACCENT = QColor("#2563EB")
ACCENT_SOFT = QColor(37, 99, 235, 40)
HIGHLIGHT = QColor("#F59E0B")  # amber: reads on the light and the dark poster, unlike the blue
HIGHLIGHT_GLOW = QColor(245, 158, 11, 70)
HIGHLIGHT_SOFT = QColor(245, 158, 11, 170)  # the card a highlighted pain sits on: quieter
HALO = 7.0  # how far a highlighted pain's glow reaches outside its box

# Stacking by role: cells under cards, headers over everything so they can stay sticky.
Z_BY_ROLE: dict[str, float] = {
    "grid": 0,
    "cell": 1,
    "title-block": 2,
    "legend": 2,
    "emotion-curve": 3,
    "kpi": 4,
    "opportunity": 4,
    "connection": 9,
    "card": 10,
    "pain": 12,
    "emotion-point": 16,
    "vote-dots": 17,
    "lane-label": 20,
    "stage-header": 21,
}
SELECTABLE_ROLES = frozenset({"card", "pain", "kpi", "opportunity"})
HOVER_ROLES = frozenset({"card", "pain", "kpi", "opportunity", "emotion-point", "stage-header", "lane-label"})
MARGIN = 4.0  # strokes and shadows may reach a little outside a group's box
# Groups that stretch with their row (a row that grows makes each of them taller): their
# items keep room to grow and repaint only the strips that changed (`stretched_strips`).
STRETCHY_ROLES = frozenset({"cell", "lane-label", "grid"})


def stretched_strips(old: Group, new: Group) -> list[QRectF] | None:
    """What differs between two drawings of a group at the same place, in the item's coordinates.

    Why: when a row grows, each cell of the row, its lane label and the grid's lines get
    taller, and repainting them whole repainted every visible cell of the row from top to
    bottom (most of the screen, at 10,000 cards a row is thousands of points tall), where
    only their bottom edges moved. A rectangle that only changed its height differs in a
    strip at its bottom; a vertical line that kept its start, around its end; other lines,
    rectangles and dots where they were and are. Anything else: None (repaint it all).
    """
    if old.x != new.x or old.y != new.y or len(old.items) != len(new.items):
        return None
    strips: list[QRectF] = []
    for a, b in zip(old.items, new.items, strict=True):
        if a == b:
            continue
        found = _differing(a, b)
        if found is None:
            return None
        strips.extend(strip.translated(-new.x, -new.y) for strip in found)
    return strips


def _differing(a: Primitive, b: Primitive) -> list[QRectF] | None:
    if type(a) is Rect and type(b) is Rect:
        if replace(a, h=b.h) == b:  # taller or shorter: the bottom edge and corners moved
            pad = a.stroke_width + a.radius + 2.0
            low, high = min(a.h, b.h), max(a.h, b.h)
            return [QRectF(a.x - pad, a.y + low - pad, a.w + 2 * pad, high - low + 2 * pad)]
        return [_bounds(a), _bounds(b)]
    if type(a) is Line and type(b) is Line:
        pad = max(a.stroke_width, b.stroke_width) + 2.0
        if a.x1 == a.x2 == b.x1 == b.x2 and replace(a, y2=b.y2) == b:  # a vertical line, longer or shorter
            low, high = min(a.y2, b.y2), max(a.y2, b.y2)
            return [QRectF(a.x1 - pad, low - pad, 2 * pad, high - low + 2 * pad)]
        return [_bounds(a), _bounds(b)]
    if type(a) is Circle and type(b) is Circle:
        return [_bounds(a), _bounds(b)]
    return None


def _bounds(p: Rect | Line | Circle) -> QRectF:
    """A primitive's box with room for its stroke and antialiasing."""
    if type(p) is Line:
        pad = p.stroke_width + 2.0
        return QRectF(min(p.x1, p.x2) - pad, min(p.y1, p.y2) - pad, abs(p.x2 - p.x1) + 2 * pad,
                      abs(p.y2 - p.y1) + 2 * pad)
    if type(p) is Circle:
        pad = p.stroke_width + 2.0
        return QRectF(p.cx - p.r - pad, p.cy - p.r - pad, 2 * (p.r + pad), 2 * (p.r + pad))
    assert type(p) is Rect
    pad = p.stroke_width + 2.0
    return QRectF(p.x - pad, p.y - pad, p.w + 2 * pad, p.h + 2 * pad)


class GroupItem(QGraphicsRectItem):
    """Paints one layout group; positioned at the group's box, in its row's band or the scene.

    A row-owned group (see `layout/rows.py`) is relative to its row's top and the item is a
    child of the row's `RowBand`; `layout_group` and `box()` still answer in poster coordinates.

    It is a QGraphicsRectItem (no pen, no brush) only so that its bounding rectangle lives in
    C++: when a row moves, Qt re-indexes every item in it, and a Python `boundingRect` made
    that one call into Python per item (tens of milliseconds at 10,000 cards).
    """

    def __init__(self, group: Group) -> None:
        super().__init__()
        self._group = group
        self.key: GroupKey = (group.role, group.ref)
        self.offset = QPointF(0.0, 0.0)  # a sticky header's shift while the view scrolls
        self._hovered = False
        self.highlight = ""  # "" | "strong" (a highlighted pain) | "soft" (the card it sits on)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        role = group.role
        self.setZValue(Z_BY_ROLE.get(role, 5))
        if role in SELECTABLE_ROLES:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        if role in HOVER_ROLES:
            self.setAcceptHoverEvents(True)
        if role in ("kpi", "opportunity"):  # a click opens it in its workbench panel
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._apply(group)

    @property
    def layout_group(self) -> Group:
        """The group in poster coordinates (row-owned groups are kept relative to their row)."""
        # Not `group`: that would hide QGraphicsItem.group() (the item's QGraphicsItemGroup).
        top = self._top()
        return translate_group(self._group, 0.0, top) if top else self._group

    def _top(self) -> float:
        parent = self.parentItem()
        return parent.y() if parent is not None else 0.0

    def set_group(self, group: Group) -> None:
        """Show a new version of the same object's group (after an edit).

        Most groups in a delta only moved (the cards below one that left a cell): `setPos`
        re-indexes and repaints those, so the costlier `prepareGeometryChange` is kept for a
        group whose size, and hence bounding rect, changed.
        """
        old = self._group
        self._apply(group, old)
        strips = stretched_strips(old, group) if self.key[0] in STRETCHY_ROLES else None
        scene = self.scene()
        if strips is None or scene is None:
            self.update()
            return
        for strip in strips:  # not `update(strip)`: Qt would repaint the union of the strips
            scene.update(self.mapRectToScene(strip))

    def _apply(self, group: Group, old: Group | None = None) -> None:
        self._group = group
        if old is None or group.w != old.w or group.h != old.h:
            self._fit_rect(stretched=old is not None and self.key[0] in STRETCHY_ROLES)
        self.setPos(group.x + self.offset.x(), group.y + self.offset.y())
        if old is None or group.title != old.title or group.desc != old.desc:
            self.setToolTip(group.title if not group.desc else f"{group.title}\n{group.desc}")

    def set_offset(self, dx: float, dy: float) -> None:
        if dx != self.offset.x() or dy != self.offset.y():
            self.offset = QPointF(dx, dy)
            self.setPos(self._group.x + dx, self._group.y + dy)

    def set_highlight(self, level: str) -> None:
        """Emphasise the item ("strong" for a pain, "soft" for its card) or not ("")."""
        if level != self.highlight:
            self.highlight = level
            self._fit_rect()  # the glow reaches outside the normal bounds
            self.update()

    def box(self) -> QRectF:
        """The group's box in scene coordinates, where the layout put it."""
        g = self._group
        return QRectF(g.x, g.y + self._top(), g.w, g.h)

    def _fit_rect(self, stretched: bool = False) -> None:
        """The item's rectangle (its bounding rect): the box, and room for strokes or a glow.

        A group that stretched with its row keeps a rectangle with room to grow (changing
        it makes Qt repaint the whole item), enlarged with slack when it no longer fits.
        """
        g = self._group
        m = HALO + 2 if self.highlight else MARGIN
        rect = QRectF(-m, -m, g.w + 2 * m, g.h + 2 * m)
        if stretched:
            current = self.rect()
            if current.contains(rect) and current.width() == rect.width():
                return
            rect.setHeight(rect.height() + max(200.0, g.h / 4))
        self.setRect(rect)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        g = self._group
        if g.role == "emotion-point":  # a small dot: make it easy to grab
            path.addEllipse(QRectF(-4, -4, g.w + 8, g.h + 8))
        else:
            path.addRect(QRectF(0, 0, g.w, g.h))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.offset.x() or self.offset.y():
            return  # a stuck header or label: the view's overlay paints it, over a paper backdrop
        g = self._group
        if self.highlight == "strong":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HIGHLIGHT_GLOW)
            painter.drawRoundedRect(QRectF(-HALO, -HALO, g.w + 2 * HALO, g.h + 2 * HALO), 8, 8)
        painter.save()
        painter.translate(-g.x, -g.y)
        paint_group(painter, g)
        painter.restore()
        if self.highlight:
            strong = self.highlight == "strong"
            pen = QPen(HIGHLIGHT if strong else HIGHLIGHT_SOFT, 3.0 if strong else 1.6)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = 3.5 if self.highlight == "strong" else 2.5
            painter.drawRoundedRect(QRectF(-grow, -grow, g.w + 2 * grow, g.h + 2 * grow), 5, 5)
        if self.isSelected() or self._hovered:
            pen = QPen(ACCENT if self.isSelected() else QColor(37, 99, 235, 110))
            pen.setWidthF(2.0 if self.isSelected() else 1.2)
            pen.setCosmetic(self.isSelected() is False)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = QRectF(-1.5, -1.5, g.w + 3, g.h + 3)
            if g.role == "emotion-point":
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 4, 4)

    def hoverEnterEvent(self, event: object) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self._hovered = False
        self.update()


class DropIndicator:
    """Where dragged cards will land: the target cell tinted and a bar at the insertion point."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.cell = QGraphicsRectItem()
        self.cell.setBrush(QBrush(ACCENT_SOFT))
        pen = QPen(ACCENT, 1.5, Qt.PenStyle.DashLine)
        self.cell.setPen(pen)
        self.bar = QGraphicsLineItem()
        bar_pen = QPen(ACCENT, 3.0)
        bar_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.bar.setPen(bar_pen)
        for item in (self.cell, self.bar):
            item.setZValue(30)
            item.setVisible(False)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)

    def show_cell(self, rect: QRectF) -> None:
        self.cell.setRect(rect)
        self.cell.setVisible(True)
        self.bar.setVisible(False)

    def show_bar(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.bar.setLine(x1, y1, x2, y2)
        self.bar.setVisible(True)

    def hide(self) -> None:
        self.cell.setVisible(False)
        self.bar.setVisible(False)


class RubberLine(QGraphicsLineItem):
    """The line that follows the pointer while a connection is being drawn."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(ACCENT, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setZValue(31)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class ConnectHandle(QGraphicsEllipseItem):
    """A small knob on the right edge of the selected card: drag it onto another card to connect."""

    RADIUS = 6.0

    def __init__(self) -> None:
        r = self.RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.setBrush(QBrush(QColor("#FFFFFF")))
        self.setPen(QPen(ACCENT, 2.0))
        self.setZValue(25)
        self.setVisible(False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.card_id = ""
        self.setToolTip("")

    def attach(self, card_id: str, box: QRectF | None) -> None:
        self.card_id = card_id if box is not None else ""
        if box is None:
            self.setVisible(False)
            return
        self.setPos(box.right(), box.center().y())
        self.setVisible(True)
