"""Pain-point markers, KPI chips, opportunities and actions: the smaller cell items.

Each kind has its own look so a poster reads at a glance: pains carry a kind icon
(shape and colour), severity dots and votes; KPI chips carry a tick or a cross and
the words "on target"/"below target", never colour alone.
"""

from __future__ import annotations

from functools import lru_cache

from journeymapper.layout.blocks import Block, Context, block_height, format_number, text_runs
from journeymapper.layout.display import Circle, Group, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.icons import check_mark, pain_icon
from journeymapper.layout.text import clean_plain, clean_text, single_line, wrap_clamped
from journeymapper.layout.theme import ensure_contrast, mix, readable_on
from journeymapper.layout.wording import words
from journeymapper.model.entities import Action, Hypothesis, Kpi, Opportunity, PainPoint, kpi_on_target
from journeymapper.model.vocabulary import Priority, display_name
from journeymapper.typesetting import locale_formats

PAD = 6.0


@lru_cache(maxsize=512)
def _votes_label(votes: int, language: str) -> str:
    """'4 votes' in the map's language: babel's formatting took a tenth of measuring the pains."""
    return locale_formats.counted(votes, "votes", language)


class PainBlock(Block):
    """A pain marker: kind icon and name, severity dots, votes, then its text."""

    __slots__ = (
        "pain_id",
        "kind",
        "severity",
        "votes",
        "lines",
        "kind_label",
        "votes_label",
        "full",
        "ctx",
        "attached",
    )
    reads = ("text", "kind", "severity", "votes")

    def __init__(self, pain: PainPoint, width: float, ctx: Context, attached: bool) -> None:
        sz = ctx.sizes
        self.ctx = ctx
        self.attached = attached
        self.pain_id = pain.id
        self.kind = pain.kind
        self.severity = pain.severity
        self.votes = pain.votes
        size = sz.small + 0.5 if attached else sz.body
        inner = width - 2 * PAD - 3
        self.votes_label = _votes_label(pain.votes, ctx.language) if pain.votes else ""
        dots_w = 5 * 5.2 + (text_width(self.votes_label, "bold", sz.small) + 6 if self.votes_label else 0)
        self.kind_label = single_line(
            display_name(pain.kind, ctx.language), "bold", sz.small, inner - 16 - dots_w
        )
        text = clean_text(pain.text)
        max_lines = sz.max_pain_lines if attached else sz.max_desc_lines
        self.lines = wrap_clamped(text, "regular", size, inner, max_lines).lines
        self.height = PAD + 12 + (3 + block_height(len(self.lines), size, 1.3) if self.lines else 0) + PAD
        self.full = clean_plain(pain.text)

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        items = tuple(self.items_at(x, y, w))
        return [Group(self.pain_id, "pain", x, y, w, self.height, items, self.full, self.description())]

    def description(self) -> str:
        """The group's `desc`: kind, severity and votes in words."""
        language = self.ctx.language
        desc = f"{display_name(self.kind, language)} · {words('severity', language)} {self.severity}/5"
        return f"{desc} · {self.votes_label}" if self.votes else desc

    def box(self, x: float, y: float, w: float) -> Rect:
        """The marker's background: the first primitive of its drawing."""
        theme = self.ctx.theme
        fill = mix(theme.card_fill, theme.pain_colours[self.kind], 0.10)
        return Rect(x, y, w, self.height, fill=fill, radius=4, ref=self.pain_id, role="pain")

    def items_at(self, x: float, y: float, w: float) -> list[Primitive]:
        """The marker's primitives drawn at (x, y)."""
        ctx = self.ctx
        sz, theme = ctx.sizes, ctx.theme
        ref = self.pain_id
        colour = theme.pain_colours[self.kind]
        fill = mix(theme.card_fill, colour, 0.10)
        ink = ensure_contrast(theme.ink, fill)
        label_colour = ensure_contrast(colour, fill)
        h = self.height
        items: list[Primitive] = [self.box(x, y, w), Rect(x, y, 3, h, fill=colour, ref=ref, role="pain-bar")]
        cx, cy = x + 3 + PAD + 6, y + PAD + 6
        items.append(Circle(cx, cy, 6.5, fill=colour, ref=ref, role="pain-icon"))
        items.extend(pain_icon(self.kind, cx, cy, 6.5, readable_on(colour), ref))
        base = cy + sz.small * 0.36
        items.append(
            TextRun(
                cx + 10,
                base,
                self.kind_label,
                sz.small,
                "bold",
                label_colour,
                "start",
                text_width(self.kind_label, "bold", sz.small),
                ref,
                "pain-kind",
            )
        )
        right = x + w - PAD
        if self.votes_label:
            vw = text_width(self.votes_label, "bold", sz.small)
            items.append(
                TextRun(
                    right,
                    base,
                    self.votes_label,
                    sz.small,
                    "bold",
                    label_colour,
                    "end",
                    vw,
                    ref,
                    "pain-votes",
                )
            )
            right -= vw + 6
        for index in range(5):
            dx = right - (4 - index) * 5.2 - 2.2
            filled = index < self.severity
            items.append(
                Circle(
                    dx,
                    cy,
                    2.0,
                    fill=colour if filled else None,
                    stroke=colour,
                    stroke_width=0.7,
                    ref=ref,
                    role="pain-severity",
                )
            )
        size = sz.small + 0.5 if self.attached else sz.body
        items.extend(
            text_runs(self.lines, x + 3 + PAD, y + PAD + 15, size, "regular", ink, 1.3, ref, "pain-text")
        )
        return items


