"""The KPI panel: each stage's indicators with their target, actual value and a clear mark.

Teams look at KPIs per stage ("how is Adopt doing?"), so rows are grouped in stage
order and the panel filters to one stage. Whether a KPI is on target is shown with
an icon and a word, never colour alone, so it reads on a projector and for people
who do not tell red from green.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journeymapper.model.commands import AddItem, Change, RemoveItems
from journeymapper.model.entities import Kpi, kpi_lower_is_better, kpi_on_target, new_id
from journeymapper.model.vocabulary import KpiKind, display_name
from journeymapper.ui.panels.binding import DocumentPanel, enum_choices, fill_choices, ui_language
from journeymapper.ui.panels.table_model import (
    ANY,
    CollectionTableModel,
    CollectionTableView,
    Column,
    ItemFilterProxy,
    format_number,
)
from journeymapper.ui.theme import chrome_colours

NO_STAGE = ""  # combo data for "the whole journey" (a KPI with no stage)


def status_icon(on_target: bool | None, colour: str) -> QIcon:
    """A round mark with a tick (on target), a cross (off target) or a dash (no data)."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    pen = QPen(QColor("#FFFFFF") if QColor(colour).lightness() < 140 else QColor("#111111"), 3.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if on_target is True:
        path = QPainterPath(QPointF(9, 16.5))
        path.lineTo(14, 21.5)
        path.lineTo(23, 11)
        painter.drawPath(path)
    elif on_target is False:
        painter.drawLine(QPointF(11, 11), QPointF(21, 21))
        painter.drawLine(QPointF(21, 11), QPointF(11, 21))
    else:
        painter.drawLine(QPointF(10, 16), QPointF(22, 16))
    painter.end()
    return QIcon(pixmap)


