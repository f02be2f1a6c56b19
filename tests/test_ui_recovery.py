"""Never lose work: autosave, crash recovery after a real SIGKILL, and what recovery offers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_helpers import (  # noqa: E402
    editor_env,  # noqa: E402, F401  (fixture)
    make_workspace,
    open_window,
    track,
)

from journeymapper.fileformat import load_journey, save_journey  # noqa: E402
from journeymapper.model import edits  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402
from journeymapper.ui.autosave import Autosaver, find_orphans, recovery_dir  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings

CRASHING_EDITOR = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from journeymapper.fileformat import load_journey
    from journeymapper.model import edits
    from journeymapper.ui.workspace import Workspace
    app = QApplication([])
    workspace = Workspace(autosave_ms=100)
    path = sys.argv[1]
    window = workspace.open_path(path)
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "Survives the crash")
    window.document.push(command, "Add card")
    print("edited", flush=True)
    app.exec()
""")


def _wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_autosave_recovers_after_sigkill(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "crash.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    original = path.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "edited"
        _wait_for(lambda: list(recovery_dir().glob("*.json")))
        sidecar = json.loads(next(recovery_dir().glob("*.json")).read_text(encoding="utf-8"))
        assert sidecar["pid"] == child.pid and sidecar["original_path"] == str(path)
        assert find_orphans() == []  # its owner is alive: not offered
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert path.read_bytes() == original  # the crash never touched the real file
    orphans = find_orphans()
    assert len(orphans) == 1
    assert [c.title for c in orphans[0].load().touchpoints] == ["Survives the crash"]
    orphans[0].release()

    def restore(dialog):
        dialog.compare()
        restore.summary = dialog.details.toPlainText()
        dialog.choice = "restore"
        return 1

    monkeypatch.setattr(dialogs.RecoveryDialog, "exec", restore)
    workspace = make_workspace()
    windows = workspace.offer_recovery()
    assert len(windows) == 1
    window = track(windows[0])
    assert "cards: 1 added" in restore.summary and "Survives the crash" in restore.summary
    assert window.document.path == path and window.isWindowModified()
    assert [c.title for c in window.document.journey.touchpoints] == ["Survives the crash"]
    assert list(recovery_dir().glob("*.journey"))  # kept until saved normally
    assert window.save()
    assert not list(recovery_dir().glob("*.journey")) and not list(recovery_dir().glob("*.json"))
    assert [c.title for c in load_journey(path).journey.touchpoints] == ["Survives the crash"]


@pytest.mark.parametrize("choice, kept", [("discard", False), ("later", True)])
def test_recovery_discard_or_later(qtbot, tmp_path, monkeypatch, choice, kept):
    window = open_window(qtbot, make_workspace())
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "draft")
    window.document.push(command, "Add card")
    assert window.autosaver.autosave_now()
    entry = window.autosaver.entry
    entry.release()  # as if the process had died: its lock is free
    window.autosaver.entry._lock = None

    def answer(dialog):
        dialog.choice = choice
        return 1

    monkeypatch.setattr(dialogs.RecoveryDialog, "exec", answer)
    assert make_workspace().offer_recovery() == []
    assert entry.map_path.exists() is kept


def test_autosave_writes_only_when_changed_and_cleans_up_on_save(qtbot, tmp_path):
    path = tmp_path / "a.journey"
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), path)
    saver: Autosaver = window.autosaver
    assert saver.autosave_now() is False  # unmodified: nothing to write
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "x")
    window.document.push(command, "Add card")
    assert saver.autosave_now() is True
    assert saver.autosave_now() is False  # no change since
    assert saver.entry.map_path.exists()
    assert window.save()
    assert not saver.entry.map_path.exists()


def test_autosave_timer_interval_is_configurable(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEYMAPPER_AUTOSAVE_SECONDS", "0.2")
    window = track(make_workspace().new_window(build_template("5a", "en")))
    assert window.autosaver.timer.interval() == 200
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "timed")
    window.document.push(command, "Add card")
    qtbot.waitUntil(lambda: window.autosaver.entry.map_path.exists(), timeout=5000)
