"""PDF posters with reportlab: vector shapes, the bundled font embedded, no markup.

User text is set with `drawString` only — never `Paragraph`, whose mini-markup would
interpret `<font>` or `<img>` written in a card. Colours reach reportlab only as
validated #RRGGBB converted to RGB floats here. Large posters can be tiled over A4
or Letter pages with overlap and assembly marks for office printers.
"""

# ruff: noqa: UP031 - %-formatting of numbers is the fast path here (measured), on purpose

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeymapper import __version__
from journeymapper.export.paper import Paper, Tiling, row_label
from journeymapper.export.pdf_print import canvas_options, cmyk_image, page_to_cmyk, set_page_boxes
from journeymapper.export.pdf_text import Boxes, draw_shaped, mostly_left_to_right, needs_shaping
from journeymapper.layout.display import Circle, DisplayList, Group, Image, Line, Path, Rect, TextRun
from journeymapper.layout.fonts import PDF_FONT_NAMES, pdf_font_name, register_fonts
from journeymapper.layout.painter import paint_items
from journeymapper.layout.text import clean_plain
from journeymapper.layout.theme import valid_colour
from journeymapper.model.images import ImageError, check_photo


@dataclass(frozen=True)
class PdfMetadata:
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = ""  # BCP 47 tag for the catalog's /Lang
    colour_mode: str = "rgb"  # "cmyk": colours written as DeviceCMYK (pdf_print.page_to_cmyk)


def _rgb(colour: str, cache: dict[str, tuple[float, float, float]] = {}) -> tuple[float, float, float]:  # noqa: B006
    found = cache.get(colour)
    if found is None:
        hex_colour = valid_colour(colour, "#000000")
        found = cache[colour] = (
            int(hex_colour[1:3], 16) / 255.0,
            int(hex_colour[3:5], 16) / 255.0,
            int(hex_colour[5:7], 16) / 255.0,
        )
    return found


_K = 0.5523  # Bézier approximation of a quarter circle


def _f(value: float) -> str:
    """A PDF number with two decimals (line widths, dashes, text positions)."""
    return "%.2f" % value


# Shapes use one decimal: 1/720 in before the poster is scaled onto paper, well below
# what a printer resolves, and it keeps the compressed page small.
_ROUND_RECT = (
    "n %.1f %.1f m %.1f %.1f l "
    + "%.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f l " * 3
    + "%.1f %.1f %.1f %.1f %.1f %.1f c h "
)
_CIRCLE = "n %.1f %.1f m " + "%.1f %.1f %.1f %.1f %.1f %.1f c " * 4 + "h "


