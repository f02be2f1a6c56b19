"""Test-wide set-up: Qt runs headless, and one QApplication serves every test.

The PNG exporter creates a bare QGuiApplication when none exists (right for the CLI);
in a test run that would forbid the QApplication the editor tests need, so the
application is created here first, before any test runs.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Autosave and recovery files of the editor go to a throwaway folder, never the user's.
os.environ.setdefault("JOURNEYMAPPER_STATE_DIR", tempfile.mkdtemp(prefix="jm-test-state-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

_APP = QApplication.instance() or QApplication(["journeymapper-tests"])
