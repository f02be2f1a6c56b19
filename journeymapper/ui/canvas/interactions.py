"""Gestures on the canvas as small tool objects with press/move/release/cancel.

Each interaction owns its transient visuals (ghosts, indicators, rubber lines) and,
when it finishes, reports what the user asked for through one of the scene's
signals. None of them touches the model or the undo stack: the editor turns the
request into a command, so one gesture becomes exactly one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from journeymapper.ui.canvas.items import DropIndicator, RubberLine

if TYPE_CHECKING:
    from journeymapper.ui.canvas.scene import MapScene

DRAG_THRESHOLD = 4.0  # scene points the pointer must travel before a press becomes a drag


class Interaction:
    """A gesture in progress; the scene forwards mouse events to it until it ends."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        """A press while this interaction is active (tools that wait for a click)."""

    def move(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def release(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def cancel(self) -> None:
        """Undo any visual feedback; nothing is reported."""

    def finish(self) -> None:
        self.cancel()
        self.scene.end_interaction(self)


class CardDrag(Interaction):
    """Dragging selected cards to another cell or another place in their cell."""

    def __init__(self, scene: MapScene, card_ids: list[str], start: QPointF) -> None:
        super().__init__(scene)
        self.card_ids = card_ids
        self.start = QPointF(start)
        self.dragging = False
        self.target: tuple[str, str, int] | None = None
        self.indicator: DropIndicator | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        delta = pos - self.start
        if not self.dragging:
            if abs(delta.x()) + abs(delta.y()) < DRAG_THRESHOLD:
                return
            self.dragging = True
            self.indicator = self.scene.drop_indicator
        for card_id in self.card_ids:
            item = self.scene.item_for(("card", card_id))
            if item is not None:
                item.set_offset(delta.x(), delta.y())
                item.setOpacity(0.75)
                item.setZValue(28)
        self.target = self.scene.drop_target(pos, self.card_ids)
        self._show_target()

    def _show_target(self) -> None:
        if self.indicator is not None:
            show_drop_target(self.scene, self.indicator, self.target, self.card_ids)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        dragged, target = self.dragging, self.target
        self.finish()
        if dragged and target is not None:
            stage_id, lane_id, index = target
            self.scene.cards_dropped.emit(list(self.card_ids), stage_id, lane_id, index)
        elif not dragged:
            self.scene.card_clicked(event)

    def cancel(self) -> None:
        for card_id in self.card_ids:
            item = self.scene.item_for(("card", card_id))
            if item is not None:
                item.set_offset(0, 0)
                item.setOpacity(1.0)
                item.setZValue(10)
        if self.indicator is not None:
            self.indicator.hide()


class HeaderDrag(Interaction):
    """Dragging a stage header sideways or a lane label up/down to reorder."""

    def __init__(self, scene: MapScene, role: str, ref: str, start: QPointF) -> None:
        super().__init__(scene)
        self.role = role
        self.ref = ref
        self.start = QPointF(start)
        self.dragging = False
        self.index: int | None = None

    @property
    def collection(self) -> str:
        return "stages" if self.role == "stage-header" else "lanes"

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.dragging:
            delta = pos - self.start
            if abs(delta.x()) + abs(delta.y()) < DRAG_THRESHOLD:
                return
            self.dragging = True
        self.index, line = header_drop(self.scene, self.role, self.ref, pos)
        indicator = self.scene.drop_indicator
        if line is None:
            indicator.hide()
        else:
            indicator.cell.setVisible(False)
            indicator.show_bar(line.x1(), line.y1(), line.x2(), line.y2())

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        dragged, index = self.dragging, self.index
        self.finish()
        if dragged and index is not None:
            self.scene.header_dropped.emit(self.collection, self.ref, index)

    def cancel(self) -> None:
        self.scene.drop_indicator.hide()


class EmotionDrag(Interaction):
    """Dragging a card's point on the emotion curve up or down to change its score."""

    def __init__(self, scene: MapScene, card_id: str, start: QPointF) -> None:
        super().__init__(scene)
        self.card_id = card_id
        self.start = QPointF(start)
        self.score: int | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        layout = self.scene.layout
        band = layout.emotion_band
        item = self.scene.item_for(("emotion-point", self.card_id))
        if band is None or item is None:
            return
        y = min(max(event.scenePos().y(), band.y), band.y + band.h)
        self.score = layout.score_at(y)
        snapped = layout.y_for_score(self.score)
        centre = item.layout_group.y + item.layout_group.h / 2
        item.set_offset(0, snapped - centre)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        score = self.score
        self.finish()
        if score is not None:
            self.scene.emotion_dropped.emit(self.card_id, score)

    def cancel(self) -> None:
        item = self.scene.item_for(("emotion-point", self.card_id))
        if item is not None:
            item.set_offset(0, 0)


