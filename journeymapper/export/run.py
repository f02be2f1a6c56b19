"""The export driver used by the CLI (`journeymapper export`) and the editor's Export dialog.

It checks every option before drawing anything, renders the whole file in memory,
then writes it with `write_atomically`: a failure leaves no partial file, and the
message says which option to change. Qt is imported only when a PNG is asked for.

Callers describe the export with one `ExportOptions` (export/options.py); the keyword
arguments of earlier versions (`fmt=`, `size=`...) are still accepted and go into it.
Warnings (characters drawn as boxes, text below the minimum size) are appended to the
caller's `warnings` list: the export still succeeds, and the CLI prints them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from journeymapper.allocation import paused_gc
from journeymapper.export.coverage import uncovered_text_warnings
from journeymapper.export.csv_plan import render_csv
from journeymapper.export.legibility import (
    below_minimum_warning,
    describe,
    handout_pages,
    larger_paper,
    legible_sheet,
    printed_body_pt,
    split_by_stages,
)
from journeymapper.export.options import (
    FORMATS,
    ExportOptions,
    ExportOptionsError,
    check,
    options_from_args,
    options_from_preset,
    preset_from_options,
)
from journeymapper.export.paper import Paper, PaperError, blank_tiles, make_paper, make_tiling, row_label
from journeymapper.export.parts import (
    band_height,
    check_hidden,
    decorate,
    layout_options_for,
    read_logo,
    without_parts,
)
from journeymapper.export.pdf import PdfMetadata, render_pdf, render_pdf_pages, render_tiled_pdf
from journeymapper.export.pdf_print import source_date_epoch
from journeymapper.export.svg import render_svg
from journeymapper.export.untangle import untangled
from journeymapper.fileformat import SaveError, save_journey, write_atomically
from journeymapper.layout.display import DisplayList
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.messages import QT_TRANSLATE_NOOP, Message
from journeymapper.model.journey import JourneyMap

__all__ = ["ExportOptions", "ExportOptionsError", "export_file", "export_poster", "render_poster"]


def export_file(
    journey: JourneyMap, out: Path, args: argparse.Namespace, warnings: list[Message] | None = None
) -> list[Path]:
    """Export as the output's suffix says (.pdf .svg .png .csv) with the CLI's options."""
    fmt = FORMATS.get(Path(out).suffix.lower())
    if fmt is None:
        suffix = Path(out).suffix or "(none)"
        raise ExportOptionsError(f"cannot export to a {suffix} file; use .pdf, .svg, .png or .csv")
    preset = options_from_preset(journey.export_preset, fmt)  # the map's saved preset, if any
    return export_poster(journey, Path(out), options_from_args(fmt, args, preset), warnings=warnings)


def _check(fmt: str, tile: str | None, dpi: int, language: str | None, theme: str) -> None:
    """The option checks of earlier versions (used by export/comparison.py): see options.check."""
    check(ExportOptions(fmt=fmt, tile=tile, dpi=dpi, language=language, theme=theme))


def _metadata(journey: JourneyMap, language: str, colour_mode: str = "rgb") -> PdfMetadata:
    subject = journey.subtitle or journey.description[:200] or "Customer journey map"
    return PdfMetadata(
        title=journey.title,
        author=", ".join(journey.authors) or journey.organisation,
        subject=subject,
        keywords=", ".join(journey.tags),
        language=language,
        colour_mode=colour_mode,
    )


def _options(options: ExportOptions | None, legacy: dict[str, Any]) -> ExportOptions:
    base = options if options is not None else ExportOptions()
    return base.replace(**legacy) if legacy else base


def render_poster(
    journey: JourneyMap,
    fmt: str,
    paper: Paper,
    *,
    options: ExportOptions | None = None,
    warnings: list[Message] | None = None,
    **legacy: Any,
) -> bytes:
    """The export as bytes (nothing written): the layout fitted to the paper, then painted."""
    chosen = _options(options, legacy).replace(fmt=fmt)
    with paused_gc():
        return _render_poster(journey, paper, chosen, warnings if warnings is not None else [])


def _render_poster(
    journey: JourneyMap, paper: Paper, options: ExportOptions, warnings: list[Message]
) -> bytes:
    fmt, language = options.fmt, options.language
    if fmt == "csv":
        return render_csv(journey, language)
    check_hidden(options.hide, journey)
    doc_language = str(language or journey.language)
    meta = _metadata(journey, doc_language, options.colour_mode)
    base_options = LayoutOptions(theme=options.theme.replace("color", "colour"), language=language)
    layout_options = layout_options_for(base_options, options.hide)
    journey = without_parts(journey, options.hide)  # a copy: the document is untouched
    if options.handout:
        return _render_handout(journey, layout_options, options, meta, warnings)
    layout: MapLayout = layout_for_page(journey, layout_options, paper)
    band = _band(options)
    body_pt = printed_body_pt(layout.display, paper, layout_options, band)
    tile = options.tile
    if body_pt < options.min_text_pt:
        if options.fit == "split":
            return _render_split(journey, layout_options, paper, options, meta, warnings)
        if options.fit == "larger":
            paper, layout = larger_paper(journey, layout_options, paper, options.min_text_pt, band)
            warnings.append(
                Message(
                    "ExportWarning",
                    QT_TRANSLATE_NOOP("ExportWarning", "printed on %1 so body text reaches %2 pt"),
                    (describe(paper), options.min_text_pt),
                )
            )
        elif options.fit == "tile":
            paper = legible_sheet(journey, layout_options, paper, options.min_text_pt, band)
            layout = layout_for_page(journey, layout_options, paper)
            tile = tile or "A4"
        else:
            warnings.append(below_minimum_warning(body_pt, paper, options.min_text_pt))
    warnings.extend(uncovered_text_warnings(layout.display))
    display = _decorated(layout.display, options, doc_language)
    if fmt == "svg":
        return render_svg(
            display,
            paper,
            journey.title,
            journey.description or journey.subtitle or "Customer journey map",
            outlines=options.svg_text == "outlines",
            language=doc_language,
        )
    if fmt == "png":
        from journeymapper.export.qt_painter import render_png_bytes  # Qt only when asked for

        return render_png_bytes(display, options.dpi, paper)
    if tile:
        return _render_tiles(display, paper, tile, meta, warnings)
    return render_pdf(display, paper, meta)


def _band(options: ExportOptions) -> float:
    """The height `_decorated` will add below the poster: legibility is measured with it."""
    return band_height(bool(options.logo or options.logo_image), bool(options.footer or options.print_date))


def _decorated(display: DisplayList, options: ExportOptions, language: str) -> DisplayList:
    """The poster with its arrows untangled (export/untangle.py) and the designer's logo,
    footer and print date (export/parts.py)."""
    display = untangled(display)
    logo = read_logo(options.logo) if options.logo else options.logo_image
    today = None
    if options.print_date:
        epoch = source_date_epoch()
        today = dt.datetime.fromtimestamp(epoch, dt.UTC).date() if epoch is not None else dt.date.today()
    return decorate(display, logo=logo, footer=options.footer, print_date=today, language=language)


def _render_tiles(
    display: DisplayList, paper: Paper, tile: str, meta: PdfMetadata, warnings: list[Message]
) -> bytes:
    """The sheet over office pages; nearly blank tiles are skipped and named in a warning."""
    tiling = make_tiling(tile, paper.page_w, paper.page_h)
    scale, ox, oy = paper.placement(display.width, display.height)
    boxes = [(ox + g.x * scale, oy + g.y * scale, g.w * scale, g.h * scale) for g in display.groups()]
    skip = blank_tiles(tiling, boxes)
    if skip and len(skip) < tiling.count:
        names = ", ".join(f"{row_label(r)}{c + 1}" for r, c in sorted(skip))
        template = QT_TRANSLATE_NOOP(
            "ExportWarning", "tiles %1 would be nearly blank and are not printed (%2 pages)"
        )
        warnings.append(Message("ExportWarning", template, (names, tiling.count - len(skip))))
    else:
        skip = frozenset()
    return render_tiled_pdf(display, paper, tiling, meta, skip)


def _render_split(
    journey: JourneyMap,
    layout_options: LayoutOptions,
    paper: Paper,
    options: ExportOptions,
    meta: PdfMetadata,
    warnings: list[Message],
) -> bytes:
    pages, smallest = split_by_stages(journey, layout_options, paper, options.min_text_pt, _band(options))
    template = QT_TRANSLATE_NOOP("ExportWarning", "split into %1 pages of stages so body text reaches %2 pt")
    warnings.append(Message("ExportWarning", template, (len(pages), round(smallest, 1))))
    if smallest < options.min_text_pt:
        warnings.append(below_minimum_warning(smallest, paper, options.min_text_pt))
    displays = [_decorated(page.layout.display, options, meta.language) for page in pages]
    for display in displays:
        warnings.extend(uncovered_text_warnings(display))
    return render_pdf_pages(displays, paper, meta)


def _render_handout(
    journey: JourneyMap,
    layout_options: LayoutOptions,
    options: ExportOptions,
    meta: PdfMetadata,
    warnings: list[Message],
) -> bytes:
    """A4/Letter pages of one (portrait) or two (landscape) stages, to read in hand.

    Never below the minimum text size when it can be helped (export/legibility.py): a
    tall stage continues on the next page, two stages a page fall back to one.
    """
    paper, layouts, notes = handout_pages(
        journey,
        layout_options,
        str(options.handout),
        options.stages_per_page,
        options.min_text_pt,
        _band(options),
    )
    for note in notes:
        template = QT_TRANSLATE_NOOP("ExportWarning", "handout: %1, so body text reaches %2 pt")
        warnings.append(Message("ExportWarning", template, (note, options.min_text_pt)))
    displays = [_decorated(layout.display, options, meta.language) for layout in layouts]
    smallest = min(printed_body_pt(d, paper, layout_options) for d in displays)
    if smallest < options.min_text_pt:  # one lane of one stage is bigger than the page
        template = QT_TRANSLATE_NOOP(
            "ExportWarning",
            "body text prints at %1 pt on this handout, below the %2 pt minimum: a single lane of a "
            "stage is too big for the page; export a poster instead",
        )
        warnings.append(Message("ExportWarning", template, (round(smallest, 1), options.min_text_pt)))
    for display in displays:
        warnings.extend(uncovered_text_warnings(display))
    return render_pdf_pages(displays, paper, meta)


def export_poster(
    journey: JourneyMap,
    out: Path | str,
    options: ExportOptions | None = None,
    *,
    warnings: list[Message] | None = None,
    **legacy: Any,
) -> list[Path]:
    """Export a poster (pdf, svg, png) or the action plan (csv) to `out`; returns the files written."""
    out = Path(out)
    chosen = _options(options, legacy)
    check(chosen)
    try:
        paper = make_paper(chosen.size, chosen.orientation, chosen.margin_mm, chosen.bleed, chosen.crop_marks)
        if chosen.tile:
            make_tiling(chosen.tile, paper.page_w, paper.page_h)
    except PaperError as error:
        raise ExportOptionsError(str(error)) from None
    try:
        data = render_poster(journey, chosen.fmt, paper, options=chosen, warnings=warnings)
    except MemoryError:
        raise SaveError(out, "not enough memory to render this export; try a smaller size or DPI") from None
    except ValueError as error:
        raise ExportOptionsError(str(error)) from None
    write_atomically(out, data)
    return [out]


def save_preset(journey: JourneyMap, path: Path, out: Path, args: argparse.Namespace) -> None:
    """Keep the options of this export in the map file (atomically), for the next export."""
    fmt = FORMATS.get(out.suffix.lower(), "pdf")
    options = options_from_args(fmt, args, options_from_preset(journey.export_preset, fmt))
    journey.export_preset = preset_from_options(options)
    save_journey(journey, path)
