"""What a window's first frame waits for, and what comes right after it (issue 8).

The panels on screen when a window opens (the inspector, the action plan) are made before
it is first painted; the panels behind other tabs, the inspector's other forms and the
minimap's drawing come in the turns of the event loop after the first frame. Whatever
happens in between (edits, a selection, Ctrl+digit), each panel shows the map as it is
when the user first looks at it, and the keyboard reaches every panel as before.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit  # noqa: E402
from ui_helpers import editor_env, make_workspace, track  # noqa: E402, F401  (fixture)

from journeymapper.model.commands import AddItem, UpdateItem  # noqa: E402
from journeymapper.model.entities import Kpi, Opportunity, Persona  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.inspector import form_row_widget  # noqa: E402
from journeymapper.ui.workshop.focus import first_focusable  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")

LATER = ("personas", "kpis", "opportunities", "insights")  # behind other tabs when a window opens


def shown_window(qtbot):
    """A window shown but not yet painted: nothing after `show()` has run."""
    window = track(make_workspace().new_window(build_template("5a", "en"), show=False))
    window.show()
    return window


def test_panels_on_screen_are_made_before_the_first_frame_the_others_right_after(qtbot):
    window = shown_window(qtbot)
    bench, tools = window.workbench.panels, window.workshop.panels
    # On screen: made before anything is painted, showing this map.
    assert bench.is_made("action_plan")
    form = window.inspector.forms["map"]
    assert form is window.inspector.stack.currentWidget()
    title = form_row_widget(form, "Title:")
    assert isinstance(title, QLineEdit) and title.text() == window.document.journey.title
    # Behind other tabs: not made yet, so the first frame does not wait for them.
    assert not any(bench.is_made(key) for key in LATER)
    assert not tools.is_made("voting") and not tools.is_made("parking")
    QApplication.processEvents()  # the first frame
    window.view.viewport().repaint()
    qtbot.waitUntil(lambda: all(bench.is_made(key) for key in LATER), timeout=3000)
    qtbot.waitUntil(lambda: tools.is_made("voting") and tools.is_made("parking"), timeout=3000)
    qtbot.waitUntil(lambda: window.inspector.stack.count() == 1 + len(window.inspector.forms), timeout=3000)
    for key in LATER:  # each in its own dock's scroll area
        dock = window.workbench.docks[key]
        assert dock.widget().widget() is bench.get(key)


def test_a_panel_made_late_shows_the_map_as_it_is_when_first_looked_at(qtbot):
    window = shown_window(qtbot)
    doc, journey = window.document, window.document.journey
    assert not window.workbench.panels.is_made("personas")
    # Edits before the panels behind the tabs exist: they must not be missed.
    doc.push(AddItem("personas", Persona(id="pe-late", name="Late Lucia")), "Add persona")
    doc.push(AddItem("kpis", Kpi(id="kpi-late", stage_id=journey.stages[0].id, name="Late KPI")), "Add KPI")
    doc.push(AddItem("opportunities", Opportunity(id="op-late", stage_id=journey.stages[1].id,
                                                  text="A late idea")), "Add opportunity")
    doc.push(UpdateItem("personas", "pe-late", {"name": "Lucia, renamed"}), "Rename persona")
    assert not window.workbench.panels.is_made("personas")
    # The user looks: raising the tab makes the panel, with everything above in it.
    dock = window.workbench.docks["personas"]
    dock.raise_()
    QApplication.processEvents()
    personas = window.workbench.personas
    assert personas.list.item(personas.list.count() - 1).text().startswith("Lucia, renamed")
    kpis = window.workbench.kpis
    assert any("Late KPI" in str(kpis.model.index(r, c).data())
               for r in range(kpis.model.rowCount()) for c in range(kpis.model.columnCount()))
    opportunities = window.workbench.opportunities
    assert any("A late idea" in opportunities.list.item(i).text() for i in range(opportunities.list.count()))
    # And they follow later edits like any panel.
    doc.undo_stack.undo()
    assert personas.list.item(personas.list.count() - 1).text().startswith("Late Lucia")


@pytest.mark.parametrize("when", ["before the panels are made", "after"])
def test_ctrl_digits_reach_every_panel(qtbot, when):
    window = shown_window(qtbot)
    window.activateWindow()
    if when == "after":
        QApplication.processEvents()
        window.view.viewport().repaint()
        qtbot.waitUntil(lambda: all(window.workbench.panels.is_made(k) for k in LATER), timeout=3000)
    focus = window.panel_focus
    assert [a.shortcut().toString() for a in focus.actions[1:]] == [f"Ctrl+{n}" for n in range(2, 10)]
    for action, dock in zip(focus.actions[1:], focus.docks, strict=False):
        action.trigger()  # no event processing in between: the panel must be there at once
        assert isinstance(dock, QDockWidget) and dock.isVisible(), dock.objectName()
        target = first_focusable(dock.widget())
        assert target is not None, dock.objectName()  # the panel is there, with a field to type in
        focused = QApplication.focusWidget()
        assert focused is None or dock.isAncestorOf(focused), dock.objectName()
