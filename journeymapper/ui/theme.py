"""The editor's look, in one place: light and dark chrome, the bundled font, large text for projectors.

Workshops happen in bright offices and in dimmed rooms with a projector, so the
editor offers light, dark, or whatever the system uses. Every text colour here is
checked against the surface it is drawn on with the WCAG 2.x contrast ratio (AA
needs 4.5:1; `tests/test_ui_theme.py` checks every pair). The Fusion style is used
because native styles ignore parts of a custom palette, which would leave dark text
on dark buttons on some platforms. The UI font is the bundled Noto Sans, the same face
the poster is measured and printed with, so the chrome and the map read alike.

This module is the only one that sets the application's palette, style sheet and
font; the canvas asks it for the matching desk colours and layout theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from journeymapper.layout.theme import contrast_ratio as layout_contrast_ratio
from journeymapper.resources import resource
from journeymapper.typesetting.qt_fonts import with_fallbacks
from journeymapper.ui.icons import icon

_Option = TypeVar("_Option", bound=QStyleOption)  # a style option copied as its own class

THEMES = ("light", "dark", "system")
BASE_POINTS = 10.0  # the editor's normal UI size
LARGE_TEXT_FACTOR = 1.4
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")


@dataclass(frozen=True)
class ChromeColours:
    """The colours of one chrome theme, as #RRGGBB."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    placeholder: str
    link: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    good: str  # "on target" text and marks, on base
    bad: str  # "off target", errors, on base
    muted: str  # hints and secondary text, on base and window
    outline: str  # borders of fields, check boxes and buttons (WCAG non-text: 3:1)


LIGHT = ChromeColours(
    name="light",
    window="#F3F4F6",
    window_text="#1F2933",
    base="#FFFFFF",
    alternate_base="#F5F7FA",
    text="#1F2933",
    button="#E8EBEF",
    button_text="#1F2933",
    highlight="#2B64A3",
    highlighted_text="#FFFFFF",
    tooltip_base="#1F2933",
    tooltip_text="#F9FAFB",
    placeholder="#5F6B7A",
    link="#1B5A9E",
    disabled_text="#8E98A4",
    light="#FFFFFF",
    midlight="#E3E6EA",
    mid="#C5CBD3",
    dark="#8A939E",
    shadow="#5F6772",
    good="#18703A",
    bad="#B3261E",
    muted="#56616F",
    outline="#7D8692",
)

DARK = ChromeColours(
    name="dark",
    window="#1E2228",
    window_text="#E3E6EA",
    base="#16191E",
    alternate_base="#1C2026",
    text="#E3E6EA",
    button="#2B3139",
    button_text="#E3E6EA",
    highlight="#2E64A6",
    highlighted_text="#FFFFFF",
    tooltip_base="#E3E6EA",
    tooltip_text="#1E2228",
    placeholder="#939DAA",
    link="#8CB8F2",
    disabled_text="#69727E",
    light="#3A414B",
    midlight="#30363F",
    mid="#3B424C",
    dark="#0F1216",
    shadow="#000000",
    good="#74D392",
    bad="#FF9A8F",
    muted="#A3ACB8",
    outline="#6C7685",
)

CHROME: dict[str, ChromeColours] = {"light": LIGHT, "dark": DARK}

# (foreground, background) pairs that carry readable text, for the contrast test.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("window_text", "midlight"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_base"),
    ("placeholder", "base"),
    ("link", "base"),
    ("good", "base"),
    ("good", "alternate_base"),
    ("bad", "base"),
    ("bad", "alternate_base"),
    ("bad", "window"),
    ("muted", "base"),
    ("muted", "window"),
)


