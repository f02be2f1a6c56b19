"""The fallback chain for Qt: the canvas, the inspector and PNG export draw the same glyphs.

Qt shapes and orders text itself (HarfBuzz inside Qt), so it only needs the same font
files, registered as application fonts, and the chain as the font's family list;
otherwise it would pick whatever CJK or emoji font the system has, or none.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from journeymapper.typesetting.fontset import FALLBACK_FONTS, QT_FALLBACK_FAMILIES, font_file


@cache
def fallback_families() -> tuple[str, ...]:
    """Register the fallback fonts once (needs a QGuiApplication); their family names."""
    families: list[str] = []
    for bundled in FALLBACK_FONTS:
        font_id = QFontDatabase.addApplicationFont(font_file(bundled.key))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(name for name in names[:1] if name not in families)
    return tuple(families) or QT_FALLBACK_FAMILIES


def with_fallbacks(font: QFont, family: str) -> QFont:
    """`font` set to `family` first, then the bundled fallback fonts in chain order."""
    font.setFamilies([family, *fallback_families()])
    return font
