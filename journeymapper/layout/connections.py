"""Arrows between cards: the customer's path through the map.

Arrows are routed between card edges facing each other and painted under the cards,
so they never hide text; they show in the seams between cells and end in an
arrowhead just outside the target card.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from journeymapper.layout.blocks import Context
from journeymapper.layout.curve import bezier_point
from journeymapper.layout.display import Group, Path, PathOp, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.icons import arrow_head
from journeymapper.layout.text import clean_plain, clean_text, single_line
from journeymapper.layout.theme import ensure_contrast

BoxTuple = tuple[float, float, float, float]
HEAD = 7.0
# How far an unrouted arrow may reach past its two cards' boxes (see `ArrowSpan.reach`).
REACH_X = 41.0 + HEAD + 4.0
REACH_Y = 12.0 + HEAD + 4.0


def _route(
    s: BoxTuple, t: BoxTuple
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]:
    """Start, two control points and end of a Bézier from box `s` to box `t`."""
    sx, sy, sw, sh = s
    tx, ty, tw, th = t
    if tx >= sx + sw:  # target to the right
        a = (sx + sw, sy + min(sh / 2, 24.0))
        b = (tx - 1.0, ty + min(th / 2, 24.0))
        d = max(18.0, (b[0] - a[0]) / 2)
        return a, (a[0] + d, a[1]), (b[0] - d, b[1]), b
    if tx + tw <= sx:  # target to the left
        a = (sx, sy + min(sh / 2, 24.0))
        b = (tx + tw + 1.0, ty + min(th / 2, 24.0))
        d = max(18.0, (a[0] - b[0]) / 2)
        return a, (a[0] - d, a[1]), (b[0] + d, b[1]), b
    cx_s, cx_t = sx + sw * 0.5, tx + tw * 0.5
    if ty >= sy + sh:  # below, same column
        a = (cx_s, sy + sh)
        b = (cx_t, ty - 1.0)
        d = max(10.0, (b[1] - a[1]) / 2)
        return a, (a[0], a[1] + d), (b[0], b[1] - d), b
    if ty + th <= sy:  # above, same column
        a = (cx_s, sy)
        b = (cx_t, ty + th + 1.0)
        d = max(10.0, (a[1] - b[1]) / 2)
        return a, (a[0], a[1] - d), (b[0], b[1] + d), b
    # overlapping boxes (should not happen): a loop out to the right
    a = (sx + sw, sy + sh * 0.3)
    b = (tx + tw + 1.0, ty + th * 0.7)
    return a, (a[0] + 40, a[1]), (b[0] + 40, b[1]), b


def label_spots(route: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Where a label may sit on a routed arrow: along its segments, longest first, middles first."""
    segments = sorted(
        zip(route, route[1:], strict=False),
        key=lambda seg: -(abs(seg[1][0] - seg[0][0]) + abs(seg[1][1] - seg[0][1])),
    )
    return [
        (a[0] + (b[0] - a[0]) * at, a[1] + (b[1] - a[1]) * at)
        for at in (0.5, 0.3, 0.7, 0.15, 0.85)
        for a, b in segments
    ]


def plain_arrow(link_id: str, s: BoxTuple, t: BoxTuple, colour: str) -> Group:
    """`connection_group` for an unlabelled, unrouted arrow, value for value, made cheaply.

    Why: a row that grows redraws every unlabelled arrow that spans its edge (about 1,300
    at 10,000 cards), and the general builder's generic walks over the path's points and
    keyword constructors were half the cost of that keystroke's layout.
    """
    a, c1, c2, b = _route(s, t)
    ops: tuple[PathOp, ...] = (("M", a[0], a[1]), ("C", c1[0], c1[1], c2[0], c2[1], b[0], b[1]))
    bx, by = b
    back = math.atan2(by - c2[1], bx - c2[0]) + math.pi  # as `arrow_head` with spread 0.45
    head = Path(
        (
            ("M", bx, by),
            ("L", bx + HEAD * math.cos(back + 0.45), by + HEAD * math.sin(back + 0.45)),
            ("L", bx + HEAD * math.cos(back - 0.45), by + HEAD * math.sin(back - 0.45)),
            ("Z",),
        ),
        None,
        1.0,
        colour,
        (),
        1.0,
        link_id,
        "connection-head",
    )
    path = Path(ops, colour, 1.3, None, (), 0.75, link_id, "connection")
    x, y = min(a[0], c1[0], c2[0], bx), min(a[1], c1[1], c2[1], by)
    w, h = max(a[0], c1[0], c2[0], bx) - x, max(a[1], c1[1], c2[1], by) - y
    return Group(link_id, "connection", x - HEAD, y - HEAD, w + 2 * HEAD, h + 2 * HEAD, (path, head))


