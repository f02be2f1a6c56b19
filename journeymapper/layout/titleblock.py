"""The poster's title block: what the map is, who it is about, who made it and when.

Left: state (as-is / to-be), title, subtitle, description, authors and date. Right:
the main persona as a small profile card (photo, name, role, quote, goals and
frustrations), because a journey map is always one person's journey.
"""

from __future__ import annotations

from typing import Literal

from journeymapper.layout.blocks import Context, block_height, text_runs
from journeymapper.layout.display import Group, Image, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.text import clean_plain, clean_text, single_line, wrap_clamped
from journeymapper.layout.theme import ensure_contrast, mix, readable_on
from journeymapper.layout.wording import words
from journeymapper.model.images import ImageError, image_size
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import display_name
from journeymapper.typesetting import locale_formats

PERSONA_MIN = 300.0
PERSONA_MAX = 470.0
PHOTO = 78.0


def title_block_key(journey: JourneyMap, width: float) -> tuple:
    persona = journey.main_persona()
    persona_key = None
    if persona is not None:
        persona_key = (
            persona.name,
            persona.role,
            persona.quote,
            tuple(persona.goals),
            tuple(persona.frustrations),
            persona.photo.data if persona.photo else None,
        )
    return (
        journey.title,
        journey.subtitle,
        journey.description,
        tuple(journey.authors),
        journey.organisation,
        journey.modified.date(),
        journey.state,
        persona_key,
        width,
    )


def _photo(journey: JourneyMap) -> tuple[bytes, Literal["image/png", "image/jpeg"], float, float] | None:
    persona = journey.main_persona()
    if persona is None or persona.photo is None:
        return None
    try:
        raw = persona.photo.raw()
        pw, ph = image_size(raw)
    except (ImageError, ValueError):
        return None
    scale = min(PHOTO / pw, PHOTO / ph)
    return raw, persona.photo.media_type, pw * scale, ph * scale


def title_block_group(journey: JourneyMap, x: float, y: float, width: float, ctx: Context) -> Group:
    """The title block at (x, y) across `width`; its height follows its content."""
    sz, theme, lang = ctx.sizes, ctx.theme, ctx.language
    ink = ensure_contrast(theme.ink, theme.background)
    muted = ensure_contrast(theme.muted, theme.background)
    persona = journey.main_persona()
    persona_w = min(PERSONA_MAX, max(PERSONA_MIN, width * 0.3)) if persona is not None else 0.0
    left_w = width - (persona_w + 30 if persona is not None else 0)
    items: list[Primitive] = []
    top = y
    state = display_name(journey.state, lang)
    pill_w = text_width(state, "bold", sz.small) + 14
    pill_h = sz.small * 2
    pill_fill = theme.accent
    items.append(Rect(x, top, pill_w, pill_h, fill=pill_fill, radius=pill_h / 2, role="map-state"))
    items.append(
        TextRun(
            x + pill_w / 2,
            top + pill_h / 2 + sz.small * 0.36,
            state,
            sz.small,
            "bold",
            readable_on(pill_fill),
            "middle",
            pill_w - 14,
            role="map-state",
        )
    )
    top += pill_h + 8
    title = wrap_clamped(clean_text(journey.title, multiline=False), "bold", sz.poster_title, left_w, 2).lines
    items.extend(text_runs(title, x, top, sz.poster_title, "bold", ink, 1.15, "", "map-title"))
    top += block_height(len(title), sz.poster_title, 1.15)
    subtitle = wrap_clamped(
        clean_text(journey.subtitle, multiline=False), "regular", sz.subtitle, left_w, 2
    ).lines
    if subtitle:
        top += 2
        items.extend(text_runs(subtitle, x, top, sz.subtitle, "regular", muted, 1.3, "", "map-subtitle"))
        top += block_height(len(subtitle), sz.subtitle, 1.3)
    desc = wrap_clamped(clean_text(journey.description), "regular", sz.body + 1, min(left_w, 620.0), 4).lines
    if desc:
        top += 6
        items.extend(text_runs(desc, x, top, sz.body + 1, "regular", ink, 1.4, "", "map-description"))
        top += block_height(len(desc), sz.body + 1, 1.4)
    meta_bits = []
    authors = ", ".join(clean_text(a, multiline=False) for a in journey.authors if a)
    if authors:
        meta_bits.append(f"{words('by', lang)} {authors}")
    if journey.organisation:
        meta_bits.append(clean_text(journey.organisation, multiline=False))
    meta_bits.append(f"{words('updated', lang)} {locale_formats.date(journey.modified.date(), lang)}")
    meta = single_line("   ·   ".join(meta_bits), "regular", sz.meta, left_w)
    top += 8
    items.extend(text_runs([meta], x, top, sz.meta, "regular", muted, 1.4, "", "map-meta"))
    top += sz.meta * 1.4
    height = top - y
    if persona is not None:
        px = x + width - persona_w
        pitems, ph = _persona_card(journey, px, y, persona_w, ctx)
        height = max(height, ph)
        items.insert(
            0,
            Rect(
                px,
                y,
                persona_w,
                height,
                fill=mix(theme.background, theme.accent, 0.07),
                stroke=mix(theme.background, theme.accent, 0.25),
                stroke_width=0.8,
                radius=8,
                ref=persona.id,
                role="persona",
            ),
        )
        items.extend(pitems)
    return Group(
        "",
        "title-block",
        x,
        y,
        width,
        height,
        tuple(items),
        clean_plain(journey.title),
        clean_plain(journey.description),
    )


