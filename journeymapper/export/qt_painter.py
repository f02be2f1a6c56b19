"""The Qt backend: paints display-list primitives with QPainter, and renders PNG posters.

The editor's canvas calls `paint_group` for each scene item, and PNG export paints
the whole poster into a QImage, so what people edit is what they print. `QtPainter`
implements the primitive calls of `layout.painter.Painter`; the one walker over the
display list (`layout.painter.paint_items`) decides what reaches it. Fonts are
the bundled Noto Sans files registered with QFontDatabase; sizes are set so that one
layout unit (a point) is one painter unit on any device, with hinting and kerning
off so Qt's advances match reportlab's, which measured the text.

This is the only export module that imports Qt (the house rule: only `ui/` and
`qt_*.py` files may).
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path as FsPath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from journeymapper.export.paper import Paper
from journeymapper.layout.display import (
    Circle,
    DisplayList,
    Drawable,
    Group,
    Image,
    Line,
    Path,
    Rect,
    TextRun,
)
from journeymapper.layout.fonts import FONT_FILES, font_path
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.layout.painter import paint_items, paint_primitives
from journeymapper.layout.theme import valid_colour
from journeymapper.model.images import ImageError, check_photo
from journeymapper.model.journey import JourneyMap
from journeymapper.typesetting.qt_fonts import with_fallbacks

MAX_PNG_PIXELS = 160_000_000  # ~640 MB of ARGB: beyond that, ask for a lower DPI

_app: QGuiApplication | None = None
_family: str | None = None
_fonts: dict[tuple[str, float, float], QFont] = {}
_colours: dict[str, QColor] = {}
_images: dict[int, QImage] = {}


def ensure_gui_application() -> None:
    """Make sure a Q(Gui)Application exists; headless machines get the offscreen platform."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith(
        "linux"
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1] or ["journeymapper"])
    atexit.register(_release)


def _release() -> None:
    """Drop Qt objects before the interpreter finalises.

    Left to the garbage collector at exit, fonts and images can outlive the
    application we created and PySide6 aborts the process ("none_dealloc").
    """
    global _app
    _fonts.clear()
    _colours.clear()
    _images.clear()
    _pens.clear()
    _brushes.clear()
    _text_pens.clear()
    if _app is not None:
        _app.shutdown()
        _app = None


def font_family() -> str:
    """Register the bundled faces once and return their family name."""
    global _family
    if _family is None:
        ensure_gui_application()
        family = "Noto Sans"
        for face in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(font_path(face))
            if font_id >= 0:
                families = QFontDatabase.applicationFontFamilies(font_id)
                if families:
                    family = families[0]
        _family = family
    return _family


def qfont(face: str, size: float, dpi: float) -> QFont:
    """The bundled face at `size` layout units on a device of `dpi` logical dots per inch."""
    key = (face, size, dpi)
    font = _fonts.get(key)
    if font is None:
        font = with_fallbacks(QFont(font_family()), font_family())  # Arabic, CJK, emoji: typesetting/
        font.setPointSizeF(max(0.1, size * 72.0 / dpi))
        font.setBold(face == "bold")
        font.setItalic(face == "italic")
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(False)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        _fonts[key] = font
    return font


def _colour(hex_colour: str) -> QColor:
    found = _colours.get(hex_colour)
    if found is None:
        found = _colours[hex_colour] = QColor(valid_colour(hex_colour, "#000000"))
    return found


_pens: dict[tuple[str | None, float, tuple[float, ...]], QPen] = {}
_brushes: dict[str | None, QBrush] = {}
_text_pens: dict[str, QPen] = {}
_NO_PEN = QPen(Qt.PenStyle.NoPen)


def _pen(colour: str | None, width: float, dash: tuple[float, ...] = ()) -> QPen:
    """The pen for a stroke, made once per style: a map repeats a few dozen of them.

    Painting a screenful of cards made a new QPen and QBrush for every primitive, which
    was a visible share of a zoom step's painting.
    """
    if colour is None or width <= 0:
        return _NO_PEN
    key = (colour, width, dash)
    pen = _pens.get(key)
    if pen is None:
        pen = QPen(_colour(colour))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if dash:
            pen.setDashPattern([max(0.01, d / width) for d in dash])
        if len(_pens) > 512:
            _pens.clear()
        _pens[key] = pen
    return pen


def _brush(colour: str | None) -> QBrush:
    brush = _brushes.get(colour)
    if brush is None:
        brush = QBrush(Qt.BrushStyle.NoBrush) if colour is None else QBrush(_colour(colour))
        if len(_brushes) > 512:
            _brushes.clear()
        _brushes[colour] = brush
    return brush


def _text_pen(colour: str) -> QPen:
    pen = _text_pens.get(colour)
    if pen is None:
        pen = QPen(_colour(colour))
        if len(_text_pens) > 512:
            _text_pens.clear()
        _text_pens[colour] = pen
    return pen


def _qimage(data: bytes) -> QImage | None:
    key = hash(data)
    found = _images.get(key)
    if found is None:
        try:
            check_photo(data)  # header sanity before any decoder sees the bytes
        except ImageError:
            return None
        found = QImage.fromData(data)
        if found.isNull():
            return None
        if len(_images) > 64:
            _images.clear()
        _images[key] = found
    return found


def _device_dpi(painter: QPainter) -> float:
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return float(dpi or 96)


