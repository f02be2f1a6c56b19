"""All open windows of this process: opening, creating, recent files, recovery, quitting.

Opening a file goes through here so that a map already open in this process is
brought forward instead of being opened twice, bad files get their one clear
dialog, newer-format notices are shown, and the file lock is checked. Changes made
in Preferences reach every window through `follow_preferences`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journeymapper.fileformat import JourneyFileError, load_journey
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template
from journeymapper.ui import dialogs
from journeymapper.ui.autosave import RecoveryEntry, scan_orphans
from journeymapper.ui.document import Document
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.preferences import Preferences, app_settings

MAX_RECENT = 10


class Workspace(QObject):
    """The editor application's windows and the operations that span them."""

    def __init__(self, *, autosave_ms: int | None = None) -> None:
        super().__init__()
        self.windows: list[MainWindow] = []
        self.autosave_ms = autosave_ms

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
        self.windows.append(window)
        if show:
            window.show()
        return window

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()

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
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
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
        self.windows.append(window)
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
        """Close every window (each asks about its unsaved changes); False if one refused."""
        for window in list(self.windows):
            if not window.close():
                return False
        QApplication.quit()
        return True

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
