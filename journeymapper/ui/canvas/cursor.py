"""The cell cursor: where the keyboard is on the grid, cards or not.

Arrow keys used to jump only between existing cards, so an empty cell, another lane
or a header could not be reached without the mouse and every keyboard-made card
landed in the first lane. The cursor is a position on the grid — a cell (stage ×
lane), a stage header or a lane label — drawn as a focus ring that stays readable on
the light, dark and high-contrast canvases (a thick accent stroke inside a thin
contrasting one). Inside a cell with cards, Up/Down walk the cards before leaving it;
a selected card always puts the cursor on its cell, so mouse and keyboard agree.

The cursor only moves and selects; what Enter, N or F2 then do is decided by the
editor controller (`map_editor.py`), which reads `spot`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

if TYPE_CHECKING:
    from journeymapper.ui.canvas.scene import MapScene
    from journeymapper.ui.canvas.view import MapView

RING = QColor("#F59E0B")  # amber: the same emphasis colour on light, dark and high-contrast maps
RING_EDGE = QColor("#111827")
RING_WIDTH = 4.0
DIRECTIONS: dict[int, str] = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}


@dataclass(frozen=True)
class Spot:
    """A cell (both ids), a stage header (stage only) or a lane label (lane only)."""

    stage_id: str | None
    lane_id: str | None

    @property
    def is_cell(self) -> bool:
        return self.stage_id is not None and self.lane_id is not None


class FocusRing(QGraphicsPathItem):
    """Two strokes, dark under amber, so the ring reads on any background."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(40)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPen(QPen(RING, RING_WIDTH))

    def set_rect(self, rect: QRectF | None) -> None:
        if rect is None:
            self.hide()
            return
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        self.setPath(path)
        self.show()

    def paint(self, painter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RING_EDGE, RING_WIDTH + 3))
        painter.drawPath(self.path())
        painter.setPen(QPen(RING, RING_WIDTH))
        painter.drawPath(self.path())


