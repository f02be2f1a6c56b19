"""The journey as a graph: where the path breaks, where emotion drops, where pain piles up.

A facilitator wants the same answers after every workshop: which cards nobody reaches,
where the customer's path dead-ends or loops, the steps where emotion falls hardest
(moments of truth), the stages that hurt most, and which pains nobody plans to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from journeymapper.allocation import paused_gc
from journeymapper.model.entities import kpi_on_target
from journeymapper.model.insights import (
    EvidenceCoverage,
    Finding,
    Hotspot,
    InsightContext,
    channel_switches,
    evidence_coverage,
    evidence_questions,
    handoffs,
    hotspot_questions,
    hotspots,
    path_questions,
    peak_end,
)
from journeymapper.model.journey import JourneyMap
from journeymapper.model.journey_paths import best_path, forward_order, reachable
from journeymapper.model.vocabulary import LaneKind, display_name

# Lanes whose cards are steps the customer takes; thoughts, backstage and notes are not.
PATH_LANES = frozenset(
    {LaneKind.TOUCHPOINTS, LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE, LaneKind.CHANNELS}
)


def _amount(value: float | None, unit: str) -> str:
    """A number with its unit as people write it: 45%, £58, 8 days."""
    if value is None:
        return "–"
    number = f"{value:g}"
    if not unit:
        return number
    if unit in {"%", "‰"}:
        return number + unit
    if unit in {"£", "$", "€"}:
        return unit + number
    return f"{number} {unit}"


def journey_graph(journey: JourneyMap) -> nx.DiGraph:
    """Cards as nodes (with stage index, title, emotion), connections as edges."""
    stage_index = {stage.id: i for i, stage in enumerate(journey.stages)}
    graph = nx.DiGraph()
    graph.add_nodes_from(
        (
            card.id,
            {
                "title": card.title,
                "stage": stage_index.get(card.stage_id, -1),
                "order": card.order,
                "emotion": card.emotion.score if card.emotion else None,
            },
        )
        for card in journey.touchpoints
    )
    graph.add_edges_from(
        (link.source, link.target, {"label": link.label, "id": link.id})
        for link in journey.connections
        if link.source in graph and link.target in graph
    )
    return graph


@dataclass
class EmotionDrop:
    source: str
    target: str
    source_title: str
    target_title: str
    drop: int


@dataclass
class StagePain:
    stage_id: str
    stage: str
    pains: int
    weight: int  # severity × (1 + votes), summed: how much the room says it hurts
    average_emotion: float | None


@dataclass
class Report:
    cards: int
    connections: int
    main_path: list[str] = field(default_factory=list)
    main_path_titles: list[str] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    dead_ends: list[str] = field(default_factory=list)
    loops: list[list[str]] = field(default_factory=list)
    drops: list[EmotionDrop] = field(default_factory=list)
    stages: list[StagePain] = field(default_factory=list)
    empty_stages: list[str] = field(default_factory=list)
    unplanned_pains: list[str] = field(default_factory=list)
    kpis_off_target: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)  # ids: connected, but no path from the start
    worst_path: list[str] = field(default_factory=list)
    worst_path_titles: list[str] = field(default_factory=list)
    hotspots: list[Hotspot] = field(default_factory=list)
    evidence: list[EvidenceCoverage] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON of `analyze --json` (documented in docs/analysis.md)."""
        return {"format": "journeymapper-analysis", "version": 2, **asdict(self)}

    def as_text(self, language: str = "en") -> str:
        es = language == "es"
        lines = [
            ("Análisis del viaje" if es else "Journey analysis")
            + f": {self.cards} "
            + ("tarjetas" if es else "cards")
            + f", {self.connections} "
            + ("conexiones" if es else "connections"),
        ]
        if self.main_path_titles:
            lines.append(("Camino principal: " if es else "Main path: ") + " → ".join(self.main_path_titles))
        if self.drops:
            lines.append(
                "Momentos de verdad (caídas de emoción):" if es else "Moments of truth (emotion drops):"
            )
            lines += [f"  −{d.drop}: {d.source_title} → {d.target_title}" for d in self.drops]
        if self.stages:
            lines.append("Dolor por etapa:" if es else "Pain by stage:")
            for s in self.stages:
                mood = "–" if s.average_emotion is None else f"{s.average_emotion:+.1f}"
                lines.append(
                    f"  {s.stage}: {s.pains} ({'peso' if es else 'weight'} {s.weight}), "
                    f"{'emoción media' if es else 'mean emotion'} {mood}"
                )
        checks = [
            (self.empty_stages, "Etapas sin tarjetas" if es else "Stages with no cards"),
            (self.unreached, "Tarjetas sin conexiones" if es else "Cards with no connections"),
            (self.dead_ends, "Callejones sin salida" if es else "Dead ends"),
            (self.unplanned_pains, "Dolores sin acción" if es else "Pains with no action"),
            (self.kpis_off_target, "KPI fuera de objetivo" if es else "KPIs off target"),
        ]
        for items, title in checks:
            if items:
                lines.append(
                    f"{title} ({len(items)}): " + "; ".join(items[:12]) + (" …" if len(items) > 12 else "")
                )
        if self.loops:
            lines.append(("Bucles: " if es else "Loops: ") + str(len(self.loops)))
        if self.findings:
            lines.append("Preguntas para el equipo:" if es else "Questions for the team:")
            lines += [f"  • {finding.question}" for finding in self.findings]
        return "\n".join(lines)


