"""The layout engine: geometric invariants, the editor's queries, incremental updates."""

from __future__ import annotations

import random
import time
from dataclasses import replace

import pytest
from test_layout_maps import rich_map, stress_map

from journeymapper.layout.display import Group, Path, TextRun
from journeymapper.layout.engine import Box, LayoutEngine, LayoutOptions, MapLayout, layout_journey
from journeymapper.layout.fonts import face_metrics
from journeymapper.model import edits
from journeymapper.model.commands import Change, Command, CommandError, MoveCards, MoveItem, UpdateItem
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.model.vocabulary import LaneKind, PainKind

EPS = 0.01


def card_boxes_overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w - EPS and b.x < a.x + a.w - EPS and a.y < b.y + b.h - EPS and b.y < a.y + a.h - EPS


def run_extent(run: TextRun) -> tuple[float, float, float, float]:
    """Left, right, top (cap height) and baseline of a text run."""
    left = run.x - (run.width / 2 if run.anchor == "middle" else run.width if run.anchor == "end" else 0.0)
    cap = face_metrics(run.face).cap_height * run.size
    return left, left + run.width, run.y - cap, run.y


def assert_inside(layout: MapLayout, group: Group, box: Box) -> None:
    for item in group.items:
        if isinstance(item, TextRun):
            left, right, top, base = run_extent(item)
            assert box.x - EPS <= left and right <= box.x + box.w + EPS, (group.ref, item.text)
            assert box.y - EPS <= top and base <= box.y + box.h + EPS, (group.ref, item.text)


def check_invariants(journey: JourneyMap, layout: MapLayout) -> None:
    boxes = sorted(layout.cards.items(), key=lambda kv: (kv[1].x, kv[1].y))
    for i, (a_id, a) in enumerate(boxes):  # sweep: only boxes starting before a's right edge can overlap
        for b_id, b in boxes[i + 1 :]:
            if b.x >= a.x + a.w:
                break
            assert not card_boxes_overlap(a, b), (a_id, b_id)
    card_groups = layout.display.groups("card")
    expected = {c.id for c in journey.touchpoints if not journey.lane(c.lane_id).collapsed}  # type: ignore[union-attr]
    assert sorted(g.ref for g in card_groups) == sorted(expected)  # each drawn exactly once
    for group in card_groups:
        box = layout.cards[group.ref]
        assert (group.x, group.y, group.w, group.h) == (box.x, box.y, box.w, box.h)
        assert_inside(layout, group, box)
    for pain in journey.pain_points:
        group = layout.groups.get(("pain", pain.id))
        if group is not None and pain.touchpoint_id is not None:
            assert_inside(layout, group, layout.cards[pain.touchpoint_id])
    for (stage_id, lane_id), ids in layout.cell_cards.items():  # cards stay inside their cell
        cell = layout.cells.get((stage_id, lane_id))
        for card_id in ids:
            if card_id in layout.cards and cell is not None:
                box = layout.cards[card_id]
                assert cell.x <= box.x and box.x + box.w <= cell.x + cell.w + EPS
                assert cell.y <= box.y and box.y + box.h <= cell.y + cell.h + EPS
    keys = [(g.role, g.ref) for g in layout.display.items if isinstance(g, Group)]
    assert len(keys) == len(set(keys)) == len(layout.display.items)
    assert all(layout.groups[k] is g for k, g in zip(keys, layout.display.items, strict=True))


def test_invariants_on_a_rich_map() -> None:
    journey = rich_map()
    layout = layout_journey(journey)
    check_invariants(journey, layout)
    roles = {g.role for g in layout.display.groups()}
    assert {
        "title-block",
        "legend",
        "stage-header",
        "lane-label",
        "cell",
        "card",
        "pain",
        "kpi",
        "opportunity",
        "action",
        "connection",
        "emotion-curve",
        "emotion-point",
        "grid",
    } <= roles
    assert len(layout.display.groups("cell")) == len(journey.stages) * len(journey.lanes)


