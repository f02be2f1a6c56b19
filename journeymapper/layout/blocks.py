"""What every measured item of a cell shares: the drawing context and text helpers.

A *block* is something stacked in a cell (a card, a stage-level pain, a KPI chip, an
opportunity, an action). Measuring it wraps its text once and fixes its height; the
engine caches the block by the content it was measured from, so moving a card or
re-laying out a row never re-wraps text. `place(x, y, w)` then emits the card's
groups in absolute poster coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.layout.display import (
    Anchor,
    Circle,
    FontFace,
    Group,
    Image,
    Line,
    Path,
    PathOp,
    Primitive,
    Rect,
    TextRun,
)
from journeymapper.layout.fonts import face_metrics, text_width
from journeymapper.layout.style import Sizes
from journeymapper.layout.theme import Theme
from journeymapper.model.entities import EmotionScale


@dataclass(frozen=True)
class Context:
    """Everything a block needs besides its own data: theme, sizes, language, scale."""

    theme: Theme
    sizes: Sizes
    language: str
    scale_min: int
    scale_max: int


class Block:
    """A measured cell item; subclasses fill `height` and implement `draw`.

    `draw` runs once per block, at the origin; `place` translates that drawing,
    which is several times cheaper than drawing again when rows move.
    """

    __slots__ = ("height", "_drawn")
    height: float

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        raise NotImplementedError

    def place(self, x: float, y: float, w: float) -> list[Group]:
        drawn = getattr(self, "_drawn", None)
        if drawn is None or drawn[0] != w:
            drawn = self._drawn = (w, self.draw(0.0, 0.0, w))
        return [translate_group(group, x, y) for group in drawn[1]]


def translate(p: Primitive, dx: float, dy: float) -> Primitive:
    """The same primitive moved by (dx, dy)."""
    # Exact-type tests (no subclasses exist) keep this hot path cheap and narrow `p`.
    if type(p) is TextRun:
        return TextRun(
            p.x + dx,
            p.y + dy,
            p.text,
            p.size,
            p.face,
            p.colour,
            p.anchor,
            p.width,
            p.ref,
            p.role,
        )
    if type(p) is Rect:
        return Rect(
            p.x + dx,
            p.y + dy,
            p.w,
            p.h,
            p.fill,
            p.stroke,
            p.stroke_width,
            p.radius,
            p.opacity,
            p.dash,
            p.ref,
            p.role,
        )
    if type(p) is Circle:
        return Circle(p.cx + dx, p.cy + dy, p.r, p.fill, p.stroke, p.stroke_width, p.ref, p.role)
    if type(p) is Line:
        return Line(
            p.x1 + dx,
            p.y1 + dy,
            p.x2 + dx,
            p.y2 + dy,
            p.stroke,
            p.stroke_width,
            p.dash,
            p.opacity,
            p.ref,
            p.role,
        )
    if type(p) is Path:
        ops = tuple(_shift_op(op, dx, dy) for op in p.ops)
        return Path(ops, p.stroke, p.stroke_width, p.fill, p.dash, p.opacity, p.ref, p.role)
    if type(p) is Image:
        return Image(p.x + dx, p.y + dy, p.w, p.h, p.data, p.media_type, p.ref, p.role)
    raise TypeError(f"unknown primitive {type(p).__name__}")


def _shift_op(op: PathOp, dx: float, dy: float) -> PathOp:
    if op[0] == "C":
        return ("C", op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, op[5] + dx, op[6] + dy)
    if op[0] == "Z":
        return op
    if op[0] == "M":
        return ("M", op[1] + dx, op[2] + dy)
    return ("L", op[1] + dx, op[2] + dy)


def translate_group(group: Group, dx: float, dy: float) -> Group:
    return Group(
        group.ref,
        group.role,
        group.x + dx,
        group.y + dy,
        group.w,
        group.h,
        tuple(translate(p, dx, dy) for p in group.items),
        group.title,
        group.desc,
    )


def baseline_offset(size: float, leading: float) -> float:
    """Distance from the top of a line box to its baseline, centring capitals in the box."""
    metrics = face_metrics("regular")
    return size * leading / 2 + size * metrics.cap_height / 2


def text_runs(
    lines: tuple[str, ...] | list[str],
    x: float,
    top: float,
    size: float,
    face: FontFace,
    colour: str,
    leading: float,
    ref: str,
    role: str,
    anchor: Anchor = "start",
) -> list[TextRun]:
    """One TextRun per line, first line box starting at `top`, each with its measured width."""
    step = size * leading
    base = top + baseline_offset(size, leading)
    runs = []
    for index, line in enumerate(lines):
        if line:
            runs.append(
                TextRun(
                    x,
                    base + index * step,
                    line,
                    size,
                    face,
                    colour,
                    anchor,
                    text_width(line, face, size),
                    ref,
                    role,
                )
            )
    return runs


def block_height(lines: int, size: float, leading: float) -> float:
    return lines * size * leading


def format_number(value: float | None, unit: str = "") -> str:
    """A KPI value as people write it: no trailing .0, thin unit spacing."""
    if value is None:
        return "–"
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    unit = unit.strip()
    if not unit:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def scale_of(scale: EmotionScale) -> tuple[int, int]:
    return scale.min, scale.max
