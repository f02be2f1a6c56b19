"""Orthogonal connector routing in the gutters between cards.

Why: a Bézier drawn straight from one card to another passes through whatever cards lie
between them, so an arrow seems to link the wrong things (9 of 34 arrows in the shop
example did). Here a route is a shortest path with few bends on a sparse grid whose
lines are the edges of the cards, pushed out by a margin, plus the middles of the gaps
between them — the usual orthogonal-connector construction (as in libavoid or yFiles'
channel router, much simplified). A grid segment is usable when its middle is not
inside any card's margin box; since every box edge is a grid line, that means the whole
segment is clear. Only the cards near the two ends are considered, so a route on a
5,000-card map looks at a few dozen boxes.

Pure geometry: no model, no drawing; `layout/connections.py` turns routes into paths.
"""

from __future__ import annotations

import heapq
import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

Rect = tuple[float, float, float, float]  # x, y, w, h
Point = tuple[float, float]

MARGIN = 4.0  # distance kept from any card
BEND = 24.0  # a bend costs as much as this much length: few bends, tidy routes
SIDE_PENALTY = 60.0  # leaving/entering by a side that does not face the other card
_BUCKET = 160.0
_DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1))
_MAX_GRID = 60_000
_INF = float("inf")


class Obstacles:
    """Card boxes in a coarse spatial hash, for quick 'what is near here' questions.

    `cells` (card → the cell holding it) lets a route treat the cards of a cell it does
    not start or end in as one block: a stack of forty cards then adds two grid lines
    instead of eighty, and routes keep to the gutters between cells anyway.
    """

    def __init__(
        self, rects: dict[str, Rect], margin: float = MARGIN, cells: dict[str, object] | None = None
    ) -> None:
        self.margin = margin
        self.rects = rects
        self.cells = cells or {}
        self._inflated: dict[str, Rect] = {}
        self._buckets: defaultdict[tuple[int, int], list[str]] | None = None  # built on first use

    def _index(self) -> defaultdict[tuple[int, int], list[str]]:
        """The spatial hash, built when the first arrow needs routing (an edit often routes none)."""
        if self._buckets is None:
            self._buckets = defaultdict(list)
            for key in self.rects:
                self._insert(key)
        return self._buckets

    def _insert(self, key: str) -> None:
        assert self._buckets is not None
        for bucket in buckets_of(self.rects[key], self.margin):
            self._buckets[bucket].append(key)

    def _remove(self, key: str, rect: Rect) -> None:
        assert self._buckets is not None
        for bucket in buckets_of(rect, self.margin):
            keys = self._buckets.get(bucket)
            if keys is not None and key in keys:
                keys.remove(key)

    def replace_all(self, rects: dict[str, Rect], cells: dict[str, object]) -> list[Rect]:
        """Take the boxes of a new layout; return the old and new boxes of whatever changed.

        The spatial hash is patched for the changed boxes only, so an edit on a 5,000-card
        map does not rebuild it.
        """
        old = self.rects
        moved = [key for key, rect in rects.items() if old.get(key) != rect]
        gone = [key for key in old if key not in rects]
        changed = [rects[key] for key in moved] + [old[key] for key in moved if key in old]
        changed += [old[key] for key in gone]
        if self._buckets is not None:
            for key in gone:
                self._remove(key, old[key])
            for key in moved:
                if key in old:
                    self._remove(key, old[key])
        self.rects, self.cells = rects, cells
        for key in (*moved, *gone):
            self._inflated.pop(key, None)
        if self._buckets is not None:
            for key in moved:
                self._insert(key)
        return changed

    def near(self, region: Rect) -> set[str]:
        """Keys of the boxes whose margin box overlaps `region` (exactly: routes depend on no other)."""
        x, y, w, h = region
        found: set[str] = set()
        buckets = self._index()
        for bx in range(int(x // _BUCKET), int((x + w) // _BUCKET) + 1):
            for by in range(int(y // _BUCKET), int((y + h) // _BUCKET) + 1):
                found.update(buckets.get((bx, by), ()))
        m = self.margin
        return {key for key in found if overlaps(self.rects[key], region, m)}

    def inflated(self, key: str) -> Rect:
        found = self._inflated.get(key)
        if found is None:
            x, y, w, h = self.rects[key]
            m = self.margin
            found = self._inflated[key] = (x - m, y - m, w + 2 * m, h + 2 * m)
        return found


def buckets_of(area: Rect, grow: float = 0.0) -> tuple[tuple[int, int], ...]:
    """The spatial-hash buckets an area (grown by `grow`) touches."""
    x, y, w, h = area[0] - grow, area[1] - grow, area[2] + 2 * grow, area[3] + 2 * grow
    return tuple(
        (bx, by)
        for bx in range(int(x // _BUCKET), int((x + w) // _BUCKET) + 1)
        for by in range(int(y // _BUCKET), int((y + h) // _BUCKET) + 1)
    )


class RectIndex:
    """Rectangles in a coarse spatial hash: does any of them overlap this area?"""

    def __init__(self, rects: Iterable[Rect]) -> None:
        self._buckets: defaultdict[tuple[int, int], list[Rect]] = defaultdict(list)
        for rect in rects:
            for bucket in buckets_of(rect):
                self._buckets[bucket].append(rect)

    def __bool__(self) -> bool:
        return bool(self._buckets)

    def hits(self, area: Rect, grow: float = 0.0, buckets: Iterable[tuple[int, int]] | None = None) -> bool:
        """Whether a rectangle overlaps `area`; `buckets` may pass the area's buckets, computed once."""
        found = self._buckets
        for bucket in buckets if buckets is not None else buckets_of(area, grow):
            for rect in found.get(bucket, ()):
                if overlaps(area, rect, grow):
                    return True
        return False


def _ports(box: Rect, other: Rect, margin: float) -> list[tuple[Point, Point, float]]:
    """(point on the card's edge, point just outside it, penalty) for each side of `box`."""
    x, y, w, h = box
    ox, oy, ow, oh = other
    cy = y + min(h / 2, 24.0)
    cx = x + w / 2
    facing = {
        "right": ox >= x + w,
        "left": ox + ow <= x,
        "bottom": oy >= y + h,
        "top": oy + oh <= y,
    }
    sides = {
        "right": ((x + w, cy), (x + w + margin, cy)),
        "left": ((x, cy), (x - margin, cy)),
        "bottom": ((cx, y + h), (cx, y + h + margin)),
        "top": ((cx, y), (cx, y - margin)),
    }
    return [(edge, out, 0.0 if facing[side] else SIDE_PENALTY) for side, (edge, out) in sides.items()]


def _coordinates(values: Iterable[float]) -> list[float]:
    """Sorted distinct values, with the middle of every gap added (routes run mid-gutter)."""
    ordered = sorted({round(v, 2) for v in values})
    out: list[float] = []
    for a, b in itertools.pairwise(ordered):
        out.append(a)
        if b - a > 2.0:
            out.append(round((a + b) / 2, 2))
    if ordered:
        out.append(ordered[-1])
    return out


LABEL_REACH = 70.0  # a label may stick out of the searched area by half its width


def route(source: str, target: str, obstacles: Obstacles, reach: float = 120.0) -> list[Point] | None:
    """Points of an orthogonal route from card `source` to card `target`, or None if none is found.

    The route starts and ends on the cards' edges; no segment enters the margin box of
    any other card. The search looks `reach` points around the two cards, then wider.
    """
    return routed(source, target, obstacles, reach)[0]


def routed(
    source: str, target: str, obstacles: Obstacles, reach: float = 120.0
) -> tuple[list[Point] | None, Rect]:
    """The route and the area it depends on: only boxes there can change it.

    Incremental layout redoes an arrow when a box inside that area moves, appears or
    goes, so an edited map keeps exactly the arrows a fresh layout would draw.
    """
    area: Rect = (0.0, 0.0, 0.0, 0.0)
    for grow in (0.2, 1.0, 4.0):  # near first: most arrows join neighbours, and few boxes are quick
        area = search_area(obstacles.rects[source], obstacles.rects[target], reach * grow)
        found = _route_in(source, target, obstacles, area)
        if found is not None:
            return found, area
    return None, area


def search_area(s: Rect, t: Rect, reach: float) -> Rect:
    left = min(s[0], t[0]) - reach
    top = min(s[1], t[1]) - reach
    right = max(s[0] + s[2], t[0] + t[2]) + reach
    bottom = max(s[1] + s[3], t[1] + t[3]) + reach
    return (left, top, right - left, bottom - top)


def overlaps(a: Rect, b: Rect, grow: float = 0.0) -> bool:
    return (
        a[0] - grow < b[0] + b[2]
        and b[0] < a[0] + a[2] + grow
        and a[1] - grow < b[1] + b[3]
        and b[1] < a[1] + a[3] + grow
    )


def _blocks(source: str, target: str, obstacles: Obstacles, keys: set[str]) -> list[Rect]:
    """Inflated boxes to avoid: single cards in the two end cells, whole stacks elsewhere."""
    cells = obstacles.cells
    own = {cells.get(source), cells.get(target)}
    singles: list[Rect] = []
    stacks: dict[object, list[float]] = {}
    for key in keys:
        cell = cells.get(key)
        x, y, w, h = obstacles.inflated(key)
        if cell is None or cell in own:
            singles.append((x, y, w, h))
            continue
        found = stacks.get(cell)
        if found is None:
            stacks[cell] = [x, y, x + w, y + h]
        else:
            found[0], found[1] = min(found[0], x), min(found[1], y)
            found[2], found[3] = max(found[2], x + w), max(found[3], y + h)
    return singles + [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in stacks.values()]


def _direct_routes(s: Rect, t: Rect, m: float) -> list[list[Point]]:
    """Straight and one- or two-bend routes between facing sides, tried before any search."""
    sx, sy, sw, sh = s
    tx, ty, tw, th = t
    out: list[list[Point]] = []
    lo, hi = max(sx, tx), min(sx + sw, tx + tw)
    if hi - lo > 4:  # overlapping columns: straight down or up
        x = (lo + hi) / 2
        if ty >= sy + sh:
            out.append([(x, sy + sh), (x, ty)])
        elif ty + th <= sy:
            out.append([(x, sy), (x, ty + th)])
    lo, hi = max(sy, ty), min(sy + sh, ty + th)
    if hi - lo > 4:  # overlapping rows: straight across
        y = lo + min((hi - lo) / 2, 24.0)
        if tx >= sx + sw:
            out.append([(sx + sw, y), (tx, y)])
        elif tx + tw <= sx:
            out.append([(sx, y), (tx + tw, y)])
    sy_port, ty_port = sy + min(sh / 2, 24.0), ty + min(th / 2, 24.0)
    if tx >= sx + sw + 2 * m:  # target to the right: across the gap between them, then along
        mid = (sx + sw + tx) / 2
        out.append([(sx + sw, sy_port), (mid, sy_port), (mid, ty_port), (tx, ty_port)])
    elif tx + tw + 2 * m <= sx:
        mid = (tx + tw + sx) / 2
        out.append([(sx, sy_port), (mid, sy_port), (mid, ty_port), (tx + tw, ty_port)])
    return out


def _channel_routes(s: Rect, t: Rect, boxes: list[Rect], limit: int = 6) -> list[list[Point]]:
    """Two-bend routes through the nearest vertical gutters (just past a box's edge) and horizontal ones."""
    sx, sy, sw, sh = s
    tx, ty, tw, th = t
    sy_port, ty_port = sy + min(sh / 2, 24.0), ty + min(th / 2, 24.0)
    scx, scy = sx + sw / 2, sy + sh / 2
    xs = sorted({e for bx, _, bw, _ in boxes for e in (bx, bx + bw)}, key=lambda x: abs(x - scx))
    out: list[list[Point]] = []
    for xg in xs[:limit]:
        if sx < xg < sx + sw:
            continue
        start = (sx + sw, sy_port) if xg >= sx + sw else (sx, sy_port)
        if xg <= tx:
            end: list[Point] = [(xg, ty_port), (tx, ty_port)]
        elif xg >= tx + tw:
            end = [(xg, ty_port), (tx + tw, ty_port)]
        else:
            end = [(xg, ty)] if ty >= sy_port else [(xg, ty + th)]
        out.append([start, (xg, sy_port), *end])
    ys = sorted({e for _, by, _, bh in boxes for e in (by, by + bh)}, key=lambda y: abs(y - scy))
    for yg in ys[:limit]:
        if sy < yg < sy + sh or ty < yg < ty + th:
            continue
        start = (scx, sy + sh) if yg >= sy + sh else (scx, sy)
        tcx = tx + tw / 2
        finish = (tcx, ty) if yg <= ty else (tcx, ty + th)
        out.append([start, (scx, yg), (tcx, yg), finish])
    return out


def alternatives(s: Rect, t: Rect, boxes: list[Rect]) -> list[list[Point]]:
    """The simple routes (straight, one or two bends, through a nearby gutter) from `s` to `t`
    that enter none of `boxes` (already grown by the margin): the choices a crossing-reducing
    pass may swap an arrow's route for (routing/crossings.py)."""
    candidates = _direct_routes(s, t, MARGIN) + _channel_routes(s, t, boxes, limit=10)
    return [_simplify(c) for c in candidates if _clear(c, [*boxes, s, t])]


def _clear(points: list[Point], boxes: list[Rect]) -> bool:
    """No segment of the polyline enters any box (boxes away from its bounding box are skipped)."""
    x0 = min(p[0] for p in points)
    x1 = max(p[0] for p in points)
    y0 = min(p[1] for p in points)
    y1 = max(p[1] for p in points)
    near = [b for b in boxes if b[0] < x1 and x0 < b[0] + b[2] and b[1] < y1 and y0 < b[1] + b[3]]
    return not any(segment_hits(a, b, box) for a, b in itertools.pairwise(points) for box in near)


def _route_in(source: str, target: str, obstacles: Obstacles, area: Rect) -> list[Point] | None:
    s, t = obstacles.rects[source], obstacles.rects[target]
    m = obstacles.margin
    left, top = area[0], area[1]
    right, bottom = left + area[2], top + area[3]
    keys = obstacles.near(area) - {source, target}
    boxes = _blocks(source, target, obstacles, keys)
    for candidate in _direct_routes(s, t, m) + _channel_routes(s, t, boxes):  # before any search
        if _clear(candidate, [*boxes, s, t]):
            return _simplify(candidate)
    boxes += [obstacles.inflated(source), obstacles.inflated(target)]  # not through its own cards either
    starts = _ports(s, t, m)
    ends = _ports(t, s, m)
    xs_raw = [left, right] + [p[1][0] for p in starts + ends]
    ys_raw = [top, bottom] + [p[1][1] for p in starts + ends]
    for bx, by, bw, bh in boxes:
        xs_raw += [bx, bx + bw]
        ys_raw += [by, by + bh]
    xs, ys = (
        _coordinates(x for x in xs_raw if left <= x <= right),
        _coordinates(y for y in ys_raw if top <= y <= bottom),
    )
    if len(xs) * len(ys) > _MAX_GRID:
        return None
    grid = _Grid(xs, ys, boxes)
    start_nodes = {}
    for edge, out, penalty in starts:
        node = grid.node(out)
        if node is not None and not grid.inside(node):
            start_nodes[node] = (edge, penalty)
    end_nodes = {}
    for edge, out, penalty in ends:
        node = grid.node(out)
        if node is not None and not grid.inside(node):
            end_nodes[node] = (edge, penalty)
    if not start_nodes or not end_nodes:
        return None
    path = grid.search(start_nodes, end_nodes)
    if path is None:
        return None
    first, last = path[0], path[-1]
    points = [start_nodes[first][0], *(grid.point(n) for n in path), end_nodes[last][0]]
    return _simplify(points)


class _Grid:
    """The routing grid: coordinates, which points and segments are free, and the search.

    Which grid points and segments lie inside a box is worked out once, box by box, over
    the index ranges the box covers (every box edge is a grid line, so a segment is inside
    a box exactly when its middle is), leaving the search only array look-ups.
    """

    def __init__(self, xs: list[float], ys: list[float], boxes: list[Rect]) -> None:
        self.xs, self.ys = xs, ys
        self.x_index = {x: i for i, x in enumerate(xs)}
        self.y_index = {y: j for j, y in enumerate(ys)}
        nx, ny = len(xs), len(ys)
        self.nx = nx
        self.point_blocked = bytearray(nx * ny)  # index i + j * nx
        self.h_blocked = bytearray(nx * ny)  # segment (i, j)-(i+1, j)
        self.v_blocked = bytearray(nx * ny)  # segment (i, j)-(i, j+1)
        for bx, by, bw, bh in boxes:
            left, right, top, bottom = round(bx, 2), round(bx + bw, 2), round(by, 2), round(by + bh, 2)
            inner_x = range(bisect_right(xs, left), bisect_left(xs, right))  # points strictly inside
            inner_y = range(bisect_right(ys, top), bisect_left(ys, bottom))
            span_x = range(bisect_left(xs, left), bisect_right(xs, right) - 1)  # segments within
            span_y = range(bisect_left(ys, top), bisect_right(ys, bottom) - 1)
            for j in inner_y:
                row = j * nx
                for i in inner_x:
                    self.point_blocked[row + i] = 1
                for i in span_x:
                    self.h_blocked[row + i] = 1
            for j in span_y:
                row = j * nx
                for i in inner_x:
                    self.v_blocked[row + i] = 1

    def node(self, point: Point) -> tuple[int, int] | None:
        i = self.x_index.get(round(point[0], 2))
        j = self.y_index.get(round(point[1], 2))
        return None if i is None or j is None else (i, j)

    def point(self, node: tuple[int, int]) -> Point:
        return (self.xs[node[0]], self.ys[node[1]])

    def inside(self, node: tuple[int, int]) -> bool:
        return bool(self.point_blocked[node[0] + node[1] * self.nx])

    def _segment_clear(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        (ai, aj), (bi, bj) = a, b
        nx = self.nx
        if self.point_blocked[bi + bj * nx]:
            return False
        if aj == bj:
            return not self.h_blocked[min(ai, bi) + aj * nx]
        return not self.v_blocked[ai + min(aj, bj) * nx]

    def search(  # noqa: C901 - the four neighbour steps are inlined: this loop is the router's hot path
        self,
        starts: dict[tuple[int, int], tuple[Point, float]],
        ends: dict[tuple[int, int], tuple[Point, float]],
    ) -> list[tuple[int, int]] | None:
        """A* over (node, heading) with a cost per bend; the cheapest route from any start to any end.

        States are plain ints (node * 5 + heading, heading 4 = none yet): the search runs
        thousands of times per poster, and tuples were most of its cost.
        """
        xs, ys, nx = self.xs, self.ys, self.nx
        p_blocked = self.point_blocked
        end_cost = {i + j * nx: penalty for (i, j), (_, penalty) in ends.items()}
        targets = [self.point(n) for n in ends]

        def estimate(n: int) -> float:
            px, py = xs[n % nx], ys[n // nx]
            return min(abs(px - tx) + abs(py - ty) for tx, ty in targets)

        push, pop = heapq.heappush, heapq.heappop
        queue: list[tuple[float, float, int]] = []
        best: dict[int, float] = {}
        parent: dict[int, int] = {}
        for (i, j), (_, penalty) in starts.items():
            state = (i + j * nx) * 5 + 4
            best[state] = penalty
            parent[state] = -1
            push(queue, (penalty + estimate(i + j * nx), penalty, state))
        while queue:
            _, cost, state = pop(queue)
            if cost > best.get(state, _INF):
                continue
            node, heading = divmod(state, 5)
            if node in end_cost:
                return self._unwind(parent, state)
            for d, nxt, step in self._steps(node):
                if p_blocked[nxt]:
                    continue
                new_cost = cost + step + (BEND if heading not in (4, d) else 0.0) + end_cost.get(nxt, 0.0)
                nstate = nxt * 5 + d
                if new_cost < best.get(nstate, _INF):
                    best[nstate] = new_cost
                    parent[nstate] = state
                    push(queue, (new_cost + estimate(nxt), new_cost, nstate))
        return None

    def _steps(self, node: int) -> list[tuple[int, int, float]]:
        """(heading, next node, length) of each free segment leaving `node`: right, left, down, up."""
        xs, ys, nx = self.xs, self.ys, self.nx
        i, j = node % nx, node // nx
        out: list[tuple[int, int, float]] = []
        if i + 1 < nx and not self.h_blocked[node]:
            out.append((0, node + 1, xs[i + 1] - xs[i]))
        if i > 0 and not self.h_blocked[node - 1]:
            out.append((1, node - 1, xs[i] - xs[i - 1]))
        if j + 1 < len(ys) and not self.v_blocked[node]:
            out.append((2, node + nx, ys[j + 1] - ys[j]))
        if j > 0 and not self.v_blocked[node - nx]:
            out.append((3, node - nx, ys[j] - ys[j - 1]))
        return out

    def _unwind(self, parent: dict[int, int], state: int) -> list[tuple[int, int]]:
        nodes: list[tuple[int, int]] = []
        nx = self.nx
        while state != -1:
            node = state // 5
            nodes.append((node % nx, node // nx))
            state = parent[state]
        return nodes[::-1]


def _simplify(points: list[Point]) -> list[Point]:
    """Drop repeated and collinear points: one point per bend."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a[0] - b[0]) < 1e-6 and abs(b[0] - p[0]) < 1e-6) or (
                abs(a[1] - b[1]) < 1e-6 and abs(b[1] - p[1]) < 1e-6
            ):
                out[-1] = p
                continue
        out.append(p)
    return out


def segment_hits(a: Point, b: Point, rect: Rect) -> bool:
    """Whether the segment a–b passes through the inside of `rect` (touching an edge does not count)."""
    x, y, w, h = rect
    (ax, ay), (bx, by) = a, b
    t0, t1 = 0.0, 1.0
    dx, dy = bx - ax, by - ay
    for p, q in ((-dx, ax - x), (dx, x + w - ax), (-dy, ay - y), (dy, y + h - ay)):
        if abs(p) < 1e-12:
            if q <= 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-9
