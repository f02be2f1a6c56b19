"""The map's index of cards by cell: kept in step by every command, never trusted when stale.

After random command sequences, undo and redo, a live session's replacement (`SyncFromDoc`)
and a whole-map replacement, the index the map keeps must equal one built from scratch by
walking the cards. The commands keep it (it is not thrown away and rebuilt: a move at
10,000 cards must not walk the map), and anything that moves a card without telling it
makes it rebuild rather than answer from the past.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_commands_property import OPS, make_command

from journeymapper.live.bridge import replacement_of
from journeymapper.model import CommandError, EditingSession, History, JourneyMap, MoveCards, Touchpoint
from journeymapper.model.cell_index import CellIndex
from journeymapper.model.commands import ReplaceMap
from journeymapper.model.edits import add_card
from journeymapper.model.templates import build_template


def walked(journey: JourneyMap) -> dict[tuple[str, str], list[str]]:
    """Each non-empty cell's card ids in display order, by walking every card (`cells()`)."""
    return {cell: [c.id for c in cards] for cell, cards in journey.cells().items()}


def indexed(index: CellIndex) -> dict[tuple[str, str], list[str]]:
    return {cell: [c.id for c in cards] for cell, cards in index.cells().items()}


def seeded_map() -> JourneyMap:
    journey = build_template("5a", "en")
    for n in range(6):
        stage, lane = journey.stages[n % 2].id, journey.lanes[n % 3].id
        journey.touchpoints.append(add_card(journey, stage, lane, f"seed {n}")[0].item)  # type: ignore[attr-defined]
    return journey


def assert_kept(journey: JourneyMap) -> None:
    """The index is still the kept one (not rebuilt), equals a walk, and holds the map's objects."""
    index = journey.kept_cell_index()
    assert index is not None, "a command left the index stale"
    assert indexed(index) == walked(journey)
    by_id = {c.id: c for c in journey.touchpoints}
    for card_id, card in by_id.items():
        assert index.card(card_id) is card


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_index_follows_random_commands_undo_and_redo(data: st.DataObject) -> None:
    journey = seeded_map()
    journey.cell_index()  # built once, then only kept
    history = History(EditingSession(journey))
    for op in data.draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=25)):
        command = make_command(journey, op, data)
        if command is None:
            continue
        try:
            history.execute(command)
        except CommandError:
            continue
        assert_kept(journey)
        if data.draw(st.booleans()):
            history.undo()
            assert_kept(journey)
            history.redo()
            assert_kept(journey)
    history.undo_all()
    assert_kept(journey)
    history.redo_all()
    assert_kept(journey)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_index_follows_a_live_replacement_and_its_revert(data: st.DataObject) -> None:
    """A peer's edits arrive as one `SyncFromDoc` that swaps card objects in place."""
    journey = seeded_map()
    other = journey.model_copy(deep=True)
    history = History(EditingSession(other))
    for op in data.draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=15)):
        command = make_command(other, op, data)
        if command is not None:
            try:
                history.execute(command)
            except CommandError:
                continue
    journey.cell_index()
    sync = replacement_of(journey, other)
    sync.apply(journey)
    assert_kept(journey)
    assert walked(journey) == walked(other)
    sync.revert(journey)
    assert_kept(journey)


def test_a_whole_map_replacement_is_not_answered_from_the_old_cards() -> None:
    journey = seeded_map()
    other = seeded_map()
    journey.cell_index()
    command = ReplaceMap(other)
    command.apply(journey)
    assert indexed(journey.cell_index()) == walked(journey) == walked(other)
    command.revert(journey)
    assert indexed(journey.cell_index()) == walked(journey)


def test_a_card_moved_behind_the_index_back_makes_it_rebuild() -> None:
    """Code that assigns a card's cell directly, or edits the list, is seen, not trusted."""
    journey = seeded_map()
    index = journey.cell_index()
    card = journey.touchpoints[0]
    card.stage_id = journey.stages[3].id  # not a command
    assert journey.kept_cell_index() is None
    assert journey.cell(journey.stages[3].id, card.lane_id) == [card]
    journey.touchpoints.append(
        Touchpoint(id="tp-extra", stage_id=journey.stages[4].id, lane_id=journey.lanes[0].id)
    )
    assert journey.kept_cell_index() is None
    assert [c.id for c in journey.cell(journey.stages[4].id, journey.lanes[0].id)] == ["tp-extra"]
    journey.touchpoints = list(journey.touchpoints)  # same cards, another list
    assert journey.kept_cell_index() is None
    assert journey.cell_index() is not index
    assert indexed(journey.cell_index()) == walked(journey)


def test_ties_in_order_keep_the_order_of_the_file() -> None:
    """A hand-edited file may give two cards of a cell the same `order`: the first listed wins."""
    journey = seeded_map()
    stage, lane = journey.stages[4].id, journey.lanes[1].id
    for name in ("b", "a", "c"):
        journey.touchpoints.append(Touchpoint(id=f"tp-{name}", stage_id=stage, lane_id=lane, order=1))
    assert [c.id for c in journey.cell(stage, lane)] == ["tp-b", "tp-a", "tp-c"]
    MoveCards(["tp-c"], stage, lane, 0).apply(journey)  # renumbers the cell: no ties left
    assert [c.id for c in journey.cell(stage, lane)] == ["tp-c", "tp-b", "tp-a"]
    assert_kept(journey)


def test_copies_build_their_own_index() -> None:
    journey = seeded_map()
    journey.cell_index()
    copy = journey.model_copy(deep=True)
    assert copy.kept_cell_index() is None
    assert indexed(copy.cell_index()) == walked(journey)
    assert all(a is not b for a, b in zip(copy.touchpoints, journey.touchpoints, strict=True))
    assert copy.cell_index().card(journey.touchpoints[0].id) is copy.touchpoints[0]


def test_the_index_is_no_part_of_the_map_value() -> None:
    """Maps compare equal (merges, reloads, tests) whether or not one has built its index."""
    journey = seeded_map()
    copy = journey.model_copy(deep=True)
    journey.cell_index()
    assert journey == copy and copy == journey
    assert journey.model_dump() == copy.model_dump()


def test_a_broken_map_with_a_repeated_id_is_answered_by_walking() -> None:
    """The loader and the commands refuse repeated ids; should one slip in, answers stay those of a walk."""
    journey = seeded_map()
    first = journey.touchpoints[0]
    twin = first.model_copy(update={"stage_id": journey.stages[4].id, "order": 0})
    journey.touchpoints.append(twin)
    assert journey.touchpoint(first.id) is first
    assert indexed(journey.cell_index()) == walked(journey)
    assert journey.cell(journey.stages[4].id, twin.lane_id) == [twin]


def test_a_card_added_and_another_removed_behind_its_back_are_seen() -> None:
    """Same list, same length, other cards: the index is rebuilt, not trusted."""
    journey = seeded_map()
    journey.cell_index()
    gone = journey.touchpoints.pop(2)
    journey.touchpoints.append(Touchpoint(id="tp-new", stage_id=gone.stage_id, lane_id=gone.lane_id))
    assert journey.kept_cell_index() is None
    assert indexed(journey.cell_index()) == walked(journey)
    assert journey.touchpoint(gone.id) is None
