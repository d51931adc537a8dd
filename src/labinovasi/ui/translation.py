"""Chooses the interface language and installs the Qt translators (ours and Qt's own dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from labinovasi.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, set_language
from labinovasi.resources import get_asset

SETTINGS_KEY = "language"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def available_languages() -> list[str]:
    """Indonesian (the source) plus every language whose translation ships."""
    folder = get_asset("translations")
    return [
        code
        for code in SUPPORTED_LANGUAGES
        if code == DEFAULT_LANGUAGE
        or (folder / f"labinovasi_{code}.qm").exists()
        or (folder / f"labinovasi_{code}.ts").exists()
    ]


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return str(value) if value else None


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` (else the saved setting, else Indonesian) and
    return the language in use. Widgets retranslate on the LanguageChange event Qt sends."""
    chosen = language or saved_language() or DEFAULT_LANGUAGE
    if chosen not in SUPPORTED_LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    while _installed:
        app.removeTranslator(_installed.pop())
    if chosen != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        # Compiled by the build (wheel, bundle) or `make`; the app never writes into its folder.
        if ours.load(str(get_asset("translations", f"labinovasi_{chosen}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            chosen = DEFAULT_LANGUAGE  # no English file: stay consistent with the texts shown
    # Qt's standard dialogs (file, print, message box buttons) in the same language: Qt's own
    # catalogue, else ours (Qt ships none for Indonesian: resources/translations/qtbase_id.ts).
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{chosen}", qt_folder) or qt_own.load(
        str(get_asset("translations", f"qtbase_{chosen}.qm"))
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    set_language(chosen)
    return chosen
