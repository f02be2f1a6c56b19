"""Model commands on a QUndoStack: Qt keeps the history, the session applies the edits.

The wrapper is the only bridge between Qt's undo framework and the model: `redo()`
calls `session.apply`, `undo()` calls `session.revert`, so the canvas and panels
update from the session's change notifications whichever way an edit happens.
Keystroke-level edits merge through the model command's `merge_key()`/`merge()`.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QUndoCommand

from journeymapper.model.commands import Command, CommandError
from journeymapper.model.session import EditingSession


class ModelCommand(QUndoCommand):
    """One undo step that runs one model command (often a `Macro`) on a session."""

    def __init__(self, session: EditingSession, command: Command, text: str, merge_group: int = 0) -> None:
        super().__init__(text)
        self.session = session
        self.command = command
        self.error: CommandError | None = None
        # A merge group separates runs of typing: a new group starts when a field loses focus.
        self.merge_group = merge_group

    def redo(self) -> None:
        try:
            self.session.apply(self.command)
        except CommandError as error:
            # Refused by the model: nothing changed, so the step must not stay on the stack.
            self.error = error
            self.setObsolete(True)

    def undo(self) -> None:
        self.session.revert(self.command)

    def id(self) -> int:
        key = self.command.merge_key()
        if key is None:
            return -1
        return zlib.crc32(repr((key, self.merge_group)).encode("utf-8")) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ModelCommand) or other.error is not None:
            return False
        if other.merge_group != self.merge_group:
            return False
        if self.command.merge_key() != other.command.merge_key():
            return False
        return self.command.merge(other.command)
