"""What an edit invalidates, and which groups an update really changed.

The engine turns the model's `Change`s into a `Plan` (what to redo) and, after
re-laying out, reports the groups that differ: an identity check first (reused
groups are the very same objects), then value equality of the frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from journeymapper.layout.cell_contents import CellPlacement
from journeymapper.layout.connections import ArrowSpan, LocalGroup
from journeymapper.layout.display import Group
from journeymapper.layout.maplayout import LayoutDelta, MapLayout
from journeymapper.model.commands import Change

GroupKey = tuple[str, str]
TITLE_FIELDS = {
    "title",
    "subtitle",
    "description",
    "authors",
    "organisation",
    "modified",
    "state",
    "main_persona_id",
}
MEMBERSHIP_FIELDS = {"stage_id", "lane_id", "order", "id"}


@dataclass
class Plan:
    """What an update has to redo."""

    full: bool = False
    rescan: bool = False  # cards were added or removed: rebuild the cell lists from the map
    moved: set[str] = field(default_factory=set)  # cards that changed cell or order
    measure_only: bool = False  # stop after measuring and stacking (to compare column counts)
    cards: set[str] | None = None  # cards to re-measure
    extras: bool = False
    connections: bool = False
    emotion: bool = False
    title: bool = False
    legend: bool = False


def plan_changes(changes: list[Change]) -> Plan:
    """What to redo after `changes`; `full` for anything structural (stages, lanes, scale)."""
    plan = Plan(cards=set())
    assert plan.cards is not None
    for change in changes:
        collection, fields = change.collection, set(change.fields)
        if collection == "map":
            if not fields or fields & {"emotion_scale", "language"}:
                plan.full = True
            if fields & TITLE_FIELDS:
                plan.title = True
        elif collection in ("stages", "lanes"):
            plan.full = True
        elif collection == "touchpoints":
            if (
                change.action in ("added", "removed")
                or (change.action == "updated" and not fields)
                or "id" in fields
                or change.id is None
            ):
                plan.rescan = plan.emotion = plan.legend = True
            elif change.action == "moved" or fields & MEMBERSHIP_FIELDS:
                plan.moved.add(change.id)
                plan.cards.add(change.id)
                plan.emotion = True
            elif change.id is not None:
                plan.cards.add(change.id)
                if "emotion" in fields:
                    plan.emotion = True
                if "channel" in fields:
                    plan.legend = True
        elif collection in ("pain_points", "kpis", "opportunities", "actions"):
            plan.extras = True
        elif collection == "connections":
            plan.connections = plan.legend = True
        elif collection == "personas":
            plan.title = True
    return plan


def diff_layouts(old: Mapping[GroupKey, Group], layout: MapLayout) -> LayoutDelta:
    new = layout.groups
    added: list[GroupKey] = []
    changed: list[GroupKey] = []
    for key, group in new.items():
        previous = old.get(key)
        if previous is None:
            added.append(key)
        elif previous is not group and previous != group:
            changed.append(key)
    removed = [key for key in old if key not in new]
    return LayoutDelta(layout, added, changed, removed)


@dataclass
class Sections:
    """The parts a layout is assembled from, kept to see what the next update replaced.

    The engine reuses unchanged parts as the very same objects, so comparing parts by
    identity finds the few groups an edit touched without looking at the other 10,000.
    """

    singles: dict[str, Group | None]  # title block, emotion curve, legend
    frame: list[Group]
    connections: dict[str, Group | ArrowSpan]  # the editor's plain arrows are spans (see rows.py)
    cells: dict[tuple[str, str], CellPlacement]
    points: Mapping[str, Group]
    # The points again, by stage in the same order; a stage's dict is kept while its points are.
    point_stages: dict[str, dict[str, Group]] | None = None
    # When `connections` was patched from another dict: (that dict, the ids redone in the
    # order of `connections`, the ids removed), so the others need no comparing.
    connections_patch: tuple[dict[str, Group | ArrowSpan], list[str], list[str]] | None = None
    votes: dict[str, Group] = field(default_factory=dict)  # dot-voting dots, by voted object
    vote_lanes: dict[str, str] = field(default_factory=dict)  # voted object -> the lane of its row


def _key(group: LocalGroup) -> GroupKey:
    return (group.role, group.ref)


def replaced_frame(old: list[Group], new: list[Group]) -> tuple[list[Group], list[Group]]:
    """The frame's groups that were replaced: (those before, those now).

    The frame layer reuses unchanged groups in the same order, so for the same grid (as
    many groups) the replaced ones are those that are not the very same object: a grown
    row's cells, its lane label and the seams, not the 400 other cells at 10,000 cards.
    """
    if len(old) != len(new):
        return old, new
    pairs = [(before, after) for before, after in zip(old, new, strict=True) if before is not after]
    return [before for before, _ in pairs], [after for _, after in pairs]


def touched_groups(old: Sections, new: Sections) -> tuple[list[LocalGroup], set[GroupKey]]:
    """Groups that may be new or different, and keys that may be gone."""
    touched: list[LocalGroup] = []
    gone: set[GroupKey] = set()
    for name, group in new.singles.items():
        before = old.singles.get(name)
        if before is not group:
            if before is not None:
                gone.add(_key(before))
            if group is not None:
                touched.append(group)
    if old.frame is not new.frame:
        frame_was, frame_now = replaced_frame(old.frame, new.frame)
        gone.update(_key(g) for g in frame_was)
        touched.extend(frame_now)
    for role, before_map, after_map in (
        ("connection", old.connections, new.connections),
        ("emotion-point", old.points, new.points),
        ("vote-dots", old.votes, new.votes),
    ):
        if before_map is after_map:
            continue
        patch = new.connections_patch if role == "connection" else None
        if patch is not None and patch[0] is before_map:
            touched.extend(after_map[ref] for ref in patch[1] if before_map.get(ref) is not after_map[ref])
            gone.update((role, ref) for ref in patch[2])
        elif role == "emotion-point" and old.point_stages is not None and new.point_stages is not None:
            _touched_points(old.point_stages, new.point_stages, before_map, after_map, touched, gone)
        else:
            touched.extend(g for ref, g in after_map.items() if before_map.get(ref) is not g)
            gone.update((role, ref) for ref in before_map.keys() - after_map.keys())
    for cell, entry in new.cells.items():
        placed_before = old.cells.get(cell)
        if placed_before is not entry:
            if placed_before is not None:
                gone.update(_key(g) for g in placed_before[1])
            touched.extend(entry[1])
    for cell in old.cells.keys() - new.cells.keys():
        gone.update(_key(g) for g in old.cells[cell][1])
    return touched, gone


def _touched_points(
    old_stages: dict[str, dict[str, Group]],
    new_stages: dict[str, dict[str, Group]],
    before: Mapping[str, LocalGroup],
    after: Mapping[str, LocalGroup],
    touched: list[LocalGroup],
    gone: set[GroupKey],
) -> None:
    """Emotion points that may differ, looking only into the stages whose dict was replaced.

    A card's point is in one stage's dict; a dict kept from the last layout holds the same
    groups as before, so the result is the same as comparing every point, in the same order.
    """
    for stage_id, groups in new_stages.items():
        if old_stages.get(stage_id) is not groups:
            touched.extend(g for ref, g in groups.items() if before.get(ref) is not g)
    for stage_id, groups in old_stages.items():
        if new_stages.get(stage_id) is not groups:
            gone.update(("emotion-point", ref) for ref in groups if ref not in after)


def patch_groups(
    old: Mapping[GroupKey, LocalGroup], touched: list[LocalGroup], gone: set[GroupKey]
) -> tuple[dict[GroupKey, LocalGroup], list, list, list]:
    """The new (role, ref) → Group map from the old one, with added, changed and removed keys."""
    groups = dict(old)
    touched_keys = {_key(g) for g in touched}
    removed = [key for key in gone if key not in touched_keys]
    for key in removed:
        groups.pop(key, None)
    added: list[GroupKey] = []
    changed: list[GroupKey] = []
    for group in touched:
        key = _key(group)
        before = old.get(key)
        if before is None:
            added.append(key)
        elif before is not group and before != group:
            changed.append(key)
        groups[key] = group
    return groups, added, changed, [key for key in removed if key in old]
