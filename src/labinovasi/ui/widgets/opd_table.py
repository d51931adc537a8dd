"""The OPD board's item model, its filter proxy and the "n dari 5" progress bar delegate."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from labinovasi.domain import Stage
from labinovasi.formatting import format_progress
from labinovasi.services import OpdStatus
from labinovasi.ui import style

OPD_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COL_OPD, COL_STAGE, COL_PROGRESS, COL_COUNTS, COL_MEETS, COL_TEAM = range(6)

FILTER_ALL = "all"
FILTER_BELOW = "below"  # or a Stage value
FILTER_ASKING = "asking"  # teams that asked to move on ("minta lanjut")


class OpdTableModel(QAbstractTableModel):
    """One row per OPD from WorkshopService.status(); reloaded whole on every change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OpdStatus] = []
        self._team: dict[str, str] = {}
        self._team_tips: dict[str, str] = {}

    def set_statuses(
        self,
        statuses: list[OpdStatus],
        team: dict[str, str] | None = None,
        tips: dict[str, str] | None = None,
    ) -> None:
        """`team`: per OPD id the diagnose/design progress ("USG 4/6 dinilai"); `tips`: its
        hover text (the profile's missing parts)."""
        self.beginResetModel()
        self._rows = list(statuses)
        self._team = dict(team or {})
        self._team_tips = dict(tips or {})
        self.endResetModel()

    def statuses(self) -> list[OpdStatus]:
        return list(self._rows)

    def team(self, opd_id: str) -> str:
        return self._team.get(opd_id, "")

    def team_tip(self, opd_id: str) -> str:
        return self._team_tips.get(opd_id, "")

    def update_row(self, status: OpdStatus, team: str, tip: str = "") -> bool:
        """One OPD's row read again (a change notice named it); False when it has no row."""
        row = self.row_of(status.opd.id)
        if row < 0:
            return False
        self._rows[row] = status
        self._team[status.opd.id] = team
        self._team_tips[status.opd.id] = tip
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("OPD"),
            self.tr("Tahap"),
            self.tr("Gagasan dihitung"),
            self.tr("Dihitung / tersimpan"),
            self.tr("Memenuhi minimal"),
            self.tr("Diagnose / design"),
        ][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        status = self._rows[index.row()]
        column = index.column()
        if role == OPD_ID_ROLE:
            return status.opd.id
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_OPD:
                return status.opd.display_name
            if column == COL_STAGE:
                return status.opd.stage.label
            if column == COL_PROGRESS:
                return format_progress(status.tally.counted, status.minimum)
            if column == COL_COUNTS:
                return f"{status.tally.counted} / {status.tally.stored}"
            if column == COL_TEAM:
                return self._team.get(status.opd.id, "")
            return self.tr("Ya") if status.meets_minimum else self.tr("Belum")
        if role == SORT_ROLE:
            return [
                status.opd.position,
                status.opd.stage.index,
                status.tally.counted,
                status.tally.stored,
                int(status.meets_minimum),
                self._team.get(status.opd.id, ""),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MEETS:
            return style.MET if status.meets_minimum else style.BELOW_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PROGRESS:
            if status.meets_minimum:
                return self.tr("Sudah memenuhi minimal")
            return self.tr("Perlu {n} gagasan lagi").format(n=status.missing)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEAM:
            return self._team_tips.get(status.opd.id) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_COUNTS, COL_MEETS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def row_of(self, opd_id: str) -> int:
        for row, status in enumerate(self._rows):
            if status.opd.id == opd_id:
                return row
        return -1


class OpdFilterProxy(QSortFilterProxyModel):
    """Filters by "all", "below" (minimum not met), "asking" (minta lanjut) or one stage, and by a search text that
    matches singkatan or nama, case-insensitively."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._mode = FILTER_ALL
        self._search = ""
        self.setSortRole(SORT_ROLE)

    def set_mode(self, mode: str) -> None:
        self._change_filter(lambda: setattr(self, "_mode", mode))

    def set_search(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_search", text.strip().casefold()))

    def _change_filter(self, change) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); keep both working.
        if hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        status: OpdStatus = index.data(STATUS_ROLE)
        if status is None:
            return False
        if self._mode == FILTER_BELOW and status.meets_minimum:
            return False
        if self._mode == FILTER_ASKING and status.opd.move_requested_at is None:
            return False
        if self._mode not in (FILTER_ALL, FILTER_BELOW, FILTER_ASKING) and (
            status.opd.stage != Stage(self._mode)
        ):
            return False
        if self._search:
            opd = status.opd
            return (
                self._search in opd.abbreviation.casefold() or self._search in opd.name.casefold()
            )
        return True


class ProgressDelegate(QStyledItemDelegate):
    """Paints "n dari 5" over a bar: green when the minimum is met, orange while short."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status: OpdStatus | None = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QRectF(option.rect).adjusted(6, 5, -6, -5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        fraction = min(1.0, status.tally.counted / status.minimum) if status.minimum else 1.0
        if fraction > 0:
            filled = QRectF(bar)
            filled.setWidth(bar.width() * fraction)
            painter.setBrush(style.MET if status.meets_minimum else style.BELOW)
            painter.drawRoundedRect(filled, 4, 4)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        # White over the filled part, dark over the track: readable wherever the fill ends.
        split = bar.left() + bar.width() * fraction
        for color, clip in (
            (Qt.GlobalColor.white, QRectF(bar.left(), bar.top(), split - bar.left(), bar.height())),
            (
                option.palette.color(QPalette.ColorRole.Text),
                QRectF(split, bar.top(), bar.right() - split, bar.height()),
            ),
        ):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(color)
            painter.drawText(
                bar,
                Qt.AlignmentFlag.AlignCenter,
                format_progress(status.tally.counted, status.minimum),
            )
            painter.restore()
        painter.restore()
