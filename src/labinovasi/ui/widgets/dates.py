"""One date editor for every table of the app: a typed date (31-01-2027, 31/01/2027, 31012027,
8 Desember 2027) is taken whole or refused with a message, never silently turned into another day; a year far
from the workshop's is refused; a calendar pop-up is at hand (the ▾ button, or Alt+Down)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from labinovasi.formatting import format_date
from labinovasi.i18n import current_language

TYPED_FORMAT = "HH-BB-TTTT"  # what the user is told to type (hari-bulan-tahun)
YEARS_BEFORE, YEARS_AFTER = 1, 5  # around the workshop's year: a rencana aksi is months long
_SEPARATED = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NAMED = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
# "8 Desember 2026", "8 Des 2026", "8 December 2026": the month by its name or first letters.
_MONTHS = (
    ("januari", "january"),
    ("februari", "february", "pebruari"),
    ("maret", "march"),
    ("april",),
    ("mei", "may"),
    ("juni", "june"),
    ("juli", "july"),
    ("agustus", "august", "agt", "ags"),
    ("september", "sept"),
    ("oktober", "october"),
    ("november", "nopember"),
    ("desember", "december"),
)


def _month_named(word: str) -> int | None:
    word = word.casefold()
    for number, names in enumerate(_MONTHS, start=1):
        if any(word == name or (len(word) >= 3 and name.startswith(word)) for name in names):
            return number
    return None


def ui_locale() -> QLocale:
    """The locale calendars speak: Indonesian unless the app is in English."""
    if current_language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def parse_typed_date(text: str, years: tuple[int, int] | None = None) -> date | None:
    """The date the user typed, whole: dd-mm-yyyy (also with / or .), ddmmyyyy, or ISO
    yyyy-mm-dd; blank is None. Anything else, a day the month does not have, or a year
    outside `years` (inclusive) raises ValueError with the message to show."""
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _SEPARATED.match(text) or _DIGITS.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif (match := _NAMED.match(text)) and (named := _month_named(match.group(2))):
        day, month, year = int(match.group(1)), named, int(match.group(3))
    else:
        raise ValueError(
            QCoreApplication.translate(
                "DateEditor", "Tanggal \u201c%1\u201d tidak dikenali: tulis %2, mis. 31-01-2027."
            )
            .replace("%1", text)
            .replace("%2", TYPED_FORMAT)
        )
    try:
        value = date(year, month, day)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "DateEditor", "Tanggal \u201c%1\u201d tidak ada di kalender."
            ).replace("%1", text)
        ) from None
    if years is not None and not years[0] <= value.year <= years[1]:
        raise ValueError(
            QCoreApplication.translate(
                "DateEditor", "Tahun %1 di luar masa lokakarya (%2–%3); periksa tanggalnya."
            )
            .replace("%1", str(value.year))
            .replace("%2", str(years[0]))
            .replace("%3", str(years[1]))
        )
    return value


def years_around(day: date | None) -> tuple[int, int]:
    """The years a workshop's dates may fall in: from the year before to five years after."""
    year = (day or date.today()).year
    return year - YEARS_BEFORE, year + YEARS_AFTER


class DateEditor(QWidget):
    """A line to type the date in, and a ▾ button (Alt+Down) with a calendar pop-up."""

    picked = Signal()  # a day was picked in the calendar: the edit is finished

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dateEditor")
        self.line = QLineEdit(objectName="dateLine")
        self.line.setPlaceholderText(TYPED_FORMAT)
        self.button = QToolButton(objectName="dateCalendarButton")
        self.button.setText("▾")
        self.button.setToolTip(
            QCoreApplication.translate("DateEditor", "Pilih dari kalender (Alt+Bawah)")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)
        self.calendar: QCalendarWidget | None = None
        self.opening_date: date | None = None  # where an empty editor's calendar opens

    def typed_date(self) -> date | None:
        """The typed date (None when blank); ValueError with the message when unreadable."""
        return parse_typed_date(self.line.text())

    def text(self) -> str:
        return self.line.text()

    def set_date(self, value: date | None) -> None:
        self.line.setText(value.strftime("%d-%m-%Y") if value else "")
        self.line.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)

    def show_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget(self, objectName="dateCalendar")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setLocale(ui_locale())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        try:
            current = parse_typed_date(self.line.text())
        except ValueError:
            current = None
        current = current or self.opening_date
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(lambda qdate: self._pick(calendar, qdate))
        calendar.clicked.connect(lambda qdate: self._pick(calendar, qdate))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _pick(self, calendar: QCalendarWidget, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        calendar.close()
        calendar.deleteLater()
        self.calendar = None
        self.picked.emit()


class DateDelegate(QStyledItemDelegate):
    """Dates in a table: kept as ISO text in the item, shown as "31 Januari 2027", edited with
    a DateEditor. A refused date leaves the cell as it was and emits `refused(message)`."""

    refused = Signal(str)

    def __init__(
        self,
        parent=None,
        years: Callable[[], tuple[int, int]] | None = None,
        opening: Callable[[], date | None] | None = None,
    ):
        super().__init__(parent)
        self._years = years or (lambda: years_around(None))
        self._opening = opening or (lambda: None)  # where an empty cell's calendar opens

    def displayText(self, value, locale) -> str:
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value or "")

    def createEditor(self, parent, option, index):
        editor = DateEditor(parent)
        editor.opening_date = self._opening() or date.today()
        editor.picked.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: DateEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        if editor.line.text():  # the key that opened the editor is already typed in
            return
        try:
            editor.set_date(date.fromisoformat(str(index.data(Qt.ItemDataRole.EditRole) or "")))
        except ValueError:
            editor.set_date(None)

    def setModelData(self, editor, model, index) -> None:
        try:
            value = parse_typed_date(editor.text(), self._years())
        except ValueError as error:
            self.refused.emit(str(error))
            return
        model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)


def use_date_delegate(view: QAbstractItemView, columns, years=None, opening=None) -> DateDelegate:
    """Put one DateDelegate on `columns` of `view`; typing, F2 and double-click all edit."""
    delegate = DateDelegate(view, years, opening)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return delegate
