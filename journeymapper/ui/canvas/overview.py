"""Zoomed-out drawing: the map as coloured blocks, recorded per tile, so zooming out stays fluid.

Below half a device pixel per point the map's text cannot be read (a card's 8.5 pt body
text is under 4.3 pixels high), yet painting every card's glyphs, icons and rounded corners
made one zoom step on a 5,000-card map take most of a second. In *overview* mode the scene's items
stop painting (`ItemHasNoContents`: they still take clicks, rubber bands and tooltips) and
tiles paint a simplified map instead: boxes in their fill colours, text as faint bars,
lines, connections and the emotion curve as hairlines. A tile records its drawing once as a
QPicture (vector, so valid at every zoom) and records again only after an edit changed one
of its groups. Selected and highlighted objects keep painting in full over their tile.

Tiles are keyed by stacking level and by a square of the poster, so a pain on a card and a
connection under it keep the order they have at full detail. While the map is shown in
detail, edits only note which groups changed; the tiles catch up when overview mode starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPicture, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymapper.layout.display import Circle, Group, Image, Line, Path, Primitive, Rect, TextRun
from journeymapper.layout.painter import paint_group
from journeymapper.layout.shift import DeferredItems
from journeymapper.ui.canvas.items import Z_BY_ROLE, GroupItem, GroupKey
from journeymapper.ui.canvas.overview_raster import Mode, OverviewRaster

OVERVIEW_BELOW = 0.5  # device pixels per point: below this the map is drawn simplified
FAR_BELOW = 0.15  # and below this, text bars and badges (under a pixel) are left out too
TILE_SIZE = 1024.0  # points; about 200 tiles per stacking level on a 5,000-card map
SMALL_PATH = 12.0  # icons and arrow heads smaller than this (points) are left out
TEXT_ALPHA = 110
# Card titles and stage names stay words, not bars, while there is room: drawn at least
# LABEL_PX device pixels high (enlarged up to the box they belong to), down to LABEL_BELOW.
LABEL_ROLES = frozenset({"card-title", "stage-name"})
LABEL_PX = 9.0
LABEL_BELOW = 0.12
SKETCH_LEFT_OUT = frozenset({"connection"})  # not in a sketch (see `_Batches`)
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents

TileKey = tuple[float, int, int]  # stacking level, column, row
Style = tuple[str | None, str | None]  # fill, stroke


class _Batches:
    """A tile's simplified primitives, batched by paint order and style into few draw calls.

    It implements `layout.painter.Painter`, so the one display-list walker feeds it.

    Rank 0 is each group's first primitive (its box), rank 1 the other shapes, rank 2 text
    and lines, so a card's badges and text never vanish under another card's box. Seen
    from `far`, only boxes, lines and connections are kept; as a `sketch` (the raster's
    base and first frames, shown only while zooming), a card's or a pain's box alone and no
    connections: their drawing is made when read (`layout.shift.DeferredItems`, the arrows'
    paths moved into their rows), and reading only a card's box makes only the box
    (recording every tile far took 1.6 s at 10,000 cards, the cards' boxes 0.08 s).
    """

    def __init__(self, mode: Mode) -> None:
        self.far = mode != "near"
        self.sketch = mode == "sketch"
        self.rects: dict[tuple[int, Style], list[QRectF]] = {}
        self.lines: dict[str, list[QLineF]] = {}
        self.polylines: dict[str, list[QPolygonF]] = {}
        self.polygons: dict[tuple[str, float], list[QPolygonF]] = {}
        self.labels: list[tuple[QRectF, str, str, float]] = []  # box, text, colour, point size
        self._first = True
        self._group: Group | None = None

    def rect_box(self, rank: int, fill: str | None, stroke: str | None, box: QRectF) -> None:
        if (fill is None and stroke is None) or (rank and self.far):
            return
        self.rects.setdefault((rank, (fill, stroke)), []).append(box)

    def add(self, group: Group) -> None:
        if self.sketch:
            if group.role in SKETCH_LEFT_OUT:
                return  # the arrows' paths are made when read: most of a sketch's cost
            if isinstance(group.items, DeferredItems):
                self._first = True
                self.rect_first(group.items[0])
                return
        paint_group(group, self)

    def rect_first(self, p: Primitive) -> None:
        if isinstance(p, Rect):
            self.rect(p)
        elif isinstance(p, Circle):
            self.circle(p)

    # The `Painter` protocol: the one display-list walker hands primitives here.
    def begin_group(self, group: Group) -> bool:
        self._first = True
        self._group = group
        return True

    def end_group(self, group: Group) -> None:
        pass

    def _rank(self) -> int:
        """0 for a group's first primitive (its box), 1 for later shapes."""
        rank = 0 if self._first else 1
        self._first = False
        return rank

    def rect(self, p: Rect) -> None:
        stroke = p.stroke if p.stroke_width > 0 else None
        self.rect_box(self._rank(), p.fill, stroke, QRectF(p.x, p.y, p.w, p.h))

    def texts(self, runs: Sequence[TextRun]) -> None:
        self._first = False
        group = self._group
        titles = [p for p in runs if p.role in LABEL_ROLES and p.text.strip()]
        if titles and group is not None:
            text = " ".join(p.text.strip() for p in titles)
            box = QRectF(group.x, group.y, group.w, group.h)
            self.labels.append((box, text, titles[0].colour, titles[0].size))
        for p in runs:
            if p.text.strip() and p.role not in LABEL_ROLES:  # titles are painted as words
                shift = p.width / 2 if p.anchor == "middle" else p.width if p.anchor == "end" else 0.0
                box = QRectF(p.x - shift, p.y - 0.55 * p.size, p.width, 0.45 * p.size)
                self.rect_box(2, "text:" + p.colour, None, box)

    def circle(self, p: Circle) -> None:
        stroke = p.stroke if p.stroke_width > 0 else None
        self.rect_box(self._rank(), p.fill, stroke, QRectF(p.cx - p.r, p.cy - p.r, 2 * p.r, 2 * p.r))

    def line(self, p: Line) -> None:
        self._first = False
        if p.stroke is not None:
            self.lines.setdefault(p.stroke, []).append(QLineF(p.x1, p.y1, p.x2, p.y2))

    def image(self, p: Image) -> None:
        self.rect_box(self._rank(), "#CBD2D9", None, QRectF(p.x, p.y, p.w, p.h))

    def path(self, p: Path) -> None:
        self._first = False
        points = [QPointF(op[-2], op[-1]) for op in p.ops if op[0] != "Z"]  # type: ignore[misc]
        if len(points) < 2:
            return
        polygon = QPolygonF(points)
        box = polygon.boundingRect()
        if max(box.width(), box.height()) < SMALL_PATH:
            return
        if p.fill is not None:
            # An area under a curve is translucent in detail: a solid fill here made a dark block.
            self.polygons.setdefault((p.fill, p.opacity), []).append(polygon)
        if p.stroke is not None:
            self.polylines.setdefault(p.stroke, []).append(polygon)

    def paint(self, painter: QPainter, colour: Callable[[str], QColor]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for (rank, (fill, stroke)), boxes in sorted(self.rects.items(), key=lambda kv: kv[0][0]):
            if rank == 2:
                break  # text bars go over the lines, below
            painter.setPen(QPen(colour(stroke), 0) if stroke else Qt.PenStyle.NoPen)
            painter.setBrush(colour(fill) if fill else Qt.BrushStyle.NoBrush)
            painter.drawRects(boxes)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for (fill, opacity), polygons in self.polygons.items():
            painter.setPen(Qt.PenStyle.NoPen)
            brush = QColor(colour(fill))
            brush.setAlphaF(brush.alphaF() * opacity)
            painter.setBrush(brush)
            for polygon in polygons:
                painter.drawPolygon(polygon)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke, lines in self.lines.items():
            painter.setPen(QPen(colour(stroke), 0))  # width 0: one device pixel at any zoom
            painter.drawLines(lines)
        for stroke, polylines in self.polylines.items():
            painter.setPen(QPen(colour(stroke), 0))
            for polyline in polylines:
                painter.drawPolyline(polyline)
        painter.setPen(Qt.PenStyle.NoPen)
        for (rank, (fill, _)), boxes in self.rects.items():
            if rank == 2 and fill is not None:
                painter.setBrush(colour(fill))
                painter.drawRects(boxes)


_colours: dict[str, QColor] = {}


def _colour(name: str) -> QColor:
    """A QColor for '#RRGGBB', or the faint text colour for 'text:#RRGGBB'."""
    found = _colours.get(name)
    if found is None:
        text = name.startswith("text:")
        found = QColor(name[5:] if text else name)
        if not found.isValid():
            found = QColor("#9AA5B1")
        if text:
            found.setAlpha(TEXT_ALPHA)
        _colours[name] = found
    return found


class OverviewTile(QGraphicsRectItem):
    """The simplified drawing of the groups of one stacking level in one square of the poster.

    A rect item (no pen, no brush) only so that its bounds live in C++: every repaint looks
    at every tile's bounds, a thousand Python calls per frame on a 10,000-card map.
    """

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # exposedRect
        self.groups: dict[GroupKey, Group] = {}
        self._pictures: dict[Mode, QPicture] = {}  # near, far and sketch recordings
        self._labels: list[tuple[QRectF, str, str, float]] | None = None

    def refresh(self) -> bool:
        """Its groups changed: new bounds now, a new recording at the next paint. True if it moved."""
        groups = self.groups.values()
        if groups:
            left = min(g.x for g in groups) - 2
            top = min(g.y for g in groups) - 2
            right = max(g.x + g.w for g in groups) + 2
            bottom = max(g.y + g.h for g in groups) + 2
            bounds = QRectF(left, top, right - left, bottom - top)
        else:
            bounds = QRectF()
        moved = bounds != self.rect()
        if moved:
            self.setRect(bounds)
        self._pictures.clear()
        self._labels = None
        self.update()
        return moved

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        self.render(painter, lod, option.exposedRect)  # type: ignore[attr-defined]

    def recorded(self, mode: Mode) -> bool:
        return mode in self._pictures

    def prepare(self, mode: Mode) -> bool:
        """Record the tile's drawing in `mode` (see `_Batches`); False if it was recorded already."""
        if mode in self._pictures:
            return False
        batches = _Batches(mode)
        for group in self.groups.values():
            batches.add(group)
        picture = self._pictures[mode] = QPicture()
        recorder = QPainter(picture)
        batches.paint(recorder, _colour)
        recorder.end()
        if mode == "near":
            self._labels = batches.labels
        return True

    def render(self, painter: QPainter, lod: float, exposed: QRectF, mode: Mode | None = None) -> None:
        """Draw the tile as seen at `lod` device pixels per point, its titles only within `exposed`.

        `mode` chooses the recording (by default: near or far, as `lod` asks).
        """
        if mode is None:
            mode = "far" if lod < FAR_BELOW else "near"
        self.prepare(mode)
        picture = self._pictures[mode]
        titled = lod >= LABEL_BELOW and mode != "sketch"  # a sketch has boxes only
        if self._labels is None and titled:
            batches = _Batches("near")
            for group in self.groups.values():
                batches.add(group)
            self._labels = batches.labels
        painter.save()
        # drawPicture scales a recording made at the picture's dpi to the device's; the
        # recording is in poster points already, so undo that scaling.
        device = painter.device()
        device_dpi = device.logicalDpiX() if device is not None else 0
        ratio = picture.logicalDpiX() / device_dpi if device_dpi else 1.0
        if ratio != 1.0:
            painter.scale(ratio, ratio)
        painter.drawPicture(0, 0, picture)
        painter.restore()
        if titled and self._labels:
            # only the titles in the exposed area: a pan step exposes a strip of the tile, and
            # laying out every title of the tile again was a third of an overview pan step
            paint_labels(painter, [label for label in self._labels if label[0].intersects(exposed)], lod)


def paint_labels(painter: QPainter, labels: list[tuple[QRectF, str, str, float]], lod: float) -> None:
    """Titles as words over their boxes: at least LABEL_PX on the device, at most the box allows."""
    font = QFont("Noto Sans")
    font.setBold(True)
    for box, text, colour, size in labels:
        wanted = max(size, LABEL_PX / lod)
        pixel = min(wanted, box.height() * 0.34, size * 4.0)
        if pixel * lod < LABEL_PX * 0.75:
            continue  # no room to make it legible: the bar the picture drew stays
        font.setPixelSize(max(1, round(pixel)))
        painter.setFont(font)
        painter.setPen(QColor(colour))
        area = box.adjusted(pixel * 0.3, pixel * 0.2, -pixel * 0.3, -pixel * 0.2)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        lines = max(1, int(area.height() // (pixel * 1.25)))
        metrics = painter.fontMetrics()
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, round(area.width() * min(lines, 2)))
        painter.drawText(area, int(flags), elided)


def _squares(group: Group) -> Iterable[tuple[int, int]]:
    """The tile squares a group's box meets (its drawing stays within, titles and bars too)."""
    return _squares_of(QRectF(group.x - 2, group.y - 2, group.w + 4, group.h + 4))


def _squares_of(box: QRectF) -> Iterable[tuple[int, int]]:
    """The tile squares (TILE_SIZE points a side) that `box` meets."""
    if box.isEmpty():
        return
    size = TILE_SIZE
    for y in range(int(box.top() // size), int(box.bottom() // size) + 1):
        for x in range(int(box.left() // size), int(box.right() // size) + 1):
            yield x, y


class Overview:
    """The scene's overview tiles and the switch between detailed and overview drawing."""

    def __init__(self, scene: QGraphicsScene, live_roles: frozenset[str]) -> None:
        self.scene = scene
        self.live_roles = live_roles  # drawn in detail at every zoom (sticky headers)
        self.active = False
        self._tiles: dict[TileKey, OverviewTile] = {}
        self._tile_of: dict[GroupKey, TileKey] = {}
        self._pending: set[GroupKey] = set()  # changed while the map was shown in detail
        self._pending_rows: set[str] = set()  # rows that moved meanwhile
        self._live: set[GroupItem] = set()  # selected or highlighted: drawn in detail
        # The tiles by the squares their bounds meet, each list in stacking order (None: to make).
        self._index: dict[tuple[int, int], list[OverviewTile]] | None = None
        self._rank: dict[OverviewTile, int] = {}
        # The tiles are drawn through the raster (copied images), never as scene items.
        self.raster = OverviewRaster(
            self._render_area, self._prepare_area, self._recorded, scene.sceneRect, scene.update, scene
        )

    def note(self, keys: Iterable[GroupKey]) -> None:
        """These groups were added, changed or removed; `apply` them now if overview is on."""
        self._pending.update(keys)

    def note_rows(self, lanes: Iterable[str]) -> None:
        """These rows moved: their groups are somewhere else on the poster (tiles are absolute)."""
        self._pending_rows.update(lanes)

    def apply(
        self,
        groups: Mapping[GroupKey, Group],
        row_of: Mapping[GroupKey, str] | None = None,
        starting: bool = False,
    ) -> None:
        """Bring the tiles up to date with the layout's groups (poster coordinates) for the noted keys.

        While the overview is shown, the raster's images of the changed squares go too (and
        are repainted); when it is `starting`, none was drawn since the raster stopped.
        """
        if self._pending_rows and row_of is not None:
            lanes = self._pending_rows
            self._pending.update(key for key, lane in row_of.items() if lane in lanes)
        self._pending_rows = set()
        if not self._pending:
            return
        dirty: set[OverviewTile] = set()
        squares: set[tuple[int, int]] = set()  # where the drawing changed, in tile squares
        for key in self._pending:
            if key[0] in self.live_roles:
                continue
            old = self._tile_of.pop(key, None)
            if old is not None:
                left = self._tiles[old]
                gone = left.groups.pop(key)
                if not starting:
                    squares.update(_squares(gone))
                dirty.add(left)
            group = groups.get(key)
            if group is None:
                continue
            if not starting:
                squares.update(_squares(group))
            where = (
                Z_BY_ROLE.get(group.role, 5),
                int((group.x + group.w / 2) // TILE_SIZE),
                int((group.y + group.h / 2) // TILE_SIZE),
            )
            tile = self._tiles.get(where)
            if tile is None:
                tile = self._tiles[where] = OverviewTile(where[0])
                tile.setVisible(False)  # painted by the raster
                self.scene.addItem(tile)
                self._index = None
            tile.groups[key] = group
            self._tile_of[key] = where
            dirty.add(tile)
        self._pending.clear()
        for tile in dirty:
            if tile.refresh():
                self._index = None
        if self.active and not starting:
            size = TILE_SIZE
            self.raster.invalidate(QRectF(x * size, y * size, size, size) for x, y in squares)

    def set_active(
        self,
        active: bool,
        items: Iterable[GroupItem],
        groups: Mapping[GroupKey, Group],
        row_of: Mapping[GroupKey, str] | None = None,
    ) -> None:
        """Switch between overview (tiles; items stop painting) and detailed drawing."""
        if active == self.active:
            return
        self.active = active
        if active:
            self.apply(groups, row_of, starting=True)
            self.raster.start()
        else:
            self.raster.stop()
        for item in items:
            if item.key[0] not in self.live_roles:
                item.setFlag(NO_CONTENTS, active)
        self._live.clear()

    def keep_live(self, items: Iterable[GroupItem]) -> None:
        """Draw these (the selection, the highlighted pains) in detail over the overview."""
        wanted = set(items)
        if self.active:
            for item in self._live - wanted:
                item.setFlag(NO_CONTENTS, True)
            for item in wanted - self._live:
                item.setFlag(NO_CONTENTS, False)
        self._live = wanted if self.active else set()

    def hide_contents(self, item: GroupItem) -> None:
        """A new item while overview is on: the tiles draw it."""
        if self.active and item.key[0] not in self.live_roles:
            item.setFlag(NO_CONTENTS, True)

    def _in_order(self, area: QRectF) -> list[OverviewTile]:
        """The tiles that meet `area`, in stacking order (through the index: a scan of all
        1,200 tiles for each piece of the raster's base took two seconds at 10,000 cards)."""
        if self._index is None:
            self._index = {}
            ordered = sorted(self._tiles.values(), key=lambda tile: tile.zValue())  # stable: as added
            self._rank = {tile: i for i, tile in enumerate(ordered)}
            for tile in ordered:
                for square in _squares_of(tile.rect()):
                    self._index.setdefault(square, []).append(tile)
        found = {tile for square in _squares_of(area) for tile in self._index.get(square, ())}
        return sorted((tile for tile in found if tile.rect().intersects(area)), key=self._rank.__getitem__)

    def _render_area(self, painter: QPainter, area: QRectF, lod: float, mode: Mode | None) -> None:
        """Draw the tiles that meet `area` (the raster's source); `mode` as in `OverviewTile.render`."""
        for tile in self._in_order(area):
            tile.render(painter, lod, area, mode)

    def _recorded(self, area: QRectF, lod: float) -> bool:
        """Whether every tile meeting `area` has its drawing for `lod` recorded (a quick render)."""
        mode: Mode = "far" if lod < FAR_BELOW else "near"
        return all(tile.recorded(mode) for tile in self._in_order(area))

    def _prepare_area(self, area: QRectF, lod: float, mode: Mode | None) -> bool:
        """Record one drawing missing among the tiles meeting `area` (`mode` as in `render`);
        False if none is missing."""
        if mode is None:
            mode = "far" if lod < FAR_BELOW else "near"
        return any(tile.prepare(mode) for tile in self._in_order(area))

    def tile_count(self) -> int:
        return len(self._tiles)