class _PdfPainter:
    """Paints display-list primitives on a canvas whose user space is the poster's (y flipped).

    Shapes are written as PDF path operators straight into the page's content (what
    reportlab's `rect`/`roundRect` do, minus their general-purpose number formatting),
    consecutive text runs share one text object, and the current colour, width, dash,
    alpha and font are remembered, so a 5,000-card poster does not repeat state for
    every primitive. Text always goes through reportlab's text object (`textLine`):
    it encodes for the embedded font subsets and escapes PDF string syntax; no markup.
    """

    def __init__(
        self,
        canvas: Canvas,
        poster_height: float,
        clip: tuple[float, float, float, float] | None = None,
        cmyk: bool = False,
    ) -> None:
        self.c = canvas
        self.cmyk = cmyk  # pictures converted to DeviceCMYK (pdf_print.cmyk_image)
        self.left_to_right = True  # the page's text direction, for extraction (pdf_text.extraction_text)
        self.clip = clip  # poster coordinates: groups outside it are skipped (tiled pages)
        self.code: list[str] = canvas._code  # noqa: SLF001 - the page content stream reportlab appends to
        self.h = poster_height
        self.reset_state()

    def reset_state(self) -> None:
        """Forget cached state (after restoreState the canvas state is unknown to us)."""
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash: tuple[float, ...] | None = None
        self._fill_alpha = 1.0
        self._stroke_alpha = 1.0

    def _set_fill(self, colour: str, alpha: float = 1.0) -> None:
        if colour != self._fill:
            self.code.append("%.3f %.3f %.3f rg" % _rgb(colour))
            self._fill = colour
        if alpha != self._fill_alpha:
            self.c.setFillAlpha(alpha)
            self._fill_alpha = alpha

    def _set_stroke(self, colour: str, width: float, dash: tuple[float, ...], alpha: float = 1.0) -> None:
        if colour != self._stroke:
            self.code.append("%.3f %.3f %.3f RG" % _rgb(colour))
            self._stroke = colour
        if width != self._width:
            self.code.append(_f(width) + " w")
            self._width = width
        if dash != self._dash:
            self.code.append("[%s] 0 d" % " ".join(_f(d) for d in dash))
            self._dash = dash
        if alpha != self._stroke_alpha:
            self.c.setStrokeAlpha(alpha)
            self._stroke_alpha = alpha

    def begin_group(self, group: Group) -> bool:
        return self.clip is None or _overlaps(group, self.clip)

    def end_group(self, group: Group) -> None:
        pass

    def texts(self, runs: Sequence[TextRun]) -> None:
        """Consecutive runs (the walker batches them) in one BT…ET text object."""
        h = self.h
        t = self.c.beginText()
        code = t._code  # noqa: SLF001 - reportlab's own operator list for this text object
        font: tuple[str, float] | None = None
        fill = self._fill
        boxes = Boxes()
        for run in runs:
            if run.colour != fill:
                code.append("%.3f %.3f %.3f rg" % _rgb(run.colour))
                fill = run.colour
            if needs_shaping(run.text):  # other scripts, emoji, right to left: typesetting/
                draw_shaped(t, run, _run_left(run), h - run.y, boxes, self.left_to_right)
                font = None
                continue
            face = (PDF_FONT_NAMES.get(run.face, PDF_FONT_NAMES["regular"]), run.size)
            if face != font:
                t.setFont(*face)
                font = face
            code.append("1 0 0 1 %s %s Tm" % (_f(_run_left(run)), _f(h - run.y)))
            t.textLine(run.text)
        self.code.append(str(t.getCode()))
        self._fill = fill
        for x, y, w, bh, colour in boxes.rects:  # characters no bundled font has: a visible box
            self._set_stroke(colour, max(0.3, bh / 12), ())
            self.code.append("n %.2f %.2f %.2f %.2f re S" % (x + w * 0.1, y, w * 0.8, bh))

    @staticmethod
    def _paint_op(fill: bool, stroke: bool) -> str:
        return "B" if fill and stroke else "f" if fill else "S"

    def rect(self, p: Rect) -> None:
        code, h = self.code, self.h
        fill = p.fill is not None
        stroke = p.stroke is not None and p.stroke_width > 0
        if not (fill or stroke):
            return
        if p.fill is not None:
            self._set_fill(p.fill, p.opacity)
        if stroke and p.stroke is not None:
            self._set_stroke(p.stroke, p.stroke_width, p.dash, p.opacity)
        x, y, w, hh = p.x, h - p.y - p.h, p.w, p.h
        r = min(p.radius, w / 2, hh / 2)
        if r > 0:
            k = r * (1 - _K)
            x2, y2 = x + w, y + hh
            code.append(
                _ROUND_RECT
                % (
                    x + r,
                    y,
                    x2 - r,
                    y,
                    x2 - k,
                    y,
                    x2,
                    y + k,
                    x2,
                    y + r,
                    x2,
                    y2 - r,
                    x2,
                    y2 - k,
                    x2 - k,
                    y2,
                    x2 - r,
                    y2,
                    x + r,
                    y2,
                    x + k,
                    y2,
                    x,
                    y2 - k,
                    x,
                    y2 - r,
                    x,
                    y + r,
                    x,
                    y + k,
                    x + k,
                    y,
                    x + r,
                    y,
                )
                + self._paint_op(fill, stroke)
            )
        else:
            code.append("n %.1f %.1f %.1f %.1f re " % (x, y, w, hh) + self._paint_op(fill, stroke))

    def line(self, p: Line) -> None:
        code, h = self.code, self.h
        self._set_stroke(p.stroke, p.stroke_width, p.dash, p.opacity)
        code.append("n %.1f %.1f m %.1f %.1f l S" % (p.x1, h - p.y1, p.x2, h - p.y2))

    def circle(self, p: Circle) -> None:
        code, h = self.code, self.h
        fill = p.fill is not None
        stroke = p.stroke is not None and p.stroke_width > 0
        if not (fill or stroke):
            return
        if p.fill is not None:
            self._set_fill(p.fill)
        if stroke and p.stroke is not None:
            self._set_stroke(p.stroke, p.stroke_width, ())
        cx, cy, r = p.cx, h - p.cy, p.r
        k = r * _K
        code.append(
            _CIRCLE
            % (
                cx + r,
                cy,
                cx + r,
                cy + k,
                cx + k,
                cy + r,
                cx,
                cy + r,
                cx - k,
                cy + r,
                cx - r,
                cy + k,
                cx - r,
                cy,
                cx - r,
                cy - k,
                cx - k,
                cy - r,
                cx,
                cy - r,
                cx + k,
                cy - r,
                cx + r,
                cy - k,
                cx + r,
                cy,
            )
            + self._paint_op(fill, stroke)
        )

    def path(self, p: Path) -> None:
        code, h = self.code, self.h
        fill = p.fill is not None
        stroke = p.stroke is not None and p.stroke_width > 0
        if not (fill or stroke) or not p.ops:
            return
        if p.fill is not None:
            self._set_fill(p.fill, p.opacity)
        if stroke and p.stroke is not None:
            self._set_stroke(p.stroke, p.stroke_width, p.dash, p.opacity)
        parts = ["n"]
        for op in p.ops:
            if op[0] == "M":
                parts.append("%.1f %.1f m" % (op[1], h - op[2]))
            elif op[0] == "L":
                parts.append("%.1f %.1f l" % (op[1], h - op[2]))
            elif op[0] == "C":
                parts.append(
                    "%.1f %.1f %.1f %.1f %.1f %.1f c"
                    % (
                        op[1],
                        h - op[2],
                        op[3],
                        h - op[4],
                        op[5],
                        h - op[6],
                    )
                )
            else:
                parts.append("h")
        parts.append(self._paint_op(fill, stroke))
        code.append(" ".join(parts))

    def image(self, p: Image) -> None:
        h = self.h
        try:
            check_photo(p.data)
        except ImageError:
            return  # an image that is not a sane PNG/JPEG is left out, never decoded
        try:
            picture = cmyk_image(p.data) if self.cmyk else ImageReader(io.BytesIO(p.data))
            self.c.drawImage(picture, p.x, h - p.y - p.h, p.w, p.h, mask="auto")
        except Exception:  # noqa: BLE001 - a decoder's failure must not end the export: leave it out
            pass
        self._fill = self._stroke = None  # drawImage saves/restores state, but be safe


