"""Deliver: the Desk Inovasi's monitoring log (desk konsultasi, kunjungan, rapat, monev) per
OPD or innovation, newest first, with a form to add, correct or remove an entry; and each
innovation's launching (date, place, by whom, the news link)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from labinovasi.domain.delivery import MONITORING_KINDS, Launching, MonitoringEntry
from labinovasi.formatting import format_date
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations
from labinovasi.ui.facilitator.delivery_common import (
    DONE,
    ID_ROLE,
    DeliveryPage,
    cell,
    from_qdate,
    make_table,
    short_name,
    to_qdate,
)
from labinovasi.ui.style import font_qss
from labinovasi.ui.widgets.common import MessageLine


def kind_text(key: str) -> str:
    """A monitoring kind in the interface language (stored as its Indonesian key)."""
    return {
        "desk konsultasi": QCoreApplication.translate("DeliveryMonitoring", "Desk konsultasi"),
        "kunjungan": QCoreApplication.translate("DeliveryMonitoring", "Kunjungan"),
        "rapat": QCoreApplication.translate("DeliveryMonitoring", "Rapat"),
        "monev": QCoreApplication.translate("DeliveryMonitoring", "Monev"),
    }.get(key, key)


def set_items(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Put (text, data) items in a combo box keeping the current choice, without signals; an
    unchanged list is left alone, so typing to search it is not interrupted by a refresh."""
    if [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())] == items:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


COLUMNS = 8  # tanggal, OPD, inovasi, jenis, oleh, kemajuan, kendala, tindak lanjut
NO_PROGRESS = -1  # the spin box's "not said" value


