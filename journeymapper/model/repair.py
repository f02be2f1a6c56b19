"""Turning a map that breaks the integrity rules into one that keeps them, by fixed rules.

Why this exists: a three-way merge, or two people editing one map live, can each
produce a map that no single edit could — a pain point on a card the other side
deleted, a card in a stage that is gone, one id used twice, an emotion outside a scale
that was narrowed meanwhile. Such a map must never be written (the loader would refuse
it) and must never be "fixed" differently on two machines. `repair` is therefore a
pure function of its input: the same map gives the same result and the same list of
repairs on every peer, with no clock, randomness or set iteration order involved.

The guiding rule is **"as if the deletion came last"**: whatever was removed on one
side takes with it what lived in it, exactly as deleting it in the editor would
(`commands._cascade`). The rules, applied in this order (docs/merging.md lists them
for people):

1. Shape: a collection that is not a list becomes empty; an entry that is not an
   object is dropped.
2. Objects the file format refuses on their own: a field with a wrong value is reset
   to its default; an object that is still refused (e.g. no valid id) is dropped.
   Map fields reset this way use a fixed default (timestamps: the other timestamp,
   else 1970-01-01) so that the result does not depend on the clock.
3. Emotion scale: labels for scores outside the scale are dropped.
4. Collections longer than the format allows keep their first entries.
5. Duplicate ids (across all collections, in file order): a later copy identical to
   the first is dropped; a different one is kept under a new id `<id>-2`, `<id>-3`…
   References keep pointing at the first.
6. A card whose stage or lane is missing is removed.
7. A pain point on both a card and a stage keeps the card (or the stage when the card
   is missing); a pain point on neither, or on a missing card or stage, is removed.
8. An opportunity on a missing card or stage, a connection from or to a missing card,
   a connection from a card to itself, a KPI of a missing stage: removed.
9. An action keeps only the pain points that still exist; its stage is cleared when
   the stage is missing. The main persona is cleared when that persona is missing.
10. An emotion score outside the scale is clamped to the nearest end of the scale.

Nothing else changes: order of lists, card order numbers, unknown fields are kept.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from journeymapper.model.entities import (
    Action,
    Connection,
    EmotionScale,
    Kpi,
    Lane,
    Opportunity,
    PainPoint,
    ParkedIdea,
    Participant,
    Persona,
    Stage,
    Touchpoint,
)
from journeymapper.model.integrity import find_problems
from journeymapper.model.journey import COLLECTIONS, JourneyMap

MODELS: dict[str, type[BaseModel]] = {
    "stages": Stage,
    "lanes": Lane,
    "touchpoints": Touchpoint,
    "pain_points": PainPoint,
    "opportunities": Opportunity,
    "connections": Connection,
    "personas": Persona,
    "kpis": Kpi,
    "actions": Action,
    "participants": Participant,  # format 1.1 workshop collections
    "parking_lot": ParkedIdea,
}
FIXED_TIME = "1970-01-01T00:00:00Z"


@dataclass(frozen=True)
class Repair:
    """One change `repair` made: to which object (by collection and id), and why.

    `collection` is "map" for the map's own fields; `id` is None for those, and for an
    entry dropped before it had a usable id. `action` is one of removed, renamed,
    reset, cleared, clamped, trimmed.
    """

    action: str
    collection: str
    id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.collection if self.id is None else f"{self.collection} {self.id!r}"
        if self.field:
            where += f" {self.field}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"action": self.action, "collection": self.collection, "id": self.id,
                "field": self.field, "message": self.message}


class _Repairer:
    """The rules above, over a plain JSON dict of the map (the form merges and peers share)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.repairs: list[Repair] = []

    def note(self, action: str, collection: str, item_id: Any, field: str | None, message: str) -> None:
        ident = item_id if isinstance(item_id, str) else None
        self.repairs.append(Repair(action, collection, ident, field, message))

    def items(self, name: str) -> list[dict[str, Any]]:
        value: list[dict[str, Any]] = self.data[name]
        return value

    # --- rules 1 and 2: shape and objects on their own -------------------------------
    def shapes(self) -> None:
        for name in COLLECTIONS:
            value = self.data.get(name, [])
            if not isinstance(value, list):
                self.note("reset", "map", None, name, "was not a list; emptied")
                value = []
            kept = []
            for entry in value:
                if isinstance(entry, dict):
                    kept.append(entry)
                else:
                    self.note("removed", name, None, None, "an entry that is not an object was removed")
            self.data[name] = kept

    def _all_objects_valid(self) -> bool:
        """One validation of the whole map: when it passes, rule 2 has nothing to do (and
        checking 100,000 objects one by one is what made a large merge slow)."""
        try:
            JourneyMap.model_validate(self.data)
        except ValidationError:
            return False
        return True

    def objects(self) -> None:
        for name in COLLECTIONS:
            model = MODELS[name]
            kept = []
            for entry in self.items(name):
                fixed = self._valid_object(model, name, entry)
                if fixed is not None:
                    kept.append(fixed)
            self.data[name] = kept

    def _valid_object(
        self, model: type[BaseModel], name: str, entry: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The entry, with each refused field reset to its default; None when beyond that."""
        entry = dict(entry)
        for _attempt in range(len(entry) + 1):
            try:
                model.model_validate(_probe(name, entry))
                return entry
            except ValidationError as error:
                bad = _top_fields(error)
            required = {key for key, spec in model.model_fields.items() if spec.is_required()}
            removable = sorted(key for key in bad if key in entry and key not in required)
            if not removable:
                break
            for key in removable:
                del entry[key]
                self.note("reset", name, entry.get("id"), key, "had a value the file format refuses; reset")
        self.note("removed", name, entry.get("id"), None, "the file format refuses this object; removed")
        return None

    def map_fields(self) -> None:
        scale = self.data.get("emotion_scale")
        if isinstance(scale, dict) and isinstance(scale.get("labels"), dict):
            self._scale_labels(scale)
        lists: dict[str, Any] = {name: self.data.pop(name) for name in COLLECTIONS}
        for _attempt in range(len(self.data) + 1):
            try:
                JourneyMap.model_validate(self.data)
                break
            except ValidationError as error:
                bad = sorted(key for key in _top_fields(error) if key in self.data)
            if not bad:
                break
            for key in bad:
                del self.data[key]
                self.note("reset", "map", None, key, "had a value the file format refuses; reset")
        for stamp, other in (("created", "modified"), ("modified", "created")):
            if stamp not in self.data:
                self.data[stamp] = self.data.get(other, FIXED_TIME)
        self.data.update(lists)

    def _scale_labels(self, scale: dict[str, Any]) -> None:
        low, high = scale.get("min", -2), scale.get("max", 2)
        if not (isinstance(low, int) and isinstance(high, int)):
            return
        labels = scale["labels"]
        for key in sorted(labels):
            try:
                inside = low <= int(key) <= high
            except ValueError:
                continue  # rule 2 resets the labels when a key is not a number
            if not inside:
                del labels[key]
                self.note("removed", "map", None, f"emotion_scale.labels.{key}",
                          f"label for a score outside the scale {low}…{high} was removed")

    # --- rules 4 and 5: sizes and ids --------------------------------------------------
    def sizes(self) -> None:
        for name in COLLECTIONS:
            limit = _max_length(name)
            items = self.items(name)
            if limit is not None and len(items) > limit:
                for entry in items[limit:]:
                    self.note("trimmed", name, entry.get("id"), None,
                              f"more than {limit} {name.replace('_', ' ')}; removed")
                self.data[name] = items[:limit]

    def ids(self) -> None:
        first: dict[str, dict[str, Any]] = {}
        first_in: dict[str, str] = {}
        for name in COLLECTIONS:
            kept = []
            for entry in self.items(name):
                item_id = entry["id"]
                if item_id not in first:
                    first[item_id], first_in[item_id] = entry, name
                    kept.append(entry)
                elif first_in[item_id] == name and first[item_id] == entry:
                    self.note("removed", name, item_id, None, "an identical copy was removed")
                else:
                    new = _fresh_id(item_id, first)
                    entry = {**entry, "id": new}
                    first[new], first_in[new] = entry, name
                    kept.append(entry)
                    self.note("renamed", name, item_id, "id", f"id was already in use; now {new!r}")
            self.data[name] = kept

    # --- rules 6 to 9: references ---------------------------------------------------
    def references(self) -> None:
        stages = {s["id"] for s in self.items("stages")}
        lanes = {lane["id"] for lane in self.items("lanes")}
        self._keep("touchpoints", lambda c: _why_card(c, stages, lanes))
        cards = {c["id"] for c in self.items("touchpoints")}
        for pain in self.items("pain_points"):
            self._attach_pain(pain, cards, stages)
        self._keep("pain_points", lambda p: _why_pain(p, cards, stages))
        self._keep("opportunities", lambda o: _why_opportunity(o, cards, stages))
        self._keep("connections", lambda link: _why_connection(link, cards))
        self._keep("kpis", lambda k: _missing_stage(k, stages))
        pains = {p["id"] for p in self.items("pain_points")}
        for action in self.items("actions"):
            self._fix_action(action, pains, stages)
        persona = self.data.get("main_persona_id")
        if persona is not None and persona not in {p["id"] for p in self.items("personas")}:
            self.data["main_persona_id"] = None
            self.note("cleared", "map", None, "main_persona_id", f"persona {persona!r} no longer exists")

    def _keep(self, name: str, why_not: Any) -> None:
        kept = []
        for entry in self.items(name):
            reason = why_not(entry)
            if reason is None:
                kept.append(entry)
            else:
                self.note("removed", name, entry["id"], None, reason)
        self.data[name] = kept

    def _attach_pain(self, pain: dict[str, Any], cards: set[str], stages: set[str]) -> None:
        card, stage = pain.get("touchpoint_id"), pain.get("stage_id")
        if card is None or stage is None:
            return
        if card in cards or stage not in stages:
            pain["stage_id"] = None
            self.note("cleared", "pain_points", pain["id"], "stage_id",
                      "was on a card and a stage; kept the card")
        else:
            pain["touchpoint_id"] = None
            self.note("cleared", "pain_points", pain["id"], "touchpoint_id",
                      f"was on missing card {card!r} and a stage; kept the stage")

    def _fix_action(self, action: dict[str, Any], pains: set[str], stages: set[str]) -> None:
        linked = action.get("pain_point_ids") or []
        kept = [p for p in linked if p in pains]
        if kept != linked:
            action["pain_point_ids"] = kept
            gone = ", ".join(repr(p) for p in linked if p not in pains)
            self.note("cleared", "actions", action["id"], "pain_point_ids",
                      f"pain points {gone} no longer exist")
        stage = action.get("stage_id")
        if stage is not None and stage not in stages:
            action["stage_id"] = None
            self.note("cleared", "actions", action["id"], "stage_id", f"stage {stage!r} no longer exists")

    # --- rule 10: emotions ----------------------------------------------------------
    def emotions(self) -> None:
        scale = EmotionScale.model_validate(self.data.get("emotion_scale") or {})
        for card in self.items("touchpoints"):
            emotion = card.get("emotion")
            if not isinstance(emotion, dict):
                continue
            score = emotion["score"]
            clamped = max(scale.min, min(scale.max, score))
            if clamped != score:
                card["emotion"] = {**emotion, "score": clamped}
                self.note("clamped", "touchpoints", card["id"], "emotion",
                          f"emotion {score} lay outside the scale {scale.min}…{scale.max}; now {clamped}")

    def run(self) -> None:
        self.shapes()
        if not self._all_objects_valid():
            self.objects()
        self.map_fields()
        self.sizes()
        self.ids()
        self.references()
        self.emotions()


def _probe(name: str, entry: dict[str, Any]) -> dict[str, Any]:
    """What to check an entry as: a pain point's attachment is rule 7's business, not rule 2's."""
    if name != "pain_points":
        return entry
    card, stage = entry.get("touchpoint_id"), entry.get("stage_id")
    if (card is None) == (stage is None):
        return {**entry, "touchpoint_id": card if card is not None else stage or "x", "stage_id": None}
    return entry


def _top_fields(error: ValidationError) -> set[str]:
    return {str(e["loc"][0]) for e in error.errors(include_url=False) if e["loc"]}


def _max_length(name: str) -> int | None:
    for rule in JourneyMap.model_fields[name].metadata:
        limit = getattr(rule, "max_length", None)
        if isinstance(limit, int):
            return limit
    return None


def _fresh_id(item_id: str, taken: dict[str, Any]) -> str:
    stem = item_id[:60]
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def _why_card(card: dict[str, Any], stages: set[str], lanes: set[str]) -> str | None:
    if card["stage_id"] not in stages:
        return f"its stage {card['stage_id']!r} no longer exists"
    if card["lane_id"] not in lanes:
        return f"its lane {card['lane_id']!r} no longer exists"
    return None


def _why_pain(pain: dict[str, Any], cards: set[str], stages: set[str]) -> str | None:
    card, stage = pain.get("touchpoint_id"), pain.get("stage_id")
    if card is None and stage is None:
        return "it is attached to neither a card nor a stage"
    if card is not None and card not in cards:
        return f"its card {card!r} no longer exists"
    if stage is not None and stage not in stages:
        return f"its stage {stage!r} no longer exists"
    return None


def _why_opportunity(opp: dict[str, Any], cards: set[str], stages: set[str]) -> str | None:
    card, stage = opp.get("touchpoint_id"), opp.get("stage_id")
    if card is not None and card not in cards:
        return f"its card {card!r} no longer exists"
    if stage is not None and stage not in stages:
        return f"its stage {stage!r} no longer exists"
    return None


def _why_connection(link: dict[str, Any], cards: set[str]) -> str | None:
    for end in ("source", "target"):
        if link[end] not in cards:
            return f"its {end} card {link[end]!r} no longer exists"
    if link["source"] == link["target"]:
        return "it linked a card to itself"
    return None


def _missing_stage(item: dict[str, Any], stages: set[str]) -> str | None:
    stage = item.get("stage_id")
    if stage is not None and stage not in stages:
        return f"its stage {stage!r} no longer exists"
    return None


def repair_copy(value: Any) -> Any:
    """A copy of a JSON value (dicts, lists, scalars): several times faster than deepcopy."""
    if type(value) is dict:
        return {key: repair_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [repair_copy(item) for item in value]
    return value


def repair_data(data: Any, *, in_place: bool = False) -> tuple[dict[str, Any], list[Repair]]:
    """Repair the JSON form of a map (the value of "map" in a file); the input is not changed
    (unless `in_place`: then it is repaired in place, for callers that own it).

    Returns a dict that `JourneyMap.model_validate` accepts and `find_problems` finds
    nothing in, and the repairs made, in the order the rules above apply them.
    """
    if not isinstance(data, dict):
        return {"created": FIXED_TIME, "modified": FIXED_TIME}, [
            Repair("reset", "map", None, None, "the map was not an object; replaced by an empty map")
        ]
    repairer = _Repairer(data if in_place else repair_copy(data))
    repairer.run()
    return repairer.data, repairer.repairs


def repair(journey: JourneyMap) -> tuple[JourneyMap, list[Repair]]:
    """A valid copy of `journey` and the repairs made; the input map is not changed.

    A map that already keeps every rule comes back as an equal copy with no repairs.
    """
    if not find_problems(journey):
        return journey.model_copy(deep=True), []
    data, repairs = repair_data(journey.model_dump(mode="json"))
    fixed = JourneyMap.model_validate(data)
    fixed._envelope_extra = copy.deepcopy(journey._envelope_extra)
    return fixed, repairs
