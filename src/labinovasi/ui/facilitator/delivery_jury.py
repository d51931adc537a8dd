"""Display (gelar inovasi): the event and presentation order, score sheets typed from the
jurors' paper, the ranking with its tie-break, fixing the Top-N and revealing it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.jury import TIE_BREAK, format_weight
from labinovasi.services import jury, jury_papers
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
from labinovasi.ui.facilitator.jury_rubric import RubricDialog
from labinovasi.ui.widgets.common import MessageLine, in_documents


class JuryPanel(DeliveryPage):
    projectorWanted = Signal()  # the ranking was revealed: the main window opens the projector

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("juryPanel")
        self.names: dict[str, tuple[str, str]] = {}  # innovation id -> (name, OPD)
        self.confirm_box: QMessageBox | None = None  # "Tetapkan juara" asking, while open

        # The event and its presentation order.
        self.event_box = QGroupBox(objectName="juryEvent")
        self.date_edit = QDateEdit(objectName="juryDate", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.place_edit = QLineEdit(objectName="juryPlace")
        self.start_edit = QTimeEdit(objectName="juryStart")
        self.start_edit.setDisplayFormat("HH:mm")
        self.minutes_spin = QSpinBox(objectName="juryMinutes", minimum=1, maximum=120)
        self.top_spin = QSpinBox(objectName="juryTopN", minimum=1, maximum=50)
        self.save_event_button = QPushButton(objectName="jurySaveEvent")
        self.save_event_button.clicked.connect(self.save_event)
        self.order_list = QListWidget(objectName="juryOrder")
        self.up_button = QPushButton("↑", objectName="juryUp")
        self.down_button = QPushButton("↓", objectName="juryDown")
        self.up_button.clicked.connect(lambda: self.move_presenter(-1))
        self.down_button.clicked.connect(lambda: self.move_presenter(1))
        self.event_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(
            self.event_labels,
            (self.date_edit, self.place_edit, self.start_edit, self.minutes_spin, self.top_spin),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.save_event_button)
        self.order_label = QLabel()
        moves = QHBoxLayout()
        moves.addWidget(self.order_label, 1)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        self.print_schedule_button = QPushButton(objectName="juryPrintSchedule")
        self.print_schedule_button.clicked.connect(lambda: self.print_dialog("schedule"))
        self.print_sheets_button = QPushButton(objectName="juryPrintSheets")
        self.print_sheets_button.clicked.connect(lambda: self.print_dialog("sheets"))
        prints = QHBoxLayout()
        prints.addWidget(self.print_schedule_button)
        prints.addWidget(self.print_sheets_button)
        event = QVBoxLayout(self.event_box)
        event.addLayout(form)
        event.addLayout(moves)
        event.addWidget(self.order_list, 1)
        event.addLayout(prints)

        # One juror's sheet for one innovation.
        self.sheet_box = QGroupBox(objectName="jurySheet")
        self.juror_combo = QComboBox(objectName="juryJuror")
        self.add_juror_button = QPushButton(objectName="juryAddJuror")
        self.add_juror_button.clicked.connect(self.add_juror_dialog)
        self.entrant_combo = QComboBox(objectName="juryEntrant")
        self.juror_combo.currentIndexChanged.connect(lambda _i: self._load_sheet())
        self.entrant_combo.currentIndexChanged.connect(lambda _i: self._load_sheet())
        self.score_form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.criteria_shown: list[tuple] = []
        self.save_sheet_button = QPushButton(objectName="jurySaveSheet")
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.juror_label, self.entrant_label = QLabel(), QLabel()
        self.juror_label.setBuddy(self.juror_combo)
        self.entrant_label.setBuddy(self.entrant_combo)
        juror_row = QHBoxLayout()
        juror_row.addWidget(self.juror_combo, 1)
        juror_row.addWidget(self.add_juror_button)
        sheet_top = QFormLayout()
        sheet_top.addRow(self.juror_label, juror_row)
        sheet_top.addRow(self.entrant_label, self.entrant_combo)
        sheet = QVBoxLayout(self.sheet_box)
        sheet.addLayout(sheet_top)
        sheet.addLayout(self.score_form)
        sheet.addWidget(self.save_sheet_button)
        sheet.addStretch(1)
        self.rubric_button = QPushButton(objectName="juryRubric")
        self.rubric_button.clicked.connect(self.edit_rubric)
        sheet.addWidget(self.rubric_button)

        # The ranking.
        self.rank_box = QGroupBox(objectName="juryRanking")
        self.ranking = make_table("juryRankingTable", 5, 1)
        self.tie_label = QLabel(TIE_BREAK, objectName="juryTieBreak", wordWrap=True)
        self.tie_label.setStyleSheet("color: #6b6f75;")
        self.fix_button = QPushButton(objectName="juryFix")
        self.fix_button.clicked.connect(self.fix)
        self.reveal_button = QPushButton(objectName="juryReveal")
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.unfix_button = QPushButton(objectName="juryUnfix")
        self.unfix_button.clicked.connect(self.unfix)
        self.state_label = QLabel(objectName="juryState", wordWrap=True)
        self.state_label.setStyleSheet("font-weight: 600;")
        buttons = QHBoxLayout()
        for button in (self.fix_button, self.reveal_button, self.unfix_button):
            buttons.addWidget(button)
        ranking = QVBoxLayout(self.rank_box)
        ranking.addWidget(self.ranking, 1)
        ranking.addWidget(self.tie_label)
        ranking.addWidget(self.state_label)
        ranking.addLayout(buttons)

        self.message = MessageLine(objectName="juryMessage")
        row = QHBoxLayout()
        row.addWidget(self.event_box, 3)
        row.addWidget(self.sheet_box, 3)
        row.addWidget(self.rank_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.event_box.setTitle(self.tr("Acara gelar inovasi"))
        for label, text in zip(
            self.event_labels,
            (
                self.tr("Tan&ggal:"),
                self.tr("Tem&pat:"),
                self.tr("&Mulai:"),
                self.tr("Menit per present&asi:"),
                self.tr("Jumla&h juara:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.save_event_button.setText(self.tr("Simpan acara"))
        self.order_label.setText(self.tr("Urutan presentasi (centang yang tampil):"))
        self.sheet_box.setTitle(self.tr("Lembar nilai juri"))
        self.juror_label.setText(self.tr("&Juri:"))
        self.entrant_label.setText(self.tr("Ino&vasi:"))
        self.add_juror_button.setText(self.tr("Tambah juri…"))
        self.save_sheet_button.setText(self.tr("Simpan nila&i"))
        self.rubric_button.setText(self.tr("&Rubrik penilaian…"))
        self.print_schedule_button.setText(self.tr("Cetak ja&dwal…"))
        self.print_sheets_button.setText(self.tr("Lembar nilai &kosong…"))
        self.rank_box.setTitle(self.tr("Peringkat"))
        self.ranking.setHorizontalHeaderLabels(
            [
                self.tr("Peringkat"),
                self.tr("Inovasi"),
                self.tr("OPD"),
                self.tr("Rata-rata"),
                self.tr("Keterangan"),
            ]
        )
        self.fix_button.setText(self.tr("Tetapkan j&uara"))
        self.unfix_button.setText(self.tr("Batalkan penetapan"))
        self.refresh()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.service is None:
            return
        opds = {o.id: o.abbreviation or o.name for o in self.service.list_opds()}
        innovations = Innovations(self.service).list()
        self.names = {i.id: (i.name, opds.get(i.opd_id, "")) for i in innovations}
        event = jury.event(self.service)
        self.date_edit.setDate(to_qdate(event.on_date))
        self.place_edit.setText(event.place)
        hours, minutes = (int(p) for p in event.start_time.split(":"))
        self.start_edit.setTime(QTime(hours, minutes))
        self.minutes_spin.setValue(event.minutes_each)
        self.top_spin.setValue(event.top_n)
        self._fill_order(innovations)
        self._fill_sheet_choices()
        self._fill_ranking(event)

    def _fill_order(self, innovations) -> None:
        slots = jury.presentation_schedule(self.service)
        presented = [s.innovation_id for s in slots]
        times = {s.innovation_id: s.start for s in slots}
        rest = [i.id for i in innovations if i.id not in presented]
        self.order_list.blockSignals(True)
        self.order_list.clear()
        for innovation_id in presented + rest:
            name, opd = self.names.get(innovation_id, (innovation_id[:8], ""))
            start = times.get(innovation_id)
            text = f"{start:%H.%M}  " if start else ""
            item = QListWidgetItem(f"{text}{opd} · {short_name(name)}")
            item.setData(ID_ROLE, innovation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if innovation_id in presented else Qt.CheckState.Unchecked
            )
            self.order_list.addItem(item)
        self.order_list.blockSignals(False)

    def _fill_sheet_choices(self) -> None:
        rubric = jury.rubric(self.service)
        juror, entrant = self.juror_combo.currentData(), self.entrant_combo.currentData()
        for widget in (self.juror_combo, self.entrant_combo):
            widget.blockSignals(True)
            widget.clear()
        for person in jury.jurors(self.service):
            self.juror_combo.addItem(person.name, person.id)
        for slot in jury.presentation_schedule(self.service):
            name, opd = self.names.get(slot.innovation_id, (slot.innovation_id[:8], ""))
            self.entrant_combo.addItem(
                f"{slot.position}. {opd} · {short_name(name)}", slot.innovation_id
            )
        self.juror_combo.setCurrentIndex(max(0, self.juror_combo.findData(juror)))
        self.entrant_combo.setCurrentIndex(max(0, self.entrant_combo.findData(entrant)))
        for widget in (self.juror_combo, self.entrant_combo):
            widget.blockSignals(False)
        shown = [(c.key, c.name, c.weight) for c in rubric.criteria]
        if self.criteria_shown != shown:  # added, removed, renamed, reordered or reweighted
            self.criteria_shown = shown
            while self.score_form.rowCount():
                self.score_form.removeRow(0)
            self.spins = {}
            for criterion in rubric.criteria:
                spin = QDoubleSpinBox(
                    objectName=f"juryScore_{criterion.key}",
                    decimals=1,
                    minimum=rubric.scale[0] - 1,
                    maximum=rubric.scale[1],
                )
                spin.setSpecialValueText("–")  # below the scale: not scored yet
                spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
                self.score_form.addRow(
                    f"{criterion.name} ({format_weight(criterion.weight)}%)", spin
                )
                self.spins[criterion.key] = spin
        self._load_sheet()

    def _load_sheet(self) -> None:
        if self.service is None:
            return
        juror, entrant = self.juror_combo.currentData(), self.entrant_combo.currentData()
        scores = jury.sheets(self.service).get(entrant, {}).get(juror, {}) if juror else {}
        for key, spin in self.spins.items():
            value = scores.get(key)
            spin.setValue(float(value) if value is not None else spin.minimum())

    def _fill_ranking(self, event) -> None:
        ranking = jury.ranking(self.service)
        if event.fixed:
            order = {e: n for n, e in enumerate(event.fixed_ranking)}
            ranking.sort(key=lambda e: order.get(e.entrant_id, len(order)))
        self.ranking.setRowCount(len(ranking))
        for row, entry in enumerate(ranking):
            name, opd = self.names.get(entry.entrant_id, (entry.entrant_id[:8], ""))
            notes = []
            if entry.tied:
                notes.append(self.tr("seri"))
            if entry.broken_by:
                notes.append(self.tr("dipisah oleh {criterion}").format(criterion=entry.broken_by))
            notes.append(self.tr("{n} juri").format(n=entry.sheets))
            winner = entry.rank is not None and entry.rank <= event.top_n
            values = [entry.rank or "–", name, opd, entry.display_mean(), ", ".join(notes)]
            for column, value in enumerate(values):
                self.ranking.setItem(
                    row,
                    column,
                    cell(
                        value,
                        entry.entrant_id,
                        DONE if winner else None,
                        bold=winner and column < 2,
                    ),
                )
        self.ranking.resizeRowsToContents()
        if event.fixed:
            self.state_label.setText(
                self.tr("Top {n} sudah ditetapkan.").format(n=event.top_n)
                + (" " + self.tr("Tampil di proyektor.") if event.revealed else "")
            )
        else:
            self.state_label.setText(self.tr("Belum ditetapkan: nilai masih dapat diubah."))
        self.reveal_button.setText(
            self.tr("Sembunyikan dari proyektor")
            if event.revealed
            else self.tr("Tampilkan di pro&yektor")
        )
        self.fix_button.setEnabled(not event.fixed)
        self.unfix_button.setEnabled(event.fixed)
        self.reveal_button.setEnabled(event.fixed)
        self.save_sheet_button.setEnabled(not event.fixed)

    # -- actions -----------------------------------------------------------------------------

    def save_event(self) -> None:
        order = [
            self.order_list.item(n).data(ID_ROLE)
            for n in range(self.order_list.count())
            if self.order_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        on_date: date = from_qdate(self.date_edit.date())

        def work() -> None:
            jury.update_event(
                self.service,
                on_date=on_date,
                place=self.place_edit.text(),
                start_time=self.start_edit.time().toString("HH:mm"),
                minutes_each=self.minutes_spin.value(),
                top_n=self.top_spin.value(),
            )
            jury.set_presentations(self.service, order)

        self.run(work, self.message)

    def move_presenter(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)

    def add_juror_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Tambah juri"), self.tr("Nama juri:"))
        if ok:
            self.add_juror(name)

    def add_juror(self, name: str) -> bool:
        return self.run(lambda: jury.add_juror(self.service, name), self.message)

    def save_sheet(self) -> None:
        juror, entrant = self.juror_combo.currentData(), self.entrant_combo.currentData()
        if juror is None or entrant is None:
            self.message.show_warning(self.tr("Pilih juri dan inovasi dulu."))
            return
        scores = {
            key: None if spin.value() < spin.minimum() + 1 else spin.value()
            for key, spin in self.spins.items()
        }
        if self.run(lambda: jury.set_scores(self.service, juror, entrant, scores), self.message):
            self.message.show_ok(self.tr("Nilai disimpan."))

    def edit_rubric(self) -> None:
        if self.service is None:
            return
        RubricDialog(self.service, self).exec()

    def print_dialog(self, which: str) -> None:
        """Ask where to save the schedule ("schedule") or the blank score sheets ("sheets")."""
        if self.service is None:
            return
        title, suggested = (
            (self.tr("Simpan jadwal presentasi"), "jadwal-presentasi.pdf")
            if which == "schedule"
            else (self.tr("Simpan lembar penilaian juri"), "lembar-penilaian-juri.pdf")
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, title, in_documents(suggested), self.tr("PDF (*.pdf);;Word (*.docx)")
        )
        if name:
            self.write_paper(which, Path(name))

    def write_paper(self, which: str, out: Path) -> bool:
        write = (
            jury_papers.write_schedule if which == "schedule" else jury_papers.write_score_sheets
        )
        try:
            write(self.service, out)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self.message.show_ok(self.tr("Ditulis ke {path}").format(path=out))
        return True

    def fix(self) -> None:
        """Fix the Top-N; when it looks too early (too few scored innovations or jurors) the
        facilitator reads why and confirms first."""
        if self.service is None:
            return
        try:
            concerns = jury.top_concerns(self.service)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        if not concerns:
            self.run(lambda: jury.fix_top(self.service), self.message)
            return
        text = "\n\n".join(
            [
                self.tr("Tetapkan juara sekarang? Periksa dulu:"),
                "\n".join(f"• {concern}" for concern in concerns),
                self.tr(
                    "Setelah ditetapkan, nilai tidak dapat diubah lagi sampai penetapan dibatalkan."
                ),
            ]
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Tetapkan juara"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("juryFixConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)  # innovation names are participants' text
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Tetap tetapkan"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def done(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                self.run(lambda: jury.fix_top(self.service, force=True), self.message)

        box.finished.connect(done)
        box.open()

    def unfix(self) -> None:
        self.run(lambda: jury.unfix(self.service), self.message)

    def toggle_reveal(self) -> None:
        """Show the fixed ranking on the projector (opening or raising its window), or hide it."""
        shown = not jury.event(self.service).revealed
        if self.run(lambda: jury.reveal(self.service, shown), self.message) and shown:
            self.projectorWanted.emit()
