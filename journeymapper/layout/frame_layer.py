"""The frame layer: the groups of the grid's frame (cells, seams, stage headers, lane labels).

Rebuilt only when the grid's geometry changes (a row grows, a stage is added), and
even then each group is reused when its own box and content are the same.
"""

from __future__ import annotations

from collections.abc import Callable
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


def frame_groups(
    journey: JourneyMap,
    g: Geometry,
    stage_texts: dict[str, StageHeaderText],
    previous: dict[GroupKey, tuple[tuple, Group]],
    ctx: Context,
) -> tuple[list[Group], dict[GroupKey, tuple[tuple, Group]]]:
    """Stage headers, lane labels, cell backgrounds and seams for a geometry.

    Groups whose box and content did not change are reused from `previous` (the very
    same objects), so an update reports them unchanged without comparing them. Cells and
    lane labels are relative to their row's top (`layout/rows.py`): a row that only
    moved keeps them.
    """
    sz = ctx.sizes
    out: list[Group] = []
    gap = sz.cell_gap
    frame: dict[GroupKey, tuple[tuple, Group]] = {}

    def cached(key: GroupKey, content: tuple, make: Callable[[], Group]) -> Group:
        found = previous.get(key)
        group = found[1] if found is not None and found[0] == content else make()
        frame[key] = (content, group)
        return group

    def lane_label(lane: Lane, box: tuple[float, float, float, float]) -> Group:
        # Wraps the label only when the cached group cannot be reused.
        return lane_label_group(lane, lane_label_lines(lane, sz.label_width, ctx), *box, ctx)

    for i, stage in enumerate(journey.stages):
        for j, lane in enumerate(journey.lanes):
            box = (g.col_x[i], 0.0, g.col_width(i), g.row_h[j])  # relative to the row's top
            out.append(
                cached(
                    ("cell", f"{stage.id}|{lane.id}"),
                    (box, lane.colour),
                    partial(cell_group, stage.id, lane, *box, ctx),
                )
            )
    out.append(
        cached(
            ("grid", ""),
            (g.col_x, g.row_y, g.grid),
            lambda: grid_group([x - gap / 2 for x in g.col_x[1:]], [], *g.grid, ctx),
        )
    )
    for i, stage in enumerate(journey.stages):
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
