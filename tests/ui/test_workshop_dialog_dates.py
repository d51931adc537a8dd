"""The new-workshop dialog takes typed dates ("8 Desember 2026", "11/12/2026"), refuses an
unreadable one with a message, and its calendar speaks Indonesian."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog
from labinovasi.ui.widgets.dates import parse_typed_date

LEFT = Qt.MouseButton.LeftButton


def fill(qtbot, dialog, start: str, end: str) -> None:
    qtbot.keyClicks(dialog.title_edit, "Lab Inovasi 2026")
    qtbot.mouseClick(dialog.dates_check, LEFT)
    for edit, text in ((dialog.start_edit, start), (dialog.end_edit, end)):
        edit.line.selectAll()
        qtbot.keyClick(edit.line, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit.line, text)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_new_workshop_takes_typed_dates(qtbot):
    dialog = WorkshopDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "8 Desember 2026", "11/12/2026")
    save(qtbot, dialog)
    assert dialog.result() == WorkshopDialog.DialogCode.Accepted
    values = dialog.values()
    assert (values["start_date"], values["end_date"]) == (date(2026, 12, 8), date(2026, 12, 11))


def test_unreadable_or_reversed_dates_are_refused(qtbot):
    dialog = WorkshopDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "8 Desembr 2026", "11/12/2026")
    save(qtbot, dialog)
    assert dialog.isVisible() and "tidak dikenali" in dialog.message.text()
    dialog.start_edit.line.clear()
    qtbot.keyClicks(dialog.start_edit.line, "12122026")
    save(qtbot, dialog)
    assert dialog.isVisible() and "sebelum tanggal mulai" in dialog.message.text()


def test_calendar_speaks_indonesian_and_opens_on_a_date(qtbot):
    dialog = WorkshopDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.dates_check, LEFT)
    dialog.start_edit.line.clear()
    calendar = dialog.start_edit.show_calendar()
    assert calendar.locale().language() == QLocale.Language.Indonesian
    assert calendar.selectedDate().year() >= 2026  # not January 2000


def test_month_names_and_digits():
    assert parse_typed_date("8 Des 2026") == date(2026, 12, 8)
    assert parse_typed_date("1 juni 2027") == date(2027, 6, 1)
    assert parse_typed_date("01062027") == date(2027, 6, 1)
