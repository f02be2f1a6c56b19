"""Locking an open .journey file so that two windows, two people, or an editor and
`journeymapper serve` do not overwrite each other.

One mechanism for the editor and the headless host (which must run without Qt, so
this is plain Python): a lock file beside the map (`FILE.journey.lock`) held with the
operating system's advisory lock (`flock` on POSIX, `msvcrt.locking` on Windows) for as
long as the map is open. The file records who holds it (pid, host, application, and
whether the map is being served in a live session) so that whoever is refused can be
told. Why an OS lock rather than "the file exists": the OS drops it when the process
ends, however it ends, so a lock left behind by a crash never blocks a map, and no
guessing about stale files is needed. `flock` locks belong to an open file, so two
windows of one process are kept apart as well as two processes.

A folder where no lock can be made (read-only, or a network drive without locking)
protects nothing; the map still opens, and saving says why it cannot write.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

APP_NAME = "JourneyMapper"
EDITING = "editing"
SERVING = "serving"  # `journeymapper serve`: the map is hosted in a live session
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far past the holder's record


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as recorded in the lock file (pid 0: unknown, e.g. still being written)."""

    pid: int
    hostname: str
    app_name: str
    purpose: str = EDITING

    @property
    def serving(self) -> bool:
        return self.purpose == SERVING


def lock_path_for(path: str | Path) -> str:
    return str(path) + ".lock"


def read_holder(text: str) -> LockHolder:
    """The holder recorded in a lock file: this module's JSON, or the pid/app/host lines of
    Qt's QLockFile (which earlier versions of the editor wrote); unknown when neither."""
    try:
        record = json.loads(text)
        if isinstance(record, dict):
            pid = record.get("pid")
            return LockHolder(
                pid if isinstance(pid, int) and pid > 0 else 0,
                str(record.get("host", ""))[:255],
                str(record.get("app", ""))[:255],
                SERVING if record.get("purpose") == SERVING else EDITING,
            )
    except ValueError:
        pass
    lines = text.splitlines()
    if len(lines) >= 3 and lines[0].strip().isdigit():
        return LockHolder(int(lines[0]), lines[2][:255], lines[1][:255])
    return LockHolder(0, "", "")


def _os_lock(handle: IO[str]) -> bool:
    """Take the OS lock without waiting; False when someone else holds it."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class FileLock:
    """The lock on one map file; `acquire()` either takes it or says who has it."""

    def __init__(self, path: str | Path, purpose: str = EDITING) -> None:
        self.path = Path(path)
        self.lock_path = Path(lock_path_for(path))
        self.purpose = purpose
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> LockHolder | None:
        """Take the lock; None on success (or where no lock can be made), else who holds it."""
        if self._handle is not None:
            return None
        for _ in range(5):  # the holder may remove the file between our open and our lock
            try:
                # Created if missing, never truncated before the lock is ours (it names the holder).
                descriptor = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
                handle = os.fdopen(descriptor, "r+", encoding="utf-8")
            except OSError:
                return None  # a folder we cannot write: nothing to protect, and saving will say why
            try:
                taken = _os_lock(handle)
            except OSError:  # no locking on this file system
                handle.close()
                return None
            if not taken:
                handle.seek(0)
                text = handle.read(4096)
                handle.close()
                return read_holder(text)
            if self._still_the_lock_file(handle):
                self._record(handle)
                self._handle = handle
                return None
            _os_unlock(handle)
            handle.close()
        return LockHolder(0, "", "")

    def _still_the_lock_file(self, handle: IO[str]) -> bool:
        try:
            return os.path.samestat(os.fstat(handle.fileno()), os.stat(self.lock_path))
        except OSError:
            return False

    def _record(self, handle: IO[str]) -> None:
        record = {"pid": os.getpid(), "host": socket.gethostname(), "app": APP_NAME, "purpose": self.purpose}
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(record) + "\n")
            handle.flush()
        except OSError:
            pass  # the lock holds all the same; only the "who" would be missing

    def mark(self, purpose: str) -> None:
        """Say in the held lock what the map is used for now (a window starts or ends hosting)."""
        self.purpose = purpose
        if self._handle is not None:
            self._record(self._handle)

    def holder(self) -> LockHolder | None:
        """Who is recorded in the lock file now (None when there is none)."""
        try:
            return read_holder(self.lock_path.read_text("utf-8", errors="replace")[:4096])
        except OSError:
            return None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if sys.platform != "win32":
            # Removed while still locked, so nobody can take a lock on a file that is going away.
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
        _os_unlock(handle)
        handle.close()
        if sys.platform == "win32":  # an open file cannot be removed there; someone may have taken it since
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
