"""An editing session: the one place commands are applied, and who hears about it.

The session applies and reverts commands and tells listeners what changed. The
history (undo/redo) is separate: headless tools and tests use `History`, while the
Qt editor keeps its history in a QUndoStack. Both keep `UndoStep`s, the one
implementation of applying, reverting and merging an undo step, so the property tests
that drive `History` exercise the very code the editor's undo stack runs.
"""

from __future__ import annotations

import zlib
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


class UndoStep:
    """One undo step: a command applied and reverted on a session, absorbing the next keystroke.

    A step absorbs a later one when both belong to the same *merge group* (a run of
    typing in one field: the group changes when the field loses focus), their commands
    share a `merge_key()` and the command agrees to `merge()`. `History` and the editor's
    QUndoStack entries (`ui/undo.py`) both delegate here.
    """

    __slots__ = ("command", "merge_group")

    def __init__(self, command: Command, merge_group: int = 0) -> None:
        self.command = command
        self.merge_group = merge_group

    def apply(self, session: EditingSession) -> list[Change]:
        return session.apply(self.command)

    def revert(self, session: EditingSession) -> list[Change]:
        return session.revert(self.command)

    def merge_id(self) -> int:
        """A number equal for steps that may merge (Qt's `QUndoCommand.id()`); -1 for none."""
        key = self.command.merge_key()
        if key is None:
            return -1
        return zlib.crc32(repr((key, self.merge_group)).encode("utf-8")) & 0x7FFFFFFF

    def absorb(self, later: UndoStep) -> bool:
        """Take `later` into this step (typing continued); False if it must be a step of its own."""
        if later.merge_group != self.merge_group:
            return False
        key = self.command.merge_key()
        if key is None or key != later.command.merge_key():
            return False
        return self.command.merge(later.command)


class History:
    """Undo/redo stacks over a session, with merging of keystroke-level edits."""

    def __init__(self, session: EditingSession, limit: int = 1000) -> None:
        self.session = session
        self.limit = limit
        self._done: list[UndoStep] = []
        self._undone: list[UndoStep] = []
        self._clean_depth: int | None = 0
        self._merge_group = 0

    def execute(self, command: Command) -> list[Change]:
        step = UndoStep(command, self._merge_group)
        changes = step.apply(self.session)
        if self._clean_depth is not None and self._clean_depth > len(self._done):
            self._clean_depth = None  # the saved state was undone and is now unreachable
        top = self._done[-1] if self._done else None
        # Like QUndoStack: never merge into the step the saved state points at.
        if top is None or self._clean_depth == len(self._done) or not top.absorb(step):
            self._done.append(step)
            if len(self._done) > self.limit:
                del self._done[0]
                if self._clean_depth is not None:
                    self._clean_depth = self._clean_depth - 1 if self._clean_depth > 0 else None
        self._undone.clear()
        return changes

    def close_merge(self) -> None:
        """The next command starts a new undo step even if it could merge (focus left a field)."""
        self._merge_group += 1

    def undo(self) -> list[Change]:
        if not self._done:
            return []
        step = self._done.pop()
        self._undone.append(step)
        return step.revert(self.session)

    def redo(self) -> list[Change]:
        if not self._undone:
            return []
        step = self._undone.pop()
        self._done.append(step)
        return step.apply(self.session)

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
        return self._done[-1].command.label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].command.label if self._undone else ""

    def mark_clean(self) -> None:
        self._clean_depth = len(self._done)

    @property
    def is_clean(self) -> bool:
        return self._clean_depth == len(self._done)
