"""The journey as a graph: where the path breaks, where emotion drops, where pain piles up.

A facilitator wants the same answers after every workshop: which cards nobody reaches,
where the customer's path dead-ends or loops, the steps where emotion falls hardest
(moments of truth), the stages that hurt most, and which pains nobody plans to fix.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from journeymapper.model.entities import kpi_on_target
from journeymapper.model.journey import JourneyMap
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
    for card in journey.touchpoints:
        graph.add_node(
            card.id,
            title=card.title,
            stage=stage_index.get(card.stage_id, -1),
            order=card.order,
            emotion=card.emotion.score if card.emotion else None,
        )
    for link in journey.connections:
        if link.source in graph and link.target in graph:
            graph.add_edge(link.source, link.target, label=link.label, id=link.id)
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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

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
        return "\n".join(lines)


def _main_path(graph: nx.DiGraph) -> list[str]:
    """The longest chain of connections, ignoring the steps that loop back.

    Forward edges (by stage) are kept first; an edge that would close a loop is left
    out, so the path reads as the customer's way through the stages. Very large graphs
    fall back to the longest path through the condensation (loops as single steps).
    """
    if graph.number_of_edges() == 0:
        return []
    if nx.is_directed_acyclic_graph(graph):
        return list(nx.dag_longest_path(graph))
    if graph.number_of_edges() <= 2000:
        forward = nx.DiGraph()
        forward.add_nodes_from(graph)
        edges = sorted(
            graph.edges, key=lambda e: graph.nodes[e[1]]["stage"] - graph.nodes[e[0]]["stage"], reverse=True
        )
        for source, target in edges:
            if not nx.has_path(forward, target, source):
                forward.add_edge(source, target)
        return list(nx.dag_longest_path(forward))
    condensed = nx.condensation(graph)
    firsts: dict[int, str] = {}
    for node, component in condensed.graph["mapping"].items():
        firsts.setdefault(component, node)
    return [firsts[c] for c in nx.dag_longest_path(condensed)]


def analyse(journey: JourneyMap, drops: int = 5) -> Report:
    graph = journey_graph(journey)
    titles = {card.id: card.title or card.id for card in journey.touchpoints}
    report = Report(cards=graph.number_of_nodes(), connections=graph.number_of_edges())
    report.main_path = _main_path(graph)
    report.main_path_titles = [titles[n] for n in report.main_path]
    if graph.number_of_edges():
        last_stage = len(journey.stages) - 1
        path_lanes = {lane.id for lane in journey.lanes if lane.kind in PATH_LANES}
        lane_of = {card.id: card.lane_id for card in journey.touchpoints}
        report.unreached = [titles[n] for n in graph if graph.degree(n) == 0 and lane_of[n] in path_lanes]
        report.dead_ends = [
            titles[n]
            for n in graph
            if graph.in_degree(n) > 0 and graph.out_degree(n) == 0 and graph.nodes[n]["stage"] < last_stage
        ]
        report.loops = [cycle for cycle in nx.simple_cycles(graph, length_bound=6)][:20]
    falls = []
    for source, target in graph.edges:
        a, b = graph.nodes[source]["emotion"], graph.nodes[target]["emotion"]
        if a is not None and b is not None and b < a:
            falls.append(EmotionDrop(source, target, titles[source], titles[target], a - b))
    falls.sort(key=lambda d: (-d.drop, d.source_title))
    report.drops = falls[:drops]

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
    return report
