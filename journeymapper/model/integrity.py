"""Rules that span the whole map: unique ids, references that resolve, scores in scale.

pydantic checks each object on its own; these checks need the whole map. They return
every problem found (not just the first) with a JSON pointer into the map, so that a
person fixing a hand-edited file sees all of them at once. The loops are written
plainly because they run on every load of maps with tens of thousands of objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.model.journey import COLLECTIONS, JourneyMap


@dataclass(frozen=True)
class Problem:
    """One violation: where it is (a JSON pointer relative to the map) and what is wrong."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


def _missing(what: str, value: str) -> str:
    return f"refers to {what} {value!r}, which does not exist"


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
                    add(Problem(where, f"id {item.id!r} is already used at {seen[item.id]}"))
                else:
                    seen[item.id] = where

    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in journey.lanes}
    card_ids = {t.id for t in journey.touchpoints}
    pain_ids = {p.id for p in journey.pain_points}
    persona_ids = {p.id for p in journey.personas}
    low, high = journey.emotion_scale.min, journey.emotion_scale.max

    if journey.main_persona_id is not None and journey.main_persona_id not in persona_ids:
        add(Problem("/main_persona_id", _missing("persona", journey.main_persona_id)))

    for i, card in enumerate(journey.touchpoints):
        if card.stage_id not in stage_ids:
            add(Problem(f"/touchpoints/{i}/stage_id", _missing("stage", card.stage_id)))
        if card.lane_id not in lane_ids:
            add(Problem(f"/touchpoints/{i}/lane_id", _missing("lane", card.lane_id)))
        emotion = card.emotion
        if emotion is not None and not low <= emotion.score <= high:
            add(
                Problem(
                    f"/touchpoints/{i}/emotion/score",
                    f"emotion {emotion.score} lies outside the map's scale {low}…{high}",
                )
            )
    for i, pain in enumerate(journey.pain_points):
        if pain.touchpoint_id is not None and pain.touchpoint_id not in card_ids:
            add(Problem(f"/pain_points/{i}/touchpoint_id", _missing("touchpoint", pain.touchpoint_id)))
        if pain.stage_id is not None and pain.stage_id not in stage_ids:
            add(Problem(f"/pain_points/{i}/stage_id", _missing("stage", pain.stage_id)))
    for i, opp in enumerate(journey.opportunities):
        if opp.stage_id is not None and opp.stage_id not in stage_ids:
            add(Problem(f"/opportunities/{i}/stage_id", _missing("stage", opp.stage_id)))
        if opp.touchpoint_id is not None and opp.touchpoint_id not in card_ids:
            add(Problem(f"/opportunities/{i}/touchpoint_id", _missing("touchpoint", opp.touchpoint_id)))
    for i, link in enumerate(journey.connections):
        if link.source not in card_ids:
            add(Problem(f"/connections/{i}/source", _missing("touchpoint", link.source)))
        if link.target not in card_ids:
            add(Problem(f"/connections/{i}/target", _missing("touchpoint", link.target)))
        if link.source == link.target:
            add(Problem(f"/connections/{i}/target", "a connection cannot link a card to itself"))
    for i, kpi in enumerate(journey.kpis):
        if kpi.stage_id is not None and kpi.stage_id not in stage_ids:
            add(Problem(f"/kpis/{i}/stage_id", _missing("stage", kpi.stage_id)))
    for i, action in enumerate(journey.actions):
        if action.stage_id is not None and action.stage_id not in stage_ids:
            add(Problem(f"/actions/{i}/stage_id", _missing("stage", action.stage_id)))
        for j, pain_id in enumerate(action.pain_point_ids):
            if pain_id not in pain_ids:
                add(Problem(f"/actions/{i}/pain_point_ids/{j}", _missing("pain point", pain_id)))
    return problems
