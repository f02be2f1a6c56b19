"""Rules that span the whole map: unique ids, references that resolve, scores in scale.

pydantic checks each object on its own; these checks need the whole map. They return
every problem found (not just the first) with a JSON pointer into the map, so that a
person fixing a hand-edited file sees all of them at once. The loops are written
plainly because they run on every load of maps with tens of thousands of objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

from journeymapper.messages import QT_TRANSLATE_NOOP, Message
from journeymapper.model.journey import COLLECTIONS, JourneyMap


@dataclass(frozen=True)
class Problem:
    """One violation: where it is (a JSON pointer relative to the map) and what is wrong."""

    pointer: str
    message: str | Message  # in English by str(); the editor shows a Message in its language

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


def _said(template: str, *values: str | int | float) -> Message:
    """The loader's words, in the catalogue context the file reader's messages use."""
    return Message("FileProblem", template, values)


_MISSING = {
    "stage": QT_TRANSLATE_NOOP("FileProblem", "refers to stage %1, which does not exist"),
    "lane": QT_TRANSLATE_NOOP("FileProblem", "refers to lane %1, which does not exist"),
    "touchpoint": QT_TRANSLATE_NOOP("FileProblem", "refers to touchpoint %1, which does not exist"),
    "pain point": QT_TRANSLATE_NOOP("FileProblem", "refers to pain point %1, which does not exist"),
    "persona": QT_TRANSLATE_NOOP("FileProblem", "refers to persona %1, which does not exist"),
}


def _missing(what: str, value: str) -> Message:
    return _said(_MISSING[what], repr(value))


def _outside_scale(score: int, ctx: Context) -> Message:
    template = QT_TRANSLATE_NOOP("FileProblem", "emotion %1 lies outside the map's scale %2…%3")
    return _said(template, score, ctx.low, ctx.high)


def _already_used(item_id: str, where: str) -> Message:
    return _said(QT_TRANSLATE_NOOP("FileProblem", "id %1 is already used at %2"), repr(item_id), where)


_ID = attrgetter("id")


class Context:
    """The id sets the checks look things up in, each built only when first needed.

    A whole-map check needs them all; a command checking the one object it adds needs a
    few (a card needs only the 60-odd stage and lane ids), so building lazily keeps an
    edit on a 50,000-card map cheap.
    """

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.low, self.high = journey.emotion_scale.min, journey.emotion_scale.max

    @cached_property
    def stage_ids(self) -> set[str]:
        return {s.id for s in self.journey.stages}

    @cached_property
    def lane_ids(self) -> set[str]:
        return {lane.id for lane in self.journey.lanes}

    @cached_property
    def card_ids(self) -> set[str]:
        return {t.id for t in self.journey.touchpoints}

    @cached_property
    def pain_ids(self) -> set[str]:
        return {p.id for p in self.journey.pain_points}

    @cached_property
    def persona_ids(self) -> set[str]:
        return {p.id for p in self.journey.personas}


def _card(where: str, card: Any, ctx: Context) -> list[Problem]:
    found = []
    if card.stage_id not in ctx.stage_ids:
        found.append(Problem(f"{where}/stage_id", _missing("stage", card.stage_id)))
    if card.lane_id not in ctx.lane_ids:
        found.append(Problem(f"{where}/lane_id", _missing("lane", card.lane_id)))
    emotion = card.emotion
    if emotion is not None and not ctx.low <= emotion.score <= ctx.high:
        found.append(Problem(f"{where}/emotion/score", _outside_scale(emotion.score, ctx)))
    return found


def _note(where: str, note: Any, ctx: Context) -> list[Problem]:
    """A pain point or an opportunity: on a card, on a stage (or, for an opportunity, neither)."""
    found = []
    if note.touchpoint_id is not None and note.touchpoint_id not in ctx.card_ids:
        found.append(Problem(f"{where}/touchpoint_id", _missing("touchpoint", note.touchpoint_id)))
    if note.stage_id is not None and note.stage_id not in ctx.stage_ids:
        found.append(Problem(f"{where}/stage_id", _missing("stage", note.stage_id)))
    return found


def _connection(where: str, link: Any, ctx: Context) -> list[Problem]:
    found = []
    if link.source not in ctx.card_ids:
        found.append(Problem(f"{where}/source", _missing("touchpoint", link.source)))
    if link.target not in ctx.card_ids:
        found.append(Problem(f"{where}/target", _missing("touchpoint", link.target)))
    if link.source == link.target:
        found.append(
            Problem(
                f"{where}/target",
                _said(QT_TRANSLATE_NOOP("FileProblem", "a connection cannot link a card to itself")),
            )
        )
    return found


def _staged(where: str, item: Any, ctx: Context) -> list[Problem]:
    if item.stage_id is not None and item.stage_id not in ctx.stage_ids:
        return [Problem(f"{where}/stage_id", _missing("stage", item.stage_id))]
    return []


def _action(where: str, action: Any, ctx: Context) -> list[Problem]:
    found = _staged(where, action, ctx)
    for j, pain_id in enumerate(action.pain_point_ids):
        if pain_id not in ctx.pain_ids:
            found.append(Problem(f"{where}/pain_point_ids/{j}", _missing("pain point", pain_id)))
    return found


_CHECKS: dict[str, Callable[[str, Any, Context], list[Problem]]] = {
    "touchpoints": _card,
    "pain_points": _note,
    "opportunities": _note,
    "connections": _connection,
    "kpis": _staged,
    "actions": _action,
}
# Fields whose change can break a rule that spans objects; other edits need no check.
LINKED_FIELDS = {
    "id",
    "stage_id",
    "lane_id",
    "touchpoint_id",
    "source",
    "target",
    "pain_point_ids",
    "emotion",
    "emotion_scale",
    "main_persona_id",
}


def item_problems(collection: str, index: int, item: Any, ctx: Context) -> list[Problem]:
    """What one object (at `index` of `collection`) breaks, in the loader's own words."""
    check = _CHECKS.get(collection)
    return check(f"/{collection}/{index}", item, ctx) if check else []


