"""Render the application and document icons, from their one SVG source each, in every size.

    .venv/bin/python packaging/make_icons.py

Sources: resources/icons/journeymapper.svg (the app) and journeymapper-document.svg (a
.journey file). Outputs, committed so that a plain checkout and the wheel have them:
- resources/icons/app/<name>-<size>.png — the hicolor sizes Linux menus and file managers
  use (`journeymapper install-desktop` copies them), and the window icon;
- packaging/icons/<name>.ico (Windows: 16–256) and <name>.icns (macOS: 16–1024) for the
  bundles (PyInstaller's spec and the Windows installer).
Qt's SVG renderer draws the PNGs (PySide6 is already a dependency); Pillow, which
reportlab brings along, packs .ico and .icns. tests/test_icons.py re-renders and compares.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("journeymapper", "journeymapper-document")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size×size pixels, antialiased, on a transparent background, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_icons(png_dir: Path, bundle_dir: Path) -> list[Path]:
    """Write every PNG, .ico and .icns; the files written."""
    from PIL import Image

    png_dir.mkdir(parents=True, exist_ok=True)
    bundle_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in NAMES:
        svg = ROOT / "resources" / "icons" / f"{name}.svg"
        for size in PNG_SIZES:
            target = png_dir / f"{name}-{size}.png"
            target.write_bytes(render_png(svg, size))
            written.append(target)
        big = Image.open(io.BytesIO(render_png(svg, 1024))).convert("RGBA")
        ico = bundle_dir / f"{name}.ico"
        big.save(ico, sizes=[(s, s) for s in ICO_SIZES])
        icns = bundle_dir / f"{name}.icns"
        big.save(icns, sizes=[(s, s) for s in ICNS_SIZES])
        written += [ico, icns]
    return written


def main() -> int:
    written = make_icons(ROOT / "resources" / "icons" / "app", ROOT / "packaging" / "icons")
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
