"""The main window: canvas in the middle, inspector, history and workbench docks, menus, toolbar.

One window shows one document for its whole life (opening another map opens another
window), so the workbench is given the document once when the window is built and
None when it closes. The window wires actions to the editor controller, links the
workbench panels with the canvas (plan rows highlight their pains, panels point at
KPIs and opportunities, chips and pains on the canvas open their panel), keeps its
title in step with the file, asks before losing unsaved changes, remembers its
geometry and dock layout, follows the preferences (theme, large text, autosave), and
hands file operations that involve other windows (open, new, recent) to the workspace.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QSignalBlocker, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QUndoView,
    QWidget,
)

from journeymapper.allocation import paused_gc
from journeymapper.fileformat import SaveError
from journeymapper.ui import dialogs
from journeymapper.ui import help as help_dialogs
from journeymapper.ui.actions import EditorActions, main_toolbar
from journeymapper.ui.autosave import Autosaver, RecoveryEntry
from journeymapper.ui.canvas.large_maps import LargeMapControls, initial_options
from journeymapper.ui.canvas.scene import MapScene
from journeymapper.ui.canvas.view import AfterFirstFrame, MapView
from journeymapper.ui.changed_on_disk import DiskChangeGuard
from journeymapper.ui.compare.mode import install as install_compare
from journeymapper.ui.context_menus import ContextMenus
from journeymapper.ui.document import Document
from journeymapper.ui.inspector import Inspector
from journeymapper.ui.live.menu import LiveMenu
from journeymapper.ui.map_editor import MapEditor
from journeymapper.ui.preferences import Preferences, PreferencesDialog, app_settings
from journeymapper.ui.presentation import Presentation
from journeymapper.ui.theme import BASE_POINTS, apply_theme, canvas_colours, current_theme, themed_icon
from journeymapper.ui.workbench import arrange_first_run_docks, create_workbench_docks
from journeymapper.ui.workshop.focus import PanelFocus
from journeymapper.ui.workshop.tools import WorkshopTools

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from journeymapper.ui.workspace import Workspace

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
STATE_VERSION = 3  # bump when the set of docks changes, so an old layout is not half-applied


def journey_paths(mime: QMimeData) -> list[Path]:
    """The local .journey files in a drag-and-drop."""
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".journey")
    ]


class MainWindow(QMainWindow):
    """An editor window for one map."""

    @paused_gc(collect_over=250_000)  # the collector walks a big map's new objects once, not 3 times
    def __init__(
        self,
        document: Document,
        workspace: Workspace | None = None,
        *,
        recovered: RecoveryEntry | None = None,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.workspace = workspace
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        screen = self.screen().availableGeometry()  # a first run on a small laptop still fits
        self.resize(min(1400, round(screen.width() * 0.94)), min(880, round(screen.height() * 0.92)))
        document.setParent(self)

        self.scene = MapScene(document, initial_options(), parent=self)  # in the saved card density
        self.view = MapView(self.scene, self)
        self.setCentralWidget(self.view)
        self.editor = MapEditor(document, self.scene, self.view)
        self.editor_actions = EditorActions(self, self.view)
        self.large_maps = LargeMapControls(self.view, self)  # minimap (View menu)
        self.menus = ContextMenus(self)
        self.scene.context_menu_requested.connect(self.menus.show_for)

        self.inspector = Inspector(document, self.scene)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspectorDock", self.inspector)
        self.history = QUndoView(document.undo_stack)
        self.history.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = self._dock(self.tr("History"), "historyDock", self.history)
        self._icons: list[tuple[QAction | QMenu, str]] = []  # retinted when the theme changes
        self.workbench = create_workbench_docks(self)
        arrange_first_run_docks(self, self.workbench, self.inspector_dock, self.history_dock)
        self._size_docks()
        self.workshop = WorkshopTools(self)
        self.panel_focus = PanelFocus(
            self,
            self.view,
            # Ctrl+2…9: the inspector and the workshop panels first, a facilitator's most used
            [self.inspector_dock, *self.workshop.docks, *self.workbench.docks.values(), self.history_dock],
        )

        self.undo_action = document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self._set_icon(self.undo_action, "undo")
        self.redo_action = document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self._set_icon(self.redo_action, "redo")
        for action, tip in (
            (self.undo_action, self.tr("Undo the last change")),
            (self.redo_action, self.tr("Redo the change you undid")),
        ):
            action.setStatusTip(tip)
            self.addAction(action)

        self.presentation = Presentation(self)
        self._build_menus()
        self.compare = install_compare(self, self.editor_actions.close)  # File ▸ Compare With
        self.toolbar = main_toolbar(self, self.editor_actions, self.undo_action, self.redo_action)
        self.workshop.mount_toolbar()
        self._connect_actions()
        self._connect_workbench()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        document.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.disk_guard = DiskChangeGuard(self, document)  # changed on disk: reload/keep/merge
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(self.update_title)
        self.autosaver = Autosaver(document, interval_ms=autosave_ms, adopt=recovered)
        if recovered is not None:
            document.mark_modified()
        self.update_title()
        self.workbench.set_document(document)
        self.follow_preferences()
        self.restore_layout()
        self.statusBar().showMessage(
            self.tr(
                "Double-click a cell to add a card. Drag cards to move them; "
                "1–5 set the emotion; P adds a pain point."
            ),
            15000,
        )
        AfterFirstFrame(self.view.viewport(), self._after_first_frame)

    def _after_first_frame(self) -> None:
        """What the map's first frame did not wait for: the panels behind other tabs (the ones
        on screen were made before it) and the inspector's other forms."""
        for panels in (self.workbench.panels, self.workshop.panels):
            panels.make_rest()
        self.inspector.make_forms()
        QApplication.sendPostedEvents()  # and their polish and layout, in this same turn

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _size_docks(self) -> None:
        """Room for the panels' fields, a little more with large text, but the canvas stays
        the largest thing in the window: on a projector the map is what the room reads."""
        grow = max(1.0, QApplication.font().pointSizeF() / BASE_POINTS) ** 0.5
        width = min(round(380 * grow), round(self.width() * 0.3))
        height = min(290, round(self.height() * 0.32))
        self.resizeDocks([self.inspector_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.workbench.docks["action_plan"]], [height], Qt.Orientation.Vertical)

    def _set_icon(self, target: QAction | QMenu, name: str) -> None:
        target.setIcon(themed_icon(name))
        self._icons.append((target, name))

    # --- menus and toolbar ------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.editor_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open])
        self.import_action = file_menu.addAction(self.tr("&Import…"))
        self.import_action.setObjectName("importAction")
        self.import_action.setStatusTip(
            self.tr("Import a Mermaid journey, a CSV or Excel table or a Lanescape file")
        )
        self.import_action.triggered.connect(lambda: self.import_dialog())
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as, a.export])
        self.live = LiveMenu(self, file_menu)  # Start / Join / Leave live session, participants dock
        file_menu.addSeparator()
        file_menu.addActions([a.close, a.quit])

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
        edit.addSeparator()
        edit.addActions([a.select_all, a.edit_title])
        edit.addSeparator()
        edit.addAction(a.preferences)

        map_menu = bar.addMenu(self.tr("&Map"))
        map_menu.addActions([a.add_card, a.add_stage, a.add_lane])
        map_menu.addSeparator()
        map_menu.addActions([a.connect_cards, a.collapse_lane, a.move_left, a.move_right])
        emotion = map_menu.addMenu(self.tr("&Emotion"))
        self._set_icon(emotion, "emotion")
        emotion.addActions([a[f"emotion_{n}"] for n in range(1, 6)] + [a.emotion_clear])
        pain = map_menu.addMenu(self.tr("&Pain Point"))
        self._set_icon(pain, "pain-point")
        map_menu.addActions([a.add_opportunity, a.edit_note])
        pain.addActions([a.add_pain, a.cycle_kind, a.severity_up, a.severity_down, a.vote_up, a.vote_down])
        pain.addSeparator()
        pain.addAction(a.action_for_pain)

        view = bar.addMenu(self.tr("&View"))
        view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset, a.zoom_fit])
        view.addSeparator()
        view.addAction(a.presentation)
        a.large_text.setCheckable(True)
        view.addAction(a.large_text)
        self.large_maps.add_to(view)
        view.addSeparator()
        # No icons on the panel toggles: an icon would take the place of the check mark that
        # says whether the panel is shown.
        view.addActions([self.inspector_dock.toggleViewAction(), self.history_dock.toggleViewAction()])
        view.addActions(self.workbench.toggle_actions())

        self.workshop.fill_menu(bar.addMenu(self.tr("&Workshop")))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.shortcuts, a.about])

    def _connect_actions(self) -> None:
        a, ed, view = self.editor_actions, self.editor, self.view
        handlers = {
            "new": lambda: self.workspace.new_map(self) if self.workspace else None,
            "open": self.open_dialog,
            "save": self.save,
            "save_as": self.save_as,
            "export": self.export,
            "close": self.close,
            "preferences": self.edit_preferences,
            "action_for_pain": self.create_action_for_pain,
            "quit": lambda: self.workspace.quit() if self.workspace else self.close(),
            "cut": ed.cut,
            "copy": ed.copy,
            "paste": ed.paste,
            "duplicate": ed.duplicate,
            "delete": ed.delete_selection,
            "select_all": lambda: self.scene.select_keys(
                [("card", c.id) for c in self.document.journey.touchpoints]
            ),
            "edit_title": ed.edit_title,
            "add_card": ed.add_card,
            "add_stage": ed.add_stage,
            "add_lane": ed.add_lane,
            "collapse_lane": ed.toggle_collapse,
            "move_left": lambda: ed.shift_header(-1),
            "move_right": lambda: ed.shift_header(1),
            "connect_cards": ed.start_connect,
            "add_pain": ed.add_pain,
            "add_opportunity": ed.add_opportunity,
            "edit_note": ed.edit_note,
            "cycle_kind": ed.cycle_pain_kind,
            "severity_up": lambda: ed.change_severity(1),
            "severity_down": lambda: ed.change_severity(-1),
            "vote_up": lambda: ed.vote(1),
            "vote_down": lambda: ed.vote(-1),
            "emotion_clear": lambda: ed.emotion_key(None),
            "zoom_in": view.zoom_in,
            "zoom_out": view.zoom_out,
            "zoom_reset": view.reset_zoom,
            "zoom_fit": view.fit_to_window,
            "presentation": self.presentation.toggle,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        a.large_text.toggled.connect(self.set_large_text)
        for n in range(1, 6):
            handlers[f"emotion_{n}"] = lambda checked=False, n=n: ed.emotion_key(n)
        for name, handler in handlers.items():
            # `triggered` passes `checked`; handlers with optional parameters must not get it.
            a[name].triggered.connect(lambda checked=False, handler=handler: handler())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        self.recent_menu.setEnabled(True)
        workspace = self.workspace
        paths = workspace.recent_files() if workspace is not None else []
        if not paths:
            empty = self.recent_menu.addAction(self.tr("(no recent maps)"))
            empty.setEnabled(False)
            return
        assert workspace is not None  # the paths came from it
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda checked=False, p=path: workspace.open_path(p, self))

    # --- the workbench and the canvas, linked ---------------------------------------------
    def _connect_workbench(self) -> None:
        self._canvas_pains: list[str] = []
        self.workbench.highlight_requested.connect(self.highlight_pains)
        self.workbench.select_requested.connect(self.show_on_canvas)
        self.workbench.cards_requested.connect(self.select_cards)
        self.scene.current_changed.connect(self._canvas_selection_changed)
        self.scene.chip_clicked.connect(self._chip_clicked)
        self.editor_actions.action_for_pain.setEnabled(False)

    def highlight_pains(self, pain_ids: list[str]) -> None:
        """The action plan's selection: emphasise its pains and bring the first into view."""
        keys = self.scene.highlight_pains(list(pain_ids))
        strong = [key for key in keys if key[0] == "pain"]
        item = self.scene.item_for(strong[0]) if strong else None
        if item is not None:
            self.view.scroll_to_scene_rect(item.box())

    def show_on_canvas(self, object_id: str) -> None:
        """A panel's "Show on canvas": select the KPI or opportunity there and scroll to it."""
        key = self.scene.select_object(object_id)
        item = self.scene.item_for(key) if key is not None else None
        if item is not None:
            self.view.scroll_to_scene_rect(item.box())
        else:
            self.statusBar().showMessage(self.tr("That item is not drawn on the map."), 5000)

    def select_cards(self, card_ids: list[str]) -> None:
        """An insight's cards: select them on the canvas and bring the first into view."""
        self.scene.select_keys(keys := [("card", card_id) for card_id in card_ids])
        item = next((self.scene.item_for(k) for k in keys if self.scene.item_for(k) is not None), None)
        if item is not None:
            self.view.scroll_to_scene_rect(item.box())

    def _canvas_selection_changed(self) -> None:
        pains = self.scene.selected_pain_ids()
        if pains != self._canvas_pains:
            self._canvas_pains = pains
            self.workbench.set_canvas_selection(pains)
            self.editor_actions.action_for_pain.setEnabled(bool(pains) and not self.document.read_only)

    def _chip_clicked(self, role: str, object_id: str) -> None:
        if role == "kpi":
            self.workbench.show_kpi(object_id)
        else:
            self.workbench.show_opportunity(object_id)

    def create_action_for_pain(self, pain_id: str | None = None) -> str | None:
        """One undo step: an action in the plan for the (first selected) pain, linked to it."""
        pains = [pain_id] if pain_id else self.scene.selected_pain_ids()
        if not pains:
            self.statusBar().showMessage(self.tr("Select a pain point on the map first."), 5000)
            return None
        action_id = self.workbench.create_action_from_pain(pains[0])
        if action_id is not None:
            self.statusBar().showMessage(
                self.tr("Action added to the plan: type its task, then its owner and due date."), 8000
            )
        return action_id

    # --- preferences, theme and layout ------------------------------------------------------
    def edit_preferences(self) -> None:
        """Edit → Preferences; every window takes up the new values at once (language: at restart)."""
        language = Preferences().language
        dialog = PreferencesDialog(Preferences(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._apply_app_preferences()
            if Preferences().language != language:
                self.statusBar().showMessage(self.tr("The new language applies from the next start."), 10000)

    def set_large_text(self, on: bool) -> None:
        """View → Large Text: bigger chrome and canvas type for a projector, remembered."""
        prefs = Preferences()
        if prefs.large_text != on:
            prefs.large_text = on
            prefs.sync()
        self._apply_app_preferences()

    def _apply_app_preferences(self) -> None:
        prefs = Preferences()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, prefs.theme, prefs.large_text)
        if self.workspace is not None:
            self.workspace.follow_preferences()
        else:
            self.follow_preferences()

    def follow_preferences(self) -> None:
        """Match the canvas to the chrome (dark room → dark poster), text size, autosave period."""
        prefs = Preferences()
        theme = current_theme()
        self.view.set_desk(*canvas_colours(theme))
        options = replace(self.scene.engine.options, theme=theme, large_text=prefs.large_text)
        if options.large_text != self.scene.engine.options.large_text:
            self._size_docks()
        if options != self.scene.engine.options:
            self.scene.set_options(options)
        self.editor_actions.retint()
        for target, name in self._icons:
            target.setIcon(themed_icon(name))
        with QSignalBlocker(self.editor_actions.large_text):
            self.editor_actions.large_text.setChecked(prefs.large_text)
        self.autosaver.follow_settings()

    def restore_layout(self) -> None:
        """Where the user left the window and its docks (nothing to do on a first run)."""
        settings = app_settings()
        geometry, state = settings.value(KEY_GEOMETRY), settings.value(KEY_STATE)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, STATE_VERSION)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_STATE, self.saveState(STATE_VERSION))
        settings.sync()

    # --- title and state -----------------------------------------------------------------
    def update_title(self) -> None:
        suffix = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.display_name()}[*]{suffix} — JourneyMapper")
        self.setWindowModified(self.document.is_modified)
        if self.document.path is not None:
            self.setWindowFilePath(str(self.document.path))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            self.view.fit_width()
            self.view.setFocus()

    # --- file operations -------------------------------------------------------------------
    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Map"), start, self.tr("JourneyMapper maps (*.journey)")
        )
        if path and self.workspace is not None:
            self.workspace.open_path(path, self)

    def import_dialog(self, path: str | None = None) -> list[MainWindow]:
        """File ▸ Import…: each imported map opens in a new untitled window (returned)."""
        from journeymapper.ui.import_dialog import import_into_windows

        return import_into_windows(self, path)

    def save(self) -> bool:
        """Save to the current file (Save As for a new or read-only map); False if not saved."""
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path) if self.document.path else self.document.journey.title + ".journey"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Map As"), start, self.tr("JourneyMapper maps (*.journey)")
        )
        if not path:
            return False
        if not path.lower().endswith(".journey"):
            path += ".journey"
        target = Path(path)
        if target != self.document.path or self.document.read_only:
            holder = self.document.lock_file(target)
            if holder is not None:
                dialogs.show_message(
                    self,
                    self.tr("Map already open"),
                    self.tr("“%1” is open in another window; choose another name.").replace(
                        "%1", target.name
                    ),
                )
                return False
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        if path == self.document.path and not self.disk_guard.before_save():
            return False
        try:
            notices = self.document.save(path)
        except SaveError as error:
            dialogs.show_save_error(self, error)
            return False
        self.autosaver.discard()
        self.update_title()
        if self.workspace is not None:
            self.workspace.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        if notices:
            self.statusBar().showMessage(" ".join(notices), 15000)
        return True

    def export(self) -> None:
        from journeymapper.ui.export_dialog import export_with_dialog

        self.export_notice = export_with_dialog(self, self.document)

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the window may close."""
        if not self.document.is_modified:
            return True
        answer = dialogs.ask_save_changes(self, self.document.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not hasattr(self, "autosaver"):  # construction failed half-way: nothing to keep
            event.accept()
            return
        self.view.editor.close_editor()
        if not self.confirm_close():
            event.ignore()
            return
        self.autosaver.stop()
        self.autosaver.discard()  # saved, unchanged, or the user chose to discard
        self.presentation.leave()  # the layout remembered is the working one, not the projector's
        self.save_layout()
        for panels in (self.workbench.panels, self.workshop.panels):
            panels.stop()
        self.workbench.set_document(None)
        # Torn down from here on: the scene's items go before the docks and panels that listen
        # to it, so it must not tell anyone about selection or layout changes any more.
        self.scene.blockSignals(True)
        self.document.dispose()
        event.accept()
        if self.workspace is not None:
            self.workspace.forget(self)

    # --- drag and drop of files ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if journey_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = journey_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        for path in paths:
            if self.workspace is not None:
                self.workspace.open_path(str(path), self)

    # --- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> QDialog:
        """Every key, read from this window's actions so the list cannot drift."""
        return help_dialogs.show_shortcuts(self, self.findChildren(QAction))

    def show_about(self) -> None:
        help_dialogs.show_about(self)
