"""Registering JourneyMapper with git: the merge driver and the diff text converter.

Why two places: `.gitattributes` (committed, shared by the team) says *which* files use
the `journeymapper` driver; the driver's command lives in git config, which git never
takes from a repository (a cloned repository must not run commands of its choosing),
so each person runs `journeymapper git-setup` once per clone (or once with --global).
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ATTRIBUTES_LINE = "*.journey merge=journeymapper diff=journeymapper"
DRIVER = "journeymapper"


class GitSetupError(Exception):
    """git is missing or the folder is not in a repository; the message says which."""


@dataclass
class SetupResult:
    attributes: Path | None
    settings: dict[str, str]


def command_prefix() -> str:
    """How git should start this JourneyMapper: this very interpreter, so a virtual
    environment works without being on PATH."""
    return f"{shlex.quote(sys.executable)} -m journeymapper"


def git_settings(prefix: str | None = None) -> dict[str, str]:
    run = prefix or command_prefix()
    return {
        f"merge.{DRIVER}.name": "JourneyMapper: three-way merge of .journey maps by id and field",
        f"merge.{DRIVER}.driver": f"{run} merge %O %A %B -o %A --label %P",
        f"diff.{DRIVER}.textconv": f"{run} textconv",
    }


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise GitSetupError("git is not installed (or not on PATH)") from None
    except OSError as error:
        raise GitSetupError(f"git could not be run: {error.strerror or error}") from None
    if done.returncode != 0:
        raise GitSetupError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "git failed")
    return done.stdout.strip()


def add_attributes(root: Path) -> bool:
    """Add the attributes line to `root/.gitattributes` unless present; True when added."""
    path = root / ".gitattributes"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if ATTRIBUTES_LINE in text.splitlines():
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + ATTRIBUTES_LINE + "\n", encoding="utf-8")
    return True


def set_up(folder: Path, *, global_config: bool = False, attributes: bool = True) -> SetupResult:
    """Configure git for the repository containing `folder` (or globally)."""
    scope = "--global" if global_config else "--local"
    root: Path | None = None
    if not global_config or attributes:
        try:
            root = Path(_git(folder, "rev-parse", "--show-toplevel"))
        except GitSetupError:
            if not global_config:
                message = f"{folder} is not inside a git repository (run 'git init' first)"
                raise GitSetupError(message) from None
    settings = git_settings()
    for key, value in settings.items():
        _git(folder, "config", scope, key, value)
    written = None
    if attributes and root is not None:
        add_attributes(root)
        written = root / ".gitattributes"
    return SetupResult(written, settings)
