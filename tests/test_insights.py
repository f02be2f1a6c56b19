"""Insights: bounded graph analysis, findings phrased as questions, `analyze --json`, CLI typos."""

from __future__ import annotations

import json
import time

from journeymapper.cli import main
from journeymapper.fileformat import save_journey
from journeymapper.model import Connection, Emotion, PainPoint, Touchpoint
from journeymapper.model.analysis import analyse
from journeymapper.model.templates import build_template


def service_map():
    journey = build_template("blueprint", "en")
    st = [s.id for s in journey.stages]
    front = next(lane.id for lane in journey.lanes if lane.kind == "frontstage")
    back = next(lane.id for lane in journey.lanes if lane.kind == "backstage")
    specs = [
        ("web", 0, front, 1, "web", "Sales"),
        ("call", 1, front, -2, "phone", "Support"),
        ("check", 1, back, None, None, "Risk"),
        ("done", 2, front, 2, "email", "Support"),
        ("island", 1, front, 0, None, ""),
        ("island2", 2, front, 0, None, ""),
    ]
    for i, (cid, stage, lane, score, channel, owner) in enumerate(specs):
        journey.touchpoints.append(
            Touchpoint(
                id=cid,
                stage_id=st[stage],
                lane_id=lane,
                order=i,
                title=cid.title(),
                channel=channel,
                owner=owner,
                evidence="observed" if cid == "web" else "assumed",
                emotion=None if score is None else Emotion(score=score),
            )
        )
    for source, target in [
        ("web", "call"),
        ("call", "check"),
        ("check", "done"),
        ("done", "call"),
        ("island", "island2"),
    ]:
        journey.connections.append(Connection(id=f"{source}-{target}", source=source, target=target))
    journey.pain_points = [PainPoint(id="p1", touchpoint_id="call", severity=4, votes=2, text="On hold")]
    return journey


def test_findings_are_questions_tied_to_cards() -> None:
    report = analyse(service_map())
    kinds = {f.kind for f in report.findings}
    assert {
        "pain-hotspot",
        "peak-end",
        "channel-switch",
        "handoff",
        "line-of-visibility",
        "rework-loop",
        "unreachable",
        "worst-path",
        "evidence",
    } <= kinds
    assert all(f.question.rstrip().endswith("?") for f in report.findings)
    switches = [f for f in report.findings if f.kind == "channel-switch"]
    assert switches[0].cards == ["done", "call"] and "fall by 4" in switches[0].question  # worst first
    assert any(f.cards == ["web", "call"] and "fall by 3" in f.question for f in switches)
    assert report.hotspots[0].card_id == "call" and report.hotspots[0].weight == 12
    assert sorted(report.unreachable) == ["island", "island2"]
    assert report.worst_path[:2] == ["web", "call"]
    assert any(set(loop) == {"call", "check", "done"} for loop in report.loops)
    coverage = {row.stage: (row.observed, row.assumed) for row in report.evidence}
    assert coverage["Before"] == (1, 0)


def test_questions_in_spanish() -> None:
    report = analyse(service_map(), language="es")
    assert all(f.question.startswith("¿") or "¿" in f.question for f in report.findings)


def test_analyze_json_is_documented_shape(tmp_path, capsys) -> None:
    path = tmp_path / "m.journey"
    save_journey(service_map(), path)
    assert main(["analyze", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "journeymapper-analysis" and data["version"] == 2
    assert {"findings", "hotspots", "evidence", "worst_path", "unreachable", "loops", "main_path"} <= set(
        data
    )
    assert {"kind", "question", "cards", "stages", "weight"} == set(data["findings"][0])


def test_dense_wiring_stays_fast() -> None:
    """2,000 connections wired every which way (the case that ran forever); the benchmark measures it."""
    journey = build_template("5a", "en")
    lane = journey.lanes[1].id
    n = 200
    for i in range(n):
        journey.touchpoints.append(
            Touchpoint(
                id=f"c{i}",
                stage_id=journey.stages[i % 5].id,
                lane_id=lane,
                order=i,
                title=f"C{i}",
                emotion=Emotion(score=(i % 5) - 2),
            )
        )
    for k in range(2000):
        a, b = (k * 7) % n, (k * 13 + 1) % n
        journey.connections.append(Connection(id=f"e{k}", source=f"c{a}", target=f"c{b}"))
    started = time.perf_counter()
    report = analyse(journey)
    assert time.perf_counter() - started < 10  # generous; benchmarks/bench_analyze.py holds the 2 s goal
    assert report.loops and report.main_path


def test_mistyped_command_exits_2_with_suggestions(capsys) -> None:
    assert main(["improt", "x.mmd"]) == 2
    err = capsys.readouterr().err
    assert "'improt'" in err and "import" in err
    assert main(["missing.journey"]) == 2
    assert "journeymapper new -o missing.journey" in capsys.readouterr().err


def test_output_cut_short_by_a_pager_is_not_a_traceback(tmp_path) -> None:
    import subprocess
    import sys

    journey = build_template("blank", "en")
    lane = journey.lanes[0].id
    for i in range(3000):  # a long main path: far more output than a pipe buffers
        journey.touchpoints.append(
            Touchpoint(
                id=f"card-{i}", stage_id=journey.stages[0].id, lane_id=lane, order=i, title=f"Step {i}"
            )
        )
        if i:
            journey.connections.append(Connection(id=f"c{i}", source=f"card-{i - 1}", target=f"card-{i}"))
    path = tmp_path / "m.journey"
    save_journey(journey, path)
    command = [sys.executable, "-m", "journeymapper", "analyze", "--json", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0 and "Traceback" not in err
