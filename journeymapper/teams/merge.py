"""Three-way merge of maps by id and field; the result is always a valid map.

Why not git's line merge: two people who edit different cards of one map touch nearby
lines of one JSON file, and git reports a conflict — or worse, merges the lines into
JSON that no longer loads. Matching objects by id and merging field by field takes both
edits. The rules (docs/merging.md lists them for people):

- A field changed on one side only takes that change; the same change on both sides is
  taken once. Nested objects (a card's emotion, the emotion scale) merge key by key;
  lists (tags, whys, authors) are single values.
- A card's cell (stage and lane) is one value, so is what a pain point or opportunity
  is attached to: half of one side's move and half of the other's never mix.
- Objects added on either side are kept; added on both with the same id and content,
  kept once.
- The order of stages, lanes and every list follows the side that reordered it, with
  the other side's additions inserted before their successor (appended when none). Inside a cell, cards
  follow both sides' moves the same way; a cell is renumbered only when the merged
  order numbers would not show the merged sequence.
- `modified` takes the later time and never conflicts.
- A conflict — a field changed differently on both sides, an object deleted on one
  side and changed on the other, different objects added under one id — is resolved for
  the preferred side (OURS unless told otherwise) and reported.
- Finally `model.repair` makes the result valid ("as if the deletion came last"), and
  its repairs are reported too. Conflict markers are never written.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Literal

from journeymapper.model.journey import COLLECTIONS, JourneyMap
from journeymapper.model.repair import Repair, repair_copy, repair_data

Side = Literal["ours", "theirs"]
MISSING: Any = object()  # a key or object absent on one side
MAP = "map"
# Fields merged as one value: (stored key, real fields). A card's cell; a note's target.
_UNITS = {
    "touchpoints": ("__cell__", ("stage_id", "lane_id")),
    "pain_points": ("__on__", ("touchpoint_id", "stage_id")),
    "opportunities": ("__on__", ("touchpoint_id", "stage_id")),
}


@dataclass(frozen=True)
class Conflict:
    """Both sides changed one thing differently; `kept` says which side the result follows.

    `kind` is "field" (the same field changed differently), "deleted" (deleted on one side,
    changed on the other), "added" (different objects added under one id) or "order" (a
    cell's cards, or the stages or lanes, reordered differently on both sides; `id` is None
    and the values are the id lists). Values are JSON
    (None for a side where the object or field does not exist).
    """

    kind: str
    collection: str
    id: str | None
    field: str | None
    base: Any
    ours: Any
    theirs: Any
    kept: Side

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "collection": self.collection, "id": self.id, "field": self.field,
                "base": self.base, "ours": self.ours, "theirs": self.theirs, "kept": self.kept}


@dataclass
class MergeResult:
    journey: JourneyMap
    conflicts: list[Conflict] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts and not self.repairs


def _json(value: Any) -> Any:
    return None if value is MISSING else value


class _Merger:
    def __init__(self, prefer: Side) -> None:
        self.prefer: Side = prefer
        self.conflicts: list[Conflict] = []

    def conflict(self, kind: str, collection: str, item_id: str | None, name: str | None,
                 base: Any, ours: Any, theirs: Any) -> Any:
        if collection in _UNITS and name == _UNITS[collection][0]:
            name = "/".join(_UNITS[collection][1])
        self.conflicts.append(Conflict(kind, collection, item_id, name, _json(base), _json(ours),
                                       _json(theirs), self.prefer))
        return ours if self.prefer == "ours" else theirs

    def value(self, where: tuple[str, str | None], name: str, base: Any, ours: Any, theirs: Any) -> Any:
        """Three-way merge of one value; nested objects key by key."""
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        if where == (MAP, None) and name == "modified" and MISSING not in (ours, theirs):
            return max(ours, theirs)  # ISO 8601 UTC strings sort by time
        if where[0] == "touchpoints" and name == "order":
            return ours  # the cell's merged sequence decides (`_fix_cells`), not this number
        if all(isinstance(v, dict) for v in (base, ours, theirs)):
            return self.fields(where, base, ours, theirs, name + ".")
        return self.conflict("field", where[0], where[1], name, base, ours, theirs)

    def fields(self, where: tuple[str, str | None], base: dict[str, Any], ours: dict[str, Any],
               theirs: dict[str, Any], prefix: str = "") -> dict[str, Any]:
        merged: dict[str, Any] = {}
        keys = list(ours) + [k for k in theirs if k not in ours] + [k for k in base if k not in ours
                                                                    and k not in theirs]
        for key in keys:
            value = self.value(where, prefix + key, base.get(key, MISSING), ours.get(key, MISSING),
                               theirs.get(key, MISSING))
            if value is not MISSING:
                merged[key] = value
        return merged

    def item(self, name: str, item_id: str, base: Any, ours: Any, theirs: Any) -> Any:
        """The merged object, or MISSING when it is deleted."""
        if ours is MISSING and theirs is MISSING:
            return MISSING
        if base is MISSING:
            if ours is MISSING or theirs is MISSING or ours == theirs:
                return theirs if ours is MISSING else ours
            return self.conflict("added", name, item_id, None, None, ours, theirs)
        if ours is MISSING or theirs is MISSING:
            kept = theirs if ours is MISSING else ours
            if kept == base:
                return MISSING  # deleted on one side, untouched on the other
            return self.conflict("deleted", name, item_id, None, base, ours, theirs)
        if ours == theirs or theirs == base:  # most objects of a large map: nothing to merge
            return ours
        if ours == base:
            return theirs
        return self.fields((name, item_id), base, ours, theirs)


def _common(seq: list[str], other: list[str]) -> list[str]:
    shared = set(other)
    return [i for i in seq if i in shared]


def order_collides(base: list[str], ours: list[str], theirs: list[str]) -> bool:
    """Both sides reordered the objects all three versions share, and differently."""
    shared = set(base) & set(ours) & set(theirs)
    b, o, t = ([i for i in seq if i in shared] for seq in (base, ours, theirs))
    return o != b and t != b and o != t


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str],
                prefer: Side = "ours") -> list[str]:
    """The merged order of the ids in `keep`: the side that reordered leads (both did: the
    preferred side); the other's additions go before their successor on that side (at the
    end when there is none, so that cards appended on both sides come ours first)."""
    ours_moved = _common(ours, base) != _common(base, ours)
    theirs_moved = _common(theirs, base) != _common(base, theirs)
    theirs_lead = theirs_moved and (not ours_moved or prefer == "theirs")
    lead, other = (theirs, ours) if theirs_lead else (ours, theirs)
    result = [i for i in dict.fromkeys(lead) if i in keep]
    placed = set(result)
    for index, item_id in enumerate(other):
        if item_id in placed or item_id not in keep:
            continue
        at = len(result)
        for after in other[index + 1 :]:
            if after in placed:
                at = result.index(after)
                break
        result.insert(at, item_id)
        placed.add(item_id)
    result += sorted(i for i in keep - placed)
    return result


def _split_units(name: str, data: dict[str, Any]) -> dict[str, Any]:
    unit = _UNITS.get(name)
    if unit is None:
        return data
    data = dict(data)
    data[unit[0]] = [data.pop(key, None) for key in unit[1]]
    return data


def _join_units(name: str, data: dict[str, Any]) -> dict[str, Any]:
    unit = _UNITS.get(name)
    if unit is None or unit[0] not in data:
        return data
    values = data.pop(unit[0])
    values = values if isinstance(values, list) and len(values) == len(unit[1]) else [None] * len(unit[1])
    return {**dict(zip(unit[1], values, strict=True)), **data}


def _by_id(data: dict[str, Any], name: str) -> dict[str, Any]:
    return {item["id"]: _split_units(name, item) for item in data.get(name, [])}


def _merge_collection(merger: _Merger, name: str, sides: tuple[dict[str, Any], ...]) -> list[Any]:
    base, ours, theirs = (_by_id(side, name) for side in sides)
    merged: dict[str, Any] = {}
    for item_id in list(ours) + [i for i in theirs if i not in ours] + [i for i in base if i not in ours
                                                                        and i not in theirs]:
        item = merger.item(name, item_id, base.get(item_id, MISSING), ours.get(item_id, MISSING),
                           theirs.get(item_id, MISSING))
        if item is not MISSING:
            merged[item_id] = _join_units(name, item)
    ids = (list(base), list(ours), list(theirs))
    if name in ("stages", "lanes") and order_collides(*ids):
        merger.conflict("order", name, None, "order", *ids)
    order = merge_order(*ids, set(merged), merger.prefer)
    return [merged[i] for i in order]


def _cell_sequences(cards: list[dict[str, Any]]) -> dict[tuple[Any, Any], list[str]]:
    """Each cell's card ids in display order (order number, then place in the list)."""
    cells: dict[tuple[Any, Any], list[tuple[Any, int, str]]] = {}
    for index, card in enumerate(cards):
        cell = (card.get("stage_id"), card.get("lane_id"))
        cells.setdefault(cell, []).append((card.get("order", 0), index, card["id"]))
    return {cell: [card_id for _o, _i, card_id in sorted(inside)] for cell, inside in cells.items()}


