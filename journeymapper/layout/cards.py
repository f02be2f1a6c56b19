"""Touchpoint cards: sticky notes with a channel badge, title, text, evidence and emotion.

A card is measured once per distinct content and width (the engine caches it), so a
5,000-card map re-wraps only the card being edited. Pain points attached to a card
are drawn in a strip at its bottom, inside its box, as their own groups: the card's
height includes them, which keeps "nothing overlaps" true by construction.

Placing a card does not draw it: its group's primitives are `DeferredItems`, drawn from
the measured card when something reads them (a backend painting it, the canvas showing
it). The values are those of drawing it at the origin and moving it to its place.
"""

from __future__ import annotations

from functools import lru_cache

from journeymapper.layout.annotations import PainBlock, measure_pain
from journeymapper.layout.blocks import Block, Context, block_height, shared, text_runs
from journeymapper.layout.display import Circle, Group, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.icons import channel_icon
from journeymapper.layout.shift import DeferredItems, new_group
from journeymapper.layout.text import clean_plain, clean_text, single_line, wrap_clamped
from journeymapper.layout.theme import ensure_contrast, readable_on, valid_colour
from journeymapper.model.entities import PainPoint, Touchpoint
from journeymapper.model.vocabulary import Evidence, display_name

_OBSERVED = Evidence.OBSERVED  # read for every card: an enum member lookup costs a call
PAIN_GAP = 5.0
DOT = 10.0  # a card's diameter in the "dots" density
DOT_ROW = 13.0  # the height a dot takes in its cell


_valid_colour = lru_cache(maxsize=256)(valid_colour)  # a theme's few channel colours, for every card


@lru_cache(maxsize=256)
def _tag_width(evidence: Evidence, language: str, size: float) -> float:
    """The width of an evidence tag (its name and padding): the same few for every card."""
    return text_width(display_name(evidence, language), "regular", size) + 10


def emotion_text(score: int) -> str:
    """A score as a signed number, with a real minus sign."""
    if score > 0:
        return f"+{score}"
    if score < 0:
        return f"\u2013{-score}"  # en dash: Noto Sans has no U+2212 minus sign
    return "0"


