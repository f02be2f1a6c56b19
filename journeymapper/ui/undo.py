"""Model commands on a QUndoStack: Qt keeps the history, the session applies the edits.

The wrapper is the only bridge between Qt's undo framework and the model. It holds a
`model.session.UndoStep` and delegates to it: `redo()` applies, `undo()` reverts,
`id()`/`mergeWith()` merge keystroke-level edits, exactly as the headless `History`
does with the same steps, so the canvas and panels update from the session's change
notifications whichever way an edit happens.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeymapper.model.commands import Command, CommandError
from journeymapper.model.session import EditingSession, UndoStep


class ModelCommand(QUndoCommand):
    """One undo step that runs one model command (often a `Macro`) on a session."""

    def __init__(self, session: EditingSession, command: Command, text: str, merge_group: int = 0) -> None:
        super().__init__(text)
        self.session = session
        self.step = UndoStep(command, merge_group)
        self.error: CommandError | None = None

    @property
    def command(self) -> Command:
        return self.step.command

    @property
    def merge_group(self) -> int:
        # A merge group separates runs of typing: a new group starts when a field loses focus.
        return self.step.merge_group

    def redo(self) -> None:
        try:
            self.step.apply(self.session)
        except CommandError as error:
            # Refused by the model: nothing changed, so the step must not stay on the stack.
            self.error = error
            self.setObsolete(True)

    def undo(self) -> None:
        self.step.revert(self.session)

    def id(self) -> int:
        return self.step.merge_id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ModelCommand) or other.error is not None:
            return False
        return self.step.absorb(other.step)