def _fix_cells(merger: _Merger, cards: list[dict[str, Any]], sides: tuple[dict[str, Any], ...]) -> None:
    """Renumber only the cells whose merged order numbers do not show the merged sequence."""
    merged = _cell_sequences(cards)
    base, ours, theirs = (_cell_sequences(side.get("touchpoints", [])) for side in sides)
    by_id = {c["id"]: c for c in cards}
    for cell, sequence in merged.items():
        ids = (base.get(cell, []), ours.get(cell, []), theirs.get(cell, []))
        if order_collides(*ids):
            merger.conflict("order", "touchpoints", None, f"order in cell {cell[0]}/{cell[1]}", *ids)
        wanted = merge_order(*ids, set(sequence), merger.prefer)
        if sequence == wanted:
            continue
        for position, card_id in enumerate(wanted):
            by_id[card_id]["order"] = position


def merge_data(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], prefer: Side = "ours",
    *, owned: bool = False,
) -> tuple[dict[str, Any], list[Conflict], list[Repair]]:
    """Merge the JSON forms of three maps; the result passes `JourneyMap.model_validate`.

    The inputs are not changed, unless `owned` says they are throw-away copies (then the
    result may share and change their objects, which saves copying a large map)."""
    merger = _Merger(prefer)
    sides = (base, ours, theirs)
    meta = [{k: v for k, v in side.items() if k not in COLLECTIONS} for side in sides]
    merged = merger.fields((MAP, None), meta[0], meta[1], meta[2])
    for name in COLLECTIONS:
        merged[name] = _merge_collection(merger, name, sides)
    if not owned:
        merged = repair_copy(merged)
    _fix_cells(merger, merged["touchpoints"], sides)
    fixed, repairs = repair_data(merged, in_place=True)
    return fixed, merger.conflicts, repairs


