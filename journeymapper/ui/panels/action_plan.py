"""The action plan: what the team will do about the pains, who does it and by when.

The table follows the workshop's own plan sheet (task, stage, priority, objective,
owner, input, time) plus status, category and the pains each action answers. The
most common gesture, "we need an action for this pain", is one step: it fills the
task, stage, priority and category from the pain and links it, as one undo step.
Selecting rows asks the canvas to highlight their pains, so the plan and the map
can be read together on a projector.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.export.csv_plan import render_csv
from journeymapper.fileformat import SaveError, write_atomically
from journeymapper.model.commands import AddItem, Change, RemoveItems, UpdateItem
from journeymapper.model.entities import Action, PainPoint, new_id
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import ActionCategory, ActionStatus, PainKind, Priority, display_name
from journeymapper.ui.panels.binding import DocumentPanel, enum_choices, fill_choices, find_item, ui_language
from journeymapper.ui.panels.pain_picker import (
    PainPickerDialog,
    pain_label,
    pain_stage_id,
    pains_in_stage_order,
    short_text,
)
from journeymapper.ui.panels.table_model import (
    ANY,
    CollectionTableModel,
    CollectionTableView,
    Column,
    ItemFilterProxy,
)
from journeymapper.ui.theme import chrome_colours

NONE = ""  # combo data for "no stage" / "no category"
PAINS_COLUMN = 10

# The category an action for a pain most often gets; the team can change it in the table.
CATEGORY_FOR_PAIN: dict[PainKind, ActionCategory] = {
    PainKind.FRUSTRATION: ActionCategory.CONFLICT_RESOLUTION,
    PainKind.INEFFICIENCY: ActionCategory.RESPONSE_EFFECTIVENESS,
    PainKind.NEED: ActionCategory.PERSONAL_RELATIONSHIP,
    PainKind.PROBLEM: ActionCategory.CONFLICT_RESOLUTION,
    PainKind.MISSED_OPPORTUNITY: ActionCategory.DIFFERENTIATOR,
}
_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def priority_for_severity(severity: int) -> Priority:
    """Severe pains (4–5) first, mild ones (1–2) later."""
    if severity >= 4:
        return Priority.HIGH
    return Priority.LOW if severity <= 2 else Priority.MEDIUM


def write_plan_csv(journey: JourneyMap, path: Path, language: str) -> None:
    """Write the plan exactly as `journeymapper export -o plan.csv` does, atomically."""
    write_atomically(path, render_csv(journey, language))


class ActionPlanPanel(DocumentPanel):
    """A sortable, filterable, editable table of the map's actions."""

    collections = frozenset({"actions", "stages", "pain_points"})
    highlight_requested = Signal(list)  # pain point ids of the selected actions
    select_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanPanel")
        self.language = ui_language()
        self.canvas_pains: list[str] = []
        self._highlighted: list[str] = []
        self.search = QLineEdit()
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(self.tr("Filter actions…"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = self._filter_combo("actionStageFilter", self.tr("Filter by stage"))
        self.status_filter = self._filter_combo("actionStatusFilter", self.tr("Filter by status"))
        self.priority_filter = self._filter_combo("actionPriorityFilter", self.tr("Filter by priority"))

        self.add_button = QPushButton(self.tr("Add action"))
        self.set_icon(self.add_button, "add-card")
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_action)
        self.from_pain_button = QToolButton()
        self.from_pain_button.setObjectName("actionFromPain")
        self.set_icon(self.from_pain_button, "pain-point")
        self.from_pain_button.setText(self.tr("Action from pain point"))
        self.from_pain_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.from_pain_button.setToolTip(
            self.tr("Create an action for the pain point selected on the canvas, or pick one from the menu")
        )
        self.from_pain_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.pain_menu = QMenu(self.from_pain_button)
        self.pain_menu.aboutToShow.connect(self._fill_pain_menu)
        self.from_pain_button.setMenu(self.pain_menu)
        self.from_pain_button.clicked.connect(self._create_from_canvas_selection)
        self.link_button = QPushButton(self.tr("Link pain points…"))
        self.link_button.setObjectName("linkPains")
        self.link_button.clicked.connect(self.pick_linked_pains)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.set_icon(self.delete_button, "delete")
        self.delete_button.setObjectName("deleteAction")
        self.delete_button.setToolTip(self.tr("Delete the selected actions"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.set_icon(self.export_button, "export")
        self.export_button.setObjectName("exportPlanCsv")
        self.export_button.setToolTip(self.tr("Save the action plan as a spreadsheet (CSV, UTF-8)"))
        self.export_button.clicked.connect(self._ask_export)
        self.status = QLabel()
        self.status.setProperty("role", "hint")

        self.model = CollectionTableModel(self, "actions", self._columns())
        self.proxy = ItemFilterProxy(self)
        self.table = CollectionTableView(self.model, self.proxy, self)
        self.table.setObjectName("actionTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.delete_pressed.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.search.textChanged.connect(self.proxy.set_text_filter)
        self.search.textChanged.connect(self._update_status)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.priority_filter)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.from_pain_button, self.link_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)  # beside the buttons, so one more row of the plan shows
        buttons.addSpacing(8)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.setEnabled(False)
        self._selection_changed()

    def _filter_combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    # --- columns -------------------------------------------------------------------
    def _stage_name(self, stage_id: str | None) -> str:
        journey = self.journey
        stage = journey.stage(stage_id) if journey is not None and stage_id else None
        return stage.name if stage is not None else ""

    def _stage_rank(self, stage_id: str | None) -> int:
        journey = self.journey
        ids = [s.id for s in journey.stages] if journey is not None else []
        return ids.index(stage_id) if stage_id in ids else len(ids)

    def _stage_choices(self) -> list[tuple[str, Any]]:
        journey = self.journey
        stages = [(s.name, s.id) for s in journey.stages] if journey is not None else []
        return [(self.tr("(no stage)"), NONE), *stages]

    def _pains(self, action: Action) -> list[PainPoint]:
        journey = self.journey
        if journey is None:
            return []
        found = (find_item(journey, "pain_points", pain_id) for pain_id in action.pain_point_ids)
        return [pain for pain in found if pain is not None]

    def _pains_text(self, action: Action) -> str:
        return "; ".join(short_text(pain.text, 40) or self.tr("(no text)") for pain in self._pains(action))

    def _pains_roles(self, action: Action, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            pains = self._pains(action)
            if not pains:
                return self.tr("Double-click to link pain points")
            return "\n".join(f"• {pain.text}" for pain in pains)
        return None

    def _status_roles(self, action: Action, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = chrome_colours(self.palette())
            if action.status == ActionStatus.BLOCKED:
                return QColor(colours.bad)
            if action.status == ActionStatus.DONE:
                return QColor(colours.good)
        return None

    def _priority_roles(self, action: Action, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and action.priority == Priority.HIGH:
            font = self.font()
            font.setBold(True)
            return font
        return None

    def _columns(self) -> list[Column]:
        lang = self.language

        def text(name: str, title: str, undo: str, width: int, stretch: bool = False) -> Column:
            return Column(
                title,
                lambda a: getattr(a, name),
                "text",
                changes=lambda v: {name: v},
                undo_text=undo,
                width=width,
                stretch=stretch,
            )

        def vocab(
            name: str,
            title: str,
            enum: Any,
            undo: str,
            width: int,
            rank: Any = None,
            roles: Any = None,
            optional: bool = False,
        ) -> Column:
            def choices() -> list[tuple[str, Any]]:
                values = enum_choices(enum, lang)
                return [(self.tr("(none)"), NONE), *values] if optional else values

            return Column(
                title,
                lambda a: display_name(getattr(a, name), lang) if getattr(a, name) else "",
                "choice",
                value=lambda a: str(getattr(a, name) or NONE),
                changes=lambda v: {name: v or None},
                choices=choices,
                sort_key=rank,
                undo_text=undo,
                width=width,
                roles=roles,
            )

        status_rank = {status: n for n, status in enumerate(ActionStatus)}
        return [
            text("task", self.tr("Task"), self.tr("Edit action task"), 34, stretch=True),
            Column(
                self.tr("Stage"),
                lambda a: self._stage_name(a.stage_id),
                "choice",
                value=lambda a: a.stage_id or NONE,
                changes=lambda v: {"stage_id": v or None},
                choices=self._stage_choices,
                sort_key=lambda a: self._stage_rank(a.stage_id),
                undo_text=self.tr("Change action stage"),
                width=13,
            ),
            vocab(
                "priority",
                self.tr("Priority"),
                Priority,
                self.tr("Change action priority"),
                11,
                rank=lambda a: _PRIORITY_RANK[a.priority],
                roles=self._priority_roles,
            ),
            text("objective", self.tr("Objective"), self.tr("Edit action objective"), 26),
            text("owner", self.tr("Owner"), self.tr("Edit action owner"), 16),
            text("input", self.tr("Input"), self.tr("Edit action input"), 22),
            Column(
                self.tr("Due"),
                lambda a: a.due.isoformat() if a.due else "",
                "date",
                value=lambda a: a.due,
                changes=lambda v: {"due": v},
                sort_key=lambda a: (a.due is None, a.due or dt.date.min),
                undo_text=self.tr("Change action due date"),
                width=16,
            ),
            text("duration", self.tr("Duration"), self.tr("Edit action duration"), 11),
            vocab(
                "status",
                self.tr("Status"),
                ActionStatus,
                self.tr("Change action status"),
                12,
                rank=lambda a: status_rank[a.status],
                roles=self._status_roles,
            ),
            vocab(
                "category",
                self.tr("Category"),
                ActionCategory,
                self.tr("Change action category"),
                22,
                optional=True,
            ),
            Column(self.tr("Pain points"), self._pains_text, roles=self._pains_roles, width=32),
        ]

    # --- following the map ----------------------------------------------------------
    def refresh(self, changes: list[Change] | None) -> None:
        if changes is None or any(c.collection == "stages" for c in changes):
            stage = self.stage_filter.currentData()
            fill_choices(self.stage_filter, [(self.tr("All stages"), None), *self._stage_choices()], stage)
        if changes is None:
            fill_choices(
                self.status_filter,
                [(self.tr("All statuses"), None), *enum_choices(ActionStatus, self.language)],
                None,
            )
            fill_choices(
                self.priority_filter,
                [(self.tr("All priorities"), None), *enum_choices(Priority, self.language)],
                None,
            )
            self._apply_filters()
        self.model.apply_changes(changes)
        self._update_buttons()
        self._update_status()
        self._emit_highlight()  # a linked pain may have gone or been renamed

    def _apply_filters(self) -> None:
        for combo, name in (
            (self.stage_filter, "stage_id"),
            (self.status_filter, "status"),
            (self.priority_filter, "priority"),
        ):
            value = combo.currentData()
            self.proxy.set_field_filter(name, ANY if value is None else (value or None))
        self._update_status()

    def _update_status(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.status.setText(self.tr("%n action(s)", "", total))
        else:
            self.status.setText(self.tr("{shown} of %n action(s) shown", "", total).format(shown=shown))

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._emit_highlight()

    def _update_buttons(self) -> None:
        ids = self.table.selected_ids()
        self.delete_button.setEnabled(bool(ids))
        self.link_button.setEnabled(len(ids) == 1)
        self.from_pain_button.setEnabled(self.journey is not None and bool(self.journey.pain_points))

    def _emit_highlight(self) -> None:
        """Tell the canvas which pains to highlight, only when that set changes."""
        pains = self.selected_pain_ids()
        if pains != self._highlighted:
            self._highlighted = pains
            self.highlight_requested.emit(pains)

    def selected_pain_ids(self) -> list[str]:
        """The pains of the selected actions, each once, in the actions' order."""
        journey = self.journey
        if journey is None:
            return []
        ids: dict[str, None] = {}
        for action_id in self.table.selected_ids():
            action = find_item(journey, "actions", action_id)
            if action is not None:
                alive = (p for p in action.pain_point_ids if find_item(journey, "pain_points", p))
                ids.update(dict.fromkeys(alive))
        return list(ids)

    # --- editing --------------------------------------------------------------------
    def add_action(self) -> str | None:
        """Add an empty action (in the filtered stage, if any) and start typing its task."""
        stage = self.stage_filter.currentData()
        action = Action(id=new_id("act"), task=self.tr("New action"), stage_id=stage or None)
        if not self.push(AddItem("actions", action), self.tr("Add action")):
            return None
        self._select_and_edit(action.id)
        return action.id

    def create_action_from_pain(self, pain_id: str) -> str | None:
        """One undo step: a new action linked to the pain, with task, stage, priority and category."""
        journey = self.journey
        pain = find_item(journey, "pain_points", pain_id) if journey is not None else None
        if journey is None or pain is None:
            return None
        action = Action(
            id=new_id("act"),
            task=pain.text.strip() or self.tr("Address pain point"),
            stage_id=pain_stage_id(journey, pain),
            pain_point_ids=[pain.id],
            priority=priority_for_severity(pain.severity),
            category=CATEGORY_FOR_PAIN.get(pain.kind, ActionCategory.FOLLOW_UP),
        )
        if not self.push(AddItem("actions", action), self.tr("Create action from pain point")):
            return None
        for combo in (self.stage_filter, self.status_filter, self.priority_filter):
            combo.setCurrentIndex(0)  # the new row must be visible
        self.search.clear()
        self._select_and_edit(action.id)
        return action.id

    def set_canvas_selection(self, pain_ids: list[str]) -> None:
        """The pains selected on the canvas: the "Action from pain point" button acts on the first."""
        self.canvas_pains = list(pain_ids)

    def _create_from_canvas_selection(self) -> None:
        if self.canvas_pains:
            self.create_action_from_pain(self.canvas_pains[0])
        else:
            self.from_pain_button.showMenu()

    def _fill_pain_menu(self) -> None:
        self.pain_menu.clear()
        journey = self.journey
        if journey is None or not journey.pain_points:
            self.pain_menu.addAction(self.tr("This map has no pain points yet")).setEnabled(False)
            return
        untitled = self.tr("(no text)")
        for pain in pains_in_stage_order(journey):
            action = self.pain_menu.addAction(pain_label(journey, pain, untitled))
            action.setToolTip(pain.text)
            action.triggered.connect(lambda _=False, pid=pain.id: self.create_action_from_pain(pid))

    def _select_and_edit(self, action_id: str) -> None:
        self.table.select_ids([action_id])
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(action_id), 0))
        if index.isValid():
            self.table.edit(index)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            text = self.tr("Delete action") if len(ids) == 1 else self.tr("Delete actions")
            self.push(RemoveItems("actions", ids), text)

    def set_linked_pains(self, action_id: str, pain_ids: list[str]) -> bool:
        """Link exactly these pains to an action, as one undo step."""
        journey = self.journey
        action = find_item(journey, "actions", action_id) if journey is not None else None
        if action is None or list(action.pain_point_ids) == list(pain_ids):
            return False
        return self.push(
            UpdateItem("actions", action_id, {"pain_point_ids": list(pain_ids)}), self.tr("Link pain points")
        )

    def pick_linked_pains(self) -> None:
        ids = self.table.selected_ids()
        journey = self.journey
        action = find_item(journey, "actions", ids[0]) if journey is not None and len(ids) == 1 else None
        if journey is None or action is None:
            return
        dialog = PainPickerDialog(journey, list(action.pain_point_ids), self)
        if dialog.exec():
            self.set_linked_pains(action.id, dialog.checked_ids())

    def _double_clicked(self, index: Any) -> None:
        if index.column() == PAINS_COLUMN:
            self.pick_linked_pains()

    # --- export ---------------------------------------------------------------------
    def _ask_export(self) -> None:
        journey = self.journey
        if journey is None:
            return
        title = (journey.title.strip() or "journey").replace("/", "-")
        suggested = title + " - " + self.tr("action plan") + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export action plan"), suggested, self.tr("CSV spreadsheets (*.csv)")
        )
        if path:
            self.export_csv(Path(path) if path.lower().endswith(".csv") else Path(path + ".csv"))

    def export_csv(self, path: Path) -> bool:
        """Write the plan as CSV (UTF-8 with BOM, in the map's language); report the outcome."""
        journey = self.journey
        if journey is None:
            return False
        try:
            write_plan_csv(journey, path, str(journey.language))
        except (OSError, SaveError) as error:
            self.status.setProperty("role", "error")
            reason = error.reason if isinstance(error, SaveError) else (error.strerror or str(error))
            self.status.setText(self.tr("Could not export the plan: {error}").format(error=reason))
            self.status.style().polish(self.status)
            return False
        self.status.setProperty("role", "hint")
        self.status.style().polish(self.status)
        self.status.setText(
            self.tr("Exported %n action(s) to {file}", "", len(journey.actions)).format(file=path.name)
        )
        return True
