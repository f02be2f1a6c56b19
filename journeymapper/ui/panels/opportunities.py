"""The opportunities panel: ideas for the future state, each with a testable hypothesis.

A to-be map is only as good as the bets behind it, so each opportunity carries the
hypothesis statement "We believe [strategy] will solve [need] through [solution],
resulting in [outcome]". The form mirrors that sentence and previews it whole, so
the team reads back exactly what they are committing to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import AddItem, Change, RemoveItems, UpdateItem
from journeymapper.model.entities import Hypothesis, Opportunity, new_id
from journeymapper.model.journey import JourneyMap
from journeymapper.ui.panels.binding import (
    CommitTextEdit,
    DocumentPanel,
    FormBinding,
    fill_choices,
    find_item,
)
from journeymapper.ui.panels.master_detail import detail_form, list_with_buttons, stack_master_detail
from journeymapper.ui.panels.pain_picker import short_text

HYPOTHESIS_PARTS = ("strategy", "need", "solution", "outcome")


def link_key(opportunity: Opportunity) -> str:
    """The link combo's data for what an opportunity is attached to."""
    if opportunity.touchpoint_id:
        return "card:" + opportunity.touchpoint_id
    if opportunity.stage_id:
        return "stage:" + opportunity.stage_id
    return ""


def link_changes(key: str) -> dict[str, Any]:
    kind, _, ref = key.partition(":")
    return {"stage_id": ref if kind == "stage" else None, "touchpoint_id": ref if kind == "card" else None}


def hypothesis_getter(part: str) -> Callable[[Opportunity], str]:
    def get(opportunity: Opportunity) -> str:
        return str(getattr(opportunity.hypothesis, part))

    return get


def hypothesis_changes(part: str) -> Callable[[Any, Opportunity], dict[str, Any]]:
    """The update for one part of the hypothesis: the whole hypothesis, with that part replaced."""

    def changes(value: Any, opportunity: Opportunity) -> dict[str, Any]:
        return {"hypothesis": {**opportunity.hypothesis.model_dump(), part: value}}

    return changes


class LinkCombo(QComboBox):
    """The stage or card an opportunity is linked to; the full list is built when it is used.

    A 5,000-card map offers 5,000 choices. Rebuilding them after every card edit cost more
    than the edit itself, so between uses the combo holds only the current link, and the
    whole list is filled the moment the user opens the popup, types or scrolls on it.
    """

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._complete = False

    def show_link(self, label: str, value: str) -> None:
        """Show just the current link (the list is stale until the user opens it)."""
        fill_choices(self, [(label, value)], value)
        self._complete = False

    def ensure_choices(self) -> None:
        """Fill every stage and card, keeping the current link selected."""
        if not self._complete:
            fill_choices(self, self._choices(), self.currentData())
            self._complete = True

    def showPopup(self) -> None:
        self.ensure_choices()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_choices()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_choices()
        super().wheelEvent(event)


