"""Projector view: the workshop's progress in large type for the hall, with a countdown.

Shows only what the room may see: no PIN, no settings, no editing. The facilitator drives the
countdown from CountdownDialog or the window's context menu (right click), not from the screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.guide import guide_steps
from labinovasi.formatting import format_date, format_date_range, format_percent
from labinovasi.services import WorkshopStatus
from labinovasi.services.jury import revealed
from labinovasi.services.team_work import TeamWork, team_text
from labinovasi.ui.projector.projector_ranking import ProjectorRanking
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

REFRESH_MS = 3000  # stations in other processes write to the same file: poll as well
TICK_MS = 1000
DEFAULT_MINUTES = 15

# Dark on light: projectors wash out dark backgrounds in lit halls. High contrast is the
# alternative for weak projectors.
LIGHT = {
    "background": "#fbfaf6",
    "text": "#1b1b1b",
    "muted": "#55585c",
    "tile": "#ffffff",
    "tile_met": "#eef6ec",
    "border": "#c9c6bd",
    "track": "#e4e1d8",
    "met": "#2e7d32",
    "below": "#d9822b",
    "alarm": "#c62828",
}
HIGH_CONTRAST = {
    "background": "#000000",
    "text": "#ffffff",
    "muted": "#e0e0e0",
    "tile": "#111111",
    "tile_met": "#0b2410",
    "border": "#ffffff",
    "track": "#444444",
    "met": "#4cd964",
    "below": "#ffb000",
    "alarm": "#ff5252",
}


@dataclass(frozen=True)
class BoardEntry:
    """One OPD as the projector shows it."""

    abbreviation: str
    name: str
    stage: str
    counted: int
    minimum: int
    met: bool
    progress: str
    team: str = ""  # past drum-up: "USG 4/6 dinilai", "profil 9/14 isian", "minta lanjut"


def format_clock(seconds: int) -> str:
    """12:05 for 725 seconds; 1:02:03 past an hour."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class ProjectorBoard(QWidget):
    """Every OPD as a tile with its "n dari 5" bar; columns flow so 50 OPD fit on one screen."""

    IDEAL = QSize(380, 96)  # a tile at scale 1: room for "KEC-TJS  Diagnose" and a bar
    MAX_SCALE = 1.7
    MAX_STRETCH = 1.35  # tiles may grow taller than ideal when rows leave height unused

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectorBoard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.entries: list[BoardEntry] = []
        self.colors = LIGHT

    def set_entries(self, entries: list[BoardEntry]) -> None:
        if entries != self.entries:
            self.entries = entries
            self.update()

    def grid(self) -> tuple[int, int, float]:
        """(columns, rows, scale) that makes the tiles as large as the area allows."""
        count = len(self.entries)
        if not count or self.width() <= 0 or self.height() <= 0:
            return 1, 1, 1.0
        best = (1, count, 0.0)
        for columns in range(1, count + 1):
            rows = math.ceil(count / columns)
            scale = min(
                self.width() / columns / self.IDEAL.width(),
                self.height() / rows / self.IDEAL.height(),
            )
            if scale > best[2]:
                best = (columns, rows, scale)
        return best[0], best[1], min(best[2], self.MAX_SCALE)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        columns, rows, scale = self.grid()
        tile_w = self.width() / columns
        tile_h = min(self.height() / rows, self.IDEAL.height() * scale * self.MAX_STRETCH)
        for index, entry in enumerate(self.entries):
            row, column = divmod(index, columns)  # row by row: reads like the board
            cell = QRectF(column * tile_w, row * tile_h, tile_w, tile_h)
            self._paint_tile(painter, cell, entry, scale)
        painter.end()

    def _paint_tile(self, painter: QPainter, cell: QRectF, entry: BoardEntry, scale: float) -> None:
        c = self.colors
        gap = 5 * scale
        box = cell.adjusted(gap, gap, -gap, -gap)
        path = QPainterPath()
        path.addRoundedRect(box, 8 * scale, 8 * scale)
        painter.fillPath(path, QColor(c["tile_met"] if entry.met else c["tile"]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor(c["met"] if entry.met else c["border"]))
        painter.drawPath(path)

        pad = 10 * scale
        inner = box.adjusted(pad, pad * 0.7, -pad, -pad * 0.7)
        line_h = inner.height() / 2
        # Type follows the tile's width-bound scale, not the extra height a tile may get.
        text_h = min(line_h, (self.IDEAL.height() - 2 * 5 - 1.4 * 10) * scale / 2)

        # First line: abbreviation (bold), the name in grey as far as it fits, the stage right.
        bold = QFont(self.font())
        bold.setPixelSize(max(8, round(text_h * 0.62)))
        bold.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(max(7, round(text_h * 0.48)))
        stage_width = QFontMetricsF(small).horizontalAdvance(entry.stage)
        top = QRectF(inner.left(), inner.top(), inner.width(), line_h)
        painter.setFont(small)
        painter.setPen(QColor(c["muted"]))
        painter.drawText(
            top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, entry.stage
        )
        title_room = top.width() - stage_width - 8 * scale
        bold_metrics = QFontMetricsF(bold)
        needed = bold_metrics.horizontalAdvance(entry.abbreviation)
        if needed > title_room > 0:  # a long abbreviation: smaller type before cutting it
            bold.setPixelSize(max(8, int(bold.pixelSize() * max(0.7, title_room / needed))))
            bold_metrics = QFontMetricsF(bold)
        abbreviation = bold_metrics.elidedText(
            entry.abbreviation, Qt.TextElideMode.ElideRight, title_room
        )
        painter.setFont(bold)
        painter.setPen(QColor(c["text"]))
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, abbreviation
        )
        used = bold_metrics.horizontalAdvance(abbreviation) + 8 * scale
        if entry.name and entry.name != entry.abbreviation and title_room - used > 40 * scale:
            name = QFontMetricsF(small).elidedText(
                entry.name, Qt.TextElideMode.ElideRight, title_room - used
            )
            painter.setFont(small)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                top.adjusted(used, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )

        # Second line: the bar, then "n dari 5" in bold beside it.
        count_font = QFont(bold)
        count_font.setPixelSize(max(8, round(text_h * 0.56)))
        progress = entry.progress + (" ✓" if entry.met else "")
        text_width = QFontMetricsF(count_font).horizontalAdvance(progress + " ✓") + 6 * scale
        bottom = QRectF(inner.left(), inner.top() + line_h, inner.width(), line_h)
        bar_h = text_h * 0.5
        track = QRectF(
            bottom.left(),
            bottom.center().y() - bar_h / 2,
            max(10.0, bottom.width() - text_width),
            bar_h,
        )
        radius = bar_h / 2
        share = min(1.0, entry.counted / entry.minimum) if entry.minimum else 1.0
        if entry.team:  # past drum-up the team's diagnose/design progress takes the bar's place
            painter.setFont(small)
            painter.setPen(QColor(c["text"]))
            room = QRectF(bottom.left(), bottom.top(), track.width(), bottom.height())
            painter.drawText(
                room,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(small).elidedText(
                    entry.team, Qt.TextElideMode.ElideRight, room.width()
                ),
            )
            share = 0
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c["track"]))
            painter.drawRoundedRect(track, radius, radius)
        if share > 0:
            fill = QRectF(track.left(), track.top(), max(bar_h, track.width() * share), bar_h)
            painter.setBrush(QColor(c["met"] if entry.met else c["below"]))
            painter.drawRoundedRect(fill, radius, radius)
        painter.setFont(count_font)
        painter.setPen(QColor(c["met"] if entry.met else c["text"]))
        painter.drawText(
            QRectF(track.right() + 6 * scale, bottom.top(), text_width, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            progress,
        )


class ProjectorWindow(Retranslatable, QWidget):
    """A second top-level window for the projector; refreshes itself as ideas come in."""

    countdownChanged = Signal(int)  # seconds left
    countdownFinished = Signal()

    def __init__(self, service: WorkshopService, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.service = service
        self.status: WorkshopStatus | None = None
        self.team: dict = {}  # each OPD's diagnose/design progress, read with the status
        self.gelar = None  # the gelar inovasi (DisplayEvent) while its ranking is shown
        # The facilitator's window (set by the main window): the countdown's controls open
        # there, never over the projected board.
        self.facilitator: QWidget | None = None
        self.countdown_dialog: CountdownDialog | None = None
        self.high_contrast = False
        self._duration = 0
        self._remaining = 0

        self.title_label = QLabel(
            objectName="projectorTitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText
        )
        self.subtitle_label = QLabel(
            objectName="projectorSubtitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText
        )
        self.summary_label = QLabel(
            objectName="projectorSummary", wordWrap=True, textFormat=Qt.TextFormat.PlainText
        )
        self.countdown_label = QLabel(
            objectName="projectorCountdown",
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            textFormat=Qt.TextFormat.PlainText,
        )
        self.countdown_caption = QLabel(
            objectName="projectorCountdownCaption",
            alignment=Qt.AlignmentFlag.AlignRight,
            textFormat=Qt.TextFormat.PlainText,
        )
        self.board = ProjectorBoard(self)
        # On a one-screen laptop the projector opens as a window: say how to fill the screen.
        self.full_screen_hint = QLabel(
            objectName="fullScreenHint",
            alignment=Qt.AlignmentFlag.AlignRight,
            textFormat=Qt.TextFormat.PlainText,
        )
        for label in (self.title_label, self.subtitle_label, self.summary_label):
            # Long titles wrap instead of widening the window past the projector's screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        header = QGridLayout()
        header.addWidget(self.title_label, 0, 0)
        header.addWidget(self.subtitle_label, 1, 0)
        header.addWidget(self.countdown_caption, 0, 1)
        header.addWidget(self.countdown_label, 1, 1, 2, 1)
        header.addWidget(self.summary_label, 2, 0)
        header.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.board, 1)
        # The gelar inovasi's ranking takes the board's place while it is revealed.
        self.ranking_view = ProjectorRanking(self)
        self.ranking_view.hide()
        layout.addWidget(self.ranking_view, 1)
        layout.addWidget(self.full_screen_hint)
        self._layout = layout

        self._tick_timer = QTimer(self, objectName="countdownTimer", interval=TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._refresh_timer = QTimer(self, objectName="refreshTimer", interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self._connect_app_signals()
        self._build_menu()

        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.menu.exec(self.mapToGlobal(pos)))
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.showNormal)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, activated=self.toggle_countdown)

        self._apply_colors()
        self.resize(1280, 720)
        self.retranslate_ui()
        self.refresh()

    # -- wiring --------------------------------------------------------------------------

    def _connect_app_signals(self) -> None:
        from labinovasi.ui.signals import signals

        signals.changed.connect(self.refresh)
        # The projector shows whatever workshop the facilitator has open.
        signals.workshopOpened.connect(self.show_workshop)

    def show_workshop(self, service: WorkshopService) -> None:
        self.service = service
        self.refresh()

    def _build_menu(self) -> None:
        self.menu = QMenu(self)
        self.menu.setObjectName("projectorMenu")
        self.countdown_action = QAction(self, triggered=self.open_countdown_dialog)
        self.start_action = QAction(self, triggered=self.toggle_countdown)
        self.reset_action = QAction(self, triggered=self.reset)
        self.full_screen_action = QAction(self, triggered=self.toggle_full_screen)
        self.contrast_action = QAction(self, checkable=True, toggled=self.set_high_contrast)
        self.close_action = QAction(self, triggered=self.close)
        for action in (self.countdown_action, self.start_action, self.reset_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.full_screen_action, self.contrast_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.close_action)

    def retranslate_ui(self) -> None:
        # Qt adds the application's name ("Labinovasi") to every window title itself.
        self.setWindowTitle(self.tr("Layar proyektor"))
        self.full_screen_hint.setText(self.tr("F11: layar penuh · Esc: kembali ke jendela"))
        self.countdown_action.setText(self.tr("Atur hitung mundur…"))
        self.reset_action.setText(self.tr("Ulangi hitung mundur"))
        self.full_screen_action.setText(self.tr("Layar penuh (F11)"))
        self.contrast_action.setText(self.tr("Kontras tinggi"))
        self.close_action.setText(self.tr("Tutup layar proyektor"))
        self.countdown_caption.setText(self.tr("Sisa waktu"))
        self._show_countdown()
        self._show_status()

    # -- data ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        try:
            self.status = self.service.status()
            self.team = self.team_progress()
            shown = revealed(self.service)
        except Exception:  # noqa: BLE001 - a busy file must not take the hall's screen down
            return
        self.gelar = shown[0] if shown is not None else None
        self._show_status()
        self._show_ranking(shown[1] if shown is not None else None)

    def _show_ranking(self, lines) -> None:
        self.board.setVisible(lines is None)
        self.summary_label.setVisible(lines is None)  # the ideas count is not the news now
        self.ranking_view.setVisible(lines is not None)
        if lines is not None:
            self.ranking_view.set_lines(
                self.tr("Peringkat Gelar Inovasi"), lines, max(0.6, min(self.width() / 1600, 1.4))
            )

    def summary_text(self) -> str:
        if self.status is None:
            return ""
        total = len(self.status.opds)
        met = self.status.opds_meeting_minimum
        return self.tr(
            "{met} dari {total} OPD ({percent}) memenuhi minimal {minimum} gagasan"
        ).format(
            met=met,
            total=total,
            percent=format_percent(met, total),
            minimum=self.status.workshop.min_ideas,
        )

    def _show_status(self) -> None:
        if self.status is None:
            return
        workshop = self.status.workshop
        if self.gelar is not None:  # the ranking is the gelar inovasi's: its name, place, day
            self.title_label.setText(self.gelar.title or self.tr("Gelar Inovasi"))
            details = [workshop.region, self.gelar.place, format_date(self.gelar.on_date)]
        else:
            self.title_label.setText(workshop.title)
            details = [
                workshop.region,
                workshop.place,
                format_date_range(workshop.start_date, workshop.end_date),
            ]
        self.subtitle_label.setText(" · ".join(part for part in details if part))
        self.summary_label.setText(self.summary_text())
        team = self.team  # read with the status: a language change only re-words, no reading
        self.board.set_entries(
            [
                BoardEntry(
                    abbreviation=s.opd.abbreviation or s.opd.name,
                    name=s.opd.name,
                    stage=s.opd.stage.label,
                    counted=s.tally.counted,
                    minimum=s.minimum,
                    met=s.meets_minimum,
                    progress=s.progress,
                    team=team_text(s.opd.stage, team.get(s.opd.id)),
                )
                for s in self.status.opds
            ]
        )

    def team_progress(self) -> dict:
        try:
            return TeamWork(self.service).progress()
        except LabinovasiError:
            return {}

    # -- countdown -----------------------------------------------------------------------

    @property
    def remaining_seconds(self) -> int:
        return self._remaining

    @property
    def countdown_seconds(self) -> int:
        """The length set with set_countdown (0: none)."""
        return self._duration

    @property
    def countdown_running(self) -> bool:
        return self._tick_timer.isActive()

    def set_countdown(self, minutes: float) -> None:
        """Set (and stop) the countdown; 0 hides it."""
        self._tick_timer.stop()
        self._duration = max(0, round(minutes * 60))
        self._remaining = self._duration
        self._show_countdown()

    def start(self) -> None:
        if self._remaining > 0:
            self._tick_timer.start()
            self._show_countdown()

    def pause(self) -> None:
        self._tick_timer.stop()
        self._show_countdown()

    def reset(self) -> None:
        self._tick_timer.stop()
        self._remaining = self._duration
        self._show_countdown()

    def toggle_countdown(self) -> None:
        if self.countdown_running:
            self.pause()
        else:
            self.start()

    @Slot()
    def _tick(self) -> None:
        self._remaining = max(0, self._remaining - TICK_MS // 1000)
        if self._remaining == 0:
            self._tick_timer.stop()
            self.countdownFinished.emit()
        self._show_countdown()

    def countdown_text(self) -> str:
        if self._duration == 0:
            return ""
        if self._remaining == 0:
            return self.tr("Waktu habis")
        return format_clock(self._remaining)

    def _show_countdown(self) -> None:
        visible = self._duration > 0
        self.countdown_label.setVisible(visible)
        self.countdown_caption.setVisible(visible)
        self.countdown_label.setText(self.countdown_text())
        over = visible and self._remaining == 0
        color = self._colors()["alarm" if over else "text"]
        self.countdown_label.setStyleSheet(f"color: {color};")
        self.start_action.setText(
            self.tr("Jeda") if self.countdown_running else self.tr("Mulai hitung mundur")
        )
        self.start_action.setEnabled(self._remaining > 0)
        self.countdownChanged.emit(self._remaining)

    def open_countdown_dialog(self) -> CountdownDialog:
        """The countdown's controls on the facilitator's window (or, with none, a screen other
        than the projector's), never over the board the room is watching. One at a time."""
        dialog = self.countdown_dialog
        if dialog is None or not dialog.isVisible():
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.countdown_dialog = CountdownDialog(self, self.facilitator)
            if self.facilitator is None:
                away = [s for s in QApplication.screens() if s != self.screen()]
                screen = away[0] if away else QApplication.primaryScreen()
                dialog.setScreen(screen)
                dialog.move(screen.availableGeometry().center() - dialog.rect().center())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- look ----------------------------------------------------------------------------

    def _colors(self) -> dict[str, str]:
        return HIGH_CONTRAST if self.high_contrast else LIGHT

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = bool(on)
        self._apply_colors()
        self._show_countdown()

    def _apply_colors(self) -> None:
        c = self._colors()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(c["background"]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.subtitle_label.setStyleSheet(f"color: {c['muted']};")
        self.countdown_caption.setStyleSheet(f"color: {c['muted']};")
        self.full_screen_hint.setStyleSheet(f"color: {c['muted']};")
        self.board.colors = c
        self.board.update()

    def closeEvent(self, event) -> None:
        if self.countdown_dialog is not None:  # its buttons drive this window
            self.countdown_dialog.close()
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_hint.setVisible(not self.isFullScreen())
        super().changeEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_on_projector(self) -> None:
        """Full screen on the last screen when a second one is attached, else a normal window."""
        screens = QApplication.screens()
        if len(screens) > 1:
            screen = screens[-1]
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

    def resizeEvent(self, event) -> None:
        # Type grows with the screen: sizes are tuned for 1080 pixels of height.
        unit = max(0.45, min(self.height() / 1080, self.width() / 1920 * 1.2))
        for label, pixels, bold in (
            (self.title_label, 46, True),
            (self.subtitle_label, 26, False),
            (self.summary_label, 36, True),
            (self.countdown_caption, 24, False),
            (self.countdown_label, 84, True),
        ):
            font = QFont(self.font())
            font.setPixelSize(round(pixels * unit))
            font.setBold(bold)
            label.setFont(font)
        margin = round(28 * unit)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(round(14 * unit))
        super().resizeEvent(event)


class CountdownDialog(Retranslatable, QDialog):
    """The facilitator's remote for the projector's countdown (on the laptop screen)."""

    def __init__(self, projector: ProjectorWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countdownDialog")
        self.projector = projector
        self.minutes = QSpinBox(objectName="countdownMinutes", minimum=1, maximum=240)
        # The guide's time boxes (per step of the method) as ready choices.
        self.time_box = QComboBox(objectName="countdownTimeBox")
        for step in guide_steps():
            self.time_box.addItem(f"{step.title} ({step.minutes})", step.minutes)
        self.time_box.setCurrentIndex(-1)
        self.time_box.activated.connect(
            lambda index: self.minutes.setValue(self.time_box.itemData(index))
        )
        current = projector.countdown_seconds // 60
        self.minutes.setValue(current or DEFAULT_MINUTES)
        self.minutes_label = QLabel(objectName="countdownMinutesLabel")
        self.minutes_label.setBuddy(self.minutes)
        self.remaining_label = QLabel(
            objectName="countdownRemaining", textFormat=Qt.TextFormat.PlainText
        )
        font = self.remaining_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.remaining_label.setFont(font)
        self.set_button = QPushButton(objectName="countdownSetButton")
        self.start_button = QPushButton(objectName="countdownStartButton")
        self.reset_button = QPushButton(objectName="countdownResetButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        row = QHBoxLayout()
        row.addWidget(self.minutes_label)
        row.addWidget(self.minutes)
        row.addWidget(self.set_button)
        controls = QHBoxLayout()
        controls.addWidget(self.start_button)
        controls.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.time_box)
        layout.addLayout(row)
        layout.addWidget(self.remaining_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(controls)
        layout.addWidget(self.buttons)

        self.set_button.clicked.connect(self.apply)
        self.start_button.clicked.connect(projector.toggle_countdown)
        self.reset_button.clicked.connect(projector.reset)
        self.buttons.rejected.connect(self.reject)
        projector.countdownChanged.connect(self._update)
        self.retranslate_ui()

    def apply(self) -> None:
        self.projector.set_countdown(self.minutes.value())

    def retranslate_ui(self) -> None:
        self.time_box.setAccessibleName(self.tr("Lama hitung mundur"))
        self.setWindowTitle(self.tr("Hitung mundur"))
        self.minutes_label.setText(self.tr("&Menit:"))
        self.set_button.setText(self.tr("Atur"))
        self.reset_button.setText(self.tr("Ulangi"))
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        text = self.projector.countdown_text()
        self.remaining_label.setText(text or self.tr("Belum diatur"))
        running = self.projector.countdown_running
        self.start_button.setText(self.tr("Jeda") if running else self.tr("Mulai"))
        self.start_button.setEnabled(self.projector.remaining_seconds > 0)
        self.reset_button.setEnabled(self.projector.countdown_seconds > 0)
