"""Ready-made commands for the edits people make most, with fresh ids and sane order."""

from __future__ import annotations

from typing import Any

from journeymapper.model.commands import AddItem, Command, Macro, MoveCards, RemoveItems, UpdateItem
from journeymapper.model.entities import (
    Connection,
    Emotion,
    Lane,
    PainPoint,
    Stage,
    Touchpoint,
    new_id,
)
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind, PainKind


def add_card(
    journey: JourneyMap,
    stage_id: str,
    lane_id: str,
    title: str = "",
    index: int | None = None,
    **fields: Any,
) -> tuple[Command, str]:
    """A command adding a card to a cell (at the end, or at `index`); returns it and the id."""
    card_id = new_id("tp")
    count = len(journey.cell(stage_id, lane_id))
    card = Touchpoint(id=card_id, stage_id=stage_id, lane_id=lane_id, order=count, title=title, **fields)
    add = AddItem("touchpoints", card)
    if index is None or index >= count:
        add.label = "Add card"
        return add, card_id
    return Macro("Add card", [add, MoveCards([card_id], stage_id, lane_id, index)]), card_id


def add_stage(name: str, index: int | None = None, colour: str = "#5B7DB1") -> tuple[Command, str]:
    stage_id = new_id("st")
    command = AddItem("stages", Stage(id=stage_id, name=name, colour=colour), index)
    command.label = "Add stage"
    return command, stage_id


def add_lane(
    name: str, kind: LaneKind = LaneKind.TOUCHPOINTS, index: int | None = None
) -> tuple[Command, str]:
    lane_id = new_id("ln")
    command = AddItem("lanes", Lane(id=lane_id, name=name, kind=kind), index)
    command.label = "Add lane"
    return command, lane_id


def add_pain(
    touchpoint_id: str | None = None,
    stage_id: str | None = None,
    text: str = "",
    kind: PainKind = PainKind.FRUSTRATION,
    severity: int = 3,
) -> tuple[Command, str]:
    pain_id = new_id("pp")
    pain = PainPoint(
        id=pain_id, touchpoint_id=touchpoint_id, stage_id=stage_id, text=text, kind=kind, severity=severity
    )
    command = AddItem("pain_points", pain)
    command.label = "Add pain point"
    return command, pain_id


def set_emotion(journey: JourneyMap, card_id: str, score: int | None) -> Command:
    """Set (or clear, with None) a card's emotion score, clamped to the map's scale."""
    card = journey.touchpoint(card_id)
    if score is None:
        emotion = None
    else:
        scale = journey.emotion_scale
        score = max(scale.min, min(scale.max, score))
        previous = card.emotion if card is not None else None
        emotion = Emotion(
            score=score,
            label=previous.label if previous else "",
            note=previous.note if previous else "",
        )
    return UpdateItem("touchpoints", card_id, {"emotion": emotion}, label="Set emotion")


def connect(source: str, target: str, label: str = "") -> tuple[Command, str]:
    link_id = new_id("cn")
    command = AddItem("connections", Connection(id=link_id, source=source, target=target, label=label))
    command.label = "Connect cards"
    return command, link_id


def rename(collection: str, item_id: str, name: str, field: str = "name") -> Command:
    return UpdateItem(collection, item_id, {field: name}, mergeable=True, label="Rename")


def delete(collection: Any, ids: list[str]) -> Command:
    return RemoveItems(collection, ids)
