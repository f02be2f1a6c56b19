"""SVG posters: valid XML, text kept as text, described groups, sizes in mm, hostile text."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

import pytest
from test_layout_maps import HOSTILE, rich_map, stress_map, tiny_png

from journeymapper.export.paper import make_paper
from journeymapper.export.run import render_poster
from journeymapper.export.svg import render_svg
from journeymapper.layout.display import DisplayList, Group, Image
from journeymapper.layout.engine import layout_journey

SVG = "{http://www.w3.org/2000/svg}"


def parse(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def all_text(root: ET.Element) -> str:
    return "\n".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def test_svg_parses_and_has_every_card_title() -> None:
    journey = rich_map()
    root = parse(render_poster(journey, "svg", make_paper("A0")))
    text = all_text(root)
    for card in journey.touchpoints:
        assert card.title in text
    assert root.get("width") == "1189mm" and root.get("height") == "841mm"
    assert root.get("viewBox").replace(",", " ").split()[2:] == ["3370.39", "2383.94"]


def test_groups_carry_ids_classes_titles_and_descriptions() -> None:
    journey = rich_map()
    root = parse(render_poster(journey, "svg", make_paper("A2")))
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class")}
    card = groups["card-tp-02"]
    assert card.get("class") == "card"
    assert card.find(f"{SVG}title").text == journey.touchpoints[2].title
    assert card.find(f"{SVG}desc").text == journey.touchpoints[2].description
    cell_ids = [i for i in groups if i.startswith("cell-")]
    assert len(cell_ids) == len(journey.stages) * len(journey.lanes)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*", i) for i in groups)
    poster = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "poster")
    assert poster.get("font-family").startswith("Noto Sans")


def test_hostile_text_comes_out_literally() -> None:
    journey = rich_map()
    for card, text in zip(journey.touchpoints, HOSTILE, strict=False):
        card.title = text
        card.description = text
    journey.title = HOSTILE[4]
    data = render_poster(journey, "svg", make_paper("A3"))
    root = parse(data)
    assert root.find(f"{SVG}script") is None and b"<script>" not in data
    texts = [("".join(t.itertext())) for t in root.iter(f"{SVG}text")]
    for hostile in HOSTILE:
        assert hostile in texts, hostile
    descs = {d.text for d in root.iter(f"{SVG}desc")}
    assert set(HOSTILE) <= descs
    assert root.find(f"{SVG}title").text == HOSTILE[4]


def test_control_characters_and_surrogates_keep_the_xml_valid() -> None:
    journey = rich_map()
    journey.touchpoints[0].title = "a\x00b\x0bc\x1f\ud800d"
    journey.touchpoints[1].description = "\x08\x0c"
    root = parse(render_poster(journey, "svg", None and None or make_paper("A4")))
    assert "abc\ufffdd" in all_text(root)


def test_images_are_embedded_only_when_real() -> None:
    good = Image(0, 0, 10, 10, tiny_png(), "image/png", role="persona-photo")
    bad = Image(0, 0, 10, 10, b"<svg onload=alert(1)>", "image/png", role="persona-photo")
    root = parse(render_svg(DisplayList(100, 100, [Group("x", "test", 0, 0, 10, 10, (good, bad))])))
    images = list(root.iter(f"{SVG}image"))
    assert len(images) == 1
    href = images[0].get("{http://www.w3.org/1999/xlink}href") or images[0].get("href")
    assert href.startswith("data:image/png;base64,")
    assert base64.b64decode(href.split(",", 1)[1]) == tiny_png()


def test_persona_photo_reaches_the_svg() -> None:
    root = parse(render_svg(layout_journey(rich_map()).display))
    assert len(list(root.iter(f"{SVG}image"))) == 1


@pytest.mark.parametrize("theme", ["light", "dark", "colour-blind"])
def test_stress_map_and_themes(theme: str) -> None:
    root = parse(render_poster(stress_map(), "svg", make_paper("A1"), theme=theme))
    assert len(list(root.iter(f"{SVG}text"))) > 100


def test_natural_size_without_paper() -> None:
    layout = layout_journey(rich_map())
    root = parse(render_svg(layout.display))
    assert root.get("width").endswith("mm")
    assert float(root.get("viewBox").replace(",", " ").split()[2]) == pytest.approx(
        layout.display.width, abs=0.01
    )
