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
