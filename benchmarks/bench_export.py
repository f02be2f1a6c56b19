"""Time the poster pipeline against bare scripts that draw the same primitives, in the same run.

For generated maps (`generate_maps.generate_map`) of 100 to 10,000 touchpoints it times:

* layout — `layout_for_page` (measure, wrap, place, choose card columns for A0);
* SVG    — `render_svg` of the display list, twice, each against its own bare script:
           - plain text (`outlines=False`) against a script that writes the same
             primitives (rect, text, line, circle, path, one `<g>` per group) as
             ElementTree elements with the same two-decimal numbers and serialises them:
             the trick the exporter uses, minus its walker, colour validation, ids,
             titles and svgwrite document;
           - glyph outlines (the default) against the same script drawing each text run
             as the exporter does: shaped by the same `shape_line` (cached, warmed for
             both), each glyph's outline defined once in `<defs>`, each word once as a
             `<g>` of glyph `<use>`s, one `<use>` per word in a scaled `<g>`, plus the
             invisible `<text>` kept for selection (Latin text: no right-to-left or
             mark handling needed, none in these maps);
* PDF    — `render_pdf`, against a bare reportlab script that writes the same primitives
           as path operators into the page stream (rounded corners and circles as the same
           Bézier curves), sets consecutive text runs in one text object with `setFont` only
           when the font changes, with the same embedded TTF, page compression and binary
           (not ASCII85) streams.

Every contender runs with the cyclic GC paused (as `export_poster` does). Each figure is
the median and the maximum over `--repeat` runs, of wall time and of CPU time (on a
shared machine CPU time is what the process itself spent). Ratios compare medians of
CPU time, which other processes on the machine disturb least: paint / bare, and
(layout + paint) / bare.

    python benchmarks/bench_export.py [--sizes 100,1000,5000,10000] [--repeat 5]
"""

# ruff: noqa: UP031 - %-formatting of numbers, as the exporters do (the fast path)

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from journeymapper.allocation import paused_gc  # noqa: E402
from journeymapper.export.paper import make_paper  # noqa: E402
from journeymapper.export.pdf import _CIRCLE, _K, _ROUND_RECT, binary_streams, render_pdf  # noqa: E402
from journeymapper.export.svg import render_svg  # noqa: E402
from journeymapper.export.svg_glyphs import glyph_path  # noqa: E402
from journeymapper.layout.display import Circle, DisplayList, Group, Line, Path, Rect, TextRun  # noqa: E402
from journeymapper.layout.fitting import layout_for_page  # noqa: E402
from journeymapper.layout.fonts import PDF_FONT_NAMES, register_fonts  # noqa: E402
from journeymapper.layout.maplayout import LayoutOptions  # noqa: E402
from journeymapper.typesetting.fontset import load  # noqa: E402
from journeymapper.typesetting.shaping import shape_line  # noqa: E402

Timing = dict[str, float]


def timed(fn: Callable[[], object], repeat: int) -> Timing:
    """Median and max of wall and CPU time (seconds) over `repeat` runs, GC paused for each."""
    wall, cpu = [], []
    for _ in range(repeat):
        with paused_gc():
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
    return {"wall": statistics.median(wall), "wall_max": max(wall), "cpu": statistics.median(cpu)}


def counts(display: DisplayList) -> tuple[int, int]:
    """How many shapes and text runs the poster draws."""
    primitives = display.primitives()
    texts = sum(1 for p in primitives if isinstance(p, TextRun))
    return len(primitives) - texts, texts


def _n(v: float) -> str:
    return "%.2f" % v


def _svg_primitive(parent: ET.Element, p: object) -> None:
    sub, kind = ET.SubElement, type(p)
    if kind is TextRun:
        assert isinstance(p, TextRun)
        attrs = {"x": _n(p.x), "y": _n(p.y), "font-size": _n(p.size), "fill": p.colour}
        sub(parent, "text", attrs).text = p.text
    elif kind is Rect:
        assert isinstance(p, Rect)
        attrs = {"x": _n(p.x), "y": _n(p.y), "width": _n(p.w), "height": _n(p.h), "fill": p.fill or "none"}
        sub(parent, "rect", attrs)
    elif kind is Line:
        assert isinstance(p, Line)
        sub(parent, "line", {"x1": _n(p.x1), "y1": _n(p.y1), "x2": _n(p.x2), "y2": _n(p.y2)})
    elif kind is Circle:
        assert isinstance(p, Circle)
        sub(parent, "circle", {"cx": _n(p.cx), "cy": _n(p.cy), "r": _n(p.r), "fill": p.fill or "none"})
    elif kind is Path:
        assert isinstance(p, Path)
        d = " ".join(op[0] + " " + " ".join(_n(v) for v in op[1:]) for op in p.ops)  # type: ignore[arg-type]
        sub(parent, "path", {"d": d, "fill": p.fill or "none"})


