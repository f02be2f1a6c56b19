"""Moving drawn primitives and groups by an offset, fast.

Placing a card translates its drawing (made once at the origin); a move in the editor
translates every card that shifts in the two cells, thousands of primitives. The
frozen dataclasses' `__init__` sets each field through `object.__setattr__`; here the
copies are built with the slots' own setters instead, about twice as fast. The result
is the same value (same type, same fields) as calling the constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def translate_group(group: Group, dx: float, dy: float) -> Group:
    """The same group, its box and every primitive moved by (dx, dy)."""
    by_type = _BY_TYPE
    items = []
    for p in group.items:
        move = by_type.get(type(p))
        if move is None:
            raise TypeError(f"unknown primitive {type(p).__name__}")
        items.append(move(p, dx, dy))
    ref, role, x, y, w, h, items_, title, desc = _GROUP
    o = _new(Group)
    ref(o, group.ref)
    role(o, group.role)
    x(o, group.x + dx)
    y(o, group.y + dy)
    w(o, group.w)
    h(o, group.h)
    items_(o, tuple(items))
    title(o, group.title)
    desc(o, group.desc)
    return o  # type: ignore[no-any-return]