# (border, surface) pairs of interactive controls: WCAG 1.4.11 asks 3:1.
OUTLINE_PAIRS: tuple[tuple[str, str], ...] = (("outline", "base"), ("outline", "window"))


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2.x contrast ratio, 1 (none) to 21 (black on white); AA text needs 4.5.

    The poster's layout checks its colours with the same formula; this accepts QColors.
    """
    return layout_contrast_ratio(QColor(foreground).name(), QColor(background).name())


def build_palette(colours: ChromeColours) -> QPalette:
    """A QPalette with every role our widgets use, in all colour groups."""
    palette = QPalette()
    role = QPalette.ColorRole
    assignments = {
        role.Window: colours.window,
        role.WindowText: colours.window_text,
        role.Base: colours.base,
        role.AlternateBase: colours.alternate_base,
        role.Text: colours.text,
        role.Button: colours.button,
        role.ButtonText: colours.button_text,
        role.BrightText: colours.bad,
        role.Highlight: colours.highlight,
        role.HighlightedText: colours.highlighted_text,
        role.ToolTipBase: colours.tooltip_base,
        role.ToolTipText: colours.tooltip_text,
        role.PlaceholderText: colours.placeholder,
        role.Link: colours.link,
        role.LinkVisited: colours.link,
        role.Light: colours.light,
        role.Midlight: colours.midlight,
        role.Mid: colours.mid,
        role.Dark: colours.dark,
        role.Shadow: colours.shadow,
    }
    for colour_role, value in assignments.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, QColor(colours.disabled_text))
    palette.setColor(disabled, role.Base, QColor(colours.window))
    palette.setColor(disabled, role.Highlight, QColor(colours.mid))
    return palette


def mix(a: str, b: str, t: float) -> str:
    """The colour `t` of the way from `a` to `b` (for hover and pressed shades)."""
    ca, cb = QColor(a), QColor(b)
    channels = (
        round(x + (y - x) * t)
        for x, y in ((ca.red(), cb.red()), (ca.green(), cb.green()), (ca.blue(), cb.blue()))
    )
    return "#{:02X}{:02X}{:02X}".format(*channels)


def stylesheet(colours: ChromeColours) -> str:
    """The chrome's finishing touches in the theme's colours.

    These are the rules of `ui/style.py` (quiet toolbars, rounded fields, soft menus)
    with every colour taken from the theme, plus the workbench's hint and error labels,
    so light and dark look like the same application.
    """
    c = colours
    hover = mix(c.base, c.highlight, 0.10)
    pressed = mix(c.base, c.highlight, 0.22)
    return f"""
QMainWindow, QDockWidget {{ background: {c.window}; }}
QToolBar {{ background: {c.base}; border: none; border-bottom: 1px solid {c.mid};
            padding: 4px 8px; spacing: 2px; }}
QToolBar::separator {{ background: {c.mid}; width: 1px; margin: 4px 8px; }}
QToolBar QToolButton {{ border: 1px solid transparent; border-radius: 6px; padding: 5px; }}
QToolBar QToolButton:hover {{ background: {hover}; border-color: {c.mid}; }}
QToolBar QToolButton:pressed, QToolBar QToolButton:checked {{ background: {pressed}; }}
QDockWidget::title {{ padding: 7px 10px; background: {c.midlight}; font-weight: 600;
                      color: {c.window_text}; }}
QLabel#inspectorHeading {{ font-weight: 600; color: {c.text}; padding: 2px 0 8px 0; }}
QLabel#inspectorSection {{ font-weight: 600; color: {c.muted}; padding-top: 10px; }}
QLineEdit, QPlainTextEdit {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.outline};
    border-radius: 5px; padding: 3px 6px;
    selection-background-color: {c.highlight}; selection-color: {c.highlighted_text}; }}
QLineEdit:focus, QPlainTextEdit:focus {{
    border-color: {c.highlight}; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ color: {c.disabled_text}; background: {c.window}; }}
QComboBox, QSpinBox, QDoubleSpinBox {{ min-height: 1.6em; }}
QTableView QLineEdit {{ border-radius: 0; padding: 0 4px; }}
QLineEdit#inlineEditor {{ border: 2px solid {c.highlight}; border-radius: 4px; background: {c.base};
                          padding: 2px 6px; }}
