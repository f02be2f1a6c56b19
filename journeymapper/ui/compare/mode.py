"""Compare mode: the open map against another version of it, without changing either.

Why read-only: comparing is looking. The differences are drawn over the canvas
(outlines for added, changed and moved objects, dashed ghosts for removed cards) and
listed in a panel grouped by stage; choosing a row selects and shows that object.
Leaving compare mode removes the marks and the panel — the map, its undo history and
its file are exactly as before. Edits made while comparing are compared again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.fileformat import JourneyFileError
from journeymapper.model.journey import JourneyMap
from journeymapper.teams.diff import Change, MapDiff, diff_maps
from journeymapper.teams.diff_report import grouped_lines
from journeymapper.ui.compare import sources
from journeymapper.ui.compare.overlay import ROLES, CompareOverlay

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ComparePanel(QWidget):
    """The list of differences, grouped by stage, and the button that ends compare mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("compareList")
        self.leave = QPushButton(self.tr("Leave Compare"))
        self.leave.setObjectName("leaveCompare")
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.leave)

    def fill(self, label: str, diff: MapDiff, language: str) -> None:
        self.list.clear()
        if diff.equal:
            self.heading.setText(self.tr("No differences from %1.").replace("%1", label))
            return
        self.heading.setText(self.tr("%n difference(s) from %1:", "", len(diff.changes)).replace("%1", label))
        for text, change in grouped_lines(diff, language):
            item = QListWidgetItem(text.strip())
            if change is None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setData(CHANGE_ROLE, id(change))
            self.list.addItem(item)


