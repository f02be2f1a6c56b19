"""Compare with…: differences on the canvas and in a list; leaving compare changes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QInputDialog, QMenu  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401

from journeymapper.fileformat import dumps_journey, load_journey, save_journey  # noqa: E402
from journeymapper.model import MoveCards, RemoveItems, UpdateItem  # noqa: E402
from journeymapper.model.edits import add_card  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.compare import sources  # noqa: E402
from journeymapper.ui.compare.overlay import Mark  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def _saved_map(tmp_path):  # type: ignore[no-untyped-def]
    journey = build_template("5a", "en", "Shop")
    for title in ("Search", "Compare", "Pay"):
        cmd = add_card(journey, journey.stages[0].id, journey.lanes[0].id, title)[0]
        cmd.apply(journey)
    path = tmp_path / "shop.journey"
    save_journey(journey, path, backup=False)
    return path


def _edit(window) -> None:  # type: ignore[no-untyped-def]
    doc = window.document
    j = doc.journey
    search, compare, pay = j.touchpoints
    doc.push(add_card(j, j.stages[1].id, j.lanes[0].id, "New idea")[0], "Add")
    doc.push(UpdateItem("touchpoints", compare.id, {"title": "Compare prices"}), "Rename")
    doc.push(MoveCards([pay.id], j.stages[2].id, j.lanes[0].id), "Move")
    doc.push(RemoveItems("touchpoints", [search.id]), "Delete")


def _menu_action(window, text):  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "compareMenu")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _marks(window) -> list[Mark]:  # type: ignore[no-untyped-def]
    return [i for i in window.scene.items() if isinstance(i, Mark)]


def test_compare_with_last_saved_shows_changes_and_leaving_changes_nothing(qtbot, tmp_path) -> None:
    path = _saved_map(tmp_path)
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    _edit(window)
    before, steps = dumps_journey(window.document.journey), window.document.undo_stack.count()
    _menu_action(window, "Last Saved Version").trigger()
    mode = window.compare
    assert mode.active and mode.dock.isVisible()
    kinds = sorted(m.kind for m in _marks(window))
    assert kinds == ["added", "modified", "moved", "moved-from", "removed"]
    came_from = next(m for m in _marks(window) if m.kind == "moved-from")
    assert came_from.text == "Pay" and len(mode.overlay.extras) == 2
    ghost = next(m for m in _marks(window) if m.kind == "removed")
    assert ghost.text == "Search"
    rows = [mode.panel.list.item(i) for i in range(mode.panel.list.count())]
    texts = [r.text() for r in rows]
    assert texts[0].startswith('Stage "Attract"') and any("Compare prices" in t for t in texts)
    # choosing a row selects that object on the canvas
    renamed = next(r for r in rows if "Compare prices" in r.text())
    rect = mode.panel.list.visualItemRect(renamed)
    QTest.mouseClick(mode.panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    compare_id = window.document.journey.touchpoints[0].id
    assert window.scene.selected_keys() == [("card", compare_id)]
    window.grab().save(os.environ.get("JM_SHOT", str(tmp_path / "compare.png")))
    QTest.mouseClick(mode.panel.leave, Qt.MouseButton.LeftButton)
    assert not mode.active and _marks(window) == [] and not mode.dock.isVisible()
    assert dumps_journey(window.document.journey) == before
    assert window.document.undo_stack.count() == steps
    assert load_journey(path).journey.touchpoints[0].title == "Search"  # the file is untouched


def test_compare_follows_edits_made_while_comparing(qtbot, tmp_path) -> None:
    path = _saved_map(tmp_path)
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    window.compare.start(load_journey(path).journey, "saved")
    assert _marks(window) == []
    doc = window.document
    doc.push(UpdateItem("touchpoints", doc.journey.touchpoints[0].id, {"title": "Find"}), "Rename")
    qtbot.waitUntil(lambda: [m.kind for m in _marks(window)] == ["modified"], timeout=3000)


def test_compare_with_backup_and_other_file(qtbot, tmp_path, monkeypatch) -> None:
    path = _saved_map(tmp_path)
    journey = load_journey(path).journey
    journey.stages[0].name = "Discover"
    save_journey(journey, path)  # the previous version is now the .bak
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    _menu_action(window, "Backup (.bak)").trigger()
    assert [m.kind for m in _marks(window)] == ["modified"]  # the stage header
    window.compare.leave()
    other = tmp_path / "other.journey"
    save_journey(build_template("blank", "en"), other, backup=False)
    monkeypatch.setattr("journeymapper.ui.compare.mode.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(other), ""))
    _menu_action(window, "Another File…").trigger()
    assert window.compare.diff is not None and len(window.compare.diff.changes) > 5


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_compare_with_an_earlier_git_commit(qtbot, tmp_path, monkeypatch) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@e.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@e.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    sub = tmp_path / "maps"
    sub.mkdir()
    path = _saved_map(sub)
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "first map"]):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, env=env, capture_output=True)
    journey = load_journey(path).journey
    journey.title = "Shop v2"
    save_journey(journey, path, backup=False)
    subprocess.run(["git", "commit", "-qam", "v2"], cwd=tmp_path, check=True, env=env, capture_output=True)
    commits = sources.git_commits(path)
    assert [c.subject for c in commits] == ["v2", "first map"]
    assert sources.from_commit(path, commits[1].sha).title == "Shop"
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (commits[1].label(), True))
    _menu_action(window, "Earlier Commit (git)…").trigger()
    diff = window.compare.diff
    assert diff is not None
    assert [(c.collection, c.fields[0].field) for c in diff.changes] == [("map", "title")]
    assert sources.git_commits(tmp_path / "nowhere.journey") == []


def test_as_is_vs_to_be_window_shows_the_poster_and_exports_it(qtbot, tmp_path) -> None:
    path = _saved_map(tmp_path)
    window = open_window(qtbot, make_workspace(), load_journey(path).journey, path)
    to_be = load_journey(path).journey
    to_be.title = "Shop tomorrow"
    to_be_path = tmp_path / "to-be.journey"
    save_journey(to_be, to_be_path, backup=False)
    dialog = window.compare.as_is_to_be(str(to_be_path))
    qtbot.waitExposed(dialog)
    roles = {getattr(item, "role", "") for item in dialog.view.display.items}
    assert {"comparison-banner", "comparison-emotion"} <= roles
    dialog.grab().save(str(tmp_path / "as-is-to-be.png"))
    out = dialog.export(str(tmp_path / "compare.svg"))
    assert out is not None and "Shop tomorrow" in out.read_text(encoding="utf-8")
    dialog.close()
