"""Files from the editor: save and reopen, unsaved changes, bad and newer files, locks."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402
from ui_helpers import (  # noqa: E402
    centre,
    double_click,
    editor_env,  # noqa: E402, F401  (fixture)
    key,
    make_workspace,
    open_window,
    track,
)

from journeymapper.fileformat import FORMAT_VERSION, dumps_journey, save_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings


class Answers:
    """Stands in for QMessageBox.exec: records each box and answers from a script."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: object) -> None:
        self.answers = list(answers)
        self.boxes: list[tuple[str, str, str]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self(box))

    def __call__(self, box: QMessageBox) -> int:
        self.boxes.append((box.windowTitle(), box.text(), box.informativeText()))
        answer = self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Ok
        if isinstance(answer, str):  # a custom button, by its text
            button = next(b for b in box.buttons() if answer in b.text())
            button.click()
            return 0
        return int(answer.value)  # type: ignore[attr-defined]


def _add_card_by_typing(window, title: str) -> None:
    journey, layout = window.document.journey, window.scene.layout
    double_click(window.view, *centre(layout.cells[(journey.stages[0].id, journey.lanes[0].id)]))
    QTest.keyClicks(window.view.editor, title)
    key(window.view.editor, Qt.Key.Key_Return)
    key(window.view.editor, Qt.Key.Key_Escape)


