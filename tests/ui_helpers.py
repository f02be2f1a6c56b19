"""Shared helpers for the editor tests: an isolated environment, a window factory, event drivers.

A stand-in for `journeymapper.export.qt_painter.paint_group` is installed only while
that module does not exist, so the editor tests can run before the Qt backend lands.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

from journeymapper.layout.display import Circle, Group, Line, Rect, TextRun


def fake_paint_group(painter: Any, group: Group) -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QBrush, QColor, QFont, QPen

    for item in group.items:
        if isinstance(item, Rect):
            painter.setPen(QPen(QColor(item.stroke)) if item.stroke else QPen(QColor(0, 0, 0, 0)))
            painter.setBrush(QBrush(QColor(item.fill)) if item.fill else QBrush())
            painter.drawRect(QRectF(item.x, item.y, item.w, item.h))
        elif isinstance(item, Circle):
            painter.setPen(QPen(QColor(0, 0, 0, 0)))
            painter.setBrush(QBrush(QColor(item.fill or "#000000")))
            painter.drawEllipse(QPointF(item.cx, item.cy), item.r, item.r)
        elif isinstance(item, Line):
            painter.setPen(QPen(QColor(item.stroke), item.stroke_width))
            painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
        elif isinstance(item, TextRun):
            font = QFont("Noto Sans")
            font.setPixelSize(max(1, round(item.size)))
            painter.setFont(font)
            painter.setPen(QColor(item.colour))
            painter.drawText(QPointF(item.x, item.y), item.text)


def install_painter_stand_in() -> bool:
    """Register the stand-in painter if the real Qt painter backend is missing; True if needed."""
    try:
        missing = importlib.util.find_spec("journeymapper.export.qt_painter") is None
    except ModuleNotFoundError:
        missing = True
    if missing:
        painter = types.ModuleType("journeymapper.export.qt_painter")
        painter.paint_group = fake_paint_group  # type: ignore[attr-defined]
        sys.modules["journeymapper.export.qt_painter"] = painter
    return missing


install_painter_stand_in()

# --- environment and windows ------------------------------------------------------------
import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402


@pytest.fixture
def editor_env(qapp: QApplication, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A private state folder and settings file; message boxes fail loudly unless a test answers them."""
    from journeymapper.ui.app import create_application

    state = tmp_path / "state"
    monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(state))
    monkeypatch.setenv("JOURNEYMAPPER_AUTOSAVE_SECONDS", "3600")
    monkeypatch.setenv("JOURNEYMAPPER_CACHE_DIR", str(tmp_path / "cache"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # Every test gets its own settings file, in English whatever the machine's locale.
    ini = tmp_path / "journeymapper.ini"
    monkeypatch.setenv("JOURNEYMAPPER_SETTINGS", str(ini))
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    settings.sync()
    locale = QLocale()
    create_application()
    asked: list[str] = []

    def unexpected(box: QMessageBox) -> int:
        asked.append(box.text())
        raise AssertionError(f"unexpected dialog: {box.windowTitle()}: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    yield tmp_path
    close_all_windows()
    from journeymapper.ui.autosave import find_orphans
    from journeymapper.ui.theme import apply_theme
    from journeymapper.ui.translations import remove_translations

    for entry in find_orphans(state / "recovery"):
        entry.release()
    # A test may have started the editor in Spanish, dark or with large text: later tests must not.
    remove_translations()
    QLocale.setDefault(locale)
    apply_theme(qapp, "light", False)


def make_workspace() -> Any:
    from journeymapper.ui.workspace import Workspace

    return Workspace()


def open_window(qtbot: Any, workspace: Any, journey: JourneyMap | None = None, path: Any = None) -> Any:
    """A shown, active window on `journey` (a fresh 5 A map by default)."""
    window = workspace.new_window(journey or build_template("5a", "en"), path)
    _OPEN.append(window)
    settle(qtbot, window)
    return window


_OPEN: list[Any] = []


def track(window: Any) -> Any:
    """Close `window` (without the unsaved-changes question) when the test ends."""
    _OPEN.append(window)
    return window


def close_all_windows() -> None:
    """Teardown: close every editor window and really delete it before the next test."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.welcome import WelcomeWindow

    for welcome in [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWindow)]:
        welcome.close()
    windows = _OPEN + [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    _OPEN.clear()
    for window in dict.fromkeys(windows):
        try:
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
        except RuntimeError:
            pass  # already deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QApplication.clipboard().clear()  # mime data owned by the clipboard must not outlive the test
    gc.collect()


def settle(qtbot: Any, window: Any) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.raise_()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def vp(view: Any, x: float, y: float) -> QPoint:
    """The viewport position of a scene point (scrolling there first if needed)."""
    view.ensureVisible(x - 2, y - 2, 4, 4, 20, 20)
    return view.mapFromScene(QPointF(x, y))


def centre(box: Any) -> tuple[float, float]:
    return box.x + box.w / 2, box.y + box.h / 2


def click(
    view: Any, x: float, y: float, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, vp(view, x, y))


def double_click(view: Any, x: float, y: float) -> None:
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(view, x, y)
    )


def drag(view: Any, start: tuple[float, float], end: tuple[float, float], steps: int = 6) -> None:
    """Press at `start`, move in steps, release at `end` (scene coordinates)."""
    a = vp(view, *start)
    b = view.mapFromScene(QPointF(*end))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        p = QPoint(round(a.x() + (b.x() - a.x()) * i / steps), round(a.y() + (b.y() - a.y()) * i / steps))
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def key(widget: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, modifier)
