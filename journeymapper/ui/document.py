"""One open map: the model, its editing session, its undo stack, its file and lock.

The window shows a Document; the canvas and panels read `journey` and follow the
session's notifications; every edit arrives through `push`, so it can be undone.

The document also remembers the bytes its file had when it was last loaded or saved
(compressed: a 50,000-card file is 30 MB of JSON, 2.6 MB packed; see `KnownContent`).
That is how it notices the file changing on disk (another program, a `git pull`) —
from a file watcher and again before every save — and it is the common ancestor for a
three-way merge of "mine" with "theirs on disk". It never silently overwrites a file
someone else saved.
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from journeymapper.file_lock import FileLock, LockHolder
from journeymapper.fileformat import JourneyFileError, SaveError, load_journey, loads_journey, save_journey
from journeymapper.fileformat.reader import MAX_FILE_BYTES
from journeymapper.fileformat.writer import remove_stale_temporaries
from journeymapper.model.commands import Change, Command, ReplaceMap
from journeymapper.model.journey import JourneyMap, now_utc
from journeymapper.model.session import EditingSession
from journeymapper.ui.undo import ModelCommand

if TYPE_CHECKING:
    from journeymapper.teams.merge import MergeResult


DiskState = Literal["same", "changed", "missing"]


@dataclass(frozen=True)
class KnownContent:
    """A file's bytes as this document last loaded or saved them, kept small.

    They are needed rarely (as the base of a three-way merge when the file changed on
    disk) but held for the whole session, so they are kept zlib-packed at its fastest
    level (30 MB → 2.6 MB for 50,000 cards, ~0.1 s once per load or save; unpacking
    0.06 s only for a merge), with a digest to tell quickly whether the file still holds them.
    """

    digest: bytes
    packed: bytes

    @classmethod
    def of(cls, data: bytes) -> KnownContent:
        return cls(hashlib.blake2b(data).digest(), zlib.compress(data, 1))

    def holds(self, data: bytes) -> bool:
        return hashlib.blake2b(data).digest() == self.digest

    def data(self) -> bytes:
        return zlib.decompress(self.packed)


class ChangedOnDiskError(SaveError):
    """The file changed on disk since it was loaded or saved: saving would overwrite that."""


class Document(QObject):
    """A map being edited; knows whether it differs from its file."""

    modified_changed = Signal(bool)
    path_changed = Signal()
    refused = Signal(str)  # an edit the model refused, or one attempted on a read-only map
    changed = Signal(list)  # the session's list[Change], re-emitted for Qt-side listeners
    changed_on_disk = Signal()  # the file now differs from what was last loaded or saved

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
        self._disk: KnownContent | None = None  # the file as last loaded or saved
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_event)
        self._watcher.directoryChanged.connect(self._on_file_event)  # replaced or re-created
        self._settle = QTimer(self, singleShot=True, interval=250)  # editors write in bursts
        self._settle.timeout.connect(self.check_disk)
        if self.path is not None:
            remove_stale_temporaries(self.path)  # left behind by a save that was killed
            self._remember_disk(self._read_disk())
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

    def save(self, path: str | Path | None = None, *, force: bool = False) -> list[str]:
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
        if target == self.path and not force and self.disk_state() == "changed":
            self.journey.modified = previous
            raise ChangedOnDiskError(target, "the file was changed on disk by someone else since "
                                             "you opened it; reload, keep yours or merge")
        try:
            notices = save_journey(self.journey, target)
        except Exception:
            self.journey.modified = previous
            raise
        if target != self.path:
            self.path = target
            self._remember_disk(self._read_disk())
            self.path_changed.emit()
        else:
            self._remember_disk(self._read_disk())
        self.read_only = False
        self.undo_stack.setClean()
        if notices:
            # the detail comes from the file layer in English; lead with the UI language
            return [self.tr("Saved, but no backup was written.") + " " + " ".join(notices)]
        return []

    # --- the file on disk ------------------------------------------------------------
    def _read_disk(self) -> bytes | None:
        if self.path is None:
            return None
        try:
            with open(self.path, "rb") as handle:
                return handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            return None

    def _remember_disk(self, data: bytes | None) -> None:
        """Take `data` as the file's known content and (re)watch the file.

        An atomic save replaces the file, and watchers lose a replaced file: so the path
        is watched again after every save and every change event, and its folder is
        watched too (a `git checkout` or another editor may delete and re-create it).
        """
        self._disk = KnownContent.of(data) if data is not None else None
        if self.path is None:
            return
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if self.path.exists():
            self._watcher.addPath(str(self.path))
        if self.path.parent.is_dir():
            self._watcher.addPath(str(self.path.parent))

    def _on_file_event(self, _path: str) -> None:
        self._settle.start()

    def disk_state(self) -> DiskState:
        """Whether the file still holds what this document last loaded or saved."""
        current = self._read_disk()
        if current is None:
            return "missing"
        return "same" if self._disk is not None and self._disk.holds(current) else "changed"

    def check_disk(self) -> bool:
        """Look at the file now; emit `changed_on_disk` (and return True) when it changed."""
        if self.path is not None and self.path.exists() and self.path.as_posix() not in self._watcher.files():
            self._watcher.addPath(str(self.path))
        if self.disk_state() != "changed":
            return False
        self.changed_on_disk.emit()
        return True

    def disk_version(self) -> JourneyMap:
        """The map as it is on disk now; raises JourneyFileError when it does not load."""
        assert self.path is not None
        return load_journey(self.path).journey

    def base_version(self) -> JourneyMap | None:
        """The map as this document last loaded or saved it: the base of a merge."""
        if self._disk is None:
            return None
        try:
            return loads_journey(self._disk.data(), self.path or "base").journey
        except JourneyFileError:
            return None

    def reload(self) -> None:
        """Take the file's content (undoable: Undo brings back what was here)."""
        theirs = self.disk_version()
        data = self._read_disk()
        read_only, self.read_only = self.read_only, False  # a read-only view may follow its file
        try:
            self.push(ReplaceMap(theirs), self.tr("Reload from Disk"))
        finally:
            self.read_only = read_only
        self._remember_disk(data)
        self.undo_stack.setClean()

    def keep_mine(self) -> None:
        """Accept that the next save replaces what is on disk now."""
        self._remember_disk(self._read_disk())

    def merge_from_disk(self, prefer: Literal["ours", "theirs"] = "ours") -> MergeResult:
        """Three-way merge: the last loaded version is the base, this map is ours, the file
        is theirs. The result replaces this map as one undoable step, still unsaved."""
        from journeymapper.teams.merge import merge_maps

        theirs = self.disk_version()
        data = self._read_disk()
        result = merge_maps(self.base_version(), self.journey, theirs, prefer)
        self.push(ReplaceMap(result.journey), self.tr("Merge Changes from Disk"))
        self._remember_disk(data)
        return result

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
