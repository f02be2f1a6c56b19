"""Moving scored cards between stages: the emotion layer's points read through its stages.

The layer no longer merges every stage's points into one dict on each move; its
card → stage index is patched for the stages a move re-spread. These check that what it
hands out stays what a fresh layout has, in the same order, through moves and undos.
"""

from __future__ import annotations

import random

from test_layout_engine import apply, assert_same_as_fresh
from test_layout_maps import rich_map

from journeymapper.layout.engine import LayoutEngine
from journeymapper.model import edits
from journeymapper.model.commands import Command, MoveCards


def _points_in_order(engine: LayoutEngine) -> list[tuple[str, float, float]]:
    layout = engine.layout()
    return [(cid, *layout.emotion_points[cid]) for cid in layout.emotion_points]


def test_moves_of_scored_cards_keep_points_as_a_fresh_layout_has_them() -> None:
    rng = random.Random(8)
    journey = rich_map()
    for card in journey.touchpoints:  # every card scored: each move re-spreads two stages
        if card.emotion is None:
            edits.set_emotion(journey, card.id, rng.choice([-2, -1, 0, 1, 2])).apply(journey)
    engine = LayoutEngine(journey)
    engine.layout()
    history: list[Command] = []
    for _ in range(25):
        card = rng.choice(journey.touchpoints)
        stage = rng.choice(journey.stages)
        command = MoveCards([card.id], stage.id, card.lane_id, rng.randrange(3))
        apply(engine, command)
        history.append(command)
        assert_same_as_fresh(engine)
        fresh = LayoutEngine(journey, engine.options)
        assert _points_in_order(engine) == _points_in_order(fresh)  # same points, same curve order
        points = engine.layout().emotion_points
        assert len(points) == len(dict(points)) == sum(c.emotion is not None for c in journey.touchpoints)
        assert card.id in points
    for command in reversed(history):
        engine.update(command.revert(journey))
        assert_same_as_fresh(engine)


def test_point_groups_iterate_in_stage_order_like_a_dict() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    card = next(c for c in journey.touchpoints if c.emotion is not None)
    target = next(s for s in journey.stages if s.id != card.stage_id)
    apply(engine, MoveCards([card.id], target.id, card.lane_id, 0))
    layer = engine._emotions  # the layer's own mapping, as the engine assembles it
    merged: dict = {}
    for groups in layer.stage_groups.values():
        merged.update(groups)
    assert list(layer.point_groups) == list(merged)
    assert list(layer.point_groups.values()) == list(merged.values())
    assert dict(layer.point_groups.items()) == merged
    assert all(layer.point_groups[cid] is group for cid, group in merged.items())
    assert "no such card" not in layer.point_groups


def test_curve_redoes_only_the_edges_of_neighbouring_stages() -> None:
    """With several points a stage, a move re-spreads two stages; their neighbours keep
    their segments but the one or two that read the moved points, and the curve equals
    a fresh one (assert_same_as_fresh compares every path op)."""
    rng = random.Random(3)
    journey = rich_map()
    lane = journey.lanes[0].id
    for stage in journey.stages:
        for n in range(6):
            command, card_id = edits.add_card(journey, stage.id, lane, f"Punto {n}")
            command.apply(journey)
            edits.set_emotion(journey, card_id, rng.choice([-2, -1, 0, 1, 2])).apply(journey)
    engine = LayoutEngine(journey)
    engine.layout()
    assert len(journey.stages) >= 4
    for step in range(12):
        before = dict(engine._emotions._segments)
        card = rng.choice([c for c in journey.touchpoints if c.emotion is not None])
        if step % 2:
            command: Command = edits.set_emotion(journey, card.id, rng.choice([-2, 2]))
        else:
            stage = rng.choice([s for s in journey.stages if s.id != card.stage_id])
            command = MoveCards([card.id], stage.id, card.lane_id, rng.randrange(4))
        touched = {card.stage_id}
        apply(engine, command)
        touched.add(card.stage_id)
        assert_same_as_fresh(engine)
        order = [s.id for s in journey.stages]
        near = {
            order[i + d]
            for i, sid in enumerate(order)
            if sid in touched
            for d in (-1, 0, 1)
            if 0 <= i + d < len(order)
        }
        for stage_id, found in engine._emotions._segments.items():
            if stage_id not in near and stage_id in before:
                assert found is before[stage_id], stage_id  # far from the edit: kept as it was
