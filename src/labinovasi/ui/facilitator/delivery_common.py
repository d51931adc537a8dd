"""What the Pelaksanaan (after the lab) panels share: a base page bound to the open workshop,
table helpers and the colours of late, waiting and accepted rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.services import WorkshopService
from labinovasi.ui.signals import notify
from labinovasi.ui.widgets.pages import Retranslatable

LATE = QColor("#fde7e4")  # an overdue activity, a rejected answer
LATE_TEXT = QColor("#b3261e")
WAITING = QColor("#fdf1dc")  # waiting for verification
DONE = QColor("#e6f2e7")  # done / accepted
ID_ROLE = Qt.ItemDataRole.UserRole


class DeliveryPage(Retranslatable, QWidget):
    """A panel of the Pelaksanaan area: shows the open workshop, refreshes on data changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service: WorkshopService | None = None

    def bind(self, service: WorkshopService | None) -> None:
        self.service = service
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def run(self, action, message_line=None) -> bool:
        """Do one change; a refusal shows in `message_line`; views refresh after success."""
        try:
            action()
        except LabinovasiError as error:
            if message_line is not None:
                message_line.show_warning(str(error))
            return False
        if message_line is not None:
            message_line.clear()
        notify()
        return True


def make_table(name: str, columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cell(
    text: object, key: object = None, tone: QColor | None = None, bold: bool = False
) -> QTableWidgetItem:
    """A read-only cell showing `text` as plain text (participant text is never markup)."""
    item = QTableWidgetItem("" if text is None else str(text))
    if key is not None:
        item.setData(ID_ROLE, key)
    if tone is not None:
        item.setBackground(QBrush(tone))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def short_name(name: str) -> str:
    """ "SIAP ANTRE (Sistem Antrean …)" -> "SIAP ANTRE": the acronym people use."""
    head = name.split(" (", 1)[0].strip()
    return head or name
