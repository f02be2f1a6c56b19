"""Locking the open .journey file so that two windows or two people do not overwrite each other.

A `QLockFile` beside the map (`FILE.journey.lock`) records who holds it (pid, host,
application). Qt recognises a lock left behind by a crashed process on the same host
as stale; locks on a shared drive from another host are treated as stale after a
long time without being refreshed, so an abandoned lock never blocks a map forever.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

# A lock held by a process on another host counts as abandoned after this long.
STALE_AFTER_MS = 12 * 60 * 60 * 1000


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as recorded in the lock file."""

    pid: int
    hostname: str
    app_name: str


def lock_path_for(path: str | Path) -> str:
    return str(path) + ".lock"


class FileLock:
    """The lock on one map file; `acquire()` either takes it or says who has it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = QLockFile(lock_path_for(path))
        # Dead local owners are detected by pid whatever this is; it only ages remote locks.
        self._lock.setStaleLockTime(STALE_AFTER_MS)

    def acquire(self) -> LockHolder | None:
        """Take the lock; None on success, otherwise who holds it (a live process)."""
        if self._lock.tryLock(0):
            return None
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return None  # a folder we cannot write: nothing to protect, and saving will say why
        holder = self.holder()
        if holder is None:
            # The lock file exists but names nobody (empty or garbled): provably stale.
            if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
                return None
            return LockHolder(0, "", "")
        return holder

    def holder(self) -> LockHolder | None:
        pid, hostname, app_name = self._lock.getLockInfo()
        if not pid:
            return None
        return LockHolder(int(pid), str(hostname), str(app_name))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
