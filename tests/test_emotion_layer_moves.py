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
