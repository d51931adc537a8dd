"""Station screen 2, "Tulis gagasan": one big field, Enter saves (on disk before the screen says
so), "n dari 5" grows and celebrates the minimum, the OPD's ideas so far, and a short window
in which a participant may correct the idea they just saved (never anyone else's)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScroller,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.services import IdeaView, OpdStatus
from labinovasi.ui import style
from labinovasi.ui.signals import Change, notify
from labinovasi.ui.station import style as station_style
from labinovasi.ui.widgets.common import MessageLine, idea_stands

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

CORRECTION_SECONDS = 120  # how long a participant may correct the idea they just saved
CELEBRATION_MS = 12_000  # how long the "minimum reached" banner stays


@dataclass
class Draft:
    """Fields typed but not saved when the station left the OPD (idle or "Ganti OPD")."""

    text: str
    author: str
    problem: str


@dataclass
class OwnIdea:
    """The idea this station saved last for the person at it: the only one they may correct."""

    idea_id: str
    number: int
    saved_at: float


class IdeaInput(QPlainTextEdit):
    """A wrapping field for one idea: Enter saves (never a new line), pasted lines are joined."""

    submitted = Signal()
    LINES = 2

    def __init__(self, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self.LINES
            + margins.top()
            + margins.bottom()
            + 2 * self.document().documentMargin()
        )
        return QSize(super().sizeHint().width(), int(height))

    def minimumSizeHint(self) -> QSize:
        # A scroll area's own minimum (room for its scroll bars) is taller than two lines: the
        # layout gave the box that height until the first "tersimpan" squeezed it to two lines
        # (issue 25). Two lines it is, from the start.
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
        else:
            super().insertFromMimeData(source)


class IdeaLineDelegate(QStyledItemDelegate):
    """Wrapped plain-text rows measured at the list's real width (Qt's own word-wrap measure
    goes wrong with style-sheet padding and leaves a row cut short)."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def _padding(self, font: QFont) -> int:
        return max(4, QFontMetrics(font).height() // 3)

    def _font(self, option: QStyleOptionViewItem, index) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return QFont(font) if font is not None else QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        font = self._font(option, index)
        pad = self._padding(font)
        width = max(50, self.view.viewport().width() - 2 * pad)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width + 2 * pad, bounds.height() + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        font = self._font(option, index)
        pad = self._padding(font)
        painter.save()
        rect = option.rect
        painter.setPen(QColor("#e4e1d8"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(brush.color() if isinstance(brush, QBrush) else QColor(station_style.TEXT))
        painter.setFont(font)
        painter.drawText(
            rect.adjusted(pad, pad, -pad, -pad), int(Qt.TextFlag.TextWordWrap), index.data() or ""
        )
        painter.restore()


def _repolish(widget: QWidget) -> None:
    """Apply style-sheet rules that depend on a dynamic property that just changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class IdeasPage(QWidget):
    """Ideas of one OPD. `clock` (seconds, monotonic) times the correction window."""

    change_opd_requested = Signal()
    saved = Signal(str)  # idea id, emitted after the idea is on disk and the screen says so

    def __init__(
        self,
        service: WorkshopService,
        clock: Callable[[], float] = time.monotonic,
        station_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("stationIdeasPage")
        self.service = service
        self.clock = clock
        self.station_id = station_id
        self.opd_id: str | None = None
        self.status: OpdStatus | None = None
        self.views: list[IdeaView] = []
        self.own: OwnIdea | None = None
        self.correcting = False
        self._stash: Draft | None = None  # what the field held when a correction began
        self.drafts: dict[str, Draft] = {}
        self.last_saved_id: str | None = None

        self.opd_title = QLabel(objectName="stationOpdTitle")
        self.opd_title.setTextFormat(Qt.TextFormat.PlainText)
        self.opd_name = QLabel(objectName="stationOpdName")
        self.opd_name.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(objectName="stationChangeOpd")
        self.change_button.setProperty("secondary", True)
        self.change_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.change_button.clicked.connect(self.change_opd_requested)

        self.progress_bar = QProgressBar(objectName="stationProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_animation = QPropertyAnimation(self.progress_bar, b"value", self)
        self.progress_animation.setDuration(450)
        self.progress_animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.progress_label = QLabel(objectName="stationProgressLabel")
        self.progress_note = QLabel(objectName="stationProgressNote")
        self.celebration = QLabel(objectName="stationCelebration")
        self.celebration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its room is kept while hidden: the banner appears without pushing the input down
        # under a typing participant's hands.
        policy = self.celebration.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.celebration.setSizePolicy(policy)
        self.celebration.hide()
        self.celebration_flash = QVariantAnimation(self)
        self.celebration_flash.setStartValue(QColor(station_style.CELEBRATE_FLASH))
        self.celebration_flash.setEndValue(QColor(station_style.CELEBRATE))
        self.celebration_flash.setDuration(900)
        self.celebration_flash.setLoopCount(3)
        self.celebration_flash.valueChanged.connect(self._paint_celebration)
        self.celebration_timer = QTimer(self, singleShot=True, interval=CELEBRATION_MS)
        self.celebration_timer.timeout.connect(self.celebration.hide)

        self.idea_label = QLabel(objectName="stationIdeaLabel")
        self.idea_input = IdeaInput(objectName="stationIdeaInput")
        self.idea_input.submitted.connect(self.save)
        self.idea_label.setBuddy(self.idea_input)
        self.author_label = QLabel(objectName="stationAuthorLabel")
        self.author_input = QLineEdit(objectName="stationAuthorInput")
        self.author_label.setBuddy(self.author_input)
        self.problem_label = QLabel(objectName="stationProblemLabel")
        self.problem_input = QLineEdit(objectName="stationProblemInput")
        self.problem_label.setBuddy(self.problem_input)
        for line in (self.author_input, self.problem_input):
            line.returnPressed.connect(self.save)
        # The pengusul is cleared after each idea (the next one is often somebody else's),
        # kept only when this is ticked.
        self.same_author = QCheckBox(objectName="stationSameAuthor")
        self.save_button = QPushButton(objectName="stationSaveButton")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(objectName="stationMessage")
        self.correct_button = QPushButton(objectName="stationCorrectButton")
        self.correct_button.setProperty("secondary", True)
        self.correct_button.clicked.connect(self.start_correction)
        self.correct_button.hide()
        self.cancel_correction_button = QPushButton(objectName="stationCancelCorrection")
        self.cancel_correction_button.setProperty("secondary", True)
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        self.cancel_correction_button.hide()

        self.tips = QLabel(objectName="stationTips")
        self.tips.setWordWrap(True)
        self.list_heading = QLabel(objectName="stationListHeading")
        self.idea_list = QListWidget(objectName="stationIdeaList")
        self.idea_list.setItemDelegate(IdeaLineDelegate(self.idea_list))
        # Reached with Tab (a screen reader reads it), never by a tap: Enter belongs to the field.
        self.idea_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.idea_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.idea_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(self.idea_list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.idea_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.idea_list.setResizeMode(QListWidget.ResizeMode.Adjust)

        for label in (self.idea_label, self.list_heading, self.author_label, self.problem_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.opd_title)
        titles.addWidget(self.opd_name)
        header.addLayout(titles, 1)
        header.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)

        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.progress_label)

        fields = QHBoxLayout()
        for label, widget, stretch in (
            (self.author_label, self.author_input, 2),
            (self.problem_label, self.problem_input, 3),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(label)
            column.addWidget(widget)
            if widget is self.author_input:
                column.addWidget(self.same_author)
            else:
                column.addStretch(1)
            fields.addLayout(column, stretch)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.cancel_correction_button)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.idea_label)
        left.addWidget(self.idea_input)
        left.addLayout(fields)
        left.addLayout(actions)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.tips)

        right = QVBoxLayout()
        right.addWidget(self.list_heading)
        right.addWidget(self.idea_list, 1)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(progress)
        layout.addWidget(self.progress_note)
        layout.addWidget(self.celebration)
        layout.addLayout(body, 1)
        # Reading order: the OPD switch at the top, the idea and its fields, the buttons, the list.
        for before, after in itertools.pairwise(
            (
                self.change_button,
                self.idea_input,
                self.author_input,
                self.same_author,
                self.problem_input,
                self.save_button,
                self.correct_button,
                self.cancel_correction_button,
                self.idea_list,
            )
        ):
            self.setTabOrder(before, after)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.correct_button.setAccessibleName(self.tr("Perbaiki ide terakhir"))
        self.idea_list.setAccessibleName(self.tr("Gagasan OPD ini sejauh ini"))
        self.change_button.setText(self.tr("Ganti OPD"))
        self.idea_label.setText(self.tr("Gagasan Anda — tulis satu, lalu tekan Enter"))
        self.idea_input.setPlaceholderText(
            self.tr("Contoh: Layanan antar obat untuk lansia di desa terpencil")
        )
        self.author_label.setText(self.tr("Nama pengusul (boleh kosong)"))
        self.same_author.setText(self.tr("Gagasan berikutnya sama pengusulnya"))
        self.problem_label.setText(self.tr("Masalah yang dijawab (boleh kosong)"))
        self.cancel_correction_button.setText(self.tr("Batal memperbaiki"))
        self.tips.setText(
            self.tr(
                "Satu gagasan, satu kalimat: apa yang akan dibuat OPD Anda, untuk siapa. Setiap "
                "gagasan langsung tersimpan. Gagasan yang sama dengan yang sudah ada tetap "
                "disimpan, tetapi tidak dihitung. Gagasan orang lain tidak bisa diubah atau "
                "dihapus dari sini."
            )
        )
        self.celebration.setText(
            self.tr("★  Minimal %1 gagasan tercapai!  ★").replace(
                "%1", str(self.status.minimum if self.status else "")
            )
        )
        self._update_save_button()
        self._show_status()
        self._update_correct_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- opening and leaving an OPD ---------------------------------------------------------

    def set_opd(self, opd_id: str) -> bool:
        """Show this OPD's ideas, with any draft left on it; False when the OPD is gone."""
        self.opd_id = opd_id
        self.own = None
        self.correcting = False
        self._stash = None
        self.message.clear()
        self.celebration.hide()
        self.celebration_timer.stop()
        self.idea_input.clear()
        self.author_input.clear()
        self.same_author.setChecked(False)
        self.problem_input.clear()
        if not self.refresh(animate=False):
            return False
        draft = self.drafts.pop(opd_id, None)
        if draft is not None:
            self.idea_input.setPlainText(draft.text)
            self.author_input.setText(draft.author)
            self.problem_input.setText(draft.problem)
            self.idea_input.moveCursor(self.idea_input.textCursor().MoveOperation.End)
            self.message.show_warning(
                self.tr(
                    "Gagasan yang belum disimpan dikembalikan. Tekan Enter untuk menyimpannya, "
                    "atau hapus bila tidak jadi."
                )
            )
        self._update_save_button()
        self._update_correct_button()
        self.focus_input()
        return True

    def leave(self) -> Draft | None:
        """Leave the OPD (idle or "Ganti OPD"): whatever is typed and not saved is kept as the
        OPD's draft, shown again when the OPD is picked next. Returns that draft."""
        if self.correcting:
            self.cancel_correction()  # the correction is dropped; the idea stays as saved
        draft = Draft(
            self.idea_input.toPlainText(), self.author_input.text(), self.problem_input.text()
        )
        kept = None
        if self.opd_id and (draft.text.strip() or draft.problem.strip()):
            self.drafts[self.opd_id] = kept = draft
        self.idea_input.clear()
        self.author_input.clear()
        self.problem_input.clear()
        self.own = None
        self.celebration.hide()
        self.message.clear()
        self._update_correct_button()
        self.opd_id = None
        return kept

    def focus_input(self) -> None:
        self.idea_input.setFocus()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self, animate: bool = True) -> bool:
        """Re-read the OPD's count and ideas (other stations write to the same file)."""
        if self.opd_id is None:
            return False
        try:
            status = self.service.opd_status(self.opd_id)
            views = self.service.list_ideas(self.opd_id)
        except LabinovasiError:  # the facilitator removed the OPD meanwhile
            self.change_opd_requested.emit()
            return False
        self.status, self.views = status, views
        self._show_status(animate)
        self._show_ideas()
        self._update_correct_button()
        self.message.recheck()  # another process may have withdrawn the idea it confirms
        return True

    def _show_status(self, animate: bool = False) -> None:
        status = self.status
        if status is None:
            return
        opd = status.opd
        self.opd_title.setText(opd.abbreviation)
        self.opd_name.setText(opd.name)
        met = status.meets_minimum
        self.progress_label.setText(self.tr("%1 gagasan").replace("%1", status.progress))
        if met:
            note = self.tr("Minimal tercapai. Gagasan tambahan tetap disambut!")
        else:
            note = self.tr("Perlu %1 gagasan lagi untuk mencapai minimal.").replace(
                "%1", str(status.missing)
            )
        if status.tally.duplicates:
            note += " " + self.tr("(%1 gagasan sudah ada sebelumnya, tidak dihitung.)").replace(
                "%1", str(status.tally.duplicates)
            )
        self.progress_note.setText(note)
        self.celebration.setText(
            self.tr("★  Minimal %1 gagasan tercapai!  ★").replace("%1", str(status.minimum))
        )
        for widget in (self.progress_bar, self.progress_label):
            if widget.property("met") != met:
                widget.setProperty("met", met)
                _repolish(widget)
        self.progress_bar.setRange(0, max(1, status.minimum))
        target = min(status.tally.counted, status.minimum)
        self.progress_animation.stop()
        if animate and target != self.progress_bar.value():
            self.progress_animation.setStartValue(self.progress_bar.value())
            self.progress_animation.setEndValue(target)
            self.progress_animation.start()
        else:
            self.progress_bar.setValue(target)

    def _show_ideas(self) -> None:
        self.list_heading.setText(
            self.tr("Gagasan OPD ini (%1)").replace("%1", str(len(self.views)))
        )
        self.idea_list.clear()
        for view in reversed(self.views):  # newest on top: the one just typed is in sight
            item = QListWidgetItem(self.idea_line(view))
            item.setData(Qt.ItemDataRole.UserRole, view.idea.id)
            if not view.counted:
                item.setForeground(QBrush(style.MUTED))
            if self.own is not None and view.idea.id == self.own.idea_id:
                font = QFont(self.idea_list.font())
                font.setBold(True)
                item.setFont(font)
            self.idea_list.addItem(item)
        if not self.views:
            item = QListWidgetItem(self.tr("Belum ada gagasan. Jadilah yang pertama!"))
            item.setForeground(QBrush(QColor(station_style.MUTED)))
            self.idea_list.addItem(item)

    def idea_line(self, view: IdeaView) -> str:
        """Plain text of one idea in the list: number, text, pengusul and why it does not count."""
        line = f"{view.number}. {view.idea.text}"
        notes = []
        if view.idea.author:
            notes.append(self.tr("oleh %1").replace("%1", view.idea.author))
        if view.idea.withdrawn:  # by the facilitator; the station cannot withdraw
            notes.append(self.tr("ditarik fasilitator, tidak dihitung"))
        elif view.duplicate_of is not None:
            notes.append(
                self.tr("sudah ada, tidak dihitung (sama dengan no. %1)").replace(
                    "%1", str(view.duplicate_of_number)
                )
            )
        elif view.blank:
            notes.append(self.tr("kosong, tidak dihitung"))
        return line + ("\n    " + " · ".join(notes) if notes else "")

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Enter: store the typed idea (or the correction). Confirm only once it is on disk."""
        if self.opd_id is None:
            return
        text = self.idea_input.toPlainText()
        if not text.strip():
            self.message.show_warning(
                self.tr("Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.")
            )
            self.focus_input()
            return
        if self.correcting:
            self._save_correction(text)
            return
        before = self.status.tally.counted if self.status else 0
        try:
            # add_idea commits before it returns: what it hands back is on disk.
            view = self.service.add_idea(
                self.opd_id,
                text,
                author=self.author_input.text(),
                problem=self.problem_input.text(),
                station_id=self.station_id,
            )
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            self.focus_input()
            return
        except Exception as error:  # noqa: BLE001 - a kiosk must not die on a full disk
            self.message.show_warning(
                self.tr(
                    "Gagasan BELUM tersimpan (%1). Teks tetap di kolom: coba tekan Enter lagi, "
                    "atau panggil fasilitator."
                ).replace("%1", str(error).splitlines()[0])
            )
            self.focus_input()
            return
        self.own = OwnIdea(view.idea.id, view.number, self.clock())
        self.last_saved_id = view.idea.id
        if not self.same_author.isChecked():
            self.author_input.clear()
        self.idea_input.clear()
        self.problem_input.clear()
        self.refresh()
        # True until the facilitator withdraws it (or undoes its adding) or moves it away.
        saved = idea_stands(self.service, view.idea.id, self.opd_id)
        if view.counted:
            self.message.show_ok(
                self.tr("✓ Tersimpan sebagai gagasan no. %1. Terima kasih!").replace(
                    "%1", str(view.number)
                ),
                saved,
            )
        else:
            self.message.show_warning(
                self.tr(
                    "Tersimpan sebagai gagasan no. %1, tetapi sudah ada, tidak dihitung "
                    "(sama dengan no. %2)."
                )
                .replace("%1", str(view.number))
                .replace("%2", str(view.duplicate_of_number)),
                saved,
            )
        after = self.status.tally.counted if self.status else before
        minimum = self.status.minimum if self.status else 0
        if before < minimum <= after:
            self.celebrate()
        self.focus_input()
        notify(Change(ideas=True, added_ideas=frozenset({view.idea.id})), self.opd_id)
        self.saved.emit(view.idea.id)

    def celebrate(self) -> None:
        """The "minimum reached" banner, flashing for a moment, then staying a while."""
        self.celebration.show()
        self.celebration_flash.stop()
        self.celebration_flash.start()
        self.celebration_timer.start()

    def _paint_celebration(self, color: QColor) -> None:
        self.celebration.setStyleSheet(f"background: {QColor(color).name()};")

    # -- correcting one's own last idea ------------------------------------------------------

    def correction_seconds_left(self) -> float:
        if self.own is None:
            return 0.0
        return max(0.0, CORRECTION_SECONDS - (self.clock() - self.own.saved_at))

    def can_correct(self) -> bool:
        return self.correction_seconds_left() > 0

    def start_correction(self) -> bool:
        """Put the station's last idea into the field for correcting; refused once time is up."""
        if not self.can_correct() or self.own is None:
            self.message.show_warning(
                self.tr(
                    "Hanya gagasan yang baru saja Anda simpan yang bisa diperbaiki, dan hanya dalam "
                    "%1 menit."
                ).replace("%1", str(CORRECTION_SECONDS // 60))
            )
            self._update_correct_button()
            return False
        try:
            idea = self.service.get_idea(self.own.idea_id)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self._stash = Draft(
            self.idea_input.toPlainText(), self.author_input.text(), self.problem_input.text()
        )
        self.correcting = True
        self.idea_input.setPlainText(idea.text)
        self.author_input.setText(idea.author)
        self.problem_input.setText(idea.problem)
        self.idea_input.moveCursor(self.idea_input.textCursor().MoveOperation.End)
        self.message.show_ok(
            self.tr("Perbaiki gagasan no. %1, lalu tekan Enter.").replace(
                "%1", str(self.own.number)
            )
        )
        self._update_save_button()
        self._update_correct_button()
        self.focus_input()
        return True

    def cancel_correction(self) -> None:
        if not self.correcting:
            return
        self._end_correction()
        self.message.clear()
        self.focus_input()

    def _end_correction(self) -> None:
        """Leave correction mode and put back what the fields held before it began."""
        self.correcting = False
        stash, self._stash = self._stash, None
        if stash is not None:
            self.idea_input.setPlainText(stash.text)
            self.author_input.setText(stash.author)
            self.problem_input.setText(stash.problem)
        self._update_save_button()
        self._update_correct_button()

    def _save_correction(self, text: str) -> None:
        own = self.own
        if own is None or not self.can_correct():
            self._expire_correction()
            return
        try:
            # update_idea keeps the replaced text in the idea's history.
            view = self.service.update_idea(
                own.idea_id,
                text=text,
                author=self.author_input.text(),
                problem=self.problem_input.text(),
            )
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            self.focus_input()
            return
        except Exception as error:  # noqa: BLE001 - as in save()
            self.message.show_warning(
                self.tr(
                    "Perbaikan BELUM tersimpan (%1). Coba tekan Enter lagi, atau panggil "
                    "fasilitator."
                ).replace("%1", str(error).splitlines()[0])
            )
            return
        self._end_correction()
        self.refresh()
        saved = idea_stands(self.service, view.idea.id, view.idea.opd_id)
        if view.counted:
            self.message.show_ok(
                self.tr("✓ Perbaikan gagasan no. %1 tersimpan.").replace("%1", str(view.number)),
                saved,
            )
        else:
            self.message.show_warning(
                self.tr(
                    "Perbaikan gagasan no. %1 tersimpan, tetapi sudah ada, tidak dihitung (sama "
                    "dengan no. %2)."
                )
                .replace("%1", str(view.number))
                .replace("%2", str(view.duplicate_of_number)),
                saved,
            )
        self.focus_input()
        notify(Change(ideas=True), view.idea.opd_id)

    def _expire_correction(self) -> None:
        """Time ran out while correcting: keep the typed text, say what Enter will do now."""
        number = self.own.number if self.own else 0
        self.correcting = False
        self._stash = None  # the field keeps the correction text; nothing is thrown away
        self.own = None
        self._update_save_button()
        self._update_correct_button()
        self.message.show_warning(
            self.tr(
                "Waktu untuk memperbaiki gagasan no. %1 sudah habis; gagasan itu tetap seperti "
                "semula. Teks Anda masih di kolom: tekan Enter untuk menyimpannya sebagai gagasan "
                "baru, atau hapus."
            ).replace("%1", str(number))
        )

    def tick(self) -> None:
        """Once a second: count down the correction window."""
        if self.correcting and not self.can_correct():
            self._expire_correction()
        self._update_correct_button()

    def _update_correct_button(self) -> None:
        left = self.correction_seconds_left()
        visible = left > 0 and not self.correcting and self.own is not None
        if visible and self.own is not None:
            minutes, seconds = divmod(int(left + 0.999), 60)
            self.correct_button.setText(
                self.tr("Perbaiki gagasan no. %1 (%2)")
                .replace("%1", str(self.own.number))
                .replace("%2", f"{minutes}:{seconds:02d}")
            )
        self.correct_button.setVisible(visible)
        self.cancel_correction_button.setVisible(self.correcting)

    def _update_save_button(self) -> None:
        self.save_button.setText(
            self.tr("Simpan perbaikan (Enter)") if self.correcting else self.tr("Simpan (Enter)")
        )
