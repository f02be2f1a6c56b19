"""One walker over the display list, and the small protocol every backend implements.

Why: the PDF, SVG, Qt and zoomed-out overview backends used to carry four copies of
the same type switch over the display list, and a new primitive (or a fix such as
skipping empty text) had to be made in each. Now `paint_items` is the only code that
walks groups and primitives and decides what to hand a backend; a backend implements
just the primitive calls of `Painter`:

    class MyPainter:                      # no base class needed: it is a Protocol
        def begin_group(self, group): return True   # False skips the group (clipping)
        def end_group(self, group): ...
        def rect(self, p): ...
        def texts(self, runs): ...        # consecutive non-empty TextRuns, one batch
        def line(self, p): ...
        def circle(self, p): ...
        def path(self, p): ...
        def image(self, p): ...

    paint_items(display.items, MyPainter())

Consecutive text runs reach `texts` as one batch so a backend that can set several
lines in one go (PDF's text object) does so without buffering state of its own; runs
with no text never reach a backend. Groups are announced with `begin_group` /
`end_group` so SVG can write a described `<g>`, PDF can skip groups outside a tile and
the overview can rank a group's first primitive (its box) below the rest.

This module is pure (no Qt, no files): it lives beside the display list it walks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from journeymapper.layout.display import Circle, Drawable, Group, Image, Line, Path, Primitive, Rect, TextRun


class Painter(Protocol):
    """What a backend implements: the primitive calls, and the bracket around each group."""

    def begin_group(self, group: Group) -> bool:
        """A group starts; return False to skip it (e.g. outside the page being painted)."""
        ...

    def end_group(self, group: Group) -> None: ...

    def rect(self, p: Rect) -> None: ...

    def texts(self, runs: Sequence[TextRun]) -> None:
        """One or more consecutive text runs, none of them empty, in painting order."""
        ...

    def line(self, p: Line) -> None: ...

    def circle(self, p: Circle) -> None: ...

    def path(self, p: Path) -> None: ...

    def image(self, p: Image) -> None: ...


def _dispatch(painter: Painter) -> dict[type, Callable]:
    return {
        Rect: painter.rect,
        Line: painter.line,
        Circle: painter.circle,
        Path: painter.path,
        Image: painter.image,
    }


def paint_primitives(primitives: Iterable[Primitive], painter: Painter) -> None:
    """Hand `primitives` to `painter` in order, consecutive text runs as one batch."""
    _paint(primitives, painter, _dispatch(painter))


def _paint(primitives: Iterable[Primitive], painter: Painter, calls: dict[type, Callable]) -> None:
    batch: list[TextRun] = []
    for p in primitives:
        if type(p) is TextRun:
            if p.text:
                batch.append(p)
            continue
        if batch:
            painter.texts(batch)
            batch = []
        calls[type(p)](p)
    if batch:
        painter.texts(batch)


def paint_items(items: Iterable[Drawable], painter: Painter) -> None:
    """Walk groups and loose primitives in painting order (later items paint on top)."""
    calls = _dispatch(painter)
    loose: list[Primitive] = []
    for item in items:
        if type(item) is Group:
            if loose:
                _paint(loose, painter, calls)
                loose = []
            if painter.begin_group(item):
                _paint(item.items, painter, calls)
                painter.end_group(item)
        else:
            loose.append(item)  # type: ignore[arg-type]
    if loose:
        _paint(loose, painter, calls)


def paint_group(group: Group, painter: Painter) -> None:
    """One group, bracketed like `paint_items` would (the editor paints item by item)."""
    if painter.begin_group(group):
        paint_primitives(group.items, painter)
        painter.end_group(group)
