"""The connection layer: arrows between cards, built once, then redone only where cards moved.

The editor's arrows on big maps (unrouted, unlabelled) are kept as `ArrowSpan`s: their
two cards' boxes, each in its own row. Rows that move do not touch them; their groups are
made when read (`rows.AbsoluteGroups`, the editor's `ArrowBundle`).
"""

from __future__ import annotations

from collections.abc import Callable

from journeymapper.layout.blocks import Context
from journeymapper.layout.cell_contents import Cell, CellPlacement
from journeymapper.layout.connections import ArrowSpan, connection_group
from journeymapper.layout.display import Group
from journeymapper.layout.geometry import Box, Geometry, card_blocker, cells_overlapping
from journeymapper.layout.rows import Rows
from journeymapper.model.entities import Connection
from journeymapper.model.journey import JourneyMap
from journeymapper.routing.orthogonal import LABEL_REACH, Obstacles, RectIndex, buckets_of, routed

ArrowEntry = tuple[tuple, "Group | ArrowSpan"]  # (what the arrow was drawn from, its group or span)
ArrowMaker = Callable[[Connection, "ArrowEntry | None"], "ArrowEntry | None"]
RectTuple = tuple[float, float, float, float]
# How far past its two cards an unrouted arrow's curve and label may reach (a Bézier's
# control points, a label's half width): the cells within it decide where its label goes.
NEAR = LABEL_REACH + 40.0


