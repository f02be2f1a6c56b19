"""The poster layout engine: from a journey map to boxes and a display list.

One engine serves the poster exporters (one full layout) and the editor's canvas
(thousands of small edits). An update is a short pipeline, each stage redoing only
what the edit reached (docs/architecture.md, "The layout engine"):

* plan — the model's changes become the inputs that changed (`updates.plan_changes`);
* cells — items measured into blocks, keyed by the fields their class declares it
  reads, and each changed cell restacked (`cell_measures.CellMeasures`);
* geometry — the grid's columns, rows and emotion band (`geometry.py`);
* layers — frame, cards, connections, emotion, title, legend; each runs when an input
  it declares (`layers.py`) changed and reuses its unchanged groups (the very same
  objects); groups inside a lane row are relative to the row (`rows.py`);
* assemble — the display list, and the groups that differ, found by identity over the
  parts that were replaced, so renaming one card whose height does not change yields
  exactly one changed group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from journeymapper.layout.blocks import Context
from journeymapper.layout.cell_contents import (
    Cell,
    CellCardTuples,
    CellPlacement,
)
from journeymapper.layout.cell_measures import CellMeasures
from journeymapper.layout.cell_placing import CardLayer
from journeymapper.layout.connection_layer import ConnectionLayer
from journeymapper.layout.connections import ArrowSpan
from journeymapper.layout.display import Drawable, Group
from journeymapper.layout.emotion_layer import EmotionLayer
from journeymapper.layout.frame_layer import FrameCache, frame_groups
from journeymapper.layout.geometry import BAND_INSET, Geometry, grid_boxes
from journeymapper.layout.grid_drawing import (
    LABEL_PAD,
    StageHeaderText,
    lane_label_height,
    lane_label_lines,
    measure_stage,
)
from journeymapper.layout.layers import CARDS, CONNECTIONS, EMOTION, FRAME, layers_to_update, plan_inputs
from journeymapper.layout.legend import LegendLayer, legend_group
from journeymapper.layout.maplayout import Box, LayoutDelta, LayoutOptions, MapLayout
from journeymapper.layout.rows import (
    AbsoluteBoxes,
    AbsoluteGroups,
    AbsolutePoints,
    PosterList,
    RowIndex,
    Rows,
)
from journeymapper.layout.stacking import stack_blocks
from journeymapper.layout.style import sizes_for
from journeymapper.layout.theme import theme_named
from journeymapper.layout.titleblock import TitleLayer
from journeymapper.layout.updates import (
    Plan,
    Sections,
    diff_layouts,
    patch_groups,
    plan_changes,
    touched_groups,
)
from journeymapper.layout.vote_dots import VoteDots
from journeymapper.model.commands import Change
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind

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
            return self._delta
        return diff_layouts(old, self._layout)

    def set_options(self, options: LayoutOptions, relayout: bool = True) -> LayoutDelta | None:
        """Change options; returns what changed (None with `relayout=False`, for batch callers)."""
        old = self._layout.groups if self._layout is not None else {}
        if options != self.options:
            only_columns = replace(options, card_columns=self.options.card_columns) == self.options
            self.options = options
            if only_columns:
                self._cards.cells = {}
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
            route=opts.route_connections,
        )
        self._scale_key = (journey.emotion_scale.min, journey.emotion_scale.max, str(journey.language))
        self._cards = CardLayer()
        self._m = CellMeasures(journey, self._ctx, self._columns, self._card_width)
        self._stage_text: dict[str, tuple[tuple, StageHeaderText]] = {}
        self._frame = FrameCache()
        self._arrows = ConnectionLayer()
        self._votes = VoteDots()
        self._emotions = EmotionLayer()
        self._title = TitleLayer()
        self._title_now: Group | None = None
        self._legend = LegendLayer()
        self._geometry: Geometry | None = None
        self._prepared = False
        self._sections: Sections | None = None
        self._delta: LayoutDelta | None = None
        self._frame_groups: list[Group] = []
        self._grid_boxes: tuple[tuple, tuple[Mapping, dict, dict]] | None = None
        self._cell_tuples = CellCardTuples()
        self._rows = RowIndex()

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
        dirty_cells = self._m.prepare(plan, journey, self._card_width(), self._cards.items)
        self._prepared = True
        if plan.measure_only:
            return

        changed = plan_inputs(plan, dirty_cells)
        geometry = self._geometry_for(plan)
        if geometry != self._geometry:
            changed.add("geometry")
        self._geometry = geometry
        tops = {lane.id: geometry.row_y[j] for j, lane in enumerate(lanes)}
        tops_before = self._rows.tops
        if tops != tops_before:
            changed.add("rows")
        self._rows.tops = tops
        run = layers_to_update(changed)
        if FRAME.name in run:
            self._frame_groups = self._frame_for(geometry)
        self._cards.moved = set()
        item_w, pad = self._card_width(), self._ctx.sizes.cell_pad
        tops_in_rows = self._row_tops(geometry, lanes)
        if CARDS.name in run and self._cards.update(
            geometry, stages, lanes, tops_in_rows, self._m, item_w, pad, plan.full
        ):
            changed.add("moved-cards")
            run = layers_to_update(changed)
        if CONNECTIONS.name in run:
            self._arrows.update(
                journey,
                geometry,
                Rows(self._cards.card_boxes, self._m.card_cell, tops),
                self._cards.cells,
                self._cards.moved,
                plan.full or plan.connections,
                self._ctx,
            )
        if EMOTION.name in run:
            stages_touched = {cell[0] for cell in dirty_cells}
            stages_touched |= {self._m.cards[c].stage_id for c in plan.cards or () if c in self._m.cards}
            self._emotions.update(
                journey,
                replace(geometry, band=geometry.band_local),  # the points live in the band's row
                self._m.cards,
                self._m.cell_cards,
                None if plan.full else stages_touched,
                self._ctx,
            )
        if plan.full or plan.legend:  # the legend's channel list: the only part that scans the cards
            self._legend.find_channels(journey)
        self._assemble(geometry, not plan.full)

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
            heights = dict(self._m.cell_height)
            for cell in list(self._m.cell_blocks):
                blocks = [(key, block) for key, block, _, _ in self._m.cell_blocks[cell]]
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
        title = self._title.group(
            journey, content_w, plan.full or plan.title, self.options.show_title_block, ctx
        )
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
        band = band_local = None
        cell_height = self._m.cell_height if heights is None else heights
        for index, lane in enumerate(lanes):
            if lane.collapsed:
                h = sz.collapsed_row
            else:
                label_h = lane_label_height(lane_label_lines(lane, sz.label_width, ctx), ctx)
                content = max((cell_height.get((s.id, lane.id), 0.0) for s in stages), default=0.0)
                if index == emotion_lane and stages:
                    band_top = self._band_offset(lane)
                    band = (pad + sz.label_width, y + band_top, sum(col_ws), sz.emotion_band)
                    band_local = (pad + sz.label_width, band_top, sum(col_ws), sz.emotion_band)
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
            band_local=band_local,
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

    def _row_tops(self, g: Geometry, lanes: list) -> list[float | None]:
        """Where each lane's cards start, relative to its row (None: the lane is folded)."""
        sz = self._ctx.sizes
        return [
            None
            if lane.collapsed
            else (self._band_offset(lane) + sz.emotion_band if j == g.band_lane else 0.0)
            for j, lane in enumerate(lanes)
        ]

    def _assemble(self, g: Geometry, incremental: bool) -> None:
        journey, ctx = self.journey, self._ctx
        sz = ctx.sizes
        content_w = g.width - 2 * sz.pad
        items: list[Drawable | ArrowSpan] = []
        title = self._title_now
        if title is not None:
            items.append(title)
        items.extend(self._frame_groups)
        items.extend(self._arrows.groups.values())  # under the curve and the cards: never hides text
        if self._emotions.curve is not None and g.band is not None:
            items.append(self._emotions.curve[1])
        for stage in journey.stages:
            for lane in journey.lanes:
                entry = self._cards.cells.get((stage.id, lane.id))
                if entry is not None:
                    items.extend(entry[1])
        items.extend(self._emotions.point_groups.values())
        votes = self._votes.update(journey, self._cards.cells)
        items.extend(votes.values())  # on top: a dot is never hidden under what it votes for
        height = g.legend_y - sz.section_gap + sz.pad
        legend: Group | None = None
        if self.options.show_legend:
            legend = self._legend.group(
                journey, sz.pad, g.legend_y, content_w, bool(self._arrows.groups), ctx
            )
            items.append(legend)
            height = legend.y + legend.h + sz.pad
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
            self._cards.cells,
            self._emotions.point_groups,
            self._emotions.stage_groups,
            self._arrows.patch,
            votes,
            self._votes.lanes,
        )
        previous = self._layout
        band_lane = journey.lanes[g.band_lane].id if g.band is not None else ""
        if incremental and previous is not None and self._sections is not None:
            touched, gone = touched_groups(self._sections, sections)
            groups, added, changed, removed = patch_groups(previous.local_groups, touched, gone)
            relaned = self._rows.update(
                self._sections, sections, band_lane, removed, self._m.card_cell, self._arrows.source_of
            )
            pending: tuple | None = (previous, added, changed, removed, relaned)
        else:
            groups = {(g.role, g.ref): g for g in items if isinstance(g, Group | ArrowSpan)}
            self._rows.update(None, sections, band_lane, [], self._m.card_cell, self._arrows.source_of)
            pending = None
        self._sections = sections
        absolute = AbsoluteGroups(groups, self._rows.row_of, self._rows.tops, self._rows.cache)
        display = PosterList(g.width, height, items, absolute, ctx.theme.background)
        grid_key = (g, [s.id for s in journey.stages], [lane.id for lane in journey.lanes], sz.label_width)
        if self._grid_boxes is None or self._grid_boxes[0] != grid_key:
            self._grid_boxes = (grid_key, grid_boxes(g, journey, sz.label_width))
        cells, stage_headers, lane_labels = self._grid_boxes[1]
        self._layout = MapLayout(  # its dicts are read-only: unchanged ones are shared between layouts
            display=display,
            groups=absolute,
            cards=AbsoluteBoxes(self._cards.card_boxes, self._m.card_cell, self._rows.tops),
            cells=cells,
            stage_headers=stage_headers,
            lane_labels=lane_labels,
            emotion_band=Box(*g.band) if g.band is not None else None,
            emotion_points=AbsolutePoints(self._emotions.points_xy, self._rows.tops.get(band_lane, 0.0)),
            header_height=g.header_h,
            label_width=sz.label_width,
            grid=Box(*g.grid),
            scale_min=ctx.scale_min,
            scale_max=ctx.scale_max,
            cell_cards=self._cell_tuples.of(self._m.cell_cards),
            local_groups=groups,
            row_of=self._rows.row_of,
            row_tops=self._rows.tops,
        )
        self._delta = self._rows.delta(self._layout, *pending) if pending is not None else None


def layout_journey(journey: JourneyMap, options: LayoutOptions = LayoutOptions()) -> MapLayout:  # noqa: B008
    """Lay out a map once (for export)."""
    return LayoutEngine(journey, options).layout()
