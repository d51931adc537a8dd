"""The QApplication every window runs in: names, icon and translators. A leaf: it imports no
window, so the facilitator's app, the station and the screenshots can all start from here."""

from __future__ import annotations

import linecache
import os
import sys

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from labinovasi import i18n
from labinovasi.display import (
    EXIT_NO_DISPLAY,
    no_display_message,
    no_display_reason,
    plugin_failed_message,
)
from labinovasi.resources import get_asset

ICON_SIZES = (16, 32, 48, 256)


def create_app(language: str | None = None) -> QApplication:
    """The QApplication (reused when one exists) with organisation names for QSettings and the
    translators of `language` (else the saved choice, else Indonesian) installed."""
    lighten_pyside_import_hook()
    if language is not None:
        i18n.set_language(language)  # a refusal to start is worded in it too
    app = QApplication.instance() or _new_application()
    app.setOrganizationName("Labinovasi")
    app.setApplicationName("Labinovasi")
    app.setApplicationDisplayName("Labinovasi")
    # Qt's own file dialog everywhere: a native one (GTK, a portal, Windows) speaks the system's
    # language, not the one chosen in the app; Qt's speaks ours (resources/translations/qtbase_id).
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    # PNGs rendered from labinovasi.svg: an SVG icon would load Qt's SVG engine (~2 MB) at start.
    icon = QIcon()
    for size in ICON_SIZES:
        path = get_asset("icons", f"labinovasi-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    from labinovasi.ui.fonts import load_app_fonts

    load_app_fonts(app)
    from labinovasi.ui.translation import install_translators

    i18n.set_language(install_translators(app, language))
    from labinovasi.ui.widgets.accessibility import install_accessibility

    install_accessibility(app)
    from labinovasi.ui.widgets.title_room import install_title_room

    install_title_room(app)
    return app


def _new_application() -> QApplication:
    """The QApplication, or exit 5 with a clear message when there is no display: Qt's own
    ("could not load the Qt platform plugin", "library missing") sends people hunting for
    libraries they have."""
    reason = no_display_reason()
    if reason is not None:
        print(no_display_message(reason), file=sys.stderr, flush=True)
        raise SystemExit(EXIT_NO_DISPLAY)
    said: list[str] = []  # Qt's words while it starts: shown after, unless it cannot start

    def on_message(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg or "platform plugin" not in message:
            said.append(message)
            return
        # Qt aborts right after this handler: say what happened first, and exit 5.
        lost = [m.strip() for m in said if "connect to display" in m]
        if lost:
            text = no_display_message("; ".join(lost))
        else:
            text = "\n".join([*said, message.strip(), plugin_failed_message()])
        print(text, file=sys.stderr, flush=True)
        os._exit(EXIT_NO_DISPLAY)

    previous = qInstallMessageHandler(on_message)
    try:
        app = QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)
    for message in said:
        print(message, file=sys.stderr)
    return app


def lighten_pyside_import_hook() -> None:
    """PySide6 looks at the source of every module imported after it (inspect.getsource, to
    find the modules that use its __feature__ switches; PYSIDE-2029) and so leaves that
    source in linecache: for SQLAlchemy and the app about 9 million characters, 20 MB of the
    GUI's peak memory, and 50 ms of its start. The same question ("does its source name
    PySide6?") asked by reading the file, which caches nothing. The hook is PySide's private
    function: when a PySide version has none, nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_the_file", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # what it cached of the modules imported before this call
