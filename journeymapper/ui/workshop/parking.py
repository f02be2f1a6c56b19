"""The parking lot: ideas the room raised that have no cell yet, kept in the map.

Type an idea and Enter to park it; later select it and press Enter (or "Place in Cell")
to turn it into a card in the cell cursor's cell — one undo step that takes it off the
lot — or Delete to drop it. A selected card can be parked too (Workshop ▸ Park Card),
which is how a card that does not belong anywhere yet leaves the grid without being lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from journeymapper.model.commands import AddItem, Macro, RemoveItems
from journeymapper.model.entities import MAX_NAME, ParkedIdea, Touchpoint, new_id

if TYPE_CHECKING:
    from journeymapper.ui.map_editor import MapEditor


class ParkingLotPanel(QWidget):
    """The list of parked ideas and the keys to park, place and drop them."""

    status = Signal(str)

    def __init__(self, editor: MapEditor) -> None:
        super().__init__()
        self.setObjectName("parkingLotPanel")
        self.editor = editor
        self.document = editor.document
        self.entry = QLineEdit()
        self.entry.setObjectName("parkingEntry")
        self.entry.setPlaceholderText(self.tr("An idea for later, then Enter"))
        self.entry.returnPressed.connect(self.park_text)
        self.ideas = QListWidget()
        self.ideas.setObjectName("parkingIdeas")
        self.ideas.installEventFilter(self)
        self.ideas.itemActivated.connect(lambda _item: self.place_current())
        place = QPushButton(self.tr("&Place in Cell"))
        place.setToolTip(self.tr("Make the selected idea a card in the cell cursor's cell (Enter)"))
        place.clicked.connect(self.place_current)
        drop = QPushButton(self.tr("Remove"))
        drop.clicked.connect(self.drop_current)
        buttons = QHBoxLayout()
        buttons.addWidget(place)
        buttons.addWidget(drop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.ideas, 1)
        layout.addLayout(buttons)
        self.document.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        row = self.ideas.currentRow()
        self.ideas.clear()
        self.ideas.addItems([idea.text for idea in self.document.journey.parking_lot])
        if self.ideas.count():
            self.ideas.setCurrentRow(max(0, min(row, self.ideas.count() - 1)))

    def park_text(self) -> None:
        text = self.entry.text().strip()
        if text and self.document.push(
            AddItem("parking_lot", ParkedIdea(id=new_id("pk"), text=text)), self.tr("Park idea")
        ):
            self.entry.clear()

    def park_card(self) -> None:
        """Move the selected card to the parking lot (its title becomes the idea)."""
        card = self.document.journey.touchpoint(self.editor.focus_card() or "")
        if card is None:
            self.status.emit(self.tr("Select a card to park it."))
            return
        idea = ParkedIdea(id=new_id("pk"), text=card.title)
        command = Macro("Park card", [RemoveItems("touchpoints", [card.id]), AddItem("parking_lot", idea)])
        if self.document.push(command, self.tr("Park card")):
            self.status.emit(self.tr("“%1” is in the parking lot.").replace("%1", card.title))

    def current(self) -> ParkedIdea | None:
        row = self.ideas.currentRow()
        lot = self.document.journey.parking_lot
        return lot[row] if 0 <= row < len(lot) else None

    def place_current(self) -> None:
        idea = self.current()
        cell = self.editor.target_cell()
        if idea is None or cell is None:
            return
        stage_id, lane_id = cell
        card = Touchpoint(
            id=new_id("tp"),
            stage_id=stage_id,
            lane_id=lane_id,
            order=len(self.document.journey.cell(stage_id, lane_id)),
            title=idea.text.strip().splitlines()[0][:MAX_NAME] if idea.text.strip() else "",
            description=idea.text if len(idea.text) > MAX_NAME or "\n" in idea.text.strip() else "",
        )
        command = Macro("Place idea", [RemoveItems("parking_lot", [idea.id]), AddItem("touchpoints", card)])
        if self.document.push(command, self.tr("Place idea in cell")):
            self.editor.cursor.place(self.editor.cursor.spot_for(card.id), card.id)

    def drop_current(self) -> None:
        idea = self.current()
        if idea is not None:
            self.document.push(RemoveItems("parking_lot", [idea.id]), self.tr("Remove idea"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ideas and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.place_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.drop_current()
                return True
        return False
