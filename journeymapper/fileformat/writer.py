"""Writing .journey files: deterministic bytes, written atomically, old version kept.

Deterministic means: keys in the model's field order, 2-space indent, UTF-8 with
non-ASCII text left readable, a trailing newline. Saving an unchanged map therefore
gives identical bytes, and a one-field edit is a one-line diff in git.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic_core import PydanticSerializationError

from journeymapper.fileformat.envelope import ENVELOPE_KEYS, JourneyFile
from journeymapper.fileformat.errors import SaveError, shown_path
from journeymapper.fileformat.migrations import FORMAT_NAME, FORMAT_VERSION
from journeymapper.fileformat.unknown_fields import unknown_fields
from journeymapper.model.journey import JourneyMap

BACKUP_SUFFIX = ".bak"
STALE_SECONDS = 60.0  # a temporary older than this belongs to a save that was killed


# The envelope as a model (envelope.py): one serializer pass writes the whole file; turning
# the map into dicts for `json.dumps` took five times as long (issue 8).
_SERIALIZER = JourneyFile.__pydantic_serializer__

# Numbers are spelled as Python's `repr` writes them (what every earlier version wrote),
# so that re-saving an unchanged map never changes a byte. pydantic spells floats the
# same way except between about 1e-10 and 1e-4: `0.00001` and `5e-7` where Python
# writes `1e-05` and `5e-07`. A float in the output is a token after a space (after
# `": ` or an array's indentation) and right before `,` and a line end; a string can
# never end there, since it must close with `"` before any line end.
_FLOAT_TOKEN = re.compile(rb"(?<= )-?[0-9]+(?:\.[0-9]+(?:e[-+]?[0-9]+)?|e[-+]?[0-9]+)(?=,?\n)")
_SPELLED_APART = 1e-4  # pydantic and Python agree on every float at least this far from 0


def _spelled_apart(value: object) -> bool:
    """Whether `value` holds a float pydantic spells differently from Python's `repr`."""
    if isinstance(value, float):
        return value != 0.0 and abs(value) < _SPELLED_APART
    if isinstance(value, dict):
        return any(_spelled_apart(v) for v in value.values())
    if isinstance(value, list):
        return any(_spelled_apart(v) for v in value)
    return False


def _holds_floats_spelled_apart(journey: JourneyMap) -> bool:
    """Whether any float pydantic would spell differently is in the map.

    Floats live only in KPI targets and actuals, the export preset's measures and in
    fields this version does not know; walking those is a millisecond at 10,000 cards.
    """
    numbers: list[object] = [kpi.target for kpi in journey.kpis]
    numbers += [kpi.actual for kpi in journey.kpis]
    if journey.export_preset is not None:
        numbers += [journey.export_preset.margin_mm, journey.export_preset.min_text_pt]
    numbers += journey._envelope_extra.values()
    numbers += (value for _where, value in unknown_fields(journey))
    return _spelled_apart(numbers)


def _python_spelling(token: re.Match[bytes]) -> bytes:
    return repr(float(token.group())).encode("ascii")


def _whole_file(journey: JourneyMap) -> JourneyFile:
    whole = JourneyFile.model_construct(format=FORMAT_NAME, format_version=FORMAT_VERSION, map=journey)
    extra = journey._envelope_extra.items()
    whole.__pydantic_extra__ = {key: value for key, value in extra if key not in ENVELOPE_KEYS}
    return whole


def envelope(journey: JourneyMap) -> dict[str, object]:
    """What a save writes, as JSON-ready dicts and lists (for tools and tests that edit it)."""
    return _whole_file(journey).model_dump(mode="json")


def dumps_journey(journey: JourneyMap) -> bytes:
    """The exact bytes a save writes: see "How files are written" in docs/file-format.md."""
    try:
        data: bytes = _SERIALIZER.to_json(_whole_file(journey), indent=2)
    except PydanticSerializationError:
        return _dumps_without_lone_surrogates(journey)
    if _holds_floats_spelled_apart(journey):
        data = _FLOAT_TOKEN.sub(_python_spelling, data)
    return data + b"\n"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(v) for v in value]
    return value


