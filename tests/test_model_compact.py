"""A loaded map's objects share their field-name sets, and nothing observable changes."""

from __future__ import annotations

import json

from journeymapper.fileformat import dumps_journey, loads_journey
from journeymapper.model import Emotion, PainPoint, Touchpoint
from journeymapper.model.commands import UpdateItem
from journeymapper.model.templates import build_template


def saved_map() -> bytes:
    journey = build_template("5a", "en", "Sharing")
    stage, lane = journey.stages[0].id, journey.lanes[1].id
    for index in range(3):
        journey.touchpoints.append(
            Touchpoint(id=f"tp-{index}", stage_id=stage, lane_id=lane, order=index, emotion=Emotion(score=1))
        )
    journey.pain_points.append(PainPoint(id="pp-1", touchpoint_id="tp-0", text="Slow"))
    return dumps_journey(journey)


def test_cards_of_a_loaded_map_share_one_set_and_answer_as_before() -> None:
    data = saved_map()
    journey = loads_journey(data).journey
    first, second, _third = journey.touchpoints
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.emotion is not None and second.emotion is not None
    assert first.emotion.__pydantic_fields_set__ is second.emotion.__pydantic_fields_set__
    assert first.model_fields_set == set(Touchpoint.model_fields)
    fresh = Touchpoint.model_validate(json.loads(data)["map"]["touchpoints"][0])
    assert first.model_dump(exclude_unset=True) == fresh.model_dump(exclude_unset=True)


def test_editing_a_card_changes_neither_the_others_nor_the_file() -> None:
    data = saved_map()
    journey = loads_journey(data).journey
    UpdateItem("touchpoints", "tp-1", {"title": "Renamed", "owner": "Ops"}).apply(journey)
    assert [card.title for card in journey.touchpoints] == ["", "Renamed", ""]
    assert journey.touchpoints[0].model_fields_set == set(Touchpoint.model_fields)
    assert dumps_journey(journey).count(b"Renamed") == 1
    assert loads_journey(dumps_journey(journey)).journey == journey


def test_objects_read_from_a_sparse_file_keep_their_own_set() -> None:
    doc = json.loads(saved_map())
    del doc["map"]["touchpoints"][2]["owner"]
    journey = loads_journey(json.dumps(doc).encode()).journey
    sparse = journey.touchpoints[2]
    assert "owner" not in sparse.model_fields_set
    assert sparse.__pydantic_fields_set__ is not journey.touchpoints[0].__pydantic_fields_set__
    sparse.owner = "Ops"
    assert "owner" in sparse.model_fields_set
