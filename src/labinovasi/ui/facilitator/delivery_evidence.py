"""The evidence (bukti dukung) checklist of one innovation, or of the region: per indicator of
the year's rule file the parameter, the evidence (with its number and date), the officer's
ticks and what is missing; attaching, editing, detaching and deleting evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.evidence import Verification, figure_text, megabytes
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
from labinovasi.ui.facilitator.evidence_dialog import (
    EvidenceDialog,
    StoredEvidencePicker,
    evidence_text,
    open_stored,
)
from labinovasi.ui.style import font_qss
from labinovasi.ui.widgets.common import MessageLine, in_documents

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
        self.summary_label.setStyleSheet(font_qss(12, 600))
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
        # indicator 33: the measurement basis, each with its own parameter texts
        self.basis_combo = QComboBox(objectName="checklistBasis")
        self.basis_combo.activated.connect(lambda _i: self.save_basis())
        # SPD indicators derived from two years' figures: T1, T2 → the parameter
        self.figure_edits = (
            QLineEdit(objectName="checklistFigureT1"),
            QLineEdit(objectName="checklistFigureT2"),
        )
        for edit in self.figure_edits:
            edit.editingFinished.connect(self.save_figures)
        self.checks = {
            key: QCheckBox(objectName=f"checklist_{key}")
            for key in ("check_name", "check_signed", "check_highlighted")
        }
        for box in self.checks.values():
            box.clicked.connect(lambda _c: self.save_checks())
        self.evidence_list = QListWidget(objectName="checklistEvidence")
        self.evidence_list.setAlternatingRowColors(True)
        self.evidence_list.itemDoubleClicked.connect(lambda _i: self.edit_dialog())
        self.evidence_list.currentRowChanged.connect(lambda _r: self._enable_item_buttons())
        self.add_file_button = QPushButton(objectName="checklistAddFile")
        self.add_file_button.clicked.connect(self.add_file_dialog)
        self.add_link_button = QPushButton(objectName="checklistAddLink")
        self.add_link_button.clicked.connect(self.add_link_dialog)
        self.stored_button = QPushButton(objectName="checklistAddStored")
        self.stored_button.clicked.connect(self.stored_dialog)
        self.open_button = QPushButton(objectName="checklistOpen")
        self.open_button.clicked.connect(self.open_evidence)
        self.edit_button = QPushButton(objectName="checklistEdit")
        self.edit_button.clicked.connect(self.edit_dialog)
        self.replace_button = QPushButton(objectName="checklistReplace")
        self.replace_button.clicked.connect(self.replace_dialog)
        self.detach_button = QPushButton(objectName="checklistDetach")
        self.detach_button.clicked.connect(self.detach)
        self.delete_button = QPushButton(objectName="checklistDelete")
        self.delete_button.clicked.connect(self.confirm_delete)
        self.item_buttons = (
            self.open_button,
            self.edit_button,
            self.replace_button,
            self.detach_button,
            self.delete_button,
        )
        self.dialog = None  # the details or picker dialog open now (tests fill it in)
        self.confirm_box = None  # the delete/detach confirmation open now
        self.use_counts: dict[str, int] = {}  # evidence id -> answers it backs
        self.problems_label = QLabel(objectName="checklistProblems", wordWrap=True)
        self.message = MessageLine(objectName="checklistMessage")

        self.parameter_label = QLabel()
        self.parameter_label.setBuddy(self.parameter_combo)
        self.basis_label = QLabel()
        self.basis_label.setBuddy(self.basis_combo)
        self.figures_label = QLabel()
        self.figures_label.setBuddy(self.figure_edits[0])
        figures = QHBoxLayout()
        for edit in self.figure_edits:
            figures.addWidget(edit)
        self.figures_row = QWidget()
        self.figures_row.setLayout(figures)
        figures.setContentsMargins(0, 0, 0, 0)
        self.verdict_label = QLabel(objectName="checklistVerdict", wordWrap=True)
        self.form = form = QFormLayout()
        form.addRow(self.basis_label, self.basis_combo)
        form.addRow(self.figures_label, self.figures_row)
        form.addRow(self.parameter_label, self.parameter_combo)
        ticks = QHBoxLayout()
        for box in self.checks.values():
            ticks.addWidget(box)
        add_buttons = QHBoxLayout()
        for button in (self.add_file_button, self.add_link_button, self.stored_button):
            add_buttons.addWidget(button)
        item_buttons = QHBoxLayout()
        for button in self.item_buttons:
            item_buttons.addWidget(button)
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.indicator_label)
        detail.addWidget(self.evidence_hint)
        detail.addLayout(form)
        detail.addLayout(ticks)
        detail.addLayout(add_buttons)
        detail.addWidget(self.evidence_list, 1)
        detail.addLayout(item_buttons)
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
        self.basis_label.setText(self.tr("&Dasar pengukuran:"))
        self.figures_label.setText(self.tr("Angka T1 dan T&2:"))
        self.figure_edits[0].setPlaceholderText(self.tr("tahun sebelumnya"))
        self.figure_edits[1].setPlaceholderText(self.tr("tahun terakhir"))
        self.checks["check_name"].setText(self.tr("memuat nama inovasi"))
        self.checks["check_signed"].setText(self.tr("bertanda tangan"))
        self.checks["check_highlighted"].setText(self.tr("sudah distabilo"))
        self.add_file_button.setText(self.tr("Lampirkan &berkas…"))
        self.add_link_button.setText(self.tr("Lampirkan &tautan…"))
        self.stored_button.setText(self.tr("Bukti tersi&mpan…"))
        self.stored_button.setToolTip(
            self.tr("Pakai dokumen yang sudah tersimpan, mis. satu SK untuk semua inovasi")
        )
        self.open_button.setText(self.tr("B&uka"))
        self.edit_button.setText(self.tr("&Rincian…"))
        self.edit_button.setToolTip(self.tr("Judul, nomor dan tanggal dokumen"))
        self.replace_button.setText(self.tr("&Ganti berkas…"))
        self.detach_button.setText(self.tr("&Lepaskan"))
        self.detach_button.setToolTip(
            self.tr("Lepas dari indikator ini saja; bukti tetap tersimpan untuk yang lain")
        )
        self.delete_button.setText(self.tr("&Hapus…"))
        self.delete_button.setToolTip(self.tr("Hapus bukti dari lokakarya"))
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
        self.use_counts = {}
        for answer in ev.list_answers(self.service):
            for evidence_id in answer.evidence_ids:
                self.use_counts[evidence_id] = self.use_counts.get(evidence_id, 0) + 1
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
            asked = item.indicator.hand_checks  # the ticks this indicator's documents take
            ticks = sum(bool(answer and getattr(answer, k)) for k in asked)
            name = item.indicator.name + (self.tr(" (wajib)") if item.indicator.mandatory else "")
            values = [
                item.indicator.no,
                name,
                answer.parameter if answer and answer.parameter else "–",
                len(item.evidence) or "–",
                f"{ticks}/{len(asked)}" if asked else "–",
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
            self.tr(
                "Bukti: {evidence}\nJenis berkas: {types} · paling besar {limit} MB per berkas"
            ).format(
                evidence=row.indicator.evidence or "–",
                types=types or "–",
                limit=megabytes(row.max_bytes),
            )
        )
        answer = row.answer
        basis = answer.basis if answer else ""
        self.basis_combo.clear()
        self.basis_combo.addItem(self.tr("– belum dipilih –"), "")
        for item in row.indicator.bases:
            self.basis_combo.addItem(item.name, item.key)
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(basis)))
        self.form.setRowVisible(self.basis_combo, bool(row.indicator.bases))
        derived = row.indicator.derive is not None
        self.form.setRowVisible(self.figures_row, derived)
        for edit, value in zip(
            self.figure_edits,
            (answer.figure_t1 if answer else None, answer.figure_t2 if answer else None),
            strict=True,
        ):
            edit.setText(figure_text(value))
        self.parameter_combo.clear()
        self.parameter_combo.addItem(self.tr("– belum dipilih –"), None)
        for number, text in enumerate(row.indicator.parameters_for(basis), start=1):
            self.parameter_combo.addItem(f"{number}. {text}", number)
        self.parameter_combo.setCurrentIndex(
            max(0, self.parameter_combo.findData(answer.parameter if answer else None))
        )
        for key, box in self.checks.items():
            box.setChecked(bool(answer and getattr(answer, key)))
            box.setVisible(key in row.indicator.hand_checks)  # only what this evidence asks
        self.evidence_list.clear()
        for item in row.evidence:
            text = evidence_text(item)
            others = self.use_counts.get(item.id, 1) - 1
            if others:
                text += " · " + self.tr("juga mendukung {n} jawaban lain").format(n=others)
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, item.id)
            self.evidence_list.addItem(entry)
        if row.evidence:
            self.evidence_list.setCurrentRow(0)
        self._enable_item_buttons()
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

    def save_basis(self) -> None:
        row = self.current_row()
        if row is None:
            return
        basis = self.basis_combo.currentData() or ""
        if self.run(
            lambda: ev.set_answer(self.service, row.indicator.no, self.owner(), basis=basis),
            self.message,
        ):
            self.parameter_combo.clear()
            self.parameter_combo.addItem(self.tr("– belum dipilih –"), None)
            for number, text in enumerate(row.indicator.parameters_for(basis), start=1):
                self.parameter_combo.addItem(f"{number}. {text}", number)
            answer = row.answer
            if answer is not None:
                index = self.parameter_combo.findData(answer.parameter)
                self.parameter_combo.setCurrentIndex(max(0, index))

    def save_figures(self) -> None:
        """Both figures typed (or T2 alone where the later value is what counts): the
        parameter follows as the portal works it out."""
        row = self.current_row()
        if row is None or row.indicator.derive is None:
            return
        t1, t2 = (edit.text().strip() for edit in self.figure_edits)
        needs_t1 = row.indicator.derive.formula != "value"
        if not t2 or (needs_t1 and not t1):
            return
        self.run(
            lambda: ev.set_answer(
                self.service, row.indicator.no, self.owner(), figures=(t1 or None, t2)
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

    def add_file(self, path: Path, **details) -> bool:
        """Keep a file (with its title, number, doc_date) as evidence of the indicator shown."""
        row = self.current_row()
        if row is None:
            return False
        return self.run(
            lambda: ev.add_evidence(
                self.service,
                path=Path(path),
                indicator=row.indicator.no,
                innovation_id=self.owner(),
                **details,
            ),
            self.message,
        )

    def add_link(self, link: str, **details) -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self.run(
            lambda: ev.add_evidence(
                self.service,
                link=link,
                indicator=row.indicator.no,
                innovation_id=self.owner(),
                **details,
            ),
            self.message,
        )

    def _window(self):
        rules = ev.rules(ev.default_year(self.service))
        row = self.current_row()
        return rules.evidence_window(row.indicator.no if row is not None else None)

    def _open_dialog(self, dialog, on_accept) -> None:
        """Show `dialog` without blocking (tests and users fill it alike); act on OK."""
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def add_file_dialog(self) -> None:
        row = self.current_row()
        if row is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas bukti"), in_documents()
        )
        if not name:
            return
        dialog = EvidenceDialog(
            self, path=Path(name), window=self._window(), max_bytes=row.max_bytes
        )
        self._open_dialog(dialog, lambda: self._details_done(dialog, Path(name)))

    def add_link_dialog(self) -> None:
        if self.current_row() is None:
            return
        dialog = EvidenceDialog(self, link=True, window=self._window())
        self._open_dialog(dialog, lambda: self._details_done(dialog))

    def _details_done(self, dialog: EvidenceDialog, path: Path | None = None) -> None:
        values = dialog.values()
        link = values.pop("link", None)
        if path is not None:
            self.add_file(path, **values)
        elif link is not None:
            self.add_link(link, **values)

    def edit_dialog(self) -> None:
        evidence_id = self._current_evidence_id()
        if evidence_id is None or self.service is None:
            return
        item = ev.get_evidence(self.service, evidence_id)
        dialog = EvidenceDialog(self, item=item, window=self._window())
        self._open_dialog(
            dialog,
            lambda: self.run(
                lambda: ev.update_evidence(self.service, evidence_id, **dialog.values()),
                self.message,
            ),
        )

    def stored_dialog(self) -> None:
        row = self.current_row()
        if row is None or self.service is None:
            return
        attached = set(row.answer.evidence_ids if row.answer else [])
        items = [e for e in ev.list_evidence(self.service) if e.id not in attached]
        dialog = StoredEvidencePicker(self, items, self.use_counts)
        self._open_dialog(dialog, lambda: self._attach_stored(dialog.chosen()))

    def _attach_stored(self, evidence_id: str | None) -> None:
        row = self.current_row()
        if evidence_id is None or row is None:
            return
        self.run(
            lambda: ev.attach_evidence(self.service, evidence_id, row.indicator.no, self.owner()),
            self.message,
        )

    def _enable_item_buttons(self) -> None:
        chosen = self._current_evidence_id() is not None
        for button in self.item_buttons:
            button.setEnabled(chosen)

    def _confirm(self, text: str, yes_text: str, on_yes) -> None:
        """Ask before a change that cannot be taken back; participant text stays plain."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Bukti dukung"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("evidenceConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def done(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                on_yes()

        box.finished.connect(done)
        box.open()

    def detach(self) -> None:
        """Take the selected evidence off this indicator only; accepted answers ask first."""
        row = self.current_row()
        evidence_id = self._current_evidence_id()
        if row is None or row.answer is None or evidence_id is None:
            return
        answer_id = row.answer.id

        def go() -> None:
            self.run(
                lambda: ev.detach_evidence(self.service, evidence_id, answer_id, force=True),
                self.message,
            )

        if row.answer.status is not Verification.DITERIMA:
            go()
            return
        self._confirm(
            self.tr(
                "Indikator {no} sudah diterima verifikator. Lepaskan bukti ini darinya? "
                "Jawabannya kembali menunggu verifikasi; bukti tetap tersimpan."
            ).format(no=row.indicator.no),
            self.tr("Lepaskan"),
            go,
        )

    def confirm_delete(self) -> None:
        """Delete the selected evidence from the workshop, after naming what it backs."""
        evidence_id = self._current_evidence_id()
        if evidence_id is None or self.service is None:
            return
        item = ev.get_evidence(self.service, evidence_id)
        uses = ev.evidence_uses(self.service, evidence_id)
        lines = [self.tr("Hapus bukti “{label}” dari lokakarya?").format(label=item.label)]
        if uses:
            lines += ["", self.tr("Bukti ini mendukung:")]
            lines += [f"• {use.label}" for use in uses]
            lines += ["", self.tr("Jawaban-jawaban itu kembali menunggu verifikasi.")]
        if not item.is_link:
            lines.append(self.tr("Berkasnya ikut dihapus bila tidak dipakai bukti lain."))

        def go() -> None:
            if self.run(
                lambda: ev.delete_evidence(self.service, evidence_id, force=True), self.message
            ):
                self.message.show_ok(self.tr("Bukti dihapus: {label}").format(label=item.label))

        self._confirm("\n".join(lines), self.tr("Hapus"), go)

    def _current_evidence_id(self) -> str | None:
        item = self.evidence_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def replace_dialog(self) -> None:
        evidence_id = self._current_evidence_id()
        if evidence_id is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Berkas pengganti"), in_documents()
        )
        if name:
            self.run(
                lambda: ev.replace_evidence(self.service, evidence_id, path=Path(name)),
                self.message,
            )

    def open_evidence(self) -> None:
        evidence_id = self._current_evidence_id()
        if evidence_id is not None and self.service is not None:
            open_stored(self.service, evidence_id, self)