def _run_left(run: TextRun) -> float:
    """Left edge of a run from its anchor and measured width."""
    if run.anchor == "middle":
        return run.x - run.width / 2
    if run.anchor == "end":
        return run.x - run.width
    return run.x


def _overlaps(group: Group, clip: tuple[float, float, float, float]) -> bool:
    x, y, w, h = clip
    return group.x < x + w and group.x + group.w > x and group.y < y + h and group.y + group.h > y


def _new_canvas(buffer: io.BytesIO, size: tuple[float, float], meta: PdfMetadata) -> Canvas:
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=size,
        pageCompression=1,
        initialFontName=PDF_FONT_NAMES["regular"],
        initialFontSize=10,
        **canvas_options(meta.language),  # real or SOURCE_DATE_EPOCH dates, /Lang (pdf_print.py)
    )  # no stray Helvetica
    canvas.setTitle(clean_plain(meta.title))
    canvas.setAuthor(clean_plain(meta.author))
    canvas.setSubject(clean_plain(meta.subject))
    canvas.setKeywords(clean_plain(meta.keywords))
    canvas.setCreator(f"JourneyMapper {__version__}")
    return canvas


def _paint_page(
    canvas: Canvas,
    display: DisplayList,
    paper: Paper,
    clip: tuple[float, float, float, float] | None = None,
    cmyk: bool = False,
) -> None:
    """Paint the whole sheet (background, poster, crop marks) in sheet coordinates, y down.

    The caller may have translated the canvas; `clip` (sheet coordinates) skips
    groups that cannot show, which keeps tiled PDFs small.
    """
    page_h = paper.page_h
    scale, ox, oy = paper.placement(display.width, display.height)
    background = valid_colour(display.background, "#FFFFFF")
    bleed = paper.bleed_pt
    tx, ty = paper.trim_origin
    if background != "#FFFFFF" or bleed:
        canvas.setFillColorRGB(*_rgb(background))
        canvas.rect(
            tx - bleed,
            page_h - (ty + paper.trim_h + bleed),
            paper.trim_w + 2 * bleed,
            paper.trim_h + 2 * bleed,
            stroke=0,
            fill=1,
        )
    canvas.saveState()
    canvas.translate(ox, page_h - oy - display.height * scale)
    canvas.scale(scale, scale)
    poster_clip = None
    if clip is not None:
        cx, cy, cw, ch = clip
        poster_clip = ((cx - ox) / scale, (cy - oy) / scale, cw / scale, ch / scale)
    painter = _PdfPainter(canvas, display.height, poster_clip, cmyk)
    texts = (p.text for p in display.primitives() if isinstance(p, TextRun))
    painter.left_to_right = mostly_left_to_right(texts)
    paint_items(display.items, painter)
    canvas.restoreState()
    if paper.crop_marks:
        _crop_marks(canvas, paper)


