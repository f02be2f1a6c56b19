"""All open windows of this process: opening, creating, recent files, recovery, quitting.

Opening a file goes through here so that a map already open in this process is
brought forward instead of being opened twice, bad files get their one clear
dialog, newer-format notices are shown, and the file lock is checked. Changes made
in Preferences reach every window through `follow_preferences`.

Besides the map windows it keeps the welcome windows (the start screen, and File ▸
New Window), opens the files another start of the program hands over
(`open_external`, see `single_instance.py`) and remembers which files are open, so
that the next start can reopen them (`windows.save_session`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from journeymapper.fileformat import JourneyFileError, load_journey
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.ui import dialogs
from journeymapper.ui.autosave import RecoveryEntry, scan_orphans
from journeymapper.ui.document import Document
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.preferences import Preferences, app_settings
from journeymapper.ui.welcome import WelcomeWindow
from journeymapper.ui.windows import add_window_commands, bring_forward, save_session

MAX_RECENT = 10


class Workspace(QObject):
    """The editor application's windows and the operations that span them."""

    def __init__(self, *, autosave_ms: int | None = None) -> None:
        super().__init__()
        self.windows: list[MainWindow] = []
        self.welcomes: list[WelcomeWindow] = []
        self.autosave_ms = autosave_ms
        self._quitting = False  # closing everything: the session list stays as it was

    # --- windows -------------------------------------------------------------------
    def new_window(
        self,
        journey: JourneyMap,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        recovered: RecoveryEntry | None = None,
        show: bool = True,
    ) -> MainWindow:
        document = Document(journey, path, read_only=read_only)
        window = MainWindow(document, self, recovered=recovered, autosave_ms=self.autosave_ms)
        self._adopt(window)
        if show:
            window.show()
        return window

    def _adopt(self, window: MainWindow) -> None:
        """A new map window: New Window and the Window menu added, the session noted."""
        self.windows.append(window)
        add_window_commands(window, self.show_welcome, self.all_windows)
        window.document.path_changed.connect(self.remember_session)
        self.remember_session()

    def all_windows(self) -> list[QWidget]:
        """Map windows, then welcome windows: what the Window menu lists."""
        return [*self.windows, *self.welcomes]

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if self.windows:  # the last window closing ends the session: keep its list
            self.remember_session()
        window.deleteLater()

    def remember_session(self) -> None:
        if not self._quitting:
            save_session(w.document.path for w in self.windows if w.document.path is not None)

    def window_for(self, path: str | Path) -> MainWindow | None:
        target = Path(path).resolve()
        for window in self.windows:
            if window.document.path is not None and window.document.path.resolve() == target:
                return window
        return None

    def _replaceable(self, parent: QWidget | None) -> MainWindow | None:
        """An untouched untitled window that a newly opened map may take the place of."""
        if (
            isinstance(parent, MainWindow)
            and parent.document.path is None
            and not parent.document.is_modified
            and parent.document.undo_stack.count() == 0
        ):
            return parent
        return None

    # --- opening ---------------------------------------------------------------------
    def open_path(self, path: str | Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open a map file in a window; None if it could not (the user has been told why)."""
        path = Path(path)
        existing = self.window_for(path)
        if existing is not None:  # open here already: bring it forward, no lock warning
            bring_forward(existing)
            return existing
        try:
            result = load_journey(path)
        except JourneyFileError as error:
            dialogs.show_file_error(parent, error)
            return None
        if result.notices:
            dialogs.show_notices(parent, result.notices)
        document = Document(result.journey, path)
        holder = document.lock_file(path)
        read_only = False
        if holder is not None:
            if dialogs.ask_lock_held(parent, path, holder) != "read-only":
                document.dispose()
                return None
            read_only = True
        document.read_only = read_only
        replace = self._replaceable(parent)
        window = MainWindow(document, self, autosave_ms=self.autosave_ms)
        self._adopt(window)
        window.show()
        if replace is not None:
            replace.close()
        self.add_recent(path)
        return window

    def new_map(self, parent: QWidget | None = None) -> MainWindow | None:
        prefs = Preferences()
        dialog = dialogs.NewMapDialog(
            parent, template=prefs.template, language=prefs.effective_template_language()
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        template, language, title = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return None
        replace = self._replaceable(parent)
        window = self.new_window(build_template(template, language, title))
        if replace is not None:
            replace.close()
        return window

    def follow_preferences(self) -> None:
        """Every window takes up the stored preferences (theme, text size, autosave period)."""
        for window in self.windows:
            window.follow_preferences()

    def quit(self) -> bool:
        """Close every window (each asks about its unsaved changes); False if one refused.

        The files open now are the session the next start may reopen, whatever order
        the windows close in."""
        self.remember_session()
        self._quitting = True
        for window in list(self.windows):
            if not window.close():
                self._quitting = False
                self.remember_session()
                return False
        for welcome in list(self.welcomes):
            welcome.close()
        QApplication.quit()
        return True

    # --- the welcome screen, and files from outside -------------------------------------------
    def show_welcome(self) -> WelcomeWindow:
        """A welcome window: a template, a recent map or an example opens a map window."""
        prefs = Preferences()  # the preferred template and its language come preselected
        welcome = WelcomeWindow(self.recent_files(), prefs.effective_template_language(), prefs.template)
        welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.welcomes.append(welcome)
        welcome.destroyed.connect(lambda: self.welcomes.remove(welcome) if welcome in self.welcomes else None)

        def then_close(window: MainWindow | None) -> None:
            if window is not None:
                welcome.close()

        welcome.template_chosen.connect(
            lambda name, language: then_close(self.new_window(build_template(name, language)))
        )
        welcome.file_chosen.connect(lambda path: then_close(self.open_path(path, welcome)))
        welcome.example_chosen.connect(lambda path: then_close(self.open_copy(path, welcome)))
        welcome.open_requested.connect(lambda: then_close(self.open_dialog(welcome)))
        welcome.show()
        bring_forward(welcome)
        return welcome

    def open_dialog(self, parent: QWidget | None = None) -> MainWindow | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open Map"), "", self.tr("JourneyMapper maps (*.journey)")
        )
        return self.open_path(path, parent) if path else None

    def open_copy(self, path: str | Path, parent: QWidget | None = None) -> MainWindow | None:
        """A map as a new untitled document (a bundled example: saving asks where)."""
        try:
            result = load_journey(path)
        except JourneyFileError as error:
            dialogs.show_file_error(parent, error)
            return None
        return self.new_window(result.journey)

    def open_external(self, files: list[str]) -> list[str]:
        """Files handed over by another start of the program or by the system (macOS).

        Each opens in its own window or brings its window forward; no files means a new
        welcome window. An untouched welcome window gives way to the maps. The titles of
        the windows now showing the files."""
        if not files:
            return [self.show_welcome().windowTitle()]
        opened = [w for w in (self.open_path(name) for name in files) if w is not None]
        if opened:
            for welcome in list(self.welcomes):
                welcome.close()
        return [w.windowTitle().replace("[*]", "") for w in opened]

    # --- recent files -------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = app_settings().value("recentFiles", [])  # a list, or one str when only one was saved
        if isinstance(value, str):
            paths = [value]
        elif isinstance(value, Iterable):
            paths = list(value)
        else:
            paths = []
        return [p for p in paths if Path(p).is_file()][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        paths = [text] + [p for p in self.recent_files() if p != text]
        app_settings().setValue("recentFiles", paths[:MAX_RECENT])

    # --- crash recovery ------------------------------------------------------------------
    def offer_recovery(self, parent: QWidget | None = None) -> list[MainWindow]:
        """Offer every orphaned recovery copy: Restore, Compare or Discard (or decide later)."""
        opened: list[MainWindow] = []
        scan = scan_orphans()
        if scan.damaged:  # once: they are renamed aside, so the next start does not see them
            dialogs.show_damaged_recovery(parent, scan.damaged)
        for entry in scan.entries:
            dialog = dialogs.RecoveryDialog(entry, parent)
            dialog.exec()
            choice = dialog.choice
            dialog.deleteLater()
            if choice == "discard":
                entry.discard()
            elif choice == "restore":
                window = self.restore(entry, parent)
                if window is not None:
                    opened.append(window)
            else:
                entry.release()
        return opened

    def restore(self, entry: RecoveryEntry, parent: QWidget | None = None) -> MainWindow | None:
        try:
            journey = entry.load()
        except JourneyFileError as error:
            dialogs.show_file_error(parent, error)
            entry.release()
            return None
        path = Path(entry.original_path) if entry.original_path else None
        read_only = False
        document_path = path
        if path is not None and self.window_for(path) is not None:
            document_path = None  # that file is open here already: restore as an untitled copy
        window = self.new_window(journey, document_path, read_only=read_only, recovered=entry)
        if document_path is not None:
            if window.document.lock_file(document_path) is not None:
                window.document.path = None  # someone else has the file: keep the work untitled
                window.update_title()
        return window
