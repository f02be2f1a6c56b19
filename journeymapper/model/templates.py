"""Starting points for a new map: the 5 A lifecycle, a service blueprint, or a blank grid."""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.model.entities import EmotionScale, Lane, Stage, new_id
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind, Language, display_name

TEMPLATES = ("5a", "blueprint", "blank")


@dataclass(frozen=True)
class _StageSpec:
    name: dict[str, str]
    description: dict[str, str]
    colour: str


FIVE_A = (
    _StageSpec(
        {"en": "Attract", "es": "Atraer"},
        {
            "en": "The customer first hears of us and decides we are worth a look.",
            "es": "La persona descubre la marca y decide que merece su atención.",
        },
        "#2F6FB0",
    ),
    _StageSpec(
        {"en": "Accept", "es": "Aceptar"},
        {
            "en": "They compare, trust us enough, and sign up or buy for the first time.",
            "es": "Compara opciones, gana confianza y contrata o compra por primera vez.",
        },
        "#1F7A66",
    ),
    _StageSpec(
        {"en": "Adopt", "es": "Adoptar"},
        {
            "en": "They start using what they bought and make it part of their routine.",
            "es": "Empieza a usar el producto o servicio y lo integra en su día a día.",
        },
        "#5B4FB5",
    ),
    _StageSpec(
        {"en": "Amplify", "es": "Amplificar"},
        {
            "en": "Happy customers recommend us, review us and bring others along.",
            "es": "Quien está satisfecho recomienda, opina y atrae a otras personas.",
        },
        "#A65312",
    ),
    _StageSpec(
        {"en": "Advance", "es": "Avanzar"},
        {
            "en": "The relationship grows: renewals, upgrades, new products, loyalty.",
            "es": "La relación crece: renovaciones, nuevos productos y fidelidad.",
        },
        "#9A2F66",
    ),
)

BLUEPRINT_STAGES = (
    _StageSpec({"en": "Before", "es": "Antes"}, {"en": "", "es": ""}, "#2F6FB0"),
    _StageSpec({"en": "During", "es": "Durante"}, {"en": "", "es": ""}, "#1F7A66"),
    _StageSpec({"en": "After", "es": "Después"}, {"en": "", "es": ""}, "#A65312"),
)

LANE_COLOURS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "#EEF3FA",
    LaneKind.CUSTOMER_ACTIONS: "#EEF6F3",
    LaneKind.THOUGHTS: "#F6F1FA",
    LaneKind.EMOTIONS: "#FFF8E8",
    LaneKind.PAIN_POINTS: "#FBEEEE",
    LaneKind.OPPORTUNITIES: "#EEF8EE",
    LaneKind.CHANNELS: "#F1F4F6",
    LaneKind.BACKSTAGE: "#F3F3F1",
    LaneKind.SUPPORT: "#F4F2EE",
    LaneKind.KPIS: "#EEF4F8",
    LaneKind.NOTES: "#F7F7F7",
    LaneKind.EVIDENCE: "#F5F3EC",
    LaneKind.FRONTSTAGE: "#EEF3FA",
}

FIVE_A_LANES = (
    LaneKind.CUSTOMER_ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.BACKSTAGE,
    LaneKind.KPIS,
)
BLUEPRINT_LANES = (
    LaneKind.EVIDENCE,
    LaneKind.CUSTOMER_ACTIONS,
    LaneKind.FRONTSTAGE,
    LaneKind.BACKSTAGE,
    LaneKind.SUPPORT,
)

_TITLES = {
    "5a": {"en": "Customer journey (5 A)", "es": "Viaje del cliente (5 A)"},
    "blueprint": {"en": "Service blueprint", "es": "Blueprint de servicio"},
    "blank": {"en": "Untitled journey", "es": "Viaje sin título"},
}

_SCALE_LABELS = {
    "en": {"-2": "Very unhappy", "-1": "Unhappy", "0": "Neutral", "1": "Happy", "2": "Delighted"},
    "es": {
        "-2": "Muy insatisfecho",
        "-1": "Insatisfecho",
        "0": "Neutral",
        "1": "Satisfecho",
        "2": "Encantado",
    },
}


def lane_for(kind: LaneKind, language: str) -> Lane:
    return Lane(id=new_id("ln"), name=display_name(kind, language), kind=kind, colour=LANE_COLOURS[kind])


def build_template(name: str = "5a", language: str = "en", title: str | None = None) -> JourneyMap:
    """A new map from a named template in a language ('en' or 'es')."""
    if name not in TEMPLATES:
        raise ValueError(f"unknown template {name!r}; choose one of {', '.join(TEMPLATES)}")
    lang = Language(language)
    if name == "5a":
        stage_specs: tuple[_StageSpec, ...] = FIVE_A
        lane_kinds: tuple[LaneKind, ...] = FIVE_A_LANES
    elif name == "blueprint":
        stage_specs, lane_kinds = BLUEPRINT_STAGES, BLUEPRINT_LANES
    else:
        stage_specs = (
            _StageSpec({"en": "Stage 1", "es": "Etapa 1"}, {"en": "", "es": ""}, "#2F6FB0"),
            _StageSpec({"en": "Stage 2", "es": "Etapa 2"}, {"en": "", "es": ""}, "#1F7A66"),
            _StageSpec({"en": "Stage 3", "es": "Etapa 3"}, {"en": "", "es": ""}, "#A65312"),
        )
        lane_kinds = (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS)
    stages = [
        Stage(id=new_id("st"), name=s.name[lang], description=s.description[lang], colour=s.colour)
        for s in stage_specs
    ]
    return JourneyMap(
        title=title or _TITLES[name][lang],
        language=lang,
        emotion_scale=EmotionScale(labels=dict(_SCALE_LABELS[lang])),
        stages=stages,
        lanes=[lane_for(kind, lang) for kind in lane_kinds],
    )
