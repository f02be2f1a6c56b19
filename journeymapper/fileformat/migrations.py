"""Upgrading older .journey documents in memory, one format version at a time.

Each migration takes the envelope of version X (a plain dict, as parsed) and returns
the envelope of the next version. The reader chains them until the current version.
Version 0.9 was the development draft of the format: cards stored a bare emotion
number and named their cell with `stage`/`lane` rather than `stage_id`/`lane_id`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT_NAME = "journeymapper"
FORMAT_VERSION = "1.1"

Envelope = dict[str, Any]
Migration = Callable[[Envelope], Envelope]

# from-version → (to-version, function)
MIGRATIONS: dict[str, tuple[str, Migration]] = {}


def migration(source: str, target: str) -> Callable[[Migration], Migration]:
    def register(function: Migration) -> Migration:
        MIGRATIONS[source] = (target, function)
        return function

    return register


def parse_version(text: object) -> tuple[int, int] | None:
    """'MAJOR.MINOR' as a pair of ints, or None when the text is not a version."""
    if not isinstance(text, str):
        return None
    parts = text.split(".")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 4 for p in parts):
        return None
    return int(parts[0]), int(parts[1])


@migration("0.9", "1.0")
def _draft_to_1_0(envelope: Envelope) -> Envelope:
    journey = envelope.get("map")
    cards = journey.get("touchpoints") if isinstance(journey, dict) else None
    if isinstance(cards, list):  # anything else is left for validation to name, not to crash on
        for card in cards:
            if not isinstance(card, dict):
                continue
            if "stage" in card and "stage_id" not in card:
                card["stage_id"] = card.pop("stage")
            if "lane" in card and "lane_id" not in card:
                card["lane_id"] = card.pop("lane")
            if isinstance(card.get("emotion"), int) and not isinstance(card.get("emotion"), bool):
                card["emotion"] = {"score": card["emotion"]}
    envelope["format_version"] = "1.0"
    return envelope


@migration("1.0", "1.1")
def _1_0_to_1_1(envelope: Envelope) -> Envelope:
    """1.1 only adds optional fields (workshop participants and their dots, the dot budget,
    the parking lot, collapsed stages), each with a default: a 1.0 map is a valid 1.1 map
    as it is. A pain's `votes` count stays what it was and still counts beside the dots."""
    envelope["format_version"] = "1.1"
    return envelope


def migrate(envelope: Envelope, version: str) -> tuple[Envelope, list[str]]:
    """Bring an envelope of an older known version up to FORMAT_VERSION; returns the steps taken."""
    steps = []
    while version != FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise KeyError(version)
        target, function = MIGRATIONS[version]
        envelope = function(envelope)
        steps.append(f"{version} → {target}")
        version = target
    return envelope, steps
