"""Mounting the workshop tools on a window: their docks, actions and menu.

One call from the main window (`WorkshopTools(window)`) adds the dot-voting and parking-lot
panels as docks beside the inspector, the timer and highlight filter over the canvas,
quick capture, and a Workshop menu with every action — so the main window only learns
that the tools exist, and each tool stays in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollArea, QToolBar, QWidget

from journeymapper.ui.panels.lazy import LazyPanels
from journeymapper.ui.workshop.filters import HighlightFilter
from journeymapper.ui.workshop.parking import IdeaDrop, ParkingLotPanel
from journeymapper.ui.workshop.timer import WorkshopTimer
from journeymapper.ui.workshop.voting import VotingPanel

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow


class WorkshopTools(QObject):
    """The workshop panels and actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # The panels are made when first needed (see `ui/panels/lazy.py`): behind the action
        # plan's tab, neither is on screen when a window opens.
        self.panels = LazyPanels(self)
        self.voting_dock = self._dock(self.tr("Dot Voting"), "votingDock", "voting", self._make_voting)
        self.parking_dock = self._dock(self.tr("Parking Lot"), "parkingDock", "parking", self._make_parking)
        self.idea_drop: IdeaDrop | None = None  # made with the parking lot: ideas are dragged from it
        self.docks: list[QDockWidget] = [self.voting_dock, self.parking_dock]
        self.timer = WorkshopTimer(window.view.viewport())
        self.timer.finished.connect(lambda: window.statusBar().showMessage(self.tr("Time is up."), 10000))
        self.filter = HighlightFilter(window.scene, str(window.document.journey.language))
        self.filter_bar = QToolBar(self.tr("Highlight"), window)
        self.filter_bar.setObjectName("highlightToolbar")
        self.filter_bar.addWidget(self.filter)
        window.workbench.docks["action_plan"].raise_()  # the plan stays in front on a first run
        self.actions: dict[str, QAction] = {}
        self._action(
            "voting_round",
            self.tr("Start / End &Voting Round"),
            self.tr("Digits give the selected item a participant's dot while a round runs"),
            "Ctrl+Shift+V",
            self._toggle_round,
        )
        self._action(
            "park_card",
            self.tr("Par&k Card"),
            self.tr("Move the selected card to the parking lot"),
            "Shift+P",
            lambda: self.parking.park_card(),
        )
        self._action(
            "timer_start",
            self.tr("Start / Pause &Timer"),
            self.tr("A countdown in the corner of the map, also in the presentation view"),
            "Ctrl+T",
            self.timer.start_pause,
        )
        self._action(
            "timer_reset",
            self.tr("R&eset Timer"),
            self.tr("Back to the full duration"),
            "Ctrl+Shift+T",
            self.timer.reset,
        )
        self._action(
            "timer_duration",
            self.tr("Set Timer &Duration…"),
            self.tr("How many minutes the timer counts down"),
            "",
            self.timer.ask_duration,
        )
        self._action(
            "timer_hide", self.tr("&Hide Timer"), self.tr("Take the timer off the map"), "", self.timer.hide
        )
        self._action(
            "highlight",
            self.tr("Highli&ght Cards…"),
            self.tr("Show only the cards of a channel, owner, evidence level, persona or tag; the rest dims"),
            "Ctrl+Shift+H",
            self.focus_filter,
        )
        self._action(
            "quick_capture",
            self.tr("&Quick Capture…"),
            self.tr("Type or paste lines; each becomes a card in the cursor's cell (one undo step)"),
            "Ctrl+K",
            self.quick_capture,
        )

    @property
    def voting(self) -> VotingPanel:
        return cast(VotingPanel, self.panels.get("voting"))

    @property
    def parking(self) -> ParkingLotPanel:
        return cast(ParkingLotPanel, self.panels.get("parking"))

    def _make_voting(self) -> VotingPanel:
        window = self.window
        panel = VotingPanel(window.document, window.scene, window.view)
        panel.status.connect(lambda text: window.statusBar().showMessage(text, 6000))
        return panel

    def _make_parking(self) -> ParkingLotPanel:
        panel = ParkingLotPanel(self.window.editor)
        panel.status.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        self.idea_drop = IdeaDrop(panel, self.window)  # an idea dragged from the lot onto the map
        return panel

    def focus_filter(self) -> None:
        self.filter_bar.show()
        self.filter.field.setFocus()  # Up/Down pick what to filter by, Tab goes to the value

    def quick_capture(self) -> object:
        from journeymapper.ui.workshop.capture import quick_capture

        return quick_capture(self.window.editor, self.window)

    def _dock(self, title: str, name: str, key: str, make: Callable[[], QWidget]) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        scroll = QScrollArea()  # the panel scrolls in a short dock rather than squeezing the canvas
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        dock.setWidget(scroll)
        self.panels.add(key, dock, make, scroll.setWidget)
        # Under the canvas, beside the action plan and history: the right column's tabs are full.
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.window.tabifyDockWidget(self.window.history_dock, dock)
        return dock

    def mount_toolbar(self) -> None:
        """After the main toolbar: the highlight filter, hidden until Ctrl+Shift+H asks for it."""
        self.window.addToolBar(self.filter_bar)
        self.filter_bar.hide()

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
        if self.voting.in_round and not self.window.presentation.active:  # the wall shows only the map
            self.voting_dock.show()
            self.voting_dock.raise_()
            self.window.view.setFocus()

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions(list(self.actions.values()))
        menu.addSeparator()
        menu.addActions([dock.toggleViewAction() for dock in self.docks])
        menu.addAction(self.filter_bar.toggleViewAction())
