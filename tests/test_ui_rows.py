"""Relative coordinates in the editor: a row that grows moves the rows below as wholes.

Typing that wraps a card's title onto new lines in the tallest cell of a row makes the
row taller; every row below moves. The scene moves one band per row and level and
touches only the items of the cell that changed, whatever the size of the map below, and
every item still sits where a fresh layout puts its group.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.layout.engine import LayoutEngine  # noqa: E402
from journeymapper.model.commands import UpdateItem  # noqa: E402
from journeymapper.model.entities import Touchpoint  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # English UI, private settings and state

LONG = " that keeps going and wraps onto a second and a third line of the card"


def _map_with(below: int):  # noqa: ANN202
    journey = build_template("5a", "en")
    first, second = journey.lanes[0].id, journey.lanes[1].id
    journey.touchpoints.append(
        Touchpoint(id="grow", stage_id=journey.stages[0].id, lane_id=first, title="Short")
    )
    for i in range(below):  # cards in the rows below, in every stage: all of them move
        stage = journey.stages[i % len(journey.stages)].id
        journey.touchpoints.append(
            Touchpoint(id=f"b{i}", stage_id=stage, lane_id=second, title=f"Below {i}", order=i)
        )
    return journey


def _grow(window) -> None:  # noqa: ANN001
    card = window.document.journey.touchpoint("grow")
    window.document.push(
        UpdateItem("touchpoints", "grow", {"title": card.title + LONG}, mergeable=True), "Type"
    )


def test_a_growing_row_touches_the_same_items_on_a_small_and_a_big_map(qtbot) -> None:  # noqa: ANN001
    touched, moved = [], []
    for below in (0, 60):
        window = open_window(qtbot, make_workspace(), _map_with(below))
        scene = window.scene
        tops = dict(scene.layout.row_tops)
        _grow(window)
        touched.append(scene.last_update.total)
        moved.append(sum(1 for lane, top in scene.layout.row_tops.items() if top != tops[lane]))
        window.document.undo_stack.setClean()
        window.close()
    assert moved[0] == moved[1] > 0  # the rows below did move
    assert touched[0] == touched[1] > 0  # 60 more cards below: not one more item touched


def test_after_rows_move_every_item_is_where_a_fresh_layout_puts_it(qtbot) -> None:  # noqa: ANN001
    window = open_window(qtbot, make_workspace(), _map_with(12))
    scene = window.scene
    _grow(window)
    _grow(window)
    window.document.undo_stack.undo()  # undo takes the rows back up
    _grow(window)
    fresh = LayoutEngine(window.document.journey, scene.engine.options).layout()
    assert set(scene._items) == set(fresh.groups)  # noqa: SLF001 - the scene's items, key for key
    for key, group in fresh.groups.items():
        box = scene.item_for(key).box()
        assert (box.x(), box.y(), box.width(), box.height()) == (group.x, group.y, group.w, group.h), key
    card = scene.item_for(("card", "b3"))
    assert card.layout_group == fresh.groups[("card", "b3")]  # in poster coordinates, primitives too
    window.document.undo_stack.setClean()


def test_density_and_a_folded_stage_in_the_editor_match_a_fresh_layout(qtbot) -> None:  # noqa: ANN001
    window = open_window(qtbot, make_workspace(), _map_with(12))
    scene, journey = window.scene, window.document.journey
    scene.set_density("dots")
    window.document.push(UpdateItem("stages", journey.stages[1].id, {"collapsed": True}), "Fold")
    fresh = LayoutEngine(journey, scene.engine.options).layout()
    assert scene.engine.options.density == "dots"
    assert set(scene._items) == set(fresh.groups)  # noqa: SLF001 - the scene's items, key for key
    assert not any(key == ("card", "b1") for key in scene._items)  # noqa: SLF001 - b1 is in the folded stage
    for key, group in fresh.groups.items():
        box = scene.item_for(key).box()
        assert (box.x(), box.y()) == (group.x, group.y), key
    window.document.undo_stack.undo()
    assert ("card", "b1") in scene._items  # noqa: SLF001 - unfolded: its cards are back
    window.document.undo_stack.setClean()


def test_the_editor_routes_arrows_only_on_maps_with_few_connections(qtbot: object) -> None:
    """Re-routing thousands of arrows per keystroke froze big maps: above the limit the
    editor draws unrouted arrows (posters still route); small maps keep the poster's routes."""
    import sys
    from pathlib import Path

    from journeymapper.layout.maplayout import ROUTED_CONNECTIONS_LIMIT

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate_maps import generate_map

    workspace = make_workspace()
    small = open_window(qtbot, workspace, build_template("5a", "en"))
    assert small.scene.engine.options.route_connections
    big_map = generate_map(3 * ROUTED_CONNECTIONS_LIMIT + 60)
    assert len(big_map.connections) > ROUTED_CONNECTIONS_LIMIT
    big = open_window(qtbot, workspace, big_map)
    assert not big.scene.engine.options.route_connections