class _BareOutlines:
    """Text runs drawn from glyph outlines: each glyph and each word defined once in <defs>."""

    def __init__(self, defs: ET.Element) -> None:
        self.defs = defs
        self.glyphs: dict[tuple[str, int], str] = {}
        self.words: dict[tuple[str, tuple[int, ...], tuple[int, ...]], str] = {}

    def glyph(self, font: str, gid: int) -> str:
        ref = self.glyphs.get((font, gid))
        if ref is None:
            ref = self.glyphs[(font, gid)] = "#g%s%d" % (font, gid)
            ET.SubElement(self.defs, "path", {"id": ref[1:], "d": glyph_path(font, gid) or "M0 0"})
        return ref

    def word(self, font: str, gids: tuple[int, ...], xs: tuple[int, ...]) -> str:
        ref = self.words.get((font, gids, xs))
        if ref is None:
            ref = self.words[(font, gids, xs)] = "#w%d" % len(self.words)
            group = ET.SubElement(self.defs, "g", {"id": ref[1:]})
            for gid, x in zip(gids, xs, strict=True):
                ET.SubElement(group, "use", {"xlink:href": self.glyph(font, gid), "x": str(x)})
        return ref

    def text(self, parent: ET.Element, p: TextRun) -> None:
        sub = ET.SubElement
        left = p.x - (p.width / 2 if p.anchor == "middle" else p.width if p.anchor == "end" else 0.0)
        transform = "translate(%s %s) scale(%.5f)" % (_n(left), _n(p.y), p.size / 1000.0)
        group = sub(parent, "g", {"transform": transform, "fill": p.colour})
        for span in shape_line(p.text, p.face).spans:
            if span.font is None:
                continue
            space = load(span.font).font.get_nominal_glyph(32)
            gids: list[int] = []
            xs: list[float] = []
            for gid, x in [*zip(span.glyphs, span.xs, strict=True), (space, 0.0)]:
                if gid != space:
                    gids.append(gid)
                    xs.append(x)
                elif gids:
                    offsets = tuple(round((x - xs[0]) * 1000) for x in xs)
                    ref = self.word(span.font, tuple(gids), offsets)
                    sub(group, "use", {"xlink:href": ref, "x": "%.0f" % (xs[0] * 1000)})
                    gids, xs = [], []
        attrs = {"x": _n(p.x), "y": _n(p.y), "font-size": _n(p.size), "fill": p.colour, "fill-opacity": "0"}
        sub(parent, "text", attrs).text = p.text


def bare_svg(display: DisplayList, *, outlines: bool = False) -> bytes:
    """The same primitives as ElementTree elements, one <g> per group, serialised."""
    root = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "width": _n(display.width)})
    root.set("xmlns:xlink", "http://www.w3.org/1999/xlink")
    glyphs = _BareOutlines(ET.SubElement(root, "defs")) if outlines else None

    def draw(parent: ET.Element, p: object) -> None:
        if glyphs is not None and type(p) is TextRun:
            assert isinstance(p, TextRun)
            glyphs.text(parent, p)
        else:
            _svg_primitive(parent, p)

    for item in display.items:
        if isinstance(item, Group):
            group = ET.SubElement(root, "g", {"id": item.ref})
            for p in item.items:
                draw(group, p)
        else:
            draw(root, item)
    return ET.tostring(root, encoding="utf-8")


def _pdf_rect(p: Rect, h: float) -> str:
    x, y, w, hh = p.x, h - p.y - p.h, p.w, p.h
    r = min(p.radius, w / 2, hh / 2)
    if r <= 0:
        return "n %.1f %.1f %.1f %.1f re f" % (x, y, w, hh)
    k, x2, y2 = r * (1 - _K), x + w, y + hh
    ops = (x + r, y, x2 - r, y, x2 - k, y, x2, y + k, x2, y + r, x2, y2 - r, x2, y2 - k, x2 - k, y2)
    ops += (x2 - r, y2, x + r, y2, x + k, y2, x, y2 - k, x, y2 - r, x, y + r, x, y + k, x + k, y, x + r, y)
    return _ROUND_RECT % ops + "f"


def _pdf_circle(p: Circle, h: float) -> str:
    cx, cy, r = p.cx, h - p.cy, p.r
    k = r * _K
    ops = (cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r, cx - k, cy + r, cx - r, cy + k)
    ops += (
        cx - r,
        cy,
        cx - r,
        cy - k,
        cx - k,
        cy - r,
        cx,
        cy - r,
        cx + k,
        cy - r,
        cx + r,
        cy - k,
        cx + r,
        cy,
    )
    return _CIRCLE % ops + "f"


def _pdf_path(p: Path, h: float) -> str:
    parts = ["n"]
    for op in p.ops:
        if op[0] == "C":
            parts.append(
                "%.1f %.1f %.1f %.1f %.1f %.1f c" % (op[1], h - op[2], op[3], h - op[4], op[5], h - op[6])
            )
        elif op[0] != "Z":
            parts.append("%.1f %.1f %s" % (op[1], h - op[2], "m" if op[0] == "M" else "l"))
    return " ".join(parts) + " S"


