"""The export driver used by the CLI (`journeymapper export`) and the editor's Export dialog.

It checks every option before drawing anything, renders the whole file in memory,
then writes it with `write_atomically`: a failure leaves no partial file, and the
message says which option to change. Qt is imported only when a PNG is asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymapper.allocation import paused_gc
from journeymapper.export.csv_plan import render_csv
from journeymapper.export.paper import Paper, PaperError, make_paper, make_tiling
from journeymapper.export.pdf import PdfMetadata, render_pdf, render_tiled_pdf
from journeymapper.export.svg import render_svg
from journeymapper.fileformat import SaveError, write_atomically
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.layout.theme import THEMES
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Language

FORMATS = {".pdf": "pdf", ".svg": "svg", ".png": "png", ".csv": "csv"}
MIN_DPI, MAX_DPI = 10, 1200


class ExportOptionsError(ValueError):
    """An export option cannot be honoured; the message tells the user what to change."""


def export_file(journey: JourneyMap, out: Path, args: argparse.Namespace) -> list[Path]:
    """Export as the output's suffix says (.pdf .svg .png .csv) with the CLI's options."""
    fmt = FORMATS.get(Path(out).suffix.lower())
    if fmt is None:
        suffix = Path(out).suffix or "(none)"
        raise ExportOptionsError(f"cannot export to a {suffix} file; use .pdf, .svg, .png or .csv")
    return export_poster(
        journey,
        Path(out),
        fmt=fmt,
        size=getattr(args, "size", "A2"),
        orientation=getattr(args, "orientation", "landscape"),
        tile=getattr(args, "tile", None),
        bleed=bool(getattr(args, "bleed", False)),
        crop_marks=bool(getattr(args, "crop_marks", False)),
        margin_mm=getattr(args, "margin", 10.0),
        dpi=getattr(args, "dpi", 150),
        language=getattr(args, "lang", None),
        theme=getattr(args, "theme", "light") or "light",
    )


def _check(fmt: str, tile: str | None, dpi: int, language: str | None, theme: str) -> None:
    if fmt not in FORMATS.values():
        raise ExportOptionsError(f"unknown format {fmt!r}; use pdf, svg, png or csv")
    if tile and fmt != "pdf":
        raise ExportOptionsError("--tile splits a PDF over pages; export to .pdf to use it")
    if fmt == "png" and not (MIN_DPI <= int(dpi) <= MAX_DPI):
        raise ExportOptionsError(f"--dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    if language is not None and language not in {lang.value for lang in Language}:
        raise ExportOptionsError(f"--lang must be one of {', '.join(lang.value for lang in Language)}")
    if theme.replace("color", "colour") not in THEMES:
        raise ExportOptionsError(f"--theme must be one of {', '.join(THEMES)}")


def _metadata(journey: JourneyMap) -> PdfMetadata:
    subject = journey.subtitle or journey.description[:200] or "Customer journey map"
    return PdfMetadata(
        title=journey.title,
        author=", ".join(journey.authors) or journey.organisation,
        subject=subject,
        keywords=", ".join(journey.tags),
    )


def render_poster(
    journey: JourneyMap,
    fmt: str,
    paper: Paper,
    *,
    tile: str | None = None,
    dpi: int = 150,
    language: str | None = None,
    theme: str = "light",
) -> bytes:
    """The export as bytes (nothing written): the layout fitted to the paper, then painted."""
    with paused_gc():
        return _render_poster(journey, fmt, paper, tile=tile, dpi=dpi, language=language, theme=theme)


def _render_poster(
    journey: JourneyMap,
    fmt: str,
    paper: Paper,
    *,
    tile: str | None,
    dpi: int,
    language: str | None,
    theme: str,
) -> bytes:
    if fmt == "csv":
        return render_csv(journey, language)
    options = LayoutOptions(theme=theme.replace("color", "colour"), language=language)
    layout: MapLayout = layout_for_page(journey, options, paper)
    if fmt == "svg":
        return render_svg(
            layout.display, paper, journey.title, journey.description, language=language or journey.language
        )
    if fmt == "png":
        from journeymapper.export.qt_painter import render_png_bytes  # Qt only when asked for

        return render_png_bytes(layout.display, dpi, paper)
    meta = _metadata(journey)
    if tile:
        return render_tiled_pdf(layout.display, paper, make_tiling(tile, paper.page_w, paper.page_h), meta)
    return render_pdf(layout.display, paper, meta)


def export_poster(
    journey: JourneyMap,
    out: Path | str,
    *,
    fmt: str,
    size: str = "A2",
    orientation: str = "landscape",
    tile: str | None = None,
    bleed: bool = False,
    crop_marks: bool = False,
    margin_mm: float = 10,
    dpi: int = 150,
    language: str | None = None,
    theme: str = "light",
) -> list[Path]:
    """Export a poster (pdf, svg, png) or the action plan (csv) to `out`; returns the files written."""
    out = Path(out)
    _check(fmt, tile, dpi, language, theme)
    try:
        paper = make_paper(size, orientation, margin_mm, bleed, crop_marks)
        if tile:
            make_tiling(tile, paper.page_w, paper.page_h)
    except PaperError as error:
        raise ExportOptionsError(str(error)) from None
    try:
        data = render_poster(journey, fmt, paper, tile=tile, dpi=dpi, language=language, theme=theme)
    except MemoryError:
        raise SaveError(out, "not enough memory to render this export; try a smaller size or DPI") from None
    except ValueError as error:
        raise ExportOptionsError(str(error)) from None
    write_atomically(out, data)
    return [out]
