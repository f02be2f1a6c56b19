"""Commands over the model: each applies, reverts to the identical map, and reports changes."""

from __future__ import annotations

import pytest

from journeymapper.model import (
    Action,
    AddItem,
    Change,
    CommandError,
    Connection,
    EditingSession,
    History,
    JourneyMap,
    Kpi,
    Macro,
    MoveCards,
    MoveItem,
    Opportunity,
    PainPoint,
    Persona,
    RemoveItems,
    Touchpoint,
    UpdateItem,
    find_problems,
)
from journeymapper.model.edits import add_card, add_pain, connect, set_emotion
from journeymapper.model.templates import build_template


def snapshot(journey: JourneyMap) -> dict:
    return journey.model_dump(mode="json")


@pytest.fixture
def journey() -> JourneyMap:
    j = build_template("5a", "en")
    s0, s1 = j.stages[0].id, j.stages[1].id
    lane = j.lanes[1].id
    j.touchpoints = [
        Touchpoint(id="a", stage_id=s0, lane_id=lane, order=0, title="Ad"),
        Touchpoint(id="b", stage_id=s0, lane_id=lane, order=1, title="Search"),
        Touchpoint(id="c", stage_id=s1, lane_id=lane, order=0, title="Sign up"),
    ]
    j.pain_points = [
        PainPoint(id="p1", touchpoint_id="b", text="Slow"),
        PainPoint(id="p2", stage_id=s1, text="Confusing"),
    ]
    j.connections = [Connection(id="c1", source="a", target="b"), Connection(id="c2", source="b", target="c")]
    j.opportunities = [Opportunity(id="o1", touchpoint_id="b", text="Faster search")]
    j.kpis = [Kpi(id="k1", stage_id=s1, kind="nps", target=40, actual=32)]
    j.personas = [Persona(id="per", name="Ana")]
    j.main_persona_id = "per"
    j.actions = [Action(id="x1", task="Fix search", stage_id=s0, pain_point_ids=["p1", "p2"])]
    assert find_problems(j) == []
    return j


def roundtrip(journey: JourneyMap, command) -> list[Change]:
    before = snapshot(journey)
    changes = command.apply(journey)
    assert find_problems(journey) == []
    after = snapshot(journey)
    command.revert(journey)
    assert snapshot(journey) == before
    command.apply(journey)
    assert snapshot(journey) == after
    return changes


def test_add_card_at_end_and_at_index(journey: JourneyMap) -> None:
    s0, lane = journey.stages[0].id, journey.lanes[1].id
    command, card_id = add_card(journey, s0, lane, "New")
    changes = roundtrip(journey, command)
    assert Change("added", "touchpoints", card_id) in changes
    assert [c.id for c in journey.cell(s0, lane)] == ["a", "b", card_id]

    command, first = add_card(journey, s0, lane, "First", index=0)
    roundtrip(journey, command)
    assert [c.id for c in journey.cell(s0, lane)] == [first, "a", "b", card_id]
    assert [c.order for c in journey.cell(s0, lane)] == [0, 1, 2, 3]


def test_update_reports_fields_and_rejects_unknown_field(journey: JourneyMap) -> None:
    changes = roundtrip(journey, UpdateItem("touchpoints", "a", {"title": "Banner", "owner": "Marketing"}))
    assert changes == [Change("updated", "touchpoints", "a", ("title", "owner"))]
    assert journey.touchpoint("a").title == "Banner"
    with pytest.raises(CommandError):
        UpdateItem("touchpoints", "a", {"nope": 1}).apply(journey)
    with pytest.raises(CommandError):
        UpdateItem("touchpoints", "missing", {"title": "x"}).apply(journey)


def test_map_metadata_update(journey: JourneyMap) -> None:
    roundtrip(journey, UpdateItem("map", None, {"title": "Bank account", "state": "to-be"}))
    assert journey.title == "Bank account"


def test_remove_stage_cascades_and_undo_restores_in_place(journey: JourneyMap) -> None:
    s0 = journey.stages[0].id
    before = snapshot(journey)
    command = RemoveItems("stages", [s0])
    changes = command.apply(journey)
    removed = {(c.collection, c.id) for c in changes if c.action == "removed"}
    assert ("touchpoints", "a") in removed and ("touchpoints", "b") in removed
    assert ("pain_points", "p1") in removed  # on card b
    assert ("connections", "c1") in removed and ("connections", "c2") in removed
    assert ("opportunities", "o1") in removed
    assert journey.touchpoint("c") is not None
    assert journey.actions[0].stage_id is None
    assert journey.actions[0].pain_point_ids == ["p2"]
    assert find_problems(journey) == []
    command.revert(journey)
    assert snapshot(journey) == before


def test_remove_lane_removes_its_cards(journey: JourneyMap) -> None:
    lane = journey.lanes[1].id
    roundtrip(journey, RemoveItems("lanes", [lane]))
    assert journey.touchpoints == []


def test_remove_persona_clears_main_persona(journey: JourneyMap) -> None:
    roundtrip(journey, RemoveItems("personas", ["per"]))
    assert journey.main_persona_id is None


def test_remove_unknown_id_changes_nothing(journey: JourneyMap) -> None:
    before = snapshot(journey)
    with pytest.raises(CommandError):
        RemoveItems("touchpoints", ["a", "ghost"]).apply(journey)
    assert snapshot(journey) == before


