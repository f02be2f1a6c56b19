"""What the editor does when its file changes on disk: reload, keep mine, or merge.

Why a guard object per window: the document notices the change (file watcher, and a
check before every save); deciding needs a person, so the window asks. A map without
unsaved edits simply follows its file (undoable). With unsaved edits the choice is
offered: take the file, keep mine (the next save replaces the file), or merge — a
three-way merge with the version last loaded as the base, conflicts listed. Nothing is
ever overwritten silently.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from journeymapper.fileformat import JourneyFileError
from journeymapper.ui.document import Document
from journeymapper.ui.translations import ui_language

Choice = Literal["reload", "keep", "merge", "later"]


class DiskChangeGuard(QObject):
    """Watches one window's document for changes on disk and asks what to do."""

    def __init__(self, window: QWidget, document: Document) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self._asking = False
        document.changed_on_disk.connect(self.offer)

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 10000)

    def ask(self) -> Choice:
        """The person's choice, from a message box with three buttons (Escape: decide later)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Map Changed on Disk"))
        box.setText(self.tr("“%1” was changed on disk by another program.").replace(
            "%1", self.document.display_name()))
        box.setInformativeText(self.tr(
            "You have unsaved changes. Reload takes the version on disk (Undo brings yours "
            "back); Keep Mine saves over it next time; Merge combines both, using the version "
            "you opened as the common ancestor."))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        choices: dict[object, Choice] = {reload: "reload", keep: "keep", merge: "merge"}
        return choices.get(clicked, "later")

    def offer(self, *, saving: bool = False) -> Choice:
        """Act on a change on disk; returns what was done."""
        if self._asking or self.document.disk_state() != "changed":
            return "later"
        self._asking = True
        try:
            if not self.document.is_modified and not saving:
                choice: Choice = "reload"
            else:
                choice = self.ask()
            return self._act(choice)
        finally:
            self._asking = False

    def _act(self, choice: Choice) -> Choice:
        try:
            if choice == "reload":
                self.document.reload()
                self._status(self.tr("Reloaded “%1”: it was changed on disk.").replace(
                    "%1", self.document.display_name()))
            elif choice == "keep":
                self.document.keep_mine()
            elif choice == "merge":
                self._merge()
        except JourneyFileError as error:
            why = "\n".join(error.lines(*ui_language()))
            QMessageBox.warning(self.window, self.tr("Map Changed on Disk"), self.tr(
                "The version on disk cannot be read, so yours is kept:") + "\n" + why)
            self.document.keep_mine()
            return "keep"
        return choice

    def _merge(self) -> None:
        from journeymapper.teams.merge import report_lines

        result = self.document.merge_from_disk()
        if result.clean:
            self._status(self.tr("Merged the changes from disk; save to keep the result."))
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Merged with Conflicts"))
        box.setText(self.tr("Merged, but %n change(s) collided; yours were kept.", "",
                            len(result.conflicts) + len(result.repairs)))
        box.setInformativeText(self.tr("Check the objects listed below, then save."))
        box.setDetailedText("\n".join(report_lines(result)))
        box.exec()
        box.deleteLater()

    def before_save(self) -> bool:
        """Called before saving to the document's own file: False stops that save."""
        if self.document.path is None or self.document.disk_state() != "changed":
            return True
        return self.offer(saving=True) in ("keep", "merge")
