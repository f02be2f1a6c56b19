"""Malformed and hostile .journey files: a clear error naming file, place and problem; no file changed."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import FORMAT_VERSION, JourneyFileError, dumps_journey, load_journey
from journeymapper.model import Emotion, Persona, Touchpoint
from journeymapper.model.templates import build_template


def valid_envelope() -> dict:
    journey = build_template("5a", "en", "Shop")
    journey.touchpoints.append(
        Touchpoint(id="tp-1", stage_id=journey.stages[0].id, lane_id=journey.lanes[0].id,
                   title="Ad", emotion=Emotion(score=1))
    )
    journey.personas.append(Persona(id="per-1", name="Sam"))
    return json.loads(dumps_journey(journey))


def png_bytes(width: int, height: int) -> bytes:
    """A PNG header claiming a size (the pixel data is a token; only the header is read)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def write(tmp_path: Path, data: bytes | str, name: str = "bad.journey") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refuse(path: Path, *fragments: str) -> list[str]:
    """Load must fail with a message naming the file and each fragment; the CLI agrees; file unchanged."""
    before = path.read_bytes()
    with pytest.raises(JourneyFileError) as caught:
        load_journey(path)
    lines = caught.value.lines()
    assert lines and all(line.startswith(f"{path}: ") for line in lines)
    text = "\n".join(lines)
    for fragment in fragments:
        assert fragment in text, text
    assert path.read_bytes() == before
    return lines


def with_map(**changes) -> str:
    doc = valid_envelope()
    for pointer, value in changes.items():
        target = doc["map"]
        keys = pointer.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return json.dumps(doc)


def test_not_json(tmp_path: Path) -> None:
    refuse(write(tmp_path, "title: my map\n"), "not valid JSON")


def test_empty_file(tmp_path: Path) -> None:
    refuse(write(tmp_path, b""), "empty")
    refuse(write(tmp_path, b"  \n\n", "blank.journey"), "empty")


def test_binary_garbage(tmp_path: Path) -> None:
    refuse(write(tmp_path, bytes(range(256)) * 20), "not valid")


def test_utf8_bom(tmp_path: Path) -> None:
    refuse(write(tmp_path, b"\xef\xbb\xbf" + json.dumps(valid_envelope()).encode()), "byte-order mark")


def test_invalid_utf8(tmp_path: Path) -> None:
    data = json.dumps(valid_envelope()).encode().replace(b'"Shop"', b'"Sh\xff\xfep"')
    refuse(write(tmp_path, data), "UTF-8")


def test_top_level_not_an_object(tmp_path: Path) -> None:
    refuse(write(tmp_path, "[1, 2, 3]"), "top level must be a JSON object")


def test_missing_or_foreign_format(tmp_path: Path) -> None:
    doc = valid_envelope()
    del doc["format"]
    refuse(write(tmp_path, json.dumps(doc)), "/format", "missing")
    doc["format"] = "excalidraw"
    refuse(write(tmp_path, json.dumps(doc), "foreign.journey"), "not a JourneyMapper file", "excalidraw")


def test_newer_major_version(tmp_path: Path) -> None:
    doc = valid_envelope()
    doc["format_version"] = "3.1"
    refuse(write(tmp_path, json.dumps(doc)), "/format_version", "3.1", FORMAT_VERSION)


def test_deeply_nested_json(tmp_path: Path) -> None:
    refuse(write(tmp_path, "[" * 100_000 + "]" * 100_000), "nested too deeply")
    doc = valid_envelope()
    doc["map"]["future_field"] = json.loads("[" * 150 + "]" * 150)
    refuse(write(tmp_path, json.dumps(doc), "deep-extra.journey"), "nested too deeply")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    refuse(path, "200 MiB", "limited to")


def test_ten_megabyte_title(tmp_path: Path) -> None:
    lines = refuse(write(tmp_path, with_map(title="x" * 10_000_000)), "/map/title", "at most 200")
    assert max(len(line) for line in lines) < 300  # the value itself is never echoed


def test_duplicate_ids(tmp_path: Path) -> None:
    doc = valid_envelope()
    doc["map"]["lanes"][1]["id"] = doc["map"]["stages"][0]["id"]
    refuse(write(tmp_path, json.dumps(doc)), "/map/lanes/1/id", "already used at /stages/0/id")


