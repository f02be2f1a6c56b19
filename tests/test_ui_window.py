"""The window around the canvas: new-map dialog, export, file drops, errors, actions."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402
from ui_helpers import (  # noqa: E402
    editor_env,  # noqa: E402, F401  (fixture)
    make_workspace,
    open_window,
    track,
)

from journeymapper.fileformat import save_journey  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402
from journeymapper.ui.errors import ExceptionDialogHook  # noqa: E402
from journeymapper.ui.export_dialog import ExportDialog  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings


def test_new_map_dialog_blueprint_in_spanish(qtbot, tmp_path, monkeypatch):
    workspace = make_workspace()
    first = open_window(qtbot, workspace)

    def choose(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("blueprint"))
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.NewMapDialog, "exec", choose)
    first.editor_actions["new"].trigger()
    window = track(workspace.windows[-1])
    journey = window.document.journey
    assert [s.name for s in journey.stages] == ["Antes", "Durante", "Después"]
    assert str(journey.language) == "es"
    assert not first.isVisible()  # the untouched untitled window made way for the new map


def test_export_dialog_writes_a_pdf_with_the_chosen_options(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, make_workspace())
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "poster.pdf"
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(out))
    dialog.paper_size.setCurrentText("A3")
    dialog.crop_marks.setChecked(True)
    calls = []
    import journeymapper.export.run as run

    real = run.export_poster

    def spy(journey, path, **options):
        calls.append(options)
        return real(journey, path, **options)

    monkeypatch.setattr(run, "export_poster", spy)
    dialog.export()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert calls[0]["size"] == "A3" and calls[0]["crop_marks"] is True and calls[0]["fmt"] == "pdf"


def test_export_error_is_one_calm_dialog(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, make_workspace())
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.paper_size.setCurrentText("not-a-size")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog.export()
    assert shown == ["The poster could not be exported."]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_dropping_a_journey_file_opens_it(qtbot, tmp_path):
    path = tmp_path / "dropped.journey"
    save_journey(build_template("blank", "en", "Dropped map"), path, backup=False)
    workspace = make_workspace()
    window = open_window(qtbot, workspace)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    opened = track(workspace.window_for(path))
    assert opened.document.journey.title == "Dropped map"


def test_exception_hook_logs_and_shows_a_calm_dialog(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    hook = ExceptionDialogHook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    assert shown and "your work is safe" in shown[0][0] and "boom" in shown[0][1]
    log = (tmp_path / "state" / "journeymapper.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: boom" in log


def test_actions_have_standard_keys_tooltips_and_icons(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    a = window.editor_actions
    assert a["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert a["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    for name in (
        "new",
        "open",
        "save",
        "add_card",
        "add_stage",
        "add_lane",
        "add_pain",
        "connect_cards",
        "delete",
        "export",
        "zoom_in",
        "zoom_out",
        "zoom_fit",
    ):
        assert not a[name].icon().isNull(), name
        assert a[name].toolTip() and a[name].statusTip(), name
    assert [
        m.title()
        for m in window.menuBar().findChildren(type(window.recent_menu))
        if m.title() == "Open &Recent"
    ]
    assert QApplication.applicationName() == "JourneyMapper"
    assert QApplication.font().family() == "Noto Sans"


def test_undo_history_panel_lists_steps(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    journey = window.document.journey
    from journeymapper.model import edits

    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "x")
    window.document.push(command, "Add card")
    assert window.history.stack() is window.document.undo_stack
    assert window.document.undo_stack.text(0) == "Add card"
    assert window.undo_action.text() == "&Undo Add card"


def test_toolbar_undo_and_redo_follow_edits_without_laying_out_the_window(qtbot, qapp):
    """The buttons show the stack's state and act on it; an edit lays nothing out again
    (Qt used to redo the toolbar's and the window's layout for every renamed Undo action)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QToolButton

    from journeymapper.model import edits

    window = open_window(qtbot, make_workspace())
    journey = window.document.journey
    undo = window.toolbar.widgetForAction(window.undo_action)
    redo = window.toolbar.widgetForAction(window.redo_action)
    assert isinstance(undo, QToolButton) and isinstance(redo, QToolButton)
    assert not undo.isEnabled() and not redo.isEnabled()

    class Requests(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LayoutRequest and watched in (window, window.toolbar):
                Requests.count += 1
            return False

    requests = Requests()
    qapp.installEventFilter(requests)
    try:
        for title in ("one", "two"):
            command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, title)
            window.document.push(command, "Add card")
            QApplication.processEvents()
            assert undo.isEnabled() and not redo.isEnabled()
            assert undo.toolTip() == window.undo_action.toolTip() == "Undo Add card"
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert [c.title for c in journey.touchpoints if c.title in ("one", "two")] == ["one"]
        assert undo.isEnabled() and redo.isEnabled()
        assert redo.toolTip() == "Redo Add card"
        qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert [c.title for c in journey.touchpoints if c.title in ("one", "two")] == ["one", "two"]
        assert not redo.isEnabled()
    finally:
        qapp.removeEventFilter(requests)
    assert Requests.count == 0
    window.follow_preferences()  # retints every icon, as a theme switch does
    assert undo.icon().cacheKey() == window.undo_action.icon().cacheKey()


