"""The poster layout engine: from a journey map to boxes and a display list.

One engine serves the poster exporters (one full layout) and the editor's canvas
(thousands of small edits). For the editor it keeps caches at three levels so an
edit costs what it touches, not what the map holds:

* blocks — each card (and pain, KPI, opportunity, action) measured and wrapped,
  keyed by its content and width; only items named in the changes are re-keyed;
* cells — each cell's stacked blocks and height, with a version that bumps when
  its content changes; rows are re-measured from the cell heights;
* placements — each item's groups at a position; reused (the very same objects)
  when neither its block nor its position changed.

`update()` reports only the groups that differ, comparing frozen groups by value
after an identity check, so renaming one card whose height does not change yields
exactly one changed group.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from journeymapper.layout.annotations import (
    ActionBlock,
    KpiBlock,
    OpportunityBlock,
    PainBlock,
    action_key,
    kpi_key,
    opp_key,
    pain_content_key,
)
from journeymapper.layout.blocks import Block, Context
from journeymapper.layout.cards import CardBlock, card_content_key
from journeymapper.layout.cell_contents import (
    Cell,
    CellCardTuples,
    CellPlacement,
    ExtraKey,
    assign_extras,
    scan_cards,
)
from journeymapper.layout.cell_placing import PlacedItems, place_cells
from journeymapper.layout.connection_layer import ConnectionLayer
from journeymapper.layout.display import DisplayList, Drawable, Group
from journeymapper.layout.emotion_layer import EmotionLayer
from journeymapper.layout.frame_layer import frame_groups
from journeymapper.layout.geometry import BAND_INSET, Geometry, grid_boxes
from journeymapper.layout.grid_drawing import (
    LABEL_PAD,
    StageHeaderText,
    lane_label_height,
    lane_label_lines,
    measure_stage,
)
from journeymapper.layout.legend import legend_group
from journeymapper.layout.maplayout import Box, LayoutDelta, LayoutOptions, MapLayout
from journeymapper.layout.stacking import stack_blocks
from journeymapper.layout.style import sizes_for
from journeymapper.layout.theme import theme_named
from journeymapper.layout.titleblock import title_block_group, title_block_key
from journeymapper.layout.updates import (
    GroupKey,
    Plan,
    Sections,
    diff_layouts,
    patch_groups,
    plan_changes,
    touched_groups,
)
from journeymapper.layout.vote_dots import VoteDots
from journeymapper.model.commands import Change
from journeymapper.model.entities import Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Channel, LaneKind

__all__ = ["Box", "LayoutDelta", "LayoutEngine", "LayoutOptions", "MapLayout", "layout_journey"]

MIN_CONTENT_WIDTH = 760.0


class LayoutEngine:
    """Lays out one map; keeps caches so that `update()` after an edit is cheap."""

    _cell_placed: dict[Cell, CellPlacement]  # also reset by set_options, before _reset_caches

    def __init__(self, journey: JourneyMap, options: LayoutOptions = LayoutOptions()) -> None:  # noqa: B008
        self.journey = journey
        self.options = options
        self._layout: MapLayout | None = None
        self._reset_caches()

    # --- public API ---------------------------------------------------------------
    def layout(self) -> MapLayout:
        """A full layout of the map as it is now (caches make repeated calls cheap)."""
        self._build(Plan(full=True))
        assert self._layout is not None
        return self._layout

    def update(self, changes: list[Change]) -> LayoutDelta:
        """Re-lay out after an edit, redoing only what the changes touch."""
        old = self._layout.groups if self._layout is not None else {}
        plan = self._plan(changes) if self._layout is not None else Plan(full=True)
        self._build(plan)
        assert self._layout is not None
        if self._delta is not None:
            return LayoutDelta(self._layout, *self._delta)
        return diff_layouts(old, self._layout)

    def set_options(self, options: LayoutOptions, relayout: bool = True) -> LayoutDelta | None:
        """Change options; returns what changed (None with `relayout=False`, for batch callers)."""
        old = self._layout.groups if self._layout is not None else {}
        if options != self.options:
            only_columns = replace(options, card_columns=self.options.card_columns) == self.options
            self.options = options
            if only_columns:
                self._cell_placed = {}
            else:
                self._reset_caches()
        if not relayout:
            return None
        self._build(Plan(full=True))
        assert self._layout is not None
        return diff_layouts(old, self._layout)

    # --- caches -------------------------------------------------------------------
    def _reset_caches(self) -> None:
        opts = self.options
        journey = self.journey
        self._ctx = Context(
            theme=theme_named(opts.theme),
            sizes=sizes_for(opts.large_text),
            language=str(opts.language or journey.language),
            scale_min=journey.emotion_scale.min,
            scale_max=journey.emotion_scale.max,
            density=opts.density,
        )
        self._scale_key = (journey.emotion_scale.min, journey.emotion_scale.max, str(journey.language))
        self._collapsed_stages = {stage.id for stage in journey.stages if stage.collapsed}
        self._blocks: dict[ExtraKey, tuple[tuple, Block]] = {}
        self._placed = PlacedItems()
        self._cell_placed: dict[Cell, CellPlacement] = {}
        self._cell_blocks: dict[Cell, list[tuple[ExtraKey, Block, float, float]]] = {}
        self._cell_height: dict[Cell, float] = {}
        self._cell_version: dict[Cell, int] = {}
        self._stage_text: dict[str, tuple[tuple, StageHeaderText]] = {}
        self._frame: dict[GroupKey, tuple[tuple, Group]] = {}
        self._arrows = ConnectionLayer()
        self._votes = VoteDots()
        self._emotions = EmotionLayer()
        self._positions: dict[str, int] = {}
        self._opportunity_cards: set[str | None] = set()
        self._title: tuple[tuple, Group, float] | None = None
        self._title_now: Group | None = None
        self._legend: tuple[tuple, Group] | None = None
        self._cards: dict[str, Touchpoint] = {}
        self._cell_cards: dict[Cell, list[str]] = {}
        self._extras_cells: dict[Cell, list[ExtraKey]] = {}
        self._card_pains: dict[str, list[Any]] = {}
        self._geometry: Geometry | None = None
        self._prepared = False
        self._sections: Sections | None = None
        self._delta: tuple[list, list, list] | None = None
        self._frame_groups: list[Group] = []
        self._card_boxes: dict[str, Box] = {}
        self._channels: list[Channel] = []
        self._grid_boxes: tuple[tuple, tuple[dict, dict, dict]] | None = None
        self._cell_tuples = CellCardTuples()
        self._restacked: set[Cell] = set()
        self._placed_frame: tuple | None = None

    def _plan(self, changes: list[Change]) -> Plan:
        plan = plan_changes(changes)
        scale = self.journey.emotion_scale
        if (scale.min, scale.max, str(self.journey.language)) != self._scale_key:
            plan.full = True
        if plan.full:
            self._reset_caches()
            return Plan(full=True)
        return plan

    # --- the pipeline -------------------------------------------------------------
    def _build(self, plan: Plan) -> None:
        journey = self.journey
        stages, lanes = journey.stages, journey.lanes
        item_w = self._card_width()
        dirty_cells: set[Cell] = set()
        remeasure: set[str] = set(plan.cards or ())

        if plan.moved and not (plan.full or plan.rescan) and not self._move_cards(plan.moved, dirty_cells):
            plan.rescan = True
        if plan.full or plan.rescan:
            cards, cell_cards = scan_cards(journey)
            self._positions = {card.id: index for index, card in enumerate(journey.touchpoints)}
            if plan.full:
                remeasure = set(cards)
            else:
                remeasure |= set(cards) - set(self._cards)
            for cell in set(cell_cards) | set(self._cell_cards):
                if cell_cards.get(cell) != self._cell_cards.get(cell):
                    dirty_cells.add(cell)
            for gone in set(self._cards) - set(cards):
                self._blocks.pop(("card", gone), None)
                self._placed.pop(("card", gone))
            self._cards, self._cell_cards = cards, cell_cards
            self._card_cell = {cid: cell for cell, ids in cell_cards.items() for cid in ids}
        if plan.full or plan.extras or plan.rescan or plan.moved & self._opportunity_cards:
            extras = assign_extras(journey, self._cards)
            self._opportunity_cards = {
                o.touchpoint_id
                for o in journey.opportunities
                if o.stage_id is None and o.touchpoint_id is not None
            }
            for cell in set(extras.cells) | set(self._extras_cells):
                if extras.cells.get(cell) != self._extras_cells.get(cell):
                    dirty_cells.add(cell)
            if plan.full or plan.extras:
                remeasure |= set(extras.card_pains) | set(self._card_pains)
            else:  # cards moved: only those whose list of pains is not the same objects
                for card_id in set(extras.card_pains) | set(self._card_pains):
                    before = [id(p) for p in self._card_pains.get(card_id, ())]
                    if before != [id(p) for p in extras.card_pains.get(card_id, ())]:
                        remeasure.add(card_id)
            self._extras_cells, self._card_pains = extras.cells, extras.card_pains
            home = {key: cell for cell, keys in extras.cells.items() for key in keys}
            for key, obj in extras.objects.items():
                if self._measure(key, obj, item_w):
                    dirty_cells.add(home[key])
        for card_id in remeasure:
            card = self._cards.get(card_id)
            if card is not None and self._measure(("card", card_id), card, item_w):
                dirty_cells.add((card.stage_id, card.lane_id))
        if plan.full:
            dirty_cells = set(self._cell_cards) | set(self._extras_cells) | set(self._cell_height)
        for cell in dirty_cells:
            self._restack(cell)
        self._prepared = True
        if plan.measure_only:
            return

        geometry = self._geometry_for(plan)
        geometry_changed = geometry != self._geometry
        old_band = self._geometry.band if self._geometry else None
        self._geometry = geometry
        if plan.full or geometry_changed:
            self._frame_groups = self._frame_for(geometry)
        moved_cards = self._place_cells(geometry, stages, lanes, plan.full)
        if plan.full or plan.connections or moved_cards:
            self._arrows.update(
                journey,
                geometry,
                self._card_boxes,
                self._cell_placed,
                moved_cards,
                plan.full or plan.connections,
                self._ctx,
            )
        if plan.full or plan.emotion or geometry_changed or geometry.band != old_band:
            stages_touched = {cell[0] for cell in dirty_cells}
            stages_touched |= {self._cards[c].stage_id for c in plan.cards or () if c in self._cards}
            self._emotions.update(
                journey,
                geometry,
                self._cards,
                self._cell_cards,
                None if plan.full else stages_touched,
                self._ctx,
            )
        if plan.full or plan.legend:
            channels = {c.channel for c in journey.touchpoints if c.channel is not None}
            self._channels = sorted(channels, key=list(Channel).index)
        self._assemble(geometry, not plan.full)

    def _move_cards(self, moved: set[str], dirty_cells: set[Cell]) -> bool:
        """Update the lists of the cells cards left and entered; False if a full rescan is needed.

        Cells sort by `order`, ties by position in the map's list (as `journey.cells()`);
        ties are rare (hand-edited files), so a cell with one falls back to a rescan.
        """
        affected: set[Cell] = set()
        for card_id in moved:
            card = self._cards.get(card_id)
            if card is None or card_id not in self._positions:
                return False
            affected.add((card.stage_id, card.lane_id))
            old = self._card_cell.get(card_id)
            if old is not None:
                affected.add(old)
        lists: dict[Cell, list[str]] = {}
        for cell in affected:
            ids = [c for c in self._cell_cards.get(cell, ()) if c not in moved]
            ids += [c for c in moved if (self._cards[c].stage_id, self._cards[c].lane_id) == cell]
            orders = [self._cards[c].order for c in ids]
            if len(set(orders)) != len(orders):
                return False
            ids.sort(key=lambda c: self._cards[c].order)
            lists[cell] = ids
        for cell, ids in lists.items():
            if ids != self._cell_cards.get(cell):
                dirty_cells.add(cell)
            if ids:
                self._cell_cards[cell] = ids
            else:
                self._cell_cards.pop(cell, None)
            for card_id in ids:
                self._card_cell[card_id] = cell
        return True

    def _measure(self, key: ExtraKey, obj: Any, width: float) -> bool:
        """Re-measure one item if its content changed; True when its block is new."""
        kind = key[0]
        ctx = self._ctx
        if kind == "card":
            pains = self._card_pains.get(obj.id, [])
            content: tuple = (card_content_key(obj, pains), width)
        elif kind == "pain":
            content = (pain_content_key(obj), width)
        elif kind == "kpi":
            content = (kpi_key(obj), width)
        elif kind == "opportunity":
            content = (opp_key(obj), width)
        else:
            content = (action_key(obj), width)
        cached = self._blocks.get(key)
        if cached is not None and cached[0] == content:
            return False
        if kind == "card":
            block: Block = CardBlock(obj, self._card_pains.get(obj.id, []), width, ctx)
        elif kind == "pain":
            block = PainBlock(obj, width, ctx, attached=False)
        elif kind == "kpi":
            block = KpiBlock(obj, width, ctx)
        elif kind == "opportunity":
            block = OpportunityBlock(obj, width, ctx)
        else:
            block = ActionBlock(obj, width, ctx)
        self._blocks[key] = (content, block)
        return True

    def _restack(self, cell: Cell) -> None:
        """Recompute a cell's list of blocks and its content height."""
        sz = self._ctx.sizes
        blocks: list[tuple[ExtraKey, Block]] = []
        if cell[0] in self._collapsed_stages:  # a folded stage shows no cards (stage edits re-lay out all)
            self._cell_blocks[cell], self._cell_height[cell] = [], 0.0
            self._cell_version[cell] = self._cell_version.get(cell, 0) + 1
            self._restacked.add(cell)
            return
        for card_id in self._cell_cards.get(cell, ()):
            found = self._blocks.get(("card", card_id))
            if found is not None:
                blocks.append((("card", card_id), found[1]))
        for key in self._extras_cells.get(cell, ()):
            found = self._blocks.get(key)
            if found is not None:
                blocks.append((key, found[1]))
        stack, height = stack_blocks(blocks, self._columns(), self._card_width(), sz.item_gap)
        self._cell_blocks[cell] = stack
        self._cell_height[cell] = 2 * sz.cell_pad + height if stack else 0.0
        self._cell_version[cell] = self._cell_version.get(cell, 0) + 1
        self._restacked.add(cell)  # to be placed again

    def _columns(self) -> int:
        return max(1, min(6, int(self.options.card_columns)))

    def _card_width(self) -> float:
        sz = self._ctx.sizes
        return sz.column_width - 2 * sz.cell_pad

    def _column_width(self) -> float:
        sz = self._ctx.sizes
        k = self._columns()
        return k * self._card_width() + (k - 1) * sz.item_gap + 2 * sz.cell_pad

    def estimate_size(self, card_columns: int) -> tuple[float, float]:
        """Poster (width, height) if cells held `card_columns` cards side by side.

        Cheap (no drawing): it restacks the measured blocks. Used to choose the
        column count that makes a poster largest on a given paper.
        """
        if not self._prepared:
            self._build(Plan(full=True, measure_only=True))
        saved = self.options
        self.options = replace(saved, card_columns=card_columns)
        try:
            heights = dict(self._cell_height)
            for cell in list(self._cell_blocks):
                blocks = [(key, block) for key, block, _, _ in self._cell_blocks[cell]]
                _, h = stack_blocks(blocks, self._columns(), self._card_width(), self._ctx.sizes.item_gap)
                heights[cell] = 2 * self._ctx.sizes.cell_pad + h if blocks else 0.0
            geometry = self._geometry_for(Plan(), heights)
        finally:
            self.options = saved
        legend_h = 0.0
        if self.options.show_legend:
            width = geometry.width - 2 * self._ctx.sizes.pad
            legend_h = legend_group(0.0, 0.0, width, [], [], False, self._ctx).h
        return geometry.width, geometry.legend_y + legend_h + self._ctx.sizes.pad

    def _title_group(self, width: float, refresh: bool) -> Group | None:
        """The title block, built once per layout; its key is only looked at when the plan
        says the title's fields changed (`refresh`) or the width did."""
        if not self.options.show_title_block:
            return None
        if self._title is not None and not refresh and self._title[2] == width:
            return self._title[1]
        key = title_block_key(self.journey, width)
        if self._title is None or self._title[0] != key:
            pad = self._ctx.sizes.pad
            self._title = (key, title_block_group(self.journey, pad, pad, width, self._ctx), width)
        return self._title[1]

    def _geometry_for(self, plan: Plan, heights: dict[Cell, float] | None = None) -> Geometry:
        journey, ctx = self.journey, self._ctx
        sz = ctx.sizes
        pad = sz.pad
        stages, lanes = journey.stages, journey.lanes
        col_w = self._column_width()
        col_ws = tuple(sz.collapsed_column if stage.collapsed else col_w for stage in stages)
        col_x = tuple(pad + sz.label_width + sum(col_ws[:i]) for i in range(len(stages)))
        grid_w = sz.label_width + sum(col_ws)
        content_w = max(grid_w, MIN_CONTENT_WIDTH)
        title = self._title_group(content_w, plan.full or plan.title)
        if heights is None:
            self._title_now = title
        top = pad + (title.h + sz.section_gap if title is not None else 0.0)
        header_h = 0.0
        for index, stage in enumerate(stages):
            key = (stage.name, stage.description, index, col_w)
            cached = self._stage_text.get(stage.id)
            if cached is None or cached[0] != key:
                cached = (key, measure_stage(stage, index, col_w - sz.cell_gap, ctx))
                self._stage_text[stage.id] = cached
            header_h = max(header_h, cached[1].height)
        header_h = max(header_h, 64.0) if stages else 0.0
        emotion_lane = next(
            (i for i, lane in enumerate(lanes) if lane.kind == LaneKind.EMOTIONS and not lane.collapsed), -1
        )
        row_y: list[float] = []
        row_h: list[float] = []
        y = top + header_h + (sz.cell_gap if stages else 0.0)
        band = None
        cell_height = self._cell_height if heights is None else heights
        for index, lane in enumerate(lanes):
            if lane.collapsed:
                h = sz.collapsed_row
            else:
                label_h = lane_label_height(lane_label_lines(lane, sz.label_width, ctx), ctx)
                content = max((cell_height.get((s.id, lane.id), 0.0) for s in stages), default=0.0)
                if index == emotion_lane and stages:
                    band_top = self._band_offset(lane)
                    band = (pad + sz.label_width, y + band_top, sum(col_ws), sz.emotion_band)
                    content += band_top + sz.emotion_band
                h = max(sz.min_row, label_h, content)
            row_y.append(y)
            row_h.append(h)
            y += h
        grid_h = y - top
        legend_y = y + sz.section_gap
        return Geometry(
            width=content_w + 2 * pad,
            height=0.0,
            col_x=col_x,
            col_w=col_w,
            col_ws=col_ws,
            grid=(pad, top, grid_w, grid_h),
            header_y=top,
            header_h=header_h,
            row_y=tuple(row_y),
            row_h=tuple(row_h),
            band=band,
            band_lane=emotion_lane,
            legend_y=legend_y,
        )

    def _band_offset(self, lane: Any) -> float:
        """The emotion band starts below the lane's name so scale labels never touch it."""
        ctx = self._ctx
        lines = lane_label_lines(lane, ctx.sizes.label_width, ctx)
        return max(4.0, LABEL_PAD + len(lines) * ctx.sizes.lane_name * 1.25 + 6 - BAND_INSET)

    def _frame_for(self, g: Geometry) -> list[Group]:
        stage_texts = {stage_id: entry[1] for stage_id, entry in self._stage_text.items()}
        groups, self._frame = frame_groups(self.journey, g, stage_texts, self._frame, self._ctx)
        return groups

    def _place_cells(self, g: Geometry, stages: list, lanes: list, full: bool) -> set[str]:
        """Place every cell's blocks; returns the cards whose box changed."""
        sz = self._ctx.sizes
        tops: list[float | None] = [
            None
            if lane.collapsed
            else g.row_y[j] + (self._band_offset(lane) + sz.emotion_band if j == g.band_lane else 0.0)
            for j, lane in enumerate(lanes)
        ]
        frame = (g.col_x, tops, self._card_width(), [s.id for s in stages], [ln.id for ln in lanes])
        same_frame, self._placed_frame = frame == self._placed_frame and not full, frame
        dirty, self._restacked = self._restacked, set()  # same frame: only these cells can differ
        self._cell_placed, self._card_boxes, moved = place_cells(
            g,
            stages,
            lanes,
            tops,
            self._cell_blocks,
            self._cell_version,
            self._cell_placed,
            self._placed,
            self._card_boxes,
            self._card_width(),
            sz.cell_pad,
            dirty if same_frame else None,
        )
        return moved

    def _assemble(self, g: Geometry, incremental: bool) -> None:
        journey, ctx = self.journey, self._ctx
        sz = ctx.sizes
        content_w = g.width - 2 * sz.pad
        items: list[Drawable] = []
        title = self._title_now
        if title is not None:
            items.append(title)
        items.extend(self._frame_groups)
        items.extend(self._arrows.groups.values())  # under the curve and the cards: never hides text
        if self._emotions.curve is not None and g.band is not None:
            items.append(self._emotions.curve[1])
        for stage in journey.stages:
            for lane in journey.lanes:
                entry = self._cell_placed.get((stage.id, lane.id))
                if entry is not None:
                    items.extend(entry[1])
        items.extend(self._emotions.point_groups.values())
        votes = self._votes.update(journey, self._card_boxes, self._cell_placed.values())
        items.extend(votes.values())  # on top: a dot is never hidden under what it votes for
        height = g.legend_y - sz.section_gap + sz.pad
        legend: Group | None = None
        if self.options.show_legend:
            labels = sorted(((int(k), v) for k, v in journey.emotion_scale.labels.items()), reverse=True)
            key = (g.legend_y, content_w, tuple(self._channels), tuple(labels), bool(self._arrows.groups))
            if self._legend is None or self._legend[0] != key:
                self._legend = (
                    key,
                    legend_group(
                        sz.pad,
                        g.legend_y,
                        content_w,
                        list(self._channels),
                        labels,
                        bool(self._arrows.groups),
                        ctx,
                    ),
                )
            legend = self._legend[1]
            items.append(legend)
            height = legend.y + legend.h + sz.pad
        display = DisplayList(g.width, height, items, background=ctx.theme.background)
        sections = Sections(
            {
                "title": title,
                "curve": self._emotions.curve[1]
                if self._emotions.curve is not None and g.band is not None
                else None,
                "legend": legend,
            },
            self._frame_groups,
            self._arrows.groups,
            self._cell_placed,
            self._emotions.point_groups,
            self._emotions.stage_groups,
            self._arrows.patch,
            votes,
        )
        previous = self._layout
        if incremental and previous is not None and self._sections is not None:
            touched, gone = touched_groups(self._sections, sections)
            groups, added, changed, removed = patch_groups(previous.groups, touched, gone)
            self._delta = (added, changed, removed)
        else:
            groups = {(group.role, group.ref): group for group in items if isinstance(group, Group)}
            self._delta = None
        self._sections = sections
        grid_key = (g, [s.id for s in journey.stages], [lane.id for lane in journey.lanes], sz.label_width)
        if self._grid_boxes is None or self._grid_boxes[0] != grid_key:
            self._grid_boxes = (grid_key, grid_boxes(g, journey, sz.label_width))
        cells, stage_headers, lane_labels = self._grid_boxes[1]
        self._layout = MapLayout(  # its dicts are read-only: unchanged ones are shared between layouts
            display=display,
            groups=groups,
            cards=self._card_boxes,
            cells=cells,
            stage_headers=stage_headers,
            lane_labels=lane_labels,
            emotion_band=Box(*g.band) if g.band is not None else None,
            emotion_points=self._emotions.points_xy,
            header_height=g.header_h,
            label_width=sz.label_width,
            grid=Box(*g.grid),
            scale_min=ctx.scale_min,
            scale_max=ctx.scale_max,
            cell_cards=self._cell_tuples.of(self._cell_cards),
        )


def layout_journey(journey: JourneyMap, options: LayoutOptions = LayoutOptions()) -> MapLayout:  # noqa: B008
    """Lay out a map once (for export)."""
    return LayoutEngine(journey, options).layout()
