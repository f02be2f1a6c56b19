"""Zoomed out, the map is drawn from images (`ui/canvas/overview_raster.py`): it must still
take clicks, show an edit at once, and leave on screen what a fresh drawing would show.

"On screen" is the window's backing store (what the user sees, painted incrementally);
"fresh" is the same view drawn again after every image of the raster was thrown away.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsItem  # noqa: E402
from test_ui_canvas_scrolling import differing_rows, fresh, on_screen  # noqa: E402
from test_ui_large_maps import big_map  # noqa: E402
from ui_helpers import centre, click, editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.model import edits  # noqa: E402
from journeymapper.model.commands import MoveCards  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def calm(qtbot, view) -> None:  # noqa: ANN001
    """Wait until the zooming settled and the raster drew what the view shows, sharp."""
    raster = view.map_scene.overview.raster
    qtbot.wait(450)  # past the zoom burst (ZOOM_SETTLE_MS)
    qtbot.waitUntil(lambda: raster._wanted is None, timeout=5000)  # noqa: SLF001
    QApplication.processEvents()


def redrawn(view) -> object:  # noqa: ANN001
    """The view drawn again from the tiles, every image of the raster thrown away."""
    raster = view.map_scene.overview.raster
    raster._chunks.clear()  # noqa: SLF001
    return fresh(view)


def visible_card(window):  # noqa: ANN001, ANN201
    """A card well inside the view (not under the stuck headers)."""
    view, layout = window.view, window.scene.layout
    area = view.visible_scene_rect().adjusted(400, 300, -200, -200)
    return next(c for c in window.document.journey.touchpoints if area.contains(*centre(layout.cards[c.id])))


def test_zoomed_out_a_click_on_a_card_selects_it(qtbot):
    window = open_window(qtbot, make_workspace(), big_map(per_cell=6))
    window.resize(1100, 760)
    view, scene = window.view, window.scene
    view.set_zoom(0.2)
    calm(qtbot, view)
    assert scene.overview.active
    card = visible_card(window)
    item = scene.item_for(("card", card.id))
    assert item.flags() & NO_CONTENTS  # the raster draws it
    click(view, *centre(scene.layout.cards[card.id]))
    assert scene.selected_card_ids() == [card.id]
    assert not item.flags() & NO_CONTENTS  # the selection paints in detail over the images
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("edit", ["rename", "move"])
def test_an_edit_while_zoomed_out_shows_at_once(qtbot, edit):
    window = open_window(qtbot, make_workspace(), big_map(per_cell=6))
    window.resize(1100, 760)
    view, scene = window.view, window.scene
    view.set_zoom(0.3)
    calm(qtbot, view)
    card = visible_card(window)
    before = on_screen(view)
    journey = window.document.journey
    if edit == "rename":
        longer = "A much longer title " * 4
        window.document.push(edits.rename("touchpoints", card.id, longer, "title"), "Rename")
    else:  # to the end of the next cell on the right: where there was no card
        stage = journey.stages[[s.id for s in journey.stages].index(card.stage_id) + 1]
        count = sum(1 for c in journey.touchpoints if c.stage_id == stage.id and c.lane_id == card.lane_id)
        window.document.push(MoveCards([card.id], stage.id, card.lane_id, count), "Move")
    QApplication.processEvents()  # one frame, no idle turn
    after = on_screen(view)
    box = scene.layout.cards[card.id]  # where the card is now
    spot = view.mapFromScene(box.x, box.y, box.w, box.h).boundingRect()
    assert differing_rows(before.copy(spot), after.copy(spot), QRect()) != []  # the card changed on screen
    assert differing_rows(after, redrawn(view), QRect()) == []  # and all is as a fresh drawing
    window.document.undo_stack.setClean()


def test_a_zoom_step_shows_scaled_images_then_sharp_ones(qtbot):
    window = open_window(qtbot, make_workspace(), big_map(per_cell=6))
    window.resize(1100, 760)
    view = window.view
    raster = view.map_scene.overview.raster
    view.set_zoom(0.3)
    calm(qtbot, view)
    qtbot.waitUntil(lambda: not raster._base_todo, timeout=5000)  # noqa: SLF001  the base is drawn
    view.zoom_out()
    QApplication.processEvents()  # the zoom step's frame
    scale = view.zoom()
    assert not any(key[0] == scale for key in raster._chunks)  # noqa: SLF001  nothing rendered at this zoom
    calm(qtbot, view)
    assert any(key[0] == scale for key in raster._chunks)  # noqa: SLF001
    assert differing_rows(on_screen(view), redrawn(view), QRect()) == []
    view.set_zoom(1.0)  # back to detail: the images go
    assert not view.map_scene.overview.active and not raster._chunks  # noqa: SLF001
    window.document.undo_stack.setClean()
