"""The engine's emotion layer: points per stage and the curve through them, kept between edits.

A map holds thousands of points; an edit touches one or two stages. Each stage keeps its
points, their groups and its stretch of the curve, so an update redoes only the stages
it touched: the point groups of the others are reused (the very same objects), and the
curve's path is put back together from the segments of each stage (`catmull_rom_segments`),
recomputing only those whose points, or whose neighbours' points, moved. The result is the
same curve, value for value, as `emotion_curve_group` over all the points.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, ValuesView
from itertools import chain
from typing import TypeVar

from journeymapper.layout.blocks import Context
from journeymapper.layout.cards import emotion_text
from journeymapper.layout.curve import catmull_rom_segments
from journeymapper.layout.display import Group, PathOp, Primitive
from journeymapper.layout.emotion import (
    emotion_curve_from,
    emotion_guides,
    emotion_point_group,
    spread_points,
)
from journeymapper.layout.geometry import Geometry, ScoreMap
from journeymapper.layout.text import clean_plain
from journeymapper.model.journey import JourneyMap

Entries = list[tuple[str, float, float]]  # (card id, x, y) in curve order
Point = tuple[float, float]
# A stage's stretch of the curve: (point before, points after, its xs, its ys, segments).
Segments = tuple[Point | None, tuple[Point, ...], list[float], list[float], list[PathOp]]
V = TypeVar("V")


class ByStage(Mapping[str, V]):
    """Card id → a value kept in its stage's dict, iterated stage by stage in curve order.

    The layer used to merge every stage's dict into one on each edit that re-spread a
    stage (6,000 points at 10,000 cards, ~1 ms a move); this reads through the stages'
    own dicts and a card → stage index, patched from the previous one for the stages that
    changed. Read-only: an earlier layout keeps reading the one it was given.
    """

    __slots__ = ("stages", "where")

    def __init__(self, stages: dict[str, dict[str, V]], where: dict[str, str]) -> None:
        self.stages, self.where = stages, where

    def __getitem__(self, card_id: str) -> V:
        return self.stages[self.where[card_id]][card_id]

    def __contains__(self, card_id: object) -> bool:
        return card_id in self.where

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self.stages.values())  # C-level: ~6,000 keys, no generator frame

    def __len__(self) -> int:
        return len(self.where)

    def values(self) -> ValuesView[V]:
        return _StageValues(self)


class _StageValues(ValuesView[V]):
    """The values of a `ByStage`, read from each stage's dict in turn (no lookup per card)."""

    _mapping: ByStage[V]

    def __iter__(self) -> Iterator[V]:
        return chain.from_iterable(map(dict.values, self._mapping.stages.values()))


class _Stage:
    """One stage's points: where they are, their groups, and their coordinates for the curve."""

    __slots__ = ("key", "entries", "groups", "xy", "xs", "ys")

    def __init__(self, key: tuple, entries: Entries, groups: dict[str, Group]) -> None:
        self.key = key
        self.entries = entries
        self.groups = groups
        self.xy = {cid: (x, y) for cid, x, y in entries}
        self.xs = [x for _, x, _ in entries]
        self.ys = [y for _, _, y in entries]

    def with_key(self, key: tuple) -> _Stage:
        """The same points and groups under another geometry key (they did not move)."""
        same = _Stage.__new__(_Stage)
        same.key, same.entries, same.groups = key, self.entries, self.groups
        same.xy, same.xs, same.ys = self.xy, self.xs, self.ys
        return same


