"""Self-contained SVG text: glyph outlines defined once in <defs>, placed with <use>.

librsvg (and so most converters and previewers) ignores `@font-face`, and a reader's
machine rarely has Noto Sans, let alone Arabic or CJK fonts: an SVG that names fonts is
drawn in whatever font is at hand. So every line is drawn from the outlines of the very
glyphs HarfBuzz chose (as matplotlib's SVG backend does), each glyph defined once and
reused, and the line's text is kept on top as an invisible `<text>` stretched over the
same width: it is what a reader selects, searches and hears, and what `grep` finds.

Outlines are stored in 1/1000 em with y down, so a run is one `<g transform="translate
scale">` whose `<use>` children only need an `x` (and a `y` for raised marks).
"""

# ruff: noqa: UP031 - %-formatting of numbers is the fast path here, as in svg.py

from __future__ import annotations

import xml.etree.ElementTree as ET

from journeymapper.layout.display import TextRun
from journeymapper.typesetting.fontset import load
from journeymapper.typesetting.shaping import GlyphSpan, shape_line

_XLINK_HREF = "xlink:href"
# One letter per font in glyph ids ("gb51": bold glyph 51): a poster has tens of thousands of <use>s.
_SHORT = {
    "sans": "r",
    "sans-bold": "b",
    "sans-italic": "i",
    "arabic": "a",
    "hebrew": "h",
    "cjk": "c",
    "hangul": "k",
    "emoji": "e",
}


class _PathPen:
    """Collects a glyph outline as SVG path data, scaled to 1/1000 em, y flipped."""

    def __init__(self, scale: float) -> None:
        self.k = scale
        self.parts: list[str] = []

    def _p(self, point: tuple[float, float]) -> str:
        return "%.0f %.0f" % (point[0] * self.k, -point[1] * self.k)

    def moveTo(self, point: tuple[float, float]) -> None:  # noqa: N802 - the pen protocol's names
        self.parts.append("M" + self._p(point))

    def lineTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.parts.append("L" + self._p(point))

    def qCurveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        self.parts.append("Q" + " ".join(self._p(p) for p in points))

    def curveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        self.parts.append("C" + " ".join(self._p(p) for p in points))

    def closePath(self) -> None:  # noqa: N802
        self.parts.append("Z")

    def endPath(self) -> None:  # noqa: N802
        pass


def glyph_path(font_key: str, gid: int) -> str:
    loaded = load(font_key)
    pen = _PathPen(1000.0 / loaded.upem)
    loaded.font.draw_glyph_with_pen(gid, pen)
    return "".join(pen.parts)


class GlyphDefs:
    """The glyphs one SVG document uses, written once into its <defs>."""

    def __init__(self, defs: ET.Element) -> None:
        self.defs = defs
        self.ids: dict[tuple[str, int], str] = {}
        self.words: dict[tuple[str, tuple[int, ...], tuple[int, ...]], str] = {}

    def word(self, font_key: str, gids: tuple[int, ...], xs: tuple[int, ...]) -> str:
        """A word (glyphs at x offsets in 1/1000 em from its start) defined once, used by reference.

        Posters repeat words ("Web", "Assumed", a team's name) thousands of times; one
        <use> per word instead of per glyph keeps a large poster's SVG several times smaller.
        """
        key = (font_key, gids, xs)
        found = self.words.get(key)
        if found is None:
            found = self.words[key] = "w%d" % len(self.words)
            group = ET.SubElement(self.defs, "g", {"id": found})
            for gid, x in zip(gids, xs, strict=True):
                use = {_XLINK_HREF: self.ref(font_key, gid)}
                if x:
                    use["x"] = str(x)
                ET.SubElement(group, "use", use)
        return "#" + found

    def ref(self, font_key: str, gid: int) -> str:
        key = (font_key, gid)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = "g%s%d" % (_SHORT.get(font_key, font_key + "-"), gid)
            d = glyph_path(font_key, gid)
            ET.SubElement(self.defs, "path", {"id": found, "d": d or "M0 0"})
        return "#" + found


def _words(span: GlyphSpan) -> list[tuple[float, tuple[int, ...], tuple[int, ...]]]:
    """The span cut at its space glyphs: (start x in em, glyph ids, x offsets in 1/1000 em)."""
    assert span.font is not None
    space = load(span.font).font.get_nominal_glyph(32)
    out: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    gids: list[int] = []
    xs: list[float] = []

    def flush() -> None:
        if gids:
            start = xs[0]
            out.append((start, tuple(gids), tuple(round((x - start) * 1000) for x in xs)))
            gids.clear()
            xs.clear()

    for gid, x in zip(span.glyphs, span.xs, strict=True):
        if gid == space:
            flush()
            continue
        gids.append(gid)
        xs.append(x)
    flush()
    return out


def _n(value: float) -> str:
    text = "%.2f" % value
    return text.rstrip("0").rstrip(".") if "." in text else text


def add_outlined_text(parent: ET.Element, run: TextRun, attrs: dict[str, str], glyphs: GlyphDefs) -> None:
    """The run as glyph <use>s in its colour, plus the invisible selectable <text>."""
    shaped = shape_line(run.text, run.face)
    size = run.size
    left = run.x - (run.width / 2 if run.anchor == "middle" else run.width if run.anchor == "end" else 0.0)
    k = size / 1000.0
    group = ET.SubElement(
        parent,
        "g",
        {
            "transform": "translate(%s %s) scale(%s)" % (_n(left), _n(run.y), "%.5f" % k),
            "fill": attrs["fill"],
            "aria-hidden": "true",
        },
    )
    sub = ET.SubElement
    for span in shaped.spans:
        if span.font is None:  # no bundled font has it: a visible box, reported by the export
            sub(
                group,
                "rect",
                {
                    "x": "%.0f" % (span.x * 1000 + 60),
                    "y": "-700",
                    "width": "%.0f" % (span.width * 1000 - 120),
                    "height": "700",
                    "fill": "none",
                    "stroke": attrs["fill"],
                    "stroke-width": "60",
                    "class": "missing-glyph",
                },
            )
            continue
        if span.rtl or any(span.ys):  # marks and right-to-left runs: glyph by glyph
            for gid, gx, gy in zip(span.glyphs, span.xs, span.ys, strict=True):
                use = {_XLINK_HREF: glyphs.ref(span.font, gid), "x": "%.0f" % (gx * 1000)}
                if gy:
                    use["y"] = "%.0f" % (-gy * 1000)
                sub(group, "use", use)
            continue
        for start, gids, xs in _words(span):
            sub(group, "use", {_XLINK_HREF: glyphs.word(span.font, gids, xs), "x": "%.0f" % (start * 1000)})
    text_attrs = dict(attrs)
    text_attrs["fill-opacity"] = "0"
    if run.width > 0:
        text_attrs["textLength"] = _n(run.width)
        text_attrs["lengthAdjust"] = "spacingAndGlyphs"
    sub(parent, "text", text_attrs).text = run.text
