"""What pre-press tools and readers expect of a PDF beyond its drawing.

- Page boxes: with bleed, the MediaBox holds bleed and crop-mark area, the TrimBox is
  the finished size and the BleedBox the trim plus 3 mm, so imposition software and
  preflight checks find the sheet without guessing from crop marks.
- Dates: the creation date is the real time, or `SOURCE_DATE_EPOCH` when set, so a
  build system gets byte-identical files (reportlab's fixed 2000-01-01 is neither).
- Language: the catalog's /Lang, so screen readers pick the right voice.
- CMYK: in CMYK mode every colour is written as DeviceCMYK — vector art and text by
  rewriting the page's operators, photos and logos by converting their pixels — with
  one plain formula (K = 1 − max(R, G, B), full black generation, no ICC profile and
  no output intent): what a print shop's RIP would otherwise guess, stated.
"""

from __future__ import annotations

import io
import os
import re

from PIL import Image as PILImage
from PIL import ImageChops, ImageMath
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeymapper.export.paper import Paper


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as an int, or None when unset or not a number (then: real time)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return int(raw)


def canvas_options(language: str) -> dict[str, object]:
    """Keyword arguments for reportlab's Canvas: reproducible only when asked, document language."""
    options: dict[str, object] = {"invariant": 1 if source_date_epoch() is not None else 0}
    if language:
        options["lang"] = language
    return options


def trim_box(paper: Paper) -> tuple[float, float, float, float]:
    """The finished sheet in PDF coordinates (y up): [llx lly urx ury]."""
    tx, ty = paper.trim_origin
    return (tx, paper.page_h - ty - paper.trim_h, tx + paper.trim_w, paper.page_h - ty)


def set_page_boxes(canvas: Canvas, paper: Paper) -> None:
    """TrimBox and BleedBox for a sheet printed with bleed (the MediaBox is the page size)."""
    if not (paper.bleed or paper.crop_marks):
        return
    llx, lly, urx, ury = trim_box(paper)
    bleed = paper.bleed_pt
    canvas.setTrimBox((llx, lly, urx, ury))
    canvas.setBleedBox((llx - bleed, lly - bleed, urx + bleed, ury + bleed))


_RGB_OP = re.compile(r"(?<![\d.])(\d*\.?\d+) (\d*\.?\d+) (\d*\.?\d+) (rg|RG)\b")


def _cmyk(match: re.Match[str]) -> str:
    r, g, b = (min(1.0, max(0.0, float(match.group(i)))) for i in (1, 2, 3))
    k = 1.0 - max(r, g, b)
    if k >= 1.0:
        c = m = y = 0.0
    else:
        c, m, y = ((1.0 - v - k) / (1.0 - k) for v in (r, g, b))
    op = "k" if match.group(4) == "rg" else "K"
    return f"{c:.3f} {m:.3f} {y:.3f} {k:.3f} {op}"


def page_to_cmyk(canvas: Canvas) -> None:
    """Rewrite the page's RGB colour operators as DeviceCMYK (for print shops that ask for CMYK).

    A plain conversion (black generation at full strength, no ICC profile): vector art and
    text become CMYK (photos and logos: `cmyk_image`). Run once per page, before showPage.
    """
    code: list[str] = canvas._code  # noqa: SLF001 - the page content reportlab will write
    canvas._code[:] = [_RGB_OP.sub(_cmyk, part) for part in code]  # noqa: SLF001


class _CmykReader(ImageReader):
    """A CMYK picture for reportlab, keeping the original's transparency as its soft mask.

    reportlab takes the alpha only from RGBA pictures, and forgets it when it reads the
    pixels; this reader hands it back after reading.
    """

    def __init__(self, picture: PILImage.Image, alpha: PILImage.Image | None) -> None:
        super().__init__(picture)
        self._alpha = ImageReader(alpha) if alpha is not None else None

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab's name
        data: bytes = super().getRGBData()
        self._dataA = self._alpha
        return data


def cmyk_image(data: bytes) -> ImageReader:
    """A PNG/JPEG (already checked) as DeviceCMYK pixels, by the same formula as the vector art."""
    with PILImage.open(io.BytesIO(data)) as source:
        source.load()
        alpha = source.getchannel("A") if "A" in source.getbands() else None
        if alpha is None and source.mode == "P" and "transparency" in source.info:
            alpha = source.convert("RGBA").getchannel("A")
        red, green, blue = source.convert("RGB").split()
    black = ImageChops.invert(ImageChops.lighter(ImageChops.lighter(red, green), blue))

    def ink(channel: PILImage.Image) -> PILImage.Image:
        out = ImageMath.lambda_eval(
            lambda a: a["convert"]((255 - a["v"] - a["k"]) * 255 / (255 - a["k"]), "L"), v=channel, k=black
        )
        assert isinstance(out, PILImage.Image)
        return out

    picture = PILImage.merge("CMYK", (ink(red), ink(green), ink(blue), black))
    return _CmykReader(picture, alpha)
