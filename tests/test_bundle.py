"""Smoke test of the native Linux bundle that `bash packaging/build.sh` makes (PyInstaller).

Marked slow: the build takes minutes (see packaging/README.md), so it is not in the default
run; `pytest -m slow tests/test_bundle.py` builds and checks it. With JOURNEYMAPPER_BUNDLE
set to a built folder (dist/bundle/JourneyMapper) the build is skipped and that one checked.
The bundle runs with no Python from this environment: what a user who downloaded it runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"),
                                                   reason="packaging/build.sh builds the Linux bundle")]


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("JOURNEYMAPPER_BUNDLE")
    if given:
        return Path(given).resolve()
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT,
                            capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return ROOT / "dist" / "bundle" / "JourneyMapper"


def run(
    bundle: Path, *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(env or {})
    return subprocess.run([str(bundle / "journeymapper"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=clean)


def test_version_new_and_export_to_pdf(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from journeymapper import __version__

    assert run(bundle, "--version", cwd=tmp_path).stdout.strip() == f"journeymapper {__version__}"
    made = run(bundle, "new", "--lang", "es", "--title", "Humo", "-o", "humo.journey", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert run(bundle, "validate", "humo.journey", cwd=tmp_path).returncode == 0
    exported = run(bundle, "export", "humo.journey", "-o", "humo.pdf", "--size", "A3", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    text = PdfReader(tmp_path / "humo.pdf").pages[0].extract_text()
    assert "Humo" in text and "Atraer" in text


def test_the_editor_opens_offscreen_and_speaks_spanish(bundle: Path, tmp_path: Path) -> None:
    """The bundled editor starts, shows the map, and takes a second file from a second start —
    whose answer is printed from the bundled Spanish catalogue."""
    for name in ("uno", "dos"):
        assert run(bundle, "new", "-o", f"{name}.journey", "--title", name, cwd=tmp_path).returncode == 0
    settings = tmp_path / "settings.ini"
    settings.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "JOURNEYMAPPER_SETTINGS": str(settings),
           "JOURNEYMAPPER_STATE_DIR": str(tmp_path / "state"), "JOURNEYMAPPER_CACHE_DIR": str(tmp_path / "c")}
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    editor = subprocess.Popen([str(bundle / "journeymapper"), "uno.journey"], cwd=tmp_path,
                              env={**clean, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = tmp_path / "uno.journey.lock"  # taken when the window opens, just before it listens
        deadline = time.monotonic() + 90
        while not lock.exists() and editor.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert lock.exists(), editor.communicate()[1] if editor.poll() is not None else "no window"
        time.sleep(2)
        second = run(bundle, "dos.journey", cwd=tmp_path, env=env)
        assert editor.poll() is None, editor.communicate()[1]
        assert second.stdout.strip() == (
            "Abierto en el JourneyMapper que ya está en marcha: dos.journey — JourneyMapper"
        ), second.stderr
        assert (tmp_path / "dos.journey.lock").exists()  # opened in the first process's window
    finally:
        editor.send_signal(signal.SIGTERM)
        editor.wait(timeout=30)


def test_deb_installs_the_program_and_the_desktop_files(bundle: Path) -> None:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    (deb,) = (ROOT / "dist").glob("journeymapper_*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for needed in ("./opt/journeymapper/journeymapper", "./opt/journeymapper/JourneyMapper",
                   "./usr/bin/journeymapper",
                   "./usr/share/applications/org.journeymapper.JourneyMapper.desktop",
                   "./usr/share/mime/packages/journeymapper.xml",
                   "./usr/share/metainfo/org.journeymapper.JourneyMapper.metainfo.xml",
                   "./usr/share/icons/hicolor/48x48/mimetypes/application-x-journeymapper.png",
                   "journeymapper/_resources/i18n/journeymapper_es.qm"):
        assert needed in listing, needed
