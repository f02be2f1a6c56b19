"""Designer choices on a poster: which parts show, a logo, a footer line and the print date.

Why here and not in the layout: hiding a part is a question of what the poster is
about, not of geometry, so it is answered by handing the layout a map without that
part (a copy: the document is never touched) and layout options without the title
block or legend. The logo and footer go in a band added below the finished poster,
at the poster's own scale, so every backend draws them like any other group.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Literal

from journeymapper.layout.display import DisplayList, Group, Image, Primitive, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.layout.text import clean_plain, clean_text, single_line
from journeymapper.model.images import ImageError, check_photo, image_size
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind
from journeymapper.typesetting import locale_formats

PARTS = (
    "title",
    "persona",
    "legend",
    "connections",
    "connection-labels",
    "emotion",
    "kpis",
    "opportunities",
)
LOGO_HEIGHT = 56.0  # points at the poster's natural scale
FOOTER_SIZE = 9.0


class PartsError(ValueError):
    """A part name or a logo that cannot be used; the message says which and why."""


def check_hidden(hidden: tuple[str, ...], journey: JourneyMap | None = None) -> None:
    for name in hidden:
        if name.startswith("lane:"):
            if journey is not None and not _lane_ids(journey, name[5:]):
                raise PartsError(f"--hide {name}: the map has no lane with that id or name")
        elif name not in PARTS:
            raise PartsError(f"--hide {name!r}: use {', '.join(PARTS)} or lane:<id or name>")


def _lane_ids(journey: JourneyMap, key: str) -> set[str]:
    return {lane.id for lane in journey.lanes if key in (lane.id, lane.name)}


def without_parts(journey: JourneyMap, hidden: tuple[str, ...]) -> JourneyMap:
    """A copy of the map without the hidden parts (the document itself is untouched)."""
    if not hidden:
        return journey
    update: dict[str, object] = {}
    hide = set(hidden)
    lanes = set().union(*(_lane_ids(journey, n[5:]) for n in hide if n.startswith("lane:")))
    if "emotion" in hide:
        lanes |= {lane.id for lane in journey.lanes if lane.kind == LaneKind.EMOTIONS}
    if "kpis" in hide:
        lanes |= {lane.id for lane in journey.lanes if lane.kind == LaneKind.KPIS}
        update["kpis"] = []
    if "opportunities" in hide:
        lanes |= {lane.id for lane in journey.lanes if lane.kind == LaneKind.OPPORTUNITIES}
        update["opportunities"] = []
        update["actions"] = []
    if lanes:
        update["lanes"] = [lane for lane in journey.lanes if lane.id not in lanes]
        update["touchpoints"] = [t for t in journey.touchpoints if t.lane_id not in lanes]
    cards = {t.id for t in update.get("touchpoints", journey.touchpoints)}  # type: ignore[attr-defined]
    connections = [c for c in journey.connections if c.source in cards and c.target in cards]
    if "connections" in hide:
        connections = []
    elif "connection-labels" in hide:
        connections = [c.model_copy(update={"label": ""}) for c in connections]
    update["connections"] = connections
    update["pain_points"] = [
        p for p in journey.pain_points if p.touchpoint_id is None or p.touchpoint_id in cards
    ]
    if "persona" in hide:
        update["main_persona_id"] = None
        update["personas"] = []
    return journey.model_copy(update=update)


def layout_options_for(options: LayoutOptions, hidden: tuple[str, ...]) -> LayoutOptions:
    return replace(
        options,
        show_title_block=options.show_title_block and "title" not in hidden,
        show_legend=options.show_legend and "legend" not in hidden,
    )


def read_logo(path: str) -> bytes:
    """A logo file, checked like a persona photo (PNG/JPEG, size-capped, fully decoded)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(8 * 1024 * 1024)
    except OSError as error:
        raise PartsError(f"--logo {path}: {error.strerror or error}") from None
    try:
        check_photo(data)
    except ImageError as error:
        raise PartsError(f"--logo {path}: {error}") from None
    return data


def band_height(logo: bool, footer: bool) -> float:
    """The height of the band `decorate` adds below the poster (0 without logo, footer or date)."""
    if not (logo or footer):
        return 0.0
    return max(FOOTER_SIZE * 3, LOGO_HEIGHT + 16 if logo else 0.0)


def decorate(
    display: DisplayList,
    *,
    logo: bytes | None = None,
    footer: str = "",
    print_date: dt.date | None = None,
    language: str = "en",
) -> DisplayList:
    """The poster with a band below it: the footer line (and date) on the left, the logo on the right.

    A band of its own, so neither can cover the title block, the persona or a card.
    """
    if not (logo or footer or print_date):
        return display
    items = list(display.items)
    top = display.height
    pad = 24.0
    band = band_height(bool(logo), bool(footer or print_date))
    parts: list[Primitive] = [
        Rect(0, top, display.width, band, fill=display.background, ref="footer", role="footer")
    ]
    logo_w = 0.0
    if logo:
        w_px, h_px = image_size(logo)
        logo_w = LOGO_HEIGHT * w_px / max(1, h_px)
        media: Literal["image/png", "image/jpeg"] = (
            "image/png" if check_photo(logo) == "image/png" else "image/jpeg"
        )
        x = display.width - pad - logo_w
        parts.append(
            Image(x, top + (band - LOGO_HEIGHT) / 2, logo_w, LOGO_HEIGHT, logo, media, "logo", "logo")
        )
    bits = [clean_text(footer, multiline=False)] if footer else []
    if print_date is not None:
        bits.append(locale_formats.date(print_date, language))
    title = clean_plain(" · ".join(bits))
    if bits:
        line = "  ·  ".join(b for b in bits if b)
        room = display.width - 2 * pad - (logo_w + pad if logo else 0.0)
        text = single_line(line, "regular", FOOTER_SIZE, room)
        width = text_width(text, "regular", FOOTER_SIZE)
        y = top + band / 2 + FOOTER_SIZE * 0.35
        parts.append(
            TextRun(pad, y, text, FOOTER_SIZE, "regular", "#52606D", "start", width, "footer", "footer")
        )
    items.append(Group("footer", "footer", 0, top, display.width, band, tuple(parts), title or "Logo"))
    return DisplayList(display.width, top + band, items, display.background)
