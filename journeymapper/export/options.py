"""Everything an export can be asked for, in one object the CLI, the dialog and presets share.

Why one object: the CLI flags, the editor's Export dialog and the export preset saved
in a map all describe the same choices; `export_poster` takes an `ExportOptions` so the
three cannot drift apart, and `check()` gives every caller the same messages.
"""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from journeymapper.model.export_preset import ExportPreset

FORMATS = {".pdf": "pdf", ".svg": "svg", ".png": "png", ".csv": "csv"}
MIN_DPI, MAX_DPI = 10, 1200
DEFAULT_MIN_TEXT_PT = 6.0
FIT_CHOICES = ("warn", "split", "tile", "larger")
SVG_TEXT_CHOICES = ("outlines", "text")


class ExportOptionsError(ValueError):
    """An export option cannot be honoured; the message tells the user what to change."""


@dataclass(frozen=True)
class ExportOptions:
    """How to export a map. Defaults are the CLI's defaults."""

    fmt: str = "pdf"
    size: str = "A2"
    orientation: str = "landscape"
    tile: str | None = None
    bleed: bool = False
    crop_marks: bool = False
    margin_mm: float = 10.0
    dpi: int = 150
    language: str | None = None
    theme: str = "light"
    # Self-contained glyph outlines (default) or plain <text> naming the fonts, for design tools.
    svg_text: str = "outlines"
    # Smallest printed body text in points; below it the export warns or, by `fit`, splits
    # the map by stages, tiles it or moves to a larger paper.
    min_text_pt: float = DEFAULT_MIN_TEXT_PT
    fit: str = "warn"
    # A4/Letter handouts: a PDF of `stages_per_page` stages a page instead of one poster.
    handout: str | None = None
    stages_per_page: int = 1
    # Designer choices (export/parts.py): parts left out, a logo file, a footer, the date.
    colour_mode: str = "rgb"  # PDF only: "cmyk" for print shops (export/pdf_print.py)
    hide: tuple[str, ...] = ()
    logo: str | None = None  # a logo file; else `logo_image`, a logo kept in the map's preset
    logo_image: bytes | None = field(default=None, repr=False)
    footer: str = ""
    print_date: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def replace(self, **changes: Any) -> ExportOptions:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ExportOptionsError(f"unknown export option(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)


def options_from_preset(preset: ExportPreset | None, fmt: str) -> ExportOptions:
    """The options a map's saved export preset describes (defaults where it says nothing)."""
    if preset is None:
        return ExportOptions(fmt=fmt)
    return ExportOptions(
        colour_mode=preset.colour_mode if fmt == "pdf" else "rgb",
        logo_image=preset.logo.raw() if preset.logo is not None else None,
        fmt=fmt,
        size=preset.size,
        orientation=preset.orientation,
        theme=preset.theme,
        margin_mm=preset.margin_mm,
        hide=tuple(preset.hide),
        footer=preset.footer,
        print_date=preset.print_date,
        min_text_pt=preset.min_text_pt,
        svg_text=preset.svg_text,
    )


def preset_from_options(options: ExportOptions) -> ExportPreset:
    """What of these options a map keeps as its preset (no file paths, no output format).

    A logo file is read and kept in the preset itself (PartsError if it is not a usable
    image), so the next export, on anyone's computer, has it.
    """
    from journeymapper.export.parts import read_logo
    from journeymapper.model.entities import Photo

    logo = read_logo(options.logo) if options.logo else options.logo_image
    orientation = "portrait" if options.orientation == "portrait" else "landscape"
    theme = options.theme.replace("color", "colour")
    return ExportPreset(
        size=options.size,
        orientation=orientation,
        theme=theme if theme in ("light", "dark", "colour-blind") else "light",
        margin_mm=options.margin_mm,
        hide=list(options.hide),
        footer=options.footer,
        print_date=options.print_date,
        min_text_pt=options.min_text_pt,
        svg_text="text" if options.svg_text == "text" else "outlines",
        colour_mode="cmyk" if options.colour_mode == "cmyk" else "rgb",
        logo=Photo.from_bytes(logo) if logo else None,
    )


def apply_preset_defaults(args: argparse.Namespace, journey: object) -> None:
    """Fill the paper and theme flags not given on the command line: the map's preset, else defaults.

    The poster export reads the preset itself; this makes the other exports that take the
    same flags (comparison, insights page) see the same values.
    """
    preset = getattr(journey, "export_preset", None)
    for attr, name, default in (
        ("size", "size", "A2"),
        ("orientation", "orientation", "landscape"),
        ("margin", "margin_mm", 10.0),
        ("theme", "theme", "light"),
    ):
        if getattr(args, attr, None) is None:
            setattr(args, attr, getattr(preset, name) if preset is not None else default)


def options_from_args(fmt: str, args: argparse.Namespace, base: ExportOptions | None = None) -> ExportOptions:
    """The options the `journeymapper export` flags describe; absent flags keep `base` (the map's preset)."""
    base = base if base is not None else ExportOptions(fmt=fmt)
    changes: dict[str, Any] = {}
    for name, attr in (
        ("size", "size"),
        ("orientation", "orientation"),
        ("tile", "tile"),
        ("margin_mm", "margin"),
        ("dpi", "dpi"),
        ("language", "lang"),
        ("theme", "theme"),
        ("svg_text", "svg_text"),
        ("min_text_pt", "min_text"),
        ("fit", "fit"),
        ("logo", "logo"),
        ("colour_mode", "colour_mode"),
        ("footer", "footer"),
        ("handout", "handout"),
        ("stages_per_page", "stages_per_page"),
    ):
        value = getattr(args, attr, None)
        if value is not None:
            changes[name] = value
    hide = getattr(args, "hide", None)
    if hide:
        changes["hide"] = tuple(part.strip() for value in hide for part in value.split(",") if part.strip())
    for name in ("bleed", "crop_marks", "print_date"):
        if getattr(args, name, False):
            changes[name] = True
    return base.replace(**changes)


def _check_handout(options: ExportOptions) -> None:
    """A handout is an A4/Letter PDF of one or two stages a page."""
    assert options.handout is not None
    if options.handout.upper() not in ("A4", "LETTER"):
        raise ExportOptionsError(f"--handout can be A4 or letter, not {options.handout!r}")
    if options.fmt != "pdf":
        raise ExportOptionsError("--handout makes a PDF of several pages; export to .pdf to use it")
    if options.stages_per_page not in (1, 2):
        raise ExportOptionsError("--stages-per-page can be 1 or 2")


def check(options: ExportOptions) -> None:
    """Refuse options that cannot be honoured, before anything is drawn."""
    from journeymapper.layout.theme import THEMES
    from journeymapper.model.vocabulary import Language

    fmt = options.fmt
    if fmt not in FORMATS.values():
        raise ExportOptionsError(f"unknown format {fmt!r}; use pdf, svg, png or csv")
    if options.tile and fmt != "pdf":
        raise ExportOptionsError("--tile splits a PDF over pages; export to .pdf to use it")
    if fmt == "png" and not (MIN_DPI <= int(options.dpi) <= MAX_DPI):
        raise ExportOptionsError(f"--dpi must be between {MIN_DPI} and {MAX_DPI}, not {options.dpi}")
    languages = {lang.value for lang in Language}
    if options.language is not None and options.language not in languages:
        raise ExportOptionsError(f"--lang must be one of {', '.join(sorted(languages))}")
    if options.theme.replace("color", "colour") not in THEMES:
        raise ExportOptionsError(f"--theme must be one of {', '.join(THEMES)}")
    _check_poster(options)


def _check_poster(options: ExportOptions) -> None:
    """The checks of the poster-only options (text, legibility, handouts, colour, footer)."""
    fmt = options.fmt
    if options.svg_text not in SVG_TEXT_CHOICES:
        raise ExportOptionsError(f"--svg-text must be one of {', '.join(SVG_TEXT_CHOICES)}")
    if not 2.0 <= float(options.min_text_pt) <= 24.0:
        raise ExportOptionsError(f"--min-text must be between 2 and 24 pt, not {options.min_text_pt:g}")
    if options.fit not in FIT_CHOICES:
        raise ExportOptionsError(f"--fit must be one of {', '.join(FIT_CHOICES)}")
    if options.fit == "split" and fmt != "pdf":
        raise ExportOptionsError("--fit split makes one page per group of stages; export to .pdf to use it")
    if options.handout is not None:
        _check_handout(options)
    if options.colour_mode not in ("rgb", "cmyk"):
        raise ExportOptionsError("--colour-mode must be rgb or cmyk")
    if options.colour_mode == "cmyk" and fmt != "pdf":
        raise ExportOptionsError("--colour-mode cmyk applies to PDF; export to .pdf to use it")
    if len(options.footer) > 300:
        raise ExportOptionsError("--footer is limited to 300 characters")
