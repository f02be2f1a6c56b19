"""One open map: the model, its editing session, its undo stack, its file and lock.

The window shows a Document; the canvas and panels read `journey` and follow the
session's notifications; every edit arrives through `push`, so it can be undone.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeymapper.fileformat import save_journey
from journeymapper.fileformat.writer import remove_stale_temporaries
from journeymapper.model.commands import Change, Command
from journeymapper.model.journey import JourneyMap, now_utc
from journeymapper.model.session import EditingSession
from journeymapper.ui.file_lock import FileLock, LockHolder
from journeymapper.ui.undo import ModelCommand


class Document(QObject):
    """A map being edited; knows whether it differs from its file."""

    modified_changed = Signal(bool)
    path_changed = Signal()
    refused = Signal(str)  # an edit the model refused, or one attempted on a read-only map
    changed = Signal(list)  # the session's list[Change], re-emitted for Qt-side listeners

    def __init__(
        self,
        journey: JourneyMap,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.session = EditingSession(journey)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.path: Path | None = Path(path) if path else None
        self.read_only = read_only
        self.lock: FileLock | None = None
        self.revision = 0  # bumped on every change: autosave compares it
        self.recovery_id = uuid.uuid4().hex
        self._merge_group = 0
        self._unsubscribe = self.session.subscribe(self._on_changes)
        if self.path is not None:
            remove_stale_temporaries(self.path)  # left behind by a save that was killed
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # --- editing -----------------------------------------------------------------
    def push(self, command: Command, text: str) -> bool:
        """Apply `command` as one undo step; False (and `refused`) if it cannot be applied."""
        if self.read_only:
            self.refused.emit(self.tr("This map is open read-only; use Save As to edit a copy."))
            return False
        wrapper = ModelCommand(self.session, command, text, self._merge_group)
        self.undo_stack.push(wrapper)
        if wrapper.error is not None:
            # The model's reason is English and technical: lead with a sentence in the UI
            # language, and keep the reason after it for whoever reports the problem.
            detail = str(wrapper.error).strip()
            self.refused.emit(
                self.tr("This change could not be applied. {detail}").format(detail=detail)
                if detail
                else self.tr("This change could not be applied.")
            )
            return False
        return True

    def close_merge(self) -> None:
        """The next mergeable edit starts a new undo step (the user left the field)."""
        self._merge_group += 1

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _on_changes(self, changes: list[Change]) -> None:
        self.revision += 1
        self.changed.emit(changes)

    # --- state ---------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Make an unsaved state (a restored recovery file) count as modified."""
        self.undo_stack.resetClean()
        self.modified_changed.emit(True)

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def save(self, path: str | Path | None = None) -> list[str]:
        """Write the map; raises SaveError and leaves everything as it was on failure.

        Returns sentences for the status bar when the save succeeded with a reservation
        (no backup could be written).
        """
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("an untitled map needs a path to be saved")
        # `modified` records the last saved edit; an unchanged map re-saves byte for byte.
        previous = self.journey.modified
        if self.is_modified or target != self.path:
            self.journey.modified = now_utc()
        try:
            notices = save_journey(self.journey, target)
        except Exception:
            self.journey.modified = previous
            raise
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.read_only = False
        self.undo_stack.setClean()
        if notices:
            # the detail comes from the file layer in English; lead with the UI language
            return [self.tr("Saved, but no backup was written.") + " " + " ".join(notices)]
        return []

    # --- locking -------------------------------------------------------------------
    def lock_file(self, path: str | Path) -> LockHolder | None:
        """Lock `path` for this document (releasing any previous lock); who holds it if taken."""
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is not None:
            return holder
        self.release_lock()
        self.lock = lock
        return None

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def dispose(self) -> None:
        """Stop listening and let go of the file lock (the window is closing)."""
        self._unsubscribe()
        self.release_lock()