class KpiPanel(DocumentPanel):
    """A table of the map's KPIs, grouped by stage, with add, delete and in-place edits."""

    collections = frozenset({"kpis", "stages"})
    select_requested = Signal(str)  # a KPI id, to select its chip on the canvas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiPanel")
        self.language = ui_language()
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("kpiStageFilter")
        self.stage_filter.setToolTip(self.tr("Show the KPIs of one stage"))
        self.stage_filter.setMinimumContentsLength(14)
        self.stage_filter.currentIndexChanged.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("Add KPI"))
        self.set_icon(self.add_button, "add-card")
        self.add_button.setObjectName("addKpi")
        self.add_button.clicked.connect(self.add_kpi)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.set_icon(self.delete_button, "delete")
        self.delete_button.setObjectName("deleteKpi")
        self.delete_button.setToolTip(self.tr("Delete the selected KPIs"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_button = QPushButton(self.tr("Show on canvas"))
        self.show_button.setObjectName("showKpi")
        self.show_button.clicked.connect(self._show_on_canvas)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")

        self.model = CollectionTableModel(self, "kpis", self._columns())
        self.model.order = self._grouped
        self.proxy = ItemFilterProxy(self)
        self.table = CollectionTableView(self.model, self.proxy, self)
        self.table.setObjectName("kpiTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.delete_pressed.connect(self.delete_selected)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Stage:")))
        bar.addWidget(self.stage_filter)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setEnabled(False)
        self._selection_changed()

    # --- columns -------------------------------------------------------------------
    def _stage_name(self, stage_id: str | None) -> str:
        journey = self.journey
        stage = journey.stage(stage_id) if journey is not None and stage_id else None
        return stage.name if stage is not None else self.tr("Whole journey")

    def _stage_rank(self, stage_id: str | None) -> int:
        journey = self.journey
        ids = [s.id for s in journey.stages] if journey is not None else []
        return ids.index(stage_id) if stage_id in ids else len(ids)

    def _stage_choices(self) -> list[tuple[str, Any]]:
        journey = self.journey
        stages = [(s.name, s.id) for s in journey.stages] if journey is not None else []
        return [*stages, (self.tr("Whole journey"), NO_STAGE)]

    def _grouped(self, items: list[Kpi]) -> list[Kpi]:
        order = {kpi.id: n for n, kpi in enumerate(items)}
        return sorted(items, key=lambda k: (self._stage_rank(k.stage_id), order[k.id]))

    def _status_text(self, kpi: Kpi) -> str:
        state = kpi_on_target(kpi)
        if state is None:
            return self.tr("No data")
        return self.tr("On target") if state else self.tr("Off target")

    def _status_roles(self, kpi: Kpi, role: int) -> Any:
        state = kpi_on_target(kpi)
        colours = chrome_colours(self.palette())
        colour = colours.good if state else colours.bad if state is False else colours.muted
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(state, colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            lower = kpi_lower_is_better(kpi)
            direction = self.tr("Lower is better") if lower else self.tr("Higher is better")
            return f"{self._status_text(kpi)} · {direction}"
        return None

    def _number_roles(self, kpi: Kpi, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _columns(self) -> list[Column]:
        def number(name: str, title: str, undo: str) -> Column:
            return Column(
                title,
                lambda k: format_number(getattr(k, name)),
                "number",
                value=lambda k: format_number(getattr(k, name)),
                changes=lambda v: {name: v},
                sort_key=lambda k: (getattr(k, name) is None, getattr(k, name) or 0.0),
                undo_text=undo,
                roles=self._number_roles,
                width=8,
            )

        return [
            Column(
                self.tr("Stage"),
                lambda k: self._stage_name(k.stage_id),
                "choice",
                value=lambda k: k.stage_id or NO_STAGE,
                changes=lambda v: {"stage_id": v or None},
                choices=self._stage_choices,
                sort_key=lambda k: self._stage_rank(k.stage_id),
                undo_text=self.tr("Change KPI stage"),
                width=13,
            ),
            Column(
                self.tr("Kind"),
                lambda k: display_name(k.kind, self.language),
                "choice",
                value=lambda k: str(k.kind),
                changes=lambda v: {"kind": v},
                choices=lambda: enum_choices(KpiKind, self.language),
                undo_text=self.tr("Change KPI kind"),
                width=24,
            ),
            Column(
                self.tr("Name"),
                lambda k: k.name,
                "text",
                changes=lambda v: {"name": v},
                undo_text=self.tr("Rename KPI"),
                width=28,
                stretch=True,
            ),
            Column(
                self.tr("Unit"),
                lambda k: k.unit,
                "text",
                changes=lambda v: {"unit": v},
                undo_text=self.tr("Change KPI unit"),
                width=10,
            ),
            number("target", self.tr("Target"), self.tr("Change KPI target")),
            number("actual", self.tr("Actual"), self.tr("Change KPI actual value")),
            Column(
                self.tr("Status"),
                self._status_text,
                sort_key=lambda k: {True: 0, False: 1, None: 2}[kpi_on_target(k)],
                roles=self._status_roles,
                width=14,
            ),
        ]

    # --- following the map ----------------------------------------------------------
    def refresh(self, changes: list[Change] | None) -> None:
        if changes is None or any(c.collection == "stages" for c in changes):
            current = self.stage_filter.currentData()
            choices = [(self.tr("All stages"), None), *self._stage_choices()]
            fill_choices(self.stage_filter, choices, current)
            self._apply_filter()
        self.model.apply_changes(changes)
        self._update_summary()
        self._selection_changed()

    def _update_summary(self) -> None:
        journey = self.journey
        kpis = journey.kpis if journey is not None else []
        on = sum(1 for k in kpis if kpi_on_target(k) is True)
        measured = sum(1 for k in kpis if kpi_on_target(k) is not None)
        summary = self.tr("{on} of %n measured KPI(s) on target", "", measured)
        self.summary.setText(summary.format(on=on))

    def _filter_changed(self) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.stage_filter.currentData()
        if wanted is None:
            self.proxy.set_field_filter("stage_id", ANY)
        else:
            self.proxy.set_field_filter("stage_id", wanted or None)

    def _selection_changed(self) -> None:
        has = bool(self.table.selected_ids())
        self.delete_button.setEnabled(has)
        self.show_button.setEnabled(len(self.table.selected_ids()) == 1)

    # --- editing --------------------------------------------------------------------
    def add_kpi(self) -> str | None:
        """Add a KPI to the filtered stage (or the first one) and start naming it."""
        journey = self.journey
        if journey is None:
            return None
        wanted = self.stage_filter.currentData()
        if wanted is None:
            stage_id = journey.stages[0].id if journey.stages else None
        else:
            stage_id = wanted or None
        kpi = Kpi(id=new_id("kpi"), stage_id=stage_id, name=self.tr("New KPI"))
        if not self.push(AddItem("kpis", kpi), self.tr("Add KPI")):
            return None
        self.table.select_ids([kpi.id])
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(kpi.id), 2))
        if index.isValid():
            self.table.edit(index)
        return kpi.id

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            text = self.tr("Delete KPI") if len(ids) == 1 else self.tr("Delete KPIs")
            self.push(RemoveItems("kpis", ids), text)

    def _show_on_canvas(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            self.select_requested.emit(ids[0])

    def select_kpi(self, kpi_id: str) -> None:
        """Select a KPI's row (the canvas asks when its chip is clicked), showing all stages if hidden."""
        row = self.model.row_of(kpi_id)
        if row < 0:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.stage_filter.setCurrentIndex(0)  # "All stages"
        self.table.select_ids([kpi_id])
