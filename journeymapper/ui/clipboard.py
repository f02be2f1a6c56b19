"""Cards on the clipboard: our own JSON for JourneyMapper windows, plain text for everyone else.

Copying puts both a custom MIME type (the cards, their pain points and the
connections between them, as file-format JSON) and their titles as plain text.
Pasting prefers our own type and falls back to one card per line of text. Clipboard
content is untrusted input: every object is validated by the model before use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from journeymapper.model.commands import AddItem, Command, Macro, MoveCards
from journeymapper.model.entities import Connection, PainPoint, Touchpoint, new_id
from journeymapper.model.journey import JourneyMap

MIME_TYPE = "application/x-journeymapper-cards+json"
PAYLOAD_FORMAT = "journeymapper-cards"
MAX_PASTE_BYTES = 8 * 1024 * 1024
MAX_PASTE_CARDS = 5_000


@dataclass
class CardBundle:
    """Cards with what travels along with them."""

    cards: list[Touchpoint] = field(default_factory=list)
    pains: list[PainPoint] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.cards


def bundle_of(journey: JourneyMap, card_ids: list[str]) -> CardBundle:
    wanted = set(card_ids)
    by_id = {card.id: card for card in journey.touchpoints}
    return CardBundle(
        cards=[by_id[i].model_copy(deep=True) for i in card_ids if i in by_id],
        pains=[p.model_copy(deep=True) for p in journey.pain_points if p.touchpoint_id in wanted],
        connections=[
            c.model_copy(deep=True) for c in journey.connections if c.source in wanted and c.target in wanted
        ],
    )


def to_mime(bundle: CardBundle) -> QMimeData:
    payload = {
        "format": PAYLOAD_FORMAT,
        "version": 1,
        "cards": [c.model_dump(mode="json") for c in bundle.cards],
        "pain_points": [p.model_dump(mode="json") for p in bundle.pains],
        "connections": [c.model_dump(mode="json") for c in bundle.connections],
    }
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.title or "…" for card in bundle.cards))
    return mime


def _validated(model: type[Any], raw: object) -> Any | None:
    try:
        return model.model_validate(raw)
    except (ValidationError, TypeError, ValueError):
        return None


def from_mime(mime: QMimeData | None) -> CardBundle | None:
    """The cards on the clipboard: ours if present, else one card per non-empty text line."""
    if mime is None:
        return None
    if mime.hasFormat(MIME_TYPE):
        raw = bytes(mime.data(MIME_TYPE).data())
        if len(raw) <= MAX_PASTE_BYTES:
            try:
                payload = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                payload = None
            if isinstance(payload, dict) and payload.get("format") == PAYLOAD_FORMAT:
                bundle = CardBundle()
                for key, model, out in (
                    ("cards", Touchpoint, bundle.cards),
                    ("pain_points", PainPoint, bundle.pains),
                    ("connections", Connection, bundle.connections),
                ):
                    items = payload.get(key, [])
                    for raw_item in items[:MAX_PASTE_CARDS] if isinstance(items, list) else []:
                        obj = _validated(model, raw_item)
                        if obj is not None:
                            out.append(obj)
                if bundle.cards:
                    return bundle
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        cards = [
            Touchpoint(id=new_id("tp"), stage_id="x", lane_id="x", title=line[:200])
            for line in lines[:MAX_PASTE_CARDS]
        ]
        return CardBundle(cards=cards) if cards else None
    return None


def paste_command(
    journey: JourneyMap, bundle: CardBundle, stage_id: str, lane_id: str, index: int | None = None
) -> tuple[Command, list[str]]:
    """One command adding fresh copies of `bundle` to a cell (at `index`, default the end)."""
    ids = {card.id: new_id("tp") for card in bundle.cards}
    scale = journey.emotion_scale
    children: list[Command] = []
    count = len(journey.cell(stage_id, lane_id))
    for offset, card in enumerate(bundle.cards):
        copy = card.model_copy(
            deep=True,
            update={
                "id": ids[card.id],
                "stage_id": stage_id,
                "lane_id": lane_id,
                "order": count + offset,
            },
        )
        if copy.emotion is not None:
            copy.emotion = copy.emotion.model_copy(
                update={"score": max(scale.min, min(scale.max, copy.emotion.score))}
            )
        children.append(AddItem("touchpoints", copy))
    for pain in bundle.pains:
        if pain.touchpoint_id in ids:
            children.append(
                AddItem(
                    "pain_points",
                    pain.model_copy(
                        deep=True, update={"id": new_id("pp"), "touchpoint_id": ids[pain.touchpoint_id]}
                    ),
                )
            )
    for link in bundle.connections:
        if link.source in ids and link.target in ids:
            children.append(
                AddItem(
                    "connections",
                    link.model_copy(
                        deep=True,
                        update={"id": new_id("cn"), "source": ids[link.source], "target": ids[link.target]},
                    ),
                )
            )
    new_ids = list(ids.values())
    if index is not None and index < count:
        children.append(MoveCards(new_ids, stage_id, lane_id, index))
    return Macro("Paste", children), new_ids


def duplicate_command(journey: JourneyMap, card_ids: list[str]) -> tuple[Command, list[str]]:
    """Copies of the cards right after the originals, each in its own cell."""
    by_cell: dict[tuple[str, str], list[str]] = {}
    for card in journey.touchpoints:
        if card.id in card_ids:
            by_cell.setdefault((card.stage_id, card.lane_id), []).append(card.id)
    children: list[Command] = []
    new_ids: list[str] = []
    for (stage_id, lane_id), ids in by_cell.items():
        cell = journey.cell(stage_id, lane_id)
        last = max(i for i, card in enumerate(cell) if card.id in ids)
        command, added = paste_command(
            journey, bundle_of(journey, [c.id for c in cell if c.id in ids]), stage_id, lane_id
        )
        children.append(command)
        children.append(MoveCards(added, stage_id, lane_id, last + 1))
        new_ids += added
    return Macro("Duplicate", children), new_ids
