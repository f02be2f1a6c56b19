"""The application and document icons: one SVG source each, every platform size rendered from it."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
assert _spec is not None and _spec.loader is not None
make_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_icons)


def test_committed_pngs_are_the_svg_rendered_at_each_size() -> None:
    """A changed SVG without `python packaging/make_icons.py` fails here."""
    for name in make_icons.NAMES:
        svg = ROOT / "resources" / "icons" / f"{name}.svg"
        for size in make_icons.PNG_SIZES:
            committed = Image.open(ROOT / "resources" / "icons" / "app" / f"{name}-{size}.png")
            assert committed.size == (size, size)
            fresh = Image.open(io.BytesIO(make_icons.render_png(svg, size)))
            a, b = committed.convert("RGBA").tobytes(), fresh.convert("RGBA").tobytes()
            differing = sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 8)
            assert differing <= len(a) * 0.01, f"{name}-{size}.png is stale: run packaging/make_icons.py"


def test_bundle_icons_hold_the_sizes_each_platform_asks_for() -> None:
    for name in make_icons.NAMES:
        ico = Image.open(ROOT / "packaging" / "icons" / f"{name}.ico")
        assert {(s, s) for s in (16, 32, 48, 256)} <= set(ico.info["sizes"])
        icns = Image.open(ROOT / "packaging" / "icons" / f"{name}.icns")
        assert icns.size == (1024, 1024) or (512, 512) <= icns.size
        # A transparent corner: the icon is a shape, not a square on white.
        png = Image.open(ROOT / "resources" / "icons" / "app" / f"{name}-256.png").convert("RGBA")
        assert png.getpixel((1, 1))[3] == 0