def test_dangling_references(tmp_path: Path) -> None:
    refuse(write(tmp_path, with_map(touchpoints__0__stage_id="st-nowhere")),
           "/map/touchpoints/0/stage_id", "'st-nowhere', which does not exist")
    refuse(write(tmp_path, with_map(main_persona_id="ghost"), "persona.journey"),
           "/map/main_persona_id", "ghost")


def test_emotion_outside_scale(tmp_path: Path) -> None:
    refuse(write(tmp_path, with_map(touchpoints__0__emotion={"score": 9})),
           "/map/touchpoints/0/emotion/score", "outside the map's scale -2…2")


def test_nan_and_infinity(tmp_path: Path) -> None:
    text = with_map(touchpoints__0__order=12345).replace("12345", "NaN")
    refuse(write(tmp_path, text), "NaN and Infinity are not JSON")
    text = with_map(touchpoints__0__order=12345).replace("12345", "Infinity")
    refuse(write(tmp_path, text, "inf.journey"), "NaN and Infinity are not JSON")


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("title", 42, "/map/title"),
        ("stages", {"a": 1}, "/map/stages"),
        ("touchpoints__0__order", "first", "/map/touchpoints/0/order"),
        ("touchpoints__0__emotion", "happy", "/map/touchpoints/0/emotion"),
        ("touchpoints__0__tags", "a,b", "/map/touchpoints/0/tags"),
        ("touchpoints__0__channel", "pigeon", "/map/touchpoints/0/channel"),
        ("lanes__0__collapsed", "yes please", "/map/lanes/0/collapsed"),
        ("stages__0__colour", "red", "/map/stages/0/colour"),
        ("created", "last tuesday", "/map/created"),
        ("emotion_scale", [1, 2], "/map/emotion_scale"),
        ("touchpoints__0__order", "4", "/map/touchpoints/0/order"),
        ("lanes__0__collapsed", 1, "/map/lanes/0/collapsed"),
        ("touchpoints__0__emotion", {"score": 1.5}, "/map/touchpoints/0/emotion/score"),
    ],
)
def test_wrong_type_in_a_field(tmp_path: Path, field: str, value: object, where: str) -> None:
    refuse(write(tmp_path, with_map(**{field: value})), where)


def test_photo_that_is_not_an_image(tmp_path: Path) -> None:
    fake = base64.b64encode(b"#!/bin/sh\nrm -rf /\n").decode()
    text = with_map(personas__0__photo={"media_type": "image/png", "data": fake})
    refuse(write(tmp_path, text), "/map/personas/0/photo", "not a PNG or JPEG")


def test_photo_claiming_400_megapixels(tmp_path: Path) -> None:
    data = base64.b64encode(png_bytes(20_000, 20_000)).decode()
    text = with_map(personas__0__photo={"media_type": "image/png", "data": data})
    refuse(write(tmp_path, text), "/map/personas/0/photo", "400 megapixels")


def test_small_photo_is_accepted(tmp_path: Path) -> None:
    from test_layout_maps import tiny_png  # a whole image: photos are decoded fully on validate

    data = base64.b64encode(tiny_png(64, 64)).decode()
    path = write(tmp_path, with_map(personas__0__photo={"media_type": "image/png", "data": data}))
    assert load_journey(path).journey.personas[0].photo is not None


def test_many_problems_are_all_listed(tmp_path: Path) -> None:
    doc = valid_envelope()
    doc["map"]["touchpoints"][0]["stage_id"] = "x1"
    doc["map"]["touchpoints"][0]["lane_id"] = "x2"
    lines = refuse(write(tmp_path, json.dumps(doc)), "stage_id", "lane_id")
    assert len(lines) == 2


def test_cli_validate_prints_one_line_per_problem(tmp_path: Path, capsys) -> None:
    good = write(tmp_path, json.dumps(valid_envelope()), "good.journey")
    bad = write(tmp_path, with_map(touchpoints__0__stage_id="nope"), "bad.journey")
    assert main(["validate", str(good)]) == 0
    capsys.readouterr()
    assert main(["validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{bad}: /map/touchpoints/0/stage_id: refers to stage 'nope', which does not exist"]


def test_cli_validate_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "none.journey")]) == 1
    assert "no such file" in capsys.readouterr().err
