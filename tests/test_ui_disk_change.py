"""The open file changes on disk: the editor notices (watcher, and before saving) and offers
reload / keep mine / merge; it never silently overwrites someone else's saved work."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401

from journeymapper.fileformat import load_journey, save_journey  # noqa: E402
from journeymapper.model import UpdateItem  # noqa: E402
from journeymapper.model.edits import add_card  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


class Answer:
    """Stands in for QMessageBox.exec: clicks the button with the given text, records boxes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.seen: list[tuple[str, str, str]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self(box))

    def __call__(self, box: QMessageBox) -> int:
        self.seen.append((box.windowTitle(), box.text(), box.detailedText()))
        wanted = self.buttons.pop(0) if self.buttons else "OK"
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return 0
        return 0


def _map_file(tmp_path):  # type: ignore[no-untyped-def]
    journey = build_template("5a", "en", "Shop")
    path = tmp_path / "shop.journey"
    save_journey(journey, path, backup=False)
    return path


def _open(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = _map_file(tmp_path)
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    return window, path


def _someone_else_edits(path, title="Theirs", rename_stage=None):  # type: ignore[no-untyped-def]
    journey = load_journey(path).journey
    journey.title = title
    if rename_stage is not None:
        journey.stages[0].name = rename_stage
    save_journey(journey, path, backup=False)


def _my_edit(window, title="Mine"):  # type: ignore[no-untyped-def]
    doc = window.document
    doc.push(add_card(doc.journey, doc.journey.stages[1].id, doc.journey.lanes[0].id, title)[0], "Add card")


def test_unmodified_map_follows_its_file_when_the_watcher_fires(qtbot, tmp_path) -> None:
    window, path = _open(qtbot, tmp_path)
    _someone_else_edits(path)
    qtbot.waitUntil(lambda: window.document.journey.title == "Theirs", timeout=5000)
    assert not window.document.is_modified
    window.document.undo_stack.undo()  # a reload is undoable
    assert window.document.journey.title == "Shop"


def test_save_never_overwrites_a_change_on_disk_merge_takes_both(qtbot, tmp_path, monkeypatch) -> None:
    window, path = _open(qtbot, tmp_path)
    window.disk_guard.document.changed_on_disk.disconnect()  # only the check before saving acts
    _my_edit(window)
    _someone_else_edits(path, rename_stage="Discover")
    answers = Answer(monkeypatch, "Merge")
    assert window.save()
    assert answers.seen and "changed on disk" in answers.seen[0][1]
    saved = load_journey(path).journey
    assert saved.stages[0].name == "Discover" and saved.title == "Theirs"
    assert "Mine" in [c.title for c in saved.touchpoints]


def test_keep_mine_overwrites_only_after_being_asked(qtbot, tmp_path, monkeypatch) -> None:
    window, path = _open(qtbot, tmp_path)
    window.disk_guard.document.changed_on_disk.disconnect()
    _my_edit(window)
    _someone_else_edits(path)
    Answer(monkeypatch, "Cancel")
    assert not window.save()  # decide later: nothing written
    assert load_journey(path).journey.title == "Theirs"
    Answer(monkeypatch, "Keep Mine")
    assert window.save()
    assert load_journey(path).journey.title == "Shop"


def test_reload_discards_mine_but_undo_brings_it_back(qtbot, tmp_path, monkeypatch) -> None:
    window, path = _open(qtbot, tmp_path)
    _my_edit(window)
    answers = Answer(monkeypatch, "Reload")
    _someone_else_edits(path)
    qtbot.waitUntil(lambda: window.document.journey.title == "Theirs", timeout=5000)
    assert answers.seen
    assert "Mine" not in [c.title for c in window.document.journey.touchpoints]
    window.document.undo_stack.undo()
    assert "Mine" in [c.title for c in window.document.journey.touchpoints]


def test_conflicting_merge_lists_the_conflicts(qtbot, tmp_path, monkeypatch) -> None:
    window, path = _open(qtbot, tmp_path)
    window.disk_guard.document.changed_on_disk.disconnect()
    doc = window.document
    doc.push(UpdateItem("map", None, {"title": "My title"}), "Rename")
    _someone_else_edits(path, title="Their title")
    answers = Answer(monkeypatch, "Merge", "OK")
    assert window.save()
    assert answers.seen[1][0] == "Merged with Conflicts"
    assert 'CONFLICT map title: ours "My title", theirs "Their title"' in answers.seen[1][2]
    assert load_journey(path).journey.title == "My title"
    QApplication.processEvents()


def test_a_file_deleted_and_recreated_like_git_checkout_does_is_noticed(qtbot, tmp_path) -> None:
    window, path = _open(qtbot, tmp_path)
    path.unlink()
    qtbot.wait(400)
    journey = build_template("5a", "en", "Recreated")
    save_journey(journey, tmp_path / "elsewhere.journey", backup=False)
    os.replace(tmp_path / "elsewhere.journey", path)
    qtbot.waitUntil(lambda: window.document.journey.title == "Recreated", timeout=5000)


def test_saving_beside_a_folder_named_like_the_backup_says_no_backup_was_written(qtbot, tmp_path) -> None:
    window, path = _open(qtbot, tmp_path)
    (tmp_path / "shop.journey.bak").mkdir()
    _my_edit(window)
    assert window.save()
    assert "Mine" in [c.title for c in load_journey(path).journey.touchpoints]
    assert "no backup was written" in window.statusBar().currentMessage()
