"""The editor's plain arrows, drawn by one item per pair of rows that follows both rows.

An unrouted, unlabelled arrow (what the editor draws on maps with many connections) is
kept by the layout as an `ArrowSpan`: its two cards' boxes, each in its own row
(`layout/connections.py`). `ArrowBundles` gives each pair of rows one `ArrowBundle` item
that draws the spans between them from both rows' current tops; the scene hands spans to
it (`put`, `drop`) and tells it where the rows are after every edit (`follow_rows`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymapper.export.qt_painter import paint_group
from journeymapper.layout.connections import ArrowSpan
from journeymapper.layout.display import Group
from journeymapper.ui.canvas.items import Z_BY_ROLE, GroupKey

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class ArrowBundle(QGraphicsRectItem):
    """The plain arrows from one lane's row to another (or within one row), drawn from both rows' places.

    Why: an unrouted, unlabelled arrow's drawing depends on its rows only through the
    gap between them (`layout/connections.py` `ArrowSpan`). When a row grows, ~1,300
    arrows at 10,000 cards span its edge; as items they each needed a new group, their
    rectangles and a repaint. Gathered by pair of rows, a row that grows touches the
    bundles of the pairs it separates — as many as there are lanes, whatever the map's
    size — and each arrow is drawn, from its span at the current gap, only when painted.

    The bundle stays at the scene's origin and knows its two rows' tops (`place`): moving
    or resizing a Qt item repaints all of it, which for a bundle is most of the map.
    Instead its rectangle keeps room to grow (it spans what its arrows may reach,
    `ArrowSpan.reach`, and is enlarged with some slack only when they reach past it), and
    when rows move it asks Qt to repaint only what changed: around the ends in the rows
    that moved (a vertical arrow's other pixels stay, `ArrowSpan.straight`) and the whole
    of each curved arrow. Painting looks up the arrows in the exposed columns (buckets of
    `BUCKET` points) and draws those that may reach it with the Qt painter that draws every
    group, from the very group a poster draws.
    """

    BUCKET = 512.0

    def __init__(self, source_lane: str, target_lane: str) -> None:
        super().__init__()
        self.lanes = (source_lane, target_lane)
        self.tops = (0.0, 0.0)  # the source's and the target's row tops (scene coordinates)
        self.spans: dict[GroupKey, ArrowSpan] = {}
        self._reach: dict[GroupKey, tuple[float, float, float, float, float, float]] = {}
        self._curved: set[GroupKey] = set()  # not vertical lines: all of them changes when rows move
        self._order: dict[GroupKey, int] = {}  # the order they came in: the order they are painted
        self._count = 0
        self._buckets: dict[int, set[GroupKey]] = {}
        self._drawn: dict[GroupKey, tuple[float, Group]] = {}  # the group made at a gap, when painted
        inf = float("inf")
        self._extent = [inf, -inf, inf, -inf, inf, -inf]  # the union of the reaches (grown only)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(Z_BY_ROLE["connection"])
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # exposedRect

    @property
    def gap(self) -> float:
        return self.tops[1] - self.tops[0] if self.lanes[0] != self.lanes[1] else 0.0

    def place(self, source_top: float, target_top: float) -> bool:
        """Follow the rows to these tops; True if they moved (then Qt repaints what changed)."""
        before = self.tops
        if (source_top, target_top) == before:
            return False
        self.tops = (source_top, target_top)
        self._fit()
        x0, x1, s0, s1, t0, t1 = self._extent
        ends = ((before[0], source_top, s0, s1), (before[1], target_top, t0, t1))
        for old, new, low, high in ends:  # the ends in a row that moved, where they were and are
            if old != new and x0 < x1:
                self._repaint(QRectF(x0, low + min(old, new), x1 - x0, high - low + abs(new - old)))
        for key in self._curved:
            self._repaint(self._area(self._reach[key], before))
            self._repaint(self._area(self._reach[key], self.tops))
        return True

    def put(self, key: GroupKey, span: ArrowSpan) -> None:
        """Draw this arrow (new, or in place of its earlier span)."""
        if key in self.spans:
            self.remove(key)
        reach = span.reach()
        self.spans[key], self._reach[key] = span, reach
        if not span.straight():
            self._curved.add(key)
        self._order[key] = self._count
        self._count += 1
        for bucket in range(int(reach[0] // self.BUCKET), int(reach[1] // self.BUCKET) + 1):
            self._buckets.setdefault(bucket, set()).add(key)
        extent = self._extent
        for i, value in enumerate(reach):
            if (value < extent[i]) if i % 2 == 0 else (value > extent[i]):
                extent[i] = value
        self._fit()
        self._repaint(self._area(reach, self.tops))

    def remove(self, key: GroupKey) -> None:
        """Stop drawing this arrow."""
        if self.spans.pop(key, None) is None:
            return
        reach = self._reach.pop(key)
        del self._order[key]
        self._curved.discard(key)
        self._drawn.pop(key, None)
        for bucket in range(int(reach[0] // self.BUCKET), int(reach[1] // self.BUCKET) + 1):
            self._buckets[bucket].discard(key)
        self._repaint(self._area(reach, self.tops))

    def _repaint(self, rect: QRectF) -> None:
        """Have Qt repaint this part of the scene (the bundle sits at the origin).

        Not `update(rect)`: Qt keeps one dirty rectangle per item, the union of what it was
        asked to repaint, and a curved arrow's area united with the ends of straight ones far
        below would repaint the whole screen.
        """
        scene = self.scene()
        if scene is not None:
            scene.update(rect)

    def _area(self, reach: tuple[float, ...] | list[float], tops: tuple[float, float]) -> QRectF:
        """Where an arrow (or all of them, from `_extent`) may draw with the rows at `tops`."""
        x0, x1, s0, s1, t0, t1 = reach
        source, target = tops[0], tops[0] + (tops[1] - tops[0] if self.lanes[0] != self.lanes[1] else 0.0)
        top, bottom = min(s0 + source, t0 + target), max(s1 + source, t1 + target)
        return QRectF(x0, top, x1 - x0, bottom - top)

    def _fit(self) -> None:
        """Enlarge the rectangle when the arrows reach past it, with room to spare (see the class)."""
        if not self.spans:
            return
        needed = self._area(self._extent, self.tops)
        if not self.rect().contains(needed):
            slack = max(200.0, needed.height() / 4)
            self.setRect(needed.adjusted(0.0, -slack, 0.0, slack))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # A bundle spans most of the map, so Qt asks it to paint for almost every repaint:
        # find the arrows near the exposed area first, cheaply, and often stop there.
        area: QRectF = option.exposedRect  # type: ignore[attr-defined]
        source, gap = self.tops[0], self.gap
        left, right = area.left(), area.right()
        top, bottom = area.top() - source, area.bottom() - source  # relative to the source's row
        found: set[GroupKey] = set()
        for bucket in range(int(left // self.BUCKET), int(right // self.BUCKET) + 1):
            keys = self._buckets.get(bucket)
            if keys:
                found.update(keys)
        reaches, near = self._reach, []
        for key in found:
            x0, x1, s0, s1, t0, t1 = reaches[key]
            if x0 <= right and left <= x1 and min(s0, t0 + gap) <= bottom and top <= max(s1, t1 + gap):
                near.append(key)
        if not near:
            return
        strips = [(x0, y0 - source, x1, y1 - source) for x0, y0, x1, y1 in _exposed(painter, area)]
        painter.save()
        painter.translate(0.0, source)
        for key in sorted(near, key=self._order.__getitem__):
            g = self.drawn(key)  # its own box (a reach is a bound for any gap, and generous)
            x0, y0, x1, y1 = g.x - 2.0, g.y - 2.0, g.x + g.w + 2.0, g.y + g.h + 2.0
            if any(x0 <= bx and ax <= x1 and y0 <= by and ay <= y1 for ax, ay, bx, by in strips):
                paint_group(painter, g)
        painter.restore()

    def drawn(self, key: GroupKey) -> Group:
        """One arrow's group as painted now, relative to the source row (made once per gap)."""
        made = self._drawn.get(key)
        gap = self.gap
        if made is None or made[0] != gap:
            made = self._drawn[key] = (gap, self.spans[key].local(gap))
        return made[1]


def _exposed(painter: QPainter, area: QRectF) -> list[tuple[float, float, float, float]]:
    """The parts of the scene this paint is for, as (left, top, right, bottom) rectangles.

    Qt hands an item the bounding rectangle of what it repaints (`area`); a scroll
    step repaints a strip at the bottom and the stuck header strip at the top, and their
    bounding rectangle is the whole screen, where a bundle would draw every arrow in view
    to have most of them clipped away. The widget's paint region (the paint engine's system
    clip, in device pixels) tells the strips apart.
    """
    engine = painter.paintEngine()
    clip = engine.systemClip() if engine is not None else None
    inverse, invertible = painter.deviceTransform().inverted()
    if clip is None or clip.isEmpty() or not invertible or clip.rectCount() > 8:
        return [(area.left(), area.top(), area.right(), area.bottom())]
    found = []
    for rect in clip:  # type: ignore[attr-defined]  # QRegion iterates over its rectangles
        part = inverse.mapRect(QRectF(rect)).intersected(area)
        if not part.isEmpty():
            found.append((part.left(), part.top(), part.right(), part.bottom()))
    return found


class ArrowBundles:
    """The scene's bundles, by the pair of rows they join, and which bundle draws each arrow."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.bundles: dict[tuple[str, str], ArrowBundle] = {}
        self.bundle_of: dict[GroupKey, ArrowBundle] = {}
        self.hidden = False  # zoomed far out, the overview's tiles draw the arrows

    def __contains__(self, key: object) -> bool:
        return key in self.bundle_of

    def put(self, key: GroupKey, span: ArrowSpan, tops: dict[str, float]) -> None:
        """Draw this arrow in the bundle of its two rows (made on first use)."""
        lanes = (span.source_lane, span.target_lane)
        bundle = self.bundles.get(lanes)
        if bundle is None:
            bundle = self.bundles[lanes] = ArrowBundle(*lanes)
            bundle.place(tops.get(lanes[0], 0.0), tops.get(lanes[1], 0.0))
            bundle.setFlag(NO_CONTENTS, self.hidden)
            self.scene.addItem(bundle)
        bundle.put(key, span)
        self.bundle_of[key] = bundle

    def drop(self, key: GroupKey) -> None:
        """Stop drawing this arrow (if a bundle draws it); a bundle left empty goes."""
        bundle = self.bundle_of.pop(key, None)
        if bundle is None:
            return
        bundle.remove(key)
        if not bundle.spans:
            del self.bundles[bundle.lanes]
            self.scene.removeItem(bundle)

    def follow_rows(self, tops: dict[str, float]) -> tuple[int, list[ArrowBundle]]:
        """Tell every bundle where its rows are: how many had rows that moved, and those whose
        gap changed (their arrows' poster places changed: the overview's tiles redraw them)."""
        moved, regapped = 0, []
        for bundle in self.bundles.values():
            source, target = bundle.lanes
            if source not in tops or target not in tops:
                continue  # a lane that went: its arrows went with it
            gap = bundle.gap
            if bundle.place(tops[source], tops[target]):
                moved += 1
                if bundle.gap != gap:
                    regapped.append(bundle)
        return moved, regapped

    def set_hidden(self, hidden: bool) -> None:
        self.hidden = hidden
        for bundle in self.bundles.values():
            bundle.setFlag(NO_CONTENTS, hidden)
