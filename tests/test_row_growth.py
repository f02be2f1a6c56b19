"""A row that grows: what the layout redoes is bounded by the row, and equals a fresh layout.

When typing makes a card's cell taller, its row grows and every row below moves. The
frame layer keeps each lane's row of cells as a whole, so the other rows' cells are the
very same objects; the grown row's cells are redrawn taller. The result, and the delta
against a full comparison, stay what a fresh layout gives.
"""

from __future__ import annotations

from test_arrow_spans import LONG, UNROUTED, arrows_across, grow
from test_layout_engine import apply, assert_same_as_fresh

from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.updates import diff_layouts
from journeymapper.model.commands import UpdateItem


def test_a_growing_row_keeps_the_other_rows_cells() -> None:
    engine = LayoutEngine(arrows_across(6, grow_row=1), UNROUTED)
    before = engine.layout()
    old = dict(before.local_groups)
    grown_lane = engine.journey.touchpoint("grow").lane_id  # type: ignore[union-attr]
    delta = grow(engine)
    after = engine._layout  # noqa: SLF001 - the engine's latest layout
    assert after is not None
    cells = [key for key in after.local_groups if key[0] == "cell"]
    assert cells
    for key in cells:
        same = after.local_groups[key] is old[key]
        assert same == (not key[1].endswith(f"|{grown_lane}")), key  # only the grown row's cells redone
    assert sorted(delta.changed) == sorted(diff_layouts(before.groups, after).changed)
    assert_same_as_fresh(engine)


def test_rows_growing_and_shrinking_stay_equal_to_a_fresh_layout() -> None:
    engine = LayoutEngine(arrows_across(4, grow_row=0), UNROUTED)
    engine.layout()
    for _ in range(2):
        grow(engine)
        assert_same_as_fresh(engine)
    card = engine.journey.touchpoint("grow")
    assert card is not None
    apply(engine, UpdateItem("touchpoints", "grow", {"title": card.title.replace(LONG, "")}))
    assert_same_as_fresh(engine)


def test_cell_boxes_made_when_read_answer_as_a_dict_did() -> None:
    engine = LayoutEngine(arrows_across(2, grow_row=0), UNROUTED)
    layout = engine.layout()
    journey = engine.journey
    expected = {
        (stage.id, lane.id): layout.cells[(stage.id, lane.id)]
        for stage in journey.stages
        for lane in journey.lanes
    }
    assert list(layout.cells) == list(expected)  # stage by stage
    assert len(layout.cells) == len(expected) and dict(layout.cells.items()) == expected
    first_lane = layout.lane_labels[journey.lanes[0].id]
    first = layout.cells[(journey.stages[0].id, journey.lanes[0].id)]
    assert (first.y, first.h) == (first_lane.y, first_lane.h)
    assert ("nope", journey.lanes[0].id) not in layout.cells and layout.cells.get(("nope", "nope")) is None
    grow(engine)
    grown = engine._layout  # noqa: SLF001 - the engine's latest layout
    assert grown is not None
    assert grown.cells[(journey.stages[0].id, journey.lanes[0].id)].h > first.h
    assert layout.cells[(journey.stages[0].id, journey.lanes[0].id)] == first  # the old layout keeps its own
