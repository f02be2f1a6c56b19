"""The parking lot: ideas the room raised that have no cell yet, kept in the map.

Type an idea and Enter to park it; later select it and press Enter (or "Place in Cell")
to turn it into a card in the cell cursor's cell — one undo step that takes it off the
lot — or Delete to drop it. With the mouse, drag an idea onto the map: the cell and the
place in it light up as for a dragged card, and the drop makes the card there. A selected
card can be parked too (Workshop ▸ Park Card), which is how a card that does not belong
anywhere yet leaves the grid without being lost.

The drop lands on the window, not the canvas: the canvas leaves drops to its window (a
.journey file dropped anywhere opens it), so `IdeaDrop` watches the window's drag events
and takes only those carrying a parked idea over the map.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import AddItem, Command, Macro, MoveCards, RemoveItems
from journeymapper.model.entities import MAX_NAME, ParkedIdea, Touchpoint, new_id
from journeymapper.ui.canvas.interactions import show_drop_target

if TYPE_CHECKING:
    from journeymapper.ui.canvas.items import DropIndicator
    from journeymapper.ui.map_editor import MapEditor

IDEA_MIME = "application/x-journeymapper-parked-idea"  # the idea's id, as UTF-8


class IdeaList(QListWidget):
    """The lot's list; an idea dragged out of it carries its id (and its text, for other programs)."""

    def __init__(self, lot: Callable[[], Sequence[ParkedIdea]]) -> None:
        super().__init__()
        self._lot = lot
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME, "text/plain"]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        lot = self._lot()
        rows = [self.row(item) for item in items if 0 <= self.row(item) < len(lot)]
        if rows:
            idea = lot[rows[0]]
            data.setData(IDEA_MIME, idea.id.encode("utf-8"))
            data.setText(idea.text)
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


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
        self.ideas = IdeaList(lambda: self.document.journey.parking_lot)
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
        if idea is not None and cell is not None:
            self.place(idea, cell[0], cell[1])

    def place(self, idea: ParkedIdea, stage_id: str, lane_id: str, index: int | None = None) -> bool:
        """Make `idea` a card in the cell (at `index` among its cards, else last): one undo step."""
        cell_cards = self.document.journey.cell(stage_id, lane_id)
        card = Touchpoint(
            id=new_id("tp"),
            stage_id=stage_id,
            lane_id=lane_id,
            order=len(cell_cards),
            title=idea.text.strip().splitlines()[0][:MAX_NAME] if idea.text.strip() else "",
            description=idea.text if len(idea.text) > MAX_NAME or "\n" in idea.text.strip() else "",
        )
        steps: list[Command] = [RemoveItems("parking_lot", [idea.id]), AddItem("touchpoints", card)]
        if index is not None and index < len(cell_cards):
            steps.append(MoveCards([card.id], stage_id, lane_id, index))
        if not self.document.push(Macro("Place idea", steps), self.tr("Place idea in cell")):
            return False
        self.editor.cursor.place(self.editor.cursor.spot_for(card.id), card.id)
        return True

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


class IdeaDrop(QObject):
    """Takes a parked idea dropped on the map: watches the window's drag events (see above)."""

    def __init__(self, panel: ParkingLotPanel, window: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self._indicator().hide()
            return False
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # enter and move events are drop events too
        if not event.mimeData().hasFormat(IDEA_MIME):
            return False  # a file: the window opens it
        target = self._target(event)
        self._show(target)
        if kind == QEvent.Type.Drop:
            self._indicator().hide()
            idea = self._idea(event)
            if target is None or idea is None:
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.panel.place(idea, *target)
            return True
        if kind == QEvent.Type.DragEnter or target is not None:
            event.acceptProposedAction()  # entering anywhere keeps the moves coming
        else:
            event.ignore()  # not over a cell: the pointer says no
        return True

    def _idea(self, event: QDropEvent) -> ParkedIdea | None:
        idea_id = bytes(event.mimeData().data(IDEA_MIME).data()).decode("utf-8", "replace")
        return next((i for i in self.panel.document.journey.parking_lot if i.id == idea_id), None)

    def _target(self, event: QDropEvent) -> tuple[str, str, int] | None:
        view = self.panel.editor.view
        viewport = view.viewport()
        point = viewport.mapFrom(self.window, event.position().toPoint())
        if not viewport.rect().contains(point) or self.panel.document.read_only:
            return None
        return self.panel.editor.scene.drop_target(view.mapToScene(point), [])

    def _indicator(self) -> DropIndicator:
        return self.panel.editor.scene.drop_indicator

    def _show(self, target: tuple[str, str, int] | None) -> None:
        show_drop_target(self.panel.editor.scene, self._indicator(), target, [])
