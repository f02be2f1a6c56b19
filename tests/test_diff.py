"""journeymapper diff: by id and field, moves as moves, text/stat/JSON, exit status like diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import save_journey
from journeymapper.model import EditingSession, MoveCards, MoveItem, RemoveItems, UpdateItem
from journeymapper.model.edits import add_card, add_pain, set_emotion
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.teams.diff import diff_maps
from journeymapper.teams.diff_report import as_json, format_text
from journeymapper.teams.outline import outline


def _base() -> JourneyMap:
    journey = build_template("5a", "en", "Shop")
    session = EditingSession(journey)
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    for title in ("Search", "Compare", "Choose"):
        session.apply(add_card(journey, stage, lane, title)[0])
    session.apply(add_card(journey, journey.stages[1].id, lane, "Pay")[0])
    return journey


def _edited(base: JourneyMap) -> JourneyMap:
    journey = base.model_copy(deep=True)
    session = EditingSession(journey)
    search, compare, choose, pay = journey.touchpoints
    session.apply(MoveCards([choose.id], search.stage_id, search.lane_id, 0))  # reorder
    session.apply(MoveCards([pay.id], journey.stages[2].id, pay.lane_id))  # move to another stage
    session.apply(UpdateItem("touchpoints", compare.id, {"title": "Compare prices"}))
    session.apply(set_emotion(journey, compare.id, -1))
    session.apply(add_pain(touchpoint_id=compare.id, text="too many tabs")[0])
    session.apply(RemoveItems("touchpoints", [search.id]))
    session.apply(MoveItem("stages", journey.stages[4].id, 3))
    later = journey.modified.replace(year=2031)
    session.apply(UpdateItem("map", None, {"title": "Shop 2", "modified": later}))
    return journey


def test_each_kind_of_change_is_found_by_id_and_field() -> None:
    base = _base()
    diff = diff_maps(base, _edited(base))
    kinds = {(c.kind, c.collection, c.id) for c in diff.changes}
    titles = {c.old["title"] if c.old else None: c.kind
              for c in diff.changes if c.collection == "touchpoints"}
    assert titles["Choose"] == "reordered" and titles["Pay"] == "moved" and titles["Search"] == "removed"
    assert ("added", "pain_points") in {(k, c) for k, c, _ in kinds}
    assert ("reordered", "stages") in {(k, c) for k, c, _ in kinds}
    compare = next(c for c in diff.changes if c.kind == "modified" and c.collection == "touchpoints")
    assert [(f.field, f.old, f.new) for f in compare.fields] == [
        ("title", "Compare", "Compare prices"), ("emotion.score", None, -1)]
    meta = next(c for c in diff.changes if c.collection == "map")
    assert [f.field for f in meta.fields] == ["title"]  # modified is not a difference by default
    with_stamps = diff_maps(base, _edited(base), timestamps=True)
    assert "modified" in [f.field for c in with_stamps.changes if c.collection == "map" for f in c.fields]


def test_a_card_moved_and_renumbered_is_one_move_not_remove_and_add() -> None:
    base = _base()
    new = base.model_copy(deep=True)
    EditingSession(new).apply(MoveCards([new.touchpoints[2].id], new.stages[0].id, new.lanes[0].id, 0))
    diff = diff_maps(base, new)
    assert [(c.kind, c.id) for c in diff.changes] == [("reordered", new.touchpoints[2].id)]
    assert diff_maps(base, base.model_copy(deep=True)).equal


def test_text_is_grouped_by_stage_with_titles_in_english_and_spanish() -> None:
    base = _base()
    diff = diff_maps(base, _edited(base))
    text = format_text(diff, "en")
    lines = text.splitlines()
    assert lines[0] == "Whole map"
    attract = lines.index('Stage "Attract"')
    adopt = lines.index('Stage "Adopt"')
    assert any('removed: card "Search"' in line for line in lines[attract:adopt])
    assert any('moved: card "Pay" from "Accept"' in line for line in lines[adopt:])
    assert "st-" not in text and "tp-" not in text  # titles, not ids
    spanish = format_text(diff, "es")
    assert "Todo el mapa" in spanish and 'eliminado: tarjeta "Search"' in spanish


def test_json_structure_is_stable() -> None:
    base = _base()
    data = as_json(diff_maps(base, _edited(base)), "a", "b")
    assert list(data) == ["format", "version", "old", "new", "equal", "stat", "changes"]
    assert data["format"] == "journeymapper-diff" and data["version"] == 1
    moved = next(c for c in data["changes"] if c["change"] == "moved")
    assert set(moved) == {"change", "collection", "id", "from", "to"}
    assert moved["from"]["stage_id"] != moved["to"]["stage_id"]
    removed = next(c for c in data["changes"] if c["change"] == "removed")
    assert removed["object"]["title"] == "Search"
    json.dumps(data)


def test_cli_exit_status_and_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _base()
    a, b, bad = tmp_path / "a.journey", tmp_path / "b.journey", tmp_path / "bad.journey"
    save_journey(base, a)
    save_journey(_edited(base), b)
    bad.write_text("{", encoding="utf-8")
    assert main(["diff", str(a), str(a)]) == 0
    assert "same" in capsys.readouterr().out
    assert main(["diff", str(a), str(b), "--stat", "--lang", "es"]) == 1
    assert "touchpoints: " in capsys.readouterr().out
    assert main(["diff", "--json", str(a), str(b)]) == 1
    assert json.loads(capsys.readouterr().out)["equal"] is False
    assert main(["diff", str(a), str(bad)]) == 2
    assert "bad.journey: not valid JSON" in capsys.readouterr().err


def test_outline_puts_cards_under_their_stage_one_field_per_line() -> None:
    base = _base()
    text = outline(_edited(base))
    lines = text.splitlines()
    adopt = next(i for i, line in enumerate(lines) if line.startswith('Stage "Adopt"'))
    assert lines[adopt + 1].startswith('  Card "Pay"') or any(
        line.startswith('  Card "Pay"') for line in lines[adopt:adopt + 6])
    assert outline(base) == outline(base.model_copy(deep=True))
    assert "modified" not in text


def test_diff_reads_one_side_from_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import io

    base = _base()
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    save_journey(base, a)
    save_journey(_edited(base), b)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(a.read_bytes())))
    assert main(["diff", "-", str(b), "--stat"]) == 1
    assert "touchpoints:" in capsys.readouterr().out
