"""Colours and small style helpers shared by the facilitator's widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor

MET = QColor("#2e7d32")  # minimum reached
BELOW = QColor("#d9822b")  # still short
TRACK = QColor("#e4e1d8")  # empty part of a progress bar
BELOW_TEXT = QColor("#a04f00")  # "still short" as text: darker than the bar for contrast
MUTED = QColor("#6b6f75")  # duplicates, blank ideas, not-passing APKL
WARNING_TEXT = "#b3261e"  # inline refusals
OK_TEXT = "#2e7d32"

MESSAGE_WARNING_QSS = f"color: {WARNING_TEXT};"
MESSAGE_OK_QSS = f"color: {OK_TEXT};"
HEADER_QSS = "font-size: 15pt; font-weight: 600;"