def _persona_card(
    journey: JourneyMap, x: float, y: float, w: float, ctx: Context
) -> tuple[list[Primitive], float]:
    sz, theme, lang = ctx.sizes, ctx.theme, ctx.language
    persona = journey.main_persona()
    assert persona is not None
    ref = persona.id
    fill = mix(theme.background, theme.accent, 0.07)
    ink = ensure_contrast(theme.ink, fill)
    muted = ensure_contrast(theme.muted, fill)
    pad = 12.0
    items: list[Primitive] = []
    tx = x + pad
    photo = _photo(journey)
    if photo is not None:
        raw, kind, pw, ph = photo
        items.append(
            Rect(
                x + pad - 1,
                y + pad - 1,
                PHOTO + 2,
                PHOTO + 2,
                fill=theme.card_fill,
                stroke=theme.card_border,
                stroke_width=0.6,
                radius=4,
                ref=ref,
                role="persona-photo",
            )
        )
        items.append(
            Image(
                x + pad + (PHOTO - pw) / 2,
                y + pad + (PHOTO - ph) / 2,
                pw,
                ph,
                raw,
                kind,
                ref=ref,
                role="persona-photo",
            )
        )
        tx = x + pad + PHOTO + 12
    inner = x + w - pad - tx
    top = y + pad
    items.extend(
        text_runs(
            [words("persona", lang).upper()], tx, top, sz.small, "bold", muted, 1.4, ref, "persona-label"
        )
    )
    top += sz.small * 1.4
    name = wrap_clamped(clean_text(persona.name, multiline=False), "bold", sz.subtitle, inner, 2).lines
    items.extend(text_runs(name, tx, top, sz.subtitle, "bold", ink, 1.2, ref, "persona-name"))
    top += block_height(len(name), sz.subtitle, 1.2)
    role = wrap_clamped(clean_text(persona.role, multiline=False), "regular", sz.body, inner, 2).lines
    items.extend(text_runs(role, tx, top, sz.body, "regular", muted, 1.35, ref, "persona-role"))
    top += block_height(len(role), sz.body, 1.35)
    if photo is not None:
        top = max(top, y + pad + PHOTO)
    full_w = w - 2 * pad
    if persona.quote:
        top += 6
        quote = "\u201c" + clean_text(persona.quote, multiline=False) + "\u201d"
        lines = wrap_clamped(quote, "italic", sz.body + 0.5, full_w, 4).lines
        items.extend(text_runs(lines, x + pad, top, sz.body + 0.5, "italic", ink, 1.4, ref, "persona-quote"))
        top += block_height(len(lines), sz.body + 0.5, 1.4)
    columns = [(words("goals", lang), persona.goals), (words("frustrations", lang), persona.frustrations)]
    columns = [(head, entries) for head, entries in columns if entries]
    if columns:
        top += 6
        col_w = (full_w - 10 * (len(columns) - 1)) / len(columns)
        bottom = top
        for index, (head, entries) in enumerate(columns):
            cx = x + pad + index * (col_w + 10)
            cy = top
            items.extend(
                text_runs(
                    [single_line(head, "bold", sz.small, col_w)],
                    cx,
                    cy,
                    sz.small,
                    "bold",
                    muted,
                    1.45,
                    ref,
                    "persona-heading",
                )
            )
            cy += sz.small * 1.45
            for entry in entries[:3]:
                lines = wrap_clamped(
                    "\u2022 " + clean_text(entry, multiline=False), "regular", sz.small, col_w, 2
                ).lines
                items.extend(text_runs(lines, cx, cy, sz.small, "regular", ink, 1.35, ref, "persona-list"))
                cy += block_height(len(lines), sz.small, 1.35)
            bottom = max(bottom, cy)
        top = bottom
    return items, top + pad - y


class TitleLayer:
    """The title block, built once per layout and kept while what it shows is the same."""

    def __init__(self) -> None:
        self._built: tuple[tuple, Group, float] | None = None  # (key, group, width)

    def group(
        self, journey: JourneyMap, width: float, refresh: bool, show: bool, ctx: Context
    ) -> Group | None:
        """The block `width` wide; its key is only computed when the title's fields may have
        changed (`refresh`) or the width did."""
        if not show:
            return None
        built = self._built
        if built is not None and not refresh and built[2] == width:
            return built[1]
        key = title_block_key(journey, width)
        if built is None or built[0] != key:
            pad = ctx.sizes.pad
            built = self._built = (key, title_block_group(journey, pad, pad, width, ctx), width)
        return built[1]
