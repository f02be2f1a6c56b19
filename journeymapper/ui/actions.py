"""Every command of the editor as a QAction: text, icon, shortcut, tooltip and status tip.

Actions are created once per window and shared by the menus, the toolbar and the
context menus. Canvas actions with single-key shortcuts (P, K, C, 1–5 …) are scoped
to the map view, so typing in the inspector never triggers them. Icons are tinted to
the theme's button text (`theme.themed_icon`), so they stay visible on dark chrome.

The texts are written as `Actions.tr("…")`: pyside6-lupdate files a `X.tr()` call
under the context `X`, the same context `Actions.tr` looks them up in at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from journeymapper.ui.theme import themed_icon

SK = QKeySequence.StandardKey


class Actions:
    """The translation context of the actions' texts (no instances)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)


def tooltip(tip: str, keys: list[QKeySequence]) -> str:
    """`tip` and the first shortcut in Qt's native text, once: "Save the map (Ctrl+S)".

    Tips are prose; the key is added here, in the platform's own words (⌘S on a Mac,
    "Mayús" in Spanish). A tip that still ends with one of its shortcuts in parentheses, as
    an older catalogue may have it ("… (P)", "… (−)"), loses that copy first.
    """
    if not keys:
        return tip
    written = re.search(r"\s*\(([^()]+)\)$", tip)
    if written:
        text = written.group(1).replace("\u2212", "-")  # a typographic minus for the '-' key
        formats = (QKeySequence.SequenceFormat.PortableText, QKeySequence.SequenceFormat.NativeText)
        if any(QKeySequence.fromString(text, f) in keys for f in formats):
            tip = tip[: written.start()]
    return f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    tip: str
    icon: str = ""
    keys: tuple[QKeySequence | SK | str, ...] = ()
    canvas: bool = False  # shortcut only while the map view has focus


