"""SVG posters: svgwrite documents whose text stays text and whose groups are described.

The SVG is sized in millimetres for the chosen paper with a viewBox in points, so it
prints at the right size and opens editable in Inkscape or Illustrator. Each group
(card, pain, stage header...) is a `<g>` with a sanitised id, a class naming its
role, and `<title>`/`<desc>` holding the full text for screen readers.

The document, its root attributes and background are svgwrite objects. The poster's
thousands of primitives are built as ElementTree elements directly and handed to
svgwrite as one subtree: svgwrite itself is an ElementTree builder, and the escaping
of text and attributes happens in the same place either way — ElementTree's
serializer, when svgwrite writes the document — so `<script>` in a card is written
as `&lt;script&gt;`. Skipping svgwrite's per-element bookkeeping makes large posters
several times faster. Images are embedded only if they are real PNG/JPEG.
"""

# ruff: noqa: UP031 - %-formatting of numbers is the fast path here (measured), on purpose

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import svgwrite

from journeymapper.export import svg_glyphs
from journeymapper.export.paper import MM, Paper
from journeymapper.layout.display import Circle, DisplayList, Group, Image, Line, Path, PathOp, Rect, TextRun
from journeymapper.layout.fonts import CSS_FONT_FAMILY
from journeymapper.layout.painter import paint_items
from journeymapper.layout.text import clean_plain
from journeymapper.layout.theme import valid_colour
from journeymapper.model.images import ImageError, check_photo

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _n(value: float) -> str:
    """A coordinate with at most two decimals: enough at 1/72 in, and much smaller files."""
    text = "%.2f" % value
    if text[-1] != "0":
        return text
    text = text[:-3] if text[-2] == "0" else text[:-1]
    return "0" if text == "-0" else text


_COLOURS: dict[str, str] = {}


def _colour(value: str) -> str:
    """A validated #RRGGBB (black if invalid), cached: a poster repeats a few dozen colours."""
    found = _COLOURS.get(value)
    if found is None:
        if len(_COLOURS) > 4096:
            _COLOURS.clear()
        found = _COLOURS[value] = valid_colour(value, "#000000")
    return found


def group_id(group: Group) -> str:
    """A valid, unique XML id for a group: its role and model id, unsafe characters replaced."""
    raw = f"{group.role}-{group.ref}" if group.ref else group.role
    return _ID_UNSAFE.sub("_", raw)


def _path_d(ops: tuple[PathOp, ...]) -> str:
    parts = []
    for op in ops:
        if op[0] == "Z":
            parts.append("Z")
        else:
            parts.append(op[0] + " " + " ".join(_n(v) for v in op[1:]))
    return " ".join(parts)


def _stroke(attrs: dict[str, str], colour: str | None, width: float, dash: tuple[float, ...] = ()) -> None:
    if colour is None or width <= 0:
        return
    attrs["stroke"] = _colour(colour)
    attrs["stroke-width"] = _n(width)
    if dash:
        attrs["stroke-dasharray"] = ",".join(_n(d) for d in dash)


def _opacity(attrs: dict[str, str], opacity: float) -> None:
    if opacity < 1:
        attrs["opacity"] = _n(opacity)


class _SvgPainter:
    """The `Painter` protocol writing ElementTree elements: one described <g> per group."""

    def __init__(self, poster: ET.Element, glyphs: svg_glyphs.GlyphDefs | None = None) -> None:
        self.poster = poster
        self.parent = poster
        self.glyphs = glyphs  # set: text drawn from glyph outlines (svg_glyphs.py)

    def begin_group(self, group: Group) -> bool:
        attrs = {"id": group_id(group), "class": _ID_UNSAFE.sub("_", group.role)}
        if group.title:
            attrs["role"] = "group"  # announced with its <title> by screen readers
        self.parent = ET.SubElement(self.poster, "g", attrs)
        title, desc = clean_plain(group.title), clean_plain(group.desc)
        if title:
            ET.SubElement(self.parent, "title").text = title
        if desc:
            ET.SubElement(self.parent, "desc").text = desc
        return True

    def end_group(self, group: Group) -> None:
        self.parent = self.poster

    def texts(self, runs: Sequence[TextRun]) -> None:
        sub, parent = ET.SubElement, self.parent
        for p in runs:
            attrs = {
                "x": _n(p.x),
                "y": _n(p.y),
                "font-size": _n(p.size),
                "fill": _colour(p.colour),
            }
            if p.face == "bold":
                attrs["font-weight"] = "bold"
            elif p.face == "italic":
                attrs["font-style"] = "italic"
            if p.anchor != "start":
                attrs["text-anchor"] = p.anchor
            if self.glyphs is not None:  # self-contained: outlines drawn, text kept invisible
                svg_glyphs.add_outlined_text(parent, p, attrs, self.glyphs)
                continue
            sub(parent, "text", attrs).text = p.text

    def rect(self, p: Rect) -> None:
        attrs = {
            "x": _n(p.x),
            "y": _n(p.y),
            "width": _n(p.w),
            "height": _n(p.h),
            "fill": _colour(p.fill) if p.fill else "none",
        }
        _stroke(attrs, p.stroke, p.stroke_width, p.dash)
        if p.radius > 0:
            attrs["rx"] = _n(min(p.radius, p.w / 2, p.h / 2))
        _opacity(attrs, p.opacity)
        ET.SubElement(self.parent, "rect", attrs)

    def line(self, p: Line) -> None:
        attrs = {"x1": _n(p.x1), "y1": _n(p.y1), "x2": _n(p.x2), "y2": _n(p.y2)}
        _stroke(attrs, p.stroke, p.stroke_width, p.dash)
        _opacity(attrs, p.opacity)
        ET.SubElement(self.parent, "line", attrs)

    def circle(self, p: Circle) -> None:
        attrs = {
            "cx": _n(p.cx),
            "cy": _n(p.cy),
            "r": _n(p.r),
            "fill": _colour(p.fill) if p.fill else "none",
        }
        _stroke(attrs, p.stroke, p.stroke_width)
        ET.SubElement(self.parent, "circle", attrs)

    def path(self, p: Path) -> None:
        if not p.ops:
            return
        attrs = {"d": _path_d(p.ops), "fill": _colour(p.fill) if p.fill else "none"}
        _stroke(attrs, p.stroke, p.stroke_width, p.dash)
        _opacity(attrs, p.opacity)
        ET.SubElement(self.parent, "path", attrs)

    def image(self, p: Image) -> None:
        try:
            media_type = check_photo(p.data)
        except ImageError:
            return
        href = f"data:{media_type};base64," + base64.b64encode(p.data).decode("ascii")
        attrs = {
            "x": _n(p.x),
            "y": _n(p.y),
            "width": _n(p.w),
            "height": _n(p.h),
            "preserveAspectRatio": "xMidYMid meet",
            "xlink:href": href,
        }
        ET.SubElement(self.parent, "image", attrs)