def test_move_cards_between_cells_renumbers_both(journey: JourneyMap) -> None:
    s1, lane = journey.stages[1].id, journey.lanes[1].id
    changes = roundtrip(journey, MoveCards(["a"], s1, lane, 0))
    assert [c.id for c in journey.cell(s1, lane)] == ["a", "c"]
    assert [c.order for c in journey.cell(journey.stages[0].id, lane)] == [0]
    assert {c.id for c in changes} == {"a", "b", "c"}


def test_move_several_cards_keeps_their_relative_order(journey: JourneyMap) -> None:
    s1, lane = journey.stages[1].id, journey.lanes[1].id
    roundtrip(journey, MoveCards(["b", "a"], s1, lane, 1))
    assert [c.id for c in journey.cell(s1, lane)] == ["c", "b", "a"]


def test_move_within_cell(journey: JourneyMap) -> None:
    s0, lane = journey.stages[0].id, journey.lanes[1].id
    roundtrip(journey, MoveCards(["b"], s0, lane, 0))
    assert [c.id for c in journey.cell(s0, lane)] == ["b", "a"]


def test_move_to_missing_cell_is_refused(journey: JourneyMap) -> None:
    with pytest.raises(CommandError):
        MoveCards(["a"], "nowhere", journey.lanes[0].id).apply(journey)


def test_reorder_stage(journey: JourneyMap) -> None:
    first = journey.stages[0].id
    roundtrip(journey, MoveItem("stages", first, 3))
    assert journey.stages[3].id == first


def test_macro_is_atomic(journey: JourneyMap) -> None:
    before = snapshot(journey)
    bad = Macro("bad", [UpdateItem("touchpoints", "a", {"title": "X"}), RemoveItems("touchpoints", ["zz"])])
    with pytest.raises(CommandError):
        bad.apply(journey)
    assert snapshot(journey) == before


def test_add_duplicate_id_is_refused(journey: JourneyMap) -> None:
    with pytest.raises(CommandError):
        AddItem("touchpoints", journey.touchpoints[0]).apply(journey)


def test_set_emotion_clamps_to_scale(journey: JourneyMap) -> None:
    roundtrip(journey, set_emotion(journey, "a", 7))
    assert journey.touchpoint("a").emotion.score == journey.emotion_scale.max
    roundtrip(journey, set_emotion(journey, "a", None))
    assert journey.touchpoint("a").emotion is None


def test_pain_and_connection_builders(journey: JourneyMap) -> None:
    command, pain_id = add_pain(touchpoint_id="c", text="Too many fields", kind="inefficiency")
    roundtrip(journey, command)
    assert journey.pains_of_touchpoint("c")[0].id == pain_id
    command, link_id = connect("a", "c", "skips")
    roundtrip(journey, command)
    assert any(link.id == link_id for link in journey.connections)


def test_session_notifies_listeners_and_unsubscribes(journey: JourneyMap) -> None:
    session = EditingSession(journey)
    heard: list[list[Change]] = []
    unsubscribe = session.subscribe(heard.append)
    session.apply(UpdateItem("touchpoints", "a", {"title": "T"}))
    assert heard == [[Change("updated", "touchpoints", "a", ("title",))]]
    unsubscribe()
    session.apply(UpdateItem("touchpoints", "a", {"title": "U"}))
    assert len(heard) == 1


def test_history_undo_redo_and_clean_state(journey: JourneyMap) -> None:
    history = History(EditingSession(journey))
    history.mark_clean()
    history.execute(UpdateItem("touchpoints", "a", {"title": "One"}))
    assert not history.is_clean and history.can_undo
    history.undo()
    assert history.is_clean and journey.touchpoint("a").title == "Ad"
    history.redo()
    assert journey.touchpoint("a").title == "One"
    history.undo()
    history.execute(UpdateItem("touchpoints", "a", {"title": "Two"}))
    assert not history.can_redo
    assert not history.is_clean  # same depth as the saved state, different content


def test_typing_merges_into_one_undo_step(journey: JourneyMap) -> None:
    history = History(EditingSession(journey))
    for text in ("B", "Ba", "Ban", "Banner"):
        history.execute(UpdateItem("touchpoints", "a", {"title": text}, mergeable=True))
    assert journey.touchpoint("a").title == "Banner"
    history.undo()
    assert journey.touchpoint("a").title == "Ad"
    assert not history.can_undo


def test_merging_stops_when_closed(journey: JourneyMap) -> None:
    history = History(EditingSession(journey))
    history.execute(UpdateItem("touchpoints", "a", {"title": "X"}, mergeable=True))
    history.close_merge()
    history.execute(UpdateItem("touchpoints", "a", {"title": "Y"}, mergeable=True))
    history.undo()
    assert journey.touchpoint("a").title == "X"


def test_update_validates_like_a_file_would(journey: JourneyMap) -> None:
    from journeymapper.model.vocabulary import MapState

    UpdateItem("map", None, {"state": "to-be"}).apply(journey)
    assert journey.state is MapState.TO_BE
    before = snapshot(journey)
    with pytest.raises(CommandError, match="severity"):
        UpdateItem("pain_points", "p1", {"severity": 9}).apply(journey)
    with pytest.raises(CommandError, match="colour"):
        UpdateItem("stages", journey.stages[0].id, {"colour": "red; x"}).apply(journey)
    assert snapshot(journey) == before
