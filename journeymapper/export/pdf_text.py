"""Shaped text in the PDF: HarfBuzz's glyphs set in embedded subsets, the original words extractable.

reportlab embeds TrueType subsets by *character*; shaping yields *glyphs* (Arabic joined
forms, emoji sequences) that may have no character of their own. Each bundled font is
therefore registered a second time for glyph drawing, and every glyph is written as the
character that maps to it in the font's cmap, or, for glyphs only shaping reaches, as a
private-use character added to that font's map (reportlab's own shaping support does the
same). The glyphs are placed at HarfBuzz's positions, and the run is wrapped in a
`/Span << /ActualText (...) >>` marked-content sequence holding the original string
(left-to-right spans; see `draw_shaped` for right-to-left), so copy/paste, search and
`pdftotext` give back "مرحبا", "中文" and "👍".
"""

# ruff: noqa: UP031 - %-formatting of numbers, as in pdf.py

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from journeymapper.layout.display import TextRun
from journeymapper.layout.fonts import base_chars
from journeymapper.typesetting.fontset import font_file, load
from journeymapper.typesetting.shaping import GlyphSpan, ShapedLine, shape_line

_PRIVATE_START = 0xE000
_PRIVATE_END = 0xF8FF
_TOLERANCE = 0.01  # em: a glyph this close to where the previous advance left the pen needs no move


@dataclass
class _GlyphFont:
    key: str
    name: str
    font: TTFont
    gid_to_char: dict[int, str]
    next_private: int = _PRIVATE_START

    def char_for(self, gid: int) -> str:
        found = self.gid_to_char.get(gid)
        if found is None:
            face = self.font.face
            code = self.next_private
            while code in face.charToGlyph and code <= _PRIVATE_END:
                code += 1
            if code > _PRIVATE_END:
                code = 0x10000 * 15 + gid  # plane-15 private use: enough for any font
            self.next_private = code + 1
            face.charToGlyph[code] = gid
            face.charWidths[code] = _advance_1000(self.key, gid)
            found = self.gid_to_char[gid] = chr(code)
        return found


def _advance_1000(key: str, gid: int) -> float:
    """A glyph's advance in 1/1000 em (the unit reportlab keeps widths in)."""
    loaded = load(key)
    return loaded.font.get_glyph_h_advance(gid) * 1000.0 / loaded.upem


_REGISTERED: dict[str, _GlyphFont] = {}


def glyph_font(key: str) -> _GlyphFont:
    """The font `key` registered for glyph drawing (once per process)."""
    found = _REGISTERED.get(key)
    if found is None:
        name = f"JM-Glyphs-{key}"
        font = TTFont(name, font_file(key))
        pdfmetrics.registerFont(font)
        reverse: dict[int, str] = {}
        for code, gid in sorted(font.face.charToGlyph.items(), reverse=True):
            if code < 0xFFFF and code != 0xA0 and not (_PRIVATE_START <= code <= _PRIVATE_END):
                reverse[gid] = chr(code)  # smallest code point wins: the letter, not a compatibility form
        found = _REGISTERED[key] = _GlyphFont(key, name, font, reverse)
    return found


def needs_shaping(text: str) -> bool:
    """True when a run cannot be set as a plain Noto Sans string."""
    return not text.isascii() and not base_chars().issuperset(text)


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


@dataclass
class Boxes:
    """Outlines to stroke after the text object: characters no font could draw."""

    rects: list[tuple[float, float, float, float, str]] = field(default_factory=list)


def draw_shaped(text: PDFTextObject, run: TextRun, left: float, baseline: float, boxes: Boxes) -> None:
    """Add the run's glyphs to an open text object; `left`, `baseline` in PDF user space."""
    shaped: ShapedLine = shape_line(run.text, run.face)
    code = text._code  # noqa: SLF001 - reportlab's operator list for this text object
    size = run.size
    for span in shaped.spans:
        if span.font is None:
            boxes.rects.append((left + span.x * size, baseline, span.width * size, size * 0.7, run.colour))
            continue
        # Left-to-right spans carry their text as ActualText: emoji (outside the BMP, which
        # reportlab's ToUnicode cannot map) and ligatures extract as written. Right-to-left
        # spans do not: readers expect RTL glyphs in visual order and reverse them
        # themselves (poppler reverses ActualText too), and each glyph's ToUnicode is a
        # letter (Arabic joined forms map to their presentation-form code points).
        if not span.rtl:
            code.append("/Span <</ActualText <%s>>> BDC" % _utf16_hex(span.text))
        _draw_span(text, code, span, left, baseline, size)
        if not span.rtl:
            code.append("EMC")


def _draw_span(
    text: PDFTextObject, code: list[str], span: GlyphSpan, left: float, baseline: float, size: float
) -> None:
    font = glyph_font(span.font or "sans")
    face = font.font.face
    text.setFont(font.name, size)
    pen: float | None = None
    chunk: list[str] = []
    for gid, gx, gy in zip(span.glyphs, span.xs, span.ys, strict=True):
        char = font.char_for(gid)
        if pen is None or gy or abs(gx - pen) > _TOLERANCE:
            if chunk:
                text.textOut("".join(chunk))
                chunk = []
            code.append("1 0 0 1 %.2f %.2f Tm" % (left + gx * size, baseline + gy * size))
            pen = gx
        chunk.append(char)
        pen += face.charWidths.get(ord(char), 0) / 1000.0
        if gy:
            text.textOut("".join(chunk))
            chunk, pen = [], None
    if chunk:
        text.textOut("".join(chunk))
