"""Dialogs wide enough for their title bar: the window manager shows a dialog's title with the
application's name after it ("Tambah OPD — Labinovasi") in a bold font beside its buttons, and a
small dialog (an input box, a message) had it cut to "Tamba… ovasi" (issue 25)."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QMessageBox, QSpacerItem, QWidget

log = logging.getLogger(__name__)

TITLE_SEPARATOR = " \u2014 "  # what Qt puts between a window's title and the app's name
# The title bar's icon, its buttons (close, maximise, help) and margins around the text.
TITLE_BAR_BUTTONS = 110
TITLE_FONT_SCALE = 1.15  # window managers draw titles bold and often a point larger
MAX_TITLE_ROOM = 900  # a title longer than this is the window manager's to elide


def shown_title(widget: QWidget) -> str:
    """The title the window manager shows: Qt appends the application's display name to a title
    that does not already hold it."""
    title = widget.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if not title:
        return app_name
    if app_name and app_name not in title:
        return f"{title}{TITLE_SEPARATOR}{app_name}"
    return title


def title_room(widget: QWidget) -> int:
    """The width a window needs for its whole title in the title bar, buttons included."""
    font = QFont(widget.font())
    font.setBold(True)
    text_width = QFontMetrics(font).horizontalAdvance(shown_title(widget))
    return min(MAX_TITLE_ROOM, math.ceil(text_width * TITLE_FONT_SCALE) + TITLE_BAR_BUTTONS)


def make_room_for_title(dialog: QDialog) -> None:
    """Widen `dialog` (before it is shown) so its title is not cut."""
    needed = title_room(dialog)
    if dialog.width() >= needed and dialog.minimumWidth() >= needed:
        return
    if isinstance(dialog, QMessageBox):
        # A message box sizes itself in its showEvent from its layout: a spacer across the
        # layout's columns makes that size wide enough.
        layout = dialog.layout()
        if isinstance(layout, QGridLayout):
            spacer = getattr(dialog, "_title_spacer", None)
            if spacer is None:
                spacer = QSpacerItem(needed, 0)
                layout.addItem(spacer, layout.rowCount(), 0, 1, max(1, layout.columnCount()))
                dialog._title_spacer = spacer  # type: ignore[attr-defined]
            else:
                spacer.changeSize(needed, 0)
                layout.invalidate()
        return
    if dialog.maximumWidth() == dialog.minimumWidth():  # a fixed width: widen it
        dialog.setFixedWidth(max(needed, dialog.minimumWidth()))
        return
    dialog.setMinimumWidth(max(needed, dialog.minimumWidth()))
    if dialog.width() < needed:
        dialog.resize(needed, dialog.height())


class _TitleRoom(QObject):
    """Makes room for the title of each dialog when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            try:
                if QWidget.isWindow(watched):
                    make_room_for_title(watched)
            except RuntimeError:  # deleted meanwhile
                pass
            except Exception:  # a title never costs the dialog its event
                log.exception("title room of %s", type(watched).__name__)
        return False


_filter: _TitleRoom | None = None


def install_title_room(app: QApplication) -> None:
    """Widen every dialog this application shows to its title (once per application)."""
    global _filter
    if _filter is None or _filter.parent() is not app:
        _filter = _TitleRoom(app)
        app.installEventFilter(_filter)


def uninstall_title_room(app: QApplication) -> None:
    global _filter
    if _filter is not None:
        app.removeEventFilter(_filter)
        _filter.deleteLater()
        _filter = None
