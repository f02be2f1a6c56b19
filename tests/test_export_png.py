"""PNG export and the QPainter backend (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import struct  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from test_layout_maps import rich_map  # noqa: E402

from journeymapper.cli import main  # noqa: E402
from journeymapper.export.paper import make_paper  # noqa: E402
from journeymapper.fileformat import dumps_journey  # noqa: E402
from journeymapper.layout.engine import layout_journey  # noqa: E402

qt_painter = pytest.importorskip("journeymapper.export.qt_painter")


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(("dpi", "expected"), [(50, (827, 585)), (100, (1654, 1169))])
def test_png_size_matches_dpi(dpi: int, expected: tuple[int, int]) -> None:
    data = qt_painter.render_png(rich_map(), None, dpi=dpi, paper=make_paper("A3", "landscape"))
    assert png_size(data) == expected


def test_png_via_cli(tmp_path: Path) -> None:
    source = tmp_path / "m.journey"
    source.write_bytes(dumps_journey(rich_map()))
    out = tmp_path / "m.png"
    assert main(["export", str(source), "-o", str(out), "--size", "A4", "--dpi", "40"]) == 0
    assert png_size(out.read_bytes()) == (468, 331)


def test_png_is_not_blank_and_uses_the_layout_colours() -> None:
    from PySide6.QtGui import QImage

    layout = layout_journey(rich_map())
    data = qt_painter.render_png(layout, None, dpi=36)
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (
        round(layout.display.width / 2),
        round(layout.display.height / 2),
    )
    header = layout.display.groups("stage-header")[0]
    colour = image.pixelColor(round((header.x + header.w / 2) / 2), round((header.y + header.h - 3) / 2))
    assert colour.name().upper() == header.items[0].fill  # type: ignore[union-attr]


def test_paint_group_draws_a_card() -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    qt_painter.ensure_gui_application()
    layout = layout_journey(rich_map())
    card = layout.display.groups("card")[0]
    image = QImage(int(card.x + card.w + 10), int(card.y + card.h + 10), QImage.Format.Format_ARGB32)
    image.fill(QColor("#FF00FF"))
    painter = QPainter(image)
    qt_painter.paint_group(painter, card)
    painter.end()
    inside = image.pixelColor(int(card.x + card.w - 4), int(card.y + card.h / 2))
    assert inside.name().upper() == "#FFFFFF"  # the card's fill, over the magenta background


def test_qt_font_widths_match_the_layout() -> None:
    """Qt and reportlab measure the bundled font alike (hinting off), so lines fit on screen too."""
    from PySide6.QtGui import QFontMetricsF, QGuiApplication

    from journeymapper.layout.fonts import text_width

    qt_painter.ensure_gui_application()
    text = "Compara tarifas en la web y pregunta a su familia: ¿merece la pena?"
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInchY()  # what QFontMetricsF assumes
    font = qt_painter.qfont("regular", 100.0, dpi)
    qt_width = QFontMetricsF(font).horizontalAdvance(text)
    assert qt_width == pytest.approx(text_width(text, "regular", 100.0), rel=0.02)
