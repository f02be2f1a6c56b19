"""Cards drawn when read: the deferred primitives equal the eager drawing, value for value.

Placing a card no longer draws it (`layout/shift.py`, `DeferredItems`): its primitives are
drawn from the measured card when a backend or the canvas reads them. Posters and the
editor must not see the difference, so each deferred group is compared with the card
drawn at the origin and moved to its place the way the layout did before.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_layout_maps import rich_map, stress_map

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_maps import generate_map  # noqa: E402 - the benchmarks' map generator

from journeymapper.export.svg import render_svg  # noqa: E402
from journeymapper.layout import shift  # noqa: E402
from journeymapper.layout.cards import CardBlock  # noqa: E402
from journeymapper.layout.display import Group  # noqa: E402
from journeymapper.layout.engine import LayoutEngine, LayoutOptions, MapLayout  # noqa: E402
from journeymapper.layout.shift import DeferredItems, translate_group  # noqa: E402
from journeymapper.model.commands import MoveCards  # noqa: E402


def _eager(group: Group) -> Group:
    """The group as the layout made it before: drawn at the origin, then moved by each shift."""
    items = group.items
    assert isinstance(items, DeferredItems)
    drawn = items.drawer.draw(0.0, 0.0, items.width)[items.part]  # type: ignore[attr-defined]
    shifts = items.shifts
    for index in range(0, len(shifts), 2):
        drawn = translate_group(drawn, shifts[index], shifts[index + 1])
    assert type(drawn.items) is tuple
    return drawn


def _deferred_groups(engine: LayoutEngine, layout: MapLayout | None = None) -> list[Group]:
    layout = layout or engine.layout()
    return [g for g in layout.groups.values() if isinstance(g.items, DeferredItems)]


@pytest.mark.parametrize("density", ["full", "compact", "dots"])
@pytest.mark.parametrize("make", [rich_map, stress_map], ids=["rich", "stress"])
def test_deferred_cards_equal_their_eager_drawing(density: str, make: object) -> None:
    journey = make()  # type: ignore[operator]
    groups = _deferred_groups(LayoutEngine(journey, LayoutOptions(density=density)))
    cards = [g for g in groups if g.role == "card"]
    assert len(cards) == len(journey.touchpoints)  # every card, in poster coordinates
    pains = [g for g in groups if g.role == "pain"]
    attached = [p for p in journey.pain_points if p.touchpoint_id] if density == "full" else []
    assert len(pains) == len(attached)  # the lighter densities leave pains out
    for group in groups:
        eager = _eager(group)
        assert group.items[0] == eager.items[0]  # the box alone, before anything is drawn
        assert group == eager and eager == group
        assert tuple(group.items) == eager.items and list(group.items) == list(eager.items)
        assert len(group.items) == len(eager.items) and hash(group.items) == hash(eager.items)


def test_layout_draws_no_card_until_one_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    original = CardBlock._card_items

    def counting(self: CardBlock, x: float, y: float, w: float) -> list:
        drawn.append(self.card_id)
        return original(self, x, y, w)

    monkeypatch.setattr(CardBlock, "_card_items", counting)
    journey = generate_map(300, seed=4)
    layout = LayoutEngine(journey).layout()
    assert drawn == []
    render_svg(layout.display)
    assert sorted(drawn) == sorted(c.id for c in journey.touchpoints)  # a poster reads every card


def test_a_bounded_number_of_drawings_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shift, "RECENT_LIMIT", 5)
    monkeypatch.setattr(shift, "_recent", type(shift._recent)())
    groups = _deferred_groups(LayoutEngine(generate_map(200, seed=2)))
    first = [tuple(g.items) for g in groups]
    assert len(shift._recent) == 5
    again = [tuple(g.items) for g in groups]  # drawn a second time once forgotten: same values
    assert again == first
    assert all(a[i] is not b[i] for a, b in zip(first[:-5], again[:-5], strict=True) for i in range(1))


def test_moved_cards_stay_equal_to_a_fresh_layout() -> None:
    """A move places cards again (new offsets): still the eager drawing, and a fresh layout's."""
    journey = generate_map(120, seed=9)
    engine = LayoutEngine(journey)
    engine.layout()
    card = journey.touchpoints[0]
    target = next(c for c in journey.touchpoints if (c.stage_id, c.lane_id) != (card.stage_id, card.lane_id))
    changes = MoveCards([card.id], target.stage_id, target.lane_id, 0).apply(journey)
    delta = engine.update(changes)
    assert ("card", card.id) in delta.changed
    moved = _deferred_groups(engine, delta.layout)
    fresh = {(g.role, g.ref): g for g in _deferred_groups(LayoutEngine(journey))}
    for group in moved:
        assert group == _eager(group) == fresh[(group.role, group.ref)]


def test_new_group_is_the_constructors_group() -> None:
    args = ("tp-1", "card", 1.5, -2.0, 30.0, 40.0, (), "Título", "desc")
    made = shift.new_group(*args)  # type: ignore[arg-type]
    assert made == Group(*args) and type(made) is Group  # type: ignore[arg-type]
    assert hash(made) == hash(Group(*args))  # type: ignore[arg-type]
