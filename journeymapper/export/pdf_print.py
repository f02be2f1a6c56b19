"""What pre-press tools and readers expect of a PDF beyond its drawing.

- Page boxes: with bleed, the MediaBox holds bleed and crop-mark area, the TrimBox is
  the finished size and the BleedBox the trim plus 3 mm, so imposition software and
  preflight checks find the sheet without guessing from crop marks.
- Dates: the creation date is the real time, or `SOURCE_DATE_EPOCH` when set, so a
  build system gets byte-identical files (reportlab's fixed 2000-01-01 is neither).
- Language: the catalog's /Lang, so screen readers pick the right voice.
"""

from __future__ import annotations

import os
import re

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
    text become CMYK; embedded photos and logos stay RGB. Run once per page, before showPage.
    """
    code: list[str] = canvas._code  # noqa: SLF001 - the page content reportlab will write
    canvas._code[:] = [_RGB_OP.sub(_cmyk, part) for part in code]  # noqa: SLF001
