"""Type checking and lint run with the suite, so CI enforces them like any other test.

mypy checks the package with the settings in pyproject.toml ([tool.mypy]) and a cache in
a temporary folder, so a stale cache in the working tree can neither hide nor invent an
error; ruff checks the whole repository ([tool.ruff]). Both are in the `test` extra; the
tests skip only when the tool is not installed at all.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]' installs it)")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_finds_no_errors(tmp_path: Path) -> None:
    result = run_tool("mypy", "--cache-dir", str(tmp_path / "mypy-cache"), "journeymapper")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_no_errors() -> None:
    result = run_tool("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr
