"""Every command of the editor as a QAction: text, icon, shortcut, tooltip and status tip.

Actions are created once per window and shared by the menus, the toolbar and the
context menus. Canvas actions with single-key shortcuts (P, K, C, 1–5 …) are scoped
to the map view, so typing in the inspector never triggers them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from journeymapper.ui.icons import icon

SK = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


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
        Spec("new", tr("&New…"), tr("Start a new map from a template"), "new", (SK.New,)),
        Spec("open", tr("&Open…"), tr("Open a .journey file"), "open", (SK.Open,)),
        Spec("save", tr("&Save"), tr("Save the map"), "save", (SK.Save,)),
        Spec("save_as", tr("Save &As…"), tr("Save the map under a new name"), "", (SK.SaveAs,)),
        Spec(
            "export",
            tr("&Export Poster…"),
            tr("Export the map as a PDF, SVG or PNG poster"),
            "export",
            ("Ctrl+E",),
        ),
        Spec("close", tr("&Close"), tr("Close this map"), "", (SK.Close,)),
        Spec("quit", tr("&Quit"), tr("Quit JourneyMapper"), "", (SK.Quit,)),
        # Edit
        Spec("cut", tr("Cu&t"), tr("Cut the selected cards"), "cut", (SK.Cut,), canvas=True),
        Spec("copy", tr("&Copy"), tr("Copy the selected cards"), "copy", (SK.Copy,), canvas=True),
        Spec(
            "paste", tr("&Paste"), tr("Paste cards into the selected cell"), "paste", (SK.Paste,), canvas=True
        ),
        Spec(
            "duplicate",
            tr("D&uplicate"),
            tr("Duplicate the selected cards"),
            "duplicate",
            ("Ctrl+D",),
            canvas=True,
        ),
        Spec(
            "delete",
            tr("&Delete"),
            tr("Delete the selection (with its pain points)"),
            "delete",
            (SK.Delete,),
            canvas=True,
        ),
        Spec("select_all", tr("Select &All"), tr("Select every card"), "", (SK.SelectAll,), canvas=True),
        Spec(
            "edit_title",
            tr("&Rename / Edit Title"),
            tr("Edit the selected card's title or header's name"),
            "",
            ("F2",),
            canvas=True,
        ),
        # Map
        Spec(
            "add_card",
            tr("Add &Card"),
            tr("Add a card to the selected cell (N)"),
            "add-card",
            ("N",),
            canvas=True,
        ),
        Spec("add_stage", tr("Add &Stage"), tr("Add a stage (a column) after the selected one"), "add-stage"),
        Spec("add_lane", tr("Add &Lane"), tr("Add a lane (a row) below the selected one"), "add-lane"),
        Spec(
            "collapse_lane",
            tr("Collapse / Expand Lane"),
            tr("Fold the selected lane to a thin row (L)"),
            "",
            ("L",),
            canvas=True,
        ),
        Spec(
            "move_left",
            tr("Move Stage Left / Lane Up"),
            tr("Move the selected stage or lane back"),
            "",
            ("Ctrl+Shift+Left",),
            canvas=True,
        ),
        Spec(
            "move_right",
            tr("Move Stage Right / Lane Down"),
            tr("Move the selected stage or lane forward"),
            "",
            ("Ctrl+Shift+Right",),
            canvas=True,
        ),
        Spec(
            "connect_cards",
            tr("C&onnect To…"),
            tr("Connect the selected card to the next card you click (C)"),
            "connect",
            ("C",),
            canvas=True,
        ),
        Spec(
            "add_pain",
            tr("Add &Pain Point"),
            tr("Add a pain point to the selected card (P)"),
            "pain-point",
            ("P",),
            canvas=True,
        ),
        Spec(
            "cycle_kind",
            tr("Cycle Pain &Kind"),
            tr("Frustration → inefficiency → need → … (K)"),
            "",
            ("K",),
            canvas=True,
        ),
        Spec(
            "severity_up",
            tr("Raise Severity"),
            tr("Make the pain point more severe (Shift+Up)"),
            "",
            ("Shift+Up",),
            canvas=True,
        ),
        Spec(
            "severity_down",
            tr("Lower Severity"),
            tr("Make the pain point less severe (Shift+Down)"),
            "",
            ("Shift+Down",),
            canvas=True,
        ),
        Spec("vote_up", tr("Vote +1"), tr("Add a vote to the pain point (+)"), "", ("+", "="), canvas=True),
        Spec(
            "vote_down", tr("Vote −1"), tr("Remove a vote from the pain point (−)"), "", ("-",), canvas=True
        ),
        *[
            Spec(
                f"emotion_{n}",
                tr("Emotion %1").replace("%1", str(n)),
                tr("Set the selected cards' emotion (1 = lowest, 5 = highest)"),
                "",
                (str(n),),
                canvas=True,
            )
            for n in range(1, 6)
        ],
        Spec(
            "emotion_clear",
            tr("Clear Emotion"),
            tr("Remove the selected cards' emotion (0)"),
            "",
            ("0", "Backspace"),
            canvas=True,
        ),
        # View
        Spec("zoom_in", tr("Zoom &In"), tr("Zoom in (Ctrl+wheel)"), "zoom-in", (SK.ZoomIn, "Ctrl+=")),
        Spec("zoom_out", tr("Zoom &Out"), tr("Zoom out (Ctrl+wheel)"), "zoom-out", (SK.ZoomOut,)),
        Spec("zoom_reset", tr("&Actual Size"), tr("Show the map at 100 %"), "zoom-reset", ("Ctrl+0",)),
        Spec("zoom_fit", tr("&Fit to Window"), tr("Show the whole map"), "zoom-fit", ("Ctrl+Shift+F",)),
        Spec(
            "large_text",
            tr("&Large Text for Projectors"),
            tr("Bigger type on the canvas, for a room"),
            "",
            ("Ctrl+Shift+L",),
        ),
        # Help
        Spec(
            "shortcuts", tr("&Keyboard Shortcuts"), tr("List the keys of the canvas"), "", (SK.HelpContents,)
        ),
        Spec("about", tr("&About JourneyMapper"), tr("Version and licence")),
    ]


class EditorActions:
    """The window's actions by name: `actions["save"]` or `actions.save`."""

    def __init__(self, window: QWidget, canvas: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in _specs():
            action = QAction(spec.text, window)
            action.setObjectName(f"action_{spec.name}")
            if spec.icon:
                action.setIcon(icon(spec.icon))
            expanded: list[QKeySequence] = []
            for key in spec.keys:
                if isinstance(key, SK):
                    expanded += QKeySequence.keyBindings(key)  # every platform binding
                else:
                    expanded.append(QKeySequence(key))
            if expanded:
                action.setShortcuts(expanded)
                shown = expanded[0].toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{spec.tip} ({shown})" if shown not in spec.tip else spec.tip)
            else:
                action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
            if spec.canvas:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                canvas.addAction(action)
            else:
                window.addAction(action)
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError:
            raise AttributeError(name) from None

    def names(self) -> list[str]:
        return list(self._actions)