def id_problem(
    collection: str, index: int, item_id: str, journey: JourneyMap, ignore: object | None = None
) -> Problem | None:
    """The loader's duplicate-id problem if `item_id` is already used (by anything but `ignore`)."""
    for name in COLLECTIONS:
        items = getattr(journey, name)
        if item_id not in map(_ID, items):  # C-speed scan: adding to a 50,000-card map stays cheap
            continue
        for j, other in enumerate(items):
            if other.id == item_id and other is not ignore:
                return Problem(f"/{collection}/{index}/id", _already_used(item_id, f"/{name}/{j}/id"))
    return None


def map_problems(ctx: Context, *, emotions: bool = True) -> list[Problem]:
    """The map's own references, and (with `emotions`) every card's emotion against the scale."""
    journey = ctx.journey
    found = []
    if journey.main_persona_id is not None and journey.main_persona_id not in ctx.persona_ids:
        found.append(Problem("/main_persona_id", _missing("persona", journey.main_persona_id)))
    if emotions:
        for i, card in enumerate(journey.touchpoints):
            emotion = card.emotion
            if emotion is not None and not ctx.low <= emotion.score <= ctx.high:
                found.append(Problem(f"/touchpoints/{i}/emotion/score", _outside_scale(emotion.score, ctx)))
    return found


def find_problems(journey: JourneyMap) -> list[Problem]:
    """Every cross-object rule the map breaks; empty when the map is consistent."""
    problems: list[Problem] = []
    add = problems.append

    all_ids = [item.id for name in COLLECTIONS for item in getattr(journey, name)]
    if len(set(all_ids)) != len(all_ids):
        seen: dict[str, str] = {}
        for name in COLLECTIONS:
            for index, item in enumerate(getattr(journey, name)):
                where = f"/{name}/{index}/id"
                if item.id in seen:
                    add(Problem(where, _already_used(item.id, seen[item.id])))
                else:
                    seen[item.id] = where

    ctx = Context(journey)
    problems += map_problems(ctx, emotions=False)
    for collection, check in _CHECKS.items():
        for i, item in enumerate(getattr(journey, collection)):
            problems += check(f"/{collection}/{i}", item, ctx)
    return problems
