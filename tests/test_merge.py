"""journeymapper merge: by id and field, conflicts by rule, a valid result, exit 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import load_journey, save_journey
from journeymapper.model import EditingSession, MoveCards, RemoveItems, UpdateItem, find_problems
from journeymapper.model.edits import add_card, add_pain, connect
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.teams.merge import merge_maps


def _base() -> JourneyMap:
    journey = build_template("5a", "en", "Shop")
    session = EditingSession(journey)
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    for title in ("Search", "Compare", "Choose"):
        session.apply(add_card(journey, stage, lane, title)[0])
    return journey


def _copy(journey: JourneyMap) -> tuple[JourneyMap, EditingSession]:
    twin = journey.model_copy(deep=True)
    return twin, EditingSession(twin)


def test_different_fields_of_one_card_and_additions_on_both_sides_all_survive() -> None:
    base = _base()
    card = base.touchpoints[1].id
    ours, mine = _copy(base)
    mine.apply(UpdateItem("touchpoints", card, {"title": "Compare prices"}))
    mine.apply(add_card(ours, base.stages[1].id, base.lanes[0].id, "ours new")[0])
    theirs, yours = _copy(base)
    yours.apply(UpdateItem("touchpoints", card, {"owner": "Ana"}))
    yours.apply(add_card(theirs, base.stages[1].id, base.lanes[0].id, "theirs new")[0])
    result = merge_maps(base, ours, theirs)
    assert result.clean
    merged = result.journey.touchpoint(card)
    assert merged is not None and (merged.title, merged.owner) == ("Compare prices", "Ana")
    cell = [c.title for c in result.journey.cell(base.stages[1].id, base.lanes[0].id)]
    assert cell == ["ours new", "theirs new"]  # both kept, renumbered so the order is shown


def test_moves_on_both_sides_that_do_not_collide_are_both_followed() -> None:
    base = _base()
    search, compare, choose = (c.id for c in base.touchpoints)
    stage, lane = base.stages[0].id, base.lanes[0].id
    ours, mine = _copy(base)
    mine.apply(MoveCards([choose], stage, lane, 0))  # Choose first
    theirs, yours = _copy(base)
    yours.apply(MoveCards([search], base.stages[2].id, lane))  # Search to another stage
    result = merge_maps(base, ours, theirs)
    assert result.clean
    assert [c.id for c in result.journey.cell(stage, lane)] == [choose, compare]
    assert [c.id for c in result.journey.cell(base.stages[2].id, lane)] == [search]


def test_same_field_changed_differently_is_a_conflict_resolved_by_preference() -> None:
    base = _base()
    card = base.touchpoints[0].id
    ours, mine = _copy(base)
    mine.apply(UpdateItem("touchpoints", card, {"title": "Ours"}))
    theirs, yours = _copy(base)
    yours.apply(UpdateItem("touchpoints", card, {"title": "Theirs"}))
    result = merge_maps(base, ours, theirs)
    assert [(c.kind, c.field, c.base, c.ours, c.theirs, c.kept) for c in result.conflicts] == [
        ("field", "title", "Search", "Ours", "Theirs", "ours")]
    assert result.journey.touchpoints[0].title == "Ours"
    assert merge_maps(base, ours, theirs, "theirs").journey.touchpoints[0].title == "Theirs"


def test_deleted_card_with_a_pain_added_on_the_other_side_keeps_the_map_valid() -> None:
    base = _base()
    card, other = base.touchpoints[0].id, base.touchpoints[1].id
    ours, mine = _copy(base)
    mine.apply(RemoveItems("touchpoints", [card]))
    theirs, yours = _copy(base)
    yours.apply(add_pain(touchpoint_id=card, text="slow")[0])
    yours.apply(connect(other, card)[0])
    result = merge_maps(base, ours, theirs)
    assert find_problems(result.journey) == []
    assert result.journey.touchpoint(card) is None and result.journey.pain_points == []
    assert {r.collection for r in result.repairs} == {"pain_points", "connections"}
    # deleted on ours, changed on theirs: with --prefer theirs the card comes back
    yours.apply(UpdateItem("touchpoints", card, {"title": "Search again"}))
    back = merge_maps(base, ours, theirs, "theirs")
    assert [c.kind for c in back.conflicts] == ["deleted"]
    assert back.journey.touchpoint(card) is not None and len(back.journey.pain_points) == 1


def test_modified_takes_the_later_time_without_conflict() -> None:
    base = _base()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.modified = base.modified.replace(year=2030)
    theirs.modified = base.modified.replace(year=2031)
    result = merge_maps(base, ours, theirs)
    assert result.clean and result.journey.modified.year == 2031


def test_cli_merge_writes_a_valid_file_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = _base()
    card = base.touchpoints[0].id
    ours, mine = _copy(base)
    mine.apply(UpdateItem("touchpoints", card, {"title": "Ours"}))
    theirs, yours = _copy(base)
    yours.apply(UpdateItem("touchpoints", card, {"title": "Theirs"}))
    paths = [tmp_path / f"{n}.journey" for n in ("base", "ours", "theirs")]
    for journey, path in zip((base, ours, theirs), paths, strict=True):
        save_journey(journey, path)
    out, report = tmp_path / "out.journey", tmp_path / "conflicts.json"
    args = [str(p) for p in paths]
    assert main(["merge", *args, "-o", str(out), "--prefer", "theirs", "--conflicts", str(report)]) == 1
    err = capsys.readouterr().err
    assert 'CONFLICT card "Theirs" title: ours "Ours", theirs "Theirs"' in err or "CONFLICT card" in err
    assert load_journey(out).journey.touchpoints[0].title == "Theirs"
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["format"] == "journeymapper-merge-report" and data["conflicts"][0]["field"] == "title"
    assert main(["merge", args[0], args[1], args[0], "-o", str(out)]) == 0
    assert load_journey(out).journey == ours
    (tmp_path / "bad.journey").write_text("{}", encoding="utf-8")
    assert main(["merge", args[0], args[1], str(tmp_path / "bad.journey")]) == 2
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert main(["merge", str(empty), args[1], args[1], "-o", str(out)]) == 0


def test_a_cell_reordered_differently_on_both_sides_follows_the_preferred_side() -> None:
    base = _base()
    search, compare, choose = (c.id for c in base.touchpoints)
    stage, lane = base.stages[0].id, base.lanes[0].id
    ours, mine = _copy(base)
    mine.apply(MoveCards([choose], stage, lane, 0))  # Choose, Search, Compare
    theirs, yours = _copy(base)
    yours.apply(MoveCards([search], stage, lane, 2))  # Compare, Choose, Search
    result = merge_maps(base, ours, theirs)
    assert [c.kind for c in result.conflicts] == ["order"]
    assert [c.id for c in result.journey.cell(stage, lane)] == [choose, search, compare]
    other = merge_maps(base, ours, theirs, "theirs")
    assert [c.id for c in other.journey.cell(stage, lane)] == [compare, choose, search]
    from journeymapper.teams.merge import describe

    assert "reordered differently on both sides; kept the order from theirs" in describe(other.conflicts[0])
