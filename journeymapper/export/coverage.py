"""Which cards hold characters no bundled font can draw: reported once per export, per card.

The backends draw such a character as a visible box (never a silent "�"); this module
tells the user where, by walking the display list the backends paint, so the report
names exactly what will show a box.
"""

from __future__ import annotations

from journeymapper.layout.display import DisplayList, Group, TextRun
from journeymapper.layout.fonts import base_chars
from journeymapper.messages import QT_TRANSLATE_NOOP, Message
from journeymapper.typesetting.shaping import shape_line


def _describe(chars: list[str]) -> str:
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(chars))


# What each kind of group is called in a warning (display roles are not words for people).
_ROLE_NAMES = {
    "card": QT_TRANSLATE_NOOP("ExportWarning", "card"),
    "stage-header": QT_TRANSLATE_NOOP("ExportWarning", "stage header"),
    "lane-label": QT_TRANSLATE_NOOP("ExportWarning", "lane label"),
    "persona": QT_TRANSLATE_NOOP("ExportWarning", "persona"),
    "title-block": QT_TRANSLATE_NOOP("ExportWarning", "title block"),
    "emotion-point": QT_TRANSLATE_NOOP("ExportWarning", "emotion point"),
    "pain": QT_TRANSLATE_NOOP("ExportWarning", "pain point"),
    "opportunity": QT_TRANSLATE_NOOP("ExportWarning", "opportunity"),
    "kpi": QT_TRANSLATE_NOOP("ExportWarning", "KPI"),
    "action": QT_TRANSLATE_NOOP("ExportWarning", "action"),
    "legend": QT_TRANSLATE_NOOP("ExportWarning", "legend"),
    "connection": QT_TRANSLATE_NOOP("ExportWarning", "connection"),
}


def _role(role: str) -> str | Message:
    name = _ROLE_NAMES.get(role)
    return Message("ExportWarning", name) if name else role.replace("-", " ")


def uncovered_text_warnings(display: DisplayList) -> list[Message]:
    """One line per group (card, header, persona...) whose text has characters drawn as boxes."""
    warnings: list[Message] = []
    loose: list[str] = []
    for item in display.items:
        if isinstance(item, Group):
            missing = [c for p in item.items if isinstance(p, TextRun) for c in _missing(p.text, p.face)]
            if missing:
                name = item.title.splitlines()[0][:60] if item.title else item.ref
                ref = item.ref or Message("ExportWarning", QT_TRANSLATE_NOOP("ExportWarning", "no id"))
                template = QT_TRANSLATE_NOOP(
                    "ExportWarning", "%1 “%2” (%3): no bundled font has %4; drawn as a box"
                )
                values = (_role(item.role), name, ref, _describe(missing))
                warnings.append(Message("ExportWarning", template, values))
        elif isinstance(item, TextRun):
            loose.extend(_missing(item.text, item.face))
    if loose:
        template = QT_TRANSLATE_NOOP("ExportWarning", "poster text: no bundled font has %1; drawn as a box")
        warnings.append(Message("ExportWarning", template, (_describe(loose),)))
    return warnings


def _missing(text: str, face: str) -> tuple[str, ...]:
    if not text or text.isascii() or base_chars().issuperset(text):
        return ()  # Noto Sans has every character: the common case, no shaping needed
    return shape_line(text, face).missing
