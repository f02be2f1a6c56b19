"""The workbench mounted in the main window and linked with the canvas, driven with real events.

Every check reads the model, the undo stack or the scene's own state: plan rows
highlight their pains on the canvas, a pain selected on the canvas becomes an action
in one undo step on the canvas's stack, panels follow canvas undo, chips open their
panels, and the dock layout and window geometry come back in the next window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402
from ui_helpers import (  # noqa: E402
    centre,
    click,
    editor_env,  # noqa: E402, F401  (fixture)
    key,
    make_workspace,
    open_window,
)

from journeymapper.fileformat import save_journey  # noqa: E402
from journeymapper.layout.display import TextRun  # noqa: E402
from journeymapper.model.entities import Action, Kpi, Opportunity, PainPoint, Persona, Touchpoint  # noqa: E402
from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.model.vocabulary import KpiKind  # noqa: E402
from journeymapper.ui.workbench import DOCK_NAMES  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # private state folder and settings file


def sample_map() -> JourneyMap:
    """A 5 A map: two cards, a pain on each, an action linked to the first, a KPI, an opportunity."""
    journey = build_template("5a", "en")
    accept, adopt, lane = journey.stages[1].id, journey.stages[2].id, journey.lanes[1].id
    journey.touchpoints += [
        Touchpoint(id="tp-1", stage_id=accept, lane_id=lane, title="Checkout"),
        Touchpoint(id="tp-2", stage_id=adopt, lane_id=lane, title="Delivery"),
    ]
    journey.pain_points += [
        PainPoint(id="pp-1", touchpoint_id="tp-1", text="Delivery cost hidden", severity=4),
        PainPoint(id="pp-2", touchpoint_id="tp-2", text="Parcel left outside", severity=2),
    ]
    journey.actions.append(
        Action(id="act-1", task="Show the cost early", stage_id=accept, pain_point_ids=["pp-1"])
    )
    journey.kpis.append(Kpi(id="kpi-1", stage_id=accept, kind=KpiKind.CSAT, name="Checkout CSAT", target=80))
    journey.opportunities.append(Opportunity(id="op-1", stage_id=adopt, text="Safe-place photos"))
    journey.personas.append(Persona(id="pe-1", name="Priya", role="Parent"))
    return journey


def title_block_texts(window) -> list[str]:
    group = window.scene.layout.groups[("title-block", "")]
    return [item.text for item in group.items if isinstance(item, TextRun)]


def click_row(table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


def test_workbench_docks_are_mounted_and_follow_document_switches(qtbot, tmp_path):
    workspace = make_workspace()
    first = open_window(qtbot, workspace)
    bench = first.workbench
    for name in DOCK_NAMES.values():
        dock = first.findChild(QDockWidget, name)
        assert dock is not None and dock.parent() is first, name
    panels = (bench.personas, bench.kpis, bench.action_plan, bench.opportunities)
    assert all(panel.document is first.document for panel in panels)
    view_menu = next(a.menu() for a in first.menuBar().actions() if a.text() == "&View")
    assert all(toggle in view_menu.actions() for toggle in bench.toggle_actions())
    # Opening a map from the untouched untitled window: the new window's panels show the new map,
    # the window that made way lets go of its document.
    path = tmp_path / "shop.journey"
    save_journey(sample_map(), path)
    second = workspace.open_path(path, first)
    assert second is not None and second is not first
    assert second.workbench.personas.list.item(0).text().startswith("Priya")
    assert second.workbench.action_plan.model.ids() == ["act-1"]
    assert all(panel.document is None and not panel.isEnabled() for panel in panels)


def test_selecting_a_plan_row_highlights_its_pains_apart_from_the_selection(qtbot):
    window = open_window(qtbot, make_workspace(), sample_map())
    scene, table = window.scene, window.workbench.action_plan.table
    assert scene.highlighted_keys() == {}
    click_row(table, 0)
    assert scene.highlighted_keys() == {("pain", "pp-1"): "strong", ("card", "tp-1"): "soft"}
    assert scene.item_for(("pain", "pp-1")).highlight == "strong"
    assert scene.item_for(("card", "tp-1")).highlight == "soft"
    assert scene.item_for(("pain", "pp-2")).highlight == ""
    assert scene.selectedItems() == []  # a highlight is not a selection
    # Selecting on the canvas leaves the plan's highlight alone; editing re-lays out and keeps it.
    click(window.view, *centre(scene.item_for(("card", "tp-2")).layout_group))
    key(window.view, Qt.Key.Key_2)
    assert scene.highlighted_pain_ids() == ["pp-1"]
    assert scene.item_for(("pain", "pp-1")).highlight == "strong"
    table.clearSelection()
    assert scene.highlighted_keys() == {}
    assert scene.item_for(("card", "tp-1")).highlight == ""


def test_pain_selected_on_canvas_becomes_an_action_in_one_undo_step(qtbot):
    window = open_window(qtbot, make_workspace(), sample_map())
    journey, stack, scene = window.document.journey, window.document.undo_stack, window.scene
    create = window.editor_actions["action_for_pain"]
    assert not create.isEnabled()
    click(window.view, *centre(scene.item_for(("card", "tp-2")).layout_group))
    key(window.view, Qt.Key.Key_4)  # a canvas edit first: the emotion
    assert stack.count() == 1
    click(window.view, *centre(scene.item_for(("pain", "pp-2")).layout_group))
    assert scene.selected_pain_ids() == ["pp-2"]
    assert create.isEnabled() and window.workbench.action_plan.canvas_pains == ["pp-2"]
    assert create in window.menus.build(("pain", "pp-2"), None).actions()  # also on its context menu
    create.trigger()
    new = journey.actions[-1]
    assert len(journey.actions) == 2 and new.pain_point_ids == ["pp-2"]
    assert stack.count() == 2  # one step, on the canvas's stack
    assert window.workbench.docks["action_plan"].isVisible()
    assert window.workbench.action_plan.table.selected_ids() == [new.id]
    stack.undo()
    assert [a.id for a in journey.actions] == ["act-1"]
    assert window.workbench.action_plan.model.ids() == ["act-1"]
    stack.undo()
    assert journey.touchpoint("tp-2").emotion is None
    click(window.view, *centre(scene.item_for(("card", "tp-1")).layout_group))
    assert not create.isEnabled()  # a card, not a pain


def test_canvas_undo_of_a_panel_edit_updates_the_panel_and_the_title_block(qtbot):
    window = open_window(qtbot, make_workspace(), sample_map())
    personas = window.workbench.personas
    window.workbench.docks["personas"].raise_()
    personas.select_persona("pe-1")
    assert "Priya" in title_block_texts(window)  # the main persona (the first, when none is chosen)
    personas.name.selectAll()
    QTest.keyClicks(personas.name, "Marta")
    QTest.keyClick(personas.name, Qt.Key.Key_Return)
    assert window.document.journey.personas[0].name == "Marta"
    assert "Marta" in title_block_texts(window)  # live, without a rebuild of the map
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.personas[0].name == "Priya"
    assert personas.name.text() == "Priya" and personas.list.item(0).text().startswith("Priya")
    assert "Priya" in title_block_texts(window)
    # A second persona made the main one shows in the title block instead.
    personas.add_button.click()
    personas.name.selectAll()
    QTest.keyClicks(personas.name, "Luis")
    QTest.keyClick(personas.name, Qt.Key.Key_Return)
    personas.main.click()
    assert window.document.journey.main_persona_id == personas.current_id()
    assert "Luis" in title_block_texts(window) and "Priya" not in title_block_texts(window)


def test_kpi_chip_click_opens_the_kpi_panel_and_show_on_canvas_selects_the_chip(qtbot):
    window = open_window(qtbot, make_workspace(), sample_map())
    bench, scene = window.workbench, window.scene
    bench.docks["action_plan"].raise_()  # the KPIs tab is behind the plan
    click(window.view, *centre(scene.item_for(("kpi", "kpi-1")).layout_group))
    assert bench.docks["kpis"].isVisible() and bench.kpis.table.selected_ids() == ["kpi-1"]
    assert scene.selected_keys() == [("kpi", "kpi-1")]
    assert window.inspector.heading.text() == "KPI"
    # Typing the actual value in the KPI table updates the chip on the canvas (one undo step).
    table = bench.kpis.table
    column = next(
        c
        for c in range(table.model().columnCount())
        if table.model().headerData(c, Qt.Orientation.Horizontal) == "Actual"
    )
    index = table.model().index(0, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    QTest.keyClicks(editor, "72")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.document.journey.kpis[0].actual == 72
    chip = scene.item_for(("kpi", "kpi-1")).layout_group
    assert any("72" in run.text for run in chip.items if isinstance(run, TextRun))
    assert window.document.undo_stack.count() == 1
    scene.select_keys([])
    QTest.mouseClick(bench.kpis.show_button, Qt.MouseButton.LeftButton)
    assert scene.selected_keys() == [("kpi", "kpi-1")]
    bench.opportunities.select_opportunity("op-1")
    QTest.mouseClick(bench.opportunities.show_button, Qt.MouseButton.LeftButton)
    assert scene.selected_keys() == [("opportunity", "op-1")]
    scene.select_keys([])
    click(window.view, *centre(scene.item_for(("opportunity", "op-1")).layout_group))
    assert bench.opportunities.current_id() == "op-1" and bench.docks["opportunities"].isVisible()


def test_dock_layout_and_geometry_come_back_in_the_next_window(qtbot):
    first = open_window(qtbot, make_workspace())
    plan, kpis = first.workbench.docks["action_plan"], first.workbench.docks["kpis"]
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, plan)
    kpis.close()
    first.resize(760, 620)  # the offscreen screen is 800 × 800: stay inside it
    QApplication.processEvents()
    assert (first.width(), first.height()) == (760, 620)  # narrow docks scroll, the window fits
    first.close()
    second = open_window(qtbot, make_workspace())
    assert (
        second.dockWidgetArea(second.workbench.docks["action_plan"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    )
    assert not second.workbench.docks["kpis"].isVisible()
    assert second.workbench.docks["personas"].toggleViewAction().isChecked()
    assert (second.width(), second.height()) == (760, 620)


def test_every_tr_call_in_the_ui_has_literal_texts():
    """pyside6-lupdate only sees literal strings: no variables, f-strings or concatenations in tr()."""
    import ast
    from pathlib import Path

    import journeymapper.ui

    offenders = []
    for path in sorted(Path(journeymapper.ui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Attribute, ast.Name)):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            literal_args = 2 if name == "translate" else 1 if name == "tr" else 0
            if name == "translate" and ast.unparse(node.func) not in (
                "QCoreApplication.translate",
                "QApplication.translate",
            ):
                continue
            args = node.args[:literal_args]
            helper = ast.unparse(node) in (
                'QCoreApplication.translate("Actions", text)',
                'QCoreApplication.translate("Dialogs", text)',
                "QCoreApplication.translate('Actions', text)",
                "QCoreApplication.translate('Dialogs', text)",
                "QCoreApplication.translate('Dialogs', text, disambiguation, n)",  # plurals
                "QCoreApplication.translate('QuickCapture', text, disambiguation, n)",
                # translations.translated: the core's messages, marked by QT_TRANSLATE_NOOP
                "QCoreApplication.translate(context, template)",
            )
            if (
                literal_args
                and not helper
                and not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
            ):
                offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert offenders == []
