"""Writing .journey files: deterministic bytes, written atomically, old version kept.

Deterministic means: keys in the model's field order, 2-space indent, UTF-8 with
non-ASCII text left readable, a trailing newline. Saving an unchanged map therefore
gives identical bytes, and a one-field edit is a one-line diff in git.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

from journeymapper.fileformat.errors import SaveError
from journeymapper.fileformat.migrations import FORMAT_NAME, FORMAT_VERSION
from journeymapper.model.journey import JourneyMap

BACKUP_SUFFIX = ".bak"


def envelope(journey: JourneyMap) -> dict[str, object]:
    body: dict[str, object] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    body["map"] = journey.model_dump(mode="json")
    for key, value in journey._envelope_extra.items():
        body.setdefault(key, value)
    return body


def dumps_journey(journey: JourneyMap) -> bytes:
    """The exact bytes a save writes."""
    text = json.dumps(envelope(journey), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist (was it moved or removed?)",
    errno.EROFS: "the disk is read-only",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "the target is a folder",
}


def _reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform; the data itself was already synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Replace `path` with `data` so that it is either the old file or the new one, never half.

    With `backup`, the previous content is first kept as `path + .bak`.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        old_mode = None
        try:
            old_mode = os.stat(path).st_mode & 0o777
        except FileNotFoundError:
            pass
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates owner-only files; a new file gets the usual permissions instead.
        os.chmod(tmp_name, old_mode if old_mode is not None else 0o666 & ~_umask())
        if backup and old_mode is not None:
            backup_path = path.with_name(path.name + BACKUP_SUFFIX)
            old = path.read_bytes()
            write_atomically(backup_path, old)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except SaveError:
        raise
    except OSError as error:
        raise SaveError(path, _reason(error)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def save_journey(journey: JourneyMap, path: str | Path, *, backup: bool = True) -> None:
    """Save a map; on failure raise SaveError and leave the file on disk as it was."""
    write_atomically(path, dumps_journey(journey), backup=backup)
