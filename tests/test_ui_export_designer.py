"""The Export dialog's designer controls, used with clicks and keys: parts and lanes shown,
a logo (checked when chosen), RGB or CMYK, and the settings kept in the map as an
undoable edit that the saved file carries."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
import re  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QCheckBox, QFileDialog, QStyle, QStyleOptionButton  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.fileformat import load_journey  # noqa: E402
from journeymapper.resources import resource  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402
from journeymapper.ui.export_dialog import ExportDialog  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str, str]]:
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_message", lambda parent, title, text, info="": messages.append((title, text, info))
    )
    return messages


def _dialog(qtbot, tmp_path: Path):
    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    window = open_window(qtbot, make_workspace(), journey)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return window, dialog


def _click(qtbot, widget) -> None:
    """A left click where a user would aim: a check box's box, else the middle."""
    if isinstance(widget, QCheckBox):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        box = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=box.center())
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose_format(qtbot, dialog, fmt: str) -> None:
    dialog.format.setFocus()
    while dialog.format.currentData() != fmt:
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)


def _logo(path: Path) -> Path:
    picture = Image.new("RGBA", (120, 40), (200, 30, 30, 255))
    picture.save(path)
    return path


def _uncheck_lane(qtbot, dialog, name: str) -> str:
    lanes = dialog.lanes
    row = next(r for r in range(lanes.count()) if lanes.item(r).text() == name)
    lanes.setFocus()
    lanes.setCurrentRow(row)
    qtbot.keyClick(lanes.viewport(), Qt.Key.Key_Space)
    assert lanes.item(row).checkState() == Qt.CheckState.Unchecked
    return lanes.item(row).data(Qt.ItemDataRole.UserRole)


def test_hidden_parts_and_lanes_are_absent_from_the_svg_and_a_logo_is_in_it(
    qtbot, tmp_path: Path, monkeypatch, shown
) -> None:
    window, dialog = _dialog(qtbot, tmp_path)
    _choose_format(qtbot, dialog, "svg")
    assert not dialog.colour_mode.isEnabled()  # CMYK is for PDFs
    out = tmp_path / "poster.svg"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    for part in ("legend", "persona", "kpis"):
        _click(qtbot, dialog.parts[part])
    backstage = next(lane for lane in window.document.journey.lanes if lane.name == "Backstage")
    assert _uncheck_lane(qtbot, dialog, "Backstage") == backstage.id
    logo = _logo(tmp_path / "logo.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    _click(qtbot, dialog.choose_logo)
    assert dialog.logo.text() == str(logo)
    _click(qtbot, dialog.export_button)
    assert dialog.written == [out]
    root = ET.fromstring(out.read_bytes())
    roles = {g.get("class") for g in root.iter(f"{SVG}g")}
    assert "legend" not in roles and "persona" not in roles and "kpi" not in roles
    assert "connection" in roles and "footer" in roles
    footer = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "footer")
    assert len(list(footer.iter(f"{SVG}image"))) == 1  # the logo
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Backstage" not in text and "Customer actions" in text
    backstage_cards = [t.title for t in window.document.journey.touchpoints if t.lane_id == backstage.id]
    assert backstage_cards and not any(title in text for title in backstage_cards)
    assert window.document.journey.export_preset is None  # not asked to save: the map is untouched


