"""Format 1.1: participants with their dots, the dot budget and the parking lot; 1.0 files still open."""

from __future__ import annotations

import json

import pytest

from journeymapper.fileformat import FORMAT_VERSION, JourneyFileError, dumps_journey, loads_journey
from journeymapper.fileformat.writer import envelope
from journeymapper.model.entities import PainPoint, ParkedIdea, Participant, Touchpoint
from journeymapper.model.templates import build_template


def _map_1_0() -> dict:
    journey = build_template("5a", "en")
    journey.touchpoints.append(
        Touchpoint(id="tp-1", stage_id=journey.stages[0].id, lane_id=journey.lanes[0].id, title="Ad")
    )
    journey.pain_points.append(PainPoint(id="pp-1", touchpoint_id="tp-1", text="Loud", votes=4))
    doc = envelope(journey)
    doc["format_version"] = "1.0"
    for key in ("participants", "dot_budget", "parking_lot"):
        del doc["map"][key]  # a real 1.0 file has none of the 1.1 fields
    for stage in doc["map"]["stages"]:
        stage.pop("collapsed", None)
    return doc


def test_a_1_0_file_opens_silently_keeps_its_votes_and_saves_as_1_1():
    result = loads_journey(json.dumps(_map_1_0()).encode(), "old.journey")
    assert result.notices == []  # only optional fields were added: nothing to tell the user
    assert FORMAT_VERSION == "1.1"
    journey = result.journey
    assert journey.pain_points[0].votes == 4 and journey.participants == [] and journey.dot_budget == 5
    saved = json.loads(dumps_journey(journey))
    assert saved["format_version"] == "1.1" and saved["map"]["pain_points"][0]["votes"] == 4


def test_participants_dots_and_parking_lot_round_trip():
    journey = build_template("5a", "es")
    journey.participants.append(Participant(id="pa-1", name="Ana", colour="#D97706", dots={"pp-9": 2}))
    journey.dot_budget = 3
    journey.parking_lot.append(ParkedIdea(id="pk-1", text="Programa de fidelidad"))
    again = loads_journey(dumps_journey(journey), "m.journey").journey
    assert again.participants[0].dots == {"pp-9": 2} and again.participants[0].colour == "#D97706"
    assert again.dot_budget == 3 and again.parking_lot[0].text == "Programa de fidelidad"
    assert dumps_journey(again) == dumps_journey(journey)


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda m: m.update(dot_budget=0), "/map/dot_budget"),
        (lambda m: m.update(participants=[{"id": "pa-1", "name": "A", "dots": {"pp-1": 0}}]), "/0/dots"),
        (lambda m: m.update(participants=[{"id": "pa-1", "name": "A", "colour": "red"}]), "/0/colour"),
        (lambda m: m.update(parking_lot=[{"text": "no id"}]), "/map/parking_lot/0/id"),
    ],
)
def test_bad_workshop_fields_are_refused_with_their_place(change, where):
    doc = _map_1_0()
    doc["format_version"] = "1.1"
    change(doc["map"])
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(doc).encode(), "bad.journey")
    assert where in str(caught.value)
