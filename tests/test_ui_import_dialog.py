"""File ▸ Import… with its preview and column-mapping step, driven like a user would."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_helpers import (  # noqa: E402
    editor_env,  # noqa: F401  (fixture)
    make_workspace,
    open_window,
    track,
)

from journeymapper.ui.import_dialog import ImportDialog  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def test_preview_and_column_mapping(qtbot, tmp_path) -> None:
    path = tmp_path / "viaje.csv"
    path.write_text(
        "Fase del viaje;Qué pasa;Emoción\nDescubrir;Ve un cartel;2\nComprar;Paga en caja;-1\n",
        encoding="cp1252",
    )
    dialog = ImportDialog(None, str(path))
    qtbot.addWidget(dialog)
    # No title column recognised: read as the wide layout (stages across) until columns are mapped.
    assert "wide layout" in dialog.summary.text()
    dialog.set_field("Fase del viaje", "stage")
    dialog.set_field("Qué pasa", "title")
    assert dialog.import_button.isEnabled() and "long layout" in dialog.summary.text()
    assert "stages: 2" in dialog.summary.text() and "cards: 2" in dialog.summary.text()
    top = dialog.preview.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Descubrir", "Comprar"]
    assert top.child(1).child(0).text(0) == "Paga en caja" and top.child(1).child(0).text(2) == "-1"


def test_import_opens_the_map_in_a_new_window(qtbot, tmp_path) -> None:
    path = tmp_path / "wiki.mmd"
    path.write_text(
        "journey\n title 注册流程\n section 开始\n  打开应用: 5: 小明\n  填写表格: 2: 小明\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, make_workspace())
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert window.import_action in menu.actions()

    summaries: list[str] = []

    def press_import() -> None:  # no assert here: a failure inside the timer would leave the dialog open
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()
        )
        summaries.append(dialog.summary.text())
        dialog.import_button.click()

    QTimer.singleShot(200, press_import)
    opened = [track(w) for w in window.import_dialog(str(path))]
    assert len(summaries) == 1 and "cards: 2" in summaries[0]
    assert len(opened) == 1
    journey = opened[0].document.journey
    assert journey.title == "注册流程"
    assert [c.title for c in journey.touchpoints] == ["打开应用", "填写表格"]
    assert opened[0].document.path is None  # nothing written until the user saves


def test_problems_and_warnings_read_in_the_ui_language(qtbot, tmp_path) -> None:
    """In the Spanish UI the place, the problem and the summary are Spanish; the command line
    (str) keeps English."""
    from PySide6.QtCore import QLocale

    from journeymapper.ui.translations import install_translations

    QLocale.setDefault(QLocale("es_ES"))
    assert install_translations("es")
    table = tmp_path / "viaje.csv"
    table.write_text("Etapa;Título;Severidad;Dolor\nDescubrir;Ve un cartel;9;Caro\n", encoding="utf-8")
    dialog = ImportDialog(None, str(table))
    qtbot.addWidget(dialog)
    assert "importado como csv (formato en filas, utf-8, separador ';')" in dialog.summary.text()
    assert "tarjetas: 1" in dialog.summary.text()
    warning = dialog.warnings.toPlainText()
    assert "línea 2, columna C: la severidad «9» no está entre 1 y 5: se usa 3" in warning
    broken = tmp_path / "roto.mmd"
    broken.write_text("journey\n  section Inicio\n  Abre la app sin puntuación\n", encoding="utf-8")
    dialog.path_edit.setText(str(broken))
    dialog.update_preview()
    assert "línea 3: se esperaba «Tarea: puntuación: actores»" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
