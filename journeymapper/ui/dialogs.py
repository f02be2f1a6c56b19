"""The editor's dialogs: unsaved changes, bad files, locks, new map, recovery.

Message boxes are built as instances and shown with `exec()` (never the static
helpers) so that the tests can answer them by patching `QMessageBox.exec`. Texts of
the module's functions are written `Dialogs.tr("…")`, which pyside6-lupdate files
under the context "Dialogs", the one they are looked up in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.file_lock import LockHolder
from journeymapper.fileformat import JourneyFileError, SaveError
from journeymapper.model.journey import JourneyMap
from journeymapper.ui.autosave import RecoveryEntry
from journeymapper.ui.translations import ui_language

SB = QMessageBox.StandardButton


class Dialogs:
    """The translation context of this module's functions (no instances)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the UI language; with `n`, the plural form for n (%n in the text)."""
        return QCoreApplication.translate("Dialogs", text, disambiguation, n)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, info: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are data, never markup
    if info:
        box.setInformativeText(info)
    return box


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a map with unsaved changes."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        Dialogs.tr("Unsaved changes"),
        Dialogs.tr("Save the changes to “%1” before closing?").replace("%1", name),
        Dialogs.tr("If you don't save, your changes since the last save will be lost."),
    )
    box.setStandardButtons(SB.Save | SB.Discard | SB.Cancel)
    box.setDefaultButton(SB.Save)
    box.setEscapeButton(SB.Cancel)
    answer = box.exec()
    if answer == SB.Save or answer == SB.Save.value:
        return "save"
    if answer == SB.Discard or answer == SB.Discard.value:
        return "discard"
    return "cancel"


def show_file_error(parent: QWidget | None, error: JourneyFileError) -> None:
    """One dialog with exactly the lines the command line prints for this file."""
    lines = error.lines(*ui_language())
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        Dialogs.tr("Cannot open the map"),
        Dialogs.tr("“%1” could not be opened.").replace("%1", Path(error.path).name),
        "\n".join(lines[:12]),
    )
    if len(lines) > 12:
        box.setDetailedText("\n".join(lines))
    box.setStandardButtons(SB.Ok)
    box.exec()


def show_save_error(parent: QWidget | None, error: SaveError) -> None:
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        Dialogs.tr("Could not save"),
        Dialogs.tr("The map was not saved: %1.").replace("%1", error.reason),
        Dialogs.tr(
            "Your work is still open here and the file on disk is unchanged. "
            "Try Save As to save it somewhere else."
        ),
    )
    box.setStandardButtons(SB.Ok)
    box.exec()


def show_notices(parent: QWidget | None, notices: list[str]) -> None:
    box = _box(parent, QMessageBox.Icon.Information, Dialogs.tr("Opened with a notice"), "\n".join(notices))
    box.setStandardButtons(SB.Ok)
    box.exec()


def show_message(parent: QWidget | None, title: str, text: str, info: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, info)
    box.setStandardButtons(SB.Ok)
    box.exec()


