"""Help ▸ Keyboard Shortcuts and Help ▸ About.

The texts keep the translation context "MainWindow" they were written in (written as
`QCoreApplication.translate("MainWindow", "…")` so that pyside6-lupdate files them
there): moving code must not make translated text fall back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the canvas, in the UI language."""
    # The key's own name from Qt, so Spanish keyboards read "Supr", as printed on the key.
    delete = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
    return [
        (
            QCoreApplication.translate("MainWindow", "Double-click a cell"),
            QCoreApplication.translate(
                "MainWindow",
                "new card (Enter: next card, Tab / Shift+Tab: next / previous stage, Escape: cancel)",
            ),
        ),
        ("F2", QCoreApplication.translate("MainWindow", "edit the card's title or the header's name")),
        (
            QCoreApplication.translate("MainWindow", "Arrow keys"),
            QCoreApplication.translate("MainWindow", "move between cards"),
        ),
        ("1 – 5, 0", QCoreApplication.translate("MainWindow", "set / clear the emotion")),
        ("P, K", QCoreApplication.translate("MainWindow", "add a pain point, cycle its kind")),
        ("Shift+↑ / ↓, + / −", QCoreApplication.translate("MainWindow", "severity, votes")),
        ("C", QCoreApplication.translate("MainWindow", "connect to the next card you click")),
        (
            delete,
            QCoreApplication.translate("MainWindow", "delete the selection (undo restores it)"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Ctrl+wheel, Ctrl+= / − / 0"),
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


def show_shortcuts(parent: QWidget | None) -> None:
    text = "\n".join(f"{keys}:  {what}" for keys, what in shortcut_rows())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Keyboard Shortcuts"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


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
