"""Station screen 1, "Pilih OPD Anda": a large searchable list of OPDs with their "n dari 5"."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.rules import normalize_idea_text
from labinovasi.services import OpdStatus
from labinovasi.ui import style
from labinovasi.ui.station import style as station_style

OPD_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def fold(text: str) -> str:
    """Search form: the idea-comparison form (case, punctuation, spaces) without accents."""
    decomposed = unicodedata.normalize("NFKD", normalize_idea_text(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def opd_search_text(abbreviation: str, name: str) -> str:
    """What a search looks in: singkatan (also without its dashes, "kectjs") and nama."""
    abbr = fold(abbreviation)
    return f"{abbr} {abbr.replace(' ', '')} {fold(name)}"


def matches(query: str, haystack: str) -> bool:
    """Every word typed appears in the OPD's search text ("dinas kes" finds Dinas Kesehatan)."""
    return all(word in haystack for word in fold(query).split())


def stage_text(status: OpdStatus) -> str:
    """ "· Design": the OPD's stage as the facilitator's board names it."""
    return f"· {status.opd.stage.label}"


class OpdDelegate(QStyledItemDelegate):
    """One OPD as a large touch target: singkatan and its stage (the board's names: Drum-up,
    Diagnose, Design …), nama, and its "n dari 5" with a bar.
    Two columns when the list is wide (a whole kabupaten's 30–60 OPD scroll half as far)."""

    TWO_COLUMNS_FROM = 900  # list width in pixels

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def columns(self) -> int:
        return 2 if self.view.viewport().width() >= self.TWO_COLUMNS_FROM else 1

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        line = QFontMetrics(option.font).height()
        # Leave room for the scroll bar: a list that grows one appears and the viewport
        # narrows, and items sized to exactly half would then wrap into a single column.
        available = self.view.viewport().width() - self.view.verticalScrollBar().sizeHint().width()
        width = max(200, available // self.columns() - 2)
        return QSize(width, int(line * 2.6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        status: OpdStatus | None = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            QPen(
                QColor(station_style.ACCENT if selected else station_style.BORDER),
                3 if selected else 1,
            )
        )
        painter.setBrush(QColor(station_style.SELECTED if selected else "#ffffff"))
        painter.drawRoundedRect(rect, 10, 10)

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        pad = metrics.height() * 0.6
        inner = rect.adjusted(pad, 0, -pad, 0)
        bar_width = metrics.horizontalAdvance("00 dari 00") * 1.5
        progress_box = QRectF(inner.right() - bar_width, inner.top(), bar_width, inner.height())
        text_box = QRectF(
            inner.left(), inner.top(), inner.width() - bar_width - pad, inner.height()
        )

        # Singkatan bold on top, nama below it: both readable from a step back.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(station_style.TEXT))
        top = QRectF(text_box.left(), text_box.top(), text_box.width(), text_box.height() / 2)
        bottom = QRectF(text_box.left(), top.bottom(), text_box.width(), text_box.height() / 2)
        bold_metrics = QFontMetrics(bold)
        abbreviation = bold_metrics.elidedText(
            status.opd.abbreviation, Qt.TextElideMode.ElideRight, int(top.width() * 0.6)
        )
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, abbreviation
        )
        # The stage beside the singkatan, in the accent colour: where the team is in the lab.
        stage_room = top.adjusted(bold_metrics.horizontalAdvance(abbreviation) + pad * 0.5, 0, 0, 0)
        painter.setFont(font)
        painter.setPen(QColor(station_style.ACCENT))
        painter.drawText(
            stage_room,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(
                stage_text(status), Qt.TextElideMode.ElideRight, int(stage_room.width())
            ),
        )
        painter.setPen(QColor(station_style.MUTED))
        name = metrics.elidedText(status.opd.name, Qt.TextElideMode.ElideRight, int(bottom.width()))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)

        met = status.meets_minimum
        color = style.MET if met else style.BELOW_TEXT
        painter.setFont(bold)
        painter.setPen(color)
        label = QRectF(
            progress_box.left(),
            progress_box.top(),
            progress_box.width(),
            progress_box.height() * 0.55,
        )
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, status.progress
        )
        bar_height = max(6.0, metrics.height() * 0.35)
        bar = QRectF(
            progress_box.left(), label.bottom() + bar_height * 0.5, progress_box.width(), bar_height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.TRACK)
        painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
        fraction = min(1.0, status.tally.counted / status.minimum) if status.minimum else 1.0
        if fraction > 0:
            filled = QRectF(bar)
            filled.setWidth(bar.width() * fraction)
            painter.setBrush(style.MET if met else style.BELOW)
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        painter.restore()


