"""The evidence (bukti dukung) checklist of one innovation, or of the region: per indicator of
the year's rule file the parameter, the evidence, the officer's ticks and what is missing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labinovasi.services import evidence as ev
from labinovasi.services import verification
from labinovasi.services.innovations import Innovations
from labinovasi.ui.facilitator.delivery_common import (
    DONE,
    ID_ROLE,
    LATE,
    WAITING,
    DeliveryPage,
    cell,
    make_table,
)
from labinovasi.ui.widgets.common import MessageLine

REGION = "__region__"  # the combo entry for region-level (pemda) indicators


def state_tone(state: str):
    return {"diterima": DONE, "menunggu": WAITING, "ditolak": LATE, "perlu revisi": LATE}.get(state)


class EvidenceChecklist(DeliveryPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evidenceChecklist")
        self.rows = []

        self.owner_label = QLabel()
        self.owner_combo = QComboBox(objectName="checklistOwner")
        self.owner_label.setBuddy(self.owner_combo)
        self.owner_combo.currentIndexChanged.connect(lambda _i: self.refresh_rows())
        self.summary_label = QLabel(objectName="checklistSummary")
        self.summary_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = make_table("checklistTable", 6, 1)
        self.table.itemSelectionChanged.connect(self._selected)

        self.detail = QGroupBox(objectName="checklistDetail")
        self.indicator_label = QLabel(objectName="checklistIndicator", wordWrap=True)
        self.indicator_label.setStyleSheet("font-weight: 600;")
        self.evidence_hint = QLabel(objectName="checklistHint", wordWrap=True)
        self.parameter_combo = QComboBox(objectName="checklistParameter")
        self.parameter_combo.activated.connect(lambda _i: self.save_parameter())
        self.checks = {
            key: QCheckBox(objectName=f"checklist_{key}")
            for key in ("check_name", "check_signed", "check_highlighted")
        }
        for box in self.checks.values():
            box.clicked.connect(lambda _c: self.save_checks())
        self.evidence_list = QListWidget(objectName="checklistEvidence")
        self.add_file_button = QPushButton(objectName="checklistAddFile")
        self.add_file_button.clicked.connect(self.add_file_dialog)
        self.add_link_button = QPushButton(objectName="checklistAddLink")
        self.add_link_button.clicked.connect(self.add_link_dialog)
        self.open_button = QPushButton(objectName="checklistOpen")
        self.open_button.clicked.connect(self.open_evidence)
        self.replace_button = QPushButton(objectName="checklistReplace")
        self.replace_button.clicked.connect(self.replace_dialog)
        self.problems_label = QLabel(objectName="checklistProblems", wordWrap=True)
        self.message = MessageLine(objectName="checklistMessage")

        self.parameter_label = QLabel()
        self.parameter_label.setBuddy(self.parameter_combo)
        self.verdict_label = QLabel(objectName="checklistVerdict", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.parameter_label, self.parameter_combo)
        ticks = QHBoxLayout()
        for box in self.checks.values():
            ticks.addWidget(box)
        buttons = QHBoxLayout()
        for button in (
            self.add_file_button,
            self.add_link_button,
            self.open_button,
            self.replace_button,
        ):
            buttons.addWidget(button)
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.indicator_label)
        detail.addWidget(self.evidence_hint)
        detail.addLayout(form)
        detail.addLayout(ticks)
        detail.addWidget(self.evidence_list, 1)
        detail.addLayout(buttons)
        detail.addWidget(self.verdict_label)
        detail.addWidget(self.problems_label)
        detail.addWidget(self.message)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.owner_label)
        top.addWidget(self.owner_combo, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(objectName="checklistSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([800, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.owner_label.setText(self.tr("&Inovasi:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Indikator"),
                self.tr("Parameter"),
                self.tr("Bukti"),
                self.tr("Cek"),
                self.tr("Verifikasi"),
            ]
        )
        self.detail.setTitle(self.tr("Indikator terpilih"))
        self.parameter_label.setText(self.tr("&Parameter:"))
        self.checks["check_name"].setText(self.tr("memuat nama inovasi"))
        self.checks["check_signed"].setText(self.tr("bertanda tangan"))
        self.checks["check_highlighted"].setText(self.tr("sudah distabilo"))
        self.add_file_button.setText(self.tr("Lampirkan &berkas…"))
        self.add_link_button.setText(self.tr("Lampirkan &tautan…"))
        self.open_button.setText(self.tr("B&uka"))
        self.replace_button.setText(self.tr("&Ganti berkas…"))
        self.refresh()

    def state_text(self, state: str) -> str:
        return {
            "kosong": self.tr("belum ada"),
            "menunggu": self.tr("menunggu"),
            "diterima": self.tr("diterima"),
            "ditolak": self.tr("ditolak"),
            "perlu revisi": self.tr("perlu revisi"),
        }.get(state, state)

    # -- data --------------------------------------------------------------------------------

    def owner(self) -> str | None:
        """The innovation id shown; None for the region's indicators."""
        data = self.owner_combo.currentData()
        return None if data == REGION else data

    def show_innovation(self, innovation_id: str | None) -> None:
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(innovation_id or REGION)))

    def refresh(self) -> None:
        if self.service is None:
            return
        current = self.owner_combo.currentData()
        opds = {o.id: o.abbreviation or o.name for o in self.service.list_opds()}
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        for innovation in Innovations(self.service).list():
            self.owner_combo.addItem(
                f"{opds.get(innovation.opd_id, '')} · {innovation.name}", innovation.id
            )
        self.owner_combo.addItem(self.tr("Pemda (indikator tingkat daerah)"), REGION)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)
        self.refresh_rows()

    def refresh_rows(self) -> None:
        if self.service is None or self.owner_combo.currentData() is None:
            return
        owner = self.owner()
        self.rows = (
            verification.region_checklist(self.service)
            if owner is None
            else verification.innovation_checklist(self.service, owner)
        )
        claimed = sum(r.claimed for r in self.rows)
        accepted = sum(r.state == "diterima" for r in self.rows)
        mandatory_missing = sum(r.indicator.mandatory and not r.claimed for r in self.rows)
        self.summary_label.setText(
            self.tr(
                "{claimed} dari {total} indikator berbukti · {accepted} diterima · {missing} "
                "indikator wajib belum berbukti (aturan IGA {year})"
            ).format(
                claimed=claimed,
                total=len(self.rows),
                accepted=accepted,
                missing=mandatory_missing,
                year=ev.default_year(self.service),
            )
        )
        selected = self._selected_no()
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            answer = item.answer
            ticks = sum(bool(answer and getattr(answer, k)) for k in self.checks)
            name = item.indicator.name + (self.tr(" (wajib)") if item.indicator.mandatory else "")
            values = [
                item.indicator.no,
                name,
                answer.parameter if answer and answer.parameter else "–",
                len(item.evidence) or "–",
                f"{ticks}/3",
                self.state_text(item.state),
            ]
            for column, value in enumerate(values):
                tone = state_tone(item.state) if column == 5 else None
                if column == 3 and not item.evidence and item.indicator.mandatory:
                    tone = LATE
                self.table.setItem(row, column, cell(value, item.indicator.no, tone))
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == selected:
                self.table.selectRow(row)
                break
        else:
            if self.rows:
                self.table.selectRow(0)
        self._selected()

    def select_indicator(self, number: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == number:
                self.table.selectRow(row)
                return

    def _selected_no(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def current_row(self):
        number = self._selected_no()
        return next((r for r in self.rows if r.indicator.no == number), None)

    def _selected(self) -> None:
        row = self.current_row()
        self.detail.setEnabled(row is not None)
        if row is None:
            return
        self.indicator_label.setText(f"{row.indicator.no}. {row.indicator.name}")
        types = ", ".join(row.indicator.file_types)
        self.evidence_hint.setText(
            self.tr("Bukti: {evidence}\nJenis berkas: {types}").format(
                evidence=row.indicator.evidence or "–", types=types or "–"
            )
        )
        self.parameter_combo.clear()
        self.parameter_combo.addItem(self.tr("– belum dipilih –"), None)
        for number, text in enumerate(row.indicator.parameters, start=1):
            self.parameter_combo.addItem(f"{number}. {text}", number)
        answer = row.answer
        self.parameter_combo.setCurrentIndex(
            max(0, self.parameter_combo.findData(answer.parameter if answer else None))
        )
        for key, box in self.checks.items():
            box.setChecked(bool(answer and getattr(answer, key)))
        self.evidence_list.clear()
        for item in row.evidence:
            text = item.label if item.title else (item.file_name or item.link)
            if item.number:
                text += f" · {item.number}"
            detail = (
                item.link
                if item.is_link
                else self.tr("{name}, {size} KB").format(
                    name=item.file_name, size=max(1, round((item.size or 0) / 1024))
                )
            )
            entry = QListWidgetItem(f"{text}\n{detail}")
            entry.setData(ID_ROLE, item.id)
            self.evidence_list.addItem(entry)
        if row.evidence:
            self.evidence_list.setCurrentRow(0)
        verdict = self.tr("Verifikasi: {status}").format(status=self.state_text(row.state))
        if answer is not None and answer.note:
            verdict += " — " + answer.note
        self.verdict_label.setText(verdict)
        self.verdict_label.setStyleSheet("font-weight: 600;")
        self.problems_label.setText("\n".join(f"• {p}" for p in row.problems))
        self.problems_label.setStyleSheet("color: #a04f00;" if row.problems else "")

    # -- actions -----------------------------------------------------------------------------

    def save_parameter(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.run(
            lambda: ev.set_answer(
                self.service,
                row.indicator.no,
                self.owner(),
                parameter=self.parameter_combo.currentData(),
            ),
            self.message,
        )

    def save_checks(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ticks = {key: box.isChecked() for key, box in self.checks.items()}
        self.run(
            lambda: ev.set_answer(self.service, row.indicator.no, self.owner(), **ticks),
            self.message,
        )

    def add_file(self, path: Path, title: str = "") -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self.run(
            lambda: ev.add_evidence(
                self.service,
                path=Path(path),
                title=title,
                indicator=row.indicator.no,
                innovation_id=self.owner(),
            ),
            self.message,
        )

    def add_link(self, link: str, title: str = "") -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self.run(
            lambda: ev.add_evidence(
                self.service,
                link=link,
                title=title,
                indicator=row.indicator.no,
                innovation_id=self.owner(),
            ),
            self.message,
        )

    def add_file_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas bukti"))
        if name:
            self.add_file(Path(name))

    def add_link_dialog(self) -> None:
        link, ok = QInputDialog.getText(
            self, self.tr("Tautan bukti"), self.tr("Alamat (https://…):")
        )
        if ok and link.strip():
            self.add_link(link.strip())

    def _current_evidence_id(self) -> str | None:
        item = self.evidence_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def replace_dialog(self) -> None:
        evidence_id = self._current_evidence_id()
        if evidence_id is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Berkas pengganti"))
        if name:
            self.run(
                lambda: ev.replace_evidence(self.service, evidence_id, path=Path(name)),
                self.message,
            )

    def open_evidence(self) -> None:
        """A link opens in the browser; a file is written out of the workshop and opened."""
        evidence_id = self._current_evidence_id()
        if evidence_id is None or self.service is None:
            return
        item = ev.get_evidence(self.service, evidence_id)
        if item.is_link:
            QDesktopServices.openUrl(QUrl(item.link))
            return
        folder = Path(tempfile.mkdtemp(prefix="labinovasi-bukti-"))
        path = ev.export_evidence(self.service, evidence_id, folder / item.file_name)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
