"""As-is beside to-be: two maps side by side and both emotion curves overlaid in one lane.

Why a poster of its own: a team that has mapped today's journey and designed the
desired one wants to see where the experience improves. The two maps keep their own
layouts (each is laid out exactly as it would be alone, through the public layout API)
and sit side by side; below them one lane spans both, with a column per *aligned*
stage — stages are matched by name (case and spacing ignored), the rest by position —
and the two emotion curves drawn over the same columns: as-is dashed and grey, to-be
solid in the theme's curve colour. Pure geometry like the rest of layout/: backends
paint the display list it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.layout.display import (
    Circle,
    DisplayList,
    Drawable,
    Group,
    Line,
    Path,
    PathOp,
    Rect,
    TextRun,
)
from journeymapper.layout.fonts import text_width
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.layout.shift import translate, translate_group
from journeymapper.layout.text import single_line
from journeymapper.layout.theme import Theme, theme_named
from journeymapper.model.entities import Stage
from journeymapper.model.journey import JourneyMap

GAP = 48.0  # between the two maps, and above the emotion lane
HEADING = 64.0  # height of the "As-is" / "To-be" banner above each map
BAND_HEIGHT = 260.0
BAND_PAD = 36.0
LABEL_COLUMN = 150.0
AS_IS_CURVE = "#6B7280"

WORDS = {
    "en": {"as_is": "As-is", "to_be": "To-be", "emotion": "Emotion: as-is and to-be",
           "only": "only in"},
    "es": {"as_is": "Situación actual", "to_be": "Situación deseada",
           "emotion": "Emoción: actual y deseada", "only": "solo en"},
}


@dataclass(frozen=True)
class Column:
    """One aligned stage column: the as-is stage, the to-be stage, or both."""

    as_is: Stage | None
    to_be: Stage | None

    def label(self) -> str:
        names = [s.name for s in (self.as_is, self.to_be) if s is not None]
        if len(names) == 2 and _key(names[0]) != _key(names[1]):
            return f"{names[0]} → {names[1]}"
        return names[0]


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def align_stages(as_is: list[Stage], to_be: list[Stage]) -> list[Column]:
    """Columns in to-be order: stages paired by name, the rest by position among the unpaired;
    a stage without a partner gets a column of its own after its predecessor."""
    by_name: dict[str, Stage] = {}
    for stage in as_is:
        by_name.setdefault(_key(stage.name), stage)
    partner: dict[str, Stage] = {}
    for stage in to_be:
        match = by_name.pop(_key(stage.name), None)
        if match is not None and match.id not in {p.id for p in partner.values()}:
            partner[stage.id] = match
    paired = {p.id for p in partner.values()}
    lonely_old = [s for s in as_is if s.id not in paired]
    lonely_new = [s for s in to_be if s.id not in partner]
    for old, new in zip(lonely_old, lonely_new, strict=False):
        partner[new.id] = old
    paired = {p.id for p in partner.values()}
    columns = [Column(partner.get(stage.id), stage) for stage in to_be]
    for index, stage in enumerate(as_is):
        if stage.id in paired:
            continue
        before = as_is[index - 1].id if index else None
        at = next((i + 1 for i, c in enumerate(columns) if c.as_is is not None and c.as_is.id == before), 0)
        columns.insert(at, Column(stage, None))
    return columns


def _shifted(display: DisplayList, dx: float, dy: float) -> list[Drawable]:
    return [translate_group(i, dx, dy) if isinstance(i, Group) else translate(i, dx, dy)
            for i in display.items]


def _text(x: float, y: float, text: str, size: float, colour: str, face: str = "regular",
          anchor: str = "start", role: str = "comparison-label") -> TextRun:
    return TextRun(x, y, text, size, face, colour, anchor, text_width(text, face, size),  # type: ignore[arg-type]
                   role=role)


def _banner(x: float, width: float, label: str, title: str, theme: Theme, colour: str) -> Group:
    title = single_line(title, "regular", 18, max(10.0, width - 260))
    items = (
        Rect(x, 0, width, HEADING - 14, fill=colour, radius=8, role="comparison-banner"),
        _text(x + 20, 34, label, 24, theme.text_on(colour), "bold"),
        _text(x + 20 + text_width(label, "bold", 24) + 16, 33, title, 18, theme.text_on(colour)),
    )
    return Group("", "comparison-banner", x, 0, width, HEADING - 14, items, title=label)


def _points(journey: JourneyMap, columns: list[Column], side: str, box: tuple[float, float, float],
            y_of: dict[int, float]) -> list[tuple[float, float]]:
    """(x, y) of each card with an emotion, spread across its stage's column, in reading order."""
    left, column_w, _top = box
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    points = []
    for index, column in enumerate(columns):
        stage = column.as_is if side == "as_is" else column.to_be
        if stage is None:
            continue
        cards = [c for c in journey.touchpoints if c.stage_id == stage.id and c.emotion is not None]
        cards.sort(key=lambda c: (lanes.get(c.lane_id, 0), c.order))
        for k, card in enumerate(cards):
            assert card.emotion is not None
            x = left + column_w * index + column_w * (k + 1) / (len(cards) + 1)
            points.append((x, y_of[card.emotion.score]))
    return points


