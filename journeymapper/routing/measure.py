"""Measuring arrows against cards: the routing goal is stated as a number tests check.

"No arrow passes through a card it does not connect": count, over every connection
drawn in a layout, the segments that cross the inside of an unrelated card's box.
"""

from __future__ import annotations

from journeymapper.layout.display import Path
from journeymapper.layout.maplayout import MapLayout
from journeymapper.model.journey import JourneyMap
from journeymapper.routing.orthogonal import Point, segment_hits

_SAMPLES = 16  # points per Bézier piece when an arrow is a curve


def _polyline(path: Path) -> list[Point]:
    points: list[Point] = []
    for op in path.ops:
        if op[0] in ("M", "L"):
            points.append((op[1], op[2]))
        elif op[0] == "C":
            x0, y0 = points[-1]
            for k in range(1, _SAMPLES + 1):
                t = k / _SAMPLES
                u = 1 - t
                points.append(
                    (
                        u**3 * x0 + 3 * u * u * t * op[1] + 3 * u * t * t * op[3] + t**3 * op[5],
                        u**3 * y0 + 3 * u * u * t * op[2] + 3 * u * t * t * op[4] + t**3 * op[6],
                    )
                )
    return points


BLOCK_ROLES = frozenset({"card", "pain", "opportunity", "kpi", "action"})


def crossings(
    journey: JourneyMap, layout: MapLayout, roles: frozenset[str] = frozenset({"card"})
) -> list[tuple[str, str]]:
    """(connection id, card id) for every arrow passing through an unrelated card.

    With `roles=BLOCK_ROLES`, pains, opportunities, KPIs and actions count as well.
    """
    ends = {link.id: (link.source, link.target) for link in journey.connections}
    boxes = {
        g.ref: (g.x, g.y, g.w, g.h) for g in layout.display.groups() if g.role in roles and g.role != "card"
    }
    boxes.update((card_id, box.as_tuple()) for card_id, box in layout.cards.items())
    found: list[tuple[str, str]] = []
    for group in layout.display.groups("connection"):
        related = ends.get(group.ref, ())
        for item in group.items:
            if not (isinstance(item, Path) and item.role == "connection"):
                continue
            points = _polyline(item)
            for card_id, rect in boxes.items():
                if card_id in related:
                    continue
                if any(segment_hits(a, b, rect) for a, b in zip(points, points[1:], strict=False)):
                    found.append((group.ref, card_id))
    return found
