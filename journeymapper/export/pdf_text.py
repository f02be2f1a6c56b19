"""Shaped text in the PDF: HarfBuzz's glyphs set in embedded subsets, the original words extractable.

reportlab embeds TrueType subsets by *character*; shaping yields *glyphs* (Arabic joined
forms, emoji sequences) that may have no character of their own. Each bundled font is
therefore registered a second time for glyph drawing, and every glyph is written as the
character that maps to it in the font's cmap, or, for glyphs only shaping reaches, as a
private-use character added to that font's map (reportlab's own shaping support does the
same). The glyphs are placed at HarfBuzz's positions, and the run is wrapped in a
`/Span << /ActualText (...) >>` marked-content sequence holding the original string,
so copy/paste, search and `pdftotext` give back "مرحبا", "中文" and "👍".

A line with right-to-left text gets one ActualText for the whole line, in the order text
extractors expect (`extraction_text`): they receive glyphs in visual order and turn them
back into reading order themselves, so the ActualText is visual too, with a
direction mark where an extractor's simplified reordering (poppler's `reorderText`)
would otherwise carry a space or a digit to the wrong side of an Arabic or Hebrew phrase.
Measured on 11 mixed lines: pdftotext gives back all 11 (2 before); MuPDF's text output
(visual order, no reordering) and pypdf (which ignore this ActualText) are unchanged.
"""

# ruff: noqa: UP031 - %-formatting of numbers, as in pdf.py

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from journeymapper.layout.display import TextRun
from journeymapper.layout.fonts import base_chars
from journeymapper.typesetting.fontset import font_file, load
from journeymapper.typesetting.shaping import GlyphSpan, ShapedLine, has_rtl, shape_line

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


LRM, RLM = "\u200e", "\u200f"  # invisible direction marks


def _kind(char: str) -> str:
    """'L' (a letter written left to right), 'R' (right to left), 'N' (a number) or ' ' (the rest).

    As poppler's tables see characters: digits and the full stop and comma that
    separate them end a right-to-left section like a Latin letter does; spaces, brackets
    and other punctuation are carried along with it.
    """
    bidi = unicodedata.bidirectional(char)
    if bidi == "L":
        return "L"
    if bidi in ("R", "AL"):
        return "R"
    return "N" if bidi in ("EN", "AN") or char in ".," else " "


def mostly_left_to_right(texts: Iterable[str]) -> bool:
    """Whether a page has at least as many left-to-right letters as right-to-left ones.

    poppler decides the direction of a page's text this way, and reorders every line of
    the page by it (`extraction_text`).
    """
    balance = 0
    for text in texts:
        if has_rtl(text):
            kinds = [_kind(char) for char in text]
            balance += kinds.count("L") - kinds.count("R")
        else:
            balance += sum(1 for char in text if char.isalpha())
    return balance >= 0


def extraction_text(text: str, left_to_right: bool = True) -> str:
    """The ActualText of a line holding right-to-left text: what extractors turn back into `text`.

    Extractors receive the glyphs in visual order and reorder them themselves; poppler's
    `reorderText` (pdftotext, evince) takes the page's direction (`mostly_left_to_right`)
    and reverses each section of the other direction, with simplified rules for where a
    section ends. This writes the sequence those rules turn into `text`, with an
    invisible LRM or RLM where a space, a stop or a bracket between two directions would
    otherwise land on the wrong side.
    """
    kinds = [_kind(char) for char in text]
    if left_to_right:
        sections = _sections_left_to_right(text, kinds)
    else:
        sections = _sections_right_to_left(text, kinds)[::-1]
    return "".join(part[::-1] if rtl else part for rtl, part in sections)


def _sections_left_to_right(text: str, kinds: list[str]) -> list[tuple[bool, str]]:
    """Reading-order sections of a mostly left-to-right line: (reversed by the extractor?, text).

    A right-to-left section must end on a right-to-left letter (the extractor would pull
    the neutrals after it in), so those neutrals start the next section, behind an LRM.
    """
    out: list[tuple[bool, str]] = []
    at, n = 0, len(text)
    while at < n:
        end = at
        while end < n and kinds[end] != "R":
            end += 1
        if end > at:
            out.append((False, text[at:end]))
        if end >= n:
            break
        stop = end
        while stop < n and kinds[stop] not in ("L", "N"):
            stop += 1
        last = max(i for i in range(end, stop) if kinds[i] == "R") + 1
        out.append((True, text[end:last]))
        if last < stop:  # neutrals between the phrase and what follows
            out.append((False, LRM + text[last:stop]))
        at = stop
    return out


def _sections_right_to_left(text: str, kinds: list[str]) -> list[tuple[bool, str]]:
    """Reading-order sections of a mostly right-to-left line (the extractor reads them from the right).

    A left-to-right section must end on a letter or digit, and a right-to-left one must
    start on a right-to-left letter: neutrals after Latin text go behind an RLM.
    """
    out: list[tuple[bool, str]] = []
    at, n = 0, len(text)
    while at < n:
        end = at
        while end < n and kinds[end] not in ("L", "N"):
            end += 1
        if end > at:
            part = text[at:end]
            out.append((True, part if not out or kinds[at] == "R" else RLM + part))
        if end >= n:
            break
        stop = end
        while stop < n and kinds[stop] != "R":
            stop += 1
        last = max(i for i in range(end, stop) if kinds[i] in ("L", "N")) + 1
        out.append((False, text[end:last]))
        at = last
    return out


def draw_shaped(
    text: PDFTextObject, run: TextRun, left: float, baseline: float, boxes: Boxes, left_to_right: bool = True
) -> None:
    """Add the run's glyphs to an open text object; `left`, `baseline` in PDF user space;
    `left_to_right`: the page's text direction (`mostly_left_to_right`)."""
    shaped: ShapedLine = shape_line(run.text, run.face)
    code = text._code  # noqa: SLF001 - reportlab's operator list for this text object
    size = run.size
    whole_line = has_rtl(run.text)
    if whole_line:  # one ActualText in extraction order (see `extraction_text`)
        code.append("/Span <</ActualText <%s>>> BDC" % _utf16_hex(extraction_text(run.text, left_to_right)))
    for span in shaped.spans:
        if span.font is None:
            boxes.rects.append((left + span.x * size, baseline, span.width * size, size * 0.7, run.colour))
            continue
        # Left-to-right spans carry their text as ActualText: emoji (outside the BMP, which
        # reportlab's ToUnicode cannot map) and ligatures extract as written.
        if not whole_line:
            code.append("/Span <</ActualText <%s>>> BDC" % _utf16_hex(span.text))
        _draw_span(text, code, span, left, baseline, size)
        if not whole_line:
            code.append("EMC")
    if whole_line:
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
