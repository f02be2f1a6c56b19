"""Nothing lost: every edit reaches the recovery folder within 2 s, and damaged records are set aside."""

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
)

from journeymapper.fileformat import load_journey, save_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402
from journeymapper.ui.autosave import FLUSH_MS, scan_orphans  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")

# An editor that makes a series of edits with real key events, writes what the map then is,
# and keeps running with the default 60 s snapshot period until it is killed.
EDITING_EDITOR = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from journeymapper.fileformat import dumps_journey
    from journeymapper.ui.workspace import Workspace
    app = QApplication([])
    workspace = Workspace()
    window = workspace.open_path(sys.argv[1])
    window.show()
    QTest.qWaitForWindowExposed(window)
    view = window.view
    view.setFocus()
    for title in ("Ad on the radio", "Friend recommends", "Compares prices"):
        QTest.keyClick(view, Qt.Key.Key_N)
        QTest.keyClicks(view.editor, title)
        QTest.keyClick(view.editor, Qt.Key.Key_Return)
        QTest.keyClick(view.editor, Qt.Key.Key_Escape)
        QTest.keyClick(view, Qt.Key.Key_4)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_2)
    with open(sys.argv[2], "wb") as out:
        out.write(dumps_journey(window.document.journey))
    print("edited", flush=True)
    app.exec()
""")


def test_sigkill_two_seconds_after_the_last_edit_loses_nothing(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "workshop.journey"
    expected = tmp_path / "expected.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    env = dict(os.environ, JOURNEYMAPPER_AUTOSAVE_SECONDS="60")  # the snapshot period is not the bound
    child = subprocess.Popen(
        [sys.executable, "-c", EDITING_EDITOR, str(path), str(expected)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "edited"
        time.sleep(2.0)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    edited = load_journey(expected).journey
    assert len(edited.touchpoints) == 3 and all(c.emotion for c in edited.touchpoints)
    scan = scan_orphans()
    assert scan.damaged == [] and len(scan.entries) == 1
    restored = scan.entries[0].load()
    assert restored.model_dump(mode="json") == edited.model_dump(mode="json")
    scan.entries[0].release()


def test_every_edit_is_flushed_quickly_while_typing_continues(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), tmp_path / "m.journey")
    saver = window.autosaver
    assert saver.timer.interval() >= 60_000 and FLUSH_MS <= 1000
    from journeymapper.model import edits

    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "first")
    window.document.push(command, "Add card")
    started = time.monotonic()
    qtbot.waitUntil(lambda: saver.entry.map_path.exists(), timeout=2000)
    assert time.monotonic() - started < 2.0
    assert [c.title for c in load_journey(saver.entry.map_path).journey.touchpoints] == ["first"]


def _write_record(folder, name: str, sidecar: str, body: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(sidecar, encoding="utf-8")
    (folder / f"{name}.journey").write_bytes(body)


def test_damaged_records_are_set_aside_reported_once_and_others_still_offered(qtbot, tmp_path, monkeypatch):
    from journeymapper.fileformat import dumps_journey
    from journeymapper.ui.autosave import recovery_dir

    folder = recovery_dir()
    good = json.dumps({"time": "2026-11-30T10:00:00+00:00", "title": "Good", "pid": 1})
    _write_record(folder, "aaa", "{not json", dumps_journey(build_template("5a", "en")))
    _write_record(folder, "bbb", good, b'{"format": "journeymapper", "format_version": "1.0", "map": 7}')
    _write_record(folder, "ccc", good, dumps_journey(build_template("5a", "en")))
    reported: list[list] = []
    monkeypatch.setattr(dialogs, "show_damaged_recovery", lambda parent, damaged: reported.append(damaged))
    offered: list[str] = []

    def answer(dialog):
        offered.append(dialog.entry.id)
        dialog.choice = "later"
        return 1

    monkeypatch.setattr(dialogs.RecoveryDialog, "exec", answer)
    assert make_workspace().offer_recovery() == []
    assert offered == ["ccc"]
    assert len(reported) == 1 and len(reported[0]) == 4  # two records, sidecar and map each
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))
    assert "aaa.json.damaged" in names and "bbb.journey.damaged" in names  # renamed, never deleted
    assert "ccc.journey" in names
    offered.clear()
    assert make_workspace().offer_recovery() == []
    assert offered == ["ccc"] and len(reported) == 1  # reported once only


def test_recovery_dialog_dates_follow_the_ui_language(qtbot):
    import datetime as dt

    from PySide6.QtCore import QLocale

    when = dt.datetime(2026, 11, 22, 12, 5, tzinfo=dt.UTC)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        spanish = dialogs.local_date_time(when)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        english = dialogs.local_date_time(when)
    finally:
        QLocale.setDefault(previous)
    assert spanish.startswith("22/11/") and english.startswith("11/22/")


def test_a_snapshot_in_flight_never_outlives_a_save(qtbot, tmp_path):
    import threading

    from journeymapper.model import edits
    from journeymapper.ui.autosave import RecoveryWriter

    writer = RecoveryWriter()
    target = tmp_path / "r.journey"
    started = threading.Event()
    original_write = writer._write

    def slow_write(revision, files):  # a disk that takes its time
        started.set()
        time.sleep(0.3)
        return original_write(revision, files)

    writer._write = slow_write  # type: ignore[method-assign]
    writer.submit(3, [(target, b"old snapshot")])
    assert started.wait(5)  # the write is in flight…
    writer.submit(3, [(target, b"old snapshot, again")])  # …and another one is queued
    writer.discard(3, lambda: target.unlink(missing_ok=True))  # saved at revision 3 meanwhile
    writer.wait()
    assert not target.exists()  # nothing of revision 3 was written after the save
    writer._write = original_write  # type: ignore[method-assign]
    writer.submit(4, [(target, b"newer")])
    writer.wait()
    assert target.read_bytes() == b"newer"
    # and through the editor: save, then nothing reappears in the recovery folder
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), tmp_path / "m.journey")
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "x")
    window.document.push(command, "Add card")
    window.autosaver.flush()
    assert window.save()
    window.autosaver.writer.wait()
    assert not window.autosaver.entry.map_path.exists()
