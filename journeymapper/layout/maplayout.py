"""What the layout engine hands to backends and to the editor: boxes and a display list.

`MapLayout` answers the editor's geometric questions (which cell is under the mouse,
where a dropped card lands, which score a dragged emotion point means) from the same
numbers the poster is drawn with, so screen and print cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from journeymapper.layout.display import DisplayList, Group

Density = Literal["full", "compact", "dots"]
DENSITIES: tuple[Density, ...] = ("full", "compact", "dots")


@dataclass(frozen=True)
class LayoutOptions:
    """How to lay a map out. The editor changes them with `MapScene.set_options(replace(...))`.

    `density` makes large maps fit (the layout side of issue 8's density modes):
    "full" draws cards as sticky notes; "compact" keeps a card's title (up to two lines)
    and its emotion badge only, dropping text, channel, footer and attached pains;
    "dots" draws each card as a small dot in its emotion colour (title and text in its
    tooltip), so thousands of cards fit a screen. Every density is a whole layout:
    hit tests, drop positions and exports follow it. Folding a stage is a model
    edit instead (`Stage.collapsed`, pushed as `UpdateItem("stages", id, {"collapsed": True})`),
    so it is saved and undoable like a folded lane.
    """

    theme: str = "light"  # "light" | "dark" | "colour-blind"
    language: str | None = None  # fixed labels (legend etc.); None = the map's language
    show_title_block: bool = True
    show_legend: bool = True
    large_text: bool = False  # projector-friendly bigger type
    # Cards side by side in each cell (posters on landscape paper use 2–4 to fill the
    # width); the editor keeps 1 so that a drop position is just a height.
    card_columns: int = 1
    density: Density = "full"


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


@dataclass
class MapLayout:
    display: DisplayList  # every top-level item is a Group with a unique (role, ref) key
    groups: dict[tuple[str, str], Group]  # (role, ref) -> Group, same objects as display.items
    cards: dict[str, Box]  # card id -> box
    cells: dict[tuple[str, str], Box]  # (stage_id, lane_id) -> box
    stage_headers: dict[str, Box]  # stage id -> header box
    lane_labels: dict[str, Box]  # lane id -> label box
    emotion_band: Box | None  # the band where the emotion curve is drawn
    emotion_points: dict[str, tuple[float, float]]  # card id -> point on the curve
    header_height: float  # height of the stage header row (top of grid)
    label_width: float  # width of the lane label column (left of grid)
    grid: Box  # the whole stage×lane grid including headers/labels
    scale_min: int = -2
    scale_max: int = 2
    band_inset: float = 14.0  # distance from the band's edges to the max/min score lines
    cell_cards: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage id, lane id) of the cell under a point, or None outside the grid body."""
        stage = next((sid for sid, box in self.stage_headers.items() if box.x <= x < box.x + box.w), None)
        if stage is None:
            return None
        lane = next((lid for lid, box in self.lane_labels.items() if box.y <= y < box.y + box.h), None)
        if lane is None:
            return None
        return (stage, lane)

    def insertion_index(self, stage_id: str, lane_id: str, y: float) -> int:
        """Where a card dropped at height `y` lands among the cell's cards (0 = first)."""
        index = 0
        for card_id in self.cell_cards.get((stage_id, lane_id), ()):
            box = self.cards.get(card_id)
            if box is None:
                continue
            if y > box.y + box.h / 2:
                index += 1
            else:
                break
        return index

    def _score_span(self) -> tuple[float, float]:
        band = self.emotion_band
        if band is None:
            return (0.0, 1.0)
        return (band.y + self.band_inset, band.y + band.h - self.band_inset)

    def y_for_score(self, score: float) -> float:
        top, bottom = self._score_span()
        span = self.scale_max - self.scale_min
        if span <= 0:
            return (top + bottom) / 2
        return top + (self.scale_max - score) / span * (bottom - top)

    def score_at(self, y: float) -> int:
        """The score a point at height `y` in the emotion band stands for, rounded and clamped."""
        top, bottom = self._score_span()
        if bottom <= top:
            return 0
        raw = self.scale_max - (y - top) / (bottom - top) * (self.scale_max - self.scale_min)
        return int(max(self.scale_min, min(self.scale_max, round(raw))))


@dataclass
class LayoutDelta:
    layout: MapLayout
    added: list[tuple[str, str]]  # group keys new in this layout
    changed: list[tuple[str, str]]  # group keys whose Group differs (content or position)
    removed: list[tuple[str, str]]  # group keys gone
