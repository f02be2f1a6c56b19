"""The bundle configurations declare the .journey document type and the icons on every platform.

Windows and macOS installers can only be built on those systems; these checks make sure
what they will be built from says the right things and names files that exist.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


def spec_dicts() -> list[dict]:
    """Every dict literal in the PyInstaller spec (the Info.plist is one)."""
    tree = ast.parse((ROOT / "packaging" / "pyinstaller" / "journeymapper.spec").read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            try:  # literals, and the version, which the spec reads from the package
                found.append(eval(compile(ast.Expression(node), "spec", "eval"), {"__version__": "0"}))
            except NameError:
                continue
    return found


def test_macos_app_declares_the_journey_document_type_and_icon() -> None:
    (plist,) = [d for d in spec_dicts() if "CFBundleDocumentTypes" in d]
    (doc,) = plist["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeExtensions"] == ["journey"] and doc["CFBundleTypeRole"] == "Editor"
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["journey"]
    assert (ROOT / "packaging" / "icons" / doc["CFBundleTypeIconFile"]).is_file()
    assert (ROOT / "packaging" / "icons" / "journeymapper.icns").is_file()


def test_windows_installer_associates_journey_files_with_the_editor() -> None:
    root = ET.parse(ROOT / "packaging" / "windows" / "journeymapper.wxs").getroot()
    icons = {i.get("Id"): i.get("SourceFile", "").replace("\\", "/") for i in root.iter(f"{WIX}Icon")}
    for path in icons.values():
        assert (ROOT / path).is_file(), path
    (progid,) = root.iter(f"{WIX}ProgId")
    assert progid.get("Icon") == "DocumentIcon" and "document" in icons["DocumentIcon"]
    (extension,) = progid.iter(f"{WIX}Extension")
    assert extension.get("Id") == "journey" and extension.get("ContentType") == "application/x-journeymapper"
    (verb,) = extension.iter(f"{WIX}Verb")
    assert verb.get("TargetFile") == "JourneyMapperExe" and "%1" in verb.get("Argument", "")
    (shortcut,) = root.iter(f"{WIX}Shortcut")
    assert shortcut.get("Icon") == "AppIcon"


def test_spec_builds_the_console_command_and_the_windowed_editor() -> None:
    text = (ROOT / "packaging" / "pyinstaller" / "journeymapper.spec").read_text("utf-8")
    assert 'name="journeymapper", console=True' in text and 'name="JourneyMapper", console=False' in text
    assert "journeymapper/_resources" in text  # where journeymapper/resources.py looks
