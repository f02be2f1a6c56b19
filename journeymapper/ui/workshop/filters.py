"""Highlight filters: show only the cards of one channel, owner, evidence level, persona or tag.

A facilitator asks "what does the call centre touch?" and the rest of the map fades: the
cards that do not match (and their pain points and emotion points) are dimmed on the
canvas, nothing is hidden or changed in the model. A persona matches the cards tagged
with the persona's name (the map has no other link from a card to a persona).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from journeymapper.model.entities import Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Channel, Evidence, display_name

if TYPE_CHECKING:
    from journeymapper.ui.canvas.scene import MapScene

DIMMED = 0.18
FIELDS = ("channel", "owner", "evidence", "persona", "tag")


def values_of(journey: JourneyMap, field: str, language: str) -> list[tuple[str, str]]:
    """(value, label) pairs a filter on `field` can take, in a stable order."""
    cards = journey.touchpoints
    if field == "channel":
        used = {c.channel for c in cards if c.channel is not None}
        return [(str(ch), display_name(ch, language)) for ch in Channel if ch in used]
    if field == "evidence":
        return [(str(ev), display_name(ev, language)) for ev in Evidence]
    if field == "owner":
        return [(o, o) for o in sorted({c.owner for c in cards if c.owner}, key=str.lower)]
    if field == "persona":
        return [(p.name, p.name) for p in journey.personas]
    return [(t, t) for t in sorted({t for c in cards for t in c.tags}, key=str.lower)]


def matches(card: Touchpoint, field: str, value: str) -> bool:
    if field == "channel":
        return card.channel is not None and str(card.channel) == value
    if field == "evidence":
        return str(card.evidence) == value
    if field == "owner":
        return card.owner == value
    if field in ("persona", "tag"):
        return value.lower() in (t.lower() for t in card.tags)
    return True


class HighlightFilter(QWidget):
    """Two combo boxes over the canvas's items: what to filter by, and which value."""

    def __init__(self, scene: MapScene, language: str) -> None:
        super().__init__()
        self.setObjectName("highlightFilter")
        self.scene = scene
        self.language = language
        self._dimmed = False  # whether any item may be dimmed now
        self.field = QComboBox()
        self.field.setObjectName("filterField")
        labels = {
            "channel": self.tr("Channel"),
            "owner": self.tr("Owner"),
            "evidence": self.tr("Evidence"),
            "persona": self.tr("Persona"),
            "tag": self.tr("Tag"),
        }
        self.field.addItem(self.tr("Show all cards"), "")
        for name in FIELDS:
            self.field.addItem(labels[name], name)
        self.value = QComboBox()
        self.value.setObjectName("filterValue")
        self.value.setEnabled(False)
        label = QLabel(self.tr("&Highlight:"))
        label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.value, 1)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.value.currentIndexChanged.connect(lambda _i: self.apply())
        scene.layout_updated.connect(self.apply)

    def _field_changed(self) -> None:
        field = str(self.field.currentData() or "")
        self.value.blockSignals(True)
        self.value.clear()
        if field:
            for value, label in values_of(self.scene.document.journey, field, self.language):
                self.value.addItem(label, value)
        self.value.setEnabled(bool(field))
        self.value.blockSignals(False)
        self.apply()

    def active(self) -> tuple[str, str] | None:
        field = str(self.field.currentData() or "")
        value = self.value.currentData()
        return (field, str(value)) if field and value is not None else None

    def apply(self) -> None:
        """Dim what does not match (or nothing, with no filter); the matching card ids."""
        wanted = self.active()
        if wanted is None and not self._dimmed:
            return  # nothing dimmed and nothing to dim: an edit must not walk every item
        self._dimmed = wanted is not None
        journey = self.scene.document.journey
        shown = {c.id for c in journey.touchpoints if wanted is None or matches(c, *wanted)}
        pains_on = {p.id: p.touchpoint_id for p in journey.pain_points}
        for item in self.scene.items():
            key = self.scene.key_for(item)
            if key is None:
                continue
            role, ref = key
            if role in ("card", "emotion-point", "vote-dots"):
                card = ref
            elif role == "pain":
                card = pains_on.get(ref) or ""
            else:
                continue
            dim = wanted is not None and card not in shown and (role != "pain" or bool(card))
            item.setOpacity(DIMMED if dim else 1.0)