class EmotionLayer:
    """Emotion-point groups (card id → Group), their positions, and the curve group."""

    def __init__(self) -> None:
        self.curve: tuple[tuple, Group] | None = None
        self._points: dict[str, tuple[tuple, Group]] = {}
        self._stages: dict[str, _Stage] = {}
        self._order: list[str] = []
        self._guides: tuple[tuple, tuple[Primitive, ...]] | None = None
        self._segments: dict[str, Segments] = {}
        self._labels: dict[tuple[int, str], str] = {}
        self._fills: dict[int, str] = {}
        self._fills_ctx: Context | None = None
        self.point_groups: Mapping[str, Group] = {}
        self.points_xy: Mapping[str, tuple[float, float]] = {}
        self.stage_groups: dict[str, dict[str, Group]] = {}  # the point groups by stage, in order
        self._where: dict[str, str] = {}  # card id -> its point's stage

    def update(
        self,
        journey: JourneyMap,
        g: Geometry,
        cards: dict,
        cell_cards: dict,
        dirty_stages: set[str] | None,
        ctx: Context,
    ) -> None:
        """Emotion points and curve; only stages in `dirty_stages` are re-collected (None: all)."""
        if g.band is None:
            self.curve, self._points, self._stages, self._order = None, {}, {}, []
            self._guides, self._segments = None, {}
            self.point_groups, self.points_xy, self.stage_groups, self._where = {}, {}, {}, {}
            return
        score_map = ScoreMap(g.band, ctx.scale_min, ctx.scale_max)
        lanes = journey.lanes
        old_stages = self._stages
        stages: dict[str, _Stage] = {}
        order = [s.id for s in journey.stages]
        changed = changed_order = order != self._order  # the curve's points changed
        regroup = changed  # the point groups changed
        points_cache = self._points
        for index, stage in enumerate(journey.stages):
            previous = old_stages.get(stage.id)
            key = (g.col_x[index], g.col_width(index), g.band, stage.collapsed)
            if (
                previous is not None
                and previous.key == key
                and dirty_stages is not None
                and stage.id not in dirty_stages
            ):
                stages[stage.id] = previous
                continue
            scored = [
                (cid, cards[cid].emotion)
                for lane in ([] if stage.collapsed else lanes)  # a folded stage hides its cards
                for cid in cell_cards.get((stage.id, lane.id), ())
                if cards[cid].emotion is not None
            ]
            spread = spread_points(
                [[(cid, e.score) for cid, e in scored]],
                [g.col_x[index]],
                g.col_width(index),
                score_map.y_for_score,
            )
            entries = [(cid, x, y) for cid, x, y, _ in spread]
            groups: dict[str, Group] = {}
            same_groups = previous is not None
            old_groups = previous.groups if previous is not None else {}
            for (cid, emotion), (_, x, y, score) in zip(scored, spread, strict=True):
                label = self._label(score, emotion.label)
                content = (x, y, score, label, emotion.note)
                cached = points_cache.get(cid)
                if cached is None or cached[0] != content:
                    group = emotion_point_group(
                        cid, x, y, score, label, clean_plain(emotion.note), ctx, self._fill(score, ctx)
                    )
                    cached = points_cache[cid] = (content, group)
                groups[cid] = cached[1]
                if same_groups and old_groups.get(cid) is not cached[1]:
                    same_groups = False
            if previous is not None and previous.entries == entries:
                if same_groups and len(groups) == len(old_groups):
                    stages[stage.id] = previous if previous.key == key else previous.with_key(key)
                    continue
                stages[stage.id] = _Stage(key, previous.entries, groups)
            else:
                changed = True
                stages[stage.id] = _Stage(key, entries, groups)
            regroup = True
        self._stages, self._order = stages, order
        if regroup:
            self._regroup(old_stages, stages, order, changed_order)
        labels = sorted(((int(k), v) for k, v in journey.emotion_scale.labels.items()), reverse=True)
        label_bg = ctx.theme.label_fill(lanes[g.band_lane].colour)
        curve_key = (g.band, tuple(labels), label_bg, g.grid[0])
        if changed or self.curve is None or self.curve[0] != curve_key:
            if self._guides is None or self._guides[0] != curve_key:
                guides = emotion_guides(
                    g.band, g.grid[0], ctx.sizes.label_width, labels, score_map.y_for_score, label_bg, ctx
                )
                self._guides, self._segments = (curve_key, guides), {}
            self.curve = (curve_key, self._curve(self._guides[1], g.band, g.grid[0], ctx))

    def _regroup(
        self, old_stages: dict[str, _Stage], stages: dict[str, _Stage], order: list[str], rebuild: bool
    ) -> None:
        """The point groups and positions by card, read through the stages' own dicts.

        The card → stage index is patched for the stages whose points changed (a move
        touches two of ~50), not rebuilt from every point.
        """
        if rebuild or not self._where:
            where = {cid: stage_id for stage_id in order for cid in stages[stage_id].groups}
        else:
            where = self._where.copy()  # an earlier layout keeps reading the one it was given
            redone = [sid for sid in order if stages[sid] is not old_stages.get(sid)]
            for stage_id in redone:
                previous = old_stages.get(stage_id)
                for cid in previous.groups if previous is not None else ():
                    if where.get(cid) == stage_id:
                        del where[cid]
            for stage_id in redone:
                for cid in stages[stage_id].groups:
                    where[cid] = stage_id
        self._where = where
        self.stage_groups = {stage_id: stages[stage_id].groups for stage_id in order}
        self.point_groups = ByStage(self.stage_groups, where)
        self.points_xy = ByStage({stage_id: stages[stage_id].xy for stage_id in order}, where)
        points_cache = self._points
        if len(points_cache) != len(where):
            self._points = {cid: v for cid, v in points_cache.items() if cid in where}

    def _curve(
        self,
        guides: tuple[Primitive, ...],
        band: tuple[float, float, float, float],
        label_x: float,
        ctx: Context,
    ) -> Group:
        """The curve through every stage's points, reusing the segments of unchanged stretches.

        The segments from a stage's points depend on those points, on the point before them
        and on the two after them (Catmull–Rom). A stage whose own points are the same
        lists as last time keeps its segments; when only a neighbour's points moved, just
        its first segment (the point before) or its last two (the points after) are redone,
        so a move redoes the two stages it re-spread, not also the four beside them.
        """
        shown = [self._stages[sid] for sid in self._order]
        spans = [(sid, stage) for sid, stage in zip(self._order, shown, strict=True) if stage.xs]
        if not spans:
            self._segments = {}
            return emotion_curve_from(guides, (), (0.0, 0.0), band, label_x, ctx)
        lo, hi = band[1] + 2, band[1] + band[3] - 2
        first_stage, last_stage = spans[0][1], spans[-1][1]
        ops: list[PathOp] = [("M", first_stage.xs[0], first_stage.ys[0])]
        old, segments = self._segments, {}
        for k, (stage_id, stage) in enumerate(spans):
            before = spans[k - 1][1] if k else None
            prev = (before.xs[-1], before.ys[-1]) if before is not None else None
            found = _stage_segments(old.get(stage_id), stage, prev, _next_points(spans, k), lo, hi)
            segments[stage_id] = found
            ops.extend(found[4])
        self._segments = segments
        return emotion_curve_from(
            guides, tuple(ops), (first_stage.xs[0], last_stage.xs[-1]), band, label_x, ctx
        )

    def _label(self, score: int, label: str) -> str:
        """A point's tooltip title: its signed score and its cleaned label (cached: maps repeat them)."""
        key = (score, label)
        found = self._labels.get(key)
        if found is None:
            if len(self._labels) > 10_000:
                self._labels = {}
            found = self._labels[key] = f"{emotion_text(score)} {clean_plain(label)}".strip()
        return found

    def _fill(self, score: int, ctx: Context) -> str:
        """A score's colour (one per score of the scale)."""
        if self._fills_ctx is not ctx:
            self._fills, self._fills_ctx = {}, ctx
        found = self._fills.get(score)
        if found is None:
            found = self._fills[score] = ctx.theme.emotion_colour(score, ctx.scale_min, ctx.scale_max)
        return found


