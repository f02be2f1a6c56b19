"""The bundled fonts, in the order a character looks for a font that can draw it.

Noto Sans (Latin, Greek, Cyrillic, in three faces) comes first; scripts it lacks fall
back to single-face fonts: Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback
(Chinese, Japanese), a renamed Hangul subset of Nanum Gothic (Korean)
and Noto Emoji (monochrome, so it prints). What each file
covers and costs is listed in docs/fonts.md. Fonts are opened lazily with HarfBuzz, so
a map in English never reads the 4 MB CJK file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import uharfbuzz as hb

from journeymapper.resources import resource


@dataclass(frozen=True)
class BundledFont:
    """One font file of the chain; `key` names it in shaped output and in PDF/SVG ids."""

    key: str
    filename: str
    covers: str


BASE_FONTS: dict[str, BundledFont] = {
    "regular": BundledFont("sans", "NotoSans-Regular.ttf", "Latin, Greek, Cyrillic"),
    "bold": BundledFont("sans-bold", "NotoSans-Bold.ttf", "Latin, Greek, Cyrillic (bold)"),
    "italic": BundledFont("sans-italic", "NotoSans-Italic.ttf", "Latin, Greek, Cyrillic (italic)"),
}
FALLBACK_FONTS: tuple[BundledFont, ...] = (
    BundledFont("arabic", "NotoSansArabic-Regular.ttf", "Arabic, Persian, Urdu"),
    BundledFont("hebrew", "NotoSansHebrew-Regular.ttf", "Hebrew"),
    BundledFont("cjk", "DroidSansFallbackFull-CJK.ttf", "Chinese, Japanese, Korean"),
    BundledFont("hangul", "JMHangulGothic-Regular.ttf", "Korean Hangul (Nanum Gothic, renamed subset)"),
    BundledFont("emoji", "NotoEmoji-Regular.ttf", "emoji (monochrome)"),
)
ALL_FONTS: dict[str, BundledFont] = {f.key: f for f in (*BASE_FONTS.values(), *FALLBACK_FONTS)}
# Family names as the files declare them, for the Qt canvas (QFont.setFamilies).
QT_FALLBACK_FAMILIES = (
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Droid Sans Fallback",
    "JM Hangul Gothic",
    "Noto Emoji",
)


@dataclass(frozen=True)
class LoadedFont:
    key: str
    path: str
    font: hb.Font
    upem: int
    codepoints: frozenset[int]


def font_file(key: str) -> str:
    return str(resource("fonts", ALL_FONTS[key].filename))


@cache
def load(key: str) -> LoadedFont:
    """The font opened with HarfBuzz at its own units (scale = units per em)."""
    path = font_file(key)
    with open(path, "rb") as handle:
        blob = hb.Blob(handle.read())
    face = hb.Face(blob)
    font = hb.Font(face)
    upem = face.upem
    font.scale = (upem, upem)
    return LoadedFont(key, path, font, upem, frozenset(face.unicodes))


def chain(face: str) -> tuple[str, ...]:
    """Font keys tried in order for a character in `face` ("regular", "bold", "italic")."""
    base = BASE_FONTS.get(face, BASE_FONTS["regular"])
    return (base.key, *(f.key for f in FALLBACK_FONTS))


@cache
def covering_font(face: str, char: str) -> str | None:
    """The first font of the chain that has a glyph for `char`, or None."""
    code = ord(char)
    for key in chain(face):
        if code in load(key).codepoints:
            return key
    return None


def all_codepoints() -> frozenset[int]:
    """Every code point some bundled font can draw."""
    out: set[int] = set()
    for key in ALL_FONTS:
        out |= load(key).codepoints
    return frozenset(out)
