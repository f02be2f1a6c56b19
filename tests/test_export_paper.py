"""Paper sizes, orientation, margins and tiling arithmetic."""

from __future__ import annotations

import pytest

from journeymapper.export.paper import MM, PaperError, make_paper, make_tiling, parse_size, row_label


@pytest.mark.parametrize(
    ("size", "orientation", "mm"),
    [
        ("A4", "portrait", (210, 297)),
        ("a4", "landscape", (297, 210)),
        ("A0", "landscape", (1189, 841)),
        ("LETTER", "portrait", (215.9, 279.4)),
        ("Tabloid", "landscape", (431.8, 279.4)),
        ("1200x800mm", "portrait", (1200, 800)),
        (" 600 X 900 MM ", "landscape", (600, 900)),
        ("841.5x594mm", "landscape", (841.5, 594)),
    ],
)
def test_sizes(size: str, orientation: str, mm: tuple[float, float]) -> None:
    assert parse_size(size, orientation) == pytest.approx(mm)


@pytest.mark.parametrize(
    "size", ["B7", "", "12x", "1200x800", "1200x800cm", "0x0mm", "9000x100mm", "A4; rm -rf"]
)
def test_bad_sizes(size: str) -> None:
    with pytest.raises(PaperError):
        parse_size(size)


def test_orientation_and_margin_are_checked() -> None:
    with pytest.raises(PaperError):
        parse_size("A4", "sideways")
    with pytest.raises(PaperError):
        make_paper("A4", margin_mm=float("nan"))
    assert make_paper("A4", margin_mm=0).margin_mm == 0


def test_tiling_prefers_fewer_pages() -> None:
    paper = make_paper("A2", "landscape")
    tiling = make_tiling("A4", paper.page_w, paper.page_h)
    other = make_tiling("A4", paper.page_h, paper.page_w)  # the same sheet turned: same count either way
    assert tiling.count == other.count and 4 < tiling.count <= 9
    assert make_tiling("A4", 100, 100).count == 1
    with pytest.raises(PaperError):
        make_tiling("A3", 100, 100)


def test_tiles_overlap_by_ten_millimetres() -> None:
    tiling = make_tiling("letter", 3000, 2000)
    x0, y0, w, h = tiling.region(0, 0)
    x1, y1, _, _ = tiling.region(1, 1)
    assert x0 + w - x1 == pytest.approx(10 * MM) and y0 + h - y1 == pytest.approx(10 * MM)


def test_row_labels() -> None:
    assert [row_label(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
