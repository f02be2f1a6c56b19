"""The display list: the few drawing primitives every backend knows how to paint.

The layout engine decides every position and every line break and emits these; the
Qt canvas, SVG and PDF backends only paint them, so the screen and the poster cannot
disagree. Units are points (1/72 inch), origin top-left, y grows downwards.

Primitives are tagged with `ref`, the id of the model object they draw (or '' for
decoration), and `role`, a short name of what they are ("card", "card-title",
"stage-header", "emotion-curve", ...), so that a backend can group, hit-test or
describe them without knowing the layout rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

FontFace = Literal["regular", "bold", "italic"]
Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None  # "#RRGGBB" or None for no fill
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0
    opacity: float = 1.0
    dash: tuple[float, ...] = ()
    ref: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text, already wrapped and measured by the layout; `y` is the baseline."""

    x: float
    y: float
    text: str
    size: float
    face: FontFace = "regular"
    colour: str = "#1F2933"
    anchor: Anchor = "start"
    width: float = 0.0  # measured advance width with the bundled font
    ref: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = "#1F2933"
    stroke_width: float = 1.0
    dash: tuple[float, ...] = ()
    opacity: float = 1.0
    ref: str = ""
    role: str = ""


# Path operations are plain tuples, like SVG path commands: cheap to build by the
# thousand and to shift. Test `op[0]` directly (not a copy of it) and mypy narrows `op`
# to its variant, so each op's coordinates are typed.
MoveTo = tuple[Literal["M"], float, float]
LineTo = tuple[Literal["L"], float, float]
CurveTo = tuple[Literal["C"], float, float, float, float, float, float]  # two control points, end
ClosePath = tuple[Literal["Z"]]
PathOp = MoveTo | LineTo | CurveTo | ClosePath


@dataclass(frozen=True, slots=True)
class Path:
    ops: tuple[PathOp, ...]
    stroke: str | None = "#1F2933"
    stroke_width: float = 1.0
    fill: str | None = None
    dash: tuple[float, ...] = ()
    opacity: float = 1.0
    ref: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    ref: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Image:
    x: float
    y: float
    w: float
    h: float
    data: bytes
    media_type: Literal["image/png", "image/jpeg"]
    ref: str = ""
    role: str = ""


Primitive = Rect | TextRun | Line | Path | Circle | Image


@dataclass(frozen=True, slots=True)
class Group:
    """Primitives that draw one model object (a card, a stage header, a pain marker).

    `title` and `desc` carry the object's full, unclamped text: SVG writes them as
    <title>/<desc>, the canvas uses them as tooltips.

    `items` is a tuple, or for a card a `layout.shift.DeferredItems`: the same primitives,
    drawn from the measured card when first read (most cards of a large map never are).
    """

    ref: str
    role: str
    x: float
    y: float
    w: float
    h: float
    items: Sequence[Primitive]
    title: str = ""
    desc: str = ""


Drawable = Primitive | Group


@dataclass
class DisplayList:
    """Everything on one poster, in painting order (later items paint on top)."""

    width: float
    height: float
    items: list[Drawable] = field(default_factory=list)
    background: str = "#FFFFFF"

    def add(self, item: Drawable) -> None:
        self.items.append(item)

    def groups(self, role: str | None = None) -> list[Group]:
        return [i for i in self.items if isinstance(i, Group) and (role is None or i.role == role)]

    def primitives(self) -> list[Primitive]:
        """All primitives, with groups flattened, in painting order."""
        out: list[Primitive] = []
        for item in self.items:
            if isinstance(item, Group):
                out.extend(item.items)
            else:
                out.append(item)
        return out
