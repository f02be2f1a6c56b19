"""The workbench panels driven with real widgets; every check reads the model and the undo stack."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv  # noqa: E402
import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QFocusEvent, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow, QWidget  # noqa: E402

from journeymapper.model.commands import AddItem, RemoveItems, UpdateItem  # noqa: E402
from journeymapper.model.entities import (  # noqa: E402
    Action,
    Kpi,
    Opportunity,
    PainPoint,
    Persona,
    Touchpoint,
)
from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.model.vocabulary import ActionCategory, KpiKind, PainKind, Priority  # noqa: E402
from journeymapper.ui.document import Document  # noqa: E402
from journeymapper.ui.panels import ActionPlanPanel, KpiPanel, OpportunityPanel, PersonaPanel  # noqa: E402
from journeymapper.ui.panels.table_model import ClearableDateEdit  # noqa: E402
from journeymapper.ui.workbench import DOCK_NAMES, create_workbench_docks  # noqa: E402


def sample_map(language: str = "en") -> JourneyMap:
    """A 5 A map with a card, two pains, a persona, a KPI, an action and an opportunity."""
    journey = build_template("5a", language)
    accept, lane = journey.stages[1].id, journey.lanes[1].id
    journey.touchpoints.append(Touchpoint(id="tp-1", stage_id=accept, lane_id=lane, title="Checkout"))
    journey.pain_points += [
        PainPoint(id="pp-1", touchpoint_id="tp-1", text="Delivery cost hidden until the last step",
                  kind=PainKind.PROBLEM, severity=4),
        PainPoint(id="pp-2", stage_id=journey.stages[0].id, text="Ads promise too much", severity=2),
    ]
    journey.personas.append(Persona(id="pe-1", name="Priya", role="Parent", goals=["Calm home office"]))
    journey.kpis.append(Kpi(id="kpi-1", stage_id=accept, kind=KpiKind.CSAT, name="Checkout CSAT",
                            unit="%", target=80, actual=70))
    journey.actions.append(Action(id="act-1", task="Show delivery cost early", stage_id=accept,
                                  pain_point_ids=["pp-1"], priority=Priority.LOW, owner="Web team"))
    journey.opportunities.append(Opportunity(id="op-1", stage_id=accept, text="Guest checkout"))
    return journey


@pytest.fixture
def doc(qtbot) -> Document:
    return Document(sample_map())


def mount(qtbot, panel: QWidget, doc: Document) -> QWidget:
    qtbot.addWidget(panel)
    panel.set_document(doc)
    panel.resize(900, 700)
    panel.show()
    return panel


def finish_editing(widget: QWidget) -> None:
    """Focus leaves a field: what happens when the user clicks elsewhere."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))


