"""Where a map keeps fields this version does not know, and what they hold.

A file from a newer minor version may carry fields this version has no name for; every
model keeps them (`extra="allow"`) so a save writes them back. Two parts of the file
format look at them: the reader caps their nesting, the writer checks whether they hold
numbers it must spell with care (`writer.py`). Both walk the map the same way, here,
so a nested object added to the model is added to one walk, and a test checks that the
walk reaches every kind of object the map is made of.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from journeymapper.model.journey import COLLECTIONS, JourneyMap


def objects_with_unknown_fields(journey: JourneyMap) -> Iterator[tuple[str, BaseModel]]:
    """(JSON pointer, object) of every object in the map that holds unknown fields.

    Only objects with unknown fields are yielded, and their pointers are only built then,
    so walking a map without any (the usual case) costs one attribute read per object.
    """
    singles: list[tuple[str, BaseModel | None]] = [
        ("/map", journey),
        ("/map/emotion_scale", journey.emotion_scale),
        ("/map/export_preset", journey.export_preset),
    ]
    for where, single in singles:
        if single is not None and single.__pydantic_extra__:
            yield where, single
    for name in COLLECTIONS:
        items: list[BaseModel] = getattr(journey, name)
        for index, item in enumerate(items):
            if item.__pydantic_extra__:
                yield f"/map/{name}/{index}", item
    for index, card in enumerate(journey.touchpoints):
        if card.emotion is not None and card.emotion.__pydantic_extra__:
            yield f"/map/touchpoints/{index}/emotion", card.emotion
    for index, opportunity in enumerate(journey.opportunities):
        if opportunity.hypothesis.__pydantic_extra__:
            yield f"/map/opportunities/{index}/hypothesis", opportunity.hypothesis
    for index, persona in enumerate(journey.personas):
        if persona.photo is not None and persona.photo.__pydantic_extra__:
            yield f"/map/personas/{index}/photo", persona.photo


def unknown_fields(journey: JourneyMap) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every unknown field in the map (not the envelope's)."""
    for where, holder in objects_with_unknown_fields(journey):
        extra = holder.__pydantic_extra__ or {}
        for key, value in extra.items():
            yield f"{where}/{key}", value