def measure_pain(pain: PainPoint, width: float, ctx: Context, attached: bool) -> PainBlock:
    return PainBlock(pain, width, ctx, attached)


class KpiBlock(Block):
    """A KPI chip: status mark, name, actual versus target."""

    __slots__ = ("kpi_id", "status", "name_lines", "values", "status_label", "full", "ctx")
    reads = ("name", "kind", "unit", "target", "actual", "lower_is_better")

    def __init__(self, kpi: Kpi, width: float, ctx: Context) -> None:
        sz = ctx.sizes
        self.ctx = ctx
        self.kpi_id = kpi.id
        self.status = kpi_on_target(kpi)
        inner = width - 2 * PAD - 26
        name = clean_text(kpi.name, multiline=False) or display_name(kpi.kind, ctx.language)
        self.name_lines = wrap_clamped(name, "bold", sz.body, inner, 2).lines
        lang = ctx.language
        values = (
            f"{words('actual', lang)} {format_number(kpi.actual, kpi.unit, lang)}  ·  "
            f"{words('target', lang)} {format_number(kpi.target, kpi.unit, lang)}"
        )
        self.values = single_line(clean_text(values, multiline=False), "regular", sz.small, inner)
        key = {True: "on-target", False: "off-target", None: "no-data"}[self.status]
        self.status_label = single_line(words(key, lang), "bold", sz.small, inner)
        self.height = PAD + block_height(len(self.name_lines), sz.body, 1.3) + 2 * sz.small * 1.45 + PAD
        self.full = clean_plain(name)

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        ctx = self.ctx
        sz, theme = ctx.sizes, ctx.theme
        ref = self.kpi_id
        colour = {True: theme.good, False: theme.bad, None: theme.unknown}[self.status]
        h = self.height
        ink = ensure_contrast(theme.ink, theme.card_fill)
        items: list[Primitive] = [
            Rect(
                x,
                y,
                w,
                h,
                fill=theme.card_fill,
                stroke=colour,
                stroke_width=1.2,
                radius=h / 2 if h < 40 else 8,
                ref=ref,
                role="kpi",
            ),
        ]
        cx, cy = x + PAD + 10, y + h / 2
        items.append(Circle(cx, cy, 9, fill=colour, ref=ref, role="kpi-mark"))
        items.extend(check_mark(cx, cy, 9, readable_on(colour), self.status, ref))
        tx = x + PAD + 26
        top = y + PAD
        items.extend(text_runs(self.name_lines, tx, top, sz.body, "bold", ink, 1.3, ref, "kpi-name"))
        top += block_height(len(self.name_lines), sz.body, 1.3)
        items.extend(text_runs([self.values], tx, top, sz.small, "regular", ink, 1.45, ref, "kpi-values"))
        top += sz.small * 1.45
        items.extend(
            text_runs(
                [self.status_label],
                tx,
                top,
                sz.small,
                "bold",
                ensure_contrast(colour, theme.card_fill),
                1.45,
                ref,
                "kpi-status",
            )
        )
        return [
            Group(ref, "kpi", x, y, w, h, tuple(items), self.full, self.values + " · " + self.status_label)
        ]


def hypothesis_sentence(h: Hypothesis, language: str) -> str:
    if h.is_empty():
        return ""
    parts = {
        name: clean_text(getattr(h, name), multiline=False) or "…"
        for name in ("strategy", "need", "solution", "outcome")
    }
    return words("hypothesis", language).format(**parts)


