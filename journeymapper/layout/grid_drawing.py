"""Drawers for the parts of the grid: a stage header, a lane label, a cell background, the
seams. The frame layer (`frame_layer.py`) decides which to (re)build and where.

Stage colours come from the file; the text on them is white or dark, whichever
contrasts more (WCAG), so a user's pale yellow stage still gets a readable name.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.layout.blocks import Context, block_height, text_runs
from journeymapper.layout.display import Group, Line, Primitive, Rect
from journeymapper.layout.text import clean_plain, clean_text, single_line, wrap_clamped
from journeymapper.layout.theme import ensure_contrast, readable_on, valid_colour
from journeymapper.model.entities import Lane, Stage

HEADER_PAD = 10.0
LABEL_PAD = 10.0


@dataclass(frozen=True)
class StageHeaderText:
    """A stage header's wrapped text and the height it needs."""

    number: str
    name: tuple[str, ...]
    desc: tuple[str, ...]
    height: float


def measure_stage(stage: Stage, index: int, width: float, ctx: Context) -> StageHeaderText:
    sz = ctx.sizes
    inner = width - 2 * HEADER_PAD
    name = wrap_clamped(clean_text(stage.name, multiline=False), "bold", sz.stage_name, inner, 2).lines
    desc = wrap_clamped(
        clean_text(stage.description), "regular", sz.stage_desc, inner, sz.max_stage_desc_lines
    ).lines
    height = (
        HEADER_PAD
        + sz.small * 1.5
        + block_height(len(name), sz.stage_name, 1.2)
        + (4 + block_height(len(desc), sz.stage_desc, 1.35) if desc else 0)
        + HEADER_PAD
    )
    return StageHeaderText(f"{index + 1:02d}", name, desc, height)


def stage_header_group(
    stage: Stage, text: StageHeaderText, x: float, y: float, w: float, h: float, ctx: Context
) -> Group:
    sz = ctx.sizes
    fill = valid_colour(stage.colour, "#5B7DB1")
    ink = readable_on(fill)
    ref = stage.id
    items: list[Primitive] = [Rect(x, y, w, h, fill=fill, radius=6, ref=ref, role="stage-header")]
    if stage.collapsed:  # a narrow column: its number centred; the name stays in the tooltip
        number = text_runs(
            [text.number],
            x + w / 2,
            y + HEADER_PAD,
            sz.small,
            "bold",
            ink,
            1.5,
            ref,
            "stage-number",
            "middle",
        )
        items.extend(number)
        return Group(
            ref,
            "stage-header",
            x,
            y,
            w,
            h,
            tuple(items),
            clean_plain(stage.name),
            clean_plain(stage.description),
        )
    top = y + HEADER_PAD
    items.extend(
        text_runs([text.number], x + HEADER_PAD, top, sz.small, "bold", ink, 1.5, ref, "stage-number")
    )
    top += sz.small * 1.5
    items.extend(
        text_runs(text.name, x + HEADER_PAD, top, sz.stage_name, "bold", ink, 1.2, ref, "stage-name")
    )
    top += block_height(len(text.name), sz.stage_name, 1.2) + 4
    items.extend(
        text_runs(text.desc, x + HEADER_PAD, top, sz.stage_desc, "regular", ink, 1.35, ref, "stage-desc")
    )
    return Group(
        ref, "stage-header", x, y, w, h, tuple(items), clean_plain(stage.name), clean_plain(stage.description)
    )


def lane_label_lines(lane: Lane, width: float, ctx: Context) -> tuple[str, ...]:
    sz = ctx.sizes
    name = clean_text(lane.name, multiline=False)
    if lane.collapsed:
        return (single_line(name, "bold", sz.small + 1, width - 2 * LABEL_PAD),)
    return wrap_clamped(name, "bold", sz.lane_name, width - 2 * LABEL_PAD, 3).lines


def lane_label_height(lines: tuple[str, ...], ctx: Context) -> float:
    return 2 * LABEL_PAD + block_height(len(lines), ctx.sizes.lane_name, 1.25)


def lane_label_group(
    lane: Lane, lines: tuple[str, ...], x: float, y: float, w: float, h: float, ctx: Context
) -> Group:
    sz, theme = ctx.sizes, ctx.theme
    ref = lane.id
    gap = sz.cell_gap / 2
    fill = theme.label_fill(lane.colour)
    ink = ensure_contrast(theme.text_on(fill), fill)
    items: list[Primitive] = [
        Rect(x + gap, y + gap, w - 2 * gap, h - 2 * gap, fill=fill, radius=4, ref=ref, role="lane-label")
    ]
    if lane.collapsed:
        size = sz.small + 1
        items.extend(
            text_runs(
                lines, x + LABEL_PAD, y + (h - size * 1.25) / 2, size, "bold", ink, 1.25, ref, "lane-name"
            )
        )
    else:
        items.extend(
            text_runs(lines, x + LABEL_PAD, y + LABEL_PAD, sz.lane_name, "bold", ink, 1.25, ref, "lane-name")
        )
    return Group(ref, "lane-label", x, y, w, h, tuple(items), clean_plain(lane.name), str(lane.kind))


def cell_group(stage_id: str, lane: Lane, x: float, y: float, w: float, h: float, ctx: Context) -> Group:
    gap = ctx.sizes.cell_gap / 2
    ref = f"{stage_id}|{lane.id}"
    fill = ctx.theme.cell_fill(lane.colour)
    rect = Rect(x + gap, y + gap, w - 2 * gap, h - 2 * gap, fill=fill, ref=ref, role="cell")
    return Group(ref, "cell", x, y, w, h, (rect,))


def grid_group(
    column_xs: list[float], row_ys: list[float], x: float, y: float, w: float, h: float, ctx: Context
) -> Group:
    """Faint seams between stages and under the header row, for structure when printed."""
    colour = ctx.theme.grid_line
    items: list[Primitive] = []
    for cx in column_xs:
        items.append(Line(cx, y, cx, y + h, stroke=colour, stroke_width=0.6, role="grid"))
    for ry in row_ys:
        items.append(Line(x, ry, x + w, ry, stroke=colour, stroke_width=0.6, role="grid"))
    return Group("", "grid", x, y, w, h, tuple(items))
