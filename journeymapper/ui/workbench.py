"""The workbench around the canvas: the four panels as dock widgets, and their links to the canvas.

The main window mounts everything with one call, `create_workbench_docks(window)`,
then hands it each document it shows. Docks have object names so that
`QMainWindow.saveState()`/`restoreState()` remember where the user put them. The
workbench never touches the canvas: it asks by signal (highlight these pains,
select this object) and is told what the canvas selected.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from journeymapper.ui.document import Document
from journeymapper.ui.panels import ActionPlanPanel, InsightsPanel, KpiPanel, OpportunityPanel, PersonaPanel

DOCK_NAMES = {
    "personas": "personasDock",
    "kpis": "kpisDock",
    "action_plan": "actionPlanDock",
    "opportunities": "opportunitiesDock",
    "insights": "insightsDock",
}


class Workbench(QObject):
    """The panels, their docks, and the signals the canvas listens to."""

    highlight_requested = Signal(list)  # pain point ids of the selected actions ([] clears)
    select_requested = Signal(str)  # an object id (KPI, opportunity…) to select on the canvas
    cards_requested = Signal(list)  # card ids to select on the canvas (an insight's cards)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.personas = PersonaPanel()
        self.kpis = KpiPanel()
        self.action_plan = ActionPlanPanel()
        self.opportunities = OpportunityPanel()
        self.insights = InsightsPanel()
        self.insights.cards_requested.connect(self.cards_requested)
        self.docks: dict[str, QDockWidget] = {
            "personas": self._dock("personas", self.tr("Personas"), self.personas),
            "kpis": self._dock("kpis", self.tr("KPIs"), self.kpis),
            "action_plan": self._dock("action_plan", self.tr("Action plan"), self.action_plan),
            "opportunities": self._dock("opportunities", self.tr("Opportunities"), self.opportunities),
            "insights": self._dock("insights", self.tr("Insights"), self.insights),
        }
        self.action_plan.highlight_requested.connect(self.highlight_requested)
        self.kpis.select_requested.connect(self.select_requested)
        self.opportunities.select_requested.connect(self.select_requested)
        self.docks["action_plan"].visibilityChanged.connect(self._plan_visibility_changed)

    def _dock(self, key: str, title: str, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(DOCK_NAMES[key])
        # A narrow dock scrolls its panel instead of forcing the window wider than the screen
        # (a 1024-pixel projector with large text: the plan's buttons alone are wider than that).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        dock.setWidget(scroll)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        action = dock.toggleViewAction()
        action.setObjectName(DOCK_NAMES[key] + "Toggle")
        action.setText(title)
        action.setToolTip(self.tr("Show or hide the %s panel") % title)
        return dock

    # --- the main window's calls ------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        """Show `doc` in every panel (None empties and disables them)."""
        self.document = doc
        for panel in (self.personas, self.kpis, self.action_plan, self.opportunities, self.insights):
            panel.set_document(doc)
        self.highlight_requested.emit([])

    def toggle_actions(self) -> list[QAction]:
        """Check-able actions for the View menu, one per panel."""
        return [dock.toggleViewAction() for dock in self.docks.values()]

    def set_canvas_selection(self, pain_ids: list[str]) -> None:
        """The pain points now selected on the canvas ("Action from pain point" uses them)."""
        self.action_plan.set_canvas_selection(pain_ids)

    def create_action_from_pain(self, pain_id: str) -> str | None:
        """Create a linked action for a pain (e.g. from the canvas's context menu) and show the plan."""
        self.docks["action_plan"].show()
        self.docks["action_plan"].raise_()
        return self.action_plan.create_action_from_pain(pain_id)

    def show_kpi(self, kpi_id: str) -> None:
        """Bring the KPI panel forward with one KPI selected (a click on its chip on the canvas)."""
        self.docks["kpis"].show()
        self.docks["kpis"].raise_()
        self.kpis.select_kpi(kpi_id)

    def show_opportunity(self, opportunity_id: str) -> None:
        """Bring the opportunities panel forward on one opportunity (a click on it on the canvas)."""
        self.docks["opportunities"].show()
        self.docks["opportunities"].raise_()
        self.opportunities.select_opportunity(opportunity_id)

    def _plan_visibility_changed(self, visible: bool) -> None:
        # Highlights belong to the plan's selection: hide them with the plan.
        self.highlight_requested.emit(self.action_plan.selected_pain_ids() if visible else [])


def create_workbench_docks(window: QMainWindow) -> Workbench:
    """Create the four panels as docks of `window`: personas and opportunities on the right,
    the action plan and KPIs as tabs at the bottom. `restoreState` may move them after."""
    bench = Workbench(window)
    right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
    window.addDockWidget(right, bench.docks["personas"])
    window.addDockWidget(right, bench.docks["opportunities"])
    window.tabifyDockWidget(bench.docks["personas"], bench.docks["opportunities"])
    window.addDockWidget(right, bench.docks["insights"])
    window.tabifyDockWidget(bench.docks["opportunities"], bench.docks["insights"])
    window.addDockWidget(bottom, bench.docks["action_plan"])
    window.addDockWidget(bottom, bench.docks["kpis"])
    window.tabifyDockWidget(bench.docks["action_plan"], bench.docks["kpis"])
    bench.docks["personas"].raise_()
    bench.docks["action_plan"].raise_()
    return bench
