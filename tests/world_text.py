"""A world-text stress map: every script the bundled fonts cover, long words, a crowded cell.

Built from the shop example so it has every part of a poster (persona, KPIs, curve).
"""

from __future__ import annotations

from journeymapper.fileformat import load_journey
from journeymapper.model.entities import Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.resources import resource

WORLD_STRINGS = {
    "es": "Pago rápido 👍 con tarjeta",
    "zh": "中文客户旅程地图",
    "ja": "日本語のテキストです",
    "ko": "한국어 고객 여정",
    "ar": "مرحبا بالعالم",
    "he": "שלום עולם",
    "el": "Ελληνικά γράμματα",
    "ru": "Русский текст",
    "emoji": "😀 🎉 ❤️",
    "long": "Donaudampfschifffahrtsgesellschaftskapitänsmütze",
}


def world_text_map() -> JourneyMap:
    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    journey.title = "世界 · عالم · Мир · 🌍 world map"
    cards = journey.touchpoints
    for card, text in zip(cards, WORLD_STRINGS.values(), strict=False):
        card.title = text
        card.description = text + " — " + text
    first = cards[0]
    for index in range(12):  # many cards in one cell
        cards.append(
            Touchpoint(
                id=f"crowd-{index}",
                stage_id=first.stage_id,
                lane_id=first.lane_id,
                order=100 + index,
                title=list(WORLD_STRINGS.values())[index % len(WORLD_STRINGS)],
            )
        )
    journey.stages[0].description = "עברית and العربية and 中文 in one description that goes on and on"
    return journey