QStatusBar {{ background: {c.base}; border-top: 1px solid {c.mid}; color: {c.muted}; }}
QUndoView {{ background: {c.base}; border: 1px solid {c.mid}; border-radius: 6px; }}
QMenu {{ background: {c.base}; color: {c.text}; border: 1px solid {c.outline}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 22px; border-radius: 4px; }}
QMenu::item:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}
QMenu::item:disabled {{ color: {c.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {c.mid}; margin: 4px 8px; }}
QGraphicsView#mapView {{ border: 2px solid transparent; }}
QGraphicsView#mapView:focus, QAbstractItemView:focus, QUndoView:focus {{ border: 2px solid {c.highlight}; }}
QToolTip {{ color: {c.tooltip_text}; background-color: {c.tooltip_base}; border: 1px solid {c.mid};
            padding: 4px; }}
QHeaderView::section {{ background-color: {c.button}; color: {c.button_text}; padding: 4px 6px;
                        border: none; border-right: 1px solid {c.mid}; border-bottom: 1px solid {c.mid}; }}
QTableView {{ gridline-color: {c.mid}; }}
QLabel[role="hint"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.bad}; }}
QLabel[role="section"] {{ font-weight: 600; }}
"""


class ChromeStyle(QProxyStyle):
    """Fusion, with field, check-box and button borders in the theme's outline colour.

    Fusion derives borders from the window colour (darker by 40%), which vanishes on
    a dark window: fields and check boxes lose their edges. We hand Fusion a window
    colour whose darker shade is exactly our outline colour, only while it draws them.
    """

    OUTLINED_PRIMITIVES = frozenset(
        {
            QStyle.PrimitiveElement.PE_FrameLineEdit,
            QStyle.PrimitiveElement.PE_PanelLineEdit,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_PanelButtonTool,
            QStyle.PrimitiveElement.PE_Frame,
        }
    )
    OUTLINED_CONTROLS = frozenset(
        {
            QStyle.ComplexControl.CC_ComboBox,
            QStyle.ComplexControl.CC_SpinBox,
            QStyle.ComplexControl.CC_ToolButton,
        }
    )

    def __init__(self, colours: ChromeColours) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.colours = colours
        self._outline_window = QColor(colours.outline).lighter(140)

    def _outlined(self, option: _Option) -> _Option:
        copy = type(option)(option)
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Window, self._outline_window)
        copy.palette = palette
        return copy

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in self.OUTLINED_PRIMITIVES:
            option = self._outlined(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control in self.OUTLINED_CONTROLS:
            option = self._outlined(option)
        super().drawComplexControl(control, option, painter, widget)


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """A bundled stroke icon recoloured to the palette's button text, so it shows on dark buttons.

    The SVGs are drawn in one slate colour that suits light chrome; on dark chrome they
    are repainted (shape kept, colour replaced) at the sizes buttons and menus use.
    """
    base = icon(name)
    pal = palette if palette is not None else QApplication.palette()
    if base.isNull() or pal.color(QPalette.ColorRole.Button).lightness() >= 128:
        return base
    tinted = QIcon()
    colour = pal.color(QPalette.ColorRole.ButtonText)
    for size in (16, 20, 24, 32, 48):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            pixmap = base.pixmap(size, size)
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(
                pixmap.rect(),
                colour
                if mode == QIcon.Mode.Normal
                else pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
            )
            painter.end()
            tinted.addPixmap(pixmap, mode)
    return tinted


def system_prefers_dark(app: QApplication) -> bool:
    """Whether the desktop asks for dark colours (unknown counts as light)."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_theme(app: QApplication, name: str) -> str:
    """'light' or 'dark' for a preference of 'light', 'dark' or 'system'."""
    if name in CHROME:
        return name
    return "dark" if system_prefers_dark(app) else "light"


@cache
def register_fonts() -> str | None:
    """Register the bundled Noto Sans faces once; their family name, or None if none loaded."""
    family = None
    for name in FONT_FILES:
        path = resource("fonts", name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    return family


def application_font(current: QFont, large_text: bool) -> QFont:
    """The bundled Noto Sans (or the current family) at the normal size, or enlarged for projectors.

    The size is computed from a fixed base, not from the current font, so switching
    large text on and off any number of times always lands on the same two sizes.
    Hinting is off so that text keeps the same proportions at every zoom and DPI.
    """
    font = QFont(current)
    family = register_fonts()
    if family:
        with_fallbacks(font, family)  # the bundled Arabic, CJK and emoji fonts, as on the poster
    font.setPointSizeF(BASE_POINTS * LARGE_TEXT_FACTOR if large_text else BASE_POINTS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_theme(app: QApplication, name: str, large_text: bool = False) -> str:
    """Colour the whole application and set its font size; returns 'light' or 'dark'.

    The canvas uses the returned name to pick the matching layout theme.
    """
    effective = effective_theme(app, name)
    colours = CHROME[effective]
    app.setStyle(ChromeStyle(colours))
    app.setPalette(build_palette(colours))
    app.setStyleSheet(stylesheet(colours))
    app.setFont(application_font(app.font(), large_text))
    app.setProperty("journeymapperTheme", effective)
    return effective


# The canvas around the poster ("the desk") and the paper's edge, per chrome theme: the
# map itself is drawn by the layout's theme of the same name, so a dark room gets a
# dark poster on a darker desk instead of a white sheet glaring at everyone.
CANVAS_DESK: dict[str, tuple[str, str]] = {
    "light": ("#E9EDF2", "#D5DBE3"),
    "dark": ("#0B0E12", "#2A323C"),
}


def canvas_colours(effective: str) -> tuple[str, str]:
    """(desk, paper edge) colours of the canvas for 'light' or 'dark' chrome."""
    return CANVAS_DESK.get(effective, CANVAS_DESK["light"])


def current_theme(app: QApplication | None = None) -> str:
    """'light' or 'dark': what `apply_theme` last applied (light before it ever ran)."""
    instance = app if app is not None else QApplication.instance()
    value = instance.property("journeymapperTheme") if instance is not None else None
    return value if value in CHROME else "light"


def chrome_colours(palette: QPalette | None = None) -> ChromeColours:
    """The chrome colours matching a palette (the application's by default).

    Panels use it to colour status marks so they stay readable in either theme.
    """
    pal = palette if palette is not None else QApplication.palette()
    dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
    return DARK if dark else LIGHT
