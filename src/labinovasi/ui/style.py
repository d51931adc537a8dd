"""Colours and small style helpers shared by the facilitator's widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication

MET = QColor("#2e7d32")  # minimum reached
BELOW = QColor("#d9822b")  # still short
TRACK = QColor("#e4e1d8")  # empty part of a progress bar
BELOW_TEXT = QColor("#a04f00")  # "still short" as text: darker than the bar for contrast
MUTED = QColor("#6b6f75")  # duplicates, blank ideas, not-passing APKL
WARNING_TEXT = "#b3261e"  # inline refusals
OK_TEXT = "#2e7d32"

MESSAGE_WARNING_QSS = f"color: {WARNING_TEXT};"
MESSAGE_OK_QSS = f"color: {OK_TEXT};"
REFERENCE_POINT_SIZE = 9.0  # the application font the sizes in points below were chosen at


def font_scale() -> float:
    """How much larger the application font (the system's, or one the user set) is than the
    font the style's sizes were chosen at: style sheets multiply their sizes by it, so text
    scales with the system's font size instead of staying at a fixed size."""
    size = QGuiApplication.font().pointSizeF() if QGuiApplication.instance() else -1.0
    return size / REFERENCE_POINT_SIZE if size > 0 else 1.0


def font_qss(points: float, weight: int | None = None) -> str:
    """`font-size` (and `font-weight`) for a style sheet: `points` at the reference font,
    scaled with the application font."""
    qss = f"font-size: {points * font_scale():.1f}pt;"
    return qss if weight is None else f"{qss} font-weight: {weight};"


def header_qss() -> str:
    return font_qss(15, 600)
