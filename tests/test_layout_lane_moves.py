"""Cards moved into another lane: boxes are kept relative to their row, so a card can change
lanes and keep an equal box. It has still moved: its arrows start from another row.

Found on the rich map, where about one seed in four left an arrow drawn from the card's old
lane (`cn-3`) while a fresh layout routed it from the new one.
"""

from __future__ import annotations

import random

import pytest
from test_layout_engine import apply, assert_same_as_fresh
from test_layout_maps import rich_map

from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.updates import diff_layouts
from journeymapper.model.commands import MoveCards


@pytest.mark.parametrize("seed", [0, 4, 13, 22, 26])
def test_moves_across_lanes_keep_arrows_as_a_fresh_layout_has_them(seed: int) -> None:
    rng = random.Random(seed)
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    history = []
    for _ in range(25):
        card = rng.choice(journey.touchpoints)
        command = MoveCards(
            [card.id], rng.choice(journey.stages).id, rng.choice(journey.lanes).id, rng.randrange(3)
        )
        old = dict(engine.layout().groups)
        delta = apply(engine, command)
        history.append(command)
        full = diff_layouts(old, delta.layout)
        assert sorted(delta.changed) == sorted(full.changed)
        assert_same_as_fresh(engine)
    for command in reversed(history):
        engine.update(command.revert(journey))
        assert_same_as_fresh(engine)