class ConnectTool(Interaction):
    """Drawing a connection from one card to another: by dragging, or press C then click."""

    def __init__(self, scene: MapScene, source_id: str, *, by_drag: bool) -> None:
        super().__init__(scene)
        self.source_id = source_id
        self.by_drag = by_drag
        self.line = RubberLine()
        box = scene.layout.cards.get(source_id)
        self.origin = QPointF(box.x + box.w, box.y + box.h / 2) if box is not None else QPointF()
        self.line.setLine(QLineF(self.origin, self.origin))
        scene.addItem(self.line)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.line.setLine(QLineF(self.origin, event.scenePos()))

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.by_drag:
            self._connect_at(event.scenePos())

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.by_drag:
            self._connect_at(event.scenePos())

    def _connect_at(self, pos: QPointF) -> None:
        key = self.scene.hit(pos)
        self.finish()
        if key is not None and key[0] == "card" and key[1] != self.source_id:
            self.scene.connect_requested.emit(self.source_id, key[1])

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


def header_drop(scene: MapScene, role: str, ref: str, pos: QPointF) -> tuple[int | None, QLineF | None]:
    """The new index of a dragged header and the line showing where it goes (from the layout's boxes)."""
    journey = scene.document.journey
    if role == "stage-header":
        boxes = scene.layout.stage_headers
        order = [s.id for s in journey.stages]
        along, span = pos.x(), scene.layout.grid
    else:
        boxes = scene.layout.lane_labels
        order = [lane.id for lane in journey.lanes]
        along, span = pos.y(), scene.layout.grid
    others = [i for i in order if i != ref and i in boxes]
    if not others:
        return None, None
    index = 0
    for other in others:
        box = boxes[other]
        centre = box.x + box.w / 2 if role == "stage-header" else box.y + box.h / 2
        if centre < along:
            index += 1
    if role == "stage-header":
        x = boxes[others[index]].x if index < len(others) else boxes[others[-1]].x + boxes[others[-1]].w
        first = boxes[others[0]]
        return index, QLineF(x, first.y, x, span.y + span.h)
    y = boxes[others[index]].y if index < len(others) else boxes[others[-1]].y + boxes[others[-1]].h
    first = boxes[others[0]]
    return index, QLineF(first.x, y, span.x + span.w, y)


def show_drop_target(
    scene: MapScene, indicator: DropIndicator, target: tuple[str, str, int] | None, moving: list[str]
) -> None:
    """Light up where a drop would land: the target cell tinted, a bar at the insertion point.

    Cards dragged on the canvas and ideas dragged from the parking lot show the same thing.
    """
    cell = scene.layout.cells.get(target[:2]) if target is not None else None
    if target is None or cell is None:
        indicator.hide()
        return
    stage_id, lane_id, index = target
    indicator.show_cell(QRectF(cell.x, cell.y, cell.w, cell.h))
    y = scene.insertion_y(stage_id, lane_id, index, moving)
    indicator.show_bar(cell.x + 6, y, cell.x + cell.w - 6, y)
