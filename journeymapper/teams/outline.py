"""A map as an indented outline, one field per line: what git's `textconv` shows.

Why: git diffs text line by line. Given the JSON it shows brace noise and moved blocks;
given this outline — objects grouped by stage, in display order, each field on its own
line under its object's title and id — `git diff` and `git log -p` read as "this card's
title changed", and a card moved to another stage appears under the new stage.
`modified` is left out: it changes on every save and would make every diff noisy.
"""

from __future__ import annotations

import json
from typing import Any

from journeymapper.model.journey import COLLECTIONS, JourneyMap

# Shown in the object's heading line (or by where it is placed) rather than as a field.
_SKIP = {"id", "stage_id", "lane_id", "order", "touchpoint_id", "source", "target",
         "name", "title", "text", "task"}


def _fields(obj: Any, indent: str) -> list[str]:
    data = obj.model_dump(mode="json")
    lines = []
    for key, value in data.items():
        if key in _SKIP or value in (None, "", [], {}):
            continue
        lines.append(f"{indent}{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    return lines


def _head(kind: str, title: str, item_id: str) -> str:
    return f'{kind} "{title}" [{item_id}]'


def outline(journey: JourneyMap) -> str:
    """The outline text; deterministic for a given map."""
    out = [f'Map "{journey.title}"']
    meta = journey.model_dump(mode="json", exclude={*COLLECTIONS, "modified", "title"})
    out += [f"  {k}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}" for k, v in meta.items()
            if v not in (None, "", [], {})]
    for persona in journey.personas:
        out += [_head("Persona", persona.name, persona.id), *_fields(persona, "  ")]
    lanes = {lane.id: lane for lane in journey.lanes}
    for lane in journey.lanes:
        out += [_head("Lane", lane.name, lane.id), *_fields(lane, "  ")]
    cells = journey.cells()
    card_titles = {c.id: c.title for c in journey.touchpoints}
    for stage in journey.stages:
        out += [_head("Stage", stage.name, stage.id), *_fields(stage, "  ")]
        for lane_id in lanes:
            for card in cells.get((stage.id, lane_id), []):
                out.append("  " + _head("Card", card.title, card.id) + f" in lane \"{lanes[lane_id].name}\"")
                out += _fields(card, "    ")
                for pain in journey.pains_of_touchpoint(card.id):
                    out += ["    " + _head("Pain", pain.text, pain.id), *_fields(pain, "      ")]
        out += _stage_items(journey, stage.id)
    out += _loose_items(journey, card_titles)
    return "\n".join(out) + "\n"


def _stage_items(journey: JourneyMap, stage_id: str) -> list[str]:
    out: list[str] = []
    for pain in journey.pains_of_stage(stage_id):
        out += ["  " + _head("Pain", pain.text, pain.id), *_fields(pain, "    ")]
    for opp in journey.opportunities:
        if opp.stage_id == stage_id:
            out += ["  " + _head("Opportunity", opp.text, opp.id), *_fields(opp, "    ")]
    for kpi in journey.kpis:
        if kpi.stage_id == stage_id:
            out += ["  " + _head("KPI", kpi.name, kpi.id), *_fields(kpi, "    ")]
    for action in journey.actions:
        if action.stage_id == stage_id:
            out += ["  " + _head("Action", action.task, action.id), *_fields(action, "    ")]
    return out


def _loose_items(journey: JourneyMap, card_titles: dict[str, str]) -> list[str]:
    out: list[str] = []
    for opp in journey.opportunities:
        if opp.stage_id is None:
            where = f' on card "{card_titles.get(opp.touchpoint_id or "", "")}"' if opp.touchpoint_id else ""
            out += [_head("Opportunity", opp.text, opp.id) + where, *_fields(opp, "  ")]
    for kpi in journey.kpis:
        if kpi.stage_id is None:
            out += [_head("KPI", kpi.name, kpi.id), *_fields(kpi, "  ")]
    for action in journey.actions:
        if action.stage_id is None:
            out += [_head("Action", action.task, action.id), *_fields(action, "  ")]
    for link in journey.connections:
        title = f"{card_titles.get(link.source, link.source)} → {card_titles.get(link.target, link.target)}"
        out += [_head("Connection", title, link.id), *_fields(link, "  ")]
    return out
