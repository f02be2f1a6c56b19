"""Starting the editor: the QApplication, its identity and look, crash recovery, first window.

`run_editor(files)` is what `journeymapper` and `journeymapper FILE.journey` call.
With no file it opens a new untitled map from the 5 A template; before that it
offers any work left behind by a crash.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journeymapper.model.templates import build_template
from journeymapper.ui.errors import install_exception_hook
from journeymapper.ui.style import apply_style
from journeymapper.ui.workspace import Workspace

APP_NAME = "JourneyMapper"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our identity, font and style (reused if one exists)."""
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
    QGuiApplication.setDesktopFileName("journeymapper")
    from journeymapper.ui.icons import icon

    app.setWindowIcon(icon("add-card"))
    apply_style(app)
    return app


def start_workspace(files: list[str]) -> Workspace:
    """Offer crash recovery, then open the files given (or a new 5 A map)."""
    workspace = Workspace()
    restored = workspace.offer_recovery()
    for name in files:
        workspace.open_path(name)
    if not workspace.windows and not restored:
        workspace.new_window(build_template("5a", "en"))
    return workspace


def run_editor(files: list[str]) -> int:
    """Run the editor until its last window closes; the process exit status."""
    app = create_application()
    install_exception_hook()
    workspace = start_workspace(files)
    if not workspace.windows:
        return 1  # nothing could be opened; each reason was shown in a dialog
    app.setQuitOnLastWindowClosed(True)
    status = int(app.exec())
    for window in list(workspace.windows):  # e.g. quit from the desktop session: let go of locks
        window.document.release_lock()
    return status
