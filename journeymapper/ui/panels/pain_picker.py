"""Naming pain points outside the canvas, and choosing which ones an action addresses.

On the canvas a pain is a badge on a card; in a table or a menu it needs words. A
pain is named by its stage and the start of its text, which is how a facilitator
refers to it aloud ("the one in Accept about the hidden delivery cost").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.entities import PainPoint
from journeymapper.model.journey import JourneyMap

LABEL_CHARS = 70


def pain_stage_id(journey: JourneyMap, pain: PainPoint) -> str | None:
    """The stage a pain belongs to: its own, or its card's."""
    if pain.stage_id is not None:
        return pain.stage_id
    card = journey.touchpoint(pain.touchpoint_id or "")
    return card.stage_id if card is not None else None


def short_text(text: str, limit: int = LABEL_CHARS) -> str:
    """The first line of `text`, cut at a word boundary near `limit` characters."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def pain_label(journey: JourneyMap, pain: PainPoint, untitled: str) -> str:
    """'Stage › start of the text', for menus and lists."""
    stage = journey.stage(pain_stage_id(journey, pain) or "")
    text = short_text(pain.text) or untitled
    return f"{stage.name} › {text}" if stage is not None else text


def pains_in_stage_order(journey: JourneyMap) -> list[PainPoint]:
    """Pain points ordered as the map reads: by stage, then as stored."""
    rank = {stage.id: n for n, stage in enumerate(journey.stages)}
    order = {pain.id: n for n, pain in enumerate(journey.pain_points)}

    def key(pain: PainPoint) -> tuple[int, int]:
        return rank.get(pain_stage_id(journey, pain) or "", len(rank)), order[pain.id]

    return sorted(journey.pain_points, key=key)


class PainPickerDialog(QDialog):
    """A checkable list of the map's pain points, filterable by text."""

    def __init__(self, journey: JourneyMap, checked: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painPicker")
        self.setWindowTitle(self.tr("Linked pain points"))
        self.resize(520, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter pain points…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("painPickerList")
        untitled = self.tr("(no text)")
        for pain in pains_in_stage_order(journey):
            item = QListWidgetItem(pain_label(journey, pain, untitled))
            item.setData(Qt.ItemDataRole.UserRole, pain.id)
            item.setToolTip(pain.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pain.id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        hint = QLabel(self.tr("Tick the pain points this action addresses."))
        hint.setProperty("role", "hint")
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[str]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(
                bool(needle)
                and needle not in item.toolTip().casefold()
                and needle not in item.text().casefold()
            )
