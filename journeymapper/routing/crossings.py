"""Crossings between arrows: counted, then reduced in two steps.

Why: each arrow is routed on its own (routing/orthogonal.py), so it cannot know it
crosses another, and two arrows often run down the same gutter line on top of each other.

1. `reroute_crossings`: an arrow that crosses others takes another simple route between
   the same two cards (the other side of a column, another gutter) when that crosses
   fewer arrows and is not much longer — greedy, arrows with most crossings first, a few
   rounds, each swap strictly lowering the total.
2. `reduce_crossings`: what libavoid calls nudging, much simplified: the interior runs
   that share a line and overlap are spread over parallel tracks inside the free gutter,
   in the order that gives the fewest crossings (every order for small bundles, a sort by
   where each arrow comes from and goes for big ones).

Neither ever enters a box: alternatives are checked against every box, and a track's
room is the free interval of the gutter along the whole run, so "no arrow through an
unrelated card" holds.

Pure geometry, like the router: routes in, routes out.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping

from journeymapper.routing.orthogonal import MARGIN, Point, Rect, alternatives, buckets_of

ROOM = 60.0  # how far from its line a run may move at most
TRACK_GAP = 5.0  # points between parallel arrows in a gutter (at most)
_EPS = 1e-6
_PERMUTE_UP_TO = 4  # bundles up to this size try every order (24 at most)


def _segments(route: list[Point]) -> list[tuple[Point, Point]]:
    return list(itertools.pairwise(route))


def _proper_cross(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """A horizontal and a vertical segment crossing strictly inside both."""
    (ax0, ay0), (ax1, ay1) = a
    (bx0, by0), (bx1, by1) = b
    a_h, b_h = abs(ay0 - ay1) < _EPS, abs(by0 - by1) < _EPS
    if a_h == b_h:
        return False
    h, v = (a, b) if a_h else (b, a)
    hx0, hx1 = sorted((h[0][0], h[1][0]))
    vy0, vy1 = sorted((v[0][1], v[1][1]))
    x, y = v[0][0], h[0][1]
    return hx0 + _EPS < x < hx1 - _EPS and vy0 + _EPS < y < vy1 - _EPS


def count_crossings(routes: Mapping[str, list[Point]]) -> int:
    """How many times two different arrows cross (a horizontal run through a vertical one)."""
    items = [(key, _segments(route)) for key, route in routes.items() if route]
    boxes = {key: _bbox(route) for key, route in routes.items() if route}
    total = 0
    for (ka, sa), (kb, sb) in itertools.combinations(items, 2):
        if not _touch(boxes[ka], boxes[kb]):
            continue
        total += sum(1 for a in sa for b in sb if _proper_cross(a, b))
    return total


class AreaIndex:
    """Routes (or boxes) by spatial-hash bucket of their bounding box: which are near this area?

    Without it, asking every arrow about every other made a 5,000-card poster take seconds.
    """

    def __init__(self, areas: Mapping[str, Rect]) -> None:
        self.areas: dict[str, Rect] = {}
        self.buckets: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
        for key, area in areas.items():
            self.put(key, area)

    def put(self, key: str, area: Rect) -> None:
        old = self.areas.get(key)
        if old is not None:
            for bucket in buckets_of(old):
                self.buckets[bucket].discard(key)
        self.areas[key] = area
        for bucket in buckets_of(area):
            self.buckets[bucket].add(key)

    def near(self, area: Rect) -> set[str]:
        found: set[str] = set()
        for bucket in buckets_of(area):
            found.update(self.buckets.get(bucket, ()))
        return {key for key in found if _touch(area, self.areas[key])}


def _crossings_of(
    key: str, route: list[Point], routes: Mapping[str, list[Point]], near: AreaIndex, skip: Iterable[str] = ()
) -> int:
    """How many times `route` (standing in for arrow `key`) crosses the other arrows (not `skip`)."""
    mine = _segments(route)
    left_out = {key, *skip}
    total = 0
    for other in near.near(_bbox(route)):
        if other not in left_out:
            total += _pair_crossings(mine, _segments(routes[other]))
    return total


def _pair_crossings(a: list[tuple[Point, Point]], b: list[tuple[Point, Point]]) -> int:
    return sum(1 for p in a for q in b if _proper_cross(p, q))


def _bundle_crossings(keys: list[str], routes: Mapping[str, list[Point]], near: AreaIndex) -> int:
    """The crossings a bundle's arrows take part in: with the others, and among themselves.

    The index holds the other arrows' boxes exactly; the bundle's own are compared
    directly, since moving them along their gutter changes their boxes.
    """
    total = sum(_crossings_of(key, routes[key], routes, near, skip=keys) for key in keys)
    for a, b in itertools.combinations(keys, 2):
        total += _pair_crossings(_segments(routes[a]), _segments(routes[b]))
    return total


def _length(route: list[Point]) -> float:
    return sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in _segments(route))


REROUTE_SLACK = 1.5  # an alternative may be this much longer (plus a gutter or two)


def reroute_crossings(
    routes: Mapping[str, list[Point]],
    ends: Mapping[str, tuple[Rect, Rect]],
    boxes: list[Rect],
    rounds: int = 3,
) -> dict[str, list[Point]]:
    """Routes where arrows that cross others took a simple alternative that crosses fewer.

    `ends[key]` are the boxes of the arrow's two cards (arrows not in it keep their route);
    `boxes` everything to avoid, grown by the router's margin (the two cards included:
    each arrow's own are left out of its check).
    """
    out = {key: list(route) for key, route in routes.items() if route}
    near = AreaIndex({key: _bbox(route) for key, route in out.items()})
    for _ in range(rounds):
        counts = {key: _crossings_of(key, route, out, near) for key, route in out.items() if key in ends}
        improved = False
        for key in sorted((k for k, n in counts.items() if n), key=lambda k: -counts[k]):
            current = _crossings_of(key, out[key], out, near)
            if not current:
                continue
            s, t = ends[key]
            own = (_grown(s), _grown(t))
            others = [b for b in boxes if b not in own]
            limit = _length(out[key]) * REROUTE_SLACK + 60.0
            best: tuple[int, float, list[Point]] | None = None
            for candidate in alternatives(s, t, others):
                length = _length(candidate)
                if length <= limit:
                    score = (_crossings_of(key, candidate, out, near), length, candidate)
                    if best is None or score[:2] < best[:2]:
                        best = score
            if best is not None and best[0] < current:
                out[key] = best[2]
                near.put(key, _bbox(best[2]))
                improved = True
        if not improved:
            break
    return out


def _grown(box: Rect) -> Rect:
    """A card's box with the router's margin around it, as the boxes to avoid are given."""
    x, y, w, h = box
    return (x - MARGIN, y - MARGIN, w + 2 * MARGIN, h + 2 * MARGIN)


def count_shared_runs(routes: Mapping[str, list[Point]], least: float = 2.0) -> int:
    """Pairs of runs of different arrows lying on the same line over more than `least` points."""
    by_line: defaultdict[tuple[bool, float], list[Run]] = defaultdict(list)
    for run in _runs(routes):
        by_line[(run[2], round(run[3], 2))].append(run)
    total = 0
    for line in by_line.values():
        for a, b in itertools.combinations(line, 2):
            if a[0] != b[0] and min(a[5], b[5]) - max(a[4], b[4]) > least:
                total += 1
    return total


def _bbox(route: list[Point]) -> Rect:
    xs = [p[0] for p in route]
    ys = [p[1] for p in route]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _touch(a: Rect, b: Rect) -> bool:
    return a[0] <= b[0] + b[2] and b[0] <= a[0] + a[2] and a[1] <= b[1] + b[3] and b[1] <= a[1] + a[3]


# A run: (route key, index of its first point, vertical?, line coordinate, low, high)
Run = tuple[str, int, bool, float, float, float]


def _runs(routes: Mapping[str, list[Point]]) -> list[Run]:
    out: list[Run] = []
    for key, route in routes.items():
        for index, (a, b) in enumerate(_segments(route)):
            if abs(a[0] - b[0]) < _EPS and abs(a[1] - b[1]) > _EPS:
                out.append((key, index, True, a[0], min(a[1], b[1]), max(a[1], b[1])))
            elif abs(a[1] - b[1]) < _EPS and abs(a[0] - b[0]) > _EPS:
                out.append((key, index, False, a[1], min(a[0], b[0]), max(a[0], b[0])))
    return out


def _bundles(
    runs: list[Run], interior_only: bool, routes: Mapping[str, list[Point]] | None = None
) -> list[list[Run]]:
    """Runs of different arrows on one line whose extents overlap, grouped transitively."""
    by_line: defaultdict[tuple[bool, float], list[Run]] = defaultdict(list)
    for run in runs:
        if interior_only and routes is not None and not 0 < run[1] < len(routes[run[0]]) - 2:
            continue  # the first and last runs start and end on a card: they stay on its port
        by_line[(run[2], round(run[3], 2))].append(run)
    out: list[list[Run]] = []
    for line_runs in by_line.values():
        line_runs.sort(key=lambda r: r[4])
        current: list[Run] = []
        reach = -float("inf")
        for run in line_runs:
            if current and run[4] >= reach - _EPS:
                out.append(current)
                current = []
            current.append(run)
            reach = max(reach, run[5]) if len(current) > 1 else run[5]
        if current:
            out.append(current)
    return [b for b in out if len({r[0] for r in b}) > 1]


def _room(run: Run, boxes: Iterable[Rect]) -> tuple[float, float]:
    """The free interval across the line of `run` over its whole extent (boxes already have margins)."""
    _, _, vertical, at, low, high = run
    lo, hi = at - ROOM, at + ROOM
    for x, y, w, h in boxes:
        if vertical:
            b_lo, b_hi, c_lo, c_hi = y, y + h, x, x + w
        else:
            b_lo, b_hi, c_lo, c_hi = x, x + w, y, y + h
        if b_hi < low - _EPS or b_lo > high + _EPS:
            continue  # beside the run, not across it
        if c_hi <= at + _EPS:
            lo = max(lo, c_hi)
        elif c_lo >= at - _EPS:
            hi = min(hi, c_lo)
        else:
            return at, at  # the run already touches a box: leave it where the router put it
    return lo, hi


def _moved(routes: dict[str, list[Point]], run: Run, to: float) -> list[Point]:
    """The route of `run` with that run moved to line coordinate `to` (its neighbours stretch)."""
    key, index, vertical, _, _, _ = run
    points = list(routes[key])
    for k in (index, index + 1):
        x, y = points[k]
        points[k] = (to, y) if vertical else (x, to)
    return points


def reduce_crossings(
    routes: Mapping[str, list[Point]], boxes: list[Rect], pinned: Iterable[tuple[str, int]] = ()
) -> dict[str, list[Point]]:
    """Routes with shared gutter runs spread over tracks, each bundle in its fewest-crossing order.

    `boxes` are what arrows must avoid, already grown by the router's margin; `pinned`
    names runs (arrow, index of the run's first point) that must stay where they are
    (a label sits on them). A bundle is only spread when the gutter has room for every
    track, and only when that does not add crossings near it.
    """
    out = {key: list(route) for key, route in routes.items() if route}
    keep = set(pinned)
    near = AreaIndex({key: _bbox(route) for key, route in out.items()})
    obstacles = AreaIndex({str(n): box for n, box in enumerate(boxes)})
    for bundle in _bundles(_runs(out), interior_only=True, routes=out):
        _spread(out, bundle, obstacles, keep, near)
    return out


def _tracks(
    order: tuple[Run, ...], room: tuple[float, float], gap: float, keep: set[tuple[str, int]]
) -> list[float]:
    """Track lines for a bundle in this order: centred in the gutter, or a pinned run left where it is."""
    n = len(order)
    fixed = [k for k, run in enumerate(order) if (run[0], run[1]) in keep]
    if fixed:
        return [order[fixed[0]][3] + (k - fixed[0]) * gap for k in range(n)]
    middle = (room[0] + room[1]) / 2
    return [middle + (k - (n - 1) / 2) * gap for k in range(n)]


def _spread(
    routes: dict[str, list[Point]],
    bundle: list[Run],
    obstacles: AreaIndex,
    keep: set[tuple[str, int]],
    near: AreaIndex,
) -> None:
    keys = list(dict.fromkeys(run[0] for run in bundle))
    bundle = [next(r for r in bundle if r[0] == key) for key in keys]  # one run per arrow
    if sum(1 for run in bundle if (run[0], run[1]) in keep) > 1:
        return  # two labelled runs on one line: leave them
    rooms = [_room(run, [obstacles.areas[k] for k in obstacles.near(_reach(run))]) for run in bundle]
    lo, hi = max(r[0] for r in rooms), min(r[1] for r in rooms)
    gap = min(TRACK_GAP, (hi - lo) / (len(bundle) + 1))
    if gap < 1.5:
        return  # no room for separate tracks
    keys = [run[0] for run in bundle]
    before = _bundle_crossings(keys, routes, near)
    best: tuple[int, dict[str, list[Point]]] | None = None
    for order in _orders(bundle, routes):
        tracks = _tracks(order, (lo, hi), gap, keep)
        if tracks[0] <= lo or tracks[-1] >= hi:
            continue  # this order would push a track out of the gutter
        trial = dict(routes)
        for run, track in zip(order, tracks, strict=True):
            trial[run[0]] = _moved(trial, run, track)
        score = _bundle_crossings(keys, trial, near)
        if best is None or score < best[0]:
            best = (score, {run[0]: trial[run[0]] for run in order})
    if best is not None and best[0] <= before:
        routes.update(best[1])
        for key, route in best[1].items():
            near.put(key, _bbox(route))


def _reach(run: Run) -> Rect:
    """The area whose boxes can bound how far `run` may move (see `_room`)."""
    _, _, vertical, at, low, high = run
    if vertical:
        return (at - ROOM, low - 1, 2 * ROOM, high - low + 2)
    return (low - 1, at - ROOM, high - low + 2, 2 * ROOM)


def _orders(bundle: list[Run], routes: dict[str, list[Point]]) -> Iterable[tuple[Run, ...]]:
    """Every order for small bundles; for big ones, by where each arrow comes from and goes to."""
    if len(bundle) <= _PERMUTE_UP_TO:
        return itertools.permutations(bundle)

    def side(run: Run) -> float:
        key, index, vertical, at, _, _ = run
        route = routes[key]
        ends = (route[0], route[-1])
        axis = 0 if vertical else 1
        return sum(p[axis] - at for p in ends)

    return [tuple(sorted(bundle, key=side)), tuple(sorted(bundle, key=side, reverse=True))]
