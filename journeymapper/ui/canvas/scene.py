"""The map scene: one item per layout group, kept in step with the model by layout deltas.

The scene owns the key → item mapping (`item_for` / `key_for`). It listens to the
document's change notifications, asks the layout engine for a delta, and adds,
updates or removes only the items that delta names, so an edit on a 5,000-card map
touches a handful of items. Mouse gestures are delegated to interaction objects that
report requests by signal; the scene never edits the model.

The workbench talks to the canvas through the scene too: `highlight_pains` marks the
pains of the actions selected in the plan (kept apart from the selection, and kept
across layout updates), `select_object` shows a KPI or opportunity the panels point
at, and a click on a KPI or opportunity chip is reported as `chip_clicked`.

Two things keep a 5,000-card map fluid: small items (cards, pains, points, chips) are
cached as pixmaps, paused by the view while it zooms (`set_item_cache`), and zoomed far
out the items stop painting and `overview.Overview` tiles draw a simplified map.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from journeymapper.allocation import paused_gc
from journeymapper.layout.connections import ArrowSpan
from journeymapper.layout.display import Group
from journeymapper.layout.engine import LayoutDelta, LayoutEngine, LayoutOptions, MapLayout
from journeymapper.layout.maplayout import ROUTED_CONNECTIONS_LIMIT, Density
from journeymapper.model.commands import Change
from journeymapper.model.entities import Touchpoint
from journeymapper.ui.canvas.arrow_bundles import ArrowBundle, ArrowBundles
from journeymapper.ui.canvas.interactions import (
    CardDrag,
    ConnectTool,
    EmotionDrag,
    HeaderDrag,
    Interaction,
)
from journeymapper.ui.canvas.items import ConnectHandle, DropIndicator, GroupItem, GroupKey
from journeymapper.ui.canvas.overview import Overview
from journeymapper.ui.canvas.row_bands import RowBands
from journeymapper.ui.document import Document

# Which roles the pointer can grab, most specific first.
HIT_PRIORITY = ("emotion-point", "pain", "card", "kpi", "opportunity", "stage-header", "lane-label")
CHIP_ROLES = ("kpi", "opportunity")
STICKY_ROLES = frozenset({"stage-header", "lane-label"})
# Small items kept as pixmaps at the view's scale: a pan or a repaint around them is a copy.
CACHED_ROLES = frozenset({"card", "pain", "emotion-point", "kpi", "opportunity", "action"})
SCENE_MARGIN = 40.0
BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect  # no Python shape() calls


@dataclass
class UpdateStats:
    """How many items the last model change touched (the benchmark reports these)."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        return self.added + self.changed + self.removed


