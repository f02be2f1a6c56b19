"""The connection layer: arrows between cards, built once, then redone only where cards moved."""

from __future__ import annotations

from journeymapper.layout.blocks import Context
from journeymapper.layout.cell_contents import Cell, CellPlacement
from journeymapper.layout.connections import connection_group
from journeymapper.layout.display import Group
from journeymapper.layout.geometry import Geometry, card_blocker
from journeymapper.layout.rows import Rows
from journeymapper.model.entities import Connection
from journeymapper.model.journey import JourneyMap

ArrowEntry = tuple[tuple, Group]  # (what the arrow was drawn from, its group)


class ConnectionLayer:
    """Connection groups by connection id, in the map's order, with what they were built from."""

    def __init__(self) -> None:
        self._conn: dict[str, ArrowEntry] = {}
        self.groups: dict[str, Group] = {}
        self._links_by_card: dict[str, list[Connection]] | None = None
        self._labelled: list[Connection] = []
        self._links: list[Connection] = []
        self.source_of: dict[str, str] = {}  # arrow (connection) id → the card it starts from
        self._boxes_version = 0
        self._index: dict[str, int] = {}  # position of each arrow in `groups`
        # After a patch: (the groups before, ids redone in the order of `groups`, ids removed).
        self.patch: tuple[dict[str, Group], list[str], list[str]] | None = None

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
        """Arrows between cards; after a small edit only those touching moved cards are redone.

        Each arrow is drawn relative to the row of the card it starts from (`rows.pair`),
        so rows that move together move their arrows with them; when rows moved, only the
        arrows between rows are looked at again. A label is placed where no card covers
        it, so labelled arrows depend on every card's box: they are redone whenever any
        card or row moved (there are few of them).
        """
        lane_ids = [ln.id for ln in journey.lanes]
        blocked = card_blocker(g, [s.id for s in journey.stages], lane_ids, placed, rows.tops)
        if moved or rows.moved:
            self._boxes_version += 1

        def arrow(link: Connection, previous: ArrowEntry | None) -> ArrowEntry | None:
            pair = rows.pair(link.source, link.target) if link.source != link.target else None
            if pair is None:
                return None
            s, t = pair
            content = (s, t, link.label, self._boxes_version if link.label else 0)
            if previous is not None and previous[0] == content:
                return previous
            top = rows.tops[rows.lane(link.source)]

            def shifted(rect: tuple[float, float, float, float]) -> bool:
                return blocked((rect[0], rect[1] + top, rect[2], rect[3]))

            return (content, connection_group(link.id, link.label, s.as_tuple(), t.as_tuple(), ctx, shifted))

        if not full and self._links_by_card is not None:
            touched = {link.id: link for card_id in moved for link in self._links_by_card.get(card_id, ())}
            if moved or rows.moved:
                touched.update((link.id, link) for link in self._labelled)
            if rows.moved:  # arrows between two rows whose gap changed (rows that moved together did not)
                cell_of, gap_changed = rows.cell_of, rows.gap_changed
                touched.update(
                    (link.id, link)
                    for link in self._links
                    if link.source in cell_of
                    and link.target in cell_of
                    and gap_changed(link.source, link.target)
                )
            if all(link_id in self._conn for link_id in touched):  # no arrow appears: order is kept
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
                return
        out: dict[str, Group] = {}
        conn: dict[str, ArrowEntry] = {}
        by_card: dict[str, list[Connection]] = {}
        for link in journey.connections:
            by_card.setdefault(link.source, []).append(link)
            by_card.setdefault(link.target, []).append(link)
            entry = arrow(link, self._conn.get(link.id))
            if entry is not None:
                conn[link.id], out[link.id] = entry, entry[1]
        self._conn, self.groups, self._links_by_card = conn, out, by_card
        self._links = list(journey.connections)
        self.source_of = {link.id: link.source for link in journey.connections}
        self._index = {link_id: i for i, link_id in enumerate(out)}
        self.patch = None
        self._labelled = [link for link in journey.connections if link.label]
