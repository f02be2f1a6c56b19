"""An editing session: the one place commands are applied, and who hears about it.

The session applies and reverts commands and tells listeners what changed. The
history (undo/redo) is separate: headless tools and tests use `History`, while the
Qt editor keeps its history in a QUndoStack whose entries call `apply`/`revert` here.
"""

from __future__ import annotations

from collections.abc import Callable

from journeymapper.model.commands import Change, Command
from journeymapper.model.journey import JourneyMap

Listener = Callable[[list[Change]], None]


class EditingSession:
    """Owns a map while it is edited and notifies listeners of every change."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every apply/revert; returns an unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def apply(self, command: Command) -> list[Change]:
        changes = command.apply(self.journey)
        self._notify(changes)
        return changes

    def revert(self, command: Command) -> list[Change]:
        changes = command.revert(self.journey)
        self._notify(changes)
        return changes

    def _notify(self, changes: list[Change]) -> None:
        for listener in list(self._listeners):
            listener(changes)


class History:
    """Undo/redo stacks over a session, with merging of keystroke-level edits."""

    def __init__(self, session: EditingSession, limit: int = 1000) -> None:
        self.session = session
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_depth: int | None = 0
        self._merge_open = True

    def execute(self, command: Command) -> list[Change]:
        changes = self.session.apply(command)
        if self._clean_depth is not None and self._clean_depth > len(self._done):
            self._clean_depth = None  # the saved state was undone and is now unreachable
        top = self._done[-1] if self._done else None
        key = command.merge_key()
        mergeable = (
            top is not None
            and self._merge_open
            and key is not None
            and top.merge_key() == key
            and self._clean_depth != len(self._done)
        )
        if mergeable and top is not None and top.merge(command):
            pass
        else:
            self._done.append(command)
            if len(self._done) > self.limit:
                del self._done[0]
                if self._clean_depth is not None:
                    self._clean_depth = self._clean_depth - 1 if self._clean_depth > 0 else None
        self._merge_open = True
        self._undone.clear()
        return changes

    def close_merge(self) -> None:
        """The next command starts a new undo step even if it could merge (focus left a field)."""
        self._merge_open = False

    def undo(self) -> list[Change]:
        if not self._done:
            return []
        command = self._done.pop()
        self._undone.append(command)
        return self.session.revert(command)

    def redo(self) -> list[Change]:
        if not self._undone:
            return []
        command = self._undone.pop()
        self._done.append(command)
        return self.session.apply(command)

    def undo_all(self) -> None:
        while self._done:
            self.undo()

    def redo_all(self) -> None:
        while self._undone:
            self.redo()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def mark_clean(self) -> None:
        self._clean_depth = len(self._done)

    @property
    def is_clean(self) -> bool:
        return self._clean_depth == len(self._done)
