"""World text on posters: every script the bundled fonts cover comes out in PDF, SVG and PNG.

The stress map (tests/world_text.py) mixes Spanish, Chinese, Japanese, Korean, Arabic,
Hebrew, Greek, Russian, emoji, a very long word and a crowded cell. The PDF must embed
every font and give the strings back to `pdftotext`; the SVG must render under an empty
fontconfig (no fonts at all) like the PDF does; an uncovered character is a box and a
warning naming the card.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from world_text import WORLD_STRINGS, world_text_map

from journeymapper.cli import main
from journeymapper.export.paper import make_paper
from journeymapper.export.run import render_poster
from journeymapper.fileformat import save_journey
from journeymapper.layout.fonts import text_width
from journeymapper.typesetting.shaping import bidi_levels, shape_line

SVG = "{http://www.w3.org/2000/svg}"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
needs_rsvg = pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs librsvg2-bin")


@pytest.fixture(scope="module")
def world_pdf() -> bytes:
    return render_poster(world_text_map(), "pdf", make_paper("A2"))


@pytest.fixture(scope="module")
def world_svg() -> bytes:
    return render_poster(world_text_map(), "svg", make_paper("A2"))


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "world.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60)
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def test_every_script_is_shaped_with_a_bundled_font_and_nothing_is_missing() -> None:
    for text in WORLD_STRINGS.values():
        shaped = shape_line(text)
        assert shaped.missing == (), text
        assert all(span.font is not None and 0 not in span.glyphs for span in shaped.spans), text
    arabic = shape_line(WORLD_STRINGS["ar"])
    assert {span.font for span in arabic.spans} == {"arabic"}
    # joined: the shaped glyphs differ from the isolated forms the cmap gives each letter
    isolated = [shape_line(c).spans[0].glyphs[0] for c in WORLD_STRINGS["ar"] if c != " "]
    assert sorted(g for s in arabic.spans for g in s.glyphs if g != 3) != sorted(isolated)


def test_right_to_left_runs_are_laid_out_right_to_left() -> None:
    assert bidi_levels("abc שלום") == [0, 0, 0, 0, 1, 1, 1, 1]
    shaped = shape_line("abc שלום def")
    texts = [span.text.strip() for span in shaped.spans if span.text.strip()]
    assert texts == ["abc", "שלום", "def"]
    hebrew = shaped.spans[1]
    assert hebrew.rtl and list(hebrew.xs) == sorted(hebrew.xs)  # glyphs placed left to right, visually
    shalom = shape_line("שלום").spans[0]
    assert shalom.glyphs[0] == shape_line("ם").spans[0].glyphs[0]  # the last letter drawn first (leftmost)


def test_measured_width_is_the_shaped_width() -> None:
    for text in WORLD_STRINGS.values():
        assert text_width(text, "regular", 10) == pytest.approx(shape_line(text).width * 10)
    assert text_width("中", "regular", 10) == pytest.approx(10.0, rel=0.05)  # CJK is one em wide


def test_pdf_embeds_every_font_as_a_subset(world_pdf: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(world_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    names = " ".join(fonts)
    for family in ("NotoSans", "NotoSansArabic", "NotoSansHebrew", "DroidSansFallback", "NotoEmoji"):
        assert family in names
    assert all(fonts.values()), fonts  # every one embedded
    assert all("+" in name for name in fonts)  # subsets


@needs_poppler
def test_pdftotext_gives_back_the_world_strings(world_pdf: bytes, tmp_path: Path) -> None:
    text = _pdftotext(world_pdf, tmp_path)
    for key, value in WORLD_STRINGS.items():
        if key == "long":
            continue  # broken over two lines by design
        assert unicodedata.normalize("NFKC", value) in text, key
    assert "\ufffd" not in text
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "world.pdf")], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts)  # emb, sub


def test_svg_draws_glyph_outlines_and_keeps_text_selectable(world_svg: bytes) -> None:
    root = ET.fromstring(world_svg)
    paths = root.findall(f".//{SVG}defs/{SVG}path")
    uses = root.findall(f".//{SVG}use")
    assert paths and len(uses) > len(paths)  # each glyph defined once, used many times
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for key, value in WORLD_STRINGS.items():
        if key != "long":
            assert any(value in t for t in texts), key
    assert all(t.get("fill-opacity") == "0" for t in root.iter(f"{SVG}text"))
    assert "\ufffd" not in world_svg.decode("utf-8")


def _empty_fontconfig(tmp_path: Path) -> dict[str, str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


@needs_rsvg
def test_svg_without_any_font_renders_like_the_pdf(
    world_pdf: bytes, world_svg: bytes, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter, ImageStat

    dpi = 60
    # The invisible text layer (fill-opacity 0, checked above) draws nothing, so it is left out:
    # with no font at all, librsvg 2.54 on the CI machine panicked laying it out
    # ("assertion failed: h >= 0.0", pango gave a negative line height). Whatever remains must
    # be drawn from the file's own outlines; plain visible <text> would vanish and fail below.
    root = ET.fromstring(world_svg)
    for parent in root.iter():
        for child in [c for c in parent if c.tag == f"{SVG}text"]:
            parent.remove(child)
    assert not root.findall(f".//{SVG}text")
    svg_path = tmp_path / "world.svg"
    svg_path.write_bytes(ET.tostring(root))
    png_path = tmp_path / "svg.png"
    subprocess.run(
        ["rsvg-convert", "-d", str(dpi), "-p", str(dpi), "-o", str(png_path), str(svg_path)],
        env=_empty_fontconfig(tmp_path),
        check=True,
        timeout=120,
    )
    svg_image = Image.open(png_path).convert("RGBA")
    flat = Image.new("RGBA", svg_image.size, "white")
    svg_image = Image.alpha_composite(flat, svg_image).convert("L")
    page = pdfium.PdfDocument(world_pdf)[0]
    pdf_image = page.render(scale=dpi / 72).to_pil().convert("L").resize(svg_image.size)
    # A slight blur forgives the two rasterisers' anti-aliasing of every edge; a wrong font,
    # a box or missing text still shows (measured: outlines 1.5 mean / 0.2 % of pixels;
    # the same SVG with plain <text> and no fonts installed: 5.4 / 6 %).
    blur = ImageFilter.GaussianBlur(1.5)
    diff = ImageChops.difference(svg_image.filter(blur), pdf_image.filter(blur))
    mean = ImageStat.Stat(diff).mean[0]
    strong = sum(diff.histogram()[32:]) / (diff.width * diff.height)
    assert mean < 2.5, mean  # of 255
    assert strong < 0.005, strong


def test_uncovered_character_is_a_box_and_a_warning_naming_the_card(tmp_path: Path, capsys) -> None:
    journey = world_text_map()
    journey.touchpoints[0].title = "Tibetan ཀ here"  # no bundled font has Tibetan
    path = tmp_path / "m.journey"
    save_journey(journey, path)
    out = tmp_path / "m.svg"
    assert main(["export", str(path), "-o", str(out), "--size", "A3"]) == 0
    err = capsys.readouterr().err
    assert err.count("U+0F40") == 1 and journey.touchpoints[0].id in err and "warning" in err
    root = ET.fromstring(out.read_bytes())
    assert root.findall(f".//{SVG}rect[@class='missing-glyph']")
    pdf = tmp_path / "m.pdf"
    assert main(["export", str(path), "-o", str(pdf), "--size", "A3"]) == 0
    assert "U+0F40" in capsys.readouterr().err


def test_canvas_and_png_use_the_same_fallback_fonts(qapp) -> None:
    """Qt draws the canvas and PNG: its fonts list the bundled chain after Noto Sans."""
    from journeymapper.export.qt_painter import qfont
    from journeymapper.typesetting.qt_fonts import fallback_families

    families = qfont("regular", 10.0, 72.0).families()
    assert families[0] == "Noto Sans"
    assert list(fallback_families()) == families[1:]
    assert {"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Emoji"} <= set(families)


def test_png_export_draws_world_text(tmp_path: Path) -> None:
    from PIL import Image

    journey = world_text_map()
    out = tmp_path / "w.png"
    assert main_export(journey, out) == 0
    image = Image.open(out)
    assert image.width > 500 and image.getextrema() != ((255, 255), (255, 255), (255, 255))


def main_export(journey, out: Path) -> int:
    path = out.with_suffix(".journey")
    save_journey(journey, path)
    return main(["export", str(path), "-o", str(out), "--size", "A4", "--dpi", "72"])
