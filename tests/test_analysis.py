"""Graph analysis of a journey: path, dead ends, loops, emotion drops, pain by stage, gaps."""

from __future__ import annotations

import json

from journeymapper.cli import main
from journeymapper.fileformat import save_journey
from journeymapper.model import Action, Connection, Emotion, Kpi, PainPoint, Touchpoint
from journeymapper.model.analysis import analyse, journey_graph
from journeymapper.model.templates import build_template


def small_map():
    journey = build_template("5a", "en")
    st = [s.id for s in journey.stages]
    lane = journey.lanes[1].id
    cards = [("a", 0, 1), ("b", 1, 2), ("c", 1, -2), ("d", 2, 0), ("e", 3, None), ("lonely", 0, None)]
    for i, (cid, stage, score) in enumerate(cards):
        journey.touchpoints.append(Touchpoint(
            id=cid, stage_id=st[stage], lane_id=lane, order=i, title=cid.upper(),
            emotion=None if score is None else Emotion(score=score)))
    for source, target in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "b"), ("a", "e")]:
        journey.connections.append(Connection(id=f"{source}{target}", source=source, target=target))
    journey.pain_points = [PainPoint(id="p1", touchpoint_id="c", severity=5, votes=3, text="Hurts"),
                           PainPoint(id="p2", stage_id=st[0], severity=2, text="Meh")]
    journey.actions = [Action(id="x", task="Fix", pain_point_ids=["p2"])]
    journey.kpis = [Kpi(id="k", stage_id=st[1], kind="csat", target=80, actual=70, unit="%")]
    return journey


def test_graph_has_cards_and_connections() -> None:
    graph = journey_graph(small_map())
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 5
    assert graph.nodes["c"]["emotion"] == -2


def test_report_finds_what_a_facilitator_asks_for() -> None:
    report = analyse(small_map())
    assert report.drops[0].source == "b" and report.drops[0].target == "c" and report.drops[0].drop == 4
    assert "LONELY" in report.unreached
    assert "E" in report.dead_ends  # reached, leads nowhere, not in the last stage
    assert any(set(loop) == {"b", "c", "d"} for loop in report.loops)
    assert report.main_path == ["a", "b", "c", "d"]
    by_stage = {s.stage: s for s in report.stages}
    assert by_stage["Accept"].weight == 5 * 4 and by_stage["Attract"].weight == 2
    assert by_stage["Accept"].average_emotion == 0.0
    assert report.empty_stages == ["Advance"]
    assert report.unplanned_pains == ["Hurts"]
    assert report.kpis_off_target == ["CSAT: 70% / 80%"]


def test_cli_analyze_text_and_json(tmp_path, capsys) -> None:
    path = tmp_path / "m.journey"
    save_journey(small_map(), path)
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Moments of truth" in out and "B → C" in out
    assert main(["analyze", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cards"] == 6 and data["empty_stages"] == ["Advance"]
