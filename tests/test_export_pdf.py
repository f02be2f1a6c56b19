"""PDF posters: page sizes, embedded fonts, extractable text, metadata, tiling, hostile text."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from test_layout_maps import HOSTILE, rich_map, stress_map

from journeymapper.export.paper import MM, make_paper, make_tiling
from journeymapper.export.pdf import PdfMetadata, render_pdf, render_tiled_pdf
from journeymapper.export.run import render_poster
from journeymapper.layout.engine import layout_journey


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("size", "orientation", "points"),
    [
        ("A0", "landscape", (3370.39, 2383.94)),
        ("A4", "portrait", (595.28, 841.89)),
        ("a3", "landscape", (1190.55, 841.89)),
        ("Letter", "portrait", (612.0, 792.0)),
        ("tabloid", "landscape", (1224.0, 792.0)),
        ("1200x800mm", "portrait", (3401.57, 2267.72)),
    ],
)
def test_page_size_in_points(size: str, orientation: str, points: tuple[float, float]) -> None:
    data = render_poster(rich_map(), "pdf", make_paper(size, orientation))
    box = reader(data).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(points, abs=0.05)


def test_fonts_are_embedded_and_text_extractable() -> None:
    journey = rich_map()
    data = render_poster(journey, "pdf", make_paper("A0"))
    pdf = reader(data)
    assert len(pdf.pages) == 1
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        embedded.append(("/FontFile2" in descriptor, str(font["/BaseFont"])))
    assert embedded and all(ok for ok, _ in embedded), embedded
    assert any("NotoSans" in name for _, name in embedded)
    text = squash(pdf.pages[0].extract_text())
    for card in journey.touchpoints:
        assert squash(card.title) in text, card.title
    assert squash("Tiene que repetir sus datos") in text
    assert squash(journey.title) in text


def test_metadata() -> None:
    journey = rich_map()
    data = render_poster(journey, "pdf", make_paper("A3"))
    meta = reader(data).metadata
    assert meta.title == journey.title
    assert meta.author == "Ana, Luis"
    assert meta.subject == "Mapa de prueba"
    assert meta.creator.startswith("JourneyMapper ")


def test_poster_is_scaled_to_fit_inside_the_margins() -> None:
    layout = layout_journey(rich_map())
    paper = make_paper("A3", "landscape", margin_mm=15)
    scale, x, y = paper.placement(layout.display.width, layout.display.height)
    assert x >= 15 * MM - 0.01 and y >= 15 * MM - 0.01
    assert x + layout.display.width * scale <= paper.trim_w - 15 * MM + 0.01
    assert y + layout.display.height * scale <= paper.trim_h - 15 * MM + 0.01
    assert min(x - 15 * MM, y - 15 * MM) < 0.01  # touches the margin on one axis: centred, as big as fits


def test_bleed_and_crop_marks_enlarge_the_page() -> None:
    paper = make_paper("A3", "portrait", bleed=True, crop_marks=True)
    data = render_poster(rich_map(), "pdf", paper)
    box = reader(data).pages[0].mediabox
    assert float(box.width) == pytest.approx((297 + 2 * 3 + 2 * 10) * MM, abs=0.05)
    assert float(box.height) == pytest.approx((420 + 2 * 3 + 2 * 10) * MM, abs=0.05)


@pytest.mark.parametrize(("size", "tile"), [("A0", "A4"), ("A1", "letter"), ("A3", "a4"), ("A4", "A4")])
def test_tiling_page_count_and_overlap(size: str, tile: str) -> None:
    paper = make_paper(size, "landscape")
    tiling = make_tiling(tile, paper.page_w, paper.page_h)
    data = render_poster(rich_map(), "pdf", paper, tile=tile)
    pdf = reader(data)
    # nearly blank tiles (only margin) are skipped: at most the last row and column
    assert tiling.count - tiling.rows - tiling.cols < len(pdf.pages) <= tiling.rows * tiling.cols
    tile_w, tile_h = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert sorted((tile_w, tile_h)) == pytest.approx(sorted((tiling.tile_w, tiling.tile_h)), abs=0.05)
    if tiling.cols > 1:  # neighbours share exactly the overlap
        x0, _, w0, _ = tiling.region(0, 0)
        x1, _, _, _ = tiling.region(0, 1)
        assert x0 + w0 - x1 == pytest.approx(10 * MM)
    last_x, last_y, w, h = tiling.region(tiling.rows - 1, tiling.cols - 1)
    assert last_x + w >= paper.page_w - 0.01 and last_y + h >= paper.page_h - 0.01  # covers the sheet
    assert (tiling.cols - 1) * (tiling.printable_w - tiling.overlap) < paper.page_w  # no useless column
    text = pdf.pages[0].extract_text()
    assert "A1" in text and f"{tiling.rows}×{tiling.cols}" in text


def test_a0_on_a4_needs_sixteen_or_so_pages() -> None:
    paper = make_paper("A0", "landscape")
    tiling = make_tiling("A4", paper.page_w, paper.page_h)
    assert 16 <= tiling.count <= 30


def test_hostile_text_comes_out_literally() -> None:
    journey = rich_map()
    for card, text in zip(journey.touchpoints, HOSTILE, strict=False):
        card.title = text
    journey.title = HOSTILE[0]
    journey.authors = [HOSTILE[4]]
    data = render_pdf(
        layout_journey(journey).display,
        make_paper("A0"),
        PdfMetadata(title=journey.title, author=journey.authors[0]),
    )
    pdf = reader(data)
    text = squash(pdf.pages[0].extract_text())
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile
    assert pdf.metadata.title == HOSTILE[0] and pdf.metadata.author == HOSTILE[4]


def test_control_characters_never_break_the_pdf() -> None:
    journey = rich_map()
    journey.touchpoints[0].title = "a\x00b\x1bc\x7f\u0085d"
    journey.touchpoints[1].description = "\ud800 lone surrogate"
    data = render_poster(journey, "pdf", make_paper("A3"))
    assert "abcd" in squash(reader(data).pages[0].extract_text())


def test_stress_map_exports() -> None:
    data = render_poster(stress_map(), "pdf", make_paper("A0"))
    assert reader(data).pages[0].extract_text()


def test_tiled_render_directly() -> None:
    layout = layout_journey(rich_map())
    paper = make_paper("A2")
    tiling = make_tiling("A4", paper.page_w, paper.page_h)
    assert len(reader(render_tiled_pdf(layout.display, paper, tiling)).pages) == tiling.count


@pytest.mark.parametrize("template", ["empty", "blank", "blueprint"])
@pytest.mark.parametrize("fmt", ["pdf", "svg"])
def test_empty_and_sparse_maps_export(template: str, fmt: str) -> None:
    from journeymapper.model.journey import JourneyMap
    from journeymapper.model.templates import build_template

    journey = JourneyMap() if template == "empty" else build_template(template, "es")
    assert render_poster(journey, fmt, make_paper("A4", "portrait"))
