"""Starts the facilitator's app: the QApplication, its translations, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from labinovasi import i18n
from labinovasi.resources import get_asset

SAMPLE_FILE = "lokakarya-contoh.labinovasi"


def sample_path() -> Path:
    """The sample workshop in the user's data folder, built the first time it is asked for."""
    from platformdirs import user_data_dir

    from labinovasi.services.sample import build_sample_workshop

    path = Path(user_data_dir("Labinovasi", appauthor=False)) / SAMPLE_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_sample_workshop(path)
    return path


def create_app(language: str | None = None) -> QApplication:
    """The QApplication (reused when one exists) with organisation names for QSettings and the
    translators of `language` (else the saved choice, else Indonesian) installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Labinovasi")
    app.setApplicationName("Labinovasi")
    app.setApplicationDisplayName("Labinovasi")
    icon = get_asset("icons", "labinovasi.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from labinovasi.ui.translation import install_translators

    i18n.set_language(install_translators(app, language))
    return app


def run_gui(target: str | None = None, sample: bool = False,
            language: str | None = None) -> int:
    """Open the main window (on `target`, or the sample workshop) and run until it closes."""
    app = create_app(language)
    from labinovasi.ui.main_window import MainWindow, recent_files

    window = MainWindow()
    window.show()
    if sample:
        window.open_sample()
    elif target:
        window.open_workshop(target)
    else:
        files = [f for f in recent_files() if "://" in f or Path(f).exists()]
        if files:
            window.open_workshop(files[0])
    return app.exec()
