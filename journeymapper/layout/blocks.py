"""What every measured item of a cell shares: the drawing context and text helpers.

A *block* is something stacked in a cell (a card, a stage-level pain, a KPI chip, an
opportunity, an action). Measuring it wraps its text once and fixes its height; the
engine caches the block by the content it was measured from, so moving a card or
re-laying out a row never re-wraps text. `place(x, y, w)` then emits the card's
groups in absolute poster coordinates (a card's primitives drawn when first read).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter

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

    __slots__ = ("height", "_drawn", "key", "measured_from")
    height: float
    key: tuple[str, str]  # (kind, id): the engine's key for the item, one tuple shared by its tables
    measured_from: tuple  # `content_key` of what it was measured from (the engine compares it)
    reads: tuple[str, ...] = ()
    _fields_of: Callable[[object], tuple]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.reads:  # one C call fetches every declared field
            getter = attrgetter(*cls.reads)
            cls._fields_of = getter if len(cls.reads) > 1 else lambda obj: (getter(obj),)  # type: ignore[assignment]

    @classmethod
    def content_key(cls, obj: object, *more: object) -> tuple:
        """What the block would be measured from: the declared fields' values, frozen, then `more`.

        Scalars (most fields) are taken as they are, without a call: this runs for every
        card when a map opens. One flat tuple, since the engine keeps one per item."""
        scalars = _SCALARS
        key = [v if type(v) in scalars else _frozen(v) for v in cls._fields_of(obj)]
        key.extend(more)
        return tuple(key)

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


_MODEL_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _frozen(value: object) -> object:
    """A comparable snapshot of a field value: lists as tuples, nested models as their fields."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return tuple([v if type(v) in _SCALARS else _frozen(v) for v in value])  # type: ignore[attr-defined]
    if isinstance(value, Enum):
        _SCALARS.add(kind)
        return value
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    fields = _MODEL_FIELDS.get(kind, ())
    if fields == ():
        found = getattr(kind, "model_fields", None)
        fields = _MODEL_FIELDS[kind] = tuple(found) if found is not None else None
    if fields is not None:
        return tuple([_frozen(getattr(value, name)) for name in fields])
    return value


_SHARED: dict[float, float] = {}


def shared(value: float) -> float:
    """One float object for each measured offset that recurs (a card's text tops, its height).

    Offsets come from a few line counts, so 50,000 cards hold a few hundred distinct values:
    sharing them saves a float object (24 bytes) per offset per card. Bounded, in case."""
    if not value or len(_SHARED) >= 100_000:
        return value  # (0.0 and -0.0 are equal keys: a zero keeps the sign it was measured with)
    return _SHARED.setdefault(value, value)


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
