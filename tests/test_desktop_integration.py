"""Linux desktop integration: the files validate with the freedesktop tools, and
`journeymapper install-desktop` installs and removes them for one user (a temporary XDG_DATA_HOME)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.desktop_integration import APP_ID, MIME_ICON, MIME_TYPE
from journeymapper.fileformat import dumps_journey
from journeymapper.model.templates import build_template
from journeymapper.resources import example_maps, resource

ROOT = Path(__file__).resolve().parent.parent
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed "
                    "(apt-get install desktop-file-utils appstream shared-mime-info)")
    return found


def read_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(resource("desktop", f"{APP_ID}.desktop"))],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_desktop_entry_launches_the_gui_script_for_journey_files() -> None:
    section = read_entry(resource("desktop", f"{APP_ID}.desktop"))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["gui-scripts"]
    assert section["Exec"].split()[0] in scripts and section["Exec"].endswith("%F")
    assert MIME_TYPE in section["MimeType"].split(";")
    assert section["Icon"] == APP_ID and section["GenericName[es]"]


def test_metainfo_passes_appstreamcli_validate_and_declares_the_file_type() -> None:
    metainfo = resource("desktop", f"{APP_ID}.metainfo.xml")
    # --no-net: the screenshot addresses are checked for form, not fetched (no network here)
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert [m.text for m in root.iter("mediatype")] == [MIME_TYPE]
    images = [i.text or "" for i in root.iter("image")]
    assert images and all(i.startswith("https://") for i in images)
    assert root.find("launchable").text == f"{APP_ID}.desktop"


def test_mime_type_has_a_glob_and_a_magic_rule_that_match_real_files() -> None:
    mime = ET.parse(resource("desktop", "journeymapper-mime.xml")).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.journey"]
    assert mime.find(f"{MIME_NS}generic-icon").get("name") == MIME_ICON
    matches = list(mime.iter(f"{MIME_NS}match"))
    assert matches
    heads = [p.read_bytes()[:256] for p in example_maps()] + [dumps_journey(build_template("5a", "es"))[:256]]
    for head in heads:  # every file we write is recognised by content, even renamed
        assert any(m.get("value", "").encode() in head for m in matches), head[:80]
    assert not any(m.get("value", "").encode() in b'{"format": "something-else"}' for m in matches)


def test_install_desktop_and_uninstall_for_one_user(tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["install-desktop"]) == 0
    printed = capsys.readouterr().out.splitlines()
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert f"installed {entry}" in printed
    section = read_entry(entry)
    program = section["Exec"].split(" %F")[0].strip('"')
    assert Path(program).is_absolute() and os.access(program, os.X_OK) or program.endswith("-m journeymapper")
    assert (home / "mime" / "packages" / "journeymapper-mime.xml").is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 32, 48, 256):
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    if shutil.which("update-mime-database"):  # the database really learnt the type
        assert f"{MIME_TYPE}:*.journey" in (home / "mime" / "globs2").read_text()
        assert b"journeymapper" in (home / "mime" / "magic").read_bytes()
    if shutil.which("gio"):  # and the desktop's own lookup finds it, by name and by content
        renamed = tmp_path / "no-extension"
        shutil.copyfile(example_maps()[0], renamed)
        for path in (example_maps()[0], renamed):
            result = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)],
                                    capture_output=True, text=True,
                                    env=dict(os.environ, XDG_DATA_HOME=str(home)))
            assert f"standard::content-type: {MIME_TYPE}" in result.stdout

    assert main(["install-desktop", "--uninstall"]) == 0
    removed = capsys.readouterr().out.splitlines()
    assert len(removed) == len(printed) and f"removed {entry}" in removed
    left = [p for p in home.rglob("*") if p.is_file() and "journeymapper" in p.name.lower()]
    assert left == []
    if shutil.which("update-mime-database"):
        assert "journey" not in (home / "mime" / "globs2").read_text()
