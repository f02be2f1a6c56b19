"""Moving drawn primitives and groups by an offset, fast — now, or when they are read.

Placing a card translates its drawing (made at the origin); a move in the editor
translates every card that shifts in the two cells, thousands of primitives. The
frozen dataclasses' `__init__` sets each field through `object.__setattr__`; here the
copies are built with the slots' own setters instead, about twice as fast. The result
is the same value (same type, same fields) as calling the constructor.

`DeferredItems` is a group's primitives not drawn yet: the measured block that draws
them, and the offsets to move the drawing by. Why: a card's drawing was a dozen frozen
primitives (~3 KB) made when it was placed, for all 50,000 cards of a large map, though
the editor paints only the cards on screen; drawing when read made opening such a map
seconds faster and a few hundred MB smaller. The primitives it gives are those an eager
`translate_group(draw(0, 0, w), x, y)` (then each further shift) gave, value for value:
the same drawer, the same additions in the same order. What was read recently is kept
(a bounded cache), so the editor repainting the cards on screen does not draw them again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, overload

from journeymapper.layout.display import Circle, Group, Image, Line, Path, PathOp, Primitive, Rect, TextRun

_new = object.__new__


def _setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of `cls`'s fields (they bypass the frozen `__setattr__`)."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_TEXT = _setters(TextRun, "x", "y", "text", "size", "face", "colour", "anchor", "width", "ref", "role")
_RECT = _setters(
    Rect, "x", "y", "w", "h", "fill", "stroke", "stroke_width", "radius", "opacity", "dash", "ref", "role"
)
_CIRCLE = _setters(Circle, "cx", "cy", "r", "fill", "stroke", "stroke_width", "ref", "role")
_LINE = _setters(Line, "x1", "y1", "x2", "y2", "stroke", "stroke_width", "dash", "opacity", "ref", "role")
_PATH = _setters(Path, "ops", "stroke", "stroke_width", "fill", "dash", "opacity", "ref", "role")
_IMAGE = _setters(Image, "x", "y", "w", "h", "data", "media_type", "ref", "role")
_GROUP = _setters(Group, "ref", "role", "x", "y", "w", "h", "items", "title", "desc")


def _text(p: TextRun, dx: float, dy: float) -> TextRun:
    x, y, text, size, face, colour, anchor, width, ref, role = _TEXT
    o = _new(TextRun)
    x(o, p.x + dx)
    y(o, p.y + dy)
    text(o, p.text)
    size(o, p.size)
    face(o, p.face)
    colour(o, p.colour)
    anchor(o, p.anchor)
    width(o, p.width)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


def _rect(p: Rect, dx: float, dy: float) -> Rect:
    x, y, w, h, fill, stroke, stroke_width, radius, opacity, dash, ref, role = _RECT
    o = _new(Rect)
    x(o, p.x + dx)
    y(o, p.y + dy)
    w(o, p.w)
    h(o, p.h)
    fill(o, p.fill)
    stroke(o, p.stroke)
    stroke_width(o, p.stroke_width)
    radius(o, p.radius)
    opacity(o, p.opacity)
    dash(o, p.dash)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


def _circle(p: Circle, dx: float, dy: float) -> Circle:
    cx, cy, r, fill, stroke, stroke_width, ref, role = _CIRCLE
    o = _new(Circle)
    cx(o, p.cx + dx)
    cy(o, p.cy + dy)
    r(o, p.r)
    fill(o, p.fill)
    stroke(o, p.stroke)
    stroke_width(o, p.stroke_width)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


def _line(p: Line, dx: float, dy: float) -> Line:
    x1, y1, x2, y2, stroke, stroke_width, dash, opacity, ref, role = _LINE
    o = _new(Line)
    x1(o, p.x1 + dx)
    y1(o, p.y1 + dy)
    x2(o, p.x2 + dx)
    y2(o, p.y2 + dy)
    stroke(o, p.stroke)
    stroke_width(o, p.stroke_width)
    dash(o, p.dash)
    opacity(o, p.opacity)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


def shift_op(op: PathOp, dx: float, dy: float) -> PathOp:
    if op[0] == "C":
        return ("C", op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, op[5] + dx, op[6] + dy)
    if op[0] == "Z":
        return op
    if op[0] == "M":
        return ("M", op[1] + dx, op[2] + dy)
    return ("L", op[1] + dx, op[2] + dy)


def _path(p: Path, dx: float, dy: float) -> Path:
    ops, stroke, stroke_width, fill, dash, opacity, ref, role = _PATH
    o = _new(Path)
    ops(o, tuple([shift_op(op, dx, dy) for op in p.ops]))
    stroke(o, p.stroke)
    stroke_width(o, p.stroke_width)
    fill(o, p.fill)
    dash(o, p.dash)
    opacity(o, p.opacity)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


def _image(p: Image, dx: float, dy: float) -> Image:
    x, y, w, h, data, media_type, ref, role = _IMAGE
    o = _new(Image)
    x(o, p.x + dx)
    y(o, p.y + dy)
    w(o, p.w)
    h(o, p.h)
    data(o, p.data)
    media_type(o, p.media_type)
    ref(o, p.ref)
    role(o, p.role)
    return o  # type: ignore[no-any-return]


_BY_TYPE: dict[type, Callable[[Any, float, float], Primitive]] = {
    TextRun: _text,
    Rect: _rect,
    Circle: _circle,
    Line: _line,
    Path: _path,
    Image: _image,
}


def translate(p: Primitive, dx: float, dy: float) -> Primitive:
    """The same primitive moved by (dx, dy)."""
    move = _BY_TYPE.get(type(p))  # exact types: no subclasses exist
    if move is None:
        raise TypeError(f"unknown primitive {type(p).__name__}")
    return move(p, dx, dy)


def translate_items(items: Sequence[Primitive], dx: float, dy: float) -> list[Primitive]:
    """The primitives moved by (dx, dy)."""
    by_type = _BY_TYPE
    out = []
    for p in items:
        move = by_type.get(type(p))
        if move is None:
            raise TypeError(f"unknown primitive {type(p).__name__}")
        out.append(move(p, dx, dy))
    return out


def translate_group(group: Group, dx: float, dy: float) -> Group:
    """The same group, its box and every primitive moved by (dx, dy).

    A group whose primitives are not drawn yet stays so: only its offsets grow."""
    items = group.items
    if type(items) is DeferredItems:
        moved: Sequence[Primitive] = items.shifted(dx, dy)
    else:
        moved = tuple(translate_items(items, dx, dy))
    ref, role, x, y, w, h, items_, title, desc = _GROUP
    o = _new(Group)
    ref(o, group.ref)
    role(o, group.role)
    x(o, group.x + dx)
    y(o, group.y + dy)
    w(o, group.w)
    h(o, group.h)
    items_(o, moved)
    title(o, group.title)
    desc(o, group.desc)
    return o  # type: ignore[no-any-return]


def new_group(
    ref: str,
    role: str,
    x: float,
    y: float,
    w: float,
    h: float,
    items: Sequence[Primitive],
    title: str,
    desc: str,
) -> Group:
    """`Group(ref, role, x, y, w, h, items, title, desc)`, made with the slots' setters (twice as
    fast as the frozen dataclass's `__init__`: placing a map's cards makes one per card)."""
    ref_, role_, x_, y_, w_, h_, items_, title_, desc_ = _GROUP
    o = _new(Group)
    ref_(o, ref)
    role_(o, role)
    x_(o, x)
    y_(o, y)
    w_(o, w)
    h_(o, h)
    items_(o, items)
    title_(o, title)
    desc_(o, desc)
    return o  # type: ignore[no-any-return]


class PartDrawer(Protocol):
    """What draws deferred primitives: a measured block (`layout/blocks.py`)."""

    def draw_part(self, part: int, w: float) -> list[Primitive]:
        """The primitives of the block's group number `part`, drawn at the origin for width `w`."""
        ...

    def first_primitive(self, part: int, w: float) -> Primitive:
        """`draw_part(part, w)[0]`, without drawing the rest (the group's box, for the minimap)."""
        ...


