"""View-menu controls for large maps: minimap, card density, and folding stages.

Kept beside the canvas rather than in the main window, so the window only places the
menu entries; the behaviour lives here. The minimap switch and the density are ways
of *looking* at a map, so they are remembered per user (settings), not saved in the
file; a folded stage is part of the map (`Stage.collapsed`), so folding one is an
undoable edit saved with it, exactly like folding a lane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from journeymapper.layout.maplayout import DENSITIES, Density, LayoutOptions
from journeymapper.model.commands import Command, Macro, UpdateItem
from journeymapper.model.entities import Stage
from journeymapper.ui.canvas.minimap import Minimap
from journeymapper.ui.canvas.view import MapView
from journeymapper.ui.preferences import app_settings

KEY_MINIMAP = "view/minimap"
KEY_DENSITY = "view/density"


def saved_density() -> Density:
    """The card density the user last chose (full cards until they choose another)."""
    saved = str(app_settings().value(KEY_DENSITY, "full"))
    return next((d for d in DENSITIES if d == saved), "full")


def initial_options() -> LayoutOptions:
    """Layout options for a new window's scene: laid out once, already in the saved density."""
    return LayoutOptions(density=saved_density())


class LargeMapControls(QObject):
    """The minimap over a view, and the View-menu actions for large maps."""

    def __init__(self, view: MapView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.map_scene
        self.minimap = Minimap(view)
        settings = app_settings()

        self.show_minimap = QAction(self.tr("&Minimap"), self)
        self.show_minimap.setObjectName("showMinimap")
        self.show_minimap.setCheckable(True)
        self.show_minimap.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.show_minimap.setStatusTip(
            self.tr("Show the whole map in a corner of the canvas; click or drag it to move around")
        )
        on = bool(settings.value(KEY_MINIMAP, True, type=bool))
        self.show_minimap.setChecked(on)
        self.minimap.enabled_by_user = on  # shown (if wanted) after the window's first frame
        self.show_minimap.toggled.connect(self._set_minimap)

        labels = {
            "full": (self.tr("&Full Cards"), self.tr("Cards with all their text, channel and pains")),
            "compact": (self.tr("&Compact Cards"), self.tr("Each card's title and emotion only")),
            "dots": (self.tr("&Dots"), self.tr("Each card as a dot in its emotion's colour: thousands fit")),
        }
        self.density_group = QActionGroup(self)
        self.density_actions: dict[Density, QAction] = {}
        for density in DENSITIES:
            text, tip = labels[density]
            action = QAction(text, self.density_group)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.triggered.connect(lambda checked=False, d=density: self.set_density(d))
            self.density_actions[density] = action
        self.set_density(saved_density(), remember=False)

        self.fold_stage = QAction(self.tr("Collapse / Expand &Stage"), self)
        self.fold_stage.setStatusTip(self.tr("Fold the selected stage to a narrow column, or open it again"))
        self.fold_stage.triggered.connect(lambda checked=False: self.toggle_stage())
        self.expand_stages = QAction(self.tr("&Expand All Stages"), self)
        self.expand_stages.setStatusTip(self.tr("Open every folded stage"))
        self.expand_stages.triggered.connect(lambda checked=False: self.expand_all_stages())

    # --- minimap ---------------------------------------------------------------------------
    def _set_minimap(self, on: bool) -> None:
        self.minimap.set_enabled_by_user(on)
        settings = app_settings()
        settings.setValue(KEY_MINIMAP, on)
        settings.sync()

    # --- density ---------------------------------------------------------------------------
    def density(self) -> Density:
        return self.scene.engine.options.density

    def set_density(self, density: Density, remember: bool = True) -> None:
        """Lay the map out with full cards, compact cards or dots; the view stays where it was."""
        self.density_actions[density].setChecked(True)
        if density != self.density():
            centre = self.view.visible_scene_rect().center()
            before = self.scene.layout.display
            self.scene.set_density(density)
            after = self.scene.layout.display
            # Keep the same part of the journey in view: the map changes size, not order.
            sx = after.width / before.width if before.width else 1.0
            sy = after.height / before.height if before.height else 1.0
            self.view.centerOn(centre.x() * sx, centre.y() * sy)
        if remember:
            settings = app_settings()
            settings.setValue(KEY_DENSITY, density)
            settings.sync()

    # --- folding stages --------------------------------------------------------------------
    def current_stage(self) -> Stage | None:
        """The stage to fold: the clicked stage header, else the selected card's stage."""
        journey = self.scene.document.journey
        header = self.scene.current_header
        if header is not None and header[0] == "stage-header":
            return journey.stage(header[1])
        cards = self.scene.selected_card_ids()
        card = journey.touchpoint(cards[0]) if cards else None
        return journey.stage(card.stage_id) if card is not None else None

    def toggle_stage(self, stage_id: str | None = None) -> bool:
        journey = self.scene.document.journey
        stage = journey.stage(stage_id) if stage_id is not None else self.current_stage()
        if stage is None:
            window = self.view.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Click a stage's header (or one of its cards) first, then fold it."),
                    8000,
                )
            return False
        text = self.tr("Expand stage") if stage.collapsed else self.tr("Collapse stage")
        command = UpdateItem("stages", stage.id, {"collapsed": not stage.collapsed})
        return self.scene.document.push(command, text)

    def expand_all_stages(self) -> bool:
        stages = self.scene.document.journey.stages
        folded: list[Command] = [
            UpdateItem("stages", s.id, {"collapsed": False}) for s in stages if s.collapsed
        ]
        if not folded:
            return False
        text = self.tr("Expand all stages")
        return self.scene.document.push(Macro(text, folded), text)

    # --- the menu --------------------------------------------------------------------------
    def add_to(self, menu: QMenu) -> None:
        """Place the large-map entries in the View menu."""
        menu.addSeparator()
        menu.addAction(self.show_minimap)
        density = menu.addMenu(self.tr("Card &Density"))
        density.setObjectName("densityMenu")
        density.addActions(list(self.density_actions.values()))
        menu.addActions([self.fold_stage, self.expand_stages])
