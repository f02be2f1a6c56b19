"""JourneyMapper's build backend: setuptools, plus the resources and compiled translations.

Why a hook: the program's resources (fonts, examples, schema, icons, translations) live
in the top-level `resources/` folder, where a source checkout reads them, and are
installed inside the package as `journeymapper/_resources`. Mapping that folder as a
package made setuptools treat every sub-folder as a would-be package (five pages of
warnings). Here `build_py` copies the folder as plain data instead, and compiles each
translation source (`i18n/*.ts`) into the `.qm` catalogue the editor loads, so an
installed wheel never compiles anything at run time. The `.ts` sources stay in the sdist
and out of the wheel.

`pyproject.toml` names this module as the in-tree backend (`backend-path`) and its
`BuildPy` as setuptools' `build_py` command. An editable install reads `resources/`
in place, so nothing is copied then.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.command.build_py import build_py as _build_py

# PEP 517 hooks: setuptools' own, unchanged (this module only adds the command below).
build_wheel = _setuptools.build_wheel
build_sdist = _setuptools.build_sdist
build_editable = _setuptools.build_editable
get_requires_for_build_wheel = _setuptools.get_requires_for_build_wheel
get_requires_for_build_sdist = _setuptools.get_requires_for_build_sdist
get_requires_for_build_editable = _setuptools.get_requires_for_build_editable
prepare_metadata_for_build_wheel = _setuptools.prepare_metadata_for_build_wheel
prepare_metadata_for_build_editable = _setuptools.prepare_metadata_for_build_editable

RESOURCES = "resources"
TARGET = ("journeymapper", "_resources")
# Translation sources and compiled files from a developer's tree are not copied: the
# catalogues are compiled afresh below, from the sources in this very tree.
SKIPPED_SUFFIXES = {".ts", ".qm", ".pyc"}


def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: PySide6's copy (a build requirement), else one on PATH."""
    try:
        import PySide6  # noqa: PLC0415 - only needed while building
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        if found is None:
            raise RuntimeError(
                "cannot compile the translations: PySide6 (a build requirement) is not installed"
            ) from None
        return [found]
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.exit(lrelease())"]


def compile_catalogue(source: Path, target: Path) -> None:
    """`source.ts` → `target.qm`; the build fails with lrelease's message if it cannot."""
    result = subprocess.run(
        [*lrelease_command(), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not target.is_file():
        raise RuntimeError(f"{source}: lrelease failed: {(result.stderr or result.stdout).strip()}")


class BuildPy(_build_py):
    """setuptools' build_py, then the resources folder as data and its catalogues compiled."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ where it is
        source = Path(RESOURCES)
        target = Path(self.build_lib).joinpath(*TARGET)
        for path in sorted(source.rglob("*")):
            if path.is_dir() or path.suffix in SKIPPED_SUFFIXES or "__pycache__" in path.parts:
                continue
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
        for ts in sorted((source / "i18n").glob("*.ts")):
            qm = target / "i18n" / (ts.stem + ".qm")
            qm.parent.mkdir(parents=True, exist_ok=True)
            compile_catalogue(ts, qm)
            os.utime(qm)  # newer than anything it was built from

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib).joinpath(*TARGET)
        if target.is_dir():
            outputs += [str(p) for p in target.rglob("*") if p.is_file()]
        return outputs
