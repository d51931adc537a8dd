"""App-wide signals: every data change is announced here so all views (board, workspace,
projector, station) refresh without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    workshopOpened = Signal(object)  # the WorkshopService now open
    ideaAdded = Signal(str)  # opd_id
    ideaChanged = Signal(str)  # opd_id
    stageChanged = Signal(str)  # opd_id
    designSaved = Signal(str)  # opd_id
    dataChanged = Signal()  # anything changed: views reload what they show
    problemRaised = Signal(str)  # a refusal met where no dialog is at hand (undo/redo)


signals = AppSignals()