def ask_lock_held(parent: QWidget | None, path: Path, holder: LockHolder) -> str:
    """'read-only' or 'cancel' when another live process has the file open."""
    if holder.pid:
        # Only JourneyMapper writes `.journey.lock` files; the name Qt recorded is the
        # interpreter's ("python3.11") when the editor runs from a source checkout.
        who = (
            Dialogs.tr("%1 (process %2) on %3")
            .replace("%1", "JourneyMapper")
            .replace("%2", str(holder.pid))
            .replace("%3", holder.hostname or Dialogs.tr("this computer"))
        )
    else:
        who = Dialogs.tr("another program")
    if holder.serving:  # `journeymapper serve`, or a window hosting a live session
        text = Dialogs.tr("“%1” is shared in a live session by %2.")
        text = text.replace("%1", path.name).replace("%2", who)
        info = Dialogs.tr("Its host saves it. To edit it, join that session (File ▸ Live Session ▸ "
                          "Join Live Session…), or open it read-only here.")
    else:
        text = Dialogs.tr("“%1” is already open in %2.").replace("%1", path.name).replace("%2", who)
        info = Dialogs.tr("You can open it read-only, or cancel and switch to the window that has it.")
    box = _box(parent, QMessageBox.Icon.Warning, Dialogs.tr("Map already open"), text, info)
    read_only = box.addButton(Dialogs.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(SB.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return "read-only" if box.clickedButton() is read_only else "cancel"


class NewMapDialog(QDialog):
    """Template (5 A, blueprint, blank), language and title of a new map."""

    TEMPLATES = ("5a", "blueprint", "blank")

    def __init__(self, parent: QWidget | None = None, *, template: str = "5a", language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Journey Map"))
        self.template = QComboBox()
        self.template.addItem(self.tr("5 A lifecycle (Attract, Accept, Adopt, Amplify, Advance)"), "5a")
        self.template.addItem(self.tr("Service blueprint (Before, During, After)"), "blueprint")
        self.template.addItem(self.tr("Blank grid"), "blank")
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        # The preferred template and language (Preferences ▸ New maps) come preselected.
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("(from the template)"))
        self.title.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("T&itle:"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str, str | None]:
        return self.template.currentData(), self.language.currentData(), self.title.text().strip() or None


def describe_differences(original: JourneyMap | None, recovered: JourneyMap) -> list[str]:
    """A short human summary of what the recovery copy holds that the saved file does not."""
    if original is None:
        return [
            Dialogs.tr("The map was never saved: the recovery copy is the only copy."),
            Dialogs.tr("It has %1, %2 and %3.")
            .replace("%1", Dialogs.tr("%n stage(s)", "", len(recovered.stages)))
            .replace("%2", Dialogs.tr("%n lane(s)", "", len(recovered.lanes)))
            .replace("%3", Dialogs.tr("%n card(s)", "", len(recovered.touchpoints))),
        ]
    lines: list[str] = []
    if original.title != recovered.title:
        lines.append(
            Dialogs.tr("Title: “%1” → “%2”").replace("%1", original.title).replace("%2", recovered.title)
        )
    for name, label in (
        ("stages", Dialogs.tr("stages")),
        ("lanes", Dialogs.tr("lanes")),
        ("touchpoints", Dialogs.tr("cards")),
        ("pain_points", Dialogs.tr("pain points")),
        ("connections", Dialogs.tr("connections")),
    ):
        old = {item.id: item for item in getattr(original, name)}
        new = {item.id: item for item in getattr(recovered, name)}
        added = [i for i in new if i not in old]
        removed = [i for i in old if i not in new]
        changed = [i for i in new if i in old and new[i] != old[i]]
        if added or removed or changed:
            lines.append(
                Dialogs.tr("%1: %2 added, %3 removed, %4 changed")
                .replace("%1", label)
                .replace("%2", str(len(added)))
                .replace("%3", str(len(removed)))
                .replace("%4", str(len(changed)))
            )
        for i in (added + changed)[:8]:
            title = (
                getattr(new[i], "title", None) or getattr(new[i], "name", None) or getattr(new[i], "text", "")
            )
            if title:
                lines.append(f"   • {title}")
    return lines or [Dialogs.tr("The recovery copy is the same as the saved file.")]


def local_date_time(when: dt.datetime) -> str:
    """A date and time as the UI locale writes them (22/11/26 9:20 in Spanish), in local time."""
    local = when.astimezone() if when.tzinfo else when
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def show_damaged_recovery(parent: QWidget | None, damaged: list[tuple[Path, str]]) -> None:
    """Tell the user, once, which recovery records could not be read and where they were put."""
    lines = [f"{path.name}: {reason}" for path, reason in damaged]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        Dialogs.tr("Damaged Recovery Copy"),
        Dialogs.tr(
            "%n recovery record(s) could not be read and were set aside (renamed, not deleted) in %1.",
            "",
            len(damaged),
        ).replace("%1", str(damaged[0][0].parent)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(lines))
    box.exec()


class RecoveryDialog(QDialog):
    """Unsaved work found after a crash: Restore, Compare, Discard, or decide later."""

    def __init__(self, entry: RecoveryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.choice = "later"
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        name = Path(entry.original_path).name if entry.original_path else self.tr("an untitled map")
        when = entry.saved_time()
        text = QLabel(
            self.tr("JourneyMapper closed unexpectedly. A recovery copy of %1 (“%2”) from %3 was found.")
            .replace("%1", name)
            .replace("%2", entry.title)
            .replace("%3", local_date_time(when) if when else "?")
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        later = QPushButton(self.tr("Decide &Later"))
        for button in (self.restore_button, self.compare_button, self.discard_button, later):
            buttons.addWidget(button)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._choose("restore"))
        self.discard_button.clicked.connect(lambda: self._choose("discard"))
        later.clicked.connect(lambda: self._choose("later"))
        self.compare_button.clicked.connect(self.compare)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def compare(self) -> None:
        """Summarise how the recovery copy differs from the file on disk."""
        from journeymapper.fileformat import load_journey

        try:
            recovered = self.entry.load()
        except JourneyFileError as error:
            self.details.setPlainText("\n".join(error.lines(*ui_language())))
            self.details.setVisible(True)
            return
        original = None
        if self.entry.original_path and Path(self.entry.original_path).is_file():
            try:
                original = load_journey(self.entry.original_path).journey
            except JourneyFileError:
                original = None
        self.details.setPlainText("\n".join(describe_differences(original, recovered)))
        self.details.setVisible(True)
        self.adjustSize()