def _stage_key(graph: nx.DiGraph) -> Callable[[str], tuple[int, int]]:
    keys = {n: (data["stage"], data["order"]) for n, data in graph.nodes(data=True)}
    return keys.__getitem__


def _worst_path(
    graph: nx.DiGraph, order: list[str], forward: list[tuple[str, str]], spots: dict[str, int]
) -> list[str]:
    """Lowest total emotion along the path; the heaviest pain when no card has an emotion."""
    if not forward:
        return []
    if any(graph.nodes[n]["emotion"] is not None for n in graph):
        return best_path(order, forward, lambda n: graph.nodes[n]["emotion"] or 0, lambda a, b: a < b)
    if spots:
        return best_path(order, forward, lambda n: spots.get(n, 0), lambda a, b: a > b)
    return []


def analyse(journey: JourneyMap, drops: int = 5, language: str | None = None) -> Report:
    """Everything `analyze` reports; linear in cards + connections, whatever the wiring.

    The collector is paused: the analysis builds tens of thousands of small objects that
    stay alive until it returns, so automatic collections would only walk them for nothing.
    """
    with paused_gc():
        return _analyse(journey, drops, language)


def _analyse(journey: JourneyMap, drops: int, language: str | None) -> Report:
    graph = journey_graph(journey)
    titles = {card.id: card.title or card.id for card in journey.touchpoints}
    report = Report(cards=graph.number_of_nodes(), connections=graph.number_of_edges())
    order, back, loops = forward_order(graph, _stage_key(graph))
    back_set = set(back)
    forward = [e for e in graph.edges if e not in back_set]
    spots = hotspots(journey)
    if graph.number_of_edges():
        report.main_path = best_path(order, forward, lambda n: 1.0, lambda a, b: a > b)
    report.main_path_titles = [titles[n] for n in report.main_path]
    path_lanes = {lane.id for lane in journey.lanes if lane.kind in PATH_LANES}
    lane_of = {card.id: card.lane_id for card in journey.touchpoints}
    if graph.number_of_edges():
        last_stage = len(journey.stages) - 1
        report.unreached = [titles[n] for n in graph if graph.degree(n) == 0 and lane_of[n] in path_lanes]
        report.dead_ends = [
            titles[n]
            for n in graph
            if graph.in_degree(n) > 0 and graph.out_degree(n) == 0 and graph.nodes[n]["stage"] < last_stage
        ]
        report.loops = loops[:20]
        report.unreachable = _unreachable(graph, lane_of, path_lanes)
        report.worst_path = _worst_path(graph, order, forward, {h.card_id: h.weight for h in spots})
        report.worst_path_titles = [titles[n] for n in report.worst_path]
    report.drops = _drops(graph, titles)[:drops]
    _stage_figures(journey, report)
    report.hotspots = spots[:10]
    report.evidence = evidence_coverage(journey)
    ctx = InsightContext(journey, graph, str(language or journey.language))
    dead_ids = [
        n
        for n in graph
        if graph.in_degree(n) > 0
        and graph.out_degree(n) == 0
        and graph.nodes[n]["stage"] < len(journey.stages) - 1
    ]
    report.findings = [
        *hotspot_questions(ctx, spots),
        *peak_end(ctx, report.main_path),
        *channel_switches(ctx),
        *handoffs(ctx),
        *path_questions(ctx, report.unreachable, dead_ids, report.loops, report.worst_path),
        *evidence_questions(ctx, report.evidence),
    ]
    return report