class ConnectionLayer:
    """Connection groups by connection id, in the map's order, with what they were built from."""

    def __init__(self) -> None:
        self._conn: dict[str, ArrowEntry] = {}
        self.groups: dict[str, Group | ArrowSpan] = {}
        self._links_by_card: dict[str, list[Connection]] | None = None
        self._links: list[Connection] = []
        self.source_of: dict[str, str] = {}  # arrow (connection) id → the card it starts from
        self._obstacles = Obstacles({})  # what arrows are routed around (poster coordinates), kept
        # link id -> (the area its route and label depend on, how far its label may reach out);
        # and the links whose area touches each spatial-hash bucket, to find them from a moved box.
        self._areas: dict[str, tuple[RectTuple, float]] = {}
        self._by_bucket: dict[tuple[int, int], set[str]] = {}
        self._index: dict[str, int] = {}  # position of each arrow in `groups`
        self._labelled: dict[str, Connection] = {}  # arrows with a label, by id
        # After a patch: (the groups before, ids redone in the order of `groups`, ids removed).
        self.patch: tuple[dict[str, Group | ArrowSpan], list[str], list[str]] | None = None

    def _dirty_for_route(self, ctx: Context, placed: dict[Cell, CellPlacement], rows: Rows) -> set[str]:
        """Arrows whose route area a moved box touches; none when arrows are not routed."""
        if not ctx.route:
            self._areas = {}  # unrouted arrows depend on their two cards only
            return set()
        return self._dirty_links(self._obstacles.replace_all(*_obstacle_boxes(placed, rows)))

    def update(
        self,
        journey: JourneyMap,
        g: Geometry,
        rows: Rows,
        placed: dict[Cell, CellPlacement],
        moved: set[str],
        full: bool,
        ctx: Context,
    ) -> None:
        """Arrows between cards; after a small edit only those it can affect are redone.

        Each arrow is drawn relative to the row of the card it starts from (`rows.pair`),
        except the unrouted, unlabelled ones, kept as spans (`rows.span`) that rows moving
        leave alone. A routed arrow is routed around the boxes near it (routing/orthogonal.py, in poster
        coordinates) and its label placed where none covers it, so it is redone when one
        of its cards moved or when a box inside the area its route and label depend on
        moved, appeared or went (rows moving move their boxes too).
        """
        lane_ids = [ln.id for ln in journey.lanes]
        on_cards = card_blocker(g, [s.id for s in journey.stages], lane_ids, placed, rows.tops)
        left, top0 = (g.col_x[0] if g.col_x else 0.0), (g.row_y[0] if g.row_y else 0.0)
        label_env = (left, top0, g.band)

        def blocked(rect: RectTuple) -> bool:
            """A label spot must not cover a card nor slip under the lane labels or stage headers."""
            return rect[0] < left or rect[1] < top0 or on_cards(rect)

        obstacles = self._obstacles
        dirty = self._dirty_for_route(ctx, placed, rows)

        colour = ctx.theme.curve
        stage_ids = [st.id for st in journey.stages]

        def near(s: Box, t: Box, top: float) -> tuple:
            """The cells (and their rows' tops) an unrouted arrow's label may touch: what its
            spot is chosen from, so the arrow is redone when one of them changes."""
            x, y = min(s.x, t.x) - NEAR, min(s.y, t.y) + top - NEAR
            w, h = max(s.x + s.w, t.x + t.w) + NEAR - x, max(s.y + s.h, t.y + t.h) + top + NEAR - y
            found = []
            for i, j in cells_overlapping(g, len(stage_ids), len(lane_ids), (x, y, w, h)):
                found.append((placed.get((stage_ids[i], lane_ids[j])), rows.tops[lane_ids[j]]))
            return tuple(found)

        def arrow(link: Connection, previous: ArrowEntry | None) -> ArrowEntry | None:
            if not ctx.route and not link.label:  # the common case on big maps: a span, drawn when read
                return _span_entry(link, previous, rows, colour)
            pair = rows.pair(link.source, link.target) if link.source != link.target else None
            if pair is None:
                return None
            s, t = pair
            top = rows.tops[rows.lane(link.source)]
            content: tuple = (s, t, link.label, label_env, top) if link.label else (s, t, "", None, None)
            if link.label and not ctx.route:  # its label's spot depends on the cards near it
                content = (*content, near(s, t, top))
            fresh = not ctx.route or (link.id not in dirty and link.id in self._areas)
            if previous is not None and previous[0] == content and fresh:
                return previous
            local = None
            if ctx.route:
                path, area = routed(link.source, link.target, obstacles)
                self._remember_area(link.id, area, LABEL_REACH if link.label else 0.0)
                local = [(x, y - top) for x, y in path] if path else None  # relative to the source's row

            def shifted(rect: RectTuple) -> bool:
                return blocked((rect[0], rect[1] + top, rect[2], rect[3]))

            group = connection_group(link.id, link.label, s.as_tuple(), t.as_tuple(), ctx, shifted, local)
            return (content, group)

        if not full and self._links_by_card is not None:
            touched = self._touched(moved, dirty, ctx.route)
            if all(link_id in self._conn for link_id in touched):  # no arrow appears: order is kept
                self._patch(touched, arrow)
                return
        self._rebuild(journey, arrow)

    def _touched(self, moved: set[str], dirty: set[str], route: bool) -> dict[str, Connection]:
        """The arrows an edit may have changed: of moved cards, in a moved box's area, or with
        a label (unrouted: their key says whether the cards near them changed). Spans (the
        other unrouted arrows) depend on their two cards only, not on where rows are."""
        assert self._links_by_card is not None
        touched = {link.id: link for card_id in moved for link in self._links_by_card.get(card_id, ())}
        if dirty:
            touched.update((link.id, link) for link in self._links if link.id in dirty)
        if not route:
            touched.update((i, link) for i, link in self._labelled.items() if i in self._conn)
        return touched

    def _patch(self, touched: dict[str, Connection], arrow: ArrowMaker) -> None:
        """Redo the touched arrows in copies of the dicts (earlier layouts keep theirs)."""
        patched_conn, patched_out = dict(self._conn), dict(self.groups)
        removed: list[str] = []
        for link_id, link in touched.items():
            entry = arrow(link, patched_conn[link_id])
            if entry is None:
                del patched_conn[link_id], patched_out[link_id]
                removed.append(link_id)
            else:
                patched_conn[link_id], patched_out[link_id] = entry, entry[1]
        redone = sorted((i for i in touched if i in patched_out), key=self._index.__getitem__)
        self.patch = (self.groups, redone, removed)
        self._conn, self.groups = patched_conn, patched_out

    def _rebuild(self, journey: JourneyMap, arrow: ArrowMaker) -> None:
        """Every arrow, in the map's order (reusing those whose inputs are unchanged)."""
        out: dict[str, Group | ArrowSpan] = {}
        conn: dict[str, ArrowEntry] = {}
        by_card: dict[str, list[Connection]] = {}
        for link in journey.connections:
            by_card.setdefault(link.source, []).append(link)
            by_card.setdefault(link.target, []).append(link)
            entry = arrow(link, self._conn.get(link.id))
            if entry is not None:
                conn[link.id], out[link.id] = entry, entry[1]
        self._conn, self.groups, self._links_by_card = conn, out, by_card
        self._labelled = {link.id: link for link in journey.connections if link.label}
        self._links = list(journey.connections)
        self.source_of = {link.id: link.source for link in journey.connections}
        self._index = {link_id: i for i, link_id in enumerate(out)}
        self.patch = None

    def _remember_area(self, link_id: str, area: RectTuple, grow: float) -> None:
        old = self._areas.get(link_id)
        if old is not None:
            for bucket in buckets_of(*old):
                self._by_bucket.get(bucket, set()).discard(link_id)
        self._areas[link_id] = (area, grow)
        for bucket in buckets_of(area, grow):
            self._by_bucket.setdefault(bucket, set()).add(link_id)

    def _dirty_links(self, moved_rects: list[RectTuple]) -> set[str]:
        """Links whose route area a moved, added or removed box overlaps."""
        if not moved_rects:
            return set()
        candidates: set[str] = set()
        for rect in moved_rects:
            for bucket in buckets_of(rect):
                candidates.update(self._by_bucket.get(bucket, ()))
        index = RectIndex(moved_rects)
        out: set[str] = set()
        for link_id in candidates:
            found = self._areas.get(link_id)
            if found is not None and index.hits(found[0], found[1]):
                out.add(link_id)
        return out


def _span_entry(link: Connection, previous: ArrowEntry | None, rows: Rows, colour: str) -> ArrowEntry | None:
    """An unrouted, unlabelled arrow: its span (the one before, when equal), or None without one."""
    span = rows.span(link.id, link.source, link.target, colour) if link.source != link.target else None
    if span is None:
        return None
    return previous if previous is not None and previous[1] == span else ((), span)


def _obstacle_boxes(
    placed: dict[Cell, CellPlacement], rows: Rows
) -> tuple[dict[str, RectTuple], dict[str, object]]:
    """Everything an arrow must go around, in poster coordinates: cards, pains, opportunities,
    KPIs and actions (placed relative to their row), each known by the cell it sits in."""
    rects: dict[str, RectTuple] = {}
    cells: dict[str, object] = {}
    for cell, entry in placed.items():
        top = rows.tops.get(cell[1], 0.0)
        for card, box in entry[2].items():
            rects[card] = (box.x, box.y + top, box.w, box.h)
            cells[card] = cell
        for group in entry[1]:
            key = group.ref if group.ref in entry[2] else f"{group.role}:{group.ref}"
            if key not in rects:
                rects[key] = (group.x, group.y + top, group.w, group.h)
                cells[key] = cell
    return rects, cells
