"""Stacking a cell's measured blocks into one or several balanced columns."""

from __future__ import annotations

from journeymapper.layout.blocks import Block
from journeymapper.layout.cell_contents import ExtraKey


def stack_blocks(
    blocks: list[tuple[ExtraKey, Block]], columns: int, width: float, gap: float
) -> tuple[list[tuple[ExtraKey, Block, float, float]], float]:
    """Stack blocks in order into up to `columns` balanced columns (newspaper style).

    Returns each block with its (dx, dy) offset in the cell, and the tallest column.
    """
    if not blocks:
        return [], 0.0
    heights = [b.height for _, b in blocks]
    columns = max(1, min(columns, len(blocks)))
    total = sum(heights) + gap * (len(blocks) - 1)
    target = (total - gap * (columns - 1)) / columns
    out: list[tuple[ExtraKey, Block, float, float]] = []
    column, y, tallest = 0, 0.0, 0.0
    for (key, block), h in zip(blocks, heights, strict=True):
        if y > 0 and column < columns - 1 and y + h / 2 > target:
            tallest = max(tallest, y - gap)
            column += 1
            y = 0.0
        out.append((key, block, column * (width + gap), y))
        y += h + gap
    tallest = max(tallest, y - gap)
    return out, tallest
