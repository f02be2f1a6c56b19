"""The engine's reuse between edits: what a move must not redo, and that reusing changes nothing.

The editor relies on unchanged groups being the very same objects (it skips them by
identity), and on an update reporting exactly what a full comparison would report.
"""

from __future__ import annotations

import random
from dataclasses import fields, replace

import pytest
from test_layout_engine import apply, assert_same_as_fresh, random_command
from test_layout_maps import rich_map, stress_map

from journeymapper.layout.curve import catmull_rom
from journeymapper.layout.display import Group, Image, Path, Primitive
from journeymapper.layout.emotion import emotion_curve_group
from journeymapper.layout.engine import LayoutEngine, LayoutOptions
from journeymapper.layout.geometry import ScoreMap
from journeymapper.layout.shift import translate_group
from journeymapper.layout.updates import diff_layouts
from journeymapper.model import edits
from journeymapper.model.commands import CommandError, MoveCards
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind


def _moved_by_constructor(p: Primitive, dx: float, dy: float) -> Primitive:
    """The reference translation: the dataclass's own constructor, through `replace`."""
    if isinstance(p, Path):
        ops = tuple(
            op if op[0] == "Z" else (op[0], *(v + (dy if i % 2 else dx) for i, v in enumerate(op[1:])))
            for op in p.ops
        )
        return replace(p, ops=ops)  # type: ignore[arg-type]
    names = [f.name for f in fields(p)]
    changes = {}
    for x_name, y_name in (("x", "y"), ("cx", "cy"), ("x1", "y1"), ("x2", "y2")):
        if x_name in names:
            changes[x_name] = getattr(p, x_name) + dx
            changes[y_name] = getattr(p, y_name) + dy
    return replace(p, **changes)


def test_fast_translation_equals_the_constructors() -> None:
    layout = LayoutEngine(rich_map()).layout()
    groups = [g for g in layout.display.items if isinstance(g, Group)]
    groups.append(Group("x", "image", 1.0, 2.0, 3.0, 4.0, (Image(1.0, 2.0, 3.0, 4.0, b"png", "image/png"),)))
    kinds = {type(p) for g in groups for p in g.items}
    assert len(kinds) == 6  # every kind of primitive is checked
    for group in groups:
        moved = translate_group(group, 12.25, -3.5)
        expected = replace(
            group,
            x=group.x + 12.25,
            y=group.y - 3.5,
            items=tuple(_moved_by_constructor(p, 12.25, -3.5) for p in group.items),
        )
        assert moved == expected
        assert all(type(a) is type(b) for a, b in zip(moved.items, expected.items, strict=True))
        assert hash(moved) == hash(expected)


def _card_cells(journey: JourneyMap) -> dict[str, tuple[str, str]]:
    return {c.id: (c.stage_id, c.lane_id) for c in journey.touchpoints}


def test_move_keeps_the_groups_of_cards_elsewhere() -> None:
    journey = rich_map()
    backstage = next(lane.id for lane in journey.lanes if lane.kind == LaneKind.BACKSTAGE)
    below = []  # cards in a lane under the emotion band: moving them leaves the band in place
    for stage in journey.stages[:3]:
        command, card_id = edits.add_card(journey, stage.id, backstage, "Abajo")
        command.apply(journey)
        edits.set_emotion(journey, card_id, 1).apply(journey)
        below.append(journey.touchpoint(card_id))
    engine = LayoutEngine(journey)
    engine.layout()
    points_checked = 0
    for card in [*below, *journey.touchpoints[:4]]:
        before = engine.layout()
        before_groups = dict(before.groups)
        target = next(s for s in journey.stages if s.id != card.stage_id)
        old_cell = (card.stage_id, card.lane_id)
        command = MoveCards([card.id], target.id, card.lane_id, 0)
        delta = apply(engine, command)
        after = delta.layout
        assert_same_as_fresh(engine)
        touched_cells = {old_cell, (target.id, card.lane_id)}
        cells = _card_cells(journey)
        shifted = {key for key in delta.changed if key[0] == "card"}
        for card_id, cell in cells.items():
            key = ("card", card_id)
            if cell not in touched_cells and key not in shifted:  # same place: the same object
                assert after.groups[key] is before_groups[key], card_id
        if after.emotion_band == before.emotion_band:
            # Points of the stages the card neither left nor entered are the same objects too.
            for card_id, cell in cells.items():
                key = ("emotion-point", card_id)
                if cell[0] not in {old_cell[0], target.id} and key in before_groups:
                    assert after.groups[key] is before_groups[key], card_id
                    points_checked += 1
        engine.update(command.revert(journey))
    assert points_checked


