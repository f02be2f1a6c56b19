"""Change kinds and collections are StrEnums: typed in the code, plain strings to old callers."""

from __future__ import annotations

import json

import pytest

from journeymapper.model import AddItem, CommandError, RemoveItems, UpdateItem
from journeymapper.model.commands import ChangeKind, collection_named
from journeymapper.model.edits import add_card
from journeymapper.model.journey import COLLECTIONS, Collection
from journeymapper.model.templates import build_template


def test_every_collection_is_a_list_of_the_map_in_storage_order() -> None:
    journey = build_template("5a", "en")
    assert list(COLLECTIONS) == list(Collection)
    assert [name for name in type(journey).model_fields if name in COLLECTIONS] == list(COLLECTIONS)
    assert all(isinstance(getattr(journey, name), list) for name in COLLECTIONS)


def test_changes_carry_kinds_that_still_compare_as_strings() -> None:
    journey = build_template("5a", "en")
    command, card_id = add_card(journey, journey.stages[0].id, journey.lanes[1].id, "Kiosk")
    changes = command.apply(journey)
    added = [c for c in changes if c.id == card_id]
    assert added and added[0].action is ChangeKind.ADDED and added[0].action == "added"
    assert added[0].collection == "touchpoints" and added[0].collection is Collection.TOUCHPOINTS
    assert json.dumps([added[0].action, added[0].collection]) == '["added", "touchpoints"]'
    update = UpdateItem("touchpoints", card_id, {"title": "Kiosk 2"}).apply(journey)
    assert [c.action for c in update] == ["updated"]
    removed = RemoveItems("touchpoints", [card_id]).apply(journey)
    assert ChangeKind.REMOVED in {c.action for c in removed}
    assert journey.touchpoint(card_id) is None


def test_an_unknown_collection_name_is_a_command_error() -> None:
    journey = build_template("5a", "en")
    with pytest.raises(CommandError, match="unknown collection 'cards'"):
        AddItem("cards", journey.stages[0])
    with pytest.raises(CommandError, match="unknown collection"):
        collection_named("__class__")


def test_a_change_built_from_strings_is_typed_and_checked() -> None:
    from journeymapper.model.commands import Change

    change = Change("moved", "touchpoints", "tp-1")
    assert change.action is ChangeKind.MOVED and change == Change(ChangeKind.MOVED, "touchpoints", "tp-1")
    assert hash(change) == hash(Change(ChangeKind.MOVED, "touchpoints", "tp-1"))
    with pytest.raises(ValueError):
        Change("renamed", "touchpoints", "tp-1")