def _next_points(spans: list[tuple[str, _Stage]], k: int) -> tuple[Point, ...]:
    """The (up to) two points after stage k's, from the stages after it."""
    found: list[Point] = []
    for _, stage in spans[k + 1 :]:
        for x, y in zip(stage.xs, stage.ys, strict=True):
            found.append((x, y))
            if len(found) == 2:
                return tuple(found)
    return tuple(found)


def _stage_segments(
    cached: Segments | None,
    stage: _Stage,
    prev: Point | None,
    after: tuple[Point, ...],
    lo: float,
    hi: float,
) -> Segments:
    """A stage's segments, computed on its points with the one before and the two after.

    Segment i (points i to i + 1) reads points i - 1 to i + 2, so on this window the
    indices and end conditions are those of the whole curve: the values are the same as
    `catmull_rom_segments` over every point. Reuses `cached` where its inputs are unchanged.
    """
    xs, ys = stage.xs, stage.ys
    if cached is not None and cached[0] == prev and cached[1] == after:
        if (cached[2] is xs or cached[2] == xs) and (cached[3] is ys or cached[3] == ys):
            return cached
    wx = ([prev[0]] if prev is not None else []) + xs + [p[0] for p in after]
    wy = ([prev[1]] if prev is not None else []) + ys + [p[1] for p in after]
    s = 1 if prev is not None else 0
    end = min(s + len(xs), len(wx) - 1)  # the stage's segments are [s, end) on the window
    own_same = (
        cached is not None
        and len(xs) >= 4
        and (cached[0] is None) == (prev is None)
        and len(cached[1]) == len(after)
        and (cached[2] is xs or cached[2] == xs)
        and (cached[3] is ys or cached[3] == ys)
    )
    if not own_same or cached is None:
        return (prev, after, xs, ys, catmull_rom_segments(wx, wy, s, end, lo, hi))
    head = s + 1 if cached[0] != prev else s  # the first segment reads the point before
    tail = s + len(xs) - 2 if cached[1] != after else end  # the last two read the points after
    ops = catmull_rom_segments(wx, wy, s, head, lo, hi)
    ops.extend(cached[4][head - s : tail - s])
    ops.extend(catmull_rom_segments(wx, wy, tail, end, lo, hi))
    return (prev, after, xs, ys, ops)
