"""Generate large, realistic journey maps for benchmarks and stress tests.

`generate_map(n_cards, seed)` builds a 5 A–style map with `n_cards` touchpoints spread
over enough stages that cells stay plausible (about 5 cards per cell at 100 cards,
~35 at 5,000), with emotions on most cards, pain points, connections along the path,
KPIs, opportunities and an action plan. Texts are Spanish or English sentences of
varied length built from a fixed vocabulary, so runs are reproducible for a seed.

    python benchmarks/generate_maps.py 5000 -o big.journey [--seed 1] [--lang es]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
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
    Stage,
    Touchpoint,
)
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.model.vocabulary import (
    ActionCategory,
    ActionStatus,
    Channel,
    Evidence,
    KpiKind,
    LaneKind,
    PainKind,
    Priority,
)

_WORDS = {
    "es": {
        "subjects": [
            "La clienta",
            "El usuario",
            "La persona",
            "El equipo de soporte",
            "El comercial",
            "La app",
            "El formulario",
            "La web",
            "El agente",
            "El sistema de pagos",
        ],
        "verbs": [
            "compara",
            "revisa",
            "solicita",
            "recibe",
            "abandona",
            "confirma",
            "descarga",
            "consulta",
            "espera",
            "valida",
            "comparte",
            "renueva",
        ],
        "objects": [
            "la tarifa",
            "el presupuesto",
            "la factura",
            "los términos del contrato",
            "el seguimiento",
            "la documentación",
            "el pedido",
            "la cita",
            "la garantía",
            "el código de descuento",
        ],
        "tails": [
            "sin entender bien el precio final",
            "después de tres llamadas",
            "desde el móvil en el metro",
            "porque no encuentra la información",
            "con ayuda de un familiar",
            "antes de decidir",
            "y pide una segunda opinión",
            "tras recibir un correo automático",
            "en menos de cinco minutos",
            "aunque la página tarda en cargar",
        ],
        "titles": [
            "Busca opiniones",
            "Pide presupuesto",
            "Firma el contrato",
            "Primer pago",
            "Instala la app",
            "Llama a soporte",
            "Recibe el pedido",
            "Deja una reseña",
            "Recomienda a un amigo",
            "Renueva el plan",
            "Cambia de tarifa",
            "Consulta la factura",
            "Configura su cuenta",
        ],
        "stages": ["Atraer", "Aceptar", "Adoptar", "Amplificar", "Avanzar"],
        "pains": [
            "No entiende los costes ocultos",
            "Tiene que repetir sus datos",
            "Espera demasiado al teléfono",
            "El formulario pierde lo escrito",
            "Nadie le avisa del retraso",
            "No sabe a quién preguntar",
        ],
    },
    "en": {
        "subjects": [
            "The customer",
            "The user",
            "She",
            "The support team",
            "The sales rep",
            "The app",
            "The form",
            "The website",
            "The agent",
            "The payment system",
        ],
        "verbs": [
            "compares",
            "reviews",
            "requests",
            "receives",
            "abandons",
            "confirms",
            "downloads",
            "checks",
            "waits for",
            "validates",
            "shares",
            "renews",
        ],
        "objects": [
            "the price plan",
            "the quote",
            "the invoice",
            "the contract terms",
            "the tracking page",
            "the paperwork",
            "the order",
            "the appointment",
            "the warranty",
            "the discount code",
        ],
        "tails": [
            "without understanding the final price",
            "after three phone calls",
            "on the phone on the train",
            "because the information is hard to find",
            "with help from a relative",
            "before deciding",
            "and asks for a second opinion",
            "after an automatic email",
            "in under five minutes",
            "although the page is slow to load",
        ],
        "titles": [
            "Reads reviews",
            "Asks for a quote",
            "Signs the contract",
            "First payment",
            "Installs the app",
            "Calls support",
            "Receives the order",
            "Leaves a review",
            "Recommends a friend",
            "Renews",
            "Changes plan",
            "Checks the invoice",
            "Sets up the account",
        ],
        "stages": ["Attract", "Accept", "Adopt", "Amplify", "Advance"],
        "pains": [
            "Hidden costs are unclear",
            "Has to repeat personal details",
            "Waits too long on the phone",
            "The form loses what was typed",
            "Nobody warns about the delay",
            "Does not know whom to ask",
        ],
    },
}
_COLOURS = ["#2F6FB0", "#1F7A66", "#5B4FB5", "#A65312", "#9A2F66"]
_CARD_LANES = (LaneKind.CUSTOMER_ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.BACKSTAGE)


def _sentence(rng: random.Random, words: dict[str, list[str]], sentences: int) -> str:
    out = []
    for _ in range(sentences):
        out.append(
            f"{rng.choice(words['subjects'])} {rng.choice(words['verbs'])} {rng.choice(words['objects'])} "
            f"{rng.choice(words['tails'])}."
        )
    return " ".join(out)


def stage_count(n_cards: int) -> int:
    """Enough stages that cells hold a plausible number of cards."""
    return max(5, min(60, round(math.sqrt(n_cards / 4))))


def generate_map(n_cards: int, seed: int = 0, language: str = "es") -> JourneyMap:
    """A realistic map with `n_cards` touchpoints; the same seed gives the same map."""
    rng = random.Random(seed)
    words = _WORDS[language]
    journey = build_template("5a", language)
    journey.title = "Contratación de un seguro de hogar" if language == "es" else "Buying home insurance"
    journey.subtitle = (
        "Mapa generado para pruebas de rendimiento" if language == "es" else "Generated benchmark map"
    )
    journey.authors = ["Equipo CX", "Laboratorio de servicio"]
    journey.organisation = "Aseguradora Ejemplo"
    journey.created = journey.modified = dt.datetime(2024, 5, 6, 9, 30, tzinfo=dt.UTC)
    n_stages = stage_count(n_cards)
    journey.stages = [
        Stage(
            id=f"st-{i:02d}",
            name=words["stages"][i % 5] + ("" if i < 5 else f" {i // 5 + 1}"),
            description=_sentence(rng, words, 1),
            colour=_COLOURS[i % 5],
        )
        for i in range(n_stages)
    ]
    for index, lane in enumerate(journey.lanes):
        lane.id = f"ln-{index:02d}"
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    card_lanes = [lanes[k] for k in _CARD_LANES]
    channels = list(Channel)
    per_cell: dict[tuple[str, str], int] = {}
    cards = []
    for i in range(n_cards):
        stage = journey.stages[min(n_stages - 1, i * n_stages // max(1, n_cards))].id
        lane = card_lanes[rng.randrange(len(card_lanes))]
        order = per_cell.get((stage, lane), 0)
        per_cell[(stage, lane)] = order + 1
        emotion = Emotion(score=rng.randint(-2, 2)) if rng.random() < 0.6 else None
        cards.append(
            Touchpoint(
                id=f"tp-{i:05d}",
                stage_id=stage,
                lane_id=lane,
                order=order,
                title=rng.choice(words["titles"]),
                description=_sentence(rng, words, rng.randint(1, 3)),
                channel=rng.choice(channels) if rng.random() < 0.8 else None,
                evidence=rng.choice(list(Evidence)),
                emotion=emotion,
                owner=rng.choice(["", "", "Marta (CX)", "Soporte N1"]),
            )
        )
    journey.touchpoints = cards
    journey.pain_points = [
        PainPoint(
            id=f"pp-{i:05d}",
            touchpoint_id=card.id,
            text=rng.choice(words["pains"]),
            kind=rng.choice(list(PainKind)),
            severity=rng.randint(1, 5),
            votes=rng.randint(0, 12),
        )
        for i, card in enumerate(c for c in cards if rng.random() < 0.2)
    ]
    journey.pain_points += [
        PainPoint(
            id=f"ps-{i:03d}",
            stage_id=stage.id,
            text=_sentence(rng, words, 1),
            kind=PainKind.PROBLEM,
            severity=4,
            votes=3,
        )
        for i, stage in enumerate(journey.stages)
        if i % 2 == 0
    ]
    journey.connections = [
        Connection(id=f"cn-{i:05d}", source=cards[i].id, target=cards[i + 1].id)
        for i in range(0, len(cards) - 1, 3)
    ]
    kinds = [KpiKind.NPS, KpiKind.CES, KpiKind.CSAT, KpiKind.CONVERSION_RATE, KpiKind.CHURN]
    journey.kpis = [
        Kpi(
            id=f"kp-{i:03d}",
            stage_id=stage.id,
            kind=kinds[i % 5],
            name="",
            unit="%" if i % 5 in (3, 4) else "",
            target=40.0 + i % 7,
            actual=30.0 + (i * 7) % 25,
        )
        for i, stage in enumerate(journey.stages)
    ]
    journey.opportunities = [
        Opportunity(
            id=f"op-{i:03d}",
            stage_id=stage.id,
            text=_sentence(rng, words, 1),
            hypothesis=Hypothesis(
                strategy="un aviso proactivo",
                need="la incertidumbre",
                solution="mensajes por SMS",
                outcome="menos llamadas",
            )
            if i % 2
            else Hypothesis(),
        )
        for i, stage in enumerate(journey.stages)
    ]
    pains = journey.pain_points
    journey.actions = [
        Action(
            id=f"ac-{i:03d}",
            task=_sentence(rng, words, 1),
            stage_id=stage.id,
            pain_point_ids=[pains[i % len(pains)].id] if pains else [],
            priority=list(Priority)[i % 3],
            owner="Marta",
            status=list(ActionStatus)[i % 4],
            category=list(ActionCategory)[i % 6],
            due=dt.date(2024, 9, 1 + i % 28),
            duration="2 semanas",
        )
        for i, stage in enumerate(journey.stages)
    ]
    journey.personas = [
        Persona(
            id="pe-main",
            name="Lucía Fernández",
            role="Inquilina, 34 años, teletrabaja",
            quote="Quiero entender lo que firmo sin pasarme la tarde al teléfono.",
            goals=["Proteger su piso", "Pagar un precio justo"],
            frustrations=["Letra pequeña", "Esperas largas"],
        )
    ]
    journey.main_persona_id = "pe-main"
    return journey


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", type=int, help="number of touchpoints")
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", choices=("en", "es"), default="es")
    args = parser.parse_args(argv)
    from journeymapper.fileformat import dumps_journey, write_atomically

    journey = generate_map(args.cards, args.seed, args.lang)
    write_atomically(args.output, dumps_journey(journey))
    print(f"{args.output}: {len(journey.touchpoints)} touchpoints, {len(journey.stages)} stages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
