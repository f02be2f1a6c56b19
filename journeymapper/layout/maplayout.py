"""What the layout engine hands to backends and to the editor: boxes and a display list.

`MapLayout` answers the editor's geometric questions (which cell is under the mouse,
where a dropped card lands, which score a dragged emotion point means) from the same
numbers the poster is drawn with, so screen and print cannot disagree.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from journeymapper.layout.display import DisplayList, Group
from journeymapper.layout.geometry import BAND_INSET, Box, ScoreMap

if TYPE_CHECKING:
    from journeymapper.layout.connections import ArrowSpan

__all__ = ["Box", "Density", "LayoutDelta", "LayoutOptions", "MapLayout"]

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
    # Arrows routed in the gutters around cards (posters always). Re-routing is the dearest
    # part of an edit on a big map (a row growing at 10,000 cards re-routed ~3,000 arrows:
    # seconds), so the editor turns it off above `ROUTED_CONNECTIONS_LIMIT` connections and
    # draws arrows between facing card edges instead.
    route_connections: bool = True


# Above this many connections the editor draws unrouted arrows (see LayoutOptions).
ROUTED_CONNECTIONS_LIMIT = 150


@dataclass
class MapLayout:
    """Where everything is. `groups`, `cards`, `emotion_points` and `display` are in poster
    coordinates; the editor's scene uses `local_groups` instead, where row-owned groups are
    relative to their row's top (`row_of` names the lane, `row_tops` its top; see `rows.py`)."""

    display: DisplayList  # every top-level item is a Group with a unique (role, ref) key
    groups: Mapping[tuple[str, str], Group]  # (role, ref) -> Group, the same groups as display.items
    cards: Mapping[str, Box]  # card id -> box
    cells: Mapping[tuple[str, str], Box]  # (stage_id, lane_id) -> box (made when read)
    stage_headers: dict[str, Box]  # stage id -> header box
    lane_labels: dict[str, Box]  # lane id -> label box
    emotion_band: Box | None  # the band where the emotion curve is drawn
    emotion_points: Mapping[str, tuple[float, float]]  # card id -> point on the curve
    header_height: float  # height of the stage header row (top of grid)
    label_width: float  # width of the lane label column (left of grid)
    grid: Box  # the whole stage×lane grid including headers/labels
    scale_min: int = -2
    scale_max: int = 2
    cell_cards: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    # Groups, and the editor's plain arrows as spans (`connections.ArrowSpan`), made when read.
    local_groups: Mapping[tuple[str, str], Group | ArrowSpan] = field(default_factory=dict, repr=False)
    row_of: Mapping[tuple[str, str], str] = field(default_factory=dict, repr=False)  # key -> lane id
    row_tops: Mapping[str, float] = field(default_factory=dict, repr=False)  # lane id -> its row's top
    _edges: tuple[list, list, list, list] | None = field(default=None, init=False, repr=False, compare=False)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage id, lane id) of the cell under a point, or None outside the grid body.

        A binary search over the columns' and rows' edges (sorted left to right and top
        to bottom), so the pointer's cell costs the same on any map.
        """
        if self._edges is None:
            columns = sorted(self.stage_headers.items(), key=lambda kv: kv[1].x)
            rows = sorted(self.lane_labels.items(), key=lambda kv: kv[1].y)
            self._edges = (
                [box.x for _, box in columns],
                [(sid, box) for sid, box in columns],
                [box.y for _, box in rows],
                [(lid, box) for lid, box in rows],
            )
        xs, columns, ys, rows = self._edges
        i, j = bisect_right(xs, x) - 1, bisect_right(ys, y) - 1
        if i < 0 or j < 0:
            return None
        stage, column = columns[i]
        lane, row = rows[j]
        if not (column.x <= x < column.x + column.w and row.y <= y < row.y + row.h):
            return None
        return (stage, lane)

    def insertion_index(self, stage_id: str, lane_id: str, y: float, skip: Collection[str] = ()) -> int:
        """Where a card dropped at height `y` lands among the cell's cards (0 = first).

        `skip` names cards to leave out (those being dragged), so the index counts the
        cards that stay, which is what `MoveCards` expects.
        """
        index = 0
        for card_id in self.cell_cards.get((stage_id, lane_id), ()):
            box = self.cards.get(card_id)
            if box is None or card_id in skip:
                continue
            if y > box.y + box.h / 2:
                index += 1
            else:
                break
        return index

    def _scores(self) -> ScoreMap:
        band = self.emotion_band
        box = band.as_tuple() if band is not None else (0.0, -BAND_INSET, 0.0, 1.0 + 2 * BAND_INSET)
        return ScoreMap(box, self.scale_min, self.scale_max)

    def y_for_score(self, score: float) -> float:
        return self._scores().y_for_score(score)

    def score_at(self, y: float) -> int:
        """The score a point at height `y` in the emotion band stands for, rounded and clamped."""
        return self._scores().score_at(y)


class LayoutDelta:
    """What an update changed, in poster coordinates, and what the editor's scene must touch.

    `added`, `changed` and `removed` are what a full comparison of the two layouts' groups
    finds. When rows moved (`moved_rows`, lane ids), every group in them changed in poster
    coordinates, and so did the arrows kept as spans into them; that list is made only if
    someone reads `changed` (`poster`, which makes the whole list). The editor's scene reads
    `local_changed` (groups changed within their row, or moved to another row, and spans
    whose cards changed) and moves whole rows, and the arrows between them, instead
    (`MapLayout.row_tops`).
    """

    __slots__ = ("layout", "added", "removed", "local_changed", "moved_rows", "_changed", "_poster")

    def __init__(
        self,
        layout: MapLayout,
        added: list[tuple[str, str]],
        changed: list[tuple[str, str]],
        removed: list[tuple[str, str]],
        local_changed: list[tuple[str, str]] | None = None,
        moved_rows: frozenset[str] = frozenset(),
        poster: Callable[[], list[tuple[str, str]]] | None = None,
    ) -> None:
        self.layout, self.added, self.removed = layout, added, removed
        self.local_changed = changed if local_changed is None else local_changed
        self.moved_rows = moved_rows
        self._changed, self._poster = changed, poster

    @property
    def changed(self) -> list[tuple[str, str]]:
        if self._poster is not None:
            self._changed = self._poster()
            self._poster = None
        return self._changed
