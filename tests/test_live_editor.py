"""Two real editor windows in one process joined to one live session (loopback only)."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from ui_helpers import (  # noqa: E402
    centre,
    click,
    double_click,
    editor_env,  # noqa: F401  (fixture)
    key,
    make_workspace,
    open_window,
    settle,
    track,
)

from journeymapper.fileformat import load_journey, save_journey  # noqa: E402
from journeymapper.live.participant import DISCONNECTED  # noqa: E402
from journeymapper.model.commands import UpdateItem  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def test_a_card_added_in_one_window_appears_in_the_other_within_a_second(qtbot, tmp_path) -> None:
    path = tmp_path / "workshop.journey"
    save_journey(build_template("5a", "en", "Workshop"), path)
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, load_journey(path).journey, path)
    address = host_window.live.controller.start_hosting("127.0.0.1", 0)
    assert address.host == "127.0.0.1"
    from journeymapper.ui.live.menu import join_in_new_window

    pending = join_in_new_window(workspace, address)
    qtbot.waitUntil(lambda: pending.window is not None, timeout=5000)
    guest = track(pending.window)
    settle(qtbot, guest)
    assert guest.live.controller.participant.synced and len(guest.document.journey.stages) == 5
    assert guest.document.journey.title == "Workshop"

    # The facilitator types a card on the canvas: double-click a cell, type, Enter.
    journey = host_window.document.journey
    stage, lane = journey.stages[0].id, journey.lanes[1].id
    host_window.activateWindow()
    double_click(host_window.view, *centre(host_window.scene.layout.cells[(stage, lane)]))
    # The guest sees which cell the facilitator is typing in, before the card exists.
    qtbot.waitUntil(lambda: (stage, lane) in guest.live.controller.overlay.cells.values(), timeout=2000)
    QTest.keyClicks(host_window.view.editor, "Sees an ad")
    started = time.monotonic()
    key(host_window.view.editor, Qt.Key.Key_Return)
    key(host_window.view.editor, Qt.Key.Key_Escape)
    card = next(c for c in journey.touchpoints if c.title == "Sees an ad")
    qtbot.waitUntil(lambda: guest.scene.item_for(("card", card.id)) is not None, timeout=1000)
    assert time.monotonic() - started < 1.0
    assert [c.title for c in guest.document.journey.cell(stage, lane)] == ["Sees an ad"]

    # Presence: the guest selects the card; the host sees it outlined with the guest's name.
    guest.activateWindow()
    spot = guest.scene.item_for(("card", card.id)).sceneBoundingRect().center()
    click(guest.view, spot.x(), spot.y())
    assert guest.scene.selected_card_ids() == [card.id]
    qtbot.waitUntil(lambda: card.id in host_window.live.controller.overlay.drawn, timeout=2000)
    assert (stage, lane) in host_window.live.controller.overlay.cells.values()  # the cell they work in
    assert host_window.live.panel.people.count() == 2

    # Undo in the guest undoes only the guest's own edit.
    guest.document.push(UpdateItem("touchpoints", card.id, {"owner": "guest"}), "Edit owner")
    qtbot.waitUntil(lambda: journey.touchpoint(card.id).owner == "guest", timeout=2000)
    guest.document.undo_stack.undo()
    qtbot.waitUntil(lambda: journey.touchpoint(card.id).owner == "", timeout=2000)
    assert journey.touchpoint(card.id).title == "Sees an ad"

    # A remote edit waits while a card is being dragged, so the drag is not cancelled.
    from ui_helpers import vp

    start = host_window.scene.item_for(("card", card.id)).sceneBoundingRect().center()
    host_window.activateWindow()
    QTest.mousePress(host_window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, vp(host_window.view, start.x(), start.y()))
    QTest.mouseMove(host_window.view.viewport(), vp(host_window.view, start.x() + 30, start.y() + 30))
    dragging = host_window.scene.interaction
    guest.document.push(UpdateItem("touchpoints", card.id, {"channel_detail": "meanwhile"}), "Edit")
    qtbot.wait(300)
    assert host_window.scene.interaction is dragging is not None
    assert journey.touchpoint(card.id).channel_detail == ""
    QTest.mouseRelease(host_window.view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, vp(host_window.view, start.x() + 30, start.y() + 30))
    qtbot.waitUntil(lambda: journey.touchpoint(card.id).channel_detail == "meanwhile", timeout=2000)

    # The host window saves its file shortly after changes from the session.
    qtbot.waitUntil(lambda: any(c.title == "Sees an ad" for c in load_journey(path).journey.touchpoints),
                    timeout=5000)

    # The host leaves: the guest is told and keeps its copy.
    host_window.live.controller.leave()
    qtbot.waitUntil(lambda: guest.live.controller.participant.status == DISCONNECTED, timeout=5000)
    assert guest.document.journey.touchpoint(card.id) is not None
    assert "cannot be reached" in guest.statusBar().currentMessage()
    guest.live.controller.leave()


def test_start_and_join_through_the_file_menu_dialogs(qtbot, monkeypatch) -> None:
    from journeymapper.ui.live.menu import LiveMenu

    monkeypatch.setattr(LiveMenu, "discover", False)  # no multicast: tests stay on loopback
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, build_template("5a", "en", "Menu session"))
    host_window.live.start_action.trigger()
    dialog = host_window.live.start_dialog
    assert dialog.chosen_host() == "127.0.0.1"  # this computer only unless chosen otherwise
    assert "not been saved yet" in dialog.note.text()  # the host saves only into the map's own file
    dialog.port.setValue(0)
    QTest.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    url = dialog.shared.toPlainText()
    assert url.startswith("ws://127.0.0.1:") and "?code=" in url
    dialog.close()

    other = open_window(qtbot, workspace)  # any window's File menu can join; a new window opens
    other.live.join_action.trigger()
    join = other.live.join_dialog
    join.url.setText(url.split("?")[0])
    join.code.setText(url.split("code=")[1])
    QTest.mouseClick(join.join, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(workspace.windows) == 3, timeout=2000)
    guest = workspace.windows[-1]
    qtbot.waitUntil(lambda: guest.document.journey.title == "Menu session", timeout=5000)
    assert not guest.live.start_action.isEnabled() and guest.live.leave_action.isEnabled()
    guest.live.leave_action.trigger()
    host_window.live.leave_action.trigger()
    assert not host_window.live.controller.active


def test_joining_with_a_wrong_code_says_why_and_opens_no_window(qtbot, tmp_path, capsys) -> None:
    from journeymapper.live.host import HostThread, LiveHost
    from journeymapper.live.protocol import SessionAddress
    from journeymapper.ui.live.startup import run_joined

    host = HostThread(LiveHost(build_template("5a", "en"), host="127.0.0.1"))
    address = host.start()
    try:
        wrong = SessionAddress(address.host, address.port, address.room, "w" * 32)
        assert run_joined(wrong.url()) == 1
        assert "wrong room code" in capsys.readouterr().err
    finally:
        host.stop()


def _choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    """Pick `value` in a drop-down with the keyboard, as a user would."""
    combo.setFocus()
    key(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        key(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def test_name_and_colour_set_in_preferences_are_what_the_others_see(qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymapper.ui.live.menu import LiveMenu, join_in_new_window
    from journeymapper.ui.preferences import Preferences, PreferencesDialog

    monkeypatch.setattr(LiveMenu, "discover", False)
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, build_template("5a", "en", "Named"))

    def play(dialog: PreferencesDialog) -> int:  # Edit ▸ Preferences…: type a name, pick a colour, OK
        dialog.show()
        dialog.live_name.setFocus()
        dialog.live_name.selectAll()
        QTest.keyClicks(dialog.live_name, "Ana (facilitator)")
        _choose(dialog.live_colour, "#2A9D8F")
        dialog.grab().save(str(tmp_path / "preferences.png"))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", play)
    host_window.editor_actions["preferences"].trigger()
    assert (Preferences().live_name, Preferences().live_colour) == ("Ana (facilitator)", "#2A9D8F")

    # The Start dialog offers them; starting shares them.
    host_window.live.start_action.trigger()
    start = host_window.live.start_dialog
    assert start.identity.name.text() == "Ana (facilitator)"
    assert start.identity.colour.currentData() == "#2A9D8F"
    start.port.setValue(0)
    QTest.mouseClick(start.start, Qt.MouseButton.LeftButton)
    url = start.shared.toPlainText()
    start.close()
    mine = host_window.live.controller.participant.endpoint.awareness.get_local_state()
    assert (mine["name"], mine["colour"]) == ("Ana (facilitator)", "#2A9D8F")

    # A guest joining as `journeymapper join` does takes the Preferences' name and colour.
    prefs = Preferences()
    prefs.live_name, prefs.live_colour = "Ben", "#8AB17D"
    prefs.sync()
    from journeymapper.live.protocol import parse_address

    pending = join_in_new_window(workspace, parse_address(url))
    qtbot.waitUntil(lambda: pending.window is not None, timeout=5000)
    track(pending.window)
    panel = host_window.live.panel.people

    def row(name: str):  # type: ignore[no-untyped-def]
        return next((panel.item(i) for i in range(panel.count()) if name in panel.item(i).text()), None)

    qtbot.waitUntil(lambda: row("Ben") is not None, timeout=3000)
    assert row("Ben").foreground().color().name().upper() == "#8AB17D"
    assert row("Ana (facilitator) (you)").foreground().color().name().upper() == "#2A9D8F"

    # The Join dialog offers the Preferences' values too, and what is typed there is kept.
    other = open_window(qtbot, workspace)
    other.live.join_action.trigger()
    join = other.live.join_dialog
    assert (join.identity.name.text(), join.identity.colour.currentData()) == ("Ben", "#8AB17D")
    join.identity.name.selectAll()
    QTest.keyClicks(join.identity.name, "Carla")
    join.url.setText(url)
    QTest.mouseClick(join.join, Qt.MouseButton.LeftButton)
    assert Preferences().live_name == "Carla"
    qtbot.waitUntil(lambda: row("Carla") is not None, timeout=5000)

    # Changed in Preferences during the session: the others see the new name and colour.
    def rename(dialog: PreferencesDialog) -> int:
        dialog.live_name.selectAll()
        QTest.keyClicks(dialog.live_name, "Ana")
        _choose(dialog.live_colour, "#6A4C93")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", rename)
    host_window.editor_actions["preferences"].trigger()
    guest_panel = pending.window.live.panel.people
    def ana():  # type: ignore[no-untyped-def]
        rows = [guest_panel.item(i) for i in range(guest_panel.count())]
        return next((r for r in rows if r.text() == "● Ana"), None)

    qtbot.waitUntil(lambda: ana() is not None, timeout=3000)
    assert ana().foreground().color().name().upper() == "#6A4C93"
    for window in workspace.windows:
        window.live.controller.leave()


def test_opening_a_map_that_is_being_served_says_it_is_hosted(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.file_lock import SERVING, FileLock

    path = tmp_path / "hosted.journey"
    save_journey(build_template("5a", "en", "Hosted"), path)
    serve_lock = FileLock(path, SERVING)  # what `journeymapper serve` holds (tests/test_live_processes.py)
    assert serve_lock.acquire() is None
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if "Read-Only" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        window = track(make_workspace().open_path(path))
        assert "shared in a live session" in seen[0] and "Join Live Session" in seen[0]
        assert window.document.read_only
    finally:
        serve_lock.release()

    # A window that starts hosting marks its lock the same way.
    workspace = make_workspace()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    owner = open_window(qtbot, workspace, load_journey(path).journey, path)
    assert owner.document.lock_file(path) is None
    owner.live.controller.start_hosting("127.0.0.1", 0)
    holder = FileLock(path).acquire()
    assert holder is not None and holder.serving
    owner.live.controller.leave()
    holder = FileLock(path).acquire()
    assert holder is not None and not holder.serving


def test_when_the_host_goes_a_participant_keeps_saves_and_reshares_its_copy(
    qtbot, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from journeymapper.live.protocol import parse_address
    from journeymapper.ui.live.menu import LiveMenu, join_in_new_window

    monkeypatch.setattr(LiveMenu, "discover", False)
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, build_template("5a", "en", "Short-lived"))
    address = host_window.live.controller.start_hosting("127.0.0.1", 0)
    pending = join_in_new_window(workspace, address)
    qtbot.waitUntil(lambda: pending.window is not None, timeout=5000)
    guest = track(pending.window)
    settle(qtbot, guest)
    guest.resize(1100, 700)
    panel = guest.live.panel
    assert not panel.save_copy.isVisible()

    host_window.live.controller.leave()  # the facilitator's laptop goes away
    qtbot.waitUntil(lambda: guest.live.controller.participant.status == DISCONNECTED, timeout=5000)
    # Told: in the status bar and in the Participants panel, with the two ways on.
    assert "cannot be reached" in guest.statusBar().currentMessage()
    assert "Your copy of the map is kept" in panel.status.text()
    assert panel.save_copy.isVisible() and panel.start_new.isVisible()
    guest.grab().save(str(tmp_path / "host-gone.png"))

    # The copy is kept and still editable: type a card on the canvas.
    journey = guest.document.journey
    cell = guest.scene.layout.cells[(journey.stages[0].id, journey.lanes[0].id)]
    guest.activateWindow()
    double_click(guest.view, *centre(cell))
    QTest.keyClicks(guest.view.editor, "Written after the host left")
    key(guest.view.editor, Qt.Key.Key_Return)
    key(guest.view.editor, Qt.Key.Key_Escape)

    # Save a Copy…: the whole map, with that card, in a valid file.
    copy = tmp_path / "my copy.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    QTest.mouseClick(panel.save_copy, Qt.MouseButton.LeftButton)
    saved = load_journey(copy).journey
    assert saved.title == "Short-lived" and len(saved.stages) == 5
    assert "Written after the host left" in [c.title for c in saved.touchpoints]

    # Start a New Session from This Copy…: the Start dialog, then others join the copy.
    QTest.mouseClick(panel.start_new, Qt.MouseButton.LeftButton)
    start = guest.live.start_dialog
    assert start is not None and start.isVisible()
    start.port.setValue(0)
    QTest.mouseClick(start.start, Qt.MouseButton.LeftButton)
    url = start.shared.toPlainText()
    start.close()
    assert guest.live.controller.hosting and not panel.save_copy.isVisible()
    newcomer = join_in_new_window(workspace, parse_address(url))
    qtbot.waitUntil(lambda: newcomer.window is not None, timeout=5000)
    track(newcomer.window)
    assert "Written after the host left" in [c.title for c in newcomer.window.document.journey.touchpoints]
    newcomer.window.live.controller.leave()
    guest.live.controller.leave()


def _network_address() -> str:
    from journeymapper.live.discovery import local_interfaces

    others = [i.address for i in local_interfaces() if not i.is_loopback]
    if not others:
        pytest.skip("no network interface besides loopback: mDNS cannot be tried here")
    return others[0]


def test_a_session_started_on_the_network_is_listed_in_the_join_dialog(qtbot, tmp_path) -> None:
    """mDNS through zeroconf, on this machine's own network interface (no second machine)."""
    network = _network_address()
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, build_template("5a", "en", "Discoverable"))
    host_window.live.start_action.trigger()
    start = host_window.live.start_dialog
    start.interface.setFocus()
    _choose(start.interface, network)  # "The network of …": a deliberate choice
    start.port.setValue(0)
    QTest.mouseClick(start.start, Qt.MouseButton.LeftButton)
    url = start.shared.toPlainText()
    start.close()
    assert url.startswith(f"ws://{network}:")
    code = url.split("code=")[1]

    other = open_window(qtbot, workspace)
    other.live.join_action.trigger()
    join = other.live.join_dialog
    sessions = join.sessions
    qtbot.waitUntil(lambda: any("Discoverable" in sessions.item(i).text() for i in range(sessions.count())),
                    timeout=10000)
    row = next(i for i in range(sessions.count()) if "Discoverable" in sessions.item(i).text())
    assert code not in sessions.item(row).text()  # the code is never announced
    join.resize(520, 420)
    join.grab().save(str(tmp_path / "join-dialog.png"))
    item_spot = sessions.visualItemRect(sessions.item(row)).center()
    QTest.mouseClick(sessions.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     item_spot)
    assert join.url.text() == url.split("?")[0] and join.code.hasFocus()
    QTest.keyClicks(join.code, code)
    QTest.mouseClick(join.join, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(workspace.windows) == 3, timeout=5000)
    guest = workspace.windows[-1]
    qtbot.waitUntil(lambda: guest.document.journey.title == "Discoverable", timeout=5000)
    guest.live.controller.leave()
    host_window.live.controller.leave()  # the announcement is withdrawn
    other.live.join_action.trigger()
    fresh = other.live.join_dialog
    qtbot.wait(1500)
    assert not any("Discoverable" in fresh.sessions.item(i).text() for i in range(fresh.sessions.count()))
    fresh.reject()


