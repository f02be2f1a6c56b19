"""The house's layering, enforced: `lint-imports` checks the contracts in pyproject.toml.

Each rule of docs/architecture.md is an import-linter contract (`[tool.importlinter]`):
model knows nothing of Qt, files or drawing; fileformat builds only on model; layout is
pure geometry; export never reaches the editor; only `ui/` and `qt_*.py` import Qt; and
importing the command line loads neither the editor nor Qt. Model, file format, layout,
SVG and PDF export must run where no Qt is installed (servers, CI, scripts).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymapper"
# The `lint-imports` command, run by this interpreter (whatever its scripts folder is called).
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
)


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec("importlinter") is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]' installs it)")
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-logo", "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_of_project(tmp_path: Path) -> Path:
    """The package, its contracts and the custom contract type, to break on purpose."""
    shutil.copytree(PACKAGE, tmp_path / "journeymapper", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "import_contracts.py", tmp_path / "tests" / "import_contracts.py")
    return tmp_path


def test_every_layering_contract_is_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert result.stdout.count(" KEPT") >= 7  # one contract per rule of docs/architecture.md


def test_contracts_catch_a_model_that_draws_and_a_cli_that_loads_the_editor(tmp_path: Path) -> None:
    project = copy_of_project(tmp_path)
    with open(project / "journeymapper" / "model" / "images.py", "a", encoding="utf-8") as f:
        f.write("\nfrom journeymapper.layout import fonts as _fonts  # noqa\n")
    cli = project / "journeymapper" / "cli.py"
    cli.write_text(cli.read_text("utf-8") + "\nimport journeymapper.ui.app  # noqa\n", "utf-8")
    result = lint_imports(project)
    assert result.returncode != 0
    assert "model/ knows nothing of Qt, files or drawing BROKEN" in result.stdout
    assert "journeymapper.model.images -> journeymapper.layout" in result.stdout
    assert "journeymapper.cli -> journeymapper.ui.app" in result.stdout


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(PACKAGE.parent)}: {n} lines"
           for p in PACKAGE.rglob("*.py") if (n := len(p.read_text("utf-8").splitlines())) > 600]
    assert big == []
