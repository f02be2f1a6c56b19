"""The JSON Schema (draft 2020-12) of the .journey format, generated from the model."""

from __future__ import annotations

import json
from typing import Any

from journeymapper.fileformat.migrations import FORMAT_NAME, FORMAT_VERSION
from journeymapper.model.journey import JourneyMap

SCHEMA_ID = "https://journeymapper.invalid/schema/journey-1.schema.json"


def journey_schema() -> dict[str, Any]:
    map_schema = JourneyMap.model_json_schema(mode="validation")
    defs = map_schema.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "JourneyMapper document",
        "description": (
            f"A customer-journey map saved by JourneyMapper, format {FORMAT_VERSION}. "
            "Cross-object rules (unique ids, references, emotions within the scale) "
            "are checked by `journeymapper validate`, not by this schema."
        ),
        "type": "object",
        "required": ["format", "format_version", "map"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"type": "string", "pattern": r"^\d+\.\d+$"},
            "map": {"$ref": "#/$defs/JourneyMap"},
        },
        "$defs": {**defs, "JourneyMap": map_schema},
    }


def schema_text() -> str:
    return json.dumps(journey_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