def test_a_cmyk_pdf_and_the_settings_saved_in_the_map_as_an_undoable_edit(
    qtbot, tmp_path: Path, monkeypatch, shown
) -> None:
    window, dialog = _dialog(qtbot, tmp_path)
    _choose_format(qtbot, dialog, "pdf")
    out = tmp_path / "print.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    dialog.colour_mode.setFocus()
    qtbot.keyClick(dialog.colour_mode, Qt.Key.Key_Down)
    assert dialog.colour_mode.currentData() == "cmyk"
    _click(qtbot, dialog.parts["connection-labels"])
    backstage = _uncheck_lane(qtbot, dialog, "Backstage")
    logo = _logo(tmp_path / "logo.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    _click(qtbot, dialog.choose_logo)
    _click(qtbot, dialog.save_preset)
    _click(qtbot, dialog.export_button)
    assert dialog.written == [out]
    content = b"".join(page.get_contents().get_data() for page in PdfReader(out).pages).decode("latin-1")
    assert re.search(r"\d*\.?\d+ \d*\.?\d+ \d*\.?\d+ \d*\.?\d+ k\b", content)  # CMYK fills
    assert not re.search(r"\d*\.?\d+ \d*\.?\d+ \d*\.?\d+ rg\b", content)
    document = window.document
    preset = document.journey.export_preset
    assert preset is not None and preset.colour_mode == "cmyk" and preset.logo is not None
    assert set(preset.hide) == {"connection-labels", f"lane:{backstage}"}
    assert preset.logo.raw() == logo.read_bytes()  # the logo itself, not a path on this disk
    assert document.undo_stack.canUndo() and document.is_modified
    path = tmp_path / "shop.journey"
    document.save(path)
    saved = json.loads(path.read_text("utf-8"))["map"]["export_preset"]
    assert saved["colour_mode"] == "cmyk" and saved["logo"]["media_type"] == "image/png"
    assert str(logo) not in path.read_text("utf-8")
    reloaded = load_journey(path).journey
    assert reloaded.export_preset == preset
    document.undo_stack.undo()  # the preset is one undo step like any edit
    assert document.journey.export_preset is None
    document.undo_stack.redo()
    assert document.journey.export_preset == preset


def test_the_next_export_starts_from_the_saved_settings(qtbot, tmp_path: Path, shown) -> None:
    from journeymapper.model.entities import Photo
    from journeymapper.model.export_preset import ExportPreset

    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    logo = _logo(tmp_path / "logo.png").read_bytes()
    backstage = next(lane for lane in journey.lanes if lane.name == "Backstage")
    journey.export_preset = ExportPreset(
        size="A3",
        colour_mode="cmyk",
        hide=["legend", f"lane:{backstage.id}"],
        logo=Photo.from_bytes(logo),
        min_text_pt=7.5,
        svg_text="text",
    )
    window = open_window(qtbot, make_workspace(), journey)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.paper_size_value() == "A3" and dialog.colour_mode.currentData() == "cmyk"
    assert not dialog.parts["legend"].isChecked() and dialog.parts["connections"].isChecked()
    options = dialog.options()
    assert options["logo"] is None and options["logo_image"] == logo
    assert f"lane:{backstage.id}" in options["hide"]
    # what the dialog has no control for is kept from the preset, not reset
    assert options["min_text_pt"] == 7.5 and options["svg_text"] == "text"
    assert "7.5 pt" in dialog.fit.toolTip()
    _click(qtbot, dialog.remove_logo)
    assert dialog.options()["logo_image"] is None


def test_a_broken_logo_is_refused_when_chosen_with_its_name_and_problem(
    qtbot, tmp_path: Path, monkeypatch, shown
) -> None:
    _, dialog = _dialog(qtbot, tmp_path)
    good = _logo(tmp_path / "logo.png").read_bytes()
    bad = tmp_path / "broken-logo.png"
    bad.write_bytes(good[:40] + b"\0" * (len(good) - 40))  # a valid header, a corrupt body
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _click(qtbot, dialog.choose_logo)
    assert dialog.logo.text() == ""  # not taken
    assert shown and "broken-logo.png" in shown[0][1] and "damaged" in shown[0][2]


def test_a_handout_from_the_dialog_keeps_body_text_at_the_minimum(qtbot, tmp_path: Path, shown) -> None:
    from journeymapper.export.legibility import handout_pages
    from journeymapper.layout.maplayout import LayoutOptions

    window, dialog = _dialog(qtbot, tmp_path)
    _choose_format(qtbot, dialog, "pdf")
    out = tmp_path / "handout.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    dialog.tile.setFocus()
    while dialog.tile.currentData() != "handout:A4":
        qtbot.keyClick(dialog.tile, Qt.Key.Key_Down)
    _click(qtbot, dialog.export_button)
    assert dialog.written == [out]
    _, layouts, _ = handout_pages(window.document.journey, LayoutOptions(), "A4", 1, 6.0)
    assert len(PdfReader(out).pages) == len(layouts) > len(window.document.journey.stages) - 1
    assert not any("below the" in info for _, _, info in shown)  # told only that stages continue


def test_every_labelled_row_reaches_its_field_with_alt_and_its_letter(qtbot, tmp_path):
    """A label whose row is a layout gets no buddy from QFormLayout and would show its "&";
    each label with a mnemonic must name a buddy, so Alt+letter reaches the field."""
    from PySide6.QtWidgets import QLabel

    _window, dialog = _dialog(qtbot, tmp_path)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text().replace("&&", "")]
    assert labels
    assert [label.text() for label in labels if label.buddy() is None] == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.logo.hasFocus()


def test_export_warnings_speak_the_editors_language(qtbot, tmp_path: Path, shown) -> None:
    """In the Spanish editor the designer reads what to check in Spanish, numbers with a
    decimal comma; the command line keeps English (the exporter itself has no language)."""
    import os

    from PySide6.QtCore import QSettings

    from journeymapper.ui import translations
    from journeymapper.ui.app import create_application

    settings = QSettings(os.environ["JOURNEYMAPPER_SETTINGS"], QSettings.Format.IniFormat)
    settings.setValue("ui/language", "es")
    settings.sync()
    create_application()
    if translations.catalogue_path("es") is None:
        pytest.skip("journeymapper_es.qm is absent and pyside6-lrelease cannot build it")
    _window, dialog = _dialog(qtbot, tmp_path)
    _choose_format(qtbot, dialog, "pdf")
    dialog.paper_size.setFocus()
    while dialog.paper_size.currentData() != "A4":
        qtbot.keyClick(dialog.paper_size, Qt.Key.Key_Up)
    out = tmp_path / "small.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    _click(qtbot, dialog.export_button)
    assert dialog.written == [out]
    (info,) = [info for _, _, info in shown]
    assert "por debajo del mínimo de 6 pt" in info and "A4" in info
    assert re.search(r"se imprime a \d,\d pt", info), info  # "5,1 pt", not "5.1 pt"
    assert "body text" not in info
