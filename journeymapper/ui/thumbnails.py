"""Small pictures of maps for the welcome screen: the top of the poster, drawn by the real painter.

A thumbnail is the map's own layout (`layout_journey`) painted with the same Qt painter
as the PNG export, scaled to the thumbnail's width and cut at its height: the title, the
stage band and the first lanes are what tells one map from another at this size.
Recent files are read with the ordinary, validating reader; a file that cannot be read
gets no picture (the welcome screen shows its name and the reason instead). A big map
takes a while to lay out, so each file's thumbnail and title are kept in the per-user
cache folder under a key of its path, size and modification time: the welcome screen
reads a PNG for every map that has not changed since it was last shown.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap

from journeymapper.export.qt_painter import paint_display_list
from journeymapper.fileformat import JourneyFileError, load_journey
from journeymapper.layout.engine import layout_journey
from journeymapper.model.journey import JourneyMap
from journeymapper.ui.translations import cache_dir

THUMBNAIL = QSize(240, 150)


def render_thumbnail(journey: JourneyMap, size: QSize = THUMBNAIL, ratio: float = 1.0) -> QImage:
    """The top of the map's poster, `size` logical pixels (times the screen's `ratio`), framed."""
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    display = layout_journey(journey).display
    image.fill(QColor(display.background or "#FFFFFF"))
    painter = QPainter(image)
    try:
        scale = size.width() / max(display.width, 1.0)
        painter.save()
        painter.scale(scale, scale)
        paint_display_list(painter, display.items)
        painter.restore()
        painter.setPen(QPen(QColor("#9AA5B1"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    finally:
        painter.end()
    return image


def placeholder_icon(symbol: QIcon, ratio: float = 1.0) -> QIcon:
    """A thumbnail-sized frame with `symbol` in the middle: a map not drawn (yet, or at all)."""
    pixmap = QPixmap(round(THUMBNAIL.width() * ratio), round(THUMBNAIL.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#F1F4F8"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QPen(QColor("#9AA5B1"), 1))
        painter.drawRect(0, 0, THUMBNAIL.width() - 1, THUMBNAIL.height() - 1)
        side = 48
        symbol.paint(painter, (THUMBNAIL.width() - side) // 2, (THUMBNAIL.height() - side) // 2, side, side)
    finally:
        painter.end()
    return QIcon(pixmap)


def thumbnail_icon(journey: JourneyMap, ratio: float = 1.0) -> QIcon:
    return QIcon(QPixmap.fromImage(render_thumbnail(journey, THUMBNAIL, ratio)))


def cached_thumbnail_path(path: Path, ratio: float) -> Path | None:
    """Where the thumbnail of `path` as it is now is cached (None if the file cannot be read)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{ratio}\0{THUMBNAIL.width()}"
    return cache_dir() / "thumbnails" / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".png")


def file_thumbnail(path: str | Path, ratio: float = 1.0) -> tuple[QIcon | None, str]:
    """A recent file's thumbnail and title, or (None, the reason it cannot be read)."""
    path = Path(path)
    cached = cached_thumbnail_path(path, ratio)
    if cached is not None and cached.is_file():
        image = QImage(str(cached))
        title = image.text("Title")
        if not image.isNull() and title:
            image.setDevicePixelRatio(ratio)
            return QIcon(QPixmap.fromImage(image)), json.loads(title)
    try:
        journey = load_journey(path).journey
    except JourneyFileError as error:
        return None, str(error)
    except OSError as error:
        return None, f"{path}: {error.strerror or error}"
    image = render_thumbnail(journey, THUMBNAIL, ratio)
    if cached is not None:
        _store(image, journey.title, cached)
    return QIcon(QPixmap.fromImage(image)), journey.title


def _store(image: QImage, title: str, target: Path) -> None:
    """Cache a thumbnail, its title in a PNG text chunk; a cache that cannot be written is skipped."""
    image.setText("Title", json.dumps(title))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part.png")  # the format follows the name
        if image.save(str(partial)):
            os.replace(partial, target)
    except OSError:
        pass
