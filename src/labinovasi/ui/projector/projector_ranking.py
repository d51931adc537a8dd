"""The gelar inovasi's ranking on the projector, shown once the facilitator reveals it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from labinovasi.services.jury import RankingLine

MAX_LINES = 10  # more does not read from the back of a hall


class ProjectorRanking(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("projectorRanking")
        self.heading = QLabel(
            objectName="projectorRankingTitle", alignment=Qt.AlignmentFlag.AlignHCenter
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(16)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.lines: list[RankingLine] = []
        self._shown: tuple | None = None

    def set_lines(self, title: str, lines: list[RankingLine], scale: float = 1.0) -> None:
        shown = (title, list(lines), scale)
        if shown == self._shown:
            return  # the projector refreshes every few seconds: no flicker for nothing
        self._shown = shown
        self.lines = lines
        self.heading.setText(title)
        self.heading.setStyleSheet(f"font-size: {round(34 * scale)}pt; font-weight: 700;")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                # Hidden now: deleteLater waits for the event loop, and until then the old
                # lines would be drawn over the new ones.
                item.widget().hide()
                item.widget().deleteLater()
        for row, line in enumerate(lines[:MAX_LINES]):
            size = round((30 if line.winner else 20) * scale)
            weight = 700 if line.winner else 400
            colour = "#1b5e20" if line.winner else "inherit"
            values = (str(line.rank or "–"), line.name, line.opd, line.mean)
            for column, text in enumerate(values):
                label = QLabel(text, textFormat=Qt.TextFormat.PlainText, wordWrap=column == 1)
                label.setObjectName(f"rankingCell_{row}_{column}")
                label.setStyleSheet(
                    f"font-size: {size}pt; font-weight: {weight};"
                    + (f" color: {colour};" if line.winner else "")
                )
                if column in (0, 3):
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, row, column)
        self.grid.setColumnStretch(1, 1)