class OpportunityBlock(Block):
    """An opportunity: its text and, if written, its hypothesis sentence in italics."""

    __slots__ = ("opp_id", "lines", "hyp_lines", "full", "full_hyp", "ctx")
    reads = ("text", "hypothesis")

    def __init__(self, opp: Opportunity, width: float, ctx: Context) -> None:
        sz = ctx.sizes
        self.ctx = ctx
        self.opp_id = opp.id
        inner = width - 2 * PAD - 3
        self.lines = wrap_clamped(clean_text(opp.text), "bold", sz.body, inner, 5).lines
        hyp = hypothesis_sentence(opp.hypothesis, ctx.language)
        self.hyp_lines = wrap_clamped(hyp, "italic", sz.small + 0.5, inner, 6).lines
        self.height = (
            PAD
            + block_height(len(self.lines), sz.body, 1.32)
            + (4 + block_height(len(self.hyp_lines), sz.small + 0.5, 1.35) if self.hyp_lines else 0)
            + PAD
        )
        self.height = max(self.height, 2 * PAD + sz.body * 1.32)
        self.full = clean_plain(opp.text)
        self.full_hyp = clean_plain(hyp)

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        sz, theme = self.ctx.sizes, self.ctx.theme
        ref = self.opp_id
        fill = mix(theme.card_fill, theme.good, 0.08)
        ink = ensure_contrast(theme.ink, fill)
        muted = ensure_contrast(theme.muted, fill)
        h = self.height
        items: list[Primitive] = [
            Rect(
                x,
                y,
                w,
                h,
                fill=fill,
                stroke=mix(theme.card_border, theme.good, 0.4),
                stroke_width=0.8,
                radius=5,
                ref=ref,
                role="opportunity",
            ),
            Rect(x, y + 4, 3, h - 8, fill=theme.good, radius=1.5, ref=ref, role="opportunity-bar"),
        ]
        top = y + PAD
        items.extend(
            text_runs(self.lines, x + PAD + 3, top, sz.body, "bold", ink, 1.32, ref, "opportunity-text")
        )
        top += block_height(len(self.lines), sz.body, 1.32) + 4
        items.extend(
            text_runs(
                self.hyp_lines,
                x + PAD + 3,
                top,
                sz.small + 0.5,
                "italic",
                muted,
                1.35,
                ref,
                "opportunity-hypothesis",
            )
        )
        return [Group(ref, "opportunity", x, y, w, h, tuple(items), self.full, self.full_hyp)]


class ActionBlock(Block):
    """A row of the action plan shown in its stage: priority, task, owner and due date."""

    __slots__ = ("action_id", "priority", "priority_label", "lines", "meta", "full", "ctx")
    reads = ("task", "priority", "status", "owner", "due")

    def __init__(self, action: Action, width: float, ctx: Context) -> None:
        sz = ctx.sizes
        lang = ctx.language
        self.ctx = ctx
        self.action_id = action.id
        self.priority = action.priority
        self.priority_label = display_name(action.priority, lang)
        inner = width - 2 * PAD
        self.lines = wrap_clamped(clean_text(action.task), "regular", sz.body, inner, 4).lines
        bits = [display_name(action.status, lang), clean_text(action.owner, multiline=False)]
        if action.due is not None:
            bits.append(locale_formats.date(action.due, lang))
        self.meta = single_line(
            "  ·  ".join(b for b in bits if b),
            "regular",
            sz.small,
            inner - text_width(self.priority_label, "bold", sz.small) - 14,
        )
        self.height = PAD + sz.small * 1.8 + 3 + block_height(len(self.lines), sz.body, 1.3) + PAD
        self.full = clean_plain(action.task)

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        sz, theme = self.ctx.sizes, self.ctx.theme
        ref = self.action_id
        colour = {Priority.HIGH: theme.bad, Priority.MEDIUM: theme.accent, Priority.LOW: theme.muted}[
            self.priority
        ]
        h = self.height
        ink = ensure_contrast(theme.ink, theme.card_fill)
        muted = ensure_contrast(theme.muted, theme.card_fill)
        items: list[Primitive] = [
            Rect(
                x,
                y,
                w,
                h,
                fill=theme.card_fill,
                stroke=theme.card_border,
                stroke_width=0.8,
                radius=4,
                ref=ref,
                role="action",
            ),
        ]
        pw = text_width(self.priority_label, "bold", sz.small) + 10
        ph = sz.small * 1.8
        items.append(
            Rect(x + PAD, y + PAD, pw, ph, fill=colour, radius=ph / 2, ref=ref, role="action-priority")
        )
        base = y + PAD + ph / 2 + sz.small * 0.36
        items.append(
            TextRun(
                x + PAD + pw / 2,
                base,
                self.priority_label,
                sz.small,
                "bold",
                readable_on(colour),
                "middle",
                pw - 10,
                ref,
                "action-priority",
            )
        )
        if self.meta:
            items.append(
                TextRun(
                    x + PAD + pw + 5,
                    base,
                    self.meta,
                    sz.small,
                    "regular",
                    muted,
                    "start",
                    text_width(self.meta, "regular", sz.small),
                    ref,
                    "action-meta",
                )
            )
        items.extend(
            text_runs(self.lines, x + PAD, y + PAD + ph + 3, sz.body, "regular", ink, 1.3, ref, "action-task")
        )
        return [Group(ref, "action", x, y, w, h, tuple(items), self.full, self.meta)]
