"""Dot voting: participants with a colour each, a budget of dots, a round driven by keyboard.

The facilitator lists the participants (each gets the next colour), sets how many dots
each may give, and starts a round. During the round, with a pain point, an opportunity
or a card selected on the canvas, the digit keys 1…9 give that participant's next dot to
it (Shift+digit takes one back); those digits set emotions again once the round ends.
The panel always shows who still has dots left, and ending the round shows the ranking.

Votes are stored per participant (`Participant.dots` in format 1.1) through ordinary
commands, so every dot is one undo step and survives a crash like any other edit. A
pain's older anonymous `votes` count is added to its dots in the ranking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import AddItem, Change, Command, RemoveItems, UpdateItem
from journeymapper.model.entities import Participant, new_id
from journeymapper.model.journey import JourneyMap

if TYPE_CHECKING:
    from journeymapper.ui.canvas.scene import MapScene
    from journeymapper.ui.canvas.view import MapView
    from journeymapper.ui.document import Document

# Distinct on light and dark maps, and apart from the pain kinds' reds where possible.
PARTICIPANT_COLOURS = (
    "#2563EB",
    "#D97706",
    "#16A34A",
    "#DB2777",
    "#7C3AED",
    "#0891B2",
    "#DC2626",
    "#65A30D",
    "#92400E",
)
VOTABLE_ROLES = ("pain", "opportunity", "card")
DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
SHIFTED_DIGITS: dict[int, int] = {  # Shift+1… on a US layout sends the symbols
    Qt.Key.Key_Exclam: 1,
    Qt.Key.Key_At: 2,
    Qt.Key.Key_NumberSign: 3,
    Qt.Key.Key_Dollar: 4,
    Qt.Key.Key_Percent: 5,
    Qt.Key.Key_AsciiCircum: 6,
    Qt.Key.Key_Ampersand: 7,
    Qt.Key.Key_Asterisk: 8,
    Qt.Key.Key_ParenLeft: 9,
}


# Edits to these can change a participant's dots, the budget or a voted object's label.
_VOTING_COLLECTIONS = frozenset({"participants", "pain_points", "opportunities", "touchpoints", "map"})

@dataclass(frozen=True)
class Ranked:
    """One voted object in the result: its id, kind, label and total."""

    target_id: str
    kind: str  # "pain" | "opportunity" | "card"
    label: str
    total: int


def dots_left(journey: JourneyMap, participant: Participant) -> int:
    return max(0, journey.dot_budget - sum(participant.dots.values()))


def target_label(journey: JourneyMap, target_id: str) -> tuple[str, str] | None:
    """(kind, text) of a votable object, or None when it is gone."""
    return _labeller(journey)(target_id)


def _labeller(journey: JourneyMap) -> Callable[[str], tuple[str, str] | None]:
    """A lookup of (kind, text) by id, built once: a ranking labels every voted object."""
    pains = {pain.id: pain for pain in journey.pain_points}
    opportunities = {opp.id: opp for opp in journey.opportunities}

    def label(target_id: str) -> tuple[str, str] | None:
        pain = pains.get(target_id)
        if pain is not None:
            return "pain", pain.text or pain.kind
        opp = opportunities.get(target_id)
        if opp is not None:
            return "opportunity", opp.text
        card = journey.touchpoint(target_id)
        return ("card", card.title) if card is not None else None

    return label


def ranking(journey: JourneyMap) -> list[Ranked]:
    """Every voted object, most dots first (a pain's anonymous votes count too); ties by name."""
    totals: dict[str, int] = {}
    for participant in journey.participants:
        for target, count in participant.dots.items():
            totals[target] = totals.get(target, 0) + count
    for pain in journey.pain_points:
        if pain.votes:
            totals[pain.id] = totals.get(pain.id, 0) + pain.votes
    found = []
    label = _labeller(journey)
    for target, total in totals.items():
        described = label(target)
        if described is not None:
            found.append(Ranked(target, described[0], described[1], total))
    found.sort(key=lambda r: (-r.total, r.label.lower(), r.target_id))
    return found


def give_dot(journey: JourneyMap, participant: Participant, target_id: str, step: int) -> Command | None:
    """The command giving (+1) or taking back (−1) one dot; None when the budget or count forbids."""
    dots = dict(participant.dots)
    current = dots.get(target_id, 0)
    if step > 0 and dots_left(journey, participant) <= 0:
        return None
    if step < 0 and current <= 0:
        return None
    if current + step > 0:
        dots[target_id] = current + step
    else:
        dots.pop(target_id, None)
    return UpdateItem("participants", participant.id, {"dots": dots})


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class VotingPanel(QWidget):
    """Participants, the budget, the round's state and its result."""

    round_changed = Signal(bool)
    status = Signal(str)  # what a key press in the round did, for the status bar

    def __init__(self, document: Document, scene: MapScene, view: MapView) -> None:
        super().__init__()
        self.setObjectName("votingPanel")
        self.document = document
        self.scene = scene
        self.view = view
        self.in_round = False
        self.participants = QListWidget()
        self.participants.setObjectName("votingParticipants")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Participant's name, then Enter"))
        self.name.returnPressed.connect(self.add_participant)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_participant)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_participant)
        self.budget = QSpinBox()
        self.budget.setRange(1, 100)
        self.budget.setPrefix(self.tr("Dots each: "))
        self.budget.valueChanged.connect(self._budget_edited)
        self.round_button = QPushButton(self.tr("Start Voting &Round"))
        self.round_button.setCheckable(True)
        self.round_button.toggled.connect(self.set_round)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.result = QListWidget()
        self.result.setObjectName("votingResult")
        self.result_label = QLabel(self.tr("Result"))
        self.result_label.setProperty("role", "section")
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(add)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.participants, 1)
        layout.addWidget(self.budget)
        layout.addWidget(self.round_button)
        layout.addWidget(self.hint)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result, 1)
        self._stale = False
        self._ranked_ids: set[str] = set()  # what the result list names, to spot renames
        document.changed.connect(self._on_changes)
        view.installEventFilter(self)
        self.refresh()

    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    # --- participants and budget ------------------------------------------------------------
    def add_participant(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        colour = PARTICIPANT_COLOURS[len(self.journey.participants) % len(PARTICIPANT_COLOURS)]
        participant = Participant(id=new_id("pa"), name=name[:200], colour=colour)
        if self.document.push(AddItem("participants", participant), self.tr("Add participant")):
            self.name.clear()

    def remove_participant(self) -> None:
        row = self.participants.currentRow()
        if 0 <= row < len(self.journey.participants):
            participant = self.journey.participants[row]
            self.document.push(RemoveItems("participants", [participant.id]), self.tr("Remove participant"))

    def _budget_edited(self, value: int) -> None:
        if value != self.journey.dot_budget:
            self.document.push(
                UpdateItem("map", None, {"dot_budget": value}), self.tr("Change dots per participant")
            )

    def _on_changes(self, changes: list[Change]) -> None:
        """Refresh for edits that can change dots, names or labels, and only while shown.

        A hidden panel is refreshed when it is shown again, so typing on a big map does not
        rebuild a ranking nobody sees.
        """
        if not any(self._matters(change) for change in changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _matters(self, change: Change) -> bool:
        """Whether an edit can change the panel: a card or opportunity only if it is ranked."""
        if change.collection in ("touchpoints", "opportunities"):
            return change.id in self._ranked_ids
        return change.collection in _VOTING_COLLECTIONS

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        journey = self.journey
        current = self.participants.currentRow()
        self.participants.clear()
        for number, participant in enumerate(journey.participants, start=1):
            left = dots_left(journey, participant)
            key = f"{number}. " if number <= 9 else ""
            text = self.tr("%1%2 — %3 of %4 dots left").replace("%1", key).replace("%2", participant.name)
            text = text.replace("%3", str(left)).replace("%4", str(journey.dot_budget))
            item = QListWidgetItem(swatch(participant.colour), text)
            if left == 0:
                item.setForeground(self.palette().placeholderText())
            self.participants.addItem(item)
        if 0 <= current < self.participants.count():
            self.participants.setCurrentRow(current)
        if self.budget.value() != journey.dot_budget:
            self.budget.blockSignals(True)
            self.budget.setValue(journey.dot_budget)
            self.budget.blockSignals(False)
        self.remove_button.setEnabled(bool(journey.participants))
        self.round_button.setEnabled(bool(journey.participants) or self.in_round)
        self._show_result()

    def _show_result(self) -> None:
        self.result.clear()
        ranked_list = ranking(self.journey)
        self._ranked_ids = {ranked.target_id for ranked in ranked_list}
        for place, ranked in enumerate(ranked_list, start=1):
            kind = {
                "pain": self.tr("Pain point"),
                "opportunity": self.tr("Opportunity"),
                "card": self.tr("Card"),
            }[ranked.kind]
            text = self.tr("%1. %2 (%3) — %n dot(s)", "", ranked.total)
            self.result.addItem(
                text.replace("%1", str(place)).replace("%2", ranked.label).replace("%3", kind)
            )

    # --- the round ----------------------------------------------------------------------
    def set_round(self, on: bool) -> None:
        if on == self.in_round:
            return
        self.in_round = on
        self.round_button.blockSignals(True)
        self.round_button.setChecked(on)
        self.round_button.blockSignals(False)
        self.round_button.setText(self.tr("End Voting &Round") if on else self.tr("Start Voting &Round"))
        self.hint.setText(
            self.tr(
                "Select a pain point, opportunity or card on the map, then press a participant's "
                "number to give one of their dots (Shift+number takes it back)."
            )
            if on
            else ""
        )
        self._show_result()
        self.round_changed.emit(on)

    def toggle_round(self) -> None:
        if self.journey.participants or self.in_round:
            self.set_round(not self.in_round)

    def target(self) -> str | None:
        """The selected pain point, opportunity or card (in that order of preference)."""
        keys = self.scene.selected_keys()
        for role in VOTABLE_ROLES:
            for key in keys:
                if key[0] == role:
                    return key[1]
        return None

    def vote(self, number: int, step: int) -> str:
        """Participant `number` (1-based) gives (+1) or takes back (−1) a dot; a status message."""
        participants = self.journey.participants
        if not 1 <= number <= len(participants):
            return self.tr("No participant %1.").replace("%1", str(number))
        participant = participants[number - 1]
        target = self.target()
        if target is None:
            return self.tr("Select a pain point, opportunity or card to vote for.")
        command = give_dot(self.journey, participant, target, step)
        if command is None:
            if step > 0:
                return self.tr("%1 has no dots left.").replace("%1", participant.name)
            return self.tr("%1 has no dot here to take back.").replace("%1", participant.name)
        text = self.tr("Dot from %1") if step > 0 else self.tr("Take back dot of %1")
        self.document.push(command, text.replace("%1", participant.name))
        left = dots_left(self.journey, participant)
        return self.tr("%1: %n dot(s) left.", "", left).replace("%1", participant.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """During a round, digits on the canvas are participants' dots, not emotions."""
        if not self.in_round or not isinstance(event, QKeyEvent):
            return False
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        number = DIGITS.get(event.key()) or SHIFTED_DIGITS.get(event.key())
        extra = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if number is None or extra:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the digit comes to the canvas as a key, not as the emotion shortcut
            return True
        self.status.emit(self.vote(number, -1 if shift else 1))
        return True
