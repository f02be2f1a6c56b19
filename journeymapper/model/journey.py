"""The whole document: one journey map and everything in it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, PrivateAttr, SerializerFunctionWrapHandler, model_serializer

from journeymapper.model.cell_index import CellIndex
from journeymapper.model.entities import (
    Action,
    Connection,
    EmotionScale,
    Entity,
    Id,
    Int,
    Kpi,
    Lane,
    Name,
    Opportunity,
    PainPoint,
    ParkedIdea,
    Participant,
    Persona,
    Stage,
    Tags,
    Text,
    Touchpoint,
)
from journeymapper.model.export_preset import ExportPreset
from journeymapper.model.vocabulary import Language, MapState


class Collection(StrEnum):
    """The map's lists of objects with ids, in the order they are stored and checked.

    A StrEnum, so each member *is* its field name: `Collection.STAGES == "stages"` and
    `getattr(journey, Collection.STAGES)` work, and code comparing with strings keeps working.
    """

    STAGES = "stages"
    LANES = "lanes"
    TOUCHPOINTS = "touchpoints"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    CONNECTIONS = "connections"
    PERSONAS = "personas"
    KPIS = "kpis"
    ACTIONS = "actions"
    PARTICIPANTS = "participants"  # format 1.1: dot-voting participants with their dots
    PARKING_LOT = "parking_lot"  # format 1.1: ideas not yet placed


COLLECTIONS: tuple[Collection, ...] = tuple(Collection)

MAX_STAGES = 60
MAX_LANES = 60
MAX_CARDS = 50_000


def now_utc() -> dt.datetime:
    """The current time, to the second: finer precision only makes noisy diffs."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class JourneyMap(Entity):
    """A customer-journey map: a grid of stages × lanes and what the team knows about it."""

    title: Name = "Untitled journey"
    subtitle: Name = ""
    description: Text = ""
    authors: Annotated[list[Name], Field(max_length=50)] = Field(default_factory=list)
    organisation: Name = ""
    language: Language = Language.EN
    created: dt.datetime = Field(default_factory=now_utc)
    modified: dt.datetime = Field(default_factory=now_utc)
    state: MapState = MapState.AS_IS
    tags: Tags = Field(default_factory=list)
    main_persona_id: Id | None = None
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    stages: Annotated[list[Stage], Field(max_length=MAX_STAGES)] = Field(default_factory=list)
    lanes: Annotated[list[Lane], Field(max_length=MAX_LANES)] = Field(default_factory=list)
    touchpoints: Annotated[list[Touchpoint], Field(max_length=MAX_CARDS)] = Field(default_factory=list)
    pain_points: Annotated[list[PainPoint], Field(max_length=MAX_CARDS)] = Field(default_factory=list)
    opportunities: Annotated[list[Opportunity], Field(max_length=MAX_CARDS)] = Field(default_factory=list)
    connections: Annotated[list[Connection], Field(max_length=MAX_CARDS)] = Field(default_factory=list)
    personas: Annotated[list[Persona], Field(max_length=100)] = Field(default_factory=list)
    kpis: Annotated[list[Kpi], Field(max_length=2_000)] = Field(default_factory=list)
    actions: Annotated[list[Action], Field(max_length=5_000)] = Field(default_factory=list)
    # Workshop tools (format 1.1, optional): dot-voting participants with their dots, the
    # dots each participant may give in a round, and ideas not yet placed on the grid.
    participants: Annotated[list[Participant], Field(max_length=100)] = Field(default_factory=list)
    dot_budget: Annotated[Int, Field(ge=1, le=100)] = 5
    parking_lot: Annotated[list[ParkedIdea], Field(max_length=MAX_CARDS)] = Field(default_factory=list)
    # Format 1.1, optional: how the team exports this map (model/export_preset.py).
    # Written only when set, so maps without one keep their bytes.
    export_preset: ExportPreset | None = None

    @model_serializer(mode="wrap")
    def _without_absent_preset(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data = handler(self)
        if isinstance(data, dict) and data.get("export_preset", 0) is None:
            del data["export_preset"]
        return data

    # Top-level keys of the file envelope that this version does not know, kept so
    # that a file from a newer minor version survives a round trip unchanged.
    _envelope_extra: dict[str, object] = PrivateAttr(default_factory=dict)
    # Cards by cell (model/cell_index.py): built on first use, kept by the commands.
    _cell_index: CellIndex | None = PrivateAttr(default=None)

    # --- lookups -------------------------------------------------------------------
    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        return self.cell_index().card(touchpoint_id)

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)

    def main_persona(self) -> Persona | None:
        if self.main_persona_id:
            return self.persona(self.main_persona_id)
        return self.personas[0] if self.personas else None

    def cell(self, stage_id: str, lane_id: str) -> list[Touchpoint]:
        """The cards of one cell, in display order (from the index: no walk over the map)."""
        return self.cell_index().cards((stage_id, lane_id))

    def cell_index(self) -> CellIndex:
        """The map's cards by cell, up to date (built again if anything moved a card unseen)."""
        index = self._cell_index
        if index is None or not index.fits(self.touchpoints):
            index = self._cell_index = CellIndex(self.touchpoints)
        return index

    def kept_cell_index(self) -> CellIndex | None:
        """The index if it is up to date, else None (without building one).

        For commands: one asks before it changes the cards, then tells the index what it
        changed and `caught_up()`; when there was no current index there is nothing to keep.
        """
        index = self._cell_index
        return index if index is not None and index.fits(self.touchpoints) else None

    def cells(self) -> dict[tuple[str, str], list[Touchpoint]]:
        """Every non-empty cell's cards in display order, in one pass over the cards."""
        grid: dict[tuple[str, str], list[Touchpoint]] = {}
        for card in self.touchpoints:
            grid.setdefault((card.stage_id, card.lane_id), []).append(card)
        for cards in grid.values():
            cards.sort(key=lambda t: t.order)
        return grid

    def pains_of_touchpoint(self, touchpoint_id: str) -> list[PainPoint]:
        return [p for p in self.pain_points if p.touchpoint_id == touchpoint_id]

    def pains_of_stage(self, stage_id: str) -> list[PainPoint]:
        return [p for p in self.pain_points if p.stage_id == stage_id]

    def dots_on(self, target_id: str) -> list[tuple[Participant, int]]:
        """Who gave dots to this pain, opportunity or card, and how many (participants' order)."""
        return [(p, p.dots[target_id]) for p in self.participants if target_id in p.dots]