@pytest.mark.parametrize("columns", [1, 2, 3])
def test_invariants_under_stress(columns: int) -> None:
    journey = stress_map()
    layout = layout_journey(journey, LayoutOptions(card_columns=columns))
    check_invariants(journey, layout)
    assert any(
        "\u2026" in r.text for g in layout.display.groups("card") for r in g.items if isinstance(r, TextRun)
    )  # long text is clamped...
    card = next(g for g in layout.display.groups("card") if g.ref == "st-01")
    assert card.desc.startswith("La clienta compara")  # ...and kept whole for the tooltip / <desc>


def test_emotion_curve_passes_through_every_scored_card() -> None:
    journey = rich_map()
    layout = layout_journey(journey)
    scored = {c.id for c in journey.touchpoints if c.emotion is not None}
    assert set(layout.emotion_points) == scored
    curve = layout.groups[("emotion-curve", "")]
    path = next(p for p in curve.items if isinstance(p, Path) and p.role == "emotion-curve")
    ends = {(round(op[-2], 6), round(op[-1], 6)) for op in path.ops if op[0] in ("M", "C")}
    for card_id, (x, y) in layout.emotion_points.items():
        assert (round(x, 6), round(y, 6)) in ends
        score = journey.touchpoint(card_id).emotion.score  # type: ignore[union-attr]
        assert layout.score_at(y) == score
        assert layout.y_for_score(score) == pytest.approx(y)
        assert layout.emotion_band is not None and layout.emotion_band.contains(x, y)
    xs = [p[-2] for p in path.ops if p[0] in ("M", "C")]
    assert xs == sorted(xs)  # journey order runs left to right


def test_score_at_clamps_to_the_scale() -> None:
    layout = layout_journey(rich_map())
    band = layout.emotion_band
    assert band is not None
    assert layout.score_at(band.y - 500) == 2
    assert layout.score_at(band.y + band.h + 500) == -2


def test_rows_grow_with_content() -> None:
    journey = rich_map()
    before = layout_journey(journey)
    card = journey.touchpoints[0]
    lane_index = [lane.id for lane in journey.lanes].index(card.lane_id)
    card.description = "Una descripción mucho más larga que antes. " * 12
    after = layout_journey(journey)
    row = journey.lanes[lane_index].id
    assert after.lane_labels[row].h > before.lane_labels[row].h
    below = journey.lanes[lane_index + 1].id
    assert after.lane_labels[below].y > before.lane_labels[below].y
    assert after.cards[card.id].h > before.cards[card.id].h


def test_collapsed_lane_is_a_thin_row_without_cards() -> None:
    journey = rich_map()
    lane = journey.lanes[0]
    lane.collapsed = True
    layout = layout_journey(journey)
    check_invariants(journey, layout)
    assert layout.lane_labels[lane.id].h < 30
    assert not any(layout.cards.get(c.id) for c in journey.touchpoints if c.lane_id == lane.id)


def test_cell_at_and_insertion_index() -> None:
    journey = rich_map()
    layout = layout_journey(journey)
    card = journey.touchpoints[0]
    box = layout.cards[card.id]
    assert layout.cell_at(box.x + 5, box.y + 5) == (card.stage_id, card.lane_id)
    assert layout.cell_at(-10, -10) is None
    ids = layout.cell_cards[(card.stage_id, card.lane_id)]
    assert layout.insertion_index(card.stage_id, card.lane_id, box.y - 1) == ids.index(card.id)
    assert layout.insertion_index(card.stage_id, card.lane_id, 1e9) == len(ids)


def test_empty_map_and_no_emotion_lane() -> None:
    layout = layout_journey(JourneyMap())
    assert layout.emotion_band is None and layout.cards == {}
    journey = build_template("blueprint", "en")
    layout = layout_journey(journey, LayoutOptions(show_title_block=False, show_legend=False))
    assert layout.emotion_band is None
    assert ("title-block", "") not in layout.groups and ("legend", "") not in layout.groups


