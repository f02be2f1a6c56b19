"""Hostile images and characters never crash an export nor produce invalid SVG."""

from __future__ import annotations

import base64
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image as PilImage
from test_bad_input import refuse, with_map, write
from test_layout_maps import rich_map

from journeymapper.cli import main
from journeymapper.export.options import ExportOptions
from journeymapper.export.paper import make_paper
from journeymapper.export.run import render_poster
from journeymapper.model.entities import Photo
from journeymapper.model.images import ImageError, check_photo


def _jpeg(size: int = 120) -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (size, size), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


def _corrupt(data: bytes) -> bytes:
    """The header kept, the body replaced by junk of the same length."""
    return data[:200] + bytes((i * 37) % 256 for i in range(len(data) - 200))


def test_a_valid_header_on_a_corrupt_body_is_refused_on_validate(tmp_path: Path) -> None:
    data = base64.b64encode(_corrupt(_jpeg())).decode()
    text = with_map(personas__0__photo={"media_type": "image/jpeg", "data": data})
    refuse(write(tmp_path, text), "/map/personas/0/photo", "damaged")
    with pytest.raises(ImageError, match="damaged"):
        check_photo(_corrupt(_jpeg()))
    assert check_photo(_jpeg()) == "image/jpeg"


@pytest.mark.parametrize("fmt", ["pdf", "svg", "png"])
def test_a_corrupt_photo_smuggled_past_validation_is_left_out_not_a_crash(fmt: str) -> None:
    journey = rich_map()
    bad = Photo.model_construct(media_type="image/jpeg", data=base64.b64encode(_corrupt(_jpeg())).decode())
    journey.personas[0].photo = bad
    assert render_poster(journey, fmt, make_paper("A3"))


HOSTILE_TEXT = [
    "nul\x00 bell\x07 esc\x1b",
    "nonchars \ufffe \uffff",
    "lone \ud800 surrogate \udfff",
    "]]> <![CDATA[ x ]]> &amp; <script>alert(1)</script>",
    "\u202eoverride \u2066isolate\u2069 \u200djoiner",
    "C1 \x85 \x9f and DEL \x7f",
]


@pytest.mark.parametrize("svg_text", ["outlines", "text"])
def test_every_svg_is_well_formed_on_hostile_text(svg_text: str) -> None:
    journey = rich_map()
    journey.title = HOSTILE_TEXT[2]
    journey.description = HOSTILE_TEXT[0]
    for card, text in zip(journey.touchpoints, HOSTILE_TEXT * 3, strict=False):
        card.title = text
        card.description = text[::-1]
    journey.stages[0].name = HOSTILE_TEXT[1]
    journey.stages[0].description = HOSTILE_TEXT[4]
    data = render_poster(journey, "svg", make_paper("A3"), options=ExportOptions(svg_text=svg_text))
    root = ET.fromstring(data)  # raises on any ill-formed byte
    text = "".join(root.itertext())
    assert "<script>" in text  # kept as text, escaped in the file
    assert b"<script>" not in data
    for forbidden in ("\x00", "\x07", "\ufffe", "\uffff", "\ud800"):
        assert forbidden not in data.decode("utf-8", "surrogatepass")


def test_cli_export_of_hostile_text_exits_cleanly(tmp_path: Path) -> None:
    journey = rich_map()
    journey.touchpoints[0].title = "x\uffffy"
    from journeymapper.fileformat import save_journey

    path = tmp_path / "h.journey"
    save_journey(journey, path)
    out = tmp_path / "h.svg"
    assert main(["export", str(path), "-o", str(out), "--size", "A4"]) == 0
    ET.fromstring(out.read_bytes())
