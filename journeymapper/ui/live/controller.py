"""One window's part in a live session: hosting, joining, presence, and telling the user.

The network runs on its own thread; when something arrives it emits `woke`, which
Qt delivers on the window's thread, where `Participant.pump()` applies it to the map
through the document's session (so canvas and panels update like after a local edit).
Local commands go through the document's undo stack as always: undo reverts only this
person's commands, and the bridge sends the result like any other edit.

A window that hosts also joins its own session over loopback, so host and participant
follow one code path; the host window saves its file a short while after each change
that came from the session (it owns the file), and on leaving.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from journeymapper.allocation import paused_gc
from journeymapper.file_lock import EDITING, SERVING
from journeymapper.live.discovery import Announcement
from journeymapper.live.host import HostThread, LiveHost
from journeymapper.live.participant import CLOSED, CONNECTED, DISCONNECTED, REFUSED, Participant
from journeymapper.live.protocol import LOOPBACK, SessionAddress
from journeymapper.model.journey import JourneyMap
from journeymapper.model.session import EditingSession
from journeymapper.ui.canvas.inline_editor import CardTitle, NewCard
from journeymapper.ui.live.presence import PresenceOverlay
from journeymapper.ui.preferences import LIVE_COLOURS, Preferences, preferences_notifier

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 2000


def my_name_and_colour() -> tuple[str, str]:
    """The name and colour others see: Edit ▸ Preferences ▸ Live sessions."""
    preferences = Preferences()
    return preferences.live_name, preferences.live_colour


def remember_name(name: str, colour: str | None = None) -> None:
    """Keep the name (and colour) given for this session as the Preferences' for the next."""
    preferences = Preferences()
    if name.strip():
        preferences.live_name = name
    if colour in LIVE_COLOURS:
        preferences.live_colour = colour
    preferences.sync()


