"""The other versions a map can be compared with: a file, the last save, the backup, a commit.

Each returns a `JourneyMap` (or raises `JourneyFileError` / `CompareSourceError` with a
message for people). git is asked through its command line: `git log` for the commits
that touched the file and `git show COMMIT:PATH` for the file as it was.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from journeymapper.fileformat import load_journey, loads_journey
from journeymapper.fileformat.writer import BACKUP_SUFFIX
from journeymapper.model.journey import JourneyMap

MAX_COMMITS = 100


class CompareSourceError(Exception):
    """The version asked for does not exist (no backup, not in git…)."""


@dataclass(frozen=True)
class Commit:
    sha: str
    date: str
    subject: str

    def label(self) -> str:
        return f"{self.date}  {self.subject}  ({self.sha[:8]})"


def from_file(path: str | Path) -> JourneyMap:
    return load_journey(path).journey


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def from_backup(path: Path) -> JourneyMap:
    backup = backup_path(path)
    if not backup.is_file():
        raise CompareSourceError(f"{backup.name}: there is no backup of this map yet")
    return load_journey(backup).journey


def _git(folder: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CompareSourceError(f"git could not be run ({error})") from None
    if done.returncode != 0:
        text = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CompareSourceError(text[-1] if text else "git failed")
    return done.stdout


def git_commits(path: Path) -> list[Commit]:
    """The commits that changed this file, newest first (empty when not in git)."""
    try:
        out = _git(path.parent, "log", f"-n{MAX_COMMITS}", "--format=%H%x1f%ad%x1f%s", "--date=short",
                   "--", path.name)
    except CompareSourceError:
        return []
    commits = []
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.split("\x1f")
        if len(parts) == 3:
            commits.append(Commit(*parts))
    return commits


def from_commit(path: Path, sha: str) -> JourneyMap:
    prefix = _git(path.parent, "rev-parse", "--show-prefix").decode("utf-8").strip()
    data = _git(path.parent, "show", f"{sha}:{prefix}{path.name}")
    return loads_journey(data, f"{path.name}@{sha[:8]}").journey
