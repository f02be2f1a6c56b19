"""The frame layer: the groups of the grid's frame (cells, seams, stage headers, lane labels).

Rebuilt only when the grid's geometry changes (a row grows, a stage is added), and
even then each group is reused when its own box and content are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from journeymapper.layout.blocks import Context
from journeymapper.layout.display import Group
from journeymapper.layout.geometry import Geometry
from journeymapper.layout.grid_drawing import (
    StageHeaderText,
    cell_group,
    grid_group,
    lane_label_group,
    lane_label_lines,
    stage_header_group,
)
from journeymapper.layout.updates import GroupKey
from journeymapper.model.entities import Lane
from journeymapper.model.journey import JourneyMap


@dataclass
class FrameCache:
    """What the frame layer built last time, to reuse: a lane's row of cells as a whole, the
    other groups one by one, each with what it was made from."""

    rows: dict[str, tuple[tuple, list[Group]]] = field(default_factory=dict)  # lane id → cells by stage
    groups: dict[GroupKey, tuple[tuple, Group]] = field(default_factory=dict)


def frame_groups(
    journey: JourneyMap,
    g: Geometry,
    stage_texts: dict[str, StageHeaderText],
    previous: FrameCache,
    ctx: Context,
) -> tuple[list[Group], FrameCache]:
    """Stage headers, lane labels, cell backgrounds and seams for a geometry.

    Groups whose box and content did not change are reused from `previous` (the very
    same objects), so an update reports them unchanged without comparing them. Cells and
    lane labels are relative to their row's top (`layout/rows.py`): a row that only
    moved keeps them. A lane's cells are kept as one row: when a row grows, the other
    rows' cells are reused without looking at each of them (400 cells at 10,000 cards).
    """
    sz = ctx.sizes
    gap = sz.cell_gap
    frame = FrameCache()

    def cached(key: GroupKey, content: tuple, make: Callable[[], Group]) -> Group:
        found = previous.groups.get(key)
        group = found[1] if found is not None and found[0] == content else make()
        frame.groups[key] = (content, group)
        return group

    def lane_label(lane: Lane, box: tuple[float, float, float, float]) -> Group:
        # Wraps the label only when the cached group cannot be reused.
        return lane_label_group(lane, lane_label_lines(lane, sz.label_width, ctx), *box, ctx)

    stages = journey.stages
    stage_ids = tuple(stage.id for stage in stages)
    rows: list[list[Group]] = []
    for j, lane in enumerate(journey.lanes):
        content = (stage_ids, g.col_x, g.col_ws, g.col_w, g.row_h[j], lane.colour)
        found = previous.rows.get(lane.id)
        if found is None or found[0] != content:
            found = (
                content,
                [_cell(stage.id, lane, g, i, g.row_h[j], ctx) for i, stage in enumerate(stages)],
            )
        frame.rows[lane.id] = found
        rows.append(found[1])
    out: list[Group] = [row[i] for i in range(len(stages)) for row in rows]  # stage by stage, as painted
    out.append(
        cached(
            ("grid", ""),
            (g.col_x, g.row_y, g.grid),
            lambda: grid_group([x - gap / 2 for x in g.col_x[1:]], [], *g.grid, ctx),
        )
    )
    for i, stage in enumerate(stages):
        text = stage_texts[stage.id]
        box = (g.col_x[i] + gap / 2, g.header_y, g.col_width(i) - gap, g.header_h)
        out.append(
            cached(
                ("stage-header", stage.id),
                (box, stage.name, stage.description, stage.colour, i, stage.collapsed),
                partial(stage_header_group, stage, text, *box, ctx),
            )
        )
    for j, lane in enumerate(journey.lanes):
        box = (g.grid[0], 0.0, sz.label_width, g.row_h[j])  # relative to the row's top
        out.append(
            cached(
                ("lane-label", lane.id),
                (box, lane.name, lane.colour, lane.collapsed, lane.kind),
                partial(lane_label, lane, box),
            )
        )
    return out, frame


def _cell(stage_id: str, lane: Lane, g: Geometry, i: int, row_h: float, ctx: Context) -> Group:
    """One cell's background, relative to its row's top."""
    return cell_group(stage_id, lane, g.col_x[i], 0.0, g.col_width(i), row_h, ctx)
