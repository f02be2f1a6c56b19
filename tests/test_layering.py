"""The house rule: only the UI and the Qt painter backend import Qt.

Model, file format, layout, SVG and PDF export must run where no Qt is installed
(servers, CI, scripts); this test reads every module's imports to keep it so.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "journeymapper"
QT = ("PySide6", "shiboken6")


def qt_allowed(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or path.name.startswith("qt_")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_ui_and_qt_backend_import_qt() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if qt_allowed(path):
            continue
        bad = [m for m in imported_modules(path) if m.split(".")[0] in QT]
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {', '.join(sorted(bad))}")
    assert offenders == []


def test_model_imports_neither_files_nor_drawing() -> None:
    forbidden = {"journeymapper.fileformat", "journeymapper.layout", "journeymapper.export",
                 "journeymapper.ui", "reportlab", "svgwrite"}
    offenders = []
    for path in sorted((PACKAGE / "model").rglob("*.py")):
        for module in imported_modules(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                offenders.append(f"{path.name} imports {module}")
    assert offenders == []


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(PACKAGE.parent)}: {n} lines"
           for p in PACKAGE.rglob("*.py") if (n := len(p.read_text("utf-8").splitlines())) > 600]
    assert big == []
