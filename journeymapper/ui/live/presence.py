"""Who else is in the session: outlines in their colour around what they have selected,
and the participants dock (names, colours, the cell each is working in).

Presence states come from other machines: they are read defensively (a name is cut
to 60 characters, a colour that is not #RRGGBB becomes grey, at most 50 selected ids).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from journeymapper.ui.live.controller import LiveController

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
ROLES = ("card", "pain", "kpi", "opportunity", "stage-header", "lane-header")


@dataclass(frozen=True)
class Person:
    name: str
    colour: str
    selection: tuple[str, ...]
    cell: Any


def person_from(state: dict[str, Any]) -> Person:
    name = state.get("name")
    colour = state.get("colour")
    selection = state.get("selection")
    ids = tuple(str(i)[:64] for i in selection[:50]) if isinstance(selection, list) else ()
    return Person(
        name=name[:60] if isinstance(name, str) and name.strip() else "?",
        colour=colour if isinstance(colour, str) and _COLOUR.match(colour) else "#888888",
        selection=ids,
        cell=state.get("cell"),
    )


class PresenceOverlay:
    """Outlines drawn over the canvas for other participants' selections."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._items: list[QGraphicsRectItem] = []
        self.drawn: dict[str, str] = {}  # object id → name of who has it selected (tests read it)
        self.cells: dict[str, tuple[str, str]] = {}  # name → the cell they work in

    def show_people(self, others: dict[int, dict[str, Any]], scene: Any) -> None:
        for item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items = []
        self.drawn = {}
        self.cells = {}
        for state in others.values():
            person = person_from(state)
            self._outline_cell(person, scene)
            for object_id in person.selection:
                target = next((scene.item_for((role, object_id)) for role in ROLES
                               if scene.item_for((role, object_id)) is not None), None)
                if target is None:
                    continue
                box = target.sceneBoundingRect().adjusted(-4, -4, 4, 4)
                outline = QGraphicsRectItem(box)
                pen = QPen(QColor(person.colour), 3)
                pen.setCosmetic(True)
                outline.setPen(pen)
                outline.setBrush(Qt.BrushStyle.NoBrush)
                outline.setZValue(10_000)
                outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                label = QGraphicsSimpleTextItem(person.name, outline)
                label.setBrush(QColor(person.colour))
                label.setPos(box.left(), box.top() - label.boundingRect().height() - 2)
                scene.addItem(outline)
                self._items.append(outline)
                self.drawn[object_id] = person.name


    def _outline_cell(self, person: Person, scene: Any) -> None:
        """A dashed frame in the person's colour around the cell they are working in."""
        cell = person.cell
        if not (isinstance(cell, list) and len(cell) == 2 and all(isinstance(c, str) for c in cell)):
            return
        box = getattr(scene, "layout", None) and scene.layout.cells.get((cell[0], cell[1]))
        if not box:
            return
        frame = QGraphicsRectItem(box.x + 2, box.y + 2, box.w - 4, box.h - 4)
        pen = QPen(QColor(person.colour), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        frame.setPen(pen)
        frame.setBrush(Qt.BrushStyle.NoBrush)
        frame.setZValue(9_999)
        frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(frame)
        self._items.append(frame)
        self.cells[person.name] = (cell[0], cell[1])


class ParticipantsPanel(QWidget):
    """The participant list: everyone connected, in their colour, with the cell they work in."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never cut off
        # Shown when the host has gone: the two ways on with the copy this window keeps.
        self.save_copy = QPushButton(self.tr("Save a Copy…"), self)
        self.save_copy.setObjectName("liveSaveCopy")
        self.start_new = QPushButton(self.tr("Start a New Session from This Copy…"), self)
        self.start_new.setObjectName("liveStartFromCopy")
        self.people = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.save_copy)
        layout.addWidget(self.start_new)
        layout.addWidget(self.people)
        self._show_host_gone(False)
        controller.people_changed.connect(self.refresh)
        controller.status_changed.connect(self._on_status)
        self.refresh()

    def _on_status(self, status: str, detail: str) -> None:
        texts = {
            "connecting": self.tr("Connecting…"),
            "connected": self.tr("Connected."),
            "disconnected": self.tr("The host cannot be reached. Your copy of the map is kept: "
                                    "keep editing. Reconnecting…"),
            "refused": self.tr("Refused: {reason}").format(reason=detail),
            "closed": self.tr("Not in a live session."),
        }
        self.status.setText(texts.get(status, status))
        # Gone for now (retrying) or for good (a restarted host has another room or code).
        self._show_host_gone(status in ("disconnected", "refused") and not self.controller.hosting)
        self.refresh()

    def _show_host_gone(self, gone: bool) -> None:
        self.save_copy.setVisible(gone)
        self.start_new.setVisible(gone)

    def refresh(self) -> None:
        self.people.clear()
        participant = self.controller.participant
        if participant is None:
            return
        journey = self.controller.window.document.journey
        me = person_from(participant.endpoint.awareness.get_local_state() or {})
        rows = [(me, True)] + [(person_from(s), False) for s in self.controller.others().values()]
        for person, mine in rows:
            where = self.controller.describe_cell(person.cell, journey)
            text = self.tr("{name} (you)").format(name=person.name) if mine else person.name
            item = QListWidgetItem(f"● {text}" + (f" — {where}" if where else ""))
            item.setForeground(QColor(person.colour))
            self.people.addItem(item)
