"""An export preset saved in the map (format 1.1, optional): a team re-exports the same poster.

Only the choices that make the poster what it is are kept — paper, theme, parts shown,
footer, print date, legibility, colour mode, the logo — never file paths (a logo file is
on one person's disk, so the logo itself is kept, checked like a persona photo) nor
output names. The exporter reads it as the defaults its flags then override.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from journeymapper.model.entities import Entity, Photo

PresetText = Annotated[str, StringConstraints(max_length=300)]
PartName = Annotated[str, StringConstraints(max_length=120)]


class ExportPreset(Entity):
    size: Annotated[str, StringConstraints(max_length=40)] = "A2"
    orientation: Literal["portrait", "landscape"] = "landscape"
    theme: Literal["light", "dark", "colour-blind"] = "light"
    margin_mm: Annotated[float, Field(ge=0, le=200)] = 10.0
    hide: Annotated[list[PartName], Field(max_length=80)] = Field(default_factory=list)
    footer: PresetText = ""
    print_date: bool = False
    min_text_pt: Annotated[float, Field(ge=2, le=24)] = 6.0
    svg_text: Literal["outlines", "text"] = "outlines"
    colour_mode: Literal["rgb", "cmyk"] = "rgb"  # PDF only; other formats are always RGB
    logo: Photo | None = None  # PNG/JPEG, size-capped and fully decoded like a persona photo
