"""A score box that says so when a typed number is out of range, instead of ignoring it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox


class ScoreSpinBox(QSpinBox):
    """QSpinBox drops a key that would make the number out of range without a word; this one
    also emits `refused(typed)` so the page can tell the user (e.g. USG 7 when 1–5)."""

    refused = Signal(str)

    def keyPressEvent(self, event) -> None:
        typed = event.text()
        if typed.isdigit():
            line = self.lineEdit()
            text = line.text()
            if line.hasSelectedText():
                start = line.selectionStart()
                text = text[:start] + typed + text[start + len(line.selectedText()) :]
            else:
                position = line.cursorPosition()
                text = text[:position] + typed + text[position:]
            text = text.replace(self.specialValueText(), "") if self.specialValueText() else text
            digits = text.strip()
            if digits.isdigit() and not self.minimum() <= int(digits) <= self.maximum():
                self.refused.emit(digits)
        super().keyPressEvent(event)
