"""Time the poster pipeline against bare reportlab / svgwrite scripts, in the same run.

For generated maps of 100, 1,000 and 5,000 touchpoints (`generate_maps.generate_map`)
it times:

* layout — `layout_for_page` (measure, wrap, place, choose card columns for A0);
* SVG    — layout + `render_svg`, against a bare svgwrite script that draws as many
           rectangles and text runs (the same strings) as the poster has primitives;
* PDF    — layout + `render_pdf`, against a bare reportlab script doing the same with
           the same embedded TTF and the same page compression.

The bare scripts are the floor: what the libraries cost to write that much drawing.
Ratios are export / bare; the goal is ≤ 1.5 at 1,000 touchpoints and linear growth.

    python benchmarks/bench_export.py [--sizes 100,1000,5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import svgwrite  # noqa: E402
from generate_maps import generate_map  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from journeymapper.allocation import paused_gc  # noqa: E402
from journeymapper.export.paper import make_paper  # noqa: E402
from journeymapper.export.pdf import render_pdf  # noqa: E402
from journeymapper.export.svg import render_svg  # noqa: E402
from journeymapper.layout.display import DisplayList, TextRun  # noqa: E402
from journeymapper.layout.fitting import layout_for_page  # noqa: E402
from journeymapper.layout.fonts import PDF_FONT_NAMES, register_fonts  # noqa: E402
from journeymapper.layout.maplayout import LayoutOptions  # noqa: E402


def best(fn: Callable[[], object], repeat: int) -> float:
    """Best of `repeat` runs, each with the cyclic GC paused (as `export_poster` does), for all contenders."""
    times = []
    for _ in range(repeat):
        with paused_gc():
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return min(times)


def workload(display: DisplayList) -> tuple[int, list[tuple[float, float, str, float]]]:
    """How many shapes and which text runs the poster draws."""
    shapes, texts = 0, []
    for p in display.primitives():
        if isinstance(p, TextRun):
            texts.append((p.x, p.y, p.text, p.size))
        else:
            shapes += 1
    return shapes, texts


def bare_pdf(width: float, height: float, shapes: int, texts: list) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(
        buffer,
        pagesize=(width, height),
        pageCompression=1,
        invariant=1,
        initialFontName=PDF_FONT_NAMES["regular"],
    )
    for i in range(shapes):
        c.setFillColorRGB(0.9, 0.9, 0.95)
        c.rect(10 + i % 500, 10 + i % 300, 40, 20, stroke=1, fill=1)
    for x, y, text, size in texts:
        c.setFont(PDF_FONT_NAMES["regular"], size)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(x, height - y, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


def bare_svg(width: float, height: float, shapes: int, texts: list) -> bytes:
    dwg = svgwrite.Drawing(size=(f"{width}pt", f"{height}pt"), debug=False)
    for i in range(shapes):
        dwg.add(
            dwg.rect(insert=(10 + i % 500, 10 + i % 300), size=(40, 20), fill="#E6E6F2", stroke="#333333")
        )
    for x, y, text, size in texts:
        dwg.add(dwg.text(text, insert=(round(x, 2), round(y, 2)), font_size=size, fill="#1F2933"))
    return dwg.tostring().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paper = make_paper("A0", "landscape")
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        journey = generate_map(n, seed=1)
        layout = layout_for_page(journey, LayoutOptions(), paper)
        display = layout.display
        shapes, texts = workload(display)
        repeat = args.repeat if n < 5000 else max(1, args.repeat - 1)
        w, h = display.width, display.height
        t_layout = best(lambda j=journey: layout_for_page(j, LayoutOptions(), paper), repeat)
        t_svg_paint = best(lambda d=display: render_svg(d, paper), repeat)
        t_pdf_paint = best(lambda d=display: render_pdf(d, paper), repeat)
        t_bare_svg = best(lambda w=w, h=h, s=shapes, t=texts: bare_svg(w, h, s, t), repeat)
        t_bare_pdf = best(lambda w=w, h=h, s=shapes, t=texts: bare_pdf(w, h, s, t), repeat)
        t_svg = t_layout + t_svg_paint
        t_pdf = t_layout + t_pdf_paint
        rows.append(
            (n, shapes, len(texts), t_layout, t_svg, t_bare_svg, t_pdf, t_bare_pdf, t_svg_paint, t_pdf_paint)
        )
        print(
            f"{n:>6} cards: {shapes} shapes, {len(texts)} text runs | layout {t_layout * 1000:.0f} ms | "
            f"SVG {t_svg * 1000:.0f} ms vs bare {t_bare_svg * 1000:.0f} ms ({t_svg / t_bare_svg:.2f}×) | "
            f"PDF {t_pdf * 1000:.0f} ms vs bare {t_bare_pdf * 1000:.0f} ms ({t_pdf / t_bare_pdf:.2f}×)",
            flush=True,
        )
    print()
    print(
        "| touchpoints | shapes | text runs | layout | SVG export | bare svgwrite | ratio | PDF export | "
        "bare reportlab | ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, shapes, texts, lay, svg, bsvg, pdf, bpdf, _, _ in rows:
        print(
            f"| {n:,} | {shapes:,} | {texts:,} | {lay * 1000:,.0f} ms | {svg * 1000:,.0f} ms | "
            f"{bsvg * 1000:,.0f} ms | {svg / bsvg:.2f}× | {pdf * 1000:,.0f} ms | {bpdf * 1000:,.0f} ms | "
            f"{pdf / bpdf:.2f}× |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        scale = last[0] / first[0]
        print(
            f"\ngrowth {first[0]:,} → {last[0]:,} touchpoints (×{scale:g}): "
            f"layout ×{last[3] / first[3]:.1f}, SVG ×{last[4] / first[4]:.1f}, PDF ×{last[6] / first[6]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