def _specs() -> list[Spec]:
    return [
        # File
        Spec("new", Actions.tr("&New…"), Actions.tr("Start a new map from a template"), "new", (SK.New,)),
        Spec("open", Actions.tr("&Open…"), Actions.tr("Open a .journey file"), "open", (SK.Open,)),
        Spec("save", Actions.tr("&Save"), Actions.tr("Save the map"), "save", (SK.Save,)),
        Spec(
            "save_as", Actions.tr("Save &As…"), Actions.tr("Save the map under a new name"), "", (SK.SaveAs,)
        ),
        Spec(
            "export",
            Actions.tr("&Export Poster…"),
            Actions.tr("Export the map as a PDF, SVG or PNG poster"),
            "export",
            ("Ctrl+E",),
        ),
        Spec(
            "preferences",
            Actions.tr("Pre&ferences…"),
            Actions.tr("Language, theme, autosave, defaults for new maps and posters"),
            "",
            (SK.Preferences, "Ctrl+,"),
        ),
        Spec("close", Actions.tr("&Close"), Actions.tr("Close this map"), "", (SK.Close,)),
        Spec("quit", Actions.tr("&Quit"), Actions.tr("Quit JourneyMapper"), "", (SK.Quit,)),
        # Edit
        Spec("cut", Actions.tr("Cu&t"), Actions.tr("Cut the selected cards"), "cut", (SK.Cut,), canvas=True),
        Spec(
            "copy",
            Actions.tr("&Copy"),
            Actions.tr("Copy the selected cards"),
            "copy",
            (SK.Copy,),
            canvas=True,
        ),
        Spec(
            "paste",
            Actions.tr("&Paste"),
            Actions.tr("Paste cards into the selected cell"),
            "paste",
            (SK.Paste,),
            canvas=True,
        ),
        Spec(
            "duplicate",
            Actions.tr("D&uplicate"),
            Actions.tr("Duplicate the selected cards"),
            "duplicate",
            ("Ctrl+D",),
            canvas=True,
        ),
        Spec(
            "delete",
            Actions.tr("&Delete"),
            Actions.tr("Delete the selection (with its pain points)"),
            "delete",
            (SK.Delete,),
            canvas=True,
        ),
        Spec(
            "select_all",
            Actions.tr("Select &All"),
            Actions.tr("Select every card"),
            "",
            (SK.SelectAll,),
            canvas=True,
        ),
        Spec(
            "edit_title",
            Actions.tr("&Rename / Edit Title"),
            Actions.tr("Edit the selected card's title or header's name"),
            "",
            ("F2",),
            canvas=True,
        ),
        # Map
        Spec(
            "add_card",
            Actions.tr("Add &Card"),
            Actions.tr("Add a card to the selected cell"),
            "add-card",
            ("N",),
            canvas=True,
        ),
        Spec(
            "add_stage",
            Actions.tr("Add &Stage"),
            Actions.tr("Add a stage (a column) after the selected one"),
            "add-stage",
        ),
        Spec(
            "add_lane",
            Actions.tr("Add &Lane"),
            Actions.tr("Add a lane (a row) below the selected one"),
            "add-lane",
        ),
        Spec(
            "collapse_lane",
            Actions.tr("Collapse / Expand Lane"),
            Actions.tr("Fold the selected lane to a thin row"),
            "",
            ("L",),
            canvas=True,
        ),
        Spec(
            "move_left",
            Actions.tr("Move Stage Left / Lane Up"),
            Actions.tr("Move the selected stage or lane back"),
            "",
            ("Ctrl+Shift+Left",),
            canvas=True,
        ),
        Spec(
            "move_right",
            Actions.tr("Move Stage Right / Lane Down"),
            Actions.tr("Move the selected stage or lane forward"),
            "",
            ("Ctrl+Shift+Right",),
            canvas=True,
        ),
        Spec(
            "connect_cards",
            Actions.tr("C&onnect To…"),
            Actions.tr("Connect the selected card to the next card you click"),
            "connect",
            ("C",),
            canvas=True,
        ),
        Spec(
            "add_pain",
            Actions.tr("Add &Pain Point"),
            Actions.tr("Add a pain point to the selected card"),
            "pain-point",
            ("P",),
            canvas=True,
        ),
        Spec(
            "add_opportunity",
            Actions.tr("Add Oppor&tunity"),
            Actions.tr("Add an opportunity to the selected card and type it in place"),
            "",
            ("O",),
            canvas=True,
        ),
        Spec(
            "edit_note",
            Actions.tr("Edit &Note"),
            Actions.tr("Write the selected card's note (its description) in place"),
            "",
            ("D",),
            canvas=True,
        ),
        Spec(
            "action_for_pain",
            Actions.tr("Create &Action for This Pain"),
            Actions.tr("Add an action to the plan for the selected pain point, linked to it"),
            "",
            ("Shift+A",),
            canvas=True,
        ),
        Spec(
            "cycle_kind",
            Actions.tr("Cycle Pain &Kind"),
            Actions.tr("Frustration → inefficiency → need → …"),
            "",
            ("K",),
            canvas=True,
        ),
        Spec(
            "severity_up",
            Actions.tr("Raise Severity"),
            Actions.tr("Make the pain point more severe"),
            "",
            ("Shift+Up",),
            canvas=True,
        ),
        Spec(
            "severity_down",
            Actions.tr("Lower Severity"),
            Actions.tr("Make the pain point less severe"),
            "",
            ("Shift+Down",),
            canvas=True,
        ),
        Spec(
            "vote_up",
            Actions.tr("Vote +1"),
            Actions.tr("Add a vote to the pain point"),
            "",
            ("+", "="),
            canvas=True,
        ),
        Spec(
            "vote_down",
            Actions.tr("Vote −1"),
            Actions.tr("Remove a vote from the pain point"),
            "",
            ("-",),
            canvas=True,
        ),
        *[
            Spec(
                f"emotion_{n}",
                Actions.tr("Emotion %1").replace("%1", str(n)),
                Actions.tr("Set the selected cards' emotion (1 = lowest, 5 = highest)"),
                "",
                (str(n),),
                canvas=True,
            )
            for n in range(1, 6)
        ],
        Spec(
            "emotion_clear",
            Actions.tr("Clear Emotion"),
            Actions.tr("Remove the selected cards' emotion"),
            "",
            ("0", "Backspace"),
            canvas=True,
        ),
        # View
        Spec(
            "zoom_in",
            Actions.tr("Zoom &In"),
            Actions.tr("Zoom in (Ctrl+wheel)"),
            "zoom-in",
            (SK.ZoomIn, "Ctrl+="),
        ),
        Spec(
            "zoom_out",
            Actions.tr("Zoom &Out"),
            Actions.tr("Zoom out (Ctrl+wheel)"),
            "zoom-out",
            (SK.ZoomOut,),
        ),
        Spec(
            "zoom_reset",
            Actions.tr("&Actual Size"),
            Actions.tr("Show the map at 100 %"),
            "zoom-reset",
            ("Ctrl+0",),
        ),
        Spec(
            "zoom_fit",
            Actions.tr("&Fit to Window"),
            Actions.tr("Show the whole map"),
            "zoom-fit",
            ("Ctrl+Shift+F",),
        ),
        Spec(
            "large_text",
            Actions.tr("&Large Text for Projectors"),
            Actions.tr("Bigger type on the canvas, for a room"),
            "",
            ("Ctrl+Shift+L",),
        ),
        Spec(
            "presentation",
            Actions.tr("&Presentation View"),
            Actions.tr(
                "The map alone, full screen, for the projector: Page Down / Page Up go stage by "
                "stage, Home shows the whole journey, Escape or F5 leaves"
            ),
            "",
            ("F5",),
        ),
        # Help
        Spec(
            "shortcuts",
            Actions.tr("&Keyboard Shortcuts"),
            Actions.tr("List every key of the editor"),
            "",
            (SK.HelpContents, "F1"),
        ),
        Spec("about", Actions.tr("&About JourneyMapper"), Actions.tr("Version and licence")),
    ]


