"""One undo history: the headless `History` and the editor's QUndoStack run the same steps.

The same script of edits (typing that merges, a field left, a save in the middle of
typing, a refused command) goes through both; each undo must then give the same map.
"""

from __future__ import annotations

from typing import Any

from test_layout_maps import rich_map

from journeymapper.model.commands import Command, UpdateItem
from journeymapper.model.journey import JourneyMap
from journeymapper.model.session import EditingSession, History

SCRIPT: list[tuple[str, dict[str, str]]] = [
    *[("type", {"title": t}) for t in ("B", "Ba", "Ban")],
    ("close", {}),
    ("type", {"title": "Bandx"}),
    ("clean", {}),
    *[("type", {"title": t}) for t in ("Band", "Bands")],
    ("set", {"description": "text"}),
]


def _command(card: str, what: str, changes: dict[str, str]) -> Command:
    return UpdateItem("touchpoints", card, changes, mergeable=what == "type")


def _titles_while_undoing(journey: JourneyMap, undo: Any, can_undo: Any, card: str) -> list[tuple[str, str]]:
    seen = []
    while can_undo():
        undo()
        found = journey.touchpoint(card)
        seen.append((found.title, found.description))
    return seen


def test_history_and_the_editor_undo_stack_agree(qapp: Any) -> None:
    from journeymapper.ui.document import Document

    headless_map = rich_map()
    card = headless_map.touchpoints[0].id
    history = History(EditingSession(headless_map))
    editor_map = headless_map.model_copy(deep=True)
    assert editor_map.model_dump() == headless_map.model_dump()
    document = Document(editor_map)
    for what, changes in SCRIPT:
        if what in ("type", "set"):
            history.execute(_command(card, what, changes))
            document.push(_command(card, what, changes), "edit")
        elif what == "close":
            history.close_merge()
            document.close_merge()
        else:
            history.mark_clean()
            document.undo_stack.setClean()
    assert editor_map.model_dump() == headless_map.model_dump()
    stack = document.undo_stack
    headless = _titles_while_undoing(headless_map, history.undo, lambda: history.can_undo, card)
    editor = _titles_while_undoing(editor_map, stack.undo, stack.canUndo, card)
    assert headless == editor
    assert (
        len(headless) == 4
    )  # "Ban" | "Bandx" (field left) | "Bands" (not into the saved step) | description