def test_undo_of_a_move_reuses_the_groups_from_before() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    before = dict(engine.layout().groups)
    card = journey.touchpoints[3]
    target = next(s for s in journey.stages if s.id != card.stage_id)
    command = MoveCards([card.id], target.id, card.lane_id, 0)
    apply(engine, command)
    undone = engine.update(command.revert(journey)).layout
    assert_same_as_fresh(engine)
    for key, group in undone.groups.items():
        if key[0] == "card":
            assert group is before[key], key


def _deltas_match_a_full_comparison(journey: JourneyMap, seed: int, options: LayoutOptions) -> None:
    rng = random.Random(seed)
    engine = LayoutEngine(journey, options)
    engine.layout()
    history = []
    for _ in range(40):
        command = random_command(journey, rng)
        if command is None:
            continue
        old = dict(engine.layout().groups)
        try:
            delta = apply(engine, command)
        except CommandError:
            continue
        history.append(command)
        full = diff_layouts(old, delta.layout)
        assert sorted(delta.added) == sorted(full.added)
        assert sorted(delta.changed) == sorted(full.changed)
        assert sorted(delta.removed) == sorted(full.removed)
    for command in reversed(history[-10:]):
        old = dict(engine.layout().groups)
        delta = engine.update(command.revert(journey))
        full = diff_layouts(old, delta.layout)
        assert (sorted(delta.added), sorted(delta.changed), sorted(delta.removed)) == (
            sorted(full.added),
            sorted(full.changed),
            sorted(full.removed),
        )
        assert_same_as_fresh(engine)


@pytest.mark.parametrize("seed", range(6))
def test_update_reports_what_a_full_comparison_reports(seed: int) -> None:
    journey = rich_map() if seed % 2 == 0 else stress_map()
    _deltas_match_a_full_comparison(journey, seed, LayoutOptions(card_columns=1 + seed % 3))


def test_curve_after_edits_is_the_curve_through_all_points() -> None:
    """The curve put together from per-stage segments is the one drawn through every point."""
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    rng = random.Random(7)
    scored = [c for c in journey.touchpoints if c.emotion is not None]
    for step in range(12):
        card = rng.choice(scored)
        if step % 3 == 0:
            command = edits.set_emotion(journey, card.id, rng.choice([-2, -1, 0, 1, 2]))
        else:
            stage = rng.choice(journey.stages)
            command = MoveCards([card.id], stage.id, card.lane_id, rng.choice([None, 0, 1]))
        layout = apply(engine, command).layout
        curve = layout.groups[("emotion-curve", "")]
        band = layout.emotion_band
        assert band is not None
        points = list(layout.emotion_points.values())
        expected_ops = catmull_rom(points, band.y + 2, band.y + band.h - 2)
        paths = [p for p in curve.items if isinstance(p, Path) and p.role == "emotion-curve"]
        assert len(paths) == 1 and paths[0].ops == expected_ops
        labels = sorted(((int(k), v) for k, v in journey.emotion_scale.labels.items()), reverse=True)
        ctx = engine._ctx  # noqa: SLF001 - the engine's drawing context
        lane = journey.lanes[next(i for i, ln in enumerate(journey.lanes) if ln.kind == LaneKind.EMOTIONS)]
        scale = ScoreMap(band.as_tuple(), ctx.scale_min, ctx.scale_max)
        assert curve == emotion_curve_group(
            points,
            band.as_tuple(),
            layout.grid.x,
            ctx.sizes.label_width,
            labels,
            scale.y_for_score,
            ctx.theme.label_fill(lane.colour),
            ctx,
        )


@pytest.mark.parametrize("seed", range(4))
def test_unrouted_arrows_update_like_a_fresh_layout(seed: int) -> None:
    """The editor's big maps draw unrouted arrows (`route_connections=False`): their cheap
    builder and the row-pair index that finds arrows whose rows' gap changed must leave
    the layout and its delta exactly as a fresh layout and a full comparison have them."""
    journey = rich_map() if seed % 2 == 0 else stress_map()
    options = LayoutOptions(card_columns=1 + seed % 3, route_connections=False)
    _deltas_match_a_full_comparison(journey, seed, options)


def test_plain_arrow_is_the_general_arrow_without_label() -> None:
    from journeymapper.layout.connections import connection_group, plain_arrow

    engine = LayoutEngine(rich_map(), LayoutOptions(route_connections=False))
    engine.layout()
    ctx = engine._ctx
    rng = random.Random(3)
    for _ in range(300):
        s = (rng.uniform(0, 900), rng.uniform(0, 900), rng.uniform(20, 200), rng.uniform(10, 120))
        t = (rng.uniform(0, 900), rng.uniform(0, 900), rng.uniform(20, 200), rng.uniform(10, 120))
        assert plain_arrow("a", s, t, ctx.theme.curve) == connection_group("a", "", s, t, ctx)