class EditorActions:
    """The window's actions by name: `actions["save"]` or `actions.save`."""

    def __init__(self, window: QWidget, canvas: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        self._icons: dict[str, str] = {}
        for spec in _specs():
            action = QAction(spec.text, window)
            action.setObjectName(f"action_{spec.name}")
            if spec.icon:
                self._icons[spec.name] = spec.icon
                action.setIcon(themed_icon(spec.icon))
            expanded: list[QKeySequence] = []
            for key in spec.keys:
                found = QKeySequence.keyBindings(key) if isinstance(key, SK) else [QKeySequence(key)]
                expanded += [k for k in found if k not in expanded]  # every platform binding, once
            if expanded:
                action.setShortcuts(expanded)
            action.setToolTip(tooltip(spec.tip, expanded))
            action.setStatusTip(spec.tip)
            if spec.canvas:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                canvas.addAction(action)
            else:
                window.addAction(action)
            self._actions[spec.name] = action

        self["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu
        self["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    def retint(self, palette: QPalette | None = None) -> None:
        """Recolour the icons for the current theme (after a switch between light and dark)."""
        for name, icon_name in self._icons.items():
            self._actions[name].setIcon(themed_icon(icon_name, palette))

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError:
            raise AttributeError(name) from None

    def names(self) -> list[str]:
        return list(self._actions)


def main_toolbar(window: QMainWindow, a: EditorActions, undo: QAction, redo: QAction) -> QToolBar:
    """The window's toolbar: file, history, building the map, zoom, export — icons only."""
    bar = QToolBar(Actions.tr("Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setIconSize(QSize(20, 20))
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.addActions([a.new, a.open, a.save])
    bar.addSeparator()
    bar.addActions([undo, redo])
    SteadyButtons(bar, [undo, redo])
    bar.addSeparator()
    bar.addActions([a.add_card, a.add_stage, a.add_lane, a.add_pain, a.connect_cards, a.delete])
    bar.addSeparator()
    bar.addActions([a.zoom_out, a.zoom_in, a.zoom_fit])
    bar.addSeparator()
    bar.addAction(a.export)
    window.addToolBar(bar)
    return bar


class SteadyButtons(QObject):
    """Toolbar buttons for actions that change on every edit (Undo, Redo), without a relayout.

    The undo stack renames its actions ("Undo Move card") and enables or disables them on
    every edit. Qt answers each such change by copying the action into its toolbar button
    (setting its text and icon, which asks for a new size) and by laying out the toolbar
    again, and then the main window with its docks and their tab bars: about 1.5 ms of
    every edit at 10,000 cards, for buttons whose size never changes (icons only). This
    filter takes those change events and updates only what the buttons show: enabled,
    tool tip and icon (retinted when the theme changes).
    """

    def __init__(self, bar: QToolBar, actions: list[QAction]) -> None:
        super().__init__(bar)
        self._actions = list(actions)
        bar.installEventFilter(self)
        for action in actions:
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ActionChanged or not isinstance(event, QActionEvent):
            return False
        action = event.action()
        if action not in self._actions or not action.isVisible():
            return False
        if isinstance(watched, QToolButton):
            watched.setEnabled(action.isEnabled())
            watched.setToolTip(action.toolTip())
            if action.icon().cacheKey() != watched.icon().cacheKey():
                watched.setIcon(action.icon())
        return True  # the toolbar's layout and the button's size are as they were
