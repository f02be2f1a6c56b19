"""Never lose work: recovery copies of modified maps, and finding them after a crash.

Each open document writes `<id>.journey` plus a small `<id>.json` sidecar (original
path, time, pid) into `<state dir>/recovery`. Every committed edit schedules a copy
within `FLUSH_MS` (a throttle, not a debounce: steady typing cannot postpone it), so a
`kill -9` two seconds after the last edit loses nothing; the Preferences interval is
only the period of the safety-net full snapshot. Copies are written atomically (temp
file, fsync, rename), so a crash in the middle of a write leaves the previous copy.

While its window lives it also holds `<id>.lock` (the OS lock of file_lock.py); a
crash drops it, which is how the next start knows the entry is an orphan to offer
back. Recovery files go only when the map is saved normally, the
user discards the changes, or the user decides what to do with an orphan.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QTimer

from journeymapper.file_lock import FileLock
from journeymapper.fileformat import load_journey, write_atomically
from journeymapper.fileformat.errors import SaveError
from journeymapper.fileformat.writer import dumps_journey
from journeymapper.model.journey import JourneyMap
from journeymapper.ui.document import Document
from journeymapper.ui.preferences import KEY_AUTOSAVE, app_settings
from journeymapper.ui.translations import ui_language

STATE_DIR_ENV = "JOURNEYMAPPER_STATE_DIR"
INTERVAL_ENV = "JOURNEYMAPPER_AUTOSAVE_SECONDS"
DEFAULT_INTERVAL_S = 60.0
FLUSH_MS = 1000  # an edit reaches the recovery folder this soon (plus the write; the bound is 2 s)
DAMAGED_SUFFIX = ".damaged"


def state_dir() -> Path:
    """The per-user state folder (tests point it elsewhere with JOURNEYMAPPER_STATE_DIR)."""
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("JourneyMapper"))


def recovery_dir() -> Path:
    return state_dir() / "recovery"


def autosave_interval_ms() -> int:
    """The autosave period: the environment, then the settings, then 60 s."""
    raw = os.environ.get(INTERVAL_ENV) or app_settings().value(KEY_AUTOSAVE, "")
    try:
        seconds = float(str(raw)) if raw not in (None, "") else DEFAULT_INTERVAL_S
    except ValueError:
        seconds = DEFAULT_INTERVAL_S
    return max(50, int(seconds * 1000))


@dataclass
class RecoveryEntry:
    """One recovery copy on disk and what its sidecar says about it."""

    id: str
    folder: Path
    original_path: str | None = None
    saved_at: str = ""
    pid: int = 0
    title: str = ""
    _lock: FileLock | None = field(default=None, repr=False)

    @property
    def map_path(self) -> Path:
        return self.folder / f"{self.id}.journey"

    @property
    def sidecar_path(self) -> Path:
        return self.folder / f"{self.id}.json"

    @property
    def lock_path(self) -> Path:
        return self.folder / f"{self.id}.lock"

    def load(self) -> JourneyMap:
        """The recovered map (raises JourneyFileError if the copy is damaged)."""
        return load_journey(self.map_path).journey

    def saved_time(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.saved_at)
        except ValueError:
            return None

    def release(self) -> None:
        """Let go of the entry without deleting it (the user postponed the decision)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self) -> None:
        """Delete the recovery copy, its sidecar and its lock."""
        for path in (self.sidecar_path, self.map_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        self.release()
        try:
            self.lock_path.unlink()
        except FileNotFoundError:
            pass


def _read_sidecar(path: Path) -> RecoveryEntry | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    original = data.get("original_path")
    return RecoveryEntry(
        id=path.stem,
        folder=path.parent,
        original_path=str(original) if original else None,
        saved_at=str(data.get("time", "")),
        pid=int(data.get("pid", 0) or 0),
        title=str(data.get("title", "")),
    )


def set_aside(paths: list[Path]) -> list[Path]:
    """Rename damaged recovery files to `<name>.damaged` (never delete: they may be all there is)."""
    moved = []
    for path in paths:
        if not path.exists():
            continue
        target = path.with_name(path.name + DAMAGED_SUFFIX)
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{counter}")
        try:
            os.replace(path, target)
        except OSError:
            continue
        moved.append(target)
    return moved


@dataclass
class OrphanScan:
    """What a start-up scan found: entries to offer, and damaged records set aside."""

    entries: list[RecoveryEntry] = field(default_factory=list)
    damaged: list[tuple[Path, str]] = field(default_factory=list)  # renamed file, reason


def _check_entry(entry: RecoveryEntry) -> str | None:
    """Why this recovery record cannot be offered (None when it loads)."""
    from journeymapper.fileformat.errors import JourneyFileError

    try:
        entry.load()
    except JourneyFileError as error:
        return " ".join(error.lines(*ui_language())[:2])
    except (OSError, ValueError) as error:
        return str(error)
    return None


def _entry_lock(stem: Path) -> FileLock | None:
    """The lock on a recovery entry (`<id>.lock`: the same OS lock that guards open maps,
    journeymapper/file_lock.py), or None when a live process holds it. The OS drops the
    lock of a process that crashed, which is exactly when its entry becomes an orphan."""
    lock = FileLock(stem)
    return None if lock.acquire() is not None else lock


def scan_orphans(folder: Path | None = None) -> OrphanScan:
    """Recovery copies whose owning process is gone, locked for this process, oldest first.

    An entry whose lock a live process holds belongs to another open window and is
    left alone. Holding the lock while the user decides keeps a second instance from
    offering the same entry at the same time. A record whose sidecar or map cannot be
    read is renamed aside (reported once, by the caller) and the others are still offered.
    """
    folder = folder or recovery_dir()
    scan = OrphanScan()
    if not folder.is_dir():
        return scan
    for sidecar in sorted(folder.glob("*.json")):
        lock = _entry_lock(sidecar.with_suffix(""))
        if lock is None:
            continue  # a live window's record, or another instance is deciding about it
        entry = _read_sidecar(sidecar)
        reason = "unreadable recovery record" if entry is None else None
        if entry is not None and not entry.map_path.is_file():
            reason = "the recovery copy is missing"
        if entry is not None and reason is None:
            reason = _check_entry(entry)
        if reason is not None:
            moved = set_aside([sidecar, sidecar.with_suffix(".journey")])
            lock.release()
            for path in moved:
                scan.damaged.append((path, reason))
            continue
        assert entry is not None
        entry._lock = lock
        scan.entries.append(entry)
    scan.entries.sort(key=lambda e: e.saved_at)
    return scan


def find_orphans(folder: Path | None = None) -> list[RecoveryEntry]:
    """The offerable recovery copies (damaged ones are set aside silently; see scan_orphans)."""
    return scan_orphans(folder).entries


def recovery_bytes(journey: JourneyMap) -> bytes:
    """The recovery copy: the very bytes a save would write (fileformat/writer.py).

    This runs on the GUI thread after every burst of edits; since the writer became one
    pydantic serializer pass it costs what the bare serializer does (issue 8), so the
    recovery copy no longer needs a format of its own.
    """
    return dumps_journey(journey)


Job = tuple[int, list[tuple[Path, bytes]]]  # document revision, files to write in order


class RecoveryWriter:
    """Writes recovery copies off the GUI thread: the newest snapshot wins, none after a discard.

    The fsyncs of an atomic write can stall on a busy disk; the editor must not. A snapshot
    is taken on the GUI thread (bytes, independent of the model) and handed over; a write
    of an older revision than one already written, or than a discard, is skipped.
    """

    def __init__(self) -> None:
        self._state = threading.Lock()  # guards _pending and _thread
        self._io = threading.Lock()  # one write (or discard) at a time
        self._pending: Job | None = None
        self._thread: threading.Thread | None = None
        self.written_revision = -1
        self._floor = -1  # revisions up to this one were discarded
        self.error: str | None = None

    def submit(self, revision: int, files: list[tuple[Path, bytes]]) -> None:
        with self._state:
            self._pending = (revision, files)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="recovery-writer", daemon=True)
                self._thread.start()

    def write_now(self, revision: int, files: list[tuple[Path, bytes]]) -> bool:
        with self._io:
            return self._write(revision, files)

    def _write(self, revision: int, files: list[tuple[Path, bytes]]) -> bool:
        if revision <= max(self.written_revision, self._floor):
            return False
        for path, data in files:
            write_atomically(path, data)
        self.written_revision = revision
        return True

    def _run(self) -> None:
        while True:
            with self._state:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    return
            with self._io:
                try:
                    self._write(*job)
                    self.error = None
                except (SaveError, OSError) as error:
                    self.error = str(error)

    def discard(self, revision: int, remove: Callable[[], None]) -> None:
        """Forget pending snapshots up to `revision` and run `remove` with no write in flight."""
        with self._state:
            self._pending = None
        with self._io:
            self._floor = max(self._floor, revision)
            remove()

    def wait(self) -> None:
        with self._state:
            thread = self._thread
        if thread is not None:
            thread.join()