def _crop_marks(canvas: Canvas, paper: Paper) -> None:
    """Hairlines at the trim corners, outside the bleed, as printers expect."""
    page_h = paper.page_h
    tx, ty = paper.trim_origin
    gap = paper.bleed_pt + 2.0
    length = paper.slug_pt - 4.0
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.3)
    for x in (tx, tx + paper.trim_w):
        for y in (ty, ty + paper.trim_h):
            dx = -1 if x == tx else 1
            dy = -1 if y == ty else 1
            canvas.line(x + dx * gap, page_h - y, x + dx * (gap + length), page_h - y)
            canvas.line(x, page_h - (y + dy * gap), x, page_h - (y + dy * (gap + length)))


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary instead of ASCII85 text while rendering.

    ASCII85 makes a PDF 25 % bigger and its pure-Python encoder was a third of the
    time spent on a large poster; every PDF reader since 1.2 takes binary streams.
    (A reportlab setting, so it is restored afterwards for anyone else in the process.)
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def render_pdf(display: DisplayList, paper: Paper, meta: PdfMetadata = PdfMetadata()) -> bytes:
    """The poster on one page of the paper's size (plus bleed and mark area)."""
    with binary_streams():
        return _render_pdf(display, paper, meta)


def render_pdf_pages(displays: list[DisplayList], paper: Paper, meta: PdfMetadata = PdfMetadata()) -> bytes:
    """Several posters, one a page (a map split by stages, handouts), on the same paper."""
    with binary_streams():
        return _render_pdf(displays, paper, meta)


