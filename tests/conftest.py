"""Test-wide set-up: Qt runs headless, and one QApplication serves every test.

The PNG exporter creates a bare QGuiApplication when none exists (right for the CLI);
in a test run that would forbid the QApplication the editor tests need, so the
application is created here first, before any test runs.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Autosave and recovery files of the editor go to a throwaway folder, never the user's.
if "JOURNEYMAPPER_STATE_DIR" not in os.environ:
    _STATE = tempfile.mkdtemp(prefix="jm-test-state-")
    os.environ["JOURNEYMAPPER_STATE_DIR"] = _STATE
    atexit.register(shutil.rmtree, _STATE, ignore_errors=True)

from PySide6.QtWidgets import QApplication  # noqa: E402

_APP = QApplication.instance() or QApplication(["journeymapper-tests"])
