"""What every measured item of a cell shares: the drawing context and text helpers.

A *block* is something stacked in a cell (a card, a stage-level pain, a KPI chip, an
opportunity, an action). Measuring it wraps its text once and fixes its height; the
engine caches the block by the content it was measured from, so moving a card or
re-laying out a row never re-wraps text. `place(x, y, w)` then emits the card's
groups in absolute poster coordinates (a card's primitives drawn when first read).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import repeat

from journeymapper.layout.display import Anchor, FontFace, Group, Primitive, TextRun
from journeymapper.layout.fonts import face_metrics, text_width
from journeymapper.layout.shift import translate_group
from journeymapper.layout.style import Sizes
from journeymapper.layout.theme import Theme
from journeymapper.typesetting import locale_formats


@dataclass(frozen=True)
class Context:
    """Everything a block needs besides its own data: theme, sizes, language, scale."""

    theme: Theme
    sizes: Sizes
    language: str
    scale_min: int
    scale_max: int
    density: str = "full"  # LayoutOptions.density: "full" | "compact" | "dots"
    route: bool = True  # LayoutOptions.route_connections


class Block:
    """A measured cell item; subclasses fill `height` and implement `draw`.

    `draw` runs at the origin; `place` translates that drawing. The drawing at the
    origin is kept only from a block's second placement on: opening a map places
    every block once, and keeping each card both at the origin and at its place
    doubled the layout's memory (a fifth of it at 50,000 cards). A block placed again
    (a card that moved) is drawn once more and then keeps its origin drawing, since
    translating it is several times cheaper than drawing again. Either way the placed
    groups are `translate_group(draw(0, 0, w), x, y)`, value for value.

    `reads` declares the model fields the block is measured and drawn from: the engine's
    cache key for a block is derived from it (`content_key`), so there is no key function
    to keep in step with the drawer by hand — a drawer that starts reading a field adds it
    here, next to the code that reads it.
    """

    __slots__ = ("height", "_drawn")
    height: float
    reads: tuple[str, ...] = ()

    @classmethod
    def content_key(cls, obj: object) -> tuple:
        """What the block would be measured from: the declared fields' values, frozen.

        Scalars (most fields) are taken as they are, without a call: this runs for every
        card when a map opens (half the time of the generator it replaces)."""
        scalars = _SCALARS
        return tuple([v if type(v) in scalars else _frozen(v) for v in map(getattr, repeat(obj), cls.reads)])

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        raise NotImplementedError

    def draw_part(self, part: int, w: float) -> list[Primitive]:
        """The primitives of group number `part` of the drawing at the origin (`DeferredItems`)."""
        return list(self.draw(0.0, 0.0, w)[part].items)

    def first_primitive(self, part: int, w: float) -> Primitive:
        """The first of `draw_part(part, w)` (a group's box); blocks may make it alone."""
        return self.draw_part(part, w)[0]

    def place(self, x: float, y: float, w: float) -> list[Group]:
        drawn: tuple[float, list[Group] | None] | None = getattr(self, "_drawn", None)
        if drawn is not None and drawn[0] == w and drawn[1] is not None:
            origin = drawn[1]
        else:
            origin = self.draw(0.0, 0.0, w)
            # (w, None): placed once at this width, drawing not kept; placed again: kept.
            self._drawn = (w, None if drawn is None or drawn[0] != w else origin)
        return [translate_group(group, x, y) for group in origin]


# Types whose values are immutable and comparable as they are; the vocabulary's enums join
# on first sight (so `content_key` takes them without a call, as it does strings).
_SCALARS: set[type] = {str, int, float, bool, type(None)}


def _frozen(value: object) -> object:
    """A comparable snapshot of a field value: lists as tuples, nested models as their fields."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Enum):
        _SCALARS.add(type(value))
        return value
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        return tuple(_frozen(getattr(value, name)) for name in fields)
    return value


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


def format_number(value: float | None, unit: str = "", language: str = "en") -> str:
    """A KPI value as the map's language writes it ('5,5 %' in Spanish): typesetting/locale_formats."""
    return locale_formats.quantity(value, unit, language)
