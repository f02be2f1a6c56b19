"""Keyboard focus between the canvas and the panels: Ctrl+1…9 jump, Escape comes back.

In a workshop the facilitator types into a panel for a moment and must get back to
the map without reaching for the mouse. Escape pressed in a panel (and not used by
the widget itself, e.g. to close a popup or cancel a table edit) returns focus to the
canvas; Ctrl+1 is the canvas and Ctrl+2… the panels in the order of the View menu.
The jumps are QActions, so Help ▸ Keyboard Shortcuts lists them with everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first widget inside `widget`, in Tab order, that takes focus (scroll areas are only frames)."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            widget.isAncestorOf(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(candidate, (QDockWidget, QScrollArea))
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


class PanelFocus(QObject):
    """Owns the Ctrl+digit actions and the Escape-to-canvas filter of one window."""

    def __init__(self, window: QWidget, canvas: QWidget, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = canvas
        self.docks: list[QDockWidget] = []
        self.actions: list[QAction] = []
        go = QAction(self.tr("Go to the Map"), window)
        go.setObjectName("action_focus_canvas")
        go.setShortcut("Ctrl+1")
        go.setStatusTip(self.tr("Put the keyboard on the map canvas"))
        go.triggered.connect(self.focus_canvas)
        window.addAction(go)
        self.actions.append(go)
        for dock in docks:
            self.add_dock(dock)

    def add_dock(self, dock: QDockWidget) -> None:
        """Give `dock` the next Ctrl+digit (up to Ctrl+9) and let Escape leave it."""
        self.docks.append(dock)
        dock.installEventFilter(self)
        number = len(self.docks) + 1
        if number > 9:
            return
        action = QAction(self.tr("Go to %1").replace("%1", dock.windowTitle()), self.window)
        action.setObjectName(f"action_focus_{dock.objectName()}")
        action.setShortcut(f"Ctrl+{number}")
        action.setStatusTip(self.tr("Show the panel and put the keyboard in it"))
        action.triggered.connect(lambda checked=False, d=dock: self.focus_dock(d))
        self.window.addAction(action)
        self.actions.append(action)

    def focus_canvas(self) -> None:
        self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        widget = dock.widget()
        target = first_focusable(widget) if widget is not None else None
        (target or dock).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key event a child ignored travels up to the dock: Escape nobody used → the canvas.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.focus_canvas()
            return True
        return False
