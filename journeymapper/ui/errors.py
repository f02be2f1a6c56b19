"""No traceback ever reaches the user: unexpected errors are logged and shown calmly.

The hook writes the full traceback to `<state dir>/journeymapper.log` and shows one
short dialog saying that the work is autosaved. It never re-raises and guards
against re-entry (an error inside the dialog itself only gets logged).
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.ui.autosave import state_dir


def log_path() -> str:
    return str(state_dir() / "journeymapper.log")


def log_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    try:
        state_dir().mkdir(parents=True, exist_ok=True)
        with open(log_path(), "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(kind, error, tb)))
    except OSError:
        pass


class ExceptionDialogHook:
    """A sys.excepthook that logs and shows a calm message instead of crashing."""

    def __init__(self) -> None:
        self._showing = False
        self.shown: list[str] = []

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log_exception(kind, error, tb)
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            text = QCoreApplication.translate("Errors", "Something went wrong, but your work is safe.")
            info = QCoreApplication.translate(
                "Errors",
                "Your maps are autosaved regularly. Please save your work, and consider "
                "reporting this problem with the log file:\n%1",
            ).replace("%1", log_path())
            self.shown.append(f"{kind.__name__}: {error}")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Errors", "Unexpected error"),
                text,
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            box.setInformativeText(info)
            box.setDetailedText(f"{kind.__name__}: {error}")
            box.exec()
        finally:
            self._showing = False


def install_exception_hook() -> ExceptionDialogHook:
    hook = ExceptionDialogHook()
    sys.excepthook = hook
    return hook
