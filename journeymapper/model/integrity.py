"""Rules that span the whole map: unique ids, references that resolve, scores in scale.

pydantic checks each object on its own; these checks need the whole map. They return
every problem found (not just the first) with a JSON pointer into the map, so that a
person fixing a hand-edited file sees all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.model.journey import JourneyMap


@dataclass(frozen=True)
class Problem:
    """One violation: where it is (a JSON pointer relative to the map) and what is wrong."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


def find_problems(journey: JourneyMap) -> list[Problem]:
    """Every cross-object rule the map breaks; empty when the map is consistent."""
    problems: list[Problem] = []
    add = problems.append

    seen: dict[str, str] = {}
    collections = (
        "stages",
        "lanes",
        "touchpoints",
        "pain_points",
        "opportunities",
        "connections",
        "personas",
        "kpis",
        "actions",
    )
    for name in collections:
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
    scale = journey.emotion_scale

    def ref(pointer: str, value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            add(Problem(pointer, f"refers to {what} {value!r}, which does not exist"))

    if journey.main_persona_id is not None:
        ref("/main_persona_id", journey.main_persona_id, persona_ids, "persona")

    for i, card in enumerate(journey.touchpoints):
        ref(f"/touchpoints/{i}/stage_id", card.stage_id, stage_ids, "stage")
        ref(f"/touchpoints/{i}/lane_id", card.lane_id, lane_ids, "lane")
        if card.emotion is not None and not scale.contains(card.emotion.score):
            add(
                Problem(
                    f"/touchpoints/{i}/emotion/score",
                    f"emotion {card.emotion.score} lies outside the map's scale "
                    f"{scale.min}…{scale.max}",
                )
            )
    for i, pain in enumerate(journey.pain_points):
        ref(f"/pain_points/{i}/touchpoint_id", pain.touchpoint_id, card_ids, "touchpoint")
        ref(f"/pain_points/{i}/stage_id", pain.stage_id, stage_ids, "stage")
    for i, opp in enumerate(journey.opportunities):
        ref(f"/opportunities/{i}/stage_id", opp.stage_id, stage_ids, "stage")
        ref(f"/opportunities/{i}/touchpoint_id", opp.touchpoint_id, card_ids, "touchpoint")
    for i, link in enumerate(journey.connections):
        ref(f"/connections/{i}/source", link.source, card_ids, "touchpoint")
        ref(f"/connections/{i}/target", link.target, card_ids, "touchpoint")
        if link.source == link.target:
            add(Problem(f"/connections/{i}/target", "a connection cannot link a card to itself"))
    for i, kpi in enumerate(journey.kpis):
        ref(f"/kpis/{i}/stage_id", kpi.stage_id, stage_ids, "stage")
    for i, action in enumerate(journey.actions):
        ref(f"/actions/{i}/stage_id", action.stage_id, stage_ids, "stage")
        for j, pain_id in enumerate(action.pain_point_ids):
            ref(f"/actions/{i}/pain_point_ids/{j}", pain_id, pain_ids, "pain point")
    return problems
