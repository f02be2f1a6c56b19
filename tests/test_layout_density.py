"""Large maps on the layout side: folded stages (a model field) and density modes (an option)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_layout_engine import apply, assert_same_as_fresh
from test_layout_maps import rich_map

from journeymapper.layout.engine import LayoutEngine, LayoutOptions
from journeymapper.layout.text import clean_plain
from journeymapper.model.commands import UpdateItem
from journeymapper.model.journey import JourneyMap


def _cards_in(journey: JourneyMap, stage_id: str) -> list[str]:
    return [c.id for c in journey.touchpoints if c.stage_id == stage_id]


def test_folding_a_stage_narrows_its_column_and_hides_its_cards_until_unfolded() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    before = engine.layout()
    stage = journey.stages[1]
    hidden = _cards_in(journey, stage.id)
    assert hidden and all(("card", c) in before.groups for c in hidden)

    folded = apply(engine, UpdateItem("stages", stage.id, {"collapsed": True})).layout
    assert_same_as_fresh(engine)
    assert folded.stage_headers[stage.id].w < before.stage_headers[stage.id].w / 3
    assert folded.display.width < before.display.width
    assert not any(("card", c) in folded.groups for c in hidden)
    assert not any(c in folded.emotion_points for c in hidden)
    header = folded.groups[("stage-header", stage.id)]
    assert header.title == stage.name  # the name stays in the tooltip and the SVG <title>
    others = [c.id for c in journey.touchpoints if c.stage_id != stage.id]
    assert all(("card", c) in folded.groups for c in others)

    unfolded = apply(engine, UpdateItem("stages", stage.id, {"collapsed": False})).layout
    assert_same_as_fresh(engine)
    assert unfolded.groups == before.groups


@pytest.mark.parametrize("density", ["compact", "dots"])
def test_lighter_densities_keep_every_card_and_make_the_map_shorter(density: str) -> None:
    journey = rich_map()
    full = LayoutEngine(journey).layout()
    engine = LayoutEngine(journey, LayoutOptions(density=density))  # type: ignore[arg-type]
    light = engine.layout()
    cards = {c.id for c in journey.touchpoints}
    assert {ref for role, ref in light.groups if role == "card"} == cards
    assert light.display.height < full.display.height
    for card in journey.touchpoints:
        group = light.groups[("card", card.id)]
        assert group.title == clean_plain(card.title)  # the full title stays in the tooltip
        texts = [p for p in group.items if hasattr(p, "text")]
        if density == "dots":
            assert texts == []
        assert not any(getattr(p, "role", "") == "card-text" for p in group.items)
    # an edit in a light density is still incremental and equal to a fresh layout
    card = journey.touchpoints[0]
    apply(engine, UpdateItem("touchpoints", card.id, {"title": card.title + " and more words to wrap"}))
    assert_same_as_fresh(engine)


def test_switching_density_reports_the_changed_cards_and_comes_back() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    full = engine.layout()
    delta = engine.set_options(replace(engine.options, density="dots"))
    assert delta is not None and ("card", journey.touchpoints[0].id) in delta.changed
    back = engine.set_options(replace(engine.options, density="full"))
    assert back is not None and back.layout.groups == full.groups


def test_cell_at_and_insertion_index_answer_from_the_layouts_indexes() -> None:
    journey = rich_map()
    layout = LayoutEngine(journey).layout()
    for (stage_id, lane_id), box in layout.cells.items():
        assert layout.cell_at(box.x + box.w / 2, box.y + box.h / 2) == (stage_id, lane_id)
        assert layout.cell_at(box.x + 0.1, box.y + 0.1) == (stage_id, lane_id)
    grid = layout.grid
    assert layout.cell_at(grid.x - 5, grid.y + grid.h / 2) is None
    assert layout.cell_at(grid.x + grid.w / 2, grid.y + grid.h + 5) is None
    cell, cards = max(layout.cell_cards.items(), key=lambda kv: len(kv[1]))
    assert len(cards) >= 2
    first, second = layout.cards[cards[0]], layout.cards[cards[1]]
    below_second = second.y + second.h - 1
    assert layout.insertion_index(*cell, first.y + 1) == 0
    assert layout.insertion_index(*cell, below_second) == 2
    assert (
        layout.insertion_index(*cell, below_second, skip=[cards[0]]) == 1
    )  # the dragged card does not count