class Autosaver(QObject):
    """Writes a recovery copy of one document whenever it changed and the timer fires."""

    def __init__(
        self,
        document: Document,
        *,
        interval_ms: int | None = None,
        folder: Path | None = None,
        adopt: RecoveryEntry | None = None,
    ) -> None:
        super().__init__(document)
        self.document = document
        self.folder = folder or recovery_dir()
        if adopt is not None:
            # A restored map keeps its recovery copy until it is saved normally.
            self.entry = adopt
            document.recovery_id = adopt.id
        else:
            self.entry = RecoveryEntry(document.recovery_id, self.folder)
        self._saved_revision = document.revision if adopt is None else -1
        self.last_error: str | None = None
        self._fixed_interval = interval_ms is not None  # a caller's (a test's) period wins over settings
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if interval_ms is not None else autosave_interval_ms())
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start()
        # Every committed edit reaches the recovery folder within FLUSH_MS.
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        self.writer = RecoveryWriter()
        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._on_modified_changed)

    def follow_settings(self) -> None:
        """Take a new period from the settings (Preferences changed it) without waiting for a restart.

        QTimer restarts a running timer when its interval changes, so the next copy comes
        one new period from now, never after the old, possibly much longer, one.
        """
        if not self._fixed_interval:
            interval = autosave_interval_ms()
            if interval != self.timer.interval():
                self.timer.setInterval(interval)

    def _ensure_lock(self) -> None:
        if self.entry._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.entry._lock = _entry_lock(self.folder / self.entry.id)

    def _snapshot(self) -> list[tuple[Path, bytes]]:
        doc = self.document
        sidecar = {
            "app": "JourneyMapper",
            "original_path": str(doc.path) if doc.path else None,
            "time": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
            "pid": os.getpid(),
            "hostname": socket.gethostname(),
            "title": doc.journey.title,
        }
        return [
            (self.entry.map_path, recovery_bytes(doc.journey)),
            (self.entry.sidecar_path, json.dumps(sidecar, indent=2).encode("utf-8")),
        ]

    def _due(self) -> bool:
        doc = self.document
        return doc.is_modified and doc.revision != self._saved_revision

    def flush(self) -> None:
        """After edits: snapshot now, write on the recovery thread (the GUI never waits on the disk)."""
        if not self._due():
            return
        try:
            self._ensure_lock()
            files = self._snapshot()
        except (SaveError, OSError) as error:
            self.last_error = str(error)
            return
        self.writer.submit(self.document.revision, files)
        self._saved_revision = self.document.revision
        self.last_error = self.writer.error

    def autosave_now(self) -> bool:
        """Write the recovery copy now if the map changed since the last one; True if written."""
        if not self._due():
            return False
        try:
            self._ensure_lock()
            written = self.writer.write_now(self.document.revision, self._snapshot())
        except (SaveError, OSError) as error:
            self.last_error = str(error)  # the status bar shows it; editing goes on
            return False
        self.last_error = None
        self._saved_revision = self.document.revision
        return written

    def _on_changed(self, _changes: object) -> None:
        if not self.flush_timer.isActive():  # throttled: typing cannot push the copy back
            self.flush_timer.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()  # saved normally (or undone back to the saved state)

    def discard(self) -> None:
        """Remove this document's recovery copy (saved, or changes discarded)."""
        self.writer.discard(self.document.revision, self.entry.discard)
        self._saved_revision = self.document.revision if not self.document.is_modified else -1

    def stop(self) -> None:
        self.timer.stop()
        self.flush_timer.stop()
        self.writer.wait()
