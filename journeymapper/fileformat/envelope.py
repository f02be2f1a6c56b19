"""The whole file as one pydantic model: the envelope's keys around the map.

One model lets pydantic write every byte of a save in one serializer pass, and read a
file of the current version in one pass from its bytes, without first building a tree
of dicts and lists only to throw it away (issue 8: five times faster saving; a third
less time and no second copy of the map in memory while loading).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from journeymapper.model.journey import JourneyMap


class JourneyFile(BaseModel):
    """`format`, `format_version`, `map`, then envelope keys this version does not know."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    format: str
    format_version: str
    map: JourneyMap


ENVELOPE_KEYS = frozenset(JourneyFile.model_fields)
