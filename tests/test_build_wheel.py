"""`python -m build` from a clean checkout: no warnings, and a wheel that needs no compiler.

Marked slow (it makes an isolated build environment, ≈15 s with a warm pip cache): run
with `pytest -m slow`. The checkout is the tracked and new files of this working tree,
copied to a temporary folder, which is what a fresh clone holds plus the work in hand.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def clean_checkout(target: Path) -> Path:
    """The files git knows or would add (nothing ignored: no .venv, no .qm) copied to `target`."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(source.read_bytes())
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the build package is not installed (pip install -e '.[packaging]')")
    tree = clean_checkout(tmp_path_factory.mktemp("checkout"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tree / "dist"), str(tree)],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return tree / "dist", result.stdout + result.stderr


def test_build_prints_no_warnings(built: tuple[Path, str]) -> None:
    _, log = built
    warnings = [line for line in log.splitlines() if "warn" in line.lower()]
    assert warnings == []


def test_wheel_carries_compiled_catalogues_and_no_sources(built: tuple[Path, str]) -> None:
    dist, _ = built
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("en", "es"):
        assert f"journeymapper/_resources/i18n/journeymapper_{language}.qm" in names
    assert not [n for n in names if n.endswith(".ts")]
    for needed in ("fonts/NotoSans-Regular.ttf", "schema/journey.schema.json",
                   "examples/online-shop-purchase.journey", "icons/journeymapper.svg"):
        assert f"journeymapper/_resources/{needed}" in names
    assert "journeymapper/ui/welcome.py" in names


def test_sdist_rebuilds_the_wheel(built: tuple[Path, str]) -> None:
    dist, _ = built
    (sdist,) = dist.glob("*.tar.gz")
    names = tarfile.open(sdist).getnames()
    top = names[0].split("/")[0]
    for needed in ("pyproject.toml", "packaging/backend/journeymapper_build.py",
                   "resources/i18n/journeymapper_es.ts", "LICENSE"):
        assert f"{top}/{needed}" in names


def test_installed_wheel_speaks_spanish_without_compiling(built: tuple[Path, str], tmp_path: Path) -> None:
    """The installed package loads its bundled catalogue: no lrelease, no cache folder."""
    dist, _ = built
    (wheel,) = dist.glob("*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from journeymapper.ui import translations as t\n"
        "t.lrelease_tool = lambda: None\n"  # as on a machine without Qt's tools
        "app = QCoreApplication([])\n"
        "print(t.catalogue_path('es'))\n"
        "t.install_translations('es')\n"
        "print(QCoreApplication.translate('Actions', '&Open…'))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site), JOURNEYMAPPER_CACHE_DIR=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    path, text = result.stdout.splitlines()[:2]
    assert Path(path).is_relative_to(site)
    assert text == "&Abrir…"
    assert not (tmp_path / "cache").exists()
