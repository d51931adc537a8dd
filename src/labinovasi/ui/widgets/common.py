"""Small reusable widgets: a text box that reports when its edit is finished, a message line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt's text functions live in QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
)

from labinovasi.domain import LabinovasiError
from labinovasi.ui import style
from labinovasi.ui.signals import signals

# Typing (a diagnosis, at the station or in the facilitator's tab) is written this long after
# it pauses: nothing typed waits on screen for a button, and a crash loses at most this.
AUTOSAVE_MS = 800


def documents_folder() -> Path:
    """Where file dialogs without a better place start: the user's documents folder (else the
    home folder), never the folder the program was started from."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(name: str = "") -> str:
    """A file dialog's starting path: `name` in the user's documents folder."""
    return str(documents_folder() / name) if name else str(documents_folder())


def plain_tip(text: str) -> str:
    """A tooltip showing `text` as typed: Qt renders any tooltip that merely looks like HTML
    ("<b>", "<img …>") as rich text, so participant text goes in escaped, inside a paragraph."""
    if not text:
        return ""
    return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def idea_stands(service, idea_id: str, opd_id: str | None = None) -> Callable[[], bool]:
    """The check of "Gagasan no. N tersimpan": the idea is still there, not withdrawn (an undo
    of its adding withdraws it), and still the OPD's (`opd_id`, when given)."""

    def check() -> bool:
        try:
            idea = service.get_idea(idea_id)
        except LabinovasiError:  # removed
            return False
        return not idea.withdrawn and (opd_id is None or idea.opd_id == opd_id)

    return check


def warn(parent, title: str, text: str) -> None:
    """A warning box whose text is plain text: a file name or an idea holding "<b>" or
    "<img src=...>" is shown as typed, never rendered (QMessageBox.warning guesses rich text)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("warningBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class CommitTextEdit(QPlainTextEdit):
    """A multi-line box that emits `committed` when the user leaves it (like editingFinished)."""

    committed = Signal()

    def __init__(self, parent=None, max_lines: int = 3, **properties):
        super().__init__(parent, **properties)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form, instead of typing a tab
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 2 + 12)
        self.setMaximumHeight(line * max_lines + 14)

    def sizeHint(self) -> QSize:
        # Two lines by preference (more only when the page has room): on a 768-pixel screen
        # the tables below the boxes need the height more.
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class MessageLine(QLabel):
    """An inline, gentle message: red for refusals, green for confirmations, empty otherwise.

    `reserve` keeps the line's room when it is empty, so a message appearing never pushes
    what is below it (and under the user's mouse) down.

    A message that states how things are ("Gagasan no. 2 tersimpan.", "Belum ada inovasi")
    is shown with `holds`, a check that it is still true: after every change notice (an undo,
    another window, another process) and on `recheck()` it goes once the check says no."""

    def __init__(self, parent=None, reserve: bool = False, **properties):
        super().__init__(parent, **properties)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote participant text
        self._reserve = reserve
        self._holds: Callable[[], bool] | None = None
        if reserve:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)
        else:
            self.hide()
        signals.changed.connect(self._follow_change)

    def setText(self, text: str) -> None:
        self._holds = None  # a new message: the old one's check goes with it
        super().setText(text)
        self.setVisible(self._reserve or bool(text))

    def clear(self) -> None:
        self._holds = None
        super().clear()
        self.setVisible(self._reserve)

    @property
    def holds(self) -> Callable[[], bool] | None:
        """The shown message's check (None: it states nothing that can stop being true)."""
        return self._holds

    def recheck(self) -> bool:
        """Clear the message when its check says it is no longer true; True while shown."""
        if self._holds is not None:
            try:
                still = bool(self._holds())
            except Exception:  # noqa: BLE001 - what cannot be checked (the file closed) is not shown as true
                still = False
            if not still:
                self.clear()
        return bool(self.text())

    def _follow_change(self, _change: object) -> None:
        self.recheck()

    def changeEvent(self, event) -> None:
        # A message in the previous language is stale: it goes rather than staying mixed.
        if event.type() == QEvent.Type.LanguageChange:
            self.clear()
        super().changeEvent(event)

    def show_warning(self, text: str, holds: Callable[[], bool] | None = None) -> None:
        self._style(style.MESSAGE_WARNING_QSS)
        self.setText(text)
        self._holds = holds

    def show_ok(self, text: str, holds: Callable[[], bool] | None = None) -> None:
        self._style(style.MESSAGE_OK_QSS)
        self.setText(text)
        self._holds = holds

    def _style(self, sheet: str) -> None:
        if sheet != self.styleSheet():  # a new style sheet re-polishes the label: ~ms
            self.setStyleSheet(sheet)


def add_form_rows(form: QFormLayout, widgets) -> list[QLabel]:
    """Add one row per widget with a label (text set later by retranslate_ui, buddy set for
    Alt+letter mnemonics) and return the labels in order."""
    labels = []
    for widget in widgets:
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, widget)
        labels.append(label)
    return labels


def set_texts(labels: list[QLabel], texts) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def name_buttons(box: QDialogButtonBox, texts: dict) -> None:
    """Our own words on standard buttons: Qt's Indonesian translation is not always installed."""
    for button, text in texts.items():
        if box.button(button) is not None:
            box.button(button).setText(text)


def make_row_list(table: QTableView, wrap: bool = False) -> None:
    """A read-only table of records: one whole row selected at a time, no row numbers (the
    records carry their own); `wrap` lets long texts take more lines, re-fitted on resize."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    if wrap:
        table.setWordWrap(True)
        # Rows keep room to breathe on a projector even after resizeRowsToContents().
        table.verticalHeader().setMinimumSectionSize(28)
        keep_rows_fitted(table)


def fit_columns(table: QTableView, samples: dict[int, str]) -> None:
    """Columns as wide as their contents, their header and a typical value (`samples`, by
    column): an empty table's columns were ~25 px, too narrow to type a name or a NIP into.
    The last column keeps stretching when the header says so."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    last = header.count() - 1
    for column in range(header.count()):
        if column == last and header.stretchLastSection():
            continue
        wanted = max(
            table.columnWidth(column),
            header.sectionSizeFromContents(column).width(),
            metrics.horizontalAdvance(samples.get(column, "")) + 24,
        )
        table.setColumnWidth(column, wanted)


def keep_rows_fitted(table: QTableView) -> None:
    """Re-fit wrapped rows' heights when a column width changes (window resized, splitter
    moved), once the resizing settles, so long ideas are never cut at the old width."""
    timer = QTimer(table, singleShot=True, interval=60)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_args: timer.start())


class ReasonDialog(QDialog):
    """Asks for a written reason (an override, a withdrawal); OK stays disabled while the reason
    is blank, and Enter on a blank reason keeps the dialog open."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.label = QLabel(prompt)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(objectName="reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Ok: ok_text,
                QDialogButtonBox.StandardButton.Cancel: self.tr("Batal"),
            },
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def accept(self) -> None:
        if self.reason().strip():
            super().accept()
