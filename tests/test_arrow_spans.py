"""Arrows kept as spans: a row that grows under arrows does not redo them, and posters see no difference.

The editor's arrows on big maps (unrouted, unlabelled) depend on their rows only through
the gap between them, so the connection layer keeps them as `ArrowSpan`s (each card's box
in its own row) and makes their groups when read. A row that grows then leaves them as
the very same objects, while posters and the delta (in poster terms) see exactly what a
fresh layout and a full comparison see.
"""

from __future__ import annotations

from test_layout_engine import apply, assert_same_as_fresh

from journeymapper.layout.connections import ArrowSpan
from journeymapper.layout.engine import LayoutEngine, LayoutOptions
from journeymapper.layout.updates import diff_layouts
from journeymapper.model.commands import UpdateItem
from journeymapper.model.entities import Connection, Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template

UNROUTED = LayoutOptions(route_connections=False)
LONG = " that keeps going and wraps onto a second and a third line of the card"


def arrows_across(pairs: int, grow_row: int = 0) -> JourneyMap:
    """A card ("grow") alone in the first cell of row `grow_row`, a card in each other cell of
    the first row, and `pairs` arrows from them to cards in rows below "grow" and back; one
    arrow within the first row and one with a label. When "grow" wraps, the rows below it
    move and every arrow but two crosses the moving edge; more pairs add cards only below it."""
    journey = build_template("5a", "en")
    lanes = [lane.id for lane in journey.lanes]
    stages = [stage.id for stage in journey.stages]
    cards = journey.touchpoints
    cards.append(Touchpoint(id="grow", stage_id=stages[0], lane_id=lanes[grow_row], title="Short"))
    for k in range(1, 5):
        cards.append(Touchpoint(id=f"a{k}", stage_id=stages[k], lane_id=lanes[0], title=f"Up {k}"))
    for i in range(pairs):
        below, stage = lanes[grow_row + 1 + i % 3], stages[(i * 2) % len(stages)]
        cards.append(Touchpoint(id=f"b{i}", stage_id=stage, lane_id=below, title=f"Below {i}"))
        journey.connections.append(Connection(id=f"down{i}", source=f"a{1 + i % 4}", target=f"b{i}"))
        journey.connections.append(Connection(id=f"up{i}", source=f"b{i}", target=f"a{1 + (i + 1) % 4}"))
    journey.connections.append(Connection(id="same-row", source="a1", target="a2"))
    journey.connections.append(Connection(id="labelled", source="a1", target="b1", label="asks"))
    return journey


def grow(engine: LayoutEngine):  # noqa: ANN201
    card = engine.journey.touchpoint("grow")
    assert card is not None
    return apply(engine, UpdateItem("touchpoints", "grow", {"title": card.title + LONG}, mergeable=True))


def test_a_row_growing_under_arrows_leaves_their_spans_alone() -> None:
    engine = LayoutEngine(arrows_across(12), UNROUTED)
    before = engine.layout()
    old = dict(before.groups)
    spans = {key: group for key, group in before.local_groups.items() if isinstance(group, ArrowSpan)}
    assert len(spans) == 2 * 12 + 1  # every plain arrow; the labelled one is a group
    assert not isinstance(before.local_groups[("connection", "labelled")], ArrowSpan)
    delta = grow(engine)
    assert delta.moved_rows  # the rows below did move
    for key, span in spans.items():
        assert delta.layout.local_groups[key] is span, key  # not redone
        assert key not in delta.local_changed, key  # nothing for the scene to hand out
    full = diff_layouts(old, delta.layout)
    assert sorted(delta.changed) == sorted(full.changed)  # poster terms: the arrows into moved rows too
    assert {("connection", f"down{i}") for i in range(12)} <= set(delta.changed)
    assert ("connection", "same-row") not in delta.changed  # its row did not move
    assert_same_as_fresh(engine)  # every group, value for value, as a fresh layout draws it


def test_edits_and_undo_around_spans_match_a_fresh_layout() -> None:
    journey = arrows_across(6)
    engine = LayoutEngine(journey, UNROUTED)
    engine.layout()
    grow(engine)
    grow(engine)
    # a card that an arrow ends on moves to another row: its span moves to another pair of rows
    moved = UpdateItem("touchpoints", "b2", {"lane_id": journey.lanes[0].id})
    old = dict(engine.layout().groups)
    delta = apply(engine, moved)
    assert sorted(delta.changed) == sorted(diff_layouts(old, delta.layout).changed)
    span = delta.layout.local_groups[("connection", "down2")]
    assert isinstance(span, ArrowSpan) and span.source_lane == span.target_lane
    assert_same_as_fresh(engine)
    # a label makes a span a group (its label spot depends on the cards near it), and back
    apply(engine, UpdateItem("connections", "down3", {"label": "then"}))
    assert not isinstance(engine.layout().local_groups[("connection", "down3")], ArrowSpan)
    assert_same_as_fresh(engine)
    apply(engine, UpdateItem("connections", "down3", {"label": ""}))
    assert isinstance(engine.layout().local_groups[("connection", "down3")], ArrowSpan)
    assert_same_as_fresh(engine)


def test_a_span_reaches_no_further_than_it_says() -> None:
    """The editor paints and repaints an arrow within `reach` at any gap: check the drawing."""
    engine = LayoutEngine(arrows_across(12), UNROUTED)
    layout = engine.layout()
    for group in layout.local_groups.values():
        if not isinstance(group, ArrowSpan):
            continue
        x0, x1, s0, s1, t0, t1 = group.reach()
        for gap in (-400.0, -30.0, 0.0, 5.0, 40.0, 900.0):
            drawn = group.local(gap if group.source_lane != group.target_lane else 0.0)
            g = gap if group.source_lane != group.target_lane else 0.0
            assert x0 <= drawn.x and drawn.x + drawn.w <= x1, (group.ref, gap)
            assert min(s0, t0 + g) <= drawn.y and drawn.y + drawn.h <= max(s1, t1 + g), (group.ref, gap)
