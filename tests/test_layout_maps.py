"""Maps for the layout and export tests (imported by the other test_layout*/test_export* files).

`rich_map` uses every kind of content once or twice; `stress_map` is what breaks naive
layouts (crowded cells, 600-character Spanish paragraphs, 60-character words, emoji,
empty stages); `HOSTILE` lists strings that must come out of every exporter literally.
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
import zlib
from pathlib import Path

from journeymapper.model.entities import (
    Action,
    Connection,
    Emotion,
    Hypothesis,
    Kpi,
    Opportunity,
    PainPoint,
    Persona,
    Photo,
    Touchpoint,
)
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.model.vocabulary import Channel, Evidence, KpiKind, LaneKind, PainKind, Priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

HOSTILE = [
    '<font size="200">big</font>',
    "</para>",
    '<img src="/etc/passwd"/>',
    "[[[__import__('os')]]]",
    "<script>alert(1)</script>",
    "&amp; &lt; & done",
    "\u200fRTL mark\u200e and \u202eoverride",
]


def tiny_png(width: int = 4, height: int = 4) -> bytes:
    """A real PNG (solid teal) made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x1f\x7a\x66" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def lane_of(journey: JourneyMap, kind: LaneKind) -> str:
    return next(lane.id for lane in journey.lanes if lane.kind == kind)


def rich_map(language: str = "es") -> JourneyMap:
    """A 5 A map with cards, emotions, pains, KPIs, opportunities, actions and a persona."""
    journey = build_template("5a", language)
    journey.title = "Alta de cliente" if language == "es" else "Customer onboarding"
    journey.subtitle = "Mapa de prueba"
    journey.authors = ["Ana", "Luis"]
    journey.organisation = "Ejemplo S.A."
    journey.modified = dt.datetime(2024, 5, 6, tzinfo=dt.UTC)
    stages = [s.id for s in journey.stages]
    actions_lane = lane_of(journey, LaneKind.CUSTOMER_ACTIONS)
    touch_lane = lane_of(journey, LaneKind.TOUCHPOINTS)
    thoughts = lane_of(journey, LaneKind.THOUGHTS)
    channels = list(Channel)
    cards = []
    for i in range(14):
        lane = (actions_lane, touch_lane, thoughts)[i % 3]
        cards.append(
            Touchpoint(
                id=f"tp-{i:02d}",
                stage_id=stages[i % 4],
                lane_id=lane,
                order=i,
                title=f"Tarjeta {i} título",
                description="Compara tarifas en la web y pregunta a su familia. " * (i % 4),
                channel=channels[i % len(channels)] if i % 5 else None,
                evidence=list(Evidence)[i % 3],
                emotion=Emotion(score=(i % 5) - 2) if i % 4 != 3 else None,
                owner="Equipo CX" if i % 2 else "",
                tags=["piloto"] if i == 2 else [],
            )
        )
    journey.touchpoints = cards
    journey.pain_points = [
        PainPoint(
            id="pp-1",
            touchpoint_id="tp-01",
            text="Tiene que repetir sus datos",
            kind=PainKind.FRUSTRATION,
            severity=4,
            votes=7,
        ),
        PainPoint(id="pp-2", touchpoint_id="tp-01", text="Espera", kind=PainKind.INEFFICIENCY, severity=2),
        PainPoint(
            id="pp-3",
            stage_id=stages[2],
            text="Nadie le avisa del retraso",
            kind=PainKind.NEED,
            severity=5,
            votes=12,
        ),
        PainPoint(id="pp-4", touchpoint_id="tp-05", text="Falla la firma", kind=PainKind.PROBLEM),
        PainPoint(
            id="pp-5", touchpoint_id="tp-06", text="Podría recomendar", kind=PainKind.MISSED_OPPORTUNITY
        ),
    ]
    journey.kpis = [
        Kpi(id="kp-1", stage_id=stages[0], kind=KpiKind.NPS, target=30, actual=42),
        Kpi(id="kp-2", stage_id=stages[1], kind=KpiKind.CES, name="Esfuerzo", target=3, actual=4.5),
        Kpi(id="kp-3", stage_id=stages[1], kind=KpiKind.CONVERSION_RATE, unit="%", target=12.5),
    ]
    journey.opportunities = [
        Opportunity(
            id="op-1",
            stage_id=stages[2],
            text="Avisar por SMS",
            hypothesis=Hypothesis(
                strategy="avisar", need="la incertidumbre", solution="SMS", outcome="menos llamadas"
            ),
        ),
        Opportunity(id="op-2", touchpoint_id="tp-03", text="Firma digital"),
    ]
    journey.actions = [
        Action(
            id="ac-1",
            task="Diseñar el SMS",
            stage_id=stages[2],
            pain_point_ids=["pp-3"],
            priority=Priority.HIGH,
            owner="Marta",
            due=dt.date(2024, 9, 1),
        ),
        Action(id="ac-2", task="Sin etapa", pain_point_ids=["pp-1", "pp-2"]),
    ]
    journey.connections = [
        Connection(id="cn-1", source="tp-00", target="tp-01", label="luego"),
        Connection(id="cn-2", source="tp-01", target="tp-05"),
        Connection(id="cn-3", source="tp-04", target="tp-03"),
    ]
    journey.personas = [
        Persona(
            id="pe-1",
            name="Lucía",
            role="Autónoma",
            quote="Quiero entenderlo",
            goals=["Ahorrar"],
            frustrations=["Esperas"],
            photo=Photo.from_bytes(tiny_png()),
        )
    ]
    journey.main_persona_id = "pe-1"
    return journey


