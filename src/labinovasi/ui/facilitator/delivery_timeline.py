"""Deliver: the rencana aksi of every innovation as a timeline, per OPD or for the whole lab;
overdue activities stand out; status, realisation date and note edited below the table."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from labinovasi.domain.delivery import TAHAPAN, TAHAPAN_LABELS, ActionStatus, overdue, summarize
from labinovasi.formatting import format_date
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations
from labinovasi.ui.facilitator.delivery_common import (
    DONE,
    ID_ROLE,
    LATE,
    LATE_TEXT,
    DeliveryPage,
    cell,
    from_qdate,
    make_table,
    short_name,
    to_qdate,
)
from labinovasi.ui.facilitator.delivery_monitoring import kind_text
from labinovasi.ui.style import font_qss
from labinovasi.ui.widgets.common import MessageLine, in_documents

COLUMNS = 8  # OPD, inovasi, kegiatan, PJ, rencana, status, realisasi, catatan


class DeliveryTimeline(DeliveryPage):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("deliveryTimeline")
        self.today = today  # fixed in tests and screenshots; None: the real today
        self.items = []

        self.opd_label = QLabel()
        self.opd_combo = QComboBox(objectName="timelineOpd")
        self.opd_label.setBuddy(self.opd_combo)
        self.opd_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.late_only = QComboBox(objectName="timelineFilter")
        self.late_only.currentIndexChanged.connect(lambda _i: self.refresh())
        self.schedule_button = QPushButton(objectName="timelineSchedule")
        self.schedule_button.clicked.connect(self.schedule_dialog)
        self.summary_label = QLabel(objectName="timelineSummary")
        self.summary_label.setStyleSheet(font_qss(12, 600))
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.monitoring_label = QLabel(objectName="timelineMonitoring")
        self.monitoring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.monitoring_label.hide()
        self.table = make_table("timelineTable", COLUMNS, 2)
        header = self.table.horizontalHeader()
        for column, width in ((1, 190), (7, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)

        self.edit_box = QGroupBox(objectName="timelineEdit")
        self.status_combo = QComboBox(objectName="timelineStatus")
        self.realised_edit = QDateEdit(objectName="timelineRealised", calendarPopup=True)
        self.realised_edit.setDisplayFormat("dd/MM/yyyy")
        self.note_edit = QLineEdit(objectName="timelineNote")
        self.save_button = QPushButton(objectName="timelineSave")
        self.save_button.clicked.connect(self.save_progress)
        self.message = MessageLine(objectName="timelineMessage")
        form = QFormLayout()
        self.status_label, self.realised_label, self.note_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.status_label, self.status_combo),
            (self.realised_label, self.realised_edit),
            (self.note_label, self.note_edit),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        # Which activity the fields below change: the selected row may scroll out of sight.
        self.activity_label = QLabel(objectName="timelineActivity", wordWrap=True)
        self.activity_label.setTextFormat(Qt.TextFormat.PlainText)  # participant text
        self.activity_label.setStyleSheet("font-weight: 600;")
        self.activity_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        edit = QVBoxLayout(self.edit_box)
        edit.addWidget(self.activity_label)
        fields = QHBoxLayout()
        fields.addLayout(form, 1)
        fields.addWidget(self.save_button)
        edit.addLayout(fields)

        self.stage_box = QGroupBox(objectName="tahapanBox")
        self.innovation_combo = QComboBox(objectName="tahapanInnovation")
        self.stage_combo = QComboBox(objectName="tahapanTarget")
        self.stage_date = QDateEdit(objectName="tahapanDate", calendarPopup=True)
        self.stage_date.setDisplayFormat("dd/MM/yyyy")
        self.stage_button = QPushButton(objectName="tahapanSave")
        self.stage_button.clicked.connect(self.change_tahapan)
        self.stage_history = QLabel(objectName="tahapanHistory", wordWrap=True)
        self.stage_history.setTextFormat(Qt.TextFormat.PlainText)  # a launching's place
        stage = QFormLayout(self.stage_box)
        self.stage_labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(
            self.stage_labels,
            (self.innovation_combo, self.stage_combo, self.stage_date),
            strict=True,
        ):
            label.setBuddy(widget)
            stage.addRow(label, widget)
        stage.addRow(self.stage_button)
        stage.addRow(self.stage_history)
        self.innovation_combo.currentIndexChanged.connect(lambda _i: self._show_history())

        top = QHBoxLayout()
        top.addWidget(self.opd_label)
        top.addWidget(self.opd_combo, 1)
        top.addWidget(self.late_only)
        top.addWidget(self.schedule_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_box, 3)
        bottom.addWidget(self.stage_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.monitoring_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.opd_label.setText(self.tr("O&PD:"))
        self.late_only.blockSignals(True)
        current = self.late_only.currentIndex()
        self.late_only.clear()
        self.late_only.addItems([self.tr("Semua kegiatan"), self.tr("Hanya yang terlambat")])
        self.late_only.setCurrentIndex(max(0, current))
        self.late_only.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("OPD"),
                self.tr("Inovasi"),
                self.tr("Kegiatan"),
                self.tr("Penanggung jawab"),
                self.tr("Rencana"),
                self.tr("Status"),
                self.tr("Realisasi"),
                self.tr("Catatan"),
            ]
        )
        self.edit_box.setTitle(self.tr("Kegiatan terpilih"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.realised_label.setText(self.tr("Tanggal &realisasi:"))
        self.note_label.setText(self.tr("C&atatan:"))
        self.save_button.setText(self.tr("Simpan kemajuan"))
        self.schedule_button.setText(self.tr("Jadwal desk konsultasi…"))
        self.status_combo.clear()
        for status in ActionStatus:
            self.status_combo.addItem(self._status_text(status), status.value)
        self.stage_box.setTitle(self.tr("Tahapan inovasi"))
        for label, text in zip(
            self.stage_labels,
            (self.tr("&Inovasi:"), self.tr("&Ke tahapan:"), self.tr("Tan&ggal:")),
            strict=True,
        ):
            label.setText(text)
        self.stage_combo.clear()
        for key in TAHAPAN:
            self.stage_combo.addItem(self._tahapan_text(key), key)
        self.stage_button.setText(self.tr("Catat perubahan tahapan"))
        self.refresh()

    def _status_text(self, status: ActionStatus) -> str:
        return {
            ActionStatus.BELUM: self.tr("belum"),
            ActionStatus.BERJALAN: self.tr("berjalan"),
            ActionStatus.SELESAI: self.tr("selesai"),
        }[status]

    def _tahapan_text(self, key: str) -> str:
        return {
            "inisiatif": self.tr("Inisiatif"),
            "uji-coba": self.tr("Uji coba"),
            "penerapan": self.tr("Penerapan"),
        }.get(key, TAHAPAN_LABELS.get(key, key))

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        if self.service is None:
            return
        opds = self.service.list_opds()
        names = {o.id: o.abbreviation or o.name for o in opds}
        current = self.opd_combo.currentData()
        self.opd_combo.blockSignals(True)
        self.opd_combo.clear()
        self.opd_combo.addItem(self.tr("Semua OPD (seluruh lab)"), None)
        for opd in opds:
            self.opd_combo.addItem(opd.display_name, opd.id)
        self.opd_combo.setCurrentIndex(max(0, self.opd_combo.findData(current)))
        self.opd_combo.blockSignals(False)
        opd_id = self.opd_combo.currentData()
        today = self._today()
        all_items = delivery.timeline(self.service, opd_id)
        self.items = [
            i for i in all_items if self.late_only.currentIndex() == 0 or i.is_overdue(today)
        ]
        summary = summarize(all_items, today)
        text = self.tr(
            "{total} kegiatan · {done} selesai · {running} berjalan · {late} terlambat "
            "(per {today})"
        ).format(
            total=summary.total,
            done=summary.done,
            running=summary.running,
            late=summary.overdue,
            today=format_date(today),
        )
        # Not in the summary's red: how the Desk Inovasi last found the OPD is no alarm.
        self.monitoring_label.setVisible(opd_id is not None)
        if opd_id is not None:
            self.monitoring_label.setText(self._latest_monitoring(opd_id))
        if opd_id is None and summary.overdue:
            # The whole lab: which OPDs the late activities belong to, the most late first.
            late_per_opd = Counter(names.get(i.opd_id, "") for i in overdue(all_items, today))
            text += "\n" + self.tr("Terlambat per OPD: {list}").format(
                list=" · ".join(f"{name} {n}" for name, n in late_per_opd.most_common())
            )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(
            font_qss(12, 600) + (f" color: {LATE_TEXT.name()};" if summary.overdue else "")
        )
        selected = self._selected_id()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            late = item.is_overdue(today)
            tone = LATE if late else DONE if item.status is ActionStatus.SELESAI else None
            plan = " – ".join(f"{d:%d/%m/%Y}" for d in (item.start, item.end) if d) or "–"
            status = self._status_text(item.status)
            if late:
                status = self.tr("{status}, terlambat {days} hari").format(
                    status=status, days=item.days_late(today)
                )
            realised = f"{item.realised_on:%d/%m/%Y}" if item.realised_on else "–"
            values = [
                names.get(item.opd_id, ""),
                short_name(item.innovation_name),
                item.activity,
                item.person,
                plan,
                status,
                realised,
                item.note,
            ]
            for column, value in enumerate(values):
                self.table.setItem(
                    row, column, cell(value, item.action_id, tone, bold=late and column == 5)
                )
                if late and column == 5:
                    self.table.item(row, column).setForeground(LATE_TEXT)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self.stage_date.setDate(to_qdate(today))
        shown = {i.action_id for i in self.items}
        self._select(
            selected if selected in shown else (self.items[0].action_id if self.items else None)
        )
        self._selected()  # the fields show the selected row's values, not today's defaults
        self._fill_innovations(opd_id)

    def _latest_monitoring(self, opd_id: str) -> str:
        """One OPD's view: how the Desk Inovasi last found it (the Pemantauan tab has all)."""
        log = delivery.monitoring_log(self.service, opd_id)
        if not log:
            return self.tr("Belum ada catatan pemantauan.")
        latest = log[0]
        text = self.tr("Pemantauan terakhir: {date}, {kind}").format(
            date=format_date(latest.on_date), kind=kind_text(latest.kind).lower()
        )
        if latest.progress is not None:
            text += self.tr(", kemajuan {n}%").format(n=latest.progress)
        return text + self.tr(" ({n} catatan)").format(n=len(log))

    def _fill_innovations(self, opd_id: str | None) -> None:
        current = self.innovation_combo.currentData()
        current = current[0] if current else None
        self.innovation_combo.blockSignals(True)
        self.innovation_combo.clear()
        for innovation in Innovations(self.service).list(opd_id):
            self.innovation_combo.addItem(
                f"{short_name(innovation.name)} · {self._tahapan_text(innovation.stage)}",
                (innovation.id, innovation.stage),
            )
        ids = [self.innovation_combo.itemData(n)[0] for n in range(self.innovation_combo.count())]
        self.innovation_combo.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.innovation_combo.blockSignals(False)
        self._show_history()

    def _show_history(self) -> None:
        data = self.innovation_combo.currentData()
        if self.service is None or data is None:
            self.stage_history.clear()
            return
        innovation_id, current = data
        # Offer the next tahapan: the usual change.
        following = (
            TAHAPAN[min(TAHAPAN.index(current) + 1, len(TAHAPAN) - 1)]
            if current in TAHAPAN
            else TAHAPAN[0]
        )
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(following)))
        lines = [
            self.tr("{date}: {old} → {new}").format(
                date=format_date(c.on_date),
                old=self._tahapan_text(c.from_stage),
                new=self._tahapan_text(c.to_stage),
            )
            for c in delivery.tahapan_history(self.service, innovation_id)
        ]
        lines = lines or [self.tr("Belum ada perubahan tahapan.")]
        launched = delivery.launchings(self.service).get(innovation_id)
        if launched is not None:
            lines.append(
                self.tr("Launching {date}{place}").format(
                    date=format_date(launched.on_date),
                    place=f", {launched.place}" if launched.place else "",
                )
            )
        self.stage_history.setText("\n".join(lines))

    def _selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _select(self, action_id: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == action_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        action_id = self._selected_id()
        item = next((i for i in self.items if i.action_id == action_id), None)
        self.edit_box.setEnabled(item is not None)
        if item is None:
            self.activity_label.setText(self.tr("Pilih satu kegiatan di tabel."))
            return
        names = {o.id: o.abbreviation for o in self.service.list_opds()} if self.service else {}
        self.activity_label.setText(
            f"{short_name(item.innovation_name)} ({names.get(item.opd_id, '')}): {item.activity}"
        )
        self.status_combo.setCurrentIndex(self.status_combo.findData(item.status.value))
        self.realised_edit.setDate(to_qdate(item.realised_on or self._today()))
        self.note_edit.setText(item.note)
        self._status_changed()

    def _status_changed(self) -> None:
        """A realisation date means something only once the activity has started."""
        self.realised_edit.setEnabled(self.status_combo.currentData() != ActionStatus.BELUM.value)

    def save_progress(self) -> None:
        action_id = self._selected_id()
        if self.service is None or action_id is None:
            return
        status = self.status_combo.currentData()
        realised = from_qdate(self.realised_edit.date()) if status != "belum" else None
        self.run(
            lambda: delivery.set_progress(
                self.service, action_id, status, realised, self.note_edit.text()
            ),
            self.message,
        )

    def change_tahapan(self) -> None:
        data = self.innovation_combo.currentData()
        if self.service is None or data is None:
            return
        innovation_id = data[0]
        if self.run(
            lambda: delivery.change_tahapan(
                self.service,
                innovation_id,
                self.stage_combo.currentData(),
                from_qdate(self.stage_date.date()),
            ),
            self.message,
        ):
            self.message.show_ok(self.tr("Perubahan tahapan dicatat."))

    def schedule_dialog(self) -> None:
        """Ask how many desks, then where to save the printable schedule."""
        if self.service is None:
            return
        desks, ok = QInputDialog.getInt(
            self,
            self.tr("Jadwal desk konsultasi"),
            self.tr("Jumlah meja (20 menit per OPD, mulai 09.00):"),
            3,
            1,
            50,
        )
        if not ok:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan jadwal"),
            in_documents("jadwal-desk-konsultasi.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return
        self.write_schedule(desks, Path(name))

    def write_schedule(self, desks: int, out: Path) -> bool:
        def work() -> None:
            schedule = delivery.consultation_plan(self.service, desks)
            delivery.write_consultation_pdf(self.service, schedule, out)

        if self.run(work, self.message):
            self.message.show_ok(self.tr("Jadwal ditulis ke {path}").format(path=out))
            return True
        return False