class CellCursor(QObject):
    """The keyboard's place on the grid; arrow keys on the view move it."""

    moved = Signal()
    activated = Signal()  # Enter on the canvas: start a card (or edit) at the cursor

    def __init__(self, scene: MapScene, view: MapView) -> None:
        super().__init__(view)
        self.scene = scene
        self.view = view
        self.spot: Spot | None = None
        self.ring = FocusRing()
        scene.addItem(self.ring)
        self.ring.hide()
        scene.current_changed.connect(self.follow_selection)
        scene.layout_updated.connect(self.refresh)
        view.horizontalScrollBar().valueChanged.connect(self.refresh)
        view.verticalScrollBar().valueChanged.connect(self.refresh)
        view.installEventFilter(self)

    # --- the grid -----------------------------------------------------------------------
    def _stage_ids(self) -> list[str]:
        boxes = self.scene.layout.stage_headers
        return [s.id for s in self.scene.document.journey.stages if s.id in boxes]

    def _lane_ids(self) -> list[str]:
        boxes = self.scene.layout.lane_labels
        return [lane.id for lane in self.scene.document.journey.lanes if lane.id in boxes]

    def _cards(self, spot: Spot) -> list[str]:
        if not spot.is_cell:
            return []
        assert spot.stage_id is not None and spot.lane_id is not None
        boxes = self.scene.layout.cards
        return [c.id for c in self.scene.document.journey.cell(spot.stage_id, spot.lane_id) if c.id in boxes]

    def cell(self) -> tuple[str, str] | None:
        """The cell a new card goes to: the cursor's cell, or the first cell of its header."""
        stages, lanes = self._stage_ids(), self._lane_ids()
        if self.spot is None or not stages or not lanes:
            return None
        stage = self.spot.stage_id if self.spot.stage_id in stages else stages[0]
        lane = self.spot.lane_id if self.spot.lane_id in lanes else lanes[0]
        return stage, lane

    # --- following the selection ------------------------------------------------------------
    def follow_selection(self) -> None:
        """A selected card or header (by mouse, by a panel) puts the cursor there."""
        cards = self.scene.selected_card_ids()
        journey = self.scene.document.journey
        chosen = [] if cards else [ref for role, ref in self.scene.selected_keys() if role == "pain"]
        if chosen:  # the pains' cards (every edit comes here: no map of the pains without a pain)
            pains = {p.id: p.touchpoint_id or "" for p in journey.pain_points}
            cards = [pains[ref] for ref in chosen if pains.get(ref)]
        if cards:
            card = journey.cell_index().card(cards[-1])
            if card is not None:
                self.spot = Spot(card.stage_id, card.lane_id)
        elif self.scene.current_header is not None:
            role, ref = self.scene.current_header
            self.spot = Spot(ref, None) if role == "stage-header" else Spot(None, ref)
        elif self.scene.last_cell is not None and self.spot is None:
            self.spot = Spot(*self.scene.last_cell)
        self.refresh()

    def place(self, spot: Spot, card_id: str | None = None) -> None:
        """Put the cursor on `spot`, selecting `card_id` (or the header), and show it."""
        self.spot = spot
        if card_id is not None:
            self.scene.select_keys([("card", card_id)])
        elif spot.is_cell:
            assert spot.stage_id is not None and spot.lane_id is not None
            self.scene.select_keys([])
            self.scene.last_cell = (spot.stage_id, spot.lane_id)
        elif spot.stage_id is not None:
            self.scene.set_current_header(("stage-header", spot.stage_id))
        elif spot.lane_id is not None:
            self.scene.set_current_header(("lane-label", spot.lane_id))
        self.spot = spot
        self.refresh()
        rect = self.ring_rect()
        if rect is not None:
            self.view.scroll_to_scene_rect(rect)
        self.moved.emit()

    def spot_for(self, card_id: str) -> Spot:
        card = self.scene.document.journey.touchpoint(card_id)
        return Spot(card.stage_id, card.lane_id) if card is not None else Spot(None, None)

    # --- moving -----------------------------------------------------------------------
    def move(self, direction: str) -> None:
        stages, lanes = self._stage_ids(), self._lane_ids()
        if not stages or not lanes:
            return
        if self.spot is None or not self._valid(self.spot):
            first = Spot(stages[0], lanes[0])
            cards = self._cards(first)
            self.place(first, cards[0] if cards else None)
            return
        spot = self.spot
        if spot.is_cell and direction in ("up", "down") and self._step_in_cell(direction):
            return
        target = self._neighbour(spot, direction, stages, lanes)
        if target is None:
            return
        cards = self._cards(target)
        card = (cards[-1] if direction == "up" else cards[0]) if cards else None
        self.place(target, card)

    def _valid(self, spot: Spot) -> bool:
        return (spot.stage_id is None or spot.stage_id in self.scene.layout.stage_headers) and (
            spot.lane_id is None or spot.lane_id in self.scene.layout.lane_labels
        )

    def _stops(self, spot: Spot) -> list[tuple[str, str]]:
        """What Up/Down visit in a cell: each card, then the pain points drawn on it."""
        journey = self.scene.document.journey
        stops: list[tuple[str, str]] = []
        for card_id in self._cards(spot):
            stops.append(("card", card_id))
            stops += [
                ("pain", p.id)
                for p in journey.pains_of_touchpoint(card_id)
                if self.scene.item_for(("pain", p.id))
            ]
        return stops

    def _step_in_cell(self, direction: str) -> bool:
        """Up/Down between the cards (and their pains) of the cursor's cell; False when leaving it."""
        assert self.spot is not None
        stops = self._stops(self.spot)
        selected = [k for k in self.scene.selected_keys() if k in stops]
        if not stops or not selected:
            return False
        index = stops.index(selected[0] if direction == "up" else selected[-1])
        index += -1 if direction == "up" else 1
        if not 0 <= index < len(stops):
            return False
        role, ref = stops[index]
        if role == "card":
            self.place(self.spot, ref)
        else:
            self.scene.select_keys([(role, ref)])
            self.refresh()
            item = self.scene.item_for((role, ref))
            if item is not None:
                self.view.scroll_to_scene_rect(item.box())
            self.moved.emit()
        return True

    @staticmethod
    def _neighbour(spot: Spot, direction: str, stages: list[str], lanes: list[str]) -> Spot | None:
        """The next spot over: cells, the header row above them, the label column left of them."""
        col = stages.index(spot.stage_id) if spot.stage_id in stages else -1
        row = lanes.index(spot.lane_id) if spot.lane_id in lanes else -1
        dc, dr = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}[direction]
        col, row = col + dc, row + dr
        if col < -1 or row < -1 or col >= len(stages) or row >= len(lanes) or (col == -1 and row == -1):
            return None
        return Spot(stages[col] if col >= 0 else None, lanes[row] if row >= 0 else None)

    # --- drawing ------------------------------------------------------------------------
    def ring_rect(self) -> QRectF | None:
        spot = self.spot
        if spot is None:
            return None
        layout = self.scene.layout
        if spot.is_cell:
            pains = [self.scene.item_for(k) for k in self.scene.selected_keys() if k[0] == "pain"]
            if len(pains) == 1 and pains[0] is not None:
                return pains[0].box()
            selected = [c for c in self.scene.selected_card_ids() if c in self._cards(spot)]
            box = layout.cards.get(selected[0]) if len(selected) == 1 else None
            box = box or layout.cells.get((spot.stage_id or "", spot.lane_id or ""))
            return QRectF(box.x, box.y, box.w, box.h) if box is not None else None
        key = ("stage-header", spot.stage_id) if spot.stage_id else ("lane-label", spot.lane_id or "")
        item = self.scene.item_for(key)
        return item.box().translated(item.offset) if item is not None else None

    def refresh(self) -> None:
        if self.view.scene() is None:
            return  # the scene is being torn down (its detaching moves the scroll bars)
        self.ring.set_rect(self.ring_rect())

    # --- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in DIRECTIONS:
                self.move(DIRECTIONS[event.key()])
                return True
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activated.emit()
                return True
        return False