LONG_WORD = "Supercalifragilisticoespialidosoanticonstitucionalmentelargo"  # 60 characters
SPANISH_600 = (
    "La clienta compara durante varias semanas las condiciones de tres aseguradoras, pregunta en "
    "foros, llama dos veces al centro de atención y, aun así, no entiende por qué el precio final "
    "cambia cuando añade a su pareja como conductora ocasional; ¿dónde está la letra pequeña? ¡Nadie "
    "se lo explica con claridad! Además, el formulario pierde lo escrito si la sesión caduca, y tiene "
    "que volver a empezar desde el móvil mientras viaja en el tren de cercanías hacia la oficina, "
    "con cobertura intermitente y la batería a punto de agotarse. "
)[:600]


def stress_map() -> JourneyMap:
    """Crowded cells, very long texts and words, emoji, hostile strings and empty stages."""
    journey = build_template("5a", "es")
    stages = [s.id for s in journey.stages]
    lane = lane_of(journey, LaneKind.TOUCHPOINTS)
    other = lane_of(journey, LaneKind.BACKSTAGE)
    cards = []
    for i in range(40):
        cards.append(
            Touchpoint(
                id=f"st-{i:02d}",
                stage_id=stages[i % 2],
                lane_id=lane if i % 3 else other,
                order=i,
                title=(LONG_WORD if i % 4 == 0 else f"Paso {i} 😀 con acentos ñ ¿qué? ¡sí!")
                + (" " + LONG_WORD) * (i % 2),
                description=SPANISH_600 + (" " + LONG_WORD) * 3 if i % 2 else HOSTILE[i % len(HOSTILE)],
                channel=list(Channel)[i % 11],
                emotion=Emotion(score=(i % 5) - 2),
                evidence=list(Evidence)[i % 3],
                owner=LONG_WORD,
                tags=[LONG_WORD[:50]],
            )
        )
    journey.touchpoints = cards
    journey.pain_points = [
        PainPoint(id=f"pp-{i}", touchpoint_id=f"st-{i:02d}", text=SPANISH_600, votes=99999, severity=5)
        for i in range(0, 40, 5)
    ]
    journey.title = LONG_WORD + " " + SPANISH_600[:150]
    journey.stages[4].name = LONG_WORD + LONG_WORD
    journey.stages[3].description = SPANISH_600
    return journey


def test_rich_map_is_consistent() -> None:
    from journeymapper.model.integrity import find_problems

    assert find_problems(rich_map()) == []
    assert find_problems(stress_map()) == []


def test_generator_builds_the_requested_size() -> None:
    from generate_maps import generate_map

    from journeymapper.model.integrity import find_problems

    journey = generate_map(300, seed=3)
    assert len(journey.touchpoints) == 300
    assert find_problems(journey) == []
    assert generate_map(300, seed=3).model_dump() == journey.model_dump()
