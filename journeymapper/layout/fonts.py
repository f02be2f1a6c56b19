"""The bundled Noto Sans faces and their real metrics, read through reportlab.

Every width in the layout comes from here, so the PDF (which embeds these very
files), the SVG (which names the family first) and the Qt canvas (which loads the
same files) all break lines at the same places. reportlab's TTF reader is pure
Python and does not need a display, which keeps the layout usable headless.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeymapper.layout.display import FontFace
from journeymapper.resources import resource
from journeymapper.typesetting.shaping import shaped_width

FAMILY = "Noto Sans"
CSS_FONT_FAMILY = "Noto Sans, 'Helvetica Neue', Arial, sans-serif"

FONT_FILES: dict[FontFace, str] = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
}
# reportlab font names; prefixed so that they cannot clash with a user's registrations.
PDF_FONT_NAMES: dict[FontFace, str] = {
    "regular": "JM-NotoSans",
    "bold": "JM-NotoSans-Bold",
    "italic": "JM-NotoSans-Italic",
}


@dataclass(frozen=True)
class FaceMetrics:
    """Vertical metrics of one face per point of font size (units: em / 1000)."""

    ascent: float
    descent: float  # positive: how far glyphs reach below the baseline
    cap_height: float


@cache
def register_fonts() -> dict[FontFace, TTFont]:
    """Register the three faces with reportlab once per process and return them."""
    fonts: dict[FontFace, TTFont] = {}
    for face, filename in FONT_FILES.items():
        name = PDF_FONT_NAMES[face]
        try:
            font = pdfmetrics.getFont(name)
        except KeyError:
            font = TTFont(name, str(resource("fonts", filename)))
            pdfmetrics.registerFont(font)
        fonts[face] = font
    return fonts


def font_path(face: FontFace) -> str:
    return str(resource("fonts", FONT_FILES[face]))


def pdf_font_name(face: FontFace) -> str:
    register_fonts()
    return PDF_FONT_NAMES[face]


@cache
def face_metrics(face: FontFace) -> FaceMetrics:
    ttf = register_fonts()[face].face
    return FaceMetrics(ttf.ascent / 1000.0, -ttf.descent / 1000.0, ttf.capHeight / 1000.0)


@cache
def _char_widths(face: FontFace) -> tuple[dict[int, int], int]:
    ttf = register_fonts()[face].face
    return ttf.charWidths, ttf.defaultWidth


@cache
def supported_codepoints() -> frozenset[int]:
    """Code points every bundled face can draw (the intersection of their cmaps)."""
    fonts = register_fonts()
    sets = [set(font.face.charToGlyph) for font in fonts.values()]
    return frozenset(set.intersection(*sets))


@cache
def _width_table(face: FontFace) -> defaultdict[str, int]:
    """Advance widths by character (1/1000 em), the same numbers reportlab's stringWidth sums."""
    widths, default = _char_widths(face)
    table: defaultdict[str, int] = defaultdict(lambda: default)
    for code, width in widths.items():
        table[chr(code)] = width
    return table


def text_width(text: str, face: FontFace, size: float) -> float:
    """Advance width of `text` in points, exactly as reportlab will set it in the PDF.

    reportlab's TTF `stringWidth` is a sum of per-character advances (no kerning);
    summing the same table here avoids its per-call overhead, which dominated
    layout time on large maps. `tests/test_layout_text.py` checks both agree.
    """
    if not text:
        return 0.0
    if not text.isascii() and not base_chars().issuperset(text):
        return shaped_width(text, face, size)  # other scripts, emoji, right to left: see typesetting/
    return sum(map(_width_table(face).__getitem__, text)) * size / 1000.0


@cache
def base_chars() -> frozenset[str]:
    """Characters Noto Sans draws in every face: text made only of these skips shaping."""
    return frozenset(chr(code) for code in supported_codepoints())


register_fonts()  # measuring is the first thing any layout does; fail early if the fonts are missing
