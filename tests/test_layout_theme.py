"""Theme colours: text passes WCAG AA (4.5:1) on the surfaces it is drawn on."""

from __future__ import annotations

import pytest

from journeymapper.layout.display import Circle, Rect, TextRun
from journeymapper.layout.engine import LayoutOptions, layout_journey
from journeymapper.layout.theme import (
    THEMES,
    contrast_ratio,
    ensure_contrast,
    mix,
    readable_on,
    theme_named,
    valid_colour,
)
from journeymapper.model.templates import BLUEPRINT_STAGES, FIVE_A, LANE_COLOURS

AA = 4.5


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", list(THEMES))
def test_theme_text_colours_pass_aa(name: str) -> None:
    theme = THEMES[name]
    for text in (theme.ink, theme.muted):
        for surface in (theme.background, theme.card_fill):
            assert contrast_ratio(text, surface) >= AA, (text, surface)
    for colour in LANE_COLOURS.values():  # lane labels and cells of every template lane
        for surface in (theme.label_fill(colour), theme.cell_fill(colour)):
            assert contrast_ratio(ensure_contrast(theme.text_on(surface), surface), surface) >= AA
    for colour in theme.pain_colours.values():
        tint = mix(theme.card_fill, colour, 0.10)
        assert contrast_ratio(ensure_contrast(colour, tint), tint) >= AA
    for colour in (theme.good, theme.bad, theme.accent, theme.muted):
        assert contrast_ratio(readable_on(colour), colour) >= AA, colour


def test_template_stage_colours_get_readable_text() -> None:
    for spec in (*FIVE_A, *BLUEPRINT_STAGES):
        assert contrast_ratio(readable_on(spec.colour), spec.colour) >= AA


@pytest.mark.parametrize("name", list(THEMES))
def test_every_text_run_of_a_poster_passes_aa(name: str) -> None:
    """Walk the display list: each text run against the fill of the shape right under it."""
    from test_layout_maps import rich_map

    layout = layout_journey(rich_map(), LayoutOptions(theme=name))
    failures = []
    for group in layout.display.groups():
        surfaces: list[tuple[float, float, float, float, str]] = []
        for item in group.items:
            if isinstance(item, TextRun):
                left = item.x - (
                    item.width / 2 if item.anchor == "middle" else item.width if item.anchor == "end" else 0
                )
                px, py = left + item.width / 2, item.y - item.size * 0.3
                under = next(
                    (
                        fill
                        for x, y, w, h, fill in reversed(surfaces)
                        if x <= px <= x + w and y <= py <= y + h
                    ),
                    layout.display.background,
                )
                if contrast_ratio(item.colour, under) < AA:
                    failures.append((group.role, item.text, item.colour, under))
                continue
            fill = getattr(item, "fill", None)
            if not fill or getattr(item, "opacity", 1.0) < 1.0:
                continue
            if isinstance(item, Circle):
                surfaces.append((item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r, fill))
            elif isinstance(item, Rect):
                surfaces.append((item.x, item.y, item.w, item.h, fill))
    assert failures == []


def test_colours_are_validated() -> None:
    assert valid_colour("#abcdef") == "#ABCDEF"
    assert valid_colour("red", "#000000") == "#000000"
    assert valid_colour("#12345G") == "#808080"
    assert theme_named("color-blind").name == "colour-blind"
    with pytest.raises(ValueError):
        theme_named("neon")
