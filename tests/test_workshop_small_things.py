"""The small things a facilitator hit: large text, export Enter and notice, lock dialog, names, menus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402
from ui_helpers import editor_env, key, make_workspace, open_window  # noqa: E402, F401

from journeymapper.file_lock import LockHolder  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_large_text_on_enlarges_map_and_chrome_and_off_shrinks_them_back(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    action = window.editor_actions["large_text"]
    normal_font = QApplication.font().pointSizeF()
    normal_map = window.scene.layout.display.width, window.scene.engine.options.large_text
    assert not action.isChecked() and normal_map[1] is False
    key(window.view, Qt.Key.Key_L, CTRL_SHIFT)
    assert action.isChecked() and window.scene.engine.options.large_text is True
    assert QApplication.font().pointSizeF() > normal_font
    key(window.view, Qt.Key.Key_L, CTRL_SHIFT)
    assert not action.isChecked() and window.scene.engine.options.large_text is False
    assert QApplication.font().pointSizeF() == normal_font  # off is the small size, not a larger one
    assert window.scene.layout.display.width == normal_map[0]


def test_enter_in_export_dialog_exports_and_status_bar_offers_the_folder(qtbot, tmp_path, monkeypatch):
    from journeymapper.ui.export_dialog import ExportDialog

    window = open_window(qtbot, make_workspace(), build_template("5a", "en"), tmp_path / "m.journey")
    browsed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: browsed.append("x") or ("", ""))
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)

    def run(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("svg"))
        dialog.path.setText(str(tmp_path / "poster.svg"))
        dialog.show()
        dialog.path.setFocus()
        key(dialog.path, Qt.Key.Key_Return)  # Enter in the path field
        return int(dialog.result())

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.export()
    assert browsed == [] and (tmp_path / "poster.svg").is_file()
    assert "poster.svg" in window.statusBar().currentMessage()
    from PySide6.QtWidgets import QPushButton

    button = window.statusBar().findChild(QPushButton, "openExportFolder")
    assert button is not None and button.isVisible()
    key(button, Qt.Key.Key_Space)
    assert opened == [str(tmp_path)]


def test_lock_dialog_names_the_application_not_the_interpreter(qtbot, tmp_path, monkeypatch):
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialogs.ask_lock_held(None, tmp_path / "m.journey", LockHolder(4242, "studio-pc", "python3.11"))
    assert "JourneyMapper (process 4242) on studio-pc" in seen[0] and "python" not in seen[0]


def test_cancelling_the_lock_dialog_opens_no_stray_window(qtbot, tmp_path, monkeypatch):
    from journeymapper.file_lock import FileLock
    from journeymapper.fileformat import save_journey
    from journeymapper.ui.app import start_workspace

    path = tmp_path / "held.journey"
    save_journey(build_template("5a", "en"), path, backup=False)
    monkeypatch.setattr(FileLock, "acquire", lambda self: LockHolder(4242, "", "JourneyMapper"))
    monkeypatch.setattr(dialogs, "ask_lock_held", lambda *a: "cancel")
    workspace = start_workspace([str(path)])
    assert workspace.windows == []


def test_add_stage_on_a_spanish_map_is_named_in_spanish_and_scrolled_into_view(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "es"))
    view, journey = window.view, window.document.journey
    view.set_zoom(1.5)
    view.horizontalScrollBar().setValue(0)
    window.scene.set_current_header(("stage-header", journey.stages[-1].id))
    window.editor_actions["add_stage"].trigger()
    assert view.editor.isVisible() and view.editor.text() == "Nueva etapa"
    header = window.scene.layout.stage_headers[journey.stages[-1].id]
    assert view.visible_scene_rect().contains(header.x + header.w / 2, header.y + 5)
    key(view.editor, Qt.Key.Key_Return)
    assert journey.stages[-1].name == "Nueva etapa"
    window.editor_actions["add_lane"].trigger()
    key(view.editor, Qt.Key.Key_Return)
    assert "Nuevo carril" in [lane.name for lane in journey.lanes]


def test_view_menu_shows_panels_with_check_marks_not_icons(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    toggles = [a for a in view_menu.actions() if a.isCheckable()]
    assert len(toggles) >= 7  # large text and every panel
    for action in toggles:
        assert action.icon().isNull(), action.text()
    inspector = window.inspector_dock.toggleViewAction()
    assert inspector in toggles and inspector.isChecked()


def test_spanish_inspector_fits_its_panel_at_the_default_window_size(qtbot):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtWidgets import QComboBox, QLineEdit, QScrollArea

    from journeymapper.fileformat import load_journey

    qm = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "journeymapper_es.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        example = (
            Path(__file__).resolve().parent.parent
            / "resources"
            / "examples"
            / "abrir-cuenta-bancaria.journey"
        )
        journey = load_journey(example).journey
        window = open_window(qtbot, make_workspace(), journey)
        window.resize(1284, 706)  # the default size on a 1366×768 laptop
        window._size_docks()
        window.scene.select_keys([("card", journey.touchpoints[0].id)])
        qtbot.wait(50)
        scroll = window.inspector.findChild(QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible()
        viewport = scroll.viewport()
        found = window.inspector.findChildren(QLineEdit) + window.inspector.findChildren(QComboBox)
        fields = [w for w in found if w.isVisible()]
        assert fields
        for field in fields:
            right = field.mapTo(viewport, field.rect().topRight()).x()
            assert right <= viewport.width(), f"{field.objectName() or type(field).__name__} is cut off"
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
