"""The personas panel: who the customer is, with a photo, goals, frustrations and a quote.

The main persona appears in the title block of the canvas and the poster, so it is
chosen here explicitly. Photos come from files people pass around; they are checked
by the model (PNG or JPEG, size-capped, header read before decoding) and a refused
photo is explained in the panel rather than in a modal error box.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QLocale, QRectF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import AddItem, Change, MoveItem, RemoveItems, UpdateItem
from journeymapper.model.entities import Persona, Photo, new_id
from journeymapper.model.images import MAX_PHOTO_BYTES, ImageError, image_type
from journeymapper.ui.panels.binding import CommitTextEdit, DocumentPanel, FormBinding, find_item
from journeymapper.ui.panels.master_detail import detail_form, list_with_buttons, stack_master_detail

PHOTO_SIZE = 72


def initials(name: str) -> str:
    parts = [part for part in name.split() if part[:1].isalnum()]
    return "".join(part[0] for part in parts[:2]).upper() or "?"


def persona_picture(persona: Persona | None, size: int, fill: QColor, ink: QColor) -> QPixmap:
    """The persona's photo cropped to a rounded square, or their initials when there is none."""
    ratio = 2.0  # drawn at twice the size: crisp on high-DPI screens
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    painter.setClipPath(clip)
    photo = QPixmap()
    if persona is not None and persona.photo is not None and photo.loadFromData(persona.photo.raw()):
        scaled = photo.scaled(
            QSize(int(size * ratio), int(size * ratio)),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        x = (scaled.width() / ratio - size) / 2
        y = (scaled.height() / ratio - size) / 2
        painter.drawPixmap(int(-x), int(-y), scaled)
    else:
        painter.fillRect(QRectF(0, 0, size, size), fill)
        font = QFont(painter.font())
        font.setPixelSize(int(size * 0.36))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            QRectF(0, 0, size, size),
            Qt.AlignmentFlag.AlignCenter,
            initials(persona.name) if persona is not None else "",
        )
    painter.end()
    return pixmap


