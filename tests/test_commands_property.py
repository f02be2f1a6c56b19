"""Random edit sequences: undo all gives the start back, redo all gives the end back."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.model import (
    CommandError,
    EditingSession,
    History,
    JourneyMap,
    MoveCards,
    MoveItem,
    RemoveItems,
    UpdateItem,
    find_problems,
)
from journeymapper.model.edits import add_card, add_lane, add_pain, add_stage, connect, set_emotion
from journeymapper.model.templates import build_template

OPS = (
    "add_card", "move_cards", "update_card", "emotion", "remove_card", "add_pain", "vote",
    "remove_stage", "remove_lane", "add_stage", "add_lane", "reorder_stage", "connect", "remove_pain",
    "rename_map",
)


def make_command(journey: JourneyMap, op: str, data: st.DataObject):
    """A command of kind `op` that fits the current map, or None when it cannot apply."""
    pick = lambda items: data.draw(st.sampled_from(items))  # noqa: E731
    cards = [c.id for c in journey.touchpoints]
    if op == "add_card" and journey.stages and journey.lanes:
        command, _ = add_card(
            journey, pick(journey.stages).id, pick(journey.lanes).id,
            data.draw(st.text(max_size=20)), index=data.draw(st.none() | st.integers(0, 5)),
        )
        return command
    if op == "move_cards" and cards and journey.stages and journey.lanes:
        ids = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        return MoveCards(ids, pick(journey.stages).id, pick(journey.lanes).id,
                         data.draw(st.none() | st.integers(0, 6)))
    if op == "update_card" and cards:
        return UpdateItem("touchpoints", pick(cards), {"title": data.draw(st.text(max_size=30)),
                                                      "channel": pick(["web", "phone", None])})
    if op == "emotion" and cards:
        return set_emotion(journey, pick(cards), data.draw(st.none() | st.integers(-3, 3)))
    if op == "remove_card" and cards:
        return RemoveItems("touchpoints", data.draw(st.lists(st.sampled_from(cards), min_size=1,
                                                             max_size=3, unique=True)))
    if op == "add_pain" and cards:
        return add_pain(touchpoint_id=pick(cards), text="pain")[0]
    if op == "vote" and journey.pain_points:
        pain = pick(journey.pain_points)
        return UpdateItem("pain_points", pain.id, {"votes": pain.votes + 1})
    if op == "remove_pain" and journey.pain_points:
        return RemoveItems("pain_points", [pick(journey.pain_points).id])
    if op == "remove_stage" and journey.stages:
        return RemoveItems("stages", [pick(journey.stages).id])
    if op == "remove_lane" and journey.lanes:
        return RemoveItems("lanes", [pick(journey.lanes).id])
    if op == "add_stage":
        return add_stage("New", index=data.draw(st.none() | st.integers(0, 6)))[0]
    if op == "add_lane":
        return add_lane("New lane")[0]
    if op == "reorder_stage" and journey.stages:
        return MoveItem("stages", pick(journey.stages).id, data.draw(st.integers(0, 6)))
    if op == "connect" and len(cards) >= 2:
        a, b = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
        return connect(a, b)[0]
    if op == "rename_map":
        return UpdateItem("map", None, {"title": data.draw(st.text(max_size=40))}, mergeable=True)
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_exactly(data: st.DataObject) -> None:
    journey = build_template("5a", "en")
    for _ in range(4):
        journey.touchpoints.append(
            add_card(journey, journey.stages[0].id, journey.lanes[0].id, "seed")[0].item  # type: ignore[attr-defined]
        )
    start = journey.model_dump(mode="json")
    history = History(EditingSession(journey))
    for op in data.draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=25)):
        command = make_command(journey, op, data)
        if command is None:
            continue
        try:
            history.execute(command)
        except CommandError:
            continue
        assert find_problems(journey) == []
    end = journey.model_dump(mode="json")
    history.undo_all()
    assert journey.model_dump(mode="json") == start
    history.redo_all()
    assert journey.model_dump(mode="json") == end
