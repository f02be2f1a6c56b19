"""The journey map mirrored in a Y.Doc (Yjs, through pycrdt): the documented mapping.

Why this shape (docs/live-sessions.md specifies it for other Yjs clients):

* One root ``Y.Map`` per collection (``stages``, ``touchpoints``...), keyed by object id,
  so that two people adding objects at once never collide: each addition is its own key.
* Each object is a nested ``Y.Map`` whose keys are the object's fields, so that two
  people editing different fields of one card both keep their edit.
* Long texts (descriptions, pain texts, quotes...) are ``Y.Text``: two people typing in
  one description merge character by character instead of one overwriting the other.
* Every other field value is stored as a JSON text (``json.dumps`` of the value the file
  format would write). Yjs numbers are doubles: storing ``3`` natively would come back
  as ``3.0``, which the strict file model refuses; JSON text keeps ints and floats apart.
* ``_pos`` (a Y number) orders each collection: objects sort by ``(_pos, id)``. A new
  position is drawn at random between its neighbours so concurrent insertions at the
  same place are practically never equal, and the tie-break on id keeps any tie
  deterministic on every peer.
* The map's own fields live in the root ``Y.Map`` named ``map`` with the same rules;
  ``modified`` is not shared (the host stamps it when it saves).

Reading never trusts the document: a value that is not JSON, a field of the wrong type
or an object that fails the model's validation goes through the model's repair rules
(`model/repair.py`), which give the same valid map on every peer.
"""

from __future__ import annotations

import json
import random
from typing import Any

from pycrdt import Doc, Map, Text
from pydantic import BaseModel, ValidationError

from journeymapper.model.commands import MAP
from journeymapper.model.entities import (
    Entity,
)
from journeymapper.model.journey import COLLECTIONS, JourneyMap
from journeymapper.model.repair import MODELS, Repair, repair_data

POS = "_pos"  # the ordering key inside each object's Y.Map

# Fields held as Y.Text (merged by character); every other field is a JSON text.
LONG_TEXTS: dict[str, frozenset[str]] = {
    MAP: frozenset({"description"}),
    "stages": frozenset({"description"}),
    "touchpoints": frozenset({"description"}),
    "pain_points": frozenset({"text"}),
    "opportunities": frozenset({"text"}),
    "personas": frozenset({"quote"}),
    "actions": frozenset({"task", "objective", "input"}),
    "parking_lot": frozenset({"text"}),
}

# One table of which model each collection holds: the repair rules' own.
ENTITY_TYPES: dict[str, type[BaseModel]] = MODELS

# The map's own fields that are not shared: the lists (they are roots of their own) and
# the time of the last save, which only the host sets.
_MAP_NOT_SHARED = frozenset(COLLECTIONS) | {"modified"}


