"""Geometry helpers of the engine: the grid's measured geometry, stacking blocks in
cells (in one or several columns), score ↔ height, and the content keys blocks are
cached by.
"""

from __future__ import annotations

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
