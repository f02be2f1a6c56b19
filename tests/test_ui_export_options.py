"""The Export dialog's designer controls reach the exporter, and export warnings are shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.fileformat import load_journey  # noqa: E402
from journeymapper.model.export_preset import ExportPreset  # noqa: E402
from journeymapper.resources import resource  # noqa: E402
from journeymapper.ui import dialogs  # noqa: E402
from journeymapper.ui.export_dialog import ExportDialog  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")
SVG = "{http://www.w3.org/2000/svg}"


def test_footer_date_and_connections_from_the_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_message", lambda parent, title, text, info="": shown.append((title, info))
    )
    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    window = open_window(qtbot, make_workspace(), journey)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    out = tmp_path / "poster.svg"
    dialog.path.setText(str(out))
    dialog.paper_size.setCurrentIndex(dialog.paper_size.findData("A4"))
    qtbot.keyClicks(dialog.footer, "Team draft")
    dialog.show_connections.click()
    dialog.print_date.click()
    assert not dialog.show_connections.isChecked() and dialog.print_date.isChecked()
    dialog.export()
    assert dialog.written == [out]
    root = ET.fromstring(out.read_bytes())
    classes = {g.get("class") for g in root.iter(f"{SVG}g")}
    assert "connection" not in classes and "footer" in classes
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Team draft" in text
    assert shown and "below the 6 pt minimum" in shown[0][1]  # A4 is too small: the user is told
    assert window.document.journey.connections  # the map keeps its connections


def test_the_dialog_starts_from_the_maps_preset(qtbot) -> None:
    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    journey.export_preset = ExportPreset(footer="From the preset", hide=["connections"], print_date=True)
    window = open_window(qtbot, make_workspace(), journey)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options["footer"] == "From the preset" and options["hide"] == ("connections",)
    assert options["print_date"] is True