def encode_value(value: Any) -> str:
    """A field value as the JSON text stored in the Y.Map (canonical, so equal values match)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def root(doc: Doc, name: str) -> Map:
    """The root Y.Map of one collection (or of the map's own fields, ``map``)."""
    return doc.get(name, type=Map)


def dump_fields(collection: str, obj: Entity) -> dict[str, Any]:
    """The object's fields as the file format writes them (JSON-ready)."""
    data = obj.model_dump(mode="json")
    if collection == MAP:
        for name in _MAP_NOT_SHARED:
            data.pop(name, None)
    return data


def _set_text(text: Text, new: str) -> None:
    """Turn `text` into `new` by one deletion and one insertion around the common ends.

    Replacing the whole Y.Text would make a concurrent typist's characters land in a
    deleted range; touching only the changed span keeps both people's typing.
    """
    old = str(text)
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    if end_old > start:
        del text[start:end_old]
    if end_new > start:
        text.insert(start, new[start:end_new])


def write_fields(target: Map, collection: str, data: dict[str, Any]) -> None:
    """Make the Y.Map hold `data`, writing only the fields whose value differs."""
    long_texts = LONG_TEXTS.get(collection, frozenset())
    for name, value in data.items():
        if name == POS:
            continue
        if name in long_texts and isinstance(value, str):
            current = target.get(name)
            if isinstance(current, Text):
                _set_text(current, value)
            else:
                target[name] = Text(value)
            continue
        encoded = encode_value(value)
        if target.get(name) != encoded:
            target[name] = encoded
    for name in list(target.keys()):
        if name != POS and name not in data:
            del target[name]


def new_item(collection: str, data: dict[str, Any], pos: float) -> Map:
    """A prelim Y.Map for an object added to a collection."""
    long_texts = LONG_TEXTS.get(collection, frozenset())
    values: dict[str, Any] = {POS: pos}
    for name, value in data.items():
        if name in long_texts and isinstance(value, str):
            values[name] = Text(value)
        else:
            values[name] = encode_value(value)
    return Map(values)


def snapshot(shared: Map) -> Any:
    """A Y.Map and everything in it as plain JSON (texts as strings), in ONE call into yrs.

    Walking a Y.Map key by key opens a transaction per access; reading 5,000 cards that
    way took seconds where this takes milliseconds.
    """
    return json.loads(str(shared))


def decode_fields(collection: str, entry: Any, *, strict: bool = True) -> dict[str, Any]:
    """The field values of one object from its snapshot.

    Long texts are taken as they are; every other field must be JSON text. With
    `strict`, a malformed value raises ValueError; otherwise it is left out (the repair
    rules then give the field its default).
    """
    if not isinstance(entry, dict):
        raise ValueError("is not a Y.Map")
    long_texts = LONG_TEXTS.get(collection, frozenset())
    data: dict[str, Any] = {}
    for name, value in entry.items():
        if name == POS:
            continue
        if not isinstance(value, str):
            if strict:
                raise ValueError(f"field {name!r} holds a {type(value).__name__}, not JSON text")
            continue
        if name in long_texts:
            data[name] = value
            continue
        try:
            data[name] = json.loads(value)
        except json.JSONDecodeError:
            if strict:
                raise ValueError(f"field {name!r} is not JSON") from None
    return data


def read_fields(source: Map, collection: str = MAP) -> dict[str, Any]:
    """The field values of one object's Y.Map; raises ValueError on a malformed value."""
    return decode_fields(collection, snapshot(source))


def read_pos(source: Any) -> float:
    """The object's position in its collection; a missing or odd value sorts first."""
    if isinstance(source, Map):
        source = snapshot(source)
    if isinstance(source, dict):
        value = source.get(POS)
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
            return float(value)
    return 0.0


def read_item(collection: str, item_id: str, source: Any) -> Entity:
    """Build the model object from its Y.Map (or its snapshot); raises ValueError saying why not."""
    if isinstance(source, Map):
        source = snapshot(source)
    data = decode_fields(collection, source)
    if data.get("id") != item_id:
        raise ValueError(f"its id field {data.get('id')!r} differs from its key")
    try:
        item = ENTITY_TYPES[collection].model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValueError(f"{where}: {first['msg']}") from None
    assert isinstance(item, Entity)  # every model of a collection is an Entity
    return item


def read_map_fields(doc: Doc, base: JourneyMap) -> dict[str, Any]:
    """The map's own shared fields as model values; raises ValueError if they do not validate."""
    data = read_fields(root(doc, MAP), MAP)
    try:
        probe = JourneyMap.model_validate({**dump_fields(MAP, base), **data})
    except ValidationError as error:
        raise ValueError(str(error).splitlines()[0]) from None
    return {name: getattr(probe, name) for name in data if name in JourneyMap.model_fields}


def ordered_ids(positions: dict[str, float]) -> list[str]:
    """Ids in collection order: by position, then by id so ties agree on every peer."""
    return sorted(positions, key=lambda item_id: (positions[item_id], item_id))


def position_between(before: float | None, after: float | None) -> float:
    """A random position strictly between two neighbours (either may be absent)."""
    if before is None and after is None:
        return 1.0 + random.random()
    if before is None:
        assert after is not None
        return after - 1.0 - random.random()
    if after is None:
        return before + 1.0 + random.random()
    return before + (after - before) * (0.25 + 0.5 * random.random())


def populate(doc: Doc, journey: JourneyMap, origin: object = None) -> None:
    """Write a whole map into an empty document (the host does this once, from the file)."""
    with doc.transaction(origin=origin):
        write_fields(root(doc, MAP), MAP, dump_fields(MAP, journey))
        for collection in COLLECTIONS:
            target = root(doc, collection)
            for index, item in enumerate(getattr(journey, collection)):
                target[item.id] = new_item(collection, dump_fields(collection, item), float(index + 1))


def read_raw(doc: Doc, base: JourneyMap) -> dict[str, Any]:
    """The document as the JSON form of a map (lists in `_pos` order), before any repair.

    `base` supplies what is not shared (``modified``).
    """
    meta = snapshot(root(doc, MAP))
    data: dict[str, Any] = decode_fields(MAP, meta, strict=False) if isinstance(meta, dict) else {}
    data["modified"] = base.model_dump(mode="json", include={"modified"})["modified"]
    for collection in COLLECTIONS:
        source = snapshot(root(doc, collection))
        entries: dict[str, Any] = {}
        positions: dict[str, float] = {}
        for item_id, value in source.items():
            if not isinstance(value, dict):
                continue
            entries[item_id] = decode_fields(collection, value, strict=False)
            positions[item_id] = read_pos(value)
        data[collection] = [entries[i] for i in ordered_ids(positions)]
    return data


def materialise(doc: Doc, base: JourneyMap | None = None) -> tuple[JourneyMap, list[Repair]]:
    """The valid map a document stands for: its JSON form through the model's repair rules.

    Every peer computes the same result from the same document (`repair` is deterministic).
    """
    base = base if base is not None else JourneyMap()
    fixed, repairs = repair_data(read_raw(doc, base))
    journey = JourneyMap.model_validate(fixed)
    journey._envelope_extra = dict(base._envelope_extra)
    return journey, repairs
