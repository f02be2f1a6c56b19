"""Placing the stacked blocks of every cell at their poster position, reusing what did not move.

A card move in the editor re-places the cards that shift in the two cells (and, when a
row's height changes, the rows below); every other cell keeps its placement, the very
same objects. Each item also remembers its previous placement, so an undo that puts
cards back where they were reuses their groups instead of translating them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from journeymapper.layout.blocks import Block
from journeymapper.layout.cell_contents import Cell, CellPlacement, ExtraKey
from journeymapper.layout.display import Group
from journeymapper.layout.geometry import Geometry
from journeymapper.layout.maplayout import Box

if TYPE_CHECKING:
    from journeymapper.layout.cell_measures import CellMeasures

Placed = tuple[Block, float, float, float, list[Group]]  # (block, x, y, width, its groups there)


class PlacedItems:
    """Each item's groups at its current position, and at the position before."""

    __slots__ = ("_now", "_before")

    def __init__(self) -> None:
        self._now: dict[ExtraKey, Placed] = {}
        self._before: dict[ExtraKey, Placed] = {}

    def pop(self, key: ExtraKey) -> None:
        """Forget an item (it was deleted)."""
        self._now.pop(key, None)
        self._before.pop(key, None)

    def place(self, key: ExtraKey, block: Block, x: float, y: float, w: float) -> list[Group]:
        """The item's groups at (x, y): reused when it is, or just was, there."""
        now = self._now.get(key)
        if now is not None and now[0] is block and now[1] == x and now[2] == y and now[3] == w:
            return now[4]
        before = self._before.get(key)
        if before is not None and before[0] is block and before[1] == x and before[2] == y and before[3] == w:
            entry = before
        else:
            entry = (block, x, y, w, block.place(x, y, w))
        if now is not None:
            self._before[key] = now
        self._now[key] = entry
        return entry[4]


def place_cells(
    g: Geometry,
    stages: Sequence,
    lanes: Sequence,
    tops: list[float | None],
    cell_blocks: dict[Cell, list[tuple[ExtraKey, Block, float, float]]],
    cell_version: dict[Cell, int],
    previous: dict[Cell, CellPlacement],
    items: PlacedItems,
    old_boxes: dict[str, Box],
    item_w: float,
    cell_pad: float,
    dirty: set[Cell] | None = None,
) -> tuple[dict[Cell, CellPlacement], dict[str, Box], set[str]]:
    """Every cell's placement, every card's box, and the cards whose box changed.

    `tops[j]` is where lane j's cards start (None: the lane is collapsed). `old_boxes`
    are the boxes of the `previous` placements (or of no placement, when `previous` is
    empty), so cards gone from the grid are found among the cells that were re-placed.
    `dirty`, when given, says the grid is where it was for `previous` and only these
    cells' blocks may have changed: the other cells are not even looked at.
    """
    moved: set[str] = set()
    placed: dict[Cell, CellPlacement] = {}
    col_x = g.col_x
    if dirty is not None and previous:
        patched = _place_dirty(
            g, stages, lanes, tops, cell_blocks, cell_version, previous, items, item_w, cell_pad, dirty
        )
        if patched is not None:  # every placement is known: no walk over the grid or the cards
            return (patched, *_patched_boxes(previous, patched, old_boxes, dirty))
    for j, lane in enumerate(lanes):
        y0 = tops[j]
        if y0 is None:
            continue
        lane_id = lane.id
        for i, stage in enumerate(stages):
            cell = (stage.id, lane_id)
            blocks = cell_blocks.get(cell)
            if not blocks:
                continue
            x = col_x[i] + cell_pad
            key = (x, y0, item_w, cell_version.get(cell, 0))
            before = previous.get(cell)
            if before is not None and before[0] == key:
                placed[cell] = before
                continue
            placed[cell] = _place_cell(key, blocks, items, x, y0 + cell_pad, item_w)
    if previous and len(placed) == len(previous):
        if all(
            cell in previous and (previous[cell] is entry or previous[cell][2] == entry[2])
            for cell, entry in placed.items()
        ):
            return placed, old_boxes, moved  # the same cells, every card in the same box
    card_boxes: dict[str, Box] = {}
    for entry in placed.values():
        card_boxes.update(entry[2])
    return placed, card_boxes, moved | _moved_cards(previous, placed, old_boxes, card_boxes)


def _patched_boxes(
    previous: dict[Cell, CellPlacement],
    placed: dict[Cell, CellPlacement],
    old_boxes: dict[str, Box],
    dirty: set[Cell],
) -> tuple[dict[str, Box], set[str]]:
    """Every card's box and the cards whose box changed, when only `dirty` cells were placed again.

    Looks only at the cards of the cells placed again: a card move at 10,000 cards used to
    gather every card's box into a new dict and compare every cell.
    """
    replaced = [cell for cell in dirty if placed.get(cell) is not previous.get(cell)]
    was_in = {card_id: cell for cell in replaced for card_id in previous[cell][2]}
    now_in = {card_id: cell for cell in replaced if cell in placed for card_id in placed[cell][2]}
    gone = list(was_in)
    came: dict[str, Box] = {}
    for cell in replaced:
        came.update(placed[cell][2])
    moved = {card_id for card_id in gone if old_boxes[card_id] != came.get(card_id)}
    moved.update(card_id for card_id, box in came.items() if old_boxes.get(card_id) != box)
    # Boxes are relative to their row: a card that changed lanes may keep an equal box.
    moved.update(card_id for card_id, cell in now_in.items() if was_in.get(card_id, cell) != cell)
    if not moved:
        return old_boxes, moved  # the same cards in the same boxes
    card_boxes = dict(old_boxes)  # a new dict: earlier layouts keep reading theirs
    for card_id in gone:
        del card_boxes[card_id]
    card_boxes.update(came)
    return card_boxes, moved


