"""`journeymapper export AS_IS --compare TO_BE -o OUT`: the as-is / to-be poster as a file.

The same checks, paper and backends as a single poster (export/run.py); only the display
list differs — `layout.comparison` puts two laid-out maps side by side with one shared
emotion lane.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymapper.allocation import paused_gc
from journeymapper.export.paper import PaperError, make_paper
from journeymapper.export.pdf import PdfMetadata, render_pdf
from journeymapper.export.run import FORMATS, ExportOptionsError, _check
from journeymapper.export.svg import render_svg
from journeymapper.fileformat import SaveError, write_atomically
from journeymapper.layout.comparison import compare_layouts
from journeymapper.layout.display import DisplayList
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.model.journey import JourneyMap


def comparison_display(as_is: JourneyMap, to_be: JourneyMap, options: LayoutOptions) -> DisplayList:
    with paused_gc():
        left = layout_for_page(as_is, options, None)
        right = layout_for_page(to_be, options, None)
        return compare_layouts(as_is, to_be, left, right, options)


def export_comparison(
    as_is: JourneyMap, to_be: JourneyMap, out: Path, args: argparse.Namespace
) -> list[Path]:
    """Write the comparison poster as the suffix of `out` says (.pdf, .svg or .png)."""
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None or fmt == "csv":
        raise ExportOptionsError("a comparison is a poster: export it to .pdf, .svg or .png")
    if getattr(args, "tile", None):
        raise ExportOptionsError("--tile is not available for a comparison poster")
    language, theme = getattr(args, "lang", None), (getattr(args, "theme", "light") or "light")
    dpi = getattr(args, "dpi", 150)
    _check(fmt, None, dpi, language, theme)
    try:
        paper = make_paper(getattr(args, "size", "A2"), getattr(args, "orientation", "landscape"),
                           getattr(args, "margin", 10.0), bool(getattr(args, "bleed", False)),
                           bool(getattr(args, "crop_marks", False)))
    except PaperError as error:
        raise ExportOptionsError(str(error)) from None
    options = LayoutOptions(theme=theme.replace("color", "colour"), language=language)
    display = comparison_display(as_is, to_be, options)
    title = f"{as_is.title} → {to_be.title}"
    try:
        if fmt == "svg":
            data = render_svg(display, paper, title, "As-is and to-be journeys compared")
        elif fmt == "png":
            from journeymapper.export.qt_painter import render_png_bytes  # Qt only when asked for

            data = render_png_bytes(display, dpi, paper)
        else:
            data = render_pdf(display, paper, PdfMetadata(title=title, subject="As-is and to-be journeys"))
    except MemoryError:
        raise SaveError(out, "not enough memory to render this export; try a smaller size or DPI") from None
    write_atomically(out, data)
    return [out]
