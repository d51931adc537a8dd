"""Chooses the interface language and installs the Qt translators (ours and Qt's own dialogs)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from labinovasi.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, set_language
from labinovasi.resources import get_asset

SETTINGS_KEY = "language"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def available_languages() -> list[str]:
    """Indonesian (the source) plus every language whose translation ships."""
    folder = get_asset("translations")
    return [code for code in SUPPORTED_LANGUAGES
            if code == DEFAULT_LANGUAGE or (folder / f"labinovasi_{code}.qm").exists()
            or (folder / f"labinovasi_{code}.ts").exists()]


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return str(value) if value else None


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def _compiled(language: str) -> Path:
    """The .qm of `language`, compiled first when a checkout has only the .ts (no `make`)."""
    qm = get_asset("translations", f"labinovasi_{language}.qm")
    ts = qm.with_suffix(".ts")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from labinovasi.i18n_build import build_translations

            build_translations()
        except (OSError, subprocess.SubprocessError):  # keep the older .qm, or Indonesian
            pass
    return qm


def _compiled_qt(language: str) -> Path:
    """Our own catalogue of Qt's dialog strings (resources/translations/qtbase_<lang>.ts)."""
    qm = get_asset("translations", f"qtbase_{language}.qm")
    ts = qm.with_suffix(".ts")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from labinovasi.i18n_build import build_translations

            build_translations()
        except (OSError, subprocess.SubprocessError):
            pass
    return qm


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
        qm = _compiled(chosen)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            chosen = DEFAULT_LANGUAGE  # no English file: stay consistent with the texts shown
    # Qt's standard dialogs (file, print, message box buttons) in the same language if Qt has it.
    # Qt has none for Indonesian, so our own small qtbase_id catalogue stands in for it.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{chosen}", qt_folder) or qt_own.load(str(_compiled_qt(chosen))):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    set_language(chosen)
    return chosen