@dataclass(frozen=True, slots=True)
class ArrowSpan:
    """An unrouted, unlabelled arrow, kept as its two cards' boxes, each in its own row.

    Why: when a row grows, every arrow that spans its edge changes shape (about 1,300 at
    10,000 cards), but nothing about it changes except the gap between its two rows. Kept
    this way the layout does not redo it when rows move: its group is made when someone
    reads it (`local`, from the rows' tops; posters through `rows.AbsoluteGroups`), and the
    editor draws the arrows between two rows from those rows' places (`ui/canvas/items.py`
    `ArrowBundle`), touching one item per pair of rows, not one per arrow.
    """

    ref: str  # the connection's id
    source_lane: str
    target_lane: str
    s: BoxTuple  # the source card's box, relative to its row's top
    t: BoxTuple  # the target card's box, relative to its row's top
    colour: str
    role: ClassVar[str] = "connection"

    def reach(self) -> tuple[float, float, float, float, float, float]:
        """Where the drawn arrow stays, whatever the gap (its bounds without building it).

        (x0, x1, source top, source bottom, target top, target bottom), the target's
        relative to its own row: the arrow lies within x0..x1 and, for a gap g, within
        min(source top, target top + g) .. max(source bottom, target bottom + g). A Bézier
        stays within its control points, which `_route` puts at most 40 points beside the
        cards (a loop) or 10 above or below them (close cards in one column); the head and
        the stroke add a little.
        """
        s, t = self.s, self.t
        return (
            min(s[0], t[0]) - REACH_X,
            max(s[0] + s[2], t[0] + t[2]) + REACH_X,
            s[1] - REACH_Y,
            s[1] + s[3] + REACH_Y,
            t[1] - REACH_Y,
            t[1] + t[3] + REACH_Y,
        )

    def straight(self) -> bool:
        """Whether it is drawn as a vertical line (its cards share a column and a centre).

        Then a row that moves changes its pixels only around the end in that row (a vertical
        line's pixels depend on its x alone), so the editor repaints that end, not the line.
        """
        s, t = self.s, self.t
        return s[0] + s[2] * 0.5 == t[0] + t[2] * 0.5 and s[2] > 0 and t[2] > 0

    def gap(self, tops: Mapping[str, float]) -> float:
        """How far below the source's row the target's row starts (0 in one row)."""
        if self.source_lane == self.target_lane:
            return 0.0
        return tops[self.target_lane] - tops[self.source_lane]

    def local(self, gap: float) -> Group:
        """The arrow's group relative to the source's row, its target's row `gap` below."""
        t = self.t
        if self.source_lane != self.target_lane:
            t = (t[0], t[1] + gap, t[2], t[3])
        return plain_arrow(self.ref, self.s, t, self.colour)


# What a layout keeps for a row-owned group (`MapLayout.local_groups`): a group, or an
# arrow made when read.
LocalGroup = Group | ArrowSpan


def connection_group(
    link_id: str,
    label: str,
    s: BoxTuple,
    t: BoxTuple,
    ctx: Context,
    blocked: Callable[[BoxTuple], bool] | None = None,
    route: list[tuple[float, float]] | None = None,
) -> Group:
    """The arrow from box `s` to box `t`: along `route` (routing/orthogonal.py) when given."""
    theme, sz = ctx.theme, ctx.sizes
    colour = theme.curve
    ops: tuple[PathOp, ...]
    if route and len(route) >= 2:
        ops = (("M", route[0][0], route[0][1]), *(("L", px, py) for px, py in route[1:]))
        (ex, ey), b = route[-2], route[-1]
    else:
        a, c1, c2, b = _route(s, t)
        ops = (("M", a[0], a[1]), ("C", c1[0], c1[1], c2[0], c2[1], b[0], b[1]))
        ex, ey = c2
    items: list[Primitive] = [
        Path(ops, stroke=colour, stroke_width=1.3, opacity=0.75, ref=link_id, role="connection")
    ]
    angle = math.atan2(b[1] - ey, b[0] - ex)
    items.append(arrow_head(b[0], b[1], angle, HEAD, colour, link_id, "connection-head"))
    # every point and control point: a polyline's corners or the Bézier's four points
    xs = [v for op in ops for v in op[1::2]]
    ys = [v for op in ops for v in op[2::2]]
    x, y = min(xs), min(ys)
    w, h = max(xs) - x, max(ys) - y
    text = single_line(clean_text(label, multiline=False), "regular", sz.small, 120.0) if label else ""
    if text:
        tw = text_width(text, "regular", sz.small)
        pill_h = sz.small * 1.7
        # Arrows run under the cards: put the label where no card hides it, trying the
        # middle first; if every spot is covered, the label lives only in the tooltip.
        spot = None
        # the spots to try, only for a labelled arrow (a row growing redraws thousands of arrows)
        if route and len(route) >= 2:
            spots = label_spots(route)
        else:
            spots = [bezier_point(a, c1, c2, b, at) for at in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9)]
        for px, py in spots:
            if blocked is None or not blocked((px - tw / 2 - 4, py - pill_h / 2, tw + 8, pill_h)):
                spot = (px, py)
                break
        if spot is None:
            text = ""
    if text and spot is not None:
        mx, my = spot
        items.append(
            Rect(
                mx - tw / 2 - 4,
                my - pill_h / 2,
                tw + 8,
                pill_h,
                fill=theme.background,
                stroke=colour,
                stroke_width=0.5,
                radius=pill_h / 2,
                ref=link_id,
                role="connection-label",
            )
        )
        items.append(
            TextRun(
                mx,
                my + sz.small * 0.36,
                text,
                sz.small,
                "regular",
                ensure_contrast(theme.ink, theme.background),
                "middle",
                tw,
                link_id,
                "connection-label",
            )
        )
        x2, y2 = max(x + w, mx + tw / 2 + 4), max(y + h, my + pill_h / 2)
        x, y = min(x, mx - tw / 2 - 4), min(y, my - pill_h / 2)
        w, h = x2 - x, y2 - y
    x, y = x - HEAD, y - HEAD
    return Group(link_id, "connection", x, y, w + 2 * HEAD, h + 2 * HEAD, tuple(items), clean_plain(label))
