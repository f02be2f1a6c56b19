"""Commands refuse exactly what the file format refuses, with the loader's message; undo stays exact."""

from __future__ import annotations

import pytest

from journeymapper.fileformat import JourneyFileError, dumps_journey, loads_journey
from journeymapper.model import CommandError, EditingSession, History, UpdateItem
from journeymapper.model.commands import AddItem, Command
from journeymapper.model.edits import add_card, set_emotion
from journeymapper.model.entities import Connection, EmotionScale, PainPoint, Persona, Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template


def _map() -> tuple[JourneyMap, EditingSession, list[str]]:
    journey = build_template("5a", "en")
    session = EditingSession(journey)
    cards = []
    for title in ("a", "b"):
        command, card_id = add_card(journey, journey.stages[0].id, journey.lanes[0].id, title)
        session.apply(command)
        cards.append(card_id)
    return journey, session, cards


def _cases(journey: JourneyMap, cards: list[str]) -> list[tuple[str, Command]]:
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    return [
        ("id reused across collections",
         AddItem("pain_points", PainPoint(id=journey.stages[1].id, touchpoint_id=cards[0]))),
        ("dangling reference",
         AddItem("touchpoints", Touchpoint(id="tp-x", stage_id="nowhere", lane_id=lane))),
        ("dangling pain", AddItem("pain_points", PainPoint(id="pp-x", touchpoint_id="gone"))),
        ("self-connection", AddItem("connections", Connection(id="cn-x", source=cards[0], target=cards[0]))),
        ("move into a missing stage", UpdateItem("touchpoints", cards[0], {"stage_id": "nowhere"})),
        ("emotion outside the scale",
         UpdateItem("touchpoints", cards[0], {"emotion": {"score": 7}})),
        ("main persona missing", UpdateItem("map", None, {"main_persona_id": "nobody"})),
        ("card added in a missing lane",
         AddItem("touchpoints", Touchpoint(id="tp-y", stage_id=stage, lane_id="none"))),
    ]


def test_each_edit_the_loader_would_refuse_is_refused_with_the_same_message() -> None:
    journey, session, cards = _map()
    before = dumps_journey(journey)
    for name, command in _cases(journey, cards):
        twin = journey.model_copy(deep=True)
        _force(twin, command)
        with pytest.raises(JourneyFileError) as loader:
            loads_journey(dumps_journey(twin))
        with pytest.raises(CommandError) as refused:
            session.apply(command)
        assert loader.value.issues[0].text() in str(refused.value), name
        assert dumps_journey(journey) == before, f"{name}: a refused edit changed the map"


def _force(journey: JourneyMap, command: Command) -> None:
    """Make the edit without any check, the way a buggy command used to."""
    if isinstance(command, AddItem):
        getattr(journey, command.collection).append(command.item.model_copy(deep=True))
    elif isinstance(command, UpdateItem):
        target = journey if command.collection == "map" else next(
            i for i in getattr(journey, command.collection) if i.id == command.item_id)
        for key, value in command.changes.items():
            if key == "emotion" and isinstance(value, dict):
                from journeymapper.model.entities import Emotion

                value = Emotion(**value)
            setattr(target, key, value)


def test_narrowing_the_scale_below_existing_emotions_is_refused() -> None:
    journey, session, cards = _map()
    session.apply(set_emotion(journey, cards[0], 2))
    with pytest.raises(CommandError, match="emotion 2 lies outside the map's scale -1…1"):
        session.apply(UpdateItem("map", None, {"emotion_scale": EmotionScale(min=-1, max=1)}))
    assert journey.emotion_scale.max == 2
    session.apply(UpdateItem("map", None, {"emotion_scale": EmotionScale(min=-3, max=3)}))


def test_an_id_cannot_be_changed_and_valid_edits_still_undo_exactly() -> None:
    journey, session, cards = _map()
    with pytest.raises(CommandError, match="an id cannot be changed"):
        session.apply(UpdateItem("touchpoints", cards[0], {"id": "renamed"}))
    history = History(session)
    before = dumps_journey(journey)
    persona = Persona(id="pe-1", name="Ana")
    history.execute(AddItem("personas", persona))
    history.execute(UpdateItem("map", None, {"main_persona_id": "pe-1"}))
    history.execute(UpdateItem("touchpoints", cards[1], {"stage_id": journey.stages[2].id}))
    history.execute(AddItem("connections", Connection(id="cn-1", source=cards[0], target=cards[1])))
    loads_journey(dumps_journey(journey))
    while history.can_undo:
        history.undo()
    assert dumps_journey(journey) == before
