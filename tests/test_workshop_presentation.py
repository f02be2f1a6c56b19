"""Presentation view: F5 full screen without chrome, stage by stage, editing inside, layout restored."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDockWidget  # noqa: E402
from ui_helpers import editor_env, key, make_workspace, open_window  # noqa: E402, F401

from journeymapper.model.templates import build_template  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def test_f5_hides_the_chrome_and_escape_gives_the_layout_back(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view = window.view
    window.resize(1280, 720)
    shown_docks = {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}
    zoom = view.zoom()
    key(view, Qt.Key.Key_F5)
    presentation = window.presentation
    assert presentation.active and window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    key(view, Qt.Key.Key_Escape)
    assert not presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()} == shown_docks
    assert view.zoom() == pytest.approx(zoom)
    key(view, Qt.Key.Key_F5)
    key(view, Qt.Key.Key_F5)  # F5 leaves too
    assert not presentation.active


def test_page_down_up_focus_stages_dim_the_rest_home_shows_all(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, presentation, journey = window.view, window.presentation, window.document.journey
    key(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())  # full screen arrived
    d = window.scene.layout.display
    assert view.visible_scene_rect().contains(0, 0) and view.visible_scene_rect().contains(d.width, d.height)
    key(view, Qt.Key.Key_PageDown)
    assert presentation.stage_index == 0 and presentation.dimmer.isVisible()
    stage_zoom = view.zoom()
    key(view, Qt.Key.Key_PageDown)
    key(view, Qt.Key.Key_PageDown)
    assert presentation.stage_index == 2
    qtbot.waitUntil(lambda: presentation._animation.state() == presentation._animation.State.Stopped)
    column = presentation.stage_rect(journey.stages[2].id)
    visible = view.visible_scene_rect()
    assert visible.left() <= column.left() and column.right() <= visible.right()  # scrolled there
    # the dimmer leaves the focused stage clear and covers the others
    assert not presentation.dimmer.contains(column.center())
    other = presentation.stage_rect(journey.stages[0].id)
    assert presentation.dimmer.contains(other.center())
    key(view, Qt.Key.Key_PageUp)
    assert presentation.stage_index == 1
    key(view, Qt.Key.Key_Home)
    assert presentation.stage_index is None and not presentation.dimmer.isVisible()
    visible = view.visible_scene_rect()  # the whole journey again, much smaller than a stage
    assert visible.contains(0, 0) and visible.contains(d.width, d.height) and view.zoom() < stage_zoom / 1.5
    key(view, Qt.Key.Key_Escape)


def test_editing_works_inside_the_presentation_view(qtbot):
    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    view, journey = window.view, window.document.journey
    key(view, Qt.Key.Key_F5)
    key(view, Qt.Key.Key_PageDown)
    key(view, Qt.Key.Key_PageDown)  # the second stage
    key(view, Qt.Key.Key_Down)  # the cursor into its first cell
    key(view, Qt.Key.Key_N)
    QTest.keyClicks(view.editor, "Signs the contract")
    key(view.editor, Qt.Key.Key_Return)
    key(view.editor, Qt.Key.Key_Escape)
    assert window.presentation.active  # Escape in the card editor cancels typing only
    card = journey.touchpoints[-1]
    assert card.title == "Signs the contract"
    key(view, Qt.Key.Key_5)
    assert card.emotion is not None and card.emotion.score == journey.emotion_scale.max
    key(view, Qt.Key.Key_P)
    QTest.keyClicks(view.editor, "Fine print")
    key(view.editor, Qt.Key.Key_Return)
    assert [p.text for p in journey.pain_points] == ["Fine print"]
    assert window.presentation.active
    # a vote, without leaving
    from journeymapper.model.commands import AddItem
    from journeymapper.model.entities import Participant

    window.document.push(AddItem("participants", Participant(id="pa-1", name="Ana")), "Add participant")
    key(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    key(view, Qt.Key.Key_1)  # the pain just typed is still selected
    assert journey.participants[0].dots == {journey.pain_points[0].id: 1}
    assert window.presentation.active and not window.workshop.voting_dock.isVisible()
    key(view, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_zoomed_out_overview_keeps_titles_as_words_and_the_curve_translucent(qtbot):
    from journeymapper.fileformat import load_journey
    from journeymapper.ui.canvas.overview import OverviewTile, _Batches

    journey = load_journey("resources/examples/online-shop-purchase.journey").journey
    window = open_window(qtbot, make_workspace(), journey)
    view, scene = window.view, window.scene
    window.resize(1280, 720)
    key(view, Qt.Key.Key_F5)
    key(view, Qt.Key.Key_Home)  # the whole journey: far below the detail threshold
    qtbot.waitUntil(lambda: scene.overview.active)
    tiles = [item for item in scene.items() if isinstance(item, OverviewTile)]

    def labels() -> list[str]:
        return [text for tile in tiles for _box, text, _colour, _size in (tile._labels or [])]

    # while zooming the overview shows boxes; once calm, its images are drawn in full, titles too
    qtbot.waitUntil(lambda: bool(labels()), timeout=3000)
    view.viewport().grab()
    titles = {c.title for c in journey.touchpoints}
    assert len(titles & set(labels())) >= len(titles) // 2  # card titles are painted as words
    batches = _Batches("near")
    for tile in tiles:
        for group in tile.groups.values():
            batches.add(group)
    fills = [opacity for (_fill, opacity) in batches.polygons]
    assert fills and all(opacity < 1 for opacity in fills)  # the area under the curve is no block
    key(view, Qt.Key.Key_Escape)


def test_the_stuck_lane_labels_are_dimmed_like_the_rest(qtbot):
    """The lane labels stuck to the left edge are painted over the scene; the veil must cover
    them too, or a bright column stands beside the stage in focus."""
    from journeymapper.ui.canvas.view import sticky_overlay

    window = open_window(qtbot, make_workspace(), build_template("5a", "en"))
    presentation, view = window.presentation, window.view
    key(view, Qt.Key.Key_F5)
    for _ in range(3):
        key(view, Qt.Key.Key_PageDown)  # the third stage: the labels are stuck at the left
    qtbot.waitUntil(lambda: presentation._animation.state() == presentation._animation.State.Stopped)
    overlay = sticky_overlay(window.scene.layout, view.visible_scene_rect())
    assert overlay.backdrops, "the labels should be stuck at this scroll position"
    label_column = min(overlay.backdrops, key=lambda r: r.width())
    spot = view.mapFromScene(label_column.center())

    def brightness() -> int:
        view.viewport().repaint()
        return view.viewport().grab().toImage().pixelColor(spot).lightness()

    dimmed = brightness()
    view.veil = None
    assert dimmed < brightness() - 20
