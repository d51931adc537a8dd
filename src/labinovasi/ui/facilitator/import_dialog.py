"""Import OPDs or ideas from CSV/XLSX: shows the rows and the problems found first, and writes
only when the facilitator confirms (all rows or none, as the service does)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.services import ImportPreview, ImportReport
from labinovasi.ui.signals import notify
from labinovasi.ui.tasks import Task, run_task
from labinovasi.ui.widgets.common import MessageLine, make_row_list, name_buttons, plain_tip

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

PREVIEW_ROWS = 1000  # enough to check a file by eye; the count covers every row
PROBLEM_BACKGROUND = QColor("#fdecea")
SKIPPED_FOREGROUND = QColor("#6b6f75")


def report_text(kind: str, report: ImportReport) -> str:
    """ "15 OPD diimpor, 2 dilewati" (or "54 gagasan diimpor")."""
    if kind == "opd":
        text = QCoreApplication.translate("ImportDialog", "%1 OPD diimpor")
    else:
        text = QCoreApplication.translate("ImportDialog", "%1 gagasan diimpor")
    text = text.replace("%1", str(report.imported))
    if report.skipped:
        text += QCoreApplication.translate("ImportDialog", ", %1 dilewati").replace(
            "%1", str(len(report.skipped))
        )
    return text + "."


class ImportDialog(QDialog):
    """kind "opd" or "ideas". The preview and the import run in worker threads, each on its own
    connection to the workshop, so a file of thousands of rows keeps the window responsive."""

    previewReady = Signal()
    imported = Signal(object)  # ImportReport

    def __init__(self, service: WorkshopService, kind: str, source: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.target, self.kind, self.source = service.target, kind, Path(source)
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._worker: Task | None = None
        self.columns: dict[str, str] | None = None  # the user's choice of headings (OPD)

        # OPD files come with many headings: the user may pick the columns and skip OPDs
        # the workshop already has.
        self.name_label, self.abbr_label = QLabel(), QLabel()
        self.name_combo = QComboBox(objectName="importNameColumn")
        self.abbr_combo = QComboBox(objectName="importAbbreviationColumn")
        self.name_label.setBuddy(self.name_combo)
        self.abbr_label.setBuddy(self.abbr_combo)
        for combo in (self.name_combo, self.abbr_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._columns_chosen)
        self.skip_check = QCheckBox(objectName="importSkipExisting")
        self.skip_check.toggled.connect(lambda _on: self.start_preview())
        # "DINAS SOSIAL" and "... (disdukcapil)" would go onto every paper as typed.
        self.tidy_check = QCheckBox(objectName="importTidyNames")
        self.tidy_check.toggled.connect(lambda _on: self.start_preview())
        mapping = QHBoxLayout()
        for widget in (self.name_label, self.name_combo, self.abbr_label, self.abbr_combo):
            mapping.addWidget(widget)
        mapping.addSpacing(16)
        mapping.addWidget(self.skip_check)
        mapping.addWidget(self.tidy_check)
        mapping.addStretch(1)
        self.mapping_row = QWidget(objectName="importMapping")
        self.mapping_row.setLayout(mapping)
        mapping.setContentsMargins(0, 0, 0, 0)
        self.mapping_row.setVisible(kind == "opd")

        self.summary_label = QLabel(objectName="importSummary")
        self.summary_label.setWordWrap(True)
        self.busy_bar = QProgressBar(objectName="importBusy")
        self.busy_bar.setRange(0, 0)  # reading and writing report no steps: a busy indicator
        self.busy_bar.hide()
        self.table = QTableWidget(0, 0, objectName="importRows")
        make_row_list(self.table)
        self.problems_label = QLabel()
        self.problems_edit = QPlainTextEdit(objectName="importProblems")
        self.problems_edit.setReadOnly(True)
        self.problems_edit.setMaximumHeight(120)
        self.message = MessageLine(objectName="importMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(objectName="importButton")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.mapping_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate_ui()
        self.summary_label.setText(self.tr("Membaca %1…").replace("%1", self.source.name))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Impor OPD") if self.kind == "opd" else self.tr("Impor gagasan")
        )
        self.problems_label.setText(self.tr("Masalah yang ditemukan:"))
        self.table.setAccessibleName(self.tr("Pratinjau baris yang akan diimpor"))
        self.import_button.setText(self.tr("Impor"))
        self.name_label.setText(self.tr("Kolom &nama:"))
        self.abbr_label.setText(self.tr("Kolom &singkatan:"))
        self.skip_check.setText(self.tr("&Lewati yang sudah ada"))
        self.skip_check.setToolTip(
            self.tr(
                "OPD yang singkatannya sudah ada di lokakarya (huruf besar/kecil sama saja) "
                "dilewati, bukan membatalkan seluruh impor"
            )
        )
        self.tidy_check.setText(self.tr("&Rapikan huruf besar/kecil"))
        self.tidy_check.setToolTip(
            self.tr(
                "\u201cDINAS SOSIAL\u201d menjadi \u201cDinas Sosial\u201d; singkatan dalam "
                "kurung di akhir nama, misalnya \u201c(disdukcapil)\u201d, menjadi singkatan"
            )
        )
        name_buttons(self.buttons, {QDialogButtonBox.StandardButton.Cancel: self.tr("Batal")})

    # -- preview ---------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Read and check the file in a worker; `previewReady` fires when it is shown."""
        target, kind, source = self.target, self.kind, self.source
        columns, skip = self.columns, self.skip_check.isChecked()
        tidy = self.tidy_check.isChecked()
        self.import_button.setEnabled(False)

        def work() -> ImportPreview:
            from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

            with WorkshopService.open(target) as service:
                return service.preview_import(
                    kind, source, columns=columns, skip_existing=skip, tidy=tidy
                )

        self._start(work, self._show_preview)

    def _start(self, work, on_success) -> None:
        self.busy_bar.show()
        self._worker = run_task(
            work, on_success, self._show_failure, on_finished=self.busy_bar.hide
        )

    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        shown = preview.rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(preview.headers)
        self.table.setRowCount(len(shown))
        for row, values in enumerate(shown):
            mark, note = preview.marks[row] if row < len(preview.marks) else ("", "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if mark == "problem":
                    item.setBackground(QBrush(PROBLEM_BACKGROUND))
                elif mark == "skipped":
                    item.setForeground(QBrush(SKIPPED_FOREGROUND))
                if note:
                    item.setToolTip(plain_tip(note))  # quotes the file's own text
                self.table.setItem(row, column, item)
        self._fill_columns(preview)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if preview.headers:
            header.setSectionResizeMode(len(preview.headers) // 2, QHeaderView.ResizeMode.Stretch)
        text = (
            self.tr("%1: %2 baris dibaca.")
            .replace("%1", self.source.name)
            .replace("%2", str(len(preview.rows)))
        )
        if len(preview.rows) > PREVIEW_ROWS:
            text += " " + self.tr("Ditampilkan %1 baris pertama.").replace("%1", str(PREVIEW_ROWS))
        if preview.problems:
            text += " " + self.tr(
                "Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, "
                "lalu coba lagi. Belum ada yang ditulis."
            )
        else:
            text += " " + self.tr("%1 baris siap diimpor.").replace("%1", str(preview.importable))
        self.summary_label.setText(text)
        lines = list(preview.problems) + list(preview.skipped)
        self.problems_edit.setPlainText("\n".join(lines) if lines else self.tr("Tidak ada."))
        self.import_button.setEnabled(preview.can_import)
        if preview.can_import:
            self.import_button.setText(
                self.tr("Impor %1 baris").replace("%1", str(preview.importable))
            )
        self.previewReady.emit()

    def _fill_columns(self, preview: ImportPreview) -> None:
        for combo, field in ((self.name_combo, "name"), (self.abbr_combo, "abbreviation")):
            combo.clear()
            combo.addItem(self.tr("(pilih kolom)"), "")
            for heading in preview.file_headers:
                combo.addItem(heading, heading)
            combo.setCurrentIndex(max(0, combo.findData(preview.columns.get(field, ""))))

    def _columns_chosen(self, _index: int) -> None:
        self.columns = {
            "name": self.name_combo.currentData() or "",
            "abbreviation": self.abbr_combo.currentData() or "",
        }
        self.start_preview()

    def _show_failure(self, error: Exception) -> None:
        self.summary_label.setText(self.tr("Berkas tidak dapat diimpor. Belum ada yang ditulis."))
        self.problems_edit.setPlainText(str(error))
        self.import_button.setEnabled(False)
        self.previewReady.emit()

    # -- import ----------------------------------------------------------------------------

    def run_import(self) -> None:
        if self.preview is None or not self.preview.can_import:
            return
        self.import_button.setEnabled(False)
        self.message.show_ok(self.tr("Mengimpor…"))
        target, kind, source = self.target, self.kind, self.source
        columns, skip = self.columns, self.skip_check.isChecked()
        tidy = self.tidy_check.isChecked()

        def work() -> ImportReport:
            from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

            with WorkshopService.open(target) as service:
                if kind == "opd":
                    return service.import_opds(
                        source, columns=columns, skip_existing=skip, tidy=tidy
                    )
                return service.import_ideas(source)

        self._start(work, self._finished)

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        notify()
        self.imported.emit(report)
        self.accept()
