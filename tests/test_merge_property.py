"""Property tests of the three-way merge over random edit sequences (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.model import CommandError, EditingSession, find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.teams.merge import merge_maps
from tests.test_commands_property import OPS, make_command

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _base() -> JourneyMap:
    journey = build_template("5a", "en")
    del journey.stages[3:]
    del journey.lanes[3:]
    return journey


def _edit(start: JourneyMap, data: st.DataObject, steps: int) -> JourneyMap:
    journey = start.model_copy(deep=True)
    session = EditingSession(journey)
    for _ in range(steps):
        command = make_command(journey, data.draw(st.sampled_from(OPS)), data)
        if command is None:
            continue
        try:
            session.apply(command)
        except CommandError:
            continue
    return journey


def _valid(journey: JourneyMap) -> None:
    assert find_problems(journey) == []
    JourneyMap.model_validate(journey.model_dump(mode="json"))


@SETTINGS
@given(st.data())
def test_one_sided_and_identical_edits(data: st.DataObject) -> None:
    base = _base()
    x = _edit(base, data, data.draw(st.integers(1, 8)))
    for prefer in ("ours", "theirs"):
        only_ours = merge_maps(base, x, base, prefer)
        assert only_ours.journey == x and only_ours.clean
        only_theirs = merge_maps(base, base, x, prefer)
        assert only_theirs.journey == x and only_theirs.clean
        both = merge_maps(base, x, x.model_copy(deep=True), prefer)
        assert both.journey == x and both.clean


@SETTINGS
@given(st.data())
def test_any_two_sided_edit_merges_to_a_valid_map(data: st.DataObject) -> None:
    base = _base()
    ours = _edit(base, data, data.draw(st.integers(1, 6)))
    theirs = _edit(base, data, data.draw(st.integers(1, 6)))
    for prefer in ("ours", "theirs"):
        result = merge_maps(base, ours, theirs, prefer)  # type: ignore[arg-type]
        _valid(result.journey)
    assert merge_maps(None, ours, theirs).journey is not None


def _titles(journey: JourneyMap) -> dict[str, str]:
    return {card.id: card.title for card in journey.touchpoints}


@SETTINGS
@given(st.data())
def test_disjoint_edits_on_both_sides_all_survive(data: st.DataObject) -> None:
    """Ours edits only the first stage's cards and map title; theirs only the second stage's."""
    base = _base()
    session = EditingSession(base)
    from journeymapper.model.edits import add_card

    for stage in base.stages[:2]:
        for n in range(3):
            session.apply(add_card(base, stage.id, base.lanes[n % 2].id, f"card {n}")[0])
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    expected_ours = _disjoint_edits(ours, ours.stages[0].id, data)
    expected_theirs = _disjoint_edits(theirs, theirs.stages[1].id, data)
    result = merge_maps(base, ours, theirs)
    assert result.clean, (result.conflicts, result.repairs)
    _valid(result.journey)
    merged = {c.id: c for c in result.journey.touchpoints}
    for expected in (expected_ours, expected_theirs):
        for card_id, (title, _order) in expected.items():
            if title is None:
                assert card_id not in merged
            else:
                assert merged[card_id].title == title
    for side, stage in ((ours, ours.stages[0].id), (theirs, theirs.stages[1].id)):
        for lane in base.lanes:
            assert [c.id for c in result.journey.cell(stage, lane.id)] == [
                c.id for c in side.cell(stage, lane.id)]


def _disjoint_edits(
    journey: JourneyMap, stage_id: str, data: st.DataObject
) -> dict[str, tuple[str | None, int]]:
    from journeymapper.model import MoveCards, RemoveItems, UpdateItem
    from journeymapper.model.edits import add_card

    session = EditingSession(journey)
    touched: dict[str, tuple[str | None, int]] = {}
    for step in range(data.draw(st.integers(1, 5))):
        cards = [c for c in journey.touchpoints if c.stage_id == stage_id]
        op = data.draw(st.sampled_from(["add", "rename", "remove", "move"]))
        lane = data.draw(st.sampled_from(journey.lanes[:2])).id
        if op == "add" or not cards:
            command, card_id = add_card(journey, stage_id, lane, f"new {step}")
            session.apply(command)
            touched[card_id] = (f"new {step}", 0)
        elif op == "rename":
            card = data.draw(st.sampled_from(cards))
            session.apply(UpdateItem("touchpoints", card.id, {"title": f"renamed {step}"}))
            touched[card.id] = (f"renamed {step}", 0)
        elif op == "remove":
            card = data.draw(st.sampled_from(cards))
            session.apply(RemoveItems("touchpoints", [card.id]))
            touched[card.id] = (None, 0)
        else:
            card = data.draw(st.sampled_from(cards))
            session.apply(MoveCards([card.id], stage_id, lane, data.draw(st.integers(0, 3))))
    return touched
