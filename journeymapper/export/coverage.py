"""Which cards hold characters no bundled font can draw: reported once per export, per card.

The backends draw such a character as a visible box (never a silent "�"); this module
tells the user where, by walking the display list the backends paint, so the report
names exactly what will show a box.
"""

from __future__ import annotations

from journeymapper.layout.display import DisplayList, Group, TextRun
from journeymapper.layout.fonts import base_chars
from journeymapper.typesetting.shaping import shape_line


def _describe(chars: list[str]) -> str:
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(chars))


def uncovered_text_warnings(display: DisplayList) -> list[str]:
    """One line per group (card, header, persona...) whose text has characters drawn as boxes."""
    warnings: list[str] = []
    loose: list[str] = []
    for item in display.items:
        if isinstance(item, Group):
            missing = [c for p in item.items if isinstance(p, TextRun) for c in _missing(p.text, p.face)]
            if missing:
                name = item.title.splitlines()[0][:60] if item.title else item.ref
                warnings.append(
                    f"{item.role.replace('-', ' ')} {name!r} ({item.ref or 'no id'}): "
                    f"no bundled font has {_describe(missing)}; drawn as a box"
                )
        elif isinstance(item, TextRun):
            loose.extend(_missing(item.text, item.face))
    if loose:
        warnings.append(f"poster text: no bundled font has {_describe(loose)}; drawn as a box")
    return warnings


def _missing(text: str, face: str) -> tuple[str, ...]:
    if not text or text.isascii() or base_chars().issuperset(text):
        return ()  # Noto Sans has every character: the common case, no shaping needed
    return shape_line(text, face).missing