def _unreachable(graph: nx.DiGraph, lane_of: dict[str, str], path_lanes: set[str]) -> list[str]:
    """Connected path cards that no path from the journey's start reaches.

    The start is every card without an incoming connection in the earliest stage that
    has any; a card reached only from a later, disconnected island is unreachable.
    """
    starts = [n for n in graph if graph.in_degree(n) == 0 and graph.out_degree(n) > 0]
    if not starts:
        return []
    first = min(graph.nodes[n]["stage"] for n in starts)
    seen = reachable(graph, [n for n in starts if graph.nodes[n]["stage"] == first])
    return [n for n in graph if n not in seen and graph.degree(n) > 0 and lane_of[n] in path_lanes]


def _drops(graph: nx.DiGraph, titles: dict[str, str]) -> list[EmotionDrop]:
    falls = []
    for source, target in graph.edges:
        a, b = graph.nodes[source]["emotion"], graph.nodes[target]["emotion"]
        if a is not None and b is not None and b < a:
            falls.append(EmotionDrop(source, target, titles[source], titles[target], a - b))
    falls.sort(key=lambda d: (-d.drop, d.source_title))
    return falls


def _stage_figures(journey: JourneyMap, report: Report) -> None:
    """Pain weight and mean emotion per stage, empty stages, unplanned pains, KPIs off target."""
    cards_by_stage: dict[str, list[int]] = {s.id: [] for s in journey.stages}
    for card in journey.touchpoints:
        if card.emotion is not None and card.stage_id in cards_by_stage:
            cards_by_stage[card.stage_id].append(card.emotion.score)
    stage_of_card = {card.id: card.stage_id for card in journey.touchpoints}
    weights: dict[str, list[int]] = {s.id: [0, 0] for s in journey.stages}
    for pain in journey.pain_points:
        stage_id = pain.stage_id or stage_of_card.get(pain.touchpoint_id or "")
        if stage_id in weights:
            weights[stage_id][0] += 1
            weights[stage_id][1] += pain.severity * (1 + pain.votes)
    occupied = {card.stage_id for card in journey.touchpoints}
    for stage in journey.stages:
        scores = cards_by_stage[stage.id]
        report.stages.append(
            StagePain(
                stage.id,
                stage.name,
                weights[stage.id][0],
                weights[stage.id][1],
                round(sum(scores) / len(scores), 2) if scores else None,
            )
        )
        if stage.id not in occupied:
            report.empty_stages.append(stage.name)
    planned = {pain_id for action in journey.actions for pain_id in action.pain_point_ids}
    report.unplanned_pains = [p.text or p.id for p in journey.pain_points if p.id not in planned]
    for kpi in journey.kpis:
        if kpi_on_target(kpi) is False:
            name = kpi.name or display_name(kpi.kind, journey.language)
            report.kpis_off_target.append(
                f"{name}: {_amount(kpi.actual, kpi.unit)} / {_amount(kpi.target, kpi.unit)}"
            )
