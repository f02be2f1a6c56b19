"""File ▸ Start live session… and File ▸ Join live session…: the two dialogs.

Starting: the facilitator picks the interface to listen on (this computer only by
default; the room's network is a deliberate choice; all interfaces is offered last
and says so), then reads the address and code out or copies them.
Joining: sessions announced on the network are listed (mDNS); picking one fills in
the address, and the code is typed or pasted (a whole ws://…?code=… link works too).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.live.discovery import Browser, Discovered, local_interfaces
from journeymapper.live.protocol import DEFAULT_PORT, AddressError, SessionAddress, parse_address
from journeymapper.ui.live.controller import my_name_and_colour, remember_name
from journeymapper.ui.preferences import colour_choice

ALL_INTERFACES = "0.0.0.0"


class IdentityFields:
    """Your name and colour as the others see them: Preferences' by default; what is
    chosen here becomes the Preferences' for the next session."""

    def __init__(self, parent: QWidget) -> None:
        name, colour = my_name_and_colour()
        self.name = QLineEdit(name, parent)
        self.name.setMaxLength(60)
        self.colour = colour_choice(parent)
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour)))

    def add_to(self, form: QFormLayout, name_label: str, colour_label: str) -> None:
        form.addRow(name_label, self.name)
        form.addRow(colour_label, self.colour)

    def remember(self) -> None:
        remember_name(self.name.text(), str(self.colour.currentData()))


class StartDialog(QDialog):
    """Choose where to listen; after Start, shows the address and code to share."""

    def __init__(self, parent: QWidget | None = None, *, saved: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start live session"))
        self.address: SessionAddress | None = None
        self.interface = QComboBox(self)
        for interface in local_interfaces():
            label = (self.tr("This computer only ({address})") if interface.is_loopback
                     else self.tr("The network of {name} ({address})"))
            self.interface.addItem(label.format(address=interface.address, name=interface.name),
                                   interface.address)
        if self.interface.findData("127.0.0.1") < 0:
            self.interface.insertItem(0, self.tr("This computer only ({address})").format(
                address="127.0.0.1"), "127.0.0.1")
        self.interface.addItem(self.tr("All interfaces (anyone who can reach this computer)"), ALL_INTERFACES)
        self.interface.setCurrentIndex(0)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.identity = IdentityFields(self)
        # The whole link, wrapped so it can be read out or copied off the projector.
        self.shared = QPlainTextEdit(self)
        self.shared.setReadOnly(True)
        self.shared.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.shared.setFixedHeight(self.shared.fontMetrics().lineSpacing() * 3 + 12)
        self.shared.setPlaceholderText(self.tr("The address to share appears here"))
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setEnabled(False)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.shared.toPlainText()))
        self.note = QLabel(self.tr(
            "Participants need the whole address, including its code. Anyone with the code who can "
            "reach this computer can edit the map; the connection is not encrypted."), self)
        if not saved:  # the host saves the shared map only into the file it came from
            self.note.setText(self.note.text() + "\n" + self.tr(
                "This map has not been saved yet: save it first (File ▸ Save As…) to have the "
                "session's edits saved to a file as they happen."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Listen on"), self.interface)
        form.addRow(self.tr("Port"), self.port)
        self.identity.add_to(form, self.tr("Your name"), self.tr("Your colour"))
        form.addRow(self.tr("Address"), self.shared)
        form.addRow("", self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def chosen_host(self) -> str:
        return str(self.interface.currentData())

    def show_address(self, address: SessionAddress) -> None:
        self.address = address
        url = address.url()
        if address.host == ALL_INTERFACES:
            others = [i.address for i in local_interfaces() if not i.is_loopback]
            if others:
                url = SessionAddress(others[0], address.port, address.room, address.code).url()
        self.shared.setPlainText(url)
        self.copy.setEnabled(True)
        self.start.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))


class _Relay(QObject):
    found = Signal(list)


class JoinDialog(QDialog):
    """The host's address and code, typed, pasted or picked from the sessions announced nearby."""

    def __init__(self, parent: QWidget | None = None, *, discover: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join live session"))
        self.sessions = QListWidget(self)
        self.sessions.itemSelectionChanged.connect(self._picked)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("ws://192.168.1.20:8737/map-…")
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("The room code from the facilitator"))
        self.identity = IdentityFields(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Room code"), self.code)
        self.identity.add_to(form, self.tr("Your name"), self.tr("Your colour"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join = buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sessions on this network:"), self))
        layout.addWidget(self.sessions)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.address: SessionAddress | None = None
        self._relay = _Relay(self)
        self._relay.found.connect(self._show_sessions)
        self._browser: Browser | None = None
        if discover:
            try:
                self._browser = Browser(self._relay.found.emit)
            except OSError:
                self.sessions.addItem(self.tr("(Sessions cannot be listed on this network.)"))
        self.finished.connect(self._stop_browsing)

    def _show_sessions(self, found: list[Discovered]) -> None:
        self.sessions.clear()
        for session in found:
            item = QListWidgetItem(f"{session.title} — {session.host}:{session.port}")
            item.setData(256, session)
            self.sessions.addItem(item)

    def _picked(self) -> None:
        items = self.sessions.selectedItems()
        session = items[0].data(256) if items else None
        if isinstance(session, Discovered):
            self.url.setText(f"ws://{session.host}:{session.port}/{session.room}")
            self.code.setFocus()

    def chosen_address(self) -> SessionAddress:
        """The address typed (a full link, or address plus code); raises AddressError."""
        text = self.url.text().strip()
        code = self.code.text().strip()
        if code and "code=" not in text:
            text = f"{text}?code={code}"
        return parse_address(text)

    def _accept(self) -> None:
        try:
            self.address = self.chosen_address()
        except AddressError as error:
            self.error.setText(str(error))
            return
        self.identity.remember()
        self.accept()

    def _stop_browsing(self) -> None:
        if self._browser is not None:
            self._browser.close()
            self._browser = None
