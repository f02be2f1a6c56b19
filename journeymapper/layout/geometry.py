"""The grid's measures: where columns and rows are, and the one score ↔ y formula.

Every other module asks here: the engine measures a `Geometry` once per layout, the
layers draw from it, `MapLayout` answers the editor's hit tests from it, and a score
becomes a height (and back) only through `ScoreMap`, with the band's inset defined once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

BAND_INSET = 14.0  # from the emotion band's edges to the lines of the top and bottom scores


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.w, self.h)


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
    band_local: tuple[float, float, float, float] | None = None  # the band, relative to its row's top

    def col_width(self, index: int) -> float:
        return self.col_ws[index] if self.col_ws else self.col_w


class ScoreMap:
    """The one score ↔ y formula: the band's top edge, inset, is the top score."""

    def __init__(self, band: tuple[float, float, float, float], low: int, high: int) -> None:
        self.top = band[1] + BAND_INSET
        self.bottom = band[1] + band[3] - BAND_INSET
        self.low, self.high = low, high

    def y_for_score(self, score: float) -> float:
        span = self.high - self.low
        if span <= 0:
            return (self.top + self.bottom) / 2
        return self.top + (self.high - score) / span * (self.bottom - self.top)

    def score_at(self, y: float) -> int:
        """The score a point at height `y` stands for, rounded and clamped to the scale."""
        if self.bottom <= self.top:
            return 0
        raw = self.high - (y - self.top) / (self.bottom - self.top) * (self.high - self.low)
        return int(max(self.low, min(self.high, round(raw))))


def cells_overlapping(
    g: Geometry, n_stages: int, n_lanes: int, rect: tuple[float, float, float, float]
) -> list[tuple[int, int]]:
    """(column, row) indexes of the grid cells a rectangle in poster coordinates overlaps."""
    x, y, w, h = rect
    first_col = max(0, bisect_right(g.col_x, x) - 1)
    last_col = max(0, bisect_right(g.col_x, x + w) - 1)
    first_row = max(0, bisect_right(g.row_y, y) - 1)
    last_row = max(0, bisect_right(g.row_y, y + h) - 1)
    return [
        (i, j)
        for i in range(first_col, min(last_col, n_stages - 1) + 1)
        for j in range(first_row, min(last_row, n_lanes - 1) + 1)
    ]


def card_blocker(
    g: Geometry,
    stage_ids: list[str],
    lane_ids: list[str],
    placed: dict[tuple[str, str], tuple],
    tops: dict[str, float],
) -> Callable[[tuple[float, float, float, float]], bool]:
    """A test of whether a rectangle (poster coordinates) would cover a card or the emotion band.

    Looks only at the cells the rectangle overlaps, so labelling an arrow costs a few
    dozen box checks however large the map is. Placed card boxes are relative to their
    row (`tops` gives each lane's top).
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
        for i, j in cells_overlapping(g, len(stage_ids), len(lane_ids), rect):
            entry = placed.get((stage_ids[i], lane_ids[j]))
            if entry is None:
                continue
            top = tops[lane_ids[j]]
            for box in entry[2].values():
                by = box.y + top
                if x < box.x + box.w and box.x < x + w and y < by + box.h and by < y + h:
                    return True
        return False

    return blocked


class CellBoxes(Mapping[tuple[str, str], Box]):
    """(stage id, lane id) → the cell's box, made from the geometry when asked for.

    Why: a row that grows changes the geometry on every keystroke, and making all the
    cells' boxes (400 at 10,000 cards) for the few the editor then looks at cost more
    than the rest of the grid's bookkeeping. Iterates stage by stage, as a dict did.
    """

    __slots__ = ("g", "stages", "lanes")

    def __init__(self, g: Geometry, stage_ids: list[str], lane_ids: list[str]) -> None:
        self.g = g
        self.stages = {stage_id: i for i, stage_id in enumerate(stage_ids)}
        self.lanes = {lane_id: j for j, lane_id in enumerate(lane_ids)}

    def __getitem__(self, cell: tuple[str, str]) -> Box:
        i, j = self.stages[cell[0]], self.lanes[cell[1]]  # KeyError for a cell not in the grid
        g = self.g
        return Box(g.col_x[i], g.row_y[j], g.col_width(i), g.row_h[j])

    def __contains__(self, cell: object) -> bool:
        return isinstance(cell, tuple) and len(cell) == 2 and cell[0] in self.stages and cell[1] in self.lanes

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((stage_id, lane_id) for stage_id in self.stages for lane_id in self.lanes)

    def __len__(self) -> int:
        return len(self.stages) * len(self.lanes)


def grid_boxes(g: Geometry, journey: Any, label_width: float) -> tuple[Mapping, dict, dict]:
    """Boxes of every cell, stage header and lane label, for the editor's hit tests."""
    cells = CellBoxes(g, [stage.id for stage in journey.stages], [lane.id for lane in journey.lanes])
    stage_headers = {
        s.id: Box(g.col_x[i], g.header_y, g.col_width(i), g.header_h) for i, s in enumerate(journey.stages)
    }
    lane_labels = {
        lane.id: Box(g.grid[0], g.row_y[j], label_width, g.row_h[j]) for j, lane in enumerate(journey.lanes)
    }
    return cells, stage_headers, lane_labels
