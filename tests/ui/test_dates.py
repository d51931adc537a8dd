"""The rencana aksi's dates: typed dates taken whole or refused, F2 and double-click edit,
a calendar pop-up; parse rules of the shared date editor."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from labinovasi.ui.widgets.dates import parse_typed_date

START, END = 2, 3


def test_typed_forms_are_taken_whole_or_refused():
    assert parse_typed_date("31-01-2027") == date(2027, 1, 31)
    assert parse_typed_date("31012027") == date(2027, 1, 31)
    assert parse_typed_date("1/2/2027") == date(2027, 2, 1)
    assert parse_typed_date("2027-03-31") == date(2027, 3, 31)
    assert parse_typed_date("  ") is None
    for bad in ("31022027", "3103202", "31-13-2027", "kemarin"):
        with pytest.raises(ValueError):
            parse_typed_date(bad)
    with pytest.raises(ValueError, match="3202"):
        parse_typed_date("01013202", (2025, 2031))


@pytest.fixture
def actions(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.show_opd(window.service.find_opd("DINKES").id)
    window.show_tab("design")
    form = window.workspace.design
    qtbot.mouseClick(form.add_action_button, Qt.MouseButton.LeftButton)
    table = form.actions_table
    type_keys(qtbot, "Sosialisasi")
    press_return(qtbot, table)
    assert table.item(0, 0).text() == "Sosialisasi"
    return form, table


def type_keys(qtbot, keys) -> None:
    """Each key to whatever has the focus, as a keyboard does."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClicks(widget, key)


def press_return(qtbot, table) -> None:
    """Enter in the cell's editor; Qt commits the edit on the next turn of the event loop."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)


def type_into_cell(qtbot, table, row, column, keys, start_with=None):
    table.setFocus()
    table.setCurrentCell(row, column)
    if start_with is not None:
        qtbot.keyClick(table, start_with)
    type_keys(qtbot, keys)
    press_return(qtbot, table)


def test_typing_a_date_in_a_cell_takes_it_whole(qtbot, actions):
    form, table = actions
    type_into_cell(qtbot, table, 0, END, "31012027")
    assert table.item(0, END).text() == "2027-01-31"
    assert table.model().index(0, END).data() == "2027-01-31"
    assert form.date_delegate.displayText("2027-01-31", None) == "31 Januari 2027"

    type_into_cell(qtbot, table, 0, END, "31032027", start_with=Qt.Key.Key_F2)
    assert table.item(0, END).text() == "2027-03-31"


def test_impossible_day_and_far_year_are_refused_with_a_message(qtbot, actions):
    form, table = actions
    type_into_cell(qtbot, table, 0, START, "01-12-2026")
    assert table.item(0, START).text() == "2026-12-01"
    type_into_cell(qtbot, table, 0, START, "31112026")
    assert table.item(0, START).text() == "2026-12-01"
    assert "tidak ada di kalender" in form.message.text()
    type_into_cell(qtbot, table, 0, START, "01013202")
    assert table.item(0, START).text() == "2026-12-01"
    assert "3202" in form.message.text()


def test_double_click_opens_the_editor_and_the_calendar_picks_a_day(qtbot, actions):
    form, table = actions
    index = table.model().index(0, START)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.indexWidget(index) or table.focusWidget().parent()
    assert table.state() == table.State.EditingState
    assert editor.objectName() == "dateEditor"
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    calendar = editor.calendar
    assert calendar is not None and calendar.isVisible()
    from PySide6.QtCore import QDate

    calendar.setSelectedDate(QDate(2026, 12, 7))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert table.item(0, START).text() == "2026-12-07"
