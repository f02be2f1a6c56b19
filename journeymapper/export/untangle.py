"""A finished poster's arrows spread over their own gutter tracks, crossing as little as they can.

Why in the export and not the layout: the layout routes each arrow on its own so that an
edit in the editor redoes only the arrows near it (layout/connection_layer.py); giving
arrows that share a gutter separate tracks depends on all of them at once, so it is done
once, on the poster's display list, before any backend draws it (routing/crossings.py
holds the geometry). The editor's canvas keeps the plain routes: the same paths, minus
the few points of separation.
"""

from __future__ import annotations

import math
from dataclasses import replace

from journeymapper.layout.connections import HEAD
from journeymapper.layout.display import DisplayList, Group, Path, Primitive, Rect
from journeymapper.layout.icons import arrow_head
from journeymapper.routing.crossings import AreaIndex, reduce_crossings, reroute_crossings
from journeymapper.routing.orthogonal import MARGIN, Point

Rect4 = tuple[float, float, float, float]
OBSTACLE_ROLES = frozenset({"card", "pain", "opportunity", "kpi", "action"})


def _route(group: Group) -> list[Point] | None:
    """The polyline of a routed arrow (None for a curve: it has no gutter runs)."""
    for item in group.items:
        if isinstance(item, Path) and item.role == "connection":
            if any(op[0] not in ("M", "L") for op in item.ops):
                return None  # a curve (unrouted arrow): nothing to untangle
            return [(float(op[1]), float(op[2])) for op in item.ops if op[0] != "Z"]
    return None


def _label_runs(group: Group, route: list[Point]) -> list[tuple[str, int]]:
    """The runs a label sits on (its pill's centre is on them): they must not move."""
    out = []
    for item in group.items:
        if isinstance(item, Rect) and item.role == "connection-label":
            cx, cy = item.x + item.w / 2, item.y + item.h / 2
            for index, ((ax, ay), (bx, by)) in enumerate(zip(route, route[1:], strict=False)):
                if (
                    min(ax, bx) - 0.5 <= cx <= max(ax, bx) + 0.5
                    and min(ay, by) - 0.5 <= cy <= max(ay, by) + 0.5
                ):
                    out.append((group.ref, index))
    return out


def _end_box(point: Point, rects: AreaIndex) -> Rect4 | None:
    """The smallest box whose edge `point` lies on (where an arrow starts or ends)."""
    x, y = point
    found = [
        r
        for r in (rects.areas[key] for key in rects.near((x - 1, y - 1, 2, 2)))
        if r[0] - 0.5 <= x <= r[0] + r[2] + 0.5
        and r[1] - 0.5 <= y <= r[1] + r[3] + 0.5
        and min(abs(x - r[0]), abs(x - r[0] - r[2]), abs(y - r[1]), abs(y - r[1] - r[3])) < 0.5
    ]
    return min(found, key=lambda r: r[2] * r[3]) if found else None


def untangled(display: DisplayList) -> DisplayList:
    """The display list with fewer arrow crossings, and shared gutter runs on separate tracks.

    Labelled arrows keep their route (their label was placed where nothing covers it),
    and the runs their labels sit on stay where they are.
    """
    arrows = {g.ref: g for g in display.groups("connection")}
    routes = {ref: r for ref, g in arrows.items() if (r := _route(g)) is not None and len(r) > 1}
    if len(routes) < 2:
        return display
    m = MARGIN
    rects = [(g.x, g.y, g.w, g.h) for g in display.groups() if g.role in OBSTACLE_ROLES]
    boxes = [(x - m, y - m, w + 2 * m, h + 2 * m) for x, y, w, h in rects]
    labelled = {ref for ref, g in arrows.items() if any(i.role == "connection-label" for i in g.items)}
    ends = {}
    index = AreaIndex({str(n): rect for n, rect in enumerate(rects)})
    for ref, route in routes.items():
        s, t = _end_box(route[0], index), _end_box(route[-1], index)
        if ref not in labelled and s is not None and t is not None and s != t:
            ends[ref] = (s, t)
    new = reroute_crossings(routes, ends, boxes)
    pinned = [run for ref, route in new.items() for run in _label_runs(arrows[ref], route)]
    new = reduce_crossings(new, [(x - 1, y - 1, w + 2, h + 2) for x, y, w, h in rects], pinned)
    changed = {ref: _redrawn(arrows[ref], route) for ref, route in new.items() if route != routes[ref]}
    if not changed:
        return display
    items = [
        changed.get(i.ref, i) if isinstance(i, Group) and i.role == "connection" else i for i in display.items
    ]
    return DisplayList(display.width, display.height, items, display.background)


def _redrawn(group: Group, route: list[Point]) -> Group:
    """The arrow's group along `route`: its line, its head turned to the last run, its box."""
    items: list[Primitive] = []
    (ex, ey), (bx, by) = route[-2], route[-1]
    for item in group.items:
        if isinstance(item, Path) and item.role == "connection":
            item = replace(item, ops=(("M", *route[0]), *(("L", x, y) for x, y in route[1:])))
        elif isinstance(item, Path) and item.role == "connection-head":
            colour = item.fill or "#000000"
            item = arrow_head(bx, by, math.atan2(by - ey, bx - ex), HEAD, colour, item.ref, item.role)
        items.append(item)
    xs = [p[0] for p in route] + [v for i in items if isinstance(i, Rect) for v in (i.x, i.x + i.w)]
    ys = [p[1] for p in route] + [v for i in items if isinstance(i, Rect) for v in (i.y, i.y + i.h)]
    xs, ys = [min(xs) - HEAD, max(xs) + HEAD], [min(ys) - HEAD, max(ys) + HEAD]
    x, y = min(xs), min(ys)
    return replace(group, x=x, y=y, w=max(xs) - x, h=max(ys) - y, items=tuple(items))
