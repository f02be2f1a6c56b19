"""The Spanish translation: complete, in step with the sources, well-behaved, and really loaded.

`resources/i18n/journeymapper_es.ts` is the Qt Linguist source of the Spanish UI. These
tests fail when a visible string has no translation (a new `tr()` text nobody has
translated yet), when a translation loses a placeholder or an accelerator, when two
entries of one menu or dialog share an accelerator letter, and when the compiled
catalogue does not turn the editor's real menus, panels and dialogs into Spanish (a
text filed under a context the code never asks for is never found at run time).
docs/translating.md says how to refresh the .ts and translate what these tests list.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import PySide6  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QUndoView,
    QWidget,
)
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

from journeymapper.model.entities import PainPoint, Touchpoint  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "journeymapper_es.ts"
UI_DIR = ROOT / "journeymapper" / "ui"

# %1…%99, %n (plurals), %L1, printf-style %s / %d, and str.format fields such as {count} or {size:.1f}.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|%[sdif]|\{[^{}]*\}")
MENU_BAR_TITLES = ("&File", "&Edit", "&Map", "&View", "&Help")
# Contexts that are one dialog: every accelerator in them belongs to the same window.
ONE_DIALOG_CONTEXTS = ("ExportDialog", "NewMapDialog", "RecoveryDialog", "PreferencesDialog")


# --- reading a .ts ------------------------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    translations: list[str]
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    locations: list[str] = field(default_factory=list)

    def where(self) -> str:
        return ", ".join(self.locations) or "?"


def _relative(path: Path) -> str:
    """A location of a .ts (relative to that file) as a path from the repository root."""
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else resolved.as_posix()


def read_ts(path: Path) -> tuple[ET.Element, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            kind = "unfinished" if translation is None else translation.get("type", "")
            if translation is None:
                texts = []
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            locations = [
                f"{_relative(path.parent / loc.get('filename', ''))}:{loc.get('line', '?')}"
                for loc in message.iter("location")
            ]
            messages.append(
                Message(name, message.findtext("source") or "", numerus, texts, kind, locations)
            )
    return root, messages


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    assert TS.is_file(), f"{TS.relative_to(ROOT)} is missing (see docs/translating.md)"
    return read_ts(TS)[1]


# --- the Qt tools that ship with PySide6 --------------------------------------------------------
def qt_tool(name: str) -> Path:
    """lupdate / lrelease: the binaries inside the PySide6 package (what pyside6-<name> runs)."""
    exe = name + (".exe" if sys.platform == "win32" else "")
    for candidate in (Path(PySide6.__file__).parent / exe, Path(sys.executable).parent / f"pyside6-{exe}"):
        if candidate.is_file():
            return candidate
    pytest.fail(f"{name} not found next to PySide6 or as pyside6-{name}: cannot check the translation")


def ui_sources() -> list[str]:
    """What build_translations.sh hands lupdate: the UI, and the headless modules that mark
    messages with QT_TRANSLATE_NOOP (journeymapper/messages.py; the exporter's warnings)."""
    package = UI_DIR.parent
    headless = [p for p in package.rglob("*.py") if UI_DIR not in p.parents and p.name != "messages.py"]
    marked = [p for p in headless if "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")]
    assert marked, "no headless module marks a message: the exporter's warnings should"
    return sorted(p.relative_to(ROOT).as_posix() for p in [*UI_DIR.rglob("*.py"), *marked])


def run_tool(*args: str) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, f"{Path(args[0]).name} failed:\n{result.stdout}\n{result.stderr}"


def accelerators(text: str) -> list[str]:
    """The mnemonic letters of a text ('&&' is a literal ampersand)."""
    return [m.group(1) for m in re.finditer(r"&(.)", text.replace("&&", "")) if m.group(1) != "&"]


