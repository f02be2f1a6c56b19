"""Right-click menus on cards, pain points, cells and headers, built from the window's actions.

Icons are tinted for the theme; a pain's menu starts with the workshop's most common
next step, "Create action for this pain", which goes to the workbench's action plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from journeymapper.model.commands import Command, UpdateItem
from journeymapper.model.vocabulary import Channel, display_name
from journeymapper.ui.panels.binding import ui_language
from journeymapper.ui.theme import themed_icon

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow


class ContextMenus(QObject):
    """Builds the menu that fits what was right-clicked."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_menu: QMenu | None = None  # kept for tests and accessibility tools

    def build(self, key: tuple[str, str] | None, cell: tuple[str, str] | None) -> QMenu:
        w = self.window
        a = w.editor_actions
        menu = QMenu(w)
        role, ref = key if key is not None else (None, "")
        if role == "card" or role == "emotion-point":
            menu.addActions([a.edit_title, a.add_pain, a.connect_cards])
            emotion = menu.addMenu(themed_icon("emotion"), self.tr("Emotion"))
            emotion.addActions([a[f"emotion_{n}"] for n in range(1, 6)] + [a.emotion_clear])
            menu.addMenu(self._channel_menu(menu))
            menu.addSeparator()
            menu.addActions([a.cut, a.copy, a.paste, a.duplicate])
            menu.addSeparator()
            menu.addAction(a.delete)
        elif role == "pain":
            menu.addAction(a.action_for_pain)
            menu.addSeparator()
            menu.addActions([a.cycle_kind, a.severity_up, a.severity_down, a.vote_up, a.vote_down])
            menu.addSeparator()
            menu.addAction(a.delete)
        elif role == "stage-header":
            menu.addAction(a.edit_title)
            menu.addAction(w.large_maps.fold_stage)
            menu.addAction(self.tr("Add Stage Before"), lambda: w.editor.add_stage(before=True))
            menu.addAction(themed_icon("add-stage"), self.tr("Add Stage After"), lambda: w.editor.add_stage())
            menu.addActions([a.move_left, a.move_right])
            menu.addSeparator()
            menu.addAction(
                themed_icon("delete"),
                self.tr("Delete Stage"),
                lambda: w.editor.delete_header("stages", ref),
            )
        elif role == "lane-label":
            menu.addAction(a.edit_title)
            menu.addAction(a.collapse_lane)
            menu.addAction(self.tr("Add Lane Above"), lambda: w.editor.add_lane(before=True))
            menu.addAction(themed_icon("add-lane"), self.tr("Add Lane Below"), lambda: w.editor.add_lane())
            menu.addActions([a.move_left, a.move_right])
            menu.addSeparator()
            menu.addAction(
                themed_icon("delete"), self.tr("Delete Lane"), lambda: w.editor.delete_header("lanes", ref)
            )
        elif cell is not None:
            menu.addAction(
                themed_icon("add-card"), self.tr("Add Card Here"), lambda: w.editor.begin_new_card(*cell)
            )
            menu.addAction(a.paste)
            menu.addSeparator()
            menu.addActions([a.add_stage, a.add_lane])
        else:
            menu.addActions([a.add_stage, a.add_lane, a.zoom_fit])
        return menu

    def _channel_menu(self, parent: QMenu) -> QMenu:
        w = self.window
        menu = QMenu(self.tr("Channel"), parent)
        language = ui_language()  # the chrome's language; the card shows the map's
        cards = w.scene.selected_card_ids()

        def set_channel(value: Channel | None) -> None:
            commands: list[Command] = [UpdateItem("touchpoints", c, {"channel": value}) for c in cards]
            if len(commands) == 1:
                w.document.push(commands[0], self.tr("Set channel"))
            elif commands:
                from journeymapper.model.commands import Macro

                w.document.push(Macro("Set channel", commands), self.tr("Set channel"))

        menu.addAction(self.tr("(none)"), lambda: set_channel(None))
        for channel in Channel:
            menu.addAction(
                themed_icon(channel.value), display_name(channel, language), lambda c=channel: set_channel(c)
            )
        return menu

    def show_for(self, key: tuple[str, str] | None, cell: tuple[str, str] | None, screen_pos: QPoint) -> None:
        menu = self.build(key, cell)
        self.last_menu = menu
        menu.popup(screen_pos)
