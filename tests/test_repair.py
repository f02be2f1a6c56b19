"""repair: any broken map becomes a valid one by the documented rules, the same way everywhere."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.fileformat import dumps_journey, loads_journey
from journeymapper.model import find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.repair import repair, repair_data
from journeymapper.model.templates import build_template


def _example() -> dict:
    data = build_template("5a", "en").model_dump(mode="json")
    stage, other = data["stages"][0]["id"], data["stages"][1]["id"]
    lane = data["lanes"][0]["id"]
    data["touchpoints"] = [
        {"id": "c1", "stage_id": stage, "lane_id": lane, "title": "Search"},
        {"id": "c2", "stage_id": other, "lane_id": lane, "title": "Compare", "order": 0},
    ]
    data["pain_points"] = [{"id": "p1", "touchpoint_id": "c1", "text": "slow"},
                           {"id": "p2", "stage_id": other, "text": "confusing"}]
    data["connections"] = [{"id": "k1", "source": "c1", "target": "c2"}]
    data["actions"] = [{"id": "a1", "task": "fix", "stage_id": other, "pain_point_ids": ["p1", "p2"]}]
    return data


def _valid(data: dict) -> JourneyMap:
    journey = JourneyMap.model_validate(data)
    assert find_problems(journey) == []
    return journey


def test_a_valid_map_is_left_alone() -> None:
    data = _example()
    fixed, repairs = repair_data(data)
    assert repairs == [] and fixed == data
    journey = JourneyMap.model_validate(data)
    same, none = repair(journey)
    assert none == [] and same == journey and same is not journey


def test_a_removed_stage_takes_its_cards_pains_and_links_like_a_delete() -> None:
    data = _example()
    gone = data["stages"].pop(1)["id"]
    fixed, repairs = repair_data(data)
    journey = _valid(fixed)
    assert [c.id for c in journey.touchpoints] == ["c1"]
    assert [p.id for p in journey.pain_points] == ["p1"]
    assert journey.connections == []
    action = journey.actions[0]
    assert action.stage_id is None and action.pain_point_ids == ["p1"]
    removed = {(r.collection, r.id) for r in repairs if r.action == "removed"}
    assert removed == {("touchpoints", "c2"), ("pain_points", "p2"), ("connections", "k1")}
    assert any(gone in r.message for r in repairs)
    assert data["stages"][0]["id"] != gone and len(data["touchpoints"]) == 2  # input untouched


def test_pain_of_a_deleted_card_and_connection_to_it_go() -> None:
    data = _example()
    data["touchpoints"] = [c for c in data["touchpoints"] if c["id"] != "c1"]
    fixed, repairs = repair_data(data)
    journey = _valid(fixed)
    assert [p.id for p in journey.pain_points] == ["p2"]
    assert journey.connections == [] and journey.actions[0].pain_point_ids == ["p2"]
    assert any(r.id == "p1" and "card 'c1' no longer exists" in r.message for r in repairs)


def test_card_in_a_removed_lane_goes() -> None:
    data = _example()
    data["lanes"].pop(0)
    journey = _valid(repair_data(data)[0])
    assert journey.touchpoints == []


def test_duplicate_ids_identical_copy_dropped_different_copy_renamed() -> None:
    data = _example()
    data["touchpoints"].append(copy.deepcopy(data["touchpoints"][0]))
    data["pain_points"].append({"id": "c2", "stage_id": data["stages"][0]["id"], "text": "clash"})
    fixed, repairs = repair_data(data)
    journey = _valid(fixed)
    assert [c.id for c in journey.touchpoints] == ["c1", "c2"]
    assert [p.id for p in journey.pain_points] == ["p1", "p2", "c2-2"]
    assert [r.action for r in repairs] == ["removed", "renamed"]


def test_emotion_outside_the_scale_is_clamped_and_labels_outside_dropped() -> None:
    data = _example()
    data["touchpoints"][0]["emotion"] = {"score": 5, "note": "great"}
    data["touchpoints"][1]["emotion"] = {"score": -4}
    data["emotion_scale"] = {"min": -2, "max": 2, "labels": {"-3": "awful", "2": "great"}}
    fixed, repairs = repair_data(data)
    journey = _valid(fixed)
    assert [c.emotion.score for c in journey.touchpoints if c.emotion] == [2, -2]
    assert journey.touchpoints[0].emotion is not None and journey.touchpoints[0].emotion.note == "great"
    assert journey.emotion_scale.labels == {"2": "great"}
    assert {r.action for r in repairs} == {"clamped", "removed"}


def test_self_connection_dangling_persona_and_kpi_of_missing_stage() -> None:
    data = _example()
    data["connections"].append({"id": "k2", "source": "c1", "target": "c1"})
    data["main_persona_id"] = "nobody"
    data["kpis"] = [{"id": "m1", "stage_id": "gone", "name": "NPS"}]
    data["opportunities"] = [{"id": "o1", "touchpoint_id": "gone"}, {"id": "o2", "text": "keep"}]
    journey = _valid(repair_data(data)[0])
    assert [k.id for k in journey.connections] == ["k1"]
    assert journey.main_persona_id is None and journey.kpis == []
    assert [o.id for o in journey.opportunities] == ["o2"]


def test_pain_attached_to_both_keeps_the_card_or_else_the_stage() -> None:
    data = _example()
    stage = data["stages"][0]["id"]
    data["pain_points"][0]["stage_id"] = stage  # on c1 and on a stage
    data["pain_points"].append({"id": "p3", "touchpoint_id": "gone", "stage_id": stage})
    data["pain_points"].append({"id": "p4"})  # on nothing
    fixed, _repairs = repair_data(data)
    journey = _valid(fixed)
    by_id = {p.id: p for p in journey.pain_points}
    assert by_id["p1"].touchpoint_id == "c1" and by_id["p1"].stage_id is None
    assert by_id["p3"].touchpoint_id is None and by_id["p3"].stage_id == stage
    assert "p4" not in by_id


def test_refused_fields_are_reset_and_refused_objects_removed() -> None:
    data = _example()
    data["touchpoints"][0]["order"] = -5
    data["touchpoints"][1]["title"] = 17
    data["stages"].append({"name": "no id"})
    data["lanes"].append("not an object")
    data["modified"] = "yesterday"
    data["kpis"] = "not a list"
    fixed, repairs = repair_data(data)
    journey = _valid(fixed)
    assert journey.touchpoints[0].order == 0 and journey.touchpoints[1].title == ""
    assert journey.modified == journey.created  # a fixed rule, never the clock
    assert {(r.action, r.collection, r.field) for r in repairs} >= {
        ("reset", "touchpoints", "order"), ("reset", "touchpoints", "title"),
        ("removed", "stages", None), ("removed", "lanes", None), ("reset", "map", "modified"),
        ("reset", "map", "kpis"),
    }
    assert all("NoneType" not in str(r) and "dict" not in str(r) for r in repairs)


def test_collections_over_the_limit_keep_their_first_entries() -> None:
    data = _example()
    data["stages"] += [{"id": f"s{i}", "name": str(i)} for i in range(70)]
    journey = _valid(repair_data(data)[0])
    assert len(journey.stages) == 60 and journey.stages[0].id == data["stages"][0]["id"]


def test_not_a_map_becomes_an_empty_map() -> None:
    fixed, repairs = repair_data(["nonsense"])
    _valid(fixed)
    assert len(repairs) == 1


def test_repair_of_a_model_keeps_envelope_extras_and_saves_loadably() -> None:
    journey = JourneyMap.model_validate(_example())
    journey._envelope_extra = {"x-tool": {"a": 1}}
    journey.stages.pop(1)
    fixed, repairs = repair(journey)
    assert repairs and fixed._envelope_extra == {"x-tool": {"a": 1}}
    assert len(journey.touchpoints) == 2  # the input is not changed
    loaded = loads_journey(dumps_journey(fixed)).journey
    assert loaded == fixed


_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-20, 20) | st.sampled_from(["c1", "c2", "p1", "x", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "stage_id", "lane_id", "touchpoint_id", "source", "target", "score",
                         "emotion", "order", "name"]), inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_mangled_map_repairs_to_a_valid_one_deterministically(data: st.DataObject) -> None:
    raw = _example()
    for _ in range(data.draw(st.integers(1, 6))):
        name = data.draw(st.sampled_from(["stages", "lanes", "touchpoints", "pain_points",
                                          "connections", "actions", "kpis", "opportunities"]))
        items = raw[name] if isinstance(raw[name], list) else []
        choice = data.draw(st.integers(0, 2))
        if choice == 0 and items:
            items.pop(data.draw(st.integers(0, len(items) - 1)))
        elif choice == 1:
            items.append(data.draw(_JUNK))
        elif items and isinstance(items[0], dict):
            key = data.draw(st.sampled_from(sorted(items[0]) or ["id"]))
            items[0][key] = data.draw(_JUNK)
    before = json.dumps(raw, sort_keys=True)
    fixed, repairs = repair_data(raw)
    assert json.dumps(raw, sort_keys=True) == before
    _valid(fixed)
    again, repairs_again = repair_data(json.loads(before))
    assert again == fixed and repairs_again == repairs
    assert repair_data(fixed) == (fixed, [])