class QtPainter:
    """The `Painter` protocol over a QPainter, in layout coordinates (its transform applies)."""

    def __init__(self, painter: QPainter, dpi: float | None = None) -> None:
        self.p = painter
        self.dpi = dpi if dpi is not None else _device_dpi(painter)

    def begin_group(self, group: Group) -> bool:
        return True

    def end_group(self, group: Group) -> None:
        pass

    def texts(self, runs: Sequence[TextRun]) -> None:
        painter, dpi = self.p, self.dpi
        for run in runs:
            painter.setFont(qfont(run.face, run.size, dpi))
            painter.setPen(_text_pen(run.colour))
            x = run.x - (
                run.width / 2 if run.anchor == "middle" else run.width if run.anchor == "end" else 0.0
            )
            painter.drawText(QPointF(x, run.y), run.text)

    def rect(self, p: Rect) -> None:
        painter = self.p
        translucent = p.opacity != 1.0
        if translucent:  # times the item's own opacity (a dimmed item), restored after
            base = painter.opacity()
            painter.setOpacity(base * p.opacity)
        painter.setPen(_pen(p.stroke, p.stroke_width, p.dash))
        painter.setBrush(_brush(p.fill))
        rect = QRectF(p.x, p.y, p.w, p.h)
        if p.radius > 0:
            r = min(p.radius, p.w / 2, p.h / 2)
            painter.drawRoundedRect(rect, r, r)
        else:
            painter.drawRect(rect)
        if translucent:
            painter.setOpacity(base)

    def line(self, p: Line) -> None:
        painter = self.p
        translucent = p.opacity != 1.0
        if translucent:
            base = painter.opacity()
            painter.setOpacity(base * p.opacity)
        painter.setPen(_pen(p.stroke, p.stroke_width, p.dash))
        painter.drawLine(QPointF(p.x1, p.y1), QPointF(p.x2, p.y2))
        if translucent:
            painter.setOpacity(base)

    def circle(self, p: Circle) -> None:
        painter = self.p
        painter.setPen(_pen(p.stroke, p.stroke_width))
        painter.setBrush(_brush(p.fill))
        painter.drawEllipse(QPointF(p.cx, p.cy), p.r, p.r)

    def path(self, p: Path) -> None:
        path = QPainterPath()
        for op in p.ops:
            if op[0] == "M":
                path.moveTo(op[1], op[2])
            elif op[0] == "L":
                path.lineTo(op[1], op[2])
            elif op[0] == "C":
                path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
            else:
                path.closeSubpath()
        painter = self.p
        base = painter.opacity()
        painter.setOpacity(base * p.opacity)
        painter.setPen(_pen(p.stroke, p.stroke_width, p.dash))
        painter.setBrush(_brush(p.fill))
        painter.drawPath(path)
        painter.setOpacity(base)

    def image(self, p: Image) -> None:
        image = _qimage(p.data)
        if image is not None:
            self.p.drawImage(QRectF(p.x, p.y, p.w, p.h), image)


def paint_group(painter: QPainter, group: Group) -> None:
    """Paint one group (a card, a header...) in layout coordinates; the editor calls this per item."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_primitives(group.items, QtPainter(painter))
    painter.restore()


def paint_display_list(painter: QPainter, items: Iterable[Drawable]) -> None:
    """Paint groups and loose primitives in order."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    paint_items(items, QtPainter(painter))
    painter.restore()


def png_pixel_size(display: DisplayList, dpi: float, paper: Paper | None) -> tuple[int, int]:
    w, h = (paper.page_w, paper.page_h) if paper is not None else (display.width, display.height)
    return max(1, round(w * dpi / 72.0)), max(1, round(h * dpi / 72.0))


def render_png_bytes(display: DisplayList, dpi: float = 150, paper: Paper | None = None) -> bytes:
    """The poster as PNG bytes: on the paper (scaled and centred) or at its natural size."""
    ensure_gui_application()
    font_family()
    width, height = png_pixel_size(display, dpi, paper)
    if width * height > MAX_PNG_PIXELS:
        raise ValueError(f"a {width}×{height} px image is too large; choose a lower --dpi")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ValueError(f"not enough memory for a {width}×{height} px image; choose a lower --dpi")
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    background = valid_colour(display.background, "#FFFFFF")
    image.fill(_colour(background))
    painter = QPainter(image)
    try:
        painter.scale(dpi / 72.0, dpi / 72.0)
        if paper is not None:
            scale, ox, oy = paper.placement(display.width, display.height)
            painter.translate(ox, oy)
            painter.scale(scale, scale)
        paint_display_list(painter, display.items)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types `format` as bytes, but PySide6 rejects bytes here and takes str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValueError("Qt could not encode the PNG image")
    buffer.close()
    return bytes(data.data())


def render_png(
    source: JourneyMap | MapLayout,
    path: str | FsPath | None = None,
    dpi: float = 150,
    paper: Paper | None = None,
    options: LayoutOptions | None = None,
) -> bytes:
    """Render a map (laid out here) or a ready layout to PNG; write to `path` if given.

    Writing goes through `write_atomically`, so a failed render leaves no file.
    """
    if isinstance(source, JourneyMap):
        from journeymapper.layout.fitting import layout_for_page

        layout = layout_for_page(source, options or LayoutOptions(), paper)
    else:
        layout = source
    data = render_png_bytes(layout.display, dpi, paper)
    if path is not None:
        from journeymapper.fileformat import write_atomically

        write_atomically(path, data)
    return data
