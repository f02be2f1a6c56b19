"""The bridge between an editing session and its shared Y.Doc.

Local edits: every command the session applies arrives here as its list of `Change`s;
the objects it touched are written to the Y.Doc in ONE transaction (origin `LOCAL`),
and the transaction's update is handed to whoever sends it to the other peers.

Remote edits: an update from another peer is applied to the Y.Doc; the objects its
events touched are read back and turned into one `SyncFromDoc` command that the session
applies like any other, so the canvas and panels update through the same change
notifications, and only for what changed. Remote edits never enter the undo history:
undo reverts only this person's commands.

After every update the map is checked with the file's integrity rules; a state that
breaks them (a pain point whose card someone else deleted) is repaired by the model's
repair rules. Repairs are a deterministic function of the shared state, so every peer
derives the same valid map from the same document; each peer also writes its repairs back
into the Y.Doc (so the document itself becomes valid), and identical concurrent repairs
(deleting the same key, setting the same value) are harmless in Yjs. A whole-map
comparison that needed no repair writes nothing back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pycrdt import Doc, Map, Subscription, TransactionEvent

from journeymapper.allocation import paused_gc
from journeymapper.live.shared_doc import (
    POS,
    dump_fields,
    materialise,
    new_item,
    ordered_ids,
    position_between,
    read_item,
    read_map_fields,
    read_pos,
    root,
    snapshot,
    write_fields,
)
from journeymapper.model.commands import MAP, Change, Command
from journeymapper.model.entities import Entity, Touchpoint
from journeymapper.model.integrity import LINKED_FIELDS, find_problems
from journeymapper.model.journey import COLLECTIONS, JourneyMap
from journeymapper.model.session import EditingSession

log = logging.getLogger(__name__)

LOCAL = "journeymapper-local"  # origin of transactions made from this peer's commands

UpdateSink = Callable[[bytes], None]


class SyncFromDoc(Command):
    """Objects replaced, added, removed or reordered to match the shared document.

    Built by the bridge from a remote update (or a repair); applied through the session
    so listeners hear about it, never pushed on the undo stack.
    """

    label = "Live update"

    def __init__(
        self,
        replacements: dict[str, dict[str, Entity | None]],
        orders: dict[str, list[str]] | None = None,
        map_fields: dict[str, Any] | None = None,
    ) -> None:
        self.replacements = replacements
        self.orders = orders or {}
        self.map_fields = map_fields or {}
        self._before: dict[str, list[Any]] = {}
        self._map_before: dict[str, Any] = {}

    def apply(self, journey: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        changed_map = [n for n, v in self.map_fields.items() if getattr(journey, n) != v]
        self._map_before = {n: getattr(journey, n) for n in changed_map}
        for name in changed_map:
            setattr(journey, name, self.map_fields[name])
        if changed_map:
            changes.append(Change("updated", MAP, None, tuple(changed_map)))
        for collection in COLLECTIONS:
            replaced = self.replacements.get(collection, {})
            order = self.orders.get(collection)
            if not replaced and order is None:
                continue
            items: list[Any] = getattr(journey, collection)
            self._before[collection] = list(items)
            changes += _replace_items_kept(journey, collection, items, replaced, order)
        return changes

    def revert(self, journey: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        for name, value in self._map_before.items():
            setattr(journey, name, value)
        if self._map_before:
            changes.append(Change("updated", MAP, None, tuple(self._map_before)))
        for collection, before in self._before.items():
            items: list[Any] = getattr(journey, collection)
            changes += _replace_items_kept(journey, collection, items, {i.id: i for i in before} | {
                i.id: None for i in items if i.id not in {b.id for b in before}
            }, [i.id for i in before])
        return changes


def _changed_fields(old: Entity, new: Entity) -> tuple[str, ...]:
    names = dict.fromkeys([*type(old).model_fields, *(old.model_extra or {}), *(new.model_extra or {})])
    return tuple(n for n in names if getattr(old, n, None) != getattr(new, n, None))


def _replace_items_kept(
    journey: JourneyMap,
    collection: str,
    items: list[Any],
    replaced: dict[str, Entity | None],
    order: list[str] | None,
) -> list[Change]:
    """`_replace_items`, keeping the map's index of cards by cell in step (`model/cell_index.py`):
    the cards that came or changed are filed again (they are new objects), those gone dropped."""
    kept = journey.kept_cell_index() if collection == "touchpoints" else None
    changes = _replace_items(collection, items, replaced, order)
    if kept is not None:
        kept.drop([c.id for c in changes if c.action == "removed" and c.id is not None])
        came = [replaced.get(c.id or "") for c in changes if c.action in ("added", "updated")]
        kept.refile([card for card in came if isinstance(card, Touchpoint)])
        kept.caught_up()
    return changes


def _replace_items(
    collection: str, items: list[Any], replaced: dict[str, Entity | None], order: list[str] | None
) -> list[Change]:
    """Edit `items` in place (views keep their reference to the list)."""
    if order is None and None not in replaced.values():
        quick = _update_in_place(collection, items, replaced)
        if quick is not None:
            return quick
    changes: list[Change] = []
    by_id = {item.id: item for item in items}
    for item_id, new in replaced.items():
        old = by_id.get(item_id)
        if new is None:
            if old is not None:
                del by_id[item_id]
                changes.append(Change("removed", collection, item_id))
        elif old is None:
            by_id[item_id] = new
            changes.append(Change("added", collection, item_id))
        else:
            fields = _changed_fields(old, new)
            if fields:
                by_id[item_id] = new
                changes.append(Change("updated", collection, item_id, fields))
    old_order = [item.id for item in items if item.id in by_id]
    before = set(old_order)
    if order is None:
        new_order = old_order + [i for i in by_id if i not in before]
    else:
        placed = set(order)
        new_order = [i for i in order if i in by_id] + [i for i in old_order if i not in placed]
    surviving = [i for i in new_order if i in before]
    if surviving != old_order:
        moved_from = {item_id: n for n, item_id in enumerate(old_order)}
        for n, item_id in enumerate(surviving):
            if moved_from[item_id] != n and not any(c.id == item_id for c in changes):
                changes.append(Change("moved", collection, item_id))
    items[:] = [by_id[i] for i in new_order]
    return changes


def replacement_of(current: JourneyMap, wanted: JourneyMap) -> SyncFromDoc:
    """The command that turns `current` into `wanted` (objects compared by id and value)."""
    replacements: dict[str, dict[str, Entity | None]] = {}
    orders: dict[str, list[str]] = {}
    for collection in COLLECTIONS:
        old = {item.id: item for item in getattr(current, collection)}
        new = {item.id: item for item in getattr(wanted, collection)}
        changed: dict[str, Entity | None] = {i: None for i in old if i not in new}
        changed |= {i: item for i, item in new.items() if old.get(i) != item}
        order = list(new)
        if changed or order != list(old):
            replacements[collection] = changed
            orders[collection] = order
    map_fields = {
        name: getattr(wanted, name)
        for name in JourneyMap.model_fields
        if name not in COLLECTIONS and name != "modified" and getattr(current, name) != getattr(wanted, name)
    }
    return SyncFromDoc(replacements, orders, map_fields)


def _update_in_place(
    collection: str, items: list[Any], replaced: dict[str, Entity | None]
) -> list[Change] | None:
    """The common case, someone edited fields: swap the objects where they are (one scan,
    no rebuilt list). None when an object is new, so the general path must run."""
    at = {item.id: n for n, item in enumerate(items) if item.id in replaced}
    if len(at) != len(replaced):
        return None
    changes: list[Change] = []
    for item_id, new in replaced.items():
        assert new is not None
        fields = _changed_fields(items[at[item_id]], new)
        if fields:
            items[at[item_id]] = new
            changes.append(Change("updated", collection, item_id, fields))
    return changes


class LiveBridge:
    """Keeps one `EditingSession` and one Y.Doc in step, in both directions."""

    def __init__(self, session: EditingSession, doc: Doc | None = None) -> None:
        self.session = session
        self.doc = doc if doc is not None else Doc()
        self.repairs: list[str] = []  # what the last repair did, for the log and the UI
        self._sinks: list[UpdateSink] = []
        self._positions: dict[str, dict[str, float]] = {c: {} for c in COLLECTIONS}
        self._dirty: dict[str, set[str]] = {c: set() for c in COLLECTIONS}
        self._map_dirty = False
        self._writing = False
        self._repairing = False
        self._subscriptions: list[tuple[Map, Subscription]] = []
        for collection in COLLECTIONS:
            shared = root(self.doc, collection)
            self._positions[collection] = {k: read_pos(v) for k, v in snapshot(shared).items()}
            self._subscriptions.append((shared, shared.observe_deep(self._collection_observer(collection))))
        meta = root(self.doc, MAP)
        self._subscriptions.append((meta, meta.observe_deep(self._on_map_events)))
        self._doc_subscription = self.doc.observe(self._on_transaction)
        self._unsubscribe = session.subscribe(self._on_local_changes)

    # --- wiring ------------------------------------------------------------------------
    def add_sink(self, sink: UpdateSink) -> None:
        """`sink(update)` receives every update made by this peer's own edits."""
        self._sinks.append(sink)

    def rebind(self, session: EditingSession) -> None:
        """Follow another session on the same map (the window built after the first sync)."""
        assert session.journey is self.session.journey
        self._unsubscribe()
        self.session = session
        self._unsubscribe = session.subscribe(self._on_local_changes)

    def close(self) -> None:
        self._unsubscribe()
        for shared, subscription in self._subscriptions:
            shared.unobserve(subscription)
        self.doc.unobserve(self._doc_subscription)

    def _on_transaction(self, event: TransactionEvent) -> None:
        if self._writing:
            for sink in list(self._sinks):
                sink(event.update)

    def _collection_observer(self, collection: str) -> Callable[[list[Any]], None]:
        def observer(events: list[Any]) -> None:
            if self._writing:
                return
            dirty = self._dirty[collection]
            for event in events:
                if event.path:
                    dirty.add(str(event.path[0]))
                else:
                    dirty.update(event.keys)

        return observer

    def _on_map_events(self, events: list[Any]) -> None:
        if not self._writing:
            self._map_dirty = True

    # --- remote -> model ----------------------------------------------------------------
    def apply_remote(self, update: bytes) -> list[Change]:
        """Apply another peer's update and bring the model in step; the changes made."""
        self.doc.apply_update(update)
        return self.settle()

    def settle(self) -> list[Change]:
        """Turn what the document's events marked as touched into model changes.

        The fast path reads only the touched objects. When one of them does not validate
        on its own, or the map then breaks an integrity rule, the whole document goes
        through the model's repair rules instead, and the repairs are written back.
        """
        with paused_gc():  # a first sync builds thousands of objects that all stay alive
            return self._settle()

    def _settle(self) -> list[Change]:
        self.repairs = []
        replacements: dict[str, dict[str, Entity | None]] = {}
        orders: dict[str, list[str]] = {}
        whole = False
        self._catch_missed_events()
        for collection in COLLECTIONS:
            dirty = self._dirty[collection]
            if not dirty:
                continue
            self._dirty[collection] = set()
            moved_before = {i: self._positions[collection].get(i) for i in dirty}
            read = self._read_objects(collection, dirty)
            if read is None:
                whole = True
                continue
            replacements[collection] = read
            positions = self._positions[collection]
            if any(positions.get(i) != moved_before[i] for i in dirty):
                orders[collection] = ordered_ids(positions)  # only when something moved, came or went
        map_fields: dict[str, Any] = {}
        if self._map_dirty:
            self._map_dirty = False
            try:
                map_fields = read_map_fields(self.doc, self.session.journey)
            except ValueError:
                whole = True
        changes: list[Change] = []
        if not whole and (replacements or map_fields):
            changes += self._apply_quietly(SyncFromDoc(replacements, orders, map_fields))
        if whole or (self._may_break_links(changes) and find_problems(self.session.journey)):
            changes += self._settle_whole()
        return changes

    def _catch_missed_events(self) -> None:
        """Objects that came or went without an event: compare counts, then keys.

        yrs applies a deletion it had to keep pending (its update arrived before what it
        deletes) without emitting an event; the count of keys, cheap to read, shows it.
        """
        for collection in COLLECTIONS:
            shared = root(self.doc, collection)
            known = self._positions[collection]
            if len(shared) != len(known):
                self._dirty[collection] |= set(shared.keys()) ^ set(known)

    def apply_exchange(self, update: bytes) -> list[Change]:
        """Apply the answer to a state-vector exchange and reconcile the whole map with it.

        The exchange (on every (re)connection and every RESYNC_SECONDS) is the safety net for
        events yrs did not emit: a field changed by an update it had kept pending arrives
        without an event, and neither key counts nor the touched set show it. So the answer
        is followed by a full comparison; equal objects produce no change.
        """
        self.doc.apply_update(update)
        return self.reconcile()

    def reconcile(self) -> list[Change]:
        """Compare the whole model with the document and apply every difference."""
        self._dirty = {collection: set() for collection in COLLECTIONS}
        self._map_dirty = False
        with paused_gc():
            return self._settle_whole()

    def settle_all(self) -> list[Change]:
        """Bring the model in step with the whole document (after loading a saved state)."""
        return self._settle_whole()

    def _apply_quietly(self, command: Command) -> list[Change]:
        """Apply what the document already holds: nothing to write back."""
        self._writing = True
        try:
            return self.session.apply(command)
        finally:
            self._writing = False

    def _settle_whole(self) -> list[Change]:
        journey = self.session.journey
        fixed, repairs = materialise(self.doc, journey)
        self.repairs = [str(r) for r in repairs]
        for line in self.repairs:
            log.warning("live session: repaired %s", line)
        for collection in COLLECTIONS:
            everything = snapshot(root(self.doc, collection))
            self._positions[collection] = {k: read_pos(v) for k, v in everything.items()}
        command = replacement_of(journey, fixed)
        if not repairs:
            # The document already holds exactly this map (a join, a reconnection, the
            # periodic exchange): nothing to write back. Reading every field back to find
            # that out took three quarters of a 5,000-card join.
            return self._apply_quietly(command)
        # Applied like a local edit: the repairs (removed, reset, clamped...) are written
        # back, so the document itself becomes valid; equal values write nothing.
        self._repairing = True
        try:
            return self.session.apply(command)
        finally:
            self._repairing = False

    def _read_objects(self, collection: str, ids: set[str]) -> dict[str, Entity | None] | None:
        """The touched objects as model objects (None for deleted); None if one is invalid."""
        shared = root(self.doc, collection)
        positions = self._positions[collection]
        many = len(ids) > 20
        everything = snapshot(shared) if many else None  # one call instead of one per object
        result: dict[str, Entity | None] = {}
        for item_id in ids:
            if everything is not None:
                value = everything.get(item_id) if isinstance(everything, dict) else None
            else:
                found = shared.get(item_id)
                value = snapshot(found) if isinstance(found, Map) else found
            if value is None:
                positions.pop(item_id, None)
                result[item_id] = None
                continue
            try:
                result[item_id] = read_item(collection, item_id, value)
            except ValueError as error:
                log.warning("live session: %s %r does not validate: %s", collection, item_id, error)
                return None
            positions[item_id] = read_pos(value)
        return result

    # --- model -> document ------------------------------------------------------------
    def _on_local_changes(self, changes: list[Change]) -> None:
        if self._writing or not changes:
            return
        self._write(changes)
        if self._repairing:
            return  # the repair's own write-back: its result keeps the rules by construction
        if self._may_break_links(changes) and find_problems(self.session.journey):
            # An undo can bring back a card whose stage someone else deleted meanwhile: the
            # same repair every peer makes, here and at once, so this copy is never invalid.
            self._settle_whole()

    @staticmethod
    def _may_break_links(changes: list[Change]) -> bool:
        """Whether the integrity rules need a look (≈ 20 ms at 5,000 cards): not for typing."""
        return any(c.action != "updated" or LINKED_FIELDS.intersection(c.fields) or not c.fields
                   for c in changes)

    def _write(self, changes: list[Change]) -> None:
        journey = self.session.journey
        touched: dict[str, set[str]] = {}
        map_touched = False
        for change in changes:
            if change.collection == MAP:
                map_touched = True
            elif change.id is not None and change.collection in self._positions:
                touched.setdefault(change.collection, set()).add(change.id)
        self._writing = True
        try:
            with self.doc.transaction(origin=LOCAL):
                if map_touched:
                    write_fields(root(self.doc, MAP), MAP, dump_fields(MAP, journey))
                for collection, ids in touched.items():
                    self._write_collection(collection, getattr(journey, collection), ids)
        finally:
            self._writing = False

    def _write_collection(self, collection: str, items: list[Any], ids: set[str]) -> None:
        shared = root(self.doc, collection)
        positions = self._positions[collection]
        index = {item.id: n for n, item in enumerate(items) if item.id in ids}  # one scan
        for item_id in ids:
            if item_id not in index:
                if item_id in shared:
                    del shared[item_id]
                positions.pop(item_id, None)
                continue
        present = [i for i in ids if i in index]
        placed = False
        # Positions are chosen in list order so that a run of new neighbours nests right.
        for item_id in sorted(present, key=index.__getitem__):
            item = items[index[item_id]]
            data = dump_fields(collection, item)
            target = shared.get(item_id)
            if not isinstance(target, Map):
                pos = self._position_for(positions, items, index[item_id])
                shared[item_id] = new_item(collection, data, pos)
                positions[item_id] = pos
                placed = True
                continue
            write_fields(target, collection, data)
            if not self._in_order(positions, items, index[item_id]):
                pos = self._position_for(positions, items, index[item_id])
                target[POS] = pos
                positions[item_id] = pos
                placed = True
        if placed:
            index = {item.id: n for n, item in enumerate(items)}
        if placed and [i for i in ordered_ids(positions) if i in index] != [
            item.id for item in items if item.id in positions
        ]:
            self._renumber(collection, items)

    @staticmethod
    def _in_order(positions: dict[str, float], items: list[Any], at: int) -> bool:
        here = positions.get(items[at].id)
        if here is None:
            return False
        before = positions.get(items[at - 1].id) if at > 0 else None
        after = positions.get(items[at + 1].id) if at + 1 < len(items) else None
        return (before is None or before < here) and (after is None or here < after)

    @staticmethod
    def _position_for(positions: dict[str, float], items: list[Any], at: int) -> float:
        before = next((positions[i.id] for i in reversed(items[:at]) if i.id in positions), None)
        after = next((positions[i.id] for i in items[at + 1:] if i.id in positions), None)
        return position_between(before, after)

    def _renumber(self, collection: str, items: list[Any]) -> None:
        """Rewrite every position of a collection (rare: neighbours left no room between them)."""
        shared = root(self.doc, collection)
        positions = self._positions[collection]
        for n, item in enumerate(items):
            target = shared.get(item.id)
            if isinstance(target, Map):
                target[POS] = float(n + 1)
                positions[item.id] = float(n + 1)
