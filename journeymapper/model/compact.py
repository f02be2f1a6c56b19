"""Keeping a large map small in memory: one shared set of field names per kind of object.

pydantic gives every object it validates its own `__pydantic_fields_set__`, the names of
the fields the input held. A saved map holds every field of every object, so each of a
50,000-card map's cards carried its own copy of the same twelve names: 728 bytes a card,
51 MB of the 124 MB such a map took (issue 8). Objects whose set names exactly their
model's fields now share one set per model: the same contents, so `model_fields_set`
and `exclude_unset` answer as before.

Sharing is safe because pydantic only ever adds to the set when an attribute is
assigned, and for a declared field the name is already in it. Assigning an attribute a
model does not declare (pydantic files it under the unknown fields and adds its name)
would add it to every object sharing the set; the typed code never does that, and
commands replace unknown fields as a whole, never by attribute.
"""

from __future__ import annotations

from pydantic import BaseModel

from journeymapper.model.journey import COLLECTIONS, JourneyMap

_FIELD_NAMES: dict[type[BaseModel], set[str]] = {}


def _shared_names(model: type[BaseModel]) -> set[str]:
    names = _FIELD_NAMES.get(model)
    if names is None:
        names = _FIELD_NAMES[model] = set(model.model_fields)
    return names


def _share(objects: list[BaseModel]) -> None:
    if not objects:
        return
    names = _shared_names(type(objects[0]))
    for obj in objects:
        own = obj.__pydantic_fields_set__
        if own is not names and own == names:
            object.__setattr__(obj, "__pydantic_fields_set__", names)


def share_field_name_sets(journey: JourneyMap) -> None:
    """Let the map's objects that hold every field of their model share one name set."""
    for name in COLLECTIONS:
        _share(getattr(journey, name))
    _share([card.emotion for card in journey.touchpoints if card.emotion is not None])
    _share([opportunity.hypothesis for opportunity in journey.opportunities])
