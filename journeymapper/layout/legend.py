"""The legend under the grid: how to read the emotion colours, pain icons, channel
badges, evidence borders and KPI marks, in the map's language.

Only the channels the map uses are listed, so a small map gets a small legend.
Sections flow left to right and wrap to a new row when the poster is narrow.
"""

from __future__ import annotations

from collections.abc import Callable

from journeymapper import __version__
from journeymapper.layout.blocks import Context
from journeymapper.layout.cards import emotion_text
from journeymapper.layout.display import Circle, Group, Line, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.icons import arrow_head, channel_icon, check_mark, pain_icon
from journeymapper.layout.text import clean_text, single_line
from journeymapper.layout.theme import ensure_contrast, readable_on
from journeymapper.layout.wording import words
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Channel, Evidence, PainKind, display_name

ROW = 19.0
ICON = 12.0
SECTION_GAP = 34.0
MAX_ROWS = 6
COLUMN_GAP = 16.0

IconDrawer = Callable[[float, float], list[Primitive]]  # (x, centre y) -> primitives
WIDE_ICON = 5 * 4.6


def _icon_width(draw: IconDrawer) -> float:
    return WIDE_ICON if getattr(draw, "__name__", "") == "severity" else ICON


def _section(title: str, entries: list[tuple[IconDrawer, str]], ctx: Context) -> tuple[str, list, float, int]:
    """A section's columns of entries and its width."""
    sz = ctx.sizes
    columns = [entries[i : i + MAX_ROWS] for i in range(0, len(entries), MAX_ROWS)] or [[]]
    col_widths = [
        max(
            (_icon_width(draw) + 6 + text_width(label, "regular", sz.legend_text) for draw, label in col),
            default=0.0,
        )
        for col in columns
    ]
    width = max(
        text_width(title, "bold", sz.legend_heading), sum(col_widths) + COLUMN_GAP * (len(columns) - 1)
    )
    return title, list(zip(columns, col_widths, strict=True)), width, max(len(c) for c in columns)


def legend_group(
    x: float,
    y: float,
    width: float,
    channels: list[Channel],
    scale_labels: list[tuple[int, str]],
    has_connections: bool,
    ctx: Context,
) -> Group:
    """The legend at (x, y) across `width`; its height follows its content."""
    sz, theme, lang = ctx.sizes, ctx.theme, ctx.language
    ink = ensure_contrast(theme.ink, theme.background)
    muted = ensure_contrast(theme.muted, theme.background)
    r = ICON / 2

    def emotion_icon(score: int) -> IconDrawer:
        def draw(ix: float, cy: float) -> list[Primitive]:
            return [
                Circle(
                    ix + r,
                    cy,
                    r,
                    fill=theme.emotion_colour(score, ctx.scale_min, ctx.scale_max),
                    stroke=theme.curve,
                    stroke_width=0.6,
                    role="legend",
                )
            ]

        return draw

    def pain_drawer(kind: PainKind) -> IconDrawer:
        def draw(ix: float, cy: float) -> list[Primitive]:
            colour = theme.pain_colours[kind]
            return [
                Circle(ix + r, cy, r, fill=colour, role="legend"),
                *pain_icon(kind, ix + r, cy, r, readable_on(colour), ""),
            ]

        return draw

    def severity(ix: float, cy: float) -> list[Primitive]:  # five dots: wider than an icon
        colour = theme.muted
        return [
            Circle(
                ix + 1.8 + i * 4.6,
                cy,
                1.8,
                fill=colour if i < 3 else None,
                stroke=colour,
                stroke_width=0.6,
                role="legend",
            )
            for i in range(5)
        ]

    def channel_drawer(channel: Channel) -> IconDrawer:
        def draw(ix: float, cy: float) -> list[Primitive]:
            colour = theme.channel_colours.get(channel, "#52606D")
            return [
                Rect(ix, cy - r, ICON, ICON, fill=colour, radius=2.5, role="legend"),
                *channel_icon(channel, ix, cy - r, ICON, readable_on(colour), ""),
            ]

        return draw

    def evidence_drawer(level: Evidence) -> IconDrawer:
        def draw(ix: float, cy: float) -> list[Primitive]:
            return [
                Rect(
                    ix,
                    cy - r + 1,
                    ICON,
                    ICON - 2,
                    fill=theme.card_fill,
                    stroke=theme.muted,
                    stroke_width=1.0,
                    radius=2,
                    dash=theme.evidence_dash[level],
                    role="legend",
                )
            ]

        return draw

    def kpi_drawer(state: bool | None) -> IconDrawer:
        def draw(ix: float, cy: float) -> list[Primitive]:
            colour = {True: theme.good, False: theme.bad, None: theme.unknown}[state]
            return [
                Circle(ix + r, cy, r, fill=colour, role="legend"),
                *check_mark(ix + r, cy, r, readable_on(colour), state, ""),
            ]

        return draw

    def path_icon(ix: float, cy: float) -> list[Primitive]:
        return [
            Line(ix, cy, ix + ICON - 3, cy, stroke=theme.curve, stroke_width=1.3, role="legend"),
            arrow_head(ix + ICON + 1, cy, 0.0, 5.0, theme.curve, "", "legend"),
        ]

    labels = scale_labels or [(ctx.scale_max, ""), (0, ""), (ctx.scale_min, "")]
    emotion_entries = [
        (emotion_icon(s), f"{emotion_text(s)}  {clean_text(t, multiline=False)}".strip()) for s, t in labels
    ]
    sections = [
        _section(words("emotion", lang), emotion_entries, ctx),
        _section(
            words("pain-kinds", lang),
            [(pain_drawer(k), display_name(k, lang)) for k in PainKind]
            + [(severity, words("severity-scale", lang))],
            ctx,
        ),
    ]
    if channels:
        sections.append(
            _section(
                words("channels", lang), [(channel_drawer(c), display_name(c, lang)) for c in channels], ctx
            )
        )
    sections.append(
        _section(
            words("evidence", lang), [(evidence_drawer(e), display_name(e, lang)) for e in Evidence], ctx
        )
    )
    kpi_entries = [
        (kpi_drawer(True), words("on-target", lang)),
        (kpi_drawer(False), words("off-target", lang)),
        (kpi_drawer(None), words("no-data", lang)),
    ]
    if has_connections:
        kpi_entries.append((path_icon, words("connection", lang)))
    sections.append(_section(words("kpis", lang), kpi_entries, ctx))

    items, bottom = _lay_out_sections(sections, x, y, width, ink, ctx)
    credit = f"{words('made-with', lang)} {__version__}"
    cw = text_width(credit, "regular", sz.small)
    items.append(
        TextRun(
            x + width, bottom + sz.small, credit, sz.small, "regular", muted, "end", cw, role="legend-credit"
        )
    )
    height = bottom + sz.small * 1.6 - y
    return Group("", "legend", x, y, width, height, tuple(items), words("legend", lang))


