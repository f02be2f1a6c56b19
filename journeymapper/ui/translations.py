"""The editor's language: the default locale, our Spanish catalogue and Qt's own.

The language is chosen once, at start-up, before any window is built: panels read
the default QLocale when they are created (dates, numbers, vocabulary names) and
every `tr()` text is looked up when its widget is built, so switching half-way would
leave a window in two languages. Preferences therefore say "takes effect on restart".

Our catalogue `journeymapper_es.qm` is build output of `resources/i18n/*.ts`: a wheel
carries it compiled (the build backend runs lrelease), and in a checkout
`packaging/build_translations.sh` makes it. A checkout may not have run that step, or
the .ts may be newer than the .qm; then, if PySide6's
`pyside6-lrelease` sits next to the Python running us, the .ts is compiled into the
per-user cache folder and that copy is loaded. Without either, the editor quietly
stays in English and says why in the log. Qt's `qtbase_es.qm` translates the
standard buttons and dialogs (OK, Cancel, file dialogs) when it is installed.

English has a catalogue too, `journeymapper_en.ts`, holding only the plural forms
(`lupdate -pluralonly`): the code says "%n action(s)" and the catalogue turns that
into "1 action" and "2 actions".
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeymapper.messages import FormatNumber, Message, Translate
from journeymapper.resources import resource
from journeymapper.typesetting.locale_formats import number

CACHE_DIR_ENV = "JOURNEYMAPPER_CACHE_DIR"
CATALOGUE = "journeymapper"
LRELEASE_TIMEOUT_S = 60

log = logging.getLogger(__name__)

# The installed translators; QCoreApplication does not own them, so they must stay referenced.
_installed: list[QTranslator] = []


def cache_dir() -> Path:
    """The per-user cache folder (tests point it elsewhere with JOURNEYMAPPER_CACHE_DIR)."""
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("JourneyMapper"))


def locale_for(language: str) -> QLocale:
    """The locale for a preference of 'system', 'en' or 'es'.

    A chosen language keeps the system's country when the system speaks it (Spanish in
    Mexico stays es_MX, with its date order); otherwise the language's main locale.
    """
    system = QLocale.system()
    if language not in ("en", "es"):
        return system
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale(wanted)


def language_of(locale: QLocale) -> str:
    """'es' or 'en': the UI languages we have (any other language gets English)."""
    return "es" if locale.language() == QLocale.Language.Spanish else "en"


def lrelease_tool() -> Path | None:
    """PySide6's `pyside6-lrelease` installed beside the running Python, if there is one."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _newer(path: Path, than: Path) -> bool:
    return path.stat().st_mtime >= than.stat().st_mtime


def compile_catalogue(source: Path) -> Path | None:
    """Compile a .ts into the cache folder (unless a current copy is there); the .qm, or None."""
    target = cache_dir() / "i18n" / (source.stem + ".qm")
    if target.is_file() and _newer(target, source):
        return target
    tool = lrelease_tool()
    if tool is None:
        log.info("pyside6-lrelease not found next to %s: cannot compile %s", sys.executable, source.name)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        result = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("compiling %s failed: %s", source.name, error)
        return None
    if result.returncode != 0 or not partial.is_file():
        log.warning("compiling %s failed: %s", source.name, (result.stderr or result.stdout).strip())
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)  # never leave a half-written catalogue for the next start
    return target


def catalogue_path(language: str) -> Path | None:
    """Our compiled catalogue for `language`: the bundled .qm if current, else a fresh compile."""
    bundled = resource("i18n", f"{CATALOGUE}_{language}.qm")
    source = resource("i18n", f"{CATALOGUE}_{language}.ts")
    if bundled.is_file() and (not source.is_file() or _newer(bundled, source)):
        return bundled
    if source.is_file():
        compiled = compile_catalogue(source)
        if compiled is not None:
            return compiled
    if bundled.is_file():
        return bundled  # older than its source, but better than no translation
    return None


def remove_translations() -> None:
    """Uninstall the translators installed by `install_translations`."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install_translations(language: str) -> list[str]:
    """Install our catalogue for `language`, and Qt's for 'es'; the catalogue files loaded.

    For 'en' ours holds only plural forms and Qt's own texts are English already.
    """
    remove_translations()
    loaded: list[str] = []
    path = catalogue_path(language)
    ours = QTranslator()
    if path is not None and ours.load(str(path)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
        loaded.append(str(path))
    else:
        log.info(
            "no %s catalogue for JourneyMapper (%s): %s",
            language,
            path or "run packaging/build_translations.sh",
            "counts read '2 action(s)'" if language == "en" else "the editor stays in English",
        )
    if language == "en":
        return loaded
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", qt_folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
        loaded.append(str(Path(qt_folder) / f"qtbase_{language}.qm"))
    return loaded


def apply_language(preference: str) -> str:
    """Set the default locale and install the translators for a language preference.

    Must run before any window or panel is built. Returns 'en' or 'es', the language
    the chrome will speak if its catalogue is found.
    """
    locale = locale_for(preference)
    QLocale.setDefault(locale)
    language = language_of(locale)
    install_translations(language)
    return language


def translated(message: Message) -> str:
    """A message from the headless core (journeymapper/messages.py) in the UI's language.

    Templates are in our catalogue under the message's context; numbers follow the default
    locale's format ("5,1 pt" in Spanish), as the rest of the chrome does.
    """
    return message.text(*ui_language())


def ui_language() -> tuple[Translate, FormatNumber]:
    """How the UI translates a headless message's template and writes its numbers: for texts
    made of several messages (an import problem is its place and its message)."""
    language = language_of(QLocale())
    return (
        lambda context, template: QCoreApplication.translate(context, template),
        lambda value: number(value, language),
    )
