"""Dot-voting dots on the poster: each participant's dots in their colour, on what they voted for.

Votes live per participant (`Participant.dots`), so the dots of one pain point, opportunity
or card are gathered here and drawn as a row of small filled circles sitting on the bottom edge
of the object's box, at its right, with a light ring so they read on any fill. One group per voted
object (role "vote-dots", ref = the object's id) keeps a dot's edit to one small redraw;
`VoteDots.update` returns the very same group objects while nothing about them changed, which
is what the engine's incremental update relies on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from journeymapper.layout.display import Circle, Group
from journeymapper.model.journey import JourneyMap

DOT_R = 3.3
DOT_STEP = 8.2
INSET = 5.0
RING = "#FFFFFF"
VOTABLE_ROLES = ("card", "pain", "opportunity")

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
        cy = y + h - (rows - 1 - row) * DOT_STEP  # on the bottom edge: never over the text
        items.append(
            Circle(cx, cy, DOT_R, fill=colour, stroke=RING, stroke_width=0.9, ref=target, role="vote-dot")
        )
    left = x + w - INSET - DOT_R - (min(len(dots), per_row) - 1) * DOT_STEP - DOT_R - 1
    top = y + h - (rows - 1) * DOT_STEP - DOT_R - 1
    names: dict[str, int] = {}
    for _colour, name in dots:
        names[name] = names.get(name, 0) + 1
    desc = " · ".join(f"{name} {count}" for name, count in names.items())
    return Group(
        target, "vote-dots", left, top, x + w - left, y + h + DOT_R + 1 - top, tuple(items), "", desc
    )


def target_boxes(cells: Mapping[tuple[str, str], Any]) -> dict[str, tuple[Box, str]]:
    """Each votable object's box as its cell placed it (row-relative), and its lane."""
    boxes: dict[str, tuple[Box, str]] = {}
    for (_stage, lane), placement in cells.items():
        for group in placement[1]:
            if isinstance(group, Group) and group.role in VOTABLE_ROLES:
                boxes[group.ref] = ((group.x, group.y, group.w, group.h), lane)
    return boxes


class VoteDots:
    """The vote groups of the current layout, kept as the same objects while unchanged."""

    def __init__(self) -> None:
        self.groups: dict[str, Group] = {}
        self.lanes: dict[str, str] = {}  # voted object id → the lane whose row its dots belong to
        self._keys: dict[str, tuple[Box, tuple[tuple[str, str], ...]]] = {}

    def update(self, journey: JourneyMap, cells: Mapping[tuple[str, str], Any]) -> dict[str, Group]:
        """The vote groups for `journey`, in the row-relative coordinates of the cells' placements.

        Like the cards they sit on, the groups belong to their lane's row (`lanes`), so a row
        that moves carries its dots along.
        """
        dots = dots_by_target(journey)
        if not dots and not self.groups:
            return self.groups
        placed = target_boxes(cells) if dots else {}
        lanes: dict[str, str] = {}
        groups: dict[str, Group] = {}
        keys: dict[str, tuple[Box, tuple[tuple[str, str], ...]]] = {}
        for target, entries in dots.items():
            if target not in placed:
                continue  # not drawn (deleted, or in a collapsed lane)
            box, lanes[target] = placed[target]
            key = (box, tuple(entries))
            keys[target] = key
            old = self.groups.get(target)
            groups[target] = (
                old if old is not None and self._keys.get(target) == key else dots_group(target, box, entries)
            )
        if groups.keys() == self.groups.keys() and all(groups[k] is self.groups[k] for k in groups):
            return self.groups  # nothing changed: the same dict, so the engine skips it
        self.groups, self._keys, self.lanes = groups, keys, lanes
        return groups