def _lay_out_sections(
    sections: list, x: float, y: float, width: float, ink: str, ctx: Context
) -> tuple[list[Primitive], float]:
    """Sections side by side, wrapping to a new row when the width is used up; the bottom."""
    sz, theme = ctx.sizes, ctx.theme
    items: list[Primitive] = [
        Line(x, y, x + width, y, stroke=theme.grid_line, stroke_width=1.0, role="legend")
    ]
    head_h = sz.legend_heading * 1.9
    cx, cy = x, y + 14
    row_h = 0.0
    for title, columns, sec_w, rows in sections:
        if cx > x and cx + sec_w > x + width:
            cx = x
            cy += row_h + 14
            row_h = 0.0
        items.append(
            TextRun(
                cx,
                cy + sz.legend_heading,
                single_line(title, "bold", sz.legend_heading, width),
                sz.legend_heading,
                "bold",
                ink,
                "start",
                min(width, text_width(title, "bold", sz.legend_heading)),
                role="legend-heading",
            )
        )
        col_x = cx
        for entries, col_w in columns:
            ey = cy + head_h
            for draw, label in entries:
                centre = ey + ROW / 2
                items.extend(draw(col_x, centre))
                label = single_line(
                    label, "regular", sz.legend_text, max(20.0, width - (col_x - x) - ICON - 6)
                )
                items.append(
                    TextRun(
                        col_x + _icon_width(draw) + 6,
                        centre + sz.legend_text * 0.36,
                        label,
                        sz.legend_text,
                        "regular",
                        ink,
                        "start",
                        text_width(label, "regular", sz.legend_text),
                        role="legend-text",
                    )
                )
                ey += ROW
            col_x += col_w + COLUMN_GAP
        row_h = max(row_h, head_h + rows * ROW)
        cx += sec_w + SECTION_GAP
    return items, cy + row_h + 10


class LegendLayer:
    """The legend: the channels the map uses, and the group, kept while its key is the same."""

    def __init__(self) -> None:
        self.channels: list[Channel] = []
        self._built: tuple[tuple, Group] | None = None

    def find_channels(self, journey: JourneyMap) -> None:
        """The channels on the map's cards, in vocabulary order (the only scan over the cards)."""
        found = {c.channel for c in journey.touchpoints if c.channel is not None}
        self.channels = sorted(found, key=list(Channel).index)

    def group(
        self, journey: JourneyMap, x: float, y: float, width: float, has_connections: bool, ctx: Context
    ) -> Group:
        labels = sorted(((int(k), v) for k, v in journey.emotion_scale.labels.items()), reverse=True)
        key = (y, width, tuple(self.channels), tuple(labels), has_connections)
        if self._built is None or self._built[0] != key:
            group = legend_group(x, y, width, list(self.channels), labels, has_connections, ctx)
            self._built = (key, group)
        return self._built[1]
