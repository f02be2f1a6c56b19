"""The emotion curve: one smooth line through the scores of the cards, in journey order.

Cards are ordered by stage, then lane, then their order in the cell; each stage's
scored cards are spread evenly across its column so the curve reads left to right
like the journey. The band shows the scale's zero line and its labelled scores.
"""

from __future__ import annotations

from collections.abc import Callable

from journeymapper.layout.blocks import Context
from journeymapper.layout.curve import catmull_rom
from journeymapper.layout.display import Circle, Group, Line, Path, PathOp, Primitive, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.text import clean_text, single_line
from journeymapper.layout.theme import ensure_contrast

POINT_R = 5.5


def spread_points(
    stages: list[list[tuple[str, int]]],
    column_x: list[float],
    column_w: float,
    y_for_score: Callable[[float], float],
) -> list[tuple[str, float, float, int]]:
    """(card id, x, y, score) for each scored card, in curve order.

    `stages[i]` lists (card id, score) of stage i in lane-then-card order.
    """
    out = []
    for index, scored in enumerate(stages):
        k = len(scored)
        for j, (card_id, score) in enumerate(scored):
            x = column_x[index] + column_w * (j + 0.5) / k
            out.append((card_id, x, y_for_score(score), score))
    return out


def emotion_point_group(
    card_id: str, x: float, y: float, score: int, title: str, note: str, ctx: Context, fill: str | None = None
) -> Group:
    """A card's point on the curve; `fill` is the score's colour when the caller has it at hand."""
    theme = ctx.theme
    if fill is None:
        fill = theme.emotion_colour(score, ctx.scale_min, ctx.scale_max)
    r = POINT_R
    items: tuple[Circle, ...] = (
        Circle(x, y, r + 1.6, fill=theme.card_fill, ref=card_id, role="emotion-point-ring"),
        Circle(x, y, r, fill=fill, stroke=theme.curve, stroke_width=0.8, ref=card_id, role="emotion-point"),
    )
    return Group(
        card_id, "emotion-point", x - r - 1.6, y - r - 1.6, 2 * (r + 1.6), 2 * (r + 1.6), items, title, note
    )


def emotion_curve_group(
    points: list[tuple[float, float]],
    band: tuple[float, float, float, float],
    label_x: float,
    label_w: float,
    labels: list[tuple[int, str]],
    y_for_score: Callable[[float], float],
    label_background: str,
    ctx: Context,
) -> Group:
    """Zero line, labelled guide lines with their labels (in the lane label column), the curve."""
    guides = emotion_guides(band, label_x, label_w, labels, y_for_score, label_background, ctx)
    if not points:
        return emotion_curve_from(guides, (), (0.0, 0.0), band, label_x, ctx)
    ops = catmull_rom(points, band[1] + 2, band[1] + band[3] - 2)
    return emotion_curve_from(guides, ops, (points[0][0], points[-1][0]), band, label_x, ctx)


def emotion_guides(
    band: tuple[float, float, float, float],
    label_x: float,
    label_w: float,
    labels: list[tuple[int, str]],
    y_for_score: Callable[[float], float],
    label_background: str,
    ctx: Context,
) -> tuple[Primitive, ...]:
    """The band's zero line and labelled guide lines: they change only with the band and scale."""
    sz, theme = ctx.sizes, ctx.theme
    bx, by, bw, bh = band
    items: list[Primitive] = []
    muted = ensure_contrast(theme.muted, label_background)
    shown = {score for score, _ in labels}
    if 0 not in shown and ctx.scale_min <= 0 <= ctx.scale_max:
        labels = sorted([*labels, (0, "0")], reverse=True)
    for score, text in labels:
        y = y_for_score(score)
        dash: tuple[float, ...] = (5.0, 3.0) if score == 0 else (1.0, 3.0)
        items.append(
            Line(
                bx,
                y,
                bx + bw,
                y,
                stroke=theme.zero_line if score == 0 else theme.grid_line,
                stroke_width=1.0 if score == 0 else 0.8,
                dash=dash,
                role="emotion-guide",
            )
        )
        label = single_line(clean_text(text, multiline=False), "regular", sz.small, label_w - 26)
        sign = f"{score:+d}" if score else "0"
        sign = sign.replace("-", "\u2013")
        if label:
            lw = text_width(label, "regular", sz.small)
            items.append(
                TextRun(
                    label_x + label_w - 24,
                    y + sz.small * 0.36,
                    label,
                    sz.small,
                    "regular",
                    muted,
                    "end",
                    lw,
                    role="emotion-scale-label",
                )
            )
        sw = text_width(sign, "bold", sz.small)
        items.append(
            TextRun(
                label_x + label_w - 8,
                y + sz.small * 0.36,
                sign,
                sz.small,
                "bold",
                muted,
                "end",
                sw,
                role="emotion-scale-label",
            )
        )
    return tuple(items)


def emotion_curve_from(
    guides: tuple[Primitive, ...],
    ops: tuple[PathOp, ...],
    ends: tuple[float, float],
    band: tuple[float, float, float, float],
    label_x: float,
    ctx: Context,
) -> Group:
    """The curve's group from its guides and the path through its points (`catmull_rom`).

    `ends` are the x of the first and the last point, where the area under the curve closes.
    """
    theme = ctx.theme
    bx, by, bw, bh = band
    items: list[Primitive] = list(guides)
    if ops:
        bottom = by + bh - 2
        if len(ops) > 1:  # more than one point: the area under the curve
            area: tuple[PathOp, ...] = (*ops, ("L", ends[1], bottom), ("L", ends[0], bottom), ("Z",))
            items.append(Path(area, stroke=None, fill=theme.curve, opacity=0.07, role="emotion-area"))
        items.append(Path(ops, stroke=theme.curve, stroke_width=2.4, role="emotion-curve"))
    x0 = min(label_x, bx)
    return Group("", "emotion-curve", x0, by, bx + bw - x0, bh, tuple(items))
