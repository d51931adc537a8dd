"""The Desk Inovasi's verification view: per OPD or per indicator, what is missing and what
waits; the queue of answers waiting, accepted, rejected or sent back with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.evidence import Verification
from labinovasi.services import evidence as ev
from labinovasi.services import verification
from labinovasi.ui.facilitator.delivery_common import (
    DONE,
    ID_ROLE,
    LATE,
    WAITING,
    DeliveryPage,
    cell,
    make_table,
    short_name,
)
from labinovasi.ui.facilitator.evidence_dialog import evidence_text, open_stored
from labinovasi.ui.style import font_qss
from labinovasi.ui.widgets.common import MessageLine

BY_OPD, BY_INDICATOR = "opd", "indicator"


class VerificationPanel(DeliveryPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("verificationPanel")
        self.view = None

        self.mode_label = QLabel()
        self.mode_combo = QComboBox(objectName="verificationMode")
        self.mode_label.setBuddy(self.mode_combo)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._fill_tally())
        self.summary_label = QLabel(objectName="verificationSummary")
        self.summary_label.setStyleSheet(font_qss(12, 600))
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tally = make_table("verificationTally", 8, 0)

        self.queue_label = QLabel(objectName="verificationQueueTitle")
        self.queue_label.setStyleSheet("font-weight: 600;")
        self.queue = make_table("verificationQueue", 4, 2)
        self.queue.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.queue.setColumnWidth(3, 220)
        self.queue.itemSelectionChanged.connect(self._show_selected)
        # What the verifier judges: the selected answer's documents and what the checklist flags.
        self.evidence_label = QLabel(objectName="verificationEvidenceTitle")
        self.evidence_list = QListWidget(objectName="verificationEvidence")
        self.evidence_list.setAlternatingRowColors(True)
        self.evidence_list.itemDoubleClicked.connect(lambda _i: self.open_evidence())
        self.open_button = QPushButton(objectName="verificationOpen")
        self.open_button.clicked.connect(self.open_evidence)
        self.problems_label = QLabel(objectName="verificationProblems", wordWrap=True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are data
        self.problems_label.setStyleSheet("color: #a04f00;")
        self.note_edit = QLineEdit(objectName="verificationNote")
        self.accept_button = QPushButton(objectName="verificationAccept")
        self.revise_button = QPushButton(objectName="verificationRevise")
        self.reject_button = QPushButton(objectName="verificationReject")
        for button, status in (
            (self.accept_button, Verification.DITERIMA),
            (self.revise_button, Verification.PERLU_REVISI),
            (self.reject_button, Verification.DITOLAK),
        ):
            button.clicked.connect(lambda _c=False, s=status: self.decide(s))
        self.message = MessageLine(objectName="verificationMessage")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addWidget(self.mode_combo)
        top.addStretch(1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.tally, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.queue_label)
        right_layout.addWidget(self.queue, 3)
        evidence_top = QHBoxLayout()
        evidence_top.addWidget(self.evidence_label, 1)
        evidence_top.addWidget(self.open_button)
        right_layout.addLayout(evidence_top)
        right_layout.addWidget(self.evidence_list, 1)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.revise_button, self.reject_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)
        splitter = QSplitter(objectName="verificationSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.mode_label.setText(self.tr("&Kelompokkan:"))
        current = self.mode_combo.currentData() or BY_OPD
        self.mode_combo.blockSignals(True)
        self.mode_combo.clear()
        self.mode_combo.addItem(self.tr("per OPD"), BY_OPD)
        self.mode_combo.addItem(self.tr("per indikator"), BY_INDICATOR)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(current))
        self.mode_combo.blockSignals(False)
        self.queue.setHorizontalHeaderLabels(
            [self.tr("OPD"), self.tr("No"), self.tr("Inovasi · indikator"), self.tr("Bukti")]
        )
        self.note_edit.setPlaceholderText(
            self.tr("Catatan verifikator (mis. halaman SK belum distabilo)")
        )
        self.evidence_label.setText(self.tr("Bukti jawaban terpilih:"))
        self.evidence_label.setStyleSheet("font-weight: 600;")
        self.open_button.setText(self.tr("B&uka bukti"))
        self.accept_button.setText(self.tr("&Terima"))
        self.revise_button.setText(self.tr("Perlu &revisi"))
        self.reject_button.setText(self.tr("T&olak"))
        self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            return
        self.view = verification.verification_view(self.service)
        tallies = self.view.per_opd[1:]
        expected = sum(t.expected for t in tallies)
        claimed = expected - sum(t.missing for t in tallies)
        with_innovation = sum(1 for t in tallies if t.innovations)
        self.summary_label.setText(
            self.tr(
                "{opds} dari {total} OPD memiliki inovasi · {claimed} dari {expected} jawaban "
                "berbukti · {waiting} menunggu verifikasi"
            ).format(
                opds=with_innovation,
                total=len(tallies),
                claimed=claimed,
                expected=expected,
                waiting=len(self.view.waiting),
            )
        )
        self.queue_label.setText(
            self.tr("Menunggu verifikasi ({n})").format(n=len(self.view.waiting))
        )
        self._fill_tally()
        self.queue.setRowCount(len(self.view.waiting))
        for row, item in enumerate(self.view.waiting):
            what = (
                f"{short_name(item.innovation_name)} · " if item.innovation_name else ""
            ) + item.indicator.name
            proof = "; ".join(e.label for e in item.evidence)
            for column, value in enumerate((item.opd, item.indicator.no, what, proof)):
                self.queue.setItem(row, column, cell(value, item.answer.id))
        self.queue.resizeRowsToContents()
        if self.view.waiting:
            self.queue.selectRow(0)
        self._show_selected()

    def selected_item(self):
        items = self.queue.selectedItems()
        if not items or self.view is None:
            return None
        answer_id = items[0].data(ID_ROLE)
        return next((w for w in self.view.waiting if w.answer.id == answer_id), None)

    def _show_selected(self) -> None:
        item = self.selected_item()
        self.evidence_list.clear()
        for evidence in item.evidence if item else []:
            entry = QListWidgetItem(evidence_text(evidence))
            entry.setData(ID_ROLE, evidence.id)
            self.evidence_list.addItem(entry)
        if self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)
        self.open_button.setEnabled(self.evidence_list.count() > 0)
        problems = item.problems if item else []
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        for button in (self.accept_button, self.revise_button, self.reject_button):
            button.setEnabled(item is not None)

    def open_evidence(self) -> None:
        entry = self.evidence_list.currentItem()
        if entry is not None and self.service is not None:
            open_stored(self.service, entry.data(ID_ROLE), self)

    def _fill_tally(self) -> None:
        if self.view is None:
            return
        by_opd = self.mode_combo.currentData() != BY_INDICATOR
        tallies = self.view.per_opd if by_opd else self.view.per_indicator
        first = self.tr("OPD") if by_opd else self.tr("Indikator")
        self.tally.setHorizontalHeaderLabels(
            [
                first,
                self.tr("Inovasi") if by_opd else self.tr("Wajib"),
                self.tr("Belum ada"),
                self.tr("Wajib kosong"),
                self.tr("Menunggu"),
                self.tr("Diterima"),
                self.tr("Perlu revisi"),
                self.tr("Ditolak"),
            ]
        )
        self.tally.setRowCount(len(tallies))
        mandatory = {}
        if not by_opd:
            rules = ev.rules(self.view.year)
            mandatory = {i.no: i.mandatory for i in rules.sid_indicators}
        for row, tally in enumerate(tallies):
            second = (
                tally.innovations if by_opd else (self.tr("ya") if mandatory.get(tally.key) else "")
            )
            if by_opd and not tally.key:
                second = "–"
            values = [
                tally.label,
                second,
                tally.missing,
                tally.missing_mandatory,
                tally.waiting,
                tally.accepted,
                tally.revision,
                tally.rejected,
            ]
            tones = [
                None,
                None,
                None,
                LATE if tally.missing_mandatory else None,
                WAITING if tally.waiting else None,
                DONE if tally.accepted else None,
                LATE if tally.revision else None,
                LATE if tally.rejected else None,
            ]
            if by_opd and tally.key and not tally.innovations:
                tones[1] = LATE
                values[2:] = ["–"] * 6  # nothing to count: no innovation yet
            for column, value in enumerate(values):
                self.tally.setItem(row, column, cell(value, tally.key, tones[column]))
        self.tally.resizeRowsToContents()

    def decide(self, status: Verification) -> None:
        item = self.selected_item()
        if item is None:
            return
        note = self.note_edit.text()
        if self.run(
            lambda: ev.set_answer(
                self.service,
                item.answer.indicator,
                item.answer.innovation_id,
                item.answer.year,
                status=status,
                note=note,
            ),
            self.message,
        ):
            self.note_edit.clear()
