"""OPD board: every OPD with its stage and "n dari 5", filter and search, and the summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import Stage
from labinovasi.formatting import format_percent
from labinovasi.ui import style
from labinovasi.ui.facilitator.similar_view import CollaborationLine
from labinovasi.ui.signals import Change
from labinovasi.ui.widgets.common import MessageLine, make_row_list
from labinovasi.ui.widgets.opd_table import (
    COL_COUNTS,
    COL_MEETS,
    COL_OPD,
    COL_PROGRESS,
    COL_STAGE,
    COL_TEAM,
    FILTER_ALL,
    FILTER_ASKING,
    FILTER_BELOW,
    OPD_ID_ROLE,
    STATUS_ROLE,
    OpdFilterProxy,
    OpdTableModel,
    ProgressDelegate,
)
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from labinovasi.services.views import OpdStatus, WorkshopStatus
    from labinovasi.services.workshop_service import WorkshopService


class OpdBoard(Retranslatable, QWidget):
    """The workshop at a glance; double-click or Enter opens an OPD (`opdActivated`)."""

    opdActivated = Signal(str)
    selectionChanged = Signal()  # the selected row changed: OPD actions follow it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("opdBoard")
        self.service: WorkshopService | None = None

        self.workshop_label = QLabel(objectName="workshopTitle")
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_label.setStyleSheet(style.header_qss())
        self.workshop_label.setWordWrap(True)
        self.summary_label = QLabel(objectName="boardSummary")
        self.summary_label.setStyleSheet(style.font_qss(12))
        self.filter_label = QLabel()
        self.filter_combo = QComboBox(objectName="boardFilter")
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_label.setBuddy(self.filter_combo)
        self.search_label = QLabel()
        self.search_edit = QLineEdit(objectName="boardSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)

        self.model = OpdTableModel(self)
        self.proxy = OpdFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.view = QTableView(objectName="opdTable")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.view))
        make_row_list(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_OPD, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_OPD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_COUNTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEETS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEAM, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(COL_PROGRESS, 190)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(lambda *_args: self._selected())
        self.message = MessageLine(reserve=True, objectName="boardMessage")
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.view,
                activated=self._activate_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        controls = QHBoxLayout()
        controls.addWidget(self.filter_label)
        controls.addWidget(self.filter_combo)
        controls.addSpacing(16)
        controls.addWidget(self.search_label)
        controls.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.workshop_label)
        layout.addWidget(self.summary_label)
        self.collaboration = CollaborationLine()  # cross-OPD similar ideas, never counted
        layout.addWidget(self.collaboration)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("Ta&mpilkan:"))
        self.search_label.setText(self.tr("Ca&ri OPD:"))
        self.search_edit.setPlaceholderText(self.tr("singkatan atau nama, mis. DINKES"))
        current = self.filter_combo.currentData() or FILTER_ALL
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Semua OPD"), FILTER_ALL)
        self.filter_combo.addItem(self.tr("Belum memenuhi minimal"), FILTER_BELOW)
        self.filter_combo.addItem(self.tr("Minta lanjut"), FILTER_ASKING)
        for stage in Stage:
            self.filter_combo.addItem(self.tr("Tahap %1").replace("%1", stage.label), stage.value)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current)))
        self.filter_combo.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_TEAM)
        self.refresh()

    def bind(self, service: WorkshopService | None) -> None:
        self.service = service
        self.refresh()

    def apply_change(self, change: Change, known: dict[str, OpdStatus] | None = None) -> None:
        """Follow a change notice: the rows of the OPDs it names are read again (every row
        when it names none, or the OPD list changed). `known`: statuses the caller has
        just read (the open OPD's), not read twice."""
        if self.service is None:
            return
        if change.whole_workshop:
            self.refresh()
            return
        from labinovasi.domain import LabinovasiError, Stage
        from labinovasi.services.team_work import (  # SQLAlchemy: after start
            TeamWork,
            team_text,
            team_tip,
        )

        known = known or {}
        for opd_id in change.opd_ids:
            try:
                status = known.get(opd_id) or self.service.opd_status(opd_id)
            except LabinovasiError:  # gone (merged away): the whole board again
                self.refresh()
                return
            row = self.model.row_of(opd_id)
            if row < 0:
                self.refresh()  # an OPD the board does not have yet
                return
            shown = self.model.statuses()[row]
            if change.added_ideas and status.opd.stage is Stage.DRUM_UP is shown.opd.stage:
                team = self.model.team(opd_id)  # an idea added in drum-up: no team progress
                tip = self.model.team_tip(opd_id)
            else:
                progress = TeamWork(self.service).progress(opd_id).get(opd_id)
                team = team_text(status.opd.stage, progress)
                tip = team_tip(status.opd.stage, progress)
            self.model.update_row(status, team, tip)
        self._show_summary(self.model.statuses())

    def refresh(self) -> None:
        """Reload every OPD's status, keeping the selected OPD selected."""
        for widget in (self.filter_combo, self.search_edit, self.filter_label, self.search_label):
            widget.setEnabled(self.service is not None)  # nothing to filter before a workshop
        if self.service is None:
            self.model.set_statuses([])
            self.collaboration.refresh(None)
            self.workshop_label.setText(self.tr("Belum ada lokakarya yang dibuka"))
            self.summary_label.setText(
                self.tr("Buat lokakarya baru (Ctrl+N) atau buka berkas lokakarya (Ctrl+O).")
            )
            return
        self.collaboration.refresh(self.service)
        status = self.service.status()
        from labinovasi.services.team_work import (  # SQLAlchemy: after start
            TeamWork,
            team_text,
            team_tip,
        )

        progress = TeamWork(self.service).progress()
        self.show_status(
            status,
            {s.opd.id: team_text(s.opd.stage, progress.get(s.opd.id)) for s in status.opds},
            {s.opd.id: team_tip(s.opd.stage, progress.get(s.opd.id)) for s in status.opds},
        )

    def preview(self, status: WorkshopStatus) -> None:
        """A workshop's board before its service is open (start-up's first paint): the OPDs and
        their counts; the team column fills in when the service is bound."""
        self.show_status(status, {})

    def show_status(
        self, status: WorkshopStatus, team: dict[str, str], tips: dict[str, str] | None = None
    ) -> None:
        selected = self.current_opd_id()
        self.model.set_statuses(status.opds, team, tips)
        workshop = status.workshop
        self.workshop_label.setText(
            f"{workshop.title} — {workshop.region}" if workshop.region else workshop.title
        )
        self._show_summary(status.opds)
        if selected:
            self.select_opd(selected)

    def _show_summary(self, opds: list[OpdStatus]) -> None:
        """The summary line, from the rows the board holds (no workshop read)."""
        total = len(opds)
        if total == 0:
            self.summary_label.setText(
                self.tr(
                    "Lokakarya ini belum punya OPD. Langkah berikutnya: Lokakarya → Impor OPD… "
                    "(dari CSV/XLSX) atau OPD → Tambah OPD…"
                )
            )
            return
        met = sum(s.meets_minimum for s in opds)
        self.summary_label.setText(
            self.tr(
                "%1 dari %2 OPD (%3) memenuhi minimal %4 gagasan · %5 gagasan dihitung, "
                "%6 tersimpan"
            )
            .replace("%1", str(met))
            .replace("%2", str(total))
            .replace("%3", format_percent(met, total))
            .replace("%4", str(opds[0].minimum))
            .replace("%5", str(sum(s.tally.counted for s in opds)))
            .replace("%6", str(sum(s.tally.stored for s in opds)))
        )

    def current_opd_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(OPD_ID_ROLE) if index.isValid() else None

    def select_opd(self, opd_id: str) -> None:
        row = self.model.row_of(opd_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)

    def visible_abbreviations(self) -> list[str]:
        """The OPDs the board shows now, top to bottom (for tests and the projector)."""
        return [
            self.proxy.index(r, 0).data(STATUS_ROLE).opd.abbreviation
            for r in range(self.proxy.rowCount())
        ]

    def set_filter(self, mode: str) -> None:
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(mode)))

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_mode(self.filter_combo.currentData() or FILTER_ALL)

    def _activated(self, index: QModelIndex) -> None:
        opd_id = index.data(OPD_ID_ROLE)
        if opd_id:
            self.opdActivated.emit(opd_id)

    def _selected(self) -> None:
        self.message.clear()  # a message about the previous row would mislead
        self.selectionChanged.emit()

    def _activate_current(self) -> None:
        self._activated(self.view.currentIndex())
