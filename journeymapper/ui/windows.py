"""Several maps open at once: the commands and events that concern more than one window.

- File ▸ New Window (Ctrl+Shift+N) opens a welcome window beside the current one, from
  which a template, a recent map or an example starts a map window of its own.
- A Window menu on every map window lists the open windows and brings one forward.
- Files the system asks us to open — macOS sends a `QFileOpenEvent` when a .journey is
  double-clicked in the Finder or dropped on the Dock icon — go to the workspace like
  any other open, so a map already open here is raised rather than opened twice.
- The session: which files were open, so that the next start can reopen them when the
  user asked for that in Preferences.

The map window (`main_window.py`) is built by the workshop's code; this module adds its
commands to an existing window from outside, through the window's own actions and menus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QFileOpenEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from journeymapper.ui.preferences import app_settings

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

KEY_SESSION = "session/open_files"


def _menu_holding(action: QAction) -> QMenu | None:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return owner
    return None


def add_window_commands(
    window: MainWindow,
    new_window: Callable[[], object],
    open_windows: Callable[[], list[QWidget]],
) -> QAction:
    """File ▸ New Window after File ▸ New, and a Window menu before Help; the New Window action."""
    action = QAction(QCoreApplication.translate("Windows", "New &Window"), window)
    action.setObjectName("newWindowAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    action.setStatusTip(
        QCoreApplication.translate("Windows", "Open another window, to start or open a second map")
    )
    action.triggered.connect(lambda checked=False: new_window())
    file_menu = _menu_holding(window.editor_actions.open)
    if file_menu is not None:
        file_menu.insertAction(window.editor_actions.open, action)
    else:
        window.addAction(action)
    menu = QMenu(QCoreApplication.translate("Windows", "&Window"), window)
    menu.setObjectName("windowMenu")
    menu.aboutToShow.connect(lambda: fill_window_menu(menu, window, open_windows()))
    bar = window.menuBar()
    last = bar.actions()[-1] if bar.actions() else None  # Help stays the last menu
    if last is not None:
        bar.insertMenu(last, menu)
    else:
        bar.addMenu(menu)
    return action


def fill_window_menu(menu: QMenu, current: QWidget, windows: Iterable[QWidget]) -> None:
    """One checkable entry per open window; choosing one brings it to the front."""
    menu.clear()
    for number, other in enumerate(windows, start=1):
        title = window_label(other).replace("&", "&&")  # a title's "&" is not a shortcut
        label = f"&{number} {title}" if number < 10 else title
        entry = menu.addAction(label)
        entry.setCheckable(True)
        entry.setChecked(other is current)
        entry.triggered.connect(lambda checked=False, w=other: bring_forward(w))


def window_label(window: QWidget) -> str:
    """A map window as "file — map title" (two untitled maps still differ); others by title."""
    document = getattr(window, "document", None)
    if document is None:
        return window.windowTitle()
    star = "*" if document.is_modified else ""
    return f"{document.display_name()}{star} — {document.journey.title}"


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class FileOpenEvents(QObject):
    """Opens the files of `QFileOpenEvent`s sent to the application (macOS Finder and Dock)."""

    def __init__(self, open_files: Callable[[list[str]], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_files = open_files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.open_files([name])
                return True
        return super().eventFilter(watched, event)


def install_file_open_events(open_files: Callable[[list[str]], object]) -> FileOpenEvents | None:
    app = QApplication.instance()
    if app is None:
        return None
    events = FileOpenEvents(open_files, app)
    app.installEventFilter(events)
    return events


# --- the session -------------------------------------------------------------------------
def save_session(paths: Iterable[Path]) -> None:
    settings = app_settings()
    settings.setValue(KEY_SESSION, [str(p.resolve()) for p in paths])
    settings.sync()


def last_session() -> list[str]:
    """The files that were open when the editor last closed, those that still exist."""
    value = app_settings().value(KEY_SESSION, [])
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [p for p in paths if isinstance(p, str) and Path(p).is_file()]
