"""The Insights panel: the analysis's questions for the team, each one a way into the map.

Clicking a finding selects its cards on the canvas. The panel follows the map as it
changes, but never on the edit's own time: changes only mark it stale and restart a
short timer, so a burst of typing costs one analysis after the typing stops, and a
hidden panel does no work at all until it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journeymapper.model.analysis import analyse
from journeymapper.model.commands import Change
from journeymapper.model.insights import Finding
from journeymapper.ui.panels.binding import DocumentPanel, ui_language

CARD_IDS = Qt.ItemDataRole.UserRole
DELAY_MS = 400  # after the last change: long enough to skip a burst of keystrokes
AFTER_SHOW_MS = 30  # after the panel (and the window around it) appears: its first frame first


class InsightsPanel(DocumentPanel):
    """A list of findings phrased as questions; a click selects the finding's cards."""

    collections = frozenset(
        {"touchpoints", "connections", "pain_points", "stages", "lanes", "actions", "kpis"}
    )
    cards_requested = Signal(list)  # card ids to select on the canvas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPanel")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("insightsSummary")
        self.list = QListWidget()
        self.list.setObjectName("insightsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("Click a question to select its cards on the map"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._update_if_seen)
        self._dock: QDockWidget | None = None
        self.stale = True
        self.runs = 0  # how many analyses ran (tests check edits do not each trigger one)
        self._findings: list[Finding] = []

    def refresh(self, changes: list[Change] | None) -> None:
        """Mark stale; analyse later, and only while shown (opening a big map pays nothing here)."""
        self.stale = True
        if changes is None:  # another map: nothing of the old one may stay on screen
            self.list.clear()
            self._findings = []
            self.summary.setText("")
        if self.isVisible() and self.journey is not None:
            self.timer.start(0 if changes is None else DELAY_MS)

    def _update_if_seen(self) -> None:
        """Analyse unless the panel is a tab behind another: Qt keeps those "visible", moved
        off screen, and the analysis of a 50,000-card map nobody looks at took 0.8 s of opening.
        Its dock's tab being chosen starts the timer again."""
        if not self.visibleRegion().isEmpty():
            self.update_now()

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self.stale and self.journey is not None:
            self.timer.start(AFTER_SHOW_MS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and dock is not self._dock:  # a tab chosen: shown for the eye
            self._dock = dock
            dock.visibilityChanged.connect(self._dock_visibility)
        if self.stale:
            # A moment after showing, not at once: when a window opens with this panel in view,
            # the map's first frame comes before the analysis (40 ms at 1,000 cards).
            self.timer.start(AFTER_SHOW_MS)

    def findings(self) -> list[Finding]:
        """The findings shown, in list order (kept in Python: Qt item data holds only strings)."""
        return list(self._findings)

    def update_now(self) -> None:
        """Run the analysis and show its findings (keeps the selected question if it is still there)."""
        self.timer.stop()
        journey = self.journey
        current = self.list.currentItem().text() if self.list.currentItem() else None
        self.list.clear()
        self._findings = []
        if journey is None:
            self.summary.setText("")
            return
        self.runs += 1
        report = analyse(journey, language=ui_language())
        self.stale = False
        self.summary.setText(
            self.tr("%n question(s) for the team", "", len(report.findings))
            if report.findings
            else self.tr("No questions yet: connect cards, add emotions, pains, channels and owners.")
        )
        self._findings = sorted(report.findings, key=lambda f: -f.weight)
        for finding in self._findings:
            item = QListWidgetItem(finding.question)
            item.setData(CARD_IDS, list(finding.cards))
            item.setToolTip(finding.question)
            self.list.addItem(item)
            if finding.question == current:
                self.list.setCurrentItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        cards = item.data(CARD_IDS) or []
        if cards:
            self.cards_requested.emit(list(cards))