def test_large_text_makes_everything_bigger() -> None:
    journey = rich_map()
    normal = layout_journey(journey)
    large = layout_journey(journey, LayoutOptions(large_text=True))
    assert large.display.width > normal.display.width * 1.2
    assert large.label_width > normal.label_width


# --- incremental updates ---------------------------------------------------------------


def apply(engine: LayoutEngine, command: Command):  # noqa: ANN201
    return engine.update(command.apply(engine.journey))


def assert_same_as_fresh(engine: LayoutEngine) -> None:
    fresh = LayoutEngine(engine.journey, engine.options).layout()
    current = engine._layout  # noqa: SLF001 - the engine's latest layout, not a recomputed one
    assert current is not None
    assert current.display.items == fresh.display.items
    assert current.groups == fresh.groups
    assert (current.display.width, current.display.height) == (fresh.display.width, fresh.display.height)
    assert current.cards == fresh.cards and current.cells == fresh.cells
    assert current.emotion_points == fresh.emotion_points
    assert current.cell_cards == fresh.cell_cards


def test_rename_of_one_card_changes_one_group() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    card = journey.touchpoints[4]
    delta = apply(engine, edits.rename("touchpoints", card.id, card.title[:-1] + "X", field="title"))
    assert (delta.added, delta.changed, delta.removed) == ([], [("card", card.id)], [])


def test_emotion_change_touches_card_point_and_curve_only() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    card = next(c for c in journey.touchpoints if c.emotion is not None and c.emotion.score != 2)
    delta = apply(engine, edits.set_emotion(journey, card.id, 2))
    assert sorted(delta.changed) == sorted(
        [("card", card.id), ("emotion-point", card.id), ("emotion-curve", "")]
    )


def random_command(journey: JourneyMap, rng: random.Random) -> Command | None:
    cards = journey.touchpoints
    stages, lanes = journey.stages, journey.lanes
    pick = rng.randrange(16)
    card = rng.choice(cards) if cards else None
    if pick == 0 and card:
        return edits.rename(
            "touchpoints", card.id, rng.choice(["Corto", "Un título bastante más largo " * 3]), field="title"
        )
    if pick == 1 and card:
        return edits.set_emotion(journey, card.id, rng.choice([None, -2, -1, 0, 1, 2]))
    if pick == 2:
        return edits.add_card(
            journey,
            rng.choice(stages).id,
            rng.choice(lanes).id,
            "Nueva",
            index=rng.choice([None, 0, 1]),
            description="texto " * rng.randrange(30),
        )[0]
    if pick == 3 and card:
        return MoveCards([card.id], rng.choice(stages).id, rng.choice(lanes).id, rng.choice([None, 0, 2]))
    if pick == 4 and card:
        return edits.delete("touchpoints", [card.id])
    if pick == 5 and card:
        return edits.add_pain(
            touchpoint_id=card.id, text="Duele " * rng.randrange(1, 20), kind=rng.choice(list(PainKind))
        )[0]
    if pick == 6:
        return edits.add_pain(stage_id=rng.choice(stages).id, text="Etapa")[0]
    if pick == 7 and len(cards) > 1:
        a, b = rng.sample(cards, 2)
        return edits.connect(a.id, b.id, rng.choice(["", "sigue"]))[0]
    if pick == 8:
        lane = rng.choice(lanes)
        return UpdateItem("lanes", lane.id, {"collapsed": not lane.collapsed})
    if pick == 9:
        return edits.rename("stages", rng.choice(stages).id, "Etapa " + "larga " * rng.randrange(8))
    if pick == 10:
        return MoveItem("lanes", rng.choice(lanes).id, rng.randrange(len(lanes)))
    if pick == 11 and journey.pain_points:
        pain = rng.choice(journey.pain_points)
        return UpdateItem("pain_points", pain.id, {"severity": rng.randint(1, 5), "text": "Cambiado"})
    if pick == 12 and journey.kpis:
        return UpdateItem("kpis", rng.choice(journey.kpis).id, {"actual": float(rng.randrange(100))})
    if pick == 13:
        return UpdateItem("map", None, {"title": rng.choice(["Otro título", "T"])})
    if pick == 14 and card:
        return MoveItem("touchpoints", card.id, rng.randrange(len(cards)))
    if pick == 15 and card:  # a hand edit that leaves two cards with the same order
        return UpdateItem("touchpoints", card.id, {"order": 0, "stage_id": rng.choice(stages).id})
    return None


