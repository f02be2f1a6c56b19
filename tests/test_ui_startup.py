"""Preferences at start-up and while running: language, theme, large text, autosave, defaults.

Each test has its own settings file (JOURNEYMAPPER_SETTINGS, set by `editor_env`) and
checks what the user would see: the palette, the font, the default locale, the menus'
language, the canvas's layout theme, the autosave timer, the dialogs' preselections.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings  # noqa: E402
from PySide6.QtGui import QKeySequence, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.layout.theme import theme_named  # noqa: E402
from journeymapper.resources import resource  # noqa: E402
from journeymapper.ui import dialogs, translations  # noqa: E402
from journeymapper.ui.app import create_application  # noqa: E402
from journeymapper.ui.export_dialog import ExportDialog  # noqa: E402
from journeymapper.ui.preferences import Preferences, PreferencesDialog  # noqa: E402
from journeymapper.ui.theme import BASE_POINTS, canvas_colours  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def settings() -> QSettings:
    return QSettings(os.environ["JOURNEYMAPPER_SETTINGS"], QSettings.Format.IniFormat)


def store(**values: object) -> None:
    keys = {
        "language": "ui/language",
        "theme": "appearance/theme",
        "large_text": "appearance/large_text",
        "autosave": "autosave/interval_seconds",
        "template": "new_map/template",
        "template_language": "new_map/language",
        "poster_size": "export/poster_size",
        "orientation": "export/poster_orientation",
    }
    s = settings()
    for name, value in values.items():
        s.setValue(keys[name], value)
    s.sync()


def answer_preferences(monkeypatch, change) -> None:
    """Edit ▸ Preferences… opens the real dialog; `change(dialog)` plays the user, then OK."""

    def run(dialog: PreferencesDialog) -> int:
        change(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", run)


def test_dark_large_spanish_preferences_apply_at_start(qtbot, qapp):
    store(theme="dark", large_text=True, language="es")
    create_application()
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 60
    assert qapp.property("journeymapperTheme") == "dark"
    assert qapp.font().pointSizeF() >= BASE_POINTS * 1.3
    assert QLocale().language() == QLocale.Language.Spanish  # set before any panel is built
    window = open_window(qtbot, make_workspace())
    options = window.scene.engine.options
    assert (options.theme, options.large_text) == ("dark", True)
    assert window.scene.layout.display.background == theme_named("dark").background
    assert window.scene.backgroundBrush().color().name().upper() == canvas_colours("dark")[0]
    assert window.editor_actions["large_text"].isChecked()
    assert window.workbench.action_plan.language == "es"  # vocabulary names in Spanish
    if Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_es.qm").is_file():
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own buttons
    if translations.catalogue_path("es") is None:
        pytest.skip("journeymapper_es.qm is absent and pyside6-lrelease cannot build it: menus stay English")
    assert window.menuBar().actions()[0].text() == "&Archivo"


def test_light_english_start_and_the_language_preference_names_a_locale(qtbot, qapp):
    store(theme="light", language="en")
    create_application()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert QLocale().language() == QLocale.Language.English
    window = open_window(qtbot, make_workspace())
    assert window.scene.engine.options.theme == "light"
    assert window.menuBar().actions()[0].text() == "&File"
    assert translations.locale_for("system") == QLocale.system()
    assert translations.locale_for("es").language() == QLocale.Language.Spanish
    assert translations.language_of(translations.locale_for("en")) == "en"


def _i18n_folder(tmp_path: Path, monkeypatch, *, with_qm: bool, qm_older: bool = False) -> Path:
    """A resources folder holding our .ts (and maybe a .qm), for the catalogue look-up."""
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    shutil.copy(resource("i18n", "journeymapper_es.ts"), folder / "journeymapper_es.ts")
    if with_qm:
        (folder / "journeymapper_es.qm").write_bytes(b"stale")
        if qm_older:
            past = time.time() - 3600
            os.utime(folder / "journeymapper_es.qm", (past, past))
    monkeypatch.setattr(translations, "resource", lambda *parts: tmp_path.joinpath("resources", *parts))
    return folder


def test_a_missing_catalogue_is_compiled_into_the_user_cache(tmp_path, monkeypatch):
    if translations.lrelease_tool() is None:
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    _i18n_folder(tmp_path, monkeypatch, with_qm=False)
    compiled = translations.catalogue_path("es")
    assert compiled is not None and compiled.parent == translations.cache_dir() / "i18n"
    assert compiled.stat().st_size > 1000
    try:
        assert any("journeymapper_es" in name for name in translations.install_translations("es"))
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        translations.remove_translations()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"

    def no_second_compile(*args, **kwargs):
        raise AssertionError("the cached catalogue is current: no need to compile again")

    monkeypatch.setattr(translations.subprocess, "run", no_second_compile)
    assert translations.catalogue_path("es") == compiled


def test_a_qm_older_than_its_ts_is_rebuilt(tmp_path, monkeypatch):
    if translations.lrelease_tool() is None:
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    folder = _i18n_folder(tmp_path, monkeypatch, with_qm=True, qm_older=True)
    compiled = translations.catalogue_path("es")
    assert compiled is not None and compiled != folder / "journeymapper_es.qm"


def test_no_catalogue_and_no_lrelease_stays_english_quietly(tmp_path, monkeypatch, caplog):
    _i18n_folder(tmp_path, monkeypatch, with_qm=False)
    monkeypatch.setattr(translations, "lrelease_tool", lambda: None)
    with caplog.at_level(logging.INFO, logger="journeymapper.ui.translations"):
        loaded = translations.install_translations("es")
    try:
        assert not any("journeymapper_es" in name for name in loaded)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert "stays in English" in caplog.text
    finally:
        translations.remove_translations()


def test_changing_the_autosave_interval_reaches_the_running_timer(qtbot, monkeypatch):
    monkeypatch.delenv("JOURNEYMAPPER_AUTOSAVE_SECONDS")
    window = open_window(qtbot, make_workspace())
    timer = window.autosaver.timer
    assert timer.isActive() and timer.interval() == 60_000

    def change(dialog: PreferencesDialog) -> None:
        dialog.autosave.selectAll()
        QTest.keyClicks(dialog.autosave, "120")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))

    answer_preferences(monkeypatch, change)
    window.editor_actions["preferences"].trigger()
    assert Preferences().autosave_seconds == 120
    assert timer.isActive() and timer.interval() == 120_000
    assert "next start" in window.statusBar().currentMessage()  # the language waits for a restart
    assert window.menuBar().actions()[0].text() == "&File"


def test_preferences_is_in_the_edit_menu_with_the_standard_shortcut(qtbot):
    window = open_window(qtbot, make_workspace())
    action = window.editor_actions["preferences"]
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert all(key in action.shortcuts() for key in standard)
    assert action.shortcuts()  # Ctrl+, where the platform has no standard key


def test_switching_to_dark_while_running_darkens_chrome_canvas_and_icons(qtbot, qapp, monkeypatch):
    window = open_window(qtbot, make_workspace())
    light_desk = window.scene.backgroundBrush().color()
    answer_preferences(monkeypatch, lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")))
    window.editor_actions["preferences"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert window.scene.engine.options.theme == "dark"
    assert window.scene.backgroundBrush().color() != light_desk
    image = window.editor_actions["save"].icon().pixmap(24, 24).toImage()
    inked = [
        image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked and min(c.lightness() for c in inked) > 150  # light strokes on the dark toolbar
    answer_preferences(monkeypatch, lambda d: d.theme.setCurrentIndex(d.theme.findData("light")))
    window.editor_actions["preferences"].trigger()
    assert window.scene.engine.options.theme == "light"


def test_large_text_from_the_view_menu_enlarges_chrome_and_canvas(qtbot, qapp):
    window = open_window(qtbot, make_workspace())
    card_lane = window.document.journey.lanes[0].id
    normal_font = qapp.font().pointSizeF()
    normal_label = window.scene.layout.lane_labels[card_lane].w
    window.editor_actions["large_text"].trigger()
    assert Preferences().large_text and window.editor_actions["large_text"].isChecked()
    assert qapp.font().pointSizeF() >= normal_font * 1.3
    assert window.scene.engine.options.large_text
    assert window.scene.layout.lane_labels[card_lane].w > normal_label
    window.editor_actions["large_text"].trigger()
    assert qapp.font().pointSizeF() == normal_font and not Preferences().large_text


def test_new_map_starts_from_the_preferred_template_and_language(qtbot, monkeypatch):
    store(template="blueprint", template_language="es")
    workspace = make_workspace()
    first = open_window(qtbot, workspace)
    seen = {}

    def accept(dialog: dialogs.NewMapDialog) -> int:
        seen["choice"] = dialog.choice()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.NewMapDialog, "exec", accept)
    first.editor_actions["new"].trigger()
    assert seen["choice"][:2] == ("blueprint", "es")
    journey = workspace.windows[-1].document.journey
    assert [s.name for s in journey.stages] == ["Antes", "Durante", "Después"]


def test_export_dialog_starts_from_the_poster_preferences_and_offers_a_language(qtbot):
    store(poster_size="A1", orientation="portrait")
    window = open_window(qtbot, make_workspace())
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.paper_size.currentText() == "A1" and dialog.orientation.currentData() == "portrait"
    assert dialog.language.currentData() is None and "English" in dialog.language.currentText()
    assert dialog.options()["language"] is None  # the map's language for fixed labels
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.options()["language"] == "es"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [None, "en", "es"]


def test_settings_file_comes_from_the_environment(qtbot, tmp_path, monkeypatch):
    other = tmp_path / "elsewhere.ini"
    monkeypatch.setenv("JOURNEYMAPPER_SETTINGS", str(other))
    prefs = Preferences()
    prefs.theme = "dark"
    prefs.sync()
    assert QSettings(str(other), QSettings.Format.IniFormat).value("appearance/theme") == "dark"
