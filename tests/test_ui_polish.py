"""Loose ends a translator found, and the canvas's speed work keeping edits local.

Counters say "1 action" and "2 actions" (Qt plurals, with an English catalogue of plural
forms); tooltips name each shortcut once; paper sizes have names; a refused edit is
reported in the UI language; dates and decimals follow the locale. On the canvas: zoomed
far out the map is drawn by overview tiles while the items still take clicks, item
caches pause while zooming, and an edit touches the same items on a small and a big map.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import PySide6  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QPointF, QTime, QTranslator  # noqa: E402
from PySide6.QtGui import QColor, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QGraphicsItem, QLabel  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.model import edits  # noqa: E402
from journeymapper.model.commands import AddItem, CommandError, MoveCards  # noqa: E402
from journeymapper.model.entities import Action, Kpi, Opportunity, Persona  # noqa: E402
from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.model.vocabulary import KpiKind  # noqa: E402
from journeymapper.ui import translations  # noqa: E402
from journeymapper.ui.actions import tooltip  # noqa: E402
from journeymapper.ui.autosave import RecoveryEntry  # noqa: E402
from journeymapper.ui.dialogs import RecoveryDialog, describe_differences, local_date_time  # noqa: E402
from journeymapper.ui.export_dialog import ExportDialog  # noqa: E402
from journeymapper.ui.preferences import KEY_POSTER_SIZE, app_settings  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")  # English UI, private settings and state

ROOT = Path(__file__).resolve().parents[1]
EN_TS = ROOT / "resources" / "i18n" / "journeymapper_en.ts"
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def cards_in(journey: JourneyMap, stage: int, lane: int, count: int, prefix: str) -> None:
    stage_id, lane_id = journey.stages[stage].id, journey.lanes[lane].id
    for i in range(count):
        command, _ = edits.add_card(journey, stage_id, lane_id, f"{prefix} {i}")
        command.apply(journey)


# --- plurals ------------------------------------------------------------------------------------
def test_action_and_kpi_counters_use_english_plural_forms(qtbot):
    assert translations.catalogue_path("en") is not None, "journeymapper_en.qm neither built nor buildable"
    journey = build_template("5a", "en")
    stage = journey.stages[0].id
    journey.actions.append(Action(id="act-1", task="Call back", stage_id=stage))
    journey.kpis.append(Kpi(id="kpi-1", stage_id=stage, kind=KpiKind.CSAT, name="CSAT", target=80, actual=85))
    window = open_window(qtbot, make_workspace(), journey)
    plan, kpis, doc = window.workbench.action_plan, window.workbench.kpis, window.document
    assert plan.status.text() == "1 action"
    assert kpis.summary.text() == "1 of 1 measured KPI on target"
    doc.push(AddItem("actions", Action(id="act-2", task="Write back", stage_id=stage)), "Add action")
    doc.push(AddItem("kpis", Kpi(id="kpi-2", stage_id=stage, kind=KpiKind.NPS, name="NPS", target=40,
                                 actual=30)), "Add KPI")
    assert plan.status.text() == "2 actions"
    assert kpis.summary.text() == "1 of 2 measured KPIs on target"


def test_recovery_summary_counts_stages_lanes_and_cards_in_words():
    journey = build_template("5a", "en")
    cards_in(journey, 0, 0, 1, "Only")
    lines = describe_differences(None, journey)
    stages, lanes = len(journey.stages), len(journey.lanes)
    assert lines[1] == f"It has {stages} stages, {lanes} lanes and 1 card."


def test_every_plural_of_the_ui_has_english_one_and_other_forms(tmp_path):
    exe = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    lupdate = next((p for p in (Path(PySide6.__file__).parent / exe,
                                Path(sys.executable).parent / f"pyside6-{exe}") if p.is_file()), None)
    if lupdate is None:
        pytest.skip("lupdate is not installed next to PySide6")
    sources = sorted(str(p) for p in (ROOT / "journeymapper" / "ui").rglob("*.py"))
    fresh = tmp_path / "plurals.ts"
    subprocess.run([str(lupdate), "-silent", "-pluralonly", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=60)

    def plurals(path: Path) -> dict[tuple[str, str], list[str]]:
        found = {}
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if message.get("numerus") == "yes" and translation is not None:
                    done = not translation.get("type")
                    forms = [f.text or "" for f in translation.iter("numerusform")] if done else []
                    found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
        return found

    wanted, english = plurals(fresh), plurals(EN_TS)
    assert wanted, "lupdate found no plural texts"
    missing = [key for key in wanted if len(english.get(key, [])) != 2 or not all(english[key])]
    assert not missing, f"add the English forms to {EN_TS.name} (build_translations.sh --update): {missing}"
    for (_, source), (one, other) in ((k, english[k]) for k in wanted):
        assert one.count("%n") == other.count("%n") == source.count("%n")


# --- tooltips -----------------------------------------------------------------------------------
def test_tooltips_name_each_shortcut_once_in_native_text(qtbot):
    window = open_window(qtbot, make_workspace())
    actions = window.editor_actions
    assert actions["vote_down"].toolTip() == "Remove a vote from the pain point (-)"
    assert actions["severity_up"].toolTip() == "Make the pain point more severe (Shift+Up)"
    for name in actions.names():
        tip = actions[name].toolTip()
        for shortcut in actions[name].shortcuts():
            native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            assert tip.count(f"({native})") <= 1, (name, tip)
    # A catalogue that still writes the key into the tip does not make it appear twice.
    assert tooltip("Quitar un voto (−)", [QKeySequence("-")]) == "Quitar un voto (-)"
    assert tooltip("Raise (Shift+Up)", [QKeySequence("Shift+Up")]) == "Raise (Shift+Up)"
    assert tooltip("Emotion (1 = lowest, 5 = highest)", [QKeySequence("1")]).endswith("highest) (1)")


# --- export dialog ------------------------------------------------------------------------------
def test_paper_sizes_show_names_and_export_their_values(qtbot):
    settings = app_settings()
    settings.setValue(KEY_POSTER_SIZE, "letter")
    settings.sync()
    window = open_window(qtbot, make_workspace())
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    combo = dialog.paper_size
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "US Letter" in texts and "Tabloid" in texts
    assert not {"letter", "tabloid"} & set(texts)
    assert combo.currentText() == "US Letter" and dialog.options()["size"] == "letter"
    combo.setCurrentIndex(combo.findData("tabloid"))
    assert dialog.options()["size"] == "tabloid"
    combo.setCurrentText("a3")  # typed, in any case
    assert dialog.options()["size"] == "A3"
    combo.setCurrentText("1200x800mm")
    assert dialog.options()["size"] == "1200x800mm"


# --- a refused edit -----------------------------------------------------------------------------
def test_a_refused_edit_is_reported_in_the_ui_language_with_the_reason(qtbot):
    journey = build_template("5a", "en")
    cards_in(journey, 0, 0, 1, "Card")
    window = open_window(qtbot, make_workspace(), journey)
    card = journey.touchpoints[0]
    command = MoveCards([card.id], "no-such-stage", card.lane_id, 0)
    with pytest.raises(CommandError) as refused:
        command.apply(journey.model_copy(deep=True))
    reason = str(refused.value)
    assert window.document.push(command, "Move") is False
    assert window.statusBar().currentMessage() == f"This change could not be applied. {reason}"
    path = translations.catalogue_path("es")
    if path is None:
        pytest.skip("journeymapper_es.qm neither built nor buildable")
    spanish = QTranslator()
    assert spanish.load(str(path))
    QCoreApplication.installTranslator(spanish)
    try:
        assert window.document.push(command, "Move") is False
        assert window.statusBar().currentMessage() == f"No se pudo aplicar este cambio. {reason}"
    finally:
        QCoreApplication.removeTranslator(spanish)


# --- locale-aware dates and numbers -------------------------------------------------------------
def test_recovery_date_and_photo_size_are_written_the_locale_s_way(qtbot, tmp_path):
    spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    QLocale.setDefault(spanish)  # editor_env restores the default afterwards
    expected = spanish.toString(QDateTime(QDate(2024, 5, 6), QTime(14, 30)), QLocale.FormatType.ShortFormat)
    assert local_date_time(dt.datetime(2024, 5, 6, 14, 30)) == expected
    aware = dt.datetime(2024, 5, 6, 12, 30, tzinfo=dt.UTC)
    assert local_date_time(aware) == local_date_time(aware.astimezone().replace(tzinfo=None))
    entry = RecoveryEntry(id="r1", folder=tmp_path, saved_at="2024-05-06T14:30:00", title="Workshop")
    dialog = RecoveryDialog(entry)
    qtbot.addWidget(dialog)
    assert any(expected in label.text() for label in dialog.findChildren(QLabel))
    journey = build_template("5a", "en")
    journey.personas.append(Persona(id="pe-1", name="Priya"))
    window = open_window(qtbot, make_workspace(), journey)
    panel = window.workbench.personas
    panel.list.setCurrentRow(0)
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (int(2.5 * 1024 * 1024)))
    assert panel.set_photo_from_file(huge) is False
    assert "2,5 MB" in panel.photo_error.text()


# --- the canvas ---------------------------------------------------------------------------------
def test_zoomed_out_the_overview_draws_and_items_still_take_clicks(qtbot):
    journey = build_template("5a", "en")
    cards_in(journey, 1, 1, 12, "Card")
    window = open_window(qtbot, make_workspace(), journey)
    scene, view = window.scene, window.view
    card = journey.touchpoints[3]
    key = ("card", card.id)
    item = scene.item_for(key)
    assert item is not None and not scene.overview.active and not item.flags() & NO_CONTENTS
    view.set_zoom(0.25)
    assert scene.overview.active and item.flags() & NO_CONTENTS and scene.overview.tile_count() > 0
    headers = [scene.item_for(("stage-header", s.id)) for s in journey.stages]
    assert all(h is not None and not h.flags() & NO_CONTENTS for h in headers)  # sticky: drawn in full
    box = scene.layout.cards[card.id]
    assert scene.hit(QPointF(box.x + box.w / 2, box.y + box.h / 2)) == key
    picture = view.viewport().grab().toImage()
    centre = view.mapFromScene(QPointF(box.x + 2, box.y + box.h / 2))
    assert QColor(picture.pixel(centre)) != scene.backgroundBrush().color()  # the tile drew the card
    scene.select_keys([key])
    assert not item.flags() & NO_CONTENTS  # the selection paints in detail, with its outline
    scene.select_keys([])
    assert item.flags() & NO_CONTENTS
    window.document.push(edits.rename("touchpoints", card.id, "Renamed", "title"), "Rename")
    assert scene.last_update.total == 1
    tiles = [t for t in scene.overview._tiles.values() if key in t.groups]
    assert len(tiles) == 1 and tiles[0].groups[key] is scene.layout.groups[key]
    view.set_zoom(1.0)
    assert not scene.overview.active and not item.flags() & NO_CONTENTS
    assert not any(t.isVisible() for t in scene.overview._tiles.values())


def test_item_caches_pause_while_zooming(qtbot):
    journey = build_template("5a", "en")
    cards_in(journey, 0, 1, 3, "Card")
    window = open_window(qtbot, make_workspace(), journey)
    item = window.scene.item_for(("card", journey.touchpoints[0].id))
    qtbot.waitUntil(lambda: item.cacheMode() == CACHED, timeout=3000)
    window.view.zoom_in()
    # while zooming it keeps one drawing at its own scale, which each step scales
    assert item.cacheMode() == QGraphicsItem.CacheMode.ItemCoordinateCache
    qtbot.waitUntil(lambda: item.cacheMode() == CACHED, timeout=3000)
    cell = window.scene.item_for(("cell", f"{journey.stages[0].id}|{journey.lanes[0].id}"))
    assert cell is not None and cell.cacheMode() == QGraphicsItem.CacheMode.NoCache  # big: never cached


def test_moving_a_card_touches_the_same_items_on_a_small_and_a_big_map(qtbot):
    touched = []
    for extra in (0, 120):
        journey = build_template("5a", "en")
        cards_in(journey, 0, 2, 8, "Left")
        cards_in(journey, 1, 2, 4, "Right")
        for stage in range(len(journey.stages)):
            cards_in(journey, stage, 0, extra // len(journey.stages), "Above")  # rows above: unmoved
        window = open_window(qtbot, make_workspace(), journey)
        left = next(c for c in journey.touchpoints if c.title == "Left 7")
        window.document.push(MoveCards([left.id], journey.stages[1].id, left.lane_id, 0), "Move")
        touched.append(window.scene.last_update.total)
        window.document.undo_stack.setClean()
        window.close()
    assert touched[0] == touched[1] > 0  # 120 more cards elsewhere: not one more item touched


def test_the_opportunity_link_list_is_built_when_opened(qtbot):
    journey = build_template("5a", "en")
    cards_in(journey, 0, 0, 5, "Card")
    journey.opportunities.append(Opportunity(id="op-1", stage_id=journey.stages[0].id, text="Idea"))
    window = open_window(qtbot, make_workspace(), journey)
    panel, doc = window.workbench.opportunities, window.document
    panel.list.setCurrentRow(0)
    doc.push(edits.rename("touchpoints", journey.touchpoints[0].id, "Renamed", "title"), "Rename")
    assert panel.link.count() == 1 and panel.link.currentData() == "stage:" + journey.stages[0].id
    panel.link.showPopup()
    panel.link.hidePopup()
    assert panel.link.count() == 1 + len(journey.stages) + len(journey.touchpoints)
    assert panel.link.currentData() == "stage:" + journey.stages[0].id


def test_overview_tiles_draw_at_poster_size_on_any_screen_resolution():
    """QPainter.drawPicture rescales a recording by the device's dpi; tiles undo that."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from journeymapper.layout.display import Group, Rect
    from journeymapper.ui.canvas.overview import OverviewTile

    tile = OverviewTile(10)
    box = Rect(10, 20, 50, 30, "#FF0000", None, 0.0, 0.0, 1.0, (), "c1", "card")
    tile.groups[("card", "c1")] = Group("c1", "card", 10, 20, 50, 30, (box,))
    tile.refresh()
    extents = []
    for dots_per_metre in (3780, 5669, 2835):  # 96, 144 and 72 dpi
        image = QImage(120, 120, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(0)
        painter = QPainter(image)
        tile.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        red = [(x, y) for y in range(120) for x in range(120) if QColor(image.pixel(x, y)).red() > 200]
        extents.append((min(red), max(red)))
    assert extents[0] == extents[1] == extents[2] == ((10, 20), (59, 49))