class PendingJoin(QObject):
    """Joins a session first and opens its window after the first sync.

    Why: building the canvas once from the whole map (as opening a file does) is several
    times faster than taking in thousands of additions as one incremental update.
    """

    woke = Signal()
    opened = Signal(object)  # the new MainWindow
    failed = Signal(str)

    def __init__(self, open_window: Any, address: SessionAddress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_window = open_window
        self.session = EditingSession(JourneyMap(title=""))
        self.participant = Participant(self.session, address, wakeup=self.woke.emit,
                                       on_status=self._on_status)
        name, colour = my_name_and_colour()
        self.participant.endpoint.set_presence(name=name, colour=colour, selection=[], cell=None)
        self.woke.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        self.window: Any = None
        self.participant.start()

    def _pump(self) -> None:
        if self.window is not None:
            return
        try:
            self.participant.pump()
        except Exception:  # a bug or a hostile host must never take the editor down
            log.exception("live session: could not apply what arrived")
        if self.participant.synced and self.window is None:
            self.woke.disconnect(self._pump)
            with paused_gc():  # thousands of scene items, all alive: as opening a file does
                self.window = self._open_window(self.session.journey)
            self.window.live.controller.adopt(self.participant, self.woke)
            self.setParent(self.window.live.controller)
            self.opened.emit(self.window)

    def _on_status(self, status: str, detail: str) -> None:
        if self.window is None and status in (REFUSED, DISCONNECTED):
            self.participant.close()
            reason = detail if status == REFUSED else self.tr("the host cannot be reached ({detail})").format(
                detail=detail)
            self.failed.emit(reason)


class LiveController(QObject):
    """Hosts or joins a live session for one window."""

    woke = Signal()  # emitted from the network thread; handled on the window's thread
    status_changed = Signal(str, str)  # status, detail
    people_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.participant: Participant | None = None
        self.host: HostThread | None = None
        self.address: SessionAddress | None = None
        self._others: dict[int, dict[str, Any]] = {}
        self._told_gone = False
        self._announcement: Announcement | None = None
        self.woke.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_hosted_file)
        self._retry = QTimer(self)  # a drag in progress: others' edits wait until it ends
        self._retry.setSingleShot(True)
        self._retry.setInterval(100)
        self._retry.timeout.connect(self._pump)
        self.overlay = PresenceOverlay(window.scene)
        window.scene.current_changed.connect(self._publish_selection)  # every selection path
        window.scene.layout_updated.connect(self._draw_presence)
        preferences_notifier().stored.connect(self.follow_preferences)  # a new name or colour
        window.installEventFilter(self)
        window.view.editor.installEventFilter(self)  # typing on the canvas: the cell is news

    # --- state ---------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.participant is not None

    @property
    def hosting(self) -> bool:
        return self.host is not None

    def others(self) -> dict[int, dict[str, Any]]:
        return dict(self._others)

    # --- hosting and joining ----------------------------------------------------------
    def start_hosting(self, bind_host: str = LOOPBACK, port: int = 0) -> SessionAddress:
        """Share this window's map; raises OSError when the address cannot be used."""
        journey = self.window.document.journey.model_copy(deep=True)
        live = LiveHost(journey, host=bind_host, port=port, on_event=self._host_event)
        host = HostThread(live)
        address = host.start()
        self.host = host
        self.address = address
        self._mark_lock(SERVING)  # another editor opening the file is told it is shared
        # Listed in others' Join dialogs (room and title only, never the code; not on loopback).
        self._announcement = Announcement(address, journey.title)
        reach = address if bind_host not in ("0.0.0.0", "::") else SessionAddress(
            LOOPBACK, address.port, address.room, address.code)
        self._connect(reach)
        return address

    def _mark_lock(self, purpose: str) -> None:
        lock = self.window.document.lock
        if lock is not None:
            lock.mark(purpose)

    def join(self, address: SessionAddress) -> None:
        self.address = address
        self._connect(address)

    def adopt(self, participant: Participant, woke: Any) -> None:
        """Take over a participant that joined before this window existed (see `PendingJoin`)."""
        participant.rebind(self.window.document.session)
        participant.on_status = self._on_status
        self.participant = participant
        self.address = participant.address
        woke.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        self.status_changed.emit(participant.status, participant.status_detail)
        self._pump()

    def _connect(self, address: SessionAddress) -> None:
        document = self.window.document
        self.participant = Participant(document.session, address, wakeup=self.woke.emit,
                                       on_status=self._on_status)
        name, colour = my_name_and_colour()
        self.participant.endpoint.set_presence(name=name, colour=colour, selection=[], cell=None)
        # The host owns the file: its own edits are saved within seconds like everyone else's.
        self.participant.bridge.add_sink(lambda _update: self._schedule_save())
        self.participant.start()

    def follow_preferences(self) -> None:
        """Show the others the name and colour just chosen in Preferences."""
        if self.participant is not None:
            name, colour = my_name_and_colour()
            self.participant.endpoint.set_presence(name=name, colour=colour)
            self.participant.flush()
            self.people_changed.emit()

    def _schedule_save(self) -> None:
        if self.hosting and self.window.document.path is not None:
            self._save_timer.start()

    def leave(self) -> None:
        """Leave (and, when hosting, end) the session; the map stays open as it is."""
        participant, host = self.participant, self.host
        self.participant = None
        self.host = None
        if participant is not None:
            participant.close()
        if host is not None:
            if self._announcement is not None:
                self._announcement.close()
                self._announcement = None
            host.stop()
            self._save_hosted_file()
            self._mark_lock(EDITING)
        self._others = {}
        self.overlay.show_people({}, self.window.scene)
        self.people_changed.emit()
        self.status_changed.emit(CLOSED, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            QTimer.singleShot(0, self, self._leave_if_closed)
        elif watched is self.window.view.editor and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            QTimer.singleShot(0, self, self._publish_selection)
        return False

    def _editing_cell(self) -> list[str] | None:
        """The cell of what is being typed on the canvas: a new card, or a card's title."""
        editor = self.window.view.editor
        if not editor.isVisible():
            return None
        context = editor.context
        if isinstance(context, NewCard):
            return [context.stage_id, context.lane_id]
        if isinstance(context, CardTitle):
            card = self.window.document.journey.touchpoint(context.card_id)
            return [card.stage_id, card.lane_id] if card is not None else None
        return None

    def _leave_if_closed(self) -> None:
        try:
            closed = not self.window.isVisible()
        except RuntimeError:  # the window is already gone
            closed = True
        if closed and self.active:
            self.leave()

    # --- following the network -----------------------------------------------------------
    def _pump(self) -> None:
        participant = self.participant
        if participant is None:
            return
        if self.window.scene.interaction is not None:
            # The canvas abandons a gesture when the map changes under it; a remote edit
            # must not cancel a card someone is dragging, so it waits for the drop.
            self._retry.start()
            return
        try:
            changes = participant.pump()
        except Exception:  # a bug or a hostile host must never take the editor down
            log.exception("live session: could not apply what arrived")
            return
        if changes:
            self._schedule_save()
        others = participant.endpoint.others()
        if others != self._others:
            self._others = others
            self._draw_presence()
            self.people_changed.emit()

    def _on_status(self, status: str, detail: str) -> None:
        window = self.window
        if status == CONNECTED:
            self._told_gone = False
            window.statusBar().showMessage(self.tr("Live session: connected."), 4000)
        elif status == DISCONNECTED and not self._told_gone:
            self._told_gone = True
            window.statusBar().showMessage(self.tr(
                "The live session's host cannot be reached. Your copy of the map is kept: keep editing, "
                "save a copy or start a new session from it (Participants panel). Reconnecting…"))
        elif status == REFUSED:
            window.statusBar().showMessage(self.tr(
                "The live session's host refused this window ({reason}). Your copy of the map is kept: "
                "save a copy or start a new session from it (Participants panel).").format(reason=detail))
        self.status_changed.emit(status, detail)

    def _host_event(self, text: str) -> None:
        log.info("live host: %s", text)

    def _save_hosted_file(self) -> None:
        document = self.window.document
        if document.path is None or not document.is_modified:
            return
        try:
            document.save()
        except Exception as error:  # shown, never fatal: the session goes on
            self.window.statusBar().showMessage(self.tr("Could not save the shared map: {error}").format(
                error=error))

    # --- presence --------------------------------------------------------------------------
    def _publish_selection(self) -> None:
        participant = self.participant
        if participant is None:
            return
        try:
            ids = [ref for _role, ref in self.window.scene.selected_keys()][:50]
        except RuntimeError:
            return  # the scene is being torn down
        cell = self._editing_cell()
        card = next((self.window.document.journey.touchpoint(i) for i in ids
                     if self.window.document.journey.touchpoint(i) is not None), None)
        if cell is None and card is not None:
            cell = [card.stage_id, card.lane_id]
        participant.endpoint.set_presence(selection=ids, cell=cell)
        # Only send: this runs inside the scene's reaction to an edit (a new card is selected
        # as it is added); taking in remote updates here once lost that card. They come on
        # the next queued wake-up.
        participant.flush()

    def _draw_presence(self) -> None:
        self.overlay.show_people(self._others, self.window.scene)

    def describe_cell(self, cell: Any, journey: JourneyMap) -> str:
        if not (isinstance(cell, list) and len(cell) == 2):
            return ""
        stage, lane = journey.stage(str(cell[0])), journey.lane(str(cell[1]))
        if stage is None or lane is None:
            return ""
        return f"{stage.name} × {lane.name}"