@pytest.mark.parametrize("seed", range(int(__import__("os").environ.get("JM_LAYOUT_SEEDS", "4"))))
def test_incremental_update_equals_fresh_layout(seed: int) -> None:
    rng = random.Random(seed)
    journey = rich_map()
    engine = LayoutEngine(journey, LayoutOptions(card_columns=1 + seed % 2))
    engine.layout()
    history: list[Command] = []
    for _ in range(40):
        command = random_command(journey, rng)
        if command is None:
            continue
        try:
            apply(engine, command)
        except CommandError:
            continue
        history.append(command)
        assert_same_as_fresh(engine)
    for command in reversed(history[-10:]):  # undo goes through update() too
        engine.update(command.revert(journey))
        assert_same_as_fresh(engine)


def test_delta_reports_added_and_removed() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    command, card_id = edits.add_card(journey, journey.stages[4].id, journey.lanes[0].id, "Nueva")
    delta = apply(engine, command)
    assert ("card", card_id) in delta.added
    delta = engine.update(command.revert(journey))
    assert ("card", card_id) in delta.removed


def test_set_options_switches_theme() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    light = engine.layout()
    delta = engine.set_options(LayoutOptions(theme="dark"))
    assert delta.layout.display.background != light.display.background
    assert delta.changed
    assert engine.set_options(LayoutOptions(theme="dark")).changed == []


def test_language_option_relabels_fixed_text() -> None:
    journey = rich_map("es")
    english = layout_journey(journey, LayoutOptions(language="en"))
    texts = {r.text for r in english.groups[("legend", "")].items if isinstance(r, TextRun)}
    assert "Pain points" in texts and "Puntos de dolor" not in texts


def test_update_is_fast_on_a_5000_card_map() -> None:
    from generate_maps import generate_map

    journey = generate_map(5000, seed=1)
    engine = LayoutEngine(journey)
    engine.layout()
    card = journey.touchpoints[2500]
    timings = []
    for i in range(5):
        command = edits.rename("touchpoints", card.id, f"Nuevo título {i}", field="title")
        start = time.perf_counter()
        delta = apply(engine, command)
        timings.append(time.perf_counter() - start)
        assert len(delta.changed) <= 1
    # The editor's budget is 16 ms; allow slow CI machines some slack, catch O(map) regressions.
    assert sorted(timings)[2] < 0.05, timings


def test_box_contains() -> None:
    box = Box(1, 2, 3, 4)
    assert box.contains(1, 2) and box.contains(4, 6) and not box.contains(4.1, 3)
    assert replace(box, x=0).x == 0


def test_change_of_unknown_kind_is_harmless() -> None:
    journey = rich_map()
    engine = LayoutEngine(journey)
    engine.layout()
    delta = engine.update([Change("updated", "personas", "pe-1", ("quote",))])
    assert delta.changed == [] or delta.changed == [("title-block", "")]
    assert_same_as_fresh(engine)


def test_lane_kinds_host_stage_items() -> None:
    journey = rich_map()
    layout = layout_journey(journey)
    kpi_lane = next(lane.id for lane in journey.lanes if lane.kind == LaneKind.KPIS)
    chip = layout.groups[("kpi", "kp-1")]
    cell = layout.cells[(journey.kpis[0].stage_id, kpi_lane)]  # type: ignore[index]
    assert cell.contains(chip.x, chip.y)
