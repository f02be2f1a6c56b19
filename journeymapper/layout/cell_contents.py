"""Which cell each thing goes in: cards by their stage and lane, the rest by lane kind.

Cards name their cell. Pains on a stage, KPIs, opportunities and actions name only a
stage; they go in the first lane of the matching kind (pain points, KPIs,
opportunities), or, when the map has no such lane, in its last expanded lane so that
nothing a team wrote disappears from the poster. A collapsed host hides them.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from journeymapper.layout.display import Group
from journeymapper.layout.maplayout import Box
from journeymapper.model.entities import PainPoint, Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind

Cell = tuple[str, str]
CellPlacement = tuple[tuple, list[Group], dict[str, Box]]  # (placement key, groups, card boxes)
ExtraKey = tuple[str, str]  # (kind, id) with kind in "pain" | "kpi" | "opportunity" | "action"


class CellCardTuples:
    """`MapLayout.cell_cards`: each cell's card ids as a tuple, made again only for cells whose
    list was replaced (the engine replaces a cell's list when it changes, never edits it)."""

    def __init__(self) -> None:
        self._lists: dict[Cell, list[str]] = {}
        self._tuples: dict[Cell, tuple[str, ...]] = {}

    def of(self, cell_cards: dict[Cell, list[str]]) -> dict[Cell, tuple[str, ...]]:
        lists, old = self._lists, self._tuples
        if len(lists) == len(cell_cards) and all(lists.get(c) is ids for c, ids in cell_cards.items()):
            return old
        self._tuples = {c: old[c] if lists.get(c) is ids else tuple(ids) for c, ids in cell_cards.items()}
        self._lists = dict(cell_cards)
        return self._tuples


def scan_cards(journey: JourneyMap) -> tuple[dict[str, Touchpoint], dict[Cell, list[str]]]:
    """Cards by id, and every non-empty cell's card ids in display order (as `journey.cells()`)."""
    by_id: dict[str, Touchpoint] = {}
    grid: dict[Cell, list[Touchpoint]] = {}
    for card in journey.touchpoints:
        by_id[card.id] = card
        cell = (card.stage_id, card.lane_id)
        found = grid.get(cell)
        if found is None:
            grid[cell] = [card]
        else:
            found.append(card)
    cells: dict[Cell, list[str]] = {}
    for cell, cards in grid.items():
        if len(cards) > 1:
            cards.sort(key=_ORDER)
        cells[cell] = [c.id for c in cards]
    return by_id, cells


_ORDER = attrgetter("order")


def host_lane(journey: JourneyMap, kind: LaneKind) -> str | None:
    """The lane that holds stage-level items of `kind`, or None when they are hidden."""
    for lane in journey.lanes:
        if lane.kind == kind:
            return None if lane.collapsed else lane.id
    for lane in reversed(journey.lanes):
        if not lane.collapsed:
            return lane.id
    return None


@dataclass
class Extras:
    """Stage-level items per cell, and the pains attached to each card."""

    cells: dict[Cell, list[ExtraKey]]
    objects: dict[ExtraKey, object]
    card_pains: dict[str, list[PainPoint]]


def assign_extras(journey: JourneyMap, cards: dict[str, Touchpoint]) -> Extras:
    stage_ids = {s.id for s in journey.stages}
    first_stage = journey.stages[0].id if journey.stages else None
    pain_lane = host_lane(journey, LaneKind.PAIN_POINTS)
    kpi_lane = host_lane(journey, LaneKind.KPIS)
    opp_lane = host_lane(journey, LaneKind.OPPORTUNITIES)
    cells: dict[Cell, list[ExtraKey]] = {}
    objects: dict[ExtraKey, object] = {}
    card_pains: dict[str, list[PainPoint]] = {}

    def put(stage_id: str | None, lane_id: str | None, key: ExtraKey, obj: object) -> None:
        if stage_id is None or lane_id is None or stage_id not in stage_ids:
            return
        cells.setdefault((stage_id, lane_id), []).append(key)
        objects[key] = obj

    for pain in journey.pain_points:
        if pain.touchpoint_id is not None:
            if pain.touchpoint_id in cards:
                card_pains.setdefault(pain.touchpoint_id, []).append(pain)
        else:
            put(pain.stage_id, pain_lane, ("pain", pain.id), pain)
    for kpi in journey.kpis:
        put(kpi.stage_id, kpi_lane, ("kpi", kpi.id), kpi)
    for opp in journey.opportunities:
        stage_id = opp.stage_id
        if stage_id is None and opp.touchpoint_id is not None and opp.touchpoint_id in cards:
            stage_id = cards[opp.touchpoint_id].stage_id
        put(stage_id if stage_id is not None else first_stage, opp_lane, ("opportunity", opp.id), opp)
    for action in journey.actions:
        put(action.stage_id, opp_lane, ("action", action.id), action)
    return Extras(cells, objects, card_pains)
