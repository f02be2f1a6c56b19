"""Designer options: parts shown, logo, footer, print date, and the export preset kept in the map."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image as PilImage

from journeymapper.cli import main
from journeymapper.export.options import ExportOptions
from journeymapper.export.paper import make_paper
from journeymapper.export.run import render_poster
from journeymapper.fileformat import load_journey, save_journey
from journeymapper.resources import resource

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def shop():
    return load_journey(resource("examples", "online-shop-purchase.journey")).journey


def _classes(journey, **options) -> tuple[set[str], ET.Element]:
    data = render_poster(journey, "svg", make_paper("A1"), options=ExportOptions(fmt="svg", **options))
    root = ET.fromstring(data)
    return {g.get("class", "") for g in root.iter(f"{SVG}g")}, root


@pytest.mark.parametrize(
    ("part", "role"),
    [
        ("connections", "connection"),
        ("legend", "legend"),
        ("title", "title-block"),
        ("emotion", "emotion-curve"),
        ("kpis", "kpi"),
        ("opportunities", "opportunity"),
    ],
)
def test_each_part_can_be_left_out(shop, part: str, role: str) -> None:
    shown, _ = _classes(shop)
    hidden, _ = _classes(shop, hide=(part,))
    assert role in shown and role not in hidden
    assert shop.connections and shop.kpis  # the document itself is untouched


def test_connection_labels_persona_and_a_lane_can_be_left_out(shop) -> None:
    labelled = next(c for c in shop.connections if c.label)
    _, root = _classes(shop, hide=("connection-labels", "persona", "lane:Backstage"))
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert labelled.label not in text
    persona = shop.personas[0].name
    assert persona not in text
    assert "Backstage" not in text
    shown, _ = _classes(shop)
    with pytest.raises(ValueError, match="no lane"):
        _classes(shop, hide=("lane:Nope",))
    with pytest.raises(ValueError, match="--hide"):
        _classes(shop, hide=("everything",))
    assert "connection" in shown


def _png(path: Path, size: tuple[int, int] = (300, 100)) -> Path:
    PilImage.new("RGB", size, "#2A6F97").save(path)
    return path


def test_logo_footer_and_print_date(shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    logo = _png(tmp_path / "logo.png")
    _, root = _classes(shop, logo=str(logo), footer="Fernleaf CX · internal", print_date=True, language="en")
    footer = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "footer")
    text = " ".join("".join(t.itertext()) for t in footer.iter(f"{SVG}text"))
    assert "Fernleaf CX · internal" in text and "Nov 14, 2023" in text
    assert footer.find(f".//{SVG}image") is not None


def test_a_broken_logo_is_refused_with_its_name(shop, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk" * 10)
    path = tmp_path / "m.journey"
    save_journey(shop, path)
    assert main(["export", str(path), "-o", str(tmp_path / "x.pdf"), "--logo", str(bad)]) == 2
    assert "logo.png" in capsys.readouterr().err


def test_export_preset_is_saved_in_the_map_and_used_next_time(shop, tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    save_journey(shop, path)
    before = path.read_bytes()
    assert b"export_preset" not in before  # a map without a preset keeps its bytes
    out = tmp_path / "a.svg"
    args = ["export", str(path), "-o", str(out), "--size", "A1", "--hide", "connections", "--footer", "Team"]
    assert main([*args, "--save-preset"]) == 0
    saved = json.loads(path.read_text("utf-8"))["map"]["export_preset"]
    assert saved["size"] == "A1" and saved["hide"] == ["connections"] and saved["footer"] == "Team"
    again = tmp_path / "b.svg"
    assert main(["export", str(path), "-o", str(again)]) == 0  # no flags: the preset decides
    root = ET.fromstring(again.read_bytes())
    classes = {g.get("class") for g in root.iter(f"{SVG}g")}
    assert "connection" not in classes and "footer" in classes
    assert root.get("width") == ET.fromstring(out.read_bytes()).get("width")
    third = tmp_path / "c.svg"
    assert main(["export", str(path), "-o", str(third), "--size", "A3"]) == 0  # a flag overrides it
    assert ET.fromstring(third.read_bytes()).get("width") != root.get("width")
    reloaded = load_journey(path).journey
    assert reloaded.export_preset is not None and reloaded.export_preset.footer == "Team"


def test_the_preset_keeps_the_colour_mode_and_the_logo_itself(shop, tmp_path: Path) -> None:
    """A team member without the logo file re-exports with it, in CMYK; an SVG stays RGB."""
    import re

    from pypdf import PdfReader

    path = tmp_path / "shop.journey"
    save_journey(shop, path)
    logo = _png(tmp_path / "logo.png")
    args = ["export", str(path), "-o", str(tmp_path / "a.pdf"), "--colour-mode", "cmyk", "--logo", str(logo)]
    assert main([*args, "--save-preset"]) == 0
    logo_bytes = logo.read_bytes()
    logo.unlink()  # the next export must not need the file
    saved = load_journey(path).journey.export_preset
    assert saved is not None and saved.colour_mode == "cmyk" and saved.logo is not None
    assert saved.logo.raw() == logo_bytes and str(logo) not in path.read_text("utf-8")
    again = tmp_path / "b.pdf"
    assert main(["export", str(path), "-o", str(again)]) == 0
    page = PdfReader(again).pages[0]
    assert not re.search(rb"\d*\.?\d+ \d*\.?\d+ \d*\.?\d+ rg\b", page.get_contents().get_data())
    images = [o.get_object() for o in page["/Resources"]["/XObject"].values()]
    assert any(o["/Subtype"] == "/Image" and o["/ColorSpace"] == "/DeviceCMYK" for o in images)  # the logo
    svg = tmp_path / "c.svg"
    assert main(["export", str(path), "-o", str(svg)]) == 0  # CMYK is for PDFs: no error, RGB
    footer = next(g for g in ET.fromstring(svg.read_bytes()).iter(f"{SVG}g") if g.get("class") == "footer")
    assert footer.find(f".//{SVG}image") is not None
