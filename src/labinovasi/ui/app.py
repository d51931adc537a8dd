"""The QApplication every window runs in: names, icon and translators. A leaf: it imports no
window, so the facilitator's app, the station and the screenshots can all start from here."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from labinovasi import i18n
from labinovasi.resources import get_asset


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
