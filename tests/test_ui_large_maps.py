"""Large maps: the minimap shows the whole journey and takes you where you click or drag.

Driven with real mouse events on the minimap widget; the checks are on what the view
shows afterwards (its visible scene rectangle) and on the remembered setting.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from ui_helpers import click, editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.model import edits  # noqa: E402
from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.canvas.large_maps import KEY_MINIMAP  # noqa: E402
from journeymapper.ui.canvas.minimap import Minimap  # noqa: E402
from journeymapper.ui.canvas.view import sticky_overlay  # noqa: E402
from journeymapper.ui.preferences import app_settings  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # English UI, private settings and state


def big_map(per_cell: int = 4) -> JourneyMap:
    """A 5 A map with cards in every card lane: taller and wider than any window at 100 %."""
    journey = build_template("5a", "en")
    for stage in journey.stages:
        for lane in journey.lanes[1:4]:
            for i in range(per_cell):
                command, _ = edits.add_card(journey, stage.id, lane.id, f"{stage.name} {i}")
                command.apply(journey)
    return journey


def centre_of_view(window) -> QPointF:
    return window.view.visible_scene_rect().center()


def test_minimap_click_and_drag_move_the_view(qtbot):
    window = open_window(qtbot, make_workspace(), big_map())
    view = window.view
    view.set_zoom(1.5)
    minimap: Minimap = window.large_maps.minimap
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    d = window.scene.layout.display
    assert abs(minimap.width() / minimap.height() - d.width / d.height) < 0.05  # the map's proportions
    # it sits inside the viewport's bottom-right corner
    port = view.viewport().rect()  # the minimap is a child of the viewport
    assert port.contains(minimap.geometry())
    assert minimap.geometry().right() > port.center().x() and minimap.geometry().bottom() > port.center().y()

    # a click: the clicked point of the map comes to the middle of the view
    target = QPoint(round(minimap.width() * 0.8), round(minimap.height() * 0.7))
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    wanted = minimap.to_scene(target)
    centre = centre_of_view(window)
    assert abs(centre.x() - wanted.x()) < 30 and abs(centre.y() - wanted.y()) < 30
    # the outline follows: it is centred where we clicked
    frame = minimap.visible_rect()
    assert abs(frame.center().x() - target.x()) <= 2 and abs(frame.center().y() - target.y()) <= 2

    # a drag: the view follows the pointer, and stops when the button is released
    start = QPoint(round(minimap.width() * 0.3), round(minimap.height() * 0.3))
    end = QPoint(round(minimap.width() * 0.5), round(minimap.height() * 0.45))
    QTest.mousePress(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(minimap, end)
    centre = centre_of_view(window)
    wanted = minimap.to_scene(end)
    assert abs(centre.x() - wanted.x()) < 30 and abs(centre.y() - wanted.y()) < 30
    QTest.mouseRelease(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QTest.mouseMove(minimap, start)
    assert abs(centre_of_view(window).x() - wanted.x()) < 30  # released: moving no longer pans


def test_minimap_hides_when_the_map_fits_and_the_view_menu_switches_it_off(qtbot):
    window = open_window(qtbot, make_workspace(), big_map())
    view, minimap = window.view, window.large_maps.minimap
    view.set_zoom(1.5)
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    window.editor_actions["zoom_fit"].trigger()  # everything on screen: nothing to navigate to
    assert not minimap.isVisible()
    view.set_zoom(1.5)
    assert minimap.isVisible()

    toggle = window.large_maps.show_minimap
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert toggle in view_menu.actions() and toggle.isChecked()
    toggle.trigger()
    assert not minimap.isVisible() and not toggle.isChecked()
    assert app_settings().value(KEY_MINIMAP, True, type=bool) is False  # remembered

    second = open_window(qtbot, make_workspace(), big_map())
    second.view.set_zoom(1.5)
    assert not second.large_maps.show_minimap.isChecked() and not second.large_maps.minimap.isVisible()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(second, Qt.Key.Key_M, ctrl_shift)
    assert second.large_maps.minimap.isVisible()


def test_minimap_redraws_after_an_edit_without_slowing_the_edit(qtbot):
    window = open_window(qtbot, make_workspace(), big_map())
    window.view.set_zoom(1.5)
    minimap = window.large_maps.minimap
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    before = minimap.grab().toImage()
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[1].id, "One more")
    window.document.push(command, "Add card")
    assert minimap._redraw.isActive()  # the redraw waits for the edits to pause
    qtbot.waitUntil(lambda: not minimap._redraw.isActive(), timeout=3000)
    assert minimap.grab().toImage() != before


def view_menu_action(window, text: str):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    actions = list(view_menu.actions())
    for action in view_menu.actions():
        if action.menu() is not None:
            actions += action.menu().actions()
    return next(a for a in actions if a.text() == text)


def test_density_modes_from_the_view_menu_shrink_the_map_and_are_remembered(qtbot):
    window = open_window(qtbot, make_workspace(), big_map())
    scene = window.scene
    card = window.document.journey.touchpoints[0].id
    full_height, full_card = scene.layout.display.height, scene.layout.cards[card]
    assert view_menu_action(window, "&Full Cards").isChecked()

    view_menu_action(window, "&Compact Cards").trigger()
    assert scene.engine.options.density == "compact"
    assert scene.layout.cards[card].h < full_card.h and scene.layout.display.height < full_height
    view_menu_action(window, "&Dots").trigger()
    dots_card = scene.layout.cards[card]
    assert scene.engine.options.density == "dots" and dots_card.h < full_card.h / 2
    # the canvas shows the new layout: a click on the card's new place selects it
    click(window.view, dots_card.x + dots_card.w / 2, dots_card.y + dots_card.h / 2)
    assert scene.selected_card_ids() == [card]
    assert not window.document.undo_stack.count()  # a way of looking, not an edit

    second = open_window(qtbot, make_workspace(), big_map())  # remembered for the next window
    assert second.scene.engine.options.density == "dots"
    assert view_menu_action(second, "&Dots").isChecked()
    view_menu_action(second, "&Full Cards").trigger()
    assert second.scene.engine.options.density == "full"


def test_collapse_a_stage_from_its_header_undo_and_save(qtbot, tmp_path):
    journey = big_map()
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    stage = journey.stages[1]
    header = scene.layout.stage_headers[stage.id]
    open_width = header.w
    view_menu_action(window, "Collapse / Expand &Stage").trigger()  # nothing chosen yet: a hint
    assert not any(s.collapsed for s in journey.stages)
    assert "stage's header" in window.statusBar().currentMessage()
    click(view, header.x + header.w / 2, header.y + header.h / 2)  # a real click picks the stage
    assert scene.current_header == ("stage-header", stage.id)
    fold = view_menu_action(window, "Collapse / Expand &Stage")
    assert fold in window.menus.build(("stage-header", stage.id), None).actions()  # on its context menu too
    fold.trigger()
    assert journey.stage(stage.id).collapsed
    assert scene.layout.stage_headers[stage.id].w < open_width / 2
    path = tmp_path / "folded.journey"
    window.document.save(path)
    saved = json.loads(path.read_text("utf-8"))
    assert [s.get("collapsed", False) for s in saved["map"]["stages"]][1] is True

    window.document.undo_stack.undo()
    assert not journey.stage(stage.id).collapsed and scene.layout.stage_headers[stage.id].w == open_width

    # Expand All opens every folded stage in one undo step
    window.document.undo_stack.redo()
    window.large_maps.toggle_stage(journey.stages[3].id)
    assert sum(s.collapsed for s in journey.stages) == 2
    view_menu_action(window, "&Expand All Stages").trigger()
    assert not any(s.collapsed for s in journey.stages)
    window.document.undo_stack.undo()
    assert sum(s.collapsed for s in journey.stages) == 2


def test_scrolled_headers_and_labels_stay_on_screen_over_the_cards(qtbot):
    journey = big_map(per_cell=8)
    window = open_window(qtbot, make_workspace(), journey)
    view, scene = window.view, window.scene
    view.set_zoom(1.0)
    layout = scene.layout
    # scroll right and down in steps with the scroll bars, as a user's wheel does
    lane = journey.lanes[2]  # a card lane, taller than the window
    label = layout.lane_labels[lane.id]
    for step in range(1, 6):
        view.horizontalScrollBar().setValue(round(layout.stage_headers[journey.stages[2].id].x * step / 5))
        view.verticalScrollBar().setValue(round((label.y + label.h * 0.4) * step / 5))
        qtbot.wait(10)
    visible = view.visible_scene_rect()
    assert visible.left() > layout.grid.x and visible.top() > layout.grid.y  # both stuck

    overlay = sticky_overlay(layout, visible)
    shifted = {group.ref: (dx, dy) for group, dx, dy in overlay.groups if group.role == "stage-header"}
    first_on_screen = next(s for s in journey.stages if layout.stage_headers[s.id].right > visible.left())
    assert first_on_screen.id in shifted  # every stage header on screen is drawn at the top
    tops = [layout.stage_headers[ref].y + dy for ref, (_, dy) in shifted.items()]
    assert all(abs(top - visible.top()) < 0.5 for top in tops)
    assert overlay.corner is not None and abs(overlay.corner.top() - visible.top()) < 0.5
    assert [g.ref for g, _, _ in overlay.names] == [lane.id]  # the tall lane's name, again, below the headers

    # and on screen: the column shows the lane's label colour, the corner shows paper
    image = view.viewport().grab().toImage()
    to_px = view.mapFromScene
    y = visible.bottom() - 20
    under = next(lid for lid, box in layout.lane_labels.items() if box.y + 8 < y < box.bottom - 8)
    label_fill = QColor(layout.groups[("lane-label", under)].items[0].fill)
    column_px = to_px(QPointF(visible.left() + layout.label_width / 2, y))
    assert colour_near(QColor(image.pixel(column_px)), label_fill)
    corner_px = to_px(QPointF(visible.left() + 6, visible.top() + 6))
    assert colour_near(QColor(image.pixel(corner_px)), QColor(layout.display.background))
    name_px = to_px(QPointF(visible.left() + 12, visible.top() + layout.header_height + 14))
    assert not colour_near(QColor(image.pixel(name_px)), QColor("#FFFFFF"))


def colour_near(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_minimap_drawing_shows_each_card_until_cards_are_thinner_than_two_pixels(qtbot):
    from PySide6.QtGui import QImage, QPainter

    from journeymapper.layout.engine import LayoutEngine
    from journeymapper.layout.maplayout import LayoutOptions
    from journeymapper.ui.canvas.minimap import CARD_INK, paint_map

    journey = big_map(per_cell=3)
    layout = LayoutEngine(journey, LayoutOptions()).layout()
    ink = CARD_INK[True]

    def draw(width: int) -> tuple[QImage, float]:
        scale = width / layout.display.width
        image = QImage(width, round(layout.display.height * scale) + 1, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        paint_map(painter, layout, scale)
        painter.end()
        return image, scale

    stage, lane = journey.stages[0].id, journey.lanes[1].id
    ids = layout.cell_cards[(stage, lane)]
    a, b = layout.cards[ids[0]], layout.cards[ids[1]]
    between = (a.bottom + b.y) / 2
    image, scale = draw(round(layout.display.width / 4))  # cards tens of pixels tall: one by one
    assert QColor(image.pixel(round((a.x + a.w / 2) * scale), round((a.y + a.h / 2) * scale))) == ink
    assert QColor(image.pixel(round((a.x + a.w / 2) * scale), round(between * scale))) != ink
    # a card every 1.5 pixels: the cell's stack is one bar, with no paper between its cards
    image, scale = draw(round(1.5 / (b.y - a.y) * layout.display.width))
    assert QColor(image.pixel(round((a.x + a.w / 2) * scale), round(between * scale))) == ink


def test_a_hidden_minimap_waits_and_catches_up_when_shown(qtbot):
    window = open_window(qtbot, make_workspace(), big_map())
    window.view.set_zoom(1.5)
    minimap, toggle = window.large_maps.minimap, window.large_maps.show_minimap
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    toggle.trigger()  # off
    before = minimap._pixmap.toImage()
    journey = window.document.journey
    command, _ = edits.add_card(journey, journey.stages[-1].id, journey.lanes[1].id, "Late card")
    window.document.push(command, "Add card")
    qtbot.waitUntil(lambda: not minimap._redraw.isActive(), timeout=3000)
    assert minimap._pixmap.toImage() == before  # nothing drawn while hidden
    toggle.trigger()  # on again: drawn at once, with the new card
    assert minimap.isVisible() and minimap._pixmap.toImage() != before


def test_the_minimap_of_a_newly_opened_big_map_is_drawn_at_its_own_size(qtbot):
    window = open_window(qtbot, make_workspace(), big_map(per_cell=8))
    window.view.set_zoom(1.0)
    minimap = window.large_maps.minimap
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    pixmap = minimap._pixmap
    ratio = pixmap.devicePixelRatio()
    assert (round(pixmap.width() / ratio), round(pixmap.height() / ratio)) == (
        minimap.width(),
        minimap.height(),
    )
    # and on screen: paper and cards, no black corner where the drawing did not reach
    image = minimap.grab().toImage()
    corner = image.pixelColor(image.width() - 4, image.height() - 4)
    assert corner.lightness() > 60, corner.name()
