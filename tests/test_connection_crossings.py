"""Crossings between arrows are reduced on posters, and never at the price of a card."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from journeymapper.export.paper import make_paper
from journeymapper.export.untangle import untangled
from journeymapper.fileformat import load_journey
from journeymapper.layout.display import Path as DrawnPath
from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.resources import example_maps
from journeymapper.routing.crossings import count_crossings, reduce_crossings, reroute_crossings
from journeymapper.routing.measure import BLOCK_ROLES, crossings
from journeymapper.routing.orthogonal import MARGIN, segment_hits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_maps import generate_map  # noqa: E402 - the benchmarks' map generator


def _routes(layout: MapLayout) -> dict[str, list[tuple[float, float]]]:
    out = {}
    for group in layout.display.groups("connection"):
        for item in group.items:
            if isinstance(item, DrawnPath) and item.role == "connection":
                out[group.ref] = [(op[1], op[2]) for op in item.ops if op[0] in ("M", "L")]
    return out


def _before_after(journey, size: str | None = None) -> tuple[int, int, MapLayout]:
    """Crossings before and after untangling, on the natural layout or fitted to a sheet."""
    if size is None:
        layout = LayoutEngine(journey, LayoutOptions()).layout()
    else:
        layout = layout_for_page(journey, LayoutOptions(), make_paper(size))
    after = dataclasses.replace(layout, display=untangled(layout.display))
    return count_crossings(_routes(layout)), count_crossings(_routes(after)), after


@pytest.mark.parametrize("size", [None, "A0"])
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.stem)
def test_examples_cross_less_and_still_miss_every_card(path: Path, size: str | None) -> None:
    journey = load_journey(path).journey
    before, after, layout = _before_after(journey, size)
    assert after <= before
    assert crossings(journey, layout) == [] and crossings(journey, layout, BLOCK_ROLES) == []
    assert len(_routes(layout)) == len(journey.connections)  # every arrow is still drawn


@pytest.mark.parametrize("size", [None, "A0"])
@pytest.mark.parametrize("cards", [100, 1000])
def test_generated_maps_cross_no_more_and_miss_every_card(cards: int, size: str | None) -> None:
    journey = generate_map(cards)
    before, after, layout = _before_after(journey, size)
    assert after <= before
    assert crossings(journey, layout) == []


def test_the_shop_example_loses_crossings() -> None:
    shop = next(p for p in example_maps() if p.stem == "online-shop-purchase")
    before, after, _ = _before_after(load_journey(shop).journey)
    assert after < before


def _grown(box):
    x, y, w, h = box
    return (x - MARGIN, y - MARGIN, w + 2 * MARGIN, h + 2 * MARGIN)


def test_an_avoidable_crossing_is_avoided() -> None:
    """A column of three cards; an arrow from the top one to the bottom one runs down the
    column's left side, and an arrow from a card on the left enters the middle card there:
    they cross, though going down the right side would not."""
    top, middle, bottom = (200.0, 0.0, 100.0, 50.0), (200.0, 80.0, 100.0, 50.0), (200.0, 160.0, 100.0, 50.0)
    left = (0.0, 80.0, 100.0, 50.0)
    routes = {
        "down": [(200.0, 24.0), (196.0, 24.0), (196.0, 184.0), (200.0, 184.0)],
        "across": [(100.0, 104.0), (200.0, 104.0)],
    }
    assert count_crossings(routes) == 1
    boxes = [_grown(b) for b in (top, middle, bottom, left)]
    ends = {"down": (top, bottom), "across": (left, middle)}
    better = reroute_crossings(routes, ends, boxes)
    assert count_crossings(better) == 0
    assert better["across"] == routes["across"]
    down = better["down"]
    assert down[0][0] in (200.0, 300.0) and down[-1][1] >= 160.0  # still from top to bottom
    for a, b in zip(down, down[1:], strict=False):
        assert a[0] == b[0] or a[1] == b[1]
        assert not segment_hits(a, b, middle)


def test_arrows_sharing_a_gutter_get_their_own_tracks_in_a_crossing_free_order() -> None:
    """Two arrows run down the same gutter line; spread, they keep out of the cards and do
    not cross (the order matters: swapped, they would)."""
    a_card, b_card = (0.0, 0.0, 80.0, 200.0), (120.0, 0.0, 80.0, 200.0)  # a 40-point gutter between
    routes = {
        "one": [
            (80.0, 20.0),
            (100.0, 20.0),
            (100.0, 180.0),
            (120.0, 180.0),
        ],  # left, top → right card
        "two": [(80.0, 40.0), (100.0, 40.0), (100.0, 160.0), (80.0, 160.0)],  # left → left
    }
    spread = reduce_crossings(routes, [_grown(a_card), _grown(b_card)])
    xs = {key: route[1][0] for key, route in spread.items()}
    assert xs["one"] != xs["two"]
    assert count_crossings(spread) == 0
    for route in spread.values():
        for a, b in zip(route, route[1:], strict=False):
            assert not segment_hits(a, b, a_card) and not segment_hits(a, b, b_card)