def bare_pdf(display: DisplayList) -> bytes:
    """The same primitives as PDF operators in the page stream, text batched, binary streams."""
    register_fonts()
    h = display.height
    buffer = io.BytesIO()
    with binary_streams():
        c = Canvas(
            buffer,
            pagesize=(display.width, h),
            pageCompression=1,
            invariant=1,
            initialFontName=PDF_FONT_NAMES["regular"],
        )
        code = c._code  # noqa: SLF001 - the page stream, written to as the exporter does
        batch: list[TextRun] = []

        def flush() -> None:
            t = c.beginText()
            font = None
            for run in batch:
                face = (PDF_FONT_NAMES.get(run.face, PDF_FONT_NAMES["regular"]), run.size)
                if face != font:
                    t.setFont(*face)
                    font = face
                t._code.append("1 0 0 1 %.2f %.2f Tm" % (run.x, h - run.y))  # noqa: SLF001
                t.textLine(run.text)
            code.append(str(t.getCode()))
            batch.clear()

        for p in display.primitives():
            if isinstance(p, TextRun):
                if p.text:
                    batch.append(p)
                continue
            if batch:
                flush()
            if isinstance(p, Rect):
                code.append(_pdf_rect(p, h))
            elif isinstance(p, Line):
                code.append("n %.1f %.1f m %.1f %.1f l S" % (p.x1, h - p.y1, p.x2, h - p.y2))
            elif isinstance(p, Circle):
                code.append(_pdf_circle(p, h))
            elif isinstance(p, Path):
                code.append(_pdf_path(p, h))
        if batch:
            flush()
        c.showPage()
        c.save()
    return buffer.getvalue()


def cell(t: Timing) -> str:
    """Median wall / CPU time, and the worst wall time."""
    return f"{t['wall'] * 1000:,.0f} / {t['cpu'] * 1000:,.0f} ms (max {t['wall_max'] * 1000:,.0f})"


def ratio(ours: Timing, bare: Timing, layout: Timing | None = None) -> str:
    extra = layout["cpu"] if layout is not None else 0.0
    return f"{(ours['cpu'] + extra) / bare['cpu']:.2f}×"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000,10000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    paper = make_paper("A0", "landscape")
    rows = []
    for n in (int(size) for size in args.sizes.split(",")):
        journey = generate_map(n, seed=1)
        display = layout_for_page(journey, LayoutOptions(), paper).display
        shapes, texts = counts(display)
        render_svg(display, paper)  # shapes every line once: both outlined contenders find it cached
        rows.append(
            {
                "n": n,
                "shapes": shapes,
                "texts": texts,
                "layout": timed(lambda j=journey: layout_for_page(j, LayoutOptions(), paper), args.repeat),
                "svg": timed(lambda d=display: render_svg(d, paper, outlines=False), args.repeat),
                "bare svg": timed(lambda d=display: bare_svg(d), args.repeat),
                "svg outlined": timed(lambda d=display: render_svg(d, paper), args.repeat),
                "bare svg outlined": timed(lambda d=display: bare_svg(d, outlines=True), args.repeat),
                "pdf": timed(lambda d=display: render_pdf(d, paper), args.repeat),
                "bare pdf": timed(lambda d=display: bare_pdf(d), args.repeat),
            }
        )
        print(f"{n:>6} cards done", flush=True)
    print()
    print(
        "| cards | shapes | text runs | layout, wall / CPU | SVG paint, plain text | bare ET, plain text "
        "| paint ratio | with layout | SVG paint, outlines | bare ET, outlines | paint ratio | with layout "
        "| PDF paint | bare reportlab | paint ratio | with layout |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        lay, svg, bsvg, pdf, bpdf = (r[k] for k in ("layout", "svg", "bare svg", "pdf", "bare pdf"))
        osvg, obsvg = r["svg outlined"], r["bare svg outlined"]
        cells = [f"{r['n']:,}", f"{r['shapes']:,}", f"{r['texts']:,}", cell(lay), cell(svg), cell(bsvg)]
        cells += [ratio(svg, bsvg), ratio(svg, bsvg, lay), cell(osvg), cell(obsvg)]
        cells += [ratio(osvg, obsvg), ratio(osvg, obsvg, lay), cell(pdf), cell(bpdf)]
        cells += [ratio(pdf, bpdf), ratio(pdf, bpdf, lay)]
        print("| " + " | ".join(cells) + " |")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        kinds = ("layout", "svg", "svg outlined", "pdf")
        growth = ", ".join(f"{k} ×{last[k]['cpu'] / first[k]['cpu']:.1f}" for k in kinds)
        print(f"\ngrowth {first['n']:,} → {last['n']:,} cards (×{last['n'] / first['n']:g}): {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
