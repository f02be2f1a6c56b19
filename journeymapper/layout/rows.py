"""Relative coordinates: groups that belong to a lane row are kept relative to the row's top.

Why: when typing makes a card's cell taller, every row below moves down. With absolute
coordinates each group below was rebuilt and each scene item moved — thousands at 10,000
cards. Row-relative groups do not change when their row moves; only the row's top does,
and the editor's scene moves one parent item per row (`ui/canvas/scene.py`).

A group is *row-owned* when it lies inside one lane's row: cells, lane labels, cards and
everything stacked in cells, the emotion points and curve (the emotion lane's row), and
connection arrows (the row of the card they start from). Stage headers, seams, the title
block and the legend stay absolute.

Posters and tests still see absolute groups: `AbsoluteGroups`, `AbsoluteBoxes` and
`AbsolutePoints` are read-only mappings that translate on access — always as
`translate_group(local, 0, top)` from the same local group and the same top, so an
updated layout equals a fresh one value for value, and the same local group at the same
top gives the very same absolute object (the cache is shared by one engine's layouts).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from journeymapper.layout.connections import ArrowSpan, LocalGroup
from journeymapper.layout.display import DisplayList, Drawable, Group
from journeymapper.layout.geometry import Box
from journeymapper.layout.maplayout import LayoutDelta
from journeymapper.layout.shift import translate_group
from journeymapper.layout.updates import replaced_frame

if TYPE_CHECKING:
    from journeymapper.layout.maplayout import MapLayout
    from journeymapper.layout.updates import Sections

GroupKey = tuple[str, str]


class AbsoluteCache:
    """Absolute groups already made: key → (local group, its row's top, gap, absolute group).

    The gap is that of an arrow's two rows (`ArrowSpan`, made from both rows' tops); 0 else.
    """

    __slots__ = ("entries",)

    def __init__(self) -> None:
        self.entries: dict[GroupKey, tuple[LocalGroup, float, float, Group]] = {}

    def absolute(self, key: GroupKey, local: LocalGroup, lane: str, tops: Mapping[str, float]) -> Group:
        top = tops[lane]
        span = type(local) is ArrowSpan
        gap = local.gap(tops) if span else 0.0  # type: ignore[union-attr]
        found = self.entries.get(key)
        if found is not None and found[0] is local and found[1] == top and found[2] == gap:
            return found[3]
        made = translate_group(local.local(gap) if span else local, 0.0, top)  # type: ignore[union-attr, arg-type]
        self.entries[key] = (local, top, gap, made)
        return made


class AbsoluteGroups(Mapping[GroupKey, Group]):
    """(role, ref) → the group in poster coordinates, translated from its row on access.

    An arrow kept as an `ArrowSpan` is made here, from both its rows' tops.
    """

    __slots__ = ("local", "row_of", "tops", "cache")

    def __init__(
        self,
        local: dict[GroupKey, LocalGroup],
        row_of: dict[GroupKey, str],
        tops: dict[str, float],
        cache: AbsoluteCache,
    ) -> None:
        self.local, self.row_of, self.tops, self.cache = local, row_of, tops, cache

    def __getitem__(self, key: GroupKey) -> Group:
        group = self.local[key]
        lane = self.row_of.get(key)
        if lane is None:
            return group  # type: ignore[return-value]  # only row-owned groups are spans
        return self.cache.absolute(key, group, lane, self.tops)

    def __iter__(self) -> Iterator[GroupKey]:
        return iter(self.local)

    def __len__(self) -> int:
        return len(self.local)

    def __contains__(self, key: object) -> bool:
        return key in self.local

    def absolute(self, group: LocalGroup) -> Group:
        """One group of this layout (row-relative or not) in poster coordinates."""
        key = (group.role, group.ref)
        lane = self.row_of.get(key)
        return group if lane is None else self.cache.absolute(key, group, lane, self.tops)  # type: ignore[return-value]


class AbsoluteBoxes(Mapping[str, Box]):
    """Card id → its box in poster coordinates, from its box in its row."""

    __slots__ = ("local", "cell_of", "tops")

    def __init__(
        self, local: dict[str, Box], cell_of: dict[str, tuple[str, str]], tops: dict[str, float]
    ) -> None:
        self.local, self.cell_of, self.tops = local, cell_of, tops

    def __getitem__(self, card_id: str) -> Box:
        box = self.local[card_id]
        return Box(box.x, box.y + self.tops[self.cell_of[card_id][1]], box.w, box.h)

    def __iter__(self) -> Iterator[str]:
        return iter(self.local)

    def __len__(self) -> int:
        return len(self.local)

    def __contains__(self, key: object) -> bool:
        return key in self.local


class AbsolutePoints(Mapping[str, tuple[float, float]]):
    """Card id → its emotion point in poster coordinates (the points live in the band's row)."""

    __slots__ = ("local", "top")

    def __init__(self, local: Mapping[str, tuple[float, float]], top: float) -> None:
        self.local, self.top = local, top

    def __getitem__(self, card_id: str) -> tuple[float, float]:
        x, y = self.local[card_id]
        return (x, y + self.top)

    def __iter__(self) -> Iterator[str]:
        return iter(self.local)

    def __len__(self) -> int:
        return len(self.local)

    def __contains__(self, key: object) -> bool:
        return key in self.local


class Rows:
    """Card boxes relative to their rows, and what the connection layer asks of them."""

    __slots__ = ("boxes", "cell_of", "tops")

    def __init__(
        self, boxes: dict[str, Box], cell_of: dict[str, tuple[str, str]], tops: dict[str, float]
    ) -> None:
        self.boxes, self.cell_of, self.tops = boxes, cell_of, tops

    def lane(self, card_id: str) -> str:
        return self.cell_of[card_id][1]

    def span(self, link_id: str, source: str, target: str, colour: str) -> ArrowSpan | None:
        """An unrouted, unlabelled arrow between two cards, each box in its own row."""
        s, t = self.boxes.get(source), self.boxes.get(target)
        if s is None or t is None:
            return None
        return ArrowSpan(
            link_id, self.cell_of[source][1], self.cell_of[target][1], s.as_tuple(), t.as_tuple(), colour
        )

    def pair(self, source: str, target: str) -> tuple[Box, Box] | None:
        """Both boxes relative to the source's row: an arrow drawn from them belongs to that row.

        The target's offset is the difference of the two rows' tops, so an arrow whose rows
        moved together keeps its key and its drawing.
        """
        s, t = self.boxes.get(source), self.boxes.get(target)
        if s is None or t is None:
            return None
        s_lane, t_lane = self.cell_of[source][1], self.cell_of[target][1]
        if s_lane != t_lane:
            t = Box(t.x, t.y + (self.tops[t_lane] - self.tops[s_lane]), t.w, t.h)
        return s, t


class PosterList(DisplayList):
    """A display list whose items are made absolute only when someone reads them.

    The editor reads `width` and `height` after every edit and never the items; exporters
    and tests read the items, which are then translated once and kept.
    """

    def __init__(
        self,
        width: float,
        height: float,
        local: list[Drawable | ArrowSpan],
        groups: AbsoluteGroups,
        background: str,
    ) -> None:
        self._local: list[Drawable | ArrowSpan] | None = local
        self._groups = groups
        self._items: list[Drawable] = []
        super().__init__(width, height, [], background)

    @property  # type: ignore[override]
    def items(self) -> list[Drawable]:
        if self._local is not None:
            absolute = self._groups.absolute
            made = (Group, ArrowSpan)
            self._items = [absolute(i) if type(i) in made else i for i in self._local]  # type: ignore[arg-type, misc]
            self._local = None
        return self._items

    @items.setter
    def items(self, value: list[Drawable]) -> None:
        if value or self._local is None:  # the dataclass __init__ sets [] first: keep the lazy list
            self._items, self._local = value, None


class RowIndex:
    """Which row each row-owned group is in, each row's top, and the absolute groups made.

    Kept by the engine between updates; `update` looks only at the parts of the layout an
    update replaced, and `delta` turns local changes into what changed on the poster.
    """

    def __init__(self) -> None:
        self.tops: dict[str, float] = {}  # lane id -> its row's top (a new dict when one moves)
        self.row_of: dict[GroupKey, str] = {}  # copied before it changes: old layouts keep theirs
        self.cache = AbsoluteCache()

    def update(
        self,
        old: Sections | None,
        new: Sections,
        band_lane: str,
        removed: list[GroupKey],
        card_cell: dict[str, tuple[str, str]],
        arrow_source: dict[str, str],
    ) -> set[GroupKey]:
        """Which lane's row each row-owned group belongs to; returns the keys that changed row.

        Only the parts the update replaced are looked at (as `touched_groups` does). The
        dict is copied before its first change, so earlier layouts keep theirs.
        """
        found = _frame_rows(old, new)
        found.update(_connection_rows(old, new, card_cell, arrow_source))
        for cell, entry in new.cells.items():
            if old is None or old.cells.get(cell) is not entry:
                for group in entry[1]:
                    found[(group.role, group.ref)] = cell[1]
        if band_lane:
            found.update(_emotion_rows(old, new, band_lane))
        if old is None or old.votes is not new.votes:  # dots ride in the row of what they vote for
            found.update((("vote-dots", ref), lane) for ref, lane in new.vote_lanes.items())
        if old is None:
            self.row_of = found
            return set()
        relaned = {key for key, lane in found.items() if self.row_of.get(key) not in (None, lane)}
        if any(self.row_of.get(key) != lane for key, lane in found.items()) or removed:
            self.row_of = {**self.row_of, **found}
            for key in removed:
                self.row_of.pop(key, None)
        return relaned

    def delta(
        self,
        layout: MapLayout,
        previous: MapLayout,
        added: list[GroupKey],
        changed: list[GroupKey],
        removed: list[GroupKey],
        relaned: set[GroupKey],
    ) -> LayoutDelta:
        """The delta: local changes now, the groups of moved rows only when asked for.

        A group changed in poster coordinates if it changed in its row, moved to another
        row, or its row moved; an arrow kept as an `ArrowSpan` also when its target's row
        moved. The editor uses the local changes and moves rows (and the arrows between
        them, `ArrowBundle`) as wholes.
        """
        moved = frozenset(lane for lane, top in self.tops.items() if previous.row_tops.get(lane, top) != top)
        local = changed + [key for key in relaned if key not in set(changed)]
        row_of, groups = self.row_of, layout.local_groups

        def poster() -> list[GroupKey]:
            """In poster terms: less the spans whose drawing came out the same (a target card
            that grew downwards does not move an arrow into its top), plus what moved rows moved."""
            found = [
                key
                for key in local
                if type(groups.get(key)) is not ArrowSpan or previous.groups.get(key) != layout.groups[key]
            ]
            if not moved:
                return found
            skip = set(added) | set(local)
            for key, lane in row_of.items():
                if key in skip:
                    continue
                if lane in moved:
                    found.append(key)
                elif key[0] == "connection":
                    span = groups.get(key)
                    if type(span) is ArrowSpan and span.target_lane in moved:
                        found.append(key)
            return found

        return LayoutDelta(layout, added, local, removed, local, moved, poster)


def _frame_rows(old: Sections | None, new: Sections) -> dict[GroupKey, str]:
    """The rows of cells and lane labels, when the frame was rebuilt."""
    found: dict[GroupKey, str] = {}
    if old is None or old.frame is not new.frame:
        for group in new.frame if old is None else replaced_frame(old.frame, new.frame)[1]:
            if group.role == "cell":
                found[("cell", group.ref)] = group.ref.split("|", 1)[1]
            elif group.role == "lane-label":
                found[("lane-label", group.ref)] = group.ref
    return found


def _connection_rows(
    old: Sections | None, new: Sections, card_cell: dict[str, tuple[str, str]], arrow_source: dict[str, str]
) -> dict[GroupKey, str]:
    """The rows of the arrows redone (an arrow lives in the row of the card it starts from)."""
    if old is not None and old.connections is new.connections:
        return {}
    patch = new.connections_patch
    patched = old is not None and patch is not None and patch[0] is old.connections
    ids = patch[1] if patched and patch is not None else new.connections
    return {("connection", link_id): card_cell[arrow_source[link_id]][1] for link_id in ids}


def _emotion_rows(old: Sections | None, new: Sections, band_lane: str) -> dict[GroupKey, str]:
    """The emotion points redone (only the stages whose point dicts changed) and the curve."""
    found: dict[GroupKey, str] = {}
    if old is None or old.points is not new.points:
        old_stages = old.point_stages if old is not None else None
        if old_stages is None or new.point_stages is None:
            found.update((("emotion-point", ref), band_lane) for ref in new.points)
        else:
            for stage_id, groups in new.point_stages.items():
                if old_stages.get(stage_id) is not groups:
                    found.update((("emotion-point", ref), band_lane) for ref in groups)
    if old is None or old.singles["curve"] is not new.singles["curve"]:
        found[("emotion-curve", "")] = band_lane
    return found
