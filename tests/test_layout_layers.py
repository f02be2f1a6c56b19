"""The pipeline's layers: every group belongs to exactly one declared layer, and an edit
runs only the layers whose declared inputs it changed."""

from __future__ import annotations

from test_layout_engine import apply
from test_layout_maps import rich_map

from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.layers import LAYERS, layers_to_update
from journeymapper.model import edits


def test_every_role_on_a_poster_is_drawn_by_one_declared_layer() -> None:
    layout = LayoutEngine(rich_map()).layout()
    roles = {role for role, _ in layout.groups}
    owners = {role: [layer.name for layer in LAYERS if role in layer.draws] for role in roles}
    assert all(len(names) == 1 for names in owners.values()), owners


def test_the_layers_an_input_reaches() -> None:
    assert layers_to_update({"connections"}) == {"connections", "legend"}
    assert layers_to_update({"rows"}) == {"connections"}  # rows moving: arrows between rows only
    assert layers_to_update({"cells"}) == {"cards"}
    assert layers_to_update({"full"}) == {layer.name for layer in LAYERS}


def test_a_rename_rebuilds_no_frame_and_no_arrow() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    before = engine.layout()
    card = journey.touchpoints[4]
    after = apply(engine, edits.rename("touchpoints", card.id, card.title[:-1] + "X", field="title")).layout
    for key, group in before.local_groups.items():
        if key[0] in ("cell", "lane-label", "stage-header", "grid", "connection"):
            assert after.local_groups[key] is group, key