class PickPage(QWidget):
    """Type to filter, Enter or a touch picks. Typing anywhere on the page goes to the search."""

    picked = Signal(str)  # opd_id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stationPickPage")
        self.workshop_label = QLabel(objectName="stationWorkshopTitle")
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading = QLabel(objectName="stationPickHeading")
        self.hint = QLabel(objectName="stationPickHint")
        self.hint.setWordWrap(True)
        self.search = QLineEdit(objectName="stationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.pick_current)
        self.search.installEventFilter(self)
        self.list = QListWidget(objectName="stationOpdList")
        self.list.setItemDelegate(OpdDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Reading order left to right, wrapping into rows; re-laid out on every resize.
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # A finger drags the list (kinetic scrolling); a tap still picks.
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.list.itemClicked.connect(lambda item: self.picked.emit(item.data(OPD_ID_ROLE)))
        self.list.itemActivated.connect(lambda item: self.picked.emit(item.data(OPD_ID_ROLE)))
        self.list.installEventFilter(self)
        self.no_match = QLabel(objectName="stationNoMatch")
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.workshop_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.list, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Daftar OPD"))
        self.heading.setText(self.tr("Pilih OPD Anda"))
        self.search.setPlaceholderText(self.tr("Cari OPD… (mis. dinkes atau kesehatan)"))
        self.apply_filter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------

    def set_workshop_title(self, text: str) -> None:
        self.workshop_label.setText(text)

    def set_statuses(self, statuses: list[OpdStatus]) -> None:
        """Show these OPDs, keeping the current one and the filter."""
        current = self.current_opd_id()
        self.list.clear()
        for status in statuses:
            item = QListWidgetItem(
                f"{status.opd.display_name} — {status.opd.stage.label} — {status.progress}"
            )
            item.setData(OPD_ID_ROLE, status.opd.id)
            item.setData(STATUS_ROLE, status)
            item.setData(SEARCH_ROLE, opd_search_text(status.opd.abbreviation, status.opd.name))
            self.list.addItem(item)
        self.apply_filter(keep=current)

    def apply_filter(self, _text: str = "", keep: str | None = None) -> None:
        query = self.search.text()
        first_visible = None
        keep_row = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not matches(query, item.data(SEARCH_ROLE))
            item.setHidden(hidden)
            if not hidden:
                first_visible = row if first_visible is None else first_visible
                if keep is not None and item.data(OPD_ID_ROLE) == keep:
                    keep_row = row
        target = keep_row if keep_row is not None else first_visible
        if target is None:
            self.list.setCurrentRow(-1)
        elif query.strip() or keep_row is not None:
            # While searching the best match is selected, so Enter picks it straight away.
            self.list.setCurrentRow(target)
        else:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        empty = first_visible is None and self.list.count() > 0
        self.no_match.setText(
            self.tr("Tidak ada OPD yang cocok dengan “%1”. Coba kata lain.").replace(
                "%1", query.strip()
            )
            if empty
            else ""
        )
        self.no_match.setVisible(empty)
        self._update_hint()

    def _update_hint(self) -> None:
        item = self.list.currentItem()
        if self.search.text().strip() and item is not None and not item.isHidden():
            self.hint.setText(
                self.tr("Tekan Enter untuk memilih %1 — atau sentuh OPD lain di daftar.").replace(
                    "%1", item.data(STATUS_ROLE).opd.display_name
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Ketik nama atau singkatan OPD, lalu tekan Enter — "
                    "atau sentuh OPD Anda di daftar."
                )
            )

    def current_opd_id(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return item.data(OPD_ID_ROLE)

    def visible_opd_ids(self) -> list[str]:
        return [
            self.list.item(r).data(OPD_ID_ROLE)
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    def pick_current(self) -> None:
        opd_id = self.current_opd_id()
        if opd_id is None:
            visible = self.visible_opd_ids()
            # Enter with a filter that leaves exactly one OPD picks it; otherwise wait.
            opd_id = visible[0] if len(visible) == 1 else None
        if opd_id is not None:
            self.picked.emit(opd_id)

    def reset(self) -> None:
        """Back to the whole list, ready for the next person to type."""
        self.search.clear()
        self.apply_filter()
        self.list.scrollToTop()
        self.search.setFocus()

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key_event: QKeyEvent = event
        if watched is self.search and key_event.key() in NAVIGATION_KEYS:
            # Arrows in the search move through the list, so hands stay on the keyboard.
            self.move_selection(key_event.key())
            return True
        if watched is self.list and self._is_typing(key_event):
            # Typing while the list has focus goes into the search field.
            self.search.setFocus()
            if key_event.key() == Qt.Key.Key_Backspace:
                self.search.backspace()
            else:
                self.search.insert(key_event.text())
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if event.key() == Qt.Key.Key_Backspace:
            return True
        text = event.text()
        return bool(text) and text.isprintable() and text != " "

    def move_selection(self, key: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not rows:
            return
        current = self.list.currentRow() if self.current_opd_id() else -1
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -5,
            Qt.Key.Key_PageDown: 5,
        }[Qt.Key(key)]
        position = rows.index(current) + step if current in rows else (0 if step > 0 else -1)
        row = rows[max(0, min(len(rows) - 1, position))]
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        self._update_hint()
