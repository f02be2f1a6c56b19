"""Paper: named and custom sizes, orientation, margins, bleed, crop marks and tiling.

The poster is laid out at its natural size and scaled uniformly to fit the printable
area (the trim size minus margins), centred, so any paper works and nothing is
distorted. Sizes are ISO A4…A0, US Letter and Tabloid, or a custom `WxHmm` taken
exactly as given (orientation applies to named sizes only).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MM = 72.0 / 25.4  # points per millimetre
BLEED_MM = 3.0
MARK_AREA_MM = 10.0  # room outside the trim for crop marks
TILE_OVERLAP_MM = 10.0
TILE_MARGIN_MM = 10.0  # office printers cannot print to the edge
MIN_SIDE_MM = 50.0
MAX_SIDE_MM = 5000.0  # PDF viewers choke beyond 200 in (5080 mm)

NAMED_SIZES_MM: dict[str, tuple[float, float]] = {  # portrait width × height
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "LETTER": (215.9, 279.4),
    "TABLOID": (279.4, 431.8),
}
TILE_SIZES = ("A4", "LETTER")
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", re.IGNORECASE)


class PaperError(ValueError):
    """A paper option that cannot be honoured, with a message for the user."""


def parse_size(size: str, orientation: str = "landscape") -> tuple[float, float]:
    """(width, height) in mm for a size name or `WxHmm`."""
    if orientation not in ("portrait", "landscape"):
        raise PaperError(f"orientation must be portrait or landscape, not {orientation!r}")
    text = (size or "").strip()
    named = NAMED_SIZES_MM.get(text.upper())
    if named is not None:
        w, h = named
        return (h, w) if orientation == "landscape" else (w, h)
    match = _CUSTOM.match(text)
    if match is None:
        names = ", ".join(n.title() if len(n) > 2 else n for n in NAMED_SIZES_MM)
        raise PaperError(f"unknown paper size {size!r}; use {names} or WxHmm such as 1200x800mm")
    w, h = float(match.group(1)), float(match.group(2))
    for side in (w, h):
        if not MIN_SIDE_MM <= side <= MAX_SIDE_MM:
            raise PaperError(
                f"custom size {size!r}: each side must be between {MIN_SIDE_MM:g} and {MAX_SIDE_MM:g} mm"
            )
    return w, h


@dataclass(frozen=True)
class Paper:
    """One printed sheet: trim size, margins, and the extras around the trim."""

    width_mm: float
    height_mm: float
    margin_mm: float = 10.0
    bleed: bool = False
    crop_marks: bool = False
    name: str = ""

    @property
    def bleed_pt(self) -> float:
        return BLEED_MM * MM if self.bleed else 0.0

    @property
    def slug_pt(self) -> float:
        """Room outside the bleed for crop marks."""
        return MARK_AREA_MM * MM if self.crop_marks else 0.0

    @property
    def trim_w(self) -> float:
        return self.width_mm * MM

    @property
    def trim_h(self) -> float:
        return self.height_mm * MM

    @property
    def page_w(self) -> float:
        return self.trim_w + 2 * (self.bleed_pt + self.slug_pt)

    @property
    def page_h(self) -> float:
        return self.trim_h + 2 * (self.bleed_pt + self.slug_pt)

    @property
    def trim_origin(self) -> tuple[float, float]:
        """Top-left corner of the trim box on the page (y down)."""
        offset = self.bleed_pt + self.slug_pt
        return offset, offset

    def placement(self, poster_w: float, poster_h: float) -> tuple[float, float, float]:
        """(scale, x, y): the poster scaled to fit inside the margins and centred, y down."""
        margin = self.margin_mm * MM
        area_w = self.trim_w - 2 * margin
        area_h = self.trim_h - 2 * margin
        scale = min(area_w / poster_w, area_h / poster_h) if poster_w > 0 and poster_h > 0 else 1.0
        ox, oy = self.trim_origin
        return (
            scale,
            ox + margin + (area_w - poster_w * scale) / 2,
            oy + margin + (area_h - poster_h * scale) / 2,
        )


def make_paper(
    size: str = "A2",
    orientation: str = "landscape",
    margin_mm: float = 10.0,
    bleed: bool = False,
    crop_marks: bool = False,
) -> Paper:
    """A Paper from user options, or PaperError with a message that says what to change."""
    w, h = parse_size(size, orientation)
    if not isinstance(margin_mm, (int, float)) or math.isnan(margin_mm) or margin_mm < 0:
        raise PaperError(f"margin must be a positive number of millimetres, not {margin_mm!r}")
    if margin_mm * 3 > min(w, h):
        raise PaperError(f"a margin of {margin_mm:g} mm leaves no room on {w:g}×{h:g} mm paper")
    return Paper(w, h, float(margin_mm), bool(bleed), bool(crop_marks), name=size)


@dataclass(frozen=True)
class Tiling:
    """How a big page is cut into office-printer pages with overlap."""

    tile_w: float  # points, tile page size
    tile_h: float
    margin: float
    overlap: float
    rows: int
    cols: int

    @property
    def printable_w(self) -> float:
        return self.tile_w - 2 * self.margin

    @property
    def printable_h(self) -> float:
        return self.tile_h - 2 * self.margin

    @property
    def count(self) -> int:
        return self.rows * self.cols

    def region(self, row: int, col: int) -> tuple[float, float, float, float]:
        """The part of the big page (x, y, w, h; y down) printed on tile (row, col)."""
        step_w = self.printable_w - self.overlap
        step_h = self.printable_h - self.overlap
        return (col * step_w, row * step_h, self.printable_w, self.printable_h)


def _grid(total: float, printable: float, overlap: float) -> int:
    if total <= printable:
        return 1
    return math.ceil((total - overlap) / (printable - overlap))


def make_tiling(tile: str, page_w: float, page_h: float) -> Tiling:
    """Tiles of `tile` paper (A4 or Letter) covering a page, in whichever orientation needs fewer."""
    key = tile.strip().upper()
    if key not in TILE_SIZES:
        raise PaperError(f"tiles can be A4 or letter, not {tile!r}")
    w, h = (side * MM for side in NAMED_SIZES_MM[key])
    margin, overlap = TILE_MARGIN_MM * MM, TILE_OVERLAP_MM * MM
    best: Tiling | None = None
    for tw, th in ((w, h), (h, w)):
        cols = _grid(page_w, tw - 2 * margin, overlap)
        rows = _grid(page_h, th - 2 * margin, overlap)
        candidate = Tiling(tw, th, margin, overlap, rows, cols)
        if best is None or candidate.count < best.count:
            best = candidate
    assert best is not None
    return best


def blank_tiles(
    tiling: Tiling, boxes: list[tuple[float, float, float, float]], least: float = 0.01
) -> frozenset[tuple[int, int]]:
    """Tiles on which drawn content (`boxes`, sheet coordinates) covers less than `least` of the page.

    A poster scaled to fit rarely fills the last row or column of tiles; printing a page
    of margin wastes paper and confuses the assembly. Their labels are kept by the others
    (A1, A3...), so a missing tile is visibly skipped, not lost.
    """
    blank: set[tuple[int, int]] = set()
    for row in range(tiling.rows):
        for col in range(tiling.cols):
            rx, ry, rw, rh = tiling.region(row, col)
            covered = 0.0
            for x, y, w, h in boxes:
                dx = min(rx + rw, x + w) - max(rx, x)
                dy = min(ry + rh, y + h) - max(ry, y)
                if dx > 0 and dy > 0:
                    covered += dx * dy
            if covered < least * rw * rh:
                blank.add((row, col))
    return frozenset(blank)


def row_label(row: int) -> str:
    """Spreadsheet-style row letters: A…Z, AA…"""
    label = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        label = chr(65 + rest) + label
    return label