class CardBlock(Block):
    """A touchpoint card measured for one width."""

    __slots__ = (
        "card_id",
        "title",
        "description",
        "inner",
        "meta",
        "footer",
        "channel",
        "channel_colour",
        "emotion",
        "evidence",
        "title_top",
        "desc_top",
        "footer_top",
        "pains",
        "pains_top",
        "full_title",
        "full_desc",
        "ctx",
    )
    reads = ("title", "description", "channel", "channel_detail", "owner", "evidence", "tags", "emotion")

    @classmethod
    def key_with_pains(cls, card: Touchpoint, pains: list[PainPoint], width: float) -> tuple:
        """A card is drawn with its attached pains: their declared fields are part of its key."""
        if not pains:
            return cls.content_key(card, (), width)
        return cls.content_key(card, tuple((p.id, PainBlock.content_key(p)) for p in pains), width)

    def __init__(self, card: Touchpoint, pains: list[PainPoint], width: float, ctx: Context) -> None:
        self.full_title = clean_plain(card.title)
        self.full_desc = clean_plain(card.description)
        if ctx.density != "full":  # the lighter densities leave things out: the card says so
            card = card.model_copy(
                update={
                    "description": "",
                    "owner": "",
                    "tags": [],
                    "evidence": _OBSERVED,
                    "channel": None,
                }
            )
            pains = []
        sz, theme = ctx.sizes, ctx.theme
        self.ctx = ctx
        self.card_id = card.id
        pad = sz.card_pad
        inner = width - 2 * pad
        y = pad
        self.channel = card.channel
        colours = theme.channel_colours
        self.channel_colour = _valid_colour(colours.get(card.channel, "#52606D")) if card.channel else ""
        self.emotion = None if card.emotion is None else card.emotion.score
        self.meta = ""
        has_header = card.channel is not None or self.emotion is not None
        if has_header:
            room = (
                inner
                - (sz.badge + 5 if card.channel else 0)
                - (sz.badge + 6 if self.emotion is not None else 0)
            )
            if card.channel is not None:
                label = display_name(card.channel, ctx.language)
                detail = clean_text(card.channel_detail, multiline=False)
                if detail:
                    label = f"{label} · {detail}"
                self.meta = single_line(label, "regular", sz.small, room)
            y += sz.badge + 6
        self.title_top = shared(y)
        self.inner = shared(inner)
        self.title = clean_text(card.title, multiline=True)
        title_lines = self._title_lines()
        y += block_height(len(title_lines), sz.title, sz.title_leading)
        self.description = clean_text(card.description)
        if self.description:
            if title_lines:
                y += 3
            self.desc_top = shared(y)
            y += block_height(len(self._desc_lines()), sz.body, sz.body_leading)
        else:
            self.desc_top = shared(y)
        self.evidence = card.evidence
        bits = [clean_text(card.owner, multiline=False)] + [
            "#" + clean_text(t, multiline=False) for t in card.tags
        ]
        footer = "  ".join(b for b in bits if b and b != "#")
        tag_room = self._tag_width() + 6 if self.evidence != _OBSERVED else 0
        self.footer = single_line(footer, "regular", sz.small, inner - tag_room) if footer else ""
        self.footer_top = shared(y + 5)
        if self.footer or self.evidence != _OBSERVED:
            y += 5 + sz.small * 1.9
        pain_w = inner + 2 * pad - 2 * 5
        self.pains: tuple[PainBlock, ...] = (
            tuple([measure_pain(p, pain_w, ctx, attached=True) for p in pains]) if pains else ()
        )
        self.pains_top = shared(y + (7 if self.pains else 0))
        if self.pains:
            y += 7 + sum(p.height for p in self.pains) + PAIN_GAP * (len(self.pains) - 1)
            y += 5 - pad  # pains sit closer to the card's edge than text does
        self.height = shared(max(y + pad, 2 * pad + sz.title * 1.6) if ctx.density != "dots" else DOT_ROW)

    def _title_lines(self) -> tuple[str, ...]:
        """The title wrapped to the card (measured again to draw: lines are not kept)."""
        ctx = self.ctx
        sz = ctx.sizes
        max_lines = 2 if ctx.density == "compact" else 0 if ctx.density == "dots" else sz.max_title_lines
        return wrap_clamped(self.title, "bold", sz.title, self.inner, max_lines).lines if max_lines else ()

    def _desc_lines(self) -> tuple[str, ...]:
        """The description wrapped to the card (keeping its lines cost ~200 bytes a card)."""
        sz = self.ctx.sizes
        return wrap_clamped(self.description, "regular", sz.body, self.inner, sz.max_desc_lines).lines

    def _tag_width(self) -> float:
        return _tag_width(self.evidence, self.ctx.language, self.ctx.sizes.small)

    def _dot(self, x: float, y: float) -> Circle:
        """The "dots" density: one dot in the emotion's colour (the card's border without one)."""
        ctx, ref = self.ctx, self.card_id
        theme = ctx.theme
        if self.emotion is None:
            fill = theme.card_fill
        else:
            fill = theme.emotion_colour(self.emotion, ctx.scale_min, ctx.scale_max)
        r = DOT / 2
        return Circle(
            x + r + 1,
            y + DOT_ROW / 2,
            r,
            fill=fill,
            stroke=theme.card_border,
            stroke_width=0.8,
            ref=ref,
            role="card",
        )

    def _box(self, x: float, y: float, w: float) -> Rect:
        """The card's box: the first primitive of its drawing."""
        theme = self.ctx.theme
        return Rect(
            x,
            y,
            w,
            self.height,
            fill=theme.card_fill,
            stroke=theme.card_border,
            stroke_width=0.9,
            radius=self.ctx.sizes.card_radius,
            dash=theme.evidence_dash.get(self.evidence, ()),
            ref=self.card_id,
            role="card",
        )

    def place(self, x: float, y: float, w: float) -> list[Group]:
        """The card's group and its pains' at (x, y), their primitives drawn when read.

        The boxes are those of the card drawn at the origin (0.0) and moved by (x, y)."""
        groups = [
            new_group(
                self.card_id,
                "card",
                x or 0.0,  # = 0.0 + x (the box at the origin, moved) without a new float object
                y or 0.0,
                w,
                self.height,
                DeferredItems(self, w, 0, x, y),
                self.full_title,
                self.full_desc,
            )
        ]
        if not self.pains:
            return groups
        for part, (pain, px, py, pw) in enumerate(self._pain_spots(0.0, 0.0, w), 1):
            items, desc, h = DeferredItems(self, w, part, x, y), pain.description(), pain.height
            groups.append(new_group(pain.pain_id, "pain", px + x, py + y, pw, h, items, pain.full, desc))
        return groups

    def draw_part(self, part: int, w: float) -> list[Primitive]:
        if part == 0:
            return self._card_items(0.0, 0.0, w)
        pain, px, py, pw = self._pain_spots(0.0, 0.0, w)[part - 1]
        return pain.items_at(px, py, pw)

    def first_primitive(self, part: int, w: float) -> Primitive:
        if part == 0:
            return self._dot(0.0, 0.0) if self.ctx.density == "dots" else self._box(0.0, 0.0, w)
        pain, px, py, pw = self._pain_spots(0.0, 0.0, w)[part - 1]
        return pain.box(px, py, pw)

    def draw(self, x: float, y: float, w: float) -> list[Group]:
        """The card and its pains drawn at (x, y) now (`place` draws them when read)."""
        items = tuple(self._card_items(x, y, w))
        groups = [Group(self.card_id, "card", x, y, w, self.height, items, self.full_title, self.full_desc)]
        if self.ctx.density == "dots":
            return groups
        for pain, px, py, pw in self._pain_spots(x, y, w):
            groups.extend(pain.draw(px, py, pw))
        return groups

    def _pain_spots(self, x: float, y: float, w: float) -> list[tuple[PainBlock, float, float, float]]:
        """Each attached pain with where it is drawn: (pain, x, y, width), stacked in the strip."""
        spots = []
        py = y + self.pains_top
        for pain in self.pains:
            spots.append((pain, x + 5, py, w - 10))
            py += pain.height + PAIN_GAP
        return spots

    def _card_items(self, x: float, y: float, w: float) -> list[Primitive]:
        ctx = self.ctx
        if ctx.density == "dots":
            return [self._dot(x, y)]
        sz, theme = ctx.sizes, ctx.theme
        ref = self.card_id
        pad = sz.card_pad
        ink = ensure_contrast(theme.ink, theme.card_fill)
        muted = ensure_contrast(theme.muted, theme.card_fill)
        items: list[Primitive] = [self._box(x, y, w)]
        top = y + pad
        if self.channel is not None:
            b = sz.badge
            items.append(
                Rect(x + pad, top, b, b, fill=self.channel_colour, radius=3, ref=ref, role="channel-badge")
            )
            items.extend(channel_icon(self.channel, x + pad, top, b, readable_on(self.channel_colour), ref))
            if self.meta:
                items.append(
                    TextRun(
                        x + pad + b + 5,
                        top + b / 2 + sz.small * 0.36,
                        self.meta,
                        sz.small,
                        "regular",
                        muted,
                        "start",
                        text_width(self.meta, "regular", sz.small),
                        ref,
                        "card-channel",
                    )
                )
        if self.emotion is not None:
            r = sz.badge / 2
            fill = theme.emotion_colour(self.emotion, ctx.scale_min, ctx.scale_max)
            cx, cy = x + w - pad - r, top + r
            label = emotion_text(self.emotion)
            items.append(Circle(cx, cy, r, fill=fill, ref=ref, role="emotion-badge"))
            lw = text_width(label, "bold", sz.small)
            items.append(
                TextRun(
                    cx,
                    cy + sz.small * 0.36,
                    label,
                    sz.small,
                    "bold",
                    readable_on(fill),
                    "middle",
                    lw,
                    ref,
                    "emotion-badge",
                )
            )
        items.extend(
            text_runs(
                self._title_lines(),
                x + pad,
                y + self.title_top,
                sz.title,
                "bold",
                ink,
                sz.title_leading,
                ref,
                "card-title",
            )
        )
        items.extend(
            text_runs(
                self._desc_lines() if self.description else (),
                x + pad,
                y + self.desc_top,
                sz.body,
                "regular",
                ink,
                sz.body_leading,
                ref,
                "card-text",
            )
        )
        foot_base = y + self.footer_top + sz.small * 1.25
        if self.footer:
            items.append(
                TextRun(
                    x + pad,
                    foot_base,
                    self.footer,
                    sz.small,
                    "regular",
                    muted,
                    "start",
                    text_width(self.footer, "regular", sz.small),
                    ref,
                    "card-footer",
                )
            )
        if self.evidence != _OBSERVED:
            name = display_name(self.evidence, ctx.language)
            tw = self._tag_width()
            tx = x + w - pad - tw
            items.append(
                Rect(
                    tx,
                    foot_base - sz.small * 1.2,
                    tw,
                    sz.small * 1.75,
                    stroke=muted,
                    stroke_width=0.6,
                    radius=sz.small * 0.8,
                    dash=theme.evidence_dash[self.evidence],
                    ref=ref,
                    role="evidence-tag",
                )
            )
            items.append(
                TextRun(
                    tx + tw / 2,
                    foot_base,
                    name,
                    sz.small,
                    "regular",
                    muted,
                    "middle",
                    text_width(name, "regular", sz.small),
                    ref,
                    "evidence-tag",
                )
            )
        return items
