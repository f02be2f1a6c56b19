"""Geometry helpers of the engine: the grid's measured geometry, stacking blocks in
cells (in one or several columns), score ↔ height, and the content keys blocks are
cached by.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from journeymapper.layout.blocks import Block
from journeymapper.layout.emotion import BAND_INSET
from journeymapper.layout.placement import ExtraKey


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float
    col_x: tuple[float, ...]
    col_w: float
    grid: tuple[float, float, float, float]
    header_y: float
    header_h: float
    row_y: tuple[float, ...]
    row_h: tuple[float, ...]
    band: tuple[float, float, float, float] | None
    band_lane: int
    legend_y: float
    col_ws: tuple[float, ...] = ()  # each column's width: `col_w`, or narrow for a collapsed stage

    def col_width(self, index: int) -> float:
        return self.col_ws[index] if self.col_ws else self.col_w


def kpi_key(kpi: Any) -> tuple:
    return (kpi.name, kpi.kind, kpi.unit, kpi.target, kpi.actual, kpi.lower_is_better)


def opp_key(opp: Any) -> tuple:
    h = opp.hypothesis
    return (opp.text, h.strategy, h.need, h.solution, h.outcome)


def action_key(action: Any) -> tuple:
    return (action.task, action.priority, action.status, action.owner, action.due)


def stack_blocks(
    blocks: list[tuple[ExtraKey, Block]], columns: int, width: float, gap: float
) -> tuple[list[tuple[ExtraKey, Block, float, float]], float]:
    """Stack blocks in order into up to `columns` balanced columns (newspaper style).

    Returns each block with its (dx, dy) offset in the cell, and the tallest column.
    """
    if not blocks:
        return [], 0.0
    heights = [b.height for _, b in blocks]
    columns = max(1, min(columns, len(blocks)))
    total = sum(heights) + gap * (len(blocks) - 1)
    target = (total - gap * (columns - 1)) / columns
    out: list[tuple[ExtraKey, Block, float, float]] = []
    column, y, tallest = 0, 0.0, 0.0
    for (key, block), h in zip(blocks, heights, strict=True):
        if y > 0 and column < columns - 1 and y + h / 2 > target:
            tallest = max(tallest, y - gap)
            column += 1
            y = 0.0
        out.append((key, block, column * (width + gap), y))
        y += h + gap
    tallest = max(tallest, y - gap)
    return out, tallest


class ScoreMap:
    """Score ↔ y inside a band, shared with MapLayout's formulas."""

    def __init__(self, band: tuple[float, float, float, float], low: int, high: int) -> None:
        self.top = band[1] + BAND_INSET
        self.bottom = band[1] + band[3] - BAND_INSET
        self.low, self.high = low, high

    def y_for_score(self, score: float) -> float:
        span = self.high - self.low
        if span <= 0:
            return (self.top + self.bottom) / 2
        return self.top + (self.high - score) / span * (self.bottom - self.top)


def card_blocker(
    g: Geometry, stage_ids: list[str], lane_ids: list[str], placed: dict[tuple[str, str], tuple]
) -> Callable[[tuple[float, float, float, float]], bool]:
    """A test of whether a rectangle would cover a card or the emotion band.

    Looks only at the cells the rectangle overlaps, so labelling an arrow costs a few
    dozen box checks however large the map is.
    """

    def blocked(rect: tuple[float, float, float, float]) -> bool:
        x, y, w, h = rect
        band = g.band
        if (
            band is not None
            and x < band[0] + band[2]
            and band[0] < x + w
            and y < band[1] + band[3]
            and band[1] < y + h
        ):
            return True
        first_col = max(0, bisect_right(g.col_x, x) - 1)
        last_col = max(0, bisect_right(g.col_x, x + w) - 1)
        first_row = max(0, bisect_right(g.row_y, y) - 1)
        last_row = max(0, bisect_right(g.row_y, y + h) - 1)
        for i in range(first_col, min(last_col, len(stage_ids) - 1) + 1):
            for j in range(first_row, min(last_row, len(lane_ids) - 1) + 1):
                entry = placed.get((stage_ids[i], lane_ids[j]))
                if entry is None:
                    continue
                for box in entry[2].values():
                    if x < box.x + box.w and box.x < x + w and y < box.y + box.h and box.y < y + h:
                        return True
        return False

    return blocked


def grid_boxes(g: Geometry, journey: Any, label_width: float) -> tuple[dict, dict, dict]:
    """Boxes of every cell, stage header and lane label, for the editor's hit tests."""
    from journeymapper.layout.maplayout import Box

    cells = {
        (stage.id, lane.id): Box(g.col_x[i], g.row_y[j], g.col_width(i), g.row_h[j])
        for i, stage in enumerate(journey.stages)
        for j, lane in enumerate(journey.lanes)
    }
    stage_headers = {
        s.id: Box(g.col_x[i], g.header_y, g.col_width(i), g.header_h) for i, s in enumerate(journey.stages)
    }
    lane_labels = {
        lane.id: Box(g.grid[0], g.row_y[j], label_width, g.row_h[j]) for j, lane in enumerate(journey.lanes)
    }
    return cells, stage_headers, lane_labels
