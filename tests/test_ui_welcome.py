"""The welcome screen: templates, recent maps and examples, driven with real keys, in both languages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_helpers import editor_env, key, track  # noqa: E402, F401  (fixture)

from journeymapper.fileformat import load_journey, save_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.resources import example_maps  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings

ALT = Qt.KeyboardModifier.AltModifier


def start(qtbot):
    from journeymapper.ui.app import start_workspace

    workspace = start_workspace([])
    assert workspace.windows == [] and len(workspace.welcomes) == 1
    welcome = workspace.welcomes[0]
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is welcome.templates, timeout=2000)
    return workspace, welcome


def test_a_template_in_spanish_chosen_with_the_keyboard_opens_a_map_window(qtbot):
    workspace, welcome = start(qtbot)
    assert [welcome.templates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)] == [
        "5a", "blueprint", "blank"]
    assert all(not welcome.templates.item(i).icon().isNull() for i in range(3))
    key(welcome, Qt.Key.Key_L, ALT)  # "Template &language"
    assert QApplication.focusWidget() is welcome.language
    key(welcome.language, Qt.Key.Key_Down)
    assert welcome.chosen_language() == "es"
    key(welcome, Qt.Key.Key_T, ALT)  # "New map from a &template"
    assert QApplication.focusWidget() is welcome.templates
    key(welcome.templates, Qt.Key.Key_Right)
    key(welcome.templates, Qt.Key.Key_Return)
    (window,) = workspace.windows
    track(window)
    expected = build_template("blueprint", "es")
    assert [s.name for s in window.document.journey.stages] == [s.name for s in expected.stages]
    assert window.document.path is None
    qtbot.waitUntil(lambda: workspace.welcomes == [], timeout=2000)  # the welcome gave way


def test_a_recent_map_has_a_thumbnail_and_opens_with_the_keyboard(qtbot, tmp_path):
    from journeymapper.ui.workspace import Workspace

    path = tmp_path / "recent one.journey"
    save_journey(build_template("5a", "en", "Recent one"), path, backup=False)
    broken = tmp_path / "broken.journey"
    broken.write_text("{ not json", encoding="utf-8")
    Workspace().add_recent(broken)
    Workspace().add_recent(path)
    workspace, welcome = start(qtbot)
    assert welcome.recent.count() == 2
    qtbot.waitUntil(welcome.thumbnails_done, timeout=5000)
    assert "Recent one" in welcome.recent.item(0).toolTip()
    assert "broken.journey" in welcome.recent.item(1).toolTip()  # says which and why, no crash
    key(welcome, Qt.Key.Key_R, ALT)  # "&Recent maps"
    assert QApplication.focusWidget() is welcome.recent
    key(welcome.recent, Qt.Key.Key_Return)
    (window,) = workspace.windows
    track(window)
    assert window.document.path == path and window.document.journey.title == "Recent one"


def test_recent_thumbnails_are_cached_until_the_file_changes(qtbot, tmp_path, monkeypatch):
    import journeymapper.ui.thumbnails as thumbnails

    path = tmp_path / "cached.journey"
    save_journey(build_template("blueprint", "en", "Cached"), path, backup=False)
    first, title = thumbnails.file_thumbnail(path)
    assert first is not None and title == "Cached"
    stored = thumbnails.cached_thumbnail_path(path, 1.0)
    assert stored is not None and stored.is_file()
    read = []
    real_load = thumbnails.load_journey
    monkeypatch.setattr(thumbnails, "load_journey", lambda p: read.append(p) or real_load(p))
    again, title = thumbnails.file_thumbnail(path)
    assert again is not None and title == "Cached" and read == []  # from the cache, not the file
    assert again.pixmap(thumbnails.THUMBNAIL).toImage() == first.pixmap(thumbnails.THUMBNAIL).toImage()
    save_journey(build_template("blank", "en", "Changed"), path, backup=False)
    os.utime(path, ns=(stored.stat().st_mtime_ns + 10**9,) * 2)  # a different modification time
    _, title = thumbnails.file_thumbnail(path)
    assert title == "Changed" and read == [path]


def test_an_example_opens_as_an_untitled_copy(qtbot):
    workspace, welcome = start(qtbot)
    examples = example_maps()
    assert welcome.recent.count() == 0 and welcome.empty_recent.isVisibleTo(welcome)
    assert welcome.examples.count() == len(examples) >= 2
    key(welcome, Qt.Key.Key_X, ALT)  # "E&xamples"
    assert QApplication.focusWidget() is welcome.examples
    key(welcome.examples, Qt.Key.Key_Right)
    key(welcome.examples, Qt.Key.Key_Return)
    (window,) = workspace.windows
    track(window)
    original = load_journey(examples[1]).journey
    assert window.document.journey.title == original.title
    assert window.document.path is None  # saving asks where: the bundled file stays as it is


def test_tab_walks_the_screen_and_escape_closes_it(qtbot):
    workspace, welcome = start(qtbot)
    order = [welcome.recent if welcome.recent.isVisible() else None, welcome.examples,
             welcome.open_button, welcome.close_button]
    for widget in filter(None, order):
        key(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    key(welcome, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: workspace.welcomes == [], timeout=2000)
    assert workspace.windows == []


def test_the_welcome_speaks_spanish(qtbot, tmp_path):
    from journeymapper.ui.app import apply_startup_preferences

    settings = QSettings(os.environ["JOURNEYMAPPER_SETTINGS"], QSettings.Format.IniFormat)
    settings.setValue("ui/language", "es")
    settings.sync()
    apply_startup_preferences(QApplication.instance())
    workspace, welcome = start(qtbot)
    assert welcome.windowTitle() == "Bienvenida — JourneyMapper"
    assert welcome.chosen_language() == "es"  # Spanish templates for a Spanish editor
    assert welcome.templates.item(1).text() == "Blueprint de servicio"
    assert "Cómo construir un mapa" in welcome.hint_text()
    key(welcome.templates, Qt.Key.Key_Return)
    (window,) = workspace.windows
    track(window)
    assert window.document.journey.stages[0].name == "Atraer"
