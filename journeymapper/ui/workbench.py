"""The workbench around the canvas: the four panels as dock widgets, and their links to the canvas.

The main window mounts everything with one call, `create_workbench_docks(window)`,
then hands it each document it shows. Docks have object names so that
`QMainWindow.saveState()`/`restoreState()` remember where the user put them. The
workbench never touches the canvas: it asks by signal (highlight these pains,
select this object) and is told what the canvas selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from journeymapper.ui.document import Document
from journeymapper.ui.panels import ActionPlanPanel, InsightsPanel, KpiPanel, OpportunityPanel, PersonaPanel
from journeymapper.ui.panels.lazy import LazyPanels

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
        self._canvas_pains: list[str] = []
        # The panels are made when first needed (their dock comes on screen, someone asks,
        # or after the window's first frame): see `ui/panels/lazy.py`.
        self.panels = LazyPanels(self)
        self.docks: dict[str, QDockWidget] = {
            "personas": self._dock("personas", self.tr("Personas"), PersonaPanel),
            "kpis": self._dock("kpis", self.tr("KPIs"), KpiPanel),
            "action_plan": self._dock("action_plan", self.tr("Action plan"), ActionPlanPanel),
            "opportunities": self._dock("opportunities", self.tr("Opportunities"), OpportunityPanel),
            "insights": self._dock("insights", self.tr("Insights"), InsightsPanel),
        }
        self.docks["action_plan"].visibilityChanged.connect(self._plan_visibility_changed)

    # --- the panels, made on first use ----------------------------------------------
    @property
    def personas(self) -> PersonaPanel:
        return cast(PersonaPanel, self.panels.get("personas"))

    @property
    def kpis(self) -> KpiPanel:
        return cast(KpiPanel, self.panels.get("kpis"))

    @property
    def action_plan(self) -> ActionPlanPanel:
        return cast(ActionPlanPanel, self.panels.get("action_plan"))

    @property
    def opportunities(self) -> OpportunityPanel:
        return cast(OpportunityPanel, self.panels.get("opportunities"))

    @property
    def insights(self) -> InsightsPanel:
        return cast(InsightsPanel, self.panels.get("insights"))

    def _made(self, key: str, panel: QWidget) -> None:
        """Link a panel just made to the canvas's requests and show it the current map."""
        if isinstance(panel, InsightsPanel):
            panel.cards_requested.connect(self.cards_requested)
        elif isinstance(panel, ActionPlanPanel):
            panel.highlight_requested.connect(self.highlight_requested)
            panel.set_canvas_selection(self._canvas_pains)
        elif isinstance(panel, (KpiPanel, OpportunityPanel)):
            panel.select_requested.connect(self.select_requested)
        panel.set_document(self.document)  # type: ignore[attr-defined]  # every panel has it

    def _dock(self, key: str, title: str, make: Callable[[], QWidget]) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(DOCK_NAMES[key])
        # A narrow dock scrolls its panel instead of forcing the window wider than the screen
        # (a 1024-pixel projector with large text: the plan's buttons alone are wider than that).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        dock.setWidget(scroll)

        def made() -> QWidget:
            panel = make()
            self._made(key, panel)
            return panel

        self.panels.add(key, dock, made, scroll.setWidget)
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
        for panel in self.panels.made():  # the others will start from `self.document`
            panel.set_document(doc)  # type: ignore[attr-defined]  # every panel has it
        self.highlight_requested.emit([])

    def toggle_actions(self) -> list[QAction]:
        """Check-able actions for the View menu, one per panel."""
        return [dock.toggleViewAction() for dock in self.docks.values()]

    def set_canvas_selection(self, pain_ids: list[str]) -> None:
        """The pain points now selected on the canvas ("Action from pain point" uses them)."""
        self._canvas_pains = list(pain_ids)
        if self.panels.is_made("action_plan"):
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
        plan = self.action_plan if visible else None
        self.highlight_requested.emit(plan.selected_pain_ids() if plan is not None else [])


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


def arrange_first_run_docks(
    window: QMainWindow, bench: Workbench, inspector: QDockWidget, history: QDockWidget
) -> None:
    """Right: the inspector, with personas and opportunities as tabs beside it, full height.
    Bottom, under the canvas: the action plan, KPIs and history as tabs. The window's
    `restore_layout` may move them after; this is the first-run layout."""
    right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
    window.setCorner(Qt.Corner.BottomRightCorner, right)  # the right column runs full height
    docks = bench.docks
    for dock in (docks["personas"], docks["opportunities"], docks["insights"]):
        window.removeDockWidget(dock)  # placed again below, after the inspector
    window.addDockWidget(right, inspector)
    for dock in (docks["personas"], docks["opportunities"], docks["insights"]):
        window.tabifyDockWidget(inspector, dock)
        dock.show()
    window.addDockWidget(bottom, history)
    window.tabifyDockWidget(docks["kpis"], history)
    inspector.raise_()
    docks["action_plan"].raise_()