class _Subtree:
    """An ElementTree subtree svgwrite adds to its document like one of its own elements."""

    def __init__(self, element: ET.Element) -> None:
        self.element = element

    def get_xml(self) -> ET.Element:
        return self.element


def poster_subtree(display: DisplayList, transform: str, *, outlines: bool = False) -> ET.Element:
    """<g id="poster"> with one described <g> per group, in painting order.

    With `outlines`, text is drawn from glyph outlines defined in the subtree's <defs>
    (see svg_glyphs.py), so the file needs no installed font.
    """
    poster = ET.Element(
        "g", {"id": "poster", "font-family": CSS_FONT_FAMILY, "transform": transform, _XML_SPACE: "preserve"}
    )
    glyphs = svg_glyphs.GlyphDefs(ET.SubElement(poster, "defs")) if outlines else None
    paint_items(display.items, _SvgPainter(poster, glyphs))
    return poster


def render_svg(
    display: DisplayList,
    paper: Paper | None = None,
    title: str = "",
    description: str = "",
    *,
    outlines: bool = True,
    language: str = "",
) -> bytes:
    """The poster as UTF-8 SVG, on `paper` (scaled, centred, in mm) or at its natural size.

    By default text is drawn from embedded glyph outlines, so the file looks the same on
    any machine; `outlines=False` writes plain `<text>` naming Noto Sans, for editing in
    a design tool that has the fonts.
    """
    if paper is not None:
        page_w, page_h = paper.page_w, paper.page_h
        scale, ox, oy = paper.placement(display.width, display.height)
    else:
        page_w, page_h = display.width, display.height
        scale, ox, oy = 1.0, 0.0, 0.0
    dwg = svgwrite.Drawing(size=(f"{_n(page_w / MM)}mm", f"{_n(page_h / MM)}mm"), profile="full", debug=False)
    dwg.viewbox(0, 0, float(_n(page_w)), float(_n(page_h)))
    if language:
        dwg.attribs["xml:lang"] = dwg.attribs["lang"] = _ID_UNSAFE.sub("", language)
    # A document whose groups screen readers can walk (role "img" would hide them).
    dwg.attribs["role"] = "graphics-document"
    dwg.set_desc(title=clean_plain(title) or None, desc=clean_plain(description) or None)
    background = valid_colour(display.background, "#FFFFFF")
    if paper is not None:
        bleed = paper.bleed_pt
        tx, ty = paper.trim_origin
        dwg.add(
            dwg.rect(
                insert=(_n(tx - bleed), _n(ty - bleed)),
                size=(_n(paper.trim_w + 2 * bleed), _n(paper.trim_h + 2 * bleed)),
                fill=background,
                id="background",
            )
        )
    else:
        dwg.add(dwg.rect(insert=(0, 0), size=(_n(page_w), _n(page_h)), fill=background, id="background"))
    transform = f"translate({_n(ox)} {_n(oy)}) scale({scale:.6f})"
    dwg.elements.append(_Subtree(poster_subtree(display, transform, outlines=outlines)))
    if paper is not None and paper.crop_marks:
        dwg.add(_crop_marks(dwg, paper))
    return dwg.tostring().encode("utf-8")


def _crop_marks(dwg: svgwrite.Drawing, paper: Paper) -> object:
    marks = dwg.g(id="crop-marks", stroke="#000000", stroke_width="0.3")
    tx, ty = paper.trim_origin
    gap = paper.bleed_pt + 2.0
    length = paper.slug_pt - 4.0
    for x in (tx, tx + paper.trim_w):
        for y in (ty, ty + paper.trim_h):
            dx = -1 if x == tx else 1
            dy = -1 if y == ty else 1
            marks.add(dwg.line((_n(x + dx * gap), _n(y)), (_n(x + dx * (gap + length)), _n(y))))
            marks.add(dwg.line((_n(x), _n(y + dy * gap)), (_n(x), _n(y + dy * (gap + length)))))
    return marks