class DeliveryMonitoring(DeliveryPage):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("deliveryMonitoring")
        self.today = today  # fixed in tests and screenshots; None: the real today
        self.entries: list[MonitoringEntry] = []
        self.launch_by_innovation: dict[str, Launching] = {}
        self.innovations: list = []
        self.opd_names: dict[str, str] = {}
        self.innovation_names: dict[str, str] = {}
        self._dated = False  # the form's date set to today once a workshop is shown

        # -- filter and the log --------------------------------------------------------
        self.opd_label = QLabel()
        self.opd_combo = QComboBox(objectName="monitoringOpd")
        self.opd_label.setBuddy(self.opd_combo)
        self.opd_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.innovation_label = QLabel()
        self.innovation_filter = QComboBox(objectName="monitoringInnovationFilter")
        self.innovation_label.setBuddy(self.innovation_filter)
        self.innovation_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.summary_label = QLabel(objectName="monitoringSummary", wordWrap=True)
        self.summary_label.setStyleSheet(font_qss(12, 600))
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = make_table("monitoringTable", COLUMNS, 6)
        header = self.table.horizontalHeader()
        for column, width in ((2, 150), (4, 150), (7, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)

        # -- one entry -----------------------------------------------------------------
        self.entry_box = QGroupBox(objectName="monitoringForm")
        self.entry_opd = QComboBox(objectName="entryOpd")
        self.entry_opd.currentIndexChanged.connect(lambda _i: self._fill_entry_innovations())
        self.entry_innovation = QComboBox(objectName="entryInnovation")
        self.entry_date = QDateEdit(objectName="entryDate", calendarPopup=True)
        self.entry_date.setDisplayFormat("dd/MM/yyyy")
        self.entry_kind = QComboBox(objectName="entryKind")
        self.entry_who = QLineEdit(objectName="entryWho")
        self.entry_progress = QSpinBox(objectName="entryProgress")
        self.entry_progress.setRange(NO_PROGRESS, 100)
        self.entry_progress.setSuffix(" %")
        self.entry_progress.setValue(NO_PROGRESS)
        self.entry_obstacles = QLineEdit(objectName="entryObstacles")
        self.entry_follow_up = QLineEdit(objectName="entryFollowUp")
        self.add_button = QPushButton(objectName="entryAdd")
        self.add_button.clicked.connect(self.add_entry)
        self.update_button = QPushButton(objectName="entryUpdate")
        self.update_button.clicked.connect(self.update_entry)
        self.delete_button = QPushButton(objectName="entryDelete")
        self.delete_button.clicked.connect(self.delete_entry)
        self.new_button = QPushButton(objectName="entryNew")
        self.new_button.clicked.connect(self.new_entry)
        grid = QGridLayout(self.entry_box)
        self.entry_labels = [QLabel() for _n in range(8)]
        placed = (
            (self.entry_opd, 0, 0, 1),
            (self.entry_innovation, 0, 2, 1),
            (self.entry_date, 1, 0, 1),
            (self.entry_kind, 1, 2, 1),
            (self.entry_who, 2, 0, 1),
            (self.entry_progress, 2, 2, 1),
            (self.entry_obstacles, 3, 0, 3),
            (self.entry_follow_up, 4, 0, 3),
        )
        for label, (widget, row, column, span) in zip(self.entry_labels, placed, strict=True):
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        grid.addLayout(buttons, 5, 0, 1, 4)

        # -- launching ---------------------------------------------------------------------
        self.launch_box = QGroupBox(objectName="launchingBox")
        self.launch_innovation = QComboBox(objectName="launchInnovation")
        self.launch_innovation.currentIndexChanged.connect(lambda _i: self._show_launching())
        self.launch_date = QDateEdit(objectName="launchDate", calendarPopup=True)
        self.launch_date.setDisplayFormat("dd/MM/yyyy")
        self.launch_place = QLineEdit(objectName="launchPlace")
        self.launch_by = QLineEdit(objectName="launchBy")
        self.launch_link = QLineEdit(objectName="launchLink")
        self.launch_save = QPushButton(objectName="launchSave")
        self.launch_save.clicked.connect(self.save_launching)
        self.launch_open = QPushButton(objectName="launchOpen")
        self.launch_open.clicked.connect(self.open_news)
        self.launch_remove = QPushButton(objectName="launchRemove")
        self.launch_remove.clicked.connect(self.remove_launching)
        self.launch_state = QLabel(objectName="launchState", wordWrap=True)
        launch = QFormLayout(self.launch_box)
        self.launch_labels = [QLabel() for _n in range(5)]
        for label, widget in zip(
            self.launch_labels,
            (
                self.launch_innovation,
                self.launch_date,
                self.launch_place,
                self.launch_by,
                self.launch_link,
            ),
            strict=True,
        ):
            label.setBuddy(widget)
            launch.addRow(label, widget)
        launch_buttons = QHBoxLayout()
        for button in (self.launch_save, self.launch_open, self.launch_remove):
            launch_buttons.addWidget(button)
        launch.addRow(launch_buttons)
        launch.addRow(self.launch_state)

        self.message = MessageLine(objectName="monitoringMessage")
        top = QHBoxLayout()
        top.addWidget(self.opd_label)
        top.addWidget(self.opd_combo, 2)
        top.addWidget(self.innovation_label)
        top.addWidget(self.innovation_filter, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.entry_box, 3)
        bottom.addWidget(self.launch_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.opd_label.setText(self.tr("O&PD:"))
        self.innovation_label.setText(self.tr("&Inovasi:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tanggal"),
                self.tr("OPD"),
                self.tr("Inovasi"),
                self.tr("Jenis"),
                self.tr("Oleh"),
                self.tr("Kemajuan"),
                self.tr("Kendala"),
                self.tr("Tindak lanjut"),
            ]
        )
        self.entry_box.setTitle(self.tr("Catatan pemantauan"))
        for label, text in zip(
            self.entry_labels,
            (
                self.tr("OP&D:"),
                self.tr("Ino&vasi:"),
                self.tr("Tan&ggal:"),
                self.tr("&Jenis:"),
                self.tr("Ole&h:"),
                self.tr("Ke&majuan:"),
                self.tr("&Kendala:"),
                self.tr("Tindak lanj&ut:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.entry_who.setPlaceholderText(self.tr("mis. Desk Inovasi Bapperida"))
        self.entry_obstacles.setPlaceholderText(self.tr("apa yang menghambat"))
        self.entry_follow_up.setPlaceholderText(self.tr("apa yang disepakati, oleh siapa"))
        self.entry_progress.setSpecialValueText(self.tr("–"))
        kind = self.entry_kind.currentData()
        self.entry_kind.clear()
        for key in MONITORING_KINDS:
            self.entry_kind.addItem(kind_text(key), key)
        self.entry_kind.setCurrentIndex(max(0, self.entry_kind.findData(kind)))
        self.add_button.setText(self.tr("Tambah catatan"))
        self.update_button.setText(self.tr("Simpan perubahan"))
        self.delete_button.setText(self.tr("Hapus"))
        self.new_button.setText(self.tr("Catatan baru"))
        self.launch_box.setTitle(self.tr("Launching inovasi"))
        for label, text in zip(
            self.launch_labels,
            (
                self.tr("Inov&asi:"),
                self.tr("Tanggal:"),
                self.tr("Tempat:"),
                self.tr("Diluncu&rkan oleh:"),
                self.tr("Tautan berita:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.launch_place.setPlaceholderText(self.tr("mis. Pendopo Bupati"))
        self.launch_by.setPlaceholderText(self.tr("mis. Bupati"))
        self.launch_link.setPlaceholderText("https://")
        self.launch_save.setText(self.tr("Simpan launching"))
        self.launch_open.setText(self.tr("Buka tautan"))
        self.launch_remove.setText(self.tr("Hapus launching"))
        self.refresh()

    def _today(self) -> date:
        return self.today or date.today()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.service is None:
            return
        if not self._dated:
            self.entry_date.setDate(to_qdate(self._today()))
            self._dated = True
        opds = self.service.list_opds()
        self.opd_names = {o.id: o.abbreviation or o.name for o in opds}
        self.innovations = Innovations(self.service).list()
        self.innovation_names = {i.id: short_name(i.name) for i in self.innovations}
        self.launch_by_innovation = delivery.launchings(self.service)
        self._refill(self.opd_combo, [(self.tr("Semua OPD (seluruh lab)"), None)], opds)
        self._refill(self.entry_opd, [], opds)
        opd_id = self.opd_combo.currentData()
        mine = [i for i in self.innovations if opd_id is None or i.opd_id == opd_id]
        self._refill_innovations(self.innovation_filter, self.tr("Semua inovasi"), mine)
        self._fill_entry_innovations()
        self._fill_launch_innovations(mine)
        innovation_id = self.innovation_filter.currentData()
        self.entries = delivery.monitoring_log(self.service, opd_id, innovation_id)
        self._show_summary(mine)
        self._fill_table()

    def _refill(self, combo: QComboBox, first: list[tuple[str, object]], opds) -> None:
        set_items(combo, [*first, *((o.display_name, o.id) for o in opds)])

    def _refill_innovations(self, combo: QComboBox, none_text: str, innovations) -> None:
        set_items(combo, [(none_text, None), *((short_name(i.name), i.id) for i in innovations)])

    def _filter_changed(self) -> None:
        """The OPD and innovation chosen above are also the ones a new entry is for."""
        self.refresh()
        opd_id = self.opd_combo.currentData()
        if opd_id is not None and self._selected_id() is None:
            self.entry_opd.setCurrentIndex(max(0, self.entry_opd.findData(opd_id)))
            innovation_id = self.innovation_filter.currentData()
            self.entry_innovation.setCurrentIndex(
                max(0, self.entry_innovation.findData(innovation_id))
            )

    def _fill_entry_innovations(self) -> None:
        opd_id = self.entry_opd.currentData()
        self._refill_innovations(
            self.entry_innovation,
            self.tr("— OPD secara umum —"),
            [i for i in self.innovations if i.opd_id == opd_id],
        )

    def _fill_launch_innovations(self, innovations) -> None:
        items = []
        for innovation in innovations:
            text = f"{short_name(innovation.name)} ({self.opd_names.get(innovation.opd_id, '')})"
            launched = self.launch_by_innovation.get(innovation.id)
            if launched is not None:
                text += " · " + self.tr("launching {date}").format(
                    date=format_date(launched.on_date)
                )
            items.append((text, innovation.id))
        set_items(self.launch_innovation, items)
        self._show_launching()

    def _show_summary(self, innovations) -> None:
        launched = sum(i.id in self.launch_by_innovation for i in innovations)
        latest = self.entries[0].on_date if self.entries else None
        text = self.tr("{n} catatan pemantauan").format(n=len(self.entries))
        if latest is not None:
            text += " · " + self.tr("terakhir {date}").format(date=format_date(latest))
        text += " · " + self.tr("{launched} dari {total} inovasi sudah launching").format(
            launched=launched, total=len(innovations)
        )
        self.summary_label.setText(text)

    def _fill_table(self) -> None:
        selected = self._selected_id()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            innovation = (
                self.innovation_names.get(entry.innovation_id, self.tr("(inovasi dihapus)"))
                if entry.innovation_id
                else self.tr("(umum)")
            )
            progress = f"{entry.progress}%" if entry.progress is not None else "–"
            values = [
                f"{entry.on_date:%d/%m/%Y}",
                self.opd_names.get(entry.opd_id, ""),
                innovation,
                kind_text(entry.kind),
                entry.who,
                progress,
                entry.obstacles,
                entry.follow_up,
            ]
            tone = DONE if entry.progress == 100 else None
            for column, value in enumerate(values):
                self.table.setItem(row, column, cell(value, entry.id, tone))
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._select(selected)
        self._selected()

    def _show_launching(self) -> None:
        innovation_id = self.launch_innovation.currentData()
        launched = self.launch_by_innovation.get(innovation_id) if innovation_id else None
        self.launch_box.setEnabled(self.launch_innovation.count() > 0 or self.service is None)
        self.launch_date.setDate(to_qdate(launched.on_date if launched else self._today()))
        self.launch_place.setText(launched.place if launched else "")
        self.launch_by.setText(launched.by_whom if launched else "")
        self.launch_link.setText(launched.news_link if launched else "")
        self.launch_open.setEnabled(bool(launched and launched.news_link))
        self.launch_remove.setEnabled(launched is not None)
        if innovation_id is None:
            self.launch_state.setText(self.tr("Belum ada inovasi."))
        elif launched is None:
            self.launch_state.setText(self.tr("Belum ada launching yang dicatat."))
        else:
            self.launch_state.setText(
                self.tr("Tercatat: {date}").format(date=format_date(launched.on_date))
            )

    # -- the selected entry ------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _select(self, entry_id: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        entry_id = self._selected_id()
        entry = next((e for e in self.entries if e.id == entry_id), None)
        self.update_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            return  # the form keeps what is typed: a new entry
        self.entry_opd.setCurrentIndex(max(0, self.entry_opd.findData(entry.opd_id)))
        self.entry_innovation.setCurrentIndex(
            max(0, self.entry_innovation.findData(entry.innovation_id))
        )
        self.entry_date.setDate(to_qdate(entry.on_date))
        self.entry_kind.setCurrentIndex(max(0, self.entry_kind.findData(entry.kind)))
        self.entry_who.setText(entry.who)
        self.entry_progress.setValue(NO_PROGRESS if entry.progress is None else entry.progress)
        self.entry_obstacles.setText(entry.obstacles)
        self.entry_follow_up.setText(entry.follow_up)

    def _form_values(self) -> dict:
        progress = self.entry_progress.value()
        return {
            "opd_id": self.entry_opd.currentData(),
            "innovation_id": self.entry_innovation.currentData(),
            "on_date": from_qdate(self.entry_date.date()),
            "kind": self.entry_kind.currentData(),
            "who": self.entry_who.text(),
            "progress": None if progress == NO_PROGRESS else progress,
            "obstacles": self.entry_obstacles.text(),
            "follow_up": self.entry_follow_up.text(),
        }

    # -- actions ---------------------------------------------------------------------------

    def add_entry(self) -> None:
        if self.service is None:
            return
        values = self._form_values()
        if self.run(lambda: delivery.add_monitoring(self.service, **values), self.message):
            self.new_entry()
            self.message.show_ok(self.tr("Catatan pemantauan disimpan."))

    def update_entry(self) -> None:
        entry_id = self._selected_id()
        if self.service is None or entry_id is None:
            return
        values = self._form_values()
        if self.run(
            lambda: delivery.update_monitoring(self.service, entry_id, **values), self.message
        ):
            self.message.show_ok(self.tr("Catatan pemantauan diperbarui."))

    def delete_entry(self) -> None:
        entry_id = self._selected_id()
        if self.service is None or entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus catatan"),
            self.tr("Hapus catatan pemantauan yang terpilih? Ini tidak dapat dibatalkan."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run(lambda: delivery.delete_monitoring(self.service, entry_id), self.message):
            self.new_entry()
            self.message.show_ok(self.tr("Catatan pemantauan dihapus."))

    def new_entry(self) -> None:
        """An empty form for the next entry; OPD, innovation, date, kind and who stay (the
        officer logs several of one visit in a row)."""
        self.table.clearSelection()
        self.entry_progress.setValue(NO_PROGRESS)
        self.entry_obstacles.clear()
        self.entry_follow_up.clear()
        self.entry_obstacles.setFocus()

    def save_launching(self) -> None:
        innovation_id = self.launch_innovation.currentData()
        if self.service is None or innovation_id is None:
            return
        if self.run(
            lambda: delivery.record_launching(
                self.service,
                innovation_id,
                from_qdate(self.launch_date.date()),
                self.launch_place.text(),
                self.launch_by.text(),
                self.launch_link.text(),
            ),
            self.message,
        ):
            self.message.show_ok(self.tr("Launching dicatat."))

    def remove_launching(self) -> None:
        innovation_id = self.launch_innovation.currentData()
        if self.service is None or innovation_id is None:
            return
        if self.run(lambda: delivery.remove_launching(self.service, innovation_id), self.message):
            self.message.show_ok(self.tr("Launching dihapus."))

    def open_news(self) -> None:
        """The stored link (checked to be http/https when saved), opened only on this click."""
        launched = self.launch_by_innovation.get(self.launch_innovation.currentData())
        if launched is not None and launched.news_link:
            QDesktopServices.openUrl(QUrl(launched.news_link))
