"""`journeymapper install-desktop`: the menu entry, icons and .journey file type for pip users.

A native package or bundle installs these system-wide; someone who ran `pip install
journeymapper` has only a command. This copies the files the freedesktop.org
specifications describe into the user's own data folder ($XDG_DATA_HOME, by default
~/.local/share), so the application appears in the menu with its icon, .journey files
show the document icon, and double-clicking one opens the editor:

- applications/org.journeymapper.JourneyMapper.desktop — with `Exec` pointing at this
  installation's `journeymapper-gui` by absolute path (a virtual environment is rarely on
  the PATH the desktop session uses);
- mime/packages/journeymapper-mime.xml — the type, by `*.journey` and by content;
- icons/hicolor/<size>/apps and …/mimetypes — the app and document icons, PNG and SVG;
- metainfo/… — the AppStream description software centres read.

Then the desktop's caches are refreshed with whichever of update-mime-database,
update-desktop-database and gtk-update-icon-cache are installed (each is optional: a
missing one only delays the change until the next login). `--uninstall` removes exactly
these files. Nothing here needs Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from journeymapper.resources import resource

APP_ID = "org.journeymapper.JourneyMapper"
MIME_TYPE = "application/x-journeymapper"
MIME_ICON = MIME_TYPE.replace("/", "-")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TOOL_TIMEOUT_S = 60


@dataclass
class DesktopReport:
    """What `install` or `uninstall` did: files written or removed, caches refreshed, problems."""

    files: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the XDG Base Directory specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def gui_command() -> list[str]:
    """The absolute command that starts this installation's editor."""
    folder = Path(sys.executable).parent
    for name in ("journeymapper-gui", "journeymapper-gui.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("journeymapper-gui")
    return [found] if found else [sys.executable, "-m", "journeymapper"]


def _quote(argument: str) -> str:
    """A desktop-entry Exec argument, quoted when it holds a space or reserved character."""
    if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The bundled .desktop file with Exec and TryExec set to `command`."""
    text = resource("desktop", f"{APP_ID}.desktop").read_text("utf-8")
    exec_line = " ".join(_quote(part) for part in command)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):  # the main entry opens files (%F); New Window takes none
            line = f"Exec={exec_line}" + (" %F" if line.rstrip().endswith("%F") else "")
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Each target file and its bundled source (None: the .desktop file, written from a template)."""
    icons = resource("icons")
    hicolor = home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "mime" / "packages" / "journeymapper-mime.xml": resource("desktop", "journeymapper-mime.xml"),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": resource("desktop", f"{APP_ID}.metainfo.xml"),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": icons / "journeymapper.svg",
        hicolor / "scalable" / "mimetypes" / f"{MIME_ICON}.svg": icons / "journeymapper-document.svg",
    }
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}"
        files[folder / "apps" / f"{APP_ID}.png"] = icons / "app" / f"journeymapper-{size}.png"
        document = icons / "app" / f"journeymapper-document-{size}.png"
        files[folder / "mimetypes" / f"{MIME_ICON}.png"] = document
    return files


def _refresh_caches(home: Path, report: DesktopReport) -> None:
    tools = [
        ("update-mime-database", [str(home / "mime")]),
        ("update-desktop-database", ["-q", str(home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-f", "-t", str(home / "icons" / "hicolor")]),
    ]
    for tool, args in tools:
        program = shutil.which(tool)
        if program is None:
            report.skipped.append(f"{tool}: not installed (takes effect at the next login)")
            continue
        try:
            result = subprocess.run([program, *args], capture_output=True, text=True,
                                    timeout=TOOL_TIMEOUT_S, check=False)
        except (OSError, subprocess.SubprocessError) as error:
            report.skipped.append(f"{tool}: {error}")
            continue
        if result.returncode == 0:
            report.refreshed.append(tool)
        else:
            report.skipped.append(f"{tool}: {(result.stderr or result.stdout).strip()}")


def install(home: Path | None = None, command: list[str] | None = None) -> DesktopReport:
    """Install the menu entry, MIME type, icons and metainfo under `home` (default $XDG_DATA_HOME)."""
    home = home or data_home()
    report = DesktopReport()
    for target, source in planned_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command or gui_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        report.files.append(target)
    _refresh_caches(home, report)
    return report


def uninstall(home: Path | None = None) -> DesktopReport:
    """Remove what `install` wrote (and nothing else); the caches are refreshed without it."""
    home = home or data_home()
    report = DesktopReport()
    for target in planned_files(home):
        if target.is_file():
            target.unlink()
            report.files.append(target)
    _refresh_caches(home, report)
    return report
