"""Preferences survive a restart (a second Preferences on the same file) and bad values fall back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from journeymapper.ui.preferences import (  # noqa: E402
    AUTOSAVE_MAX_S,
    KEY_AUTOSAVE,
    Preferences,
    PreferencesDialog,
)


@pytest.fixture
def ini(tmp_path) -> str:
    return str(tmp_path / "journeymapper.ini")


def fresh(path: str) -> Preferences:
    return Preferences(QSettings(path, QSettings.Format.IniFormat))


def test_defaults_on_an_empty_file(qapp, ini):
    prefs = fresh(ini)
    assert (prefs.language, prefs.theme, prefs.large_text) == ("system", "system", False)
    assert (prefs.autosave_seconds, prefs.poster_size, prefs.poster_orientation) == (60, "A2", "landscape")
    assert (prefs.template, prefs.template_language) == ("5a", "ui")
    assert prefs.effective_language() in ("en", "es")


def test_values_persist_across_two_preferences_objects(qapp, ini):
    first = fresh(ini)
    first.language = "es"
    first.autosave_seconds = 120
    first.theme = "dark"
    first.large_text = True
    first.poster_size = "A0"
    first.poster_orientation = "portrait"
    first.template = "blueprint"
    first.template_language = "en"
    first.sync()
    second = fresh(ini)
    assert (second.language, second.autosave_seconds) == ("es", 120)
    assert (second.theme, second.large_text) == ("dark", True)
    assert (second.poster_size, second.poster_orientation) == ("A0", "portrait")
    assert (second.template, second.template_language) == ("blueprint", "en")
    assert second.effective_language() == "es" and second.effective_template_language() == "en"
    assert KEY_AUTOSAVE == "autosave/interval_seconds"  # the key ui/autosave.py reads


def test_hand_edited_nonsense_falls_back_to_defaults(qapp, ini, tmp_path):
    with open(ini, "w", encoding="utf-8") as handle:
        handle.write("[ui]\nlanguage=klingon\n[autosave]\ninterval_seconds=soon\n"
                     "[appearance]\ntheme=purple\nlarge_text=maybe\n[export]\nposter_size=B7\n")
    prefs = fresh(ini)
    assert (prefs.language, prefs.autosave_seconds) == ("system", 60)
    assert (prefs.theme, prefs.large_text) == ("system", False)
    assert prefs.poster_size == "A2"
    prefs.autosave_seconds = 10**9
    assert prefs.autosave_seconds == AUTOSAVE_MAX_S
    with pytest.raises(ValueError):
        prefs.theme = "purple"


def test_dialog_stores_on_ok_only(qtbot, ini):
    prefs = fresh(ini)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.reject()
    assert fresh(ini).theme == "system"
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.large_text.setChecked(True)
    dialog.autosave.setValue(300)
    dialog.template.setCurrentIndex(dialog.template.findData("blank"))
    dialog.poster_size.setCurrentIndex(dialog.poster_size.findData("A1"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    with qtbot.waitSignal(dialog.applied, timeout=1000):
        dialog.accept()
    stored = fresh(ini)
    assert (stored.language, stored.theme) == ("es", "dark")
    assert (stored.large_text, stored.autosave_seconds) == (True, 300)
    assert (stored.template, stored.poster_size, stored.poster_orientation) == ("blank", "A1", "portrait")
    again = PreferencesDialog(stored)
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark" and again.autosave.value() == 300