class MapScene(QGraphicsScene):
    """The live map: layout groups as items, gestures as signals."""

    new_card_requested = Signal(str, str)  # stage id, lane id
    edit_card_requested = Signal(str)  # card id
    rename_requested = Signal(str, str)  # "stages" | "lanes", id
    cards_dropped = Signal(list, str, str, int)  # card ids, stage id, lane id, index
    header_dropped = Signal(str, str, int)  # "stages" | "lanes", id, new index
    emotion_dropped = Signal(str, int)  # card id, score
    connect_requested = Signal(str, str)  # source card id, target card id
    context_menu_requested = Signal(object, object, object)  # key | None, cell | None, QPoint
    chip_clicked = Signal(str, str)  # "kpi" | "opportunity", its id
    current_changed = Signal()  # the object the inspector should show may have changed
    layout_updated = Signal()

    def __init__(
        self, document: Document, options: LayoutOptions | None = None, parent: QObject | None = None
    ) -> None:
        # Parented, so the scene and its items go with the window, never at interpreter exit.
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(QColor("#E9EDF2"))  # the desk; the window sets the theme's
        # No BSP index: items keep their bounds in C++, so finding what to paint or what is under
        # the pointer is a fast scan, while a BSP tree re-indexed every item of every row that
        # moved (a row growing at 10,000 cards: 60 ms in the index alone).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        options = options or LayoutOptions()
        if len(document.journey.connections) > ROUTED_CONNECTIONS_LIMIT:
            options = replace(options, route_connections=False)  # editing stays fluid; posters route
        self.engine = LayoutEngine(document.journey, options)
        with paused_gc():
            self.layout: MapLayout = self.engine.layout()
        self._items: dict[GroupKey, GroupItem] = {}
        self._headers: dict[GroupKey, GroupItem] = {}  # stage headers and lane labels: they stick
        self._interaction: Interaction | None = None
        self.current_header: GroupKey | None = None  # a clicked stage header or lane label
        self.last_cell: tuple[str, str] | None = None  # where the last click landed (paste target)
        self.last_update = UpdateStats()
        self._highlight_pains: list[str] = []
        self._highlighted: dict[GroupKey, str] = {}  # key → "strong" | "soft"
        self.drop_indicator = DropIndicator(self)
        self.handle = ConnectHandle()
        self.addItem(self.handle)
        self.overview = Overview(self, STICKY_ROLES)  # the simplified drawing when zoomed out
        self._cache_mode = QGraphicsItem.CacheMode.DeviceCoordinateCache
        self._uncached: set[GroupItem] = set()  # cached-role items painting directly while zooming
        self._rows = RowBands(self)  # one parent item per lane row and stacking level
        self._arrows = ArrowBundles(self)  # the plain arrows (`ArrowSpan`s), one item per pair of rows
        with paused_gc():
            for group in self.layout.local_groups.values():
                self._add(group)
        self.overview.note([*self._items, *self._arrows.bundle_of])  # the tiles draw both, zoomed out
        self._fit_scene_rect()
        self._fit_bands()
        document.changed.connect(self.on_changes)
        self.selectionChanged.connect(self._on_selection_changed)

    # --- model → items -------------------------------------------------------------
    def item_for(self, key: GroupKey) -> GroupItem | None:
        return self._items.get(key)

    def key_for(self, item: object) -> GroupKey | None:
        return item.key if isinstance(item, GroupItem) else None

    def item_count(self) -> int:
        return len(self._items)

    def box_of(self, key: GroupKey) -> QRectF | None:
        """Where the object with this key is drawn (None: not drawn), arrows in bundles too."""
        item = self._items.get(key)
        if item is not None:  # its box, shifted like a stuck header (not its rectangle: see GroupItem)
            return item.box().translated(item.offset)
        if key in self._arrows:
            group = self.layout.groups[key]
            return QRectF(group.x, group.y, group.w, group.h)
        return None

    def arrow_bundles(self) -> list[ArrowBundle]:  # tests look inside
        return list(self._arrows.bundles.values())

    def _add(self, group: Group | ArrowSpan) -> None:
        """An item for a group of `layout.local_groups`, in its row's band if it has a row;
        an arrow kept as a span goes to the bundle of its two rows."""
        if type(group) is ArrowSpan:
            self._arrows.put((group.role, group.ref), group, self.layout.row_tops)  # type: ignore[arg-type]
            return
        assert isinstance(group, Group)
        item = GroupItem(group)
        self._items[item.key] = item
        if item.key in self._highlighted:
            item.set_highlight(self._highlighted[item.key])
        if item.key[0] in STICKY_ROLES:
            self._headers[item.key] = item
        self.overview.hide_contents(item)
        if item.key[0] in CACHED_ROLES:
            item.setCacheMode(self._cache_mode)
            if self._cache_mode == QGraphicsItem.CacheMode.NoCache:
                self._uncached.add(item)
        lane = self.layout.row_of.get(item.key)
        if lane is None:
            self.addItem(item)
        else:
            band = self._rows.band(lane, item.zValue(), self.layout.row_tops.get(lane, 0.0))
            item.setParentItem(band)
            self._rows.note(band, item)

    def _drop(self, key: GroupKey) -> None:
        """Take away what draws `key` (its item, or its arrow in a bundle)."""
        self._arrows.drop(key)
        item = self._items.pop(key, None)
        self._headers.pop(key, None)
        if item is not None:
            self.removeItem(item)

    def _move_rows(self) -> int:
        """Put every row's bands at its row's top: a row that grew moves the rows below as wholes.

        The arrows between rows follow in their bundles; returns how many bundles' rows moved.
        """
        tops = self.layout.row_tops
        self._rows.move(tops)
        moved, regapped = self._arrows.follow_rows(tops)  # type: ignore[arg-type]
        for bundle in regapped:  # their arrows' poster places changed: the tiles redraw them
            self.overview.note(bundle.spans)
        return moved

    def on_changes(self, changes: list[Change]) -> None:
        """Follow an edit: ask the engine what moved and touch only those items."""
        if self._interaction is not None:
            self.cancel_interaction()
        with paused_gc():  # an edit allocates thousands of groups, all alive: nothing to collect
            self._apply_delta(self.engine.update(changes))

    def set_density(self, density: Density) -> None:
        """Draw cards in full, compact (title and emotion) or as dots; see `LayoutOptions`.

        For the density toggle of the View menu. Folding a stage is an undoable model edit
        instead: `document.push(UpdateItem("stages", stage_id, {"collapsed": True}), text)`.
        """
        self.set_options(replace(self.engine.options, density=density))

    def set_options(self, options: LayoutOptions) -> None:
        """Re-lay out with other options (large projector text, theme) without a rebuild."""
        delta = self.engine.set_options(options)
        assert delta is not None  # set_options re-lays out (relayout=True) and says what changed
        self._apply_delta(delta)

    def _apply_delta(self, delta: LayoutDelta) -> None:
        """Touch the items the delta names (within their rows), then move rows as wholes."""
        self.layout = delta.layout
        groups = self.layout.local_groups
        row_of = self.layout.row_of
        for key in delta.removed:
            self._drop(key)
        for key in [*delta.local_changed, *delta.added]:
            group = groups.get(key)
            if type(group) is ArrowSpan or key in self._arrows:  # drawn in a bundle, or was
                self._drop(key)
                if group is not None:
                    self._add(group)
                continue
            item = self._items.get(key)
            if item is None:
                if key in groups:
                    self._add(groups[key])
                continue
            lane = row_of.get(key)
            parent = item.parentItem()
            if (lane is None) != (parent is None) or (
                lane is not None and self._rows.bands.get((lane, item.zValue())) is not parent
            ):
                self.removeItem(item)  # it moved to another row: a new item in the right band
                del self._items[key]
                self._headers.pop(key, None)
                self._add(groups[key])
            else:
                item.set_group(groups[key])  # type: ignore[arg-type]  # a Group: spans went above
                if parent is not None:
                    self._rows.note(parent, item)  # type: ignore[arg-type]  # a RowBand (checked above)
        refitted = self._move_rows()
        changed = len(delta.local_changed) + refitted
        self.last_update = UpdateStats(len(delta.added), changed, len(delta.removed))
        for keys in (delta.removed, delta.local_changed, delta.added):
            self.overview.note(keys)
        self.overview.note_rows(delta.moved_rows)
        if self.overview.active:
            self.overview.apply(self.layout.groups, row_of)
        if self._highlight_pains:  # a pain may have moved to another card, or gone
            self.highlight_pains(self._highlight_pains)
        self._fit_scene_rect()
        self._fit_bands()
        if self.current_header is not None and self.current_header not in self._items:
            self.current_header = None
        self._place_handle()
        self.layout_updated.emit()
        self.current_changed.emit()

    def set_overview(self, active: bool) -> None:
        """Draw the map simplified (zoomed far out) or in full detail; see `overview`."""
        if active != self.overview.active:
            self.overview.set_active(active, self._items.values(), self.layout.groups, self.layout.row_of)
            self._arrows.set_hidden(active)
            self._keep_live()

    def set_item_cache(self, enabled: bool, area: QRectF | None = None) -> None:
        """Cache small items as pixmaps at the view's scale, or (while zooming) at their own.

        A cached item is drawn once per scale and then copied, which makes panning and the
        repaints around an edit cheaper; but every zoom step would re-render each cache at
        the new scale, so during a burst of zoom steps the items in `area` (what the view
        shows after the step; None: every item) keep one drawing at their own scale, one
        point a pixel, which each step scales: slightly soft until the view restores the
        sharp caches after the burst, and a zoom step at 10,000 cards 25 % cheaper than
        painting every card again. Only those items change mode (switching all 18,000
        cached items took 18 ms on each burst's first step and again when it ended); items
        added meanwhile paint directly. Turning it on restores the items switched.
        """
        device = QGraphicsItem.CacheMode.DeviceCoordinateCache
        if enabled:
            self._cache_mode = device
            for item in self._uncached:
                item.setCacheMode(device)
            self._uncached = set()
            return
        self._cache_mode = QGraphicsItem.CacheMode.NoCache
        found: Iterable[QGraphicsItem] = self._items.values() if area is None else self.items(area, BOUNDS)
        for found_item in found:
            if (
                isinstance(found_item, GroupItem)
                and found_item.key[0] in CACHED_ROLES
                and found_item not in self._uncached
            ):
                found_item.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
                self._uncached.add(found_item)

    def _keep_live(self) -> None:
        """In overview, the selection and highlighted pains still paint in detail."""
        if self.overview.active:
            live = [item for item in self.selectedItems() if isinstance(item, GroupItem)]
            live += [self._items[key] for key in self._highlighted if key in self._items]
            self.overview.keep_live(live)

    def _fit_bands(self, everything: bool = False) -> None:
        rect = self.sceneRect()
        self._rows.fit(rect.left(), rect.right(), everything)

    def _fit_scene_rect(self) -> None:
        d = self.layout.display
        rect = QRectF(-SCENE_MARGIN, -SCENE_MARGIN, d.width + 2 * SCENE_MARGIN, d.height + 2 * SCENE_MARGIN)
        before = self.sceneRect()
        if rect != before:
            self.setSceneRect(rect)
            if (rect.left(), rect.right()) != (before.left(), before.right()):  # bands span the width
                self._fit_bands(everything=True)

    def apply_sticky(self, visible: QRectF) -> None:
        """Keep stage headers and lane labels in view while the map scrolls under them."""
        for key, item in self._headers.items():
            if key[0] == "stage-header":
                item.set_offset(0, max(0.0, visible.top() - item.layout_group.y))
            else:
                item.set_offset(max(0.0, visible.left() - item.layout_group.x), 0)

    # --- highlights from the workbench --------------------------------------------------
    def highlight_pains(self, pain_ids: list[str]) -> list[GroupKey]:
        """Emphasise these pains and the cards they sit on ([] clears); the keys highlighted.

        Separate from the selection: selecting or editing on the canvas leaves it alone.
        """
        self._highlight_pains = list(pain_ids)
        wanted: dict[GroupKey, str] = {}
        pains = {p.id: p for p in self.document.journey.pain_points}
        for pain_id in pain_ids:
            pain = pains.get(pain_id)
            if pain is None:
                continue
            if pain.touchpoint_id:
                wanted.setdefault(("card", pain.touchpoint_id), "soft")
            wanted[("pain", pain_id)] = "strong"
        for key in set(self._highlighted) | set(wanted):
            item = self._items.get(key)
            if item is not None:
                item.set_highlight(wanted.get(key, ""))
        self._highlighted = wanted
        self._keep_live()
        return [key for key in wanted if key in self._items]

    def highlighted_keys(self) -> dict[GroupKey, str]:
        """What is highlighted now and how strongly (tests and the view's scrolling read it)."""
        return {key: level for key, level in self._highlighted.items() if key in self._items}

    def highlighted_pain_ids(self) -> list[str]:
        return [ref for (role, ref), level in self.highlighted_keys().items() if role == "pain"]

    def select_object(self, object_id: str) -> GroupKey | None:
        """Select the KPI, opportunity, card or pain with this id; its key, or None if not drawn."""
        for role in ("kpi", "opportunity", "card", "pain"):
            key = (role, object_id)
            if key in self._items:
                self.select_keys([key])
                return key
        return None

    # --- selection -------------------------------------------------------------------
    def selected_keys(self) -> list[GroupKey]:
        return [item.key for item in self.selectedItems() if isinstance(item, GroupItem)]

    def selected_card_ids(self) -> list[str]:
        """Selected cards in reading order (stage, lane, order), so moves keep their sequence."""
        ids = {ref for role, ref in self.selected_keys() if role == "card"}
        if not ids:
            return []  # asked after every edit: no walk over the map for an empty selection
        journey = self.document.journey
        cards = [card for card in map(journey.touchpoint, ids) if card is not None]
        return [card.id for card in self._in_reading_order(cards)]

    def selected_pain_ids(self) -> list[str]:
        return [ref for role, ref in self.selected_keys() if role == "pain"]

    def _in_reading_order(self, cards: list[Touchpoint]) -> list[Touchpoint]:
        journey = self.document.journey
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        lane_index = {lane.id: i for i, lane in enumerate(journey.lanes)}
        return sorted(
            cards,
            key=lambda c: (stage_index.get(c.stage_id, 0), lane_index.get(c.lane_id, 0), c.order),
        )

    def select_keys(self, keys: list[GroupKey]) -> None:
        """Select exactly these objects (those that have items)."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            for key in keys:
                item = self._items.get(key)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.current_header = None
        self._on_selection_changed()

    def set_current_header(self, key: GroupKey | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        self.blockSignals(False)
        self.current_header = key
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if self.selectedItems():
            self.current_header = None
        self._keep_live()
        self._place_handle()
        self.current_changed.emit()

    def _place_handle(self) -> None:
        cards = [ref for role, ref in self.selected_keys() if role == "card"]
        box = self.layout.cards.get(cards[0]) if len(cards) == 1 else None
        self.handle.attach(
            cards[0] if box is not None else "",
            QRectF(box.x, box.y, box.w, box.h) if box is not None else None,
        )

    # --- hit testing and drop geometry ---------------------------------------------------
    def hit(self, pos: QPointF) -> GroupKey | None:
        """The key of the interactive object under `pos`, most specific first."""
        found: dict[str, GroupKey] = {}
        for item in self.items(pos):
            if isinstance(item, GroupItem) and item.key[0] in HIT_PRIORITY:
                found.setdefault(item.key[0], item.key)
        for role in HIT_PRIORITY:
            if role in found:
                return found[role]
        return None

    def drop_target(self, pos: QPointF, moving: list[str]) -> tuple[str, str, int] | None:
        """The cell under the pointer and the index a drop there lands at.

        Both come from the layout's indexes (the grid's sorted edges, the cell's own card
        list), so a drag over a 10,000-card map looks at one cell, not at the whole map.
        """
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        stage_id, lane_id = cell
        return stage_id, lane_id, self.layout.insertion_index(stage_id, lane_id, pos.y(), skip=moving)

    def insertion_y(self, stage_id: str, lane_id: str, index: int, moving: list[str]) -> float:
        """Where the drop bar goes for inserting at `index` among the cards that stay."""
        boxes = self.layout.cards
        staying = [
            boxes[c]
            for c in self.layout.cell_cards.get((stage_id, lane_id), ())
            if c not in moving and c in boxes
        ]
        cell = self.layout.cells[(stage_id, lane_id)]
        if not staying:
            return cell.y + 6
        if index < len(staying):
            above = staying[index - 1].y + staying[index - 1].h if index > 0 else cell.y
            return (above + staying[index].y) / 2
        last = staying[-1]
        return min(last.y + last.h + 4, cell.y + cell.h - 2)

    # --- interactions -----------------------------------------------------------------
    @property
    def interaction(self) -> Interaction | None:
        return self._interaction

    def start_interaction(self, interaction: Interaction) -> None:
        self.cancel_interaction()
        self._interaction = interaction

    def end_interaction(self, interaction: Interaction) -> None:
        if self._interaction is interaction:
            self._interaction = None

    def cancel_interaction(self) -> bool:
        """Abandon the gesture in progress (Escape); True if there was one."""
        current, self._interaction = self._interaction, None
        if current is None:
            return False
        current.cancel()
        return True

    def start_connect(self, source_id: str) -> None:
        """Connection tool: the next click on a card connects `source_id` to it."""
        self.start_interaction(ConnectTool(self, source_id, by_drag=False))

    def card_clicked(self, event: QGraphicsSceneMouseEvent) -> None:
        """A click without drag on a card of a multi-selection selects just that card."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return
        key = self.hit(event.scenePos())
        if key is not None and key[0] == "card" and len(self.selectedItems()) > 1:
            self.select_keys([key])

    # --- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.press(event)
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        self.last_cell = self.layout.cell_at(pos.x(), pos.y())
        if self.handle.isVisible() and self.handle.contains(self.handle.mapFromScene(pos)):
            self.start_interaction(ConnectTool(self, self.handle.card_id, by_drag=True))
            event.accept()
            return
        key = self.hit(pos)
        if key is None:
            super().mousePressEvent(event)  # empty space: the view starts a rubber band
            return
        role, ref = key
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        event.accept()
        if role == "emotion-point":
            self.select_keys([("card", ref)])
            self.start_interaction(EmotionDrag(self, ref, pos))
        elif role in CHIP_ROLES:
            self.select_keys([key])
            self.chip_clicked.emit(role, ref)
        elif role in ("card", "pain"):
            item = self._items[key]
            if ctrl:
                item.setSelected(not item.isSelected())
                return
            if not item.isSelected():
                self.select_keys([key])
            if role == "card":
                self.start_interaction(CardDrag(self, self.selected_card_ids(), pos))
        else:
            self.set_current_header(key)
            self.start_interaction(HeaderDrag(self, role, ref, pos))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.cancel_interaction()
        pos = event.scenePos()
        key = self.hit(pos)
        event.accept()
        if key is not None and key[0] == "card":
            self.edit_card_requested.emit(key[1])
        elif key is not None and key[0] == "stage-header":
            self.rename_requested.emit("stages", key[1])
        elif key is not None and key[0] == "lane-label":
            self.rename_requested.emit("lanes", key[1])
        elif key is None:
            cell = self.layout.cell_at(pos.x(), pos.y())
            if cell is not None:
                self.new_card_requested.emit(*cell)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        pos = event.scenePos()
        key = self.hit(pos)
        if key is not None and key[0] in ("card", "pain"):
            item = self._items[key]
            if not item.isSelected():
                self.select_keys([key])
        elif key is not None and key[0] in ("stage-header", "lane-label"):
            self.set_current_header(key)
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.last_cell = cell
        self.context_menu_requested.emit(key, cell, event.screenPos())
        event.accept()
