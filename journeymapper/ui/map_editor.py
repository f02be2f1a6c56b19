"""The editor controller: turns canvas gestures and editing actions into model commands.

The scene and view report what the user did (a double-click in a cell, a drop, a
key); this object decides what that means, builds the command (from
`model/edits.py` where one exists) and pushes it on the document's undo stack as
one step. It also keeps the inline editor's little workflows: type a title, Enter
for the next card in the same cell, Tab / Shift+Tab for the next / previous stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QGuiApplication

from journeymapper.model import edits
from journeymapper.model.commands import AddItem, Command, Macro, MoveCards, MoveItem, RemoveItems, UpdateItem
from journeymapper.model.entities import Lane, Opportunity, Stage, new_id
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import PainKind
from journeymapper.ui import clipboard
from journeymapper.ui.canvas.cursor import CellCursor
from journeymapper.ui.canvas.inline_editor import Annotation, CardTitle, HeaderName, NewCard
from journeymapper.ui.canvas.scene import MapScene
from journeymapper.ui.canvas.view import MapView
from journeymapper.ui.document import Document

PAIN_KINDS = list(PainKind)
HeaderCollection = Literal["stages", "lanes"]
SLOT_PADDING = 6.0
# A new stage or lane is named in the map's language (it goes on the poster), not the UI's.
NEW_NAMES = {
    "stages": {"en": "New stage", "es": "Nueva etapa"},
    "lanes": {"en": "New lane", "es": "Nuevo carril"},
}


def score_for_key(number: int, low: int, high: int) -> int:
    """Keys 1–5 spread evenly over the map's emotion scale (1 → lowest, 5 → highest)."""
    number = max(1, min(5, number))
    return round(low + (number - 1) * (high - low) / 4)