def retype(edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def edit_cell(table, row: int, column: int) -> QWidget:
    """Open the view's own editor (the delegate's) on a cell and return it."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


def commit_editor(editor: QWidget) -> None:
    """Press Enter in a cell editor; the delegate commits on the next turn of the event loop."""
    target = editor.date_edit if isinstance(editor, ClearableDateEdit) else editor
    QTest.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()


# --- personas -----------------------------------------------------------------------------
def test_persona_add_rename_delete_each_one_undo_step(qtbot, doc):
    panel = mount(qtbot, PersonaPanel(), doc)
    journey, stack = doc.journey, doc.undo_stack
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in journey.personas] == ["Priya", "New persona"]
    assert stack.count() == 1 and panel.list.count() == 2
    retype(panel.name, "Marta")
    assert journey.personas[1].name == "Marta"
    assert stack.count() == 2
    assert panel.list.item(1).text().startswith("Marta")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in journey.personas] == ["Priya"]
    stack.undo()
    assert [p.name for p in journey.personas] == ["Priya", "Marta"]
    stack.undo()
    assert journey.personas[1].name == "New persona"
    panel.select_persona(journey.personas[1].id)
    assert panel.name.text() == "New persona"  # the form follows the undo
    stack.undo()
    assert [p.name for p in journey.personas] == ["Priya"] and panel.list.count() == 1


def test_persona_goals_one_per_line_commit_on_focus_out(qtbot, doc):
    panel = mount(qtbot, PersonaPanel(), doc)
    panel.goals.clear()
    QTest.keyClicks(panel.goals, "Buy in one evening")
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClicks(panel.goals, "  ")
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClicks(panel.goals, "Know the delivery day")
    assert doc.journey.personas[0].goals == ["Calm home office"]  # nothing until editing ends
    finish_editing(panel.goals)
    assert doc.journey.personas[0].goals == ["Buy in one evening", "Know the delivery day"]
    assert doc.undo_stack.count() == 1
    finish_editing(panel.goals)  # unchanged: no empty undo step
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert panel.goals.toPlainText() == "Calm home office"


def test_persona_main_toggle_and_reorder(qtbot, doc):
    doc.journey.personas.append(Persona(id="pe-2", name="Luis"))
    panel = mount(qtbot, PersonaPanel(), doc)
    panel.select_persona("pe-2")
    qtbot.mouseClick(panel.main, Qt.MouseButton.LeftButton, pos=QPoint(6, panel.main.height() // 2))
    assert doc.journey.main_persona_id == "pe-2"
    assert "★" in panel.list.item(1).text()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in doc.journey.personas] == ["pe-2", "pe-1"]
    assert panel.current_id() == "pe-2" and panel.list.currentRow() == 0
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.journey.main_persona_id is None and not panel.main.isChecked()
    assert [p.id for p in doc.journey.personas] == ["pe-1", "pe-2"]


def test_persona_photo_valid_and_refused(qtbot, doc, tmp_path, monkeypatch):
    panel = mount(qtbot, PersonaPanel(), doc)
    good = tmp_path / "face.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(good))
    monkeypatch.setattr("journeymapper.ui.panels.personas.QFileDialog.getOpenFileName",
                        lambda *args, **kw: (str(good), ""))
    qtbot.mouseClick(panel.choose_photo_button, Qt.MouseButton.LeftButton)
    photo = doc.journey.personas[0].photo
    assert photo is not None and photo.media_type == "image/png"
    assert doc.undo_stack.count() == 1 and panel.remove_photo_button.isEnabled()
    bad = tmp_path / "notes.png"
    bad.write_text("not an image at all")
    assert panel.set_photo_from_file(bad) is False
    assert panel.photo_error.isVisibleTo(panel) and "PNG or JPEG" in panel.photo_error.text()
    assert doc.journey.personas[0].photo == photo and doc.undo_stack.count() == 1
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (3 * 1024 * 1024))
    assert panel.set_photo_from_file(huge) is False
    assert "MB" in panel.photo_error.text()
    qtbot.mouseClick(panel.remove_photo_button, Qt.MouseButton.LeftButton)
    assert doc.journey.personas[0].photo is None


def test_persona_panel_follows_outside_edits_without_echo(qtbot, doc):
    panel = mount(qtbot, PersonaPanel(), doc)
    panel.role.setText("typing, not committed")  # the user is mid-edit in another field
    doc.push(UpdateItem("personas", "pe-1", {"name": "Priya S."}), "rename elsewhere")
    assert panel.name.text() == "Priya S." and panel.list.item(0).text().startswith("Priya S.")
    assert panel.role.text() == "typing, not committed"
    assert doc.undo_stack.count() == 1
    doc.push(AddItem("personas", Persona(id="pe-9", name="Zoe")), "add elsewhere")
    assert panel.list.count() == 2 and doc.undo_stack.count() == 2


# --- KPIs ---------------------------------------------------------------------------------
def test_kpi_add_edit_through_delegates_and_delete(qtbot, doc):
    panel = mount(qtbot, KpiPanel(), doc)
    table, stack = panel.table, doc.undo_stack
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    new = doc.journey.kpis[-1]
    assert new.name == "New KPI" and new.stage_id == doc.journey.stages[0].id and stack.count() == 1
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(new.id), 0)).row()
    editor = edit_cell(table, row, 2)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "First response")
    commit_editor(editor)
    assert new.name == "First response" and stack.count() == 2
    combo = edit_cell(table, row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("avg-response-time"))
    commit_editor(combo)
    assert new.kind == KpiKind.AVG_RESPONSE_TIME
    for column, text in ((4, "2.5"), (5, "1.5")):
        editor = edit_cell(table, row, column)
        editor.selectAll()
        QTest.keyClicks(editor, text)
        commit_editor(editor)
    assert (new.target, new.actual) == (2.5, 1.5)
    status = panel.proxy.index(row, 6)
    assert status.data() == "On target"  # lower is better for response time
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None
    assert stack.count() == 5
    table.selectRow(row)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [k.id for k in doc.journey.kpis] == ["kpi-1"]
    stack.undo()
    assert doc.journey.kpis[-1].name == "First response"
    stack.undo()
    assert doc.journey.kpis[-1].actual is None
    assert panel.proxy.index(row, 6).data() == "No data"


def test_kpi_status_mark_filter_and_outside_edit(qtbot, doc):
    panel = mount(qtbot, KpiPanel(), doc)
    assert panel.proxy.index(0, 6).data() == "Off target"  # CSAT 70 against 80
    assert "0 of 1" in panel.summary.text()
    doc.push(UpdateItem("kpis", "kpi-1", {"actual": 85}), "canvas edit")
    assert panel.proxy.index(0, 6).data() == "On target"
    assert panel.proxy.index(0, 5).data() == "85"
    assert doc.undo_stack.count() == 1  # the refresh did not push anything
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(doc.journey.stages[0].id))
    assert panel.proxy.rowCount() == 0
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(doc.journey.stages[1].id))
    assert panel.proxy.rowCount() == 1
    doc.push(UpdateItem("stages", doc.journey.stages[1].id, {"name": "Trust"}), "rename stage")
    assert panel.proxy.index(0, 0).data() == "Trust"
    assert panel.stage_filter.currentText() == "Trust"


# --- action plan ----------------------------------------------------------------------------
def test_action_from_pain_is_one_undo_step_with_the_pain_linked(qtbot, doc):
    panel = mount(qtbot, ActionPlanPanel(), doc)
    action_id = panel.create_action_from_pain("pp-1")
    action = next(a for a in doc.journey.actions if a.id == action_id)
    assert action.pain_point_ids == ["pp-1"]
    assert action.task == "Delivery cost hidden until the last step"
    assert action.stage_id == doc.journey.stages[1].id  # the card's stage
    assert action.priority == Priority.HIGH  # severity 4
    assert action.category == ActionCategory.CONFLICT_RESOLUTION
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [a.id for a in doc.journey.actions] == ["act-1"] and panel.model.rowCount() == 1


def test_action_from_canvas_selection_button(qtbot, doc):
    panel = mount(qtbot, ActionPlanPanel(), doc)
    panel.set_canvas_selection(["pp-2"])
    qtbot.mouseClick(panel.from_pain_button, Qt.MouseButton.LeftButton)
    action = doc.journey.actions[-1]
    assert action.pain_point_ids == ["pp-2"] and action.stage_id == doc.journey.stages[0].id
    assert action.priority == Priority.LOW and doc.undo_stack.count() == 1
    assert panel.table.selected_ids() == [action.id]


def test_selecting_rows_emits_highlight_with_their_pains(qtbot, doc):
    doc.journey.actions.append(Action(id="act-2", task="Tone down ads", pain_point_ids=["pp-2", "pp-1"]))
    panel = mount(qtbot, ActionPlanPanel(), doc)
    seen: list[list[str]] = []
    panel.highlight_requested.connect(seen.append)
    panel.table.selectRow(0)
    assert seen == [["pp-1"]]
    panel.table.select_ids(["act-1", "act-2"])
    assert seen[-1] == ["pp-1", "pp-2"] and len(seen) == 2  # one selection, one signal
    doc.push(RemoveItems("pain_points", ["pp-2"]), "delete a pain on the canvas")
    assert seen[-1] == ["pp-1"]
    panel.table.clearSelection()
    assert seen[-1] == []


def test_action_inline_edits_status_due_and_clear(qtbot, doc):
    panel = mount(qtbot, ActionPlanPanel(), doc)
    action, table = doc.journey.actions[0], panel.table
    combo = edit_cell(table, 0, 8)
    combo.setCurrentIndex(combo.findData("in-progress"))
    commit_editor(combo)
    assert str(action.status) == "in-progress"
    dates = edit_cell(table, 0, 6)
    assert isinstance(dates, ClearableDateEdit)
    dates.date_edit.setDate(dt.date(2027, 3, 31))
    commit_editor(dates)
    assert action.due == dt.date(2027, 3, 31)
    assert panel.proxy.index(0, 6).data() == "2027-03-31"
    dates = edit_cell(table, 0, 6)
    qtbot.mouseClick(dates.clear_button, Qt.MouseButton.LeftButton)
    assert action.due is None
    owner = edit_cell(table, 0, 4)
    owner.selectAll()
    QTest.keyClicks(owner, "CX team")
    commit_editor(owner)
    assert action.owner == "CX team"
    assert doc.undo_stack.count() == 4
    for _ in range(4):
        doc.undo_stack.undo()
    assert (str(action.status), action.due, action.owner) == ("todo", None, "Web team")


def test_action_filters_sorting_and_delete_key(qtbot, doc):
    doc.journey.actions += [
        Action(id="act-2", task="Reply within a day", priority=Priority.HIGH, status="done"),
        Action(id="act-3", task="Loyalty email", priority=Priority.MEDIUM, stage_id=doc.journey.stages[4].id),
    ]
    panel = mount(qtbot, ActionPlanPanel(), doc)
    QTest.keyClicks(panel.search, "loyalty")
    assert panel.proxy.rowCount() == 1 and "1 of 3" in panel.status.text()
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == "Reply within a day"
    panel.status_filter.setCurrentIndex(0)
    panel.priority_filter.setCurrentIndex(panel.priority_filter.findData("medium"))
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == ["Loyalty email"]
    panel.priority_filter.setCurrentIndex(0)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(doc.journey.stages[1].id))
    assert panel.proxy.rowCount() == 1
    panel.stage_filter.setCurrentIndex(0)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [panel.proxy.index(r, 2).data() for r in range(3)] == ["High", "Medium", "Low"]
    panel.table.select_ids(["act-2"])
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in doc.journey.actions] == ["act-1", "act-3"] and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert panel.model.rowCount() == 3


def test_action_plan_follows_pain_changes_and_links(qtbot, doc):
    panel = mount(qtbot, ActionPlanPanel(), doc)
    assert panel.proxy.index(0, 10).data().startswith("Delivery cost hidden")
    doc.push(UpdateItem("pain_points", "pp-1", {"text": "Surprise fees"}), "edit pain on canvas")
    assert panel.proxy.index(0, 10).data() == "Surprise fees"
    assert panel.set_linked_pains("act-1", ["pp-1", "pp-2"])
    assert doc.journey.actions[0].pain_point_ids == ["pp-1", "pp-2"]
    doc.push(RemoveItems("pain_points", ["pp-1"]), "delete pain on canvas")
    assert doc.journey.actions[0].pain_point_ids == ["pp-2"]
    assert panel.proxy.index(0, 10).data() == "Ads promise too much"
    assert doc.undo_stack.count() == 3


def test_export_csv_english_and_spanish(qtbot, tmp_path):
    for language, header, priority in (("en", "Task", "Low"), ("es", "Tarea", "Baja")):
        doc = Document(sample_map(language))
        panel = mount(qtbot, ActionPlanPanel(), doc)
        target = tmp_path / f"plan-{language}.csv"
        assert panel.export_csv(target)
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][0] == header and len(rows) == 2
        assert rows[1][0] == "Show delivery cost early" and rows[1][2] == priority
        assert "Delivery cost hidden" in rows[1][10]
        assert target.name in panel.status.text()


def test_export_csv_failure_is_reported_in_the_panel(qtbot, doc, tmp_path):
    panel = mount(qtbot, ActionPlanPanel(), doc)
    assert panel.export_csv(tmp_path / "missing-folder" / "plan.csv") is False
    assert panel.status.text().startswith("Could not export")


def test_spanish_ui_shows_spanish_vocabulary(qtbot, doc):
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        panel = mount(qtbot, ActionPlanPanel(), doc)
    finally:
        QLocale.setDefault(previous)
    assert panel.proxy.index(0, 2).data() == "Baja"
    assert panel.proxy.index(0, 8).data() == "Pendiente"


# --- opportunities ----------------------------------------------------------------------------
def test_opportunity_add_hypothesis_link_delete(qtbot, doc):
    panel = mount(qtbot, OpportunityPanel(), doc)
    stack = doc.undo_stack
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    new = doc.journey.opportunities[-1]
    assert new.text == "New opportunity" and new.stage_id == doc.journey.stages[1].id
    strategy = panel.parts["strategy"]
    QTest.keyClicks(strategy, "guest checkout")
    finish_editing(strategy)
    assert new.hypothesis.strategy == "guest checkout" and stack.count() == 2
    QTest.keyClicks(panel.parts["outcome"], "fewer abandoned baskets")
    finish_editing(panel.parts["outcome"])
    assert new.hypothesis.outcome == "fewer abandoned baskets"
    assert panel.preview.text() == ("We believe guest checkout will solve [need] through [solution], "
                                    "resulting in fewer abandoned baskets.")
    panel.link.showPopup()  # the whole list of stages and cards is built when it is opened
    panel.link.hidePopup()
    panel.link.setCurrentIndex(panel.link.findData("card:tp-1"))
    panel.link.activated.emit(panel.link.currentIndex())
    assert (new.stage_id, new.touchpoint_id) == (None, "tp-1") and stack.count() == 4
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [o.id for o in doc.journey.opportunities] == ["op-1"]
    stack.undo()
    stack.undo()
    restored = doc.journey.opportunities[-1]
    assert restored.stage_id == doc.journey.stages[1].id and restored.touchpoint_id is None
    assert panel.link.currentData() == "stage:" + doc.journey.stages[1].id


def test_opportunity_panel_follows_outside_edits(qtbot, doc):
    panel = mount(qtbot, OpportunityPanel(), doc)
    hypothesis = {"strategy": "s", "need": "n", "solution": "x", "outcome": "o"}
    doc.push(UpdateItem("opportunities", "op-1", {"hypothesis": hypothesis}), "elsewhere")
    assert panel.parts["need"].toPlainText() == "n"
    assert panel.preview.text() == "We believe s will solve n through x, resulting in o."
    doc.push(UpdateItem("opportunities", "op-1", {"text": "Guest checkout, now"}), "elsewhere")
    assert panel.list.item(0).text() == "Guest checkout, now"
    assert doc.undo_stack.count() == 2
    with qtbot.waitSignal(panel.select_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["op-1"]


# --- the workbench --------------------------------------------------------------------------
def test_workbench_docks_state_and_signals(qtbot, doc):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    bench = create_workbench_docks(window)
    assert {d.objectName() for d in bench.docks.values()} == set(DOCK_NAMES.values())
    actions = bench.toggle_actions()
    assert len(actions) == len(DOCK_NAMES) == 5 and all(a.isCheckable() for a in actions)
    bench.set_document(doc)
    assert bench.personas.list.count() == 1 and bench.kpis.model.rowCount() == 1
    window.show()
    with qtbot.waitSignal(bench.highlight_requested, timeout=1000) as blocker:
        bench.action_plan.table.selectRow(0)
    assert blocker.args == [["pp-1"]]
    bench.docks["kpis"].hide()
    state = window.saveState()
    other = QMainWindow()
    qtbot.addWidget(other)
    other_bench = create_workbench_docks(other)
    other.show()
    assert other.restoreState(state)
    assert other_bench.docks["kpis"].isHidden() and not other_bench.docks["personas"].isHidden()
    bench.set_document(None)
    assert not bench.personas.isEnabled() and bench.action_plan.model.rowCount() == 0


def test_workbench_create_action_from_pain_shows_plan(qtbot, doc):
    window = QMainWindow()
    qtbot.addWidget(window)
    bench = create_workbench_docks(window)
    bench.set_document(doc)
    bench.docks["action_plan"].hide()
    new_id = bench.create_action_from_pain("pp-2")
    assert new_id is not None and not bench.docks["action_plan"].isHidden()
    assert doc.undo_stack.count() == 1


def test_example_maps_load_into_every_panel(qtbot):
    from journeymapper.fileformat import load_journey
    from journeymapper.resources import example_maps

    for path in example_maps():
        doc = Document(load_journey(Path(path)).journey)
        for cls in (PersonaPanel, KpiPanel, ActionPlanPanel, OpportunityPanel):
            mount(qtbot, cls(), doc)
        assert doc.undo_stack.count() == 0


def test_pain_menu_and_picker_dialog(qtbot, doc, monkeypatch):
    from journeymapper.ui.panels.pain_picker import PainPickerDialog

    panel = mount(qtbot, ActionPlanPanel(), doc)
    panel._fill_pain_menu()
    labels = [action.text() for action in panel.pain_menu.actions()]
    assert labels == ["Attract › Ads promise too much", "Accept › Delivery cost hidden until the last step"]
    panel.pain_menu.actions()[0].trigger()
    assert doc.journey.actions[-1].pain_point_ids == ["pp-2"] and doc.undo_stack.count() == 1
    dialog = PainPickerDialog(doc.journey, ["pp-1"])
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == ["pp-1"]
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.checked_ids() == ["pp-2", "pp-1"]
    dialog.filter.setText("delivery")
    assert [dialog.list.item(r).isHidden() for r in range(2)] == [True, False]
    monkeypatch.setattr(PainPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(PainPickerDialog, "checked_ids", lambda self: ["pp-2"])
    panel.table.select_ids(["act-1"])
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert doc.journey.actions[0].pain_point_ids == ["pp-2"] and doc.undo_stack.count() == 2


def test_kpi_select_from_canvas_shows_hidden_row(qtbot, doc):
    panel = mount(qtbot, KpiPanel(), doc)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(doc.journey.stages[0].id))
    assert panel.proxy.rowCount() == 0
    panel.select_kpi("kpi-1")
    assert panel.table.selected_ids() == ["kpi-1"] and panel.stage_filter.currentIndex() == 0
    with qtbot.waitSignal(panel.select_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["kpi-1"]
