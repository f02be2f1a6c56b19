"""Type sizes and spacing of the poster, in points at the layout's natural scale.

The poster is laid out once at a natural size and scaled uniformly onto paper; at A0
the body text ends up around 20 pt, readable from two metres. `large_text` makes
everything about a third bigger for projectors (columns widen with it, so line
breaks stay similar).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    pad: float = 32.0  # around the whole poster
    section_gap: float = 26.0  # between title block, grid and legend
    label_width: float = 150.0
    column_width: float = 236.0
    cell_gap: float = 3.0  # white seam between cells
    cell_pad: float = 9.0
    item_gap: float = 8.0
    card_pad: float = 9.0
    card_radius: float = 6.0
    title: float = 10.5
    title_leading: float = 1.25
    body: float = 8.5
    body_leading: float = 1.38
    small: float = 7.0
    badge: float = 13.0
    stage_name: float = 15.0
    stage_desc: float = 8.5
    lane_name: float = 10.0
    poster_title: float = 30.0
    subtitle: float = 15.0
    meta: float = 9.0
    legend_heading: float = 10.5
    legend_text: float = 9.0
    emotion_band: float = 150.0
    collapsed_row: float = 22.0
    collapsed_column: float = 34.0  # a folded stage: its number on the header, cells empty
    min_row: float = 60.0
    max_title_lines: int = 4
    max_desc_lines: int = 8
    max_pain_lines: int = 4
    max_stage_desc_lines: int = 4

    def scaled(self, factor: float) -> Sizes:
        """Every length multiplied by `factor`; line-count limits unchanged."""
        values = {}
        for name, value in self.__dict__.items():
            values[name] = value if isinstance(value, int) and not isinstance(value, bool) else value * factor
        return Sizes(**values)


NORMAL = Sizes()
LARGE = NORMAL.scaled(1.3)


def sizes_for(large_text: bool) -> Sizes:
    return LARGE if large_text else NORMAL
