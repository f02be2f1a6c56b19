"""Connections run in the gutters: no arrow passes through a card it does not connect."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journeymapper.fileformat import load_journey
from journeymapper.layout.display import Rect
from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.model.commands import UpdateItem
from journeymapper.resources import example_maps
from journeymapper.routing.measure import BLOCK_ROLES, crossings
from journeymapper.routing.orthogonal import Obstacles, route, segment_hits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_maps import generate_map  # noqa: E402 - the benchmarks' map generator


def test_a_route_goes_around_a_card_in_the_way() -> None:
    rects = {"a": (0, 0, 100, 50), "b": (300, 0, 100, 50), "wall": (150, -20, 100, 100)}
    points = route("a", "b", Obstacles(rects))
    assert points is not None

    def on_edge(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
        x, y, w, h = box
        inside_x, inside_y = x <= point[0] <= x + w, y <= point[1] <= y + h
        return (inside_y and point[0] in (x, x + w)) or (inside_x and point[1] in (y, y + h))

    assert on_edge(points[0], rects["a"]) and on_edge(points[-1], rects["b"])
    for p, q in zip(points, points[1:], strict=False):
        assert p[0] == q[0] or p[1] == q[1]  # orthogonal
        assert not segment_hits(p, q, rects["wall"])


def test_segment_hits_counts_the_inside_not_the_edge() -> None:
    box = (0.0, 0.0, 10.0, 10.0)
    assert segment_hits((-5, 5), (15, 5), box)
    assert not segment_hits((-5, 0), (15, 0), box)  # along the edge
    assert not segment_hits((-5, 20), (15, 20), box)


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.stem)
def test_examples_have_no_arrow_through_an_unrelated_card(path: Path) -> None:
    journey = load_journey(path).journey
    layout = LayoutEngine(journey, LayoutOptions()).layout()
    assert crossings(journey, layout) == []
    assert crossings(journey, layout, BLOCK_ROLES) == []  # nor through pains, opportunities, KPIs


@pytest.mark.parametrize("cards", [100, 1000])
def test_generated_maps_have_no_arrow_through_an_unrelated_card(cards: int) -> None:
    journey = generate_map(cards)
    layout = LayoutEngine(journey, LayoutOptions()).layout()
    assert len(journey.connections) > cards // 4
    assert crossings(journey, layout) == []


def test_labels_sit_where_no_card_covers_them() -> None:
    journey = load_journey(example_maps()[-1]).journey
    layout = LayoutEngine(journey, LayoutOptions()).layout()
    cards = [box.as_tuple() for box in layout.cards.values()]
    labels = [
        p
        for g in layout.display.groups("connection")
        for p in g.items
        if isinstance(p, Rect) and p.role == "connection-label"
    ]
    assert len(labels) >= len([c for c in journey.connections if c.label]) // 2
    for label in labels:
        assert label.fill is not None  # a background, so lines under it do not cut the text
        for x, y, w, h in cards:
            assert not (
                label.x < x + w and x < label.x + label.w and label.y < y + h and y < label.y + label.h
            )
        assert label.x >= layout.grid.x + layout.label_width - 1


def test_after_an_edit_routes_are_those_a_fresh_layout_draws() -> None:
    journey = load_journey(example_maps()[-1]).journey
    engine = LayoutEngine(journey, LayoutOptions())
    engine.layout()
    card = journey.touchpoints[3]
    long = card.description + " A much longer description that makes this card grow by several lines." * 3
    engine.update(UpdateItem("touchpoints", card.id, {"description": long}).apply(journey))
    current = engine._layout  # noqa: SLF001 - the engine's latest layout
    fresh = LayoutEngine(journey, LayoutOptions()).layout()
    assert current is not None
    assert current.display.groups("connection") == fresh.display.groups("connection")
    assert crossings(journey, current) == []


def test_unrouted_arrows_stay_incremental_and_match_a_fresh_layout() -> None:
    """With routing off (the editor on big maps) an edit patches arrows like a fresh layout."""
    journey = generate_map(300)
    options = LayoutOptions(route_connections=False)
    engine = LayoutEngine(journey, options)
    routed_layout = LayoutEngine(journey, LayoutOptions()).layout()
    engine.layout()
    card = journey.touchpoints[0]
    command = UpdateItem("touchpoints", card.id, {"title": card.title + " and a much longer title" * 4})
    engine.update(command.apply(journey))
    fresh = LayoutEngine(journey, options).layout()
    paths = {g.ref: g.items for g in engine.layout().display.groups("connection")}
    assert paths == {g.ref: g.items for g in fresh.display.groups("connection")}
    # The routed poster differs: its arrows avoid cards the straight ones pass through.
    assert crossings(journey, routed_layout) == []
    assert paths != {g.ref: g.items for g in routed_layout.display.groups("connection")}