def _curve(points: list[tuple[float, float]], colour: str, dashed: bool, role: str,
           f: float = 1.0) -> list[Drawable]:
    if not points:
        return []
    ops: list[PathOp] = [("M", *points[0])]
    ops += [("L", x, y) for x, y in points[1:]]
    dash = (8.0 * f, 5.0 * f) if dashed else ()
    out: list[Drawable] = [Path(tuple(ops), stroke=colour, stroke_width=3.0 * f, dash=dash, role=role)]
    out += [Circle(x, y, 5.0 * f, fill=colour, stroke="#FFFFFF", stroke_width=1.5 * f, role=role)
            for x, y in points]
    return out


def emotion_band(as_is: JourneyMap, to_be: JourneyMap, columns: list[Column], x: float, y: float,
                 width: float, theme: Theme, words: dict[str, str]) -> Group:
    """The lane with both curves: a column per aligned stage, a row per score.

    Its height grows with the poster's width so the curves stay readable next to the maps."""
    band_h = max(BAND_HEIGHT, 0.16 * width)
    f = band_h / BAND_HEIGHT  # type and strokes grow with the band
    low = min(as_is.emotion_scale.min, to_be.emotion_scale.min)
    high = max(as_is.emotion_scale.max, to_be.emotion_scale.max)
    top, bottom = y + (BAND_PAD + 24) * f, y + band_h - BAND_PAD * f
    y_of = {s: top + (high - s) / (high - low) * (bottom - top) for s in range(low, high + 1)}
    items: list[Drawable] = [
        Rect(x, y, width, band_h, fill=theme.background, stroke=theme.grid_line, stroke_width=1.0,
             radius=6, role="comparison-band"),
        _text(x + 16 * f, y + 28 * f, words["emotion"], 16 * f, theme.ink, "bold"),
    ]
    left = x + LABEL_COLUMN * f
    column_w = (width - LABEL_COLUMN * f - 16 * f) / max(1, len(columns))
    for score, sy in y_of.items():
        colour = theme.zero_line if score == 0 else theme.grid_line
        weight = (1.0 if score else 1.5) * f
        items.append(Line(left, sy, x + width - 16 * f, sy, stroke=colour, stroke_width=weight))
        items.append(_text(left - 10 * f, sy + 4 * f, f"{score:+d}" if score else "0", 11 * f, theme.muted,
                           anchor="end"))
    for index, column in enumerate(columns):
        cx = left + column_w * index
        items.append(Line(cx, top - 8 * f, cx, bottom + 8 * f, stroke=theme.grid_line, stroke_width=f))
        label = single_line(column.label(), "bold", 11 * f, column_w - 8 * f)
        items.append(_text(cx + column_w / 2, y + band_h - 12 * f, label, 11 * f, theme.ink, "bold",
                           "middle"))
    items += _curve(_points(as_is, columns, "as_is", (left, column_w, top), y_of), AS_IS_CURVE, True,
                    "comparison-as-is", f)
    items += _curve(_points(to_be, columns, "to_be", (left, column_w, top), y_of), theme.curve, False,
                    "comparison-to-be", f)
    key_y = y + 24 * f
    for offset, (name, colour, dash) in enumerate(((words["as_is"], AS_IS_CURVE, (8.0, 5.0)),
                                                   (words["to_be"], theme.curve, ()))):
        kx = x + width - (320 - offset * 160) * f
        items.append(Line(kx, key_y, kx + 36 * f, key_y, stroke=colour, stroke_width=3.0 * f,
                          dash=tuple(d * f for d in dash)))
        items.append(_text(kx + 44 * f, key_y + 4 * f, name, 12 * f, theme.ink))
    return Group("", "comparison-emotion", x, y, width, band_h, tuple(items),  # type: ignore[arg-type]
                 title=words["emotion"])


def compare_layouts(as_is: JourneyMap, to_be: JourneyMap, left: MapLayout, right: MapLayout,
                    options: LayoutOptions = LayoutOptions()) -> DisplayList:  # noqa: B008
    """One display list: the two laid-out maps side by side, the shared emotion lane below."""
    theme = theme_named(options.theme)
    language = options.language or as_is.language.value
    words = WORDS.get(language, WORDS["en"])
    a, b = left.display, right.display
    width = a.width + GAP + b.width
    top = HEADING
    maps_h = max(a.height, b.height)
    display = DisplayList(width, top + maps_h + GAP + max(BAND_HEIGHT, 0.16 * width), background=a.background)
    display.add(_banner(0, a.width, words["as_is"], as_is.title, theme, AS_IS_CURVE))
    display.add(_banner(a.width + GAP, b.width, words["to_be"], to_be.title, theme, theme.accent))
    for item in _shifted(a, 0, top):
        display.add(item)
    for item in _shifted(b, a.width + GAP, top):
        display.add(item)
    columns = align_stages(as_is.stages, to_be.stages)
    display.add(emotion_band(as_is, to_be, columns, 0, top + maps_h + GAP, width, theme, words))
    return display
