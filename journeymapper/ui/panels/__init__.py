"""The workbench panels around the canvas: personas, KPIs, action plan and opportunities.

Each panel edits its part of the map only through commands on the document's undo
stack and redraws from the document's change notifications; `ui/workbench.py`
mounts them as dock widgets.
"""

from journeymapper.ui.panels.action_plan import ActionPlanPanel
from journeymapper.ui.panels.insights import InsightsPanel
from journeymapper.ui.panels.kpis import KpiPanel
from journeymapper.ui.panels.opportunities import OpportunityPanel
from journeymapper.ui.panels.personas import PersonaPanel

__all__ = ["ActionPlanPanel", "InsightsPanel", "KpiPanel", "OpportunityPanel", "PersonaPanel"]