def _moved_cards(
    previous: dict[Cell, CellPlacement],
    placed: dict[Cell, CellPlacement],
    old_boxes: dict[str, Box],
    card_boxes: dict[str, Box],
) -> set[str]:
    """Cards whose box changed or that are gone, looking only into the replaced cells."""
    moved: set[str] = set()
    if not previous:
        moved |= old_boxes.keys() - card_boxes.keys()
        moved.update(card_id for card_id, box in card_boxes.items() if old_boxes.get(card_id) != box)
        return moved
    was_in: dict[str, Cell] = {}
    for cell, entry in previous.items():  # cards of a replaced cell moved or are gone
        if placed.get(cell) is not entry:
            moved.update(card_id for card_id in entry[2] if old_boxes[card_id] != card_boxes.get(card_id))
            was_in.update(dict.fromkeys(entry[2], cell))
    for cell, entry in placed.items():  # and cards may have come from elsewhere
        if previous.get(cell) is not entry:
            moved.update(card_id for card_id, box in entry[2].items() if old_boxes.get(card_id) != box)
            # Boxes are relative to their row: a card that changed lanes may keep an equal box.
            moved.update(card_id for card_id in entry[2] if was_in.get(card_id, cell) != cell)
    return moved


def _place_cell(
    key: tuple,
    blocks: list[tuple[ExtraKey, Block, float, float]],
    items: PlacedItems,
    x: float,
    top: float,
    item_w: float,
) -> CellPlacement:
    """One cell's groups and card boxes, its blocks stacked from (x, top)."""
    groups: list[Group] = []
    boxes: dict[str, Box] = {}
    for item_key, block, dx, dy in blocks:
        bx, by = x + dx, top + dy
        groups.extend(items.place(item_key, block, bx, by, item_w))
        if item_key[0] == "card":
            boxes[item_key[1]] = Box(bx, by, item_w, block.height)
    return (key, groups, boxes)


def _place_dirty(
    g: Geometry,
    stages: Sequence,
    lanes: Sequence,
    tops: list[float | None],
    cell_blocks: dict[Cell, list[tuple[ExtraKey, Block, float, float]]],
    cell_version: dict[Cell, int],
    previous: dict[Cell, CellPlacement],
    items: PlacedItems,
    item_w: float,
    cell_pad: float,
    dirty: set[Cell],
) -> dict[Cell, CellPlacement] | None:
    """`previous` with the dirty cells placed again; None when a cell appears or goes
    (the order of the cells would change: the caller walks the whole grid instead)."""
    stage_index = {stage.id: i for i, stage in enumerate(stages)}
    lane_index = {lane.id: j for j, lane in enumerate(lanes)}
    placed = previous.copy()
    for cell in dirty:
        i, j = stage_index.get(cell[0]), lane_index.get(cell[1])
        y0 = tops[j] if j is not None else None
        blocks = cell_blocks.get(cell) if i is not None and y0 is not None else None
        if bool(blocks) != (cell in previous):
            return None
        if not blocks or i is None or y0 is None:
            continue
        x = g.col_x[i] + cell_pad
        key = (x, y0, item_w, cell_version.get(cell, 0))
        if previous[cell][0] != key:
            placed[cell] = _place_cell(key, blocks, items, x, y0 + cell_pad, item_w)
    return placed


class CardLayer:
    """The cards layer: every cell's blocks placed in its row, each card's box, what moved.

    It owns its caches (each item's groups where it is and where it just was, each cell's
    placement), so the engine resets it by making a new one.
    """

    def __init__(self) -> None:
        self.items = PlacedItems()
        self.cells: dict[Cell, CellPlacement] = {}
        self.card_boxes: dict[str, Box] = {}  # relative to each card's row
        self.moved: set[str] = set()  # cards whose box changed in the last update
        self._frame: tuple | None = None

    def update(
        self,
        g: Geometry,
        stages: Sequence,
        lanes: Sequence,
        tops: list[float | None],
        measures: CellMeasures,
        item_w: float,
        cell_pad: float,
        full: bool,
    ) -> set[str]:
        """Place the cells (only the restacked ones when the grid did not change); the cards moved."""
        frame = (g.col_x, tops, item_w, [s.id for s in stages], [ln.id for ln in lanes])
        same_frame, self._frame = frame == self._frame and not full, frame
        dirty, measures.restacked = measures.restacked, set()  # same frame: only these cells can differ
        self.cells, self.card_boxes, self.moved = place_cells(
            g,
            stages,
            lanes,
            tops,
            measures.cell_blocks,
            measures.cell_version,
            self.cells,
            self.items,
            self.card_boxes,
            item_w,
            cell_pad,
            dirty if same_frame else None,
        )
        return self.moved
