"""The inspector: every field of the selected card, pain point, stage, lane, or of the map.

Each form binds widgets to fields of one model object. A widget commits when its
editing is finished (line edits, spin boxes, combos) or, for long texts, as the
user types — as mergeable updates, so one visit to a field is one undo step. When
the model changes (from here, the canvas, or undo), the form refreshes with its
signals blocked, so showing a value never echoes back as a new edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.commands import Change, Command, MoveCards, UpdateItem
from journeymapper.model.entities import Emotion, EmotionScale
from journeymapper.model.vocabulary import (
    Channel,
    Evidence,
    LaneKind,
    Language,
    MapState,
    PainKind,
    display_name,
)
from journeymapper.ui.canvas.scene import MapScene
from journeymapper.ui.document import Document
from journeymapper.ui.form_widgets import LazyPages, PageStack, PlainTextField
from journeymapper.ui.panels.binding import ui_language
from journeymapper.ui.theme import themed_icon

Getter = Callable[[Any], Any]


class Form(QWidget):
    """Widgets bound to the fields of one object of one collection ('map' for the map)."""

    def __init__(self, inspector: Inspector, collection: str) -> None:
        super().__init__()
        self.inspector = inspector
        self.collection = collection
        self.item_id: str | None = None
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Long labels (Spanish: "Etiqueta de la emoción") put their field on the next line
        # rather than push the form wider than its panel.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._refreshers: list[Callable[[Any], None]] = []

    # --- the object ----------------------------------------------------------------
    def target(self) -> Any:
        journey = self.inspector.document.journey
        if self.collection == "map":
            return journey
        items = getattr(journey, self.collection)
        return next((item for item in items if item.id == self.item_id), None)

    def show_object(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        target = self.target()
        if target is None:
            return
        for refresh in self._refreshers:
            refresh(target)

    def commit(self, changes: dict[str, Any], text: str) -> None:
        target = self.target()
        if target is None:
            return
        if all(getattr(target, k) == v for k, v in changes.items()):
            return
        self.inspector.push(UpdateItem(self.collection, self.item_id, changes, mergeable=True), text)

    def _watch_focus(self, widget: QWidget) -> None:
        widget.installEventFilter(self.inspector)

    # --- bindings -------------------------------------------------------------------
    def line(
        self,
        label: str,
        field: str,
        max_length: int = 200,
        get: Getter | None = None,
        to_model: Callable[[str], Any] | None = None,
        commit: Callable[[str], None] | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        getter = get or (lambda obj: getattr(obj, field))
        convert = to_model or (lambda text: text)

        def refresh(obj: Any) -> None:
            value = str(getter(obj))
            if edit.text() != value:
                with QSignalBlocker(edit):
                    edit.setText(value)
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)  # show the start of a long text, as the panels do

        edit.editingFinished.connect(
            lambda: (
                commit(edit.text())
                if commit
                else self.commit({field: convert(edit.text())}, label.rstrip(":"))
            )
        )
        self._add(label, edit, refresh)
        return edit

    def text(
        self,
        label: str,
        field: str,
        get: Getter | None = None,
        to_model: Callable[[str], Any] | None = None,
        commit: Callable[[str], None] | None = None,
    ) -> PlainTextField:
        edit = PlainTextField()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        getter = get or (lambda obj: getattr(obj, field))
        convert = to_model or (lambda text: text)

        def refresh(obj: Any) -> None:
            value = str(getter(obj))
            if edit.toPlainText() != value:
                with QSignalBlocker(edit):
                    edit.setPlainText(value)

        if commit is not None:  # parsed texts commit when the user leaves the field
            edit.editingFinished.connect(lambda: commit(edit.toPlainText()))
        else:  # long texts commit as you type; mergeable updates make the visit one undo step
            edit.textChanged.connect(
                lambda: self.commit({field: convert(edit.toPlainText()[:5000])}, label.rstrip(":"))
            )
        self._add(label, edit, refresh)
        return edit

    def combo(
        self,
        label: str,
        field: str,
        choices: list[tuple[str, Any]],
        get: Getter | None = None,
        commit: Callable[[Any], None] | None = None,
    ) -> QComboBox:
        box = QComboBox()
        for text, value in choices:
            box.addItem(text, value)
        getter = get or (lambda obj: getattr(obj, field))

        def refresh(obj: Any) -> None:
            index = box.findData(getter(obj))
            if index != box.currentIndex():
                with QSignalBlocker(box):
                    box.setCurrentIndex(index)

        def on_activated(index: int) -> None:
            value = box.itemData(index)
            if commit is not None:
                commit(value)
            else:
                self.commit({field: value}, label.rstrip(":"))

        box.activated.connect(on_activated)
        self._add(label, box, refresh)
        return box

    def spin(
        self,
        label: str,
        field: str,
        low: int,
        high: int,
        get: Getter | None = None,
        commit: Callable[[int], None] | None = None,
    ) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setKeyboardTracking(False)
        getter = get or (lambda obj: getattr(obj, field))

        def refresh(obj: Any) -> None:
            value = int(getter(obj))
            if box.value() != value:
                with QSignalBlocker(box):
                    box.setValue(value)

        box.valueChanged.connect(
            lambda value: commit(value) if commit else self.commit({field: value}, label.rstrip(":"))
        )
        self._add(label, box, refresh)
        return box

    def check(self, label: str, field: str) -> QCheckBox:
        box = QCheckBox()

        def refresh(obj: Any) -> None:
            if box.isChecked() != bool(getattr(obj, field)):
                with QSignalBlocker(box):
                    box.setChecked(bool(getattr(obj, field)))

        box.toggled.connect(lambda on: self.commit({field: on}, label.rstrip(":")))
        self._add(label, box, refresh)
        return box

    def word_list(self, label: str, field: str, max_items: int = 30) -> QLineEdit:
        """A list of short strings edited as comma-separated text."""
        return self.line(
            label,
            field,
            2000,
            get=lambda obj: ", ".join(getattr(obj, field)),
            to_model=lambda text: [t.strip()[:60] for t in text.split(",") if t.strip()][:max_items],
        )

    def colour(self, label: str, field: str) -> QPushButton:
        button = QPushButton()
        button.setToolTip(self.tr("Choose a colour"))

        def refresh(obj: Any) -> None:
            value = getattr(obj, field)
            button.setText(value)
            button.setStyleSheet(
                f"QPushButton {{ background: {value}; color: "
                f"{'#FFFFFF' if QColor(value).lightness() < 140 else '#1F2933'}; }}"
            )

        def choose() -> None:
            target = self.target()
            if target is None:
                return
            chosen = QColorDialog.getColor(QColor(getattr(target, field)), self, label.rstrip(":"))
            if chosen.isValid():
                self.commit({field: chosen.name().upper()}, label.rstrip(":"))

        button.clicked.connect(choose)
        self._add(label, button, refresh)
        return button

    def _add(self, label: str, widget: QWidget, refresh: Callable[[Any], None]) -> None:
        self.layout_.addRow(label, widget)
        self._refreshers.append(refresh)
        self._watch_focus(widget)


def _choices(values: list[Any]) -> list[tuple[str, Any]]:
    """Vocabulary names in the editor's language (the map's own language is for the poster)."""
    return [(display_name(v, ui_language()), v) for v in values]


class Inspector(QWidget):
    """Shows the form for whatever the canvas has selected; the map's form when nothing is."""

    def __init__(self, document: Document, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene = scene
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        self.stack = PageStack()
        self.forms: LazyPages[Form] = LazyPages(
            {
                "map": self._map_form,
                "touchpoints": self._card_form,
                "pain_points": self._pain_form,
                "stages": self._stage_form,
                "lanes": self._lane_form,
            },
            self._place_form,
        )
        self.many = QLabel()
        self.many.setWordWrap(True)
        self.many.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.many)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # forms fit the width
        page = QWidget()  # the current form at its natural height, then empty space
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        column.addStretch(1)
        self.stack.currentChanged.connect(self.stack.updateGeometry)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        self.current: str = "map"
        scene.current_changed.connect(self.follow_selection)
        document.changed.connect(self.on_changes)
        self.follow_selection()

    def _place_form(self, form: Form) -> None:
        for combo in form.findChildren(QComboBox):
            # A combo as wide as its longest item ("Customer actions and touchpoints") would set
            # the form's minimum width; a few characters plus elision fit any panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.stack.addWidget(form)

    def make_forms(self) -> None:
        """Build the forms not shown yet (right after the window's first frame)."""
        while self.forms.make_next():
            pass

    def push(self, command: Command, text: str) -> None:
        self.document.push(command, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.document.close_merge()  # a new visit to a field is a new undo step
        return False

    # --- following the canvas ----------------------------------------------------------
    def follow_selection(self) -> None:
        keys = self.scene.selected_keys()
        header = self.scene.current_header
        if len(keys) > 1:
            cards = sum(1 for role, _ in keys if role == "card")
            self._note(
                self.tr("%n object(s) selected", "", len(keys)),
                self.tr(
                    "%n card(s) selected. Drag to move them together, press Delete to "
                    "remove them, 1–5 to set their emotion.",
                    "",
                    cards,
                ),
            )
        elif keys and keys[0][0] == "kpi":  # KPIs and opportunities are edited in their panels
            self._note(self.tr("KPI"), self.tr("Edit this KPI in the KPIs panel."))
        elif keys and keys[0][0] == "opportunity":
            self._note(self.tr("Opportunity"), self.tr("Edit this opportunity in the Opportunities panel."))
        elif len(keys) == 1:
            role, ref = keys[0]
            self._show("touchpoints" if role == "card" else "pain_points", ref)
        elif header is not None:
            self._show("stages" if header[0] == "stage-header" else "lanes", header[1])
        else:
            self._show("map", None)

    def _note(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.many.setText(text)
        self.stack.setCurrentWidget(self.many)
        self.current = ""

    def _show(self, collection: str, item_id: str | None) -> None:
        headings = {"map": self.tr("Map"), "touchpoints": self.tr("Card"), "stages": self.tr("Stage")}
        headings.update(pain_points=self.tr("Pain point"), lanes=self.tr("Lane"))
        self.heading.setText(headings[collection])
        form = self.forms[collection]
        if collection == "touchpoints":
            self._fill_card_choices()
        form.show_object(item_id)
        self.stack.setCurrentWidget(form)
        self.current = collection

    def on_changes(self, changes: list[Change]) -> None:
        if not self.current:
            return
        form = self.forms[self.current]
        for change in changes:
            if change.collection in ("stages", "lanes", "map") and self.current == "touchpoints":
                self._fill_card_choices()
            if change.collection == form.collection and (
                change.id == form.item_id or form.collection == "map"
            ):
                if change.action == "removed":
                    self.follow_selection()
                    return
                form.refresh()
                return
            if form.collection == "map" and change.collection == "map":
                form.refresh()
                return

    # --- forms ---------------------------------------------------------------------------
    def _map_form(self) -> Form:
        f = Form(self, "map")
        f.line(self.tr("Title:"), "title")
        f.line(self.tr("Subtitle:"), "subtitle")
        f.text(self.tr("Description:"), "description")
        f.word_list(self.tr("Authors:"), "authors", 50)
        f.line(self.tr("Organisation:"), "organisation")
        f.combo(self.tr("Language:"), "language", [("English", Language.EN), ("Español", Language.ES)])
        f.combo(self.tr("State:"), "state", _choices(list(MapState)))
        f.word_list(self.tr("Tags:"), "tags")
        scale = QLabel(self.tr("Emotion scale"))
        scale.setObjectName("inspectorSection")
        f.layout_.addRow(scale)
        f.spin(
            self.tr("Lowest score:"),
            "",
            -10,
            0,
            get=lambda j: j.emotion_scale.min,
            commit=lambda v: self._set_scale(min_=v),
        )
        f.spin(
            self.tr("Highest score:"),
            "",
            1,
            10,
            get=lambda j: j.emotion_scale.max,
            commit=lambda v: self._set_scale(max_=v),
        )
        labels = f.text(
            self.tr("Scale labels:"),
            "",
            get=lambda j: "\n".join(
                f"{k}: {v}" for k, v in sorted(j.emotion_scale.labels.items(), key=lambda kv: int(kv[0]))
            ),
            commit=lambda text: self._set_scale(labels_text=text),
        )
        labels.setToolTip(self.tr("One per line, as “score: label”, e.g. “-2: Very unhappy”."))
        return f

    def _set_scale(
        self, min_: int | None = None, max_: int | None = None, labels_text: str | None = None
    ) -> None:
        journey = self.document.journey
        old = journey.emotion_scale
        low = old.min if min_ is None else min_
        high = old.max if max_ is None else max_
        labels = dict(old.labels)
        if labels_text is not None:
            labels = {}
            for line in labels_text.splitlines():
                score, _, text = line.partition(":")
                try:
                    labels[str(int(score.strip()))] = text.strip()[:200]
                except ValueError:
                    continue
        labels = {k: v for k, v in labels.items() if low <= int(k) <= high and v}
        scale = EmotionScale(min=low, max=high, labels=labels)
        if scale == old:
            return
        outside = [c.id for c in journey.touchpoints if c.emotion and not scale.contains(c.emotion.score)]
        if outside:
            self.document.refused.emit(
                self.tr("%n card(s) have emotions outside that range; change them first.", "", len(outside))
            )
            self.forms["map"].refresh()
            return
        self.push(UpdateItem("map", None, {"emotion_scale": scale}), self.tr("Change emotion scale"))

    def _card_form(self) -> Form:
        f = Form(self, "touchpoints")
        f.line(self.tr("Title:"), "title")
        f.text(self.tr("Description:"), "description")
        channel = f.combo(
            self.tr("Channel:"), "channel", [(self.tr("(none)"), None)] + _choices(list(Channel))
        )
        for index in range(1, channel.count()):
            channel.setItemIcon(index, themed_icon(str(channel.itemData(index))))
        f.line(self.tr("Channel detail:"), "channel_detail")
        f.line(self.tr("Owner:"), "owner")
        f.combo(self.tr("Evidence:"), "evidence", _choices(list(Evidence)))
        f.word_list(self.tr("Tags:"), "tags")
        self.card_emotion = f.combo(
            self.tr("Emotion:"),
            "",
            [],
            get=lambda c: c.emotion.score if c.emotion else None,
            commit=self._set_card_emotion,
        )
        f.line(
            self.tr("Emotion label:"),
            "",
            get=lambda c: c.emotion.label if c.emotion else "",
            commit=lambda text: self._set_emotion_part("label", text),
        )
        f.line(
            self.tr("Emotion note:"),
            "",
            5000,
            get=lambda c: c.emotion.note if c.emotion else "",
            commit=lambda text: self._set_emotion_part("note", text),
        )
        self.card_stage = f.combo(
            self.tr("Stage:"), "", [], get=lambda c: c.stage_id, commit=lambda v: self._move_card(stage_id=v)
        )
        self.card_lane = f.combo(
            self.tr("Lane:"), "", [], get=lambda c: c.lane_id, commit=lambda v: self._move_card(lane_id=v)
        )
        return f

    def _fill_card_choices(self) -> None:
        journey = self.document.journey
        scale = journey.emotion_scale
        for box, items in (
            (self.card_stage, [(s.name, s.id) for s in journey.stages]),
            (self.card_lane, [(lane.name, lane.id) for lane in journey.lanes]),
            (
                self.card_emotion,
                [(self.tr("(none)"), None)]
                + [
                    (f"{s:+d}  {scale.label(s)}".rstrip() if s else f"0  {scale.label(s)}".rstrip(), s)
                    for s in range(scale.min, scale.max + 1)
                ],
            ),
        ):
            with QSignalBlocker(box):
                box.clear()
                for text, value in items:
                    box.addItem(text, value)

    def _card(self) -> Any:
        return self.forms["touchpoints"].target()

    def _set_card_emotion(self, score: int | None) -> None:
        from journeymapper.model import edits

        card = self._card()
        if card is not None and (card.emotion.score if card.emotion else None) != score:
            self.push(edits.set_emotion(self.document.journey, card.id, score), self.tr("Set emotion"))

    def _set_emotion_part(self, part: str, text: str) -> None:
        card = self._card()
        if card is None or card.emotion is None or getattr(card.emotion, part) == text:
            return
        emotion = Emotion(score=card.emotion.score, label=card.emotion.label, note=card.emotion.note)
        setattr(emotion, part, text)
        self.push(
            UpdateItem("touchpoints", card.id, {"emotion": emotion}, mergeable=True), self.tr("Edit emotion")
        )

    def _move_card(self, stage_id: str | None = None, lane_id: str | None = None) -> None:
        card = self._card()
        if card is None:
            return
        stage_id, lane_id = stage_id or card.stage_id, lane_id or card.lane_id
        if (stage_id, lane_id) != (card.stage_id, card.lane_id):
            self.push(MoveCards([card.id], stage_id, lane_id), self.tr("Move card"))

    def _pain_form(self) -> Form:
        f = Form(self, "pain_points")
        f.text(self.tr("Description:"), "text")
        f.combo(self.tr("Kind:"), "kind", _choices(list(PainKind)))
        f.spin(self.tr("Severity (1–5):"), "severity", 1, 5)
        f.spin(self.tr("Votes:"), "votes", 0, 100_000)
        f.text(
            self.tr("Five whys:"),
            "whys",
            get=lambda p: "\n".join(p.whys),
            to_model=lambda text: [w.strip()[:5000] for w in text.splitlines() if w.strip()][:5],
        )
        return f

    def _stage_form(self) -> Form:
        f = Form(self, "stages")
        f.line(self.tr("Name:"), "name")
        f.text(self.tr("Description:"), "description")
        f.colour(self.tr("Colour:"), "colour")
        return f

    def _lane_form(self) -> Form:
        f = Form(self, "lanes")
        f.line(self.tr("Name:"), "name")
        f.combo(self.tr("Kind:"), "kind", _choices(list(LaneKind)))
        f.colour(self.tr("Colour:"), "colour")
        f.check(self.tr("Collapsed:"), "collapsed")
        return f


def form_row_widget(form: Form, label: str) -> QWidget | None:
    """The field widget of the row labelled `label` (tests and accessibility helpers)."""
    layout = form.layout_
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        shown = item.widget() if item is not None else None
        if isinstance(shown, QLabel) and shown.text() == label:
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            return field.widget() if field is not None else None
    return None