# --- (a) the file itself ------------------------------------------------------------------------
def test_ts_is_well_formed_spanish_with_no_unfinished_or_empty_translation(committed):
    root, _ = read_ts(TS)
    assert root.tag == "TS"
    assert root.get("language") == "es", "the <TS> element must say language=\"es\""
    assert root.get("sourcelanguage") == "en"
    assert TS.read_bytes().startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert committed, "the .ts holds no messages"
    problems = []
    for m in committed:
        if m.kind:
            problems.append(f"{m.context}: {m.source!r} is {m.kind} ({m.where()})")
        elif not m.translations or not all(t.strip() for t in m.translations):
            problems.append(f"{m.context}: {m.source!r} has an empty translation ({m.where()})")
        elif m.numerus and len(m.translations) != 2:
            problems.append(
                f"{m.context}: {m.source!r} needs 2 plural forms (one, other), has {len(m.translations)}"
            )
    assert not problems, "untranslated entries in journeymapper_es.ts:\n" + "\n".join(problems)


# --- (b) in step with the sources ---------------------------------------------------------------
def test_every_string_lupdate_extracts_from_the_ui_is_translated(committed, tmp_path):
    fresh = tmp_path / "extracted.ts"
    run_tool(str(qt_tool("lupdate")), "-silent", "-no-obsolete", *ui_sources(), "-ts", str(fresh))
    _, extracted = read_ts(fresh)
    assert extracted, "lupdate found no tr() strings in journeymapper/ui"
    translated = {(m.context, m.source, m.numerus) for m in committed if not m.kind and all(m.translations)}
    missing = [m for m in extracted if (m.context, m.source, m.numerus) not in translated]
    assert not missing, (
        f"{len(missing)} UI string(s) have no Spanish translation yet; run "
        "`bash packaging/build_translations.sh --update` and translate them (docs/translating.md):\n"
        + "\n".join(f"  [{m.context or '<no context>'}] {m.source!r}  ({m.where()})" for m in missing)
    )


def test_every_message_is_filed_under_a_context_the_code_asks_for(committed):
    """lupdate files a bare tr() outside a class (e.g. a module-level `def tr(text)` helper)
    under the empty context; the helpers then call translate("Actions", …) or
    translate("Dialogs", …), so Qt never finds those translations and the text stays English.
    Calling QCoreApplication.translate("Actions", "…") with the literal texts (or self.tr in a
    class) lets lupdate file them under the context used at run time."""
    orphans = [m for m in committed if m.context == ""]
    files = sorted({loc.split(":")[0] for m in orphans for loc in m.locations})
    assert not orphans, (
        f"{len(orphans)} message(s) are in the empty context, which no translate() call uses, "
        f"so they never show in Spanish; from: {', '.join(files)}\n"
        + "\n".join(f"  {m.source!r} ({m.where()})" for m in orphans[:15])
    )


