"""Several maps open at once, in one process: New Window, the Window menu, files handed over by a
second start or by macOS, an already-open file brought forward, and the last session reopened."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess  # noqa: E402
import sys  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFileOpenEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402
from ui_helpers import centre, click, editor_env, key, settle, track  # noqa: E402, F401  (fixture)

from journeymapper.fileformat import save_journey  # noqa: E402
from journeymapper.model import edits  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings

CTRL = Qt.KeyboardModifier.ControlModifier


def saved_map(folder: Path, name: str, cards: tuple[str, ...] = ()) -> Path:
    journey = build_template("5a", "en", name)
    for title in cards:
        command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[1].id, title)
        command.apply(journey)
    path = folder / f"{name}.journey"
    save_journey(journey, path, backup=False)
    return path


def opened(workspace, path: Path):
    window = workspace.open_path(path)
    assert window is not None
    track(window)
    return window


def test_new_window_then_copy_and_paste_between_the_two_maps(qtbot, tmp_path):
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    first = opened(workspace, saved_map(tmp_path, "First", ("Alpha",)))
    settle(qtbot, first)
    key(first.view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)  # File ▸ New Window
    (welcome,) = workspace.welcomes
    qtbot.waitExposed(welcome)
    key(welcome.templates, Qt.Key.Key_Right)  # Service blueprint
    key(welcome.templates, Qt.Key.Key_Return)
    assert len(workspace.windows) == 2 and first in workspace.windows
    second = track(workspace.windows[1])
    assert second.document.journey.stages[0].name == "Before"
    settle(qtbot, first)
    card = first.document.journey.touchpoints[0]
    click(first.view, *centre(first.scene.layout.cards[card.id]))
    key(first.view, Qt.Key.Key_C, CTRL)
    settle(qtbot, second)
    other = second.document.journey
    target = (other.stages[1].id, other.lanes[0].id)
    click(second.view, *centre(second.scene.layout.cells[target]))
    key(second.view, Qt.Key.Key_V, CTRL)
    assert [c.title for c in other.cell(*target)] == ["Alpha"]
    assert len(first.document.journey.touchpoints) == 1  # the source is untouched


def test_the_window_menu_lists_every_window_and_brings_one_forward(qtbot, tmp_path):
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    one = opened(workspace, saved_map(tmp_path, "One"))
    two = opened(workspace, saved_map(tmp_path, "Two"))
    menu = two.findChild(QMenu, "windowMenu")
    assert menu is not None and menu.menuAction() in two.menuBar().actions()
    assert two.menuBar().actions()[-1].text() == "&Help"  # Help stays last
    menu.aboutToShow.emit()
    entries = menu.actions()
    assert [e.text() for e in entries] == ["&1 One.journey — One", "&2 Two.journey — Two"]
    assert entries[1].isChecked() and not entries[0].isChecked()
    entries[0].trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is one, timeout=2000)
    new_window = two.findChild(type(menu.menuAction()), "newWindowAction")
    file_menu = two.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("New &Window") == texts.index("&Open…") - 1 and new_window is not None


def test_opening_a_file_that_is_open_brings_its_window_forward_without_a_lock_warning(qtbot, tmp_path):
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    path = saved_map(tmp_path, "Shared")
    window = opened(workspace, path)
    other = opened(workspace, saved_map(tmp_path, "Other"))
    settle(qtbot, other)
    # editor_env fails the test on any message box, so a lock warning would fail here
    assert workspace.open_path(str(path)) is window
    assert workspace.open_external([str(path)]) == ["Shared.journey — JourneyMapper"]
    assert len(workspace.windows) == 2
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_a_second_start_hands_its_file_to_the_running_editor(qtbot, tmp_path):
    """The real hand-over: another process runs the code a second `journeymapper FILE` runs."""
    from journeymapper.ui.single_instance import InstanceServer
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    first = opened(workspace, saved_map(tmp_path, "Running"))
    name = f"jm-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(workspace.open_external, name=name)
    assert server.listen()
    second_file = saved_map(tmp_path, "Second")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from journeymapper.ui.single_instance import forward_to_running\n"
        "app = QCoreApplication([])\n"
        f"print(forward_to_running(sys.argv[1:], {name!r}))\n"
    )

    def second_start(*files: str) -> str:
        process = subprocess.Popen([sys.executable, "-c", script, *files], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=20000)
        out, err = process.communicate()
        assert process.returncode == 0, err
        return out.strip()

    try:
        assert second_start(str(second_file)) == "['Second.journey — JourneyMapper']"
        assert [w.document.path for w in workspace.windows] == [first.document.path, second_file]
        track(workspace.windows[1])
        # the file already open here: its window comes forward, nothing is opened twice
        assert second_start(str(first.document.path)) == "['Running.journey — JourneyMapper']"
        assert len(workspace.windows) == 2
        # a start without files opens a welcome window
        assert second_start() == "['Welcome — JourneyMapper']"
        assert len(workspace.welcomes) == 1
    finally:
        server.close()
    # nobody listening: the second start must become the editor itself
    assert second_start(str(second_file)) == "None"


def test_a_macos_file_open_event_opens_the_map(qtbot, tmp_path):
    from journeymapper.ui.windows import install_file_open_events
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    welcome = workspace.show_welcome()
    path = saved_map(tmp_path, "From Finder")
    events = install_file_open_events(workspace.open_external)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    finally:
        QApplication.instance().removeEventFilter(events)
    (window,) = workspace.windows
    track(window)
    assert window.document.path == path and window.document.journey.title == "From Finder"
    qtbot.waitUntil(lambda: workspace.welcomes == [], timeout=2000)  # the welcome gave way
    del welcome


@pytest.mark.parametrize("reopen", [True, False])
def test_the_last_windows_come_back_when_the_preferences_say_so(qtbot, tmp_path, monkeypatch, reopen):
    from journeymapper.ui.app import start_workspace
    from journeymapper.ui.preferences import Preferences
    from journeymapper.ui.workspace import Workspace

    workspace = Workspace()
    paths = [saved_map(tmp_path, "Kept A"), saved_map(tmp_path, "Kept B"), saved_map(tmp_path, "Closed")]
    windows = [opened(workspace, p) for p in paths]
    windows[2].close()  # closed before quitting: not part of the session
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    assert workspace.quit() and workspace.windows == []
    prefs = Preferences()
    prefs.reopen_windows = reopen
    prefs.sync()
    again = start_workspace([])
    for window in again.windows:
        track(window)
    if reopen:
        assert [w.document.path for w in again.windows] == paths[:2]
        assert again.welcomes == []
    else:
        assert again.windows == [] and len(again.welcomes) == 1


def test_preferences_dialog_stores_the_reopen_choice(qtbot):
    from journeymapper.ui.preferences import Preferences, PreferencesDialog

    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert not dialog.reopen_windows.isChecked()
    dialog.show()
    dialog.reopen_windows.setFocus()
    key(dialog.reopen_windows, Qt.Key.Key_Space)
    dialog.accept()
    assert Preferences().reopen_windows is True

