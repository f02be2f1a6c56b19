"""Findings a team should discuss, each phrased as a question and tied to its cards.

The analysis does not grade the map; it points at places and asks: "Why does emotion
fall when the customer moves from chat to phone?" Each finding carries the cards and
stages it concerns, so the editor can select them and the poster can list them. All
computations are linear in cards + connections (see `journey_paths.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Evidence, LaneKind, display_name

FRONT = frozenset({LaneKind.TOUCHPOINTS, LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE, LaneKind.CHANNELS})
BACK = frozenset({LaneKind.BACKSTAGE, LaneKind.SUPPORT})
MAX_PER_KIND = 10


@dataclass
class Finding:
    """One question for the team, with the cards and stages it is about."""

    kind: str
    question: str
    cards: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    weight: float = 0.0


@dataclass
class Hotspot:
    card_id: str
    title: str
    weight: int  # severity × (1 + votes), summed over the card's pains


@dataclass
class EvidenceCoverage:
    stage_id: str
    stage: str
    observed: int
    assumed: int
    proposed: int


def _q(language: str, en: str, es: str) -> str:
    return es if language == "es" else en


class InsightContext:
    """Lookups shared by every analysis: titles, stages, lanes, emotions of the cards."""

    def __init__(self, journey: JourneyMap, graph: nx.DiGraph, language: str) -> None:
        self.journey = journey
        self.graph = graph
        self.lang = language
        self.cards = {c.id: c for c in journey.touchpoints}
        self.stage_names = {s.id: s.name for s in journey.stages}
        self.lane_kind = {lane.id: lane.kind for lane in journey.lanes}
        self.emotions = {c.id: c.emotion.score for c in journey.touchpoints if c.emotion is not None}

    def title(self, card_id: str) -> str:
        card = self.cards.get(card_id)
        return (card.title or card.id) if card else card_id

    def emotion(self, card_id: str) -> int | None:
        return self.emotions.get(card_id)


def hotspots(journey: JourneyMap) -> list[Hotspot]:
    """Cards by pain weight, heaviest first (severity × (1 + votes), summed)."""
    weights: dict[str, int] = {}
    for pain in journey.pain_points:
        if pain.touchpoint_id:
            weights[pain.touchpoint_id] = weights.get(pain.touchpoint_id, 0) + pain.severity * (
                1 + pain.votes
            )
    titles = {c.id: c.title or c.id for c in journey.touchpoints}
    spots = [Hotspot(cid, titles[cid], w) for cid, w in weights.items() if cid in titles]
    spots.sort(key=lambda h: (-h.weight, h.title))
    return spots


def evidence_coverage(journey: JourneyMap) -> list[EvidenceCoverage]:
    counts = {s.id: {e: 0 for e in Evidence} for s in journey.stages}
    for card in journey.touchpoints:
        if card.stage_id in counts:
            counts[card.stage_id][card.evidence] += 1
    return [
        EvidenceCoverage(
            s.id,
            s.name,
            counts[s.id][Evidence.OBSERVED],
            counts[s.id][Evidence.ASSUMED],
            counts[s.id][Evidence.PROPOSED],
        )
        for s in journey.stages
    ]


def peak_end(ctx: InsightContext, path: list[str]) -> list[Finding]:
    """The most extreme emotion and the final one: what customers remember."""
    scored = [c for c in ctx.journey.touchpoints if c.emotion is not None]
    if not scored:
        return []
    scale = ctx.journey.emotion_scale
    middle = (scale.min + scale.max) / 2
    peak = max(scored, key=lambda c: (abs(c.emotion.score - middle), -c.emotion.score))  # type: ignore[union-attr]
    ends = [n for n in path if ctx.emotion(n) is not None]
    stage_index = {s.id: i for i, s in enumerate(ctx.journey.stages)}
    end_id = ends[-1] if ends else max(scored, key=lambda c: (stage_index.get(c.stage_id, -1), c.order)).id
    peak_score, end_score = peak.emotion.score, ctx.emotion(end_id)  # type: ignore[union-attr]
    question = _q(
        ctx.lang,
        f"Customers remember the peak and the end: the peak is “{peak.title}” ({peak_score:+d}) and the "
        f"end is “{ctx.title(end_id)}” ({end_score:+d}). Is that the memory we want them to keep?",
        f"Se recuerda el pico y el final: el pico es «{peak.title}» ({peak_score:+d}) y el final "
        f"«{ctx.title(end_id)}» ({end_score:+d}). ¿Es el recuerdo que queremos dejar?",
    )
    return [
        Finding(
            "peak-end",
            question,
            [peak.id, end_id] if end_id != peak.id else [peak.id],
            weight=abs(peak_score - middle),
        )
    ]


def channel_switches(ctx: InsightContext) -> list[Finding]:
    """Connections where the channel changes, the ones with an emotion drop first."""
    channels = {c.id: c.channel for c in ctx.journey.touchpoints if c.channel is not None}
    switches: list[tuple[int, str, str]] = []
    for source, target in ctx.graph.edges:
        first, second = channels.get(source), channels.get(target)
        if first is None or second is None or first == second:
            continue
        ea, eb = ctx.emotions.get(source), ctx.emotions.get(target)
        switches.append((ea - eb if ea is not None and eb is not None and eb < ea else 0, source, target))
    switches.sort(key=lambda s: -s[0])  # stable: equal drops keep the map's order
    found: list[Finding] = []
    for drop, source, target in switches[:MAX_PER_KIND]:
        a, b = ctx.cards[source], ctx.cards[target]
        assert a.channel is not None and b.channel is not None
        names = display_name(a.channel, ctx.lang), display_name(b.channel, ctx.lang)
        if drop:
            question = _q(
                ctx.lang,
                f"Why does emotion fall by {drop} when the customer moves from {names[0]} "
                f"(“{a.title}”) to {names[1]} (“{b.title}”)?",
                f"¿Por qué cae la emoción {drop} {'punto' if drop == 1 else 'puntos'} al pasar de "
                f"{names[0]} («{a.title}») a {names[1]} («{b.title}»)?",
            )
        else:
            question = _q(
                ctx.lang,
                f"Does the customer have to repeat anything when moving from {names[0]} to {names[1]} "
                f"(“{a.title}” → “{b.title}”)?",
                f"¿Tiene que repetir algo el cliente al pasar de {names[0]} a {names[1]} "
                f"(«{a.title}» → «{b.title}»)?",
            )
        found.append(Finding("channel-switch", question, [source, target], weight=1 + 2 * drop))
    return found


def handoffs(ctx: InsightContext) -> list[Finding]:
    """Owner changes and frontstage ↔ backstage crossings along connections."""
    found: list[Finding] = []
    for source, target in ctx.graph.edges:
        if len(found) >= MAX_PER_KIND * 2:
            break
        a, b = ctx.cards[source], ctx.cards[target]
        if a.owner and b.owner and a.owner.casefold() != b.owner.casefold():
            found.append(
                Finding(
                    "handoff",
                    _q(
                        ctx.lang,
                        f"Who makes sure nothing is lost when “{a.title}” ({a.owner}) "
                        f"hands over to “{b.title}” ({b.owner})?",
                        f"¿Quién se asegura de que no se pierde nada cuando «{a.title}» ({a.owner}) pasa a "
                        f"«{b.title}» ({b.owner})?",
                    ),
                    [source, target],
                    weight=2,
                )
            )
        kinds = ctx.lane_kind.get(a.lane_id), ctx.lane_kind.get(b.lane_id)
        if (kinds[0] in FRONT and kinds[1] in BACK) or (kinds[0] in BACK and kinds[1] in FRONT):
            found.append(
                Finding(
                    "line-of-visibility",
                    _q(
                        ctx.lang,
                        f"“{a.title}” → “{b.title}” crosses the line of visibility: "
                        "what does the customer see while they wait?",
                        f"«{a.title}» → «{b.title}» cruza la línea de visibilidad: "
                        "¿qué ve el cliente mientras espera?",
                    ),
                    [source, target],
                    weight=1,
                )
            )
    return found[: MAX_PER_KIND * 2]


def evidence_questions(ctx: InsightContext, coverage: list[EvidenceCoverage]) -> list[Finding]:
    found = []
    unobserved: dict[str, list[str]] = {}
    for card in ctx.journey.touchpoints:
        if card.evidence != Evidence.OBSERVED:
            unobserved.setdefault(card.stage_id, []).append(card.id)
    for row in coverage:
        total = row.observed + row.assumed + row.proposed
        if total and row.observed * 2 < total:
            share = round(100 * row.observed / total)
            found.append(
                Finding(
                    "evidence",
                    _q(
                        ctx.lang,
                        f"Only {share}% of the cards in “{row.stage}” are observed: "
                        "which assumption should we test first?",
                        f"Solo el {share}% de las tarjetas de «{row.stage}» están observadas: ¿qué supuesto "
                        f"comprobamos primero?",
                    ),
                    unobserved.get(row.stage_id, [])[:50],
                    [row.stage_id],
                    weight=total - row.observed,
                )
            )
    return found


def hotspot_questions(ctx: InsightContext, spots: list[Hotspot]) -> list[Finding]:
    return [
        Finding(
            "pain-hotspot",
            _q(
                ctx.lang,
                f"“{s.title}” carries a pain weight of {s.weight}: what would it take to remove the cause?",
                f"«{s.title}» acumula un peso de dolor de {s.weight}: "
                "¿qué haría falta para eliminar la causa?",
            ),
            [s.card_id],
            weight=s.weight,
        )
        for s in spots[:5]
    ]


def path_questions(
    ctx: InsightContext,
    unreachable: list[str],
    dead_ends: list[str],
    loops: list[list[str]],
    worst: list[str],
) -> list[Finding]:
    found: list[Finding] = []
    if unreachable:
        names = ", ".join(f"“{ctx.title(c)}”" for c in unreachable[:5])
        found.append(
            Finding(
                "unreachable",
                _q(
                    ctx.lang,
                    f"No path from the start leads to {names}: how does a customer ever get there?",
                    f"Ningún camino desde el inicio lleva a {names}: ¿cómo llega hasta ahí un cliente?",
                ),
                unreachable[:200],
                weight=len(unreachable),
            )
        )
    for card in dead_ends[:MAX_PER_KIND]:
        found.append(
            Finding(
                "dead-end",
                _q(
                    ctx.lang,
                    f"The path stops at “{ctx.title(card)}” before the last stage: what happens next?",
                    f"El camino se corta en «{ctx.title(card)}» antes de la última etapa: ¿qué pasa después?",
                ),
                [card],
                weight=1,
            )
        )
    for loop in loops[:MAX_PER_KIND]:
        names = " → ".join(ctx.title(c) for c in loop[:6]) + (" → …" if len(loop) > 6 else "")
        found.append(
            Finding(
                "rework-loop",
                _q(
                    ctx.lang,
                    f"Why do customers go round again ({names})? What makes them repeat these steps?",
                    f"¿Por qué vuelven a empezar ({names})? ¿Qué les obliga a repetir estos pasos?",
                ),
                loop[:200],
                weight=len(loop),
            )
        )
    if len(worst) > 1:
        names = " → ".join(ctx.title(c) for c in worst[:8]) + (" → …" if len(worst) > 8 else "")
        found.append(
            Finding(
                "worst-path",
                _q(
                    ctx.lang,
                    f"Which step of the hardest path ({names}) should we fix first?",
                    f"¿Qué paso del camino más duro ({names}) arreglamos primero?",
                ),
                worst[:200],
                weight=len(worst),
            )
        )
    return found
