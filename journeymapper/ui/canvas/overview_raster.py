"""The zoomed-out map as images: the overview tiles rendered once per zoom, then copied.

Replaying the tiles' recordings was most of an overview frame at 10,000 cards: a pan step
exposes a strip of the screen, yet every tile that strip (and the stuck header row
repainted over it) meets replays all of its boxes, and a zoom step replays every tile on
screen and lays out their titles again (~180 tiles, ~25 ms). Here the tiles are rendered
into square *chunks* of CHUNK device pixels, keyed by the view's scale, and a frame copies
chunks (pixel for pixel: the chunk grid is anchored at the poster's origin in device
pixels, and the view only ever scrolls by whole pixels). A chunk is rendered when a frame
first needs it; the chunks missing from a strip are rendered in one pass, so each tile is
replayed once for the strip, not once per chunk.

Zooming changes the scale, so no chunk fits the next frame. While the view zooms (a burst
of steps, see `MapView._zooming`) a frame shows the chunks of the last sharp scale,
scaled, over a *base*: the whole map rendered once at a small scale (at most BASE_PIXELS),
in the idle turns after the overview starts. Scaled chunks look slightly soft, as the
cards' scaled caches do in detail; when the zooming stops the view asks for the chunks
at the new scale, rendered in idle turns a band at a time. Where neither covers yet, the
frame renders the chunks at its own scale at once, as a pan frame does.

Edits invalidate the chunks over the tile squares they touched (at every scale; the
base's are rendered again in an idle turn) and repaint those squares, so an edit shows at
once. The scene's items stay for clicks, rubber bands and tooltips; they paint nothing.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Literal

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QRegion, QTransform

Mode = Literal["near", "far", "sketch"]  # what a tile's recording keeps (`overview._Batches`)
CHUNK = 256  # device pixels a side: 256 KB each
BASE_CHUNK = 128  # the base's: smaller pieces, so one idle turn renders one quickly
CACHE_BYTES = 64 * 1024 * 1024  # chunks kept at any scale (the base apart): ~4 screens of 1350 × 650
BASE_PIXELS = 4_000_000  # the base's size at most (16 MB): about a tenth of the poster's points
BASE_MAX_SCALE = 0.125
BASE_MODE: Mode = "sketch"  # boxes, lines and connections: quick to record for the whole map
IDLE_SLICE_MS = 8.0  # about this long per idle turn, so a key or a click is never kept waiting
CALM_MS = 60  # idle work starts only after this long without a frame: never within a pan or a zoom

Cell = tuple[int, int]
ChunkKey = tuple[float, int, int]  # scale, column, row


class OverviewRaster:
    """Chunks of the overview at the scales the view showed, and the whole map's small base.

    `render_area(painter, rect, lod, mode)` draws the tiles meeting `rect` (scene
    coordinates; `mode` None: as seen at `lod`), `prepare_area(rect, lod, mode)` records
    one of their drawings not recorded yet (the costly part, done in idle turns a tile at a
    time), `recorded(rect, lod)` whether none is missing for `lod`, `paper()` is the area to
    cover; they come from `overview.Overview`.
    """

    def __init__(
        self,
        render_area: Callable[[QPainter, QRectF, float, Mode | None], None],
        prepare_area: Callable[[QRectF, float, Mode | None], bool],
        recorded: Callable[[QRectF, float], bool],
        paper: Callable[[], QRectF],
        repaint: Callable[[QRectF], None],
        parent: object,
    ) -> None:
        self._render_area = render_area
        self._prepare_area = prepare_area
        self._recorded = recorded
        self._paper = paper
        self._repaint = repaint  # the views repaint a scene rectangle
        self._chunks: OrderedDict[ChunkKey, QImage] = OrderedDict()  # least recently used first
        self._base: dict[Cell, QImage] = {}
        self._base_scale = 0.0
        self._base_todo: list[Cell] = []
        self._base_count = 0  # cells in a whole base
        self._sharp_scale = 0.0  # the last scale shown sharp: what a zoom frame scales
        self._wanted: tuple[float, QRectF] | None = None  # the view's scale and area, to fill when calm
        self._moved = 0.0  # when the view last scrolled or zoomed (`time.perf_counter`)
        # Device pixels per logical pixel: chunks are rendered in device pixels, but what the
        # tiles leave out and how big they letter titles follow the zoom, as before the raster.
        self._ratio = 1.0
        self._idle = QTimer(parent)  # type: ignore[arg-type]
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_turn)

    # --- what the overview tells it -----------------------------------------------------------
    def start(self) -> None:
        """The overview is on: build the base in the idle turns (if it is not built)."""
        paper = self._paper()
        area = max(1.0, paper.width() * paper.height())
        scale = min(BASE_MAX_SCALE, math.sqrt(BASE_PIXELS / area))
        if abs(scale - self._base_scale) > 1e-9:
            self._base.clear()
            self._base_scale = scale
            self._base_todo = list(self._cells(scale, paper, BASE_CHUNK))
            self._base_count = len(self._base_todo)
        if self._base_todo:
            self._idle.start(CALM_MS)

    def stop(self) -> None:
        """The overview is off: the chunks at view scales go (the base is small and stays)."""
        self._chunks.clear()
        self._wanted = None
        self._sharp_scale = 0.0
        self._idle.stop()

    def invalidate(self, areas: Iterable[QRectF]) -> None:
        """These scene areas changed: drop their chunks, redo their base, repaint them."""
        scales = {key[0] for key in self._chunks}
        for area in areas:
            for scale in scales:
                for cell in self._cells(scale, area):
                    self._chunks.pop((scale, *cell), None)
            if self._base_scale:
                for cell in self._cells(self._base_scale, area, BASE_CHUNK):
                    if cell not in self._base_todo:
                        self._base_todo.append(cell)  # the stale one stays a fallback until redone
            self._repaint(area)
        if self._base_todo:
            self._idle.start(CALM_MS)

    def busy(self, scale: float, visible: QRectF) -> None:
        """The view scrolled or zoomed to show `visible` at `scale` (device pixels per point).

        Idle work waits until the view has been calm for CALM_MS, then renders what the
        view shows at this scale (after a zoom it showed scaled images), the base, then a
        ring of chunks around the view (the next pan steps).
        """
        self._wanted = (scale, QRectF(visible))
        self._moved = time.perf_counter()
        self._idle.start(CALM_MS)

    # --- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, exposed: QRectF, zooming: bool) -> None:
        """Draw the overview in `exposed` (scene coordinates) with the painter's scene transform."""
        world = painter.worldTransform()
        ratio = self._ratio = _device_ratio(painter)
        scale = world.m11() * ratio
        if scale <= 0:
            return
        area = exposed.intersected(self._paper())
        if area.isEmpty():
            return
        cells = list(self._cells(scale, area))
        missing = [cell for cell in cells if (scale, *cell) not in self._chunks]
        sketch: tuple[Cell, QImage] | None = None
        if missing and zooming:
            if self._base_count and len(self._base) >= self._base_count:
                self._paint_scaled(painter, scale, missing)
            else:  # no base yet: the boxes alone, quick to record; the detail comes when calm
                sketch = self._sketch(scale, missing)
            missing = []
        if missing and time.perf_counter() - self._moved < CALM_MS / 1000:
            # A pan step: cells whose tiles were never recorded are sketched (recording them
            # made a step into new ground 100-150 ms at 10,000 cards); the detail comes when calm.
            ready = [cell for cell in missing if self._recorded(_scene_rect(scale, cell), scale / ratio)]
            if len(ready) < len(missing):
                sketch = self._sketch(scale, [cell for cell in missing if cell not in ready])
            missing = ready
        if missing:
            self._render_cells(scale, missing)
            self._sharp_scale = scale
        painter.save()
        painter.setWorldTransform(QTransform())  # device pixels: chunks are copied, not scaled
        dx, dy = world.dx(), world.dy()

        def place(cell: Cell, image: QImage) -> None:
            size = CHUNK / ratio
            target = QRectF(
                cell[0] * size + dx, cell[1] * size + dy, image.width() / ratio, image.height() / ratio
            )
            painter.drawImage(target, image)

        if sketch is not None:
            place(*sketch)
        for cell in cells:
            image = self._chunks.get((scale, *cell))
            if image is not None:
                self._chunks.move_to_end((scale, *cell))
                place(cell, image)
        painter.restore()
        self._trim()

    def _paint_scaled(self, painter: QPainter, scale: float, missing: list[Cell]) -> None:
        """A zoom frame: the base and the last sharp chunks, scaled, over the `missing` cells."""
        holes = QRegion()
        for cell in missing:
            holes += _scene_rect(scale, cell).toAlignedRect()  # whole points: exact chunks go over it
        wanted = QRectF(holes.boundingRect())
        sharp = self._sharp_scale
        scaled: list[tuple[QRectF, QImage]] = []
        covered = QRegion()
        if sharp > 0:
            for cell in self._cells(sharp, wanted):
                image = self._chunks.get((sharp, *cell))
                if image is not None:
                    box = _scene_rect(sharp, cell)
                    scaled.append((box, image))
                    inner = QRect(
                        math.ceil(box.left()),
                        math.ceil(box.top()),
                        math.floor(box.right()) - math.ceil(box.left()),
                        math.floor(box.bottom()) - math.ceil(box.top()),
                    )
                    covered += inner
        painter.save()
        base_area = holes.subtracted(covered)  # the base only where no sharp chunk goes over it
        if not base_area.isEmpty():
            painter.setClipRegion(base_area, Qt.ClipOperation.IntersectClip)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # blurry anyway
            for cell in self._cells(self._base_scale, QRectF(base_area.boundingRect()), BASE_CHUNK):
                image = self._base.get(cell)
                if image is not None:
                    painter.drawImage(_scene_rect(self._base_scale, cell, BASE_CHUNK), image)
        painter.restore()
        painter.save()
        painter.setClipRegion(holes, Qt.ClipOperation.IntersectClip)
        for box, image in scaled:
            painter.drawImage(box, image)
        painter.restore()

    def _sketch(self, scale: float, cells: list[Cell]) -> tuple[Cell, QImage]:
        """The boxes of `cells` at `scale`, not kept: (the top left cell, an image of all)."""
        left, top = min(c[0] for c in cells), min(c[1] for c in cells)
        size = (max(c[0] for c in cells) + 1 - left, max(c[1] for c in cells) + 1 - top)
        return (left, top), self._render_box(scale, (left, top), size, CHUNK, BASE_MODE)

    # --- rendering ----------------------------------------------------------------------------
    def _render_cells(self, scale: float, cells: list[Cell]) -> None:
        """Render `cells` at `scale` in one pass over their bounding box, then cut it into chunks."""
        left = min(c[0] for c in cells)
        top = min(c[1] for c in cells)
        right = max(c[0] for c in cells) + 1
        bottom = max(c[1] for c in cells) + 1
        image = self._render_box(scale, (left, top), (right - left, bottom - top))
        for cell in cells:
            piece = image.copy(QRect((cell[0] - left) * CHUNK, (cell[1] - top) * CHUNK, CHUNK, CHUNK))
            self._chunks[(scale, *cell)] = piece

    def _render_box(
        self, scale: float, corner: Cell, cells: tuple[int, int], chunk: int = CHUNK, mode: Mode | None = None
    ) -> QImage:
        """An image of `cells` (columns, rows) of `chunk` pixels from the cell at `corner`."""
        image = QImage(cells[0] * chunk, cells[1] * chunk, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(-corner[0] * chunk, -corner[1] * chunk)
        painter.scale(scale, scale)
        size = chunk / scale
        box = QRectF(corner[0] * size, corner[1] * size, cells[0] * size, cells[1] * size)
        self._render_area(painter, box, scale / self._ratio, mode)
        painter.end()
        return image

    def _idle_turn(self) -> None:
        """One slice of background work: what the view shows, the base, the ring around the view.

        The base first: it is quick (boxes; ~0.6 s at 10,000 cards, once) and it is what keeps
        every zoom step cheap; the ring saves a pan step the recording of the tiles it meets.
        """
        budget = IDLE_SLICE_MS / 1000
        start = time.perf_counter()
        while time.perf_counter() - start < budget:
            if not self._next_run(ring=False) and not self._next_base() and not self._next_run(ring=True):
                self._trim()
                return
        self._trim()
        self._idle.start(0)

    def _next_run(self, ring: bool) -> bool:
        """Render the next run of chunks missing in a row of the view (or of the ring of one
        chunk around it); one tile's recording first if one is missing (the costly part)."""
        if self._wanted is None:
            return False
        scale, visible = self._wanted
        if ring:
            margin = CHUNK / scale
            visible = visible.adjusted(-margin, -margin, margin, margin)
        missing = [
            cell
            for cell in self._cells(scale, visible.intersected(self._paper()))
            if (scale, *cell) not in self._chunks
        ]
        if not missing:
            if ring:
                self._wanted = None
            else:
                self._sharp_scale = scale
            return False
        run = [missing[0]]
        for cell in missing[1:]:
            if cell != (run[-1][0] + 1, run[-1][1]):
                break
            run.append(cell)
        size = CHUNK / scale
        area = QRectF(run[0][0] * size, run[0][1] * size, len(run) * size, size)
        if self._prepare_area(area, scale / self._ratio, None):
            return True
        self._render_cells(scale, run)
        if not ring:
            self._repaint(area)  # it was drawn scaled, or not at all
        return True

    def _next_base(self) -> bool:
        if not self._base_todo:
            return False
        cell = self._base_todo[0]
        if self._prepare_area(_scene_rect(self._base_scale, cell, BASE_CHUNK), self._base_scale, BASE_MODE):
            return True  # one tile recorded: the unit of idle work
        self._base[cell] = self._render_box(self._base_scale, cell, (1, 1), BASE_CHUNK, BASE_MODE)
        self._base_todo.pop(0)
        return True

    def _trim(self) -> None:
        limit = CACHE_BYTES // (CHUNK * CHUNK * 4)
        while len(self._chunks) > limit:
            self._chunks.popitem(last=False)

    @staticmethod
    def _cells(scale: float, area: QRectF, chunk: int = CHUNK) -> Iterable[Cell]:
        """The cells of `chunk` pixels at `scale` that meet `area` (scene coordinates)."""
        if area.isEmpty():
            return
        first_x = math.floor(area.left() * scale / chunk)
        last_x = math.ceil(area.right() * scale / chunk)
        first_y = math.floor(area.top() * scale / chunk)
        last_y = math.ceil(area.bottom() * scale / chunk)
        for y in range(first_y, last_y):
            for x in range(first_x, last_x):
                yield x, y


def _scene_rect(scale: float, cell: Cell, chunk: int = CHUNK) -> QRectF:
    size = chunk / scale
    return QRectF(cell[0] * size, cell[1] * size, size, size)


def _device_ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0
