"""The editor's plain arrows drawn by one bundle per pair of rows: a row that grows under them.

On maps with many connections the editor draws unrouted arrows; those without a label are
kept by the layout as spans and drawn by an `ArrowBundle` per pair of rows, placed from
both rows' tops. A row that grows then touches the bundles of the pairs it separates, not
each arrow: on screen every arrow must still be the poster's arrow and meet its cards, and
what Qt repaints must leave no stale arrow behind.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QRect, QRectF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_arrow_spans import LONG, arrows_across  # noqa: E402
from test_ui_canvas_scrolling import differing_rows, fresh, on_screen  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.layout.engine import LayoutEngine  # noqa: E402
from journeymapper.layout.maplayout import ROUTED_CONNECTIONS_LIMIT  # noqa: E402
from journeymapper.layout.shift import translate_group  # noqa: E402
from journeymapper.model.commands import UpdateItem  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # English UI, private settings and state

PAIRS = ROUTED_CONNECTIONS_LIMIT // 2 + 10  # more connections than the editor routes


def _grow(window) -> None:  # noqa: ANN001
    card = window.document.journey.touchpoint("grow")
    command = UpdateItem("touchpoints", "grow", {"title": card.title + LONG}, mergeable=True)
    window.document.push(command, "Type")
    QApplication.processEvents()


def _drawn_arrows(scene) -> dict:  # noqa: ANN001
    """Every arrow a bundle draws, in scene (poster) coordinates, with its bundle's bounds."""
    found = {}
    for bundle in scene.arrow_bundles():
        for key in bundle.spans:
            assert key not in found, key  # each arrow in one bundle
            found[key] = (translate_group(bundle.drawn(key), 0.0, bundle.tops[0]), bundle.sceneBoundingRect())
    return found


def test_after_a_row_grows_the_drawn_arrows_are_a_fresh_layouts(qtbot) -> None:  # noqa: ANN001
    window = open_window(qtbot, make_workspace(), arrows_across(PAIRS))
    scene = window.scene
    assert not scene.engine.options.route_connections
    _grow(window)
    _grow(window)
    window.document.undo_stack.undo()  # the rows go back up
    _grow(window)
    fresh_layout = LayoutEngine(window.document.journey, scene.engine.options).layout()
    drawn = _drawn_arrows(scene)
    arrows = {key for key in fresh_layout.groups if key[0] == "connection"}
    assert set(drawn) == arrows - {("connection", "labelled")}  # the labelled one is an item
    assert scene.item_for(("connection", "labelled")) is not None
    assert set(scene._items) | set(drawn) == set(fresh_layout.groups)  # noqa: SLF001 - every group drawn once
    for key, (group, bounds) in drawn.items():
        assert group == fresh_layout.groups[key], key  # the poster's arrow: it meets its cards
        assert bounds.contains(QRectF(group.x, group.y, group.w, group.h)), key  # Qt repaints all of it
        box = scene.box_of(key)
        assert (box.x(), box.y(), box.width(), box.height()) == (group.x, group.y, group.w, group.h)
    window.document.undo_stack.setClean()


def test_after_a_row_grows_the_screen_shows_what_a_fresh_paint_shows(qtbot) -> None:  # noqa: ANN001
    """The second row grows: arrows from the first row to rows below change shape in the
    first row too, where nothing else changes; their bundles must have Qt repaint it."""
    window = open_window(qtbot, make_workspace(), arrows_across(PAIRS, grow_row=1))
    window.resize(1100, 760)
    view = window.view
    view.set_zoom(0.6)
    qtbot.wait(500)  # the item caches return after the zoom step
    minimap = window.large_maps.minimap
    skip = minimap.geometry() if minimap.isVisible() else QRect()
    for step in (_grow, _grow, lambda w: (w.document.undo_stack.undo(), QApplication.processEvents())):
        step(window)
        assert differing_rows(on_screen(view), fresh(view), skip) == []
    window.document.undo_stack.setClean()


def test_a_row_growing_under_more_arrows_touches_no_more_items(qtbot) -> None:  # noqa: ANN001
    touched = []
    for pairs in (6, PAIRS):
        window = open_window(qtbot, make_workspace(), arrows_across(pairs))
        scene = window.scene
        scene.set_options(replace(scene.engine.options, route_connections=False))
        tops = dict(scene.layout.row_tops)
        _grow(window)
        assert any(top != tops[lane] for lane, top in scene.layout.row_tops.items())  # rows moved
        touched.append(scene.last_update.total)
        window.document.undo_stack.setClean()
        window.close()
    assert touched[0] == touched[1] > 0  # 13 or 170 arrows across the moving edge: the same items


def test_panning_over_bundled_arrows_leaves_the_same_picture_as_a_fresh_paint(qtbot) -> None:  # noqa: ANN001
    """A scroll step repaints two strips (the one that came into view, the stuck headers):
    a bundle draws the arrows in each, and none is left out between them."""
    window = open_window(qtbot, make_workspace(), arrows_across(PAIRS, grow_row=1))
    window.resize(1000, 700)
    view = window.view
    view.set_zoom(0.8)
    qtbot.wait(500)  # the item caches return after the zoom step
    minimap = window.large_maps.minimap
    skip = minimap.geometry() if minimap.isVisible() else QRect()
    v, h = view.verticalScrollBar(), view.horizontalScrollBar()
    notch = QApplication.wheelScrollLines() * v.singleStep()
    _grow(window)  # the rows below moved: the bundles draw from where they are now
    for dx, dy in [(0, notch)] * 5 + [(notch, 0)] * 3 + [(0, -notch)] * 2:
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        QApplication.processEvents()
        assert differing_rows(on_screen(view), fresh(view), skip) == [], (dx, dy)
    window.document.undo_stack.setClean()


def test_zoomed_far_out_the_overview_draws_the_bundled_arrows_where_they_are(qtbot) -> None:  # noqa: ANN001
    """In overview the tiles draw the arrows (bundles stop painting); a row that grows while
    there moves the tiles' arrows into the moved rows too."""
    from journeymapper.ui.canvas.arrow_bundles import NO_CONTENTS

    window = open_window(qtbot, make_workspace(), arrows_across(PAIRS, grow_row=1))
    scene = window.scene
    window.view.set_zoom(0.2)
    QApplication.processEvents()
    assert scene.overview.active
    assert all(bundle.flags() & NO_CONTENTS for bundle in scene.arrow_bundles())
    _grow(window)
    tiled = {key: group for tile in scene.overview._tiles.values() for key, group in tile.groups.items()}  # noqa: SLF001
    arrows = {key for key in scene.layout.groups if key[0] == "connection"}
    assert arrows <= set(tiled)
    assert all(tiled[key] == scene.layout.groups[key] for key in arrows)
    window.view.set_zoom(1.0)
    QApplication.processEvents()
    assert not any(bundle.flags() & NO_CONTENTS for bundle in scene.arrow_bundles())
    window.document.undo_stack.setClean()