RECENT_LIMIT = 4096  # groups whose drawing is kept once read: a screenful of cards, many times over
_recent: OrderedDict[int, tuple[DeferredItems, tuple[Primitive, ...]]] = OrderedDict()
_recent_lock = threading.Lock()  # exports may read groups on a worker thread


class DeferredItems(Sequence[Primitive]):
    """A group's primitives, drawn by `drawer` at the origin and moved when read.

    The drawing is moved by (dx, dy), then by each further pair of `more` (dx2, dy2, ...),
    each as `translate` does, so the values are those of the eager drawing moved the same
    way. Equal to any sequence of the same primitives (tuples included); never empty (a
    block's group always has its box)."""

    __slots__ = ("drawer", "width", "part", "dx", "dy", "more")

    def __init__(
        self, drawer: PartDrawer, width: float, part: int, dx: float, dy: float, more: tuple[float, ...] = ()
    ) -> None:
        self.drawer, self.width, self.part, self.dx, self.dy, self.more = drawer, width, part, dx, dy, more

    @property
    def shifts(self) -> tuple[float, ...]:
        """Every offset, in order: (dx, dy, dx2, dy2, ...)."""
        return (self.dx, self.dy, *self.more)

    def shifted(self, dx: float, dy: float) -> DeferredItems:
        return DeferredItems(self.drawer, self.width, self.part, self.dx, self.dy, (*self.more, dx, dy))

    def _moved(self, items: Sequence[Primitive]) -> Sequence[Primitive]:
        items = translate_items(items, self.dx, self.dy)
        more = self.more
        for index in range(0, len(more), 2):
            items = translate_items(items, more[index], more[index + 1])
        return items

    def drawn(self) -> tuple[Primitive, ...]:
        """The primitives, drawn now or kept from a recent reading."""
        key = id(self)
        with _recent_lock:
            found = _recent.get(key)
            if found is not None and found[0] is self:
                _recent.move_to_end(key)
                return found[1]
        made = tuple(self._moved(self.drawer.draw_part(self.part, self.width)))
        with _recent_lock:
            _recent[key] = (self, made)
            if len(_recent) > RECENT_LIMIT:
                _recent.popitem(last=False)
        return made

    def __iter__(self) -> Iterator[Primitive]:
        return iter(self.drawn())

    def __len__(self) -> int:
        return len(self.drawn())

    def __bool__(self) -> bool:
        return True

    @overload
    def __getitem__(self, index: int) -> Primitive: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Primitive, ...]: ...

    def __getitem__(self, index: int | slice) -> Primitive | tuple[Primitive, ...]:
        if index == 0 and id(self) not in _recent:  # the box alone: no need to draw the rest
            return self._moved([self.drawer.first_primitive(self.part, self.width)])[0]
        return self.drawn()[index]

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if type(other) is DeferredItems and (
            other.drawer is self.drawer
            and other.width == self.width
            and other.part == self.part
            and other.dx == self.dx
            and other.dy == self.dy
            and other.more == self.more
        ):
            return True
        if isinstance(other, (tuple, DeferredItems)):
            return self.drawn() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.drawn())

    def __repr__(self) -> str:
        return f"DeferredItems({self.drawn()!r})"