def _dumps_without_lone_surrogates(journey: JourneyMap) -> bytes:
    """The save of a map holding half of a UTF-16 pair (a lone surrogate), which UTF-8
    cannot encode, so the fast serializer refuses the whole map. Such text can reach the
    model from a damaged clipboard or another program, never from a file; refusing to save
    would lose every other edit, so the character is written as U+FFFD (what the layout
    already draws for it) through the slower path that writes the same bytes otherwise."""
    body = _without_lone_surrogates(envelope(journey))
    text = json.dumps(body, indent=2, ensure_ascii=False, allow_nan=False)
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


def _temporary_name(name: str) -> re.Pattern[str]:
    """Names `mkstemp` gives this file's temporaries (`.NAME.<8 random>.tmp`)."""
    return re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]{{8}}\.tmp")


def remove_stale_temporaries(path: str | Path, older_than: float = STALE_SECONDS) -> int:
    """Delete temporaries of `path` left by a save that was killed; returns how many.

    Only this file's own pattern, only regular files, and only those untouched for
    `older_than` seconds, so a save running in another process right now is left alone.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    pattern = _temporary_name(path.name)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= older_than:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _save_target(path: Path) -> Path:
    """Where a save really writes: through a symbolic link to the file it points at, so the
    link stays a link and the real file gets the new content."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _copy_owner(fd_path: str, like: os.stat_result) -> None:
    try:
        os.chown(fd_path, like.st_uid, like.st_gid)
    except (OSError, AttributeError):
        pass  # only root may give a file away; the group may still fail: keep ours then


def write_atomically(path: str | Path, data: bytes, *, backup: bool = False,
                     follow_links: bool = True, like: os.stat_result | None = None) -> list[str]:
    """Replace `path` with `data` so that it is either the old file or the new one, never half.

    With `backup`, the previous content is first kept as `path + .bak`, with the map's own
    permissions and owner. A backup that cannot be written does not stop the save: the
    returned notices say so. Writing through a symbolic link writes the file it points at
    (`follow_links`). The new file keeps the old one's permissions and owner (or those of
    `like`); a new file gets the usual ones (umask).
    """
    path = Path(path)
    if follow_links:
        path = _save_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    notices: list[str] = []
    tmp_name = None
    try:
        try:
            old = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            old = None
        if old is not None and stat.S_ISDIR(old.st_mode):
            raise SaveError(path, "the target is a folder")
        if old is not None and not stat.S_ISREG(old.st_mode) and not stat.S_ISLNK(old.st_mode):
            raise SaveError(path, "the target is not a regular file (a pipe, device or socket)")
        model = like or (old if old is not None and stat.S_ISREG(old.st_mode) else None)
        remove_stale_temporaries(path)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates owner-only files; a new file gets the usual permissions instead.
        os.chmod(tmp_name, stat.S_IMODE(model.st_mode) if model is not None else 0o666 & ~_umask())
        if model is not None:
            _copy_owner(tmp_name, model)
        if backup and old is not None and stat.S_ISREG(old.st_mode):
            notices += _write_backup(path, old)
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
    return notices


def _write_backup(path: Path, old: os.stat_result) -> list[str]:
    """Keep the current content as `.bak`; a notice instead of a failure when impossible.

    The backup never follows a link: a `.bak` link planted in a shared folder must not
    make a save write the old map somewhere else.
    """
    backup_path = path.with_name(path.name + BACKUP_SUFFIX)
    reason = None
    if backup_path.is_dir() and not backup_path.is_symlink():
        reason = f"{shown_path(backup_path.name)} is a folder"
    else:
        try:
            write_atomically(backup_path, path.read_bytes(), follow_links=False, like=old)
        except SaveError as error:
            reason = error.reason
        except OSError as error:
            reason = _reason(error)
    if reason is None:
        return []
    return [f"{shown_path(path)}: saved, but no backup was written ({reason})"]


def save_journey(journey: JourneyMap, path: str | Path, *, backup: bool = True) -> list[str]:
    """Save a map; on failure raise SaveError and leave the file on disk as it was.

    Returns notices a person should see (e.g. that no backup could be written).
    """
    return write_atomically(path, dumps_journey(journey), backup=backup)
