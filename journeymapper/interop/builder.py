"""One way for every importer to assemble a map: stages, lanes and cards by name.

Importers speak in names ("stage 'Buy', lane 'Backstage'"); the builder turns them into
ids, colours and orders, shortens text that exceeds the model's limits (keeping the full
text in the description and saying so), and validates the finished map with the same
rules as a `.journey` file, so an import can never produce a file we would refuse to open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from journeymapper.interop.errors import ImportProblem, ImportReport, Said, said
from journeymapper.messages import QT_TRANSLATE_NOOP
from journeymapper.model.entities import (
    MAX_NAME,
    MAX_TAGS,
    MAX_TEXT,
    Connection,
    Emotion,
    EmotionScale,
    Lane,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymapper.model.integrity import find_problems
from journeymapper.model.journey import MAX_CARDS, MAX_LANES, MAX_STAGES, JourneyMap
from journeymapper.model.templates import _SCALE_LABELS, FIVE_A, LANE_COLOURS
from journeymapper.model.vocabulary import Channel, Evidence, LaneKind, Language, PainKind, display_name

STAGE_COLOURS = tuple(spec.colour for spec in FIVE_A)


def fit_name(text: str) -> tuple[str, str]:
    """(name within the model's limit, overflow to keep elsewhere or '')."""
    text = " ".join(text.split())
    if len(text) <= MAX_NAME:
        return text, ""
    return text[: MAX_NAME - 1] + "…", text


def fit_text(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


@dataclass
class CardFields:
    """Everything an importer may know about one card besides where it sits."""

    title: str
    description: str = ""
    channel: Channel | None = None
    channel_detail: str = ""
    owner: str = ""
    evidence: Evidence | None = None
    score: int | None = None
    tags: list[str] = field(default_factory=list)
    place: Said = ""  # where it came from, for warnings


class JourneyBuilder:
    def __init__(
        self, report: ImportReport, title: str = "", language: str = "en", scale: EmotionScale | None = None
    ) -> None:
        self.report = report
        lang = Language(language if language in {"en", "es"} else "en")
        self.map = JourneyMap(
            title=fit_name(title)[0] or ("Viaje importado" if lang == Language.ES else "Imported journey"),
            language=lang,
            emotion_scale=scale or EmotionScale(labels=dict(_SCALE_LABELS[lang])),
        )
        self._stages: dict[str, str] = {}
        self._lanes: dict[str, str] = {}
        self._personas: dict[str, str] = {}
        self._orders: dict[tuple[str, str], int] = {}

    # --- grid ------------------------------------------------------------------------
    def stage(self, name: str, place: Said = "") -> str:
        unnamed = "Etapa" if self.map.language == Language.ES else "Stage"
        name = fit_name(name)[0] or f"{unnamed} {len(self._stages) + 1}"
        key = name.casefold()
        if key not in self._stages:
            if len(self.map.stages) >= MAX_STAGES:
                too_many = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 stages")
                raise ImportProblem(self.report.source, place, said(too_many, MAX_STAGES))
            stage_id = f"st-{len(self.map.stages) + 1}"
            colour = STAGE_COLOURS[len(self.map.stages) % len(STAGE_COLOURS)]
            self.map.stages.append(Stage(id=stage_id, name=name, colour=colour))
            self._stages[key] = stage_id
        return self._stages[key]

    def lane(self, name: str, kind: LaneKind = LaneKind.TOUCHPOINTS, place: Said = "") -> str:
        name = fit_name(name)[0] or display_name(kind, self.map.language)
        key = name.casefold()
        if key not in self._lanes:
            if len(self.map.lanes) >= MAX_LANES:
                too_many = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 lanes")
                raise ImportProblem(self.report.source, place, said(too_many, MAX_LANES))
            lane_id = f"ln-{len(self.map.lanes) + 1}"
            self.map.lanes.append(Lane(id=lane_id, name=name, kind=kind, colour=LANE_COLOURS[kind]))
            self._lanes[key] = lane_id
        return self._lanes[key]

    def persona(self, name: str) -> str:
        name = fit_name(name)[0]
        key = name.casefold()
        if key not in self._personas and len(self.map.personas) < 100:
            persona_id = f"pe-{len(self.map.personas) + 1}"
            self.map.personas.append(Persona(id=persona_id, name=name))
            self._personas[key] = persona_id
        return self._personas.get(key, "")

    # --- content -----------------------------------------------------------------------
    def card(self, stage_id: str, lane_id: str, fields: CardFields) -> Touchpoint:
        if len(self.map.touchpoints) >= MAX_CARDS:
            too_many = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 cards")
            raise ImportProblem(self.report.source, fields.place, said(too_many, MAX_CARDS))
        title, overflow = fit_name(fields.title)
        description = fields.description
        if overflow:
            description = overflow + ("\n\n" + description if description else "")
            long_title = QT_TRANSLATE_NOOP(
                "ImportMessage", "title longer than %1 characters: kept in full in the description"
            )
            self.report.warn(fields.place, said(long_title, MAX_NAME))
        cell = (stage_id, lane_id)
        order = self._orders.get(cell, 0)
        self._orders[cell] = order + 1
        card = Touchpoint(
            id=f"tp-{len(self.map.touchpoints) + 1}",
            stage_id=stage_id,
            lane_id=lane_id,
            order=order,
            title=title,
            description=fit_text(description),
            channel=fields.channel,
            channel_detail=fit_name(fields.channel_detail)[0],
            owner=fit_name(fields.owner)[0],
            evidence=fields.evidence or Evidence.ASSUMED,
            tags=_tags(fields.tags),
            emotion=Emotion(score=fields.score) if fields.score is not None else None,
        )
        self.map.touchpoints.append(card)
        return card

    def pain(self, card_id: str, text: str, kind: PainKind = PainKind.FRUSTRATION, severity: int = 3) -> None:
        self.map.pain_points.append(
            PainPoint(
                id=f"pp-{len(self.map.pain_points) + 1}",
                touchpoint_id=card_id,
                text=fit_text(text),
                kind=kind,
                severity=min(5, max(1, severity)),
            )
        )

    def connect(self, source: str, target: str, label: str = "") -> None:
        if len(self.map.connections) < MAX_CARDS:
            self.map.connections.append(
                Connection(
                    id=f"cn-{len(self.map.connections) + 1}",
                    source=source,
                    target=target,
                    label=fit_name(label)[0],
                )
            )

    def chain(self, cards: list[Touchpoint]) -> None:
        """Connect cards in the order they were read: the customer's path as written."""
        for before, after in zip(cards, cards[1:], strict=False):
            self.connect(before.id, after.id)

    def build(self) -> JourneyMap:
        """The finished map, checked with the rules every `.journey` file obeys."""
        journey = self.map
        if not journey.stages:
            journey.stages.append(Stage(id="st-1", name="Stage 1" if journey.language == "en" else "Etapa 1"))
        if not journey.lanes:
            self.lane("", LaneKind.TOUCHPOINTS)
        try:
            journey = JourneyMap.model_validate(journey.model_dump(mode="python"))
        except ValidationError as error:  # pragma: no cover - the builder only makes valid parts
            raise ImportProblem(self.report.source, "", f"the imported map is invalid: {error}") from None
        problems = find_problems(journey)
        if problems:  # pragma: no cover - ditto; a bug here must not write a broken file
            raise ImportProblem(self.report.source, "", f"the imported map is inconsistent: {problems[0]}")
        self.report.counts.update(
            {
                "stages": len(journey.stages),
                "lanes": len(journey.lanes),
                "cards": len(journey.touchpoints),
                "connections": len(journey.connections),
                "personas": len(journey.personas),
                "pain points": len(journey.pain_points),
            }
        )
        return journey


def _tags(values: list[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        tag = " ".join(value.split())[:60]
        if tag and tag not in tags and len(tags) < MAX_TAGS:
            tags.append(tag)
    return tags
