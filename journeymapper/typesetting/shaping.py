"""One line of text → positioned glyphs: bidi order, a font per character run, HarfBuzz shaping.

Why here and not in each backend: the width the layout measures must be the width the
PDF, the SVG and the canvas draw. So the layout asks `shaped_width`, and the PDF and SVG
painters draw `shape_line`'s glyphs at its positions. The steps are the usual ones:

1. bidi levels by the Unicode Bidirectional Algorithm (python-bidi's reference
   implementation, whose resolved levels we read before it reorders characters);
2. runs of characters with one level and one font (the first font of the chain that has
   the character; marks, joiners and variation selectors stay with their base);
3. each run shaped by HarfBuzz in its direction (Arabic joins, marks attach);
4. runs placed left to right in visual order (rule L2 of the algorithm).

A character no bundled font has becomes a `GlyphSpan` with `font=None`: backends draw a
visible box, and the export reports it (never a silent "�").

Positions are in em (multiply by the font size in points). Kerning is off, so Latin text
measures exactly as the fast path in `layout/fonts.py` sums advance widths.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm

from journeymapper.typesetting.fontset import covering_font, load

BOX_WIDTH = 0.6  # em: the advance of the box drawn for a character no font has
_FEATURES = {"kern": False}
_STICKY_CATEGORIES = frozenset({"Mn", "Me", "Mc", "Cf", "Sk"})
_STRONG_RTL = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_SKIN_TONES = range(0x1F3FB, 0x1F400)


@dataclass(frozen=True, slots=True)
class GlyphSpan:
    """Glyphs of one font, positioned from the line's left edge (em); y offsets go up."""

    font: str | None  # a key of fontset.ALL_FONTS, or None: a box for uncovered text
    glyphs: tuple[int, ...]
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    x: float  # left edge of the span
    width: float
    text: str  # the span's characters in logical (reading) order
    rtl: bool = False


@dataclass(frozen=True, slots=True)
class ShapedLine:
    spans: tuple[GlyphSpan, ...]
    width: float  # em
    missing: tuple[str, ...]  # characters drawn as boxes

    def is_simple(self) -> bool:
        """One left-to-right span in one font: painters may set it as a plain string."""
        return len(self.spans) == 1 and not self.spans[0].rtl and self.spans[0].font is not None


def has_rtl(text: str) -> bool:
    bidirectional = unicodedata.bidirectional
    return any(bidirectional(char) in _STRONG_RTL for char in text)


def bidi_levels(text: str) -> list[int]:
    """The resolved embedding level of every character (even: left to right).

    python-bidi's reference implementation predates isolates (U+2066–2069), so they are
    left out of the analysis and take their neighbour's level; should it still reject
    some sequence of format characters, the line is laid out at its base level rather
    than failing the export.
    """
    if not has_rtl(text):
        return [0] * len(text)
    kept = [i for i, char in enumerate(text) if not 0x2066 <= ord(char) <= 0x2069]
    analysed = "".join(text[i] for i in kept)
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(analysed)
    try:
        resolved = _resolve(analysed, storage, base)
    except (AssertionError, KeyError, IndexError):
        return [base] * len(text)
    levels: list[int | None] = [None] * len(text)
    for index, resolved_level in resolved.items():
        levels[kept[index]] = resolved_level
    out: list[int] = []
    previous = base
    for found in levels:  # characters left out (joiners, embeddings, isolates) take their neighbour's level
        previous = found if found is not None else previous
        out.append(previous)
    return out


def _resolve(text: str, storage: dict, base: int) -> dict[int, int]:
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return {char["index"]: char["level"] for char in storage["chars"]}


def _sticks(char: str) -> bool:
    """Marks, joiners, variation selectors and skin tones belong to the character before them."""
    code = ord(char)
    return (
        unicodedata.category(char) in _STICKY_CATEGORIES
        or 0xFE00 <= code <= 0xFE0F
        or code in _SKIN_TONES
        or code == 0x20E3
    )


def _font_runs(text: str, face: str, levels: list[int]) -> list[tuple[int, str | None, int, int]]:
    """(level, font key, start, end) runs in logical order."""
    runs: list[tuple[int, str | None, int, int]] = []
    previous: str | None = None
    for index, char in enumerate(text):
        key: str | None
        if previous is not None and (_sticks(char) or ord(char) in load(previous).codepoints):
            key = previous  # stay in the run's font: spaces, digits and marks do not split a run
        else:
            key = covering_font(face, char)
            if key is None and unicodedata.category(char) in ("Zs", "Cf"):
                key = covering_font("regular", " ")
        level = levels[index]
        if runs and runs[-1][0] == level and runs[-1][1] == key and key is not None:
            runs[-1] = (level, key, runs[-1][2], index + 1)
        else:
            runs.append((level, key, index, index + 1))
        previous = key
    return runs


def _visual_order(runs: list[tuple[int, str | None, int, int]]) -> list[tuple[int, str | None, int, int]]:
    """Rule L2: reverse every maximal sequence at or above each level, highest first."""
    if not runs:
        return runs
    ordered = list(runs)
    highest = max(r[0] for r in ordered)
    lowest_odd = min((r[0] for r in ordered if r[0] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(ordered):
            if ordered[index][0] >= level:
                end = index
                while end < len(ordered) and ordered[end][0] >= level:
                    end += 1
                ordered[index:end] = reversed(ordered[index:end])
                index = end
            else:
                index += 1
    return ordered


def _shape_run(text: str, start: int, end: int, key: str, rtl: bool, x: float) -> GlyphSpan:
    loaded = load(key)
    buffer = hb.Buffer()
    buffer.add_str(text[start:end])
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    hb.shape(loaded.font, buffer, _FEATURES)
    scale = 1.0 / loaded.upem
    glyphs, xs, ys = [], [], []
    pen = x
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyphs.append(info.codepoint)
        xs.append(pen + pos.x_offset * scale)
        ys.append(pos.y_offset * scale)
        pen += pos.x_advance * scale
    return GlyphSpan(key, tuple(glyphs), tuple(xs), tuple(ys), x, pen - x, text[start:end], rtl)


def _box_span(text: str, x: float) -> GlyphSpan:
    return GlyphSpan(None, (), (), (), x, BOX_WIDTH * len(text), text)


@lru_cache(maxsize=65536)
def shape_line(text: str, face: str = "regular") -> ShapedLine:
    """The line's glyphs in visual order, positioned in em from its left edge."""
    levels = bidi_levels(text)
    spans: list[GlyphSpan] = []
    missing: list[str] = []
    x = 0.0
    for level, key, start, end in _visual_order(_font_runs(text, face, levels)):
        if key is None:
            span = _box_span(text[start:end], x)
            missing.extend(text[start:end])
        else:
            span = _shape_run(text, start, end, key, bool(level % 2), x)
        spans.append(span)
        x += span.width
    return ShapedLine(tuple(spans), x, tuple(missing))


def shaped_width(text: str, face: str, size: float) -> float:
    """Advance width in points of `text` as `shape_line` sets it."""
    return shape_line(text, face).width * size


def uncovered(text: str, face: str = "regular") -> list[str]:
    """Characters of `text` that no bundled font can draw."""
    return [c for c in text if covering_font(face, c) is None and unicodedata.category(c) not in ("Zs", "Cf")]