def merge_maps(base: JourneyMap | None, ours: JourneyMap, theirs: JourneyMap,
               prefer: Side = "ours") -> MergeResult:
    """Three-way merge; `base` None means the two maps share no ancestor (all is added)."""
    sides = [m.model_dump(mode="json") if m is not None else {} for m in (base, ours, theirs)]
    data, conflicts, repairs = merge_data(sides[0], sides[1], sides[2], prefer, owned=True)
    journey = JourneyMap.model_validate(data)
    first, second = (theirs, ours) if prefer == "ours" else (ours, theirs)
    journey._envelope_extra = copy.deepcopy({**first._envelope_extra, **second._envelope_extra})
    return MergeResult(journey, conflicts, repairs)


_NOUNS = {"map": "map", "stages": "stage", "lanes": "lane", "touchpoints": "card",
          "pain_points": "pain point", "opportunities": "opportunity",
          "connections": "connection", "personas": "persona", "kpis": "KPI", "actions": "action",
          "participants": "participant", "parking_lot": "parked idea"}
_TITLES = ("title", "name", "text", "task", "label")


def _title(conflict: Conflict) -> str:
    for side in (conflict.ours, conflict.theirs, conflict.base):
        if isinstance(side, dict):
            for key in _TITLES:
                if side.get(key):
                    return f' "{" ".join(str(side[key]).split())[:50]}"'
    return f" {conflict.id}" if conflict.id else ""


def _shown(value: Any) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 50 else text[:49] + "…"


def describe(conflict: Conflict) -> str:
    """One line a person can act on: which object, what each side did, what was kept."""
    what = _NOUNS.get(conflict.collection, conflict.collection)
    if conflict.collection != MAP:
        what += _title(conflict)
    kept = conflict.kept
    if conflict.kind == "deleted":
        deleter = "ours" if conflict.ours is None else "theirs"
        changer = "theirs" if deleter == "ours" else "ours"
        outcome = "deleted" if kept == deleter else "kept with its changes"
        return f"{what}: deleted on {deleter}, changed on {changer}; {outcome} ({kept})"
    if conflict.kind == "order":
        where = conflict.field if conflict.collection == "touchpoints" else "order"
        plural = {"stages": "stages", "lanes": "lanes"}.get(conflict.collection, "cards")
        return f"{plural} {where}: reordered differently on both sides; kept the order from {kept}"
    if conflict.kind == "added":
        return f"{what}: added on both sides with different content; kept {kept}'s"
    return (f"{what} {conflict.field}: ours {_shown(conflict.ours)}, theirs {_shown(conflict.theirs)} "
            f"(was {_shown(conflict.base)}); kept {kept}")


def report_lines(result: MergeResult) -> list[str]:
    lines = [f"CONFLICT {describe(c)}" for c in result.conflicts]
    lines += [f"REPAIRED {r}" for r in result.repairs]
    return lines


def report_json(result: MergeResult, prefer: Side) -> dict[str, Any]:
    """The structure `--conflicts FILE.json` writes (documented in docs/merging.md)."""
    return {
        "format": "journeymapper-merge-report",
        "version": 1,
        "prefer": prefer,
        "clean": result.clean,
        "conflicts": [c.as_dict() for c in result.conflicts],
        "repairs": [r.as_dict() for r in result.repairs],
    }