# --- (c) placeholders and accelerators ----------------------------------------------------------
def test_translations_keep_placeholders_and_accelerators(committed):
    problems = []
    for m in committed:
        wanted = Counter(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            got = Counter(PLACEHOLDER.findall(text))
            if got != wanted:
                problems.append(
                    f"{m.context}: {m.source!r} → {text!r}: placeholders {dict(got)} ≠ {dict(wanted)}"
                )
            keys_src, keys_tr = accelerators(m.source), accelerators(text)
            if len(keys_src) != len(keys_tr):
                problems.append(
                    f"{m.context}: {m.source!r} → {text!r}: {len(keys_tr)} '&' instead of {len(keys_src)}"
                )
            elif any(not key.isalnum() for key in keys_tr):
                problems.append(f"{m.context}: {text!r}: '&' must precede a letter or digit")
            if m.source.endswith("…") != text.endswith("…"):
                problems.append(f"{m.context}: {m.source!r} → {text!r}: keep the ellipsis of a dialog opener")
    assert not problems, "\n".join(problems)


# --- (d) unique accelerators (static part: menu bar, dialogs) ----------------------------------------
def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        for key in accelerators(text):
            by_key.setdefault(key.casefold(), []).append(text)
    return {key: owners for key, owners in by_key.items() if len(owners) > 1}


def test_menu_bar_and_dialog_accelerators_are_unique(committed):
    spanish = {(m.context, m.source): m.translations[0] for m in committed if m.translations}
    titles = [spanish[("MainWindow", s)] for s in MENU_BAR_TITLES if ("MainWindow", s) in spanish]
    assert len(titles) == len(MENU_BAR_TITLES), "the menu bar titles are missing from the MainWindow context"
    clashes = {"menu bar": _duplicates(titles)}
    for context in ONE_DIALOG_CONTEXTS:
        clashes[context] = _duplicates([t for (c, _), t in spanish.items() if c == context])
    clashes = {where: found for where, found in clashes.items() if found}
    assert not clashes, f"accelerator letters used twice: {clashes}"


# --- (e) the compiled catalogue -----------------------------------------------------------------
@pytest.fixture(scope="module")
def qm_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("i18n") / "journeymapper_es.qm"
    run_tool(str(qt_tool("lrelease")), "-silent", str(TS), "-qm", str(out))
    assert out.is_file() and out.stat().st_size > 0
    return out


@pytest.fixture
def spanish(qm_file) -> Iterator[QTranslator]:
    """Our Spanish catalogue installed for one test (and removed, so other tests stay English)."""
    translator = QTranslator()
    assert translator.load(str(qm_file)), "QTranslator cannot load the compiled catalogue"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_qm_builds_loads_and_translates_known_strings(spanish):
    tr = QCoreApplication.translate
    assert spanish.language() == "es"
    assert tr("MainWindow", "&File") == "&Archivo"
    assert tr("MainWindow", "&Help") == "A&yuda"
    assert tr("PreferencesDialog", "Preferences") == "Preferencias"
    assert tr("Workbench", "Action plan") == "Plan de acción"
    assert tr("Inspector", "Pain point") == "Punto de dolor"
    assert tr("MapEditor", "Delete %n card(s)", "", 1) == "Eliminar 1 tarjeta"
    assert tr("MapEditor", "Delete %n card(s)", "", 3) == "Eliminar 3 tarjetas"
    assert tr("MainWindow", "no such text") == "no such text"  # unknown texts fall back to English


# --- the real editor in Spanish -----------------------------------------------------------------
def _texts_of(widget: QWidget) -> Iterator[str]:
    """The texts a person sees on a widget, its tooltip and its placeholder."""
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, (QDockWidget, QToolBar)):
        yield widget.windowTitle()
    elif isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QUndoView):
        yield widget.emptyLabel()
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        yield from (
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount(QModelIndex()))
        )


