"""User preferences: stored with QSettings, read with validation, edited in a dialog.

Settings files are edited by hand, synced between machines and left behind by older
versions, so every value is checked when read and falls back to its default rather
than crashing the editor. The autosave key is the one `ui/autosave.py` reads.

Every part of the editor reads its settings through `app_settings()`, so that one
environment variable, JOURNEYMAPPER_SETTINGS (the path of an .ini file), can point the
whole application at a private file: tests use it, and so do the documentation's
screenshots, without touching the user's real settings.
"""

from __future__ import annotations

import getpass
import os
import random
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.model.templates import TEMPLATES

LANGUAGES = ("system", "en", "es")
THEMES = ("light", "dark", "system")
POSTER_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")
ORIENTATIONS = ("landscape", "portrait")
TEMPLATE_LANGUAGES = ("ui", "en", "es")  # "ui": the same language as the editor
AUTOSAVE_MIN_S, AUTOSAVE_MAX_S, AUTOSAVE_DEFAULT_S = 10, 3600, 60

SETTINGS_ENV = "JOURNEYMAPPER_SETTINGS"

KEY_LANGUAGE = "ui/language"
KEY_AUTOSAVE = "autosave/interval_seconds"  # shared with journeymapper.ui.autosave
KEY_THEME = "appearance/theme"
KEY_LARGE_TEXT = "appearance/large_text"
KEY_POSTER_SIZE = "export/poster_size"
KEY_ORIENTATION = "export/poster_orientation"
KEY_TEMPLATE = "new_map/template"
KEY_TEMPLATE_LANGUAGE = "new_map/language"
KEY_REOPEN_WINDOWS = "session/reopen_windows"
KEY_LIVE_NAME = "live/name"  # the name others see in a live session
KEY_LIVE_COLOUR = "live/colour"

# A live session participant's colour: distinct from each other on the light and the dark
# canvas, and from the map's own pain-point red and opportunity green.
LIVE_COLOURS = ("#D1495B", "#00798C", "#EDAE49", "#30638E", "#6A4C93", "#2A9D8F", "#E76F51", "#8AB17D")
LIVE_NAME_MAX = 60


class PreferencesNotifier(QObject):
    """Tells whoever follows a preference outside the main window (a live session's name and
    colour) that the Preferences dialog stored new values."""

    stored = Signal()


_NOTIFIER: PreferencesNotifier | None = None


def preferences_notifier() -> PreferencesNotifier:
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = PreferencesNotifier()
    return _NOTIFIER


