"""Small reusable widgets: a text box that reports when its edit is finished, a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)

from labinovasi.ui import style


def warn(parent, title: str, text: str) -> None:
    """A warning box whose text is plain text: a file name or an idea holding "<b>" or
    "<img src=...>" is shown as typed, never rendered (QMessageBox.warning guesses rich text)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
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

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class MessageLine(QLabel):
    """An inline, gentle message: red for refusals, green for confirmations, empty otherwise."""

    def __init__(self, parent=None, **properties):
        super().__init__(parent, **properties)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote participant text
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()

    def show_warning(self, text: str) -> None:
        self.setStyleSheet(style.MESSAGE_WARNING_QSS)
        self.setText(text)

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(style.MESSAGE_OK_QSS)
        self.setText(text)


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


def keep_rows_fitted(table: QTableView) -> None:
    """Re-fit wrapped rows' heights when a column width changes (window resized, splitter
    moved), once the resizing settles, so long ideas are never cut at the old width."""
    timer = QTimer(table, singleShot=True, interval=60)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_args: timer.start())