class PersonaPanel(DocumentPanel):
    """A list of the map's personas and a form for the selected one."""

    collections = frozenset({"personas"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaPanel")
        self.list = QListWidget()
        self.list.setObjectName("personaList")
        self.list.currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.set_icon(self.add_button, "add-card")
        self.add_button.setObjectName("addPersona")
        self.add_button.setToolTip(self.tr("Add a persona"))
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.set_icon(self.delete_button, "delete")
        self.delete_button.setObjectName("deletePersona")
        self.delete_button.setToolTip(self.tr("Delete the selected persona"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton("↑")
        self.up_button.setObjectName("personaUp")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setObjectName("personaDown")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for small in (self.up_button, self.down_button):
            small.setFixedWidth(small.sizeHint().height() + 6)

        self.picture = QLabel()
        self.picture.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"))
        self.choose_photo_button.setObjectName("choosePhoto")
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.setObjectName("removePhoto")
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.photo_error = QLabel()
        self.photo_error.setObjectName("photoError")
        self.photo_error.setProperty("role", "error")
        self.photo_error.setWordWrap(True)
        self.photo_error.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_error.hide()
        self.name = QLineEdit()
        self.name.setObjectName("personaName")
        self.role = QLineEdit()
        self.role.setObjectName("personaRole")
        self.main = QCheckBox(self.tr("Main persona (shown in the title block)"))
        self.main.setObjectName("mainPersona")
        self.main.clicked.connect(self.set_main)
        self.goals = CommitTextEdit(lines=3)
        self.goals.setObjectName("personaGoals")
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.frustrations = CommitTextEdit(lines=3)
        self.frustrations.setObjectName("personaFrustrations")
        self.frustrations.setPlaceholderText(self.tr("One frustration per line"))
        self.quote = CommitTextEdit(lines=2)
        self.quote.setObjectName("personaQuote")
        self.quote.setPlaceholderText(self.tr("Something they said, in their words"))

        self.form = FormBinding(self, "personas")
        self.form.line("name", self.name, self.tr("Rename persona"))
        self.form.line("role", self.role, self.tr("Edit persona role"))
        self.form.lines("goals", self.goals, self.tr("Edit persona goals"))
        self.form.lines("frustrations", self.frustrations, self.tr("Edit persona frustrations"))
        self.form.text("quote", self.quote, self.tr("Edit persona quote"))
        self._build_layout()
        self.setEnabled(False)
        self._show_form(None)

    def _build_layout(self) -> None:
        top = list_with_buttons(
            self.list, (self.add_button, self.delete_button), (self.up_button, self.down_button)
        )

        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.choose_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_row = QHBoxLayout()  # nothing here stretches: spare height goes to the text fields
        photo_row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form_widget, form = detail_form()
        form.addRow(photo_row)
        form.addRow(self.photo_error)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.main)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Frustrations"), self.frustrations)
        form.addRow(self.tr("Quote"), self.quote)
        stack_master_detail(self, top, form_widget, (140, 420))

    # --- following the map ----------------------------------------------------------
    def concerns(self, change: Change) -> bool:
        return change.collection == "personas" or (
            change.collection == "map" and "main_persona_id" in change.fields
        )

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self, changes: list[Change] | None) -> None:
        journey = self.journey
        keep = self.current_id()
        blocker = QSignalBlocker(self.list)
        row = self.list.currentRow()
        self.list.clear()
        personas = journey.personas if journey is not None else []
        main_id = journey.main_persona_id if journey is not None else None
        for persona in personas:
            text = persona.name or self.tr("(unnamed)")
            if persona.id == main_id:
                text += "  ★ " + self.tr("main")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setToolTip(persona.role)
            self.list.addItem(item)
        ids = [p.id for p in personas]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        elif ids:
            self.list.setCurrentRow(min(max(row, 0), len(ids) - 1))
        del blocker
        self._show_form(find_item(journey, "personas", self.current_id()) if journey is not None else None)

    def _current_changed(self) -> None:
        self.photo_error.hide()
        journey = self.journey
        self._show_form(find_item(journey, "personas", self.current_id()) if journey is not None else None)

    def _show_form(self, persona: Persona | None) -> None:
        self.form.show(persona)
        journey = self.journey
        has = persona is not None
        with_blocked = QSignalBlocker(self.main)
        main_id = journey.main_persona_id if journey is not None else None
        self.main.setChecked(persona is not None and main_id == persona.id)
        del with_blocked
        for widget in (self.main, self.choose_photo_button, self.delete_button):
            widget.setEnabled(has)
        self.remove_photo_button.setEnabled(has and persona is not None and persona.photo is not None)
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < count - 1)
        palette = self.palette()
        picture = persona_picture(persona, PHOTO_SIZE, palette.mid().color(), palette.text().color())
        self.picture.setPixmap(picture)

    # --- editing --------------------------------------------------------------------
    def add_persona(self) -> str | None:
        persona = Persona(id=new_id("pe"), name=self.tr("New persona"))
        if not self.push(AddItem("personas", persona), self.tr("Add persona")):
            return None
        self.select_persona(persona.id)
        self.name.setFocus()
        self.name.selectAll()
        return persona.id

    def select_persona(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)
                return

    def delete_current(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self.push(RemoveItems("personas", [persona_id]), self.tr("Delete persona"))

    def move_current(self, step: int) -> None:
        persona_id = self.current_id()
        row = self.list.currentRow()
        if persona_id is not None and 0 <= row + step < self.list.count():
            self.push(MoveItem("personas", persona_id, row + step), self.tr("Reorder personas"))

    def set_main(self, checked: bool) -> None:
        """Make the shown persona the map's main one (or no explicit main persona)."""
        persona_id = self.current_id()
        journey = self.journey
        if persona_id is None or journey is None:
            return
        wanted = persona_id if checked else None
        if journey.main_persona_id != wanted:
            self.push(UpdateItem("map", None, {"main_persona_id": wanted}), self.tr("Set main persona"))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_photo_from_file(Path(path))

    def set_photo_from_file(self, path: Path) -> bool:
        """Check the file and, if it is an acceptable photo, store it as one undo step."""
        persona_id = self.current_id()
        if persona_id is None:
            return False
        try:
            size = path.stat().st_size
            if size > MAX_PHOTO_BYTES:
                too_big = self.tr("the file is {size} MB; photos can be at most {limit} MB")
                megabytes = QLocale().toString(size / 1048576, "f", 1)  # "3,2" in Spanish
                raise ImageError(too_big.format(size=megabytes, limit=MAX_PHOTO_BYTES // 1048576))
            raw = path.read_bytes()
            try:
                image_type(raw)
            except ImageError:
                raise ImageError(self.tr("it is not a PNG or JPEG image")) from None
            photo = Photo.from_bytes(raw)
        except (OSError, ImageError, ValidationError) as error:
            self.show_photo_error(self.tr("This photo cannot be used: {reason}.").format(reason=error))
            return False
        self.photo_error.hide()
        return self.push(UpdateItem("personas", persona_id, {"photo": photo}), self.tr("Set persona photo"))

    def show_photo_error(self, message: str) -> None:
        self.photo_error.setText(message)
        self.photo_error.show()

    def remove_photo(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self.photo_error.hide()
            self.push(UpdateItem("personas", persona_id, {"photo": None}), self.tr("Remove persona photo"))