def test_the_hosting_window_saves_its_own_edits_within_seconds(qtbot, tmp_path) -> None:
    path = tmp_path / "facilitator.journey"
    save_journey(build_template("5a", "en", "Facilitated"), path)
    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, load_journey(path).journey, path)
    host_window.live.controller.start_hosting("127.0.0.1", 0)
    journey = host_window.document.journey
    cell = host_window.scene.layout.cells[(journey.stages[1].id, journey.lanes[1].id)]
    host_window.activateWindow()
    double_click(host_window.view, *centre(cell))
    QTest.keyClicks(host_window.view.editor, "Typed by the facilitator")
    key(host_window.view.editor, Qt.Key.Key_Return)
    key(host_window.view.editor, Qt.Key.Key_Escape)
    # Nobody else edits: the facilitator's own card still reaches the file within seconds.
    def in_file() -> bool:
        return "Typed by the facilitator" in [c.title for c in load_journey(path).journey.touchpoints]

    qtbot.waitUntil(in_file, timeout=5000)
    host_window.live.controller.leave()


def test_journeymapper_join_opens_a_window_joined_under_the_given_name(qtbot, capsys) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymapper.cli import main
    from journeymapper.live.host import HostThread, LiveHost
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.preferences import Preferences

    host = HostThread(LiveHost(build_template("5a", "en", "Joined from the shell"), host="127.0.0.1"))
    address = host.start()
    seen: list[tuple[str, str]] = []

    def look() -> None:  # plays the user: once the joined window shows the map, close it
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() \
                    and widget.document.journey.title == "Joined from the shell":
                me = widget.live.controller.participant.endpoint.awareness.get_local_state()
                seen.append((me["name"], me["colour"]))
                widget.document.undo_stack.setClean()
                widget.close()
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    try:
        assert main(["join", address.url(), "--name", "Dana"]) == 0
    finally:
        host.stop()
    assert seen == [("Dana", Preferences().live_colour)]
    assert Preferences().live_name == "Dana"  # remembered for the next time
    assert "Joining ws://127.0.0.1:" in capsys.readouterr().err


