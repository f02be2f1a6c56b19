"""Help ▸ Keyboard Shortcuts and Help ▸ About.

The texts keep the translation context "MainWindow" they were written in (written as
`QCoreApplication.translate("MainWindow", "…")` so that pyside6-lupdate files them
there): moving code must not make translated text fall back to English.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def gesture_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the keys and gestures that are not actions: the cursor, the mouse."""
    return [
        (
            QCoreApplication.translate("MainWindow", "Arrow keys"),
            QCoreApplication.translate(
                "MainWindow", "move the cell cursor: cells, cards in a cell, stage and lane headers"
            ),
        ),
        (
            QCoreApplication.translate("MainWindow", "Enter"),
            QCoreApplication.translate(
                "MainWindow",
                "new card in the cursor's cell (while typing — Enter: next card, "
                "Tab / Shift+Tab: next / previous stage, Escape: cancel)",
            ),
        ),
        (
            QCoreApplication.translate("MainWindow", "Escape"),
            QCoreApplication.translate("MainWindow", "cancel; in a panel: back to the map"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Double-click a cell"),
            QCoreApplication.translate("MainWindow", "new card"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Ctrl+wheel"),
            QCoreApplication.translate("MainWindow", "zoom"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Space+drag, middle drag"),
            QCoreApplication.translate("MainWindow", "pan"),
        ),
        (
            QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate("MainWindow", "show / hide the minimap (click or drag in it to move)"),
        ),
    ]


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str, str]]:
    """(keys, name, what it does) of every action with a shortcut, read from the actions themselves.

    Generated, so the list cannot drift from the keys the editor really binds.
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen or not action.shortcuts():
            continue
        seen.add(id(action))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((keys, name, action.statusTip()))
    return rows


def shortcut_rows(actions: Iterable[QAction] = ()) -> list[tuple[str, str]]:
    """(keys, what they do): the cursor and mouse gestures, then every action's shortcut."""
    rows = gesture_rows()
    for keys, name, tip in action_rows(actions):
        rows.append((keys, f"{name} — {tip}" if tip else name))
    return rows


def show_shortcuts(parent: QWidget | None, actions: Iterable[QAction] = ()) -> QDialog:
    """Help ▸ Keyboard Shortcuts: a table of every key, generated from the actions."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard Shortcuts"))
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("MainWindow", "Keys"), QCoreApplication.translate("MainWindow", "Does")]
    )
    for row, (keys, what) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(what))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnToContents(0)
    table.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(760, 560)
    dialog.table = table  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def show_about(parent: QWidget | None) -> None:
    from journeymapper import __version__

    text = QCoreApplication.translate(
        "MainWindow", "JourneyMapper %1 — an open, offline editor for customer-journey maps."
    ).replace("%1", __version__)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "About JourneyMapper"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()
