"""The bundled stroke icons (resources/icons/*.svg), loaded once and rendered crisply at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from journeymapper.resources import resource


@cache
def icon(name: str) -> QIcon:
    """The icon named `name` (the SVG's file stem); an empty icon if it is missing."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    # QIcon renders an SVG at each requested size and device pixel ratio: no blurry scaling.
    return QIcon(str(path))


def channel_icon(channel: str | None) -> QIcon:
    return icon(channel) if channel else QIcon()
