"""Marks on the canvas for compare mode: outlines on what changed, ghosts for what is gone.

The marks are scene items of their own, above the map and never selectable, placed from
the boxes the layout already computed; removing them leaves the scene as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymapper.layout.maplayout import MapLayout
from journeymapper.teams.diff import Change, MapDiff

COLOURS = {
    "added": QColor("#16A34A"),
    "modified": QColor("#D97706"),
    "moved": QColor("#7C3AED"),
    "reordered": QColor("#7C3AED"),
    "removed": QColor("#DC2626"),
    "moved-from": QColor("#7C3AED"),
}
BADGES = {"added": "+", "modified": "~", "moved": "→", "reordered": "↕", "removed": "−", "moved-from": "←"}
GHOSTS = ("removed", "moved-from")  # drawn dashed, with the card's title
ROLES = {
    "touchpoints": "card", "pain_points": "pain", "opportunities": "opportunity", "kpis": "kpi",
    "stages": "stage-header", "lanes": "lane-label", "connections": "connection",
}
Z = 40.0
GHOST_HEIGHT = 34.0


class Mark(QGraphicsItem):
    """An outline in the colour of a change, with a small badge; a ghost is dashed and filled."""

    def __init__(self, rect: QRectF, kind: str, text: str = "") -> None:
        super().__init__()
        self.rect, self.kind, self.text = rect, kind, text
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colour = COLOURS[self.kind]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ghost = self.kind in GHOSTS
        pen = QPen(colour, 2.0, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(40 if ghost else 0)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self.rect.adjusted(-3, -3, 3, 3), 6, 6)
        if ghost and self.text:
            painter.setPen(colour.darker(130))
            font = QFont(painter.font())
            font.setStrikeOut(self.kind == "removed")
            painter.setFont(font)
            painter.drawText(self.rect.adjusted(6, 2, -6, -2),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text)
        badge = QRectF(self.rect.right() - 6, self.rect.top() - 10, 16, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), BADGES[self.kind])


class CompareOverlay:
    """All marks of one diff on one scene; `clear` takes them all away again."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.marks: dict[int, Mark] = {}  # id(change) → its mark, for the list to find
        self.extras: list[QGraphicsItem] = []  # where moved cards came from, and the arrows

    def clear(self) -> None:
        for item in [*self.marks.values(), *self.extras]:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.marks.clear()
        self.extras.clear()

    def show(self, diff: MapDiff, layout: MapLayout, item_rect: dict[tuple[str, str], QRectF]) -> None:
        self.clear()
        ghosts: dict[tuple[str, str], float] = {}
        for change in diff.changes:
            mark = self._mark(change, layout, item_rect, ghosts)
            if mark is not None:
                self.scene.addItem(mark)
                self.marks[id(change)] = mark
            if mark is not None and change.kind == "moved" and change.old is not None:
                self._came_from(change.old, mark, layout, ghosts)

    def _mark(self, change: Change, layout: MapLayout, item_rect: dict[tuple[str, str], QRectF],
              ghosts: dict[tuple[str, str], float]) -> Mark | None:
        role = ROLES.get(change.collection)
        if role is None or change.id is None:
            return None
        if change.kind != "removed":
            rect = item_rect.get((role, change.id))
            return Mark(rect, change.kind) if rect is not None else None
        if change.collection != "touchpoints" or change.old is None:
            return None
        return self._ghost(change.old, layout, ghosts)

    def _came_from(self, card: dict[str, object], mark: Mark, layout: MapLayout,
                   ghosts: dict[tuple[str, str], float]) -> None:
        """A moved card: a dashed ghost where it was, and a dashed line to where it is."""
        if (str(card["stage_id"]), str(card["lane_id"])) not in layout.cells:
            return
        ghost = self._ghost(card, layout, ghosts, "moved-from")
        line = QGraphicsLineItem(QLineF(ghost.rect.center(), mark.rect.center()))
        pen = QPen(COLOURS["moved"], 1.5, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(Z - 1)
        for item in (ghost, line):
            self.scene.addItem(item)
            self.extras.append(item)

    def _ghost(self, card: dict[str, object], layout: MapLayout,
               ghosts: dict[tuple[str, str], float], kind: str = "removed") -> Mark:
        """A removed card, drawn below the cards of the cell it was in (or right of the grid
        when its stage or lane is gone too)."""
        cell = (str(card["stage_id"]), str(card["lane_id"]))
        box = layout.cells.get(cell)
        title = str(card.get("title") or "")
        if box is None:
            x, width = layout.grid.right + 24, 200.0
            top = ghosts.get(("", ""), layout.grid.y)
            ghosts[("", "")] = top + GHOST_HEIGHT + 8
            return Mark(QRectF(x, top, width, GHOST_HEIGHT), kind, title)
        bottoms = [layout.cards[c].bottom for c in layout.cell_cards.get(cell, ()) if c in layout.cards]
        top = ghosts.get(cell, (max(bottoms) if bottoms else box.y) + 8)
        ghosts[cell] = top + GHOST_HEIGHT + 6
        return Mark(QRectF(box.x + 8, top, max(40.0, box.w - 16), GHOST_HEIGHT), kind, title)