def test_a_card_typed_while_a_remote_update_waits_is_kept(qtbot) -> None:
    """Regression: taking in remote updates inside the scene's reaction to an added card
    (publishing the selection used to pump the connection) lost the card just added when
    a state-vector answer was waiting."""
    import time as clock

    from PySide6.QtCore import Qt as QtCore_Qt

    from journeymapper.model import edits
    from journeymapper.ui.live.menu import join_in_new_window

    workspace = make_workspace()
    host_window = open_window(qtbot, workspace, build_template("5a", "en", "Busy room"))
    controller = host_window.live.controller
    address = controller.start_hosting("127.0.0.1", 0)
    pending = join_in_new_window(workspace, address)
    qtbot.waitUntil(lambda: pending.window is not None, timeout=5000)
    guest = track(pending.window)
    qtbot.waitUntil(lambda: controller.participant.synced, timeout=5000)
    journey = host_window.document.journey

    # Hold the host window's wake-ups, so the guest's card waits in its connection.
    controller.woke.disconnect(controller._pump)
    stage, lane = journey.stages[2].id, journey.lanes[0].id
    command, _ = edits.add_card(guest.document.journey, stage, lane, "From the guest")
    guest.document.push(command, "Add card")
    # ... and the host's answer to a state-vector exchange (sent every 30 s, and on every
    # reconnection), which reconciles the whole map.
    from pycrdt import create_sync_message

    participant = controller.participant
    participant.connection.send(create_sync_message(participant.bridge.doc))
    deadline = clock.monotonic() + 5
    while participant.connection.events.qsize() < 2 and clock.monotonic() < deadline:
        clock.sleep(0.01)
    assert participant.connection.events.qsize() >= 2

    host_window.activateWindow()
    cell = host_window.scene.layout.cells[(journey.stages[1].id, journey.lanes[1].id)]
    double_click(host_window.view, *centre(cell))
    QTest.keyClicks(host_window.view.editor, "From the facilitator")
    key(host_window.view.editor, Qt.Key.Key_Return)
    key(host_window.view.editor, Qt.Key.Key_Escape)
    assert "From the facilitator" in [c.title for c in journey.touchpoints]

    controller.woke.connect(controller._pump, QtCore_Qt.ConnectionType.QueuedConnection)
    controller.woke.emit()
    both = {"From the guest", "From the facilitator"}
    qtbot.waitUntil(lambda: both <= {c.title for c in journey.touchpoints}, timeout=3000)
    qtbot.waitUntil(lambda: both <= {c.title for c in guest.document.journey.touchpoints}, timeout=3000)
    guest.live.controller.leave()
    controller.leave()


def test_a_host_restarted_as_another_room_leaves_the_participant_its_copy_and_the_ways_on(qtbot) -> None:
    from journeymapper.live.host import HostThread, LiveHost
    from journeymapper.live.participant import REFUSED
    from journeymapper.ui.live.menu import join_in_new_window

    journey = build_template("5a", "en", "Restarted")
    first = HostThread(LiveHost(journey.model_copy(deep=True), host="127.0.0.1"))
    address = first.start()
    workspace = make_workspace()
    pending = join_in_new_window(workspace, address)
    qtbot.waitUntil(lambda: pending.window is not None, timeout=5000)
    guest = track(pending.window)
    first.stop()
    second = HostThread(LiveHost(journey, host="127.0.0.1", port=address.port))  # a new room and code
    second.start()
    try:
        qtbot.waitUntil(lambda: guest.live.controller.participant.status == REFUSED, timeout=10000)
        panel = guest.live.panel
        assert panel.save_copy.isVisible() and panel.start_new.isVisible()
        assert "Your copy of the map is kept" in guest.statusBar().currentMessage()
        assert len(guest.document.journey.stages) == 5
    finally:
        guest.live.controller.leave()
        second.stop()
