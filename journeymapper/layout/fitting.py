"""Choosing the poster's proportions for a sheet of paper.

A journey map's natural layout is as tall as its busiest cells; on landscape paper
that leaves empty sides. Cards can stand side by side in each cell (1–4 columns):
we pick the count that makes the poster print largest on the sheet, which is what
makes it readable from a distance. The blocks are measured once; trying a column
count only restacks them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from journeymapper.layout.engine import LayoutEngine
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.model.journey import JourneyMap

MAX_CARD_COLUMNS = 4


class Sheet(Protocol):
    def placement(self, poster_w: float, poster_h: float) -> tuple[float, float, float]: ...


def best_card_columns(engine: LayoutEngine, sheet: Sheet) -> int:
    """The number of card columns per cell that lets the poster print largest."""
    best, best_scale = 1, 0.0
    for columns in range(1, MAX_CARD_COLUMNS + 1):
        w, h = engine.estimate_size(columns)
        scale = sheet.placement(w, h)[0]
        if scale > best_scale * 1.02:  # prefer fewer columns unless clearly better
            best, best_scale = columns, scale
    return best


def layout_for_page(journey: JourneyMap, options: LayoutOptions, sheet: Sheet | None) -> MapLayout:
    """The layout of `journey` best proportioned for `sheet` (or natural, without one)."""
    engine = LayoutEngine(journey, options)
    if sheet is None:
        return engine.layout()
    columns = best_card_columns(engine, sheet)  # measures once, places nothing
    if columns != engine.options.card_columns:
        engine.set_options(replace(options, card_columns=columns), relayout=False)
    return engine.layout()