def test_large_text_relays_out_without_rebuilding(qtbot, tmp_path):
    window = open_window(qtbot, make_workspace())
    journey = window.document.journey
    header = window.scene.item_for(("stage-header", journey.stages[0].id))
    height = header.layout_group.h
    window.editor_actions["large_text"].trigger()
    assert window.scene.item_for(("stage-header", journey.stages[0].id)) is header
    assert header.layout_group.h > height


def test_start_with_no_file_shows_the_welcome_and_with_a_file_opens_it(qtbot, tmp_path):
    from journeymapper.ui.app import start_workspace

    workspace = start_workspace([])
    assert workspace.windows == [] and len(workspace.welcomes) == 1
    welcome = workspace.welcomes[0]
    qtbot.waitExposed(welcome)
    qtbot.keyClick(welcome.templates, Qt.Key.Key_Return)  # the preferred template: 5 A
    window = track(workspace.windows[0])
    assert [s.name for s in window.document.journey.stages][0] == "Attract"
    assert window.document.path is None and window.windowTitle().startswith("Untitled")
    path = tmp_path / "given.journey"
    save_journey(build_template("blank", "en", "Given"), path, backup=False)
    workspace = start_workspace([str(path)])
    opened = track(workspace.windows[0])
    assert opened.document.journey.title == "Given" and "given.journey" in opened.windowTitle()


def test_big_map_export_runs_behind_a_progress_dialog(qtbot, tmp_path, monkeypatch):
    import journeymapper.ui.export_dialog as export_dialog
    from journeymapper.ui.export_dialog import run_export

    window = open_window(qtbot, make_workspace())
    monkeypatch.setattr(export_dialog, "BIG_MAP_CARDS", -1)
    shown = []
    real_show = export_dialog.QProgressDialog.show
    monkeypatch.setattr(
        export_dialog.QProgressDialog, "show", lambda self: shown.append(1) or real_show(self)
    )
    written = run_export(window, window.document, tmp_path / "big.svg", {"fmt": "svg"})
    assert shown and written and written[0].read_text(encoding="utf-8").lstrip().startswith("<")


def test_inspector_edits_the_emotion_scale(qtbot, tmp_path):
    from journeymapper.ui.inspector import form_row_widget

    window = open_window(qtbot, make_workspace())
    form = window.inspector.forms["map"]
    highest = form_row_widget(form, "Highest score:")
    highest.setValue(3)
    assert window.document.journey.emotion_scale.max == 3
    window.document.undo_stack.undo()
    assert window.document.journey.emotion_scale.max == 2 and highest.value() == 2
