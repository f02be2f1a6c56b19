"""The File menu's live-session entries and the Participants dock, for one window.

The main window calls `install_live_menu(window, file_menu)` once; everything else
about live sessions in the editor lives in this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QMenu, QMessageBox

from journeymapper.live.participant import DISCONNECTED, REFUSED
from journeymapper.live.protocol import SessionAddress
from journeymapper.ui.live.controller import LiveController, PendingJoin
from journeymapper.ui.live.dialogs import JoinDialog, StartDialog
from journeymapper.ui.live.presence import ParticipantsPanel

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.workspace import Workspace


class LiveMenu(QObject):
    """Start…, Join…, Leave, and the participants dock of one window."""

    discover = True  # list sessions announced on the network (tests turn this off: loopback only)

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.controller = LiveController(window)
        self.start_action = QAction(self.tr("Start &Live Session…"), window)
        self.start_action.setStatusTip(self.tr("Let others on the local network edit this map with you"))
        self.start_action.triggered.connect(self.start_session)
        self.join_action = QAction(self.tr("&Join Live Session…"), window)
        self.join_action.setStatusTip(self.tr("Edit a map someone shares on the local network"))
        self.join_action.triggered.connect(self.join_session)
        self.leave_action = QAction(self.tr("Leave Live Session"), window)
        self.leave_action.triggered.connect(self.controller.leave)
        self.leave_action.setEnabled(False)
        live_menu = file_menu.addMenu(self.tr("Li&ve Session"))
        live_menu.addActions([self.start_action, self.join_action, self.leave_action])
        self.panel = ParticipantsPanel(self.controller)
        self.panel.save_copy.clicked.connect(window.save_as)
        self.panel.start_new.clicked.connect(self.start_from_copy)
        self.dock = QDockWidget(self.tr("Participants"), window)
        self.dock.setObjectName("participantsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.controller.status_changed.connect(self._on_status)
        self.start_dialog: StartDialog | None = None
        self.join_dialog: JoinDialog | None = None

    def _on_status(self, status: str, _detail: str) -> None:
        active = self.controller.active
        self.start_action.setEnabled(not active)
        self.join_action.setEnabled(not active)
        self.leave_action.setEnabled(active)
        if active:
            self.dock.show()
        if status in (DISCONNECTED, REFUSED):
            self.dock.raise_()  # where the ways on with this copy are offered

    def start_session(self) -> None:
        dialog = StartDialog(self.window, saved=self.window.document.path is not None)
        self.start_dialog = dialog

        def start() -> None:
            dialog.identity.remember()  # the name and colour the session starts with
            try:
                address = self.controller.start_hosting(dialog.chosen_host(), dialog.port.value())
            except OSError as error:
                reason = error.strerror or str(error)
                dialog.note.setText(self.tr("Cannot listen there: {error}").format(error=reason))
                return
            dialog.show_address(address)
            self._on_status("connecting", "")

        dialog.start.clicked.connect(start)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(dialog.reject)
        dialog.open()

    def start_from_copy(self) -> None:
        """The host is gone: leave its session and share this window's copy in a new one."""
        self.controller.leave()
        self.start_session()

    def join_session(self) -> None:
        dialog = JoinDialog(self.window, discover=self.discover)
        self.join_dialog = dialog
        dialog.accepted.connect(lambda: self._join_in_new_window(dialog.address))
        dialog.open()

    def _join_in_new_window(self, address: SessionAddress | None) -> None:
        if address is None:
            return
        workspace = self.window.workspace
        if workspace is None:
            QMessageBox.warning(self.window, self.tr("Join live session"),
                                self.tr("This window cannot open another one."))
            return
        self.window.statusBar().showMessage(self.tr("Joining the live session…"))
        pending = join_in_new_window(workspace, address, self)
        pending.failed.connect(lambda reason: QMessageBox.warning(
            self.window, self.tr("Join live session"),
            self.tr("Could not join the live session: {reason}").format(reason=reason)))
        pending.opened.connect(lambda _window: self.window.statusBar().clearMessage())


def join_in_new_window(
    workspace: Workspace, address: SessionAddress, parent: QObject | None = None
) -> PendingJoin:
    """Join the session at `address`; its window opens after the first sync (`opened`)."""
    return PendingJoin(workspace.new_window, address, parent)