class CompareMode(QObject):
    """Compare mode of one editor window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other: JourneyMap | None = None
        self.label = ""
        self.diff: MapDiff | None = None
        self._changes: dict[int, Change] = {}
        self.overlay = CompareOverlay(window.scene)  # type: ignore[attr-defined]
        self.panel = ComparePanel()
        self.dock = QDockWidget(self.tr("Compare"), window)
        self.dock.setObjectName("compareDock")
        self.dock.setWidget(self.panel)
        self.dock.hide()
        self.panel.leave.clicked.connect(self.leave)
        self.panel.list.currentItemChanged.connect(self._on_row)
        self._refresh = QTimer(self, singleShot=True, interval=150)
        self._refresh.timeout.connect(self.refresh)
        window.document.changed.connect(self._on_document_changed)  # type: ignore[attr-defined]

    @property
    def active(self) -> bool:
        return self.other is not None

    def start(self, other: JourneyMap, label: str) -> None:
        """Show the differences from `other` (the older version) to the open map."""
        self.other, self.label = other, label
        if self.dock.parent() is self.window and self.window.dockWidgetArea(self.dock) == \
                Qt.DockWidgetArea.NoDockWidgetArea:
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.refresh()

    def refresh(self) -> None:
        if self.other is None:
            return
        window = self.window
        journey: JourneyMap = window.document.journey  # type: ignore[attr-defined]
        self.diff = diff_maps(self.other, journey)
        self._changes = {id(c): c for c in self.diff.changes}
        scene = window.scene  # type: ignore[attr-defined]
        rects: dict[tuple[str, str], QRectF] = {}
        for change in self.diff.changes:
            role = ROLES.get(change.collection)
            if role is None or change.id is None:
                continue
            box = scene.box_of((role, change.id))  # arrows on big maps have no item of their own
            if box is not None:
                rects[(role, change.id)] = box
        self.overlay.show(self.diff, scene.layout, rects)
        language = QLocale().name()[:2]
        self.panel.fill(self.label, self.diff, language if language in ("en", "es") else "en")

    def leave(self) -> None:
        """End compare mode: marks and panel go; nothing else changes."""
        self.other, self.diff = None, None
        self._changes = {}
        self.overlay.clear()
        self.panel.list.clear()
        self.dock.hide()

    def _on_document_changed(self, _changes: object) -> None:
        if self.active:
            self._refresh.start()

    def _on_row(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        change = self._changes.get(item.data(CHANGE_ROLE))
        if change is None:
            return
        scene = self.window.scene  # type: ignore[attr-defined]
        view = self.window.view  # type: ignore[attr-defined]
        if change.id is not None and change.kind != "removed":
            scene.select_object(change.id)
        mark = self.overlay.marks.get(id(change))
        if mark is not None:
            view.centerOn(mark.rect.center())

    # --- choosing what to compare with -------------------------------------------------
    def as_is_to_be(self, to_be_path: str | None = None) -> QDialog | None:
        """This map (as-is) beside another (to-be), both emotion curves in one lane."""
        from journeymapper.ui.compare.as_is_to_be import show_as_is_to_be

        if not to_be_path:
            path = self._path()
            start = str(path.parent) if path is not None else ""
            to_be_path, _ = QFileDialog.getOpenFileName(self.window, self.tr("To-Be Map"), start,
                                                        self.tr("JourneyMapper maps (*.journey)"))
        if not to_be_path:
            return None
        try:
            to_be = sources.from_file(to_be_path)
        except JourneyFileError as error:
            QMessageBox.warning(self.window, self.tr("Compare"), str(error))
            return None
        journey: JourneyMap = self.window.document.journey  # type: ignore[attr-defined]
        return show_as_is_to_be(self.window, journey, to_be)

    def build_menu(self, close_action: QAction) -> QMenu:
        """File ▸ Compare With, placed just before Close."""
        menu = QMenu(self.tr("Compare &With"), self.window)
        menu.setObjectName("compareMenu")
        entries = [
            (self.tr("Another &File…"), self.compare_with_file),
            (self.tr("Last &Saved Version"), self.compare_with_saved),
            (self.tr("&Backup (.bak)"), self.compare_with_backup),
            (self.tr("Earlier &Commit (git)…"), self.compare_with_commit),
            (self.tr("As-Is vs &To-Be…"), self.as_is_to_be),
        ]
        for text, slot in entries:
            menu.addAction(text).triggered.connect(slot)
        menu.addSeparator()
        leave = menu.addAction(self.tr("&Leave Compare"))
        leave.triggered.connect(self.leave)
        menu.aboutToShow.connect(lambda: leave.setEnabled(self.active))
        for top in self.window.menuBar().actions():
            file_menu = top.menu()
            if isinstance(file_menu, QMenu) and close_action in file_menu.actions():
                file_menu.insertMenu(close_action, menu)
                file_menu.insertSeparator(close_action)
                break
        return menu

    def _path(self) -> Path | None:
        path: Path | None = self.window.document.path  # type: ignore[attr-defined]
        return path

    def _try(self, load: object, label: str) -> None:
        try:
            other = load()  # type: ignore[operator]
        except (JourneyFileError, sources.CompareSourceError) as error:
            QMessageBox.warning(self.window, self.tr("Compare"), str(error))
            return
        self.start(other, label)

    def compare_with_file(self) -> None:
        path = self._path()
        start = str(path.parent) if path is not None else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare With"), start,
                                              self.tr("JourneyMapper maps (*.journey)"))
        if name:
            self._try(lambda: sources.from_file(name), Path(name).name)

    def compare_with_saved(self) -> None:
        document = self.window.document  # type: ignore[attr-defined]
        base = document.base_version()
        if base is None:
            QMessageBox.information(self.window, self.tr("Compare"),
                                    self.tr("This map has not been saved yet."))
            return
        self.start(base, self.tr("the last saved version"))

    def compare_with_backup(self) -> None:
        path = self._path()
        if path is None:
            QMessageBox.information(self.window, self.tr("Compare"),
                                    self.tr("This map has not been saved yet."))
            return
        self._try(lambda: sources.from_backup(path), sources.backup_path(path).name)

    def compare_with_commit(self) -> None:
        path = self._path()
        commits = sources.git_commits(path) if path is not None else []
        if path is None or not commits:
            QMessageBox.information(self.window, self.tr("Compare"),
                                    self.tr("This map has no earlier versions in git."))
            return
        labels = [c.label() for c in commits]
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Compare With Commit"),
                                          self.tr("Earlier version:"), labels, 0, False)
        if ok and chosen in labels:
            commit = commits[labels.index(chosen)]
            self._try(lambda: sources.from_commit(path, commit.sha), commit.label())


def install(window: QMainWindow, close_action: QAction) -> CompareMode:
    """Add compare mode and its File ▸ Compare With menu to an editor window."""
    mode = CompareMode(window)
    mode.build_menu(close_action)
    return mode