def _render_pdf(display: DisplayList | list[DisplayList], paper: Paper, meta: PdfMetadata) -> bytes:
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, (paper.page_w, paper.page_h), meta)
    for page in display if isinstance(display, list) else [display]:
        _paint_page(canvas, page, paper, cmyk=meta.colour_mode == "cmyk")
        set_page_boxes(canvas, paper)
        if meta.colour_mode == "cmyk":
            page_to_cmyk(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_tiled_pdf(
    display: DisplayList,
    paper: Paper,
    tiling: Tiling,
    meta: PdfMetadata = PdfMetadata(),
    skip: frozenset[tuple[int, int]] = frozenset(),
) -> bytes:
    """The sheet cut into office pages: each shows its part, overlap marked, labelled A1, A2…

    Tiles in `skip` (nearly blank ones, see paper.blank_tiles) are not printed.
    """
    with binary_streams():
        return _render_tiled_pdf(display, paper, tiling, meta, skip)


def _render_tiled_pdf(
    display: DisplayList, paper: Paper, tiling: Tiling, meta: PdfMetadata, skip: frozenset[tuple[int, int]]
) -> bytes:
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, (tiling.tile_w, tiling.tile_h), meta)
    m = tiling.margin
    for row in range(tiling.rows):
        for col in range(tiling.cols):
            if (row, col) in skip:
                continue
            rx, ry, rw, rh = tiling.region(row, col)
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(m, m, tiling.printable_w, tiling.printable_h)
            canvas.clipPath(clip, stroke=0, fill=0)
            # Sheet point (sx, sy) lands at tile point (m + sx - rx, m + sy - ry), y down.
            canvas.translate(m - rx, (tiling.tile_h - m - rh) - (paper.page_h - ry - rh))
            _paint_page(canvas, display, paper, clip=(rx, ry, rw, rh), cmyk=meta.colour_mode == "cmyk")
            canvas.restoreState()
            _assembly_marks(canvas, tiling, row, col, meta.title)
            if meta.colour_mode == "cmyk":
                page_to_cmyk(canvas)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _assembly_marks(canvas: Canvas, tiling: Tiling, row: int, col: int, title: str) -> None:
    """Label the tile, frame its printable area and mark the overlap to glue over."""
    m, w, h = tiling.margin, tiling.tile_w, tiling.tile_h
    pw, ph, ov = tiling.printable_w, tiling.printable_h, tiling.overlap
    canvas.setStrokeColorRGB(0.35, 0.35, 0.35)
    canvas.setLineWidth(0.4)
    canvas.setDash([])
    tick = m * 0.6
    for x, y in ((m, m), (m + pw, m), (m, m + ph), (m + pw, m + ph)):  # corner ticks in the margin
        canvas.line(x, y - tick if y == m else y, x, y if y == m else y + tick)
        canvas.line(x - tick if x == m else x, y, x if x == m else x + tick, y)
    canvas.setDash([3, 2])
    if col > 0:  # the band shared with the tile on the left: glue here
        canvas.line(m + ov, m - tick, m + ov, m)
        canvas.line(m + ov, m + ph, m + ov, m + ph + tick)
    if row > 0:
        canvas.line(m - tick, h - m - ov, m, h - m - ov)
        canvas.line(m + pw, h - m - ov, m + pw + tick, h - m - ov)
    canvas.setDash([])
    label = f"{row_label(row)}{col + 1}"
    font = pdf_font_name("bold")
    canvas.setFont(font, 9)
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    canvas.drawString(m, h - m + 4, label)
    canvas.setFont(pdf_font_name("regular"), 7)
    note = (
        f"row {row + 1}/{tiling.rows}, column {col + 1}/{tiling.cols} · overlap {ov / 72 * 25.4:.0f} mm"
        f" · {clean_plain(title)[:60]}"
    )
    canvas.drawString(m + 22, h - m + 4, note)
    canvas.drawRightString(w - m, m - 10, f"{label} · {tiling.rows}×{tiling.cols}")
