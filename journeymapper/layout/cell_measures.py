"""The first stage of the layout pipeline: what each cell holds and how tall it is.

Every card and stage-level item is measured into a `Block` once per distinct content and
width (text wrapped with the bundled font's metrics); each cell's blocks are stacked into
its height. An update re-measures only the items named in the plan and restacks only the
cells whose content changed; the later stages (geometry, the layers) start from the
returned set of changed cells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journeymapper.layout.annotations import ActionBlock, KpiBlock, OpportunityBlock, PainBlock
from journeymapper.layout.blocks import Block, Context
from journeymapper.layout.cards import CardBlock
from journeymapper.layout.cell_contents import Cell, ExtraKey, assign_extras, scan_cards
from journeymapper.layout.cell_placing import PlacedItems
from journeymapper.layout.stacking import stack_blocks
from journeymapper.layout.updates import Plan
from journeymapper.model.entities import Touchpoint
from journeymapper.model.journey import JourneyMap

# The block class of each stage-level item kind (cards have their pains as well).
BLOCKS: dict[str, type[Block]] = {
    "pain": PainBlock,
    "kpi": KpiBlock,
    "opportunity": OpportunityBlock,
    "action": ActionBlock,
}


class CellMeasures:
    """Measured blocks by item, and each cell's stack of blocks, height and version."""

    def __init__(
        self, journey: JourneyMap, ctx: Context, columns: Callable[[], int], card_width: Callable[[], float]
    ) -> None:
        self.ctx = ctx
        self.columns, self.card_width = columns, card_width  # options may change them (poster fitting)
        self.collapsed_stages = {stage.id for stage in journey.stages if stage.collapsed}
        self.blocks: dict[ExtraKey, Block] = {}  # each knows what it was measured from
        self.cell_blocks: dict[Cell, list[tuple[ExtraKey, Block, float, float]]] = {}
        self.cell_height: dict[Cell, float] = {}
        self.cell_version: dict[Cell, int] = {}
        self.restacked: set[Cell] = set()  # restacked since they were last placed
        self.opportunity_cards: set[str | None] = set()
        self.cards: dict[str, Touchpoint] = {}
        self.cell_cards: dict[Cell, list[str]] = {}
        self.card_cell: dict[str, Cell] = {}
        self.extras_cells: dict[Cell, list[ExtraKey]] = {}
        self.card_pains: dict[str, list[Any]] = {}

    def prepare(self, plan: Plan, journey: JourneyMap, item_w: float, placed: PlacedItems) -> set[Cell]:
        """Bring cells up to date with the plan; returns the cells whose stack changed."""
        dirty_cells: set[Cell] = set()
        remeasure: set[str] = set(plan.cards or ())
        if plan.moved and not (plan.full or plan.rescan) and not self.move_cards(plan.moved, dirty_cells):
            plan.rescan = True
        if plan.full or plan.rescan:
            remeasure |= self._rescan(journey, plan.full, dirty_cells, placed)
        if plan.full or plan.extras or plan.rescan or plan.moved & self.opportunity_cards:
            remeasure |= self._reassign_extras(journey, plan.full or plan.extras, item_w, dirty_cells)
        for card_id in remeasure:
            card = self.cards.get(card_id)
            if card is not None and self.measure(("card", card_id), card, item_w):
                dirty_cells.add((card.stage_id, card.lane_id))
        if plan.full:
            dirty_cells = set(self.cell_cards) | set(self.extras_cells) | set(self.cell_height)
        for cell in dirty_cells:
            self.restack(cell)
        return dirty_cells

    def _rescan(
        self, journey: JourneyMap, full: bool, dirty_cells: set[Cell], placed: PlacedItems
    ) -> set[str]:
        """Cards were added or removed: the cell lists from the map; returns cards to measure."""
        cards, cell_cards = scan_cards(journey)
        remeasure = set(cards) if full else set(cards) - set(self.cards)
        for cell in set(cell_cards) | set(self.cell_cards):
            if cell_cards.get(cell) != self.cell_cards.get(cell):
                dirty_cells.add(cell)
        for gone in set(self.cards) - set(cards):
            self.blocks.pop(("card", gone), None)
            placed.pop(("card", gone))
        self.cards, self.cell_cards = cards, cell_cards
        self.card_cell = {cid: cell for cell, ids in cell_cards.items() for cid in ids}
        return remeasure

    def _reassign_extras(
        self, journey: JourneyMap, changed: bool, item_w: float, dirty_cells: set[Cell]
    ) -> set[str]:
        """Stage-level items and attached pains to their cells; returns the cards to measure.

        `changed`: the items themselves changed (else only cards moved, and only cards whose
        list of pains is not the same objects need measuring again).
        """
        extras = assign_extras(journey, self.cards)
        self.opportunity_cards = {
            o.touchpoint_id
            for o in journey.opportunities
            if o.stage_id is None and o.touchpoint_id is not None
        }
        for cell in set(extras.cells) | set(self.extras_cells):
            if extras.cells.get(cell) != self.extras_cells.get(cell):
                dirty_cells.add(cell)
        remeasure: set[str] = set()
        if changed:
            remeasure = set(extras.card_pains) | set(self.card_pains)
        else:
            for card_id in set(extras.card_pains) | set(self.card_pains):
                before = [id(p) for p in self.card_pains.get(card_id, ())]
                if before != [id(p) for p in extras.card_pains.get(card_id, ())]:
                    remeasure.add(card_id)
        self.extras_cells, self.card_pains = extras.cells, extras.card_pains
        home = {key: cell for cell, keys in extras.cells.items() for key in keys}
        for key, obj in extras.objects.items():
            if self.measure(key, obj, item_w):
                dirty_cells.add(home[key])
        return remeasure

    def move_cards(self, moved: set[str], dirty_cells: set[Cell]) -> bool:
        """Update the lists of the cells cards left and entered; False if a full rescan is needed.

        Cells sort by `order`, ties by position in the map's list (as `journey.cells()`);
        ties are rare (hand-edited files), so a cell with one falls back to a rescan.
        """
        affected: set[Cell] = set()
        for card_id in moved:
            card = self.cards.get(card_id)
            if card is None:
                return False
            affected.add((card.stage_id, card.lane_id))
            old = self.card_cell.get(card_id)
            if old is not None:
                affected.add(old)
        lists: dict[Cell, list[str]] = {}
        self.card_cell = dict(self.card_cell)  # earlier layouts keep reading the one they had
        for cell in affected:
            ids = [c for c in self.cell_cards.get(cell, ()) if c not in moved]
            ids += [c for c in moved if (self.cards[c].stage_id, self.cards[c].lane_id) == cell]
            orders = [self.cards[c].order for c in ids]
            if len(set(orders)) != len(orders):
                return False
            ids.sort(key=lambda c: self.cards[c].order)
            lists[cell] = ids
        for cell, ids in lists.items():
            if ids != self.cell_cards.get(cell):
                dirty_cells.add(cell)
            if ids:
                self.cell_cards[cell] = ids
            else:
                self.cell_cards.pop(cell, None)
            for card_id in ids:
                self.card_cell[card_id] = cell
        return True

    def measure(self, key: ExtraKey, obj: Any, width: float) -> bool:
        """Re-measure one item if what its block reads changed; True when its block is new."""
        kind, ctx = key[0], self.ctx
        if kind == "card":
            pains = self.card_pains.get(obj.id, [])
            content: tuple = CardBlock.key_with_pains(obj, pains, width)
        else:
            content = BLOCKS[kind].content_key(obj, width)
        cached = self.blocks.get(key)
        if cached is not None and cached.measured_from == content:
            return False
        if kind == "card":
            block: Block = CardBlock(obj, pains, width, ctx)
        elif kind == "pain":
            block = PainBlock(obj, width, ctx, attached=False)
        else:
            block = BLOCKS[kind](obj, width, ctx)  # type: ignore[call-arg]
        block.measured_from = content
        block.key = cached.key if cached is not None else key  # one key tuple per item, shared
        self.blocks[key] = block
        return True

    def restack(self, cell: Cell) -> None:
        """Recompute a cell's list of blocks and its content height."""
        sz = self.ctx.sizes
        blocks: list[tuple[ExtraKey, Block]] = []
        if cell[0] in self.collapsed_stages:  # a folded stage shows no cards (stage edits re-lay out all)
            self.cell_blocks[cell], self.cell_height[cell] = [], 0.0
            self.cell_version[cell] = self.cell_version.get(cell, 0) + 1
            self.restacked.add(cell)
            return
        for card_id in self.cell_cards.get(cell, ()):
            found = self.blocks.get(("card", card_id))
            if found is not None:
                blocks.append((found.key, found))
        for key in self.extras_cells.get(cell, ()):
            found = self.blocks.get(key)
            if found is not None:
                blocks.append((found.key, found))
        stack, height = stack_blocks(blocks, self.columns(), self.card_width(), sz.item_gap)
        self.cell_blocks[cell] = stack
        self.cell_height[cell] = 2 * sz.cell_pad + height if stack else 0.0
        self.cell_version[cell] = self.cell_version.get(cell, 0) + 1
        self.restacked.add(cell)  # to be placed again