def test_save_and_reopen_gives_identical_bytes(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "map.journey"
    workspace = make_workspace()
    window = open_window(qtbot, workspace)
    _add_card_by_typing(window, "Opens the app")
    assert window.isWindowModified() and window.windowTitle().startswith("Untitled")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    key(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    first = path.read_bytes()
    assert first == dumps_journey(window.document.journey)
    assert not window.isWindowModified() and "map.journey" in window.windowTitle()
    window.close()
    reopened = track(workspace.open_path(path))
    assert [c.title for c in reopened.document.journey.touchpoints] == ["Opens the app"]
    reopened.save()
    assert path.read_bytes() == first
    assert str(path.resolve()) in workspace.recent_files()


def test_title_shows_star_when_modified(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    assert not window.isWindowModified()
    _add_card_by_typing(window, "x")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    "answer, closes, saved",
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_changes_prompt(qtbot, tmp_path, monkeypatch, answer, closes, saved):
    path = tmp_path / "prompt.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    workspace = make_workspace()
    window = track(workspace.open_path(path))
    before = path.read_bytes()
    _add_card_by_typing(window, "unsaved")
    answers = Answers(monkeypatch, answer)
    window.close()
    assert len(answers.boxes) == 1 and "Save the changes" in answers.boxes[0][1]
    assert window.isVisible() is not closes
    assert (path.read_bytes() != before) is saved


def test_bad_file_shows_the_cli_lines_in_one_dialog(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.journey"
    bad.write_text(
        json.dumps(
            {
                "format": "journeymapper",
                "format_version": FORMAT_VERSION,
                "map": {"title": 7, "stages": "nope"},
            }
        ),
        encoding="utf-8",
    )
    from journeymapper.fileformat import JourneyFileError, load_journey

    with pytest.raises(JourneyFileError) as caught:
        load_journey(bad)
    answers = Answers(monkeypatch)
    assert make_workspace().open_path(bad) is None
    assert len(answers.boxes) == 1
    shown = answers.boxes[0][2]
    for line in caught.value.lines():
        assert line in shown


def test_a_bad_file_is_explained_in_the_ui_language(qtbot, tmp_path, monkeypatch):
    """In the Spanish UI the dialog names the same places as the command line, in Spanish."""
    from PySide6.QtCore import QLocale

    from journeymapper.fileformat import JourneyFileError, load_journey
    from journeymapper.ui.translations import install_translations

    QLocale.setDefault(QLocale("es_ES"))
    assert install_translations("es")
    journey = build_template("5a", "es")
    bad = tmp_path / "roto.journey"
    data = json.loads(dumps_journey(journey))
    data["map"]["title"] = 7
    data["map"]["touchpoints"] = [
        {"id": "tp-1", "stage_id": "st-nada", "lane_id": journey.lanes[0].id, "title": "Hola"}
    ]
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(JourneyFileError) as caught:
        load_journey(bad)
    assert "/map/title: should be a valid string (found a whole number)" in str(caught.value)  # the CLI's
    answers = Answers(monkeypatch)
    assert make_workspace().open_path(bad) is None
    shown = answers.boxes[0][2]
    assert "roto.journey: /map/title: debería ser un texto válido (hay un número entero)" in shown
    data["map"]["title"] = "Bien"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert make_workspace().open_path(bad) is None
    shown = answers.boxes[1][2]
    assert "/map/touchpoints/0/stage_id: hace referencia a la etapa 'st-nada', que no existe" in shown

def test_newer_minor_opens_with_notice_and_keeps_unknown_fields(qtbot, tmp_path, monkeypatch):
    major, minor = FORMAT_VERSION.split(".")
    path = tmp_path / "newer.journey"
    envelope = json.loads(dumps_journey(build_template("blank", "en")))
    envelope["format_version"] = f"{major}.{int(minor) + 1}"
    envelope["map"]["future_field"] = {"kept": True}
    path.write_text(json.dumps(envelope), encoding="utf-8")
    answers = Answers(monkeypatch)
    window = track(make_workspace().open_path(path))
    assert window is not None
    assert len(answers.boxes) == 1 and "newer" in answers.boxes[0][1]
    window.save()
    assert json.loads(path.read_text(encoding="utf-8"))["map"]["future_field"] == {"kept": True}


def test_newer_major_is_refused_naming_both_versions(qtbot, tmp_path, monkeypatch):
    major, _ = FORMAT_VERSION.split(".")
    path = tmp_path / "future.journey"
    envelope = json.loads(dumps_journey(build_template("blank", "en")))
    envelope["format_version"] = f"{int(major) + 1}.0"
    path.write_text(json.dumps(envelope), encoding="utf-8")
    answers = Answers(monkeypatch)
    assert make_workspace().open_path(path) is None
    shown = answers.boxes[0][2]
    assert f"{int(major) + 1}.0" in shown and FORMAT_VERSION in shown


def test_failed_save_keeps_window_and_old_file(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "keep.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    before = path.read_bytes()
    window = track(make_workspace().open_path(path))
    _add_card_by_typing(window, "precious")
    from journeymapper.fileformat import SaveError

    def failing(*args, **kwargs):
        raise SaveError(path, "the disk is full")

    monkeypatch.setattr("journeymapper.ui.document.save_journey", failing)
    answers = Answers(monkeypatch)
    assert window.save() is False
    assert "the disk is full" in answers.boxes[0][1]
    assert path.read_bytes() == before
    assert window.isWindowModified()
    assert [c.title for c in window.document.journey.touchpoints] == ["precious"]


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication, QLockFile
    app = QCoreApplication([])
    QCoreApplication.setApplicationName("OtherJourneyMapper")
    lock = QLockFile(sys.argv[1] + ".lock")
    assert lock.tryLock(0)
    print("locked", flush=True)
    time.sleep(60)
""")


def test_lock_held_by_another_process_offers_read_only(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shared.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
        assert make_workspace().open_path(path) is None
        title, text, _ = answers.boxes[0]
        assert f"process {holder.pid}" in text and socket.gethostname() in text
        answers = Answers(monkeypatch, "Read-Only")
        window = track(make_workspace().open_path(path))
        assert window.document.read_only and "read-only" in window.windowTitle()
        _add_card_by_typing(window, "not allowed")
        assert window.document.journey.touchpoints == []
    finally:
        holder.kill()
        holder.wait()
    # the holder is gone: its lock is stale and the file opens normally
    window2 = track(make_workspace().open_path(path))
    assert not window2.document.read_only


def test_second_window_on_same_file_is_brought_forward(qtbot, tmp_path):
    path = tmp_path / "once.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    workspace = make_workspace()
    first = track(workspace.open_path(path))
    assert workspace.open_path(path) is first
    assert len(workspace.windows) == 1
