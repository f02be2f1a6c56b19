"""Starting the editor: the QApplication, its identity, the user's preferences, crash recovery.

`run_editor(files)` is what `journeymapper` and `journeymapper FILE.journey` call.
The preferences are applied before the first window exists, in this order: the
language (the default locale and the translators, which panels read while they are
built), then the theme and text size. First, though, if an editor is already running
for this user, the files are handed to it and this process ends (`single_instance`):
one process holds every window, so copy and paste work between maps and a file open
in one window is raised, not reported as locked. After offering any work left behind
by a crash, the editor opens the files given; with none, the maps open when it last
closed (if Preferences say so), else the welcome screen.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journeymapper.ui.errors import install_exception_hook
from journeymapper.ui.preferences import Preferences
from journeymapper.ui.single_instance import InstanceServer, forward_to_running
from journeymapper.ui.theme import apply_theme
from journeymapper.ui.translations import apply_language
from journeymapper.ui.windows import install_file_open_events, last_session
from journeymapper.ui.workspace import Workspace

# Set to 1 to start a separate editor even when one is running (two settings profiles, tests).
SEPARATE_ENV = "JOURNEYMAPPER_SEPARATE_PROCESS"

APP_NAME = "JourneyMapper"


def apply_startup_preferences(app: QApplication, preferences: Preferences | None = None) -> str:
    """Language first (before any panel is built), then theme and text size; the effective theme."""
    prefs = preferences if preferences is not None else Preferences()
    apply_language(prefs.language)
    return apply_theme(app, prefs.theme, prefs.large_text)


def create_application(argv: list[str] | None = None, preferences: Preferences | None = None) -> QApplication:
    """The QApplication with our identity and the user's language, theme and font (reused if one exists)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # crisp at 125 % / 150 % scaling
        )
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("journeymapper.org")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("org.journeymapper.JourneyMapper")  # its .desktop file
    from journeymapper.ui.icons import icon

    app.setWindowIcon(icon("journeymapper"))  # the application icon, drawn from its SVG
    apply_startup_preferences(app, preferences)
    return app


def follow_system_theme(app: QApplication, workspace: Workspace) -> None:
    """With the theme set to follow the system, repaint everything when the desktop switches."""

    def changed() -> None:
        prefs = Preferences()
        if prefs.theme == "system":
            apply_theme(app, prefs.theme, prefs.large_text)
            workspace.follow_preferences()

    app.styleHints().colorSchemeChanged.connect(changed)


def start_workspace(files: list[str]) -> Workspace:
    """Offer crash recovery, then open the files given; with none, the last session or the welcome."""
    workspace = Workspace()
    restored = workspace.offer_recovery()
    for name in files:
        workspace.open_path(name)
    if not files and not restored and Preferences().reopen_windows:
        for name in last_session():
            workspace.open_path(name)
    if not files and not workspace.windows:
        workspace.show_welcome()
    return workspace


def run_editor(files: list[str]) -> int:
    """Run the editor until its last window closes; the process exit status."""
    app = create_application()
    install_exception_hook()
    if os.environ.get(SEPARATE_ENV) != "1":
        titles = forward_to_running(files)
        if titles is not None:
            for title in titles:
                print(QCoreApplication.translate("App", "Opened in the running JourneyMapper: %1")
                      .replace("%1", title))
            return 0
    workspace = start_workspace(files)
    if not workspace.windows and not workspace.welcomes:
        return 1  # nothing could be opened; each reason was shown in a dialog
    server = InstanceServer(workspace.open_external, parent=workspace)
    server.listen()
    install_file_open_events(workspace.open_external)
    follow_system_theme(app, workspace)
    app.setQuitOnLastWindowClosed(True)
    status = int(app.exec())
    for window in list(workspace.windows):  # e.g. quit from the desktop session: let go of locks
        window.document.release_lock()
    return status
