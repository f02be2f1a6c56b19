"""The rows of the scene: one parent item per lane row and stacking level, moved as a whole.

Row-owned groups (`layout/rows.py`) are laid out relative to their row's top; their
items are children of the row's bands, so a row that grows moves the bands of the rows
below instead of every item in them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from journeymapper.ui.canvas.items import HALO


class RowBand(QGraphicsRectItem):
    """The parent of one lane row's items of one stacking level: moving it moves the row.

    It draws nothing and takes no clicks; its children are positioned relative to the
    row's top (`MapLayout.local_groups`), so a row that grows above moves this one item.

    Its rectangle spans the scene's width and its children's height (`fit`), and it tells
    Qt that its children paint only inside it (`ItemContainsChildrenInShape`): a repaint
    then skips the rows it does not reach as wholes instead of looking at every item of
    the map (a tenth of the cost of every frame at 10,000 cards). It is a rect item, with
    no pen and no brush, so that its bounds live in C++ like its children's.
    """

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def fit(self, left: float, right: float, changed: list[QGraphicsItem] | None = None) -> None:
        """Span [left, right] and the children's height (with room for a highlight's glow).

        Changing the rectangle makes Qt repaint all of the band (a whole row of the map), so
        a band whose children outgrow it takes some room to spare, and keeps its rectangle
        while they fit in it. Given the `changed` children, only they are measured (Qt's
        `childrenBoundingRect` walks every child: 0.6 ms of a keystroke in a row of 1,300
        cards), since the rectangle only ever grows while the width stays.
        """
        current = self.rect()
        if (
            changed is not None
            and not current.isEmpty()
            and (current.left(), current.right()) == (left, right)
        ):
            children = QRectF()
            for child in changed:
                if child.parentItem() is self:
                    children = children.united(child.mapRectToParent(child.boundingRect()))
            if children.isEmpty():
                return
        else:
            children = self.childrenBoundingRect()
        pad = 2 * HALO
        rect = QRectF(left, children.top() - pad, right - left, children.height() + 2 * pad)
        if current.isEmpty() or current.left() != left or current.right() != right:
            self.setRect(rect)
        elif not current.contains(rect):
            if changed is not None:  # what did not change still fits where it was
                rect = rect.united(current)
            self.setRect(rect.adjusted(0.0, 0.0, 0.0, max(200.0, rect.height() / 4)))


class RowBands:
    """The scene's bands, by (lane, stacking level), and those whose children changed."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.bands: dict[tuple[str, float], RowBand] = {}
        self.unfit: dict[
            RowBand, list[QGraphicsItem]
        ] = {}  # bands whose children changed, and those children

    def note(self, band: RowBand, child: QGraphicsItem) -> None:
        """`child` of `band` was added or changed since the band was fitted."""
        self.unfit.setdefault(band, []).append(child)

    def band(self, lane: str, z: float, top: float) -> RowBand:
        """The parent of one lane row's items of one stacking level (made on first use, at `top`).

        One band per row and level, so a card in one row still paints over a cell in the
        next (siblings stack by level across rows); a row that moves moves its bands.
        """
        band = self.bands.get((lane, z))
        if band is None:
            band = self.bands[(lane, z)] = RowBand(z)
            band.setPos(0.0, top)
            self.scene.addItem(band)
        return band

    def move(self, tops: Mapping[str, float]) -> None:
        """Put every row's bands at its row's top: a row that grew moves the rows below as wholes."""
        for (lane, _), band in self.bands.items():
            top = tops.get(lane)
            if top is not None and band.y() != top:
                band.setPos(0.0, top)

    def fit(self, left: float, right: float, everything: bool = False) -> None:
        """Fit the bands whose children changed (all of them when the scene's width changed)."""
        if everything:
            for band in self.bands.values():
                band.fit(left, right)
        else:
            for band, changed in self.unfit.items():
                band.fit(left, right, changed)
        self.unfit = {}