class OpportunityPanel(DocumentPanel):
    """A list of opportunities and a form for the selected one's text, link and hypothesis."""

    collections = frozenset({"opportunities", "stages", "touchpoints"})
    select_requested = Signal(str)  # an opportunity id, to show it on the canvas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityPanel")
        self.list = QListWidget()
        self.list.setObjectName("opportunityList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.set_icon(self.add_button, "add-card")
        self.add_button.setObjectName("addOpportunity")
        self.add_button.setToolTip(self.tr("Add an opportunity"))
        self.add_button.clicked.connect(self.add_opportunity)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.set_icon(self.delete_button, "delete")
        self.delete_button.setObjectName("deleteOpportunity")
        self.delete_button.setToolTip(self.tr("Delete the selected opportunity"))
        self.delete_button.clicked.connect(self.delete_current)
        self.show_button = QPushButton(self.tr("Show on canvas"))
        self.show_button.setObjectName("showOpportunity")
        self.show_button.clicked.connect(self._show_on_canvas)

        self.text = CommitTextEdit(lines=2)
        self.text.setObjectName("opportunityText")
        self.text.setPlaceholderText(self.tr("The opportunity in a few words"))
        self.link = LinkCombo(lambda: self._link_choices(self.journey))
        self.link.setObjectName("opportunityLink")
        self.link.setToolTip(self.tr("The stage or card this opportunity belongs to"))
        self.link.activated.connect(self._link_chosen)
        self.parts: dict[str, CommitTextEdit] = {}
        placeholders = {
            "strategy": self.tr("a new strategy"),
            "need": self.tr("the customer's need"),
            "solution": self.tr("the solution"),
            "outcome": self.tr("the new practice or behaviour"),
        }
        for part in HYPOTHESIS_PARTS:
            edit = CommitTextEdit(lines=2)
            edit.setObjectName("hypothesis_" + part)
            edit.setPlaceholderText(placeholders[part])
            edit.textChanged.connect(self._update_preview)
            self.parts[part] = edit
        self.preview = QLabel()
        self.preview.setObjectName("hypothesisPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never markup
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = FormBinding(self, "opportunities")
        self.form.text("text", self.text, self.tr("Edit opportunity"))
        undo_texts = {
            "strategy": self.tr("Edit hypothesis strategy"),
            "need": self.tr("Edit hypothesis need"),
            "solution": self.tr("Edit hypothesis solution"),
            "outcome": self.tr("Edit hypothesis outcome"),
        }
        for part, edit in self.parts.items():
            self.form.text(
                part, edit, undo_texts[part], get=hypothesis_getter(part), changes=hypothesis_changes(part)
            )
        self._build_layout()
        self.setEnabled(False)
        self._show_form(None)

    def _build_layout(self) -> None:
        top = list_with_buttons(self.list, (self.add_button, self.delete_button), (self.show_button,))
        form_widget, form = detail_form()
        form.addRow(self.tr("Opportunity"), self.text)
        form.addRow(self.tr("Linked to"), self.link)
        heading = QLabel(self.tr("Hypothesis"))
        heading.setProperty("role", "section")
        form.addRow(heading)
        form.addRow(self.tr("We believe"), self.parts["strategy"])
        form.addRow(self.tr("will solve"), self.parts["need"])
        form.addRow(self.tr("through"), self.parts["solution"])
        form.addRow(self.tr("resulting in"), self.parts["outcome"])
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.addWidget(self.preview)
        form.addRow(frame)
        stack_master_detail(self, top, form_widget, (150, 450))

    # --- words ----------------------------------------------------------------------
    def sentence(self, hypothesis: Hypothesis) -> str:
        """The hypothesis as one readable sentence; missing parts show as [placeholders]."""

        def part(value: str, placeholder: str) -> str:
            return value.strip().rstrip(".") or placeholder

        template = self.tr(
            "We believe {strategy} will solve {need} through {solution}, resulting in {outcome}."
        )  # noqa: E501
        return template.format(
            strategy=part(hypothesis.strategy, self.tr("[strategy]")),
            need=part(hypothesis.need, self.tr("[need]")),
            solution=part(hypothesis.solution, self.tr("[solution]")),
            outcome=part(hypothesis.outcome, self.tr("[outcome]")),
        )

    def _link_choices(self, journey: JourneyMap | None) -> list[tuple[str, str]]:
        choices = [(self.tr("Not linked"), "")]
        if journey is None:
            return choices
        cells = journey.cells()
        for stage in journey.stages:
            choices.append((self._stage_label(stage.name), "stage:" + stage.id))
            for lane in journey.lanes:
                for card in cells.get((stage.id, lane.id), []):
                    choices.append((self._card_label(stage.name, card.title), "card:" + card.id))
        return choices

    def _stage_label(self, name: str) -> str:
        return self.tr("Stage: {name}").format(name=name)

    def _card_label(self, stage_name: str, title: str) -> str:
        return f"{stage_name} › {short_text(title, 48) or self.tr('(untitled card)')}"

    def _link_label(self, key: str) -> str:
        """The label of one link choice, without building the whole list."""
        journey = self.journey
        kind, _, ref = key.partition(":")
        if journey is not None and kind == "stage":
            stage = journey.stage(ref)
            if stage is not None:
                return self._stage_label(stage.name)
        if journey is not None and kind == "card":
            card = journey.touchpoint(ref)
            stage = journey.stage(card.stage_id) if card is not None else None
            if card is not None and stage is not None:
                return self._card_label(stage.name, card.title)
        return self.tr("Not linked")

    # --- following the map ----------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self, changes: list[Change] | None) -> None:
        journey = self.journey
        keep = self.current_id()
        if changes is None or any(c.collection == "opportunities" for c in changes):
            blocker = QSignalBlocker(self.list)
            row = self.list.currentRow()
            self.list.clear()
            opportunities = journey.opportunities if journey is not None else []
            for opportunity in opportunities:
                sentence = self.sentence(opportunity.hypothesis)
                label = short_text(opportunity.text, 80) or short_text(sentence, 80)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, opportunity.id)
                item.setToolTip(self.sentence(opportunity.hypothesis))
                self.list.addItem(item)
            ids = [o.id for o in opportunities]
            if keep in ids:
                self.list.setCurrentRow(ids.index(keep))
            elif ids:
                self.list.setCurrentRow(min(max(row, 0), len(ids) - 1))
            del blocker
        self._show_form(self._current())

    def _current(self) -> Opportunity | None:
        journey = self.journey
        return find_item(journey, "opportunities", self.current_id()) if journey is not None else None

    def _current_changed(self) -> None:
        self._show_form(self._current())

    def _show_form(self, opportunity: Opportunity | None) -> None:
        self.form.show(opportunity)
        linked = link_key(opportunity) if opportunity else ""
        self.link.show_link(self._link_label(linked), linked)
        has = opportunity is not None
        for widget in (self.link, self.delete_button, self.show_button):
            widget.setEnabled(has)
        self._update_preview()

    def _update_preview(self) -> None:
        if self.current_id() is None:
            self.preview.setText("")
            return
        text = {part: edit.toPlainText() for part, edit in self.parts.items()}
        typed = Hypothesis.model_construct(
            strategy=text["strategy"], need=text["need"], solution=text["solution"], outcome=text["outcome"]
        )
        self.preview.setText(self.sentence(typed))

    # --- editing --------------------------------------------------------------------
    def add_opportunity(self) -> str | None:
        """Add an opportunity, linked to the same place as the selected one (a common next idea)."""
        current = self._current()
        opportunity = Opportunity(
            id=new_id("op"),
            text=self.tr("New opportunity"),
            stage_id=current.stage_id if current is not None else None,
            touchpoint_id=current.touchpoint_id if current is not None else None,
        )
        if not self.push(AddItem("opportunities", opportunity), self.tr("Add opportunity")):
            return None
        self.select_opportunity(opportunity.id)
        self.text.setFocus()
        self.text.selectAll()
        return opportunity.id

    def select_opportunity(self, opportunity_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == opportunity_id:
                self.list.setCurrentRow(row)
                return

    def delete_current(self) -> None:
        opportunity_id = self.current_id()
        if opportunity_id is not None:
            self.push(RemoveItems("opportunities", [opportunity_id]), self.tr("Delete opportunity"))

    def _link_chosen(self) -> None:
        opportunity = self._current()
        if opportunity is None:
            return
        key = self.link.currentData() or ""
        if key != link_key(opportunity):
            self.push(
                UpdateItem("opportunities", opportunity.id, link_changes(key)), self.tr("Link opportunity")
            )

    def _show_on_canvas(self) -> None:
        opportunity_id = self.current_id()
        if opportunity_id is not None:
            self.select_requested.emit(opportunity_id)
