"""Base classes for the facilitator's screens: retranslation on language change, and the
pages of the OPD workspace that share the open workshop, the undo stack and the current OPD."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService


class Retranslatable:
    """Calls retranslate_ui() when Qt announces a new language (installTranslator)."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class OpdPage(Retranslatable, QWidget):
    """A page that works on one OPD of the open workshop."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service: WorkshopService | None = None
        self.undo_stack: QUndoStack | None = None
        self.opd_id: str | None = None

    def bind(self, service: WorkshopService | None, undo_stack: QUndoStack) -> None:
        self.service, self.undo_stack = service, undo_stack
