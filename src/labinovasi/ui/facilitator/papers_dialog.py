"""Dialog for the papers an office files: the kop surat (logo, PEMERINTAH …, agency, address,
city, A4/F4), the lab's signatories and the participants list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.papers import check_materi, clean_nip, format_nip
from labinovasi.services import papers
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.ui.widgets.common import (
    MessageLine,
    add_form_rows,
    fit_columns,
    in_documents,
    name_buttons,
    plain_tip,
    set_texts,
)

LETTERHEAD_FIELDS = papers.LETTERHEAD_TEXT
SIGNATORY_ROLES = (
    "kepala-bapperida",
    "sekda",
    "fasilitator",
    "kepala-daerah",
    "pptk",
    "verifikator",
)
PERSON_FIELDS = ("name", "nip", "rank", "position")
# Typical values the people tables' columns are sized for (not data: widths only).
NAME_SAMPLE = "Dr. Hj. Siti Rahmawati, M.Kes."
NIP_SAMPLE = "197001011990031001"
RANK_SAMPLE = "Pembina Utama Muda (IV/c)"
POSITION_SAMPLE = "Kepala Subbagian"


def svg_to_png(data: bytes, height: int = 400) -> bytes:
    """An SVG logo drawn to PNG here, where Qt can draw it; the reports take PNG or JPG."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise LabinovasiError("SVG")
    size = renderer.defaultSize()
    width = max(1, round(height * size.width() / max(1, size.height())))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class PapersDialog(QDialog):
    """Kop surat and signatories are saved with "Simpan"; participants are added at once."""

    def __init__(self, service: WorkshopService, parent=None):
        super().__init__(parent)
        self.setObjectName("papersDialog")
        self.service = service
        self.logo: bytes | None = None
        self.remove_logo = False
        self.tabs = QTabWidget(objectName="papersTabs")

        # kop surat
        head = papers.letterhead(service)
        self.letterhead_edits = {
            name: QLineEdit(getattr(head, name), objectName=f"letterhead_{name}")
            for name in LETTERHEAD_FIELDS
        }
        self.paper_combo = QComboBox(objectName="letterheadPaper")
        self.paper_combo.addItems(["A4", "F4"])
        self.paper_combo.setCurrentText(head.paper)
        self.logo_label = QLabel(objectName="letterheadLogo")
        self.logo_label.setFixedSize(72, 84)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(objectName="letterheadLogoButton")
        self.logo_button.clicked.connect(lambda: self.choose_logo())
        self.no_logo_button = QPushButton(objectName="letterheadNoLogoButton")
        self.no_logo_button.clicked.connect(self._drop_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.no_logo_button)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        self.kop_form = QFormLayout()
        self.kop_labels = add_form_rows(
            self.kop_form, [*self.letterhead_edits.values(), self.paper_combo, logo_box]
        )
        kop_page = QWidget()
        kop_page.setLayout(self.kop_form)
        self._show_logo(head.logo)

        # signatories
        self.signatory_edits: dict[str, dict[str, QLineEdit]] = {}
        self.signatory_boxes: dict[str, QGroupBox] = {}
        self.signatory_labels: list[list[QLabel]] = []
        sign_layout = QVBoxLayout()
        for role in SIGNATORY_ROLES:
            person = papers.signatory(service, role)
            edits = {
                name: QLineEdit(
                    getattr(person, name) if person else "", objectName=f"signatory_{role}_{name}"
                )
                for name in PERSON_FIELDS
            }
            if person:
                edits["nip"].setText(format_nip(person.nip))
            box = QGroupBox(objectName=f"signatory_{role}")
            form = QFormLayout(box)
            self.signatory_labels.append(add_form_rows(form, edits.values()))
            self.signatory_edits[role] = edits
            self.signatory_boxes[role] = box
            sign_layout.addWidget(box)
        sign_inner = QWidget()
        sign_inner.setLayout(sign_layout)
        # six signatories do not fit a 768-pixel screen: the page scrolls
        sign_page = QScrollArea(objectName="signatoryScroll", widgetResizable=True)
        sign_page.setFrameShape(QFrame.Shape.NoFrame)
        sign_page.setWidget(sign_inner)

        # heads of OPD: one editable row per OPD (name, NIP, pangkat/golongan, jabatan)
        self.opds = service.list_opds()
        self.heads_table = QTableWidget(len(self.opds), 5, objectName="opdHeadsTable")
        self.heads_table.verticalHeader().hide()
        self.heads_table.horizontalHeader().setStretchLastSection(True)
        for row, opd in enumerate(self.opds):
            label = QTableWidgetItem(opd.abbreviation)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setToolTip(plain_tip(opd.name))  # an OPD name is typed text
            self.heads_table.setItem(row, 0, label)
            person = papers.signatory(service, "kepala-opd", opd.id)
            values = (
                (person.name, format_nip(person.nip), person.rank, person.position)
                if person
                else ("", "", "", "")
            )
            for column, text in enumerate(values, start=1):
                self.heads_table.setItem(row, column, QTableWidgetItem(text))

        # participants
        self.table = QTableWidget(0, 6, objectName="participantsTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_edits = {
            name: QLineEdit(objectName=f"participant_{name}")
            for name in ("name", "nip", "position", "opd", "phone")
        }
        self.add_button = QPushButton(objectName="participantAddButton")
        self.add_button.clicked.connect(self._add_participant)
        self.import_button = QPushButton(objectName="participantImportButton")
        self.import_button.clicked.connect(lambda: self.import_participants())
        add_row = QHBoxLayout()
        for edit in self.new_edits.values():
            add_row.addWidget(edit, 2 if edit is self.new_edits["name"] else 1)
        add_row.addWidget(self.add_button)
        people_layout = QVBoxLayout()
        people_layout.addWidget(self.table)
        people_layout.addLayout(add_row)
        people_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        people_page = QWidget()
        people_page.setLayout(people_layout)

        # the lab's materi and their jam pelajaran, printed on the certificates
        self.materi_table = QTableWidget(0, 2, objectName="materiTable")
        self.materi_table.verticalHeader().hide()
        self.materi_table.horizontalHeader().setStretchLastSection(False)
        self.materi_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for item in papers.materi(service):
            self._add_materi_row(item.title, str(item.jp))
        self.materi_add_button = QPushButton(objectName="materiAddButton")
        self.materi_add_button.clicked.connect(lambda: self._add_materi_row())
        self.materi_remove_button = QPushButton(objectName="materiRemoveButton")
        self.materi_remove_button.clicked.connect(self._remove_materi_row)
        self.materi_total = QLabel(objectName="materiTotal")
        self.materi_table.itemChanged.connect(lambda _item: self._show_total_jp())
        self.materi_note = QLabel(objectName="materiNote", wordWrap=True)
        materi_buttons = QHBoxLayout()
        materi_buttons.addWidget(self.materi_add_button)
        materi_buttons.addWidget(self.materi_remove_button)
        materi_buttons.addStretch(1)
        materi_buttons.addWidget(self.materi_total)
        materi_layout = QVBoxLayout()
        materi_layout.addWidget(self.materi_note)
        materi_layout.addWidget(self.materi_table)
        materi_layout.addLayout(materi_buttons)
        materi_page = QWidget()
        materi_page.setLayout(materi_layout)

        self.tabs.addTab(kop_page, "")
        self.tabs.addTab(sign_page, "")
        self.tabs.addTab(self.heads_table, "")
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(materi_page, "")
        self.message = MessageLine(objectName="papersMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(980, 600)  # room for name, NIP and pangkat side by side
        self._fill_participants()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kop surat, penanda tangan dan peserta"))
        self.tabs.setTabText(0, self.tr("Kop surat"))
        self.tabs.setTabText(1, self.tr("Penanda tangan"))
        self.tabs.setTabText(2, self.tr("Kepala OPD"))
        self.tabs.setTabText(3, self.tr("Peserta"))
        self.tabs.setTabText(4, self.tr("Materi (JP)"))
        self.materi_table.setHorizontalHeaderLabels([self.tr("Materi"), self.tr("JP")])
        self.materi_add_button.setText(self.tr("Tambah materi"))
        self.materi_remove_button.setText(self.tr("Hapus materi"))
        self.materi_note.setText(
            self.tr(
                "Materi dan jam pelajaran (JP, 45 menit) dicetak pada sertifikat peserta "
                "sebagai bukti bimtek (indikator IGA 20). Kosongkan bila tidak ada."
            )
        )
        self._show_total_jp()
        self.heads_table.setHorizontalHeaderLabels(
            [
                self.tr("OPD"),
                self.tr("Nama kepala"),
                self.tr("NIP"),
                self.tr("Pangkat/golongan"),
                self.tr("Jabatan lengkap"),
            ]
        )
        set_texts(
            self.kop_labels,
            (
                self.tr("Pemerintah"),
                self.tr("Nama badan"),
                self.tr("Singkatan badan"),
                self.tr("Alamat"),
                self.tr("Telepon"),
                self.tr("Pos-el"),
                self.tr("Laman"),
                self.tr("Kota penandatanganan"),
                self.tr("Kertas"),
                self.tr("Logo"),
            ),
        )
        self.letterhead_edits["government"].setPlaceholderText(
            self.tr("mis. PEMERINTAH KABUPATEN TANAH HARAPAN")
        )
        self.logo_button.setText(self.tr("Pilih logo (PNG, JPG, SVG)…"))
        self.no_logo_button.setText(self.tr("Hapus logo"))
        titles = {
            "kepala-bapperida": self.tr("Kepala Bapperida"),
            "sekda": self.tr("Sekretaris Daerah"),
            "fasilitator": self.tr("Fasilitator"),
            "kepala-daerah": self.tr("Kepala daerah (Bupati/Wali Kota)"),
            "pptk": self.tr("Penyelenggara (PPTK atau Kepala Bidang)"),
            "verifikator": self.tr("Verifikator Desk Inovasi"),
        }
        for role, labels in zip(SIGNATORY_ROLES, self.signatory_labels, strict=True):
            self.signatory_boxes[role].setTitle(titles[role])
            set_texts(
                labels,
                (
                    self.tr("Nama"),
                    self.tr("NIP"),
                    self.tr("Pangkat/golongan"),
                    self.tr("Jabatan lengkap"),
                ),
            )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama"),
                self.tr("NIP"),
                self.tr("Pangkat/golongan"),
                self.tr("Jabatan"),
                self.tr("OPD"),
                self.tr("No. HP"),
            ]
        )
        for name, text in (
            ("name", self.tr("Nama")),
            ("nip", self.tr("NIP")),
            ("position", self.tr("Jabatan")),
            ("opd", self.tr("OPD")),
            ("phone", self.tr("No. HP")),
        ):
            self.new_edits[name].setPlaceholderText(text)
        self.add_button.setText(self.tr("Tambah"))
        self.import_button.setText(self.tr("Impor dari CSV/XLSX…"))
        name_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr("Simpan"),
                QDialogButtonBox.StandardButton.Close: self.tr("Tutup"),
            },
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Name, NIP and pangkat columns wide enough to read and type one (issue 25: ~25 px)."""
        name, nip, rank = NAME_SAMPLE, format_nip(NIP_SAMPLE), RANK_SAMPLE
        fit_columns(self.heads_table, {0: "DISDUKCAPIL", 1: name, 2: nip, 3: rank})
        fit_columns(self.table, {0: name, 1: nip, 2: rank, 3: POSITION_SAMPLE, 4: "DISDUKCAPIL"})

    # -- kop surat -------------------------------------------------------------------------

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    self.logo_label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_label.clear()
            self.logo_label.setText("—")

    def choose_logo(self, path: Path | None = None) -> None:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Pilih logo"),
                in_documents(),
                self.tr("Gambar (*.png *.jpg *.jpeg *.svg)"),
            )
            if not name:
                return
            path = Path(name)
        data = path.read_bytes()
        if path.suffix.lower() == ".svg":
            try:
                data = svg_to_png(data)
            except LabinovasiError:
                self.message.show_warning(self.tr("Berkas SVG tidak dapat dibaca."))
                return
        self.logo, self.remove_logo = data, False
        self._show_logo(data)

    def _drop_logo(self) -> None:
        self.logo, self.remove_logo = None, True
        self._show_logo(None)

    def _heads(self) -> list[tuple[str, list[str]]]:
        """(OPD abbreviation, [name, NIP, pangkat, jabatan]) of every row with a name."""
        rows = []
        for row, opd in enumerate(self.opds):
            cells = [self.heads_table.item(row, c) for c in range(1, 5)]
            values = [cell.text() if cell else "" for cell in cells]
            if values[0].strip():
                rows.append((opd.abbreviation, values))
        return rows

    # -- materi ---------------------------------------------------------------------------

    def _add_materi_row(self, title: str = "", jp: str = "") -> None:
        row = self.materi_table.rowCount()
        self.materi_table.insertRow(row)
        self.materi_table.setItem(row, 0, QTableWidgetItem(title))
        cell = QTableWidgetItem(jp)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.materi_table.setItem(row, 1, cell)
        if not title:
            self.materi_table.setCurrentCell(row, 0)
            self.materi_table.editItem(self.materi_table.item(row, 0))

    def _remove_materi_row(self) -> None:
        row = self.materi_table.currentRow()
        if row >= 0:
            self.materi_table.removeRow(row)
            self._show_total_jp()

    def materi_rows(self) -> list[tuple[str, str]]:
        """(materi, JP) of every row with something typed in it."""
        rows = []
        for row in range(self.materi_table.rowCount()):
            cells = [self.materi_table.item(row, c) for c in (0, 1)]
            title, jp = (cell.text().strip() if cell else "" for cell in cells)
            if title or jp:
                rows.append((title, jp))
        return rows

    def _show_total_jp(self) -> None:
        total = sum(int(jp) for _title, jp in self.materi_rows() if jp.isdigit())
        self.materi_total.setText(self.tr("Jumlah: %1 JP").replace("%1", str(total)))

    def save(self) -> bool:
        """Kop surat, signatories, OPD heads and materi, all checked before anything is
        written."""
        values = {name: edit.text() for name, edit in self.letterhead_edits.items()}
        try:
            materi = [check_materi(title, jp) for title, jp in self.materi_rows()]
            for edits in self.signatory_edits.values():  # a bad NIP refuses all
                if edits["name"].text().strip():
                    clean_nip(edits["nip"].text())
            for _abbreviation, head in self._heads():
                clean_nip(head[1])
            papers.set_letterhead(
                self.service,
                logo=self.logo,
                remove_logo=self.remove_logo,
                paper=self.paper_combo.currentText(),
                **values,
            )
            for role, edits in self.signatory_edits.items():
                if edits["name"].text().strip():
                    papers.set_person(self.service, role, **{n: e.text() for n, e in edits.items()})
            for abbreviation, (name, nip, rank, position) in self._heads():
                papers.set_person(
                    self.service, "kepala-opd", name, nip, rank, position, opd=abbreviation
                )
            papers.set_materi(self.service, [(m.title, m.jp) for m in materi])
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self.message.show_ok(self.tr("Tersimpan."))
        return True

    # -- participants ------------------------------------------------------------------------

    def _fill_participants(self) -> None:
        names = {o.id: o.abbreviation for o in self.service.list_opds()}
        people = papers.people(self.service, "peserta")
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, text in enumerate(
                (
                    person.name,
                    format_nip(person.nip),
                    person.rank,
                    person.position,
                    names.get(person.opd_id or "", person.opd_name),
                    person.phone,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._fit_columns()

    def _add_participant(self) -> None:
        values = {name: edit.text() for name, edit in self.new_edits.items()}
        try:
            papers.set_person(self.service, "peserta", **values)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        for edit in self.new_edits.values():
            edit.clear()
        self.new_edits["name"].setFocus()
        self._fill_participants()
        self.message.show_ok(self.tr("Peserta ditambahkan."))

    def import_participants(self, path: Path | None = None):
        """Preview the file (every problem named), then import it, or its correct rows."""
        from labinovasi.ui.facilitator.import_dialog import ImportDialog, report_text

        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Impor peserta"),
                in_documents(),
                self.tr("Tabel (*.csv *.xlsx *.txt)"),
            )
            if not name:
                return None
            path = Path(name)
        dialog = ImportDialog(self.service, "participants", path, self)

        def imported(report) -> None:
            self._fill_participants()
            self.message.show_ok(report_text("participants", report))

        dialog.imported.connect(imported)
        dialog.open()
        dialog.start_preview()
        return dialog
