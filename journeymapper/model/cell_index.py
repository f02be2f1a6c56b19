"""Each cell's cards, kept by the map so that an edit to one cell never walks every card.

A move renumbers the cards of the cells it leaves and enters; finding them by walking
`journey.touchpoints` cost a couple of milliseconds at 10,000 cards on every move, undo
and redo. The index holds, for every non-empty cell, its cards by id, and for every card
its cell.

Why it cannot go stale: the commands that place cards (`model/commands.py`) and the live
session's `SyncFromDoc` update it as they change the map, and it also checks, before it
is trusted, that nothing else moved a card behind its back:

* the map's card list is the same list object holding the same cards in the same order as
  when it last caught up (a replaced map, a card appended, deleted or swapped for another
  object: `ReplaceMap`, a loader, a test). It keeps a copy of the list to compare: equal
  lists of the very same objects compare in microseconds (10 µs at 10,000 cards);
* no card's `stage_id`, `lane_id` or `order` was assigned since it last caught up
  (`Touchpoint.__setattr__` counts every such assignment, wherever it comes from).

When a check fails the index is rebuilt by one walk, never patched from a guess. Copies of
a map (`model_copy`) do not carry it: a copy builds its own when first asked. The one change
the checks cannot see is a card swapped, outside any command, for a different object of
equal value (lists compare their items by value when they are not the same object): the
index would then hand out the old, equal card.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from journeymapper.model.entities import PlacementClock, Touchpoint

Cell = tuple[str, str]  # (stage id, lane id)

_ORDER = attrgetter("order")


class CellIndex:
    """Cards by cell (and each card's cell), for one map's list of cards."""

    __slots__ = ("_list", "_seen", "_clock", "_cells", "_cell_of", "_unique")

    def __init__(self, touchpoints: list[Touchpoint]) -> None:
        self._cells: dict[Cell, dict[str, Touchpoint]] = {}
        self._cell_of: dict[str, Cell] = {}
        for card in touchpoints:
            cell = (card.stage_id, card.lane_id)
            self._cell_of[card.id] = cell
            found = self._cells.get(cell)
            if found is None:
                self._cells[cell] = {card.id: card}
            else:
                found[card.id] = card
        self._list = touchpoints
        self._seen = list(touchpoints)
        self._clock = PlacementClock.ticks
        # Ids are unique in any map a command or the loader lets through; should two cards
        # share one anyway, the index answers by walking the list, as the map did before it.
        self._unique = len(self._cell_of) == len(touchpoints)

    # --- trusting it ---------------------------------------------------------------
    def fits(self, touchpoints: list[Touchpoint]) -> bool:
        """True when nothing changed the cards' places since the index last caught up."""
        return self._list is touchpoints and self._clock == PlacementClock.ticks and self._seen == touchpoints

    def caught_up(self) -> None:
        """The caller has told the index about every card it placed, added or removed."""
        self._seen = list(self._list)
        self._clock = PlacementClock.ticks

    # --- reading -------------------------------------------------------------------
    def card(self, card_id: str) -> Touchpoint | None:
        """The card with this id (the first one, if a broken map repeats it)."""
        if not self._unique:
            return next((c for c in self._list if c.id == card_id), None)
        cell = self._cell_of.get(card_id)
        return self._cells[cell][card_id] if cell is not None else None

    def cards(self, cell: Cell) -> list[Touchpoint]:
        """The cell's cards in display order: by `order`, ties by place in the map's list.

        Ties are rare (a hand-edited file; a move renumbers the cells it touches), and the
        index does not know places in the list: a cell with one is sorted from the list.
        """
        if not self._unique:
            return sorted((c for c in self._list if (c.stage_id, c.lane_id) == cell), key=_ORDER)
        found = self._cells.get(cell)
        if not found:
            return []
        cards = sorted(found.values(), key=_ORDER)
        if len(cards) > 1 and len({card.order for card in cards}) != len(cards):
            members = set(found)
            cards = sorted((c for c in self._list if c.id in members), key=_ORDER)
        return cards

    def cells(self) -> dict[Cell, list[Touchpoint]]:
        """Every non-empty cell's cards in display order (tests compare it with a walk)."""
        cells = self._cells if self._unique else {(c.stage_id, c.lane_id): {} for c in self._list}
        return {cell: self.cards(cell) for cell in cells}

    # --- keeping up ----------------------------------------------------------------
    def refile(self, cards: Iterable[Touchpoint]) -> None:
        """File these cards (new ones, moved ones, replaced objects) under their cell now."""
        for card in cards:
            self._drop(card.id)
            cell = (card.stage_id, card.lane_id)
            self._cell_of[card.id] = cell
            self._cells.setdefault(cell, {})[card.id] = card

    def drop(self, card_ids: Iterable[str]) -> None:
        """Forget cards that left the map."""
        for card_id in card_ids:
            self._drop(card_id)

    def _drop(self, card_id: str) -> None:
        cell = self._cell_of.pop(card_id, None)
        if cell is None:
            return
        members = self._cells[cell]
        del members[card_id]
        if not members:
            del self._cells[cell]

    # --- derived data: no part of the map's value --------------------------------------
    def __eq__(self, other: object) -> bool:
        """Always equal to another index or to none: pydantic compares private attributes,
        and a map whose index is built must still equal the same map without one."""
        return other is None or isinstance(other, CellIndex)

    __hash__ = None  # type: ignore[assignment]

    # Not copied with the map (a copy's cards are other objects): it builds its own.
    def __copy__(self) -> None:
        return None

    def __deepcopy__(self, memo: dict[int, Any]) -> None:
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(None), ())
