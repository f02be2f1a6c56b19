"""The .journey format: deterministic bytes, version policy, atomic saves, schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.fileformat import (
    FORMAT_VERSION,
    JourneyFileError,
    SaveError,
    dumps_journey,
    journey_schema,
    load_journey,
    loads_journey,
    save_journey,
)
from journeymapper.fileformat import writer as writer_module
from journeymapper.fileformat.migrations import MIGRATIONS, migrate
from journeymapper.model import Emotion, PainPoint, Touchpoint
from journeymapper.model.templates import build_template
from journeymapper.resources import resource


def sample_map():
    journey = build_template("5a", "es", "Abrir una cuenta")
    stage, lane = journey.stages[0].id, journey.lanes[1].id
    journey.touchpoints.append(
        Touchpoint(id="tp-1", stage_id=stage, lane_id=lane, title="Anuncio en redes ¿sí? ¡ñ!",
                   channel="social-media", emotion=Emotion(score=1, label="curiosidad"))
    )
    journey.pain_points.append(PainPoint(id="pp-1", touchpoint_id="tp-1", text="Letra pequeña",
                                         kind="frustration", whys=["¿Por qué?", "Porque sí"]))
    return journey


def test_output_is_deterministic_and_readable() -> None:
    journey = sample_map()
    data = dumps_journey(journey)
    assert data.endswith(b"}\n")
    text = data.decode("utf-8")
    assert "¿sí? ¡ñ!" in text  # Spanish stays readable, not \u-escaped
    assert text.splitlines()[1] == '  "format": "journeymapper",'
    assert text.splitlines()[2] == f'  "format_version": "{FORMAT_VERSION}",'
    reloaded = loads_journey(data).journey
    assert dumps_journey(reloaded) == data


def test_save_unchanged_map_gives_identical_bytes(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    first = path.read_bytes()
    save_journey(load_journey(path).journey, path)
    assert path.read_bytes() == first


def test_one_field_edit_is_a_small_diff(tmp_path: Path) -> None:
    journey = sample_map()
    before = dumps_journey(journey).decode().splitlines()
    journey.touchpoints[0].title = "Otro título"
    after = dumps_journey(journey).decode().splitlines()
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
    path.chmod(0o640)
    save_journey(sample_map(), path)
    assert path.stat().st_mode & 0o777 == 0o640  # an existing file keeps its permissions


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    journey = sample_map()
    save_journey(journey, path)
    old = path.read_bytes()
    journey.title = "Changed"
    save_journey(journey, path)
    assert (tmp_path / "m.journey.bak").read_bytes() == old
    assert load_journey(path).journey.title == "Changed"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_failed_save_leaves_old_file_byte_identical(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    old = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer_module.os, "fsync", disk_full)
    journey = sample_map()
    journey.title = "Never written"
    with pytest.raises(SaveError, match="the disk is full"):
        save_journey(journey, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journey"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_save_into_read_only_folder_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    old = path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            save_journey(sample_map(), path)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == old


def test_permission_denied_is_reported_and_old_file_kept(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    old = path.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer_module.tempfile, "mkstemp", denied)
    with pytest.raises(SaveError, match="permission denied"):
        save_journey(sample_map(), path)
    assert path.read_bytes() == old


def test_save_into_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_journey(sample_map(), tmp_path / "gone" / "m.journey")


def test_save_refused_by_a_read_only_file_system(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.journey"
    save_journey(sample_map(), path)
    old = path.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(writer_module.os, "replace", refuse)
    with pytest.raises(SaveError, match="read-only"):
        save_journey(sample_map(), path)
    assert path.read_bytes() == old


def envelope_of(journey) -> dict:
    return json.loads(dumps_journey(journey))


def test_newer_minor_version_opens_and_keeps_unknown_fields() -> None:
    doc = envelope_of(sample_map())
    doc["format_version"] = "1.7"
    doc["signature"] = {"by": "future"}
    doc["map"]["board_colour"] = "#ffffff"
    doc["map"]["touchpoints"][0]["sentiment_ai"] = {"score": 0.4, "model": "x"}
    doc["map"]["touchpoints"][0]["emotion"]["intensity"] = 3
    result = loads_journey(json.dumps(doc).encode(), "future.journey")
    assert any("newer JourneyMapper" in notice for notice in result.notices)
    saved = json.loads(dumps_journey(result.journey))
    assert saved["signature"] == {"by": "future"}
    assert saved["map"]["board_colour"] == "#ffffff"
    assert saved["map"]["touchpoints"][0]["sentiment_ai"] == {"score": 0.4, "model": "x"}
    assert saved["map"]["touchpoints"][0]["emotion"]["intensity"] == 3


def test_newer_major_version_is_refused_naming_both_versions() -> None:
    doc = envelope_of(sample_map())
    doc["format_version"] = "2.0"
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(doc).encode(), "next.journey")
    message = str(caught.value)
    assert "next.journey" in message and "2.0" in message and FORMAT_VERSION in message


def test_draft_version_is_migrated_in_memory() -> None:
    doc = envelope_of(sample_map())
    doc["format_version"] = "0.9"
    card = doc["map"]["touchpoints"][0]
    card["stage"] = card.pop("stage_id")
    card["lane"] = card.pop("lane_id")
    card["emotion"] = -1
    result = loads_journey(json.dumps(doc).encode(), "old.journey")
    migrated = result.journey.touchpoints[0]
    assert migrated.emotion is not None and migrated.emotion.score == -1
    assert migrated.stage_id == result.journey.stages[0].id
    assert any("upgraded from format 0.9" in n for n in result.notices)
    assert json.loads(dumps_journey(result.journey))["format_version"] == FORMAT_VERSION


def test_migration_registry_chains_to_current() -> None:
    for source in MIGRATIONS:
        envelope, steps = migrate({"format_version": source, "map": {}}, source)
        assert envelope["format_version"] == FORMAT_VERSION
        assert steps


def test_unknown_old_version_is_refused() -> None:
    doc = envelope_of(sample_map())
    doc["format_version"] = "0.3"
    with pytest.raises(JourneyFileError, match="0.3"):
        loads_journey(json.dumps(doc).encode())


def test_shipped_schema_is_up_to_date() -> None:
    shipped = json.loads(resource("schema", "journey.schema.json").read_text("utf-8"))
    assert shipped == journey_schema(), "run: journeymapper schema -o resources/schema/journey.schema.json"


def test_schema_accepts_a_saved_file_structure() -> None:
    schema = journey_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    doc = envelope_of(sample_map())
    card_schema = schema["$defs"]["Touchpoint"]
    assert set(card_schema["required"]) <= set(doc["map"]["touchpoints"][0])


titles = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=40, deadline=None)
@given(title=titles, description=titles, score=st.integers(-2, 2), votes=st.integers(0, 500))
def test_any_text_round_trips_through_a_file(title: str, description: str, score: int, votes: int) -> None:
    journey = sample_map()
    journey.title = title
    journey.touchpoints[0].description = description
    journey.touchpoints[0].emotion = Emotion(score=score)
    journey.pain_points[0].votes = votes
    data = dumps_journey(journey)
    again = loads_journey(data).journey
    assert again.title == title
    assert again.touchpoints[0].description == description
    assert dumps_journey(again) == data
