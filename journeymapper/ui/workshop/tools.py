"""Mounting the workshop tools on a window: their docks, actions and menu.

One call from the main window (`WorkshopTools(window)`) adds the dot-voting and parking-lot
panels as docks beside the inspector, the timer and highlight filter over the canvas,
quick capture, and a Workshop menu with every action — so the main window only learns
that the tools exist, and each tool stays in its own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from journeymapper.ui.workshop.voting import VotingPanel

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow


class WorkshopTools(QObject):
    """The workshop panels and actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.voting = VotingPanel(window.document, window.scene, window.view)
        self.voting.status.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.voting_dock = self._dock(self.tr("Dot Voting"), "votingDock", self.voting)
        self.docks: list[QDockWidget] = [self.voting_dock]
        window.inspector_dock.raise_()  # the inspector stays the panel in front on a first run
        self.actions: dict[str, QAction] = {}
        self._action(
            "voting_round",
            self.tr("Start / End &Voting Round"),
            self.tr("Digits give the selected item a participant's dot while a round runs"),
            "Ctrl+Shift+V",
            self._toggle_round,
        )
        self._action(
            "quick_capture",
            self.tr("&Quick Capture…"),
            self.tr("Type or paste lines; each becomes a card in the cursor's cell (one undo step)"),
            "Ctrl+K",
            self.quick_capture,
        )

    def quick_capture(self) -> object:
        from journeymapper.ui.workshop.capture import quick_capture

        return quick_capture(self.window.editor, self.window)

    def _dock(self, title: str, name: str, widget: object) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)  # type: ignore[arg-type]
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window.tabifyDockWidget(self.window.inspector_dock, dock)
        return dock

    def _action(self, name: str, text: str, tip: str, key: str, handler: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if key:
            action.setShortcut(key)
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if key else tip)
        action.triggered.connect(lambda checked=False: handler())  # type: ignore[operator]
        self.window.addAction(action)
        self.actions[name] = action
        return action

    def _toggle_round(self) -> None:
        if not self.window.document.journey.participants:
            self.voting_dock.show()
            self.voting_dock.raise_()
            self.voting.name.setFocus()
            self.window.statusBar().showMessage(self.tr("Add the participants first."), 6000)
            return
        self.voting.toggle_round()
        if self.voting.in_round:
            self.voting_dock.show()
            self.voting_dock.raise_()
            self.window.view.setFocus()

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions(list(self.actions.values()))
        menu.addSeparator()
        menu.addActions([dock.toggleViewAction() for dock in self.docks])
