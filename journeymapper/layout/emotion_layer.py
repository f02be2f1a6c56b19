"""The engine's emotion layer: points per stage and the curve through them, kept between edits."""

from __future__ import annotations

from journeymapper.layout.blocks import Context
from journeymapper.layout.cards import emotion_text
from journeymapper.layout.display import Group
from journeymapper.layout.emotion import emotion_curve_group, emotion_point_group, spread_points
from journeymapper.layout.stacking import Geometry, ScoreMap
from journeymapper.layout.text import clean_plain
from journeymapper.model.journey import JourneyMap


class EmotionLayer:
    """Emotion-point groups (card id → Group), their positions, and the curve group."""

    def __init__(self) -> None:
        self.curve: tuple[tuple, Group] | None = None
        self._points: dict[str, tuple[tuple, Group]] = {}
        self._stage_points: dict[str, tuple[tuple, list[tuple[str, float, float]]]] = {}
        self.point_groups: dict[str, Group] = {}
        self.points_xy: dict[str, tuple[float, float]] = {}

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
            self.curve, self._points, self._stage_points = None, {}, {}
            self.point_groups, self.points_xy = {}, {}
            return
        score_map = ScoreMap(g.band, ctx.scale_min, ctx.scale_max)
        lanes = journey.lanes
        old_stages = self._stage_points
        stage_points: dict[str, tuple[tuple, list[tuple[str, float, float]]]] = {}
        changed = set(old_stages) != {s.id for s in journey.stages}
        points_cache = self._points
        for index, stage in enumerate(journey.stages):
            previous = old_stages.get(stage.id)
            key = (g.col_x[index], g.col_w, g.band)
            if (
                previous is not None
                and previous[0] == key
                and dirty_stages is not None
                and stage.id not in dirty_stages
            ):
                stage_points[stage.id] = previous
                continue
            scored = [
                (cid, cards[cid].emotion)
                for lane in lanes
                for cid in cell_cards.get((stage.id, lane.id), ())
                if cards[cid].emotion is not None
            ]
            spread = spread_points(
                [[(cid, e.score) for cid, e in scored]], [g.col_x[index]], g.col_w, score_map.y_for_score
            )
            entries = [(cid, x, y) for cid, x, y, _ in spread]
            for (cid, emotion), (_, x, y, score) in zip(scored, spread, strict=True):
                label = f"{emotion_text(score)} {clean_plain(emotion.label)}".strip()
                content = (x, y, score, label, emotion.note)
                cached = points_cache.get(cid)
                if cached is None or cached[0] != content:
                    points_cache[cid] = (
                        content,
                        emotion_point_group(cid, x, y, score, label, clean_plain(emotion.note), ctx),
                    )
            if previous is None or previous[1] != entries:
                changed = True
            stage_points[stage.id] = (key, entries)
        self._stage_points = stage_points
        ordered = [entry for stage in journey.stages for entry in stage_points[stage.id][1]]
        if len(points_cache) != len(ordered):
            alive = {cid for cid, _, _ in ordered}
            self._points = points_cache = {cid: v for cid, v in points_cache.items() if cid in alive}
        self.point_groups = {cid: points_cache[cid][1] for cid, _, _ in ordered}
        self.points_xy = {cid: (x, y) for cid, x, y in ordered}
        labels = sorted(((int(k), v) for k, v in journey.emotion_scale.labels.items()), reverse=True)
        label_bg = ctx.theme.label_fill(lanes[g.band_lane].colour)
        curve_key = (g.band, tuple(labels), label_bg, g.grid[0])
        if changed or self.curve is None or self.curve[0] != curve_key:
            group = emotion_curve_group(
                [(x, y) for _, x, y in ordered],
                g.band,
                g.grid[0],
                ctx.sizes.label_width,
                labels,
                score_map.y_for_score,
                label_bg,
                ctx,
            )
            self.curve = (curve_key, group)
