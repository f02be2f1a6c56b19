"""Every edit to a map is a command: apply it, revert it, and know what it touched.

Commands change only the model. Each returns the list of `Change`s it made so that a
view can redraw just those objects. Reverting restores the map exactly, including
positions in lists, so that undoing a sequence of edits gives back the very same
document (a property the test suite checks with random edit sequences).
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from journeymapper.model.cell_index import CellIndex
from journeymapper.model.entities import PLACEMENT_FIELDS, CollectionItem, Entity
from journeymapper.model.integrity import (
    LINKED_FIELDS,
    Context,
    Problem,
    id_problem,
    item_problems,
    map_problems,
)
from journeymapper.model.journey import COLLECTIONS, Collection, JourneyMap

MAP = "map"  # the collection name used in a Change about the map's own fields


class ChangeKind(StrEnum):
    """What happened to an object; a StrEnum, so `change.action == "added"` keeps working."""

    ADDED = "added"
    REMOVED = "removed"
    UPDATED = "updated"
    MOVED = "moved"


@dataclass(frozen=True, init=False)
class Change:
    """What one command did to one object, for views that update only what changed.

    `action` is always a ChangeKind; the constructor also takes its string ("added", ...),
    checked, so code that builds changes from strings (a network peer, a diff) stays valid.
    """

    action: ChangeKind
    collection: str  # a Collection, or MAP for the map's own fields
    id: str | None
    fields: tuple[str, ...] = ()

    def __init__(
        self, action: ChangeKind | str, collection: str, id: str | None, fields: tuple[str, ...] = ()
    ) -> None:
        object.__setattr__(self, "action", ChangeKind(action))
        object.__setattr__(self, "collection", collection)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "fields", fields)


def collection_named(name: str) -> Collection:
    """The Collection called `name`; a CommandError for any other name (peers, scripts)."""
    try:
        return Collection(name)
    except ValueError:
        raise CommandError(f"unknown collection {name!r}") from None


class CommandError(ValueError):
    """The command does not fit the map (unknown id, impossible move...)."""


class Command(ABC):
    """An undoable edit. `apply` then `revert` leaves the map as it was."""

    label: str = "Edit"

    @abstractmethod
    def apply(self, journey: JourneyMap) -> list[Change]: ...

    @abstractmethod
    def revert(self, journey: JourneyMap) -> list[Change]: ...

    def merge_key(self) -> object | None:
        """Commands with the same non-None key may merge into one undo step."""
        return None

    def merge(self, later: Command) -> bool:
        """Absorb `later` (already applied) into this one; False when they cannot merge."""
        return False


def _kept_for_placing(journey: JourneyMap, collection: str, values: dict[str, Any]) -> CellIndex | None:
    """The map's current cell index when setting `values` may move a card, else None."""
    if collection != Collection.TOUCHPOINTS or PLACEMENT_FIELDS.isdisjoint(values):
        return None
    return journey.kept_cell_index()


def _refiled(kept: CellIndex | None, cards: list[Any]) -> None:
    """Tell a cell index (taken before the change) where these cards are now."""
    if kept is not None:
        kept.refile(cards)
        kept.caught_up()


def _items(journey: JourneyMap, collection: str) -> list[Any]:
    items: list[Any] = getattr(journey, collection_named(collection))
    return items


