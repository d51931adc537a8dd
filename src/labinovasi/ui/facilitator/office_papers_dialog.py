"""Cetak → Dokumen kantor…: every office paper of the registry with the options it takes (OPD,
innovation, date, session, blank rows, piagam), shown in the print preview or written as PDF or
Word, as `labinovasi report --document` makes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.errors import LabinovasiError
from labinovasi.domain.innovations import lab_innovations, stage_year
from labinovasi.domain.lists import choices
from labinovasi.i18n import _
from labinovasi.services.papers import PAPER_KINDS, PaperKind
from labinovasi.ui.tasks import run_task
from labinovasi.ui.widgets.common import warn
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

SAVE_FOLDER_KEY = "officePapers/saveFolder"
ALL = ""  # the combo entry for "every OPD" / "every innovation"


def paper_years(innovations) -> list[int]:
    """The years the dialog offers for a paper's year: from the earliest an innovation's
    tahapan began or a rule file covers, to next year."""
    from labinovasi.domain.iga import available_years

    this_year = date.today().year
    known = [y for y in (stage_year(i) for i in innovations) if y] + list(available_years())
    return list(range(min([this_year, *known]), this_year + 2))


class OfficePapersDialog(Retranslatable, QDialog):
    """Pick a paper, set its options, then preview it or save it as PDF or Word. `written`
    fires with the path once a file is whole on disk; `failed` with the message shown."""

    written = Signal(Path)
    failed = Signal(str)

    def __init__(self, service: WorkshopService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officePapersDialog")
        self.service = service
        self.preview = None
        self._task = None
        self._opds = service.list_opds()
        from labinovasi.services.innovations import Innovations

        every = Innovations(service).list()
        self._innovations = lab_innovations(every)
        self._years = paper_years(every)
        self._build()
        self.retranslate_ui()
        self.paper_list.setCurrentRow(0)
        self.resize(860, 420)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.paper_list = QListWidget(objectName="paperList")
        for kind in PAPER_KINDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.paper_list.addItem(item)
        self.paper_list.currentRowChanged.connect(self._kind_changed)

        self.summary_label = QLabel(objectName="paperSummary", wordWrap=True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.opd_combo = QComboBox(objectName="opdCombo")
        self.innovation_combo = QComboBox(objectName="innovationCombo")
        self.date_check = QCheckBox(objectName="dateCheck")
        self.date_edit = QDateEdit(objectName="dateEdit", calendarPopup=True, enabled=False)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.session_edit = QLineEdit(objectName="sessionEdit")
        self.blank_spin = QSpinBox(objectName="blankSpin", minimum=0, maximum=500)
        self.piagam_check = QCheckBox(objectName="piagamCheck")
        self.tahapan_combo = QComboBox(objectName="tahapanCombo")
        self.year_combo = QComboBox(objectName="yearCombo")

        dated = QHBoxLayout()
        dated.addWidget(self.date_check)
        dated.addWidget(self.date_edit, 1)
        self.form = QFormLayout()
        self.labels = {
            name: QLabel()
            for name in ("opd", "innovation", "date", "session", "blank", "tahapan", "year")
        }
        self.form.addRow(self.labels["opd"], self.opd_combo)
        self.form.addRow(self.labels["innovation"], self.innovation_combo)
        self.form.addRow(self.labels["date"], dated)
        self.form.addRow(self.labels["session"], self.session_edit)
        self.form.addRow(self.labels["blank"], self.blank_spin)
        self.form.addRow(self.labels["tahapan"], self.tahapan_combo)
        self.form.addRow(self.labels["year"], self.year_combo)
        self.form.addRow("", self.piagam_check)

        self.preview_button = QPushButton(objectName="previewButton")
        self.pdf_button = QPushButton(objectName="pdfButton")
        self.docx_button = QPushButton(objectName="docxButton")
        self.close_button = QPushButton(objectName="closeButton")
        self.status_label = QLabel(objectName="statusLabel", wordWrap=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.docx_button.clicked.connect(lambda: self.save(".docx"))
        self.close_button.clicked.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.summary_label)
        right.addLayout(self.form)
        right.addStretch(1)
        right.addWidget(self.status_label)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        self.paper_list.setMinimumWidth(300)
        layout.addWidget(self.paper_list, 1)
        layout.addLayout(right, 1)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Dokumen kantor"))
        for row, kind in enumerate(PAPER_KINDS):
            self.paper_list.item(row).setText(_(kind.title))
        self.labels["opd"].setText(self.tr("&OPD:"))
        self.labels["innovation"].setText(self.tr("&Inovasi:"))
        self.labels["date"].setText(self.tr("&Tanggal:"))
        self.labels["session"].setText(self.tr("&Sesi:"))
        self.labels["blank"].setText(self.tr("&Baris kosong:"))
        self.labels["tahapan"].setText(self.tr("T&ahapan:"))
        self.labels["year"].setText(self.tr("Ta&hun:"))
        for name, widget in (
            ("opd", self.opd_combo),
            ("innovation", self.innovation_combo),
            ("session", self.session_edit),
            ("blank", self.blank_spin),
            ("tahapan", self.tahapan_combo),
            ("year", self.year_combo),
        ):
            self.labels[name].setBuddy(widget)
        self.labels["date"].setBuddy(self.date_check)
        self.date_check.setText(self.tr("tanggal lain dari catatan lab"))
        self.piagam_check.setText(self.tr("&Piagam per inovasi (bukan sertifikat peserta)"))
        self.session_edit.setPlaceholderText(self.tr("mis. Sesi 1, 08.00–12.00"))
        self.preview_button.setText(self.tr("P&ratinjau…"))
        self.pdf_button.setText(self.tr("Simpan P&DF…"))
        self.docx_button.setText(self.tr("Simpan &Word…"))
        self.close_button.setText(self.tr("Tutup"))
        self._fill_choices()

    def _fill_choices(self) -> None:
        kind = self.kind
        opd = self.opd_combo.currentData()
        self.opd_combo.clear()
        if kind is None or not kind.needs_opd:
            self.opd_combo.addItem(self.tr("(semua OPD)"), ALL)
        for item in self._opds:
            self.opd_combo.addItem(item.display_name, item.id)
        if opd is not None and self.opd_combo.findData(opd) >= 0:
            self.opd_combo.setCurrentIndex(self.opd_combo.findData(opd))
        self.innovation_combo.clear()
        self.innovation_combo.addItem(self.tr("(semua inovasi)"), ALL)
        for innovation in self._innovations:
            self.innovation_combo.addItem(innovation.name or innovation.id[:8], innovation.id)
        stage, year = self.tahapan_combo.currentData(), self.year_combo.currentData()
        self.tahapan_combo.clear()
        self.tahapan_combo.addItem(self.tr("(semua tahapan)"), ALL)
        for choice in choices("tahapan"):
            self.tahapan_combo.addItem(choice.label, choice.key)  # as the national form writes it
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("(semua tahun)"), 0)
        for value in self._years:
            self.year_combo.addItem(str(value), value)
        for combo, data in ((self.tahapan_combo, stage), (self.year_combo, year)):
            if data is not None and combo.findData(data) >= 0:
                combo.setCurrentIndex(combo.findData(data))

    # -- the chosen paper ------------------------------------------------------------------

    @property
    def kind(self) -> PaperKind | None:
        row = self.paper_list.currentRow()
        return PAPER_KINDS[row] if 0 <= row < len(PAPER_KINDS) else None

    def select(self, key: str) -> None:
        self.paper_list.setCurrentRow(next(i for i, k in enumerate(PAPER_KINDS) if k.key == key))

    def _kind_changed(self, _row: int) -> None:
        kind = self.kind
        if kind is None:
            return
        self.summary_label.setText(_(kind.title))
        self._fill_choices()
        shown = {
            "opd": kind.takes_opd,
            "innovation": kind.innovation,
            "session": kind.session,
            "blank": kind.session,
            "tahapan": kind.tahapan,
            "year": bool(kind.year),
        }
        widgets = {
            "opd": self.opd_combo,
            "innovation": self.innovation_combo,
            "session": self.session_edit,
            "blank": self.blank_spin,
            "tahapan": self.tahapan_combo,
            "year": self.year_combo,
        }
        for name, visible in shown.items():
            self.labels[name].setVisible(visible)
            widgets[name].setVisible(visible)
        self.piagam_check.setVisible(kind.piagam)

    def request(self) -> dict:
        """What `services.papers.render_paper` gets, as the CLI builds it from its options."""
        kind = self.kind
        assert kind is not None
        dated = self.date_edit.date().toPython() if self.date_check.isChecked() else None
        return {
            "document": kind.key,
            "opd_id": (self.opd_combo.currentData() or None) if kind.takes_opd else None,
            "innovation_id": (self.innovation_combo.currentData() or None)
            if kind.innovation
            else None,
            "dated": dated if isinstance(dated, date) else None,
            "session": self.session_edit.text() if kind.session else "",
            "blank_rows": self.blank_spin.value() if kind.session else 0,
            "piagam": self.piagam_check.isChecked() if kind.piagam else False,
            "tahapan": (self.tahapan_combo.currentData() or "") if kind.tahapan else "",
            "year": (self.year_combo.currentData() or None) if kind.year else None,
        }

    def file_name(self, suffix: str) -> str:
        kind = self.kind
        assert kind is not None
        opd_id = self.request()["opd_id"]
        opd = next((o for o in self._opds if o.id == opd_id), None)
        return f"{kind.key}{'-' + opd.abbreviation if opd else ''}{suffix}"

    # -- output --------------------------------------------------------------------------

    def show_preview(self):
        """The paper in the print preview (print, save as PDF); returns the preview."""
        from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog

        request = self.request()

        def render(worker_service, out: Path) -> None:
            from labinovasi.services.papers import render_paper

            options = dict(request)
            render_paper(worker_service, out, options.pop("document"), **options)

        kind = self.kind
        assert kind is not None
        self.preview = PrintPreviewDialog(
            self.service,
            kind="paper",
            parent=self,
            render=render,
            title=_(kind.title),
            file_name=self.file_name(".pdf"),
        )
        self.preview.open()
        return self.preview

    def save(self, suffix: str) -> None:
        """Ask where, then write the paper there off the GUI thread (`written` when done)."""
        folder = QSettings().value(SAVE_FOLDER_KEY) or self._workshop_folder()
        filters = {".pdf": self.tr("Berkas PDF (*.pdf)"), ".docx": self.tr("Dokumen Word (*.docx)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan dokumen"),
            str(Path(str(folder)) / self.file_name(suffix)),
            filters[suffix],
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.write(target)

    def write(self, target: Path) -> None:
        request = self.request()
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            button.setEnabled(False)
        self.status_label.setText(self.tr("Menyiapkan dokumen…"))

        def work(worker_service) -> Path:
            from labinovasi.services.papers import render_paper

            options = dict(request)
            render_paper(worker_service, target, options.pop("document"), **options)
            return target

        self._task = run_task(work, self._written, self._failed, target=self.service.target)

    def _written(self, path: object) -> None:
        self._enable()
        assert isinstance(path, Path)
        QSettings().setValue(SAVE_FOLDER_KEY, str(path.parent))
        self.status_label.setText(self.tr("Dokumen tersimpan di %1").replace("%1", str(path)))
        self.written.emit(path)

    def _failed(self, error: object) -> None:
        self._enable()
        message = (
            str(error) if isinstance(error, LabinovasiError) else f"{type(error).__name__}: {error}"
        )
        self.status_label.setText(message)
        self.failed.emit(message)
        if self.isVisible():
            warn(self, self.tr("Dokumen tidak dapat dibuat"), message)

    def _enable(self) -> None:
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            button.setEnabled(True)

    def _workshop_folder(self) -> str:
        target = str(self.service.target)
        return str(Path(target).parent) if "://" not in target else str(Path.home())

    def done(self, result: int) -> None:
        if self._task is not None and self._task.isRunning():
            self._task.wait()
        super().done(result)
