"""What changed between two versions of a map, object by object (by id) and field by field.

Why by id: a line diff of the JSON says "line 812 changed"; a team wants "the card
'Pay' moved from Buy to Pay, its emotion went from -1 to 1". Every object in a
.journey file has an id, so versions can be matched exactly.

A card that changes cell is a *move*; a card whose place among the cards that stayed in
its cell changes is a *reorder* (found with a longest common subsequence, so one card
dragged up is one reorder, not a renumbering of the whole cell). Stages and lanes are
columns and rows: their order is reported the same way. The order of other lists
(pain points, KPIs…) is not shown anywhere and is not a difference.

`modified` changes on every save, so it is ignored unless asked for.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from journeymapper.model.journey import COLLECTIONS, JourneyMap

MAP = "map"
POSITION = ("stage_id", "lane_id", "order")  # a card's place, reported as move/reorder
ORDERED = ("stages", "lanes")  # collections whose list order is visible
STAMPS = ("modified",)


@dataclass(frozen=True)
class FieldChange:
    """One field of one object: its dotted path inside the object, old and new JSON values."""

    field: str
    old: Any
    new: Any


@dataclass
class Change:
    """One difference. `kind`: added, removed, modified, moved, reordered.

    `old`/`new` are the object's JSON form (None on the side where it does not exist);
    `fields` lists the field changes of a modified object.
    """

    kind: str
    collection: str
    id: str | None
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class MapDiff:
    """All changes from `old` to `new`, in a stable order (collection order, then file order)."""

    old: JourneyMap
    new: JourneyMap
    changes: list[Change]

    @property
    def equal(self) -> bool:
        return not self.changes

    def stat(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for change in self.changes:
            per = counts.setdefault(change.collection, {})
            per[change.kind] = per.get(change.kind, 0) + 1
        return counts


def field_changes(old: Any, new: Any, prefix: str = "", skip: tuple[str, ...] = ()) -> list[FieldChange]:
    """Differences between two JSON objects; nested objects are followed, lists are values."""
    found: list[FieldChange] = []
    keys = list(old) + [k for k in new if k not in old]
    for key in keys:
        if key in skip:
            continue
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            found += field_changes(a, b, f"{prefix}{key}.")
        elif {type(a), type(b)} == {dict, type(None)}:
            # an object that appears (a first emotion) or goes: its filled-in keys, one by one
            whole = a if isinstance(a, dict) else b
            before = len(found)
            for sub, value in whole.items():
                if value not in (None, "", [], {}):
                    old, new = (value, None) if a is whole else (None, value)
                    found.append(FieldChange(f"{prefix}{key}.{sub}", old, new))
            if len(found) == before:
                found.append(FieldChange(prefix + key, a, b))
        else:
            found.append(FieldChange(prefix + key, a, b))
    return found


def _reordered(old_ids: list[str], new_ids: list[str]) -> set[str]:
    """Ids present in both lists whose relative order changed (those off the longest common run)."""
    common = set(old_ids) & set(new_ids)
    a = [i for i in old_ids if i in common]
    b = [i for i in new_ids if i in common]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    kept: set[str] = set()
    for block in matcher.get_matching_blocks():
        kept.update(b[block.b : block.b + block.size])
    return common - kept


def _cell_orders(journey: JourneyMap) -> dict[tuple[str, str], list[str]]:
    return {cell: [c.id for c in cards] for cell, cards in journey.cells().items()}


def _card_moves(old: JourneyMap, new: JourneyMap) -> tuple[set[str], set[str]]:
    """(moved to another cell, reordered within their cell) card ids."""
    old_cards = {c.id: (c.stage_id, c.lane_id) for c in old.touchpoints}
    moved = {c.id for c in new.touchpoints
             if c.id in old_cards and old_cards[c.id] != (c.stage_id, c.lane_id)}
    reordered: set[str] = set()
    old_cells, new_cells = _cell_orders(old), _cell_orders(new)
    for cell, ids in new_cells.items():
        staying = [i for i in ids if i not in moved]
        before = [i for i in old_cells.get(cell, []) if i not in moved]
        reordered |= _reordered(before, staying)
    return moved, reordered


def diff_maps(old: JourneyMap, new: JourneyMap, *, timestamps: bool = False) -> MapDiff:
    """Every difference from `old` to `new`; `timestamps` also reports `modified`."""
    changes: list[Change] = []
    skip = () if timestamps else STAMPS
    lists: set[str] = set(COLLECTIONS)
    old_meta = old.model_dump(mode="json", exclude=lists)
    new_meta = new.model_dump(mode="json", exclude=lists)
    meta = field_changes(old_meta, new_meta, skip=skip)
    if meta:
        changes.append(Change("modified", MAP, None, old_meta, new_meta, meta))
    moved, reordered = _card_moves(old, new)
    for name in COLLECTIONS:
        changes += _collection_changes(name, old, new, moved, reordered)
    return MapDiff(old, new, changes)


def _collection_changes(
    name: str, old: JourneyMap, new: JourneyMap, moved: set[str], reordered: set[str]
) -> list[Change]:
    old_items = {item.id: item for item in getattr(old, name)}
    new_items = {item.id: item for item in getattr(new, name)}
    out: list[Change] = []
    skip = POSITION if name == "touchpoints" else ()
    if name in ORDERED:
        reordered = _reordered(list(old_items), list(new_items))
    elif name != "touchpoints":
        reordered = set()
    for item_id, item in new_items.items():
        before = old_items.get(item_id)
        now = item.model_dump(mode="json")
        if before is None:
            out.append(Change("added", name, item_id, None, now))
            continue
        was = before.model_dump(mode="json")
        if name == "touchpoints" and item_id in moved:
            out.append(Change("moved", name, item_id, was, now))
        elif item_id in reordered:
            out.append(Change("reordered", name, item_id, was, now))
        fields = field_changes(was, now, skip=skip)
        if fields:
            out.append(Change("modified", name, item_id, was, now, fields))
    for item_id, item in old_items.items():
        if item_id not in new_items:
            out.append(Change("removed", name, item_id, item.model_dump(mode="json"), None))
    return out