class MapEditor(QObject):
    """Gesture → command; owns no state but the inline editor's current workflow."""

    status = Signal(str)  # a short hint for the status bar

    def __init__(self, document: Document, scene: MapScene, view: MapView) -> None:
        super().__init__(view)
        self.document = document
        self.scene = scene
        self.view = view
        self.editor = view.editor
        scene.new_card_requested.connect(self.begin_new_card)
        scene.edit_card_requested.connect(self.begin_edit_title)
        scene.rename_requested.connect(self.begin_rename)
        scene.cards_dropped.connect(self.move_cards)
        scene.header_dropped.connect(self.move_header)
        scene.emotion_dropped.connect(self.set_emotion)
        scene.connect_requested.connect(self.connect_cards)
        view.escape_pressed.connect(lambda: scene.select_keys([]))
        self.cursor = CellCursor(scene, view)
        self.cursor.activated.connect(self.activate)
        self.editor.committed.connect(self._on_editor_committed)
        self.editor.cancelled.connect(self._on_editor_cancelled)

    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    def push(self, command: Command, text: str) -> bool:
        return self.document.push(command, text)

    # --- inline editing -------------------------------------------------------------
    def _slot_rect(self, stage_id: str, lane_id: str) -> QRectF | None:
        """Where a new card would appear in a cell: below its last card."""
        layout = self.scene.layout
        cell = layout.cells.get((stage_id, lane_id))
        if cell is None:
            return None
        boxes = [layout.cards[c.id] for c in self.journey.cell(stage_id, lane_id) if c.id in layout.cards]
        height = boxes[0].h if boxes else 44.0
        width = boxes[0].w if boxes else cell.w - 2 * SLOT_PADDING
        x = boxes[0].x if boxes else cell.x + SLOT_PADDING
        y = boxes[-1].y + boxes[-1].h + SLOT_PADDING if boxes else cell.y + SLOT_PADDING
        y = min(y, cell.y + max(0.0, cell.h - height))
        return QRectF(x, y, width, height)

    def begin_new_card(self, stage_id: str, lane_id: str) -> None:
        if self.document.read_only:
            self.document.push(Macro("", []), "")  # reports the read-only state
            return
        rect = self._slot_rect(stage_id, lane_id)
        if rect is None:
            return
        self.view.scroll_to_scene_rect(rect)
        self.editor.open(
            rect, "", NewCard(stage_id, lane_id), self.tr("New card — Enter: next, Tab: next stage")
        )
        self.status.emit(
            self.tr(
                "Type the card's title. Enter adds it and starts the next; Tab moves to the "
                "next stage; Escape cancels."
            )
        )

    def begin_edit_title(self, card_id: str) -> None:
        box = self.scene.layout.cards.get(card_id)
        card = self.journey.touchpoint(card_id)
        if box is None or card is None:
            return
        self.scene.select_keys([("card", card_id)])
        self.editor.open(QRectF(box.x, box.y, box.w, min(box.h, 40.0)), card.title, CardTitle(card_id))

    def begin_rename(self, collection: HeaderCollection, item_id: str) -> None:
        layout = self.scene.layout
        boxes = layout.stage_headers if collection == "stages" else layout.lane_labels
        box = boxes.get(item_id)
        item = self.journey.stage(item_id) if collection == "stages" else self.journey.lane(item_id)
        if box is None or item is None:
            return
        header = self.scene.item_for(("stage-header" if collection == "stages" else "lane-label", item_id))
        offset = header.offset if header is not None else None
        rect = QRectF(box.x, box.y, box.w, min(box.h, 36.0))
        if offset is not None:
            rect.translate(offset)
        self.view.scroll_to_scene_rect(rect)  # a new stage or lane may be off screen
        self.editor.open(rect, item.name, HeaderName(collection, item_id))

    def _on_editor_committed(self, text: str, how: str) -> None:
        match self.editor.context:
            case NewCard(stage_id, lane_id):
                self._commit_new_card(stage_id, lane_id, text, how)
            case CardTitle(card_id):
                card = self.journey.touchpoint(card_id)
                if card is not None and text != card.title:
                    self.push(UpdateItem("touchpoints", card_id, {"title": text}), self.tr("Edit card title"))
            case HeaderName(collection, item_id):
                item = self.journey.stage(item_id) if collection == "stages" else self.journey.lane(item_id)
                if item is not None and text.strip() and text != item.name:
                    label = self.tr("Rename stage") if collection == "stages" else self.tr("Rename lane")
                    self.push(UpdateItem(collection, item_id, {"name": text.strip()}), label)
            case Annotation(kind, item_id):
                self._commit_annotation(kind, item_id, text)

    def _commit_annotation(self, kind: str, item_id: str, text: str) -> None:
        """Text typed over a pain point, an opportunity or a card's note."""
        collection, field = {
            "pain": ("pain_points", "text"),
            "opportunity": ("opportunities", "text"),
            "note": ("touchpoints", "description"),
        }[kind]
        item = next((x for x in getattr(self.journey, collection) if x.id == item_id), None)
        if item is None or getattr(item, field) == text:
            return
        labels = {
            "pain": self.tr("Describe pain point"),
            "opportunity": self.tr("Describe opportunity"),
            "note": self.tr("Edit note"),
        }
        self.push(UpdateItem(collection, item_id, {field: text}), labels[kind])

    def _on_editor_cancelled(self) -> None:
        """Escape over a pain or opportunity just made by P / O takes it back: no empty leftovers."""
        context = self.editor.context
        if isinstance(context, Annotation) and context.fresh:
            stack = self.document.undo_stack
            command = stack.command(stack.index() - 1) if stack.index() > 0 else None
            if command is not None and getattr(command, "fresh_id", None) == context.item_id:
                stack.undo()

    def begin_annotation(
        self, kind: Literal["pain", "opportunity", "note"], item_id: str, fresh: bool = False
    ) -> None:
        """Open the inline editor over a pain point, an opportunity or a card (its note)."""
        role = {"pain": "pain", "opportunity": "opportunity", "note": "card"}[kind]
        item = self.scene.item_for((role, item_id))
        if kind == "note":
            card = self.journey.touchpoint(item_id)
            text = card.description if card is not None else ""
        else:
            collection = "pain_points" if kind == "pain" else "opportunities"
            found = next((x for x in getattr(self.journey, collection) if x.id == item_id), None)
            text = found.text if found is not None else ""
        if item is None:
            return
        rect = item.box()
        rect.setHeight(min(rect.height(), 40.0))
        self.view.scroll_to_scene_rect(rect)
        placeholders = {
            "pain": self.tr("Pain point — Enter: done, Escape: cancel"),
            "opportunity": self.tr("Opportunity — Enter: done, Escape: cancel"),
            "note": self.tr("Note on this card — Enter: done"),
        }
        self.editor.open(rect, text, Annotation(kind, item_id, fresh), placeholders[kind])

    def _commit_new_card(self, stage_id: str, lane_id: str, text: str, how: str) -> None:
        title = text.strip()
        if title:
            command, card_id = edits.add_card(self.journey, stage_id, lane_id, title[:200])
            if self.push(command, self.tr("Add card")):
                self.scene.select_keys([("card", card_id)])
        if how == "enter" and title:
            self.begin_new_card(stage_id, lane_id)
        elif how in ("tab", "backtab"):
            ids = [s.id for s in self.journey.stages]
            if stage_id in ids and ids:
                step = 1 if how == "tab" else -1
                self.begin_new_card(ids[(ids.index(stage_id) + step) % len(ids)], lane_id)

    # --- cards ------------------------------------------------------------------------
    def focus_card(self) -> str | None:
        ids = self.scene.selected_card_ids()
        return ids[0] if ids else None

    def target_cell(self) -> tuple[str, str] | None:
        """Where a new or pasted card goes: the selected card's cell, the last clicked cell, the first."""
        card = self.journey.touchpoint(self.focus_card() or "")
        if card is not None:
            return card.stage_id, card.lane_id
        cursor_cell = self.cursor.cell()
        if cursor_cell is not None:
            return cursor_cell
        if self.scene.last_cell is not None and self.scene.last_cell in self.scene.layout.cells:
            return self.scene.last_cell
        if self.journey.stages and self.journey.lanes:
            return self.journey.stages[0].id, self.journey.lanes[0].id
        return None

    def add_card(self) -> None:
        cell = self.target_cell()
        if cell is None:
            self.status.emit(self.tr("Add a stage and a lane first."))
            return
        self.begin_new_card(*cell)

    def activate(self) -> None:
        """Enter on the canvas: a new card in the cursor's cell (a header is renamed)."""
        spot = self.cursor.spot
        if spot is not None and not spot.is_cell and not self.scene.selected_card_ids():
            self.edit_title()
        else:
            self.add_card()

    def edit_title(self) -> None:
        """F2: rename whatever is under the cursor: card, pain point, opportunity, stage or lane."""
        pains = self.scene.selected_pain_ids()
        opportunities = [ref for role, ref in self.scene.selected_keys() if role == "opportunity"]
        card_id = self.focus_card()
        if pains:
            self.begin_annotation("pain", pains[0])
        elif opportunities:
            self.begin_annotation("opportunity", opportunities[0])
        elif card_id is not None:
            self.begin_edit_title(card_id)
        elif self.scene.current_header is not None:
            role, ref = self.scene.current_header
            self.begin_rename("stages" if role == "stage-header" else "lanes", ref)

    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, index: int) -> None:
        cell = self.journey.cell(stage_id, lane_id)
        staying = [c.id for c in cell if c.id not in card_ids]
        result = staying[:index] + list(card_ids) + staying[index:]
        if result == [c.id for c in cell]:
            return  # dropped where they were
        label = self.tr("Move card") if len(card_ids) == 1 else self.tr("Move %n cards", "", len(card_ids))
        self.push(MoveCards(card_ids, stage_id, lane_id, index), label)

    def delete_selection(self) -> None:
        cards = self.scene.selected_card_ids()
        pains = [
            p
            for p in self.scene.selected_pain_ids()
            if next((x for x in self.journey.pain_points if x.id == p and x.touchpoint_id not in cards), None)
        ]
        commands: list[Command] = []
        if cards:
            commands.append(RemoveItems("touchpoints", cards))
        if pains:
            commands.append(RemoveItems("pain_points", pains))
        if commands:
            text = self.tr("Delete %n card(s)", "", len(cards)) if cards else self.tr("Delete pain point")
            self.push(commands[0] if len(commands) == 1 else Macro("Delete", commands), text)
            return
        if self.scene.current_header is not None:
            role, ref = self.scene.current_header
            self.delete_header("stages" if role == "stage-header" else "lanes", ref)

    def set_emotion(self, card_id: str, score: int | None) -> None:
        card = self.journey.touchpoint(card_id)
        if card is None or (card.emotion.score if card.emotion else None) == score:
            return
        self.push(
            edits.set_emotion(self.journey, card_id, score),
            self.tr("Clear emotion") if score is None else self.tr("Set emotion"),
        )

    def emotion_key(self, number: int | None) -> None:
        """1–5 set the selected cards' emotion across the scale; None (0, Backspace) clears it."""
        cards = self.scene.selected_card_ids()
        if not cards:
            self.status.emit(self.tr("Select a card to set its emotion."))
            return
        scale = self.journey.emotion_scale
        score = None if number is None else score_for_key(number, scale.min, scale.max)
        commands = [edits.set_emotion(self.journey, c, score) for c in cards]
        label = self.tr("Clear emotion") if score is None else self.tr("Set emotion")
        self.push(commands[0] if len(commands) == 1 else Macro(label, commands), label)

    # --- pain points --------------------------------------------------------------------
    def add_pain(self) -> None:
        card_id = self.focus_card()
        if card_id is None:
            self.status.emit(self.tr("Select a card to add a pain point to it."))
            return
        command, pain_id = edits.add_pain(touchpoint_id=card_id)
        if self._push_fresh(command, pain_id, self.tr("Add pain point")):
            if self.scene.item_for(("pain", pain_id)) is not None:
                self.scene.select_keys([("pain", pain_id)])
                self.begin_annotation("pain", pain_id, fresh=True)
            self.status.emit(
                self.tr(
                    "Type what hurts, then Enter (Escape takes the pain point back). Then K: kind, "
                    "Shift+↑/↓: severity, +/−: votes."
                )
            )

    def _push_fresh(self, command: Command, item_id: str, text: str) -> bool:
        """Push an addition whose inline text may still be cancelled (Escape undoes it)."""
        if not self.push(command, text):
            return False
        stack = self.document.undo_stack
        top = stack.command(stack.index() - 1)
        if top is not None:
            top.fresh_id = item_id  # type: ignore[attr-defined]
        return True

    def add_opportunity(self) -> None:
        """O: an opportunity on the selected card (or the cursor's stage), typed in place."""
        card_id = self.focus_card()
        cell = self.target_cell()
        if card_id is None and cell is None:
            return
        stage_id = None if card_id is not None or cell is None else cell[0]
        opp = Opportunity(id=new_id("op"), touchpoint_id=card_id, stage_id=stage_id)
        if self._push_fresh(AddItem("opportunities", opp), opp.id, self.tr("Add opportunity")):
            if self.scene.item_for(("opportunity", opp.id)) is not None:
                self.scene.select_keys([("opportunity", opp.id)])
                self.begin_annotation("opportunity", opp.id, fresh=True)

    def edit_note(self) -> None:
        """Edit the selected card's note (its description) on the canvas."""
        card_id = self.focus_card()
        if card_id is None:
            self.status.emit(self.tr("Select a card to write a note on it."))
            return
        self.begin_annotation("note", card_id)

    def target_pains(self) -> list[str]:
        """The selected pain points, or the newest pain of each selected card."""
        pains = self.scene.selected_pain_ids()
        if pains:
            return pains
        out = []
        for card_id in self.scene.selected_card_ids():
            own = self.journey.pains_of_touchpoint(card_id)
            if own:
                out.append(own[-1].id)
        return out

    def _update_pains(self, change: dict[str, object] | None, text: str, **per_pain: int) -> None:
        pains = {p.id: p for p in self.journey.pain_points}
        commands: list[Command] = []
        for pain_id in self.target_pains():
            pain = pains.get(pain_id)
            if pain is None:
                continue
            values = change or {}
            if "votes" in per_pain:
                values = {"votes": max(0, min(100_000, pain.votes + int(per_pain["votes"])))}
            elif "severity" in per_pain:
                values = {"severity": max(1, min(5, pain.severity + int(per_pain["severity"])))}
            elif "cycle" in per_pain:
                values = {"kind": PAIN_KINDS[(PAIN_KINDS.index(pain.kind) + 1) % len(PAIN_KINDS)]}
            if any(getattr(pain, k) != v for k, v in values.items()):
                commands.append(UpdateItem("pain_points", pain_id, values))
        if not commands:
            if not self.target_pains():
                self.status.emit(self.tr("Select a pain point (or a card with one) first."))
            return
        self.push(commands[0] if len(commands) == 1 else Macro(text, commands), text)

    def vote(self, step: int) -> None:
        self._update_pains(None, self.tr("Vote"), votes=step)

    def change_severity(self, step: int) -> None:
        self._update_pains(None, self.tr("Change severity"), severity=step)

    def cycle_pain_kind(self) -> None:
        self._update_pains(None, self.tr("Change pain kind"), cycle=True)

    # --- connections --------------------------------------------------------------------
    def start_connect(self) -> None:
        card_id = self.focus_card()
        if card_id is None:
            self.status.emit(self.tr("Select the card to connect from, then press C."))
            return
        self.scene.start_connect(card_id)
        self.status.emit(self.tr("Click the card to connect to (Escape cancels)."))

    def connect_cards(self, source: str, target: str) -> None:
        if any(c.source == source and c.target == target for c in self.journey.connections):
            self.status.emit(self.tr("These cards are already connected."))
            return
        command, _ = edits.connect(source, target)
        self.push(command, self.tr("Connect cards"))

    # --- stages and lanes -----------------------------------------------------------------
    def _headers(self, collection: HeaderCollection) -> Sequence[Stage | Lane]:
        return self.journey.stages if collection == "stages" else self.journey.lanes

    def _header_index(self, collection: HeaderCollection) -> int | None:
        header = self.scene.current_header
        if header is None:
            return None
        items = self._headers(collection)
        role = "stage-header" if collection == "stages" else "lane-label"
        if header[0] != role:
            return None
        return next((i for i, item in enumerate(items) if item.id == header[1]), None)

    def add_stage(self, before: bool = False) -> None:
        index = self._header_index("stages")
        at = None if index is None else (index if before else index + 1)
        command, stage_id = edits.add_stage(NEW_NAMES["stages"][str(self.journey.language)], at)
        if self.push(command, self.tr("Add stage")):
            self.scene.set_current_header(("stage-header", stage_id))
            self.begin_rename("stages", stage_id)

    def add_lane(self, before: bool = False) -> None:
        index = self._header_index("lanes")
        at = None if index is None else (index if before else index + 1)
        command, lane_id = edits.add_lane(NEW_NAMES["lanes"][str(self.journey.language)], index=at)
        if self.push(command, self.tr("Add lane")):
            self.scene.set_current_header(("lane-label", lane_id))
            self.begin_rename("lanes", lane_id)

    def delete_header(self, collection: HeaderCollection, item_id: str) -> None:
        label = self.tr("Delete stage") if collection == "stages" else self.tr("Delete lane")
        self.push(RemoveItems(collection, [item_id]), label)

    def move_header(self, collection: HeaderCollection, item_id: str, index: int) -> None:
        items = self._headers(collection)
        current = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if current is None or current == index:
            return
        label = self.tr("Reorder stages") if collection == "stages" else self.tr("Reorder lanes")
        self.push(MoveItem(collection, item_id, index), label)

    def shift_header(self, step: int) -> None:
        header = self.scene.current_header
        if header is None:
            return
        collection: HeaderCollection = "stages" if header[0] == "stage-header" else "lanes"
        index = self._header_index(collection)
        if index is not None:
            self.move_header(collection, header[1], max(0, index + step))

    def toggle_collapse(self, lane_id: str | None = None) -> None:
        if lane_id is None:
            header = self.scene.current_header
            if header is not None and header[0] == "lane-label":
                lane_id = header[1]
            else:
                card = self.journey.touchpoint(self.focus_card() or "")
                lane_id = card.lane_id if card is not None else None
        lane = self.journey.lane(lane_id or "")
        if lane is None:
            return
        text = self.tr("Expand lane") if lane.collapsed else self.tr("Collapse lane")
        self.push(UpdateItem("lanes", lane.id, {"collapsed": not lane.collapsed}), text)

    # --- clipboard ----------------------------------------------------------------------
    def copy(self) -> bool:
        cards = self.scene.selected_card_ids()
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(clipboard.to_mime(clipboard.bundle_of(self.journey, cards)))
        self.status.emit(self.tr("Copied %n card(s).", "", len(cards)))
        return True

    def cut(self) -> None:
        cards = self.scene.selected_card_ids()
        if self.copy():
            self.push(RemoveItems("touchpoints", cards), self.tr("Cut %n card(s)", "", len(cards)))

    def paste(self) -> None:
        bundle = clipboard.from_mime(QGuiApplication.clipboard().mimeData())
        cell = self.target_cell()
        if bundle is None or cell is None:
            self.status.emit(self.tr("Nothing to paste."))
            return
        index = None
        selected = self.scene.selected_card_ids()
        anchor = self.journey.touchpoint(selected[-1]) if selected else None
        if anchor is not None:  # after the last selected card, in its cell
            cell = (anchor.stage_id, anchor.lane_id)
            index = [c.id for c in self.journey.cell(*cell)].index(anchor.id) + 1
        command, new_ids = clipboard.paste_command(self.journey, bundle, cell[0], cell[1], index)
        if self.push(command, self.tr("Paste %n card(s)", "", len(new_ids))):
            self.scene.select_keys([("card", i) for i in new_ids])

    def duplicate(self) -> None:
        cards = self.scene.selected_card_ids()
        if not cards:
            return
        command, new_ids = clipboard.duplicate_command(self.journey, cards)
        if self.push(command, self.tr("Duplicate %n card(s)", "", len(cards))):
            self.scene.select_keys([("card", i) for i in new_ids])