def _texts_of_action(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.statusTip()
    yield re.sub(r" \([^()]*\)$", "", action.toolTip())  # "Save the map (Ctrl+S)" → "Save the map"


def _menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def _describe(obj: Any) -> str:
    """'Inspector > Form > QComboBox'-style path of a widget or action, for failure messages."""
    parts = []
    while obj is not None:
        name = obj.objectName()
        parts.append(name if name and not name.startswith("qt_") else type(obj).__name__)
        obj = obj.parent()
    useful = [part for part in reversed(parts) if not part.startswith(("Q", "qt_")) or part == parts[0]]
    return " > ".join(useful[-4:])


@pytest.fixture
def english(committed) -> dict[str, str]:
    """English texts whose Spanish differs, from the .ts and the map vocabulary: seeing one is a miss."""
    from journeymapper.model import vocabulary as v

    names = {
        v.display_name(value, "en"): v.display_name(value, "es")
        for enum in (v.LaneKind, v.Channel, v.Evidence, v.PainKind, v.KpiKind, v.Priority,
                     v.ActionStatus, v.ActionCategory, v.MapState)
        for value in enum
    }
    names.update(
        (m.source, m.translations[0])
        for m in committed
        if m.translations and not m.numerus and len(m.source) > 2
    )
    return {en: es for en, es in names.items() if en != es}


@pytest.fixture
def spanish_locale() -> Iterator[None]:
    """Spanish as the default locale, as the editor sets it at start-up (panels name vocabulary by it)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(previous)


@dataclass
class SpanishEditor:
    """A main window (with its workbench docks), its context menus, dialogs and message boxes."""

    window: Any
    menus: list[QMenu]  # every menu and submenu of the menu bar and of the context menus
    seen: dict[str, str]  # every visible text -> where it was first seen


def _message_box_texts(window: Any, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(text, box title) of the message boxes the window shows: shortcuts, about, unsaved changes."""
    from journeymapper.ui import dialogs

    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        title = box.windowTitle()
        for text in (title, box.text(), box.informativeText(), *(b.text() for b in box.buttons())):
            for line in text.splitlines():
                shown.extend((part.strip(), title) for part in line.split(":  "))
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    shortcuts = window.show_shortcuts()
    for row in range(shortcuts.table.rowCount()):
        for column in (0, 1):
            text = shortcuts.table.item(row, column).text()
            shown.extend((part.strip(), "Keyboard Shortcuts") for part in text.split(" — "))
    shortcuts.close()
    window.show_about()
    dialogs.ask_save_changes(window, "mapa.journey")
    return shown


@pytest.fixture
def spanish_editor(request, qtbot, tmp_path, monkeypatch) -> SpanishEditor:
    # In this order: editor_env (from ui_helpers: private state and settings) starts the
    # application, which sets the locale from the preferences; then Spanish on top.
    for name in ("editor_env", "spanish_locale", "spanish"):
        request.getfixturevalue(name)
    assert QLocale().language() == QLocale.Language.Spanish
    from journeymapper.ui.autosave import RecoveryEntry
    from journeymapper.ui.dialogs import NewMapDialog, RecoveryDialog
    from journeymapper.ui.export_dialog import ExportDialog
    from journeymapper.ui.panels.pain_picker import PainPickerDialog
    from journeymapper.ui.preferences import Preferences, PreferencesDialog

    journey = build_template("5a", "es")  # a Spanish workshop's map
    stage, lane = journey.stages[1].id, journey.lanes[1].id
    journey.touchpoints.append(Touchpoint(id="tp-1", stage_id=stage, lane_id=lane, title="Pago"))
    journey.pain_points.append(PainPoint(id="pp-1", touchpoint_id="tp-1", text="Coste oculto"))
    window = open_window(qtbot, make_workspace(), journey)
    context_menus = [
        window.menus.build(key, cell)
        for key, cell in (
            (("card", "tp-1"), None),
            (("pain", "pp-1"), None),
            (("stage-header", stage), None),
            (("lane-label", lane), None),
            (None, (stage, lane)),
            (None, None),
        )
    ]
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialogs: list[QWidget] = [
        PreferencesDialog(Preferences(settings), window),
        ExportDialog(window.document, window),
        NewMapDialog(window),
        PainPickerDialog(journey, [], window),
        RecoveryDialog(RecoveryEntry(id="x", folder=tmp_path, title="Mapa"), window),
    ]
    seen: dict[str, str] = {}

    def note(texts: Iterator[str], where: Any) -> None:
        for text in texts:
            if text and text not in seen:
                seen[text] = where if isinstance(where, str) else _describe(where)

    for widget in [window, *dialogs, *context_menus]:
        for child in [widget, *widget.findChildren(QWidget)]:
            note(_texts_of(child), child)
        for action in widget.findChildren(QAction):
            note(_texts_of_action(action), action)
    menus = [m for top in window.menuBar().actions() if top.menu() for m in _menus(top.menu())]
    menus += [m for top in context_menus for m in _menus(top)]
    for menu in menus:
        for action in menu.actions():
            note(_texts_of_action(action), menu)
    for text, title in _message_box_texts(window, monkeypatch):
        note(iter([text]), f"message box “{title}”")
    return SpanishEditor(window, menus, seen)


def test_spanish_editor_shows_no_english_in_menus_panels_and_dialogs(spanish_editor, english):
    seen = spanish_editor.seen
    left = sorted(text for text in seen if text in english)
    assert not left, f"{len(left)} text(s) still in English with the Spanish catalogue loaded:\n" + "\n".join(
        f"  {t!r} (should be {english[t]!r}) in {seen[t]}" for t in left
    )


def test_spanish_menus_have_unique_accelerators(spanish_editor):
    window = spanish_editor.window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Mapa", "&Ver", "&Taller", "Ve&ntana", "A&yuda"]
    clashes = {}
    if found := _duplicates(titles):
        clashes["menu bar"] = found
    for menu in spanish_editor.menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        if found := _duplicates(texts):
            clashes[menu.title() or "context menu: " + ", ".join(texts[:2])] = found
    assert not clashes, f"accelerator letters used twice in one menu: {clashes}"