def app_settings() -> QSettings:
    """The editor's settings: the .ini file named by JOURNEYMAPPER_SETTINGS, else the platform's store."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (some service accounts)
        return ""


def colour_choice(parent: QWidget | None = None) -> QComboBox:
    """A drop-down of the live-session colours, each with its swatch and name (Preferences
    and the Start/Join dialogs use this one)."""
    translate = QCoreApplication.translate
    names = (translate("LiveColours", "Raspberry"), translate("LiveColours", "Teal"),
             translate("LiveColours", "Saffron"), translate("LiveColours", "Blue"),
             translate("LiveColours", "Purple"), translate("LiveColours", "Jade"),
             translate("LiveColours", "Coral"), translate("LiveColours", "Sage"))  # LIVE_COLOURS' order
    combo = QComboBox(parent)
    for colour, name in zip(LIVE_COLOURS, names, strict=True):
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(colour))
        combo.addItem(QIcon(swatch), name, colour)
    return combo


def _as_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


class Preferences:
    """Typed, validated access to the editor's settings; writes go straight to QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else app_settings()

    def _choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = str(self.settings.value(key, default))
        return value if value in allowed else default

    def _set_choice(self, key: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        self.settings.setValue(key, value)

    # --- the settings ----------------------------------------------------------------
    @property
    def language(self) -> str:
        """'system', 'en' or 'es': the editor's language, applied at the next start."""
        return self._choice(KEY_LANGUAGE, LANGUAGES, "system")

    @language.setter
    def language(self, value: str) -> None:
        self._set_choice(KEY_LANGUAGE, value, LANGUAGES)

    @property
    def autosave_seconds(self) -> int:
        raw = self.settings.value(KEY_AUTOSAVE, AUTOSAVE_DEFAULT_S)
        try:
            seconds = int(float(str(raw)))
        except ValueError:
            return AUTOSAVE_DEFAULT_S
        return min(max(seconds, AUTOSAVE_MIN_S), AUTOSAVE_MAX_S)

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self.settings.setValue(KEY_AUTOSAVE, min(max(int(value), AUTOSAVE_MIN_S), AUTOSAVE_MAX_S))

    @property
    def theme(self) -> str:
        """'light', 'dark' or 'system'."""
        return self._choice(KEY_THEME, THEMES, "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self._set_choice(KEY_THEME, value, THEMES)

    @property
    def large_text(self) -> bool:
        """The projector mode: a larger application font."""
        return _as_bool(self.settings.value(KEY_LARGE_TEXT, False), False)

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self.settings.setValue(KEY_LARGE_TEXT, bool(value))

    @property
    def poster_size(self) -> str:
        return self._choice(KEY_POSTER_SIZE, POSTER_SIZES, "A2")

    @poster_size.setter
    def poster_size(self, value: str) -> None:
        self._set_choice(KEY_POSTER_SIZE, value, POSTER_SIZES)

    @property
    def poster_orientation(self) -> str:
        return self._choice(KEY_ORIENTATION, ORIENTATIONS, "landscape")

    @poster_orientation.setter
    def poster_orientation(self, value: str) -> None:
        self._set_choice(KEY_ORIENTATION, value, ORIENTATIONS)

    @property
    def template(self) -> str:
        """The template a new map starts from ('5a', 'blueprint' or 'blank')."""
        return self._choice(KEY_TEMPLATE, TEMPLATES, "5a")

    @template.setter
    def template(self, value: str) -> None:
        self._set_choice(KEY_TEMPLATE, value, TEMPLATES)

    @property
    def template_language(self) -> str:
        """'ui' (follow the editor), 'en' or 'es': the language of a new map's stage and lane names."""
        return self._choice(KEY_TEMPLATE_LANGUAGE, TEMPLATE_LANGUAGES, "ui")

    @template_language.setter
    def template_language(self, value: str) -> None:
        self._set_choice(KEY_TEMPLATE_LANGUAGE, value, TEMPLATE_LANGUAGES)

    @property
    def reopen_windows(self) -> bool:
        """Start with the maps that were open at the last quit, instead of the welcome screen."""
        return _as_bool(self.settings.value(KEY_REOPEN_WINDOWS, False), False)

    @reopen_windows.setter
    def reopen_windows(self, value: bool) -> None:
        self.settings.setValue(KEY_REOPEN_WINDOWS, bool(value))

    @property
    def live_name(self) -> str:
        """The name others see in a live session: the login name until one is chosen."""
        name = str(self.settings.value(KEY_LIVE_NAME, "") or "").strip()[:LIVE_NAME_MAX]
        return name or _login_name()[:LIVE_NAME_MAX] or "?"

    @live_name.setter
    def live_name(self, value: str) -> None:
        self.settings.setValue(KEY_LIVE_NAME, str(value).strip()[:LIVE_NAME_MAX])

    @property
    def live_colour(self) -> str:
        """This person's colour in live sessions ('#RRGGBB').

        Until one is chosen, a random one is picked and kept: people who never open
        Preferences still get different colours (a colour derived from the login name
        would give every "student" account the same one).
        """
        colour = str(self.settings.value(KEY_LIVE_COLOUR, "") or "").upper()
        if colour not in LIVE_COLOURS:
            colour = random.choice(list(LIVE_COLOURS))
            self.settings.setValue(KEY_LIVE_COLOUR, colour)
        return colour

    @live_colour.setter
    def live_colour(self, value: str) -> None:
        self._set_choice(KEY_LIVE_COLOUR, value.upper(), LIVE_COLOURS)

    # --- what they mean -------------------------------------------------------------
    def effective_language(self) -> str:
        """'en' or 'es': the chosen language, or the system's when it is Spanish."""
        if self.language != "system":
            return self.language
        return "es" if QLocale.system().name().lower().startswith("es") else "en"

    def effective_template_language(self) -> str:
        return self.effective_language() if self.template_language == "ui" else self.template_language

    def sync(self) -> None:
        self.settings.sync()


class PreferencesDialog(QDialog):
    """Edits a `Preferences`; nothing is stored until OK. `applied` fires after storing."""

    applied = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        self.language = self._combo(
            "prefLanguage", [(self.tr("Follow the system"), "system"), ("English", "en"), ("Español", "es")]
        )
        self.autosave = QSpinBox()
        self.autosave.setObjectName("prefAutosave")
        self.autosave.setRange(AUTOSAVE_MIN_S, AUTOSAVE_MAX_S)
        self.autosave.setSingleStep(10)
        self.autosave.setSuffix(self.tr(" s"))
        self.theme = self._combo(
            "prefTheme",
            [
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
                (self.tr("Follow the system"), "system"),
            ],
        )
        self.reopen_windows = QCheckBox(self.tr("Reopen the maps that were open when I last quit"))
        self.reopen_windows.setObjectName("prefReopenWindows")
        self.large_text = QCheckBox(self.tr("Large text for projectors"))
        self.large_text.setObjectName("prefLargeText")
        self.template = self._combo(
            "prefTemplate",
            [
                (self.tr("5 A lifecycle"), "5a"),
                (self.tr("Service blueprint"), "blueprint"),
                (self.tr("Blank grid"), "blank"),
            ],
        )
        self.template_language = self._combo(
            "prefTemplateLanguage",
            [(self.tr("Same as the editor"), "ui"), ("English", "en"), ("Español", "es")],
        )
        self.poster_size = self._combo(
            "prefPosterSize",
            [
                ("A4", "A4"),
                ("A3", "A3"),
                ("A2", "A2"),
                ("A1", "A1"),
                ("A0", "A0"),
                (self.tr("US Letter"), "letter"),
                (self.tr("Tabloid"), "tabloid"),
            ],
        )
        self.orientation = self._combo(
            "prefOrientation", [(self.tr("Landscape"), "landscape"), (self.tr("Portrait"), "portrait")]
        )
        self.live_name = QLineEdit()
        self.live_name.setObjectName("prefLiveName")
        self.live_name.setMaxLength(LIVE_NAME_MAX)
        self.live_name.setToolTip(self.tr("How the others in a live session see you"))
        self.live_colour = colour_choice()
        self.live_colour.setObjectName("prefLiveColour")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        note = QLabel(self.tr("A new language takes effect when JourneyMapper restarts."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        rows: list[tuple[str, QWidget | None]] = [
            (self.tr("General"), None),
            (self.tr("Language"), self.language),
            ("", note),
            (self.tr("Save a recovery copy every"), self.autosave),
            ("", self.reopen_windows),
            (self.tr("Appearance"), None),
            (self.tr("Theme"), self.theme),
            ("", self.large_text),
            (self.tr("New maps"), None),
            (self.tr("Template"), self.template),
            (self.tr("Template language"), self.template_language),
            (self.tr("Poster export"), None),
            (self.tr("Paper size"), self.poster_size),
            (self.tr("Orientation"), self.orientation),
            (self.tr("Live sessions"), None),
            (self.tr("Your name"), self.live_name),
            (self.tr("Your colour"), self.live_colour),
        ]
        for label, field in rows:
            if field is None:  # a section heading; one form keeps every field aligned
                heading = QLabel(label)
                heading.setProperty("role", "section")
                heading.setContentsMargins(0, 8 if form.rowCount() else 0, 0, 2)
                form.addRow(heading)
            else:
                form.addRow(label, field)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.load()

    def _combo(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def load(self) -> None:
        """Show the stored preferences."""
        p = self.preferences
        self._select(self.language, p.language)
        self.autosave.setValue(p.autosave_seconds)
        self.reopen_windows.setChecked(p.reopen_windows)
        self._select(self.theme, p.theme)
        self.large_text.setChecked(p.large_text)
        self._select(self.template, p.template)
        self._select(self.template_language, p.template_language)
        self._select(self.poster_size, p.poster_size)
        self._select(self.orientation, p.poster_orientation)
        self.live_name.setText(p.live_name)
        self._select(self.live_colour, p.live_colour)

    def store(self) -> None:
        """Write the dialog's values to the preferences."""
        p = self.preferences
        p.language = self.language.currentData()
        p.autosave_seconds = self.autosave.value()
        p.reopen_windows = self.reopen_windows.isChecked()
        p.theme = self.theme.currentData()
        p.large_text = self.large_text.isChecked()
        p.template = self.template.currentData()
        p.template_language = self.template_language.currentData()
        p.poster_size = self.poster_size.currentData()
        p.poster_orientation = self.orientation.currentData()
        if self.live_name.text().strip():  # emptied: keep the name it had
            p.live_name = self.live_name.text()
        p.live_colour = self.live_colour.currentData()
        p.sync()
        preferences_notifier().stored.emit()

    def accept(self) -> None:
        self.store()
        super().accept()
        self.applied.emit()
