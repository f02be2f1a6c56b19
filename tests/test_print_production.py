"""Print production and accessibility: page boxes, dates, metadata, language, SVG description."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from test_layout_maps import rich_map

from journeymapper.export.paper import MM, make_paper
from journeymapper.export.run import render_poster

SVG = "{http://www.w3.org/2000/svg}"


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_bleed_pdf_has_trim_and_bleed_boxes_aligned_with_the_crop_marks() -> None:
    paper = make_paper("A3", "portrait", bleed=True, crop_marks=True)
    page = _reader(render_poster(rich_map(), "pdf", paper)).pages[0]
    media = [float(v) for v in page.mediabox]
    trim = [float(v) for v in page.trimbox]
    bleed = [float(v) for v in page.bleedbox]
    assert media[2] - media[0] == pytest.approx(paper.page_w)
    assert trim[2] - trim[0] == pytest.approx(297 * MM, abs=0.01)  # the finished A3 sheet
    assert trim[3] - trim[1] == pytest.approx(420 * MM, abs=0.01)
    for outer, inner, sign in zip(bleed, trim, (-1, -1, 1, 1), strict=True):
        assert outer - inner == pytest.approx(sign * 3 * MM, abs=0.01)  # 3 mm bleed each side
    assert media[0] < bleed[0] and bleed[2] < media[2]  # room for the marks outside the bleed
    tx, ty = paper.trim_origin
    assert trim[0] == pytest.approx(tx) and trim[3] == pytest.approx(paper.page_h - ty)


def test_without_bleed_no_extra_boxes() -> None:
    page = _reader(render_poster(rich_map(), "pdf", make_paper("A4"))).pages[0]
    assert "/TrimBox" not in page and "/BleedBox" not in page


def test_creation_date_is_real_time_or_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    created = _reader(render_poster(rich_map(), "pdf", make_paper("A4"))).metadata.creation_date
    assert created is not None and created.astimezone(dt.UTC) >= before
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render_poster(rich_map(), "pdf", make_paper("A4"))
    second = render_poster(rich_map(), "pdf", make_paper("A4"))
    created = _reader(first).metadata.creation_date
    assert created is not None
    assert created.astimezone(dt.UTC) == dt.datetime.fromtimestamp(1700000000, dt.UTC)
    assert first == second  # reproducible build


def test_metadata_and_language() -> None:
    journey = rich_map("es")
    journey.tags = ["retail", "entrega"]
    reader = _reader(render_poster(journey, "pdf", make_paper("A4")))
    meta = reader.metadata
    assert meta.title == journey.title
    assert meta.author and meta.subject
    assert "retail" in (meta.get("/Keywords") or "")
    assert reader.trailer["/Root"]["/Lang"] == "es"
    english = _reader(render_poster(journey, "pdf", make_paper("A4"), language="en"))
    assert english.trailer["/Root"]["/Lang"] == "en"


def test_svg_has_language_title_description_and_roles() -> None:
    journey = rich_map("es")
    root = ET.fromstring(render_poster(journey, "svg", make_paper("A4")))
    assert root.get("lang") == "es"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert root.get("role") == "graphics-document"
    assert root.find(f"{SVG}title").text == journey.title
    assert root.find(f"{SVG}desc") is not None
    cards = [g for g in root.iter(f"{SVG}g") if g.get("class") == "card"]
    assert cards
    for card in cards:
        assert card.find(f"{SVG}title") is not None
        assert card.get("role") == "group"


def test_pdf_text_is_drawn_in_reading_order() -> None:
    """Title block first, then stage by stage, lane by lane (the drawing order readers follow)."""
    journey = rich_map("en")
    text = _reader(render_poster(journey, "pdf", make_paper("A2"))).pages[0].extract_text()
    assert text.index(journey.title) < text.index(journey.stages[0].name)
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted(
        (c for c in journey.touchpoints if c.title and c.title in text),
        key=lambda c: (stages[c.stage_id], lanes[c.lane_id], c.order),
    )
    positions = [text.index(c.title) for c in cards]
    assert len(positions) >= 3 and positions == sorted(positions)


def test_cmyk_pdf_has_no_rgb_colour_operators() -> None:
    import re

    from journeymapper.export.options import ExportOptions

    data = render_poster(rich_map(), "pdf", make_paper("A3"), options=ExportOptions(colour_mode="cmyk"))
    reader = _reader(data)
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"\d \d*\.?\d+ \d*\.?\d+ \d*\.?\d+ k\b", content)  # fills in CMYK
    assert not re.search(r"\d*\.?\d+ \d*\.?\d+ \d*\.?\d+ (rg|RG)\b", content)
    rgb = _reader(render_poster(rich_map(), "pdf", make_paper("A3"))).pages[0].get_contents().get_data()
    assert b" rg" in rgb


def test_cmyk_pdf_converts_photos_and_logos_too(tmp_path) -> None:
    """Pictures are DeviceCMYK like the vector art (same formula: pure red is 0/100/100/0),
    and a logo's transparency survives as a soft mask."""
    import shutil
    import subprocess
    import zlib

    from PIL import Image

    from journeymapper.export.options import ExportOptions
    from journeymapper.export.run import export_poster

    logo = tmp_path / "logo.png"
    picture = Image.new("RGBA", (60, 20), (255, 0, 0, 255))
    picture.putpixel((0, 0), (0, 0, 0, 0))  # one transparent pixel
    picture.save(logo)
    out = tmp_path / "cmyk.pdf"
    export_poster(rich_map(), out, ExportOptions(fmt="pdf", size="A3", colour_mode="cmyk", logo=str(logo)))
    images = []
    for page in _reader(out.read_bytes()).pages:
        for obj in page["/Resources"]["/XObject"].values():
            obj = obj.get_object()
            if obj["/Subtype"] == "/Image":
                images.append(obj)
    assert images and all(obj["/ColorSpace"] == "/DeviceCMYK" for obj in images)
    logo_image = next(obj for obj in images if (obj["/Width"], obj["/Height"]) == (60, 20))
    assert "/SMask" in logo_image
    pixels = logo_image.get_data()
    if logo_image.get("/Filter") and not isinstance(pixels, bytes):
        pixels = zlib.decompress(pixels)
    assert tuple(pixels[4:8]) == (0, 255, 255, 0)  # the second pixel: red as C=0 M=100 Y=100 K=0
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
        rows = [line.split() for line in listing.splitlines()[2:]]
        assert rows and all(row[5] == "cmyk" for row in rows if row[2] == "image")
