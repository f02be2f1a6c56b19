"""Dot-voting dots on the poster: each participant's dots in their colour, on what they voted for.

Votes live per participant (`Participant.dots`), so the dots of one pain point, opportunity
or card are gathered here and drawn as a row of small filled circles along the bottom-right
edge of the object's box, with a light ring so they read on any fill. One group per voted
object (role "vote-dots", ref = the object's id) keeps a dot's edit to one small redraw;
`VoteDots.update` returns the very same group objects while nothing about them changed, which
is what the engine's incremental update relies on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from journeymapper.layout.display import Circle, Group
from journeymapper.model.journey import JourneyMap

DOT_R = 3.3
DOT_STEP = 8.2
INSET = 5.0
RING = "#FFFFFF"

Box = tuple[float, float, float, float]  # x, y, w, h


def dots_by_target(journey: JourneyMap) -> dict[str, list[tuple[str, str]]]:
    """target id → [(colour, participant name)], one entry per dot, in the participants' order."""
    found: dict[str, list[tuple[str, str]]] = {}
    for participant in journey.participants:
        for target, count in participant.dots.items():
            found.setdefault(target, []).extend([(participant.colour, participant.name)] * count)
    return found


def dots_group(target: str, box: Box, dots: list[tuple[str, str]]) -> Group:
    x, y, w, h = box
    per_row = max(1, int((w - 2 * INSET) // DOT_STEP))
    rows = (len(dots) + per_row - 1) // per_row
    items = []
    for index, (colour, _name) in enumerate(dots):
        row, col = divmod(index, per_row)
        cx = x + w - INSET - DOT_R - col * DOT_STEP
        cy = y + h - INSET - DOT_R - (rows - 1 - row) * DOT_STEP
        items.append(
            Circle(cx, cy, DOT_R, fill=colour, stroke=RING, stroke_width=0.9, ref=target, role="vote-dot")
        )
    left = x + w - INSET - DOT_R - (min(len(dots), per_row) - 1) * DOT_STEP - DOT_R - 1
    top = y + h - INSET - rows * DOT_STEP - 1
    names: dict[str, int] = {}
    for _colour, name in dots:
        names[name] = names.get(name, 0) + 1
    desc = " · ".join(f"{name} {count}" for name, count in names.items())
    return Group(target, "vote-dots", left, top, x + w - left, y + h - top, tuple(items), "", desc)


def target_boxes(cards: Mapping[str, Any], cells: Iterable[Any]) -> dict[str, Box]:
    """Where each votable object is drawn: cards by their boxes, pains and opportunities by their groups."""
    boxes = {card_id: (b.x, b.y, b.w, b.h) for card_id, b in cards.items()}
    for placement in cells:
        for group in placement[1]:
            if isinstance(group, Group) and group.role in ("pain", "opportunity"):
                boxes[group.ref] = (group.x, group.y, group.w, group.h)
    return boxes


class VoteDots:
    """The vote groups of the current layout, kept as the same objects while unchanged."""

    def __init__(self) -> None:
        self.groups: dict[str, Group] = {}
        self._keys: dict[str, tuple[Box, tuple[tuple[str, str], ...]]] = {}

    def update(self, journey: JourneyMap, cards: Mapping[str, Any], cells: Iterable[Any]) -> dict[str, Group]:
        """The vote groups for `journey`, given the card boxes and the cells' placements."""
        dots = dots_by_target(journey)
        if not dots and not self.groups:
            return self.groups
        boxes = target_boxes(cards, cells) if dots else {}
        groups: dict[str, Group] = {}
        keys: dict[str, tuple[Box, tuple[tuple[str, str], ...]]] = {}
        for target, entries in dots.items():
            box = boxes.get(target)
            if box is None:
                continue  # not drawn (deleted, or in a collapsed lane)
            key = (box, tuple(entries))
            keys[target] = key
            old = self.groups.get(target)
            groups[target] = (
                old if old is not None and self._keys.get(target) == key else dots_group(target, box, entries)
            )
        if groups.keys() == self.groups.keys() and all(groups[k] is self.groups[k] for k in groups):
            return self.groups  # nothing changed: the same dict, so the engine skips it
        self.groups, self._keys = groups, keys
        return groups