def _index_of(items: list[Any], item_id: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise CommandError(f"no object with id {item_id!r}")


def _find(journey: JourneyMap, collection: str, item_id: str | None) -> Any:
    if collection == MAP:
        return journey
    if item_id is None:
        raise CommandError("an id is needed")
    items = _items(journey, collection)
    return items[_index_of(items, item_id)]


def _copy(value: Any) -> Any:
    if isinstance(value, Entity):
        return value.model_copy(deep=True)
    return copy.deepcopy(value)


def _validated(target: Entity, changes: dict[str, Any]) -> dict[str, Any]:
    """The new field values as the model would store them (enums, nested models...).

    Commands must never put a value in the map that loading the saved file would
    refuse, so each update goes through pydantic like a file does.
    """
    cls = type(target)
    try:
        if isinstance(target, JourneyMap):
            probe = target.model_copy()  # shallow: the map's lists are not copied
            for name, value in changes.items():
                cls.__pydantic_validator__.validate_assignment(probe, name, _copy(value))
            return {name: getattr(probe, name) for name in changes}
        merged = cls.model_validate({**dict(target), **{k: _copy(v) for k, v in changes.items()}})
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CommandError(f"{where}: {first['msg']}") from None
    return {name: getattr(merged, name) for name in changes}


def _refuse_like_the_loader(problems: list[Problem | None]) -> None:
    """Raise with the loader's own message: an edit must never make a map its file format
    would refuse (and an edit that is refused changes nothing, so undo stays exact)."""
    found = [p for p in problems if p is not None]
    if found:
        raise CommandError(str(found[0]))


def _check_update(journey: JourneyMap, collection: str, target: Any, values: dict[str, Any]) -> None:
    """The rules spanning objects that setting `values` on `target` would break."""
    if collection == MAP:
        probe = journey.model_copy(update=values)  # shallow: the lists are shared, not copied
        emotions = "emotion_scale" in values
        _refuse_like_the_loader(list(map_problems(Context(probe), emotions=emotions)))
        return
    items = _items(journey, collection)
    index = next(i for i, item in enumerate(items) if item is target)
    probe = target.model_copy(update=values)
    problems: list[Problem | None] = []
    if "id" in values and values["id"] != target.id:
        problems.append(Problem(f"/{collection}/{index}/id", "an id cannot be changed"))
    problems += item_problems(collection, index, probe, Context(journey))
    _refuse_like_the_loader(problems)


class AddItem(Command):
    """Insert a new object into a collection (at the end unless an index is given)."""

    def __init__(self, collection: Collection | str, item: CollectionItem, index: int | None = None) -> None:
        self.collection = collection_named(collection)
        self.item = item
        self.index = index
        self.label = f"Add {collection.rstrip('s').replace('_', ' ')}"

    def apply(self, journey: JourneyMap) -> list[Change]:
        items = _items(journey, self.collection)
        item_id = self.item.id
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        _refuse_like_the_loader([
            id_problem(self.collection, index, item_id, journey),
            *item_problems(self.collection, index, self.item, Context(journey)),
        ])
        kept = journey.kept_cell_index() if self.collection == Collection.TOUCHPOINTS else None
        added = _copy(self.item)
        items.insert(index, added)
        self._inserted_at = index
        if kept is not None:
            kept.refile([added])
            kept.caught_up()
        return [Change(ChangeKind.ADDED, self.collection, item_id)]

    def revert(self, journey: JourneyMap) -> list[Change]:
        # By id, not by the index it went in at: in a live session others' objects may
        # have arrived before it since, and one may have deleted it already.
        items = _items(journey, self.collection)
        at = next((n for n, existing in enumerate(items) if existing.id == self.item.id), None)
        if at is None:
            return []
        kept = journey.kept_cell_index() if self.collection == Collection.TOUCHPOINTS else None
        del items[at]
        if kept is not None:
            kept.drop([self.item.id])
            kept.caught_up()
        return [Change(ChangeKind.REMOVED, self.collection, self.item.id)]


class UpdateItem(Command):
    """Set some fields of one object (or of the map itself, with collection 'map')."""

    def __init__(
        self,
        collection: str,
        item_id: str | None,
        changes: dict[str, Any],
        *,
        mergeable: bool = False,
        label: str | None = None,
    ) -> None:
        self.collection = collection
        self.item_id = item_id
        self.changes = dict(changes)
        self.mergeable = mergeable
        self._old: dict[str, Any] = {}
        self.label = label or "Edit " + ", ".join(k.replace("_", " ") for k in changes)

    def apply(self, journey: JourneyMap) -> list[Change]:
        target = _find(journey, self.collection, self.item_id)
        fields_known = type(target).model_fields
        for name in self.changes:
            if name not in fields_known:
                raise CommandError(f"{type(target).__name__} has no field {name!r}")
        values = _validated(target, self.changes)
        if LINKED_FIELDS.intersection(values):
            _check_update(journey, self.collection, target, values)
        self._old = {name: _copy(getattr(target, name)) for name in self.changes}
        kept = _kept_for_placing(journey, self.collection, values)
        for name, value in values.items():
            setattr(target, name, value)
        _refiled(kept, [target])
        return [Change(ChangeKind.UPDATED, self.collection, self.item_id, tuple(self.changes))]

    def revert(self, journey: JourneyMap) -> list[Change]:
        target = _find(journey, self.collection, self.item_id)
        kept = _kept_for_placing(journey, self.collection, self._old)
        for name, value in self._old.items():
            setattr(target, name, _copy(value))
        _refiled(kept, [target])
        return [Change(ChangeKind.UPDATED, self.collection, self.item_id, tuple(self._old))]

    def merge_key(self) -> object | None:
        if not self.mergeable:
            return None
        return ("update", self.collection, self.item_id, tuple(sorted(self.changes)))

    def merge(self, later: Command) -> bool:
        if not isinstance(later, UpdateItem) or later.merge_key() != self.merge_key():
            return False
        self.changes = dict(later.changes)  # keep our _old: the value before the first edit
        return True


@dataclass
class _Removal:
    collection: str
    index: int
    item: Any


@dataclass
class _FieldEdit:
    collection: str
    item_id: str | None
    name: str
    old: Any
    new: Any


@dataclass
class _Plan:
    removals: list[_Removal] = field(default_factory=list)
    edits: list[_FieldEdit] = field(default_factory=list)


def _cascade(journey: JourneyMap, collection: str, ids: set[str]) -> dict[str, set[str]]:
    """All the objects that go when `ids` go: what lives in a stage, lane or card."""
    doomed: dict[str, set[str]] = {name: set() for name in COLLECTIONS}
    doomed[collection] |= ids
    stages, lanes = doomed["stages"], doomed["lanes"]
    for card in journey.touchpoints:
        if card.stage_id in stages or card.lane_id in lanes:
            doomed["touchpoints"].add(card.id)
    cards = doomed["touchpoints"]
    for pain in journey.pain_points:
        if pain.touchpoint_id in cards or pain.stage_id in stages:
            doomed["pain_points"].add(pain.id)
    for opp in journey.opportunities:
        if opp.touchpoint_id in cards or opp.stage_id in stages:
            doomed["opportunities"].add(opp.id)
    for link in journey.connections:
        if link.source in cards or link.target in cards:
            doomed["connections"].add(link.id)
    for kpi in journey.kpis:
        if kpi.stage_id in stages:
            doomed["kpis"].add(kpi.id)
    return doomed


class RemoveItems(Command):
    """Remove objects and everything that lives in them; revert puts all back in place."""

    def __init__(self, collection: Collection | str, ids: list[str] | set[str]) -> None:
        self.collection = collection_named(collection)
        self.ids = list(dict.fromkeys(ids))
        self._plan = _Plan()
        noun = collection.rstrip("s").replace("_", " ")
        plural = collection.replace("_", " ")
        self.label = f"Delete {noun}" if len(self.ids) == 1 else f"Delete {len(self.ids)} {plural}"

    def apply(self, journey: JourneyMap) -> list[Change]:
        items = _items(journey, self.collection)
        for item_id in self.ids:
            _index_of(items, item_id)  # raises on an unknown id before anything changes
        doomed = _cascade(journey, self.collection, set(self.ids))
        plan = _Plan()
        pains = doomed["pain_points"]
        for action in journey.actions:
            if action.id in doomed["actions"]:
                continue
            kept = [p for p in action.pain_point_ids if p not in pains]
            if kept != action.pain_point_ids:
                plan.edits.append(
                    _FieldEdit("actions", action.id, "pain_point_ids", list(action.pain_point_ids), kept)
                )
            if action.stage_id is not None and action.stage_id in doomed["stages"]:
                plan.edits.append(_FieldEdit("actions", action.id, "stage_id", action.stage_id, None))
        if journey.main_persona_id is not None and journey.main_persona_id in doomed["personas"]:
            plan.edits.append(_FieldEdit(MAP, None, "main_persona_id", journey.main_persona_id, None))
        for name in COLLECTIONS:
            if not doomed[name]:
                continue
            for index, item in enumerate(getattr(journey, name)):
                if item.id in doomed[name]:
                    plan.removals.append(_Removal(name, index, item))
        changes: list[Change] = []
        for edit in plan.edits:
            setattr(_find(journey, edit.collection, edit.item_id), edit.name, edit.new)
            changes.append(Change(ChangeKind.UPDATED, edit.collection, edit.item_id, (edit.name,)))
        card_cells = journey.kept_cell_index() if doomed["touchpoints"] else None
        for removal in reversed(plan.removals):
            del getattr(journey, removal.collection)[removal.index]
            changes.append(Change(ChangeKind.REMOVED, removal.collection, removal.item.id))
        if card_cells is not None:
            card_cells.drop(doomed["touchpoints"])
            card_cells.caught_up()
        self._plan = plan
        return changes

    def revert(self, journey: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        cards = [r.item for r in self._plan.removals if r.collection == Collection.TOUCHPOINTS]
        kept = journey.kept_cell_index() if cards else None
        for removal in self._plan.removals:
            getattr(journey, removal.collection).insert(removal.index, removal.item)
            changes.append(Change(ChangeKind.ADDED, removal.collection, removal.item.id))
        _refiled(kept, cards)
        for edit in reversed(self._plan.edits):
            setattr(_find(journey, edit.collection, edit.item_id), edit.name, edit.old)
            changes.append(Change(ChangeKind.UPDATED, edit.collection, edit.item_id, (edit.name,)))
        return changes


class MoveItem(Command):
    """Reorder one object within its collection (stages and lanes are columns and rows)."""

    def __init__(self, collection: Collection | str, item_id: str, new_index: int) -> None:
        self.collection = collection_named(collection)
        self.item_id = item_id
        self.new_index = new_index
        self.label = f"Reorder {collection.rstrip('s').replace('_', ' ')}"

    def apply(self, journey: JourneyMap) -> list[Change]:
        items = _items(journey, self.collection)
        self._old_index = _index_of(items, self.item_id)
        item = items.pop(self._old_index)
        self._placed_at = max(0, min(self.new_index, len(items)))
        items.insert(self._placed_at, item)
        return [Change(ChangeKind.MOVED, self.collection, self.item_id)]

    def revert(self, journey: JourneyMap) -> list[Change]:
        items = _items(journey, self.collection)
        item = items.pop(_index_of(items, self.item_id))  # by id: see AddItem.revert
        items.insert(self._old_index, item)
        return [Change(ChangeKind.MOVED, self.collection, self.item_id)]


class MoveCards(Command):
    """Move cards into a cell at a position; the cells they leave and enter are renumbered.

    The cards of those cells come from the map's cell index (`JourneyMap.cell_index`): a
    move, its undo and its redo touch the cards of two cells, never walk every card.
    """

    def __init__(self, ids: list[str], stage_id: str, lane_id: str, index: int | None = None) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.stage_id = stage_id
        self.lane_id = lane_id
        self.index = index
        self._old: dict[str, tuple[str, str, int]] = {}
        self.label = "Move card" if len(self.ids) == 1 else f"Move {len(self.ids)} cards"

    def apply(self, journey: JourneyMap) -> list[Change]:
        if journey.stage(self.stage_id) is None or journey.lane(self.lane_id) is None:
            raise CommandError("the target cell does not exist")
        cells = journey.cell_index()
        moving = []
        for card_id in self.ids:
            card = cells.card(card_id)
            if card is None:
                raise CommandError(f"no card with id {card_id!r}")
            moving.append(card)
        moving_ids = set(self.ids)
        target = (self.stage_id, self.lane_id)
        # The cells left, in the order of the cards, then the cell entered: a stable order.
        touched = dict.fromkeys([*((c.stage_id, c.lane_id) for c in moving), target])
        self._old = {}
        placed: list[tuple[Any, str, str, int]] = []
        for cell in touched:
            cards = cells.cards(cell)
            for card in cards:
                self._old[card.id] = (card.stage_id, card.lane_id, card.order)
            staying = [c for c in cards if c.id not in moving_ids]
            if cell == target:
                at = len(staying) if self.index is None else max(0, min(self.index, len(staying)))
                staying[at:at] = moving
            placed += [(card, cell[0], cell[1], order) for order, card in enumerate(staying)]
        changes = []
        for card, stage_id, lane_id, order in placed:
            if (card.stage_id, card.lane_id, card.order) != (stage_id, lane_id, order):
                card.stage_id, card.lane_id, card.order = stage_id, lane_id, order
                changes.append(Change(ChangeKind.MOVED, "touchpoints", card.id))
        cells.refile(moving)
        cells.caught_up()
        return changes

    def revert(self, journey: JourneyMap) -> list[Change]:
        cells = journey.cell_index()
        changes = []
        restored = []
        for card_id, old in self._old.items():
            card = cells.card(card_id)
            if card is not None and (card.stage_id, card.lane_id, card.order) != old:
                card.stage_id, card.lane_id, card.order = old
                changes.append(Change(ChangeKind.MOVED, "touchpoints", card.id))
                restored.append(card)
        cells.refile(restored)
        cells.caught_up()
        return changes


class Macro(Command):
    """Several commands as one undo step (a paste of many cards, a delete with its pains)."""

    def __init__(self, label: str, children: list[Command]) -> None:
        self.label = label
        self.children = list(children)

    def apply(self, journey: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        done: list[Command] = []
        try:
            for child in self.children:
                changes += child.apply(journey)
                done.append(child)
        except CommandError:
            for child in reversed(done):
                child.revert(journey)
            raise
        return changes

    def revert(self, journey: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        for child in reversed(self.children):
            changes += child.revert(journey)
        return changes


class ReplaceMap(Command):
    """Make the map equal to another one in place (reload from disk, take a merge result).

    In place, because the session, the canvas and the panels all hold this very map
    object. Undoable like any edit, so a reload or a merge can be taken back. The changes
    name every object that came, went or changed, and the map as a whole (a full redraw).
    """

    def __init__(self, replacement: JourneyMap, label: str = "Replace map") -> None:
        self.replacement = replacement.model_copy(deep=True)
        self.label = label
        self._old: JourneyMap | None = None

    def _take(self, journey: JourneyMap, source: JourneyMap) -> list[Change]:
        changes: list[Change] = [Change("updated", MAP, None)]
        for name in COLLECTIONS:
            before = {item.id: item for item in getattr(journey, name)}
            after = {item.id: item for item in getattr(source, name)}
            changes += [Change("removed", name, i) for i in before if i not in after]
            changes += [Change("added", name, i) for i in after if i not in before]
            changes += [Change("updated", name, i) for i in after if i in before and before[i] != after[i]]
        for key in type(journey).model_fields:
            setattr(journey, key, _copy(getattr(source, key)))
        journey.__pydantic_extra__ = copy.deepcopy(source.__pydantic_extra__)
        journey._envelope_extra = copy.deepcopy(source._envelope_extra)
        return changes

    def apply(self, journey: JourneyMap) -> list[Change]:
        self._old = journey.model_copy(deep=True)
        self._old._envelope_extra = copy.deepcopy(journey._envelope_extra)
        return self._take(journey, self.replacement)

    def revert(self, journey: JourneyMap) -> list[Change]:
        assert self._old is not None
        return self._take(journey, self._old)
